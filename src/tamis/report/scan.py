"""One pass over a run's kept and removed parts: the counts and distributions the report draws,
and bounded samples of documents (reservoirs per reason, the largest duplicate clusters), so that
the report's size does not grow with the run."""
from __future__ import annotations

import heapq
import json
import math
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tamis.document import reason_class
from tamis.outputs import part_files
from tamis.report.diff import segments, truncate

BATCH_ROWS = 4096
# Byte-length bins of the length histograms: powers of two from 64 B to 1 MiB.
LENGTH_EDGES = [0] + [2 ** k for k in range(6, 21)]
LANG_KEYS = ("language", "lang")
# Sample groups beyond this many reasons share one "(other reasons)" group: a step that writes a
# distinct reason per document must not make the report grow with the run.
MAX_GROUPS = 40
OTHER = "(other reasons)"


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
    """A uniform sample of at most k items of a stream (Algorithm L: the random numbers drawn grow
    with k·log(n/k), not with n), with a fixed seed."""

    def __init__(self, k: int, rng: random.Random) -> None:
        self.k = k
        self.rng = rng
        self.seen = 0
        self.items: list[Any] = []
        self.w = 1.0
        self.next = 0

    def _skip(self) -> None:
        self.w *= math.exp(math.log(self.rng.random() or 1e-300) / self.k)
        gap = math.log(self.rng.random() or 1e-300) / math.log1p(-self.w) if self.w < 1 else 0.0
        self.next += int(gap) + 1

    def slot(self) -> int | None:
        """Offer one more item: the slot to store it in, or None when it is not sampled."""
        self.seen += 1
        if len(self.items) < self.k:
            self.items.append(None)
            if len(self.items) == self.k:
                self.next = self.k
                self._skip()
            return len(self.items) - 1
        if self.seen != self.next:
            return None
        self._skip()
        return self.rng.randrange(self.k)


# ---------------------------------------------------------------------------------------------
# Batches: the same view over Parquet record batches and JSONL rows


WANTED = ("id", "url", "source", "reason", "step", "title", "cluster_id", "cluster_size", "duplicate_of",
          *LANG_KEYS)


class Batch:
    """Columns of a chunk of output rows; a value, text or span list is read only for the rows that
    are sampled, a whole column only where every row needs it."""

    def __init__(self, n: int, arrays: dict[str, Any], text_len: np.ndarray, span_parent: np.ndarray,
                 span_reason: list[str], span_len: np.ndarray, text_at: Any, spans_at: Any) -> None:
        self.n = n
        self.arrays = arrays
        self.lists: dict[str, list[Any]] = {}
        self.text_len = text_len
        self.span_parent = span_parent
        self.span_reason = span_reason
        self.span_len = span_len
        self.text_at = text_at
        self.spans_at = spans_at

    def has(self, name: str) -> bool:
        """Whether the batch has a column."""
        return name in self.arrays

    def col(self, name: str) -> list[Any]:
        """A whole column as a list (None everywhere when absent)."""
        if name not in self.lists:
            a = self.arrays.get(name)
            self.lists[name] = [None] * self.n if a is None else a if isinstance(a, list) else a.to_pylist()
        return self.lists[name]

    def value(self, name: str, i: int) -> Any:
        """One value (None when the column is absent)."""
        a = self.arrays.get(name)
        if a is None:
            return None
        return a[i] if isinstance(a, list) else a[i].as_py()

    def counts(self, name: str) -> dict[str, int]:
        """Value -> number of rows, nulls left out."""
        a = self.arrays.get(name)
        if a is None:
            return {}
        if isinstance(a, list):
            return dict(Counter(str(v) for v in a if v is not None))
        import pyarrow.compute as pc

        vc = pc.value_counts(a.drop_null())
        return {str(v): int(c) for v, c in zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist(),
                                              strict=True)}


def _parse_meta(raw: Any, keys: tuple[str, ...], i: int, out: dict[str, list[Any]]) -> None:
    try:
        m = json.loads(raw)
    except (TypeError, ValueError):
        return
    if isinstance(m, dict):
        for k in keys:
            if k in m:
                out[k][i] = m[k]


def _meta_fallback(arrays: dict[str, Any], metadata: Any, n: int) -> None:
    """Fields that are not columns, taken from the JSON `metadata` column where rows hold them."""
    missing = tuple(k for k in WANTED if k not in arrays)
    if metadata is None or not missing:
        return
    out: dict[str, list[Any]] = {k: [None] * n for k in missing}
    if isinstance(metadata, list):
        for i, raw in enumerate(metadata):
            if raw and any(f'"{k}"' in raw for k in missing):
                _parse_meta(raw, missing, i, out)
    else:
        import pyarrow.compute as pc

        # Only rows whose JSON mentions one of the keys are parsed.
        hit = None
        for k in missing:
            m = pc.fill_null(pc.match_substring(metadata, f'"{k}"'), False)
            hit = m if hit is None else pc.or_(hit, m)
        rows = np.flatnonzero(hit.to_numpy(zero_copy_only=False)) if hit is not None else []
        for i in rows.tolist():
            _parse_meta(metadata[i].as_py(), missing, i, out)
    for k, vals in out.items():
        if any(v is not None for v in vals):
            arrays[k] = vals


