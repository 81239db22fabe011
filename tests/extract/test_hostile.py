"""Broken and hostile HTML: never a crash or a hang; over-limit pages are removals with a reason."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tamis.document import Document
from tamis.extract.core import Options, extract_html
from tamis.extract.encoding import decode_html
from tamis.extract.guard import FLAT_TAGS
from tamis.extract.step import Extract

PROSE = ("The committee met on Tuesday to discuss the budget, and after a long debate it agreed to fund "
         "the new library, the repairs to the bridge and a study of the bus routes.")


def test_deep_nesting_keeps_text() -> None:
    html = "<div>" * 5000 + f"<p>{PROSE}</p>" + "</div>" * 5000
    res = extract_html(html)
    assert res.error is None
    assert PROSE in res.text


def test_unclosed_and_misnested_tags() -> None:
    html = f"<html><body><div><p>{PROSE}<div><b><i>{PROSE.upper()}</b></i><table><tr><td>cell<p>more"
    res = extract_html(html)
    assert res.error is None and PROSE in res.text


def test_unclosed_title_does_not_swallow_the_page() -> None:
    para = "The council approved the new budget after a long debate on Tuesday evening. " * 4
    html = ("<html><head><title>Budget news<script>var x = 1;</script>" + "<!-- pad -->" * 200
            + f"</head><body><div><h1>Budget passes</h1><p>{para}</p></div></body></html>")
    r = extract_html(html)
    assert "The council approved the new budget" in r.text
    assert r.metadata.get("title") == "Budget news"


def test_noscript_text_when_the_page_has_none_outside() -> None:
    para = "The council approved the new budget after a long debate on Tuesday evening. " * 4
    html = (f"<html><body><div id='app'></div><noscript><div><p>{para}</p></div></noscript>"
            "<script>render()</script></body></html>")
    assert "The council approved the new budget" in extract_html(html).text
    # With prose outside it, <noscript> stays out.
    html = f"<html><body><p>{para}</p><noscript><p>Please enable JavaScript to view this site properly.</p></noscript></body></html>"
    assert "JavaScript" not in extract_html(html).text


def test_time_budget_is_a_removal() -> None:
    html = "<html><body>" + "<div><span>word</span></div>" * 20000 + "</body></html>"
    doc = Document("slow", html, kind="html")
    Extract(time_budget_s=0.0).process(doc)
    assert doc.rejected and doc.reason.startswith("extract: time_budget")


def test_time_budget_counts_every_stage_of_a_small_page() -> None:
    # (fewer elements than the walk reads between two looks at the clock: only the stages' checks can stop it)
    html = f"<html><head><title>T</title></head><body><article><p>{PROSE}</p></article></body></html>"
    assert extract_html(html, Options(time_budget_s=60.0)).error is None
    res = extract_html(html, Options(time_budget_s=0.0))
    assert res.error is not None and res.error.startswith("time_budget")


@pytest.mark.parametrize("stage", ["extract_metadata", "_select", "final_blocks", "render"])
@pytest.mark.parametrize("markdown", [False, True])
def test_time_budget_holds_after_the_walk(stage: str, markdown: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # A stage that runs long on a hostile page (simulated: it spins for more CPU time than the budget) makes the
    # page a removal for its time, whichever stage it is.
    import time

    from tamis.extract import core

    slow = getattr(core, stage)

    def spin(*args, **kwargs):
        t = time.thread_time() + 0.12
        while time.thread_time() < t:
            pass
        return slow(*args, **kwargs)

    monkeypatch.setattr(core, stage, spin)
    html = f"<html><body><article><h1>Title</h1><p>{PROSE}</p><ol><li>{PROSE}</li></ol></article></body></html>"
    res = extract_html(html, Options(time_budget_s=0.05, markdown=markdown))
    assert res.error == "time_budget: over 0.05s" and res.text == ""
    assert extract_html(html, Options(time_budget_s=5.0, markdown=markdown)).error is None


def test_every_stage_reads_the_clock_through_one_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """`core._past` is the one reading of the clock between stages: with it never past, a 0 s budget stops
    nothing (a page smaller than the walk's own interval); past from its k-th reading on, the page keeps what the
    stages before gave: nothing after the parse, the metadata after the metadata (a page without a body too)."""
    from tamis.extract import core

    def past_from(k: int):
        calls: list[float] = []

        def past(deadline: float) -> bool:
            calls.append(deadline)
            return len(calls) >= k
        return past

    html = f"<html><head><title>Harbour</title></head><body><article><p>{PROSE}</p></article></body></html>"
    monkeypatch.setattr(core, "_past", lambda deadline: False)
    assert extract_html(html, Options(time_budget_s=0.0)).text == PROSE
    for k, meta in ((1, False), (2, True), (3, True), (4, True)):
        monkeypatch.setattr(core, "_past", past_from(k))
        res = extract_html(html)
        assert res.error == "time_budget: over 2s" and res.text == "", k
        assert (res.metadata.get("title") == "Harbour") is meta, k
    monkeypatch.setattr(core, "_past", past_from(2))
    res = extract_html("<html><head><title>Harbour</title></head></html>")
    assert res.error == "time_budget: over 2s" and res.metadata.get("title") == "Harbour"


def test_markdown_rendering_checks_the_clock() -> None:
    from tamis.extract.core import extract_choice
    from tamis.extract.render import render
    from tamis.extract.walk import Budget

    html = "<html><body><ul>" + f"<li>{PROSE}</li>" * 600 + "</ul></body></html>"
    res, choice = extract_choice(html, Options())
    assert choice is not None and res.text.count(PROSE) == 600
    with pytest.raises(Budget):
        render(choice.kept, True, choice.walk, deadline=0.0)


def test_empty_and_non_html_inputs() -> None:
    for html in ("", "   ", "plain words without any markup at all", "<", "<<<>>>", "\x00\x01\x02"):
        res = extract_html(html)
        assert res.error is None


def test_scripts_styles_and_comments_are_not_text() -> None:
    html = (f"<html><body><script>var secret = 'not text';</script><style>.x{{color:red}}</style>"
            f"<!-- hidden comment --><noscript>Enable JavaScript</noscript><p>{PROSE}</p></body></html>")
    text = extract_html(html).text
    assert PROSE in text
    assert "secret" not in text and "color" not in text and "hidden comment" not in text


def test_huge_attributes_and_entities() -> None:
    html = f'<html><body><p title="{"a" * 200000}">{PROSE} &amp; &lt;tag&gt; &#x1F600; &bogus;</p></body></html>'
    text = extract_html(html).text
    assert "& <tag> \U0001F600 &bogus;" in text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivpscrt-!&;#\n")), max_size=400))
def test_random_markup_never_crashes(html: str) -> None:
    res = extract_html(html, Options(time_budget_s=5.0))
    assert isinstance(res.text, str)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "latin-1", "bogus-charset", "shift_jis"]))
def test_decode_never_raises(data: bytes, charset: str | None) -> None:
    assert isinstance(decode_html(data, charset), str)


def test_decode_order() -> None:
    text = "<p>café naïve</p>"
    assert decode_html(text.encode("cp1252"), "windows-1252") == text
    assert decode_html(text.encode("utf-8"), None) == text
    meta = '<meta charset="iso-8859-1"><p>café</p>'
    assert decode_html(meta.encode("latin-1"), None) == meta
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "latin-1") == "<p>café</p>"  # BOM wins
    assert decode_html("<p>é</p>".encode("utf-16-le").join([b"\xff\xfe", b""]), None) == "<p>é</p>"
    # Valid UTF-8 wins over a wrong single-byte declaration (the common mislabel).
    assert decode_html("<p>日本語</p>".encode(), "ascii") == "<p>日本語</p>"
    # Invalid bytes in every candidate encoding are replaced, not fatal.
    out = decode_html(b"<p>\x81\x8d\x8f\x90 abc</p>", "windows-1252")
    assert out.startswith("<p>") and out.endswith(" abc</p>")


def test_decode_detects_undeclared_encoding() -> None:
    text = "Привет, мир! Это проверка определения кодировки для русского текста. " * 5
    assert decode_html(text.encode("cp1251"), None) == text


def test_nesting_too_deep_for_the_parser_is_flattened() -> None:
    """The parser's time grows with the square of the depth (100,000 unclosed <div>s took 20 s of CPU): a page
    nested deeper than the guard's bound is flattened before parsing (the tags past `FLAT_NESTING` levels taken
    out), quickly, and its text kept."""
    import time

    from tamis.extract import guard

    n = guard.MAX_NESTING + 5000
    for html in ("<div>" * n + f"<p>{PROSE}</p>", "<ul><li>" * n + PROSE, "<a href=x><div>" * n + PROSE,
                 "<pre>" * n + PROSE, "<table><tr><td>" * n + PROSE, "<b>" * (10 * n) + PROSE):
        t = time.process_time()
        res = extract_html(html)
        assert res.error is None and PROSE in res.text, (html[:20], res.error)
        assert time.process_time() - t < 1.5
    doc = Document("deep", "<div>" * n + f"<p>{PROSE}</p>", kind="html")
    Extract().process(doc)
    assert not doc.rejected and PROSE in doc.text
    # The text at every level past the bound stays, in order, and script text stays script (not text).
    html = ("<div>" + "".join(f"<div><span>level{i}</span>" for i in range(n)) + "<script>var x = '<b>';</script>"
            + "</div>" * n + f"<p>{PROSE}</p></div>")
    page, refused = guard.check(html)
    assert refused is None and page.count("<") < 5 * guard.FLAT_NESTING
    assert "<script>var x = '<b>';</script>" in page
    assert guard.nesting(page)[0] <= guard.FLAT_NESTING + 1
    text = extract_html(html.replace("<script>var x = '<b>';</script>", "")).text
    assert text.index("level1000") < text.index("level5000") < text.index(f"level{n - 1}")
    # Many tags that do not nest (closed, void, SVG's self-closed paths, script text) are no depth.
    flat = ("<html><body>" + "<div><img src=x><br></div>" * 8000 + "<svg>" + "<path d='M0'/>" * 25000 + "</svg>"
            + "<script>" + "if (a<b) {x=1}" * 25000 + "</script>" + f"<p>{PROSE}</p></body></html>")
    assert guard.check(flat) == (flat, None)
    res = extract_html(flat)
    assert res.error is None and PROSE in res.text


def test_deep_nesting_with_many_tags_below_it_is_flattened() -> None:
    """The parser's work grows with the depth times the tags read at that depth: 19,000 levels and then 100,000
    "<p></p>" took 8 CPU-s though no deeper than MAX_NESTING. A page may nest at most MAX_WORK / its tags levels:
    this one is flattened, fast, with its text."""
    import time

    from tamis.extract import guard

    for depth, n in ((guard.MAX_NESTING - 1000, 100_000), (5000, 300_000)):
        html = "<div>" * depth + f"<p>{PROSE}</p>" + "<p></p>" * n
        assert guard.nesting(html)[0] <= guard.MAX_NESTING
        t = time.process_time()
        res = extract_html(html)
        assert res.error is None and PROSE in res.text
        assert time.process_time() - t < 1.5
    # A large page of ordinary depth is not touched.
    html = "<html><body>" + "<div><p>word</p><span>a</span></div>" * 30_000 + "</body></html>"
    assert guard.check(html) == (html, None)


def test_the_guard_counts_levels_as_the_parser_closes_them() -> None:
    """An element left open (an unclosed <span>, a custom element written `<x-icon/>`, which HTML does not close)
    is closed with its parent, as the parser closes it: thousands of them in closed parents are no depth."""
    from selectolax.lexbor import LexborHTMLParser

    from tamis.extract import guard

    for inner in ("<x-icon/>", "<span>", "<i class=icon>"):
        html = "<html><body><div>" + f"<div>{inner}word</div>" * 25000 + f"<p>{PROSE}</p></div></body></html>"
        assert guard.nesting(html)[0] == 3
        assert guard.check(html) == (html, None)
    # Inside one parent they do nest, in the parser as in the count.
    assert guard.nesting("<div>" + "<x-icon/>" * 10 + "</div>")[0] == 11
    tree = LexborHTMLParser("<div>" + "<x-icon/>" * 3 + "</div>")
    assert tree.body.html == "<body><div><x-icon><x-icon><x-icon></x-icon></x-icon></x-icon></div></body>"


@pytest.mark.parametrize("tag", FLAT_TAGS)
def test_the_tags_the_guard_counts_as_no_level_do_not_nest_in_the_parser(tag: str) -> None:
    """The guard's list of elements that open no level is checked against the parser: two of them in a row (in the
    context each belongs in) never put the second inside the first."""
    from selectolax.lexbor import LexborHTMLParser

    context = {"tr": "<table>", "td": "<table><tr>", "th": "<table><tr>", "tbody": "<table>", "thead": "<table>",
               "tfoot": "<table>", "colgroup": "<table>", "caption": "<table>", "col": "<table><colgroup>",
               "option": "<select>", "optgroup": "<select>", "rb": "<ruby>", "rt": "<ruby>", "rp": "<ruby>",
               "rtc": "<ruby>", "li": "<ul>", "dt": "<dl>", "dd": "<dl>"}.get(tag, "<div>")
    tree = LexborHTMLParser(f"<html><head></head><body>{context}<{tag} id=one>a<{tag} id=two>b")
    second = tree.css_first("#two")
    node = second.parent if second is not None else None
    while node is not None:
        assert node.attributes.get("id") != "one", tag
        node = node.parent
    # ... and an element that is not in it does.
    if tag == "p":
        assert LexborHTMLParser("<div id=one>a<div id=two>b").css_first("#two").parent.attributes["id"] == "one"


def test_list_items_that_nest_count_as_levels() -> None:
    """`<ul><li>` never closed nests two levels a time in the parsed tree (19,000 of them parsed in about 3 CPU-s,
    over the time budget, and the guard counted 19,000 levels: every `<li>` was taken for a sibling). A list item
    counts as a level unless it follows an open item of its kind; lists of many items, closed or not, do not. A
    page nested that deep is flattened, fast, with its text."""
    import time

    from tamis.extract import guard

    n = guard.MAX_NESTING // 2 + 1000
    for html in ("<ul><li>" * n + PROSE, "<dl><dd>" * n + PROSE, "<section><p><li>" * n + PROSE):
        t = time.process_time()
        res = extract_html(html)
        assert time.process_time() - t < 1.0
        assert res.error is None and PROSE in res.text, res.error
        assert guard.nesting(html)[0] == 2 * n
    items = ("<html><body><ul>" + "<li><a href=/x>item</a>" * 15000 + "</ul><ol>" + "<li>one</li>" * 8000 + "</ol>"
             + "<dl>" + "<dt>term<dd>text" * 6000 + f"</dl><p>{PROSE}</p></body></html>")
    assert guard.check(items) == (items, None)
    nested = "<ul><li>" * 300 + PROSE + "</ul>" * 300
    assert guard.check(nested * 80) == (nested * 80, None)


def test_thousands_of_attributes_on_one_element_are_a_removal() -> None:
    attrs = " ".join(f"a{i}=x" for i in range(30000))
    res = extract_html(f"<html><body><p {attrs}>{PROSE}</p></body></html>")
    assert res.error is not None and res.error.startswith("too_many_attributes")
    # One long attribute is no pathology.
    assert extract_html(f'<html><body><p title="{"a = b " * 30000}">{PROSE}</p></body></html>').error is None


def test_thousands_of_attributes_without_values_are_a_removal() -> None:
    # (the tokenizer starts an attribute after a space, a "/" or a value's closing quote: all of them count)
    for attrs in (" ".join(f"a{i}" for i in range(30000)), "/".join(f"a{i}" for i in range(30000)),
                  "".join(f'a{i}="x"' for i in range(30000))):
        res = extract_html(f"<html><body><div {attrs}><p>{PROSE}</p></div></body></html>")
        assert res.error is not None and res.error.startswith("too_many_attributes"), attrs[:20]
    # A few attributes without values, and prose, are no pathology.
    page = "<html><body>" + f"<div hidden itemscope data-x><p>{PROSE}</p></div>" * 400 + "</body></html>"
    assert extract_html(page).error is None


def test_an_attribute_flood_on_a_page_of_many_tags_is_a_removal() -> None:
    """A page padded with thousands of small tags is looked at too (the check no longer needs a sparse page)."""
    pad = "<div><span>a</span><b>b</b></div>" * 5000
    for attrs in (" ".join(f"a{i}=x" for i in range(30000)), " ".join(f"a{i}" for i in range(30000))):
        for page in (f"<html><body>{pad}<div {attrs}><p>{PROSE}</p></div></body></html>",
                     f"<html><body><div {attrs}><p>{PROSE}</p></div>{pad}</body></html>"):
            res = extract_html(page)
            assert res.error is not None and res.error.startswith("too_many_attributes"), attrs[:20]
    # Long tags of few attributes (a JSON value), and a script that reads like one, are no flood.
    value = "{&quot;id&quot;: 1, &quot;name&quot;: &quot;x&quot;} " * 3000
    script = "<script>var s = '<div " + " ".join(f"a{i}" for i in range(30000)) + "';</script>"
    page = f"<html><body>{pad}<div data-x='{value}' class=x><p>{PROSE}</p></div>{script}</body></html>"
    assert extract_html(page).error is None


def test_a_select_of_many_options_is_parsed_without_its_options() -> None:
    """Options of a select (never text) are dropped before parsing when there are thousands: 100,000 options in a
    select took the parser a minute."""
    import time

    html = ("<html><body><form><select name=city>" + "<option value=1>Town</option>" * 60000
            + f"</select></form><article><p>{PROSE}</p></article></body></html>")
    t = time.process_time()
    res = extract_html(html)
    assert time.process_time() - t < 2.0
    assert res.error is None and PROSE in res.text and "Town" not in res.text


def test_json_ld_nested_too_deep_never_raises() -> None:
    html = ("<html><head><script type='application/ld+json'>" + "[" * 50000 + "]" * 50000
            + f"</script></head><body><p>{PROSE}</p></body></html>")
    res = extract_html(html)
    assert res.error is None and PROSE in res.text


def test_json_ld_with_lone_surrogates_gives_text_a_writer_takes() -> None:
    """`"\\ud800"` is valid JSON and no character: from a page's JSON-LD it reached the metadata and the text, and
    every UTF-8 writer raised on it (a Parquet run crashed, `tamis clean --json` too). It is read as U+FFFD."""
    import json

    ld = '{"@type": "NewsArticle", "headline": "Vote \\ud800 passes", "author": {"@type": "Person", "name": "Ann \\udfff"}}'
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>Vote passes</h1><p>{PROSE}</p></article></body></html>")
    for opts in (Options(), Options(markdown=True, links=True)):
        res = extract_html(html, opts)
        json.dumps([res.text, res.metadata], ensure_ascii=False).encode("utf-8")
        assert res.error is None and PROSE in res.text
        assert res.metadata.get("author") == "Ann \ufffd"


def test_decode_a_page_misdeclared_as_western() -> None:
    """A windows-1251 page declared ISO-8859-1 (a server's default) decodes without an error into accented Latin
    letters; mostly accented letters is no Western text, and detection's charset is taken. A French or an Icelandic
    page so declared keeps its declaration."""
    ru = "Комитет собрался во вторник, чтобы обсудить бюджет и новую библиотеку. " * 3
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{ru}</p></body></html>'
    assert decode_html(page.encode("cp1251")) == page
    assert decode_html(page.replace(' charset="iso-8859-1"', "").encode("cp1251"), "iso-8859-1") == page.replace(
        ' charset="iso-8859-1"', "")
    for text in ("Le comité s'est réuni mardi à Besançon, où l'élève a déjà présenté le budget. " * 3,
                 "Þetta er íslenskur texti með ýmsum sérstöfum, þ.e. ð, æ, ö og á í hverri línu. " * 3):
        latin = f"<html><body><p>{text}</p></body></html>"
        assert decode_html(latin.encode("latin-1"), "iso-8859-1") == latin


def test_the_guard_counts_the_nesting_within_the_time_budget() -> None:
    """Counting the nesting of a page of millions of tags is a Python loop (about a second a million): it reads the
    clock as it goes, so such a page ends as a `time_budget` removal near its budget, not seconds after it (a page
    of a million `<ul><li>`, two million levels, took 5 CPU-s in the guard at a 2 s budget)."""
    import time

    from tamis.extract import guard

    html = "<ul><li>" * 1_000_000 + PROSE
    t = time.process_time()
    res = extract_html(html, Options(time_budget_s=0.3))
    assert time.process_time() - t < 1.5
    assert res.error is not None and res.error.startswith("time_budget"), res.error
    assert guard.nesting(html, deadline=time.thread_time() - 1) == (-1, [])
    assert guard.check("<div>" * 30_000 + PROSE, time.thread_time() - 1) == ("<div>" * 30_000 + PROSE,
                                                                             guard.OVER_BUDGET)
