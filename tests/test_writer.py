"""The part writer's last line against text no UTF-8 writer takes."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from tamis.document import Document
from tamis.write.parts import PartWriter


def test_parquet_parts_take_lone_surrogates_in_any_column(tmp_path: Path) -> None:
    """A lone surrogate in the id, the URL or a metadata field made pyarrow raise, and the run crashed (the text
    column already replaced them). The readers and the extractor replace those they meet; the writer now does too."""
    w = PartWriter(tmp_path, "part", {"title": "string"})
    w.write(Document("a\udfff", "some text \ud800 here", "http://x/\ud800", "src", {"title": "T\ud800"}))
    (tmp, _), = w.close()
    t = pq.read_table(tmp)
    assert t.column("id").to_pylist() == ["a\ufffd"] and t.column("title").to_pylist() == ["T\ufffd"]
    assert t.column("url").to_pylist() == ["http://x/\ufffd"] and t.column("text").to_pylist() == ["some text ? here"]
