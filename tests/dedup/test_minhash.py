"""MinHash internals: tokenization, signatures, Jaccard, banding."""
from __future__ import annotations

import re

import numpy as np
import pytest

from tamis.dedup import minhash as mh
from tamis.dedup.lsh import band_hashes, choose_bands, collision_probability
from tests.dedup.corpus import edit, jaccard5, words


def py_shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i : i + n]) for i in range(max(1, len(w) - n + 1))}


@pytest.mark.parametrize("text", [
    "The quick brown fox jumps over the lazy dog, again and again.",
    "Ünïcödé wörds — señor Müller's café: naïve résumé façade, déjà vu.",
    "a b",
    "one two three four five",
    "x_y 42 3.14 don't stop-me now now now now now now",
])
def test_shingle_count_matches_python_regex_words(text: str) -> None:
    assert len(mh.shingle_set(text)) == len(py_shingles(text))


def test_cjk_characters_are_words_and_empty_text_has_no_signature() -> None:
    assert len(mh.word_hashes(mh.codepoints("東京都は晴れ"), mh.char_classes())) == 6
    assert mh.signature("  ... !!! ") is None


def test_signature_is_deterministic_and_case_insensitive() -> None:
    t = " ".join(words(1))
    assert np.array_equal(mh.signature(t), mh.signature(t.upper()))
    assert mh.signature(t).dtype == np.uint32 and mh.signature(t).shape == (128,)


def test_estimated_jaccard_is_close_to_exact() -> None:
    a = words(2, 400)
    for k in (5, 20, 60):
        b = edit(a, k, seed=k)
        ta, tb = " ".join(a), " ".join(b)
        exact = mh.jaccard_sorted(mh.shingle_set(ta), mh.shingle_set(tb))
        assert exact == pytest.approx(jaccard5(ta, tb), abs=1e-9)
        est = float((mh.signature(ta) == mh.signature(tb)).mean())
        assert abs(est - exact) < 0.15


def test_jaccard_sorted_matches_sets() -> None:
    rng = np.random.default_rng(0)
    x = np.unique(rng.integers(0, 500, 200)).astype(np.uint64)
    y = np.unique(rng.integers(0, 500, 300)).astype(np.uint64)
    sx, sy = set(x.tolist()), set(y.tolist())
    assert mh.jaccard_sorted(x, y) == pytest.approx(len(sx & sy) / len(sx | sy))


def test_bands_chosen_for_recall_at_threshold() -> None:
    b, r = choose_bands(0.8, 128)
    assert (b, r) == (18, 7)
    assert collision_probability(0.8, b, r) >= 0.98
    assert collision_probability(0.5, b, r) < 0.2
    sig = mh.signature("some text with enough words to make a few shingles here")
    assert band_hashes(sig, b, r).shape == (18,)
