"""Each reader on fixtures written here: documents, sources, and bad input as recorded removals."""
from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest
import zstandard

from tamis.errors import UsageError
from tamis.read import plan_shards, read_shard
from tamis.read.sources import expand_inputs
from tests.conftest import ARTICLE, http_response, sample_records, warc_record, write_warc


def read_all(paths: list[str], shard_bytes: int = 64 << 20, **opts) -> list:
    files = expand_inputs(paths)
    return [d for s in plan_shards(files, shard_bytes) for d in read_shard(s, opts)]


def test_warc_records_become_documents_with_exact_sources(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "x.warc.gz", sample_records(3))
    docs = read_all([str(path)])
    kinds = [(d.kind, d.reason) for d in docs]
    assert kinds == [("html", None)] * 3 + [("text", "content_type: image/png"), ("text", None)]
    assert docs[0].url == "http://example.org/0"
    assert docs[0].id == "urn:uuid:00000000-0000-0000-0000-000000000001"
    assert docs[0].metadata["http_status"] == 200
    assert "<title>Page 0</title>" in docs[0].text
    assert docs[-1].text == ARTICLE
    # every source is PATH#offset, and the offset points at that record
    raw = path.read_bytes()
    for d in docs:
        p, off = d.source.rsplit("#", 1)
        assert p == str(path)
        assert gzip.decompress(raw[int(off):])[:8] == b"WARC/1.0"


def test_warc_charset_declared_and_detected(tmp_path: Path) -> None:
    body = "<html><body><p>Grüße aus Köln, schöne Straße</p></body></html>".encode("iso-8859-1")
    rec1 = warc_record("response", "http://a/", http_response(body, "text/html; charset=iso-8859-1"), 1,
                       "application/http; msgtype=response")
    body2 = '<html><head><meta charset="windows-1251"></head><body>Привет мир</body></html>'.encode("cp1251")
    rec2 = warc_record("response", "http://b/", http_response(body2, "text/html"), 2,
                       "application/http; msgtype=response")
    docs = read_all([str(write_warc(tmp_path / "c.warc", [rec1, rec2], gz=False))])
    assert "Grüße aus Köln, schöne Straße" in docs[0].text
    assert "Привет мир" in docs[1].text


def test_big_warc_is_cut_into_byte_ranges_that_cover_every_record_once(tmp_path: Path) -> None:
    recs = sample_records(40)
    for gz in (True, False):
        path = write_warc(tmp_path / f"big{gz}.warc{'.gz' if gz else ''}", recs, gz=gz)
        whole = read_all([str(path)])
        files = expand_inputs([str(path)])
        shards = plan_shards(files, 2000)
        assert len(shards) > 4
        cut = [d for s in shards for d in read_shard(s, {})]
        assert [d.id for d in cut] == [d.id for d in whole]
        assert len(whole) == 42


def test_jsonl_plain_and_compressed_with_fields(tmp_path: Path) -> None:
    rows = [{"doc_id": f"r{i}", "body": f"text {i}", "link": f"http://x/{i}", "lang": "en"} for i in range(5)]
    data = ("\n".join(json.dumps(r) for r in rows) + "\n").encode()
    (tmp_path / "a.jsonl").write_bytes(data)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    (tmp_path / "d.jsonl.bz2").write_bytes(bz2.compress(data))
    for name in ("a.jsonl", "b.jsonl.gz", "c.jsonl.zst", "d.jsonl.bz2"):
        docs = read_all([str(tmp_path / name)], text_field="body", id_field="doc_id", url_field="link")
        assert [d.id for d in docs] == [f"r{i}" for i in range(5)]
        assert docs[2].text == "text 2" and docs[2].url == "http://x/2" and docs[2].metadata["lang"] == "en"
        offsets = [int(d.source.rsplit("#", 1)[1]) for d in docs]
        assert all(data[o:].startswith(b'{"doc_id"') for o in offsets)


def test_jsonl_byte_ranges_cover_every_line_once(tmp_path: Path) -> None:
    data = "".join(json.dumps({"id": i, "text": "x" * (i % 37)}) + "\n" for i in range(500))
    (tmp_path / "big.jsonl").write_text(data)
    docs = read_all([str(tmp_path / "big.jsonl")], shard_bytes=1000)
    assert [d.id for d in docs] == [str(i) for i in range(500)]


