"""Steps the report tests run through the real engine, named "tests.report.plugin_steps:Class"."""
from __future__ import annotations

import xxhash

from tamis.document import Document
from tamis.steps import CorpusStep, Step


class CutJunk(Step):
    """Cuts lines holding 'cookie' (reason `boilerplate:cookie`) and repeated lines (`repetition`),
    rejects texts shorter than `min_chars` (reason `too_short`) and pages starting with `REJECT:`
    (the first line as the reason)."""

    name = "cut_junk"
    fields = {"language": "string"}

    def __init__(self, min_chars: int = 40) -> None:
        self.min_chars = min_chars

    def process(self, doc: Document) -> Document:
        if doc.text.startswith("REJECT:"):
            # A reason taken from the page itself: the report must show it as text.
            return doc.reject(doc.text.split("\n", 1)[0], self.name)
        drops: dict[int, str] = {}
        seen: set[str] = set()
        for i, line in enumerate(doc.view.lines):
            if "cookie" in line.lower():
                drops[i] = "boilerplate:cookie"
            elif line.strip() and line in seen:
                drops[i] = "repetition"
            seen.add(line)
        doc.drop_lines(drops, self.name)
        doc.metadata["language"] = "fr" if " le " in doc.text else "en"
        if len(doc.text) < self.min_chars:
            doc.reject(f"too_short: {len(doc.text)} < {self.min_chars}", self.name)
        return doc


class Dedup(CorpusStep):
    """Exact duplicates: keeps the first copy, writes cluster_id/cluster_size on it and
    duplicate_of/cluster_id on the others (as the dedup steps do)."""

    name = "dedup_test"
    fields = {"cluster_id": "string", "cluster_size": "int64", "duplicate_of": "string"}

    def keys(self, doc: Document):
        yield xxhash.xxh3_64_hexdigest(doc.text.encode()), doc.id

    def decide(self, key, items):
        items = sorted(items)
        first_ref, first_id = items[0]
        yield first_ref, ("keep", key, len(items))
        for ref, _ in items[1:]:
            yield ref, ("dup", key, first_id)

    def apply(self, doc: Document, decisions):
        for kind, key, val in decisions:
            if kind == "keep":
                if val > 1:
                    doc.metadata["cluster_id"] = key
                    doc.metadata["cluster_size"] = val
            else:
                doc.metadata["cluster_id"] = key
                doc.metadata["duplicate_of"] = val
                doc.reject(f"duplicate: of {val}", self.name)
        return doc
