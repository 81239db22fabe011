"""The cleaning chain on noisy pages written here: the exact kept text and every removal's reason."""
from __future__ import annotations

from tamis.clean.boilerplate import RemoveBoilerplate
from tamis.clean.repetition import RepairRepetition
from tamis.clean.unicode import FixUnicode
from tamis.document import Document
from tamis.engines.memory import run_steps
from tests.clean import join_lines, join_paras

TITLE = "Harbour town votes to restore its old ferry pier"
P1 = ("Residents of Kessling voted on Sunday to spend 2.4 million euros restoring the wooden ferry pier "
      "that has stood empty since the last crossing was cancelled in 1998.")
P2 = ("The mayor said the work would start in spring and that the first boats could dock there again "
      "before the summer season, if the weather allows it.")
P3 = "Opponents argued that the money would be better spent on the primary school, whose roof leaks."




def clean(text: str) -> Document:
    doc = Document("t", text)
    run_steps([FixUnicode(), RemoveBoilerplate(), RepairRepetition()], [doc])
    return doc


def reasons(doc: Document) -> list[str]:
    return [r.reason for r in doc.removed]


def test_crawled_news_page_keeps_title_and_each_paragraph_once() -> None:
    page = join_lines([
        "Error 403", "Oops!!", "Sorry, the page you requested could not be found.",
        TITLE, P1, "", P2, "", P3, "", TITLE, P1, "", P2, "", P3,
        "Disclaimer:", "This release is supplied by a third party; we give no warranty as to its accuracy.",
        "Comments", "No comments yet",
    ])
    doc = clean(page)
    assert doc.reason is None
    assert doc.text == join_lines([TITLE, P1, "", P2, "", P3])
    assert reasons(doc) == ["boilerplate:error", "boilerplate:legal", "boilerplate:comments",
                            "repetition", "repetition", "repetition"]
    assert doc.removed[3].text == f"{TITLE}\n{P1}"
    assert doc.removed[0].text.startswith("Error 403\nOops!!")
    removed_words = " ".join(r.text for r in doc.removed)
    assert removed_words.count("Kessling") == 1  # the second copy of P1, nothing of the first


def test_cookie_share_newsletter_related_and_menu_in_other_languages() -> None:
    page = join_lines([
        "Startseite > Lokales > Kessling",
        "Wir nutzen Cookies, um Ihnen das beste Erlebnis auf unserer Seite zu bieten.",
        "Alle akzeptieren", "Einstellungen",
        TITLE, P1, "Partager cet article", "Facebook  Twitter  WhatsApp", P2,
        "Suscríbete a nuestro boletín", "Tu correo electrónico",
        P3, "Leggi anche", "Sindaco annuncia nuovo piano per il porto", "Scuola chiusa per lavori fino a marzo",
        "Главная | О нас | Контакты",
    ])
    doc = clean(page)
    assert doc.text == join_lines([TITLE, P1, P2, P3])
    assert reasons(doc) == ["boilerplate:navigation", "boilerplate:cookie", "boilerplate:share",
                            "boilerplate:newsletter", "boilerplate:related", "boilerplate:navigation"]


def test_lone_weak_words_inside_the_article_stay() -> None:
    text = join_lines([TITLE, P1, "Accept", P2, "Comments", P3])
    doc = clean(text)
    assert doc.text == text
    assert doc.removed == []


def test_error_page_navigation_only_and_empty_are_rejected() -> None:
    err = clean("404\nPage not found\nThe page you were looking for does not exist.\nBack to homepage")
    assert err.reason is not None and err.reason.startswith("error_page")
    nav = clean("Home | About us | Contact | Privacy policy\nSkip to main content\nLog in\nRegister")
    assert nav.reason is not None and nav.reason.startswith("no_content")
    empty = clean(" \n\u200b\n\t")
    assert empty.reason == "empty"


def test_registry_names() -> None:
    from tamis.clean import STEPS
    from tamis.registry import make_step

    assert set(STEPS) >= {"fix_unicode", "remove_boilerplate", "repair_repetition"}
    step = make_step("remove_boilerplate", {"languages": ["en", "de"]})
    assert step.params()["languages"] == ["en", "de"]


def test_one_line_legal_notice_goes_but_an_article_note_stays() -> None:
    note = "Note: the council said its liability for the old pier ends when the new operator takes over."
    page = join_paras([TITLE, P1, note, P2,
                       "Legal disclaimer: the publisher accepts no liability for the accuracy of syndicated stories."])
    doc = clean(page)
    assert doc.text == join_paras([TITLE, P1, note, P2])
    assert reasons(doc) == ["boilerplate:legal"]
