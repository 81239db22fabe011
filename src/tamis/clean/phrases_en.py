"""Whole furniture lines for `remove_boilerplate`'s phrase tables (see `patterns.py`), written from
knowledge of real sites: exact lines, already normalized (`boilerplate.normalize_line`: lower case,
single spaces, straight apostrophes, no punctuation at either end). They cost one dict lookup a line."""
from __future__ import annotations

# language -> class -> {"strong": [...], "weak": [...]} (and "header" for related-list titles)
PHRASES: dict[str, dict[str, dict[str, list[str]]]] = {}