def test_bad_input_becomes_unreadable_removals(crawl: Path) -> None:
    docs = read_all([str(crawl)])
    bad = {d.source.split("/")[-1]: d.reason for d in docs if d.reason and d.reason.startswith("unreadable")}
    assert any(k.startswith("d.jsonl#") for k in bad)  # the invalid JSON line
    assert bad.get("junk.txt") == "unreadable: binary content"
    assert any(k.startswith("trunc.jsonl.gz") for k in bad)  # truncated gzip
    good = [d for d in docs if not d.rejected]
    assert {d.id for d in good} >= {"j0", "j1", "j2", "j3", "g1", "p1", "p2"}


def test_parquet_rows_and_html_and_text_files(crawl: Path) -> None:
    docs = read_all([str(crawl / "f.parquet"), str(crawl / "c.html"), str(crawl / "b.txt")])
    assert [d.source.split("/")[-1] for d in docs] == ["f.parquet#0", "f.parquet#1", "c.html", "b.txt"]
    assert docs[0].metadata["lang"] == "en"
    assert docs[2].kind == "html" and docs[3].kind == "text"


def test_missing_inputs_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        expand_inputs([str(tmp_path / "nope.warc.gz")])
    with pytest.raises(UsageError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.jsonl")])


def test_oversized_line_is_removed_not_loaded(tmp_path: Path) -> None:
    big = json.dumps({"id": "huge", "text": "a" * 5000})
    (tmp_path / "h.jsonl").write_text(big + "\n" + json.dumps({"id": "ok", "text": "fine"}) + "\n")
    docs = read_all([str(tmp_path / "h.jsonl")], max_record_bytes=1000)
    assert docs[0].reason.startswith("too_large") and docs[1].id == "ok" and not docs[1].rejected


def test_raw_html_is_written_as_the_bytes_read(tmp_path: Path) -> None:
    """With no steps, a UTF-8 page reaches the Parquet output byte for byte (the reader's bytes are
    stored, not the text encoded again); a Latin-1 page is decoded; an edited text is re-encoded."""
    import pyarrow.parquet as pq

    from tamis.document import Document
    from tamis.pipeline import Pipeline

    utf8 = "<html><body><p>Grüße, Straße, 東京, emoji 🙂</p></body></html>".encode()
    latin = "<html><body><p>Grüße aus Köln</p></body></html>".encode("iso-8859-1")
    recs = [warc_record("response", "http://u/", http_response(utf8), 1, "application/http; msgtype=response"),
            warc_record("response", "http://l/", http_response(latin, "text/html; charset=iso-8859-1"), 2,
                        "application/http; msgtype=response")]
    warc = write_warc(tmp_path / "raw.warc.gz", recs)
    docs = read_all([str(warc)])
    assert docs[0].text_utf8() is not None and docs[0]._utf8 == utf8
    assert docs[1]._utf8 is None and docs[1].text_utf8() == latin.decode("iso-8859-1").encode()
    Pipeline([], write={"format": "parquet"}).run([str(warc)], tmp_path / "out", workers=1, quiet=True,
                                                   report=False)
    texts = sorted(t.encode() for t in pq.read_table(tmp_path / "out" / "kept").column("text").to_pylist())
    assert texts == sorted([utf8, latin.decode("iso-8859-1").encode()])
    doc = Document("x", "abc", utf8=b"abc")
    doc.text = "abcd"
    assert doc._utf8 is None and doc.text_utf8() == b"abcd"


def test_warc_bodies_stored_chunked_or_compressed_are_decoded(tmp_path: Path) -> None:
    """wget and warcio store a response as it came over the wire: a chunked transfer encoding and a gzip or
    deflate content encoding are undone before the page is decoded; a body already decoded is left as it is."""
    import zlib

    page = f"<html><head><title>Harbour</title></head><body><p>{ARTICLE}</p></body></html>".encode()

    def resp(body: bytes, *headers: str) -> bytes:
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + "".join(h + "\r\n" for h in headers)
                + "\r\n").encode() + body

    chunked = b"".join(b"%x\r\n%s\r\n" % (len(page[i:i + 40]), page[i:i + 40]) for i in range(0, len(page), 40))
    deflate = zlib.compressobj(wbits=-15)
    bodies = [resp(gzip.compress(page), "Content-Encoding: gzip"),
              resp(chunked + b"0\r\n\r\n", "Transfer-Encoding: chunked"),
              resp(deflate.compress(page) + deflate.flush(), "Content-Encoding: deflate"),
              resp(page, "Content-Encoding: gzip")]  # (decoded by the crawler, header kept)
    recs = [warc_record("response", f"http://h/{i}", b, i + 1, "application/http; msgtype=response")
            for i, b in enumerate(bodies)]
    docs = read_all([str(write_warc(tmp_path / "enc.warc.gz", recs))])
    assert [d.text for d in docs] == [page.decode()] * 4


