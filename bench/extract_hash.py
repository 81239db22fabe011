"""A hash of the extractor's outputs, to check that a speed change leaves them byte for byte the same.

    PYTHONPATH=src python bench/extract_hash.py [--step 3] [--datasets aeb,gtrends,...]

Pages: every `step`-th page of the EVEN half of the six sets (pages 0, 2 * step, 4 * step ...) and of wcxb_test's
even half, or of the sets named by --datasets. Hashed per page: `extract_html`'s text, metadata and error with
the default options and with every option that changes what is kept or how it is written (comments, links, alt
text, Markdown), and the judge's feature rows and probabilities for its candidates (`extract_choice` with the judge
off, then `judge.features` on the candidates it would score), so that a change in a feature's value shows even when
no decision flips.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, pages

from tamis.extract import judge
from tamis.extract.core import Options, extract_choice, extract_html


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--step", type=int, default=3, help="every step-th page of the even half")
    ap.add_argument("--datasets", default=",".join((*DATASETS, "wcxb_test")), help="comma-separated set names")
    ap.add_argument("--no-metadata", action="store_true",
                    help="hash the text and errors only (a change to the metadata code must leave them the same)")
    ap.add_argument("--default-only", action="store_true",
                    help="hash the default options' outputs and the judge only, not the other options' (a change to "
                         "Markdown or links output must leave these the same)")
    a = ap.parse_args()
    on, off = Options(), Options(judge=False)
    other = Options(comments=True, links=True, alt_text=True, markdown=True)
    model = judge.load(on.judge_model)
    total = hashlib.sha256()
    for ds in a.datasets.split(","):
        h, hj = hashlib.sha256(), hashlib.sha256()
        n = 0
        for pid, html, _ in pages(ds, 2 * a.step, 0):
            r = extract_html(html, on)
            meta = {} if a.no_metadata else r.metadata
            h.update(json.dumps([pid, r.text, meta, r.error], sort_keys=True, ensure_ascii=False).encode())
            if not a.default_only:
                r = extract_html(html, other)
                h.update(json.dumps([r.text, r.error], ensure_ascii=False).encode())
            _, c = extract_choice(html, off, names=True)
            if c is not None and c.blocks:
                drop, keep = judge.candidates(c, on.judge_reach)
                rows = np.concatenate([drop, keep])
                x = judge.features(c, rows)
                hj.update(np.ascontiguousarray(x, dtype=np.float64).tobytes())
                if len(keep):
                    hj.update(model.keep.proba(x[len(drop):]).tobytes())
            n += 1
        total.update(h.digest() + hj.digest())
        print(f"{ds:12s} {n:4d} pages  out {h.hexdigest()[:16]}  judge {hj.hexdigest()[:16]}", flush=True)
    print(f"all {total.hexdigest()}")


if __name__ == "__main__":
    main()
