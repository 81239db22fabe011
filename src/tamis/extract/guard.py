"""Markup that would make the parser itself slow, found before parsing.

The parser (lexbor) builds the tree in time that grows with the square of some shapes of markup: elements nested
tens of thousands deep (`<div>` or `<ul><li>` never closed, `<a><div>` or `<b><div>` that the adoption agency
reopens at each level), thousands of attributes on one element, tens of thousands of `<option>`s in a `<select>`.
100,000 unclosed `<div>`s take 20 s of CPU, a million far longer, and no time budget can stop the parser once it
runs. A page shorter than `MIN_CHARS` cannot hold enough of any of them to matter. A longer one is probed for a
start tag long enough to hold `MAX_ATTRIBUTES` attributes (a few `str.find`s, see `_attribute_flood`), and one of
more than `SCAN_TAGS` tags is scanned for options and nesting. Repair comes before refusal: options inside a select
are dropped (a select is never text), and a page nested deeper than `MAX_WORK` / its tags (`MAX_NESTING` at
`SCAN_TAGS` tags) is flattened (the tags of the parts nested past `FLAT_NESTING` levels are taken out, so their
text stays, at that depth). A page with an element of more than `MAX_ATTRIBUTES` attributes is refused with that
reason.
"""
from __future__ import annotations

import re
import time
from itertools import islice

# Below this many "<" a page is not scanned for nesting: 20,000 levels of the worst nesting parse in about 1.5 s.
SCAN_TAGS = 20_000
MAX_NESTING = 20_000
# The parser walks its stack of open elements for many tags (an end tag, a <p> that closes the one open): its work
# grows with the depth times the tags read at that depth (19,000 <div>s and then 100,000 "<p></p>" took 8 CPU-s).
# A page of more than SCAN_TAGS tags may nest at most MAX_WORK / its tags levels (MAX_NESTING at SCAN_TAGS tags).
MAX_WORK = SCAN_TAGS * MAX_NESTING
# A page nested deeper keeps this many levels (more than the walk's default `max_depth`, past which the walk reads
# an element's text without its structure anyway), or MAX_WORK / its tags when fewer; the tags past them are
# taken out.
FLAT_NESTING = 1_000
MAX_ATTRIBUTES = 10_000
# Options inside selects are dropped from a page that has more than this many (2,000 parse in 0.02 s).
MAX_OPTIONS = 2_000
# A page shorter than this cannot hold SCAN_TAGS tags (a tag takes three characters at least).
MIN_CHARS = 3 * SCAN_TAGS