def test_warc_bodies_that_decompress_past_the_limit_are_too_large(tmp_path: Path) -> None:
    """A small compressed body that grows past the record limit (a decompression bomb) is a removal as too large;
    its decompression stops at the limit (gzip; brotli where the brotli module is installed)."""
    huge = b"<html><body><p>" + b"a" * (3 << 20) + b"</p></body></html>"
    encoded = [("gzip", gzip.compress(huge))]
    try:
        import brotli

        encoded.append(("br", brotli.compress(huge)))
    except ImportError:
        pass
    recs = [warc_record("response", f"http://h/{ce}", (f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                                      f"Content-Encoding: {ce}\r\n\r\n").encode() + body,
                        i + 1, "application/http; msgtype=response") for i, (ce, body) in enumerate(encoded)]
    docs = read_all([str(write_warc(tmp_path / "bomb.warc.gz", recs))], max_record_bytes=1 << 20)
    assert len(docs) == len(encoded) and all(len(b) < 1 << 16 for _, b in encoded)
    assert all(d.reason and d.reason.startswith("too_large") for d in docs)


def test_warc_error_and_redirect_responses_are_removed_by_their_status(tmp_path: Path) -> None:
    """A response with an error (4xx, 5xx) or redirect (3xx) status is a removal that says so, whatever its body's
    text; `keep_http_status` chooses (codes, classes, `any`). Records without a status (resource) are read."""
    from tamis.pipeline import Pipeline

    page = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    statuses = ["200 OK", "301 Moved Permanently", "404 Not Found", "503 Service Unavailable", "204 No Content"]
    recs = [warc_record("response", f"http://s/{i}", http_response(page, status=st), i + 1,
                        "application/http; msgtype=response") for i, st in enumerate(statuses)]
    recs.append(warc_record("resource", "http://s/r", page, 9, "text/html"))
    path = str(write_warc(tmp_path / "status.warc.gz", recs))
    docs = read_all([path])
    assert [d.reason for d in docs] == [None, "http_status: 301", "http_status: 404", "http_status: 503", None, None]
    assert all(d.step == "read" and d.metadata["http_status"] == int(d.reason.split()[-1])
               for d in docs if d.reason)
    assert ARTICLE in docs[0].text and ARTICLE in docs[-1].text
    assert [d.reason for d in read_all([path], keep_http_status="any")] == [None] * 6
    assert [d.reason for d in read_all([path], keep_http_status=None)] == [None] * 6
    assert [d.reason for d in read_all([path], keep_http_status="2xx,3xx")][1:4] == [
        None, "http_status: 404", "http_status: 503"]
    assert [d.reason for d in read_all([path], keep_http_status=[200, 404])] == [
        None, "http_status: 301", None, "http_status: 503", "http_status: 204", None]
    with pytest.raises(UsageError, match="keep_http_status"):
        Pipeline(read={"keep_http_status": "ok"})
    assert Pipeline().read["keep_http_status"] == "2xx"


def test_warc_resource_record_charset(tmp_path: Path) -> None:
    body = "<html><body><p>Привет мир, это проверка кодировки</p></body></html>".encode("cp1251")
    rec = warc_record("resource", "http://r/", body, 1, "text/html; charset=windows-1251")
    docs = read_all([str(write_warc(tmp_path / "r.warc", [rec], gz=False))])
    assert "Привет мир, это проверка кодировки" in docs[0].text and docs[0].kind == "html"


def test_saved_pages_compressed_or_in_utf16_are_read(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><body><p>Grüße aus Köln, schöne Straße</p></body></html>"
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "b.htm.zst").write_bytes(zstandard.ZstdCompressor().compress(page.encode()))
    (tmp_path / "c.html").write_bytes(b"\xff\xfe" + page.encode("utf-16-le"))
    (tmp_path / "d.html").write_bytes(b"\xfe\xff" + page.encode("utf-16-be"))
    (tmp_path / "e.txt.bz2").write_bytes(bz2.compress(ARTICLE.encode()))
    # (no known suffix: an XHTML page that opens with its XML declaration and a comment is still a page)
    (tmp_path / "f").write_text('<?xml version="1.0"?>\n<!-- saved from url=(0014)about:internet -->\n' + page)
    docs = read_all([str(tmp_path)])
    assert [(d.kind, d.reason) for d in docs] == [("html", None)] * 4 + [("text", None), ("html", None)]
    for d in docs[:4] + docs[5:]:
        assert "Grüße aus Köln, schöne Straße" in d.text
    assert docs[4].text == ARTICLE


