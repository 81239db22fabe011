"""The two kinds of pipeline step: document steps and corpus steps.

A document step is `Document -> Document` (possibly rejected): pure, no shared state, picklable.
A corpus step needs the whole corpus and always runs in three phases that the engine drives:
`keys(doc)` per document -> the engine groups by key (its shuffle) -> `decide(key, items)` per
group -> optional `combine(decisions)` over all decisions (driver side, for global structure such
as connected components) -> `apply(doc, decisions)` per document. A step knows nothing about
processes or clusters.

Parameters: a step's `__init__` takes keyword parameters with their published defaults and keeps
each as an attribute of the same name; `params()` reads them back for `--print-config`.
"""
from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from tamis.document import Document

# A reference to a document inside the engine: (shard index, position in shard). Opaque to steps.
Ref = tuple[int, int]


def check_choice(name: str, value: Any, choices: Iterable[Any]) -> Any:
    """The value itself, or a ValueError naming the parameter and its valid values."""
    choices = tuple(choices)
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(str, choices))}, not {value!r}")
    return value


class Step:
    """Base of all steps."""

    name: ClassVar[str] = ""
    kind: ClassVar[str] = "document"
    # Metadata keys this step writes, as output columns: key -> Arrow type name
    # ("string", "float64", "int64", "bool"). Other metadata goes to the JSON `metadata` column.
    fields: ClassVar[dict[str, str]] = {}

    @classmethod
    def param_names(cls) -> list[str]:
        """Names of the keyword parameters the step accepts."""
        sig = inspect.signature(cls.__init__)
        kinds = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return [p.name for p in sig.parameters.values() if p.name != "self" and p.kind in kinds]

    def params(self) -> dict[str, Any]:
        """The effective parameters, as given or defaulted."""
        return {n: getattr(self, n) for n in self.param_names() if hasattr(self, n)}

    def process(self, doc: Document) -> Document:
        """Transform or reject one document (document steps)."""
        raise NotImplementedError

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """Process a batch; steps that gain from batching override this."""
        return [self.process(d) for d in docs]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.params()})"


class CorpusStep(Step):
    """A step that needs all documents: keys -> shuffle -> decide -> combine -> apply."""

    kind: ClassVar[str] = "corpus"

    def keys(self, doc: Document) -> Iterable[tuple[Any, Any]]:
        """Yield (key, value) pairs for one document; key must be hashable and picklable."""
        raise NotImplementedError

    def decide(self, key: Any, items: list[tuple[Ref, Any]]) -> Iterable[tuple[Ref, Any]]:
        """Given all (ref, value) of one key, yield (ref, decision) for the documents concerned."""
        raise NotImplementedError

    def combine(self, decisions: Iterable[tuple[Ref, Any]]) -> Iterator[tuple[Ref, Any]]:
        """Global pass over all decisions (e.g. union-find over pair edges); identity by default."""
        yield from decisions

    def apply(self, doc: Document, decisions: list[Any]) -> Document:
        """Apply the decisions that concern one document (an empty list when none)."""
        raise NotImplementedError
