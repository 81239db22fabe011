"""Decodes the bytes of an HTML page to text; never raises.

Order: a byte-order mark (unambiguous, and first in the WHATWG encoding sniffing algorithm), then
bytes that are valid UTF-8 are UTF-8 (pages served as latin-1 but written in UTF-8 are the common
mislabel; other encodings are almost never valid UTF-8 by chance), then the HTTP `Content-Type`
charset, then `<meta charset>` / `http-equiv` in the first bytes, then detection (uchardet through
resiliparse). A declared charset that fails to decode cleanly gives way to the next; so does a declared Western
charset (windows-1252, ISO-8859-1/15, which decode any bytes) whose text is mostly accented letters, when detection
names another charset (a windows-1251 page served as ISO-8859-1, a server's default); the last resort replaces
invalid bytes.
"""
from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 on the web.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "iso8859-1": "cp1252", "x-sjis": "shift_jis", "gb2312": "gb18030",
            "gbk": "gb18030", "utf8": "utf-8", "unicode": "utf-8"}
PRESCAN_BYTES = 4096  # WHATWG prescan looks at the first 1024 bytes; pages often declare later

# A lone surrogate (U+D800-U+DFFF not in a pair) is no character: no UTF-8 writer takes one. Bytes never decode to
# one here, but JSON does (`"\ud800"` is valid JSON): a page's JSON-LD, a JSON Lines record.
_SURROGATE = re.compile("[\ud800-\udfff]")
# The escape that writes one in JSON, in text and in bytes (a pair is decoded to its character; only lone ones are
# left, but a text without this escape has none).
JSON_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
JSON_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


def no_surrogates(value: object) -> object:
    """`value` (a string, or lists and dicts of them, as `json.loads` gives) with each lone surrogate replaced by
    U+FFFD, as a decoder replaces an invalid byte."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {no_surrogates(k): no_surrogates(v) for k, v in value.items()}
    return value


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, or None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _try(data: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """The page as text: BOM, valid UTF-8, HTTP charset, <meta charset>, detection; never raises."""
    return decode_html_utf8(data, http_charset)[0]


def decode_html_utf8(data: bytes, http_charset: str | None = None) -> tuple[str, bool]:
    """`decode_html`, and whether the bytes were the text's UTF-8 as they are (valid, no BOM)."""
    try:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                return data[len(bom):].decode(codec, errors="replace"), False
        text = _try(data, "utf-8")
        if text is not None:
            return text, True
        for label in (http_charset, _meta_charset(data)):
            codec = _codec(label)
            text = _try(data, codec)
            if text is not None:
                if codec in _LATIN and _misdeclared(text):
                    other = _detect(data)
                    if other and other not in _LATIN:
                        text = _try(data, other) or text
                return text, False
        detected = _detect(data)
        text = _try(data, detected)
        if text is not None:
            return text, False
        fallback = _codec(http_charset) or _codec(_meta_charset(data)) or detected or "cp1252"
        return data.decode(fallback, errors="replace"), False
    except Exception:
        return data.decode("utf-8", errors="replace"), False


# The Western single-byte charsets, which decode any bytes: a page in another single-byte charset (windows-1251,
# KOI8-R, windows-1253) declared as one of these decodes without an error, into accented Latin letters.
_LATIN = frozenset({"cp1252", "latin-1", "iso8859-15", "iso8859-1"})
# Text of which more than this share of the letters are outside ASCII is not in a Western language (French and
# German hold a few per cent of accented letters, Icelandic about a fifth), judged from this many letters at least
# among the first 20,000 characters (about 2 ms for a page that is decoded with its declared Western charset).
_MISDECLARED_SHARE = 0.4
_MISDECLARED_LETTERS = 50
# The letters outside ASCII that windows-1252 has (À-ÿ less × and ÷, Œ, Š, Ž, Ÿ, ƒ), and ASCII's.
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]+")
_ASCII_LETTERS = re.compile("[A-Za-z]+")
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _misdeclared(text: str) -> bool:
    """Whether a page decoded with a Western charset reads as another charset's bytes (most of its letters
    accented: "Êîìèòåò ñîáðàëñÿ" is windows-1251's "Комитет собрался" read as windows-1252)."""
    sample = _TAGS.sub(" ", text[:20_000])
    outside = sum(map(len, _ACCENTED.findall(sample)))
    letters = outside + sum(map(len, _ASCII_LETTERS.findall(sample)))
    return letters >= _MISDECLARED_LETTERS and outside > _MISDECLARED_SHARE * letters


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:PRESCAN_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


def _detect(data: bytes) -> str | None:
    try:
        from resiliparse.parse.encoding import detect_encoding

        return _codec(detect_encoding(data))
    except Exception:
        return None
