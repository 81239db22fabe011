"""remove_boilerplate: classes, context, block rules, languages."""
from __future__ import annotations

import pickle

import pytest

from tamis.clean.boilerplate import RemoveBoilerplate, normalize_line
from tamis.document import Document
from tests.clean import join_lines

ART = ("The library will extend its opening hours on weekdays from next month, the council announced "
       "after a consultation in which most of the 900 respondents asked for later closing times.")
ART2 = "Staff numbers will rise by four, funded by a grant from the regional arts fund."




def run(text: str, **kw) -> Document:
    doc = Document("b", text)
    RemoveBoilerplate(**kw).process(doc)
    return doc


@pytest.mark.parametrize(("line", "cls"), [
    ("© 2020 Riverside Courier Ltd", "legal"),
    ("Copyright 2017 Metro Press — All Rights Reserved.", "legal"),
    ("Tous droits réservés", "legal"),
    ("This site uses cookies to analyse traffic and remember your preferences.", "cookie"),
    ("Diese Website verwendet Cookies.", "cookie"),
    ("Subscribe to our weekly newsletter", "newsletter"),
    ("Share this story", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Be the first to comment!", "comments"),
    ("12 Comments", "comments"),
    ("Deja un comentario", "comments"),
    ("Home » Sports » Rugby", "navigation"),
    ("Home | About | Contact", "navigation"),
    ("Skip to content", "navigation"),
    ("Forgot your password?", "login"),
    ("Войти", "login"),
    ("Страница не найдена", "error"),
    ("Die angeforderte Seite wurde nicht gefunden.", "error"),
])
def test_strong_lines_inside_an_article(line: str, cls: str) -> None:
    doc = run(join_lines([ART, line, ART2]))
    assert doc.text == join_lines([ART, ART2])
    assert [r.reason for r in doc.removed] == [f"boilerplate:{cls}"]


def test_related_block_takes_its_headlines_but_not_the_prose_after() -> None:
    text = join_lines([ART, "Related Articles", "Council to review parking fees",
                      "New cycle lane opens on Mill Road", ART2])
    doc = run(text)
    assert doc.text == join_lines([ART, ART2])
    assert doc.removed[0].text.count("\n") == 2


def test_inline_related_and_tags_lines() -> None:
    doc = run(join_lines([ART, "Read more: Council to review parking fees", ART2, "Tags: library, council"]))
    assert doc.text == join_lines([ART, ART2])


def test_disclaimer_title_takes_its_legal_paragraph_only() -> None:
    legal = "The publisher accepts no liability for the accuracy of third-party content."
    doc = run(join_lines([ART, "Legal disclaimer", legal, ART2]))
    assert doc.text == join_lines([ART, ART2])
    doc = run(join_lines([ART, "Disclaimer", ART2]))
    assert doc.text == join_lines([ART, ART2])  # title gone, ordinary paragraph kept


def test_weak_lines_need_context_or_the_end() -> None:
    assert run(join_lines([ART, "Reply", ART2])).text == join_lines([ART, "Reply", ART2])
    assert run(join_lines([ART, ART2, "Reply"])).text == join_lines([ART, ART2])
    doc = run(join_lines(["We use cookies on this site.", "Accept", "Reject", ART, ART2]))
    assert doc.text == join_lines([ART, ART2])


def test_title_and_prose_that_mention_words_stay() -> None:
    text = join_lines(["Comments from the mayor on the new library", ART,
                      "The page was torn from the register, the archivist said.",
                      "We could not find the page numbers in the report.",
                      "We baked cookies with the children before the site visit.", ART2])
    assert run(text).text == text


def test_classes_and_languages_are_configurable() -> None:
    text = join_lines([ART, "Share this story", "Alle Rechte vorbehalten.", ART2])
    assert run(text, classes=["legal"]).text == join_lines([ART, "Share this story", ART2])
    # (the line model reads all 8 languages: `languages` chooses the phrase tables)
    assert run(text, languages=["en"], model=False).text == join_lines([ART, "Alle Rechte vorbehalten.", ART2])
    with pytest.raises(ValueError):
        RemoveBoilerplate(languages=["xx"])


def test_normalize_and_pickle() -> None:
    assert normalize_line("  » Read   More… ") == "read more"
    step = RemoveBoilerplate()
    run_once = step.find(["x", "Share this article"])
    again = pickle.loads(pickle.dumps(step))
    assert again.find(["x", "Share this article"]) == run_once


def test_a_long_list_under_a_list_title_is_the_articles_own() -> None:
    plan = [f"Day {i}: rest and a short walk" for i in range(1, 16)]
    doc = run(join_lines([ART, "Related", *plan, ART2]))
    assert doc.text == join_lines([ART, *plan, ART2])
    assert [r.text for r in doc.removed] == ["Related"]


def test_emoji_at_either_end_of_a_line_are_ignored_by_the_tables() -> None:
    assert normalize_line("🔥 Read more ✈️") == "read more"
    assert normalize_line("Thanks for subscribing! 🙏") == "thanks for subscribing"
    # symbols inside the line, or other scripts, stay
    assert normalize_line("Advanced SQL ★★★★☆(2)") == "advanced sql ★★★★☆(2)"
    assert normalize_line("東京 ニュース") == "東京 ニュース"


def test_process_batch_pauses_the_collector_only_while_it_judges():
    """The garbage collector is off during a batch and back as it was after it, also after an error."""
    import gc

    from tamis.clean import boilerplate as bp

    step = RemoveBoilerplate()
    seen = []
    real = step.find_many

    def spy(pages):
        seen.append(gc.isenabled())
        return real(pages)

    step.find_many = spy  # type: ignore[method-assign]
    docs = [Document("a", "A title\nThe first paragraph of the story runs on for a while.\nAll rights reserved.")]
    assert gc.isenabled()
    step.process_batch(docs)
    assert seen == [False] and gc.isenabled()
    assert "All rights reserved." not in docs[0].text
    gc.disable()
    try:
        step.process_batch([Document("b", "Another story with some words in it.")])
        assert not gc.isenabled()  # (left off: the caller had turned it off)
    finally:
        gc.enable()

    def boom(pages):
        raise RuntimeError("judge failed")

    step.find_many = boom  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        step.process_batch([Document("c", "Text.")])
    assert gc.isenabled()
    assert bp.gc is gc


def test_rows_of_a_data_table_are_not_a_menu() -> None:
    # A table written as "a | b | c" rows (a box score, a season's statistics): rows of numbers, and a
    # header with as many cells, are content that neither the menu rule nor the line model may take.
    from tamis.clean.boilerplate import table_rows

    header = "Year | Team | G | GS | Att | Yds | Avg | Lg | TD"
    rows = [f"{2006 + i} | Riverside Rovers | {12 + i} | {10 + i} | {30 + i} | {100 + 7 * i} | {3.1 + i / 10:.1f}"
            f" | {15 + i} | {i % 3}" for i in range(6)]
    total = "TOTAL | 96 | 80 | 195 | 705 | 3.6 | 21 | 6"
    text = join_lines([ART, header, *rows, total, ART2])
    lines = text.split("\n")
    table = table_rows(lines)
    assert {lines.index(header), lines.index(total), *(lines.index(r) for r in rows)} <= table
    doc = run(text)
    assert doc.text == text
    # a menu stays a menu, and one row of words between pipes is not a table
    assert not table_rows(["Home | News | Sport | Contact", "About | Jobs | Advertise | Privacy"])
    menu = run(join_lines([ART, ART2, "Home | About | Contact"]))
    assert "Home | About" not in menu.text


def test_a_comparison_table_of_words_is_not_a_menu() -> None:
    # Three or more rows with as many cells each are a table even without numbers ("Linux | Yes | No").
    from tamis.clean.boilerplate import table_rows

    rows = ["Feature | Harbour | Quayside | Mariner | Lighthouse",
            "Windows | Yes | Yes | Yes | No",
            "Linux | Yes | No | Yes | Yes",
            "Router | Yes | Yes | Yes | Yes",
            "Support | Email | Chat | Phone | Email"]
    text = join_lines([ART, *rows, ART2])
    assert set(range(1, 6)) <= table_rows(text.split("\n"))
    assert run(text).text == text


def test_items_of_a_listed_sentence_are_not_read_by_the_line_model() -> None:
    # Items ending in ";" continue one sentence ("Sessions will include: · poster sessions; · workshops and
    # panels;"): furniture never ends so, and the line model, which reads "·" items as a menu, leaves them.
    items = ["The programme of the two days will include the following kinds of sessions:",
             "· poster sessions;",
             "· roundtable thematic discussion sessions with a moderator;",
             "· workshops and panels;",
             "· time allocated for each presenter is twenty minutes."]
    text = join_lines([ART, *items, ART2])
    doc = run(text)
    for item in items[1:4]:
        assert item in doc.text
