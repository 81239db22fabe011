"""Chooses the subtrees to skip before the walk, from markup semantics alone.

Three kinds of evidence, all general: the HTML5 sectioning elements for page chrome (nav, aside,
footer), ARIA roles and hidden markers, and the class/id words that templates give to their
navigation, sharing, cookie, advertising and comment widgets. Matching is done in lexbor's CSS
engine (C), then each candidate's class/id is checked word by word in Python, and a candidate that
holds most of the page's text is kept: a `<body class="has-sidebar">` must not remove the page.
"""
from __future__ import annotations

import re

# Sectioning and ARIA chrome (HTML5: nav, aside, footer; WAI-ARIA landmark roles).
CHROME_SELECTOR = (
    "nav, aside, footer, [role=navigation], [role=contentinfo], [role=complementary], [role=banner],"
    " [role=search], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [aria-hidden=true],"
    " [hidden], [aria-modal=true]"
)
# Class/id words of boilerplate widgets (the words templates use; cf. trafilatura's and
# readability's lists of unlikely candidates, rewritten as whole-word tests).
BOILER_WORDS = (
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "sidebar", "breadcrumb", "breadcrumbs",
    "footer", "masthead", "share", "sharing", "sharebar", "social", "socials", "related", "recommended",
    "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
    "signup", "promo", "promotion", "advert", "advertisement", "advertising", "ads", "ad", "adsense",
    "sponsor", "sponsored", "banner", "popup", "modal", "overlay", "widget", "widgets", "tagcloud",
    "pagination", "pager", "skip", "toolbar", "login", "outbrain", "taboola", "disqus", "sr-only",
    "visually-hidden", "screen-reader-text", "print-only", "tags", "toc", "shoutbox",
    "trending", "most-popular", "mostpopular", "popular", "byline-share", "follow", "rss",
)
COMMENT_WORDS = ("comment", "comments", "commentlist", "comment-list", "respond", "reply", "replies",
                 "discussion", "disqus_thread")
# The CSS prefilter: substrings of the words above (C speed), confirmed by _WORD_RE in Python.
_SUBSTRINGS = ("nav", "menu", "side", "crumb", "foot", "mast", "shar", "social", "relat", "recomm",
               "cookie", "consent", "gdpr", "newsl", "subscri", "signup", "promo", "advert", "ads",
               "sponsor", "banner", "popup", "modal", "overlay", "widget", "tags", "tagcloud", "pagina",
               "pager", "skip",
               "toolbar", "login", "outbrain", "taboola", "disqus", "only", "visually-hidden", "screen-reader",
               "toc", "shout", "trending", "popular", "follow", "rss")
_COMMENT_SUBSTRINGS = ("comment", "respond", "repl", "discussion")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Content hints protect a candidate whose class/id also names the main content.
_CONTENT_WORDS = re.compile(r"(^|[\s_-])(article|content|main|post|entry|story|body|text)([\s_-]|$)")
_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])|(?<=[a-z])(?=[A-Z])")


def _selector(substrings: tuple[str, ...]) -> str:
    parts = []
    for s in substrings:
        parts.append(f'[class*="{s}" i]')
        parts.append(f'[id*="{s}" i]')
    # "ad" alone is too common a substring (head, load, shadow): whole-word forms only.
    parts += ['[class~="ad" i]', '[id="ad" i]', '[class*="ad-" i]', '[id*="ad-" i]']
    return ", ".join(parts)


_BOILER_SELECTOR = _selector(_SUBSTRINGS)
_COMMENT_SELECTOR = _selector(_COMMENT_SUBSTRINGS)


def _words(value: str) -> set[str]:
    """Words of a class/id value: split on spaces, underscores, hyphens between letters, camelCase."""
    out: set[str] = set()
    for token in value.split():
        low = token.lower()
        out.add(low)
        for w in _SPLIT.split(token):
            if w:
                out.add(w.lower())
    return out


def skip_set(tree, body, comments: bool, max_share: float = 0.4) -> set[int]:  # noqa: ANN001
    """Element ids (lexbor mem_id) of the boilerplate subtrees to leave out of the walk.

    `max_share`: a candidate holding more than this share of the body's text is kept (a wrapper,
    not a widget); 0.4 keeps a sidebar-classed layout column that is really the article.
    """
    words = set(BOILER_WORDS)
    selector = CHROME_SELECTOR + ", " + _BOILER_SELECTOR
    if not comments:
        words |= set(COMMENT_WORDS)
        selector += ", " + _COMMENT_SELECTOR
    candidates = body.css(selector) + body.css("[style]")
    if not candidates:
        return set()
    total = len(body.text(separator=" ")) or 1
    out: set[int] = set()
    for node in candidates:
        tag = node.tag
        if tag in ("body", "html", "main", "article"):
            continue
        a = node.attrs
        if tag in ("nav", "aside", "footer"):
            hit = True
        elif a.get("role") or "hidden" in a or a.get("aria-hidden") == "true" or a.get("aria-modal"):
            hit = a.get("role") not in (None, "main", "article", "presentation", "none")
            hit = hit or "hidden" in a or a.get("aria-hidden") == "true" or a.get("aria-modal") == "true"
        else:
            hit = False
        if not hit:
            style = a.get("style")
            if style and _DISPLAY_NONE.search(style):
                hit = True
        if not hit:
            value = " ".join(v for v in (a.get("class"), a.get("id")) if v)
            if value:
                ws = _words(value)
                if not ws.isdisjoint(words) and not _CONTENT_WORDS.search(value.lower()):
                    hit = True
                elif not comments and (not ws.isdisjoint(COMMENT_WORDS)):
                    hit = True
        if not hit:
            continue
        if len(node.text(separator=" ")) > max_share * total:
            continue
        out.add(node.mem_id)
    return out
