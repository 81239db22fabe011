"""FineWeb's own quality rules, from Penedo et al. 2024, "The FineWeb Datasets" §3.3 (as released
in datatrove's FineWebQualityFilter): punctuated lines, short lines, duplicated lines, lists."""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tamis.document import Document
from tamis.filters.base import Check, RuleStep
from tamis.filters.gopher import duplicates

# Sentence-final punctuation across scripts (Unicode Sentence_Terminal, main forms): Latin,
# full-width and CJK, Devanagari dandas, Arabic and Urdu, Armenian, Ethiopic, Myanmar, Khmer,
# Syriac, Mongolian, Tibetan-adjacent, and the doubled forms. Quotes do not count, as in FineWeb.
TERMINAL_PUNCTUATION = tuple(
    ".!?\u3002\uff0e\uff01\uff1f\uff61\u061f\u06d4\u0964\u0965\u0589\u1362\u1367\u1368\u104a\u104b"
    "\u17d4\u17d5\u0700\u0701\u0702\u1803\u1809\u203c\u203d\u2047\u2048\u2049\ufe52\ufe56\ufe57"
    "\u07f9\u0f0d\ua4ff\ua60e\ua60f\ua6f3\ua6f7\u2e2e\u2e3c\u1944\u1945\u0df4"
)


class FineWeb(RuleStep):
    """FineWeb's rules: share of lines ending in punctuation, short lines, duplicated line
    characters, and newlines per word (list-like pages)."""

    name = "fineweb"
    prefix = "fineweb_"
    fields: ClassVar[dict[str, str]] = {
        "fineweb_n_lines": "int64",
        "fineweb_line_punct_ratio": "float64",
        "fineweb_short_line_ratio": "float64",
        "fineweb_dup_line_char_ratio": "float64",
        "fineweb_list_ratio": "float64",
    }

    def __init__(
        self,
        line_punct_ratio: float | None = 0.12,
        line_punct_exclude_zero: bool = False,
        short_line_ratio: float | None = 0.67,
        short_line_length: int = 30,
        dup_line_char_ratio: float | None = 0.01,
        list_ratio: float | None = 0.3,
        mode: str = "filter",
    ) -> None:
        """Thresholds from FineWeb (Penedo et al. 2024 §3.3, datatrove FineWebQualityFilter):

        - `line_punct_ratio`: at least 0.12 of non-blank lines end in terminal punctuation
          (`line_punct_exclude_zero`: do not judge pages where none does).
        - `short_line_ratio`: at most 0.67 of non-blank lines are `short_line_length` (30)
          characters or shorter.
        - `dup_line_char_ratio`: characters of lines repeating an earlier line, at most 0.01 of
          the characters outside newlines.
        - `list_ratio`: newlines per word at most 0.3.
        """
        self.line_punct_ratio = line_punct_ratio
        self.line_punct_exclude_zero = line_punct_exclude_zero
        self.short_line_ratio = short_line_ratio
        self.short_line_length = short_line_length
        self.dup_line_char_ratio = dup_line_char_ratio
        self.list_ratio = list_ratio
        self._set_mode(mode)

    def checks(self, doc: Document) -> Iterator[Check]:
        """FineWeb's checks, in FineWeb's order."""
        view = doc.view
        lines = view.nonblank_lines
        annotate = self.mode == "annotate"
        yield "n_lines", len(lines), 1, "min"
        if not lines:
            return
        n = len(lines)
        if annotate or self.line_punct_ratio is not None:
            ratio = sum(1 for s in lines if s.endswith(TERMINAL_PUNCTUATION)) / n
            thr = self.line_punct_ratio
            if ratio == 0 and self.line_punct_exclude_zero:
                thr = None
            yield "line_punct_ratio", ratio, thr, "min"
        if annotate or self.short_line_ratio is not None:
            limit = self.short_line_length
            yield "short_line_ratio", sum(1 for s in lines if len(s) <= limit) / n, self.short_line_ratio, "max"
        text = view.text
        if annotate or self.dup_line_char_ratio is not None:
            chars = max(len(text) - text.count("\n"), 1)
            yield "dup_line_char_ratio", duplicates(lines)[1] / chars, self.dup_line_char_ratio, "max"
        if annotate or self.list_ratio is not None:
            yield "list_ratio", text.count("\n") / max(view.n_words, 1), self.list_ratio, "max"
