"""Where `extract_html` spends its CPU time, by stage and by page size, and how it scales against trafilatura
(round 18, helper x18a). Even halves only (`every 2`, offset 0).

    PYTHONPATH=src python bench/extract_profile.py stages trafeval                      # stage CPU by page size
    PYTHONPATH=src bench/.venv-extract/bin/python bench/extract_profile.py pair trafeval  # tamis and trafilatura

`stages`: each page once (one pass: `prune._classify`'s cache is as warm as in a bench run), with timers around
the stages that `core.extract_choice` calls: parse (lexbor), metadata, the `Marks` queries, the walk (with the marks
read in it), select (`_select`, each call: the noscript and listing passes too), judge (`final_blocks`: the judge
and `once`) and render. Per page-size bucket: pages, ms per page, each stage's ms per page.
`pair`: tamis and trafilatura on each page in turns (which goes first alternates), one pass, CPU seconds; per set
and per page-size bucket: pages per CPU-second of both and their ratio; then the pages where tamis is slowest
against trafilatura. Needs the peers' venv (trafilatura). `--out FILE` keeps the per-page rows (JSON).
A whole run's first page carries one-time costs (the judge's numpy import and weights, trafilatura's first-call
set-up): one page of the first set is extracted by both before the clock runs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import pages

STAGES = ("parse", "metadata", "marks", "walk", "select", "judge", "render")
EDGES = (0, 25_000, 50_000, 100_000, 200_000, 400_000, 1 << 40)


def bucket(size: int) -> str:
    """The page-size bucket of a page of `size` bytes (UTF-8)."""
    for lo, hi in pairwise(EDGES):
        if size < hi:
            return f"{lo // 1000}-{hi // 1000}KB" if hi < 1 << 40 else f">={lo // 1000}KB"
    return ""


def stages(sets: list[str]) -> list[dict]:
    """Per page: its set, id, bytes, total CPU and each stage's CPU (seconds)."""
    from tamis.extract import core
    from tamis.extract import walk as walk_module

    acc: dict[str, float] = {}

    def timed(name, fn):
        def wrapper(*a, **k):
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                acc[name] = acc.get(name, 0.0) + time.process_time() - t0
        return wrapper

    core.LexborHTMLParser = timed("parse", core.LexborHTMLParser)
    core.extract_metadata = timed("metadata", core.extract_metadata)
    core.Marks = timed("marks", core.Marks)
    walk_module.Walker.run = timed("walk", walk_module.Walker.run)
    core._select = timed("select", core._select)
    core.final_blocks = timed("judge", core.final_blocks)
    core.render = timed("render", core.render)
    opts = core.Options(time_budget_s=1e9)
    todo = [(s, pid, h) for s in sets for pid, h, _ in pages(s, 2, 0)]
    core.extract_html(todo[0][2], opts)
    rows = []
    for s, pid, h in todo:
        acc.clear()
        t0 = time.process_time()
        core.extract_html(h, opts)
        row = {"set": s, "id": pid, "bytes": len(h.encode()), "total": time.process_time() - t0}
        row.update(acc)
        rows.append(row)
    return rows


def pair(sets: list[str]) -> list[dict]:
    """Per page: its set, id, bytes, and tamis's and trafilatura's CPU seconds (one pass, in turns)."""
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    import trafilatura

    from tamis.extract.core import Options, extract_html

    opts = Options()
    fns = {"tamis": lambda h: extract_html(h, opts).text,
           "trafilatura": lambda h: trafilatura.extract(h, include_comments=False) or ""}
    todo = [(s, pid, h) for s in sets for pid, h, _ in pages(s, 2, 0)]
    for fn in fns.values():
        fn(todo[0][2])
    rows = []
    for k, (s, pid, h) in enumerate(todo):
        row = {"set": s, "id": pid, "bytes": len(h.encode())}
        for name in (("tamis", "trafilatura") if k % 2 == 0 else ("trafilatura", "tamis")):
            t0 = time.process_time()
            fns[name](h)
            row[name] = time.process_time() - t0
        rows.append(row)
    return rows


def groups(rows: list[dict], key) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: r["bytes"]):
        out[key(r)].append(r)
    return out


def show_stages(rows: list[dict]) -> None:
    total = sum(r["total"] for r in rows)
    print(f"{len(rows)} pages, {total:.3f} CPU s, {len(rows) / total:.1f} pages/CPU-s")
    print("| stage | CPU s | share |\n|---|---|---|")
    for st in STAGES:
        v = sum(r.get(st, 0.0) for r in rows)
        print(f"| {st} | {v:.3f} | {100 * v / total:.1f}% |")
    rest = total - sum(r.get(st, 0.0) for r in rows for st in STAGES)
    print(f"| other | {rest:.3f} | {100 * rest / total:.1f}% |\n")
    print("| page size | pages | ms/page | " + " | ".join(STAGES) + " |\n" + "|---" * (len(STAGES) + 3) + "|")
    for b, rs in groups(rows, lambda r: bucket(r["bytes"])).items():
        n = len(rs)
        print(f"| {b} | {n} | {1e3 * sum(r['total'] for r in rs) / n:.2f} | "
              + " | ".join(f"{1e3 * sum(r.get(st, 0.0) for r in rs) / n:.2f}" for st in STAGES) + " |")


def show_pair(rows: list[dict], worst: int) -> None:
    def line(label: str, rs: list[dict]) -> str:
        t, f = sum(r["tamis"] for r in rs), sum(r["trafilatura"] for r in rs)
        kb = sum(r["bytes"] for r in rs) / 1e3
        return (f"| {label} | {len(rs)} | {len(rs) / t:.1f} | {len(rs) / f:.1f} | {f / t:.2f} | "
                f"{1e6 * t / kb:.1f} | {1e6 * f / kb:.1f} |")

    head = "| {} | pages | tamis pages/CPU-s | trafilatura pages/CPU-s | ratio | tamis µs/KB | trafilatura µs/KB |"
    print(head.format("set") + "\n" + "|---" * 7 + "|")
    by_set: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    for s, rs in by_set.items():
        print(line(s, rs))
    print(line("all", rows) + "\n")
    print(head.format("page size") + "\n" + "|---" * 7 + "|")
    for b, rs in groups(rows, lambda r: bucket(r["bytes"])).items():
        print(line(b, rs))
    print("\nslowest against trafilatura (one pass: single pages are noisy):\n")
    print("| set | page | KB | tamis ms | trafilatura ms | ratio |\n|---|---|---|---|---|---|")
    for r in sorted(rows, key=lambda r: r["trafilatura"] / max(r["tamis"], 1e-9))[:worst]:
        print(f"| {r['set']} | {r['id'][:40]} | {r['bytes'] / 1e3:.0f} | {1e3 * r['tamis']:.1f} | "
              f"{1e3 * r['trafilatura']:.1f} | {r['trafilatura'] / max(r['tamis'], 1e-9):.2f} |")


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["stages", "pair"])
    ap.add_argument("sets", help="comma-separated set names (their even halves)")
    ap.add_argument("--out", help="write the per-page rows (JSON) here")
    ap.add_argument("--worst", type=int, default=12, help="pages listed as slowest against trafilatura")
    a = ap.parse_args()
    sets = a.sets.split(",")
    rows = stages(sets) if a.mode == "stages" else pair(sets)
    if a.out:
        Path(a.out).write_text(json.dumps(rows))
    if a.mode == "stages":
        show_stages(rows)
    else:
        show_pair(rows, a.worst)


if __name__ == "__main__":
    main()
