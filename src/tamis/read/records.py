"""A JSON or Parquet record -> Document, by the configured text / id / url / html fields."""
from __future__ import annotations

import json
from typing import Any

from tamis.document import Document

RESERVED = {"text", "id", "url", "source", "metadata", "removed", "reason", "step"}


def record_to_doc(obj: dict[str, Any], source: str, opts: dict[str, Any]) -> Document:
    """Build a Document; a missing text field is an `unreadable` removal naming the field."""
    text_field = opts.get("text_field") or "text"
    html_field = opts.get("html_field")
    id_field = opts.get("id_field") or "id"
    url_field = opts.get("url_field") or "url"
    rid = obj.get(id_field)
    rid = str(rid) if rid is not None else source
    url = obj.get(url_field)
    url = str(url) if url is not None else None
    meta: dict[str, Any] = {}
    for k, v in obj.items():
        if k in (text_field, id_field, url_field, html_field):
            continue
        if isinstance(v, (str, int, float, bool)) or v is None:
            meta[k] = v
        else:
            meta[k] = json.dumps(v, ensure_ascii=False, default=str)
    if html_field:
        html = obj.get(html_field)
        if isinstance(html, (bytes, bytearray)):
            # (a binary column holds the page as served: decoded as a page is, BOM, UTF-8, <meta charset>,
            # detection)
            from tamis.read.decode import decode_bytes

            html = decode_bytes(bytes(html))
        if isinstance(html, str):
            return Document(rid, html, url, source, meta, kind="html")
    text = obj.get(text_field)
    if not isinstance(text, str):
        doc = Document(rid, "", url, source, meta)
        why = f"no {text_field!r} field" if text is None else f"{text_field!r} is not a string"
        if html_field:
            why = f"no {html_field!r} or {text_field!r} field" if text is None else why
        return doc.reject(f"unreadable: {why}", "read")
    return Document(rid, text, url, source, meta)
