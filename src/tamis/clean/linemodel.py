"""A learned line judge: hashed character and word n-grams, one linear score per furniture class.

The phrase tables and cue words of `remove_boilerplate` name the wordings they were grown on; a line
of furniture worded a new way slips past them about half the time (bench/RESULTS.md, issue 3). A
linear model over hashed n-grams generalizes from the same data to new wordings: it learns "cookie",
"consent", "Einstellungen", "accepter" as parts of furniture, not whole lines.

The features are computed here, in one compiled pass over the code points of a batch of lines, and
the training script (bench/clean_train_linemodel.py) calls the same function, so what was trained is
what runs. The weights ship with tamis as package data (`linemodel.npz`): nothing is downloaded.

Features of a line (lower-cased, digits read as 0, runs of whitespace as one space, a space at both
ends): character n-grams of 2 to 5 code points, whole words, and word pairs, each hashed (FNV-1a over
code points, one seed per kind) into 2**bits buckets; a line's vector is its bucket counts divided by
the square root of its number of n-grams. The shipped model is `lean` at level 1: no character bigrams
and no word pairs, about a quarter fewer n-grams. Level 2 keeps the word pairs and level 0 every kind:
line by line they find 1.3 and 1.2 points more of the furniture of held-out junk sets; the word-pair model,
tried in the step, did not keep that gain (bench/RESULTS.md, tenth session).
The shipped model's scores are its log-odds times one factor, set at training so that 0.2% of the words of
held-out article text score above 2.4: the step's thresholds were tuned on that scale.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from typing import Any

import numba as nb
import numpy as np

_FNV = np.uint64(0x100000001B3)
_OFFSET = np.uint64(0xCBF29CE484222325)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_NO_WEIGHTS = np.zeros(0, np.float32)


@nb.njit(cache=True)
def _space(c: int) -> bool:
    return c == 32 or c == 9 or c == 13 or c == 160 or c == 0x2009 or c == 0x202F or c == 0x3000 or c == 12


@nb.njit(cache=True)
def _bucket(h: np.uint64, kind: int, shift: np.uint64) -> np.int64:
    return np.int64(((h ^ np.uint64(kind)) * _MIX) >> shift)


@nb.njit(cache=True)
def _lower(c: int) -> int:
    """Lower-case the letters of the 8 languages (ASCII, Latin-1, Latin Extended-A, Cyrillic)."""
    if c < 128:
        return c + 32 if 65 <= c <= 90 else c
    if 0xC0 <= c <= 0xDE and c != 0xD7:
        return c + 32
    if 0x100 <= c <= 0x17F:  # (pairs: upper even then lower, or upper odd then lower in two runs)
        if c <= 0x137 or 0x14A <= c <= 0x177:
            return c | 1
        if 0x139 <= c <= 0x148 or 0x179 <= c <= 0x17E:
            return c + (c & 1)
        return 0xFF if c == 0x178 else c
    if 0x410 <= c <= 0x42F:
        return c + 32
    if 0x400 <= c <= 0x40F:
        return c + 80
    return c


@nb.njit(cache=True, inline="always")
def _emit(b: np.int64, line: int, w: int, add: bool, rows: np.ndarray, buckets: np.ndarray, weights: np.ndarray,
          out: np.ndarray) -> int:
    """One n-gram of `_grams`: its weight added to out[line] and counted, or (line, bucket) written at
    w. Returns where the next pair goes."""
    if add:
        out[line] += weights[b]
        rows[line] += 1
        return w
    rows[w] = line
    buckets[w] = b
    return w + 1


@nb.njit(cache=True)
def _grams(codes: np.ndarray, bits: int, rows: np.ndarray, buckets: np.ndarray, weights: np.ndarray,
           out: np.ndarray, skip: np.ndarray, lean: int) -> int:
    """For each n-gram of the lines of `codes` (UTF-8 bytes, lines split by 10): write (line, bucket)
    to rows and buckets, or, if `weights` is not empty, add the bucket's weight to out[line] and
    count it in rows[line]. Marks in skip[line] the lines the model must not judge (a letter of an
    unseen script, or a row of a pipe table: "| a | b |"). Returns how many pairs were written (at
    most 6 per code point and 2 more per line). `lean`: 1, without character bigrams and word pairs (4
    n-grams per code point instead of 6: a faster model, measured in bench/RESULTS.md); 2, without character
    bigrams only (a word pair is one n-gram per word); 0, every kind."""
    add = weights.shape[0] > 0
    shift = np.uint64(64 - bits)
    n_codes = codes.shape[0]
    line = 0
    w = 0
    # the 4 code points of the prepared line before this one (c1 the latest); every line starts with
    # a space, and `filled` counts it
    c1 = 32
    c2 = c3 = c4 = 0
    filled = 1
    word = _OFFSET
    prev_word = np.uint64(0)
    has_prev = False
    first = last = 0  # the line's first and last code points that are not whitespace
    i = 0
    while i <= n_codes:
        if i == n_codes:
            raw = 10
            i += 1
        else:  # (one code point from UTF-8: Python's encoder wrote whole sequences)
            b0 = np.int64(codes[i])
            if b0 < 0x80:
                raw = b0
                i += 1
            elif b0 < 0xE0:
                raw = ((b0 & 0x1F) << 6) | (np.int64(codes[i + 1]) & 0x3F)
                i += 2
            elif b0 < 0xF0:
                raw = ((b0 & 0x0F) << 12) | ((np.int64(codes[i + 1]) & 0x3F) << 6) | (np.int64(codes[i + 2]) & 0x3F)
                i += 3
            else:
                raw = (((b0 & 0x07) << 18) | ((np.int64(codes[i + 1]) & 0x3F) << 12)
                       | ((np.int64(codes[i + 2]) & 0x3F) << 6) | (np.int64(codes[i + 3]) & 0x3F))
                i += 4
        end = raw == 10
        if end:
            c = 32
            if first == 124 and last == 124:
                skip[line] = True
        else:
            c = _lower(raw)
            if _space(c):
                c = 32
            else:
                if first == 0:
                    first = c
                last = c
                if c >= 0x370 and _unseen(c):
                    skip[line] = True
                if 48 <= c <= 57:
                    c = 48
        if c != 32 or c1 != 32:  # (a run of whitespace is one space)
            # the character n-grams ending here, n = 2..5, hashed from this character backwards
            h = (((_OFFSET ^ np.uint64(c)) * _FNV) ^ np.uint64(c1)) * _FNV
            if lean == 0:
                w = _emit(_bucket(h, 2, shift), line, w, add, rows, buckets, weights, out)
            if filled >= 2:
                h = (h ^ np.uint64(c2)) * _FNV
                w = _emit(_bucket(h, 3, shift), line, w, add, rows, buckets, weights, out)
                if filled >= 3:
                    h = (h ^ np.uint64(c3)) * _FNV
                    w = _emit(_bucket(h, 4, shift), line, w, add, rows, buckets, weights, out)
                    if filled >= 4:
                        h = (h ^ np.uint64(c4)) * _FNV
                        w = _emit(_bucket(h, 5, shift), line, w, add, rows, buckets, weights, out)
            c4, c3, c2, c1 = c3, c2, c1, c
            filled += 1
            if c != 32:
                word = (word ^ np.uint64(c)) * _FNV
            else:  # a word ends: the word, and the pair it makes with the one before
                w = _emit(_bucket(word, 11, shift), line, w, add, rows, buckets, weights, out)
                if has_prev and lean != 1:
                    w = _emit(_bucket(prev_word * _MIX + word, 12, shift), line, w, add, rows, buckets, weights, out)
                prev_word = word
                has_prev = True
                word = _OFFSET
        if end:
            line += 1
            c1 = 32
            c2 = c3 = c4 = 0
            filled = 1
            word = _OFFSET
            has_prev = False
            first = last = 0
    return w


@nb.njit(cache=True)
def _add(rows: np.ndarray, buckets: np.ndarray, weights: np.ndarray, out: np.ndarray) -> None:
    """out[line] = the sum of its n-grams' weight rows over the square root of their count."""
    count = np.zeros(out.shape[0], np.int64)
    n_cls = weights.shape[1]
    for k in range(rows.shape[0]):
        r = rows[k]
        count[r] += 1
        b = buckets[k]
        for j in range(n_cls):
            out[r, j] += weights[b, j]
    for r in range(out.shape[0]):
        if count[r] > 1:
            d = 1.0 / math.sqrt(count[r])
            for j in range(n_cls):
                out[r, j] *= d


