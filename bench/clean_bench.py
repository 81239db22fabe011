"""Cleaning bench: false cuts on ground-truth article texts, junk removal, and speed.

1. False cuts: fix_unicode -> remove_boilerplate -> repair_repetition on the human-marked main
   texts of ../shared/data/extraction/*.jsonl.gz; the share of their words the chain removes.
2. Junk removal: the same texts with junk inserted by bench/clean_junk.py (written apart from the
   step's pattern tables); the share of junk words removed, per class, and the article words lost.
3. Speed: MB of text per CPU-second of the chain (one process, one core).

Usage: python bench/clean_bench.py [--sets aeb,l3s_gn1,...] [--limit N] [--seed S] [--show-cuts FILE]
"""
from __future__ import annotations

import argparse
import ast
import gzip
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from clean_junk import make_junked, use_heldout

from tamis.clean.boilerplate import RemoveBoilerplate, cue_judge
from tamis.clean.repetition import RepairRepetition
from tamis.clean.unicode import FixUnicode
from tamis.document import Document
from tamis.engines.local import BATCH
from tamis.textview import split_words

if os.environ.get("TAMIS_BENCH_LINEMODEL"):
    # (a candidate line model in place of the shipped one, for comparing models in the step: an .npz the
    # training script wrote)
    from functools import lru_cache

    from tamis.clean import linemodel

    linemodel.load = lru_cache(maxsize=1)(lambda: linemodel.read(os.environ["TAMIS_BENCH_LINEMODEL"]))

DATA = ROOT.parent / "shared" / "data" / "extraction"
SETS = ["aeb", "l3s_gn1", "wcxb_dev", "readability", "cleaneval", "dragnet"]


def load_prose(limit: int) -> list[tuple[str, str, str]]:
    """(group "prose:<lang>", id, text) for each document of bench/prose/<lang>.txt: article text
    written for the 7 languages other than English the golds hardly have (genre lines left out)."""
    out = []
    for path in sorted((ROOT / "bench" / "prose").glob("*.txt")):
        docs = [d for d in path.read_text(encoding="utf-8").split("\n\n") if d.strip()]
        for i, d in enumerate(docs[:limit] if limit else docs):
            text = "\n".join(s for s in d.strip().split("\n") if not s.startswith("# genre:"))
            out.append((f"prose:{path.stem}", f"{path.stem}-{i}", text))
    return out


def prose_odd(pid: str) -> bool:
    """Whether a prose document ("de-17") is in the odd half: by its own number in its language. The
    training script's split and `--pages` are this one test (across languages, one language's odd
    count would shift the halves of the ones after it)."""
    return int(pid.rsplit("-", 1)[1]) % 2 == 1


