"""A second opinion on the container (development aid for the extraction bench, even half only).

Three reports over the even half (page numbers 0, 2, 4 ...) of the six sets:

- ``oracle``: from the cached predictions of ``extract_bench.py`` (TAMIS_BENCH_WORK), the set F1 of an oracle
  that takes, page by page, the better of tamis and a peer (readability-lxml, trafilatura), and how much of its
  gain comes from pages the peer wins by >= .2, by .05-.2 and by less;
- ``candidate``: a readability-style second candidate computed from tamis's own walk (the element whose own
  paragraphs hold the most prose, with its siblings of similar score, each filtered as tamis filters its
  container), its oracle against tamis's choice, and dry runs of the selection rules tried between the two;
- ``teasers``: the container chosen with and without the teaser-blurb rule (``select.teaser_blurbs``), with its
  parameters changed from the command line: pages changed, up and down, and the sum of their F1 changes.

    TAMIS_BENCH_WORK=$PWD/bench/work/extract PYTHONPATH=src python bench/extract_second.py oracle
    PYTHONPATH=src python bench/extract_second.py candidate [--show 5]
    PYTHONPATH=src python bench/extract_second.py teasers [--pairs 3 --chars 200 --links 0.5 --levels 2 --no-labels]
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, aeb_scores, pages, prf, shingle_counts
from extract_losses import load
from extract_probe import chosen, score

from tamis.extract import select
from tamis.extract.core import Options, _is_legal
from tamis.extract.render import render
from tamis.extract.select import _LEAF, _children, choose_container, keep_blocks, prose_scores
from tamis.extract.walk import Block, Walk


def oracle(datasets: list[str], peers: list[str]) -> None:
    """Per set and peer: tamis, the peer, the oracle of the two, and the oracle's gain by the peer's margin."""
    print("| set | peer | tamis | peer | oracle | gain | from pages won by >= .2 (n) | .05-.2 (n) | < .05 (n) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for peer in peers:
        for ds in datasets:
            a, b = load("tamis", ds), load(peer, ds)
            ca, cb = [], []
            for pid, _, truth in pages(ds, 2, 0):
                if truth:
                    ca.append(shingle_counts(a.get(pid, ""), truth))
                    cb.append(shingle_counts(b.get(pid, ""), truth))
            base = aeb_scores(ca)[2]

            def gain(lo: float, hi: float, ca=ca, cb=cb, base=base) -> tuple[float, int]:
                won = [lo <= prf(*y)[2] - prf(*x)[2] < hi for x, y in zip(ca, cb)]
                pick = [y if w else x for x, y, w in zip(ca, cb, won)]
                return aeb_scores(pick)[2] - base, sum(won)

            g, h, m, lo = gain(1e-12, 9), gain(.2, 9), gain(.05, .2), gain(1e-12, .05)
            print(f"| {ds} | {peer} | {base:.4f} | {aeb_scores(cb)[2]:.4f} | {base + g[0]:.4f} | {g[0]:+.4f} | "
                  f"{h[0]:+.4f} ({h[1]}) | {m[0]:+.4f} ({m[1]}) | {lo[0]:+.4f} ({lo[1]}) |")


# Readability's sibling rule: a sibling joins the candidate with this share of its score (or 10 characters),
# or when it is a paragraph of more than 80 characters with under a quarter of them in links.
SIBLING_SHARE = 0.2
SIBLING_P_CHARS = 80
SIBLING_P_LINKS = 0.25


def second_candidate(walk: Walk, flags: list[bool], dropped: list[bool], opts: Options) -> list[Block]:
    """The best paragraph container and its siblings of similar score, each filtered like a container."""
    parent, tags = walk.parent, walk.tags
    direct: dict[int, float] = {}
    for b, good in zip(walk.blocks, flags):
        if not good:
            continue
        w = b.n_chars - b.link_chars
        o = parent[b.owner] if tags[b.owner] in _LEAF and b.owner > 0 else b.owner
        direct[o] = direct.get(o, 0.0) + w
        if parent[o] >= 0:
            direct[parent[o]] = direct.get(parent[o], 0.0) + w / 2
    if not direct:
        return []
    top = max(direct, key=direct.__getitem__)
    elems = [top]
    if parent[top] >= 0:
        elems = []
        for j in _children(walk, parent[top]):
            own = [b for b in walk.blocks if b.owner == j]
            n, links = sum(b.n_chars for b in own), sum(b.link_chars for b in own)
            if (j == top or direct.get(j, 0.0) >= max(10.0, SIBLING_SHARE * direct[top])
                    or (tags[j] == "p" and n > SIBLING_P_CHARS and links < SIBLING_P_LINKS * n)):
                elems.append(j)
    out: list[Block] = []
    for e in elems:
        out += keep_blocks(walk, e, flags, dropped, opts.max_link_density)
    return out


def _features(walk: Walk, kept: list[Block], cand: list[Block]) -> dict[str, float]:
    ids = {id(b) for b in cand}
    extra = [b for b in kept if id(b) not in ids]
    kept_ids = {id(b) for b in kept}
    first = walk.blocks.index(cand[0]) if cand else 0
    xprose = sum(b.n_chars - b.link_chars for b in extra if b.n_chars >= 40)
    before = sum(b.n_chars - b.link_chars for b in extra if b.n_chars >= 40 and walk.blocks.index(b) < first)
    return {"kept": sum(b.n_chars for b in kept), "cand": sum(b.n_chars for b in cand),
            "missing": sum(b.n_chars for b in cand if id(b) not in kept_ids),
            "extra_blocks": len(extra), "extra_chars": sum(b.n_chars for b in extra),
            "extra_links": sum(b.link_chars for b in extra), "extra_prose": xprose, "before": before}


def _ratio(f: dict[str, float]) -> float:
    return f["cand"] / max(1.0, f["kept"])


# The selection rules tried between tamis's container and the second candidate (all measured; none kept).
RULES: dict[str, Callable[[dict[str, float]], bool]] = {
    # tamis keeps 1/0.6 to 1/0.3 times the candidate's text, all of the candidate included (container too high)
    "shorter": lambda f: f["missing"] == 0 and .3 <= _ratio(f) <= .6,
    # the same, and the candidate comes first in the container (what follows it is the teasers)
    "first": lambda f: f["missing"] == 0 and .3 <= _ratio(f) <= .6 and f["before"] <= .12 * f["extra_prose"],
    # the same, with >= 3 blocks after it, >= 3% of them in links and <= 35% of its prose before it
    "first-linked": lambda f: (f["missing"] == 0 and .25 <= _ratio(f) <= .6 and f["before"] <= .35 * f["extra_prose"]
                               and f["extra_blocks"] >= 3 and f["extra_links"] >= .03 * f["extra_chars"]),
    # the candidate holds all of tamis's text and 1.5 or 2 times more (container too low; trafilatura's fallback)
    "longer-1.5": lambda f: f["extra_chars"] == 0 and _ratio(f) >= 1.5,
    "longer-2": lambda f: f["extra_chars"] == 0 and _ratio(f) >= 2,
}


def candidate(datasets: list[str], show: int) -> None:
    """The second candidate alone, its oracle with tamis, and the selection rules (set F1 from per-page P/R;
    pages without prose, where the extractor's fallbacks decide, are left out)."""
    opts = Options()

    def setf1(rows: list[tuple[float, float, float]]) -> float:
        p = sum(r[0] for r in rows) / len(rows)
        r = sum(r[1] for r in rows) / len(rows)
        return 2 * p * r / (p + r) if p + r else 0.0

    for ds in datasets:
        rows = []
        for i, _pid, truth, walk, flags, dropped, container in chosen(ds, opts):
            if not any(flags):
                continue  # no prose: the extractor's fallbacks (noscript, link text, description) decide
            kept = keep_blocks(walk, container, flags, dropped, opts.max_link_density)
            cand = second_candidate(walk, flags, dropped, opts)
            rows.append((i, score(render(kept), truth), score(render(cand), truth), _features(walk, kept, cand)))
        base = setf1([r[1] for r in rows])
        alone = setf1([r[2] for r in rows])
        orc = setf1([max(r[1], r[2], key=lambda s: s[2]) for r in rows])
        differ = sum(abs(r[1][2] - r[2][2]) > 1e-9 for r in rows)
        print(f"{ds:12s} tamis {base:.4f}  candidate alone {alone:.4f}  oracle {orc:.4f} ({orc - base:+.4f}); "
              f"pages where they differ {differ}, candidate better by > .05: "
              f"{sum(r[2][2] > r[1][2] + .05 for r in rows)}, worse: {sum(r[2][2] < r[1][2] - .05 for r in rows)}")
        for name, rule in RULES.items():
            picked = [r[2] if rule(r[3]) else r[1] for r in rows]
            ch = sorted((r[2][2] - r[1][2], r[0]) for r in rows if rule(r[3]) and abs(r[2][2] - r[1][2]) > 1e-9)
            print(f"    {name:13s} {setf1(picked) - base:+.4f}  changed {len(ch):3d}, up {sum(c[0] > 0 for c in ch):3d}"
                  + (f"  {ch[:show]} … {ch[-show:]}" if show and ch else ""))


def teasers(datasets: list[str], pairs: int, chars: int, links: float, levels: int, labels: bool) -> None:
    """Pages whose container changes when teaser blurbs (with these parameters) count for nothing."""
    select.TEASER_PAIRS, select.TEASER_BLURB_CHARS = pairs, chars
    select.TEASER_TITLE_LINKS, select.TEASER_LEVELS = links, levels
    if not labels:
        select._LABELS = frozenset()
    opts = Options()
    for ds in datasets:
        changes = []
        n = fired = 0
        for i, _pid, truth, walk, flags, dropped, container in chosen(ds, opts):
            n += 1
            unlegal = [f and not _is_legal(b.text) for f, b in zip(flags, walk.blocks)]
            fired += any(select.teaser_blurbs(walk, flags))
            without = choose_container(walk, unlegal, prose_scores(walk, unlegal), opts.dominance)
            if without != container:
                new = render(keep_blocks(walk, container, flags, dropped, opts.max_link_density))
                old = render(keep_blocks(walk, without, flags, dropped, opts.max_link_density))
                changes.append((score(new, truth)[2] - score(old, truth)[2], i))
        d = sum(c[0] for c in changes)
        print(f"{ds:12s} pages with teasers {fired:4d}, container changed {len(changes):3d}, "
              f"up {sum(c[0] > 1e-9 for c in changes):3d}, down {sum(c[0] < -1e-9 for c in changes):3d}, "
              f"sum dF1 {d:+.3f} (about {d / max(n, 1):+.4f} on the set) {sorted(changes)}")


def main() -> None:
    """CLI: one of the three reports."""
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("oracle", "candidate", "teasers"))
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--peers", default="readability,trafilatura")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--pairs", type=int, default=select.TEASER_PAIRS)
    ap.add_argument("--chars", type=int, default=select.TEASER_BLURB_CHARS)
    ap.add_argument("--links", type=float, default=select.TEASER_TITLE_LINKS)
    ap.add_argument("--levels", type=int, default=select.TEASER_LEVELS)
    ap.add_argument("--no-labels", action="store_true", help="teasers: linked headings, terms, items are titles too")
    a = ap.parse_args()
    ds = a.datasets.split(",")
    if a.what == "oracle":
        oracle(ds, a.peers.split(","))
    elif a.what == "candidate":
        candidate(ds, a.show)
    else:
        teasers(ds, a.pairs, a.chars, a.links, a.levels, not a.no_labels)


if __name__ == "__main__":
    main()