@nb.njit(cache=True)
def _unseen(c: int) -> bool:
    """A letter of a script the model never saw: Greek, Armenian to Mongolian, CJK, kana, Hangul (it
    was trained on the Latin and Cyrillic lines of 8 languages)."""
    return (0x370 <= c <= 0x3FF or 0x530 <= c <= 0x1DBF or 0x2E80 <= c <= 0xA4CF or 0xAC00 <= c <= 0xD7AF
            or 0xF900 <= c <= 0xFAFF)


@nb.njit(cache=True)
def _furniture(codes: np.ndarray, n_lines: int, bits: int, content_w: np.ndarray, bias: float,
               lean: int) -> np.ndarray:
    """The furniture score of each line (the log-odds against content; -inf where not judged), in one
    compiled call: the step calls it once per batch of pages."""
    score = np.zeros(n_lines, np.float32)
    count = np.zeros(n_lines, np.int32)
    skip = np.zeros(n_lines, np.bool_)
    _grams(codes, bits, count, count, content_w, score, skip, lean)
    for r in range(n_lines):
        if skip[r]:
            score[r] = -np.inf
        else:
            score[r] = -(score[r] / math.sqrt(max(count[r], 1)) + bias)
    return score


def _codes(lines: list[str]) -> np.ndarray:
    # UTF-8, decoded in _grams (for mostly-ASCII text the encoder copies bytes), lower-cased there too
    # (str.lower() on a page with one non-ASCII letter costs more than the scoring)
    return np.frombuffer("\n".join(lines).encode("utf-8", "surrogatepass"), dtype=np.uint8)


