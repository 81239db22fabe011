"""Reading a run's output back: documents by id, for `tamis show` and the report."""
from __future__ import annotations

from pathlib import Path

from tamis.document import Document
from tamis.errors import UsageError


def part_files(out: str | Path, which: str) -> list[Path]:
    """The part files of OUT/kept or OUT/removed."""
    d = Path(out) / which
    return sorted(list(d.glob("part-*.parquet")) + list(d.glob("part-*.jsonl.zst")))


def iter_rows(path: Path, columns: list[str] | None = None):
    """Rows (dicts) of one part file."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        for batch in pf.iter_batches(batch_size=512, columns=columns):
            yield from batch.to_pylist()
    else:
        import io
        import json

        import zstandard

        with open(path, "rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as z:
            for line in io.TextIOWrapper(z, encoding="utf-8"):
                if line.strip():
                    yield json.loads(line)


def find_document(out: str | Path, doc_id: str) -> tuple[str, Document] | None:
    """('kept'|'removed', Document) for an id (or URL), or None."""
    from tamis.write.schema import row_doc

    if not (Path(out) / "kept").is_dir():
        raise UsageError(f"{str(out)!r} is not a tamis output (no kept/)")
    for which in ("kept", "removed"):
        for path in part_files(out, which):
            if path.suffix == ".parquet":
                import pyarrow.compute as pc
                import pyarrow.parquet as pq

                t = pq.read_table(path)
                mask = pc.or_kleene(pc.equal(t["id"], doc_id), pc.equal(t["url"], doc_id))
                hit = t.filter(mask)
                if hit.num_rows:
                    return which, row_doc(hit.slice(0, 1).to_pylist()[0])
            else:
                for row in iter_rows(path):
                    if row.get("id") == doc_id or row.get("url") == doc_id:
                        return which, row_doc(row)
    return None
