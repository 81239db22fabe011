"""Runs steps over an in-memory list of documents in this process: for `tamis clean`, the Python
API on small inputs, and tests of corpus steps. Same semantics as the local engine."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from tamis.document import Document
from tamis.steps import CorpusStep, Step


def run_document_step(step: Step, docs: list[Document]) -> list[Document]:
    """Run a document step on the live documents; rejected ones pass through untouched."""
    live = [d for d in docs if not d.rejected]
    if live:
        step.process_batch(live)
    return docs


def run_corpus_step(step: CorpusStep, docs: list[Document], shard_size: int = 0) -> list[Document]:
    """Run a corpus step's keys -> group -> decide -> combine -> apply on live documents.

    `shard_size` > 0 assigns refs as if the documents were cut into shards of that size, so that
    tests can exercise duplicates that land in different shards.
    """
    refs = {}
    groups: dict[object, list] = defaultdict(list)
    for i, d in enumerate(docs):
        if d.rejected:
            continue
        ref = (i // shard_size, i % shard_size) if shard_size else (0, i)
        refs[ref] = d
        for key, value in step.keys(d):
            groups[key].append((ref, value))
    decided: list = []
    for key, items in groups.items():
        decided.extend(step.decide(key, items))
    per_doc: dict = defaultdict(list)
    for ref, decision in step.combine(iter(decided)):
        per_doc[ref].append(decision)
    for ref, d in refs.items():
        step.apply(d, per_doc.get(ref, []))
    return docs


def run_steps(steps: Iterable[Step], docs: list[Document], shard_size: int = 0) -> list[Document]:
    """Run a list of steps in order over the documents; returns the same list."""
    for step in steps:
        if isinstance(step, CorpusStep):
            run_corpus_step(step, docs, shard_size)
        else:
            run_document_step(step, docs)
    return docs
