"""One document per file: plain text (.txt, .md) and HTML pages."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tamis.document import Document
from tamis.read import Piece, too_large
from tamis.read.decode import decode_bytes, looks_binary
from tamis.read.jsonl import open_maybe_compressed
from tamis.storage import file_size


def read_single(piece: Piece, opts: dict[str, Any]) -> Iterator[Document]:
    """The file as one Document; its id and source are the path."""
    max_bytes = int(opts.get("max_record_bytes") or 100 << 20)
    # (a file that is not compressed is opened as it is)
    with open_maybe_compressed(piece.path) as f:
        data = f.read(max_bytes + 1)
    # a compressed file's size is its content's (a bigger one reads as max_bytes + 1)
    size = len(data) if piece.path.lower().endswith((".gz", ".zst", ".bz2")) else file_size(piece.path)
    if size > max_bytes:
        doc = Document(piece.path, data[:65536].decode("utf-8", "replace"), source=piece.path)
        yield too_large(doc, size, max_bytes)
        return
    if looks_binary(data):
        yield Document(piece.path, "", source=piece.path, metadata={"error": "binary content"}).reject(
            "unreadable: binary content", "read")
        return
    html = piece.fmt == "html"
    text = decode_bytes(data)
    meta = {"content_type": "text/html" if html else "text/plain"}
    yield Document(piece.path, text, source=piece.path, metadata=meta, kind="html" if html else "text",
                   size=len(data))
