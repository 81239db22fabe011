"""Measure before writing a rule (development aid for the extraction bench, even half only).

Three reports over the even half (page numbers 0, 2, 4 ...) of the six sets, and a dry run of candidate rules:

- ``kinds``: the pages tamis loses by >= ``--margin`` F1 against the better of trafilatura and readability-lxml,
  by kind (empty output, container too high, too low, wrong), with the F1 points lost per kind;
- ``unwalked``: gold shingles that no block of tamis's walk holds, by the element that kept them out of the
  walk (a skipped tag, a chrome landmark) or "(other)" (attributes, scripts' JSON, glued words, order);
- ``dups``: predicted shingles that are extra copies of gold shingles (text repeated on the page);
- ``rule NAME``: the kept blocks of every page, less (or plus) the blocks a candidate rule names, rendered and
  scored against the gold; per set, the pages changed, up and down, and the sum of their F1 changes. The
  candidates are those of round 8 (``bench/RESULTS-extract8.md``): none was kept.

    TAMIS_BENCH_WORK=$PWD/bench/work/extract PYTHONPATH=src python bench/extract_probe.py kinds
    PYTHONPATH=src python bench/extract_probe.py rule boxes
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import _TOKEN, DATASETS, pages, prf, shingle_counts
from extract_losses import load
from selectolax.lexbor import LexborHTMLParser

from tamis.extract.core import Options, _is_legal, choose
from tamis.extract.prune import mark_boilerplate
from tamis.extract.render import render
from tamis.extract.select import best_paragraphs, keep_blocks
from tamis.extract.walk import HEADINGS, SKIP_TAGS, Block, Walk, Walker


def score(pred: str, truth: str) -> tuple[float, float, float]:
    """Per-page AEB shingle precision, recall and F1."""
    return prf(*shingle_counts(pred, truth))


def shingles(text: str) -> Counter:
    """The bag of 4-token shingles of a text."""
    t = _TOKEN.findall(text)
    return Counter(tuple(t[i:i + 4]) for i in range(len(t) - 3))


def kinds(datasets: list[str], margin: float) -> None:
    """Pages lost by >= margin against the better peer, by kind, with the F1 points lost."""
    for ds in datasets:
        pt, pb, pr = load("tamis", ds), load("trafilatura", ds), load("readability", ds)
        n: Counter = Counter()
        lost: Counter = Counter()
        for _pid, (pid, _, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            p, r, ft = score(pt.get(pid, ""), truth)
            best = max(score(pb.get(pid, ""), truth)[2], score(pr.get(pid, ""), truth)[2])
            if best - ft < margin:
                continue
            kind = ("empty" if not pt.get(pid, "").strip() else "too high" if p < .6 and r > .8
                    else "too low" if r < .6 and p > .8 else "wrong or mixed")
            n[kind] += 1
            lost[kind] += best - ft
        print(f"{ds:12s}", "  ".join(f"{k}: {n[k]} pages, {lost[k]:.2f} F1" for k in sorted(n)) or "none")


def _walk(html: str) -> tuple[Walk, dict[int, str], object] | None:
    tree = LexborHTMLParser(html)
    root = tree.body
    if root is None:
        return None
    marks = mark_boilerplate(root, False)
    return Walker(marks, 1e18).run(root), marks, root


def chosen(ds: str, opts: Options):
    """Per even page of `ds` with a ground truth and a body: (index, id, truth, walk, flags, dropped, container),
    the walk and the extractor's choice of blocks and container."""
    for i, (pid, html, truth) in enumerate(pages(ds, 2, 0)):
        if not truth or (w := _walk(html)) is None:
            continue
        walk = w[0]
        flags, _, dropped, container = choose(walk, opts)
        yield i, pid, truth, walk, flags, dropped, container


def unwalked(datasets: list[str]) -> None:
    """Gold shingles outside every walked block, by the element that kept them out of the walk."""
    sel = ",".join(sorted(t for t in SKIP_TAGS if t.isalpha())) + ",nav,footer,[role]"
    for ds in datasets:
        weight: Counter = Counter()
        where: dict[str, set] = defaultdict(set)
        for i, (_pid, html, truth) in enumerate(pages(ds, 2, 0)):
            if not truth or (w := _walk(html)) is None:
                continue
            walk, marks, root = w
            walked = set(shingles("\n".join(b.text for b in walk.blocks)))
            gold = set(shingles(truth))
            n = max(len(gold), 1)
            miss = gold - walked
            if len(miss) < 0.05 * n:
                continue
            seen: set = set()
            for node in root.css(sel):
                if node.tag not in SKIP_TAGS and marks.get(node.mem_id) != "chrome":
                    continue
                found = (set(shingles(node.text(deep=True) or "")) & miss) - seen
                if found:
                    seen |= found
                    key = node.tag if node.tag in SKIP_TAGS else "chrome:" + node.tag
                    weight[key] += len(found) / n
                    where[key].add(i)
            if len(miss - seen) >= 0.05 * n:
                weight["(other)"] += len(miss - seen) / n
                where["(other)"].add(i)
        print(f"## {ds} (page-equivalents of gold, pages)")
        for k, v in weight.most_common(8):
            print(f"  {v:6.2f} {len(where[k]):4d}p {k}")


