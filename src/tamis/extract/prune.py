"""Marks the elements that look like page chrome or widgets, from markup semantics alone.

Three kinds of evidence, all general: the HTML5 sectioning elements for page chrome (nav, aside,
footer), ARIA roles and hidden markers, and the class/id words that templates give to their
navigation, sharing, cookie, advertising and comment widgets. Each element's tag and attributes are
read when the walk reaches it (`Marks.mark`); the few tests that need the page around an element are
lexbor CSS queries (C) made before the walk. A class/id value is tested word by word in Python, once
per value (`_classify`). Nothing is removed here: the content choice drops a marked element unless it
holds much of the page's prose, because a `<div class="share_wrapper">` around the whole article must
not remove the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

# The mark of an element that the page's markup names as its main content (not a widget).
ANCHOR = "anchor"
# The mark of an element that a class or id names the page's sidebar, the bare word ("sidebar", "sidebar2"):
# unlike the other widgets, never a wrapper of the content.
SIDEBAR = "sidebar"
_SIDEBAR = re.compile(r"(?i)sidebar\d*$")
# The mark of an element whose class/id names content ("article-body", "story").
HINT = "hint"

# Class/id words of boilerplate widgets (the words templates use; cf. trafilatura's and
# readability's lists of unlikely candidates, rewritten as whole-word tests).
BOILER_WORDS = (
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "sidebar", "breadcrumb", "breadcrumbs",
    "footer", "masthead", "share", "sharing", "sharebar", "social", "socials", "related", "recommended",
    "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
    "signup", "promo", "promotion", "advert", "advertisement", "advertising", "ads", "ad", "adsense",
    "sponsor", "sponsored", "banner", "popup", "modal", "overlay", "tagcloud",
    "pagination", "pager", "toolbar", "login", "outbrain", "taboola", "disqus", "sr-only",
    "visually-hidden", "screen-reader-text", "print-only", "tags", "toc", "shoutbox",
    "trending", "most-popular", "mostpopular", "popular", "byline-share", "follow", "rss",
    # A photo gallery is a figure by another name (its captions, "Caption", "Close", "1 of 5").
    "gallery",
    # An author's biography box ("author-bio", "bio mini"): the golds that have one never keep it (round 10's
    # context table: 0 gold shingles in it on dragnet and wcxb_dev). Even half: dragnet +.0006, wcxb_dev
    # +.0001 (18 pages up, none down), no other page moved.
    "bio",
    # A forum post's or a letter's signature (the poster's links and motto under each post): the writer's, not
    # the text's. Even half: wcxb_dev +.0002 (5 forum pages up), cleaneval one page -.004 (-.00001 on the set).
    "signature",
    # What the page's print style sheet leaves out ("noprint", Bootstrap's "d-print-none"): its authors' own word
    # that it is not part of the document. Even half: l3s_gn1 +.0009 (a layout of noprint tables, +.40),
    # wcxb_dev +.00001 (1 page up, 2 down by .01: a wiki's "From ArchWiki" and its notes), no other page moved.
    "noprint", "no-print", "d-print-none", "hidden-print",
)
COMMENT_WORDS = ("comment", "comments", "commentlist", "comment-list", "respond", "reply", "replies",
                 "discussion", "disqus_thread")
# hAtom's and microformats2's class of a post (even half: dragnet .8457 -> .8518, no other set moved;
# adding .entry-content, .e-content, itemprop=articleBody or schema.org Article itemtypes: no change).
ANCHOR_SELECTORS = (".hentry", ".h-entry")
# The embed codes of posts quoted from social networks (the blockquote the network's script renders).
EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"
# Class/id substrings that name the main content (the hint lowers the dominance the descent needs).
_HINT_RE = re.compile(r"article|story|content|entry|post-?body|body-?text|main-?text")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_GENERATED = re.compile(r"[0-9]")
_STREAMED_ID = re.compile(r"S:[0-9a-z]+$")
# Class names of blocks hidden by the page's style sheet.
_HIDDEN_CLASSES = frozenset({"hidden", "hide", "is-hidden", "d-none", "display-none", "hiddenbox"})
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Content hints protect a candidate whose class/id also names the main content.
_CONTENT_WORDS = re.compile(r"(?<![a-z0-9])(article|content|main|post|entry|story|body|text)(?![a-z0-9])")
# Phrasing elements: their class/id never marks a widget.
_INLINE = frozenset({"a", "span", "b", "i", "em", "strong", "font", "small", "sup", "sub", "abbr", "cite",
                     "code", "q", "mark", "u", "s"})
# Phrasing elements that wrap a hover card, and the links that make one (the name's, the stories').
_CARD_TAGS = frozenset({"span", "small", "font", "b", "strong", "i", "em"})
_CARD_LINKS = 2
_CARD_CHARS = 600
# WAI-ARIA landmark and widget roles of page chrome (not tabpanel, list, region …).
_CHROME_ROLES = frozenset({"navigation", "contentinfo", "complementary", "banner", "search", "menu",
                           "menubar", "dialog", "alertdialog", "toolbar", "alert", "status", "tooltip"})


def _trie(words: frozenset[str]) -> str:
    """A regex alternation of `words` as a trie ("ad(?:s(?:ense)?|vert(?:...))?"): the engine tries one branch per
    character where a flat list of the words tries them all."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(tree)


