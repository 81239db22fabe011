"""Lengths, words and sentence ends in any script (`tamis.extract.scripts`), and news pages in Chinese, Japanese,
Thai, Russian and Arabic (built by `pages_scripts`): the extractor keeps their text and leaves their chrome."""
from __future__ import annotations

import copy

import pytest

from tamis.extract import scripts
from tamis.extract.core import Options, extract_html
from tests.extract.pages_scripts import LANGS, article, chrome, page


def test_latin_measures_are_the_length_and_the_spaces():
    for text in ("A plain sentence, of seven words here.", "Curly “quotes” and an é – dash", "Größenverhältnisse"):
        assert scripts.size(text) == len(text)
        assert scripts.size(text, 5) == 5
        assert scripts.words(text) == text.count(" ") + 1
    assert scripts.size("Привет, мир") == 11 and scripts.words("مرحبا بالعالم") == 2


def test_wide_scripts_count_three_characters_and_words_without_spaces():
    zh = "记者了解到，票价按现行标准执行。"  # 16 characters, all wide
    assert scripts.wide(zh) == 16
    assert scripts.size(zh) == 48
    assert scripts.size(zh, 10) == 30
    assert scripts.words(zh) == 1 + 14 // scripts.CJK_WORD  # (the two marks are no letters)
    th = "ทั้งนี้ จะเปิดให้บริการทุกวัน"
    assert scripts.size(th) == len(th)  # (Thai letters are as long as Latin ones)
    assert scripts.words(th) > th.count(" ") + 1 >= 2
    assert scripts.size("조선일보 기사") == 7 + 2 * 6  # (Hangul is wide, and spaced: no extra words)
    assert scripts.words("조선일보 기사") == 2
    assert scripts.wide("Icons 😀 and \uf099") == 0  # (emoji and icon fonts are no text)


@pytest.mark.parametrize("text, stop, sentence", [
    ("He said so.", True, True), ("他说：“好。”", True, True), ("都議会に提出する。」", True, True),
    ("Er sagte: „Wir machen weiter.“", True, True), ("هل تكفي هذه المشاريع؟", True, True),
    ("यह एक वाक्य है।", True, True), ("Comments (6)", False, True), ("See more:", False, True),
    ("（责任编辑：王芳）", False, False), ("Home", False, False),
])
def test_sentence_ends_in_any_script(text, stop, sentence):
    assert scripts.ends_sentence(text, full_stop=True) is stop
    assert scripts.ends_sentence(text) is sentence


def test_thai_marks_no_sentence_end():
    th = "ทั้งนี้ จะเปิดให้บริการทุกวัน"
    assert not scripts.ends_sentence(th)
    assert scripts.ends_sentence(th, full_stop=True, unmarked=True)


def _check(lang, judge: bool) -> None:
    text = extract_html(page(lang), Options(judge=judge)).text
    missing = [p for p in article(lang) if p not in text]
    kept = [c for c in chrome(lang) if c in text]
    assert not missing and not kept, (lang.code, judge, missing, kept)


@pytest.mark.parametrize("code", sorted(LANGS))
@pytest.mark.parametrize("judge", [True, False])
def test_news_pages_in_other_scripts(code, judge):
    """The standfirst (a paragraph in a box of its own above the body, inside the <article>) and the paragraph
    whose keywords are linked are the text in every script: before `scripts`, the rules lost both in Chinese and
    Thai and the standfirst in Japanese (60 / 55 characters: under `LEDE_CHARS` as characters; the linked
    paragraph has no spaces to count its words by; Thai ends its sentences with no mark)."""
    _check(LANGS[code], judge)


@pytest.mark.parametrize("code", ["zh", "ja", "th"])
def test_short_article_with_long_comments_is_no_discussion(code):
    """An article of three paragraphs (about 230 Chinese characters, 700 in English terms) below comments that say
    more in characters is an article: its comments are not the page's text."""
    lang = copy.deepcopy(LANGS[code])
    lang.paragraphs = lang.paragraphs[:3]
    lang.comments = [LANGS[code].paragraphs[4] + str(k) for k in range(6)]
    for judge in (True, False):
        text = extract_html(page(lang), Options(judge=judge)).text
        assert lang.comments[0] not in text and lang.paragraphs[0] in text


def test_ruby_readings_are_not_read_into_the_text():
    """A ruby's <rt> (the kana reading of kanji, a pinyin gloss) and its <rp> brackets repeat the base text in
    another notation: the text is the base text alone."""
    para = ("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための"
            "<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が子どもを<ruby>教育<rt>きょういく</rt>"
            "</ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりする<ruby>体罰<rt>たいばつ</rt></ruby>を禁止することに"
            "なりました。</p>")
    html = f"<html><body><nav><a href='/'>トップ</a></nav><article>{para * 3}</article></body></html>"
    text = extract_html(html).text
    assert "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために" in text
    assert "子こ" not in text and "ぎゃくたい" not in text and "(" not in text


def test_line_breaks_inside_chinese_and_japanese_are_no_spaces():
    """The markup's line breaks between two Han or kana characters are dropped (CSS Text 3's segment-break rule);
    spaces the author typed, and breaks beside Latin letters or Hangul, still read as a space."""
    para = ("<p>今日は東京で\n  新しい地下鉄の駅が\n開業しました。利用者は多く、 大変な賑わいです。\nEnglish\ntext\n"
            "한국어\n문장입니다.</p>")
    text = extract_html(f"<html><body><article>{para * 4}</article></body></html>").text
    assert "今日は東京で新しい地下鉄の駅が開業しました。" in text
    assert "利用者は多く、 大変な賑わいです。 English text 한국어 문장입니다." in text
    assert scripts.join_lines("plain\ntext") == "plain\ntext"


def test_soft_hyphens_are_kept_as_the_page_has_them_and_the_pipeline_removes_them():
    """The extractor keeps U+00AD as the page has it (the golds keep it, and in mojibake it is the second byte of
    "í"); the pipeline's fix_unicode mends the mojibake first, then removes the soft hyphens."""
    from tamis.clean.unicode import FixUnicode

    para = ("<p>Wäh&shy;rend der Er&shy;öff&shy;nung sprach der Bürgermeister lange über die Geschichte der Stadt.</p>"
            "<p>" + "Der Gast José Ramírez kam aus Bogotá und blieb bis zum Abend in der Stadthalle.".encode()
            .decode("latin-1") + "</p>")
    text = extract_html(f"<html><body><article>{para * 3}</article></body></html>").text
    assert "Wäh\xadrend der Er\xadöff\xadnung" in text and "RamÃ\xadrez" in text
    fixed = FixUnicode().fix(text)[0]
    assert "Während der Eröffnung" in fixed and "José Ramírez kam aus Bogotá" in fixed and "\xad" not in fixed
