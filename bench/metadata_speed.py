"""Paired timing of two versions of tamis's metadata code inside `extract_html` (development aid, round 15).

`extract_html` calls `extract_metadata` once per page; this script loads a second copy of
src/tamis/extract/metadata.py (e.g. `git show BASE:src/tamis/extract/metadata.py > /tmp/md_base.py`) and runs
`extract_html` on every page twice, once with each version (alternating which goes first), summing the CPU seconds
of each. It also checks that the two give the same text on every page (the metadata code must not change it),
and counts the pages whose metadata differ.

    git show HEAD~1:src/tamis/extract/metadata.py > /tmp/md_base.py
    PYTHONPATH=src python bench/metadata_speed.py /tmp/md_base.py --every 2     # the six sets' even halves
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, load_module, pages

from tamis.extract import core
from tamis.extract import metadata as current


def _two_args(fn):
    """`extract_metadata` as `extract_html` calls it, for a version that takes no page address (before round 19)."""
    import inspect

    if len(inspect.signature(fn).parameters) >= 3:
        return fn
    return lambda tree, body, url=None: fn(tree, body)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", help="the other metadata.py")
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    a = ap.parse_args()
    if a.every % 2 or a.offset % 2:
        raise SystemExit("even pages only (--every 2k, --offset 2j)")
    base = load_module(a.base, "metadata_base")
    versions = {"base": _two_args(base.extract_metadata), "new": _two_args(current.extract_metadata)}
    opts = core.Options()
    cpu = {"base": 0.0, "new": 0.0}
    n = text_diff = meta_diff = 0
    for ds in a.datasets.split(","):
        for i, (pid, html, _) in enumerate(pages(ds, a.every, a.offset)):
            order = ("base", "new") if i % 2 == 0 else ("new", "base")
            out = {}
            for v in order:
                core.extract_metadata = versions[v]
                t0 = time.process_time()
                out[v] = core.extract_html(html, opts)
                cpu[v] += time.process_time() - t0
            n += 1
            if out["base"].text != out["new"].text or out["base"].error != out["new"].error:
                text_diff += 1
                print(f"text differs: {ds} {pid}", file=sys.stderr)
            meta_diff += out["base"].metadata != out["new"].metadata
    core.extract_metadata = current.extract_metadata
    print(f"{n} pages: base {cpu['base']:.2f} CPU s, new {cpu['new']:.2f} CPU s "
          f"({100 * (cpu['new'] / cpu['base'] - 1):+.2f}%); text differs on {text_diff} pages, metadata on {meta_diff}")


if __name__ == "__main__":
    main()
