"""The cost of `select.lead_parts`: a start's copy against the working tree's, called alternately on the same
decisions (every even page of the six sets), as a share of the whole extraction (written by helper x14b).

    git archive START src | tar -x -C /tmp/start && PYTHONPATH=src python bench/extract_lead_cost.py /tmp/start/src
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, load_module, pages
from selectolax.lexbor import LexborHTMLParser

from tamis.extract import select as new
from tamis.extract.core import Options, choose, extract_html
from tamis.extract.prune import mark_boilerplate
from tamis.extract.walk import Walker

REPEATS = 5


def main() -> None:
    old = load_module(Path(sys.argv[1]) / "tamis/extract/select.py", "oldselect")
    opts = Options()
    t_old = t_new = t_ext = 0.0
    n = 0
    for ds in DATASETS:
        for _, html, _ in pages(ds, 2, 0):
            t0 = time.process_time()
            extract_html(html, opts)
            t_ext += time.process_time() - t0
            root = LexborHTMLParser(html).body
            if root is None:
                continue
            walk = Walker(mark_boilerplate(root, False), 1e18).run(root)
            flags, score, dropped, container = choose(walk, opts)
            for _ in range(REPEATS):
                t0 = time.process_time()
                old.lead_parts(walk, container, flags, score, dropped)
                t_old += time.process_time() - t0
                t0 = time.process_time()
                new.lead_parts(walk, container, flags, score, dropped)
                t_new += time.process_time() - t0
            n += 1
    print(f"pages {n}: extraction {t_ext:.2f}s; lead_parts x{REPEATS}: start {t_old:.3f}s, now {t_new:.3f}s; "
          f"change per extraction {(t_new - t_old) / REPEATS / t_ext * 100:+.2f}%")


if __name__ == "__main__":
    main()
