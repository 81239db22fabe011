"""The whole near-dup stage (signatures, buckets, verification, clusters, apply) in documents/s.

    PYTHONPATH=src python bench/dedup_stage.py

Two ways, on ../shared/data/neardup (20,000 documents): the memory engine (`run_corpus_step`,
shards of 1,000) and the local engine with 1 worker (reading the JSONL, spilling the shuffle to
disk, writing Parquet). Wall time and CPU time of this process are both given: the machine is
shared, so CPU time is the steadier figure.
"""
from __future__ import annotations

import gzip
import json
import resource
import shutil
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "neardup"
WORK = Path(__file__).parent / "work"


def main() -> None:
    from tamis.dedup.near import DedupNear
    from tamis.document import Document
    from tamis.engines.memory import run_corpus_step
    from tamis.pipeline import Pipeline

    raw = [json.loads(line) for line in gzip.open(DATA / "docs.jsonl.gz", "rt", encoding="utf-8")]
    run_corpus_step(DedupNear(), [Document(id=str(i), text=d["text"]) for i, d in enumerate(raw[:50])])
    rows = []
    for verify in ("exact", "estimate"):
        docs = [Document(id=str(i), text=d["text"]) for i, d in enumerate(raw)]
        w0, c0 = time.perf_counter(), time.process_time()
        run_corpus_step(DedupNear(verify=verify), docs, shard_size=1000)
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        rows.append({"engine": "memory", "verify": verify, "docs": len(docs), "wall_s": round(wall, 2),
                     "cpu_s": round(cpu, 2), "docs_per_s_wall": round(len(docs) / wall),
                     "docs_per_cpu_s": round(len(docs) / cpu), "removed": sum(d.rejected for d in docs)})
        print(json.dumps(rows[-1]), flush=True)
    out = WORK / "dedup_stage_out"
    shutil.rmtree(out, ignore_errors=True)
    w0, c0 = time.perf_counter(), time.process_time()
    st = Pipeline([("dedup_near", {})]).run([str(DATA / "docs.jsonl.gz")], out, workers=1, quiet=True)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    step = next(s for s in st["steps"] if s["name"] == "dedup_near")
    rows.append({"engine": "local, 1 worker", "verify": "exact", "docs": st["documents"]["in"],
                 "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                 "docs_per_s_wall": round(st["documents"]["in"] / wall),
                 "docs_per_cpu_s": round(st["documents"]["in"] / cpu),
                 "dedup_near_step_s": step["seconds"], "removed": st["documents"]["removed"],
                 "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})
    print(json.dumps(rows[-1]), flush=True)
    with open(WORK / "dedup_stage.json", "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    WORK.mkdir(exist_ok=True)
    main()
