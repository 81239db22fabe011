"""Parquet reader: row groups in batches; `source` is PATH#row index."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tamis.document import Document
from tamis.read import Piece
from tamis.read.records import record_to_doc


def read_parquet(piece: Piece, opts: dict[str, Any]) -> Iterator[Document]:
    """Documents of a Parquet file or of a range of its row groups."""
    import pyarrow.parquet as pq

    from tamis.storage import open_arrow_input

    pf = pq.ParquetFile(open_arrow_input(piece.path))
    md = pf.metadata
    first = piece.start or 0
    last = piece.end if piece.end is not None else md.num_row_groups
    row = sum(md.row_group(i).num_rows for i in range(first))
    for rg in range(first, last):
        table = pf.read_row_group(rg)
        for batch in table.to_batches(max_chunksize=1024):
            for obj in batch.to_pylist():
                yield record_to_doc(obj, f"{piece.path}#{row}", opts)
                row += 1
