"""HTML extraction steps (main text and metadata), by name (module:Class).

`decode_html` (bytes -> str) is importable from here for the readers; it is loaded on first use so
that importing the package stays free.
"""
from __future__ import annotations

from typing import Any

STEPS: dict[str, str] = {"extract": "tamis.extract.step:Extract"}


def __getattr__(name: str) -> Any:
    if name == "decode_html":
        from tamis.extract.encoding import decode_html

        return decode_html
    if name == "extract_html":
        from tamis.extract.core import extract_html

        return extract_html
    raise AttributeError(name)
