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


def test_lean_levels_leave_out_the_n_grams_they_name() -> None:
    line = "Sign up now"  # " sign up now ": 12 character bigrams, 3 words, 2 word pairs
    n = {level: len(linemodel.ngram_pairs([line], 18, level)[0]) for level in (0, 1, 2)}
    assert n[0] - n[2] == 12  # level 2: no character bigrams
    assert n[2] - n[1] == 2  # level 1: no word pairs either
    # a model of each level scores in the step what the training script's features give it
    rng = np.random.default_rng(1)
    for level in (0, 1, 2):
        model = linemodel.LineModel(rng.normal(size=(1 << 12, 2)).astype(np.float32), np.array([0.3, -0.3]),
                                    ["content", "cookie"], 12, level)
        junk, _, _ = model.judge([line], 99.0)
        _, buckets = linemodel.ngram_pairs([line], 12, level)
        want = model.weights[buckets, 0].sum() / np.sqrt(len(buckets)) + 0.3
        assert junk[0] == pytest.approx(-want, rel=1e-4)
    assert linemodel.load().lean == 1  # (the shipped model: no bigrams, no word pairs)


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


class _Stub:
    """A line model with set scores, so that the step's rules are tested apart from the shipped weights
    (which change with each training): `scored` maps a line to (class, furniture score); any other line
    scores as content."""

    classes = ["content", "error", "cookie", "legal", "newsletter", "share", "comments", "related", "navigation",
               "login"]

    def __init__(self, scored: dict[str, tuple[str, float]]) -> None:
        self.scored = scored

    def scores(self, lines: list[str]) -> np.ndarray:
        out = np.full((len(lines), len(self.classes)), -5.0, np.float32)
        for r, line in enumerate(lines):
            cls, score = self.scored.get(line.strip(), ("content", -5.0))
            out[r, self.classes.index(cls)] = score
        return out

    def judge(self, lines: list[str], above: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        got = [self.scored.get(line.strip(), ("content", -5.0)) for line in lines]
        junk = np.array([score for _, score in got], np.float32)
        sel = np.flatnonzero(junk > above)
        return junk, sel, self.scores([lines[i] for i in sel.tolist()])


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch):
    """Score lines with a `_Stub` in place of the shipped model."""
    def use(scored: dict[str, tuple[str, float]]) -> None:
        monkeypatch.setattr(linemodel, "load", lambda: _Stub(scored))
    return use


def _tables_keep(text: str) -> bool:
    """Whether the phrase tables and the cue-word judge alone leave the page as it is."""
    doc = Document("m", text)
    RemoveBoilerplate(model=False).process(doc)
    return doc.text == text


LEGAL = "Nothing on this page should be taken as investment advice; consult a licensed adviser."
SHARE = "Pass this story on to a friend"
HEAD = "Ihre Aufgaben"


def test_model_takes_a_strong_line_the_tables_miss(stub) -> None:
    stub({LEGAL: ("legal", 7.0)})
    text = join_lines([ART, LEGAL, ART2])
    assert _tables_keep(text)
    doc = Document("m", text)
    RemoveBoilerplate().process(doc)
    assert doc.text.split("\n") == [ART, ART2]
    assert [(r.text, r.reason) for r in doc.removed] == [(LEGAL, "boilerplate:legal")]
    # under the weak threshold: kept
    stub({LEGAL: ("legal", 1.9)})
    doc = Document("m", text)
    RemoveBoilerplate().process(doc)
    assert doc.text == text


def test_model_weak_line_goes_only_with_context(stub) -> None:
    step = RemoveBoilerplate()
    stub({SHARE: ("share", (step.model_weak + step.model_strong) / 2)})
    # in the middle of the article, alone: kept
    middle = join_lines([ART, SHARE, ART2])
    doc = Document("m", middle)
    step.process(doc)
    assert doc.text == middle
    # at the end of the page: furniture
    end = join_lines([ART, ART2, SHARE])
    assert _tables_keep(end)
    doc = Document("m", end)
    step.process(doc)
    assert doc.text == join_lines([ART, ART2])
    assert [r.reason for r in doc.removed] == ["boilerplate:share"]


