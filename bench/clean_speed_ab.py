"""Cleaning chain speed with remove_boilerplate's cue judge off, then on, in one process.

Same texts, same step objects otherwise, best of 3 passes per step (see clean_bench.speed): the
ratio of the two is what the judge costs. Usage: python bench/clean_speed_ab.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import clean_bench as cb

import tamis.clean.boilerplate as bp


def main() -> None:
    pages = []
    for name in cb.SETS:
        pages += cb.load(name, 0)
    original = bp.RemoveBoilerplate.__init__
    out = {}
    for cues in (False, True):
        def init(self, *args, _cues=cues, **kwargs):  # type: ignore[no-untyped-def]
            kwargs["cues"] = _cues
            original(self, *args, **kwargs)
        bp.RemoveBoilerplate.__init__ = init  # type: ignore[method-assign]
        out[cues] = cb.speed(pages)
    bp.RemoveBoilerplate.__init__ = original  # type: ignore[method-assign]
    for cues, sp in out.items():
        steps = ", ".join(f"{k} {v:.1f}" for k, v in sp["steps_mb_s"].items())
        print(f"cue judge {'on ' if cues else 'off'}: chain {sp['chain_mb_s']:.2f} MB/s ({steps})")
    print(f"on / off: {out[True]['chain_mb_s'] / out[False]['chain_mb_s']:.2f}")


if __name__ == "__main__":
    main()
