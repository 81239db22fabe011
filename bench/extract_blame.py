"""Where tamis's lost shingles come from, grouped by cause (development aid for the extraction bench).

For every page of the even half where tamis loses to trafilatura or readability-lxml, each block of
tamis's walk is matched against the gold text (its 4-token shingles, or its tokens in order when it
is shorter). A gold block tamis left out is a recall loss, a kept block the gold lacks a precision
loss. Each is put in a group (why it was left out or kept, the block's tag, the nearest telling
ancestor) and weighted by its share of the page's gold (missed) or predicted (extra) shingles; the
groups are summed over the losing pages. Only the even half (page numbers 0, 2, 4 …) is read.
With --table, every page of the half is read, and each group's gold and non-gold shingles, left out
and kept, are given per dataset: where the datasets' golds agree on a group, and where they conflict.

    PYTHONPATH=src python bench/extract_blame.py [--datasets aeb,readability] [--margin 0.01] [--show 3]
    PYTHONPATH=src python bench/extract_blame.py --datasets aeb,readability,l3s_gn1,cleaneval,dragnet,wcxb_dev --table
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import _TOKEN, pages, prf, shingle_counts
from extract_losses import load

from tamis.extract.core import Options, choose
from tamis.extract.prune import mark_boilerplate
from tamis.extract.select import keep_blocks
from tamis.extract.walk import HEADINGS, Walker

# Ancestors that say what a block is (the nearest one names the group).
_TELLING = ("figure", "figcaption", "aside", "header", "footer", "nav", "blockquote", "pre", "table", "ul", "ol",
            "dl", "form", "address", "h1", "h2", "h3", "h4", "h5", "h6")


def f1(pred: str, truth: str) -> float:
    """Per-page AEB shingle F1."""
    return prf(*shingle_counts(pred, truth))[2]


def shingles(tokens: list[str]) -> list[tuple[str, ...]]:
    """The 4-token shingles of a token list."""
    return [tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)]


def in_gold(tokens: list[str], gold_sh: set, gold_joined: str, pred_sh: set | None = None) -> float:
    """Share of a block that the gold holds (and, with `pred_sh`, the prediction lacks): of its
    shingles, or 0/1 for a block under 4 tokens."""
    if not tokens:
        return 0.0
    if len(tokens) < 4:
        return 1.0 if " " + " ".join(tokens) + " " in gold_joined else 0.0
    sh = shingles(tokens)
    return sum(1 for s in sh if s in gold_sh and (pred_sh is None or s not in pred_sh)) / len(sh)


def ancestors(walk, i: int) -> list[int]:
    """The element and its ancestors, innermost first."""
    out = []
    while i >= 0:
        out.append(i)
        i = walk.parent[i]
    return out


def analyse(html: str, truth: str, opts: Options):
    """Per block of the walk: (weight in shingles, gold share, kept?, group)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    marks = mark_boilerplate(root, False)
    walk = Walker(marks, 1e18).run(root)
    # (the extractor's own decisions: its flags are those of its content blocks, widgets' blocks off)
    flags, _, dropped, container = choose(walk, opts)
    blocks = keep_blocks(walk, container, flags, dropped, opts.max_link_density, opts.comments)
    kept_ids = {id(b) for b in blocks}
    lo, hi = container, walk.end[container]
    marked = dict(walk.marked)
    gold_tokens = _TOKEN.findall(truth)
    gold_sh = set(shingles(gold_tokens))
    gold_joined = " " + " ".join(gold_tokens) + " "
    pred_sh = set(shingles(_TOKEN.findall("\n".join(b.text for b in blocks))))
    out = []
    for b, good in zip(walk.blocks, flags):
        toks = _TOKEN.findall(b.text)
        kept = id(b) in kept_ids
        share = in_gold(toks, gold_sh, gold_joined, None if kept else pred_sh)
        anc = ancestors(walk, b.owner)
        tell = next((walk.tags[a] for a in anc[1:] if walk.tags[a] in _TELLING), "-")
        if dropped[b.owner]:
            m = next(a for a in anc if a in marked and dropped[a])
            why = f"widget:{marked[m]}:{walk.tags[m]}"
        elif not lo <= b.owner < hi:
            why = "outside-container:" + ("before" if b.owner < lo else "after")
        elif kept:
            why = "kept:" + ("prose" if good else "short" if b.link_chars <= opts.max_link_density * b.n_chars
                             else "heading/list")
        elif good:
            why = "cut-tail?"
        elif b.link_chars > opts.max_link_density * b.n_chars:
            why = "link-dense"
        else:
            why = "label/tail/other"
        kind = "h" if b.kind in HEADINGS else b.kind
        group = f"{why} | {kind} in {tell}"
        out.append((max(len(toks) - 3, 1), share, kept, group, b.text, good, b.n_chars - b.link_chars))
    walked = set(shingles(_TOKEN.findall("\n".join(b.text for b in walk.blocks))))
    unwalked = sum(1 for s in shingles(gold_tokens) if s not in walked)
    return out, unwalked


