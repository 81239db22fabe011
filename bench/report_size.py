"""Size and time of OUT/report.html for a big synthetic run (parts written directly, as the engine
writes them). No peer writes a report of a run, so there is nothing to compare side by side.

    python bench/report_size.py [N]      # default 1,000,000 documents
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.report.synth import write_synthetic


def main() -> None:
    """Write the run, then time the report alone."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    work = Path(tempfile.mkdtemp(prefix="tamis-report-bench-"))
    try:
        out = work / "out"
        t0 = time.perf_counter()
        write_synthetic(out, n, rows_per_part=100_000)
        t_write = time.perf_counter() - t0
        parts = sum(p.stat().st_size for p in out.rglob("*.parquet"))
        # The report in its own process, so that its peak memory is its own.
        # VmHWM is the child's own peak (ru_maxrss of children carries the parent's over exec).
        code = (f"from tamis.report import write_report; write_report({str(out)!r}); "
                "print([x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1])")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True,
                             text=True)
        t_report = time.perf_counter() - t0
        rss = int(res.stdout.split()[-1])
        size = (out / "report.html").stat().st_size
        print(f"documents: {n:,}; parts: {parts / 1e6:.1f} MB (written in {t_write:.1f} s)")
        print(f"report.html: {size / 1e6:.2f} MB in {t_report:.1f} s (process start included); "
              f"peak RSS of the report process {rss / 1024:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
