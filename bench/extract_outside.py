"""Where tamis's lost recall lies, per dataset (development aid for the extraction bench).

For each page (`--every`/`--offset`, as in extract_bench.py), the blocks the extractor leaves out are charged with
the gold shingles they hold that the output lacks, by place: in a widget `drop_marked` dropped ("dropped"), inside
the chosen container but not kept ("inside"), or outside the container, before or after it. Figures are the mean
share of a page's gold shingles; `--pages N` lists the N pages losing most outside the container.

    PYTHONPATH=src python bench/extract_outside.py --datasets wcxb_test --every 2 --pages 20
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, pages, shingles

from tamis.extract.core import Options, extract_choice, final_blocks
from tamis.extract.judge import span



def places(html: str, truth: str, opts: Options) -> Counter:
    """Share of the page's gold shingles lost, by place of the block that holds them."""
    _, c = extract_choice(html, opts, names=True)
    out = Counter()
    if c is None:
        return out
    gold = shingles(truth)
    total = sum(gold.values()) or 1
    kept = final_blocks(c, opts)
    ids = {id(b) for b in kept}
    rest = Counter(gold)
    for b in kept:
        rest -= shingles(b.text)
    first, _, _ = span(c)
    lo, hi = c.container, c.walk.end[c.container]
    for j, b in enumerate(c.blocks):
        if id(b) in ids:
            continue
        lost = shingles(b.text) & rest
        if not lost:
            continue
        rest -= lost
        place = ("dropped" if c.dropped[b.owner] else "inside" if lo <= b.owner < hi
                 else "before" if j < first else "after")
        out[place] += sum(lost.values()) / total
    return out


def main() -> None:
    """CLI: the table of lost recall by place, and the worst pages."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--pages", type=int, default=0)
    a = ap.parse_args()
    opts = Options()
    print("| set | pages | before | after | dropped | inside |\n|---|---|---|---|---|---|")
    worst = []
    for ds in a.datasets.split(","):
        total, n = Counter(), 0
        for i, (pid, html, truth) in enumerate(pages(ds, a.every, a.offset)):
            if not truth:
                continue
            n += 1
            p = places(html, truth, opts)
            total.update(p)
            worst.append((p["before"] + p["after"], ds, i, pid, p))
        n = n or 1
        print(f"| {ds} | {n} | " + " | ".join(f"{total[k] / n:.4f}" for k in ("before", "after", "dropped", "inside"))
              + " |")
    for d, ds, i, pid, p in sorted(worst, key=lambda r: -r[0])[:a.pages]:
        print(f"{d:.3f} {ds} #{i} {pid[:50]} " + " ".join(f"{k} {v:.2f}" for k, v in sorted(p.items())))


if __name__ == "__main__":
    main()
