"""Word n-gram shingles and MinHash signatures, compiled with numba.

Tokenizing in Python is what makes MinHash slow in the peers (datasketch, and the Python side of
rensa's callers), so the whole path text -> words -> n-gram hashes -> signature runs in one compiled
loop over the text's code points. Words are runs of Unicode word characters (Python's `\\w`) of the
lower-cased text; a character of a script written without spaces (Han, Kana, Thai) is a word by
itself, as in `tamis.textview`, so that such texts still yield many shingles.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numba as nb
import numpy as np

# Character classes of the tokenizer.
NON_WORD, WORD, ALONE = 0, 1, 2
_NOSPACE_RANGES = ((0x0E00, 0x0E7F), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_MASK64 = (1 << 64) - 1


@lru_cache(maxsize=1)
def char_classes() -> np.ndarray:
    """Class of every code point (NON_WORD, WORD, ALONE), built once per process from Python's `\\w`."""
    table = np.zeros(0x110000, dtype=np.uint8)
    # One regex pass over all code points (surrogates excluded) is ~50 ms, far less than a loop.
    for lo, hi in ((0, 0xD800), (0xE000, 0x110000)):
        chars = "".join(map(chr, range(lo, hi)))
        idx = np.fromiter((m.start() for m in re.finditer(r"\w", chars)), dtype=np.int64)
        table[idx + lo] = WORD
    for lo, hi in _NOSPACE_RANGES:
        seg = table[lo : hi + 1]
        seg[seg == WORD] = ALONE
    return table


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Multipliers (odd) and offsets of the `num_perm` 32-bit permutations fmix32(a*x + b)."""
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2**31, size=num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
    return a, b


def codepoints(text: str) -> np.ndarray:
    """The lower-cased text as an array of code points (UTF-32), without a Python loop."""
    return np.frombuffer(text.lower().encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@nb.njit(cache=True, inline="always")
def _mix64(h: np.uint64) -> np.uint64:
    # splitmix64 finalizer: spreads every input bit over the whole word.
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


@nb.njit(cache=True)
def word_hashes(cps: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """64-bit hash of each word of a code-point array (FNV-1a over code points, then mixed)."""
    out = np.empty(cps.shape[0] + 1, dtype=np.uint64)
    n = 0
    h = np.uint64(0)
    inword = False
    for i in range(cps.shape[0]):
        c = cps[i]
        cls = classes[c] if c < classes.shape[0] else NON_WORD
        if cls == WORD:
            if not inword:
                h = np.uint64(0xCBF29CE484222325)
                inword = True
            h = (h ^ np.uint64(c)) * np.uint64(0x100000001B3)
        else:
            if inword:
                out[n] = _mix64(h)
                n += 1
                inword = False
            if cls == ALONE:
                out[n] = _mix64((np.uint64(0xCBF29CE484222325) ^ np.uint64(c)) * np.uint64(0x100000001B3))
                n += 1
    if inword:
        out[n] = _mix64(h)
        n += 1
    return out[:n]


@nb.njit(cache=True)
def shingle_hashes(words: np.ndarray, ngram: int) -> np.ndarray:
    """64-bit hash of each word n-gram (one shingle of all words when there are fewer than n)."""
    nw = words.shape[0]
    if nw == 0:
        return np.empty(0, dtype=np.uint64)
    ns = nw - ngram + 1 if nw >= ngram else 1
    k = ngram if nw >= ngram else nw
    out = np.empty(ns, dtype=np.uint64)
    for s in range(ns):
        h = np.uint64(0x9E3779B97F4A7C15) + np.uint64(k)
        for j in range(k):
            h = (h ^ words[s + j]) * np.uint64(0xFF51AFD7ED558CCD)
            h ^= h >> np.uint64(29)
        out[s] = _mix64(h)
    return out


@nb.njit(cache=True, fastmath=True)
def minhash(shingles: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MinHash signature (uint32 per permutation) of a set of 64-bit shingle hashes.

    Permutation i is x -> fmix32(a_i*x + b_i) on the shingle hash folded to 32 bits: a bijection
    (odd multiplier, then murmur3's finalizer), in 32-bit arithmetic with a branchless minimum so
    that the loop over permutations compiles to 8-lane SIMD (3.5x the 64-bit multiply-shift here;
    same estimator error, measured on the neardup pairs).
    """
    p = a.shape[0]
    sig = np.full(p, 0xFFFFFFFF, dtype=np.uint32)
    for s in range(shingles.shape[0]):
        h = shingles[s]
        x = np.uint32((h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF))
        for i in range(p):
            v = np.uint32(x * a[i] + b[i])
            v = np.uint32(v ^ (v >> np.uint32(16)))
            v = np.uint32(v * np.uint32(0x85EBCA6B))
            v = np.uint32(v ^ (v >> np.uint32(13)))
            v = np.uint32(v * np.uint32(0xC2B2AE35))
            v = np.uint32(v ^ (v >> np.uint32(16)))
            sig[i] = min(sig[i], v)
    return sig


