"""remove_boilerplate's second judge: lines made of one class's vocabulary, with their context."""
from __future__ import annotations

import pytest

from tamis.clean.boilerplate import RemoveBoilerplate, cue_judge, normalize_line
from tamis.clean.patterns import LANGUAGES
from tamis.document import Document

from . import join_lines, join_paras

ART = ("The harbour authority approved the new ferry timetable on Tuesday after months of complaints from "
       "commuters about late evening crossings and crowded weekend boats.")
ART2 = "Two extra sailings will run on Fridays, and the last boat will leave the island at 23:40."
ART3 = "Fares stay the same until April, when the authority will review them with the operators."
ALL = tuple(sorted(LANGUAGES))


def run(text: str, **kw) -> Document:
    doc = Document("c", text)
    RemoveBoilerplate(**kw).process(doc)
    return doc


def judge(line: str) -> tuple[str, str] | None:
    return cue_judge(ALL).judge(normalize_line(line))


@pytest.mark.parametrize(("line", "cls"), [
    # wordings that no phrase table holds; their words give them away
    ("Hmm, that link looks broken", "error"),
    ("Die Seite, nach der Sie suchen, wurde leider entfernt.", "error"),
    ("Our disclosures: this review contains affiliate links and we may earn a commission.", "legal"),
    ("Tap here and get tomorrow's briefing in your inbox", "newsletter"),
    ("Pin it or share it on LinkedIn", "share"),
    ("Login with your member account", "login"),
])
def test_judge_by_words(line: str, cls: str) -> None:
    got = judge(line)
    assert got is not None and got[0] == cls, got


def test_legal_prose_inside_an_article_stays() -> None:
    # words of the legal class, but prose: at most a weak line, and inside an article it stays
    line = "The company denied any liability for the errors in the warranty claims."
    got = judge(line)
    assert got is None or got[1] != "strong"
    text = "\n\n".join([ART, line, ART2])
    assert run(text).text == text


@pytest.mark.parametrize("line", [
    ART, ART2,
    "The page was missing from the report, the auditor said.",
    "if ($forbidden) { return 403; }",
    "$185.25 (Save 5%)",
    "Page 1 of 1",
])
def test_prose_code_and_prices_are_not_judged(line: str) -> None:
    assert judge(line) is None


def test_error_block_with_new_wording_goes_article_stays() -> None:
    text = "\n".join(["Whoops, error 404", "Hmm, that link looks broken", "Head back to our homepage", "",
                      "Ferry timetable changes", "", ART, "", ART2, "", ART3])
    doc = run(text)
    assert doc.text == "\n".join(["Ferry timetable changes", "", ART, "", ART2, "", ART3])
    assert {r.reason for r in doc.removed} == {"boilerplate:error"}
    assert "".join(r.text for r in doc.removed).split() == " ".join(text.split("\n")[:3]).split()


def test_buttons_go_with_their_cookie_notice_but_not_alone() -> None:
    notice = "We and our partners use cookies to measure the audience of this site."
    text = "\n".join([notice, "Got it", "Save my choices", "", ART, "", ART2])
    assert run(text).text == "\n".join([ART, "", ART2])
    # the same short lines inside an article, away from any notice, stay
    lone = "\n".join([ART, "", "Got it", "", ART2])
    assert run(lone).text == lone


def test_cue_title_takes_a_list_of_headlines_only() -> None:
    heads = ["Island school gets new roof", "Bridge repairs start in May", "Council votes on bus lanes"]
    text = "\n\n".join([ART, "\n".join(["Popular this week", *heads]), ART2])
    doc = run(text)
    assert doc.text.split() == f"{ART}\n\n{ART2}".split()
    assert {r.reason for r in doc.removed} == {"boilerplate:related"}
    # a heading judged by words but followed by prose is the article's own heading
    own = "\n\n".join([ART, "Latest schedule", ART2, ART3])
    assert run(own).text == own


