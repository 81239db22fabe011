"""Spill files: streams of pickled batches in zstd, written atomically; the shuffle's storage."""
from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import contextlib

import xxhash

from tamis.storage import RemotePath, open_input, publish, scratch_file


def partition_of(key: Any, n: int) -> int:
    """Stable partition of a key (Python's hash() is salted per process, so it cannot be used)."""
    return xxhash.xxh3_64_intdigest(repr(key).encode("utf-8", "surrogatepass")) % n


class SpillWriter:
    """Appends pickled batches to a zstd stream under a temp name; `close()` publishes it."""

    def __init__(self, path: Path | RemotePath, batch: int = 4096) -> None:
        import zstandard

        self.path = path if isinstance(path, RemotePath) else Path(path)
        if isinstance(self.path, RemotePath):
            # Object stores have no rename: written locally, uploaded whole on close.
            self.tmp = scratch_file(self.path.name)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self._raw = open(self.tmp, "wb")
        self._z = zstandard.ZstdCompressor(level=1).stream_writer(self._raw)
        self.buf: list[Any] = []
        self.batch = batch
        self.count = 0

    def add(self, item: Any) -> None:
        """Buffer one item."""
        self.buf.append(item)
        self.count += 1
        if len(self.buf) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Write the buffered items as one pickled batch."""
        if self.buf:
            pickle.dump(self.buf, self._z, protocol=pickle.HIGHEST_PROTOCOL)
            self.buf = []

    def close(self) -> Path | RemotePath:
        """Finish and rename (or upload) into place."""
        self.flush()
        self._z.close()
        self._raw.close() if not self._raw.closed else None
        publish(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the temp file."""
        with contextlib.suppress(Exception):
            self._z.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


def read_spill(path: Path | RemotePath) -> Iterator[Any]:
    """Items of a spill file, batch by batch."""
    import zstandard

    with open_input(path) as raw, zstandard.ZstdDecompressor().stream_reader(raw) as z:
        while True:
            try:
                batch = pickle.load(z)
            except EOFError:
                return
            yield from batch


def write_spill(path: Path | RemotePath, items: list[Any]) -> Path | RemotePath:
    """Write a whole list as one spill file."""
    w = SpillWriter(path)
    for it in items:
        w.add(it)
    return w.close()
