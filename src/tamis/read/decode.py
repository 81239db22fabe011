"""Bytes to text: the declared charset, a BOM, <meta charset>, then UTF-8, then a Latin fallback."""
from __future__ import annotations

import codecs
import re

META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> tuple[str, str]:
    """Decode bytes to str; returns (text, charset used). Never raises."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    candidates = [_codec(declared)]
    if html:
        m = META_CHARSET_RE.search(data[:4096])
        if m:
            candidates.append(_codec(m.group(1).decode("ascii", "ignore")))
    for enc in candidates:
        if enc is None:
            continue
        # A declared charset is often wrong in the utf-8 direction: try utf-8 strictly first then.
        if enc in ("iso8859-1", "cp1252", "ascii"):
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                return data.decode("cp1252", "replace"), "cp1252"
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes stays UTF-8; otherwise it is a legacy 8-bit page.
    text = data.decode("utf-8", "replace")
    if text.count("\ufffd") * 100 <= max(1, len(text)):
        return text, "utf-8"
    return data.decode("cp1252", "replace"), "cp1252"


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NULs or many control characters in the first 4 KB."""
    head = data[:4096]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl * 10 > len(head)