def dups(datasets: list[str], name: str) -> None:
    """Predicted shingles that are extra copies of gold shingles (pages with over 1% of them)."""
    for ds in datasets:
        pred = load(name, ds)
        share = []
        for _pid, (pid, _, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            g, p = shingles(truth), shingles(pred.get(pid, ""))
            total = sum(p.values())
            extra = sum(c - g[s] for s, c in p.items() if g[s] >= 1 and c > g[s])
            if total and extra > 0.01 * total:
                share.append(extra / total)
        print(f"{name} {ds:12s} pages {len(share):4d}, sum of shares {sum(share):.2f}")


# ---- candidate rules: (walk, kept blocks, content flags, container) -> new kept blocks, or None (unchanged) ----
Rule = Callable[[Walk, list[Block], list[bool], int], "list[Block] | None"]


def _legal_cut(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """Cut the kept blocks after a legal notice that follows half the kept prose."""
    good = {id(b) for b, f in zip(walk.blocks, flags) if f}
    total = sum(b.n_chars for b in kept if id(b) in good)
    acc = 0
    for k, b in enumerate(kept[:-1]):
        acc += b.n_chars if id(b) in good else 0
        if acc >= 0.5 * total and _is_legal(b.text):
            return kept[:k + 1]
    return None


def _box_stats(walk: Walk, container: int) -> tuple[dict[int, int], dict[int, int], dict[int, int], dict[int, int]]:
    chars: dict[int, int] = defaultdict(int)
    links: dict[int, int] = defaultdict(int)
    commas: dict[int, int] = defaultdict(int)
    linked_heads: dict[int, int] = defaultdict(int)
    for b in walk.blocks:
        o = b.owner
        lh = b.kind in HEADINGS and b.link_chars > 0.5 * b.n_chars
        while o > container:
            chars[o] += b.n_chars
            links[o] += b.link_chars
            commas[o] += b.text.count(",")
            linked_heads[o] += lh
            o = walk.parent[o]
    return chars, links, commas, linked_heads


_BOXES = frozenset({"div", "section", "table", "tbody", "tr", "td", "ul", "ol", "dl", "form", "aside"})


def _drop_boxes(walk: Walk, kept: list[Block], container: int, start: int, test) -> list[Block] | None:
    drop = []
    e, hi = start, walk.end[container]
    while e < hi:
        if walk.tags[e] in _BOXES and test(e):
            drop.append((e, walk.end[e]))
            e = walk.end[e]
        else:
            e += 1
    out = [b for b in kept if not any(a <= b.owner < z for a, z in drop)]
    return out if len(out) < len(kept) else None


def _boxes(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """Readability's conditional cleaning inside the container: a box outside the best paragraphs with
    under 10 commas and over 0.2 of its characters in links (0.5 when its class names content) is dropped."""
    top, _ = best_paragraphs(walk, flags)
    chars, links, commas, _ = _box_stats(walk, container)
    hints = set(walk.hints)
    return _drop_boxes(walk, kept, container, container + 1, lambda e: (
        chars[e] > 0 and not e <= top < walk.end[e] and commas[e] < 10
        and links[e] > (0.5 if e in hints else 0.2) * chars[e]))


def _prose(walk: Walk, flags: list[bool], lo: int, hi: int) -> int:
    return sum(b.n_chars - b.link_chars for b, f in zip(walk.blocks, flags) if f and lo <= b.owner < hi)


def _boxes_split(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """`boxes`, only where the descent stopped early: the best paragraphs hold under 0.6 of the container's
    prose (the "container too high" pages)."""
    top, _ = best_paragraphs(walk, flags)
    hi = walk.end[container]
    if not container <= top < hi or _prose(walk, flags, top, walk.end[top]) >= 0.6 * _prose(walk, flags, container, hi):
        return None
    return _boxes(walk, kept, flags, container)


def _teaser_boxes(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """After the best paragraphs, a box with over 0.2 of its characters in links and two linked headings."""
    top, _ = best_paragraphs(walk, flags)
    if not container <= top < walk.end[container]:
        return None
    chars, links, _, heads = _box_stats(walk, container)
    return _drop_boxes(walk, kept, container, walk.end[top], lambda e: (
        chars[e] > 0 and links[e] > 0.2 * chars[e] and heads[e] >= 2))


def _dedup(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """A kept block of 100+ characters (not a table cell) whose text was kept before is dropped."""
    seen: set[str] = set()
    out = []
    for b in kept:
        key = " ".join(b.text.split())
        if b.n_chars >= 100 and b.kind not in ("td", "th") and key in seen:
            continue
        seen.add(key)
        out.append(b)
    return out if len(out) < len(kept) else None


def _sandwich(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """A link-dense <p> in the container whose nearest kept neighbours are both prose is kept."""
    ids = {id(b) for b in kept}
    good = {id(b) for b, f in zip(walk.blocks, flags) if f}
    inside = [b for b in walk.blocks if container <= b.owner < walk.end[container]]
    add = set()
    for j, b in enumerate(inside):
        if id(b) in ids or b.kind != "p" or b.link_chars <= 0.5 * b.n_chars:
            continue
        prev = next((x for x in reversed(inside[:j]) if id(x) in ids), None)
        nxt = next((x for x in inside[j + 1:] if id(x) in ids), None)
        if prev is not None and nxt is not None and id(prev) in good and id(nxt) in good:
            add.add(id(b))
    return [b for b in walk.blocks if id(b) in ids or id(b) in add] if add else None


_JS = re.compile(r"document\.(write|getElementById|cookie)|function\s*\(|\bvar\s+\w+\s*=|window\.\w+\s*=|\)\s*\{")


def _script_text(walk: Walk, kept: list[Block], flags: list[bool], container: int) -> list[Block] | None:
    """A kept block (not <pre>) that reads as JavaScript (a script left open) is dropped."""
    out = [b for b in kept if b.kind == "pre" or len(_JS.findall(b.text)) < max(2, len(b.text) / 300)]
    return out if len(out) < len(kept) else None


RULES: dict[str, Rule] = {"legal-cut": _legal_cut, "boxes": _boxes, "boxes-split": _boxes_split,
                          "teaser-boxes": _teaser_boxes,
                          "dedup": _dedup, "sandwich": _sandwich, "script-text": _script_text}


def dry_run(datasets: list[str], rule: Rule, show: int) -> None:
    """Per set: pages changed by the rule, up and down, and the sum of their F1 changes."""
    opts = Options()
    for ds in datasets:
        changes = []
        n = 0
        for i, pid, truth, walk, flags, dropped, container in chosen(ds, opts):
            n += 1
            kept = keep_blocks(walk, container, flags, dropped, opts.max_link_density)
            new = rule(walk, kept, flags, container)
            if new is not None:
                changes.append((score(render(new), truth)[2] - score(render(kept), truth)[2], i, pid[:16]))
        changes.sort()
        d = sum(c[0] for c in changes)
        print(f"{ds:12s} changed {len(changes):4d}, up {sum(c[0] > 1e-9 for c in changes):4d}, "
              f"down {sum(c[0] < -1e-9 for c in changes):4d}, sum dF1 {d:+.3f} (about {d / max(n, 1):+.4f} on the set)")
        for c in changes[:show] + changes[max(show, len(changes) - show):]:
            print(f"    {c[0]:+.3f} #{c[1]} {c[2]}")


def main() -> None:
    """CLI: one of the reports, or a dry run of a candidate rule."""
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("kinds", "unwalked", "dups", "rule"))
    ap.add_argument("rule", nargs="?", choices=sorted(RULES))
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--margin", type=float, default=0.2, help="kinds: a page is lost by this much F1")
    ap.add_argument("--name", default="tamis", help="dups: whose predictions")
    ap.add_argument("--show", type=int, default=0, help="rule: the pages most down and most up per set")
    a = ap.parse_args()
    ds = a.datasets.split(",")
    if a.what == "kinds":
        kinds(ds, a.margin)
    elif a.what == "unwalked":
        unwalked(ds)
    elif a.what == "dups":
        dups(ds, a.name)
    elif a.rule is None:
        ap.error("rule: name one of " + ", ".join(sorted(RULES)))
    else:
        dry_run(ds, RULES[a.rule], a.show)


if __name__ == "__main__":
    main()
