"""The shared analysis of a text: lines, paragraphs and words, computed lazily once per text.

Every step reads `doc.view` instead of splitting the text again; the peers re-tokenize in every
filter, which is where their time goes.
"""
from __future__ import annotations

import re
from functools import cached_property

# A word is a run of letters/digits (Unicode \w), with inner apostrophes and hyphens kept;
# ideographs (Han, Kana) and Thai have no spaces between words, so each of their characters
# counts as one word, a choice that keeps word counts comparable across scripts.
_NOSPACE = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_RE = re.compile(rf"[{_NOSPACE}]|(?:(?![{_NOSPACE}])\w)+(?:['’\-](?:(?![{_NOSPACE}])\w)+)*")
PARA_SPLIT_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


class TextView:
    """Lazy, cached analysis of one text. Never mutate what it returns."""

    __slots__ = ("__dict__", "text")

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lines(self) -> list[str]:
        """The text split on newlines (blank lines included)."""
        return self.text.split("\n")

    @cached_property
    def nonblank_lines(self) -> list[str]:
        """Lines with content, stripped."""
        return [s for s in (line.strip() for line in self.lines) if s]

    @cached_property
    def paragraphs(self) -> list[str]:
        """Blocks separated by blank lines, stripped, empty ones dropped."""
        return [p for p in (b.strip() for b in PARA_SPLIT_RE.split(self.text)) if p]

    @cached_property
    def words(self) -> list[str]:
        """Words of the whole text, by Unicode word boundaries (no spaCy)."""
        return WORD_RE.findall(self.text)

    @cached_property
    def line_words(self) -> list[list[str]]:
        """Words of each line, aligned with `lines`."""
        return [WORD_RE.findall(line) for line in self.lines]

    @cached_property
    def n_words(self) -> int:
        """Number of words."""
        return len(self.words)

    @cached_property
    def n_bytes(self) -> int:
        """UTF-8 size of the text."""
        return len(self.text.encode("utf-8", "surrogatepass"))


def split_words(text: str) -> list[str]:
    """Words of any text, the same way the view splits them."""
    return WORD_RE.findall(text)
