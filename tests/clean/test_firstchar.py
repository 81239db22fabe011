"""What the matcher reads from a regex's parse tree to bucket its patterns (tamis.clean.firstchar)."""
from __future__ import annotations

import re

import pytest

from tamis.clean.boilerplate import matcher
from tamis.clean.firstchar import finite_strings, first_chars, first_heads
from tamis.clean.patterns import LANGUAGES

# patterns with few strings: every string a pattern matches must start with one of its heads
FINITE = [
    r"(?:oops[,!. ]|sorry[,!] )?(?:but )?(?:the |this )page",
    r"(?:\d )?shares?",
    r"(?:4[01]\d|5\d\d)[ :]?(?:error|fehler)",
    r"a|bc|d(?:e|f)g",
    r"x{3}y",
    r"(?:ab)?c?d",
    r"news ?letters?",
]


@pytest.mark.parametrize("pattern", FINITE)
def test_every_match_starts_with_a_head(pattern: str) -> None:
    heads = first_heads(pattern)
    assert heads is not None
    strings = finite_strings(pattern)
    assert strings
    for s in strings:
        assert re.fullmatch(pattern, s)
        assert s[:2] in heads, (s, sorted(heads))


def test_heads_are_few_and_exact() -> None:
    assert first_heads(r"(?:oops[,!. ]+|sorry[,!. ]+)?(?:but )?(?:the |this )page") == {"oo", "so", "bu", "th"}
    assert first_heads(r"\d{4} x") == {f"{a}{b}" for a in "0123456789" for b in "0123456789"}
    assert first_heads(r"a|bc") == {"a", "bc"}  # a head shorter than two characters is a whole match


@pytest.mark.parametrize("pattern", [r".*all rights reserved.*", r"(?:[^\s{}=;]+ )?error", r"\w+ news"])
def test_a_pattern_that_can_start_anyhow_has_no_heads(pattern: str) -> None:
    assert first_heads(pattern) is None


def test_heads_agree_with_first_characters_on_the_real_tables() -> None:
    m = matcher(tuple(sorted(LANGUAGES)))
    with_heads = 0
    for _group, pattern, fc, _width, heads in m._entries:
        if heads is None:
            continue
        with_heads += 1
        assert fc is None or {h[0] for h in heads if h} <= set(fc), pattern
        assert first_chars(pattern) is None or {h[0] for h in heads if h} <= first_chars(pattern)
    assert with_heads >= 0.9 * len(m._entries)


def test_the_buckets_stay_bounded_on_a_script_with_many_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import tamis.clean.boilerplate as bp

    monkeypatch.setattr(bp, "_MEMO_MAX", 50)
    step = bp.RemoveBoilerplate()
    rng = random.Random(1)
    prose = ["".join(chr(0x4E00 + rng.randrange(2000)) for _ in range(30)) for _ in range(600)]
    got = step.find([*prose, "Accept all cookies", "Share this article"])
    assert got == {600: "boilerplate:cookie", 601: "boilerplate:share"}
    assert len(step._matcher._buckets) <= 51 + 2