@pytest.mark.parametrize("mark", ["...", "!"])
def test_a_list_title_ending_in_an_ellipsis_or_a_bang_takes_its_headlines(mark: str) -> None:
    # (a title no table holds: the line model reads it as a related-list title)
    heads = ["Island school gets new roof", "Bridge repairs start in May", "Council votes on bus lanes"]
    text = join_paras([ART, join_lines([f"Weitere Titel dieser Reihe{mark}", *heads]), ART2])
    assert run(text).text == join_paras([ART, ART2])
    # (read as the end of a sentence, as before, the title and its list stayed)
    assert run(text, title_stops=".,;!?", title_ellipsis=False).text == text


def test_a_question_over_short_lines_stays() -> None:
    # an interview's question ends a sentence: the short answers under it are not a list of links
    heads = ["Island school gets new roof", "Bridge repairs start in May", "Council votes on bus lanes"]
    text = join_paras([ART, join_lines(["Weitere Titel dieser Reihe?", *heads]), ART2])
    assert run(text).text == text


def test_cues_can_be_turned_off() -> None:
    text = "\n".join(["Hmm, that link looks broken", "Head back to our homepage", "", ART, "", ART2])
    assert run(text, cues=False, model=False).text == text  # (the line model would take the button)
    assert run(text).text == "\n".join([ART, "", ART2])


def test_japanese_article_with_an_error_banner_is_not_an_error_page() -> None:
    jp = ("先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを"
          "耳にしました。報道によると、販売されたのは改造された端末でした。正規のルートで販売された商品を"
          "そのまま転売する場合は、商標権侵害にはなりません。しかし、権利者の意思に基づくことなく、もとの"
          "商品に改造を加えて販売した場合は、商標権侵害と判断される場合があります。")
    doc = run("\n".join(["Error 404", "Sorry, this page has been removed.", "", jp]))
    assert not doc.rejected
    assert doc.text == jp


def test_a_short_line_of_one_class_words_goes_anywhere() -> None:
    # made only of newsletter words, two of them telling: it goes even between two paragraphs
    text = "\n\n".join([ART, "Get our free weekly newsletter", ART2])
    doc = run(text)
    assert doc.text == "\n\n".join([ART, ART2])
    assert [r.reason for r in doc.removed] == ["boilerplate:newsletter"]


def test_comment_stubs_in_other_languages_at_the_end() -> None:
    text = "\n".join([ART, "", ART2, "", "Leserkommentare (3)", "Diskutieren Sie mit", "Kommentare anzeigen"])
    doc = run(text)
    assert doc.text == "\n".join([ART, "", ART2])
    assert {r.reason for r in doc.removed} == {"boilerplate:comments"}


def test_a_line_mixing_two_classes_is_still_furniture() -> None:
    # "log in" is the login class's, "comment" the comments class's: together, furniture
    assert judge("Log in to leave a comment") is not None
    text = "\n".join([ART, "", ART2, "", "Log in to leave a comment"])
    assert run(text).text == "\n".join([ART, "", ART2])


def test_judging_does_not_depend_on_what_came_before() -> None:
    lines = [ART, "", "Not investment advice. Our disclosures: affiliate links may earn us a commission.", "", ART2]
    first = RemoveBoilerplate().find(lines)
    step = RemoveBoilerplate()
    step.find(["Liability warranty disclaimer copyright", "Commission affiliate"] * 50)
    assert step.find(lines) == first


def test_an_error_sentence_alone_at_the_top_goes_a_headline_stays() -> None:
    text = "\n\n".join(["Sorry, the story you followed a link to has been removed.", ART, ART2])
    assert run(text).text == "\n\n".join([ART, ART2])
    # words of error pages in a headline (no sentence end) opening an article: it stays
    title = "Retro game now available on phones, unavailable on nothing"
    assert judge(title) == ("error", "cue")
    head = "\n\n".join([title, ART, ART2])
    assert run(head).text == head


# -- context rules: crumbs behind a label, lines beside furniture, list titles, share-bar titles --

@pytest.mark.parametrize("crumb", ["Ubicación: Inicio › Deportes › Tenis", "Location: Home / Guides / Travel"])
def test_crumb_behind_a_label_goes(crumb: str) -> None:
    assert run(join_paras([crumb, ART, ART2])).text == join_paras([ART, ART2])