@nb.njit(cache=True)
def _signature(cps: np.ndarray, classes: np.ndarray, ngram: int, a: np.ndarray, b: np.ndarray):
    words = word_hashes(cps, classes)
    sh = shingle_hashes(words, ngram)
    return minhash(sh, a, b), sh.shape[0]


@nb.njit(cache=True)
def signature_and_shingles(cps: np.ndarray, classes: np.ndarray, ngram: int, a: np.ndarray, b: np.ndarray):
    """Signature and the shingle hashes of one code-point array, in one compiled call."""
    words = word_hashes(cps, classes)
    sh = shingle_hashes(words, ngram)
    return minhash(sh, a, b), sh


@nb.njit(cache=True)
def unique_u32(sh: np.ndarray) -> np.ndarray:
    """Sorted distinct low 32 bits of shingle hashes: the compact set that exact Jaccard compares."""
    x = np.empty(sh.shape[0], dtype=np.uint32)
    for i in range(sh.shape[0]):
        x[i] = np.uint32(sh[i] & np.uint64(0xFFFFFFFF))
    x.sort()
    n = 0
    for i in range(x.shape[0]):
        if n == 0 or x[i] != x[n - 1]:
            x[n] = x[i]
            n += 1
    return x[:n]


def signature(text: str, ngram: int = 5, num_perm: int = 128, seed: int = 1) -> np.ndarray | None:
    """MinHash signature of a text's word n-grams, or None when it has no word."""
    a, b = permutations(num_perm, seed)
    sig, n = _signature(codepoints(text), char_classes(), ngram, a, b)
    return sig if n else None


def shingle_set(text: str, ngram: int = 5) -> np.ndarray:
    """Sorted distinct 64-bit shingle hashes of a text (for exact Jaccard)."""
    words = word_hashes(codepoints(text), char_classes())
    return np.unique(shingle_hashes(words, ngram))


@nb.njit(cache=True)
def jaccard_sorted(x: np.ndarray, y: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of distinct values (a merge, no allocation)."""
    if x.shape[0] == 0 and y.shape[0] == 0:
        return 1.0
    i = j = inter = 0
    while i < x.shape[0] and j < y.shape[0]:
        if x[i] < y[j]:
            i += 1
        elif x[i] > y[j]:
            j += 1
        else:
            inter += 1
            i += 1
            j += 1
    return inter / (x.shape[0] + y.shape[0] - inter)


@nb.njit(cache=True)
def band_hashes(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """64-bit hash of each band of `rows` consecutive signature values."""
    out = np.empty(bands, dtype=np.uint64)
    for i in range(bands):
        h = np.uint64(0x9E3779B97F4A7C15) ^ np.uint64(i)
        for j in range(i * rows, (i + 1) * rows):
            h = (h ^ np.uint64(sig[j])) * np.uint64(0xFF51AFD7ED558CCD)
            h ^= h >> np.uint64(32)
        h *= np.uint64(0xC4CEB9FE1A85EC53)
        h ^= h >> np.uint64(29)
        out[i] = h
    return out
