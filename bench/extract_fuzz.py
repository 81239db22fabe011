"""A fuzz harness for hostile input: seeded mutations of pages through `extract_html` and through the pipeline.

    PYTHONPATH=src python bench/extract_fuzz.py extract [--pages 4] [--seed 19] [--sets aeb,...] [--generated-only]
    PYTHONPATH=src python bench/extract_fuzz.py pipeline [--pages 2] [--seed 19] [--dir /tmp/fuzz]

Principle 5 of the project: bad input gets a clear error or a recorded removal, never a crashed run or a hang.

`extract`: every case (a mutation of a page) is extracted with the default options and with each of the options
(markdown, links, comments, tables off, alt text); `extract_html` must return (a text, or an error that names the
reason) and never raise, within its CPU-time budget (the case's thread CPU time is measured; over twice the budget is
flagged), and the process's peak RSS stays bounded (a case that raises the peak by more than 300 MB is flagged).
Byte-level mutations go through `decode_html` first, as the `extract` step does with a page's bytes. A case that
hangs is caught by `faulthandler` (the process stops after `--hang` seconds with the case's name in the progress file).

`pipeline`: the mutated pages are written as a WARC (plain and gzip, with a record whose Content-Length lies, and a
last record cut in half), JSONL and JSONL.gz with `--html-field` (one truncated, broken lines, non-string fields, a
lone surrogate), Parquet (a string and a binary column) and `.html` files, and run through `tamis run` (the default
pipeline) and `tamis clean`: the run must end with exit status 0, and every document it read must end kept or
removed with a reason (stats.json: in = kept + removed; each removed document has a reason).

Pages: the EVEN half only of the dev sets (`pages(ds, 2, 0)`), the first `--pages` of each, and pages the harness
generates itself. Deterministic: the same seed gives the same cases.
"""
from __future__ import annotations

import argparse
import faulthandler
import gzip
import io
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tamis.extract.core import Options, extract_html
from tamis.extract.encoding import decode_html

DEV_SETS = ["aeb", "readability", "l3s_gn1", "cleaneval", "dragnet", "wcxb_dev", "wcxb_test", "gtrends", "big9",
            "chaos", "evan", "trafeval"]
OPTIONS: dict[str, Options] = {
    "default": Options(),
    "markdown": Options(markdown=True),
    "links": Options(links=True),
    "comments": Options(comments=True),
    "no_tables": Options(tables=False),
    "images": Options(alt_text=True),
}

WORDS = ["the", "council", "met", "on", "tuesday", "to", "discuss", "budget", "and", "after", "long", "debate",
         "it", "agreed", "fund", "new", "library", "repairs", "bridge", "study", "of", "bus", "routes", "residents",
         "said"]


def sentence(rng: random.Random, n: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generated_page(rng: random.Random) -> str:
    """An article page with chrome: nav, a header, paragraphs, a list, a table, JSON-LD, comments, a footer."""
    paras = "".join(f"<p>{sentence(rng, rng.randint(12, 40))}</p>" for _ in range(rng.randint(3, 9)))
    items = "".join(f"<li>{sentence(rng, 5)}</li>" for _ in range(4))
    rows = "".join(f"<tr><td>{rng.randint(1, 99)}</td><td>{sentence(rng, 3)}</td></tr>" for _ in range(3))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": sentence(rng, 6),
                     "author": {"@type": "Person", "name": "Ann Lee"}, "datePublished": "2024-05-06T10:00:00Z"})
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council news</title>"
            "<meta name='author' content='Ann Lee'><meta property='article:published_time' content='2024-05-06'>"
            f"<script type='application/ld+json'>{ld}</script><style>p {{ color: red }}</style></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{sentence(rng, 6)}</h1><p class='byline'>By Ann Lee</p>{paras}<ul>{items}</ul>"
            f"<table><tr><th>n</th><th>what</th></tr>{rows}</table><img src='a.png' alt='a bridge'>"
            f"<a href='/more'>more</a></article><section id='comments'><h2>Comments</h2>"
            f"<div class='comment'><p>{sentence(rng, 20)}</p></div></section>"
            "<footer>Copyright 2024 All rights reserved</footer></body></html>")


# ---- mutations: (rng, page) -> str or bytes ----

def _bytes(html: str) -> bytes:
    return html.encode("utf-8", "surrogatepass")


def _at(rng: random.Random, n: int) -> int:
    return rng.randint(0, max(n, 0))


def m_truncate(rng: random.Random, html: str) -> bytes:
    b = _bytes(html)
    return b[:_at(rng, len(b))]


def m_garbage(rng: random.Random, html: str) -> bytes:
    b = bytearray(_bytes(html))
    for _ in range(rng.randint(1, 20)):
        p = _at(rng, len(b))
        b[p:p] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))
    return bytes(b)


def m_nul(rng: random.Random, html: str) -> bytes:
    b = bytearray(_bytes(html))
    for _ in range(rng.randint(1, 200)):
        p = _at(rng, len(b))
        b[p:p] = b"\x00" * rng.randint(1, 4)
    return bytes(b)


