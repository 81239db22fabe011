"""Fixtures that write small crawls of every input format."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

ARTICLE = ("The council approved the new harbour budget on Tuesday after a long debate. "
           "Fishermen welcomed the decision, which funds repairs to the old sea wall.")


def warc_record(rtype: str, uri: str, payload: bytes, rid: int, content_type: str | None = None) -> bytes:
    """One WARC record as bytes (uncompressed)."""
    headers = [
        "WARC/1.0",
        f"WARC-Type: {rtype}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>",
        "WARC-Date: 2026-01-02T03:04:05Z",
        f"WARC-Target-URI: {uri}",
    ]
    if content_type:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"


def http_response(body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    """An HTTP response block."""
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


def write_warc(path: Path, records: list[bytes], gz: bool = True) -> Path:
    """Write records, one gzip member per record when gz."""
    with open(path, "wb") as f:
        f.writelines(gzip.compress(r) if gz else r for r in records)
    return path


def sample_records(n: int = 6) -> list[bytes]:
    """n response records (HTML and text), a request, an image and a WET conversion."""
    recs = []
    rid = 1
    for i in range(n):
        body = f"<html><head><title>Page {i}</title></head><body><p>{ARTICLE} Item {i}.</p></body></html>"
        recs.append(warc_record("response", f"http://example.org/{i}",
                                http_response(body.encode()), rid, "application/http; msgtype=response"))
        rid += 1
        recs.append(warc_record("request", f"http://example.org/{i}", b"GET / HTTP/1.1\r\n\r\n", rid,
                                "application/http; msgtype=request"))
        rid += 1
    recs.append(warc_record("response", "http://example.org/logo.png",
                            http_response(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image/png"), rid,
                            "application/http; msgtype=response"))
    rid += 1
    recs.append(warc_record("conversion", "http://example.org/plain", ARTICLE.encode(), rid, "text/plain"))
    return recs


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A directory with one file of each format plus broken ones."""
    d = tmp_path / "crawl"
    d.mkdir()
    write_warc(d / "a.warc.gz", sample_records())
    (d / "b.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    (d / "c.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": f"{ARTICLE} Number {i}.", "url": f"http://j.org/{i}"})
             for i in range(4)]
    (d / "d.jsonl").write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    with gzip.open(d / "e.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": ARTICLE}) + "\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [ARTICLE, ARTICLE + " Two."], "lang": ["en", "en"]}),
                   d / "f.parquet")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 8)
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb") as g:
        g.write(("\n".join(lines) + "\n").encode() * 50)
    (d / "trunc.jsonl.gz").write_bytes(raw.getvalue()[: len(raw.getvalue()) // 2])
    return d
