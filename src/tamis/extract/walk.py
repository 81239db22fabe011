"""One pass over the parsed DOM that cuts the page into text blocks and records the element tree.

A block is the inline text between two block-level boundaries (a paragraph, a heading, a list
item, a table cell …). Each block remembers the innermost block element that owns it, so that
any element's subtree is a contiguous range of element numbers (pre-order) and "the blocks inside
this element" is a range test. Each element's prune mark (markup semantics) is read as the walk
reaches it; page chrome is skipped; the time budget is checked every few hundred elements.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urljoin

from tamis.extract.prune import ANCHOR, HINT, Marks, custom_element_mark
from tamis.extract.scripts import join_lines

# Elements whose content is never page text. A MathML formula is text ("a ≠ 0"); its <annotation>
# repeats it in another notation (TeX). Even half: readability .9512 -> .9604 (one MathJax page),
# no other set moved. A ruby's <rt> is likewise its base text again, in another notation (the reading of Japanese
# kanji in kana, of Chinese in pinyin or bopomofo), and <rp> the brackets around it for browsers without ruby: read
# inline they break the text ("子こどもへの虐待ぎゃくたい"). trafeval even half: one page (NHK's Easy News, 140 rubies),
# 3 snippets found of 3 (0 before); no other page of the twelve even halves has an <rt>.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe", "object", "embed",
    "canvas", "rt", "rp",
    "button", "input", "select", "textarea", "option", "optgroup", "datalist", "head", "title", "meta",
    "link", "map", "audio", "video", "source", "track", "dialog", "-comment", "_comment", "frameset",
})
# Elements that start and end a block of text.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
    "pre", "header", "footer", "nav", "aside", "figure", "figcaption", "form", "fieldset", "legend",
    "address", "hr", "details", "summary", "center", "body", "html", "menu", "hgroup", "frame",
    "noframes", "label", "output", "search",
})
# MathML token elements: each is a word of the formula, set apart from its neighbours ("x 2", not "x2").
MATH_TOKENS = frozenset({"mi", "mn", "mo", "ms", "mtext"})
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# How often (in elements) the walk looks at the clock.
CLOCK_EVERY = 256


class Budget(Exception):
    """The page ran past its time budget."""


@dataclass(slots=True)
class Block:
    """Inline text of one block-level boundary pair."""

    text: str
    owner: int          # number of the innermost block element holding the text
    kind: str           # tag of that element (p, li, h2, td, pre …)
    link_chars: int     # characters inside <a>
    n_chars: int        # characters of text (whitespace squeezed)
    row: int = -1       # table row number for cells, else -1
    cell: int = 0       # cell position inside its row
    in_list: int = -1   # number of the enclosing ul/ol, else -1


@dataclass(slots=True)
class Walk:
    """The result of a walk: element tree (parallel arrays, pre-order) and text blocks."""

    tags: list[str] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)       # first element number after the subtree
    marked: list[tuple[int, str]] = field(default_factory=list)  # (element, why) from prune
    anchors: list[int] = field(default_factory=list)  # elements the markup names as the content
    hints: list[int] = field(default_factory=list)  # elements whose class/id names content
    blocks: list[Block] = field(default_factory=list)
    nodes: list = field(default_factory=list)  # each element's lexbor node (only with `names`)
    # With `markdown`: an <ol> numbered otherwise than 1, 2, 3 … -> its first number and the step (`start`,
    # `reversed`); a list item that sets its own number (`<li value>`) -> that number.
    numbering: dict[int, tuple[int, int]] = field(default_factory=dict)
    values: dict[int, int] = field(default_factory=dict)


class Walker:
    """Builds a `Walk` from a lexbor tree; options decide what inline content becomes text."""

    def __init__(self, marks: Marks | dict[int, str], deadline: float, alt_text: bool = False,  # (thread_time)
                 links: bool = False, max_depth: int = 200, skip_chrome: bool = True,
                 skip_tags: frozenset[str] = SKIP_TAGS, comments: bool = False, names: bool = False,
                 base: str | None = None, markdown: bool = False) -> None:
        # Each element's mark (prune.Marks reads it when the walk reaches the element; a dict holds them all).
        self.mark = marks.mark if isinstance(marks, Marks) else _lookup(marks)
        # The block judge reads the class/id words around a block (from the nodes, when it needs them).
        self.names = names
        self.skip_tags = skip_tags
        self.comments = comments
        self.deadline = deadline
        self.alt_text = alt_text
        self.links = links
        self.base = base  # (relative links, with `links`, are resolved against it)
        self.max_depth = max_depth
        self.markdown = markdown  # (an <ol>'s numbering is read for Markdown only)
        # nav/aside/footer and ARIA chrome are never walked: they are not text, and skipping them
        # saves a fifth of the walk on a typical page.
        self.skip_chrome = skip_chrome
        self.w = Walk()
        self.pieces: list[str] = []
        self.link_chars = 0
        self.owner = 0
        self.in_link = 0
        self.in_pre = 0
        self.row = -1
        self.cell = 0
        self.list_no = -1
        self.n_rows = 0
        self.count = 0

    def run(self, root) -> Walk:
        """Walk from `root` (the <body> or <html> node)."""
        w = self.w
        w.tags.append(root.tag or "body")
        if self.names:
            w.nodes.append(root)
        w.parent.append(-1)
        w.end.append(0)
        self._children(root, 0)
        self._flush()
        w.end[0] = len(w.tags)
        return w

    def _flush(self) -> None:
        pieces = self.pieces
        if not pieces:
            return
        raw = "".join(pieces)
        self.pieces = []
        links = self.link_chars
        self.link_chars = 0
        if self.in_pre:
            text = raw.strip("\n")
            if not text.strip():
                return
        elif raw.isspace():
            # (most pieces between two block elements are the markup's line breaks and indents)
            return
        else:
            raw = join_lines(raw)
            if "\x00" in raw:
                lines = [" ".join(s.split()) for s in raw.split("\x00")]
                text = "\n".join(s for s in lines if s)
            else:
                text = " ".join(raw.replace("\x00", " ").split())
            if not text:
                return
        w = self.w
        n = len(text)
        w.blocks.append(Block(text, self.owner, w.tags[self.owner], min(links, n), n,
                              self.row, self.cell, self.list_no))

    def _children(self, node, depth: int) -> None:
        w = self.w
        skip_tags = self.skip_tags
        # Where the text of the last inline element among these children ended, when nothing (not even a
        # space) has come after it: the next inline element's text is set apart from it (see `_apart`).
        glued = gstart = -1
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                # (soft hyphens stay as the page has them: the golds keep them, dropping them here lost dev F1 on
                # one page fold, and in mojibake U+00AD is the second byte of "í", which fix_unicode mends first)
                t = child.text_content
                if t:
                    self.pieces.append(t)
                    glued = -1
                    if self.in_link:
                        self.link_chars += len(t.strip())
                continue
            if tag in skip_tags:
                continue
            self.count += 1
            if self.count % CLOCK_EVERY == 0 and time.thread_time() > self.deadline:
                raise Budget()
            if tag == "br":
                self.pieces.append("\n" if self.in_pre else "\x00")
                glued = -1
                continue
            if tag == "img":
                glued = -1
                if self.alt_text:
                    alt = child.attrs.get("alt")
                    if alt and alt.strip():
                        self.pieces.append(f" [{alt.strip()}] ")
                continue
            if depth >= self.max_depth:
                # Pathological nesting: keep the text, stop structuring it.
                t = child.text(deep=True)
                if t:
                    self.pieces.append(" " + t + " ")
                continue
            why = self.mark(child, tag)
            if why is None and tag and "-" in tag:
                why = custom_element_mark(tag, self.comments)
            if why == "chrome" and self.skip_chrome:
                continue
            if why is not None or tag in BLOCK_TAGS:
                glued = -1
                if self.pieces:
                    self._flush()
                idx = len(w.tags)
                w.tags.append(tag)
                if self.names:
                    w.nodes.append(child)
                w.parent.append(self.owner)
                w.end.append(0)
                if why == ANCHOR:
                    w.anchors.append(idx)
                elif why == HINT:
                    w.hints.append(idx)
                elif why is not None:
                    w.marked.append((idx, why))
                saved = (self.owner, self.row, self.cell, self.list_no)
                self.owner = idx
                if tag == "tr":
                    self.n_rows += 1
                    self.row = self.n_rows
                    self.cell = 0
                elif tag == "td" or tag == "th":
                    self.cell += 1
                elif tag == "ul" or tag == "ol":
                    self.list_no = idx
                    if self.markdown and tag == "ol":
                        _numbering(w, idx, child)
                elif tag == "table":
                    self.row = -1
                elif tag == "li" and self.markdown:
                    value = _integer(child.attrs.get("value"))
                    if value is not None:
                        w.values[idx] = value
                if tag == "pre":
                    self.in_pre += 1
                    self._children(child, depth + 1)
                    self._flush()
                    self.in_pre -= 1
                else:
                    self._children(child, depth + 1)
                    if self.pieces:
                        self._flush()
                w.end[idx] = len(w.tags)
                cell = self.cell
                self.owner, self.row, self.cell, self.list_no = saved
                if tag == "td" or tag == "th":
                    self.cell = cell
                continue
            # An inline element.
            pieces = self.pieces
            k = len(pieces)
            if tag == "a":
                self.in_link += 1
                if self.links:
                    href = child.attrs.get("href") or ""
                    start = len(self.pieces)
                    self._children(child, depth + 1)
                    inner = "".join(self.pieces[start:])
                    label = inner.strip()
                    if href and label and not href.startswith(("#", "javascript:")):
                        if self.base:
                            href = absolute(self.base, href) or href
                        # (the white space the link's text had around it, not more: "see [the report](url).")
                        lead = " " if inner[:1].isspace() else ""
                        trail = " " if inner[-1:].isspace() else ""
                        self.pieces[start:] = [f"{lead}[{' '.join(label.split())}]({href}){trail}"]
                else:
                    self._children(child, depth + 1)
                self.in_link -= 1
            elif tag in MATH_TOKENS:
                self.pieces.append(" ")
                self._children(child, depth + 1)
                self.pieces.append(" ")
            else:
                self._children(child, depth + 1)
            if self.pieces is not pieces:
                glued = -1  # (a block inside the element flushed the text: it is cut off there anyway)
            elif len(pieces) > k:
                if glued == k:
                    self._apart(gstart, k)
                glued = len(pieces)
                gstart = k

    def _apart(self, gstart: int, k: int) -> None:
        """Set the text of an inline element (from piece `k`) apart from that of the inline element right
        before it (pieces `gstart` to `k`, no text, not even a space, between them).

        Templates lay out a date, a name and its blurb, a card's title and summary as sibling spans that
        their style sheet shows as separate lines (`<span class=day>Sat</span><span class=month>Dec</span>`);
        read as they stand, the words are glued ("SatDec"). gtrends (even half): the tour dates, the
        cards of a directory. Only a word that ends the one element and a capital or a digit that begins the
        next: an initial or a small-caps first letter (`<font size=+1>A</font>dvertise`), a word split by
        markup ("Governanc<b>e</b>", "3<sup>rd</sup>") and punctuation stay as they are."""
        pieces = self.pieces
        first = pieces[k][:1]
        if (first.isupper() or first.isdigit()) and not self.in_pre:
            before = "".join(pieces[gstart:k])
            last = before[-1:]
            if last.isalnum() and len(before.strip()) >= 2 and not (first.isdigit() and last.isdigit()):
                pieces.insert(k, " ")


def absolute(base: str | None, href: str) -> str | None:
    """`href` resolved against `base` as a browser resolves it (`urljoin`; `href`'s spaces stripped), or None when
    either cannot be parsed (an unclosed IPv6 bracket, `http://[::1`, raises ValueError). The callers say what
    stands in then: a link is written as the page has it, a page's `<base href>` gives way to its address, a
    relative canonical URL is passed over."""
    try:
        return urljoin(base or "", href.strip())
    except ValueError:
        return None


def _lookup(marks: dict[int, str]):
    """`Marks.mark` for marks given as a dict (lexbor mem_id -> why)."""
    return lambda node, tag: marks.get(node.mem_id) if marks else None


def node_name(node) -> str:
    """An element's class and id ('' when it has neither)."""
    a = node.attributes
    c, i = a.get("class"), a.get("id")
    if c and i:
        return c + " " + i
    return c or i or ""


def _numbering(w: Walk, idx: int, node) -> None:
    """Record how an <ol> numbers its items when it is not 1, 2, 3 …: `start` (an integer, else 1; a `reversed`
    list's default is its number of items) and `reversed` (counting down)."""
    attrs = node.attrs
    start = attrs.get("start")
    down = "reversed" in attrs
    if start is None and not down:
        return
    first = _integer(start)
    if first is None:
        first = sum(1 for c in node.iter() if c.tag == "li") if down else 1
    if first != 1 or down:
        w.numbering[idx] = (first, -1 if down else 1)


def _integer(value: str | None) -> int | None:
    """A list's `start` or an item's `value` as a number: an integer of at most 9 digits (CommonMark's bound on a
    list marker), else None."""
    if not value:
        return None
    try:
        n = int(value.strip())
    except ValueError:
        return None
    return n if abs(n) < 10**9 else None
