"""AEB F1 of several tamis runs on the same pages, per set, on the even half and its two page folds (development aid).

    python bench/extract_runs.py --datasets aeb,gtrends rules=bench/work/rules judge=bench/work/shipped1

Each RUN is NAME=WORKDIR (a bench work directory holding tamis/SET.jsonl.gz; `extract_judge.py benchcv` writes
bench/work/bcv/NAME/lodo). Pages: the even half (`--every 2`), fold 0 = pages 0, 4, 8 ..., fold 1 = pages 2, 6, 10 ...
The first run is the base: the others are also shown as changes against it, and the mean over the sets.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import aeb_scores, pages, predictions, shingle_counts


def _preds(work: Path, ds: str) -> dict[str, str]:
    return predictions(work / "tamis" / f"{ds}.jsonl.gz")


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+", help="NAME=WORKDIR")
    ap.add_argument("--datasets", required=True)
    a = ap.parse_args()
    runs = [(r.split("=", 1)[0], Path(r.split("=", 1)[1])) for r in a.runs]
    sets = a.datasets.split(",")
    f1: dict[tuple[str, str, str], float] = {}
    for ds in sets:
        preds = {name: _preds(w, ds) for name, w in runs}
        counts: dict[str, list[list]] = {name: [[], []] for name, _ in runs}
        for k, (pid, _, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            for name, _ in runs:
                counts[name][k % 2].append(shingle_counts(preds[name].get(pid, ""), truth))
        for name, _ in runs:
            c0, c1 = counts[name]
            f1[(name, ds, "all")] = aeb_scores(c0 + c1)[2]
            f1[(name, ds, "f0")] = aeb_scores(c0)[2]
            f1[(name, ds, "f1")] = aeb_scores(c1)[2]
    base = runs[0][0]
    print("| run | pages | " + " | ".join(sets) + " | mean |")
    print("|---|---|" + "---|" * (len(sets) + 1))
    for part, label in (("all", "even half"), ("f0", "fold 0"), ("f1", "fold 1")):
        for name, _ in runs:
            v = [f1[(name, ds, part)] for ds in sets]
            print(f"| {name} | {label} | " + " | ".join(f"{x:.4f}" for x in v) + f" | {np.mean(v):.4f} |")
        for name, _ in runs[1:]:
            d = [f1[(name, ds, part)] - f1[(base, ds, part)] for ds in sets]
            print(f"| {name} − {base} | {label} | " + " | ".join(f"{x:+.4f}" for x in d) + f" | {np.mean(d):+.4f} |")


if __name__ == "__main__":
    main()