def conventions(datasets: list[str], opts: Options, top: int) -> None:
    """Per group: in each dataset, the gold and the non-gold shingles of the blocks left out and kept."""
    tab: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0, 0.0, 0.0]))
    for ds in datasets:
        for _pid, html, truth in pages(ds, 2, 0):
            if not truth:
                continue
            rows, _ = analyse(html, truth, opts)
            gold_n = max(len(_TOKEN.findall(truth)) - 3, 1)
            for w, share, kept, group, *_ in rows:
                g = group.split(" | ")[0].split(":")[0] + ":" + group.split(" | ")[1] if not group.startswith(
                    "widget") else group
                c = tab[g][ds]
                c[2 * kept] += w * share / gold_n
                c[2 * kept + 1] += w * (1 - share) / gold_n
    print("group: per dataset, left out (gold / not gold) and kept (gold / not gold), page-equivalents")
    for title, col in (("most gold left out in aeb and readability", 0), ("most non-gold kept in aeb and readability", 3)):
        print("## " + title)
        for g in sorted(tab, key=lambda g: -(tab[g]["aeb"][col] + tab[g]["readability"][col]))[:top]:
            show(g, tab[g], datasets)


def show(g: str, row: dict[str, list[float]], datasets: list[str]) -> None:
    """One group's line of the conventions table."""
    print(g)
    print("    " + "  ".join(f"{ds[:6]} {c[0]:.2f}/{c[1]:.2f} {c[2]:.2f}/{c[3]:.2f}" for ds in datasets for c in [row[ds]]))


def main() -> None:
    """CLI: group the lost shingles of tamis's losing pages by cause."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default="aeb,readability")
    ap.add_argument("--margin", type=float, default=0.01, help="a page loses when a peer's F1 is this much higher")
    ap.add_argument("--peers", default="trafilatura,readability")
    ap.add_argument("--show", type=int, default=2, help="example lines per group")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--table", action="store_true",
                    help="per group and dataset, over all pages: dropped gold / dropped other (page-equivalents)")
    a = ap.parse_args()
    opts = Options()
    if a.table:
        conventions(a.datasets.split(","), opts, a.top)
        return
    for ds in a.datasets.split(","):
        pt = load("tamis", ds)
        peers = {p: load(p, ds) for p in a.peers.split(",")}
        miss: Counter = Counter()
        extra: Counter = Counter()
        miss_pages: dict[str, set] = defaultdict(set)
        extra_pages: dict[str, set] = defaultdict(set)
        examples: dict[str, list[str]] = defaultdict(list)
        n_lose = 0
        unwalked = 0.0
        unwalked_pages: list[str] = []
        for i, (pid, html, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            ft = f1(pt.get(pid, ""), truth)
            fb = max(f1(p.get(pid, ""), truth) for p in peers.values())
            if fb - ft < a.margin:
                continue
            n_lose += 1
            rows, unw = analyse(html, truth, opts)
            gold_n = max(len(_TOKEN.findall(truth)) - 3, 1)
            pred_n = max(sum(w for w, _, k, *_ in rows if k), 1)
            for w, share, kept, group, text, _, _ in rows:
                if kept and share < 0.5:
                    extra[group] += w * (1 - share) / pred_n
                    extra_pages[group].add(i)
                    if len(examples["+" + group]) < a.show:
                        examples["+" + group].append(f"#{i} {text[:110]!r}")
                elif not kept and share >= 0.5:
                    miss[group] += w * share / gold_n
                    miss_pages[group].add(i)
                    if len(examples["-" + group]) < a.show:
                        examples["-" + group].append(f"#{i} {text[:110]!r}")
            unwalked += unw / gold_n
            if unw / gold_n > 0.05:
                unwalked_pages.append(f"#{i} {unw / gold_n:.2f}")
        print(f"## {ds}: {n_lose} pages where tamis trails a peer by >= {a.margin}")
        print(f"gold not found in any walked block (skipped tags, chrome, markup): {unwalked:.2f} page-equivalents",
              " ".join(unwalked_pages))
        for title, c, pg, sign in (("RECALL: gold blocks left out", miss, miss_pages, "-"),
                                   ("PRECISION: kept blocks not in gold", extra, extra_pages, "+")):
            print(f"### {title} (share of the page's shingles, summed over pages; pages)")
            for g, v in c.most_common(a.top):
                print(f"{v:6.2f} {len(pg[g]):3d}p  {g}")
                for e in examples[sign + g]:
                    print("             " + e)
        print()


if __name__ == "__main__":
    main()
