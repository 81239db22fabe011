"""Paired speed of the cleaning chain with the line model on and off, in one process, alternating.

The bench's own measure (`clean_bench._speed`: best of 3 passes per step, the matcher's memory emptied
each pass, `process_batch` in the local engine's batches) over every gold text, two rounds. The shared
machine's speed drifts within minutes: compare the two figures of one round, as a ratio.

Usage: python bench/clean_speed_model.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import clean_bench as cb


def main() -> None:
    texts = [t for s in cb.SETS for _, _, t in cb.load(s, 0)]
    for _ in range(2):
        for on in (False, True):
            cb.PARAMS.clear()
            cb.PARAMS["model"] = on
            sp = cb._speed(texts, 3)
            print(f"model {on}: chain {sp['chain_mb_s']:.2f} MB/s; "
                  + ", ".join(f"{k} {v:.1f}" for k, v in sp["steps_mb_s"].items()), flush=True)


if __name__ == "__main__":
    main()