def _arrow_batches(path: Path) -> Iterator[Batch]:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    small = [c for c in WANTED if c in names]
    read = [*small, *(c for c in ("metadata", "text", "removed") if c in names)]
    for rb in pf.iter_batches(batch_size=BATCH_ROWS, columns=read):
        n = rb.num_rows
        arrays: dict[str, Any] = {c: rb.column(c) for c in small}
        if "metadata" in names:
            _meta_fallback(arrays, rb.column("metadata"), n)
        texts = rb.column("text") if "text" in names else pa.nulls(n, pa.string())
        text_len = pc.fill_null(pc.binary_length(texts), 0).to_numpy(zero_copy_only=False).astype(np.int64)
        rem = rb.column("removed") if "removed" in names else None
        parent, reasons, slen = np.zeros(0, np.int64), [], np.zeros(0, np.int64)
        if rem is not None and n:
            flat = pc.list_flatten(rem)
            if len(flat):
                parent = pc.list_parent_indices(rem).to_numpy(zero_copy_only=False).astype(np.int64)
                reasons = pc.fill_null(flat.field("reason"), "").to_pylist()
                slen = pc.fill_null(pc.binary_length(flat.field("text")), 0).to_numpy(
                    zero_copy_only=False).astype(np.int64)

        def text_at(i: int, texts: Any = texts) -> str:
            return texts[i].as_py() or ""

        def spans_at(i: int, rem: Any = rem) -> list[dict[str, Any]]:
            return (rem[i].as_py() or []) if rem is not None else []

        yield Batch(n, arrays, text_len, parent, reasons, slen, text_at, spans_at)


def _row_batches(path: Path) -> Iterator[Batch]:
    from tamis.outputs import iter_rows

    rows: list[dict[str, Any]] = []

    def make(rows: list[dict[str, Any]]) -> Batch:
        n = len(rows)
        arrays: dict[str, Any] = {c: [r.get(c) for r in rows] for c in WANTED if any(c in r for r in rows)}
        _meta_fallback(arrays, [r.get("metadata") for r in rows], n)
        texts = [r.get("text") or "" for r in rows]
        text_len = np.array([len(t.encode("utf-8", "surrogatepass")) for t in texts], np.int64)
        parent, reasons, slen = [], [], []
        for i, r in enumerate(rows):
            for s in r.get("removed") or []:
                parent.append(i)
                reasons.append(s.get("reason") or "")
                slen.append(len((s.get("text") or "").encode("utf-8", "surrogatepass")))
        return Batch(n, arrays, text_len, np.array(parent, np.int64), reasons, np.array(slen, np.int64),
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
        d: dict[str, Any] = {"id": b.value("id", i), "url": b.value("url", i), "source": b.value("source", i),
                             "status": status, "chars": len(text), "text": shown, "more": left}
        for k in ("reason", "step", "title", "cluster_id", "cluster_size", "duplicate_of"):
            v = b.value(k, i)
            if v is not None:
                d[k] = v
        lang = next((v for v in (b.value(k, i) for k in LANG_KEYS) if v is not None), None)
        if lang is not None:
            d["language"] = lang
        if status == "kept":
            d["spans"] = [{"text": truncate(s.get("text") or "", lim.max_span_chars)[0],
                           "reason": s.get("reason") or "", "step": s.get("step") or ""} for s in spans]
            budget = lim.max_chars + sum(len(s["text"]) for s in d["spans"])
            segs, unplaced, seg_left = segments(text, spans, budget)
            d["segs"], d["unplaced"], d["segs_more"] = segs, unplaced, seg_left
        else:
            d["segs"] = [[shown, d.get("reason") or "", d.get("step") or ""]] if shown else []
        return d

    def _group(self, groups: dict[str, Reservoir], cls: str) -> Reservoir:
        if cls not in groups and len(groups) >= MAX_GROUPS:
            cls = OTHER
        if cls not in groups:
            groups[cls] = Reservoir(self.limits.sample, self.rng)
        return groups[cls]

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
            res = self._group(self.span_samples, cls)
            slot = res.slot()
            if slot is not None:
                first = int(k - np.searchsorted(b.span_parent, row))
                res.items[slot] = (self.doc(b, row, "kept"), first)
        changed, unchanged = self.changed, self.unchanged
        assert changed is not None and unchanged is not None
        for i, ns in enumerate(n_spans.tolist()):
            res = changed if ns else unchanged
            slot = res.slot()
            if slot is not None:
                res.items[slot] = self.doc(b, i, "kept")
        if not (b.has("cluster_size") and b.has("cluster_id")):
            return
        sizes = b.col("cluster_size")
        cids = b.col("cluster_id")
        for i in range(b.n):
            size = sizes[i]
            if size is None or cids[i] is None or int(size) < 2:
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
        classes: dict[str, str] = {}
        for i in range(b.n):
            reason = reasons[i] or "unknown"
            cls = classes.get(reason)
            if cls is None:
                cls = classes[reason] = reason_class(reason)
            self.by_reason[cls] += 1
            if cls.startswith(("duplicate", "near_duplicate")):
                self.dup_removed += 1
            res = self._group(self.removed_samples, cls)
            slot = res.slot()
            if slot is not None:
                res.items[slot] = self.doc(b, i, "removed")
            if not self.members:
                continue
            cid = str(cids[i]) if cids[i] is not None else kept_ids.get(str(dups[i]))
            if cid is not None and cid in self.members:
                if len(self.members[cid]) < lim.cluster_members:
                    self.members[cid].append(self.doc(b, i, "removed"))
                else:
                    self.more_members[cid] += 1

    def _langs(self, b: Batch, into: Counter) -> None:
        for k in LANG_KEYS:
            if b.has(k):
                into.update(b.counts(k))
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
