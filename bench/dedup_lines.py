"""Site boilerplate on ../shared/data/neardup: what `dedup_lines` cuts, and how fast.

    PYTHONPATH=src python bench/dedup_lines.py

The set has no URLs; each document gets a host from its source (reuters, bbc, and `dup` for the
injected syndicated copies with their footers), so a host's recurring lines are its sign-offs
and syndication footers. Prints every distinct cut text with its count: nothing else may go.
"""
from __future__ import annotations

import collections
import gzip
import json
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "neardup"


def main() -> None:
    from tamis.dedup.lines import DedupLines
    from tamis.document import Document
    from tamis.engines.memory import run_corpus_step

    raw = [json.loads(line) for line in gzip.open(DATA / "docs.jsonl.gz", "rt", encoding="utf-8")]
    docs = [Document(id=d["id"], text=d["text"], url=f"https://{d['id'].split('-')[0]}.example/{i}")
            for i, d in enumerate(raw)]
    c0 = time.process_time()
    run_corpus_step(DedupLines(), docs, shard_size=1000)
    cpu = time.process_time() - c0
    cut = collections.Counter(r.text for d in docs for r in d.removed)
    print(json.dumps({"docs": len(docs), "cpu_s": round(cpu, 2), "docs_per_cpu_s": round(len(docs) / cpu),
                      "docs_with_cuts": sum(bool(d.removed) for d in docs),
                      "rejected": sum(d.rejected for d in docs), "distinct_cuts": len(cut)}))
    for text, n in cut.most_common():
        print(n, json.dumps(text))


if __name__ == "__main__":
    main()
