"""The Python API behind `tamis.clean` and `tamis clean`: the document steps on one document."""
from __future__ import annotations

from typing import Any

from tamis.document import Document


def _document_steps(config: str | None, preset: str | None) -> list[Any]:
    from tamis.pipeline import Pipeline
    from tamis.steps import CorpusStep

    if config:
        p = Pipeline.from_yaml(config)
    elif preset:
        p = Pipeline.preset(preset)
    else:
        p = Pipeline()
    return [s for s in p.steps if not isinstance(s, CorpusStep)]


def clean_bytes(data: bytes, config: str | None = None, preset: str | None = None, url: str | None = None,
                name: str = "-") -> Document:
    """Decode, detect text or HTML, and run the document steps."""
    from tamis.read.decode import decode_bytes, looks_binary, looks_like_html

    if looks_binary(data):
        doc = Document(name, "", url, name)
        return doc.reject("unreadable: binary content", "read")
    text = decode_bytes(data)
    # (the decoded text's start: a page in UTF-16 opens with `<html` only once decoded)
    is_html = (name.lower().endswith((".html", ".htm", ".xhtml"))
               or looks_like_html(text[:1024].encode("utf-8", "surrogatepass")))
    return clean_document(Document(name, text, url, name, kind="html" if is_html else "text"), config, preset)


def clean_document(doc: Document, config: str | None = None, preset: str | None = None) -> Document:
    """Run the document steps of a pipeline on one Document."""
    from tamis.engines.memory import run_steps

    run_steps(_document_steps(config, preset), [doc])
    return doc


def clean_one(text_or_html: str, config: str | None = None, url: str | None = None) -> Document:
    """`tamis.clean`: text or HTML string in, cleaned Document out."""
    from tamis.read.decode import looks_like_html

    kind = "html" if looks_like_html(text_or_html[:1024].encode("utf-8", "surrogatepass")) else "text"
    return clean_document(Document("doc", text_or_html, url, "<string>", kind=kind), config)
