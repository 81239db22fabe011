"""Chooses the subtrees to skip before the walk, from markup semantics alone.

Three kinds of evidence, all general: the HTML5 sectioning elements for page chrome (nav, aside,
footer), ARIA roles and hidden markers, and the class/id words that templates give to their
navigation, sharing, cookie, advertising and comment widgets. Candidates come from lexbor's CSS
engine (C); each one's class/id is tested word by word in Python. Nothing is removed here: the
content choice drops a marked element unless it holds much of the page's prose, because a
`<div class="share_wrapper">` around the whole article must not remove the article.
"""
from __future__ import annotations

import re

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
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Content hints protect a candidate whose class/id also names the main content.
_CONTENT_WORDS = re.compile(r"(?<![a-z0-9])(article|content|main|post|entry|story|body|text)(?![a-z0-9])")
# WAI-ARIA landmark and widget roles of page chrome (not tabpanel, list, region …).
_CHROME_ROLES = frozenset({"navigation", "contentinfo", "complementary", "banner", "search", "menu",
                           "menubar", "dialog", "alertdialog", "toolbar", "alert", "status", "tooltip"})
_CANDIDATES = "[class], [id], [role], [style], [hidden], [aria-hidden], [aria-modal], nav, aside, footer"


def _word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word test on a lower-cased class/id value: hyphens and underscores separate words."""
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")


_BOILER_RE = _word_re(BOILER_WORDS)
_COMMENT_RE = _word_re(COMMENT_WORDS)


def mark_boilerplate(body, comments: bool) -> dict[int, str]:
    """Elements (lexbor mem_id -> why) that look like page chrome or widgets, by markup alone.

    The walk still visits them; the content choice drops each one unless it holds a large share
    of the page's prose (then it is a wrapper that a template happened to name "share_wrapper").
    """
    out: dict[int, str] = {}
    for node in body.css(_CANDIDATES):
        tag = node.tag
        if tag in ("body", "html", "main", "article"):
            continue
        a = node.attributes
        why = "chrome" if tag in ("nav", "aside", "footer") else None
        if why is None and len(a) > 0:
            role = a.get("role")
            if role is not None and role.strip().lower() in _CHROME_ROLES:
                why = "chrome"
            elif "hidden" in a or a.get("aria-hidden") == "true" or a.get("aria-modal") == "true":
                why = "hidden"
            else:
                style = a.get("style")
                if style and _DISPLAY_NONE.search(style) is not None:
                    why = "hidden"
                else:
                    value = " ".join(v for v in (a.get("class"), a.get("id")) if v).lower()
                    if value:
                        if not comments and _COMMENT_RE.search(value) is not None:
                            why = "comment"
                        elif _BOILER_RE.search(value) is not None and _CONTENT_WORDS.search(value) is None:
                            why = "boiler"
        if why is not None:
            out[node.mem_id] = why
    return out