# Script, style and comment text, which is no markup (a "<" in a script is a comparison), and SVG and MathML,
# whose elements close themselves ("<path ... />").
_RAW = re.compile(r"<(script|style|svg|math)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# The elements that open no level that lasts (HTML Living Standard): the void elements (13.1.2: no content, no end
# tag), those whose start tag closes an open element of their kind or that the parser puts in place of their own
# (13.2.6.4: p, option, optgroup, table parts, ruby parts) and the document's own html, head, body.
# tests/extract/test_hostile.py checks each against the parser: the second of two never lands inside the first.
FLAT_TAGS = ("p", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup",
             "caption", "rb", "rt", "rp", "rtc", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
             "meta", "source", "track", "wbr", "param", "keygen", "frame", "html", "head", "body")
# A list item opens a level unless it follows an open item of its kind, which its start tag closes (`<li><li>`:
# siblings): `<ul><li>` never closed nests two levels a time, as the parser builds it (19,000 of them parsed in 3
# CPU-s; counted as 19,000 levels when every `<li>` was taken for a sibling).
_ITEMS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt")}
# A start or end tag of an element that nests (its name).
_NESTS = re.compile(r"<(/?)(?!(?:" + "|".join(FLAT_TAGS) + r")[\s/>])([a-zA-Z][^\s/<>]*)", re.IGNORECASE)
# The rest of a tag, up to its ">".
_TAG_REST = re.compile(r"[^<>]*>?")
# Any tag (in a part nested too deep, outside script, style, comments, SVG and MathML, all are taken out).
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>?")
# A start tag this long (a letter, then characters that are neither "<" nor ">") may hold MAX_ATTRIBUTES attributes.
LONG_TAG = 2 * MAX_ATTRIBUTES
# The name a start tag opens with (a "<" in a script, `a<b;`, seldom looks like one).
_NAME = re.compile(r"[a-zA-Z][\w:.-]*[\s/]")
_ATTRIBUTE = re.compile(r"""(?:[\s/]|(?<=["']))[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_SELECT = re.compile(r"(<select\b[^>]*>)(.*?)(</select\s*>|$)", re.IGNORECASE | re.DOTALL)
_OPTION_TAG = re.compile(r"</?option\b[^>]*>", re.IGNORECASE)


# The reason `check` gives when the page's `deadline` passed while it counted the nesting (a page of millions of
# tags: the count is a Python loop over them, about a second a million).
OVER_BUDGET = "time_budget"
# The count reads its markup in stretches of about this many characters (cut before a "<": no tag is cut), and the
# clock before each.
_WINDOW = 1 << 16


def check(html: str, deadline: float | None = None) -> tuple[str, str | None]:
    """The page to parse (options inside selects dropped where there are many, nesting past `MAX_WORK` / tags
    flattened) and the reason to refuse it, if any (`too_many_attributes: ...`, or `OVER_BUDGET` when the
    extracting thread's CPU time passed `deadline` while the nesting was counted)."""
    n = len(html)
    if n < MIN_CHARS:
        return html, None
    flood = _attribute_flood(html)
    if flood:
        return html, f"too_many_attributes: {flood} > {MAX_ATTRIBUTES} in one element"
    tags = html.count("<")
    if tags <= SCAN_TAGS:
        return html, None
    if html.count("<option") + html.count("<OPTION") > MAX_OPTIONS:
        html = _SELECT.sub(lambda m: m.group(1) + _OPTION_TAG.sub(" ", m.group(2)) + m.group(3), html)
    # (at most as deep as it has start tags: most large pages have fewer than the bound)
    limit = MAX_WORK // tags
    if tags - html.count("</") - html.count("<!") - html.count("<p>") - html.count("<p ") <= limit:
        return html, None
    deepest, parts = nesting(html, min(FLAT_NESTING, limit), limit, deadline)
    if deepest < 0:
        return html, OVER_BUDGET
    if not parts:
        return html, None
    out, at = [], 0
    for a, b in parts:
        out.append(html[at:a])
        for m in _RAW.finditer(html, a, b):  # (script, style and comments stay)
            out.append(_TAG.sub(" ", html[a:m.start()]))
            out.append(m.group())
            a = m.end()
        out.append(_TAG.sub(" ", html[a:b]))
        at = b
    out.append(html[at:])
    return "".join(out), None


def nesting(html: str, flat: int = FLAT_NESTING, limit: int = MAX_NESTING,
            deadline: float | None = None) -> tuple[int, list[tuple[int, int]]]:
    """How deep the page's elements nest and, when deeper than `limit`, the parts of it nested past depth `flat`
    (from the start tag that opens level `flat` + 1 to the end tag that closes it, or to the end of the page);
    (-1, []) when the thread's CPU time passes `deadline` first (read every `_WINDOW` characters of markup).

    An end tag closes its element and every element opened inside it and left open (an unclosed <span>, a custom
    element written `<x-icon/>`, which HTML does not close: the parser closes them with their parent); an end tag
    with no open element of its name closes nothing."""
    stack: list[str] = []
    open_: dict[str, int] = {}  # name -> how many are open
    deepest = 0
    # (the tags are read as (end, name) pairs, cheaper than match objects; where a part begins and ends is kept as
    # the tag's number in its stretch of markup, and found again at the end. Kinds: 0 the part begins at the tag,
    # 1 it ends with it (the end tag of its first element), 2 it ends before it (an end tag that closes an element
    # around the part too))
    marks: list[tuple[int, int, int, int]] = []  # (stretch start, stretch end, tag number, kind)
    inside = False
    pos = 0
    raw = [(m.start(), m.end()) for m in _RAW.finditer(html)]
    raw.append((len(html), len(html)))
    push, pop, get = stack.append, stack.pop, open_.get
    for a, b in _windows(html, raw):
        if deadline is not None and time.thread_time() > deadline:
            return -1, []
        for k, (end, name) in enumerate(_NESTS.findall(html, pos, a)):
            name = name.lower()
            if end:
                if get(name):
                    while True:
                        top = pop()
                        open_[top] -= 1
                        if top == name:
                            break
                    if inside and len(stack) <= flat:
                        marks.append((pos, a, k, 1 if len(stack) == flat else 2))
                        inside = False
            else:
                items = _ITEMS.get(name)
                if items and stack and stack[-1] in items:  # (a sibling item: the one open is closed)
                    open_[stack[-1]] -= 1
                    stack[-1] = name
                    open_[name] = get(name, 0) + 1
                    continue
                push(name)
                open_[name] = get(name, 0) + 1
                if len(stack) > deepest:
                    deepest = len(stack)
                if len(stack) == flat + 1:
                    marks.append((pos, a, k, 0))
                    inside = True
        pos = b
    if deepest <= limit:
        return deepest, []
    parts: list[tuple[int, int]] = []
    begun = 0
    it, done, at = iter(()), 0, (-1, -1)
    for start, stop, k, kind in marks:
        if (start, stop) != at:
            it, done, at = _NESTS.finditer(html, start, stop), 0, (start, stop)
        m = next(islice(it, k - done, None))
        done = k + 1
        if kind == 0:
            begun = m.start()
        else:
            parts.append((begun, _TAG_REST.match(html, m.end()).end() if kind == 1 else m.start()))
    if inside:
        parts.append((begun, len(html)))
    return deepest, parts


def _windows(html: str, raw: list[tuple[int, int]]):
    """The stretches of markup between the raw text spans `raw` (scripts, styles, comments, SVG, MathML), cut into
    pieces of about `_WINDOW` characters before a "<", as (piece end, where the next piece starts) pairs."""
    pos = 0
    for a, b in raw:
        while a - pos > _WINDOW:
            cut = html.find("<", pos + _WINDOW, a)
            if cut < 0:
                break
            yield cut, cut
            pos = cut
        yield a, b
        pos = b


def _attribute_flood(html: str) -> int:
    """The attributes of the first start tag that holds more than MAX_ATTRIBUTES, or 0.

    Such a tag is at least LONG_TAG characters without a "<" (an attribute takes two: a name and a separator; the
    tokenizer starts a new attribute after a space, a "/" or a value's closing quote, so `<div a b c ...>`,
    `<div a/b/c ...>` and `<div a="1"b="2" ...>` all count). Every stretch that long holds one of the windows of
    LONG_TAG / 2 characters that start at multiples of LONG_TAG / 2: those windows are probed for a "<" (a find that
    stops at the first, a few characters on a page of markup), and only a window without one is looked at. A "<"
    in a script, a style or a comment opens no tag."""
    n = len(html)
    step = LONG_TAG // 2
    raw = None  # (scripts, styles and comments, read only as far as a tag of too many attributes needs)
    span = (-1, -1)
    p = 0
    while p + step <= n:
        if html.find("<", p, p + step) >= 0:
            p += step
            continue
        start = html.rfind("<", 0, p) + 1
        stop = html.find("<", p + step)
        if stop < 0:
            stop = n
        if start and stop - start > LONG_TAG and _NAME.match(html, start) \
                and html.find(">", start + 1, start + LONG_TAG + 1) < 0:
            end = html.find(">", start, stop)
            k = len(_ATTRIBUTE.findall(html, start, stop if end < 0 else end))
            if k > MAX_ATTRIBUTES:
                if raw is None:
                    raw = _RAW.finditer(html)
                while span[1] <= start:
                    m = next(raw, None)
                    span = m.span() if m is not None else (n + 1, n + 1)
                if span[0] >= start:
                    return k
        p = (stop // step + 1) * step  # (the first window after the stretch)
    return 0
