"""Gopher quality and repetition rules: reasons, thresholds, annotate mode."""
from __future__ import annotations

from tamis.document import Document
from tamis.filters.gopher import GopherQuality, GopherRepetition
from tamis.registry import make_step

ARTICLE = (
    "The council met on Tuesday to discuss the new budget for the town library and its branches.\n"
    "Members agreed that the reading rooms should stay open longer during the winter months.\n\n"
    "A spokesperson said the plan would be reviewed with local schools before it takes effect.\n"
    "Residents have until the end of the month to send comments to the town clerk by letter.\n\n"
    "Funding comes from a mix of property taxes and a state grant awarded earlier this year."
)


def test_clean_article_passes_both() -> None:
    doc = Document("a", ARTICLE)
    GopherRepetition().process(doc)
    GopherQuality().process(doc)
    assert doc.reason is None


def test_short_document_reason_names_rule_and_value() -> None:
    doc = GopherQuality().process(Document("a", "Only a few words here."))
    assert doc.reason == "gopher_quality: n_words 5 < 50"
    assert doc.step == "gopher_quality"


def test_stop_words_rule() -> None:
    text = " ".join(f"alpha{i % 40} beta gamma delta." for i in range(30))
    doc = GopherQuality().process(Document("a", text))
    assert doc.reason == "gopher_quality: stop_words 0 < 2"
    # The English list is not applied to a document known to be in another language.
    doc = Document("b", text, metadata={"language": "de"})
    assert GopherQuality().process(doc).reason is None


def test_hashtags_and_bullets() -> None:
    tags = " ".join(f"#tag{i} the and word" for i in range(40))
    assert GopherQuality().process(Document("a", tags)).reason.startswith("gopher_quality: hash_ratio 0.20 > 0.10")
    bullets = "\n".join(f"• the item number {i} and more of it" for i in range(20))
    doc = GopherQuality().process(Document("b", bullets))
    assert doc.reason == "gopher_quality: bullet_lines_frac 1.00 > 0.90"


def test_alpha_ratio_counts_symbol_tokens() -> None:
    rows = "\n".join("1234 5678 9012 3456 | 7890 | the and" for _ in range(12))
    doc = GopherQuality().process(Document("a", rows))
    assert doc.reason == "gopher_quality: alpha_words_frac 0.22 < 0.80"


def test_double_copy_is_caught_by_paragraph_rule() -> None:
    doc = GopherRepetition().process(Document("a", ARTICLE + "\n\n" + ARTICLE))
    assert doc.reason == "gopher_repetition: dup_para_frac 0.50 > 0.30"


def test_ngram_rules() -> None:
    # One phrase said over and over within a single paragraph: no duplicate lines, but n-grams.
    text = " ".join(["buy cheap shoes online today"] * 30) + " " + ARTICLE.replace("\n", " ")
    doc = GopherRepetition().process(Document("a", text))
    assert doc.reason is not None and "gram_frac" in doc.reason
    # With the n-gram rules off it passes.
    off = {f"top_{n}gram_frac": None for n in (2, 3, 4)} | {f"dup_{n}gram_frac": None for n in range(5, 11)}
    assert GopherRepetition(**off).process(Document("b", text)).reason is None


def test_top_ngram_needs_a_repeat() -> None:
    step = GopherRepetition(mode="annotate")
    doc = step.process(Document("a", "one two three four five six"))
    assert doc.metadata["gopher_top_2gram_frac"] == 0.0
    assert doc.metadata["gopher_dup_5gram_frac"] == 0.0


def test_dup_ngram_fraction_value() -> None:
    # 10 distinct words then the same 10 again: the second copy's 30 word characters repeat,
    # out of the text's 79 characters.
    words = [f"w{i}x" for i in range(10)]
    doc = GopherRepetition(mode="annotate").process(Document("a", " ".join(words + words)))
    for n in range(5, 11):
        assert doc.metadata[f"gopher_dup_{n}gram_frac"] == 30 / 79


def test_annotate_writes_declared_fields_and_keeps() -> None:
    for cls in (GopherQuality, GopherRepetition):
        doc = cls(mode="annotate").process(Document("a", "tiny"))
        assert doc.reason is None
        written = {k for k in doc.metadata}
        assert written == set(cls.fields), cls.name


def test_registry_and_params() -> None:
    step = make_step("gopher_repetition", {"dup_para_frac": 0.5})
    assert step.params()["dup_para_frac"] == 0.5
    assert step.params()["dup_10gram_frac"] == 0.10
    assert make_step("gopher_quality", {}).params()["min_words"] == 50


def test_cjk_and_thai_skip_word_length_bounds() -> None:
    zh = "今天天气很好，我们去公园散步，看到很多人在那里锻炼身体。" * 5
    doc = GopherQuality(mode="annotate").process(Document("a", zh))
    assert doc.metadata["gopher_mean_word_length"] == 1.0
    assert GopherQuality(min_stop_words=None).process(Document("b", zh)).reason is None
    th = "ภาษาไทยเป็นภาษาที่สวยงาม และมีประวัติศาสตร์ยาวนาน " * 10
    assert GopherQuality(min_stop_words=None).process(Document("c", th)).reason is None
    # Rules restricted to some languages leave the others alone.
    short = Document("d", "kurz", metadata={"language": "de"})
    assert GopherQuality(languages=["en"]).process(short).reason is None
