"""Helper x14b: tamis's predictions in two bench work dirs, per set of the even half: AEB F1 and, where a set has
snippets, snippet P/R/F1; each also on the folds (pages 0 mod 4 and 2 mod 4), and how many pages moved.

    python bench/x14b_compare.py BEFORE_WORK AFTER_WORK [set,set,...]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_bench as eb

SETS = [*eb.DATASETS, "wcxb_test", "gtrends", "big9", "chaos", "evan", "trafeval"]
_CACHE: dict[str, list] = {}


def preds(work: str, ds: str) -> dict[str, str]:
    return eb.predictions(Path(work) / "tamis" / f"{ds}.jsonl.gz")


def recs(ds: str) -> list:
    if ds not in _CACHE:
        _CACHE[ds] = [(i, r["id"], r.get("text"), r.get("with") or [], r.get("without") or [])
                      for i, r in enumerate(eb.records(ds, 2, 0))]
    return _CACHE[ds]


def scores(p: dict[str, str], ds: str, fold: int | None = None) -> tuple:
    rows, tp, fp, fn = [], 0, 0, 0
    for i, pid, truth, with_, without in recs(ds):
        if fold is not None and i % 2 != fold:
            continue
        pred = p.get(pid, "")
        if truth:
            rows.append(eb.shingle_counts(pred, truth))
        if with_ or without:
            a, b, c, _ = eb.snippet_counts(pred, with_, without)
            tp, fp, fn = tp + a, fp + b, fn + c
    f1 = eb.aeb_scores(rows)[2] if rows else 0.0
    sp = tp / (tp + fp) if tp + fp else 0.0
    sr = tp / (tp + fn) if tp + fn else 0.0
    return f1, sp, sr, (2 * sp * sr / (sp + sr) if sp + sr else 0.0), tp, fp, fn


def main() -> None:
    a, b = sys.argv[1], sys.argv[2]
    sets = sys.argv[3].split(",") if len(sys.argv) > 3 else SETS
    total = 0.0
    for ds in sets:
        pa, pb = preds(a, ds), preds(b, ds)
        moved = sum(1 for _, pid, *_ in recs(ds) if pa.get(pid) != pb.get(pid))
        sa, sb = scores(pa, ds), scores(pb, ds)
        folds = [(scores(pb, ds, k), scores(pa, ds, k)) for k in (0, 1)]
        line = (f"{ds:12s} F1 {sa[0]:.5f} -> {sb[0]:.5f} ({sb[0] - sa[0]:+.5f}; folds "
                f"{folds[0][0][0] - folds[0][1][0]:+.5f} {folds[1][0][0] - folds[1][1][0]:+.5f}) moved {moved}")
        if sa[4] + sa[6]:
            line += (f" | snippets P {sa[1]:.5f}->{sb[1]:.5f} R {sa[2]:.5f}->{sb[2]:.5f} F {sa[3]:.5f}->{sb[3]:.5f} "
                     f"({sb[3] - sa[3]:+.5f}; folds {folds[0][0][3] - folds[0][1][3]:+.5f} "
                     f"{folds[1][0][3] - folds[1][1][3]:+.5f}) tp {sa[4]}->{sb[4]} fp {sa[5]}->{sb[5]}")
        print(line)
        total += (sb[3] - sa[3]) if ds == "trafeval" else (sb[0] - sa[0])
    print(f"mean change over {len(sets)} sets (trafeval: snippet F1): {total / len(sets):+.5f}")


if __name__ == "__main__":
    main()