def m_nul_str(rng: random.Random, html: str) -> str:
    for _ in range(rng.randint(1, 50)):
        p = _at(rng, len(html))
        html = html[:p] + rng.choice(["\x00", "\ufffd", "\x0b", "\x1b[31m", "\u202e", "\ufeff", "\u2028"]) + html[p:]
    return html


INVALID_UTF8 = [b"\xff", b"\xfe\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82",
                b"\x80\x80\x80", b"\xf8\x88\x80\x80\x80"]


def m_invalid_utf8(rng: random.Random, html: str) -> bytes:
    b = bytearray(_bytes(html))
    for _ in range(rng.randint(1, 100)):
        p = _at(rng, len(b))
        b[p:p] = rng.choice(INVALID_UTF8)
    return bytes(b)


def m_lone_surrogates(rng: random.Random, html: str) -> str:
    for _ in range(rng.randint(1, 20)):
        p = _at(rng, len(html))
        html = html[:p] + rng.choice(["\ud800", "\udfff", "\udc80", "\ud83d"]) + html[p:]
    return html


CHARSETS = ["utf-8", "utf-16", "utf-16le", "utf-32", "utf-7", "shift_jis", "euc-jp", "iso-2022-jp", "gb18030",
            "big5", "koi8-r", "windows-1251", "iso-8859-1", "windows-1252", "x-user-defined", "bogus-charset",
            "", "utf-8\x00", "x" * 300, "replacement", "hz-gb-2312", "cp037"]


def m_charset(rng: random.Random, html: str) -> tuple[bytes, str | None]:
    """The page encoded in one charset, declared (meta and/or HTTP) as another."""
    actual = rng.choice(["utf-8", "windows-1251", "latin-1", "utf-16", "shift_jis", "utf-16-be"])
    declared = rng.choice(CHARSETS)
    text = html.replace("<head>", f"<head><meta charset='{declared}'>", 1)
    if rng.random() < 0.5:
        text = text.replace("Council", "Совет Ünïcödé 日本語 ", 3)
    data = text.encode(actual, "replace")
    if rng.random() < 0.3:
        data = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"]) + data
    return data, rng.choice([None, rng.choice(CHARSETS)])


TAG = None


def _tags(html: str) -> list[tuple[int, int]]:
    import re

    global TAG
    if TAG is None:
        TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
    return [m.span() for m in TAG.finditer(html)]


def m_dup_tags(rng: random.Random, html: str) -> str:
    spans = _tags(html)
    if not spans:
        return html
    out = html
    for s, e in sorted(rng.sample(spans, min(len(spans), rng.randint(1, 200))), reverse=True):
        out = out[:e] + out[s:e] * rng.randint(1, 30) + out[e:]
    return out


RAW_TEXT = {"script", "style", "title", "textarea", "xmp", "noscript", "iframe"}


def m_unbalance(rng: random.Random, html: str) -> str:
    spans = _tags(html)
    if not spans:
        return html
    out = html
    for s, e in sorted(rng.sample(spans, min(len(spans), rng.randint(1, 300))), reverse=True):
        tag = out[s:e]
        if tag.startswith("</"):
            if tag[2:].split(">")[0].strip().lower() not in RAW_TEXT:  # (an unclosed script hides the page, rightly)
                out = out[:s] + out[e:]  # a closing tag dropped
        elif rng.random() < 0.5:
            out = out[:s] + "</" + tag[1:].split()[0].rstrip(">") + ">" + out[s:]  # closed before it opens
    return out


def m_out_of_order(rng: random.Random, html: str) -> str:
    spans = [sp for sp in _tags(html) if html[sp[0] + 1] == "/"]
    if len(spans) < 2:
        return html
    chosen = sorted(rng.sample(spans, min(len(spans), 2 * rng.randint(1, 100))))
    pieces, last = [], 0
    closers = [html[s:e] for s, e in chosen]
    rng.shuffle(closers)
    for (s, e), c in zip(chosen, closers):
        pieces.append(html[last:s])
        pieces.append(c)
        last = e
    pieces.append(html[last:])
    return "".join(pieces)


UNCLOSED = ["<!--", "<script>", "<style>", "<plaintext>", "<xmp>", "<![CDATA[", "<textarea>", "<title>",
            "<noscript>", "<iframe>", "<noembed>", "<noframes>", "<!", "<?php ", "<a href='", '<div class="',
            "<table>", "<select>", "<svg>", "<math>", "<template>", "<script><!--", "<frameset>", "<listing>",
            "<", "</", "<!DOCTYPE"]


def m_unclosed(rng: random.Random, html: str) -> str:
    p = _at(rng, len(html))
    return html[:p] + rng.choice(UNCLOSED) + html[p:]


