"""The local engine: a process pool over shards, corpus steps' shuffles spilled to
hash-partitioned files on disk, a marker per finished task so that a rerun resumes.

Layout of OUT while running (all under OUT/_tamis/):
  run.json                     the run's fingerprint (config + inputs): a rerun resumes only under it
  done/<task>.json             one marker per finished task, holding that task's counts
  tmp/                         parts being written; moved into kept/ and removed/ when a task ends
  stage<k>/docs-<shard>.pkl.zst    live documents waiting for corpus step k
  shuffle<k>/p<part>/s<shard>.pkl.zst  keys of corpus step k, by partition
  decide<k>/p<part>.pkl.zst    decisions of one partition
  apply<k>/s<shard>.pkl.zst    the decisions that concern one shard
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from tamis import storage
from tamis.document import reason_class
from tamis.engines.spill import SpillWriter, partition_of, read_spill
from tamis.errors import UsageError
from tamis.steps import CorpusStep
from tamis.storage import RemotePath

STATE = "_tamis"
BATCH = 256
MAX_TRIES = 3


# ---------------------------------------------------------------------------------------------
# Stats of one task, merged by addition


def new_stats() -> dict[str, Any]:
    """Empty counters of one task."""
    return {"docs_in": 0, "bytes_in": 0, "kept": 0, "bytes_kept": 0, "removed": 0, "bytes_removed": 0,
            "spans_removed": 0, "bytes_spans_removed": 0, "by_reason": {}, "by_step": {},
            "spans_by_reason": {}, "steps": {}}


def count_step(stats: dict[str, Any], name: str, seconds: float, n_in: int = 0, n_out: int = 0) -> None:
    """Add time and documents in/out to one step's counters."""
    s = stats["steps"].setdefault(name, [0.0, 0, 0])
    s[0] += seconds
    s[1] += n_in
    s[2] += n_out


