"""One pass over a run's kept and removed parts: the counts and distributions the report draws,
and bounded samples of documents (reservoirs per reason, the largest duplicate clusters), so that
the report's size does not grow with the run."""
from __future__ import annotations

import heapq
import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tamis.outputs import part_files
from tamis.report.diff import segments, truncate

BATCH_ROWS = 4096
# Byte-length bins of the length histograms: powers of two from 64 B to 1 MiB.
LENGTH_EDGES = [0] + [2 ** k for k in range(6, 21)]
LANG_KEYS = ("language", "lang")


@dataclass
class Limits:
    """How much of a run the report embeds."""

    sample: int = 20
    max_docs: int = 100
    max_clusters: int = 30
    cluster_members: int = 8
    max_chars: int = 5000
    max_span_chars: int = 2000


class Reservoir:
    """A uniform sample of at most k items of a stream (Algorithm R), with a fixed seed."""

    def __init__(self, k: int, rng: random.Random) -> None:
        self.k = k
        self.rng = rng
        self.seen = 0
        self.items: list[Any] = []

    def slot(self) -> int | None:
        """Offer one more item: the slot to store it in, or None when it is not sampled."""
        self.seen += 1
        if len(self.items) < self.k:
            self.items.append(None)
            return len(self.items) - 1
        j = self.rng.randrange(self.seen)
        return j if j < self.k else None


# ---------------------------------------------------------------------------------------------
# Batches: the same view over Parquet record batches and JSONL rows


class Batch:
    """Columns of a chunk of output rows, with texts and spans read only for the rows sampled."""

    def __init__(self, n: int, cols: dict[str, list[Any]], text_len: np.ndarray, span_parent: np.ndarray,
                 span_reason: list[str], span_len: np.ndarray, text_at: Any, spans_at: Any) -> None:
        self.n = n
        self.cols = cols
        self.text_len = text_len
        self.span_parent = span_parent
        self.span_reason = span_reason
        self.span_len = span_len
        self.text_at = text_at
        self.spans_at = spans_at

    def col(self, name: str) -> list[Any]:
        """A column as a list (None everywhere when absent)."""
        return self.cols.get(name) or [None] * self.n


def _meta_values(metadata: list[Any], keys: tuple[str, ...]) -> dict[str, list[Any]]:
    """Values of some keys in the JSON `metadata` column (for fields that are not columns)."""
    out: dict[str, list[Any]] = {k: [None] * len(metadata) for k in keys}
    for i, raw in enumerate(metadata):
        if not raw or not any(f'"{k}"' in raw for k in keys):
            continue
        try:
            m = json.loads(raw)
        except ValueError:
            continue
        if isinstance(m, dict):
            for k in keys:
                if k in m:
                    out[k][i] = m[k]
    return out


WANTED = ("id", "url", "source", "reason", "step", "title", "cluster_id", "cluster_size", "duplicate_of",
          *LANG_KEYS)


def _fill_from_metadata(cols: dict[str, list[Any]], metadata: list[Any] | None, n: int) -> None:
    missing = tuple(k for k in WANTED if k not in cols)
    if metadata is None or not missing:
        return
    for k, vals in _meta_values(metadata, missing).items():
        if any(v is not None for v in vals):
            cols[k] = vals


def _arrow_batches(path: Path) -> Iterator[Batch]:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    small = [c for c in (*WANTED, "metadata") if c in names]
    read = [*small, *(c for c in ("text", "removed") if c in names)]
    for rb in pf.iter_batches(batch_size=BATCH_ROWS, columns=read):
        n = rb.num_rows
        cols = {c: rb.column(c).to_pylist() for c in small if c != "metadata"}
        if "metadata" in names:
            _fill_from_metadata(cols, rb.column("metadata").to_pylist(), n)
        texts = rb.column("text") if "text" in names else pa.nulls(n, pa.string())
        text_len = pc.fill_null(pc.binary_length(texts), 0).to_numpy(zero_copy_only=False).astype(np.int64)
        if "removed" in names and n:
            rem = rb.column("removed")
            flat = pc.list_flatten(rem)
            parent = pc.list_parent_indices(rem).to_numpy(zero_copy_only=False).astype(np.int64)
            if len(flat):
                reasons = pc.fill_null(flat.field("reason"), "").to_pylist()
                slen = pc.fill_null(pc.binary_length(flat.field("text")), 0).to_numpy(
                    zero_copy_only=False).astype(np.int64)
            else:
                reasons, slen = [], np.zeros(0, np.int64)
        else:
            rem, parent, reasons, slen = None, np.zeros(0, np.int64), [], np.zeros(0, np.int64)

        def text_at(i: int, texts: Any = texts) -> str:
            return texts[i].as_py() or ""

        def spans_at(i: int, rem: Any = rem) -> list[dict[str, Any]]:
            return (rem[i].as_py() or []) if rem is not None else []

        yield Batch(n, cols, text_len, parent, reasons, slen, text_at, spans_at)


