"""Language ID with CLD2, and the language rule."""
from __future__ import annotations

from tamis.document import Document
from tamis.filters.language import Language, detect

EN = "The weather was fine and the children played in the garden until the sun went down behind the hills."
FR = "Le temps était beau et les enfants ont joué dans le jardin jusqu'au coucher du soleil derrière les collines."
DE = "Das Wetter war schön und die Kinder spielten im Garten, bis die Sonne hinter den Hügeln unterging."


def test_detect_languages() -> None:
    assert detect(EN)[0] == "en"
    assert detect(FR)[0] == "fr"
    assert detect(DE)[0] == "de"
    lang, score = detect(EN * 3)
    assert lang == "en" and 0.9 <= score <= 1.0


def test_control_characters_and_surrogates_do_not_break_detection() -> None:
    assert detect("\x00\x01" + EN + "\x85\x9f\ud800")[0] == "en"
    assert detect("") == ("und", 0.0)
    assert detect("\x00\x07 \x1b")[0] == "und"


def test_language_rule_filters_and_writes_metadata() -> None:
    step = Language(languages=["en", "de"], min_score=0.5)
    en = step.process(Document("a", EN))
    assert en.reason is None and en.metadata["language"] == "en"
    assert isinstance(en.metadata["language_score"], float)
    fr = step.process(Document("b", FR))
    assert fr.reason == "language: fr not in en,de" and fr.metadata["language"] == "fr"
    assert Language(min_score=1.01).process(Document("c", EN)).reason.startswith("language: score ")


def test_language_default_and_annotate_drop_nothing() -> None:
    for step in (Language(), Language(languages=["de"], mode="annotate")):
        doc = step.process(Document("a", FR))
        assert doc.reason is None and doc.metadata["language"] == "fr"
    assert set(Language.fields) == {"language", "language_score"}
