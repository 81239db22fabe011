"""Page metadata from `<meta>`, OpenGraph, JSON-LD and the visible page, in that order of trust.

Keys: title, author, date (ISO 8601), site, canonical_url, description, page_language.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from html import unescape

from tamis.dedup.normalize import host_of
from tamis.extract.encoding import JSON_SURROGATE, no_surrogates
from tamis.extract.walk import absolute

FIELDS = ("title", "author", "date", "site", "canonical_url", "description", "page_language")

# <meta name=...> (and Dublin Core, Parsely, Sailthru) names per field.
_META_NAMES = {
    "title": ("title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "twitter:title"),
    "author": ("author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
               "article:author_name"),
    "date": ("article:published_time", "date", "pubdate", "publishdate", "publish-date", "dc.date",
             "dcterms.created", "dc.date.issued", "dcterms.date", "parsely-pub-date", "sailthru.date",
             "datepublished", "og:published_time", "published_time", "date.published"),
    "description": ("description", "dc.description", "dcterms.description", "twitter:description"),
    "page_language": ("language", "dc.language", "content-language"),
}
# Other names of a publication date, and the names of the dates that are not one.
_DATE_KEY = re.compile(r"publish|date|created|issued")
_NOT_PUBLISHED = re.compile(r"modif|updat|review|expir|valid|last|image|url|birth|event|start|end")
_OG = {
    "title": ("og:title",),
    "author": ("article:author", "og:article:author"),
    "date": ("article:published_time", "og:article:published_time", "og:published_time"),
    "site": ("og:site_name",),
    "description": ("og:description",),
    "page_language": ("og:locale",),
}
_DATE_RE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_DATE_SLASH = re.compile(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_TEXT_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b",
    re.IGNORECASE,
)

# A date of numbers with the year last: 23.07.2025, 09/25/2025, 11-29-2024.
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])")


def iso_date(value: str | None) -> str | None:
    """A date string in any common form as ISO 8601 (date, or date and time when given); None if unknown."""
    if not value:
        return None
    v = value.strip()
    m = _DATE_RE.search(v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(y, mo, d):
            return None
        if m.group(4):
            hh, mm, ss = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
            if hh > 23 or mm > 59 or ss > 59:
                return f"{y:04d}-{mo:02d}-{d:02d}"
            tz = m.group(7) or ""
            if tz and tz != "Z" and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}{tz}"
        return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _DATE_SLASH.search(v)
    if m and _valid(int(m.group(1)), int(m.group(3)), int(m.group(4))):
        return f"{int(m.group(1)):04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
    m = _COMPACT.search(v)
    if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _TEXT_DATE.search(v)
    if m:
        day = m.group(1) or m.group(3)
        if day:
            y, mo, d = int(m.group(4)), _MONTHS[m.group(2).lower()[:3]], int(day)
            if _valid(y, mo, d):
                return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _NUMERIC.search(v)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # Day first with dots (23.07.2025), or when the first number cannot be a month (25/09/2025); else the
        # month first (09/25/2025, 3/4/2025), as written where dates with slashes and dashes are most common.
        d, mo = (a, b) if m.group(2) == "." or a > 12 else (b, a)
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _valid(y: int, mo: int, d: int) -> bool:
    if not (1990 <= y <= 2100):
        return False
    try:
        datetime(y, mo, d)
    except ValueError:
        return False
    return True


def _clean(v: object) -> str | None:
    """A string value with its white space squeezed, and the character references that the page escaped twice
    ("Trump&amp;#039;s" in the markup, "&#039;" once parsed) read as the characters."""
    if isinstance(v, str):
        if "&" in v and ";" in v:
            v = _ENTITY.sub(_unescape, v)
        s = " ".join(v.split())
        return s or None
    return None


# A character reference, with its semicolon ("&#039;", "&#x2019;", "&quot;", "&nbsp;"; not "AT&T" or "R&D"), and an
# HTML element's tag by its name, which a description's value may hold ("... candidates. <a href=...>Read more</a>",
# "<p>I did ...</p>"): read as its text (not "a < b"; titles keep theirs: "30 Years of <br> Tags" is a title).
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_TAG = re.compile(r"</?(?:a|abbr|b|br|cite|code|div|em|font|h[1-6]|i|img|li|ol|p|small|span|strong|sub|sup|u|ul)"
                  r"(?:\s[^<>]*)?/?>", re.IGNORECASE)


def _unescape(m: re.Match) -> str:
    return unescape(m.group(0))


def _jsonld_items(scripts: list) -> list[dict]:
    """The JSON-LD objects of the page (its script[type="application/ld+json"] elements), flattened through @graph
    and lists."""
    out: list[dict] = []
    for node in scripts:
        raw = node.text(deep=True)
        if not raw or len(raw) > 500_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(raw.strip().rstrip(";"), strict=False)
            except (ValueError, RecursionError):
                continue
        except RecursionError:  # (arrays or objects nested thousands deep)
            continue
        if "\\u" in raw and JSON_SURROGATE.search(raw):
            try:
                data = no_surrogates(data)  # ("\ud800" is valid JSON, and no character: no writer takes it)
            except RecursionError:
                continue
        stack = [data]
        while stack and len(out) < 100:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(reversed(d))
            elif isinstance(d, dict):
                out.append(d)
                g = d.get("@graph")
                if isinstance(g, list):
                    stack.extend(reversed(g))
    return out


def _name(v: object, people: bool = False) -> str | None:
    """A person's or organisation's name from a JSON-LD value (string, object or list); with `people`, an object
    typed as an organisation gives none (an author's value: see `_ORGANISATION`)."""
    if isinstance(v, str):
        return _clean(v)
    if isinstance(v, dict):
        if people and _ORGANISATION.search(str(v.get("@type", ""))):
            return None
        return _clean(v.get("name"))
    if isinstance(v, list):
        names = [n for n in (_name(x, people) for x in v[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


# A JSON-LD author typed as an organisation (Organization, Corporation, NewsMediaOrganization, LocalBusiness, ...) is
# the company or the site that published the page, not who wrote it: no author from it (a byline may still name
# one). A plain string, or a Person, stays. WCXB dev: 13 spurious authors fall (8 even, 5 odd: "Terminix", "Docker
# Inc", "HashiCorp", "Contributors to Wikimedia projects"), no right author is lost; the gold takes the site as the
# author on other pages, where the markup names it in a meta element or as a string.
_ORGANISATION = re.compile(r"organi[sz]ation|corporation|business", re.IGNORECASE)


# An article-like JSON-LD type (Article, NewsArticle, BlogPosting, Report, Review, Recipe, QAPage), and the types
# whose object also describes the page (a WebPage, a Product): preferred for the title, the URL and the fields.
_ARTICLE_WORDS = "article|posting|report|blog|review|recipe|qapage"
_JSONLD_ARTICLE = re.compile(_ARTICLE_WORDS, re.IGNORECASE)
_ARTICLE_TYPES = re.compile(_ARTICLE_WORDS + "|webpage|product", re.IGNORECASE)


def _from_jsonld(items: list[dict]) -> dict[str, str]:
    out: dict[str, str] = {}
    dated = False  # whether an article-like object gives the date of publication
    # Prefer the article-like object; fall back to any object in order.
    typed = [(d, t, _ARTICLE_TYPES.search(t) is not None) for d in items for t in (str(d.get("@type", "")),)]
    for d, t, like in sorted(typed, key=lambda x: not x[2]):
        pairs = (
            ("title", _clean(d.get("headline")) or (_clean(d.get("name")) if like else None)),
            ("author", _name(d.get("author"), True) or _name(d.get("creator"), True)),
            ("date", iso_date(_clean(d.get("datePublished")) or _clean(d.get("dateCreated")))),
            ("page_modified", iso_date(_clean(d.get("dateModified")))),
            ("site", _name(d.get("publisher")) or (_clean(d.get("name")) if t == "WebSite" else None)),
            ("description", _clean(d.get("description"))),
            ("page_language", _lang(_clean(d.get("inLanguage")))),
            ("canonical_url", _clean(d.get("url")) if like else None),
        )
        for k, v in pairs:
            if v and k not in out and (k != "author" or _is_name(v)):
                out[k] = v
        if not dated and _JSONLD_ARTICLE.search(t) and (d.get("datePublished") or d.get("dateCreated")):
            dated = True
    if "date" in out and not dated:
        # (only a WebPage, or another object that is no article, gives the date: the page's creation in its CMS,
        # held back for the caller to weigh)
        out["page_date"] = out.pop("date")
    return out


def extract_metadata(tree, body, url: str | None = None) -> dict[str, str]:
    """Metadata of a parsed page (selectolax tree); keys absent when the page says nothing. `url`, the page's
    address when known, resolves a relative canonical URL."""
    meta_name: dict[str, str] = {}
    meta_prop: dict[str, str] = {}
    # (one pass of the CSS engine finds the meta elements, the canonical link and the JSON-LD scripts, in page
    # order; told apart by tag)
    metas, scripts, link = [], [], None
    for node in tree.css('meta, link[rel="canonical"], script[type="application/ld+json"]'):
        tag = node.tag
        if tag == "meta":
            metas.append(node)
        elif tag == "link":
            if link is None:
                link = node
        else:
            scripts.append(node)
    # (an element's attributes are read as one dict: `attrs.get` raises and catches a KeyError inside for each
    # attribute the element lacks, four times slower on a meta element)
    for m in metas:
        a = m.attributes
        content = _clean(a.get("content"))
        if not content:
            continue
        key = a.get("name") or a.get("itemprop")
        if key:
            meta_name.setdefault(key.lower().strip(), content)
        prop = a.get("property")
        if prop:
            meta_prop.setdefault(prop.lower().strip(), content)
        equiv = a.get("http-equiv")
        if equiv:
            meta_name.setdefault(equiv.lower().strip(), content)
    # (the page's <title>, which the checks of the site's name and the description, the visible title and the
    # title's trimming read: found once)
    title = _first_title(tree)
    # (every date in `out` is ISO 8601 already: each source reads its date with iso_date, once)
    out: dict[str, str] = {}
    for k, names in _META_NAMES.items():
        for n in names:
            v = meta_name.get(n) or (meta_prop.get(n) if n.startswith("article:") else None)
            if v and k == "page_language":
                v = _lang(v)
            if v and k == "date":
                # (read once, as ISO 8601; a date that is no date, "TBD" or a template's placeholder, leaves the
                # field to the next source)
                v = iso_date(v)
            if v and (k != "author" or _is_name(v)):
                out[k] = v
                break
    for k, names in _OG.items():
        if k in out:
            continue
        for n in names:
            v = meta_prop.get(n) or meta_name.get(n)
            if v and k == "date":
                v = iso_date(v)
            elif v and k == "page_language":
                v = _lang(v)
            if v and (k != "author" or _is_name(v)):
                out[k] = v
                break
    if "site" not in out:
        # the name a page gives itself as a web application (for a pinned tab, a home screen's icon): after
        # OpenGraph's site name, which names the site, where the application's is often short ("Verge" for "The
        # Verge") or a template's default; and not when it is the page's own title ("application-name" set to each
        # page's headline)
        for n in _APP_NAMES:
            v = meta_name.get(n)
            if v and not _names_the_page(v, title):
                out["site"] = v
                break
    items = _jsonld_items(scripts)
    ld = _from_jsonld(items)
    og_url = meta_prop.get("og:url") or meta_name.get("og:url")
    c = _canonical((_clean(link.attributes.get("href")) if link is not None else None, og_url,
                    ld.pop("canonical_url", None)), tree, url, meta_name.get("twitter:url"))
    if c:
        out["canonical_url"] = c
    page_date = ld.pop("page_date", None)
    page_modified = ld.pop("page_modified", None)
    for k, v in ld.items():
        out.setdefault(k, v)
    # A date that only a JSON-LD WebPage gives is when the page was made in its CMS: an article's date where the
    # markup names an author or the page was not revised long after, else a standing page's (a service, a product,
    # a listing), which has no date of publication. WCXB dev: spur even .195 -> .156, odd .219 -> .183, acc the same.
    if page_date and "date" not in out and (out.get("author") or not page_modified
                                            or _days(page_date, page_modified) <= _REVISED_DAYS):
        out["date"] = page_date
    kind = _page_kind(meta_prop.get("og:type") or meta_name.get("og:type"), items)
    if kind in ("product", "listing"):
        # (a shop's product page has no author: what names one there is the brand, a reviewer or the shop)
        # (an empty author: no later source is tried, and the field is left out)
        # (nor a date of publication: its dates are a release's, a review's or the shop's)
        # (a listing's author and dates are its first teaser's or the index's; WCXB dev: the gold has neither on any
        # of the 25 pages that say they are a listing; 5 spurious dates and 2 spurious authors fall, both folds)
        out["author"] = ""
        out["date"] = ""
    if "author" not in out:
        # a Twitter card's labelled field ("twitter:label1" "Written by", "twitter:data1" the name)
        for i in "1234":
            label = meta_name.get("twitter:label" + i) or meta_prop.get("twitter:label" + i)
            if label is None:
                break
            if _WRITTEN_BY.match(label):
                v = meta_name.get("twitter:data" + i) or meta_prop.get("twitter:data" + i)
                if v and _is_name(v) and not _NOT_A_NAME.search(v):
                    out["author"] = v
                break
    if "date" not in out:
        # a meta element whose name says it holds the publication date ("published-date", "cxenseparse:publishtime")
        for key, v in (*meta_name.items(), *meta_prop.items()):
            if _DATE_KEY.search(key) and not _NOT_PUBLISHED.search(key):
                d = iso_date(v)
                if d:
                    out["date"] = d
                    break
    # (the page's main heading, which the visible page's title, date and the title's trimming all read)
    h1 = body.css_first("h1") if body is not None else None
    _visible(tree, body, h1, out, title)
    if "title" in out:
        out["title"] = _page_title(out["title"], title, h1, out.get("site"), kind == "article",
                                   _domain_name(out.get("canonical_url")))
    a = out.get("author")
    if a and _BY.match(a):
        # ("By Ada Byline" in a meta element: the name)
        a = _BY.sub("", a).strip()
        if _is_name(a):
            out["author"] = a
    site = out.get("site")
    if site and site[0] == "@" and len(site) > 1:
        out["site"] = site[1:]  # (a social network's handle as the site's name: "@courier")
    if out.get("description"):
        out["description"] = _describe(
            (out["description"], *(meta_name.get(n) for n in _META_NAMES["description"]),
             meta_prop.get("og:description") or meta_name.get("og:description"), ld.get("description")),
            title, out.get("title"), out.get("site"))
    return {k: v for k, v in out.items() if v}


# A link in a description's HTML to the rest of the text ("<a href=...>Read more...</a>", "Continue reading").
_READ_MORE = re.compile(r"<a\b[^<>]*>\s*(?:read|continue|more|view|see|full)\b[^<>]{0,40}</a>", re.IGNORECASE)


def _describe(cands: tuple, title_node, title: str | None, site: str | None) -> str | None:
    """The page's description: the first of `cands` (the chosen one, then the others in order of trust) that does
    not only repeat the page's title (its <title>, or the title found) or its site's name, with the HTML elements
    it holds read as their text and a link to the rest of the text dropped."""
    whole = title_node.text() if title_node is not None else ""
    # (folding keeps a squeezed value's length but for a few letters, "ß" to "ss": a value longer than the three
    # and a margin is no repeat, and is not folded)
    longest = max(len(title or ""), len(site or ""), len(whole)) + 8
    repeats = None
    for v in cands:
        if not v:
            continue
        if "<" in v:
            v = " ".join(_TAG.sub(" ", _READ_MORE.sub(" ", v)).split())
        if not v:
            continue
        if len(v) > longest:
            return v
        if repeats is None:
            repeats = {_fold_title(x) for x in (title, site, whole) if x}
        if _fold_title(v) not in repeats:
            return v
    return None


def _first_title(tree):
    """The page's first <title>: a child of the head, read in turn (a CSS query costs more than the few elements
    before it), else the first anywhere."""
    head = tree.head
    if head is not None:
        for c in head.iter():
            if c.tag == "title":
                return c
    return tree.css_first("title")


# A language tag: a language's code of two or three letters and its subtags ("en", "en-GB", "zh-Hant-TW").
_LANG_TAG = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*")


# A language's name, in English or in itself, as its code ("English", "deutsch": the value some pages give).
_LANG_NAMES = {"english": "en", "german": "de", "deutsch": "de", "french": "fr", "francais": "fr",
               "fran\u00e7ais": "fr", "spanish": "es", "espanol": "es", "espa\u00f1ol": "es", "italian": "it",
               "italiano": "it", "portuguese": "pt", "portugu\u00eas": "pt", "dutch": "nl", "nederlands": "nl",
               "russian": "ru", "polish": "pl", "polski": "pl", "swedish": "sv", "svenska": "sv", "danish": "da",
               "dansk": "da", "norwegian": "no", "norsk": "no", "finnish": "fi", "suomi": "fi", "turkish": "tr",
               "greek": "el", "czech": "cs", "hungarian": "hu", "romanian": "ro", "chinese": "zh", "japanese": "ja",
               "korean": "ko", "arabic": "ar", "hebrew": "he", "hindi": "hi", "indonesian": "id"}


def _lang(v: str | None) -> str | None:
    """A page's language as a tag: the first of a list's values that is one ("deutsch, de": "de"), "_" read as "-",
    a charset after it dropped ("es_AR.UTF-8": "es-AR"), else a language's name as its code ("English": "en");
    None when no value is either (a template's word, "articles": the next source is read)."""
    if not v:
        return None
    parts = [p.strip().replace("_", "-").split(".")[0].split(";")[0].strip() for p in v.split(",")]
    for t in parts:
        if _LANG_TAG.fullmatch(t) and t.casefold() not in _LANG_NAMES:
            return t
    for t in parts:
        code = _LANG_NAMES.get(t.casefold())
        if code:
            return code
    return None


# A URL with its scheme and host ("https://courier.example/..."), and one with a scheme and no host ("https:///a").
_ABSOLUTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s?#]")
_NO_HOST = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:///")
# A site's root: a scheme, a host, at most a slash ("https://courier.example/").
_ROOT = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+/?$")


def _canonical(cands: tuple, tree, url: str | None, other: str | None) -> str | None:
    """The page's canonical URL: the first of `cands` (<link rel=canonical>, OpenGraph's URL, an article's JSON-LD
    URL) that is an address. A relative one ("/2024/flood", "viewtopic.php?id=7", "https:///2024/flood") is resolved
    against the page's address, else its <base href>, else an absolute URL the page gives itself (OpenGraph's, the
    JSON-LD's, the Twitter card's); it is passed over when none is known, as text with spaces is. A site's root
    ("https://courier.example/", a template's default on every page) gives way to a later candidate on the same
    host that names a page under it."""
    # (a value is white-space squeezed: text with spaces is no address)
    if all(not v or " " in v or _ABSOLUTE.match(v) for v in cands):
        base = None  # (nothing to resolve: the base is not looked for)
    else:
        base = url if url and _ABSOLUTE.match(url) else None
        if base is None:
            # (a <base> is in the head: looked for there, as a query of the whole page walks all of it)
            head = tree.head
            node = head.css_first("base[href]") if head is not None else None
            href = _clean(node.attributes.get("href")) if node is not None else None
            for v in (href, *cands[1:], other):
                if v and _ABSOLUTE.match(v) and " " not in v:
                    base = v
                    break
    found = []
    for v in cands:
        if not v or " " in v:
            continue
        if not _ABSOLUTE.match(v):
            if v.startswith("//"):
                v = (base.split(":", 1)[0] if base else "https") + ":" + v
            elif base is None:
                continue
            else:
                rel = "/" + v[_NO_HOST.match(v).end():] if _NO_HOST.match(v) else v
                v = absolute(base, rel)
                if v is None:  # (an address urljoin cannot parse)
                    continue
        found.append(v)
    if not found:
        return None
    first = found[0]
    if len(found) > 1 and _ROOT.match(first):
        host = host_of(first)
        for v in found[1:]:
            if not _ROOT.match(v) and host_of(v) == host:
                return v
    return first


# The names a page gives itself as a web application. WCXB dev and the even halves (bench/metadata_fields.py): where
# OpenGraph's site name is given too and differs, it is the better name on every page read ("The Verge" / "Verge",
# "BBC News" / "BBC", "Mac & i" / "Magazin rund um Apple", "The Social Shepherd" / "craftcms-tailwind").
_APP_NAMES = ("application-name", "apple-mobile-web-app-title")
# A page's title or heading has more words than a site's name.
_SITE_WORDS = 3


def _names_the_page(v: str, title) -> bool:
    """Whether a site's name is the page's own <title>, of more than `_SITE_WORDS` words (a home page's title may be
    the site's name; OpenGraph's title is not compared: a site may give its home page's to every page)."""
    if len(v.split()) <= _SITE_WORDS:
        return False
    return title is not None and _fold_title(title.text()) == _fold_title(v)


# What a page says it is. A product: OpenGraph's type ("product", "product.group", "og:product"), or a JSON-LD
# Product with no article-like object beside it or in it (a review of a product is an article). A listing: a JSON-LD
# CollectionPage, SearchResultsPage or ItemList with no article-like object beside it (a category, a tag, a blog's or
# a shop's index; an article's list of items has the article beside it). Both whatever OpenGraph's type: a CMS gives
# "article" to its shop's and category pages too (WCXB dev, a JSON-LD Product over OpenGraph's "article": 6 spurious
# dates fall, 2 titles won, nothing lost). An article: OpenGraph's type "article", or a JSON-LD article-like object
# (Article, NewsArticle, BlogPosting, Report, Review, Recipe).
_PRODUCT_TYPE = re.compile(r"product", re.IGNORECASE)
_JSONLD_PRODUCT = re.compile(r"^(?:individual)?product(?:group|model)?$", re.IGNORECASE)
_JSONLD_LISTING = frozenset(("CollectionPage", "SearchResultsPage", "ItemList"))


def _page_kind(og_type: str | None, items: list[dict]) -> str | None:
    """"product", "listing", "article" or None (the page does not say)."""
    if og_type and _PRODUCT_TYPE.search(og_type):
        return "product"
    product = article = listing = False
    for d in items:
        t = d.get("@type")
        for x in (t if isinstance(t, list) else (t,)):
            if not isinstance(x, str):
                continue
            if _JSONLD_ARTICLE.search(x):
                article = True
            elif _JSONLD_PRODUCT.match(x):
                # (a product with one review of its own, not a list of customers' reviews: the page reviews it)
                if isinstance(d.get("review"), dict):
                    article = True
                else:
                    product = True
            elif x in _JSONLD_LISTING:
                listing = True
    if listing and not article:
        return "listing"
    if product and not article:
        return "product"
    return "article" if article or (og_type and og_type.strip().lower() == "article") else None


def _is_name(v: str) -> bool:
    """Whether an author value can be a name: it has a letter, and is no address (a profile's URL, an e-mail),
    number (a social network's account id) or template placeholder ("undefined", "page.head.author", "{{author}}")."""
    return ("@" not in v and not v.startswith("http") and any(c.isalpha() for c in v)
            and not _PLACEHOLDER.search(v))


# A template's value where the name should be: an unset variable, a label, a dotted key for the field
# ("page.head.author", not the user name "sara.r.peter"), a template tag.
_PLACEHOLDER = re.compile(r"^(?:undefined|null|none|nil|name|author|n/a)$|^[\w.]+\.(?:author|name)\w*$|\{\{|\$\{|%\w+%",
                          re.IGNORECASE)


def _visible(tree, body, h1, out: dict[str, str], title=None) -> None:
    """Last resort: <title>, <h1>, <html lang>, the date the page shows, the byline."""
    if "title" not in out:
        v = _clean(title.text()) if title is not None else None
        if not v and h1 is not None:
            v = _clean(h1.text())
        if v:
            out["title"] = v
    if "page_language" not in out:
        html = tree.css_first("html")
        a = html.attributes if html is not None else {}
        lang = _lang(_clean(a.get("lang") or a.get("xml:lang")))
        if lang:
            out["page_language"] = lang
    if body is None:
        return
    if "date" not in out:
        d = _shown_date(body, h1)
        if d:
            out["date"] = d
    a = out.get("author")
    if a is None:
        v = _byline(body, _fold_title(out.get("title") or "")) or (_by_line(h1) if h1 is not None else None)
        if v:
            out["author"] = v
    elif a and (_ROLE.search(a) or (out.get("site") and _names(_alnum(a), _alnum(out["site"])))):
        # the markup names a role or the site as the author (the publisher): a byline's person is the author
        v = _byline(body, _fold_title(out.get("title") or ""))
        if v and not _names(_alnum(v), _alnum(out.get("site") or "")):
            out["author"] = v


# An author that is a role or a desk, not a person ("Administrator", "NOC Admin", "Web Team"; not a list of names
# that ends with a team).
_ROLE = re.compile(r"^(?:[\w.-]+\s+){0,2}(?:admin|administrator|webmaster|editor|staff|team|user)$", re.IGNORECASE)
# The label of a Twitter card's field that holds the author.
_WRITTEN_BY = re.compile(r"^(?:written by|by|author|authors|posted by)\s*:?$", re.IGNORECASE)
# The author and date of a review or a comment are not the page's ("comment-author", "review-date", "comment-meta").
# WCXB dev: dates given on pages whose gold has none .212 -> .201 (even), .219 -> .216 (odd), date accuracy the same;
# author accuracy .811 -> .814 (even), .758 -> .760 (odd).
_OTHERS = re.compile(r"review|comment", re.IGNORECASE)
# Where a page names its author: rel/itemprop author, and the elements whose class names an author or a byline
# ("author-name", "post-author", "byline__name"), in page order; failing those, a line that starts with "By" in the
# heading's block. WCXB dev (RESULTS, helper x16b), author accuracy even / odd: .665 / .609 before (rel/itemprop and
# the classes "author" and "byline" only); these places with the name cleaning below .771 / .725; the Twitter card's
# "Written by" .782 / .725; the "By" line .803 / .741; a byline's first line that is a name, not its whole text,
# .811 / .758.
_AUTHOR_PLACES = '[rel="author"], [itemprop="author"], [class*="author" i], [class*="byline" i]'
# How many of them are read before giving up.
_AUTHOR_TRIES = 12
# What comes before a name in a byline ("Written by", "Post by", "By:", "Par", "Author:"): dropped from a name, and
# what a "By" line starts with (the name is the rest of the line, or the next text). One pattern for both (helper
# x17c): the "By" line's own pattern, "by" alone, gave the same metadata on the 1,497 WCXB dev pages.
_BY = re.compile(r"^(?:(?:written|posted|post|published|authored|words|story|text)\s+)?(?:by|von|par|por|door)\b"
                 r"\s*:?\s*|^author\s*:?\s+", re.IGNORECASE)
_MONTH_OR_DAY = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                 r"august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
                 r"thursday|friday|saturday|sunday)\b\.?")
# What ends a name in a byline: a separator, a number, a date, a preposition ("on May 3", "in News").
_NAME_END = re.compile(r"\s+(?:[|\-\u2013\u2014\u00bb\u2022\u00b7]|::)(?:\s|$)|\s+\d|\s(?:on|at|in|for|from|updated|"
                       r"published|posted|last|via)\s|\s" + _MONTH_OR_DAY + r",?\s*\d", re.IGNORECASE)
# Labels, widgets and dates that are no one's name.
_NOT_A_NAME = re.compile(r"^(?:admin|administrator|post|posts|name|by|via|written by|guest|anonymous|unknown|editor|"
                         r"user|online|offline|home|shop|menu|search|" + _MONTH_OR_DAY + r")$|author|\b(?:about the|"
                         r"more from|view all|all posts|follow|share|comments?|read more|min read|minutes?|skip to|"
                         r"sign in|log in|login|subscribe|says|wrote|bio|about me|terms|privacy|email)\b|\sby$|"
                         r"[*:$\u00a9\u00ae\u2122#]", re.IGNORECASE)
# A byline is short: a longer element (an author's box with a biography) is read through its own parts; only its
# marked or linked name is read when it holds a little more (its style or script text).
_BYLINE_CHARS = 400
_BYLINE_LINK_CHARS = 2000
# A class that names an author or a byline, not "authorize" or "authority".
_AUTHOR_CLASS = re.compile(r"author(?!i)|byline", re.IGNORECASE)


def _byline(body, title: str) -> str | None:
    """The first name a byline element shows: its marked or linked name ("By <a>Ada Byline</a>, Staff writer"), else
    its text, less "By" and what follows the name (a date, a role after a dash)."""
    for i, a in enumerate(body.css(_AUTHOR_PLACES)):
        if i >= _AUTHOR_TRIES:
            break
        attrs = a.attributes
        cls = attrs.get("class") or ""
        if not (attrs.get("rel") == "author" or attrs.get("itemprop") == "author" or _AUTHOR_CLASS.search(cls)):
            continue
        if _OTHERS.search(cls) or _quoted(a):
            continue
        if _longer(a, _BYLINE_LINK_CHARS):
            continue
        n = a.css_first('[itemprop="name"], a')
        v = None
        if n is not None:
            # (a link around blocks, a name's and a role's: the first line that is a name)
            v = _first_name(n) if n.css_first("p, div") is not None else _person(n.text(separator=" "))
        if not v and not _longer(a, _BYLINE_CHARS):
            v = _first_name(a)
        if v and not _in_teaser(a, title):
            return v
    return None


# A teaser's heading: how many levels up from a byline it is looked for, and how many words it has at least (a
# section's label, "Your Health", is not a teaser's title).
_TEASER_LEVELS = 5
_TEASER_WORDS = 4
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _in_teaser(node, title: str) -> bool:
    """Whether a byline belongs to a teaser of another page (a listing's card): the nearest heading before it, in
    its block up to `_TEASER_LEVELS` up, is a link of `_TEASER_WORDS` words or more, not an <h1>, in a block that
    holds no <h1> (the page's own heading with a linked subtitle below it), and not the page's (folded) title (a
    thread's linked title above its first post)."""
    block = node
    for _ in range(_TEASER_LEVELS):
        s = block.prev
        while s is not None:
            if s.tag in _HEADINGS:
                h = s
            elif s.tag[0] != "-":
                h = s.css_first("h1, h2, h3, h4, h5, h6")
            else:
                h = None
            if h is not None:
                if h.tag == "h1" or not (h.parent.tag == "a" or h.css_first("a") is not None):
                    return False
                t = h.text()
                if len(t.split()) < _TEASER_WORDS or _holds(title, _fold_title(t)):
                    return False
                up = block.parent
                return up is None or up.css_first("h1") is None
            s = s.prev
        block = block.parent
        if block is None or block.tag in ("body", "html"):
            return False
    return False


# A quotation or a rotating set of cards around a byline: a testimonial, a quote ("Quote__author" in a <blockquote>,
# "tm-author" in a "testimonial" card), a carousel's or slider's slide; looked for this many levels up (WCXB dev:
# 8 levels lose a right author that 6 keep).
_QUOTED = re.compile(r"testimonial|quote|carousel|slider|swiper|slick", re.IGNORECASE)
_QUOTED_LEVELS = 6


def _quoted(node) -> bool:
    for _ in range(_QUOTED_LEVELS):
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag == "blockquote" or _QUOTED.search(node.attributes.get("class") or ""):
            return True
    return False


def _first_name(node) -> str | None:
    """The first of an element's lines that is a name, its "By" aside: "<span>By</span> <span>Ada Byline</span>
    <span>Staff writer</span>" gives Ada Byline, not the role."""
    n = 0
    for t, c in _lines(node):
        if c.parent.tag in ("script", "style"):
            continue
        m = _BY.match(t)
        if m and not any(ch.isalpha() for ch in t[m.end():]):
            continue
        v = _person(t)
        if v:
            return v
        n += 1
        if n >= 3:
            break
    return None


# How far up from the heading a "By" line is looked for, and how much text that block may hold.
_BY_LEVELS = 3
_BY_BLOCK_CHARS = 1500


def _by_line(h1) -> str | None:
    """The name in a line that starts with "By" (`_BY`: "Written by", "Par", "Author:" ...) in the heading's block
    (the heading's parent, or up to three levels up while the block stays short): the rest of that line, or the
    next text ("By <a>Ada Byline</a>")."""
    block, node = None, h1
    for _ in range(_BY_LEVELS):
        node = node.parent
        if node is None or node.tag in ("body", "html") or _longer(node, _BY_BLOCK_CHARS):
            break
        block = node
    if block is None:
        return None
    after = False
    for t, _ in _lines(block):
        if after:
            return _capitalised(_person(t))
        m = _BY.match(t)
        if m:
            rest = t[m.end():].strip()
            if any(ch.isalpha() for ch in rest):
                return _capitalised(_person(rest))
            after = True
    return None


def _lines(node):
    """Each text node under `node` that holds more than white space: its text, stripped, and the node, in page
    order, read lazily (a caller stops at what it looks for)."""
    for c in node.traverse(include_text=True):
        if c.tag == "-text":
            t = (c.text_content or "").strip()
            if t:
                yield t, c


def _capitalised(name: str | None) -> str | None:
    """A name a "By" line gives, when it starts with a capital: "By submitting this form" names no one."""
    return name if name and name[0].isupper() else None


def _person(text: str) -> str | None:
    """A byline's text as a name, or None when it is none (long, no letters, a label or a widget)."""
    if not text:
        return None
    v = " ".join(text.split()).lstrip(",;:|-\u2013\u2014 ")
    v = _BY.sub("", v)
    m = _NAME_END.search(v)
    if m:
        v = v[:m.start()]
    v = v.strip(" ,;:|-\u2013\u2014")
    if not (2 <= len(v) <= 60) or not _is_name(v) or not v[0].isalpha() or len(v.split()) > 6 or _NOT_A_NAME.search(v):
        return None
    return v


# Where a page shows its date: <time>, and the elements whose class names a date or a post's facts ("entry-meta"),
# in page order. WCXB dev (RESULTS, helper x15c): each helps both folds; class*=author helped too (+.005) but each
# selector costs a walk of the body (+1.1% extraction time with these three, +3% with four); id*=date, itemprop,
# "publish", "posted", "byline" added nothing.
_DATE_PLACES = 'time, [class*="date" i], [class*="meta" i]'
# A shown date is a short line ("Published on July 8, 2025", "Updated: 12.12.2025"); longer text is prose.
_SHOWN_CHARS = 80


def _shown_date(body, h1) -> str | None:
    """The first date the page shows in a place that names one (a <time>'s datetime, a date element's content
    attribute, or its text when short), else in a short line next to the page's heading."""
    note = None  # (a revision note read already: the date places inside it are its date too)
    for node in body.css(_DATE_PLACES):
        a = node.attributes
        cls = a.get("class")
        if (cls and _OTHERS.search(cls)) or (note is not None and _inside(node, note)):
            continue
        d = None
        for k in ("datetime", "content"):
            v = a.get(k)
            if v:
                d = iso_date(v)
                if d:
                    # the day the element's own text shows, where it is the day before or after a date and time:
                    # the attribute is in UTC ("2026-02-24T04:13:00Z" for "February 23, 2026" west of Greenwich)
                    t = _short_date(node) if len(d) > 10 else None
                    if t and _a_day_apart(t, d):
                        d = t
                    break
        if d is None:
            d = _short_date(node)
        if d:
            if not _revision_note(node):
                return d
            note = node
    if h1 is None:
        return None
    # the heading's next elements, then its parent's (a heading wrapped in a title block)
    for start in (h1, h1.parent):
        node, n = start.next if start is not None else None, 0
        while node is not None and n < _NEAR:
            if node.tag != "-text":
                cls = node.attributes.get("class") if node.tag[0] != "-" else None
                skip = (cls and _OTHERS.search(cls)) or (note is not None and _inside(note, node))
                d = None if skip else _short_date(node)
                if d:
                    return d
                n += 1
            node = node.next
    return _block_date(h1, note)


# How far up from the heading its block is (the heading's parent, then its grandparent), and how many text nodes
# of that block are read for a short line that is a date.
_BLOCK_UP = 2
_BLOCK_TEXTS = 60


def _block_date(h1, note=None) -> str | None:
    """The first short line that is a date in the heading's block (its parent's, then its grandparent's text,
    before or after the heading: "Dec 12, 2025" above the title, "Published on Oct 21, 2025" in a header row), not
    in `note` (a revision note in a footer, `_revision_note`)."""
    node = h1
    for _ in range(_BLOCK_UP):
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            return None
        for n, (s, t) in enumerate(_lines(node)):
            if n >= _BLOCK_TEXTS:
                break
            if len(s) <= 2 * _SHOWN_CHARS:
                s = " ".join(s.split())
                if len(s) <= _SHOWN_CHARS:
                    p = t.parent
                    cls = p.attributes.get("class") if p is not None else None
                    if (cls and _OTHERS.search(cls)) or (note is not None and _inside(p, note)):
                        continue
                    d = iso_date(s) if not _NOT_THE_DATE.search(s) else None
                    if d and not _span(s):
                        return d
    return None


# A line in the heading's block that dates something else: a page's last revision ("Last updated: Mar 06, 2026").
_NOT_THE_DATE = re.compile(r"\blast\s+(?:updated|modified|edited|revised)", re.IGNORECASE)
# A revision in a class or a line ("article-footer__last-modified", "lastupdated", "Edit this pageLast updated on",
# "git-revision-date"), and how far up a date place its footer is looked for (WCXB dev: the notes sit 0 to 3 levels
# under it; 2 levels miss one, and a short reach keeps a page-wide wrapper named "has-footer" out).
_REVISION = re.compile(r"last[\s_-]*(?:updat|modif|edit|revis)|revision", re.IGNORECASE)
_FOOTER_LEVELS = 4


def _inside(node, outer) -> bool:
    """Whether `node` is `outer` or inside it."""
    # (by the nodes' addresses: `==` on two nodes compares their HTML)
    target = outer.mem_id
    while node is not None:
        if node.mem_id == target:
            return True
        node = node.parent
    return False


def _revision_note(node) -> bool:
    """Whether a date place is the page's revision note in a footer ("Last updated on Oct 17, 2025" under a
    documentation page): in a <footer>, or an element whose class names one, up to `_FOOTER_LEVELS` up, and its
    own short text, or its or its two parents' class, names a revision. A post's date in its footer ("Posted on")
    and a revision note at the top of an article (where the dates' conventions differ, RESULTS x15c) stay."""
    p = node
    for _ in range(_FOOTER_LEVELS + 1):
        if p is None or p.tag in ("body", "html"):
            return False
        if p.tag == "footer" or "footer" in (p.attributes.get("class") or "").lower():
            break
        p = p.parent
    else:
        return False
    p = node
    for _ in range(3):
        if p is None:
            break
        if _REVISION.search(p.attributes.get("class") or ""):
            return True
        p = p.parent
    return not _longer(node, 4 * _SHOWN_CHARS) and _REVISION.search(node.text(deep=True)) is not None


# What joins the two dates of a span ("1/27/2026 - 3/24/2026", an event's or a course's dates).
_SPAN = re.compile(r"\s[-\u2013\u2014]\s|\s(?:to|until|through)\s")


def _span(line: str) -> bool:
    """Whether a line gives two dates joined as a span (a course's or an event's dates, not a publication date)."""
    parts = _SPAN.split(line, maxsplit=1)
    return len(parts) == 2 and iso_date(parts[0]) is not None and iso_date(parts[1]) is not None


def _a_day_apart(a: str, b: str) -> bool:
    """Whether two ISO dates are on neighbouring days (the same moment in two time zones)."""
    return abs(_days(a, b)) == 1


def _days(a: str, b: str) -> int:
    """Days from ISO date a to ISO date b."""
    try:
        return (datetime.fromisoformat(b[:10]) - datetime.fromisoformat(a[:10])).days
    except ValueError:
        return 0


# How long after its making a page revised is a standing page (see `extract_metadata`, JSON-LD WebPage's date).
_REVISED_DAYS = 365


# How many elements after the heading a shown date may be.
_NEAR = 3


def _longer(node, chars: int) -> bool:
    """Whether the node's text is longer than `chars`, seen from its first text nodes (a "meta" wrapper around a
    whole article is not read whole)."""
    # (a loop of its own, not `_lines`: it runs on every date place, where a generator cost 0.3-0.75% of the
    # metadata's time, helper x17c)
    n = 0
    for c in node.traverse(include_text=True):
        if c.tag == "-text":
            n += len(c.text_content or "")
            if n > chars:
                return True
    return False


def _short_date(node) -> str | None:
    """The date an element's text says, when that text is a short line (`_SHOWN_CHARS`, white space squeezed)."""
    # (`_longer` reads the text nodes up to the bound, so the whole text is read only when it is within it)
    if _longer(node, 4 * _SHOWN_CHARS):
        return None
    t = " ".join(node.text(deep=True).split())
    return iso_date(t) if t and len(t) <= _SHOWN_CHARS else None


# Typographic quotes and dashes as ASCII, to compare a heading with a title.
_TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " "})
# What joins a title to the site's name: "Title | Site", "Site - Title", "Title — Site".
_TITLE_SEP = re.compile(r"\s+(?:[|\-\u2013\u2014\u00b7:\u2022\u00bb]|::)\s+")


def _fold_title(s: str) -> str:
    return " ".join(s.translate(_TYPO).split()).casefold()


def _holds(title: str, heading: str) -> bool:
    """Whether a (folded) title holds the heading as whole words: "Home" is not in "Homeowners' guide"."""
    i = title.find(heading)
    while i >= 0:
        j = i + len(heading)
        if (i == 0 or not title[i - 1].isalnum()) and (j == len(title) or not title[j].isalnum()):
            return True
        i = title.find(heading, i + 1)
    return False


def _page_title(title: str, title_node, h1, site: str | None, article: bool = False, domain: str | None = None) -> str:
    """The page's own heading when the title holds it ("Ten tips | Site" and <h1>Ten tips</h1>: the heading), else
    the title less the site's name at either end; on an article, the heading when it shares words with that title
    (`_SHARED`): an article's headline is the one its page shows.

    WCXB dev (RESULTS, helper x15c): the heading where the title holds it anywhere, exact .438 -> .711; only where
    it fills whole parts of the title (between separators), .691: the headings that a title adds words to
    ("Headlamps" in "Headlamps for Camping, Hiking & Running | REI") are more than the headings that are one word
    of it ("Houston" in "Mountain Bike Trails near Houston").
    """
    h = _clean(h1.text()) if h1 is not None else None
    if h and len(h) <= 300:
        fh = _fold_title(h)
        if site and fh == _fold_title(site):
            h = None  # (the site's name set as the page's heading)
        else:
            if _holds(_fold_title(title), fh):
                return _less_site(h, site, domain)
            whole = _clean(title_node.text()) if title_node is not None else None
            if whole and whole != title and _holds(_fold_title(whole), fh):
                return _less_site(h, site, domain)
    title = _less_site(title, site, domain)
    if article and h and len(h) <= _HEADLINE_CHARS and _shares_words(h, title):
        return h
    return title


# How much of each of the heading's and the title's words the other must hold for an article's heading to be its
# title ("Top 10 Health and Nutrition Trends to Watch" for "Health And Nutrition Trends For 2026"; not the site's
# logo in an <h1>, "Stanford Online", for "Certificate vs Certification").
_SHARED = 0.2
# A longer heading is prose (a summary set as the page's <h1>).
_HEADLINE_CHARS = 150
_WORDS = re.compile(r"\w+")


def _shares_words(heading: str, title: str) -> bool:
    a, b = set(_WORDS.findall(heading.casefold())), set(_WORDS.findall(title.casefold()))
    n = len(a & b)
    return bool(a and b) and n >= _SHARED * len(a) and n >= _SHARED * len(b)


def _less_site(title: str, site: str | None, domain: str | None = None) -> str:
    """The title less the site's name at either end ("Ten tips | Site", "Site - Ten tips"), or less its last part
    when that part names the site or the domain ("Ten tips | Valley Courier" on valleycourier.example,
    "Ten tips | Courier" for the site "The Valley Courier")."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    if site:
        fs = _fold_title(site)
        if _fold_title(parts[-1]) == fs:
            return title[:title.rfind(parts[-1])].rstrip(_SEP_CHARS)
        if _fold_title(parts[0]) == fs:
            return title[len(parts[0]):].lstrip(_SEP_CHARS)
    last = _alnum(parts[-1])
    if last and (_names(last, _alnum(site) if site else "") or (domain and _names(last, domain))
                 or _DOCS.search(parts[-1])):
        return title[:title.rfind(parts[-1])].rstrip(_SEP_CHARS)
    return title


# A documentation set's name after a page's title ("Quickstart — Flask Documentation (3.1.x)", "Models | Django
# documentation"): what documentation generators write by default.
_DOCS = re.compile(r"\b(?:documentation|docs)(?:\s*\([^)]*\))?\s*$", re.IGNORECASE)
_SEP_CHARS = " |-\u2013\u2014\u00b7:\u2022\u00bb"
_NOT_ALNUM = re.compile(r"[\W_]+")


def _alnum(s: str) -> str:
    return _NOT_ALNUM.sub("", s.casefold())


def _names(part: str, name: str) -> bool:
    """Whether a title's part (letters and digits only) names the site or domain `name` (the same): it is the name,
    holds it ("Ruggable US" for ruggable), or is held in it ("CrowdStrike" in "CrowdStrike.com"); a part or a name
    under four characters only when equal."""
    if not name:
        return False
    if part == name:
        return True
    return (len(name) >= 4 and name in part) or (len(part) >= 4 and part in name)


# The second-level domains under a country's code ("co.uk", "com.au").
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"))


def _domain_name(url: str | None) -> str | None:
    """The name a page's (canonical) address registers, letters and digits only: "raspberrypi" for
    forums.raspberrypi.com, "bbc" for www.bbc.co.uk; None for a relative address."""
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) < 2:
        return None
    i = -3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else -2
    return _alnum(labels[i]) or None