def _word_re(words: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """Whole-word test on a lower-cased class/id value: hyphens and underscores separate words. (Whether it finds
    a match, which is all that is asked of it, does not depend on the order of the alternatives.)"""
    return re.compile(rf"(?<![a-z0-9]){_trie(frozenset(words))}(?![a-z0-9])")


_BOILER_RE = _word_re(BOILER_WORDS)
# The gate: one search decides for most values (those that name no widget at all). A value names a widget only if
# it holds every token of the widget's name, so one token of each name (the longest: "print" of "d-print-none", not
# "d" or "none") is enough. A token is a run of [a-z0-9] (`_TOKEN_SPLIT`'s separators around it, or the value's
# ends): the search finds one of them where splitting the value into its tokens and looking each up would, without
# building the tokens (trafeval's even half, `_classify`'s 37,731 misses: the gate 0.049 -> 0.028 s).
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_ANY_TOKENS = frozenset(max(_TOKEN_SPLIT.split(w), key=len) for w in BOILER_WORDS + COMMENT_WORDS)
_ANY_TOKEN_RE = _word_re(_ANY_TOKENS)
# The gate and the content hint in one search, for the values that hold neither (most): the first match is a token
# (group "token") or a hint; only after a hint is the rest of the value searched for a token.
_TOKEN_OR_HINT = re.compile(rf"(?P<token>{_ANY_TOKEN_RE.pattern})|{_HINT_RE.pattern}")
_COMMENT_RE = _word_re(COMMENT_WORDS)
# A word that starts a widget's name glued to another word: "relatedposts" (WordPress Jetpack),
# "relatedarticles", "relatedlinks". ("share" is not one: "shared-services" names headings.)
BOILER_PREFIX = "related"
_PREFIX_RE = re.compile(rf"(?<![a-z0-9]){BOILER_PREFIX}[a-z]+")


def _widget(value: str, comments: bool) -> str | None:
    """What a lower-cased class/id value names: a widget ("boiler", "comment" …), the content ("hint"), or None."""
    if "[" in value or ":" in value:
        # Utility classes with variants or arbitrary values (Tailwind's "lg:pt-[var(--banner-h)]")
        # describe a style, not a role: their words name no widget. Even half: wcxb_dev +.0004
        # (a landing page, 0 -> .73), no other page moved.
        value = " ".join(t for t in value.split() if "[" not in t and ":" not in t)
    m = _TOKEN_OR_HINT.search(value)
    if m is None or (m.lastgroup != "token" and _ANY_TOKEN_RE.search(value, m.start()) is None):
        # Most values name no widget (m: None, or the first content hint); a substring test spares them the regex.
        if (BOILER_PREFIX not in value or _PREFIX_RE.search(value) is None
                or _CONTENT_WORDS.search(value) is not None):
            return HINT if m is not None else None
        return "boiler"
    if _COMMENT_RE.search(value) is not None:
        return "comment" if not comments else "comment_keep"
    if _BOILER_RE.search(value) is not None and _CONTENT_WORDS.search(value) is None:
        return "boiler"
    return None


# A picture's credit line ("photo-credit", "credit image", "imageCredit"): a caption by another name, outside
# the <figure> that would have held it ("Al Goldis, Associated Press", "Getty Images"). The word "credit" alone
# is also a byline's class ("Posted By: …", which golds keep). Even half: aeb +.0002, dragnet +.0001 (9 pages up,
# 1 down by .01); "credit" alone: l3s_gn1 -.0001 (bylines).
_CREDIT = re.compile(r"(?<![a-z0-9])credits?(?![a-z0-9])")
_PICTURE = re.compile(r"(?<![a-z0-9])(photos?|images?|img|pictures?|pics?|thumbnails?|media)(?![a-z0-9])")
# WordPress's captioned pictures (`div.wp-caption`, `p.wp-caption-text`) are not marked: dropping them as figures
# (round 14, helper x14c) gained evan +.0024, chaos +.0011 on the dev halves and big9/chaos/evan +.001-.003 on their
# validation halves, but cost cleanportal -.0090 (13 of 70 pages), whose gold keeps captions, as l3s_gn1's and
# readability's do. The golds disagree; a caption is a sentence about the article, so it stays (principle 2).
_PICTURE_CREDIT = re.compile(r"(photo|image|img|picture|pic)[-_]?credits?(?![a-z0-9])")


# A post's line of facts ("entry-meta", "post-footer", "postmetadata", "entry-utility": "Posted by … | Permalink |
# Comments (3)", "Filed under …"): the blog template's, not the post's. The content words in these names would
# otherwise protect them. Even half: dragnet +.0003, readability, cleaneval and wcxb_dev +.00004 to +.00007
# (31 pages up, 10 down: bylines that cleaneval's and dragnet's golds keep).
# A footer is one whatever it is the footer of ("article-footer", "entry-footer", "story_footer"): the content
# word in its name says where it sits, not that it is text. Even half: l3s_gn1 +.0007 (a sport page's footer
# box of newsletter and forum calls, +.30), wcxb_dev +.00006 (6 pages up, 1 down by under .005), no other page.
_POST_META = re.compile(
    r"(?<![a-z0-9])((post|entry)[-_]?(meta|metadata|utility|footer)|([a-z]+[-_])?footer)(?![a-z0-9])")


def _is_photo_credit(value: str) -> bool:
    """Whether a lower-cased class/id value names a picture's credit line."""
    return _PICTURE_CREDIT.search(value) is not None or (
        _CREDIT.search(value) is not None and _PICTURE.search(value) is not None)


@lru_cache(maxsize=4096)  # (custom element names: a page rarely uses more than a few dozen)
def custom_element_mark(tag: str, comments: bool) -> str | None:
    """The widget a custom element's name says it is ("ps-promo", "amp-social-share"), or None.

    A custom element's name is chosen by the site like a class name, and names its role as one does.
    Even half: aeb +.0004 (an LA Times teaser box in the column), wcxb_dev two pages up, no page down.
    """
    why = _widget(tag, comments)
    return None if why == HINT else why


def _hidden_by_class(tag: str, cls: str) -> bool:
    """Whether a block's class list hides it (Bootstrap's "d-none", "hidden", "hide", TypePad's "hiddenBox").

    The class says what a style attribute says. Not on inline elements (a class inside a sentence is not a
    block), nor on <pre> (a live sample's source, shown as the page's code), nor in Tailwind lists with
    variants ("hidden md:block" shows it on wide screens: accordions, menus). Even half: aeb +.0004,
    dragnet +.0019, wcxb_dev +.0015, no set down (19 pages up, 4 down); with Bootstrap's "d-md-block" taken
    as shown again: wcxb_dev +.0001 only (its wide-screen blocks are asides and mobile copies).
    """
    if tag in _INLINE or tag == "pre":
        return False
    toks = cls.lower().split()
    return not any(":" in t for t in toks) and any(t in _HIDDEN_CLASSES for t in toks)


@lru_cache(maxsize=1 << 14)
def _classify(c: str | None, i: str | None, comments: bool) -> tuple[str | None, bool, bool]:
    """What an element's class and id say, apart from its tag: the widget they name (as `_widget`, with the
    photo credits, the post's line of facts and split CamelCase ids, a bare sidebar word as SIDEBAR), whether
    they name an accordion, and whether a hiding class may be among them.
    Pages repeat their class values (a list's items, a menu's links): each is read once."""
    value = (c + " " + i if i else c) if c else i
    lower = value.lower()
    accordion = "accordion" in lower or "faq" in lower
    hid = not accordion and bool(c) and ("hid" in lower or "none" in lower)
    why = _widget(lower, comments)
    if why is None and "credit" in lower and _is_photo_credit(lower):
        why = "boiler"
    if why in (None, HINT) and ("footer" in lower or "meta" in lower or "utility" in lower) and (
            _POST_META.search(lower) is not None):
        why = "boiler"
    if why is None and i and not i.islower() and _GENERATED.search(i) is None:
        # A hand-written CamelCase id ("SubNav", "readerComments", "AdsLeft") joins its words; split,
        # they can only add a mark (generated ids with numbers are left alone). Even half: l3s_gn1 +.0010,
        # dragnet +.0013, no set down; split classes too: mean -.0011 (MathJax's "CtxtMenu", "heroBanner");
        # any id, also replacing the unsplit value: readability and wcxb_dev -.0001.
        why = _widget((c + " " + _CAMEL.sub("-", i) if c else _CAMEL.sub("-", i)).lower(), comments)
        if why == HINT:
            why = None
    # (a value that `_SIDEBAR` matches holds "debar" once lower-cased: no other letters fold to d, e, b, a, r)
    if why == "boiler" and "debar" in lower and (
            _SIDEBAR.match(i or "") or any(_SIDEBAR.match(t) for t in (c or "").split())):
        why = SIDEBAR
    return why, accordion, hid


# A box of paid links (rel="sponsored", the mark that search engines ask of paid links): a native-advertising
# widget's "You May Like" teasers, whose titles and brands often sit beside the (empty) link, not in it, so link
# density does not see them. The box is the largest element around >= 3 such links whose text stays short for its
# links (a teaser, a brand and a share of the box's disclosure each), that holds no paragraph of prose and no
# table rows or list items (a comparison table or a checklist of affiliate links is the document's).
_SPONSORED_LINKS = 3
_SPONSORED_PROSE = 120
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_SPONSORED_CHARS = 250
_SPONSORED_SLACK = 600


def _mark_sponsored(body, links, out: dict[int, str]) -> None:
    count: dict[int, int] = {}
    for a in links:
        node = a.parent
        while node is not None and node.mem_id != body.mem_id:
            count[node.mem_id] = count.get(node.mem_id, 0) + 1
            node = node.parent
    # (whether an element may be the box: the same for every link inside it, so tested once)
    fits: dict[int, bool] = {}
    done: set[int] = set()
    for a in links:
        best = None
        node = a.parent
        while node is not None and node.mem_id != body.mem_id and node.tag not in ("html", "main", "article"):
            n = count[node.mem_id]
            if n >= _SPONSORED_LINKS:
                ok = fits.get(node.mem_id)
                if ok is None:
                    ok = fits[node.mem_id] = (
                        len(node.text(strip=True)) <= _SPONSORED_CHARS * n + _SPONSORED_SLACK
                        and node.tag not in _TABLE_PARTS and node.css_first("tr, li") is None
                        and not any(len(q.text(strip=True)) >= _SPONSORED_PROSE for q in node.css("p")))
                if not ok:
                    break
                best = node
            node = node.parent
        if best is not None and best.mem_id not in done:
            done.add(best.mem_id)
            if best.tag not in _INLINE:
                out.setdefault(best.mem_id, "boiler")


# An element's mark by its tag alone: the HTML5 sectioning elements of page chrome, and the figures.
_TAG_MARKS = {
    "nav": "chrome", "footer": "chrome",
    # <aside> is sometimes (mis)used for the post itself: walked, and kept when it wraps the prose.
    "aside": "boiler",
    # Figures and their captions describe pictures; the datasets' authors leave them out of the text.
    "figure": "boiler", "figcaption": "boiler",
}
# (the elements that the class/id words never mark as a widget: the page and its main content)
_PAGE_TAGS = frozenset({"body", "html", "main", "article"})
# The selectors of the tests below that need the page around an element: paid links, pictures in paragraphs, and
# the embedded posts and anchors (their classes: "twitter-tweet" … on a <blockquote>, "hentry", "h-entry").
_LINK_SELECTOR = 'a[rel*="sponsored" i]'
_PICTURE_SELECTOR = "p img"
_PRE_SELECTORS = ", ".join((_LINK_SELECTOR, _PICTURE_SELECTOR, *ANCHOR_SELECTORS, EMBEDDED_POSTS))
# The attributes that `Marks.mark` reads, and those of them that state a role or a hiding.
_MARK_ATTRS = frozenset({"role", "hidden", "aria-hidden", "aria-modal", "style", "class", "id"})
_STATE_ATTRS = _MARK_ATTRS - {"class", "id"}


class Marks:
    """The marks of one page's elements (why each looks like page chrome or a widget), by markup alone.

    An element's mark comes from its own tag and attributes (sectioning elements, ARIA roles and hidden markers,
    class/id words); `mark` reads them when the walk reaches the element, so that each element is read once and
    the elements the walk skips (scripts, navigation) are not read at all. The tests that need the page around an
    element (sponsored boxes, hover cards, embedded posts, the page's one anchor) are made here, beforehand.

    Nothing is removed here: the content choice drops a marked element unless it holds much of the page's prose,
    because a `<div class="share_wrapper">` around the whole article must not remove the article. The walk still
    visits marked elements, except page chrome ("chrome").
    """

    def __init__(self, body, comments: bool, tables: bool = True) -> None:
        self.comments = comments
        # (with tables off, every table is "hidden", whatever else it is)
        self.tables = tables
        # One query for the paid links, the pictures in paragraphs and the page-level selectors. Another element
        # can only be a page-level one; an <a> or <img> is a link or a picture, unless its class may name a post
        # (all the page-level classes hold "entry" or a tag that is neither): then the first two are asked again.
        links, pictures = [], []
        page = again = False
        for node in body.css(_PRE_SELECTORS):
            tag = node.tag
            if tag != "a" and tag != "img":
                page = True
            elif "entry" in (node.attributes.get("class") or "").lower():
                page = again = True
            else:
                (links if tag == "a" else pictures).append(node)
        if again:
            links, pictures = body.css(_LINK_SELECTOR), body.css(_PICTURE_SELECTOR)
        sponsored: dict[int, str] = {}
        if len(links) >= _SPONSORED_LINKS:
            _mark_sponsored(body, links, sponsored)
        self.sponsored = sponsored.keys()
        self.cards = _hover_cards(pictures)
        # Embedded posts and their boxes (`protected`), and the page's single hAtom post (`anchors`).
        self.protected: set[int] = set()
        self.anchors: set[int] = set()
        if page:
            self._page_marks(body)
        self.around = bool(self.sponsored or self.cards or self.protected or self.anchors)

    def _page_marks(self, body) -> None:
        # A post embedded in the text (a tweet, an Instagram post) is quoted content, even inside a box
        # that its template names "social": the box and the post are not widgets. Even half: aeb .9816 -> .9835
        # (one page of tweets, .79 -> .97), no other page moved.
        for node in body.css(EMBEDDED_POSTS):
            p = node
            while p is not None and p.mem_id != body.mem_id:
                self.protected.add(p.mem_id)
                p = p.parent
        # The microformat and schema.org names of a post and its body: where the page has exactly one,
        # its author said where the content is (cf. Readability's and trafilatura's content hints).
        for sel in ANCHOR_SELECTORS:
            anchors = body.css(sel)
            if len(anchors) == 1:
                self.anchors.add(anchors[0].mem_id)

    def mark(self, node, tag: str) -> str | None:
        """The element's mark (None: none). The tests in order; each keeps an earlier test's mark unless it says
        otherwise (a chrome role, an accordion's panel, an embedded post's box, the anchor)."""
        if tag == "table" and not self.tables:
            return "hidden"
        why = _TAG_MARKS.get(tag)
        if why is not None and tag == "figure" and node.css_first("table") is not None:
            # A figure that holds a table is the table (WordPress wraps every table of a post in
            # <figure class="wp-block-table">): its rows are text, its caption is still a caption. Even half:
            # wcxb_dev +.0011 (12 pages up, 2 down by under .01), no other set moved.
            why = None
        a = node.attributes
        if not self.around:
            if _MARK_ATTRS.isdisjoint(a):
                # (most elements: none of the attributes below, and no page-level mark)
                return why
            if _STATE_ATTRS.isdisjoint(a):
                # (most of the others: a class or an id alone; the tests below that can fire then, in their order)
                if tag in _INLINE:
                    return why
                c, i = a.get("class"), a.get("id")
                if not c and not i:
                    return why
                named, _, hid = _classify(c, i, self.comments)
                if hid and _hidden_by_class(tag, c):
                    return why or "hidden"
                if named is None or why is not None:
                    return why
                return named if named == HINT or tag not in _PAGE_TAGS else None
        # (the page-level sets are empty on most pages: the element's mem_id is read only when one is not)
        if self.sponsored and why is None and node.mem_id in self.sponsored:
            why = "boiler"
        c = i = None
        if a:
            if "role" in a:
                role = a["role"]
                if role and role.strip().lower() in _CHROME_ROLES:
                    why = "chrome"
            if why is None and ("hidden" in a or (("aria-hidden" in a or "aria-modal" in a) and _aria_hides(a))):
                why = "hidden"
                # React's streamed server rendering sends each late part of the page as <div hidden id="S:n">,
                # which a script then moves into place: the text is the page's, not hidden.
                if tag == "div" and "hidden" in a and _STREAMED_ID.match(a.get("id") or ""):
                    why = None
            if why is None and "style" in a:
                style = a["style"]
                if style and _DISPLAY_NONE.search(style) is not None:
                    why = "hidden"
            c, i = a.get("class"), a.get("id")
        if self.cards and why is None and node.mem_id in self.cards:
            why = "chrome"
        hint = False
        # (on a phrasing element, class/id words can only show an accordion's panel: they mark no widget, no hint
        # and no hiding block there, below and in `_hidden_by_class`)
        if (c or i) and (tag not in _INLINE or why == "hidden"):
            named, accordion, hid = _classify(c, i, self.comments)
            if accordion:
                if why == "hidden":
                    # A closed accordion's panel (an FAQ's answers, a course's syllabus) is hidden only until
                    # its heading is clicked: the text is the page's.
                    # Even half: wcxb_dev +.0019 (9 pages up, 1 down), no other set moved.
                    why = None
            elif hid and _hidden_by_class(tag, c):
                why = why or "hidden"
                named = None
            if named == HINT:
                hint = tag not in _INLINE
            elif named is not None and why is None and tag not in _PAGE_TAGS and tag not in _INLINE:
                # A class on an inline element inside a sentence ("popup" notes on words, "ad" on a link) does
                # not make a widget: cutting it would cut the sentence. Widgets are blocks.
                why = named
        if self.protected and why in ("boiler", SIDEBAR) and node.mem_id in self.protected:
            why = None
        if self.anchors and why in (None, "boiler", SIDEBAR) and node.mem_id in self.anchors:
            why = ANCHOR
        if hint and why is None:
            why = HINT
        return why


def _aria_hides(a: dict[str, str | None]) -> bool:
    """Whether an element's ARIA states hide or isolate it: aria-hidden="true", aria-modal="true" (in any case)."""
    return any((a.get(name) or "").lower() == "true" for name in ("aria-hidden", "aria-modal"))


def _hover_cards(pictures) -> set[int]:
    """A card inside a sentence (a name's hover card: picture, links to the person's stories) is shown
    only on hover: the innermost phrasing element around a picture in a paragraph that holds several
    links is not text. Skipped whole ("chrome"), so the sentence around it stays one line. Even half:
    aeb +.0013 (The Hill's name cards, two pages), no other page moved once whole texts wrapped in
    <p><font> (cleaneval -.0055 without the guard) were left alone. (`pictures`: the <img> elements in a <p>.)"""
    cards = set()
    for img in pictures:
        node = img.parent
        while node is not None and node.tag in _CARD_TAGS:
            if len(node.css("a")) >= _CARD_LINKS:
                # A card is small and has no lines (old pages wrap whole texts in <p><font>).
                if node.css_first("br, p, div, table, li") is None and len(node.text()) <= _CARD_CHARS:
                    cards.add(node.mem_id)
                break
            node = node.parent
    return cards


def mark_boilerplate(body, comments: bool) -> dict[int, str]:
    """Every element's mark at once (lexbor mem_id -> why), `body` included: `Marks` for tools that want a dict."""
    marks = Marks(body, comments)
    out = {}
    for node in body.traverse():
        why = marks.mark(node, node.tag)
        if why is not None:
            out[node.mem_id] = why
    return out
