"""Bytes to text, and telling text from binary junk."""
from __future__ import annotations

import codecs
import re


def starts_like_html(head: bytes) -> bool:
    """True when the first bytes open an HTML document (`<!doctype html` or `<html`, any case), also after a
    byte-order mark, an XML declaration (XHTML) and comments (a browser's "saved from url" note)."""
    head = head.lstrip().lower()
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:].lstrip()
    while head.startswith((b"<?xml", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
        if end < 0:
            return False
        head = head[end + (2 if head.startswith(b"<?") else 3):].lstrip()
    return head.startswith((b"<!doctype html", b"<html"))


# An element that only markup has: a fragment of a page ("<div><p>…") opens with one.
_FRAGMENT = re.compile(rb"<(?:html|head|body|div|p|span|article|section|main|table|ul|ol|h[1-6]|a|meta|title|"
                       rb"script|style|link|br|img|form|nav|header|footer)[\s>/]", re.IGNORECASE)


def looks_like_html(head: bytes) -> bool:
    """`starts_like_html`, or a fragment of a page: the first bytes open with a tag of an HTML element."""
    if starts_like_html(head):
        return True
    head = head.lstrip()
    return head.startswith(b"<") and _FRAGMENT.match(head) is not None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes to text, never raising: a BOM, valid UTF-8, the declared charset, <meta charset>, then
    detection (one decoder for pages and plain text; it lives with the HTML extractor)."""
    from tamis.extract.encoding import decode_html

    return decode_html(data, declared)


def decode_keep_utf8(data: bytes, declared: str | None = None) -> tuple[str, bytes | None]:
    """`decode_bytes`, plus the bytes themselves when they were valid UTF-8 (no BOM): the text's
    UTF-8 form, which the writer can then store without encoding the text again."""
    from tamis.extract.encoding import decode_html_utf8

    text, as_is = decode_html_utf8(data, declared)
    return text, data if as_is else None


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NULs or many control characters in the first 4 KB (of the text, for
    UTF-16 with a byte-order mark, whose every other byte is a NUL in Latin script)."""
    head = data[:4096]
    if not head:
        return False
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom):len(head) & ~1].decode(codec, "replace")
            return sum(1 for c in text if c < " " and c not in "\t\n\x0c\r\x1b") * 10 > len(text)
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl * 10 > len(head)