def merge_stats(into: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """Add `other`'s counters into `into`."""
    for k, v in other.items():
        if isinstance(v, (int, float)):
            into[k] = into.get(k, 0) + v
        elif k == "steps":
            for name, (sec, n_in, n_out) in v.items():
                count_step(into, name, sec, n_in, n_out)
        else:
            d = into.setdefault(k, {})
            for kk, vv in v.items():
                d[kk] = d.get(kk, 0) + vv
    return into


def _bump(d: dict[str, Any], key: str, n: int = 1) -> None:
    d[key] = d.get(key, 0) + n


def utf8_len(text: str) -> int:
    """UTF-8 size of a text."""
    return len(text.encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------------------------------------
# The plan: stages of document steps, each ended by a corpus step (or by the write)


class Plan:
    """What a run does: shards, stages and where everything goes. Picklable for the workers."""

    def __init__(self, pipeline: Any, files: list[tuple[str, str]], out: Path | RemotePath, workers: int) -> None:
        from tamis.read import plan_shards
        from tamis.write.schema import metadata_fields

        self.out = out
        self.state = out / STATE
        self.specs = pipeline.step_specs
        self.read_opts = dict(pipeline.read)
        self.write_opts = dict(pipeline.write)
        self.shards = plan_shards(files, int(self.read_opts["shard_bytes"]))
        self.fields = metadata_fields(pipeline.steps)
        # A decide task holds one partition in memory, and a corpus step's keys can be many times
        # the text (MinHash with exact verification: ~14x), so partitions scale with the input:
        # about one per 32 MB of input, never fewer than two per worker.
        total = sum(s.size for s in self.shards)
        auto = max(4, 2 * workers, -(-total // (32 << 20)))
        self.n_parts = int(self.read_opts.get("partitions") or min(auto, 4096))
        names: list[str] = []
        for step, (spec_name, _) in zip(pipeline.steps, self.specs, strict=False):
            n = getattr(step, "name", "") or spec_name
            names.append(n if n not in names else f"{n}#{sum(1 for x in names if x.split('#')[0] == n) + 1}")
        self.step_names = names
        # stages: list of (indexes of document steps, index of the corpus step or None)
        self.stages: list[tuple[list[int], int | None]] = []
        cur: list[int] = []
        for i, step in enumerate(pipeline.steps):
            if isinstance(step, CorpusStep):
                self.stages.append((cur, i))
                cur = []
            else:
                cur.append(i)
        self.stages.append((cur, None))

    # Names of tasks (their markers) and of the work files, written by one task and read by the next.
    @staticmethod
    def map_name(stage: int, shard: int) -> str:
        """The task of a stage on one shard."""
        return f"map{stage}-{shard:05d}"

    @staticmethod
    def decide_name(stage: int, part: int) -> str:
        """The task that decides on one partition of a corpus step's keys."""
        return f"decide{stage}-{part:04d}"

    @staticmethod
    def combine_name(stage: int) -> str:
        """The task of a corpus step's global pass."""
        return f"combine{stage}"

    def docs_path(self, stage: int, shard: int) -> Path | RemotePath:
        """Live documents of a shard waiting for the corpus step that ends `stage`."""
        return self.state / f"stage{stage}" / f"docs-{shard:05d}.pkl.zst"

    def keys_dir(self, stage: int, part: int) -> Path | RemotePath:
        """One partition of the corpus step's keys (a file per shard inside)."""
        return self.state / f"shuffle{stage}" / f"p{part:04d}"

    def decisions_path(self, stage: int, part: int) -> Path | RemotePath:
        """Decisions of one partition."""
        return self.state / f"decide{stage}" / f"p{part:04d}.pkl.zst"

    def apply_dir(self, stage: int) -> Path | RemotePath:
        """Decisions routed back to shards (a file per shard inside)."""
        return self.state / f"apply{stage}"

    def marker(self, task: str) -> Path | RemotePath:
        """The marker file of a task."""
        return self.state / "done" / f"{task}.json"

    def task_tmp(self, name: str) -> Path:
        """A local directory for a task's parts until they are published: under OUT/_tamis/tmp for a
        local output (same filesystem, so publishing is a rename), in local scratch for a remote one."""
        if isinstance(self.out, RemotePath):
            return storage.scratch_dir(name)
        return self.state / "tmp" / name


_STEPS_CACHE: dict[str, list[Any]] = {}


def _steps(plan: Plan) -> list[Any]:
    # Built once per worker process: steps may compile patterns or load models when created.
    key = repr(plan.specs)
    if key not in _STEPS_CACHE:
        from tamis.registry import make_step

        _STEPS_CACHE.clear()
        _STEPS_CACHE[key] = [make_step(n, p) for n, p in plan.specs]
    return _STEPS_CACHE[key]


# ---------------------------------------------------------------------------------------------
# Tasks (run in workers)


class _Outputs:
    """Kept and removed part writers of one task; published together when the task ends."""

    def __init__(self, plan: Plan, shard: int, stage: int, final: bool) -> None:
        from tamis.write.parts import PartWriter

        fmt = plan.write_opts["format"]
        tmp = plan.task_tmp(f"s{stage}-{shard:05d}")
        if tmp.exists():
            shutil.rmtree(tmp)
        self.plan = plan
        self.shard = shard
        self.removed = PartWriter(plan.out / "removed", f"part-{shard:05d}-s{stage}", plan.fields, fmt,
                                  int(plan.write_opts["part_bytes"]), tmp, plan.write_opts["compression"])
        self.kept = (PartWriter(plan.out / "kept", f"part-{shard:05d}", plan.fields, fmt,
                                int(plan.write_opts["part_bytes"]), tmp, plan.write_opts["compression"])
                     if final else None)
        self.tmp = tmp

    def publish(self) -> None:
        for w in (self.removed, self.kept):
            if w is None:
                continue
            if isinstance(w.dir, RemotePath):
                # Listing a big remote dir per task would cost O(parts); parts are numbered from 000,
                # so an earlier attempt's extra parts are the names after ours: probe and drop them.
                pairs = w.close()
                for tmp, final in pairs:
                    storage.publish(tmp, final)
                k = len(pairs)
                while (extra := w.dir / f"{w.prefix}-{k:03d}{w.suffix}").exists():
                    extra.unlink(missing_ok=True)
                    k += 1
                continue
            # A crash between a rename and the marker leaves a part of an unfinished task: drop it
            # first, so the rerun rewrites the same names.
            for old in w.dir.glob(f"{w.prefix}-*"):
                old.unlink()
            w.dir.mkdir(parents=True, exist_ok=True)
            for tmp, final in w.close():
                storage.publish(tmp, final)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def abort(self) -> None:
        for w in (self.removed, self.kept):
            if w is not None:
                w.abort()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _run_doc_steps(plan: Plan, steps: list[Any], idxs: list[int], batch: list[tuple[int, Any]],
                   stats: dict[str, Any]) -> None:
    for i in idxs:
        live = [d for _, d in batch if not d.rejected]
        if not live:
            break
        t0 = time.perf_counter()
        try:
            steps[i].process_batch(live)
        except Exception:
            for d in live:
                if d.rejected:
                    continue
                try:
                    steps[i].process(d)
                except Exception as e:
                    d.reject(f"error: {steps[i].name}: {type(e).__name__}: {str(e)[:200]}", steps[i].name)
        count_step(stats, plan.step_names[i], time.perf_counter() - t0, len(live),
                   sum(1 for d in live if not d.rejected))


def _account_removed(doc: Any, bytes_in: int, stats: dict[str, Any], out: _Outputs) -> None:
    stats["removed"] += 1
    stats["bytes_removed"] += bytes_in
    _bump(stats["by_reason"], reason_class(doc.reason or "unknown"))
    _bump(stats["by_step"], doc.step or "unknown")
    out.removed.write(doc)


def _account_kept(doc: Any, stats: dict[str, Any], out: _Outputs) -> None:
    stats["kept"] += 1
    for r in doc.removed:
        stats["spans_removed"] += 1
        stats["bytes_spans_removed"] += utf8_len(r.text)
        _bump(stats["spans_by_reason"], reason_class(r.reason))
    assert out.kept is not None
    out.kept.write(doc)


def _stage_input(plan: Plan, stage: int, shard_idx: int, stats: dict[str, Any]) -> Iterable[tuple[int, Any]]:
    """(bytes_in, Document) pairs entering a stage: read from the inputs, or the previous corpus
    step's survivors with its decisions applied."""
    from tamis.document import Document

    if stage == 0:
        from tamis.read import read_shard

        for doc in read_shard(plan.shards[shard_idx], plan.read_opts):
            n = doc.size if doc.size is not None else utf8_len(doc.text)
            stats["docs_in"] += 1
            stats["bytes_in"] += n
            yield n, doc
        return
    prev = plan.stages[stage - 1][1]
    assert prev is not None
    step = _steps(plan)[prev]
    decisions: dict[tuple[int, int], list[Any]] = defaultdict(list)
    dec_path = plan.apply_dir(stage - 1) / f"s{shard_idx:05d}.pkl.zst"
    if dec_path.exists():
        for ref, decision in read_spill(dec_path):
            decisions[tuple(ref)].append(decision)
    name = plan.step_names[prev]
    docs_path = plan.docs_path(stage - 1, shard_idx)
    if not docs_path.exists():
        return
    for pos, (n, d) in enumerate(read_spill(docs_path)):
        doc = Document.from_dict(d)
        t0 = time.perf_counter()
        try:
            step.apply(doc, decisions.get((shard_idx, pos), []))
        except Exception as e:
            doc.reject(f"error: {step.name}: {type(e).__name__}: {str(e)[:200]}", step.name)
        count_step(stats, name, time.perf_counter() - t0, 1, 0 if doc.rejected else 1)
        yield n, doc


def map_task(plan: Plan, stage: int, shard_idx: int) -> dict[str, Any]:
    """Stage `stage` on one shard: input -> document steps -> removed parts, and then either kept
    parts (last stage) or the live documents plus the corpus step's keys spilled by partition."""
    steps = _steps(plan)
    idxs, corpus = plan.stages[stage]
    stats = new_stats()
    final = corpus is None
    out = _Outputs(plan, shard_idx, stage, final)
    docs_w: SpillWriter | None = None
    key_ws: dict[int, SpillWriter] = {}
    pos = 0
    try:
        if not final:
            docs_w = SpillWriter(plan.docs_path(stage, shard_idx), batch=256)
        batch: list[tuple[int, Any]] = []

        def flush() -> None:
            nonlocal pos
            _run_doc_steps(plan, steps, idxs, batch, stats)
            t_keys = 0.0
            for n, d in batch:
                if d.rejected:
                    _account_removed(d, n, stats, out)
                elif final:
                    _account_kept(d, stats, out)
                else:
                    assert docs_w is not None and corpus is not None
                    t0 = time.perf_counter()
                    ref = (shard_idx, pos)
                    for key, value in steps[corpus].keys(d):
                        p = partition_of(key, plan.n_parts)
                        w = key_ws.get(p)
                        if w is None:
                            w = key_ws[p] = SpillWriter(
                                plan.keys_dir(stage, p) / f"s{shard_idx:05d}.pkl.zst")
                        w.add((key, ref, value))
                    t_keys += time.perf_counter() - t0
                    docs_w.add((n, d.to_dict()))
                    pos += 1
            if not final:
                count_step(stats, plan.step_names[corpus], t_keys)
            batch.clear()

        for item in _stage_input(plan, stage, shard_idx, stats):
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
        flush()
        for w in key_ws.values():
            w.close()
        if docs_w is not None:
            docs_w.close()
        out.publish()
        if out.kept is not None:
            stats["bytes_kept"] += out.kept.text_bytes
    except BaseException:
        out.abort()
        for w in key_ws.values():
            w.abort()
        if docs_w is not None:
            docs_w.abort()
        raise
    _write_marker(plan.marker(plan.map_name(stage, shard_idx)), stats)
    return stats


def decide_task(plan: Plan, stage: int, part: int) -> dict[str, Any]:
    """Group one partition's keys and let the corpus step decide on each group."""
    corpus = plan.stages[stage][1]
    assert corpus is not None
    step = _steps(plan)[corpus]
    t0 = time.perf_counter()
    groups: dict[Any, list[Any]] = defaultdict(list)
    pdir = plan.keys_dir(stage, part)
    if pdir.exists():
        for f in sorted(pdir.glob("s*.pkl.zst")):
            for key, ref, value in read_spill(f):
                groups[key].append((ref, value))
    w = SpillWriter(plan.decisions_path(stage, part))
    try:
        for key in sorted(groups, key=repr):
            for ref, decision in step.decide(key, groups[key]):
                w.add((tuple(ref), decision))
        w.close()
    except BaseException:
        w.abort()
        raise
    stats = new_stats()
    count_step(stats, plan.step_names[corpus], time.perf_counter() - t0)
    _write_marker(plan.marker(plan.decide_name(stage, part)), stats)
    return stats


def combine_task(plan: Plan, stage: int) -> dict[str, Any]:
    """The corpus step's global pass over all decisions (in the driver), routed back to shards."""
    corpus = plan.stages[stage][1]
    assert corpus is not None
    step = _steps(plan)[corpus]
    t0 = time.perf_counter()

    def decisions() -> Iterable[tuple[Any, Any]]:
        for part in range(plan.n_parts):
            f = plan.decisions_path(stage, part)
            if f.exists():
                yield from read_spill(f)

    adir = plan.apply_dir(stage)
    if adir.exists():
        storage.rmtree(adir)
    writers: dict[int, SpillWriter] = {}
    try:
        for ref, decision in step.combine(decisions()):
            shard = int(ref[0])
            w = writers.get(shard)
            if w is None:
                w = writers[shard] = SpillWriter(adir / f"s{shard:05d}.pkl.zst", batch=1024)
            w.add((tuple(ref), decision))
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    stats = new_stats()
    count_step(stats, plan.step_names[corpus], time.perf_counter() - t0)
    _write_marker(plan.marker(plan.combine_name(stage)), stats)
    return stats


def _write_marker(path: Path | RemotePath, stats: dict[str, Any]) -> None:
    from tamis.write.parts import atomic_write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(stats))


# ---------------------------------------------------------------------------------------------
# The driver


class _Progress:
    """A progress bar on stderr: documents/s, MB/s, ETA; silent when not a terminal or quiet."""

    def __init__(self, total_bytes: int, desc: str, quiet: bool) -> None:
        self.bar = None
        self.t0 = time.perf_counter()
        self.docs = 0
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total_bytes, desc=desc, unit="B", unit_scale=True, unit_divisor=1024,
                            file=sys.stderr, dynamic_ncols=True)

    def update(self, nbytes: int, docs: int) -> None:
        self.docs += docs
        if self.bar is not None:
            self.bar.update(nbytes)
            rate = self.docs / max(1e-9, time.perf_counter() - self.t0)
            self.bar.set_postfix_str(f"{self.docs} docs, {rate:,.0f} docs/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _run_tasks(plan: Plan, fn: Callable[..., dict[str, Any]], args: list[tuple[Any, ...]], names: list[str],
               workers: int, progress: _Progress, sizes: list[int]) -> None:
    """Run tasks not yet marked done; a crashed worker costs a retry of its tasks, not the run."""
    todo = [(a, n, s) for a, n, s in zip(args, names, sizes, strict=False) if not plan.marker(n).exists()]
    for n, s in zip(names, sizes, strict=False):
        if plan.marker(n).exists():
            progress.update(s, 0)
    if not todo:
        return
    if workers <= 1 or len(todo) == 1:
        for a, _, s in todo:
            st = fn(plan, *a)
            progress.update(s, st.get("docs_in", 0))
        return
    import multiprocessing as mp

    tries = 0
    while todo:
        tries += 1
        pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=mp.get_context("fork"))
        futs: dict[Future, tuple[Any, str, int]] = {pool.submit(fn, plan, *a): (a, n, s) for a, n, s in todo}
        broken = False
        try:
            pending = set(futs)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    try:
                        st = f.result()
                    except BrokenProcessPool:
                        broken = True
                        continue
                    progress.update(futs[f][2], st.get("docs_in", 0))
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        todo = [(a, n, s) for a, n, s in todo if not plan.marker(n).exists()]
        if todo and not broken:
            raise RuntimeError(f"{len(todo)} task(s) did not finish")
        if todo and tries >= MAX_TRIES:
            raise RuntimeError(f"a worker died {tries} times; {len(todo)} task(s) left undone (rerun to resume)")


def _prepare_out(out: Path | RemotePath, fingerprint: dict[str, Any], overwrite: bool) -> None:
    state = out / STATE
    run_file = state / "run.json"
    if out.exists() and not out.is_dir():
        raise UsageError(f"output {str(out)!r} exists and is not a directory")
    if out.exists() and any(out.iterdir()):
        same = False
        if run_file.exists():
            try:
                same = json.loads(run_file.read_text()) == fingerprint
            except ValueError:
                same = False
        if same and not overwrite:
            return
        ours = run_file.exists() or (out / "stats.json").exists() or (out / "kept").exists()
        if not overwrite:
            what = "another run's output" if ours else "other files"
            raise UsageError(f"output {str(out)!r} holds {what}; use --overwrite to replace it "
                             "(a rerun with the same inputs and config resumes)")
        if not ours:
            raise UsageError(f"output {str(out)!r} holds files that are not a tamis output; not overwriting")
        for name in ("kept", "removed", STATE):
            storage.rmtree(out / name)
        for name in ("stats.json", "report.html"):
            (out / name).unlink(missing_ok=True)
    state.mkdir(parents=True, exist_ok=True)
    from tamis.write.parts import atomic_write_text

    atomic_write_text(run_file, json.dumps(fingerprint, indent=1))


def run_local(pipeline: Any, inputs: list[str], out: Path | RemotePath | str, workers: int | None = None,
              quiet: bool = False, overwrite: bool = False, keep_work: bool = False, report: bool = True
              ) -> dict[str, Any]:
    """Run a pipeline over inputs into OUT with a local process pool; returns the stats."""
    from tamis.read.sources import expand_inputs

    files = expand_inputs(inputs)
    pipeline.build()
    workers = workers or os.cpu_count() or 1
    out = storage.location(out)
    fingerprint = {"config": pipeline.to_dict(), "inputs": [[p, f] for p, f in files]}
    _prepare_out(out, fingerprint, overwrite)
    t_start = time.perf_counter()
    plan = Plan(pipeline, files, out, workers)
    (out / "kept").mkdir(exist_ok=True)
    (out / "removed").mkdir(exist_ok=True)
    n = len(plan.shards)
    total = sum(s.size for s in plan.shards)
    for stage, (_, corpus) in enumerate(plan.stages):
        desc = "read+steps" if stage == 0 else f"stage {stage + 1}"
        prog = _Progress(total, desc, quiet)
        try:
            _run_tasks(plan, map_task, [(stage, i) for i in range(n)], [plan.map_name(stage, i) for i in range(n)],
                       workers, prog, [s.size for s in plan.shards])
        finally:
            prog.close()
        if corpus is None:
            continue
        prog = _Progress(plan.n_parts, f"{plan.step_names[corpus]} groups", quiet)
        try:
            _run_tasks(plan, decide_task, [(stage, p) for p in range(plan.n_parts)],
                       [plan.decide_name(stage, p) for p in range(plan.n_parts)], workers, prog, [1] * plan.n_parts)
        finally:
            prog.close()
        if not plan.marker(plan.combine_name(stage)).exists():
            combine_task(plan, stage)
    stats = collect_stats(plan, time.perf_counter() - t_start, workers)
    finish_run(plan, stats, out, keep_work, report)
    return stats


def finish_run(plan: Plan, stats: dict[str, Any], out: Path | RemotePath, keep_work: bool, report: bool) -> None:
    """Write stats.json, an empty part where a side has none, drop the work files, write the report."""
    import sys as _sys

    from tamis.write.parts import PartWriter, atomic_write_text

    # An empty kept/ or removed/ still gets one part with the run's schema, so that readers of the
    # output (DuckDB globs, pandas, datasets) find the columns instead of no file at all.
    for side in ("kept", "removed"):
        suffix = ".parquet" if plan.write_opts["format"] == "parquet" else ".jsonl.zst"
        if not list((out / side).glob(f"part-*{suffix}")):
            tmp_dir = (plan.state / "tmp" / f"empty-{side}" if isinstance(out, Path)
                       else storage.scratch_dir(f"empty-{side}"))
            w = PartWriter(out / side, "part-00000-empty", plan.fields, plan.write_opts["format"],
                           tmp_dir=tmp_dir, compression=plan.write_opts["compression"])
            w.write_empty()
            for tmp, final in w.close():
                storage.publish(tmp, final)
    atomic_write_text(out / "stats.json", json.dumps(stats, indent=2))
    if not keep_work:
        for p in plan.state.iterdir():
            if p.is_dir() and p.name != "done":
                storage.rmtree(p)
    if report and isinstance(out, Path):
        try:
            from tamis.report import write_report  # type: ignore[attr-defined]

            write_report(out)
        except ImportError:
            pass
        except Exception as e:
            print(f"tamis: warning: the report could not be written: {type(e).__name__}: {e}", file=_sys.stderr)


def collect_stats(plan: Plan, seconds: float, workers: int) -> dict[str, Any]:
    """stats.json from all task markers."""
    total = new_stats()
    markers = sorted((plan.state / "done").glob("*.json"))
    if isinstance(plan.state, RemotePath):
        # One GET per marker: in parallel, since object stores answer each in tens of ms.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(16) as ex:
            texts = list(ex.map(lambda f: f.read_text(), markers))
    else:
        texts = [f.read_text() for f in markers]
    for text in texts:
        merge_stats(total, json.loads(text))
    steps = []
    for name in plan.step_names:
        sec, n_in, n_out = total["steps"].get(name, [0.0, 0, 0])
        steps.append({"name": name, "seconds": round(sec, 4), "in": n_in, "out": n_out})
    return {
        "documents": {"in": total["docs_in"], "kept": total["kept"], "removed": total["removed"]},
        "bytes": {"in": total["bytes_in"], "kept": total["bytes_kept"], "removed": total["bytes_removed"],
                  "spans_removed": total["bytes_spans_removed"]},
        "removed_by_reason": dict(sorted(total["by_reason"].items(), key=lambda kv: -kv[1])),
        "removed_by_step": dict(sorted(total["by_step"].items(), key=lambda kv: -kv[1])),
        "spans_removed": {"count": total["spans_removed"],
                          "by_reason": dict(sorted(total["spans_by_reason"].items(), key=lambda kv: -kv[1]))},
        "steps": steps,
        "run": {"seconds": round(seconds, 3), "workers": workers, "shards": len(plan.shards),
                "format": plan.write_opts["format"], "fields": plan.fields},
    }