def test_model_near_miss_goes_only_beside_furniture_found(stub) -> None:
    """A line the model scores under model_weak but above model_beside goes when it stands next to
    furniture another rule removed (the rest of a cookie banner), up to model_beside_depth lines out;
    the same line between paragraphs stays, and so does a long one beside furniture."""
    step = RemoveBoilerplate()
    near = (step.model_beside + step.model_weak) / 2
    banner = "Cookie settings"  # a table line
    a, b, c = "Play the clip regardless", "Open the player now", "Watch on the partner site"
    stub({a: ("cookie", near), b: ("cookie", near), c: ("cookie", near)})
    page = join_lines([ART, banner, a, b, c, ART2])
    assert not _tables_keep(join_lines([ART, banner, ART2]))
    doc = Document("m", page)
    step.process(doc)
    # two lines out from the banner go; the third is kept
    assert doc.text == join_lines([ART, c, ART2])
    assert [(r.text, r.reason) for r in doc.removed] == [(join_lines([banner, a, b]), "boilerplate:cookie")]
    # alone between paragraphs: kept
    alone = join_lines([ART, a, ART2])
    doc = Document("m", alone)
    step.process(doc)
    assert doc.text == alone
    # under model_beside, or longer than model_beside_words: kept beside the banner too
    long = " ".join(["word"] * (step.model_beside_words + 1))
    stub({a: ("cookie", step.model_beside - 0.1), long: ("cookie", near)})
    for line in (a, long):
        doc = Document("m", join_lines([ART, banner, line, ART2]))
        step.process(doc)
        assert doc.text == join_lines([ART, line, ART2])
    # off: kept
    stub({a: ("cookie", near)})
    doc = Document("m", join_lines([ART, banner, a, ART2]))
    RemoveBoilerplate(model_beside=None).process(doc)
    assert doc.text == join_lines([ART, a, ART2])


def test_model_run_of_one_class_goes_together(stub) -> None:
    """Lines in a row the model reads as one class, each above model_beside, go together when one scores
    above model_run; a run that mixes classes (a list of the article's own) stays, and so does code."""
    step = RemoveBoilerplate()
    low, high = (step.model_beside + step.model_weak) / 2, step.model_run + 0.5
    a, b, c = "Ninety-six partners are involved", "Pick what you allow", "Choose what suits you"
    block = [a, b, c]
    stub({a: ("cookie", low), b: ("cookie", high), c: ("cookie", low)})
    assert _tables_keep(join_lines([ART, *block, ART2]))
    doc = Document("m", join_lines([ART, *block, ART2]))
    step.process(doc)
    assert doc.text == join_lines([ART, ART2])
    assert [(r.text, r.reason) for r in doc.removed] == [(join_lines(block), "boilerplate:cookie")]
    # no line above model_run, or the classes mixed: kept
    for scored in ({a: ("cookie", low), b: ("cookie", low), c: ("cookie", low)},
                   {a: ("cookie", low), b: ("share", high), c: ("login", low)}):
        stub(scored)
        doc = Document("m", join_lines([ART, *block, ART2]))
        step.process(doc)
        assert doc.text == join_lines([ART, *block, ART2])
    # a line of code in the run: kept
    code = "let value = cookies.get(name)"
    stub({a: ("cookie", low), b: ("cookie", high), code: ("cookie", low)})
    doc = Document("m", join_lines([ART, a, b, code, ART2]))
    step.process(doc)
    assert doc.text == join_lines([ART, a, b, code, ART2])
    # off: kept
    stub({a: ("cookie", low), b: ("cookie", high), c: ("cookie", low)})
    doc = Document("m", join_lines([ART, *block, ART2]))
    RemoveBoilerplate(model_run=None).process(doc)
    assert doc.text == join_lines([ART, *block, ART2])


def test_weak_line_goes_beside_a_line_a_later_rule_removed(stub) -> None:
    """A weak line ("Tumblr": a network name alone) goes when it stands next to furniture that a rule after
    the runs of weak lines removed (here the near-miss line beside a share bar); alone it stays."""
    step = RemoveBoilerplate()
    near = (step.model_beside + step.model_weak) / 2
    bar, a, net = "Facebook | Twitter | WhatsApp | E-Mail", "Send the route to your phone", "Tumblr"
    stub({a: ("share", near)})
    page = join_lines([ART, bar, a, net, ART2])
    doc = Document("m", page)
    step.process(doc)
    assert doc.text == join_lines([ART, ART2])
    assert [(r.text, r.reason) for r in doc.removed] == [(join_lines([bar, a, net]), "boilerplate:share")]
    # off: the network name stays
    doc = Document("m", page)
    RemoveBoilerplate(weak_beside=False).process(doc)
    assert doc.text == join_lines([ART, net, ART2])
    # alone between paragraphs: kept
    alone = join_lines([ART, net, ART2])
    doc = Document("m", alone)
    step.process(doc)
    assert doc.text == alone