def test_label_and_slash_in_prose_is_no_crumb() -> None:
    # a colon and "home / away" in a sentence: the items are too long for a crumb
    line = "Note: home / away splits matter more this season than most fans would think"
    text = join_paras([ART, line, ART2])
    assert run(text).text == text


def test_line_of_weak_furniture_words_goes_only_beside_furniture() -> None:
    weak = "Never miss the latest news: free daily updates, every morning"
    assert judge(weak) == ("newsletter", "cue0")
    boxed = join_paras([ART, join_lines(["Subscribe to our newsletter", weak]), ART2])
    assert run(boxed, model=False).text == join_paras([ART, ART2])
    alone = join_paras([ART, weak, ART2])
    assert run(alone, model=False).text == alone  # (the line model's own verdict: tests/clean/test_linemodel.py)


def test_line_beside_removed_furniture_with_its_class_words_goes() -> None:
    box = join_lines(["Subscribe to our newsletter", "Your first issue arrives tomorrow morning, and the subscription costs nothing at all."])
    doc = run(join_paras([ART, box, ART2]))
    assert doc.text == join_paras([ART, ART2])
    assert {r.reason for r in doc.removed} == {"boilerplate:newsletter"}
    assert "subscription costs nothing" in " ".join(r.text for r in doc.removed)


def test_title_with_one_telling_word_needs_three_headlines() -> None:
    heads = ["Council delays vote on harbour parking", "New café opens on the quay", "Ferry crew honoured for rescue"]
    three = join_paras([ART, join_lines(["Empfohlen", *heads]), ART2])
    assert run(three).text == join_paras([ART, ART2])
    # with two lines under it, "Empfohlen" may be the article's own heading: it stays
    two = join_paras([ART, join_lines(["Empfohlen", *heads[:2]]), ART2])
    assert run(two).text == two


def test_status_line_with_one_unknown_word_goes_at_the_top() -> None:
    page = join_paras([join_lines(["Errore 500 - server irraggiungibile", "Torna alla pagina iniziale"]), ART, ART2])
    assert run(page).text == join_paras([ART, ART2])


def test_short_title_over_network_names_is_the_share_bar() -> None:
    page = join_paras([ART, join_lines(["Tell a friend", "LinkedIn, Threads, WhatsApp"]), ART2])
    doc = run(page)
    assert doc.text == join_paras([ART, ART2])
    # a sentence over the names is the article's
    said = join_paras([ART, join_lines(["He posted the photos himself.", "LinkedIn, Threads, WhatsApp"]), ART2])
    assert run(said).text == join_paras([ART, join_lines(["He posted the photos himself."]), ART2])


@pytest.mark.parametrize("top", ["Stránka? no: Page 3 of 12", "Страница 2 из 7", "All sections"])
def test_a_short_menu_line_alone_at_the_top_goes(top: str) -> None:
    page = join_paras([top, ART, ART2])
    got = run(page, model=False).text  # (the tables and the cue judge; the line model is tested on its own)
    if top.startswith("Stránka"):
        assert got == page  # a label in front: not a pagination line, and not a crumb either
    else:
        assert got == join_paras([ART, ART2])


def test_pagination_inside_an_article_stays() -> None:
    page = join_paras([ART, "Page 2 of 3", ART2])
    assert run(page).text == page


def test_one_or_two_words_of_the_class_beside_its_furniture_go() -> None:
    # "Community" alone is one weak cue word; beside a removed comment line it is more of it
    block = join_lines(["Comments are closed for this story", "Community"])
    assert run(join_paras([ART, block, ART2])).text == join_paras([ART, ART2])
    alone = join_paras([ART, "Community", ART2])
    assert run(alone).text == alone


def test_a_notice_title_takes_the_legal_paragraph_under_it() -> None:
    note = join_lines(["Investor warning:", "Spread betting carries a high risk of losing money; past returns are no "
                       "guarantee and this is not investment advice."])
    assert run(join_paras([ART, ART2, note])).text == join_paras([ART, ART2])
    # the same title over ordinary prose stays
    prose = join_lines(["Investor warning:", "Shares of the ferry operator fell four percent after the announcement."])
    assert run(join_paras([ART, prose, ART2])).text == join_paras([ART, prose, ART2])


