"""Part writers: rows buffered into row groups, parts rolled over at a size bound, every file
written under a temporary name and renamed when complete."""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from tamis.document import Document
from tamis.storage import RemotePath
from tamis.write.schema import build_schema, doc_row

ROW_GROUP_BYTES = 16 << 20


class PartWriter:
    """Writes documents to `dir/prefix-NNN.parquet` (or `.jsonl.zst`) in parts of ~part_bytes."""

    def __init__(self, directory: Path | RemotePath, prefix: str, fields: dict[str, str], fmt: str = "parquet",
                 part_bytes: int = 128 << 20, tmp_dir: Path | None = None, compression: str = "zstd") -> None:
        # `directory` may be remote (the final names); temporary parts are always local files.
        self.dir = directory if isinstance(directory, RemotePath) else Path(directory)
        self.tmp_dir = Path(tmp_dir or directory)
        self.prefix = prefix
        self.fields = fields
        self.fmt = fmt
        self.part_bytes = part_bytes
        self.compression = compression
        self.schema = build_schema(fields)
        self.rows: list[dict[str, Any]] = []
        # Parquet: each row's text as UTF-8 (the reader's own bytes when the text is still what was read)
        self.utf8: list[bytes] = []
        self.buf_bytes = 0
        self.part_index = 0
        self.part_written = 0
        self._writer: Any = None
        self._tmp: Path | None = None
        self.finished: list[tuple[Path, Path | RemotePath]] = []  # (temporary file, final name)
        self.count = 0
        self.text_bytes = 0

    @property
    def suffix(self) -> str:
        """File name suffix of the parts."""
        return ".parquet" if self.fmt == "parquet" else ".jsonl.zst"

    def write(self, doc: Document) -> None:
        """Buffer one document; flushes a row group / rolls a part when the bounds are reached."""
        row = doc_row(doc, self.fields)
        self.rows.append(row)
        if self.fmt == "parquet":
            self.utf8.append(doc.text_utf8())
        self.count += 1
        self.buf_bytes += len(doc.text) + 200 + sum(len(r.text) for r in doc.removed)
        if self.buf_bytes >= min(ROW_GROUP_BYTES, self.part_bytes):
            self._flush()

    def write_empty(self) -> None:
        """Start a part even with no rows, so that `close()` leaves a file with the schema."""
        if self._writer is None:
            self._open()

    def _open(self) -> None:
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        name = f"{self.prefix}-{self.part_index:03d}{self.suffix}"
        self._tmp = self.tmp_dir / f".{name}.tmp-{os.getpid()}"
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            # Dictionary encoding of long unique texts costs 3x the write time for nothing; the short
            # columns (reasons, steps, content types) do gain from it.
            long_cols = ("text", "removed", "metadata", "source", "id", "url")
            small = [f.name for f in self.schema if f.name not in long_cols]
            self._writer = pq.ParquetWriter(self._tmp, self.schema, compression=self.compression,
                                            use_dictionary=small, write_statistics=["id", "url", "source", *small])
        else:
            import zstandard

            self._raw = open(self._tmp, "wb")
            level = 0 if self.compression in ("none", "uncompressed") else 1
            self._writer = (zstandard.ZstdCompressor(level=level).stream_writer(self._raw) if level
                            else self._raw)
        self.part_written = 0

    def _flush(self) -> None:
        if not self.rows:
            return
        if self._writer is None:
            self._open()
        if self.fmt == "parquet":
            import pyarrow.compute as pc

            cols = [_text_array(self.utf8, [r[f.name] for r in self.rows]) if f.name == "text"
                    else _array([r[f.name] for r in self.rows], f.type) for f in self.schema]
            table = pa.Table.from_arrays(cols, schema=self.schema)
            self._writer.write_table(table)
            self.text_bytes += int(pc.sum(pc.binary_length(table.column("text"))).as_py() or 0)
        else:
            data = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in self.rows)
            self._writer.write(data.encode("utf-8", "surrogatepass"))
            self.text_bytes += sum(len(t) if t.isascii() else len(t.encode("utf-8", "surrogatepass"))
                                   for t in (r["text"] for r in self.rows))
        self.part_written += self.buf_bytes
        self.rows, self.utf8, self.buf_bytes = [], [], 0
        if self.part_written >= self.part_bytes:
            self._close_part()

    def _close_part(self) -> None:
        if self._writer is None:
            return
        self._writer.close()
        if self.fmt != "parquet" and not self._raw.closed:
            self._raw.close()
        final = self.dir / f"{self.prefix}-{self.part_index:03d}{self.suffix}"
        assert self._tmp is not None
        self.finished.append((self._tmp, final))
        self._writer, self._tmp = None, None
        self.part_index += 1

    def close(self) -> list[tuple[Path, Path | RemotePath]]:
        """Flush and close; returns (temporary path, final path) pairs for the caller to publish."""
        self._flush()
        self._close_part()
        return list(self.finished)

    def abort(self) -> None:
        """Drop everything written so far."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
        for p in [tmp for tmp, _ in self.finished] + ([self._tmp] if self._tmp else []):
            with contextlib.suppress(OSError):
                os.unlink(p)


def _array(values: list, type_: pa.DataType) -> pa.Array:
    """An Arrow array of a column's values; a lone surrogate in one (which no UTF-8 writer takes: the readers and
    the extractor replace those they meet, this is the last line) becomes U+FFFD instead of crashing the run."""
    try:
        return pa.array(values, type_)
    except UnicodeEncodeError:
        from tamis.extract.encoding import no_surrogates

        return pa.array([no_surrogates(v) for v in values], type_)


def _text_array(utf8: list[bytes], texts: list[str]) -> pa.Array:
    """An Arrow string array of long texts from their UTF-8 bytes: casting the bytes (which validates
    UTF-8) measured ~3x faster than `pa.array(list_of_str)` on crawled HTML."""
    try:
        return pa.array(utf8, pa.binary()).cast(pa.string())
    except pa.ArrowInvalid:
        # lone surrogates (kept by `text_utf8`): Arrow's own conversion replaces nothing either, so
        # replace them here
        return pa.array([t.encode("utf-8", "replace").decode("utf-8") for t in texts], pa.string())


def atomic_write_text(path: Path | RemotePath, text: str) -> None:
    """Write a small file atomically (temp file, fsync-free rename; one PUT on object stores)."""
    from tamis.storage import write_text_atomic

    write_text_atomic(path, text)
