"""Several tamis runs on the same pages, per set, on the even half and its two page folds (development aid).

    python bench/extract_runs.py --datasets aeb,gtrends rules=bench/work/rules judge=bench/work/shipped1
    python bench/extract_runs.py --datasets aeb,trafeval --pr --pages --snippets base=bench/work/ev new=/tmp/new

Each RUN is NAME=DIR, or DIR alone (named by its last part): a bench work directory holding tamis/SET.jsonl.gz
(`extract_judge.py benchcv` writes bench/work/bcv/NAME/lodo), or a directory holding the predictions SET.jsonl.gz
themselves (a copy of a work directory's tamis/). Pages: the even half (`--every 2`), fold 0 = pages 0, 4, 8 ...,
fold 1 = pages 2, 6, 10 ... The first run is the base: the others are also shown as changes against it, and each
table's mean over the sets that have its figure ("–": a set without gold text, or without snippets).

Tables: AEB F1; with --pr, AEB precision and recall too; with --snippets, the snippet precision, recall and F1 of
trafilatura's evaluation (sets with `with`/`without` snippets: trafeval), pooled over the pages as the bench does,
and the snippets found;
with --pages, per run against the base, the pages whose AEB F1 went up / down and (in brackets) the pages whose
text changed at all (pages without gold text counted too).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import aeb_scores, predictions, prf, records, shingle_counts, snippet_counts

PARTS = (("all", "even half"), ("f0", "fold 0"), ("f1", "fold 1"))


def _preds(run: Path, ds: str) -> dict[str, str]:
    path = run / "tamis" / f"{ds}.jsonl.gz"
    return predictions(path if path.exists() else run / f"{ds}.jsonl.gz")


def _run(arg: str) -> tuple[str, Path]:
    name, path = arg.split("=", 1) if "=" in arg else (Path(arg).name, arg)
    return name, Path(path)


def _table(title: str, runs: list[str], sets: list[str], fig: dict, digits: int) -> None:
    """One measure: each run's figure per set and part, then each run's change against the first."""
    def cells(v: list[float | None], sign: str = "") -> str:
        return " | ".join("–" if x is None else f"{x:{sign}.{digits}f}" for x in v)

    def mean(v: list[float | None], sign: str = "") -> str:
        have = [x for x in v if x is not None]
        return f"{np.mean(have):{sign}.{digits}f}" if have else "–"

    print(f"\n{title}\n")
    print("| run | pages | " + " | ".join(sets) + " | mean |")
    print("|---|---|" + "---|" * (len(sets) + 1))
    base = runs[0]
    for part, label in PARTS:
        for name in runs:
            v = [fig.get((name, ds, part)) for ds in sets]
            print(f"| {name} | {label} | {cells(v)} | {mean(v)} |")
        for name in runs[1:]:
            d = [None if (name, ds, part) not in fig else fig[(name, ds, part)] - fig[(base, ds, part)]
                 for ds in sets]
            print(f"| {name} − {base} | {label} | {cells(d, '+')} | {mean(d, '+')} |")


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="+", help="NAME=DIR or DIR")
    ap.add_argument("--datasets", required=True)
    ap.add_argument("--pr", action="store_true", help="AEB precision and recall tables too")
    ap.add_argument("--pages", action="store_true", help="pages up / down (and changed) against the first run")
    ap.add_argument("--snippets", action="store_true", help="snippet precision, recall and F1 tables")
    ap.add_argument("--digits", type=int, default=4)
    a = ap.parse_args()
    runs = [_run(r) for r in a.runs]
    names = [name for name, _ in runs]
    base = names[0]
    sets = a.datasets.split(",")
    aeb: dict[tuple[str, str, str], tuple[float, float, float]] = {}
    snip: dict[tuple[str, str, str], tuple[float, float, float]] = {}
    moves: dict[tuple[str, str, str], tuple[int, int, int]] = {}
    counts: dict[tuple[str, str, str], tuple[int, int, int]] = {}  # snippets: tp, fp, fn
    for ds in sets:
        preds = {name: _preds(w, ds) for name, w in runs}
        rows = {name: ([], []) for name in names}
        found = {name: ([0, 0, 0], [0, 0, 0]) for name in names}
        moved = {name: ([0, 0, 0], [0, 0, 0]) for name in names}  # up, down, changed
        has_snippets = False
        for k, r in enumerate(records(ds, 2, 0)):
            pid, truth, with_, without = r["id"], r.get("text"), r.get("with") or [], r.get("without") or []
            fold = k % 2
            page_f1 = {}
            for name in names:
                pred = preds[name].get(pid, "")
                if truth:
                    c = shingle_counts(pred, truth)
                    rows[name][fold].append(c)
                    page_f1[name] = aeb_scores([c])[2]
                if with_ or without:
                    tp, fp, fn, _ = snippet_counts(pred, with_, without)
                    f = found[name][fold]
                    f[0], f[1], f[2] = f[0] + tp, f[1] + fp, f[2] + fn
            has_snippets = has_snippets or bool(with_ or without)
            for name in names[1:]:
                m = moved[name][fold]
                if truth:
                    m[0] += page_f1[name] > page_f1[base] + 1e-9
                    m[1] += page_f1[name] < page_f1[base] - 1e-9
                m[2] += preds[name].get(pid) != preds[base].get(pid)
        for name in names:
            c0, c1 = rows[name]
            if c0 or c1:
                aeb[(name, ds, "all")] = aeb_scores(c0 + c1)
                aeb[(name, ds, "f0")] = aeb_scores(c0)
                aeb[(name, ds, "f1")] = aeb_scores(c1)
            if has_snippets:
                s0, s1 = found[name]
                counts[(name, ds, "all")] = tuple(x + y for x, y in zip(s0, s1))
                counts[(name, ds, "f0")], counts[(name, ds, "f1")] = tuple(s0), tuple(s1)
                for part in ("all", "f0", "f1"):
                    snip[(name, ds, part)] = prf(*counts[(name, ds, part)])
            m0, m1 = moved[name]
            moves[(name, ds, "all")] = tuple(x + y for x, y in zip(m0, m1))
            moves[(name, ds, "f0")], moves[(name, ds, "f1")] = tuple(m0), tuple(m1)
    tables = [("AEB F1", aeb, 2)]
    if a.pr:
        tables += [("AEB precision", aeb, 0), ("AEB recall", aeb, 1)]
    if a.snippets:
        tables += [("snippet precision", snip, 0), ("snippet recall", snip, 1), ("snippet F1", snip, 2)]
    for title, figs, i in tables:
        _table(title, names, sets, {key: v[i] for key, v in figs.items()}, a.digits)
    if a.snippets:
        print("\nsnippets found: `with` (true positives) / `without` (false positives)\n")
        print("| run | pages | " + " | ".join(sets) + " |")
        print("|---|---|" + "---|" * len(sets))
        for part, label in PARTS:
            for name in names:
                cells = ("–" if (name, ds, part) not in counts else "{}/{}".format(*counts[(name, ds, part)][:2])
                         for ds in sets)
                print(f"| {name} | {label} | " + " | ".join(cells) + " |")
    if a.pages and len(names) > 1:
        print(f"\npages up / down in AEB F1 against {base} (pages whose text changed)\n")
        print("| run | pages | " + " | ".join(sets) + " |")
        print("|---|---|" + "---|" * len(sets))
        for part, label in PARTS:
            for name in names[1:]:
                cells = (f"{u}/{d} ({c})" for u, d, c in (moves[(name, ds, part)] for ds in sets))
                print(f"| {name} − {base} | {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
