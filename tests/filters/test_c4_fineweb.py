"""C4 line and document rules, the bad-words list, FineWeb's rules, length."""
from __future__ import annotations

import pytest

from tamis.document import Document
from tamis.errors import UsageError
from tamis.filters.c4 import C4, C4BadWords
from tamis.filters.fineweb import FineWeb
from tamis.filters.length import Length
from tamis.registry import make_step

GOOD = [
    "The museum reopened on Monday after a long renovation of its east wing.",
    "Visitors can now see the restored ceiling paintings in the main hall.",
    "Tickets are free for children under twelve and for local students.",
    "The director said the work took three years and cost less than planned.",
    "A new café on the ground floor serves lunch every day of the week.",
    "Guided tours start at ten in the morning and at two in the afternoon.",
]


def test_c4_removes_lines_and_records_them() -> None:
    text = "\n".join(["Home", GOOD[0], "Please enable JavaScript to use this site.", *GOOD[1:],
                      "We use cookies. Read our privacy policy.", "Ok."])
    doc = C4().process(Document("a", text))
    assert doc.reason is None
    assert doc.text.split("\n") == GOOD
    reasons = [r.reason for r in doc.removed]
    assert reasons == ["c4:no_terminal_punct", "c4:javascript", "c4:policy", "c4:too_few_words"]
    assert doc.removed[0].text == "Home"


def test_c4_document_rules() -> None:
    assert C4().process(Document("a", "\n".join(GOOD[:2]))).reason == "c4: n_sentences 2 < 5"
    lorem = "\n".join([*GOOD, "Lorem ipsum dolor sit amet, consectetur."])
    assert C4().process(Document("b", lorem)).reason == "c4: lorem_ipsum"
    code = "\n".join([*GOOD, "Call it as f { return x; }."])
    assert C4().process(Document("c", code)).reason == "c4: curly_bracket"
    # A curly bracket on a line the line rules drop anyway does not count (as in C4).
    code_line = "\n".join([*GOOD, "function f() { return x; }"])
    assert C4().process(Document("d", code_line)).reason is None


def test_c4_citations_and_sentences() -> None:
    text = "\n".join(g.replace(".", "[1].", 1) for g in GOOD)
    doc = C4().process(Document("a", text))
    assert "[1]" not in doc.text and any(r.reason == "c4:citation" for r in doc.removed)
    two = "Mr. Smith went to the U.S. office today. He left at noon! Then he came back."
    assert C4(min_sentences=3).process(Document("b", two)).reason is None
    assert C4(min_sentences=4).process(Document("c", two)).reason == "c4: n_sentences 3 < 4"


def test_c4_annotate_keeps_text() -> None:
    text = "\n".join(["Home", *GOOD[:2]])
    doc = C4(mode="annotate").process(Document("a", text))
    assert doc.text == text and doc.reason is None
    assert doc.metadata == {"c4_lines_removed": 1, "c4_n_sentences": 2, "c4_lorem_ipsum": False,
                            "c4_curly_bracket": False}


def test_c4_keeps_word_count_right_after_rewrite() -> None:
    text = "\n".join(["Menu of the day", *GOOD, "Share this"])
    doc = Document("a", text)
    _ = doc.view.words
    C4().process(doc)
    assert doc.view.n_words == len(doc.view.words) == sum(len(g.split()) for g in GOOD)


def test_badwords() -> None:
    assert C4BadWords().process(Document("a", "what a bastard he was")).reason == "c4_badwords: bastard"
    assert C4BadWords().process(Document("b", "a nice quiet afternoon")).reason is None
    assert C4BadWords().process(Document("c", "we watched 2 girls 1 cup")).reason == "c4_badwords: 2 girls 1 cup"
    # Whole words only for spaced languages.
    assert C4BadWords().process(Document("d", "assistant classes")).reason is None
    # The list follows the document's language; a language without a list is kept.
    assert C4BadWords().process(Document("e", "bastard", metadata={"language": "xx"})).reason is None
    doc = C4BadWords(mode="annotate").process(Document("f", "bastard and arsehole"))
    assert doc.metadata["c4_badwords"] == 2 and doc.reason is None


def test_fineweb_rules() -> None:
    assert FineWeb().process(Document("a", "\n".join(GOOD))).reason is None
    menu = "\n".join(["Home", "News", "About us", "Contact", GOOD[0]])
    assert FineWeb().process(Document("b", menu)).reason == "fineweb: short_line_ratio 0.80 > 0.67"
    no_punct = "\n".join(g.rstrip(".") for g in GOOD)
    assert FineWeb().process(Document("c", no_punct)).reason == "fineweb: line_punct_ratio 0.00 < 0.12"
    assert FineWeb(line_punct_exclude_zero=True).process(Document("c2", no_punct)).reason is None
    dup = "\n".join([*GOOD, GOOD[0]])
    assert FineWeb().process(Document("d", dup)).reason.startswith("fineweb: dup_line_char_ratio 0.15 > ")
    assert FineWeb().process(Document("e", "\n\n")).reason == "fineweb: n_lines 0 < 1"


def test_fineweb_other_scripts_punctuation() -> None:
    lines = ["これは日本語の文章で、少し長めに書いてあります。"] * 1 + ["第二の文はここにあり、これも十分に長い文章です。"]
    doc = FineWeb(mode="annotate").process(Document("a", "\n".join(lines)))
    assert doc.metadata["fineweb_line_punct_ratio"] == 1.0


def test_length_and_bad_params() -> None:
    assert Length().process(Document("a", "few words")).reason == "length: n_words 2 < 50"
    assert Length(min_words=None, max_chars=5).process(Document("b", "few words")).reason == "length: n_chars 9 > 5"
    with pytest.raises(UsageError):
        make_step("fineweb", {"mode": "judge"})
    with pytest.raises(UsageError):
        make_step("c4", {"nope": 1})