def ngram_pairs(lines: list[str], bits: int, lean: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(line index, bucket) of every n-gram of each line (lines must hold no newline): the features
    the model was trained on, for the training script."""
    codes = _codes(lines)
    n_lines = len(lines)
    cap = 6 * codes.shape[0] + 2 * n_lines + 2  # (bytes: at least one per code point)
    rows = np.empty(cap, np.int32)
    buckets = np.empty(cap, np.int32)
    n = _grams(codes, bits, rows, buckets, _NO_WEIGHTS, _NO_WEIGHTS, np.zeros(n_lines, np.bool_), int(lean))
    return rows[:n], buckets[:n]


class LineModel:
    """Per-class linear scores of lines: `scores(lines)` is (len(lines), len(classes)) log-odds."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, classes: list[str], bits: int,
                 lean: int = 0) -> None:
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.classes = list(classes)
        self.bits = bits
        self.lean = int(lean)  # (0: every n-gram kind; 1: no character bigrams, no word pairs; 2: no bigrams)
        self._content = self.classes.index("content") if "content" in self.classes else 0
        self._content_w = np.ascontiguousarray(self.weights[:, self._content])
        self._content_bias = float(self.bias[self._content])

    def scores(self, lines: list[str]) -> np.ndarray:
        """One row per line (no newline inside a line), one column per class."""
        n = len(lines)
        out = np.zeros((n, self.weights.shape[1]), np.float32)
        if n:
            rows, buckets = ngram_pairs(lines, self.bits, self.lean)
            _add(rows, buckets, self.weights, out)
        return out + self.bias

    def judge(self, lines: list[str], above: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(furniture score of each line, the lines scored above `above`, their class scores).

        The furniture score is the log-odds against content (-inf for a line the model does not
        judge: another script, a pipe-table row). The class scores (one column per class) are
        computed only for the lines above `above`: for the others only the content column is read,
        a tenth of the memory reads.
        """
        n = len(lines)
        if not n:
            return np.zeros(0, np.float32), np.zeros(0, np.int64), np.zeros((0, len(self.classes)), np.float32)
        junk = _furniture(_codes(lines), n, self.bits, self._content_w, self._content_bias, self.lean)
        sel = np.flatnonzero(junk > above)
        # (the n-grams again, of those lines only)
        return junk, sel, self.scores([lines[i] for i in sel])

    def save(self, path: str) -> None:
        """Write the model (weights as float16) to an .npz file."""
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias,
                            classes=np.array(self.classes), bits=np.array(self.bits), lean=np.array(self.lean))


def read(file: Any) -> LineModel:
    """A model that `LineModel.save` wrote (a path or an open binary file)."""
    z = np.load(file)
    return LineModel(z["weights"], z["bias"], [str(c) for c in z["classes"]], int(z["bits"]),
                     int(z["lean"]) if "lean" in z.files else 0)


@lru_cache(maxsize=1)
def load() -> LineModel:
    """The model shipped with tamis (package data `tamis/clean/linemodel.npz`)."""
    with resources.files("tamis.clean").joinpath("linemodel.npz").open("rb") as f:
        return read(f)
