"""Annotate mode: the signals, re-thresholded, give the decisions of filter mode."""
from __future__ import annotations

import random

import pytest

from tamis.document import Document
from tamis.filters.fineweb import FineWeb
from tamis.filters.gopher import GopherQuality, GopherRepetition, token_counts
from tamis.textview import TextView

WORDS = ["the", "river", "town", "market", "opened", "early", "and", "the", "farmers", "sold", "bread,", "fish,", "apples;", "prices", "rose", "3.5%", "in", "U.S.", "dollars...", "don't", "panic!", "it's", "fine", "#news"]


def make_texts(n: int) -> list[str]:
    rng = random.Random(7)
    texts = []
    for _ in range(n):
        lines = []
        for _ in range(rng.randrange(1, 30)):
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 25)))
            lines.append(line + rng.choice(["", ".", "...", "!"]))
            if rng.random() < 0.2:
                lines.append(lines[-1])
            if rng.random() < 0.2:
                lines.append("")
        texts.append("\n".join(lines))
    return texts


@pytest.mark.parametrize("cls", [GopherQuality, GopherRepetition, FineWeb])
def test_rethresholding_signals_reproduces_filter_mode(cls: type) -> None:
    step, annotate = cls(), cls(mode="annotate")
    for i, text in enumerate(make_texts(150)):
        judged = step.process(Document(str(i), text))
        signals = annotate.process(Document(str(i), text)).metadata
        failed = None
        for signal, _value, thr, direction in step.checks(Document(str(i), text)):
            value = signals[cls.prefix + signal]
            if thr is not None and ((direction == "max" and value > thr) or (direction == "min" and value < thr)):
                failed = signal
                break
        assert (judged.reason is None) == (failed is None), (text, judged.reason)
        if failed:
            assert judged.reason.startswith(f"{cls.name}: {failed} ")


def test_token_counts_match_the_token_pattern() -> None:
    for text in make_texts(80) + ["Mr. Smith's e-mail: a@b.com, see https://x.org/a-b (ok) -- 10,000 C++ M-1"]:
        view = TextView(text)
        tokens = view.tokens
        alpha = [t for t in tokens if any(c.isalpha() for c in t)]
        contractions = sum(1 for t in alpha if "'" in t or "’" in t)
        assert token_counts(TextView(text)) == (len(tokens) + contractions, len(alpha) + contractions)