def _row_batches(path: Path) -> Iterator[Batch]:
    from tamis.outputs import iter_rows

    rows: list[dict[str, Any]] = []

    def make(rows: list[dict[str, Any]]) -> Batch:
        n = len(rows)
        cols = {c: [r.get(c) for r in rows] for c in WANTED if any(c in r for r in rows)}
        _fill_from_metadata(cols, [r.get("metadata") for r in rows], n)
        texts = [r.get("text") or "" for r in rows]
        text_len = np.array([len(t.encode("utf-8", "surrogatepass")) for t in texts], np.int64)
        parent, reasons, slen = [], [], []
        for i, r in enumerate(rows):
            for s in r.get("removed") or []:
                parent.append(i)
                reasons.append(s.get("reason") or "")
                slen.append(len((s.get("text") or "").encode("utf-8", "surrogatepass")))
        return Batch(n, cols, text_len, np.array(parent, np.int64), reasons, np.array(slen, np.int64),
                     lambda i: texts[i], lambda i: list(rows[i].get("removed") or []))

    for row in iter_rows(path):
        rows.append(row)
        if len(rows) >= BATCH_ROWS:
            yield make(rows)
            rows = []
    if rows:
        yield make(rows)


def batches(path: Path) -> Iterator[Batch]:
    """Batches of one part file (Parquet or JSONL+zstd)."""
    return _arrow_batches(path) if path.suffix == ".parquet" else _row_batches(path)


# ---------------------------------------------------------------------------------------------
# The scan


def reason_class(reason: str) -> str:
    """`gopher_repetition: dup_para_frac 0.42 > 0.30` -> `gopher_repetition` (as stats.json counts)."""
    return reason.split(":", 1)[0].strip() or reason


def length_bins(lengths: np.ndarray) -> list[int]:
    """Counts of lengths per bin of LENGTH_EDGES (the last bin is open)."""
    if not len(lengths):
        return [0] * len(LENGTH_EDGES)
    idx = np.searchsorted(np.array(LENGTH_EDGES[1:]), lengths, side="right")
    return np.bincount(idx, minlength=len(LENGTH_EDGES)).tolist()


