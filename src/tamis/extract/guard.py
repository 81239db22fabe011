"""Markup that would make the parser itself slow, found before parsing.

The parser (lexbor) builds the tree in time that grows with the square of some shapes of markup: elements nested
tens of thousands deep (`<div>` or `<ul><li>` never closed, `<a><div>` or `<b><div>` that the adoption agency
reopens at each level), thousands of attributes on one element, tens of thousands of `<option>`s in a `<select>`.
100,000 unclosed `<div>`s take 20 s of CPU, a million far longer, and no time budget can stop the parser once it
runs. A page with fewer than `SCAN_TAGS` tags (almost every page: `str.count` is all it costs) cannot hold enough
of any of them to matter; a larger one is scanned: options inside a select are dropped (a select is never text),
and a page nested deeper than `MAX_NESTING` or with an element of more than `MAX_ATTRIBUTES` attributes is refused
with that reason.
"""
from __future__ import annotations

import re
import string

# Below this many "<" a page is not scanned for nesting: 20,000 levels of the worst nesting parse in about 1.5 s.
SCAN_TAGS = 20_000
MAX_NESTING = 20_000
MAX_ATTRIBUTES = 10_000
# Options inside selects are dropped from a page that has more than this many (2,000 parse in 0.02 s).
MAX_OPTIONS = 2_000
# A page shorter than this cannot hold SCAN_TAGS tags (a tag takes three characters at least).
MIN_CHARS = 3 * SCAN_TAGS
# A page of fewer than SPARSE_MAX tags with more characters than SPARSE_TAGS per tag (prose, or a few enormous tags)
# is looked at for a tag long enough to hold MAX_ATTRIBUTES attributes, whose attributes are counted, with values
# or without (`<div a b c ...>`, `<div a/b/c ...>`, `<div a="1"b="2" ...>`: the tokenizer starts a new attribute
# after a space, a "/" or a value's closing quote). 1.7% of the extraction's time on the dev pages is this
# module's, mostly the "<" count; few pages are that sparse.
SPARSE_TAGS = 200
SPARSE_MAX = 2_000

# Script, style and comment text, which is no markup (a "<" in a script is a comparison), and SVG and MathML,
# whose elements close themselves ("<path ... />").
_RAW = re.compile(r"<(script|style|svg|math)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# A start or end tag and its name. Void elements and the ones a sibling or a block closes (p, td, option …) do not
# add a level; a list item does unless it follows an open item of its kind (`<li><li>`: siblings), so that
# `<ul><li>` never closed nests two levels a time, as the parser builds it (19,000 of them parsed in 3 s, counted
# as 19,000 levels when every `<li>` was taken for a sibling).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)")
_FLAT = frozenset((
    "p", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    "rtc", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "param", "keygen", "frame", "html", "head", "body"))
# An item's siblings: the open items that its start tag closes.
_ITEMS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}
# An end tag closes the open element it names when that is among the top few (else it closes nothing: stray end
# tags are common, and the parser ignores them too).
_END_REACH = 64


def _depth(html: str) -> int:
    """How deep the page's elements nest once parsed (close to it: see `_FLAT`, `_ITEMS`, `_END_REACH`)."""
    stack: list[str] = []
    deepest = 0
    for close, name in _TAG.findall(html):
        name = name.lower()
        if name in _FLAT:
            continue
        if close:
            for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _END_REACH), -1):
                if stack[k] == name:
                    del stack[k:]
                    break
            continue
        siblings = _ITEMS.get(name)
        if siblings and stack and stack[-1] in siblings:
            stack[-1] = name
            continue
        stack.append(name)
        if len(stack) > deepest:
            deepest = len(stack)
    return deepest


# A start tag this long (a letter, then characters that are neither "<" nor ">") may hold MAX_ATTRIBUTES attributes.
LONG_TAG = 2 * MAX_ATTRIBUTES
_LETTERS = frozenset(string.ascii_letters)
_ATTRIBUTE = re.compile(r"""(?:[\s/]|(?<=["']))[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_SELECT = re.compile(r"(<select\b[^>]*>)(.*?)(</select\s*>|$)", re.IGNORECASE | re.DOTALL)
_OPTION_TAG = re.compile(r"</?option\b[^>]*>", re.IGNORECASE)


def check(html: str) -> tuple[str, str | None]:
    """The page to parse (options inside selects dropped where there are many) and the reason to refuse it, if
    any (`too_deep: ...`, `too_many_attributes: ...`)."""
    n = len(html)
    if n < MIN_CHARS:
        return html, None
    tags = html.count("<")
    if tags < SPARSE_MAX and n > SPARSE_TAGS * (tags + 1):
        # (a start tag of LONG_TAG characters or more lies between two "<": the few stretches that long are
        # looked at, cheaper than a regular expression over the page)
        for piece in html.split("<"):
            if (len(piece) > LONG_TAG and piece[0] in _LETTERS and piece.find(">", 1, LONG_TAG + 1) < 0):
                end = piece.find(">")
                k = len(_ATTRIBUTE.findall(piece if end < 0 else piece[:end]))
                if k > MAX_ATTRIBUTES:
                    return html, f"too_many_attributes: {k} > {MAX_ATTRIBUTES} in one element"
    if tags <= SCAN_TAGS:
        return html, None
    if html.count("<option") + html.count("<OPTION") > MAX_OPTIONS:
        html = _SELECT.sub(lambda m: m.group(1) + _OPTION_TAG.sub(" ", m.group(2)) + m.group(3), html)
    # (at most as deep as it has start tags: most large pages have fewer than the bound)
    if tags - html.count("</") - html.count("<!") - html.count("<p>") - html.count("<p ") <= MAX_NESTING:
        return html, None
    depth = _depth(_RAW.sub(" ", html))
    if depth > MAX_NESTING:
        return html, f"too_deep: nesting {depth} > {MAX_NESTING}"
    return html, None
