"""The Ray engine: the local engine's tasks (map, decide, combine) as Ray tasks on a cluster.

The task bodies are the local engine's pure functions of (plan, stage, index): each reads its
inputs from OUT, writes its outputs under fixed names and then its marker under OUT/_tamis/done,
so a retried task rewrites the same names (idempotent) and a rerun of the driver skips what is
marked done. The shuffle of corpus steps goes through hash-partitioned files in OUT/_tamis, not
through Ray Data (`groupby().map_groups` measured 100x slower here) nor the object store, so its
size is bounded by storage, not by cluster memory.

OUT (with its _tamis work area) must be where every node sees it: object storage (`s3://…`,
`gs://…`) or a shared filesystem; on one machine any local directory is.
"""
from __future__ import annotations

import copy
import os
import sys
import time
from pathlib import Path
from typing import Any

from tamis import storage
from tamis.engines.local import (
    STATE,
    Plan,
    _prepare_out,
    _Progress,
    collect_stats,
    combine_task,
    finish_run,
    decide_task,
    map_task,
)
from tamis.errors import UsageError

MAX_RETRIES = 3
TASKS = {"map": map_task, "decide": decide_task, "combine": combine_task}


def _call(cwd: str, plan: Plan, kind: str, *args: Any) -> dict[str, Any]:
    """The body of every Ray task: one of the local engine's task functions, run from the driver's
    working directory where it exists (relative input paths then mean the same as on the driver)."""
    if cwd and os.getcwd() != cwd and os.path.isdir(cwd):
        os.chdir(cwd)
    return TASKS[kind](plan, *args)


class OneShard:
    """Stands for a plan's list of shards inside one task: holds that task's shard only."""

    def __init__(self, index: int, shard: Any) -> None:
        self.index = index
        self.shard = shard

    def __getitem__(self, i: int) -> Any:
        if i != self.index:
            raise IndexError(f"shard {i} is not this task's ({self.index})")
        return self.shard


def slim_plan(plan: Plan, shard_idx: int | None) -> Plan:
    """A copy of the plan carrying one shard (a map task) or none (decide, combine)."""
    slim = copy.copy(plan)
    slim.shards = OneShard(-1 if shard_idx is None else shard_idx,  # type: ignore[assignment]
                           None if shard_idx is None else plan.shards[shard_idx])
    return slim


def stage_resources(pipeline: Any, idxs: list[int], base: dict[str, Any]) -> dict[str, Any]:
    """Resources of a stage's tasks: the engine's defaults, raised to what its steps declare
    (a step may set `resources = {"num_cpus": 2, "memory": 4e9, "num_gpus": 1}`)."""
    res = dict(base)
    for i in idxs:
        for k, v in (getattr(pipeline.steps[i], "resources", None) or {}).items():
            res[k] = max(res.get(k, 0) or 0, v)
    return {k: v for k, v in res.items() if v is not None}


