"""Small synthetic corpora with known duplicates, written by the tests themselves."""
from __future__ import annotations

import random



def _word(i: int) -> str:
    # Letters only: the line normal form maps digits to 0, which would merge numbered words.
    out = ""
    for _ in range(3):
        out += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
    return out + "s"


VOCAB = [_word(i) for i in range(3000)]


def words(seed: int, n: int = 200) -> list[str]:
    """A reproducible random text of `n` words."""
    rng = random.Random(seed)
    return [rng.choice(VOCAB) for _ in range(n)]


def edit(ws: list[str], k: int, seed: int) -> list[str]:
    """Replace `k` words at distinct positions spread over the text."""
    rng = random.Random(seed)
    out = list(ws)
    for pos in rng.sample(range(len(ws)), k):
        out[pos] = f"edit{_word(seed)}x{_word(pos)}"
    return out


def jaccard5(a: str, b: str) -> float:
    """Exact word-5-gram Jaccard of two texts (lower-cased \\w+ words), the bench's ground truth."""
    import re

    def sh(t: str) -> set[tuple[str, ...]]:
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i : i + 5]) for i in range(max(1, len(w) - 4))}

    x, y = sh(a), sh(b)
    return len(x & y) / len(x | y)
