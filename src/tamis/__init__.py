"""tamis: turn raw web crawls into clean, deduplicated, documented text corpora."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from tamis.document import Document
    from tamis.pipeline import Pipeline

__all__ = ["Document", "Pipeline", "__version__", "clean"]


def __getattr__(name: str) -> Any:
    # Lazy so that `tamis clean` starts fast: nothing heavy is imported until used.
    if name == "Document":
        from tamis.document import Document

        return Document
    if name == "Pipeline":
        from tamis.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


def clean(text_or_html: str, config: str | None = None, url: str | None = None) -> Document:
    """Run the document steps of a pipeline (default: the built-in one) on one text or HTML page."""
    from tamis.api import clean_one

    return clean_one(text_or_html, config=config, url=url)
