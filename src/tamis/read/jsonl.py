"""JSON Lines reader (plain, .gz, .zst, .bz2); uncompressed files can be cut into byte ranges."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from tamis.document import Document
from tamis.extract.encoding import JSON_SURROGATE_BYTES, no_surrogates
from tamis.read import Piece, too_large, unreadable
from tamis.read.records import record_to_doc


def open_maybe_compressed(path: str) -> io.BufferedIOBase:
    """A binary stream of the decompressed content (a local path or a remote URI)."""
    from tamis.storage import is_remote, open_input

    lower = path.lower()
    if not is_remote(path):
        if lower.endswith(".gz"):
            import gzip

            return gzip.open(path, "rb")  # type: ignore[return-value]
        if lower.endswith(".bz2"):
            import bz2

            return bz2.open(path, "rb")  # type: ignore[return-value]
    raw = open_input(path)
    if lower.endswith(".gz"):
        import gzip

        g = gzip.GzipFile(fileobj=raw, mode="rb")
        g.myfileobj = raw  # closed with the GzipFile, as when gzip opens the file itself
        return g  # type: ignore[return-value]
    if lower.endswith(".bz2"):
        import bz2

        b = bz2.BZ2File(raw, "rb")
        b._closefp = True  # type: ignore[attr-defined]  # likewise
        return b  # type: ignore[return-value]
    if lower.endswith(".zst"):
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return raw  # type: ignore[return-value]


def read_jsonl(piece: Piece, opts: dict[str, Any]) -> Iterator[Document]:
    """Documents of a JSONL file; `source` is PATH#byte offset of the line (in the decompressed stream)."""
    max_bytes = int(opts.get("max_record_bytes") or 100 << 20)
    with open_maybe_compressed(piece.path) as f:
        pos = 0
        if piece.start:
            f.seek(piece.start - 1)
            if f.read(1) != b"\n":
                f.readline()
            pos = f.tell()
        while piece.end is None or pos < piece.end:
            try:
                line = f.readline(max_bytes + 1)
            except (OSError, EOFError, ValueError) as e:
                yield unreadable(f"{piece.path}#{pos}", piece.path, f"{type(e).__name__}: {e}")
                return
            if not line:
                return
            source = f"{piece.path}#{pos}"
            start = pos
            pos += len(line)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                rest = 0
                while True:
                    chunk = f.readline(1 << 20)
                    rest += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                pos += rest
                doc = Document(source, line[:65536].decode("utf-8", "replace"), source=source)
                yield too_large(doc, len(line) + rest, max_bytes)
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("a JSON line must be an object")
                if b"\\u" in line and JSON_SURROGATE_BYTES.search(line):
                    obj = no_surrogates(obj)  # ("\ud800" is valid JSON, and no character: no writer takes it)
            except (ValueError, RecursionError) as e:
                # (RecursionError: arrays or objects nested thousands deep; it ended the file's reading, and the
                # lines after it were lost)
                why = f"invalid JSON at byte {start}: {e}" if isinstance(e, ValueError) else \
                    f"JSON nested too deep at byte {start}"
                yield unreadable(source, piece.path, why, line[:4096].decode("utf-8", "replace"))
                continue
            try:
                doc = record_to_doc(obj, source, opts)
            except RecursionError:  # (a field nested too deep to be written back as JSON metadata)
                doc = unreadable(source, piece.path, f"JSON nested too deep at byte {start}",
                                 line[:4096].decode("utf-8", "replace"))
            yield doc