def test_near_misses_go_model_beside_depth_lines_from_furniture_whatever_else_went(stub) -> None:
    """Near-miss lines go up to model_beside_depth lines out from furniture another rule removed, and from
    a weak line that went beside them (it is furniture too), but no further: a weak line that went
    elsewhere on the page (a network name under a share bar) gives the near misses no fresh depth."""
    step = RemoveBoilerplate()
    assert step.model_beside_depth == 2
    near = (step.model_beside + step.model_weak) / 2
    banner = "Cookie settings"  # a table line
    a, b, c = "Play the clip regardless", "Open the player now", "Watch on the partner site"
    bar, s, net = "Facebook | Twitter | WhatsApp | E-Mail", "Send the route to your phone", "Tumblr"
    art3 = "The landlord's lawyer said the ruling would be studied closely before any decision."
    stub({a: ("cookie", near), b: ("cookie", near), c: ("cookie", near), s: ("share", near)})
    # the banner's block alone: two lines out go, the third stays
    doc = Document("m", join_lines([ART, banner, a, b, c, ART2]))
    step.process(doc)
    assert doc.text == join_lines([ART, c, ART2])
    # the same with a share block further down whose network name goes beside the near miss (weak_beside):
    # still two lines out from the banner
    doc = Document("m", join_lines([ART, banner, a, b, c, ART2, bar, s, net, art3]))
    step.process(doc)
    assert doc.text == join_lines([ART, c, ART2, art3])
    assert [(r.text, r.reason) for r in doc.removed] == [
        (join_lines([banner, a, b]), "boilerplate:cookie"), (join_lines([bar, s, net]), "boilerplate:share")]
    # the weak line that went is furniture found by another rule: the near misses beyond it go, two out
    doc = Document("m", join_lines([ART, bar, s, net, a, b, c, ART2]))
    step.process(doc)
    assert doc.text == join_lines([ART, c, ART2])


def test_a_near_miss_counts_its_few_words_as_the_weak_rule_does(stub) -> None:
    """A line of model_few_words or fewer needs model_few_margin more beside furniture too, its words counted
    as the weak-line rule counts them (whitespace runs and tabs are one gap): the spacing of a line does not
    change its margin."""
    step = RemoveBoilerplate()
    assert step.model_few_words == 3
    low = step.model_beside + step.model_few_margin / 2  # a near miss, unless it needs the few-words margin
    banner = "Cookie settings"  # a table line
    few, many = ["Play the clip", "Play  the clip", "  Play the clip"], ["Play the clip now", "Play\tthe clip now"]
    stub({line.strip(): ("cookie", low) for line in few + many})
    for line in few:  # three words: the margin, so kept beside the banner
        doc = Document("m", join_lines([ART, banner, line, ART2]))
        step.process(doc)
        assert doc.text == join_lines([ART, line, ART2]), repr(line)
    for line in many:  # four words: no margin, so it goes with the banner
        doc = Document("m", join_lines([ART, banner, line, ART2]))
        step.process(doc)
        assert doc.text == join_lines([ART, ART2]), repr(line)


def test_model_sentence_needs_a_higher_score(stub) -> None:
    """A line that ends a sentence needs model_sentence_margin more: prose about outages is sentences."""
    step = RemoveBoilerplate()
    line = "The app kept showing the same error for two days"
    score = step.model_weak + step.model_sentence_margin / 2
    for text, kept in ((line, False), (line + ".", True)):
        stub({text: ("error", score)})
        page = join_lines([ART, ART2, text])
        doc = Document("m", page)
        step.process(doc)
        assert (doc.text == page) is kept


def test_model_short_heading_needs_context(stub) -> None:
    """A two-word heading scored above even the strong threshold ("Ihre Aufgaben" shares n-grams with
    "Ihre Angaben") is weak: inside the text it stays."""
    step = RemoveBoilerplate()
    stub({HEAD: ("login", step.model_strong + 2)})
    text = join_lines(["Wir suchen zum 1. März eine Fachkraft für die Buchhaltung in Teilzeit.", HEAD,
                       "Erfassung und Kontierung von Eingangsrechnungen sowie die Abstimmung der Konten."])
    doc = Document("m", text)
    step.process(doc)
    assert doc.text == text


