"""Cross-document line dedup: site boilerplate (lines that recur across a host's pages) and, as an
option, CCNet's global paragraph dedup (every repeat of a paragraph after its first occurrence).

Repair, not drop: the lines are cut out of the text and recorded with their reason; a document
is rejected only when nothing is left.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import numpy as np
import xxhash

from tamis.dedup.normalize import host_of, unit_lines
from tamis.document import Document
from tamis.steps import CorpusStep, Ref, check_choice

UNITS = ("line", "paragraph")
SCOPES = ("host", "global")


def units_of(lines: list[str], unit: str) -> list[tuple[int, int]]:
    """(first, last) line index of each unit: each non-blank line, or each run of non-blank lines."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, line in enumerate(lines):
        if line.strip():
            if unit == "line":
                spans.append((i, i))
            elif start < 0:
                start = i
        elif start >= 0:
            spans.append((start, i - 1))
            start = -1
    if start >= 0:
        spans.append((start, len(lines) - 1))
    return spans


def unit_hashes(norm_lines: list[str], spans: list[tuple[int, int]], min_words: int) -> np.ndarray:
    """64-bit hash of each unit's normal form (0 for a unit too short to judge)."""
    out = np.zeros(len(spans), dtype=np.uint64)
    for k, (a, b) in enumerate(spans):
        norm = norm_lines[a] if a == b else " ".join(s for s in norm_lines[a : b + 1] if s)
        if norm and norm.count(" ") + 1 >= min_words:
            out[k] = xxhash.xxh3_64_intdigest(norm.encode("utf-8", "surrogatepass")) | 1
    return out


class DedupLines(CorpusStep):
    """Remove lines (or paragraphs) repeated across documents, recording each cut.

    Parameters (defaults and their source):
    - scope: "host" (site boilerplate: a unit found in ≥ min_docs documents of one host and in
      ≥ min_frac of that host's documents is cut from all of them, reason `site_boilerplate`) or
      "global" (CCNet, Wenzek et al. 2020: a unit seen before anywhere in the corpus is cut from
      every later document, reason `duplicate_line` / `duplicate_paragraph`).
    - unit: "line" or "paragraph" (a run of non-blank lines; CCNet's 'paragraph' is a line).
    - min_docs: documents of one host that must share a unit (5; tamis default: a footer or
      disclaimer recurs on far more pages, a quoted sentence seldom on five).
    - min_frac: share of the host's documents that must share it (0.1; tamis default).
    - min_words: shorter units are never cut (1: CCNet judges every non-empty line).
    - global_buckets: hash buckets of the global scope's shuffle (more buckets, smaller groups).
    Documents without a host (no URL) are left alone in host scope.
    """

    name: ClassVar[str] = "dedup_lines"
    fields: ClassVar[dict[str, str]] = {"lines_removed": "int64"}

    def __init__(
        self,
        scope: str = "host",
        unit: str = "line",
        min_docs: int = 5,
        min_frac: float = 0.1,
        min_words: int = 1,
        global_buckets: int = 1024,
    ) -> None:
        self.scope = scope
        self.unit = unit
        self.min_docs = min_docs
        self.min_frac = min_frac
        self.min_words = min_words
        self.global_buckets = global_buckets
        check_choice("scope", scope, SCOPES)
        check_choice("unit", unit, UNITS)
        if min_docs < 2:
            raise ValueError("min_docs must be ≥ 2")
        if global_buckets < 1:
            raise ValueError("global_buckets must be ≥ 1")

    @property
    def reason(self) -> str:
        """The removal reason this configuration records."""
        return "site_boilerplate" if self.scope == "host" else f"duplicate_{self.unit}"

    def _hashes(self, doc: Document) -> tuple[list[tuple[int, int]], np.ndarray]:
        spans = units_of(doc.view.lines, self.unit)
        return spans, unit_hashes(unit_lines(doc.text), spans, self.min_words)

    def keys(self, doc: Document) -> Iterable[tuple[Any, Any]]:
        """Host scope: (host, the document's distinct unit hashes). Global: one key per hash bucket."""
        if doc.kind != "text":
            return []
        if self.scope == "host":
            host = host_of(doc.url) or doc.metadata.get("host")
            if not host:
                return []
        _, h = self._hashes(doc)
        h = np.unique(h[h != 0])
        if h.size == 0:
            return []
        if self.scope == "host":
            return [(("h", host), h.tobytes())]
        bucket = ((h >> np.uint64(32)) % np.uint64(self.global_buckets)).astype(np.int64)
        order = np.argsort(bucket, kind="stable")
        h, bucket = h[order], bucket[order]
        cuts = np.flatnonzero(np.diff(bucket)) + 1
        return [(("g", int(part_b[0])), part.tobytes()) for part, part_b in
                zip(np.split(h, cuts), np.split(bucket, cuts), strict=True)]

    def decide(self, key: Any, items: list[tuple[Ref, Any]]) -> Iterable[tuple[Ref, Any]]:
        """Yield (ref, ("l", hashes to cut)) for each document that loses units."""
        if len(items) < 2:
            return
        items = sorted(items, key=lambda it: it[0])
        arrays = [np.frombuffer(v, dtype=np.uint64) for _, v in items]
        owner = np.repeat(np.arange(len(arrays)), [a.size for a in arrays])
        h = np.concatenate(arrays)
        if self.scope == "host":
            uniq, counts = np.unique(h, return_counts=True)
            need = max(self.min_docs, self.min_frac * len(items))
            cut = uniq[counts >= need]
            if cut.size == 0:
                return
            hit = np.isin(h, cut)
        else:
            # Sorted by hash then by document order: every occurrence after a hash's first is cut.
            order = np.lexsort((owner, h))
            hs = h[order]
            later = np.zeros(hs.size, dtype=bool)
            later[1:] = hs[1:] == hs[:-1]
            hit = np.zeros(h.size, dtype=bool)
            hit[order] = later
        for i in np.unique(owner[hit]).tolist():
            yield items[i][0], ("l", h[hit & (owner == i)].tobytes())

    def apply(self, doc: Document, decisions: list[Any]) -> Document:
        """Cut the units named by the decisions; reject the document if no word is left."""
        cut = [np.frombuffer(d[1], dtype=np.uint64) for d in decisions if d and d[0] == "l"]
        if not cut:
            return doc
        drop_set = np.concatenate(cut)
        spans, h = self._hashes(doc)
        hit = np.isin(h, drop_set) & (h != 0)
        drops = {i: self.reason for k in np.flatnonzero(hit).tolist()
                 for i in range(spans[k][0], spans[k][1] + 1)}
        if not drops:
            return doc
        doc.drop_lines(drops, self.name)
        doc.metadata["lines_removed"] = doc.metadata.get("lines_removed", 0) + len(drops)
        if not doc.view.words:
            doc.reject(f"{self.reason}: no text left", self.name)
        return doc
