"""fix_unicode: mojibake repaired only where suspected, entities and controls cleaned, lines kept."""
from __future__ import annotations

from tamis.clean.unicode import FixUnicode
from tamis.document import Document


def run(text: str) -> Document:
    doc = Document("u", text)
    FixUnicode().process(doc)
    return doc


def test_mojibake_repaired_and_recorded() -> None:
    doc = run("Le cafÃ© coÃ»te 3 â‚¬.\nDas ist schÃ¶n.\nÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€")
    assert doc.text == "Le café coûte 3 €.\nDas ist schön.\nПривет, мир"
    assert [r.reason for r in doc.removed] == ["unicode:mojibake"] * 3


def test_correct_accents_and_cyrillic_untouched() -> None:
    text = "Ça coûte 3 € à Zürich, señor.\nРівне и Россия.\n“Quoted” — fine…"
    doc = run(text)
    assert doc.text == text
    assert doc.removed == []


def test_entities_controls_and_odd_whitespace() -> None:
    doc = run("AT&amp;T said &quot;yes&quot; &#8212; twice&amp;amp;\r\nsoft\u00adhyphen\x00 and\u00a0nbsp  \n"
              "zero\u200bwidth\u2028next line\x07")
    assert doc.text == 'AT&T said "yes" — twice&\nsofthyphen and nbsp\nzerowidth\nnext line'
    assert doc.metadata["unicode_fixes"] > 0


def test_newline_structure_is_kept() -> None:
    text = "Title\n\nFirst paragraph.\n\nSecond paragraph."
    assert run(text).text == text


def test_soft_hyphen_byte_of_mojibake_is_repaired_before_soft_hyphens_go() -> None:
    # "í" in UTF-8 read as Latin-1 is "Ã" and a soft hyphen: the repair needs both, so soft hyphens are removed after
    # it. Real soft hyphens (a hyphenation plugin's, in German words) are removed as before.
    doc = run("JosÃ© RamÃ\xadrez y MartÃ\xadnez.\nWäh\xadrend der Er\xadöff\xadnung.")
    assert doc.text == "José Ramírez y Martínez.\nWährend der Eröffnung."
    assert [r.reason for r in doc.removed] == ["unicode:mojibake"]


def test_next_line_byte_of_mojibake_is_repaired_and_a_lone_next_line_is_a_newline() -> None:
    # "Å" and Cyrillic "х" in UTF-8 read as Latin-1 end in U+0085, which is also a line break on its own: the repair
    # gets the first, the lone one (after a plain letter) becomes a newline.
    doc = run("Ã\x85ngström units, Ñ\x85орошо.\nfirst line\x85second line")
    assert doc.text == "Ångström units, хорошо.\nfirst line\nsecond line"