@dataclass
class Scan:
    """What the report shows of a run, gathered in one pass."""

    limits: Limits
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    counts: Counter = field(default_factory=Counter)
    by_reason: Counter = field(default_factory=Counter)
    spans_by_reason: Counter = field(default_factory=Counter)
    lang_kept: Counter = field(default_factory=Counter)
    lang_removed: Counter = field(default_factory=Counter)
    len_before: np.ndarray = field(default_factory=lambda: np.zeros(len(LENGTH_EDGES), np.int64))
    len_after: np.ndarray = field(default_factory=lambda: np.zeros(len(LENGTH_EDGES), np.int64))
    bytes_in: int = 0
    removed_samples: dict[str, Reservoir] = field(default_factory=dict)
    span_samples: dict[str, Reservoir] = field(default_factory=dict)
    changed: Reservoir | None = None
    unchanged: Reservoir | None = None
    cluster_sizes: Counter = field(default_factory=Counter)
    clusters: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    members: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    more_members: Counter = field(default_factory=Counter)
    dup_removed: int = 0

    def __post_init__(self) -> None:
        self.changed = Reservoir(self.limits.max_docs, self.rng)
        self.unchanged = Reservoir(max(1, self.limits.max_docs // 4), self.rng)

    # -- one document, as embedded in the report --------------------------------------------------
    def doc(self, b: Batch, i: int, status: str) -> dict[str, Any]:
        """The embedded form of row i: metadata, text (bounded), spans, and the before view."""
        lim = self.limits
        text = b.text_at(i)
        spans = b.spans_at(i) if status == "kept" else []
        shown, left = truncate(text, lim.max_chars)
        d: dict[str, Any] = {"id": b.col("id")[i], "url": b.col("url")[i], "source": b.col("source")[i],
                             "status": status, "chars": len(text), "text": shown, "more": left}
        for k in ("reason", "step", "title", "cluster_id", "cluster_size", "duplicate_of"):
            v = b.col(k)[i]
            if v is not None:
                d[k] = v
        lang = next((b.col(k)[i] for k in LANG_KEYS if b.col(k)[i] is not None), None)
        if lang is not None:
            d["language"] = lang
        if status == "kept":
            d["spans"] = [{"text": truncate(s.get("text") or "", lim.max_span_chars)[0],
                           "reason": s.get("reason") or "", "step": s.get("step") or ""} for s in spans]
            segs, unplaced, seg_left = segments(text, spans, lim.max_chars + sum(len(s["text"]) for s in d["spans"]))
            d["segs"], d["unplaced"], d["segs_more"] = segs, unplaced, seg_left
        else:
            d["segs"] = [[shown, d.get("reason") or "", d.get("step") or ""]] if shown else []
        return d

    def _offer(self, res: Reservoir, make: Any) -> None:
        slot = res.slot()
        if slot is not None:
            res.items[slot] = make()

    # -- kept parts -------------------------------------------------------------------------------
    def kept(self, b: Batch) -> None:
        """Account for a batch of kept rows."""
        span_bytes = np.bincount(b.span_parent, weights=b.span_len, minlength=b.n).astype(np.int64) \
            if len(b.span_parent) else np.zeros(b.n, np.int64)
        n_spans = np.bincount(b.span_parent, minlength=b.n) if len(b.span_parent) else np.zeros(b.n, np.int64)
        before = b.text_len + span_bytes
        self.len_after += np.array(length_bins(b.text_len), np.int64)
        self.len_before += np.array(length_bins(before), np.int64)
        self.bytes_in += int(before.sum())
        self.counts["kept"] += b.n
        self.counts["bytes_kept"] += int(b.text_len.sum())
        self._langs(b, self.lang_kept)
        lim = self.limits
        for k, (row, reason) in enumerate(zip(b.span_parent.tolist(), b.span_reason, strict=False)):
            cls = reason_class(reason)
            self.spans_by_reason[cls] += 1
            res = self.span_samples.setdefault(cls, Reservoir(lim.sample, self.rng))
            slot = res.slot()
            if slot is not None:
                first = int(k - np.searchsorted(b.span_parent, row))
                res.items[slot] = (self.doc(b, row, "kept"), first)
        for i in range(b.n):
            res = self.changed if n_spans[i] else self.unchanged
            assert res is not None
            self._offer(res, lambda i=i: self.doc(b, i, "kept"))
        sizes = b.col("cluster_size")
        for i in range(b.n):
            size = sizes[i]
            if size is None or int(size) < 2 or b.col("cluster_id")[i] is None:
                continue
            size = int(size)
            self.cluster_sizes[size] += 1
            key = (size, -self.counts["clusters_seen"])
            self.counts["clusters_seen"] += 1
            if len(self.clusters) < lim.max_clusters:
                heapq.heappush(self.clusters, (*key, self.doc(b, i, "kept")))
            elif key > self.clusters[0][:2]:
                heapq.heapreplace(self.clusters, (*key, self.doc(b, i, "kept")))

    # -- removed parts ----------------------------------------------------------------------------
    def removed(self, b: Batch) -> None:
        """Account for a batch of removed rows (after all kept ones: clusters are chosen by then)."""
        self.len_before += np.array(length_bins(b.text_len), np.int64)
        self.bytes_in += int(b.text_len.sum())
        self.counts["removed"] += b.n
        self._langs(b, self.lang_removed)
        lim = self.limits
        if not self.members:
            for _, _, d in self.clusters:
                self.members[str(d.get("cluster_id"))] = []
        kept_ids = {str(d.get("id")): str(d.get("cluster_id")) for _, _, d in self.clusters}
        reasons, cids, dups = b.col("reason"), b.col("cluster_id"), b.col("duplicate_of")
        for i in range(b.n):
            reason = reasons[i] or "unknown"
            cls = reason_class(reason)
            self.by_reason[cls] += 1
            if cls.startswith(("duplicate", "near_duplicate")):
                self.dup_removed += 1
            self._offer(self.removed_samples.setdefault(cls, Reservoir(lim.sample, self.rng)),
                        lambda i=i: self.doc(b, i, "removed"))
            cid = str(cids[i]) if cids[i] is not None else kept_ids.get(str(dups[i]))
            if cid is not None and cid in self.members:
                if len(self.members[cid]) < lim.cluster_members:
                    self.members[cid].append(self.doc(b, i, "removed"))
                else:
                    self.more_members[cid] += 1

    def _langs(self, b: Batch, into: Counter) -> None:
        for k in LANG_KEYS:
            if k in b.cols:
                into.update(str(v) for v in b.cols[k] if v is not None)
                return


def scan(out: Path, limits: Limits) -> Scan:
    """Read every part of a run once."""
    s = Scan(limits)
    for path in part_files(out, "kept"):
        for b in batches(path):
            s.kept(b)
    for path in part_files(out, "removed"):
        for b in batches(path):
            s.removed(b)
    return s
