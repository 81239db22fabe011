"""Two aids for reading the extraction bench's halves (development aid).

    # the whole sets: put an even-half run and an odd-half run together, then score every page
    python bench/extract_halves.py merge bench/work/extract-even12 bench/work/extract-odd12 bench/work/extract-full12
    TAMIS_BENCH_WORK=$PWD/bench/work/extract-full12 PYTHONPATH=src python bench/extract_bench.py score --every 1

    # how sure a per-set difference is: a paired bootstrap over the pages of one run
    TAMIS_BENCH_WORK=$PWD/bench/work/extract-odd12 python bench/extract_halves.py bootstrap --every 2 --offset 1

    # only the pages of a set whose HTML is in no other set named (wcxb_test shares 139 pages with wcxb_dev)
    TAMIS_BENCH_WORK=$PWD/bench/work/extra13 python bench/extract_halves.py bootstrap --datasets wcxb_test \
        --every 1 --not-in wcxb_dev

The bootstrap draws the run's pages with replacement (the same draw for both extractors), recomputes the AEB F1
of each on the draw as the bench does, and reports the difference's standard deviation and 95% interval.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, aeb_scores, pages, shingle_counts
from extract_losses import load


def merge(first: Path, second: Path, out: Path) -> None:
    """Every extractor present in both runs: predictions concatenated, pages and CPU seconds summed."""
    for d in sorted(p for p in first.iterdir() if (p / "timing.json").exists() and (second / p.name).is_dir()):
        ta, tb = (json.loads((w / d.name / "timing.json").read_text()) for w in (first, second))
        (out / d.name).mkdir(parents=True, exist_ok=True)
        timing: dict = {"_maxrss_mb": max(ta["_maxrss_mb"], tb["_maxrss_mb"])}
        for ds in (k for k in ta if k in tb and not k.startswith("_")):
            with gzip.open(out / d.name / f"{ds}.jsonl.gz", "wt", encoding="utf-8") as f:
                for w in (first, second):
                    with gzip.open(w / d.name / f"{ds}.jsonl.gz", "rt", encoding="utf-8") as g:
                        f.writelines(g)
            timing[ds] = {"pages": ta[ds]["pages"] + tb[ds]["pages"], "cpu_s": ta[ds]["cpu_s"] + tb[ds]["cpu_s"]}
        (out / d.name / "timing.json").write_text(json.dumps(timing, indent=1))
        print(f"{d.name}: {', '.join(k for k in timing if not k.startswith('_'))}")


def _digest(html: str) -> bytes:
    return hashlib.sha1(html.encode("utf-8", "surrogatepass")).digest()


def bootstrap(a: str, b: str, datasets: list[str], every: int, offset: int, draws: int,
              not_in: list[str] = ()) -> None:
    """Per set: A's F1 minus B's, with its bootstrap SD and 95% interval. With `not_in`, a page whose HTML is
    byte for byte a page of one of those sets is left out."""
    rng = np.random.default_rng(0)
    seen = {_digest(html) for other in not_in for _, html, _ in pages(other)}
    for ds in datasets:
        pa, pb = load(a, ds), load(b, ds)
        ca, cb = [], []
        left_out = 0
        for pid, html, truth in pages(ds, every, offset):
            if seen and _digest(html) in seen:
                left_out += 1
                continue
            if truth:
                ca.append(shingle_counts(pa.get(pid, ""), truth))
                cb.append(shingle_counts(pb.get(pid, ""), truth))
        n = len(ca)
        diffs = []
        for _ in range(draws):
            idx = rng.integers(0, n, n)
            diffs.append(aeb_scores([ca[i] for i in idx])[2] - aeb_scores([cb[i] for i in idx])[2])
        d = np.array(diffs)
        if not_in:
            print(f"{ds}: {left_out} pages left out (in {','.join(not_in)}); {a} {aeb_scores(ca)[2]:.4f},"
                  f" {b} {aeb_scores(cb)[2]:.4f}")
        print(f"{ds}: {n} pages, {a} - {b} {aeb_scores(ca)[2] - aeb_scores(cb)[2]:+.4f}, bootstrap SD {d.std():.4f},"
              f" 95% [{np.percentile(d, 2.5):+.4f}, {np.percentile(d, 97.5):+.4f}]")


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="mode", required=True)
    m = sub.add_parser("merge")
    m.add_argument("first", type=Path)
    m.add_argument("second", type=Path)
    m.add_argument("out", type=Path)
    bs = sub.add_parser("bootstrap")
    bs.add_argument("--a", default="tamis")
    bs.add_argument("--b", default="trafilatura")
    bs.add_argument("--datasets", default="aeb,readability")
    bs.add_argument("--every", type=int, default=2)
    bs.add_argument("--offset", type=int, default=0)
    bs.add_argument("--draws", type=int, default=2000)
    bs.add_argument("--not-in", default="", help="sets whose pages (same HTML) are left out, comma-separated")
    args = ap.parse_args()
    if args.mode == "merge":
        merge(args.first, args.second, args.out)
    else:
        sets = args.datasets.split(",") if args.datasets != "all" else DATASETS
        bootstrap(args.a, args.b, sets, args.every, args.offset, args.draws,
                  [x for x in args.not_in.split(",") if x])


if __name__ == "__main__":
    main()
