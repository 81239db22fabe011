"""The gold text a reference extractor finds and tamis misses, by where tamis loses it (even halves).

For each page of a set (`--every 2`, offset 0), the gold 4-token shingles (AEB's bags, case kept) that the
reference's prediction holds and tamis's does not (`(gold & ref) - tamis`, as multisets) are charged, at
1/|gold| each (so a set's figure is recall, like the bench's per-page mean), to the first place that holds them:

- `judge`: a block the rules keep and the judge drops (0 while the shipped judge has no drop model);
- `prune:widget:<mark>`: a block of a widget `drop_marked` dropped (prune's class/id marks: boiler, sidebar ...);
- `select:inside:links` / `select:inside:cut`: a block inside the container that `keep_blocks` leaves out
  (a link-dominated line / an ad or teaser label, escaped markup, a short line cut from the tail);
- `outside:before` / `outside:after`: a block outside the chosen container (and not restored by `lead_parts` or
  the judge);
- `render:boundary`: the shingle spans two walked blocks (or is one more copy of a kept block's shingle): the
  words are read, the block boundary or the order differs;
- `prune:chrome`: only in a walk without prune's marks (nav/aside/footer, ARIA chrome, marked class/id
  elements that the walk never enters);
- `walk:skipped-tag`: only in a walk that also enters the skipped tags (button, select, noscript, iframe ...);
- `walk:text`: in none of these walks (glued words, soft hyphens, text in attributes or scripts, reordered text).

Snippet sets (trafeval): each `with` snippet the reference finds and tamis misses is charged the same way (the
blocks it spans in the walk's text; the first one not kept gives the place).

    PYTHONPATH=src python bench/extract_recall.py WORK_DIR SETS [--ref trafilatura] [--pages 0]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import _TOKEN, _squash, block_finder, predictions, records, token_grams

from tamis.extract.core import Options, extract_choice, once
from tamis.extract.judge import correct, load
from tamis.extract.walk import Walker

# (a list to collect the lost blocks in, when --show)
SHOW: list | None = None
CAUSES = ("outside:before", "outside:after", "select:inside:links", "select:inside:cut", "prune:widget",
          "prune:chrome", "judge", "repeat", "render:boundary", "walk:skipped-tag", "walk:text")


def grams(text: str) -> Counter:
    return Counter(token_grams(_TOKEN.findall(text or "")))


def block_status(c, opts: Options) -> tuple[list[str], set[int]]:
    """Each walked block's place: 'kept' or one of CAUSES (the widget's mark appended)."""
    judged = correct(c, load(opts.judge_model), opts.judge_drop, opts.judge_keep, opts.judge_reach) \
        if opts.judge else c.kept
    fin = {id(b) for b in once(judged, c.walk, c.container)}
    said = {id(b) for b in judged}
    rule = {id(b) for b in c.kept}
    marked = dict(c.walk.marked)
    parent = c.walk.parent
    lo, hi = c.container, c.walk.end[c.container]
    out = []
    for b in c.blocks:
        if id(b) in fin:
            out.append("kept")
        elif id(b) in said:
            out.append("repeat")
        elif id(b) in rule:
            out.append("judge")
        elif c.dropped[b.owner]:
            a = b.owner
            while a >= 0 and not (a in marked and c.dropped[a]):
                a = parent[a]
            out.append("prune:widget:" + marked.get(a, "?"))
        elif not lo <= b.owner < hi:
            out.append("outside:before" if b.owner < lo else "outside:after")
        elif b.link_chars > opts.max_link_density * b.n_chars:
            out.append("select:inside:links")
        else:
            out.append("select:inside:cut")
    return out, fin


def other_walks(html: str):
    """The page's text in a walk without prune's marks, and in one that also enters the skipped tags."""
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return "", ""
    a = Walker({}, 1e18, skip_chrome=False).run(root)
    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    b = Walker({}, 1e18, skip_chrome=False, skip_tags=frozenset({"script", "style", "head", "title", "meta",
                                                                   "link", "-comment", "_comment"})).run(root)
    return "\n".join(x.text for x in a.blocks), "\n".join(x.text for x in b.blocks)


def classify_page(html: str, lost: Counter, opts: Options, out_tokens: list[str]) -> Counter:
    """Counts of lost shingles by cause."""
    out: Counter = Counter()
    _, c = extract_choice(html, opts, names=True)
    rest = Counter(lost)
    if c is not None and c.blocks:
        status, _ = block_status(c, opts)
        for b, s in zip(c.blocks, status):
            if s == "kept" or not rest:
                continue
            hit = grams(b.text) & rest
            if hit:
                rest -= hit
                out["prune:widget" if s.startswith("prune:widget") else s] += sum(hit.values())
                if SHOW is not None:
                    SHOW.append((s, sum(hit.values()), b.kind, c.walk.tags[c.walk.parent[b.owner]], b.n_chars,
                                 b.link_chars, b.text[:140]))
        if rest:
            full = grams(" ".join(b.text for b in c.blocks))
            hit = full & rest
            if hit:
                rest -= hit
                out["render:boundary"] += sum(hit.values())
    if rest:
        nomark, noskip = other_walks(html)
        for name, text in (("prune:chrome", nomark), ("walk:skipped-tag", noskip)):
            hit = grams(text) & rest
            if hit:
                rest -= hit
                out[name] += sum(hit.values())
    if rest:
        # every word of the shingle is in the output, in another order or with other neighbours (a block
        # between them kept or left out differently): counted with the boundaries
        have = set(out_tokens)
        hit = Counter({g: v for g, v in rest.items() if all(t in have for t in g.split())})
        if hit:
            rest -= hit
            out["render:boundary"] += sum(hit.values())
    if rest:
        out["walk:text"] += sum(rest.values())
    return out


def classify_snippet(html: str, snip: str, opts: Options, cache: dict) -> str:
    if "c" not in cache:
        _, c = extract_choice(html, opts, names=True)
        cache["c"] = c
        blocks = c.blocks if c is not None else []
        cache["find"] = block_finder(b.text for b in blocks)
        cache["status"] = block_status(c, opts)[0] if blocks else []
    js = cache["find"](snip)
    if js is not None:
        st = [cache["status"][j] for j in js if cache["status"][j] != "kept"]
        if not st:
            return "render:boundary"
        return "prune:widget" if st[0].startswith("prune:widget") else st[0]
    if "other" not in cache:
        cache["other"] = other_walks(html)
    nomark, noskip = cache["other"]
    q = _squash(snip)
    if q in _squash(nomark):
        return "prune:chrome"
    if q in _squash(noskip):
        return "walk:skipped-tag"
    return "walk:text"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("sets")
    ap.add_argument("--ref", default="trafilatura")
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--pages", type=int, default=0, help="list the N pages losing most, with their causes")
    ap.add_argument("--show", default="", help="print the lost blocks of this cause (prefix), per page")
    a = ap.parse_args()
    if a.offset % 2:
        raise SystemExit("even pages only")
    opts = Options()
    global SHOW
    if a.show:
        SHOW = []
    work = Path(a.work)
    print(f"reference: {a.ref}; recall lost (mean per page share of gold) that the reference finds, by cause")
    print("| set | pages | tamis R | ref R | tamis-only | ref-only (lost) | " + " | ".join(CAUSES) + " |")
    print("|" + "---|" * (6 + len(CAUSES)))
    worst = []
    for ds in a.sets.split(","):
        ours = predictions(work / "tamis" / f"{ds}.jsonl.gz")
        ref = predictions(work / a.ref / f"{ds}.jsonl.gz")
        tot: Counter = Counter()
        n = 0
        rt = rr = only_t = only_r = 0.0
        snip: Counter = Counter()
        snip_pages: dict[str, set] = defaultdict(set)
        snip_n = snip_rev = 0
        for rec in records(ds, a.every, a.offset):
            pid, html, truth = rec["id"], rec["html"], rec.get("text")
            t, r = ours.get(pid, ""), ref.get(pid, "")
            with_ = rec.get("with") or []
            if with_:
                ts, rs = _squash(t), _squash(r)
                missed = [s for s in with_ if _squash(s) in rs and _squash(s) not in ts]
                snip_rev += sum(1 for s in with_ if _squash(s) in ts and _squash(s) not in rs)
                snip_n += len(with_)
                cache: dict = {}
                for s in missed:
                    k = classify_snippet(html, s, opts, cache)
                    snip[k] += 1
                    snip_pages[k].add(pid)
                    if a.pages:
                        worst.append((1.0, ds, pid, k, s[:90]))
            if not truth:
                continue
            n += 1
            g, gt, gr = grams(truth), grams(t), grams(r)
            total = sum(g.values()) or 1
            tp_t, tp_r = g & gt, g & gr
            rt += sum(tp_t.values()) / total
            rr += sum(tp_r.values()) / total
            lost = tp_r - gt
            only_t += sum((tp_t - gr).values()) / total
            only_r += sum(lost.values()) / total
            if lost:
                p = classify_page(html, lost, opts, _TOKEN.findall(t))
                for k, v in p.items():
                    tot[k] += v / total
                if a.pages:
                    worst.append((sum(lost.values()) / total, ds, pid, dict(p), ""))
                if a.show:
                    for row in SHOW:
                        if a.show == "all" or row[0].startswith(a.show):
                            print(f"  {ds} {pid[:40]} {row[1] / total:.3f} {row[0]} <{row[2]}> in <{row[3]}> "
                                  f"{row[4]}c {row[5]}l: {row[6]!r}")
                    SHOW.clear()
        if n:
            print(f"| {ds} | {n} | {rt / n:.4f} | {rr / n:.4f} | {only_t / n:.4f} | {only_r / n:.4f} | "
                  + " | ".join(f"{tot[k] / n:.4f}" for k in CAUSES) + " |")
        if snip_n:
            m = sum(snip.values())
            print(f"| {ds} snippets ({snip_n} with) | | | tamis-only {snip_rev} | ref-only {m} | "
                  + " | ".join(f"{snip[k]} ({len(snip_pages[k])}p)" for k in CAUSES) + " |")
    if a.pages:
        for row in sorted(worst, key=lambda r: -r[0])[:a.pages]:
            print(f"{row[0]:.3f} {row[1]} {row[2][:60]} {row[3]} {row[4]}")


if __name__ == "__main__":
    main()