def run_ray(pipeline: Any, inputs: list[str], out: str, address: str | None = None, workers: int | None = None,
            quiet: bool = False, overwrite: bool = False, keep_work: bool = False, report: bool = True,
            num_cpus: float = 1, memory: int | None = None, max_retries: int = MAX_RETRIES,
            runtime_env: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run a pipeline over inputs into OUT on a Ray cluster (`address`: "auto", "ray://host:10001",
    host:port, or None for the connected or a new local instance); returns the stats."""
    try:
        import ray
    except ImportError as e:
        raise UsageError("the ray engine needs Ray: pip install 'tamis[ray]'") from e
    from tamis.read.sources import expand_inputs

    files = expand_inputs(inputs)
    pipeline.build()
    out_loc = storage.location(out)
    if isinstance(out_loc, Path):
        out_loc = out_loc.absolute()  # tasks may run in another working directory
    connected_here = False
    if not ray.is_initialized():
        import logging

        _probe(address)
        try:
            ray.init(address=address, runtime_env=runtime_env, log_to_driver=not quiet,
                     logging_level=logging.WARNING, configure_logging=True)
        except ConnectionError as e:
            raise UsageError(f"ray: cannot connect to {address!r}: {e}") from e
        connected_here = True
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        workers = workers or max(1, int(cpus // max(num_cpus, 1e-9)))
        _warn_if_not_shared(ray, out_loc, quiet)
        fingerprint = {"config": pipeline.to_dict(), "inputs": [[p, f] for p, f in files]}
        _prepare_out(out_loc, fingerprint, overwrite)
        t_start = time.perf_counter()
        plan = Plan(pipeline, files, out_loc, workers)
        if isinstance(out_loc, Path):
            (out_loc / "kept").mkdir(exist_ok=True)
            (out_loc / "removed").mkdir(exist_ok=True)
        runner = _Runner(ray, plan, quiet, max_retries, window=max(8, 4 * workers))
        base = {"num_cpus": num_cpus, "memory": memory}
        n = len(plan.shards)
        total = sum(s.size for s in plan.shards)
        for stage, (idxs, corpus) in enumerate(plan.stages):
            res = stage_resources(pipeline, idxs, base)
            desc = "read+steps" if stage == 0 else f"stage {stage + 1}"
            runner.run("map", [(stage, i) for i in range(n)], [plan.map_name(stage, i) for i in range(n)],
                       [s.size for s in plan.shards], total, desc, res)
            if corpus is None:
                continue
            res = stage_resources(pipeline, [corpus], base)
            name = plan.step_names[corpus]
            runner.run("decide", [(stage, p) for p in range(plan.n_parts)],
                       [plan.decide_name(stage, p) for p in range(plan.n_parts)], [1] * plan.n_parts,
                       plan.n_parts, f"{name} groups", res)
            # The global pass runs on the cluster too: its memory is the step's edges, not the driver's.
            runner.run("combine", [(stage,)], [plan.combine_name(stage)], [1], 1, f"{name} combine", res)
        stats = collect_stats(plan, time.perf_counter() - t_start, workers)
        stats["run"]["engine"] = "ray"
        finish_run(plan, stats, out_loc, keep_work, report)
        return stats
    finally:
        if connected_here:
            ray.shutdown()


class _Runner:
    """Submits the tasks not yet marked done, follows them on a progress bar, and fails the run
    (resumable) only when a task failed after its retries."""

    def __init__(self, ray: Any, plan: Plan, quiet: bool, max_retries: int, window: int) -> None:
        self.ray = ray
        self.window = window
        self.cwd = os.getcwd()
        self.plan = plan
        # Tasks get a plan without the list of all shards (hundreds of MB for a whole crawl, unpickled
        # per task); a map task gets its own shard only.
        self.plan_ref = ray.put(slim_plan(plan, None))
        self.quiet = quiet
        self.max_retries = max_retries
        self.remote = ray.remote(_call)

    def done_tasks(self) -> set[str]:
        """Names of the tasks with a marker: one listing, not one request per task."""
        d = self.plan.state / "done"
        return {p.name[: -len(".json")] for p in d.glob("*.json")} if d.exists() else set()

    def run(self, kind: str, args: list[tuple[Any, ...]], names: list[str], sizes: list[int], total: int,
            desc: str, resources: dict[str, Any]) -> None:
        """Run one wave of tasks (all shards of a stage, all partitions of a shuffle …)."""
        ray = self.ray
        done = self.done_tasks()
        prog = _Progress(total, desc, self.quiet)
        try:
            for n, s in zip(names, sizes, strict=True):
                if n in done:
                    prog.update(s, 0)
            # Worker deaths (a killed process, a lost node) are retried by Ray up to max_retries;
            # OSError too (storage hiccups); a bug in a step is not, it would fail again the same way.
            # SPREAD: shards go to every node, not first to fill the driver's (Ray's default packs tasks
            # onto the local node while it has room, leaving the others idle on short tasks).
            opts = {"max_retries": self.max_retries, "retry_exceptions": [OSError], "scheduling_strategy": "SPREAD",
                    **resources}
            todo = [(a, n, s) for a, n, s in zip(args, names, sizes, strict=True) if n not in done]
            todo.reverse()
            pending: dict[Any, tuple[str, int]] = {}
            failed: list[tuple[str, BaseException]] = []
            while todo or pending:
                # A bounded window in flight: the driver's bookkeeping and ray.wait stay O(window), not
                # O(tasks), with a million shards.
                while todo and len(pending) < self.window:
                    a, n, s = todo.pop()
                    plan_arg = slim_plan(self.plan, a[1]) if kind == "map" else self.plan_ref
                    task = self.remote.options(name=f"tamis-{n}", **opts)
                    pending[task.remote(self.cwd, plan_arg, kind, *a)] = (n, s)
                ready, _ = ray.wait(list(pending), num_returns=1)
                for ref in ready:
                    name, size = pending.pop(ref)
                    try:
                        st = ray.get(ref)
                    except Exception as e:  # a task that failed after its retries
                        failed.append((name, e))
                        continue
                    prog.update(size, st.get("docs_in", 0))
        finally:
            prog.close()
        if failed:
            name, err = failed[0]
            raise RuntimeError(f"{len(failed)} task(s) failed after {self.max_retries} retries, first {name}: "
                               f"{type(err).__name__}: {str(err)[:500]} (rerun the same command to resume)")


def _warn_if_not_shared(ray: Any, out: Path | storage.RemotePath, quiet: bool) -> None:
    """A local OUT on a cluster of several hosts must be a shared filesystem: say so once."""
    if isinstance(out, storage.RemotePath) or quiet:
        return
    hosts = {n.get("NodeManagerAddress") for n in ray.nodes() if n.get("Alive")}
    if len(hosts) > 1:
        print(f"tamis: warning: {out} is a local path on a cluster of {len(hosts)} hosts; it must be a shared "
              f"filesystem mounted at the same path on every node (or use s3://…/gs://…). Work area: "
              f"{out / STATE}", file=sys.stderr)


def _probe(address: str | None) -> None:
    """A clear error for an unreachable host:port (ray.init would retry for minutes)."""
    if not address or address == "auto" or "://" in address or ":" not in address:
        return
    import socket

    host, _, port = address.rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except (OSError, ValueError) as e:
        raise UsageError(f"ray: cannot reach the cluster at {address!r}: {e}") from e
