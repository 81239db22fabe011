"""The shape shared by every quality rule: measure signals, then either judge or annotate.

A rule step yields its checks one by one: (signal, measured value, threshold, direction). In
`filter` mode the first check that fails rejects the document with a reason naming the signal
and the value (`gopher_repetition: dup_para_frac 0.42 > 0.30`); later signals are never
computed, which is where the speed comes from. In `annotate` mode every signal is measured and
written to `doc.metadata` under the step's `prefix` (declared in `fields`, so they become typed
columns), and nothing is dropped: a user re-thresholds later with DuckDB or pandas.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from tamis.document import Document
from tamis.steps import Step, check_choice

MODES = ("filter", "annotate")


def checked_mode(mode: str) -> str:
    """The mode itself, or a ValueError naming the valid ones."""
    return check_choice("mode", mode, MODES)

# (signal name, measured value, threshold or None when the rule is off, "max" | "min")
# "max": the document fails when value > threshold; "min": when value < threshold.
Check = tuple[str, float, "float | None", str]


def format_value(x: Any) -> str:
    """A short, stable rendering of a measured value or threshold for reasons."""
    if isinstance(x, bool):
        return str(x).lower()
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        if x.is_integer() and abs(x) >= 10:
            return str(int(x))
        return f"{x:.2f}" if abs(x) >= 0.01 or x == 0 else f"{x:.4f}"
    return str(x)


class RuleStep(Step):
    """Base of the rule steps: subclasses implement `checks(doc)` and declare `fields`."""

    # Metadata key prefix of the signals in annotate mode ("gopher_" -> "gopher_dup_line_frac").
    prefix: ClassVar[str] = ""
    mode: str

    def _set_mode(self, mode: str) -> None:
        self.mode = checked_mode(mode)

    def checks(self, doc: Document) -> Iterator[Check]:
        """Yield the rule's checks in order (cheap ones first)."""
        raise NotImplementedError

    def applies(self, doc: Document) -> bool:
        """Whether the rule judges this document at all (e.g. only some languages)."""
        return doc.kind == "text"

    def process(self, doc: Document) -> Document:
        """Judge (filter mode) or annotate (annotate mode) one document."""
        if not self.applies(doc):
            return doc
        if self.mode == "annotate":
            meta = doc.metadata
            for signal, value, _thr, _direction in self.checks(doc):
                meta[self.prefix + signal] = value
            return doc
        for signal, value, thr, direction in self.checks(doc):
            if thr is None:
                continue
            if direction == "max" and value > thr:
                return doc.reject(f"{self.name}: {signal} {format_value(value)} > {format_value(thr)}", self.name)
            if direction == "min" and value < thr:
                return doc.reject(f"{self.name}: {signal} {format_value(value)} < {format_value(thr)}", self.name)
        return doc


def doc_language(doc: Document) -> str | None:
    """The language a previous `language` step wrote, if any."""
    lang = doc.metadata.get("language")
    return lang if isinstance(lang, str) and lang else None


def language_matches(lang: str | None, wanted: list[str] | tuple[str, ...]) -> bool:
    """Whether a language code is one of the wanted ones ("zh" matches "zh-Hant")."""
    if lang is None:
        return False
    return lang in wanted or lang.split("-")[0] in wanted
