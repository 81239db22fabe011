"""The learned block judge: its weights load, it corrects the rules' choice on pages the tests write, and broken
input still extracts."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tamis.extract import judge
from tamis.extract.core import Options, extract_html
from tests.extract import SHORT_ARTICLE

# The rules alone.
RULES = Options(judge=False)
BEFORE = "Residents had asked for a second crossing for years, and the vote came after a long campaign."
STAMP = "Ref 2024-03-12 10:45 / 118-2207-93"


def _stump(path: Path, which: str, feature: str, threshold: float, low: float, high: float) -> None:
    """A weights file whose `which` model is one split: `low` (raw score) when the feature is <= the threshold,
    else `high`."""
    f = judge.FEATURES.index(feature)
    arrays = {"features": np.array(judge.FEATURES),
              f"{which}_feature": np.array([f, 0, 0], np.int16), f"{which}_threshold": np.array([threshold, np.inf,
                                                                                                  np.inf]),
              f"{which}_left": np.array([1, 1, 2], np.int32), f"{which}_right": np.array([2, 1, 2], np.int32),
              f"{which}_value": np.array([0.0, low, high]), f"{which}_roots": np.array([0], np.int32),
              f"{which}_depth": np.array(1), f"{which}_baseline": np.array(0.0)}
    np.savez(path, **arrays)


def _page(before: str = BEFORE, inside: str = "") -> str:
    return ("<html><body><nav><a href='/'>Home</a></nav>"
            f"<div class='intro'><p>{before}</p></div>"
            f"<article><h1>New bridge</h1><p>{SHORT_ARTICLE[0]}</p>{inside}" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE[1:])
            + "</article><div class='footer-links'><a href='/a'>About</a></div></body></html>")


def test_the_shipped_weights_load() -> None:
    model = judge.load()
    assert model.keep is not None
    p = model.keep.proba(np.zeros((3, len(judge.FEATURES))))
    assert p.shape == (3,) and ((p >= 0) & (p <= 1)).all()


def test_the_shipped_judge_restores_a_posts_title() -> None:
    # A blog page: the date heading, then the post (its title, then the entry). The rules take the entry for the
    # container and leave the title out; the shipped judge is sure a heading just before the text is text.
    title = "How the new bridge was approved"
    html = ("<html><body><h2>Monday, October 22, 2012</h2><div class='post'>"
            f"<h3>{title}</h3><div class='entry'>" + "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE) + "</div></div>"
            "</body></html>")
    assert extract_html(html, RULES).text == "\n\n".join(SHORT_ARTICLE)
    assert extract_html(html).text == "\n\n".join([title, *SHORT_ARTICLE])


def test_weights_for_other_features_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.npz"
    np.savez(path, features=np.array(["log_chars"]))
    with pytest.raises(ValueError):
        judge.load(str(path))


@pytest.mark.parametrize("name", ["missing.npz", "old.npz", "junk.npz"])
def test_weights_that_cannot_be_used_are_refused_when_the_options_are_made(tmp_path: Path, name: str) -> None:
    # A configuration error is said once, when the options are built, not raised from every page's extraction.
    np.savez(tmp_path / "old.npz", features=np.array(["log_chars"]))
    (tmp_path / "junk.npz").write_bytes(b"not a weights file")
    with pytest.raises(ValueError, match="judge_model"):
        Options(judge_model=str(tmp_path / name))
    assert Options(judge=False, judge_model=str(tmp_path / name)).judge is False   # not read when the judge is off


def test_the_judge_restores_a_block_the_rules_leave_out(tmp_path: Path) -> None:
    # A keep model sure of every block just before the container: the rules leave the intro out, the judge
    # brings it back, in its place before the title.
    path = tmp_path / "keep.npz"
    _stump(path, "keep", "before", 0.5, -10.0, 10.0)
    html = _page()
    assert BEFORE not in extract_html(html, RULES).text
    text = extract_html(html, Options(judge=True, judge_model=str(path))).text
    assert text == "\n\n".join([BEFORE, "New bridge", *SHORT_ARTICLE])


def test_the_judge_drops_a_block_the_rules_keep(tmp_path: Path) -> None:
    # A drop model sure that a line mostly of digits is no text: the rules keep the reference line inside the
    # article, the judge drops it.
    path = tmp_path / "drop.npz"
    _stump(path, "drop", "digit_share", 0.3, 10.0, -10.0)
    html = _page(inside=f"<p>{STAMP}</p>")
    assert STAMP in extract_html(html, RULES).text
    text = extract_html(html, Options(judge=True, judge_model=str(path), judge_drop=0.5)).text
    assert text == "\n\n".join(["New bridge", *SHORT_ARTICLE])


def test_the_judge_leaves_a_page_alone_when_it_is_not_sure(tmp_path: Path) -> None:
    path = tmp_path / "unsure.npz"
    _stump(path, "keep", "before", 0.5, 0.0, 0.0)  # p = 0.5 everywhere
    html = _page()
    assert extract_html(html, Options(judge=True, judge_model=str(path))).text == extract_html(html, RULES).text


@pytest.mark.parametrize("html", ["", "<", "<<<>>>", "<html><body></body></html>", "\x00\xff<p>x</p>",
                                  "<div>" * 500 + "deep text here" + "</div>" * 3,
                                  "<body><p>" + "word " * 20 + "</p><table><tr><td>a</td></table>"])
def test_broken_input_still_works_with_the_judge(html: str) -> None:
    res = extract_html(html, Options(judge=True))
    assert isinstance(res.text, str)
    assert res.text == extract_html(html, Options(judge=True)).text