def load(name: str, limit: int) -> list[tuple[str, str, str]]:
    """(group, id, text) for each page with a ground-truth text; wcxb grouped by page type."""
    if name == "prose":
        return load_prose(limit)
    out = []
    with gzip.open(DATA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if not r.get("text"):
                continue
            group = f"{name}:{r['page_type']}" if r.get("page_type") else name
            out.append((group, str(r["id"]), r["text"]))
            if limit and len(out) >= limit:
                break
    return out


PARAMS: dict = {}  # remove_boilerplate parameters given with --param


def chain() -> list:
    """The cleaning chain in the default pipeline order."""
    return [FixUnicode(), RemoveBoilerplate(**PARAMS), RepairRepetition()]


def run_chain(steps: list, doc: Document) -> Document:
    """Run the steps on one document, stopping at a rejection."""
    for s in steps:
        if doc.rejected:
            break
        s.process(doc)
    return doc


def line_counts(text: str) -> Counter:
    """Multiset of stripped nonblank lines."""
    return Counter(s for s in (x.strip() for x in text.split("\n")) if s)


def n_words(s: str) -> int:
    return len(split_words(s))


def false_cuts(pages: list, show: list) -> dict:
    """Per group: words in, words removed by the chain, by reason; and the unicode edits."""
    steps = chain()
    fix = FixUnicode()
    res: dict = defaultdict(lambda: {"pages": 0, "words": 0, "cut": 0, "asked": 0, "by_reason": Counter(),
                                     "rejected": Counter(), "unicode_changed_words": 0})
    for group, pid, text in pages:
        fixed = fix.fix(text)[0]
        w_raw = Counter(split_words(text))
        w_in = n_words(fixed)
        r = res[group]
        r["pages"] += 1
        r["words"] += w_in
        r["unicode_changed_words"] += sum((w_raw - Counter(split_words(fixed))).values())
        doc = run_chain(steps, Document(pid, text))
        if doc.rejected:
            r["cut"] += w_in
            r["rejected"][doc.reason.split(":")[0]] += 1
            show.append((group, pid, doc.reason, doc.text[:300]))
            continue
        w_out = n_words(doc.text)
        r["cut"] += max(0, w_in - w_out)
        for rem in doc.removed:
            if rem.reason.startswith("unicode"):
                continue
            nw = n_words(rem.text)
            r["by_reason"][rem.reason] += nw
            if rem.reason == "repetition" or (rem.reason == "boilerplate:legal" and _COPYRIGHT_RE.search(rem.text)):
                r["asked"] += nw
            show.append((group, pid, rem.reason, rem.text))
    return res


# Spans the issue asks the chain to remove: copyright / "all rights reserved" lines, and second
# copies of a paragraph. A gold text that keeps them is cut there on purpose; reported apart.
_COPYRIGHT_RE = re.compile(r"©|\(c\) ?\d{4}|copyright|all rights reserved|rechte vorbehalten|droits réservés|"
                           r"derechos reservados|diritti riservati|direitos reservados|rechten voorbehouden|"
                           r"права защищены", re.IGNORECASE)


def junk_removal(pages: list, seed: int, missed: list | None = None, each: list | None = None) -> dict:
    """Per group: article words lost and junk words removed, per junk class, on junked texts.

    `missed` collects (kind, line) of each junk line left and article line cut; `each` collects
    (line, words, {junk class: (copies, copies removed)}) of every distinct junk line of every page.
    """
    steps = chain()
    fix = FixUnicode()
    rng = random.Random(seed)
    # Related-links lists are filled with real headlines: the first lines of the other pages.
    heads = [t.split("\n", 1)[0].strip() for _, _, t in pages]
    heads = [h for h in heads if 3 <= len(h.split()) <= 14 and not h.endswith(".")] or None
    res: dict = defaultdict(lambda: {"pages": 0, "article_words": 0, "article_cut": 0,
                                     "junk": Counter(), "junk_removed": Counter()})
    for group, pid, text in pages:
        article = fix.fix(text)[0]
        lines, labels = make_junked(article, rng, heads)
        # Line accounting: for each distinct line, the copies that were article or junk (by class);
        # removed copies are charged to junk first (a kept first copy of a duplicated paragraph is
        # the article's, the removed one the junk's).
        art = line_counts(article)
        junk_by_line: dict[str, Counter] = defaultdict(Counter)
        for line, lab in zip(lines, labels):
            if lab and line.strip():
                junk_by_line[line.strip()][lab] += 1
        doc = run_chain(steps, Document(pid, "\n".join(lines)))
        out = Counter() if doc.rejected else line_counts(doc.text)
        r = res[group]
        r["pages"] += 1
        for line in set(art) | set(junk_by_line):
            a = art.get(line, 0)
            jc = junk_by_line.get(line, Counter())
            j = sum(jc.values())
            k = out.get(line, 0)
            w = n_words(line)
            removed = max(0, a + j - k)
            removed_junk = min(removed, j)
            r["article_words"] += a * w
            r["article_cut"] += (removed - removed_junk) * w
            left = removed_junk
            if missed is not None and j > removed_junk:
                missed.append(("missed:" + ",".join(jc), line))
            if missed is not None and removed > removed_junk:
                missed.append(("article_cut", line))
            charged = {}
            for lab, c in sorted(jc.items()):
                r["junk"][lab] += c * w
                take = min(c, left)
                r["junk_removed"][lab] += take * w
                left -= take
                charged[lab] = (c, take)
            if each is not None and charged:
                each.append((line, w, charged))
    return res


def speed(pages: list, repeat: int = 3) -> dict:
    """MB/s per core of the chain and of each step (CPU time, one process), overall and per set."""
    out = _speed([t for _, _, t in pages], repeat)
    sets: dict[str, list[str]] = defaultdict(list)
    for g, _, t in pages:
        sets[g.split(":")[0]].append(t)
    out["per_set"] = {name: _speed(texts, repeat) for name, texts in sets.items()}
    return out


def _speed(texts: list[str], repeat: int) -> dict:
    """Best of `repeat` passes per step (the machine is shared: the fastest pass is the least disturbed)."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best: dict[str, float] = {}
    steps = chain()
    for _ in range(repeat):
        # a fresh cue judge each pass, and the matcher's memory of lines emptied: what they remember of
        # lines seen must not speed up a re-run (building the tables is a cost per process, paid in the
        # first pass)
        cue_judge.cache_clear()
        for s in steps:
            if hasattr(s, "_judge"):
                s._judge = None
            if getattr(s, "_matcher", None) is not None:
                s._matcher.clear_memo()
        docs = [Document(str(i), t) for i, t in enumerate(texts)]
        for s in steps:
            live = [d for d in docs if not d.rejected]
            t0 = time.process_time()
            # in batches of the local engine's size, through process_batch as the engine calls it
            for at in range(0, len(live), BATCH):
                s.process_batch(live[at:at + BATCH])
            dt = time.process_time() - t0
            best[s.name] = min(best.get(s.name, dt), dt)
    return {"mb": mb, "chain_mb_s": mb / sum(best.values()),
            "steps_mb_s": {k: mb / v for k, v in best.items()}}



def configure(params: list[str], heldout: int) -> None:
    """Apply `--param NAME=VALUE` items to PARAMS and choose the junk phrase set (`--heldout`)."""
    for item in params:
        key, _, value = item.partition("=")
        PARAMS[key] = ast.literal_eval(value)
    if heldout:
        use_heldout(heldout)


def chosen_pages(sets: str, limit: int, which: str) -> list:
    """The pages of the named sets (comma-separated): all, or the even or odd ones (`--pages`)."""
    pages = []
    for name in sets.split(","):
        got = load(name, limit)
        if which != "all":
            odd = which == "odd"
            got = [p for p in got if prose_odd(p[1]) == odd] if name == "prose" else got[odd::2]
        pages += got
    return pages

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-cuts", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--heldout", type=int, default=0,
                    help="junk from held-out phrase set 1, 2, 3, 4 or 6-20 (4 and 6-20: largest, all 8 languages),"
                         " or from development set 5 (all 8 languages, for tuning)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--param", action="append", default=[],
                    help="a remove_boilerplate parameter, NAME=VALUE (a Python literal), e.g. model=False")
    ap.add_argument("--pages", choices=("all", "even", "odd"), default="all",
                    help="the pages of each set to use: odd pages are those the line model never trained on")
    args = ap.parse_args()
    configure(args.param, args.heldout)
    pages = chosen_pages(args.sets, args.limit, args.pages)
    show: list = []
    fc = false_cuts(pages, show)
    missed: list = []
    jr = junk_removal(pages, args.seed, missed)
    sp = {"mb": 0.0, "chain_mb_s": 0.0, "steps_mb_s": {}} if args.no_speed else speed(pages)
    if args.show_cuts:
        with open(args.show_cuts, "w", encoding="utf-8") as f:
            f.writelines(f"## {g} {pid} {reason}\n{text}\n" for g, pid, reason, text in show)
            f.writelines(f"@@ {kind}\t{line}\n" for kind, line in missed)
    print("\n## False cuts on ground-truth texts\n")
    print("| set | pages | words | cut | cut % | cut % less copyright lines and repeats | rejected |"
          " by reason (words) |")
    print("|---|---|---|---|---|---|---|---|")
    tot = Counter()
    for g in sorted(fc):
        r = fc[g]
        tot["words"] += r["words"]
        tot["cut"] += r["cut"]
        reasons = ", ".join(f"{k.replace('boilerplate:', '')} {v}" for k, v in r["by_reason"].most_common())
        rej = ", ".join(f"{k} {v}" for k, v in r["rejected"].items()) or "0"
        print(f"| {g} | {r['pages']} | {r['words']} | {r['cut']} | {100 * r['cut'] / max(1, r['words']):.3f} |"
              f" {100 * (r['cut'] - r['asked']) / max(1, r['words']):.3f} | {rej} | {reasons} |")
    print("\n## Junk removal (junk inserted by bench/clean_junk.py)\n")
    classes = sorted({c for r in jr.values() for c in r["junk"]})
    print("| set | pages | article cut % | junk removed % | " + " | ".join(classes) + " |")
    print("|---|---|---|---|" + "---|" * len(classes))
    allj = defaultdict(Counter)
    for g in sorted(jr):
        r = jr[g]
        jt, jrm = sum(r["junk"].values()), sum(r["junk_removed"].values())
        for c in classes:
            allj["junk"][c] += r["junk"][c]
            allj["removed"][c] += r["junk_removed"][c]
        allj["total"]["art"] += r["article_words"]
        allj["total"]["artcut"] += r["article_cut"]
        cells = " | ".join(f"{100 * r['junk_removed'][c] / r['junk'][c]:.1f}" if r["junk"][c] else "-"
                           for c in classes)
        print(f"| {g} | {r['pages']} | {100 * r['article_cut'] / max(1, r['article_words']):.3f} |"
              f" {100 * jrm / max(1, jt):.2f} | {cells} |")
    jt, jrm = sum(allj["junk"].values()), sum(allj["removed"].values())
    cells = " | ".join(f"{100 * allj['removed'][c] / max(1, allj['junk'][c]):.1f}" for c in classes)
    print(f"| all | {len(pages)} | {100 * allj['total']['artcut'] / max(1, allj['total']['art']):.3f} |"
          f" {100 * jrm / max(1, jt):.2f} | {cells} |")
    fj = sum(v for c, v in allj["junk"].items() if c != "duplicate")
    fr = sum(v for c, v in allj["removed"].items() if c != "duplicate")
    print(f"\nfurniture (all classes but duplicate) removed: {100 * fr / max(1, fj):.2f}%")
    print(f"junk words per class: {dict(allj['junk'])}")
    print("\n## Speed (CPU time, one process, MB of UTF-8 text per CPU-second)\n")
    if sp["mb"]:
        names = list(sp["steps_mb_s"])
        print("| set | MB | chain | " + " | ".join(names) + " |")
        print("|---|---|---|" + "---|" * len(names))
        for g, s in [*sp["per_set"].items(), ("all", sp)]:
            cells = " | ".join(f"{s['steps_mb_s'][k]:.1f}" for k in names)
            print(f"| {g} | {s['mb']:.1f} | {s['chain_mb_s']:.1f} | {cells} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"false_cuts": fc, "junk": jr, "speed": sp}, default=dict, indent=1))


if __name__ == "__main__":
    main()
