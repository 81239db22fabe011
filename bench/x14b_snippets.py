"""Helper x14b: where the 'with' snippets that trafilatura keeps and tamis misses sit (even half only).

For each page of a set with snippets (trafeval), the snippets found in trafilatura's prediction and not in tamis's
are located in tamis's walk of the page (`extract_context.instrumented` / `contexts`, the rules' decision without the
judge and `lead_parts`): the block that holds the snippet (the first not kept, when it spans several) gives its status
(outside:before / outside:after the container, widget:<mark>, in:links, in:short ...), its semantic ancestor, its
class/id word and its tag. A snippet found in no walked block is "unwalked:in-dom" (in the page's text, in a part the
walk skips) or "unwalked:absent". Pages where tamis's text is under 0.3 of trafilatura's are counted as "SMALL:".

    PYTHONPATH=src python bench/x14b_snippets.py WORK_DIR trafeval 2 [--show]

WORK_DIR holds tamis/ and trafilatura/ predictions of the bench (`extract_bench.py ... --every 2`).
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import _squash, predictions, records
from extract_context import contexts, instrumented

from tamis.extract.core import Options


def load(work: str, name: str, ds: str) -> dict[str, str]:
    return predictions(Path(work) / name / f"{ds}.jsonl.gz")


def main() -> None:
    work, ds, every = sys.argv[1], sys.argv[2], int(sys.argv[3])
    show = "--show" in sys.argv
    ours, theirs = load(work, "tamis", ds), load(work, "trafilatura", ds)
    opts = Options()
    cause: Counter = Counter()
    pages: dict[str, set] = defaultdict(set)
    rows = []
    ours_only = 0
    for rec in records(ds, every, 0):
        pid, with_ = rec["id"], rec.get("with") or []
        t, r = _squash(ours.get(pid, "")), _squash(theirs.get(pid, ""))
        missed = [s for s in with_ if _squash(s) in r and _squash(s) not in t]
        ours_only += sum(1 for s in with_ if _squash(s) in t and _squash(s) not in r)
        if not missed:
            continue
        res = instrumented(rec["html"], opts)
        if res is None:
            cause["no body"] += len(missed)
            continue
        walk, words, root, _ = res
        ctx, _ = contexts(walk, words, opts)
        parts, spans, pos = [], [], 0
        for j, b in enumerate(walk.blocks):
            s = _squash(b.text)
            spans.append((pos, pos + len(s), j))
            parts.append(s)
            pos += len(s) + 1
        full = " ".join(parts)
        small = len(t) < 0.3 * len(r)
        for s in missed:
            q = _squash(s)
            k = full.find(q)
            if k < 0:
                c = "unwalked:" + ("in-dom" if q in _squash(root.text(deep=True, separator=" ")) else "absent")
                key = (c, "-", "-", "-")
            else:
                js = [j for a, z, j in spans if a < k + len(q) and z > k]
                jj = next((j for j in js if not ctx[j][0]), js[0])
                key = ctx[jj][1:5]
                c = key[0]
            if small:
                c = "SMALL:" + c
            cause[c] += 1
            pages[c].add(pid)
            rows.append((pid, c, key, s[:100], len(t), len(r)))
    print(f"'with' snippets trafilatura finds and tamis misses: {sum(cause.values())}; the reverse: {ours_only}")
    for c, v in cause.most_common():
        print(f"{v:5d} {len(pages[c]):4d}p  {c}")
    print()
    for k, v in Counter(r[2] for r in rows).most_common(40):
        print(v, " | ".join(k))
    if show:
        for r in rows:
            print(r)


if __name__ == "__main__":
    main()