def test_a_weak_legal_title_takes_its_paragraph_in_the_middle_of_the_page() -> None:
    # "Editor's note:" alone is only weak legal furniture; over a legal paragraph both go, even
    # between the article's paragraphs
    note = join_lines(["Editor's note:", "Nothing here is tax advice; rules differ between regions, so consult "
                       "an accountant before you act."])
    assert run(join_paras([ART, note, ART2, ART3])).text == join_paras([ART, ART2, ART3])
    # over ordinary prose the title stays with it
    prose = join_lines(["Editor's note:", "The ferry operator added two boats to its fleet last year."])
    assert run(join_paras([ART, prose, ART2, ART3])).text == join_paras([ART, prose, ART2, ART3])


@pytest.mark.parametrize(("title", "body"), [
    ("Sponsored content", "This piece was produced by our commercial partner; the newsroom had no part in it."),
    ("Contenu sponsorisé", "Cet article a été écrit par un partenaire ; la rédaction n'y a pas participé."),
    ("Trademark notice:", "Every brand named above remains the trademark of its respective owner."),
])
def test_a_sponsored_or_trademark_title_takes_its_note(title: str, body: str) -> None:
    assert run(join_paras([ART, join_lines([title, body]), ART2])).text == join_paras([ART, ART2])


@pytest.mark.parametrize("line", ["1 2 3 … 27 Next ›", "Showing 1–24 of 318 results", "Sortieren nach: Beliebtheit",
                                  "Mostrando 1-20 de 85 resultados"])
def test_listing_furniture_at_the_top_goes(line: str) -> None:
    # page-number rows, result counters and sort orders: a listing's furniture, alone at the top
    assert run(join_paras([line, ART, ART2])).text == join_paras([ART, ART2])
    # inside the article it stays (weak furniture needs context)
    assert run(join_paras([ART, line, ART2])).text == join_paras([ART, line, ART2])


@pytest.mark.parametrize("line", ["Showing 1–24 of 318 results", "Error 503 service unavailable for now"])
@pytest.mark.parametrize("layout", ["plain", "indented", "double-spaced"])
def test_a_line_opens_the_page_by_its_words_not_its_spacing(line: str, layout: str) -> None:
    # the lone line at the top is counted in words (whitespace runs are one gap), as the judges count it:
    # indentation or double spaces do not make a result counter or an error title too long to go
    top = {"plain": line, "indented": "        " + line, "double-spaced": line.replace(" ", "  ")}[layout]
    assert run(join_paras([top, ART, ART2]), model=False).text == join_paras([ART, ART2])
    # inside the article it stays
    assert run(join_paras([ART, top, ART2]), model=False).text == join_paras([ART, top, ART2])


def test_a_row_of_more_networks_is_a_share_bar() -> None:
    assert run(join_paras([ART, ART2, "Gmail · Evernote · Feedly · Truth Social", ART3])).text == \
        join_paras([ART, ART2, ART3])


@pytest.mark.parametrize("title", ["How we make money:", "Alerta:", "Wichtiger Hinweis zur Werbung:"])
def test_a_short_label_over_a_removed_legal_line_goes_with_it(title: str) -> None:
    legal = "Reproduction of this article without the written permission of the publisher is prohibited."
    # (the label rule alone: the line model may read "Alerta:" as an alert sign-up first)
    doc = run(join_paras([ART, ART2, title, legal, ART3]), model=False)
    assert doc.text == join_paras([ART, ART2, ART3])
    assert [r.reason for r in doc.removed] == ["boilerplate:legal"] * 2


def test_a_label_over_article_text_stays() -> None:
    text = join_paras([ART, "Key changes:", ART2, ART3])
    assert run(text).text == text


def test_status_codes_429_and_451_are_error_cues() -> None:
    # one word no class knows: two strong cue words must tell, and the code is the second
    for code in ("429", "451", "503"):
        got = judge(f"Error {code} Slowdown")
        assert got is not None and got[0] == "error", (code, got)
    assert judge("Error 428 Slowdown") is None


