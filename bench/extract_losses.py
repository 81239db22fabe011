"""Per-page comparison of two extractors' predictions (development aid for the extraction bench).

Reads the predictions `extract_bench.py` wrote (TAMIS_BENCH_WORK) and lists, per dataset, the
pages where extractor A loses most AEB shingle F1 against extractor B, with precision and recall.

    PYTHONPATH=src python bench/extract_losses.py --every 2 [--a tamis --b trafilatura --top 15]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, WORK, pages, predictions, prf, shingle_counts


def load(name: str, ds: str) -> dict[str, str]:
    """Predictions of one extractor on one dataset, by page id."""
    return predictions(WORK / name / f"{ds}.jsonl.gz")


def main() -> None:
    """CLI: print the worst pages of A against B per dataset."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", default="tamis")
    ap.add_argument("--b", default="trafilatura")
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--datasets", default=",".join(DATASETS))
    a = ap.parse_args()
    for ds in a.datasets.split(","):
        pa, pb = load(a.a, ds), load(a.b, ds)
        rows = []
        for i, (pid, _, truth) in enumerate(pages(ds, a.every, a.offset)):
            if not truth:
                continue
            ra = prf(*shingle_counts(pa.get(pid, ""), truth))
            rb = prf(*shingle_counts(pb.get(pid, ""), truth))
            rows.append((ra[2] - rb[2], i, pid, ra, rb))
        rows.sort()
        print(f"## {ds}: {len(rows)} pages, total F1 diff {sum(r[0] for r in rows):+.2f}")
        for d, i, pid, ra, rb in rows[:a.top]:
            print(f"{d:+.3f} #{i} {pid[:50]:50s} A {ra[0]:.2f}/{ra[1]:.2f}  B {rb[0]:.2f}/{rb[1]:.2f}")


if __name__ == "__main__":
    main()
