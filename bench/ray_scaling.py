"""Scaling figures for bench/SCALING.md: per-core throughput of each stage of a run, the bytes the
shuffle moves and the memory it takes per document, and the Ray engine beside the local one.

usage: python bench/ray_scaling.py [--copies 1] [--ray] [--json bench/work/ray_scaling.json]

Input: the WARC of bench/foundation_throughput.py (the HTML pages of ../shared/data/extraction,
`--copies` times). Pipeline: extract (resiliparse) -> analyze (shared text view + a length rule) ->
MinHash LSH bands (14 x 8, word 5-grams) as a corpus step; stand-ins in bench/ray_bench_steps.py.
Stages are timed in CPU seconds of one process (the local engine with 1 worker runs every task in
the driver), so each figure is per core.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from foundation_throughput import build_warc, cpu

STEPS = [("ray_bench_steps:Extract", {}), ("ray_bench_steps:Analyze", {}), ("ray_bench_steps:MinHashBands", {})]


def du(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.exists() else 0


def local_run(warc: Path, out: Path) -> dict:
    """One worker, work area kept; CPU seconds per task kind."""
    import tamis.engines.local as L
    from tamis.pipeline import Pipeline

    spent: dict[str, float] = {}
    wrapped = {}
    for name in ("map_task", "decide_task", "combine_task"):
        fn = getattr(L, name)

        def timed(plan, stage, *a, _fn=fn, _name=name):
            t0 = cpu()
            try:
                return _fn(plan, stage, *a)
            finally:
                key = f"{_name}{stage}"
                spent[key] = spent.get(key, 0.0) + cpu() - t0

        wrapped[name] = fn
        setattr(L, name, timed)
    try:
        p = Pipeline(STEPS, read={"shard_bytes": 32 << 20})
        t0, c0 = time.perf_counter(), cpu()
        stats = p.run([str(warc)], out, workers=1, quiet=True, overwrite=True, keep_work=True, report=False)
        wall, total_cpu = time.perf_counter() - t0, cpu() - c0
    finally:
        for name, fn in wrapped.items():
            setattr(L, name, fn)
    return {"stats": stats, "cpu": spent, "wall": wall, "total_cpu": total_cpu}


def step_cpu(warc: Path) -> dict:
    """CPU seconds of each step alone over the same documents (the engine's step times are wall
    clock, which a shared machine inflates)."""
    from tamis.read import plan_shards, read_shard
    from tamis.read.sources import expand_inputs
    from tamis.registry import make_step

    docs = [d for s in plan_shards(expand_inputs([str(warc)]), 1 << 40) for d in read_shard(s, {})]
    docs = [d for d in docs if not d.rejected]
    res = {"docs": len(docs)}
    for spec, params in STEPS:
        step = make_step(spec, params)
        live = [d for d in docs if not d.rejected]
        t0 = cpu()
        if spec.endswith("MinHashBands"):
            n_keys = sum(1 for d in live for _ in step.keys(d))
            res["keys_per_doc"] = n_keys / max(1, len(live))
        else:
            for d in live:
                step.process(d)
        dt = cpu() - t0
        res[spec.split(":")[1]] = {"cpu_s": dt, "docs": len(live), "per_s": len(live) / max(1e-9, dt)}
    t0 = cpu()
    n = sum(1 for s in plan_shards(expand_inputs([str(warc)]), 1 << 40) for _ in read_shard(s, {}))
    dt = cpu() - t0
    res["read"] = {"cpu_s": dt, "per_s": n / max(1e-9, dt)}
    return res


def decide_memory(out: Path) -> dict:
    """Peak Python heap of one decide task (tracemalloc) against the keys it grouped."""
    import tamis.engines.local as L
    from tamis.engines.spill import read_spill
    from tamis.pipeline import Pipeline
    from tamis.read.sources import expand_inputs

    p = Pipeline(STEPS, read={"shard_bytes": 32 << 20})
    p.build()
    fp = json.loads((out / "_tamis" / "run.json").read_text())
    plan = L.Plan(p, expand_inputs([fp["inputs"][0][0]]), out, 1)
    part_dir = out / "_tamis" / "shuffle0" / "p0000"
    n_keys = sum(1 for f in part_dir.glob("s*.pkl.zst") for _ in read_spill(f))
    marker = plan.marker("decide0-0000")
    tracemalloc.start()
    L.decide_task(plan, 0, 0)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert marker.exists()
    return {"keys": n_keys, "peak_bytes": peak, "bytes_per_key": peak / max(1, n_keys)}


def ray_vs_local(warc: Path, work: Path) -> dict:
    """Wall time of the same run on the local engine (2 workers) and on a 2-node loopback Ray cluster."""
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    paths = [str(ROOT / "src"), str(ROOT / "bench"), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    import ray
    from ray.cluster_utils import Cluster

    from tamis.pipeline import Pipeline

    res = {}
    p = Pipeline(STEPS, read={"shard_bytes": 16 << 20})
    t0 = time.perf_counter()
    local = p.run([str(warc)], work / "local2", workers=2, quiet=True, overwrite=True, report=False)
    res["local_2_workers_s"] = time.perf_counter() - t0
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1",
                                                      "include_dashboard": False})
    try:
        c.add_node(num_cpus=1, node_ip_address="127.0.0.1")
        c.wait_for_nodes()
        ray.init(address=c.address, _node_ip_address="127.0.0.1", log_to_driver=False)
        t0 = time.perf_counter()
        on_ray = p.run([str(warc)], str(work / "ray2"), engine="ray", quiet=True, overwrite=True, report=False)
        res["ray_2_nodes_s"] = time.perf_counter() - t0
    finally:
        ray.shutdown()
        c.shutdown()
    res["same_counts"] = all(local[k] == on_ray[k] for k in ("documents", "bytes", "removed_by_reason"))
    res["ratio_ray_over_local"] = res["ray_2_nodes_s"] / res["local_2_workers_s"]
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--ray", action="store_true", help="also time the Ray engine on a loopback cluster")
    ap.add_argument("--json", default=str(ROOT / "bench" / "work" / "ray_scaling.json"))
    a = ap.parse_args()
    warc, n_pages = build_warc(a.copies)
    work = ROOT / "bench" / "work" / "ray_scaling"
    work.mkdir(parents=True, exist_ok=True)
    out = work / "local1"
    r = local_run(warc, out)
    st = r["stats"]
    docs = st["documents"]
    steps = {s["name"]: s for s in st["steps"]}
    to_shuffle = steps["bench_minhash"]["in"]
    state = out / "_tamis"
    sizes = {k: du(state / k) for k in ("stage0", "shuffle0", "decide0", "apply0")}
    sizes.update(kept=du(out / "kept"), removed=du(out / "removed"), input=warc.stat().st_size)
    mem = decide_memory(out)
    per_step = step_cpu(warc)
    report = {
        "input": {"pages": n_pages, "warc_bytes": warc.stat().st_size, "payload_bytes": st["bytes"]["in"]},
        "documents": docs, "docs_into_shuffle": to_shuffle,
        "cpu_s": r["cpu"], "total_cpu_s": r["total_cpu"], "wall_s": r["wall"],
        "step_s": {k: v["seconds"] for k, v in steps.items()},
        "bytes": sizes,
        "per_doc": {
            "stage_spill_bytes": sizes["stage0"] / max(1, to_shuffle),
            "shuffle_bytes": sizes["shuffle0"] / max(1, to_shuffle),
            "decide_bytes": sizes["decide0"] / max(1, to_shuffle),
            "apply_bytes": sizes["apply0"] / max(1, to_shuffle),
        },
        "decide_memory": mem,
        "step_cpu": per_step,
        "rates_per_core": {
            "map0_pages_per_s": docs["in"] / r["cpu"]["map_task0"],
            "map0_MB_per_s_compressed": sizes["input"] / 1e6 / r["cpu"]["map_task0"],
            "extract_pages_per_s": steps["bench_extract"]["in"] / max(1e-9, steps["bench_extract"]["seconds"]),
            "analyze_docs_per_s": steps["bench_analyze"]["in"] / max(1e-9, steps["bench_analyze"]["seconds"]),
            "decide_keys_per_s": (to_shuffle * 14) / max(1e-9, r["cpu"]["decide_task0"]),
            "combine_decisions_s": r["cpu"].get("combine_task0", 0.0),
            "map1_docs_per_s": to_shuffle / max(1e-9, r["cpu"]["map_task1"]),
        },
    }
    if a.ray:
        report["ray_vs_local"] = ray_vs_local(warc, work)
    Path(a.json).parent.mkdir(parents=True, exist_ok=True)
    Path(a.json).write_text(json.dumps(report, indent=1))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
