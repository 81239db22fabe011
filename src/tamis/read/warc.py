"""WARC and WET reader (fastwarc): response, resource and conversion records become Documents."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tamis.document import Document
from tamis.errors import UsageError
from tamis.read import Piece, too_large, unreadable
from tamis.read.decode import decode_bytes, decode_keep_utf8, looks_binary, starts_like_html
from tamis.read.splitting import next_gzip_member, next_warc_header
from tamis.storage import open_input

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+html")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


def _sniff_type(payload: bytes) -> str:
    head = payload[:512].lstrip().lower()
    # A fragment served without a type counts too: `<head>`/`<body>` first, or `<html` further in.
    if starts_like_html(head) or head.startswith((b"<head", b"<body")) or b"<html" in head:
        return "text/html"
    return "text/plain" if not looks_binary(payload) else "application/octet-stream"


# The HTTP statuses whose responses are read by default: a success's body is the page. An error's (4xx, 5xx) is the
# server's error page and a redirect's (3xx) a stub that points to the page (a record of its own when crawled):
# neither is the address's content, whatever its text says, so they are removals `http_status: N` (step `read`).
KEEP_HTTP_STATUS = "2xx"


def http_status_filter(spec: Any) -> frozenset[int] | None:
    """The statuses the `keep_http_status` read option keeps (None: every one): a code (`200`), a class (`2xx`),
    or a list or comma-separated string of them; `null` or `any` keeps every response."""
    if spec is None or (isinstance(spec, str) and spec.strip().lower() in ("", "any", "all")):
        return None
    items = spec.split(",") if isinstance(spec, str) else spec if isinstance(spec, (list, tuple)) else [spec]
    keep: set[int] = set()
    for item in items:
        text = str(item).strip().lower()
        if len(text) == 3 and text[0] in "12345" and text[1:] == "xx":
            keep.update(range(int(text[0]) * 100, int(text[0]) * 100 + 100))
        elif text.isdigit() and 100 <= int(text) <= 599:
            keep.add(int(text))
        else:
            raise UsageError(f"config: read: keep_http_status: {item!r} is not an HTTP status (200) or class (2xx)")
    return frozenset(keep)


def read_warc(piece: Piece, opts: dict[str, Any]) -> Iterator[Document]:
    """Documents of a WARC/WET file or of a byte range of it."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    max_bytes = int(opts.get("max_record_bytes") or 100 << 20)
    keep_status = http_status_filter(opts.get("keep_http_status", KEEP_HTTP_STATUS))
    wanted = (WarcRecordType.response, WarcRecordType.resource, WarcRecordType.conversion)
    # (every record is seen, and the wanted ones taken here, to tell junk that merely opens like a record (no
    # WARC-Type, no WARC-Record-ID: fastwarc's `no_type`) from a record of a type this reader skips (a request,
    # metadata): junk was skipped too, and a file of it gave no document and no error)
    junk = (WarcRecordType.no_type, WarcRecordType.unknown)
    gz = piece.path.lower().endswith(".gz")
    find = next_gzip_member if gz else next_warc_header
    with open_input(piece.path) as f:
        start = 0
        if piece.start:
            found = find(f, piece.start, piece.end or piece.start)
            if found is None or (piece.end is not None and found >= piece.end):
                return
            start = found
        last_pos = -1  # (the last record read, to resume after it)
        resumed = False  # (started again after a broken record, and no record read since)
        while start is not None:
            f.seek(start)
            it = iter(ArchiveIterator(f, parse_http=False, max_content_length=max_bytes + 1))
            resume_from = None
            while True:
                try:
                    rec = next(it)
                except StopIteration:
                    break
                except Exception as e:
                    # A broken record (a Content-Length that lies, a gzip member cut short, junk between records)
                    # is recorded, and the reading resumes at the next record after it: the records behind it
                    # are not lost. (One removal for a broken stretch: a record found again there that breaks
                    # before any record is read is the same stretch.)
                    at = max(last_pos, start)
                    if not resumed:
                        yield unreadable(f"{piece.path}#{at}", piece.path,
                                         f"{type(e).__name__}: {e} (after offset {at}; read on from the next record)")
                    resume_from = at + 1
                    break
                resumed = False
                pos = rec.stream_pos
                if piece.end is not None and pos >= piece.end:
                    return
                last_pos = pos
                source = f"{piece.path}#{pos}"
                if rec.record_type not in wanted:
                    if rec.record_type in junk and not (rec.headers.get("WARC-Type")
                                                        or rec.headers.get("WARC-Record-ID")):
                        yield unreadable(source, piece.path, "not a WARC record: no WARC-Type or WARC-Record-ID")
                    continue
                try:
                    yield _record_doc(rec, source, max_bytes, keep_status)
                except Exception as e:
                    yield unreadable(source, piece.path, f"{type(e).__name__}: {e}")
            start = None
            if resume_from is not None:
                found = find(f, resume_from, piece.end if piece.end is not None else 1 << 62)
                if found is not None and (piece.end is None or found < piece.end):
                    start = found  # (>= resume_from: each start is past the last)
                    resumed = True