def test_a_category_line_inside_a_related_list_does_not_end_it() -> None:
    lst = ["Latest news", "Storm closes mountain pass for second day", "Category: Weather",
           "Council votes to extend library hours", "Local team wins regional final"]
    doc = run(join_lines([ART, ART2, ""] + lst + ["", ART3]))
    assert doc.text == join_lines([ART, ART2, "", ART3])


def test_a_footer_row_with_credits_and_two_menu_words_is_navigation() -> None:
    row = "Powered by Ghost | Design by Northwind Studio | Sitemap | Contact | Imprint"
    doc = run(join_paras([ART, ART2, ART3, row]))
    assert doc.text == join_paras([ART, ART2, ART3])
    assert [r.reason for r in doc.removed] == ["boilerplate:navigation"]
    # a row of long items with one menu word is not a menu
    text = join_paras([ART, "Red team | Blue team with guests | Contact the organisers | Final score", ART2])
    assert run(text).text == text


@pytest.mark.parametrize("trail", ["Forums › Hardware › Monitors", "Boutique » Maison » Cuisine » Couteaux"])
def test_a_trail_of_sections_without_home_is_navigation(trail: str) -> None:
    doc = run(join_paras([ART, trail, ART2, ART3]))
    assert doc.text == join_paras([ART, ART2, ART3])
    assert [r.reason for r in doc.removed] == ["boilerplate:navigation"]


def test_a_sentence_with_guillemets_or_numbers_is_no_trail() -> None:
    text = join_paras([ART, "He said » yes « to the offer » today", "Count 1 2 3 and jump", ART2])
    assert run(text).text == text


@pytest.mark.parametrize("row", ["« Anterior 1 2 3 Siguiente »", "‹ Zurück 1 2 3 4 Weiter ›"])
def test_a_row_of_first_page_numbers_at_the_top_goes(row: str) -> None:
    doc = run(join_paras([row, ART, ART2]))
    assert doc.text == join_paras([ART, ART2])


@pytest.mark.parametrize("line", ["You have 2 free stories left this month", "Ti resta 1 articolo gratuito questo mese.",
                                  "Je hebt deze maand nog 1 gratis artikel."])
def test_a_metered_paywall_counter_goes_wherever_it_stands(line: str) -> None:
    for page in ([line, ART, ART2], [ART, ART2, line], [ART, line, ART2]):
        doc = run(join_paras(page))
        assert doc.text == join_paras([ART, ART2])
        assert [r.reason for r in doc.removed] == ["boilerplate:login"]


def test_an_offer_of_free_months_is_no_counter() -> None:
    text = join_paras([ART, "Readers got 3 free months of stories from the archive, the editor said.", ART2])
    assert run(text).text == text


@pytest.mark.parametrize("line", ["Was this answer helpful? Yes No", "War dieser Artikel hilfreich? Ja Nein"])
def test_a_feedback_question_with_its_two_buttons_goes(line: str) -> None:
    doc = run(join_paras([ART, line, ART2]))
    assert doc.text == join_paras([ART, ART2])


def test_a_question_answered_in_prose_stays() -> None:
    text = join_paras([ART, "Did the ferry run on time? No, and nobody said why.", ART2])
    assert run(text).text == text


def test_an_error_title_with_its_status_code_opens_the_page() -> None:
    # alone at the top, over a message no judge knows: the status code tells it is the error page's title
    doc = run(join_paras(["Service Unavailable (503)", ART, ART2]))
    assert doc.text == join_paras([ART, ART2])


@pytest.mark.parametrize(("title", "body"), [
    ("Editorial independence:", "Our reviewers test every product; we may earn a commission on purchases made "
                                "through our links."),
    ("Travel advisory:", "Details are correct at the time of publication and may change; check before you go."),
])
def test_a_table_legal_or_advisory_title_takes_the_legal_paragraph_under_it(title: str, body: str) -> None:
    doc = run(join_paras([ART, ART2, title, body, ART3]))
    assert doc.text == join_paras([ART, ART2, ART3])
    assert [r.reason for r in doc.removed] == ["boilerplate:legal"] * 2
