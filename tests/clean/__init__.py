"""Tests of the cleaning steps, and the helpers that build their test pages."""
from __future__ import annotations


def join_lines(parts: list[str]) -> str:
    """The lines of a test page, one per line."""
    return "\n".join(parts)


def join_paras(parts: list[str]) -> str:
    """Paragraphs separated by blank lines."""
    return "\n\n".join(parts)