def _http_body(payload: bytes, http: Any, max_bytes: int) -> bytes:
    """The body of an HTTP response as the server meant it: a chunked transfer encoding undone, a gzip or deflate
    content encoding decompressed (to at most `max_bytes` + 1 bytes). Crawlers that store the body as it came over
    the wire (wget, warcio) keep these encodings; Common Crawl decodes them and renames the headers. A body that is
    not in the encoding its header names (already decoded) is left as it is."""
    te = (http.get("Transfer-Encoding") or "").lower()
    if "chunked" in te:
        payload = _unchunk(payload)
    ce = (http.get("Content-Encoding") or "").strip().lower()
    if ce in ("gzip", "x-gzip", "deflate"):
        import zlib

        # (gzip: its header; deflate: zlib's, or a raw stream as some servers send)
        for wbits in ((31,) if ce != "deflate" else (15, -15)):
            try:
                d = zlib.decompressobj(wbits)
                out = d.decompress(payload, max_bytes + 1)
            except zlib.error:
                continue
            return out
    elif ce == "br":
        try:
            import brotli  # type: ignore[import-not-found]

            # (bounded as gzip's is: a small body can decompress to gigabytes)
            return brotli.Decompressor().process(payload, output_buffer_limit=max_bytes + 1)[:max_bytes + 1]
        except Exception:  # (no brotli, one too old to bound its output, or a body that is not brotli)
            pass
    return payload


def _unchunk(data: bytes) -> bytes:
    """A chunked body's data (RFC 9112 7.1), or the bytes as they are when they are not chunked."""
    out, pos = [], 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0 or eol - pos > 64:
            return data
        size_field = data[pos:eol].split(b";")[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            return data
        if size == 0:
            return b"".join(out)
        start = eol + 2
        out.append(data[start:start + size])
        pos = start + size
        if data[pos:pos + 2] == b"\r\n":
            pos += 2
        if pos >= len(data):
            return b"".join(out)


def _charset_param(content_type: str) -> str | None:
    """The charset parameter of a Content-Type value ("text/html; charset=windows-1251"), or None."""
    for part in content_type.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset" and v.strip().strip("\"'"):
            return v.strip().strip("\"'")
    return None


def _record_doc(rec: Any, source: str, max_bytes: int, keep_status: frozenset[int] | None = None) -> Document:
    from fastwarc.warc import WarcRecordType

    headers = rec.headers
    rid = (headers.get("WARC-Record-ID") or "").strip("<>") or source
    url = headers.get("WARC-Target-URI") or None
    meta: dict[str, Any] = {"crawl_date": headers.get("WARC-Date")}
    declared_len = rec.content_length
    is_response = rec.record_type == WarcRecordType.response
    if is_response:
        rec.parse_http()
        status = rec.http_headers.status_code if rec.http_headers is not None else None
        meta["http_status"] = status
        ctype = (rec.http_content_type or "").lower() or None
        charset = rec.http_charset
        if keep_status is not None and status is not None and status not in keep_status:
            # (the body is not read: an error page's text is not the address's, and not worth decoding)
            meta["content_type"] = ctype
            return Document(rid, "", url, source, meta, size=declared_len).reject(f"http_status: {status}", "read")
    else:
        full = headers.get("Content-Type") or ""
        ctype = full.split(";")[0].strip().lower() or None
        charset = _charset_param(full)
        if rec.record_type == WarcRecordType.conversion:
            ctype = ctype or "text/plain"
    payload = rec.reader.read()
    if is_response and rec.http_headers is not None:
        payload = _http_body(payload, rec.http_headers, max_bytes)
    if declared_len > max_bytes or len(payload) > max_bytes:
        doc = Document(rid, payload[:65536].decode("utf-8", "replace"), url, source, meta)
        return too_large(doc, max(declared_len, len(payload)), max_bytes)
    if not ctype or ctype in ("application/octet-stream", "unknown/unknown"):
        ctype = _sniff_type(payload)
    meta["content_type"] = ctype
    if ctype.startswith(HTML_TYPES):
        text, raw = decode_keep_utf8(payload, charset)
        return Document(rid, text, url, source, meta, kind="html", size=len(payload), utf8=raw)
    if ctype.startswith(TEXT_TYPES) or rec.record_type == WarcRecordType.conversion:
        if looks_binary(payload):
            return Document(rid, "", url, source, meta).reject("unreadable: binary payload", "read")
        text = decode_bytes(payload, charset)
        return Document(rid, text, url, source, meta, size=len(payload))
    return Document(rid, "", url, source, meta, size=len(payload)).reject(f"content_type: {ctype}", "read")
