"""Length rule: bounds on words and characters."""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tamis.document import Document
from tamis.filters.base import Check, RuleStep


class Length(RuleStep):
    """Keep documents whose word and character counts lie within bounds."""

    name = "length"
    prefix = "length_"
    fields: ClassVar[dict[str, str]] = {"length_n_words": "int64", "length_n_chars": "int64"}

    def __init__(
        self,
        min_words: int | None = 50,
        max_words: int | None = 100_000,
        min_chars: int | None = None,
        max_chars: int | None = None,
        mode: str = "filter",
    ) -> None:
        """Word bounds 50 and 100,000 from RefinedWeb (Penedo et al. 2023, table 11, after
        Gopher); character bounds off by default (set them for byte-budgeted corpora)."""
        self.min_words = min_words
        self.max_words = max_words
        self.min_chars = min_chars
        self.max_chars = max_chars
        self._set_mode(mode)

    def checks(self, doc: Document) -> Iterator[Check]:
        """Characters first (free), then words."""
        view = doc.view
        yield "n_chars", view.n_chars, self.min_chars, "min"
        yield "n_chars", view.n_chars, self.max_chars, "max"
        if self.mode == "annotate" or self.min_words is not None or self.max_words is not None:
            yield "n_words", view.n_words, self.min_words, "min"
            yield "n_words", view.n_words, self.max_words, "max"
