"""Exact duplicate removal: a 128-bit hash of the normalized text (xxh3), optionally of the URL."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import xxhash

from tamis.dedup.cluster import Meta, check_keep, cluster_decisions, doc_meta, keeper_order, ref_to_int
from tamis.dedup.normalize import text_key, url_key
from tamis.document import Document
from tamis.steps import CorpusStep, Ref, check_choice

BY_MODES = ("text", "url", "text+url")
NORMALIZE_MODES = ("words", "whitespace", "none")


class DedupExact(CorpusStep):
    """Remove documents whose normalized text (or URL) equals another's, keeping one per group.

    Parameters (defaults and their source):
    - by: "text" (hash of the normalized text; C4 / RefinedWeb exact dedup), "url" (normalized URL;
      the first dedup of a crawl), or "text+url" (both; groups that share a document are merged by
      union-find, so a keeper is never removed through the other key).
    - normalize: "words" (lower-cased words only: datatrove's simplified-text exact dedup),
      "whitespace" (spacing only) or "none".
    - keep: "first", "longest", "newest" (`date_field`), "quality" (`quality_field`).
    """

    name: ClassVar[str] = "dedup_exact"
    fields: ClassVar[dict[str, str]] = {
        "exact_cluster_id": "string",
        "exact_cluster_size": "int64",
        "duplicate_of": "string",
    }

    def __init__(
        self,
        by: str = "text",
        normalize: str = "words",
        keep: str = "first",
        date_field: str = "date",
        quality_field: str = "quality",
    ) -> None:
        self.by = by
        self.normalize = normalize
        self.keep = keep
        self.date_field = date_field
        self.quality_field = quality_field
        check_choice("by", by, BY_MODES)
        check_choice("normalize", normalize, NORMALIZE_MODES)
        check_keep(keep)

    def keys(self, doc: Document) -> Iterable[tuple[Any, Any]]:
        """("t", text hash) and/or ("u", URL hash), each with the document's keep-policy facts."""
        if doc.kind != "text":
            return []
        meta = doc_meta(doc, self.date_field, self.quality_field)
        out = []
        if self.by in ("text", "text+url"):
            norm = text_key(doc.text, self.normalize)
            if norm:
                out.append((("t", xxhash.xxh3_128_intdigest(norm.encode("utf-8", "surrogatepass"))), meta))
        if self.by in ("url", "text+url"):
            url = url_key(doc.url)
            if url:
                out.append((("u", xxhash.xxh3_64_intdigest(url.encode("utf-8", "surrogatepass"))), meta))
        return out

    def decide(self, key: Any, items: list[tuple[Ref, Any]]) -> Iterable[tuple[Ref, Any]]:
        """One key: the keeper and its copies, final unless both keys are used (then edges)."""
        if len(items) < 2:
            return
        items = sorted(items, key=lambda it: it[0])
        refs = [ref_to_int(r) for r, _ in items]
        metas: list[Meta] = [m for _, m in items]
        if self.by == "text+url":
            # Star edges to the first member; combine merges the text and URL groups.
            for (ref, meta) in items[1:]:
                yield ref, ("e", items[0][0], 1.0, meta, metas[0])
            return
        ranked = keeper_order(refs, metas, self.keep)
        kid = metas[ranked[0]][0]
        for i, (ref, _) in enumerate(items):
            yield ref, ("x", kid, len(items), None if i == ranked[0] else kid, key[0])

    def combine(self, decisions: Iterable[tuple[Ref, Any]]) -> Iterator[tuple[Ref, Any]]:
        """Identity for one key kind; union-find over both kinds' groups for "text+url"."""
        if self.by != "text+url":
            return iter(decisions)
        return cluster_decisions(decisions, self.keep)

    def apply(self, doc: Document, decisions: list[Any]) -> Document:
        """Record the group; reject a copy with `duplicate_of` naming the document kept."""
        for d in decisions:
            if d[0] == "x":
                _, kid, size, dup_of, kind = d
                what = "text" if kind == "t" else "url"
            elif d[0] == "c":
                _, kid, size, dup_of, _, _ = d
                what = "text or url"
            else:
                continue
            doc.metadata["exact_cluster_id"] = kid
            doc.metadata["exact_cluster_size"] = size
            if dup_of is not None and not doc.rejected:
                doc.metadata["duplicate_of"] = dup_of
                doc.reject(f"exact_duplicate: same {what} as {dup_of} ({size} copies)", self.name)
        return doc
