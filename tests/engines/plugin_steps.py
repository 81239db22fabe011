"""Steps used by the engine tests, loaded by the engine as "tests.engines.plugin_steps:Class"."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import xxhash

from tamis.document import Document
from tamis.steps import CorpusStep, Step


class RejectShort(Step):
    """Rejects texts shorter than `min_chars`."""

    name = "reject_short"
    fields = {"n_chars": "int64"}

    def __init__(self, min_chars: int = 20) -> None:
        self.min_chars = min_chars

    def process(self, doc: Document) -> Document:
        doc.metadata["n_chars"] = len(doc.text)
        if len(doc.text) < self.min_chars:
            doc.reject(f"too_short: {len(doc.text)} < {self.min_chars}", self.name)
        return doc


class KillOnce(Step):
    """Kills its whole process group (SIGKILL) at one document, once: a crash in the middle of a run."""

    name = "kill_once"

    def __init__(self, doc_id: str = "", sentinel: str = "") -> None:
        self.doc_id = doc_id
        self.sentinel = sentinel

    def process(self, doc: Document) -> Document:
        if doc.id == self.doc_id and not Path(self.sentinel).exists():
            Path(self.sentinel).write_text("killed")
            os.killpg(os.getpgid(0), signal.SIGKILL)
        return doc


class ExactDup(CorpusStep):
    """Keeps the first copy (lowest ref) of each exact text."""

    name = "exact_dup"
    fields = {"dup_count": "int64"}

    def keys(self, doc: Document):
        yield xxhash.xxh3_64_intdigest(doc.text.encode()), doc.id

    def decide(self, key, items):
        items = sorted(items)
        first_ref, first_id = items[0]
        yield first_ref, ("keep", len(items))
        for ref, _ in items[1:]:
            yield ref, ("dup", first_id)

    def apply(self, doc: Document, decisions):
        for kind, val in decisions:
            if kind == "keep":
                doc.metadata["dup_count"] = val
            else:
                doc.reject(f"duplicate: of {val}", self.name)
        return doc
