"""Where a big file can be cut: byte ranges aligned on records, found again by each reader."""
from __future__ import annotations

import zlib

from tamis.read import Piece
from tamis.storage import file_size, open_arrow_input, open_input

GZIP_MAGIC = b"\x1f\x8b\x08"


def split_file(path: str, fmt: str, shard_bytes: int) -> list[Piece]:
    """Pieces of one file: the whole file, or ranges when it is big and splittable."""
    size = file_size(path)
    if size <= shard_bytes:
        return [Piece(path, fmt, size=size)]
    if fmt == "parquet":
        return _split_parquet(path, size, shard_bytes)
    lower = path.lower()
    splittable = (fmt == "jsonl" and not lower.endswith((".gz", ".zst", ".bz2"))) or (
        fmt == "warc" and (not lower.endswith(".gz") or _multi_member_gzip(path))
    )
    if not splittable:
        return [Piece(path, fmt, size=size)]
    return [Piece(path, fmt, s, min(s + shard_bytes, size), min(shard_bytes, size - s))
            for s in range(0, size, shard_bytes)]


def _split_parquet(path: str, size: int, shard_bytes: int) -> list[Piece]:
    import pyarrow.parquet as pq

    try:
        md = pq.ParquetFile(open_arrow_input(path)).metadata
    except Exception:
        return [Piece(path, "parquet", size=size)]
    pieces: list[Piece] = []
    start, acc = 0, 0
    for i in range(md.num_row_groups):
        acc += md.row_group(i).total_byte_size
        if acc >= shard_bytes:
            pieces.append(Piece(path, "parquet", start, i + 1, acc))
            start, acc = i + 1, 0
    if start < md.num_row_groups or not pieces:
        pieces.append(Piece(path, "parquet", start, md.num_row_groups, acc))
    return pieces


def _multi_member_gzip(path: str) -> bool:
    """True when the gzip file holds more than one member (one per WARC record), so it can be cut."""
    with open_input(path) as f:
        data = f.read(4 << 20)
    d = zlib.decompressobj(31)
    try:
        d.decompress(data)
    except zlib.error:
        return False
    return d.eof and d.unused_data.startswith(GZIP_MAGIC)


def next_gzip_member(f, start: int, end: int) -> int | None:
    """Offset of the first gzip member at or after `start` that decompresses to a WARC record."""
    pos = start
    while pos < end:
        f.seek(pos)
        buf = f.read(1 << 20)
        if not buf:
            return None
        i = buf.find(GZIP_MAGIC)
        while i != -1:
            f.seek(pos + i)
            try:
                head = zlib.decompressobj(31).decompress(f.read(65536), 16)
            except zlib.error:
                head = b""
            if head.startswith(b"WARC/"):
                return pos + i
            i = buf.find(GZIP_MAGIC, i + 1)
        pos += max(1, len(buf) - 2)
    return None


def next_warc_header(f, start: int, end: int) -> int | None:
    """Offset of the first line starting with 'WARC/1.' at or after `start` (uncompressed WARC)."""
    pos = max(0, start - 1)
    while pos < end:
        f.seek(pos)
        buf = f.read(1 << 20)
        if not buf:
            return None
        i = buf.find(b"\nWARC/1.")
        if i != -1:
            return pos + i + 1
        pos += max(1, len(buf) - 8)
    return None
