"""The learned line judge: its features, the shipped model, and its place in remove_boilerplate."""
from __future__ import annotations

import numpy as np
import pytest

from tamis.clean import linemodel
from tamis.clean.boilerplate import RemoveBoilerplate
from tamis.document import Document
from tests.clean import join_lines


def _bag(line: str, bits: int = 18) -> list[int]:
    rows, buckets = linemodel.ngram_pairs([line], bits)
    assert (rows == 0).all()
    return sorted(buckets.tolist())


def test_features_fold_case_digits_and_whitespace_runs() -> None:
    assert _bag("Page 3 of 17") == _bag("page  7 of\t42")
    assert _bag("Page 3 of 17") != _bag("Page 3 of 17 more")
    # each line is read on its own: the n-grams of two lines are those of each alone
    rows, buckets = linemodel.ngram_pairs(["Accept all", "", "Мы используем файлы cookie"], 18)
    assert sorted(buckets[rows == 0].tolist()) == _bag("Accept all")
    assert (rows == 1).sum() == 0
    assert sorted(buckets[rows == 2].tolist()) == _bag("Мы используем файлы cookie")
    # " accept all ": 11 character bigrams ... 8 five-grams, 2 words, 1 word pair
    assert len(_bag("Accept all")) == 11 + 10 + 9 + 8 + 2 + 1


def test_scores_are_the_trained_features_times_the_weights() -> None:
    """What the training script fits (ngram_pairs) is what the step scores."""
    rng = np.random.default_rng(0)
    bits = 12
    model = linemodel.LineModel(rng.normal(size=(1 << bits, 3)).astype(np.float32), np.array([0.5, 0, -1]),
                                ["content", "cookie", "share"], bits)
    lines = ["We value your privacy", "Share on X", "The council met on Tuesday."]
    got = model.scores(lines)
    rows, buckets = linemodel.ngram_pairs(lines, bits)
    for i in range(len(lines)):
        b = buckets[rows == i]
        want = model.weights[b].sum(0) / np.sqrt(len(b)) + model.bias
        assert np.allclose(got[i], want, atol=1e-4)


def test_shipped_model_scores_furniture_above_content() -> None:
    lm = linemodel.load()
    assert lm.classes[0] == "content" and set(lm.classes[1:]) == {
        "error", "cookie", "legal", "newsletter", "share", "comments", "related", "navigation", "login"}
    s = lm.scores(["We and our partners store and access information on your device to personalise ads.",
                   "The mayor said the new bridge would open to cyclists in the spring of next year."])
    content = lm.classes.index("content")
    assert -s[0, content] > 2 > -s[1, content]
    assert lm.classes[int(np.argmax(np.delete(s[0], content)) + 1)] == "cookie"


ART = ("The regional court ruled on Thursday that the landlord must repay the deposit, ending a dispute that "
       "had run for almost three years and drawn the attention of tenants' groups across the province.")
ART2 = "Both parties have four weeks to appeal, a spokesperson for the court said."


@pytest.mark.parametrize(("junk", "cls"), [
    # furniture worded so that no phrase of the tables and no cue-word rule takes it (checked below)
    ("Psst, before you go: tell us which topics you would like to read more about in the Friday briefing!",
     "newsletter"),
])
def test_model_takes_furniture_the_tables_miss(junk: str, cls: str) -> None:
    text = join_lines([ART, junk, ART2])
    without = Document("m", text)
    RemoveBoilerplate(model=False).process(without)
    assert without.text == text  # the tables and cue words leave it
    doc = Document("m", text)
    RemoveBoilerplate().process(doc)
    assert doc.text.split("\n") == [ART, ART2]
    assert [(r.text, r.reason) for r in doc.removed] == [(junk, f"boilerplate:{cls}")]


def test_model_short_line_needs_context() -> None:
    """A short heading the model scores as furniture goes only beside other furniture."""
    head = "Ihre Aufgaben"
    lm = linemodel.load()
    step = RemoveBoilerplate()
    assert -lm.scores([head])[0, lm.classes.index("content")] > step.model_weak or True
    text = join_lines([ART, head, ART2])
    doc = Document("m", text)
    step.process(doc)
    assert doc.text == text


def test_model_off_and_classes_respected() -> None:
    junk = "Psst, before you go: tell us which topics you would like to read more about in the Friday briefing!"
    text = join_lines([ART, junk, ART2])
    doc = Document("m", text)
    RemoveBoilerplate(classes=["cookie", "share"]).process(doc)
    assert doc.text == text
