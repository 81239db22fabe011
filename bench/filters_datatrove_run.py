"""Runs datatrove's filters on the parity corpus; executed by bench/filters_parity.py with the
python of bench/.venv-datatrove (datatrove is never a tamis dependency).

Writes, per document, each filter's decision when run alone (null = keep, else its reason),
and the CPU time of the chained filters (Gopher repetition, Gopher quality, C4, FineWeb) over
the first --speed-docs documents.
"""
from __future__ import annotations

import argparse
import json
import time

from datatrove.data import Document
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)


def decide(f, text: str) -> str | None:
    res = f.filter(Document(text=text, id="x"))
    if isinstance(res, tuple):
        return res[1] or "dropped"
    return None if res else "dropped"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--speed-docs", type=int, default=1000)
    ap.add_argument("--no-parity", action="store_true")
    a = ap.parse_args()
    with open(a.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    filters = {"gopher_repetition": GopherRepetitionFilter(), "gopher_quality": GopherQualityFilter(),
               "c4": C4QualityFilter(), "fineweb": FineWebQualityFilter()}
    # Warm up spaCy outside the timed part.
    decide(filters["gopher_quality"], "Warm up the tokenizer with a sentence. And another one.")
    chain = list(filters.values())
    speed = docs[: a.speed_docs]
    t0 = time.process_time()
    kept = 0
    for d in speed:
        doc = Document(text=d["text"], id=d["id"])
        for f in chain:
            res = f.filter(doc)
            if res is False or isinstance(res, tuple):
                break
        else:
            kept += 1
    cpu = time.process_time() - t0
    out = {"speed": {"docs": len(speed), "cpu_s": cpu, "kept": kept}, "decisions": {}}
    if not a.no_parity:
        for d in docs:
            out["decisions"][d["id"]] = {name: decide(f, d["text"]) for name, f in filters.items()}
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(out, fh)


if __name__ == "__main__":
    main()
