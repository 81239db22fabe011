"""Where tamis+clean loses F1 against tamis alone: each step's effect per page, whole pages rejected vs spans
cut, and for each cut span its reason and whether its text is in the gold (shingles found in the gold text).

    PYTHONPATH=src python bench/clean_loss.py --datasets aeb,... --every 2 [--offset 0] --out /tmp/loss.jsonl.gz

Even halves only (`--every 2`, offset 0 or `--every 4 --offset 0/2`). Writes one JSON line per page: id, set,
F1 (AEB shingles) after each step, rejected step/reason, and the removals (step, reason, text, gold share).
`--report FILE` prints the summary of a written file.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import extract_bench as eb

STEPS = ("extract", "fix_unicode", "remove_boilerplate", "repair_repetition")


def page_f1(pred: str, truth: str) -> tuple[float, float, float]:
    tp, fp, fn = eb.shingle_counts(pred, truth)
    return tp, fp, fn


def in_gold(text: str, gold_sh) -> tuple[int, int]:
    """Shingles of a cut text found in the gold, and all of them."""
    sh = eb.shingles(text)
    n = sum(sh.values())
    hit = sum((sh & gold_sh).values())
    return hit, n


def run(a) -> None:
    from tamis.document import Document
    from tamis.registry import make_step

    steps = [make_step(n, {}) for n in STEPS]
    out = gzip.open(a.out, "wt", encoding="utf-8")
    cpu = defaultdict(float)
    for ds in a.datasets.split(","):
        for r in eb.records(ds, a.every, a.offset):
            truth = r.get("text")
            doc = Document(id=r["id"], text=r["html"], kind="html")
            texts = {}
            rej = None
            for st in steps:
                t0 = time.process_time()
                doc = st.process(doc)
                cpu[st.name] += time.process_time() - t0
                if doc.rejected:
                    rej = (st.name, doc.reason)
                    texts[st.name] = ""
                    break
                texts[st.name] = doc.text
            row = {"set": ds, "id": r["id"], "rej": rej}
            if a.texts:
                row["t0"] = texts.get("extract", "")
                row["t1"] = doc.text if not rej else ""
            if truth:
                gsh = eb.shingles(truth)
                row["c"] = {k: page_f1(v, truth) for k, v in texts.items()}
                rem = []
                for x in doc.removed:
                    hit, n = in_gold(x.text, gsh)
                    rem.append({"step": x.step, "reason": x.reason, "text": x.text, "hit": hit, "n": n})
                row["rem"] = rem
            if r.get("with") or r.get("without"):
                row["snip"] = {k: eb.snippet_counts(v, r.get("with") or [], r.get("without") or [])
                               for k, v in texts.items()}
            out.write(json.dumps(row) + "\n")
    out.close()
    print(json.dumps(cpu), file=sys.stderr)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default=",".join(eb.DATASETS))
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--out", default="/tmp/clean_loss.jsonl.gz")
    ap.add_argument("--texts", action="store_true", help="store the extracted and the cleaned text")
    a = ap.parse_args()
    assert a.offset % 2 == 0, "even pages only"
    run(a)