def test_html_field_in_jsonl_and_parquet(tmp_path: Path) -> None:
    """`--html-field`: a string or a binary value is a page (the binary one decoded as a page's bytes); a record
    without it falls back to the text field, and one with neither is unreadable, naming both fields."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    page = f"<html><head><meta charset='windows-1251'></head><body><p>Привет мир. {ARTICLE}</p></body></html>"
    rows = [{"id": "s", "html": page, "text": None}, {"id": "t", "html": None, "text": ARTICLE},
            {"id": "n", "html": None, "text": None}]
    (tmp_path / "h.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    pq.write_table(pa.table({"id": ["b"], "html": [page.encode("cp1251")]}), tmp_path / "h.parquet")
    docs = read_all([str(tmp_path / "h.jsonl"), str(tmp_path / "h.parquet")], html_field="html")
    assert [(d.id, d.kind) for d in docs] == [("s", "html"), ("t", "text"), ("n", "text"), ("b", "html")]
    assert docs[0].text == page and docs[3].text == page and docs[1].text == ARTICLE
    assert docs[2].reason == "unreadable: no 'html' or 'text' field"


def test_a_broken_warc_record_loses_no_record_after_it(tmp_path: Path) -> None:
    """A record whose Content-Length lies, or a gzip member cut short, is one `unreadable` removal, and the records
    after it are read (the reader used to stop at the first broken record: the rest of the file was lost unseen)."""
    bodies = [f"<html><body><p>{ARTICLE} Item {i}.</p></body></html>".encode() for i in range(6)]
    recs = [warc_record("response", f"http://h/{i}", http_response(b), i + 1, "application/http; msgtype=response")
            for i, b in enumerate(bodies)]
    # the third record says it is 30 bytes longer than it is: it runs into the fourth's header
    head, _, rest = recs[2].partition(b"\r\n\r\n")
    lying = head.replace(b"Content-Length: %d" % (len(rest) - 4), b"Content-Length: %d" % (len(rest) + 26))
    plain = write_warc(tmp_path / "lie.warc", [*recs[:2], lying + b"\r\n\r\n" + rest, *recs[3:]], gz=False)
    members = [gzip.compress(r) for r in recs]
    members[2] = members[2][: len(members[2]) // 2]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(b"".join(members))
    for path, lost in ((plain, 0), (cut, 1)):
        docs = read_all([str(path)])
        ok = [d for d in docs if d.reason is None]
        broken = [d for d in docs if d.reason and d.reason.startswith("unreadable")]
        assert len(broken) == 1 and "read on from the next record" in broken[0].reason
        assert [d.url for d in ok] == [f"http://h/{i}" for i in range(6) if not (lost and i == 2)]


def test_jsonl_lone_surrogates_and_deep_nesting(tmp_path: Path) -> None:
    """A `"\\ud800"` escape (valid JSON, no character) is read as U+FFFD: it reached the writers, which raised (a
    Parquet run crashed). A line nested too deep for `json` is one `unreadable` removal: its RecursionError ended
    the file's reading, and the lines after it were lost."""
    lines = [json.dumps({"id": "a\ud800", "text": f"{ARTICLE} \udfff", "tag": ["x\ud83d"]}),
             '{"id": "deep", "text": "x", "v": ' + "[" * 100_000 + "]" * 100_000 + "}",
             json.dumps({"id": "b", "text": ARTICLE})]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n")
    docs = read_all([str(tmp_path / "s.jsonl")])
    assert [d.id for d in docs if d.reason is None] == ["a\ufffd", "b"]
    assert docs[0].text == f"{ARTICLE} \ufffd" and docs[0].metadata["tag"] == '["x\ufffd"]'
    assert docs[1].reason.startswith("unreadable: JSON nested too deep")


def test_a_warc_file_of_junk_is_a_removal(tmp_path: Path) -> None:
    """Bytes that open like a record but hold no WARC headers (no WARC-Type, no WARC-Record-ID) were skipped as a
    record of another type: a file of junk gave no document and no error. Records of the types the reader skips
    (requests, metadata) are still skipped silently."""
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"WARC/1.0\r\n" + bytes(range(256)) * 20)
    docs = read_all([str(junk)])
    assert len(docs) == 1 and docs[0].reason == "unreadable: not a WARC record: no WARC-Type or WARC-Record-ID"
    docs = read_all([str(write_warc(tmp_path / "ok.warc.gz", sample_records(2)))])
    assert [d.reason for d in docs] == [None, None, "content_type: image/png", None]
