"""repair_repetition: first copy kept, later copies removed; rhetoric and short structure untouched."""
from __future__ import annotations

from tamis.clean.repetition import RepairRepetition
from tamis.document import Document
from tests.clean import join_lines, join_paras

A = "The committee met three times in March and agreed on a shorter list of candidates for the post."
B = "Its chair, Ines Varga, said the final decision would be published before the end of the month."
C = "Several members asked for the interviews to be recorded, a request the chair turned down."




def run(text: str) -> Document:
    doc = Document("r", text)
    RepairRepetition().process(doc)
    return doc


def test_paragraph_repeated_after_normalization_is_removed_once() -> None:
    doc = run(join_paras([A, B, A.upper().replace(".", "!"), C]))
    assert doc.text == join_paras([A, B, C])
    assert [(r.reason, r.text) for r in doc.removed] == [("repetition", A.upper().replace(".", "!"))]


def test_body_pasted_twice_with_short_headings_becomes_one() -> None:
    body = ["Committee picks shortlist", A, "Next steps", B, C]
    doc = run("\n".join(body + body))
    assert doc.text == "\n".join(body)
    assert doc.metadata["repeated_lines"] == 5


def test_repeated_sentence_inside_different_paragraphs_is_kept() -> None:
    refrain = "We will not give up."
    text = join_paras([f"{A} {refrain}", f"{refrain} {B}", f"{C} {refrain}"])
    assert run(text).text == text


def test_short_structural_lines_repeat_freely() -> None:
    text = join_lines(["Name", "Score", "Anna", "12", "Yes", "Ben", "12", "Yes", "Carl", "9", "No"])
    assert run(text).text == text


def test_template_question_asked_to_each_guest_stays() -> None:
    q = "What made you start cooking for an audience of thousands online?"
    text = join_lines(["Three cooks, one question", q, A, q, B, q, C])
    assert run(text).text == text


def test_repeated_title_kept_once() -> None:
    doc = run(join_lines(["Shortlist ready", A, "Shortlist ready", B]))
    assert doc.text == join_lines(["Shortlist ready", A, B])


def test_pasted_body_with_an_extra_line_in_one_copy_loses_every_short_line() -> None:
    # the first copy holds a line the second lacks, so walking line by line from a long copy stops
    # there; the short lines between two removed copies still mirror the first copies' stretch
    body = [A, "Next steps", "in March", "the panel", "will meet", "again", B, C]
    first = body[:2] + ["Photo: archive"] + body[2:5] + ["Advertisement"] + body[5:]
    doc = run("\n".join(first + body))
    assert doc.text == "\n".join(first)


def test_lists_that_share_a_few_items_between_repeated_lines_stay() -> None:
    # two repeated paragraphs with different lists under each: the lists share items, but they are
    # not a copy of each other, so the items stay (only the lines next to the copies that mirror the
    # first copies' neighbours go with them)
    one = [A, "id", "amount", "currency", "status", B]
    two = [A, "id", "name", "email", "created", "status", B]
    doc = run("\n".join(one + ["Customers", C] + two))
    assert doc.text == "\n".join(one + ["Customers", C] + two[2:-2])


INTRO = "This four-week plan was drawn up with a dietitian for people who train three times a week."
OATS = "Oatmeal with two spoons of honey and a handful of fresh blueberries"
SALMON = "Grilled salmon with roasted potatoes and a green salad on the side"
SNACK = "Snack: one apple and a small handful of unsalted almonds or walnuts"
LENTIL = "Lentil soup with carrots, celery and a slice of whole grain bread"
PASTA = "Wholewheat pasta with tomato sauce, spinach and grated parmesan cheese"
CLOSE = "Drink at least two litres of water a day and adjust the portions to your own training load."


def _plan() -> list[str]:
    """A page of parallel sections: one day each, the same meals recurring, the lunch varying."""
    days = []
    for day, lunch in (("Day 1", LENTIL), ("Day 2", PASTA), ("Day 3", LENTIL)):
        days += [day, "Breakfast", OATS, "Lunch", lunch, "Dinner", SALMON, SNACK]
    return [INTRO, *days, CLOSE]


def test_parallel_sections_keep_their_recurring_lines() -> None:
    """A meal plan per day repeats by design: a lunch seen on two days, with its neighbours, stays."""
    text = join_lines(_plan())
    doc = run(text)
    assert doc.text == text and not doc.removed


def test_parallel_sections_pasted_twice_become_one() -> None:
    once = join_lines(_plan())
    doc = run(join_lines([once, once]))
    assert doc.text.rstrip("\n") == once
    assert all(r.reason == "repetition" for r in doc.removed)


def test_lone_copy_on_a_page_of_parallel_sections_goes() -> None:
    """A paragraph pasted once more amid lines unlike those around its first copy is still a copy."""
    lines = _plan()
    at = lines.index(PASTA) + 1
    doc = run(join_lines([*lines[:at], INTRO, *lines[at:]]))
    assert doc.text == join_lines(lines)
    assert [r.text for r in doc.removed] == [INTRO]