FOREIGN = [
    ("<svg><foreignObject><div>", "</div></foreignObject></svg>"),
    ("<math><mi>x</mi><annotation-xml encoding='text/html'><p>", "</p></annotation-xml></math>"),
    ("<template><article>", "</article></template>"),
    ("<svg><title>", "</title></svg>"),
    ("<math><mtext><table><tr><td>", "</td></tr></table></mtext></math>"),
    ("<svg><style><![CDATA[", "]]></style></svg>"),
    ("<template><template><template>", ""),
    ("<svg>", ""),
    ("<math>", ""),
    ("<object><embed><frameset><frame>", ""),
]


def m_foreign(rng: random.Random, html: str) -> str:
    a, b = sorted((_at(rng, len(html)), _at(rng, len(html))))
    o, c = rng.choice(FOREIGN)
    return html[:a] + o + html[a:b] + c + html[b:]


def m_huge_attr(rng: random.Random, html: str) -> str:
    size = rng.choice([100_000, 1_000_000, 5_000_000])
    name = rng.choice(["class", "id", "style", "data-x", "href", "alt", "content", "srcset", "onclick"])
    quote = rng.choice(["'", '"', ""])
    close = rng.choice([quote + ">", ""])  # sometimes never closed
    value = rng.choice(["a", "a ", "&amp;", "x-y_z ", "<p>"]) * (size // 4)
    p = html.find("<p") if "<p" in html else _at(rng, len(html))
    return html[:p] + f"<p {name}={quote}{value}{close}" + html[p:]


def m_tiny_elements(rng: random.Random, html: str) -> str:
    n = rng.choice([10_000, 50_000, 150_000])
    unit = rng.choice(["<span>a</span>", "<i></i>", "<b>x", "<br>", "<p>a</p>", "<a href='/x'>y</a>",
                       "<div></div>", "<td>1", "<li>z", "<wbr>", "<x-icon/>", "&amp;", "<img alt=b>"])
    p = _at(rng, len(html))
    return html[:p] + unit * n + html[p:]


def m_long_line(rng: random.Random, html: str) -> str:
    size = rng.choice([2_000_000, 9_000_000, 20_000_000])
    unit = rng.choice(["lorem ipsum ", "x", "word ", "a, ", "é"])
    p = html.find("<p>") if "<p>" in html else _at(rng, len(html))
    return html[:p] + "<p>" + unit * (size // len(unit)) + "</p>" + html[p:]


def m_deep_tables(rng: random.Random, html: str) -> str:
    depth = rng.choice([100, 1_000, 5_000, 15_000])
    unit = rng.choice(["<table><tr><td>", "<table><td>", "<table>", "<tr><td><table>", "<td><table><tr><td>x"])
    close = rng.choice(["</td></tr></table>", ""])
    p = _at(rng, len(html))
    return html[:p] + unit * depth + sentence(rng, 30) + close * depth + html[p:]


def m_deep_mixed(rng: random.Random, html: str) -> str:
    depth = rng.choice([1_000, 10_000, 19_000, 30_000])
    unit = rng.choice(["<div>", "<blockquote>", "<ul><li>", "<b><div>", "<a><p>", "<span>", "<font>", "<em>",
                       "<x-y>", "<section><article>", "<dl><dd>", "<ol><li>", "<details><summary>s</summary>"])
    p = _at(rng, len(html))
    return html[:p] + unit * depth + sentence(rng, 30) + html[p:]


JSONLD_BAD = [
    '{"@type": "NewsArticle", "headline": "x", "author": ',
    '{"@type": "NewsArticle", "author": 5, "datePublished": [], "headline": {"a": 1}}',
    '{"@graph": "x", "@type": ["NewsArticle", 3, null]}',
    '[[[[[[[[[[1]]]]]]]]]]',
    '{"@type": "NewsArticle", "datePublished": 1e999, "dateModified": NaN, "author": {"name": [1, {"x": []}]}}',
    '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": null}, "", 7], "publisher": "P"}',
    'null', '"string"', '12', 'true', '{}', '[]', '{"@type": null}', '{"@type": {"@type": "x"}}',
    '{"@graph": [null, 1, "a", {"@graph": [{"@graph": {}}]}]}',
    '{"@type": "Article", "headline": "' + "h" * 200_000 + '"}',
    '{"@type": "Article", "name": "\\ud800", "author": {"name": "\\udfff"}}',
    '{"@type":"NewsArticle","mainEntityOfPage":{"@id":1},"image":{"url":[]},"inLanguage":["en",{}]}',
    '{"@type": "Article", "datePublished": "2024-13-45T99:99:99+99:99", "keywords": {"a": "b"}}',
    '{"a": ' * 3000 + '1' + '}' * 3000,
    '{"@type": "Article", "author": {"@type": "Person", "name": "A", "author": {"name": {"name": {"name": 1}}}}}',
]
DATES = ["99999-99-99", "0000-00-00", "-1", "1e308", "10000-01-01", "2024-02-30", "100000000000000000000",
         "9" * 500, "∞", "NaN", "2024-05-06T25:61:61Z", "0001-01-01", "1969-12-31T23:59:59-99:00", "",
         "2024-W53-8", "20240506", "٢٠٢٤-٠٥-٠٦", "2024-05-06T10:00:00+1400000", "1/2/3/4/5", "2024-05-06" * 1000,
         "0", "-99999-01-01", "year 2024", "12/31/99999", "1.5e9", "Mon, 32 Foo 2024 99:99:99 GMT"]


def m_jsonld(rng: random.Random, html: str) -> str:
    block = "".join(f"<script type='application/ld+json'>{rng.choice(JSONLD_BAD)}</script>"
                    for _ in range(rng.randint(1, 4)))
    if rng.random() < 0.3:
        block += "<script type='application/ld+json'>" + rng.choice(JSONLD_BAD)  # never closed
    return html.replace("</head>", block + "</head>", 1) if "</head>" in html else block + html


def m_dates(rng: random.Random, html: str) -> str:
    d = rng.choice(DATES)
    metas = (f"<meta property='article:published_time' content='{d}'><meta name='date' content='{d}'>"
             f"<meta itemprop='datePublished' content='{d}'><meta property='og:updated_time' content='{d}'>"
             f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', 'datePublished': d})}"
             "</script>")
    body = f"<time datetime='{d}'>{d}</time><p>Published {d}. Updated on {rng.choice(DATES)}</p>"
    html = html.replace("</head>", metas + "</head>", 1) if "</head>" in html else metas + html
    return html.replace("<body>", "<body>" + body, 1) if "<body>" in html else html + body


ENTITIES = ["&#0;", "&#x110000;", "&#xD800;", "&#99999999999999999999;", "&amp", "&notit;", "&#x;", "&#",
            "&" * 10, "&nbsp;" * 50, "&#128512;", "&#x80;", "&#13;"]


def m_entities(rng: random.Random, html: str) -> str:
    for _ in range(rng.randint(1, 200)):
        p = _at(rng, len(html))
        html = html[:p] + rng.choice(ENTITIES) * rng.randint(1, 500) + html[p:]
    return html


def m_links(rng: random.Random, html: str) -> str:
    bad = ["http://[::1", "http://[", "javascript:alert(1)", "//" + "a" * 5000, "http://x:99999999/",
           "\x00", "http://exa mple.com/a b", "data:text/html;base64," + "A" * 100_000, "%%%", "http://ex\ud800.com",
           "mailto:", "" , "   ", "http://user:pa:ss@host:port/"]
    base = f"<base href='{rng.choice(bad)}'>"
    links = "".join(f"<p>see <a href='{rng.choice(bad)}'>{sentence(rng, 4)}</a> now</p>" for _ in range(20))
    html = html.replace("<head>", "<head>" + base, 1) if "<head>" in html else base + html
    return html.replace("<body>", "<body>" + links, 1) if "<body>" in html else html + links


def m_random_soup(rng: random.Random, html: str) -> str:
    vocab = ["<div>", "</div>", "<p>", "</p>", "<table>", "<td>", "</tr>", "<li>", "<ul>", "</ul>", "<!--", "-->",
             "<script>", "</script>", "<svg>", "</svg>", "<template>", "</template>", "<br/>", "<a href=x>", "</a>",
             "<h1>", "</h1>", "<pre>", "</pre>", "<select>", "<option>", "<math>", "<![CDATA[", "]]>", "<",
             ">", "&", "\"", "'", "=", "<body>", "<html>", "<head>", "<title>", "</title>", "<frameset>", "<xmp>",
             "<textarea>", "<plaintext>", "<form>", "<input>", "<object>", "<ruby><rt>", "<isindex>", "<image>"]
    out = []
    for _ in range(rng.randint(100, 5000)):
        out.append(rng.choice(vocab) if rng.random() < 0.6 else sentence(rng, rng.randint(1, 12)))
    return "".join(out)


def m_structure(rng: random.Random, html: str) -> str:
    """Repeated or misplaced document structure: several html/head/body, content in head, a frameset, an XML
    declaration naming another encoding, a doctype in the middle."""
    bits = ["<html>", "<head>", "<body>", "</body>", "</html>", "<?xml version='1.0' encoding='utf-16'?>",
            "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN'>", "<frameset><frame src=x></frameset>",
            "</head><body>", "<head><p>", "<body onload=x>" * 100, "<html xmlns='http://www.w3.org/1999/xhtml'>"]
    for _ in range(rng.randint(1, 30)):
        p = _at(rng, len(html))
        html = html[:p] + rng.choice(bits) + html[p:]
    return html


def m_many_blocks(rng: random.Random, html: str) -> str:
    n = rng.choice([20_000, 60_000])
    unit = rng.choice(["<p>{}</p>", "<li>{}</li>", "<h2>{}</h2>", "<tr><td>{}</td></tr>", "<div>{}</div>",
                       "<p><a href=/x>{}</a></p>", "<br>{}"])
    s = sentence(rng, 8)
    p = html.find("</body>") if "</body>" in html else len(html)
    return html[:p] + "".join(unit.format(s) for _ in range(n)) + html[p:]


def m_long_word(rng: random.Random, html: str) -> str:
    w = rng.choice(["x", "ab", "é", "日", "-", ".", " ", "\u200b", "\t"]) * rng.choice([100_000, 1_000_000])
    p = html.find("<p>") if "<p>" in html else _at(rng, len(html))
    return html[:p] + f"<p>{sentence(rng, 30)} {w} {sentence(rng, 30)}</p>" + html[p:]


def m_empty(rng: random.Random, html: str) -> str | bytes:
    return rng.choice(["", " ", "\n" * 1000, "<", "<html>", "<!---->", "\ufeff", "<body></body>", "\x00",
                       "<?xml version='1.0'?>", "<!DOCTYPE html>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff\x00",
                       b"\x1f\x8b\x08\x00", b"%PDF-1.4\n" + bytes(range(256)) * 50, bytes(range(256)) * 1000])


MUTATIONS: dict[str, Callable] = {
    "truncate": m_truncate, "garbage": m_garbage, "nul_bytes": m_nul, "control_chars": m_nul_str,
    "invalid_utf8": m_invalid_utf8, "lone_surrogates": m_lone_surrogates, "charset_mismatch": m_charset,
    "dup_tags": m_dup_tags, "unbalanced": m_unbalance, "out_of_order": m_out_of_order, "unclosed": m_unclosed,
    "foreign": m_foreign, "huge_attr": m_huge_attr, "tiny_elements": m_tiny_elements, "long_line": m_long_line,
    "deep_tables": m_deep_tables, "deep_mixed": m_deep_mixed, "broken_jsonld": m_jsonld, "absurd_dates": m_dates,
    "entities": m_entities, "bad_links": m_links, "random_soup": m_random_soup, "structure": m_structure,
    "many_blocks": m_many_blocks, "long_word": m_long_word, "empty": m_empty,
}
# Mutations that build pages of megabytes: one case per page, not `--per` of them.
HEAVY = {"huge_attr", "tiny_elements", "long_line", "deep_tables", "deep_mixed", "many_blocks", "long_word"}


def source_pages(sets: list[str], n: int, generated: int, seed: int) -> list[tuple[str, str]]:
    """(name, html): the first `n` pages of each set's EVEN half, and `generated` pages of the harness's own."""
    out = []
    rng = random.Random(seed)
    for i in range(generated):
        out.append((f"gen{i}", generated_page(rng)))
    if n:
        from extract_bench import pages

        for ds in sets:
            for k, (pid, html, _) in enumerate(pages(ds, 2, 0)):
                if k >= n:
                    break
                out.append((f"{ds}:{pid}", html))
    return out


def cases(sources: list[tuple[str, str]], seed: int, per: int,
          only: set[str] | None = None) -> Iterator[tuple[str, str | bytes, str | None]]:
    """(case name, page (str, or bytes to decode), HTTP charset): each mutation applied to each source page."""
    for mname, fn in MUTATIONS.items():
        if only and mname not in only:
            continue
        for sname, html in sources:
            for k in range(1 if mname in HEAVY else per):
                rng = random.Random(f"{seed}:{mname}:{sname}:{k}")
                page = fn(rng, html)
                charset = None
                if isinstance(page, tuple):
                    page, charset = page
                yield f"{mname}/{sname}/{k}", page, charset


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(page: str | bytes, charset: str | None, opts: Options) -> tuple[str, float]:
    """The outcome of one extraction ('ok', 'removed: <reason>', 'empty', or 'RAISED ...') and its CPU time."""
    t0 = time.thread_time()
    try:
        html = decode_html(page, charset) if isinstance(page, bytes) else page
        r = extract_html(html, opts, url="http://example.com/a/b.html")
        # (the outputs must also be writable as UTF-8 JSON, as the writers do)
        json.dumps([r.text, r.metadata, r.error], ensure_ascii=False).encode("utf-8")
        outcome = f"removed: {r.error}" if r.error else ("ok" if r.text else "empty")
    except BaseException as e:  # (a fuzz harness records every failure)
        if isinstance(e, KeyboardInterrupt):
            raise
        outcome = f"RAISED {type(e).__name__}: {str(e)[:200]}"
    return outcome, time.thread_time() - t0


def fuzz_extract(a: argparse.Namespace) -> int:
    sets = a.sets.split(",") if a.sets else DEV_SETS
    sources = source_pages([] if a.generated_only else sets, a.pages, a.generated, a.seed)
    only = set(a.only.split(",")) if a.only else None
    opts_names = a.options.split(",") if a.options else list(OPTIONS)
    progress = open(a.progress, "w") if a.progress else None
    budget = OPTIONS["default"].time_budget_s
    n = 0
    worst: dict[str, tuple[float, str]] = {}
    failures, slow, memory, outcomes = [], [], [], {}
    base_rss = peak_mb()
    for name, page, charset in cases(sources, a.seed, a.per, only):
        for oname in opts_names:
            label = f"{name} [{oname}]"
            if progress:
                progress.seek(0)
                progress.write(label + " " * 40 + "\n")
                progress.flush()
            faulthandler.dump_traceback_later(a.hang, exit=True, file=sys.stderr)
            before = peak_mb()
            outcome, cpu = run_case(page, charset, OPTIONS[oname])
            faulthandler.cancel_dump_traceback_later()
            grew = peak_mb() - before
            n += 1
            mname = name.split("/")[0]
            # (a removal is tallied by its reason's class: "removed:too_deep")
            if outcome.startswith("RAISED"):
                kind = "RAISED"
            elif outcome.startswith("removed: "):
                kind = "removed:" + outcome[len("removed: "):].split(":")[0]
            else:
                kind = outcome
            outcomes.setdefault(mname, {}).setdefault(kind, 0)
            outcomes[mname][kind] += 1
            if cpu > worst.get(mname, (-1.0, ""))[0]:
                worst[mname] = (cpu, label)
            if outcome.startswith("RAISED"):
                failures.append((label, outcome))
                print(f"FAIL {label}: {outcome}", flush=True)
            if cpu > 2 * budget:
                slow.append((label, cpu, outcome))
                print(f"SLOW {label}: {cpu:.2f} CPU-s ({outcome})", flush=True)
            if grew > a.max_grow_mb:
                memory.append((label, grew))
                print(f"MEMORY {label}: peak RSS +{grew:.0f} MB", flush=True)
    print(f"\n{n} extractions ({len(opts_names)} option sets), {len(sources)} source pages, seed {a.seed}")
    print(f"failures (raised): {len(failures)}   over 2x budget ({2 * budget:g} CPU-s): {len(slow)}   "
          f"peak RSS grew > {a.max_grow_mb} MB: {len(memory)}   peak RSS {peak_mb():.0f} MB (start {base_rss:.0f})")
    print("\nmutation          worst CPU-s  outcomes / worst case")
    for m, (cpu, label) in worst.items():
        oc = " ".join(f"{k}={v}" for k, v in sorted(outcomes[m].items()))
        print(f"{m:17s} {cpu:9.3f}  {oc}  / {label}")
    if a.json:
        Path(a.json).write_text(json.dumps({"n": n, "failures": failures, "slow": slow, "memory": memory,
                                            "worst": worst, "outcomes": outcomes}, indent=1))
    return 1 if failures or slow or memory else 0


# ---- the pipeline ----

def _warc_record(uri: str, body: bytes, rid: int, lie: int = 0, http_headers: str = "") -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{http_headers}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-06T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + lie}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _page_bytes(page: str | bytes) -> bytes:
    return page if isinstance(page, bytes) else page.encode("utf-8", "surrogatepass")


def write_inputs(d: Path, pages: list[tuple[str, str | bytes]], rng: random.Random) -> dict[str, int]:
    """The input files, and how many documents each holds as written (a document the reader cannot frame, such as
    the half of a cut record, may come out as one `unreadable` removal or not at all: the count is what was
    written)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    d.mkdir(parents=True, exist_ok=True)
    written = {}
    bodies = [(f"http://example.com/p{i}", _page_bytes(p)[:3_000_000]) for i, (_, p) in enumerate(pages)]
    recs = [_warc_record(u, b, i) for i, (u, b) in enumerate(bodies)]
    # plain WARC: a record whose Content-Length lies (too long, then too short), the last record cut in half
    k = len(recs) // 2
    lying = list(recs)
    lying[k] = _warc_record(bodies[k][0], bodies[k][1], k, lie=+37)
    lying[k + 1] = _warc_record(bodies[k + 1][0], bodies[k + 1][1], k + 1, lie=-200)
    data = b"".join(lying)
    (d / "lying.warc").write_bytes(data)
    written["lying.warc"] = len(recs)
    cut = b"".join(recs)
    cut = cut[: len(cut) - len(recs[-1]) // 2]
    (d / "cut.warc").write_bytes(cut)
    written["cut.warc"] = len(recs)
    # gzip per record; one member truncated in the middle of the file, and the file's last member cut
    members = [gzip.compress(r, mtime=0) for r in recs]
    members[k] = members[k][: len(members[k]) // 2]
    gz = b"".join(members)
    (d / "members.warc.gz").write_bytes(gz[: len(gz) - 40])
    written["members.warc.gz"] = len(recs)
    # a WARC whose bodies say gzip/chunked but are not, and a garbage file named .warc
    odd = b"".join(_warc_record(u, b, i + 1000, http_headers=rng.choice(
        ["Content-Encoding: gzip\r\n", "Transfer-Encoding: chunked\r\n", "Content-Encoding: br\r\n",
         "Content-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n"])) for i, (u, b) in enumerate(bodies))
    (d / "encodings.warc").write_bytes(odd)
    written["encodings.warc"] = len(recs)
    (d / "junk.warc").write_bytes(b"WARC/1.0\r\n" + bytes(rng.randrange(256) for _ in range(5000)))
    written["junk.warc"] = 1
    # JSONL with an html field: strings (one with a lone surrogate escape), null, a number, a list, a missing
    # field, a broken line, a line of invalid UTF-8; a gzip copy truncated
    lines = []
    for i, (_, p) in enumerate(pages):
        text = p.decode("utf-8", "replace") if isinstance(p, bytes) else p
        lines.append(json.dumps({"id": f"j{i}", "url": f"http://example.com/j{i}", "html": text[:3_000_000]}))
    lines += [json.dumps({"id": "null", "html": None}), json.dumps({"id": "num", "html": 5}),
              json.dumps({"id": "list", "html": ["<p>a</p>"]}), json.dumps({"id": "dict", "html": {"a": 1}}),
              json.dumps({"id": "missing"}), '{"id": "broken", "html": "<p>', '[1, 2]', '"a string"', 'null',
              '{"id": "sur", "html": "<p>lone \\ud800 surrogate in a paragraph of some length here</p>"}',
              json.dumps({"id": 7, "url": 8, "html": "<p>an id that is a number</p>"}),
              '{"id": "deep", "html": "<p>x</p>", "v": ' + "[" * 100_000 + "]" * 100_000 + "}",
              json.dumps({"id": "sur2\ud800", "html": "<p>" + " ".join(WORDS * 20) + " \udfff</p>",
                          "tag": ["\ud83d"]}),
              json.dumps({"id": "after", "html": "<p>" + " ".join(WORDS * 20) + "</p>"})]
    jl = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n" + b'{"id": "bad", "html": "\xff\xfe<p>x"}\n'
    (d / "pages.jsonl").write_bytes(jl)
    written["pages.jsonl"] = len(lines) + 1
    gzj = gzip.compress(jl, mtime=0)
    (d / "cut.jsonl.gz").write_bytes(gzj[: len(gzj) * 2 // 3])
    written["cut.jsonl.gz"] = len(lines) + 1
    # Parquet: a string column and a binary column
    strs = [(p.decode("utf-8", "replace") if isinstance(p, bytes) else p.encode("utf-8", "replace").decode())
            for _, p in pages]
    pq.write_table(pa.table({"id": [f"s{i}" for i in range(len(strs))], "html": strs}), d / "str.parquet")
    written["str.parquet"] = len(strs)
    pq.write_table(pa.table({"id": [f"b{i}" for i in range(len(pages))],
                             "html": pa.array([_page_bytes(p)[:3_000_000] for _, p in pages], pa.binary())}),
                   d / "bin.parquet")
    written["bin.parquet"] = len(pages)
    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["x"], "html": ["<p>x</p>"]}), buf)
    (d / "cut.parquet").write_bytes(buf.getvalue()[:-30])
    written["cut.parquet"] = 1
    # .html files, one gzip-compressed and truncated
    html_dir = d / "html"
    html_dir.mkdir(exist_ok=True)
    for i, (_, p) in enumerate(pages):
        (html_dir / f"p{i}.html").write_bytes(_page_bytes(p)[:3_000_000])
    hz = gzip.compress(_page_bytes(pages[0][1]), mtime=0)
    (html_dir / "cut.html.gz").write_bytes(hz[: len(hz) // 2])
    written["html/"] = len(pages) + 1
    return written


def fuzz_pipeline(a: argparse.Namespace) -> int:
    rng = random.Random(a.seed)
    sources = source_pages([] if a.generated_only else (a.sets.split(",") if a.sets else DEV_SETS[:3]),
                           a.pages, a.generated, a.seed)
    chosen = []
    for name, page, _ in cases(sources, a.seed, 1):
        if isinstance(page, str) and len(page) > 2_000_000:
            continue  # (the megabyte pages are for extract_html; the pipeline gets the rest)
        chosen.append((name, page))
    chosen = rng.sample(chosen, min(len(chosen), a.docs))
    # pages that are kept (long prose), so that the writers see what the extractor gives them
    prose = " ".join(sentence(rng, 25) for _ in range(12))
    ld = '{"@type": "NewsArticle", "headline": "Vote \\ud800 passes", "author": {"name": "Ann \\udfff"}}'
    chosen.append(("kept/jsonld_surrogate", f"<html><head><script type='application/ld+json'>{ld}</script></head>"
                   f"<body><article><h1>Vote passes</h1><p>{prose}</p></article></body></html>"))
    chosen.append(("kept/ul_li_deep", "<html><body>" + "<ul><li>" * 15_000 + f"<p>{prose}</p></body></html>"))
    chosen.append(("kept/plain", f"<html><body><article><p>{prose}</p><p>{prose[::-1]}</p></article></body></html>"))
    d = Path(a.dir)
    if d.exists():
        import shutil

        shutil.rmtree(d)
    written = write_inputs(d / "in", chosen, rng)
    env_py = [sys.executable, "-m", "tamis.cli"]
    bad = 0
    targets = sorted(written)
    targets.append("ALL")
    for t in targets:
        inputs = [str(d / "in" / x) for x in written] if t == "ALL" else [str(d / "in" / t)]
        field_opts = ["--html-field", "html"] if ("jsonl" in t or "parquet" in t or t == "ALL") else []
        for fmt in (("jsonl", "parquet") if t in ("ALL", "pages.jsonl", "html/") else ("jsonl",)):
            out = d / "out" / (t.strip("/").replace("/", "_") + "." + fmt)
            cmd = [*env_py, "run", *inputs, "-o", str(out), "--workers", "1", "-q", "--format", fmt, *field_opts]
            t0 = time.time()
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout,
                               check=False)
            wall = time.time() - t0
            stats_path = out / "stats.json"
            msg = ""
            if p.returncode != 0:
                msg = f"exit {p.returncode}: {p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else ''}"
            elif not stats_path.exists():
                msg = "no stats.json"
            else:
                st = json.loads(stats_path.read_text())
                try:
                    msg = check_stats(st, out)
                except ValueError as e:  # (an output file that is not UTF-8, or not JSON)
                    msg = f"unreadable output: {type(e).__name__}: {str(e)[:150]}"
            flag = "ok" if msg.startswith("(") else "FAIL"
            bad += flag == "FAIL"
            print(f"{flag:4s} run {t:18s} {fmt:7s} written {written.get(t, sum(written.values())):4d}  {wall:5.1f}s  "
                  f"{msg}",
                  flush=True)
            if p.returncode != 0 and a.verbose:
                print(p.stderr[-3000:])
    # tamis clean on each .html file
    for f in sorted((d / "in" / "html").iterdir()):
        p = subprocess.run([*env_py, "clean", str(f), "--json"], capture_output=True, text=True,
                           timeout=a.timeout, check=False)
        tb = "Traceback" in p.stderr
        ok = p.returncode in (0, 1) and not tb
        if p.returncode == 0:
            try:
                json.loads(p.stdout)
            except ValueError:
                ok = False
        if not ok:
            bad += 1
            last = p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else ""
            print(f"FAIL clean {f.name}: exit {p.returncode} {last}", flush=True)
    print(f"\npipeline: {len(chosen)} pages, {len(targets)} inputs (each file, then all together), failures {bad}")
    return 1 if bad else 0


def _lines(f: Path) -> list[str]:
    data = f.read_bytes()
    if f.suffix == ".zst":
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    elif f.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


def check_stats(st: dict, out: Path) -> str:
    """'' when every document read is kept or removed with a reason; else what is wrong."""
    docs = st.get("documents") or {}
    docs_in, kept, removed = docs.get("in"), docs.get("kept"), docs.get("removed")
    if docs_in is None or kept is None or removed is None:
        return f"stats without documents in/kept/removed: {sorted(st)[:12]}"
    if docs_in != kept + removed:
        return f"in {docs_in} != kept {kept} + removed {removed}"
    n_removed = n_kept = 0
    for f in (out / "removed").glob("*.jsonl*"):
        for line in _lines(f):
            r = json.loads(line)
            n_removed += 1
            if not r.get("reason"):
                return f"a removed document without a reason: {str(r)[:200]}"
    for f in (out / "kept").glob("*.jsonl*"):
        n_kept += len(_lines(f))
    for sub in ("kept", "removed"):
        for f in (out / sub).glob("*.parquet"):
            import pyarrow.parquet as pq

            t = pq.read_table(f)
            if sub == "kept":
                n_kept += t.num_rows
            else:
                n_removed += t.num_rows
                if t.num_rows and not all(t.column("reason").to_pylist()):
                    return "a removed document without a reason"
    if (n_kept, n_removed) != (kept, removed):
        return f"files hold kept {n_kept} removed {n_removed}, stats say {kept} {removed}"
    return f"(in {docs_in}: kept {kept}, removed {removed})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["extract", "pipeline"])
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--pages", type=int, default=2, help="even-half pages per set (the first n of pages(ds, 2, 0))")
    ap.add_argument("--generated", type=int, default=2, help="pages the harness generates")
    ap.add_argument("--generated-only", action="store_true", help="no dev pages")
    ap.add_argument("--sets", default="", help="comma-separated dev sets (default: the twelve)")
    ap.add_argument("--per", type=int, default=2, help="cases per mutation and page (heavy mutations: 1)")
    ap.add_argument("--only", default="", help="comma-separated mutation names")
    ap.add_argument("--options", default="", help="comma-separated option sets: " + ",".join(OPTIONS))
    ap.add_argument("--hang", type=float, default=120, help="seconds after which a case counts as a hang (exit)")
    ap.add_argument("--max-grow-mb", type=float, default=300)
    ap.add_argument("--progress", default="", help="file holding the running case (for a hang)")
    ap.add_argument("--json", default="", help="write the summary here")
    ap.add_argument("--docs", type=int, default=40, help="pipeline: mutated pages written to the inputs")
    ap.add_argument("--dir", default="/tmp/tamis_fuzz", help="pipeline: working directory (replaced)")
    ap.add_argument("--timeout", type=float, default=600, help="pipeline: seconds per command")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    sys.exit(fuzz_extract(a) if a.mode == "extract" else fuzz_pipeline(a))


if __name__ == "__main__":
    main()
