"""Readers: inputs -> shards of bounded size -> Documents, each knowing exactly where it came from.

A shard is a list of pieces; a piece is a whole file or a range inside one (byte range for WARC
and uncompressed JSONL, row groups for Parquet), so N workers can share one big file and many
small files are bundled into one shard.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tamis.document import Document


@dataclass(frozen=True)
class Piece:
    """A whole file (start=end=None) or a range of it: bytes for WARC/JSONL, row groups for Parquet."""

    path: str
    fmt: str
    start: int | None = None
    end: int | None = None
    size: int = 0


@dataclass
class Shard:
    """A unit of work: pieces read by one worker, bounded in bytes."""

    index: int
    pieces: list[Piece] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Planned bytes (file bytes, compressed where the file is)."""
        return sum(p.size for p in self.pieces)


def plan_shards(files: list[tuple[str, str]], shard_bytes: int) -> list[Shard]:
    """Cut the input files into shards of about `shard_bytes`."""
    from tamis.read import splitting

    pieces: list[Piece] = []
    for path, fmt in files:
        pieces.extend(splitting.split_file(path, fmt, shard_bytes))
    shards: list[Shard] = []
    cur = Shard(0)
    for p in pieces:
        if cur.pieces and (cur.size + p.size > shard_bytes or p.start is not None):
            shards.append(cur)
            cur = Shard(len(shards))
        cur.pieces.append(p)
        if p.start is not None:
            shards.append(cur)
            cur = Shard(len(shards))
    if cur.pieces:
        shards.append(cur)
    return shards


def read_piece(piece: Piece, opts: dict[str, Any]) -> Iterator[Document]:
    """Documents of one piece; a broken file or record becomes an `unreadable` document."""
    fmt = piece.fmt
    try:
        if fmt == "warc":
            from tamis.read.warc import read_warc as reader
        elif fmt == "jsonl":
            from tamis.read.jsonl import read_jsonl as reader
        elif fmt == "parquet":
            from tamis.read.parquet import read_parquet as reader
        elif fmt in ("text", "html"):
            from tamis.read.single import read_single as reader
        else:
            yield unreadable(piece.path, piece.path, f"unknown input format: {os.path.basename(piece.path)}")
            return
        yield from reader(piece, opts)
    except Exception as e:
        yield unreadable(piece.path if piece.start is None else f"{piece.path}#{piece.start}",
                         piece.path, f"{type(e).__name__}: {e}")


def read_shard(shard: Shard, opts: dict[str, Any]) -> Iterator[Document]:
    """All documents of a shard, in a stable order."""
    for piece in shard.pieces:
        yield from read_piece(piece, opts)


def unreadable(source: str, path: str, error: str, text: str = "") -> Document:
    """A removal with reason `unreadable` carrying the error."""
    doc = Document(id=source, text=text, source=source, metadata={"error": error[:500]})
    doc.reject(f"unreadable: {error[:300]}", "read")
    return doc


def too_large(doc: Document, size: int, limit: int) -> Document:
    """A record over the size limit: removed with its first bytes kept for inspection."""
    doc.metadata["original_bytes"] = size
    doc.size = size
    doc.text = doc.text[:65536]
    return doc.reject(f"too_large: {size} bytes > {limit}", "read")
