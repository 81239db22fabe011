"""Normal forms that decide what counts as 'the same' text, URL, host or line."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tamis.textview import split_words

# Query parameters that track the visitor and never change the page (utm_* is matched by prefix).
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "_ga"}
_DIGITS = str.maketrans("0123456789", "0000000000")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Everything that is not a word character, except newlines (so that lines stay aligned).
_NON_WORD = re.compile(r"[^\w\n]+|_+")


def text_key(text: str, mode: str) -> str:
    """The text as exact dedup compares it: "words" (lower-cased words, punctuation and spacing
    ignored), "whitespace" (runs of whitespace collapsed) or "none" (as is)."""
    if mode == "words":
        return " ".join(split_words(text.lower()))
    if mode == "whitespace":
        return " ".join(text.split())
    return text


def unit_lines(text: str) -> list[str]:
    """The text's lines as boilerplate detection compares them (CCNet's normal form: lower case,
    digits as 0, punctuation and spacing ignored), so '© 2023 Site' matches '© 2024 Site'.
    One regex pass over the whole text; the result is aligned with `text.split("\n")`."""
    return [s.strip() for s in _NON_WORD.sub(" ", text.lower().translate(_DIGITS)).split("\n")]


def host_of(url: str | None) -> str | None:
    """Lower-cased host of a URL without a leading 'www.', or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def url_key(url: str | None) -> str | None:
    """A URL in the form under which two fetches are the same page: scheme and host lower-cased,
    'www.', default port, fragment, trailing slash and tracking parameters dropped, query sorted."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    host = host_of(url) or ""
    if port and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    )
    path = parts.path.rstrip("/") or "/"
    # http and https serve the same page on nearly every site.
    return urlunsplit(("", host, path, urlencode(query), ""))