def test_shipped_model_in_the_step_takes_a_disclaimer_the_tables_miss() -> None:
    """End to end with the shipped weights: a disclaimer no table holds goes, the article stays."""
    text = join_lines([ART, "Nothing on this page should be taken as investment advice; consult a licensed adviser",
                       ART2])
    assert _tables_keep(text)
    doc = Document("m", text)
    RemoveBoilerplate().process(doc)
    assert doc.text == join_lines([ART, ART2])
    assert [r.reason for r in doc.removed] == ["boilerplate:legal"]


def test_model_does_not_judge_other_scripts_or_table_rows() -> None:
    lm = linemodel.load()
    junk, _, _ = lm.judge(["日本語の記事の本文です。", "| Share | this |", "Pass this story on to a friend"], -100.0)
    assert junk[0] == -np.inf and junk[1] == -np.inf and np.isfinite(junk[2])


def test_model_off_and_classes_respected(stub) -> None:
    stub({LEGAL: ("legal", 7.0)})
    text = join_lines([ART, LEGAL, ART2])
    for kw in ({"model": False}, {"classes": ["cookie", "share"]}):
        doc = Document("m", text)
        RemoveBoilerplate(**kw).process(doc)
        assert doc.text == text


def test_a_batch_gives_what_each_page_gives_alone(stub) -> None:
    """process_batch scores the lines of all its pages at once: each page ends as it would alone."""
    stub({LEGAL: ("legal", 7.0), SHARE: ("share", 3.0), HEAD: ("login", 6.0)})
    pages = [join_lines([ART, ART2, SHARE]),
             join_lines([LEGAL, ART]),
             join_lines([ART, HEAD, ART2]),
             "Accept all cookies",
             "   "]
    alone = [Document(str(i), t) for i, t in enumerate(pages)]
    step = RemoveBoilerplate()
    for d in alone:
        step.process(d)
    batch = [Document(str(i), t) for i, t in enumerate(pages)]
    step.process_batch(batch)
    assert [(d.text, d.reason, [(r.text, r.reason) for r in d.removed]) for d in batch] == \
        [(d.text, d.reason, [(r.text, r.reason) for r in d.removed]) for d in alone]
    assert [d.reason for d in batch][3:] == ["no_content: only boilerplate (1 lines)", "empty"]
    assert batch[0].text == join_lines([ART, ART2]) and batch[1].text == ART


def test_model_error_lines_alone_never_make_an_error_page(stub) -> None:
    """A short how-to about deleting cookies: the model reads one of its lines as an error banner and
    several as cookie furniture; the page loses them but is not discarded as an error page."""
    howto = join_lines([
        "Cookies im Browser löschen",
        "So entfernen Sie gespeicherte Cookies und Websitedaten, wenn eine Seite nicht mehr richtig lädt oder "
        "die Anmeldung fehlschlägt.",
        "Firefox",
        "Öffnen Sie Einstellungen > Datenschutz & Sicherheit.",
        "Klicken Sie unter „Cookies und Website-Daten“ auf „Daten entfernen“.",
        "Bestätigen Sie mit „Leeren“.",
        "Chrome",
        "Öffnen Sie Einstellungen > Datenschutz und Sicherheit > Drittanbieter-Cookies.",
        "Wählen Sie „Alle Websitedaten und Berechtigungen ansehen“ und löschen Sie die gewünschten Einträge.",
    ])
    lines = howto.split("\n")
    stub({lines[1]: ("error", 7.0), lines[3]: ("cookie", 7.0), lines[4]: ("cookie", 7.0), lines[7]: ("cookie", 7.0),
          lines[8]: ("cookie", 7.0)})
    step = RemoveBoilerplate()
    doc = Document("h", howto)
    step.process(doc)
    errors = [r.text for r in doc.removed if r.reason == "boilerplate:error"]
    assert errors and doc.reason is None
    assert len(doc.text.split()) < step.error_page_min_words  # (it would have been discarded)
    off = Document("h", howto)
    RemoveBoilerplate(model=False).process(off)
    assert not any(r.reason == "boilerplate:error" for r in off.removed)  # the model alone found them
