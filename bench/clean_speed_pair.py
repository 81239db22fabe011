"""Paired speed of the cleaning chain in two checkouts: the bench's `speed()` in a fresh process per
checkout, alternating, so that both meet the same load on a shared machine.

Each side imports its own checkout's `bench/clean_bench.py`, which puts that checkout's `src` first
on the path (importing one bench for both sides would time the same code twice).

Usage: python bench/clean_speed_pair.py OTHER_CHECKOUT [--rounds 2]
  e.g. git worktree add --detach /tmp/old f7063e2 && python bench/clean_speed_pair.py /tmp/old
Prints each run's chain and per-step MB/s, and the ratio of the best runs (this checkout / other).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = r"""
import json, sys
sys.path.insert(0, {bench!r})
import clean_bench as cb
pages = []
for name in cb.SETS:
    pages += cb.load(name, 0)
sp = cb.speed(pages)
print(json.dumps([sp["chain_mb_s"], sp["steps_mb_s"]]))
"""


def run(checkout: Path) -> tuple[float, dict[str, float]]:
    """One fresh process: the chain's MB/s and each step's, by that checkout's own bench."""
    code = _RUN.format(bench=str(checkout / "bench"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    chain, steps = json.loads(out.stdout.strip().splitlines()[-1])
    return chain, steps


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("other", type=Path, help="the other checkout (its bench/ and src/ are used)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    sides = {"other": args.other.resolve(), "this": ROOT}
    best = {k: 0.0 for k in sides}
    for r in range(args.rounds):
        for name, checkout in sides.items():
            chain, steps = run(checkout)
            best[name] = max(best[name], chain)
            print(f"round {r + 1} {name} ({checkout}): chain {chain:.2f} MB/s",
                  {k: round(v, 1) for k, v in steps.items()}, flush=True)
    print(f"best: this {best['this']:.2f}, other {best['other']:.2f}, ratio {best['this'] / best['other']:.3f}")


if __name__ == "__main__":
    main()
