"""Gopher (MassiveText) quality and repetition rules, from Rae et al. 2021, "Scaling Language
Models: Methods, Analysis & Insights from Training Gopher", appendix A.1.1 and table A1.

Both read the document's shared text view: words, lines and paragraphs are split once, and the
word n-grams are hashed once into numpy arrays that every n-gram rule reuses.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import filterfalse
from typing import ClassVar

import numpy as np

from tamis.document import Document
from tamis.filters.base import Check, RuleStep, doc_language, language_matches
from tamis.textview import NOSPACE_RE, TOKEN_RE, TextView

# Gopher's stop words (appendix A.1.1): a document must contain at least two of them.
STOP_WORDS = ("the", "be", "to", "of", "and", "that", "have", "with")
# Line openers counted as bullets: Gopher names "bullet points"; these are the common glyphs.
BULLETS = ("•", "-", "*", "‣", "◦", "●", "▪", "–")


# Abbreviations that keep their period as one token (as TOKEN_RE's abbreviation branch).
_ABBREVS = frozenset([
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "Gen", "Gov",
    "Sen", "Rep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
])
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CLOSERS = frozenset(',;!?)]"”')
_BARE_BASES = [
    "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
    "hadnt", "couldnt", "shouldnt", "wouldnt", "im", "ive", "youre", "theyre",
]
_BARE = frozenset(w for base in _BARE_BASES for w in (base, base.capitalize()))


def token_counts(view: TextView) -> tuple[int, int]:
    """(tokens, tokens with a letter), punctuation marks counted as tokens and a contraction
    ("don't", "it's", "dont") as two, as FineWeb's tokenizer (spaCy's, via datatrove) counts them.

    The counts of `view.tokens` (TOKEN_RE), bare contractions ("dont") checked per chunk; tokens
    never span whitespace, so the whitespace chunks that are plain words, or a word and one
    closing mark, are counted without the regular expression; only the rest go through it.
    """
    got = view.__dict__.get("_token_counts")
    if got is not None:
        return got
    chunks = view.text.split()
    total = alpha = len(chunks)  # every chunk starts as one alphabetic token, corrected below
    alpha += sum(map(_BARE.__contains__, chunks))
    total += sum(map(_BARE.__contains__, chunks))
    for c in filterfalse(str.isalpha, chunks):
        head, last = c[:-1], c[-1]
        if head.isalpha() and head:
            if head in _BARE:
                total += 1
                alpha += 1
            if last in _CLOSERS:
                total += 1  # the word, then the mark
                continue
            if last == ".":
                if head in _ABBREVS or head in _ASCII_LETTERS:
                    continue  # "Mr." and "A." stay one token
                total += 1
                continue
        # The general case: this chunk's tokens, as TOKEN_RE cuts them.
        toks = TOKEN_RE.findall(c)
        n = len(toks)
        a = 0
        for t in toks:
            if t.isalpha() or any(map(str.isalpha, t)):
                a += 1
                if "'" in t or "’" in t or t in _BARE:
                    a += 1
                    n += 1
        total += n - 1
        alpha += a - 1
    got = view.__dict__["_token_counts"] = (total, alpha)
    return got


class GopherQuality(RuleStep):
    """Gopher's quality rules: document length, word length, symbols, bullets, ellipses, stop words."""

    name = "gopher_quality"
    prefix = "gopher_"
    fields: ClassVar[dict[str, str]] = {
        "gopher_n_words": "int64",
        "gopher_mean_word_length": "float64",
        "gopher_hash_ratio": "float64",
        "gopher_ellipsis_ratio": "float64",
        "gopher_bullet_lines_frac": "float64",
        "gopher_ellipsis_lines_frac": "float64",
        "gopher_alpha_words_frac": "float64",
        "gopher_stop_words": "int64",
    }

    def __init__(
        self,
        min_words: int | None = 50,
        max_words: int | None = 100_000,
        min_mean_word_length: float | None = 3,
        max_mean_word_length: float | None = 10,
        max_symbol_word_ratio: float | None = 0.1,
        max_bullet_lines_frac: float | None = 0.9,
        max_ellipsis_lines_frac: float | None = 0.3,
        min_alpha_words_frac: float | None = 0.8,
        min_stop_words: int | None = 2,
        stop_words: list[str] | None = None,
        stop_words_languages: list[str] | None = None,
        languages: list[str] | None = None,
        mode: str = "filter",
    ) -> None:
        """Thresholds from Gopher appendix A.1.1 (Rae et al. 2021):

        - `min_words`/`max_words`: 50 and 100,000 words.
        - `min_mean_word_length`/`max_mean_word_length`: 3 and 10 characters.
        - `max_symbol_word_ratio`: 0.1, for the hash symbol and for the ellipsis, each to tokens
          (words and punctuation marks, as FineWeb counted them with datatrove).
        - `max_bullet_lines_frac`: 0.9 of lines starting with a bullet point.
        - `max_ellipsis_lines_frac`: 0.3 of lines ending with an ellipsis.
        - `min_alpha_words_frac`: 0.8 of tokens containing an alphabetic character; punctuation
          marks are tokens (as in FineWeb, via datatrove's tokenizer), numbers are words.
        - `min_stop_words`: 2 of `stop_words` (Gopher's eight English ones by default), checked only
          on documents whose language (from a `language` step) is in `stop_words_languages`
          (default ["en"]) or unknown: the list is English.
        - `languages`: judge only documents in these languages (null: all).
        The word-length bounds assume words separated by spaces: a document whose words are
        mostly Chinese/Japanese characters or Thai syllables is not judged on them.
        """
        self.min_words = min_words
        self.max_words = max_words
        self.min_mean_word_length = min_mean_word_length
        self.max_mean_word_length = max_mean_word_length
        self.max_symbol_word_ratio = max_symbol_word_ratio
        self.max_bullet_lines_frac = max_bullet_lines_frac
        self.max_ellipsis_lines_frac = max_ellipsis_lines_frac
        self.min_alpha_words_frac = min_alpha_words_frac
        self.min_stop_words = min_stop_words
        self.stop_words = list(STOP_WORDS if stop_words is None else stop_words)
        self.stop_words_languages = list(["en"] if stop_words_languages is None else stop_words_languages)
        self.languages = list(languages) if languages is not None else None
        self._stop = frozenset(w.lower() for w in self.stop_words)
        self._set_mode(mode)

    def applies(self, doc: Document) -> bool:
        """Text documents, in one of `languages` when given (unknown language: judged)."""
        if doc.kind != "text":
            return False
        if self.languages is None:
            return True
        lang = doc_language(doc)
        return lang is None or language_matches(lang, self.languages)

    def _on(self, threshold: float | None) -> bool:
        return threshold is not None or self.mode == "annotate"

    def checks(self, doc: Document) -> Iterator[Check]:
        """Gopher's quality checks, cheapest first."""
        view = doc.view
        n_words = view.n_words
        yield "n_words", n_words, self.min_words, "min"
        yield "n_words", n_words, self.max_words, "max"
        # Symbol ratios are per token, punctuation marks included (as in FineWeb/datatrove).
        denom = max(token_counts(view)[0], 1) if self._on(self.max_symbol_word_ratio) else max(n_words, 1)
        if self._on(self.min_mean_word_length) or self._on(self.max_mean_word_length):
            mean = float(view.word_lengths.mean()) if n_words else 0.0
            spaced = not nospace_majority(view)
            yield "mean_word_length", mean, self.min_mean_word_length if spaced else None, "min"
            yield "mean_word_length", mean, self.max_mean_word_length if spaced else None, "max"
        text = view.text
        if self._on(self.max_symbol_word_ratio):
            yield "hash_ratio", text.count("#") / denom, self.max_symbol_word_ratio, "max"
            ellipses = text.count("...") + text.count("…")
            yield "ellipsis_ratio", ellipses / denom, self.max_symbol_word_ratio, "max"
        lines = view.nonblank_lines
        n_lines = max(len(lines), 1)
        if self._on(self.max_bullet_lines_frac):
            bullets = sum(1 for s in lines if s.startswith(BULLETS))
            yield "bullet_lines_frac", bullets / n_lines, self.max_bullet_lines_frac, "max"
        if self._on(self.max_ellipsis_lines_frac):
            ends = sum(1 for s in lines if s.endswith(("...", "…")))
            yield "ellipsis_lines_frac", ends / n_lines, self.max_ellipsis_lines_frac, "max"
        if self._on(self.min_alpha_words_frac):
            # Tokens without a letter: numbers and punctuation marks (FineWeb's reading of Gopher).
            total, alpha = token_counts(view)
            if nospace_majority(view):
                # A run of CJK or Thai is one token there; count its words instead.
                alpha, total = n_words, n_words + total - alpha
            frac = alpha / total if total else 0.0
            yield "alpha_words_frac", frac, self.min_alpha_words_frac, "min"
        if self._on(self.min_stop_words):
            lang = doc_language(doc)
            judged = lang is None or language_matches(lang, self.stop_words_languages)
            if self.mode == "annotate" or not judged or self.min_stop_words is None:
                found = len(self._stop & view.lower_words)
            else:
                found = self._stop_words_upto(view.text, self.min_stop_words)
            yield "stop_words", found, self.min_stop_words if judged else None, "min"

    def _stop_words_upto(self, text: str, enough: int) -> int:
        """Distinct stop words in the text, scanning only until `enough` are found."""
        if not self._stop:
            return 0
        pattern = self.__dict__.get("_stop_re")
        if pattern is None:
            alts = "|".join(sorted(map(re.escape, self._stop), key=len, reverse=True))
            pattern = self.__dict__["_stop_re"] = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)
        seen: set[str] = set()
        for m in pattern.finditer(text):
            seen.add(m.group().lower())
            if len(seen) >= enough:
                break
        return len(seen)


def nospace_majority(view: TextView) -> bool:
    """Whether most words come from scripts written without spaces (CJK characters, Thai)."""
    if NOSPACE_RE.search(view.text) is None:
        return False
    return sum(1 for w in view.words if NOSPACE_RE.match(w)) * 2 > view.n_words


def _has_alpha(word: str) -> bool:
    return any(c.isalpha() for c in word)


class GopherRepetition(RuleStep):
    """Gopher's repetition rules: duplicate lines and paragraphs, top and duplicated word n-grams."""

    name = "gopher_repetition"
    prefix = "gopher_"
    fields: ClassVar[dict[str, str]] = {
        "gopher_dup_line_frac": "float64",
        "gopher_dup_para_frac": "float64",
        "gopher_dup_line_char_frac": "float64",
        "gopher_dup_para_char_frac": "float64",
        **{f"gopher_top_{n}gram_frac": "float64" for n in (2, 3, 4)},
        **{f"gopher_dup_{n}gram_frac": "float64" for n in range(5, 11)},
    }

    def __init__(
        self,
        dup_line_frac: float | None = 0.30,
        dup_para_frac: float | None = 0.30,
        dup_line_char_frac: float | None = 0.20,
        dup_para_char_frac: float | None = 0.20,
        top_2gram_frac: float | None = 0.20,
        top_3gram_frac: float | None = 0.18,
        top_4gram_frac: float | None = 0.16,
        dup_5gram_frac: float | None = 0.15,
        dup_6gram_frac: float | None = 0.14,
        dup_7gram_frac: float | None = 0.13,
        dup_8gram_frac: float | None = 0.12,
        dup_9gram_frac: float | None = 0.11,
        dup_10gram_frac: float | None = 0.10,
        top_ngram_min_count: int = 2,
        mode: str = "filter",
    ) -> None:
        """Thresholds from Gopher table A1 (Rae et al. 2021):

        - duplicate line / paragraph fraction 0.30 (share of lines or paragraphs that repeat an
          earlier one); duplicate line / paragraph character fraction 0.20 (their characters
          over the document's).
        - top 2-, 3-, 4-gram character fraction 0.20, 0.18, 0.16: characters of the most frequent
          word n-gram (its words and the spaces between them), times its count, over the
          document's characters.
        - duplicated 5- to 10-gram character fraction 0.15, 0.14, 0.13, 0.12, 0.11, 0.10:
          characters of the words covered by a repeated occurrence of an n-gram, over the
          document's characters.
        - `top_ngram_min_count`: the top n-gram counts only when it occurs this often (2: a
          repetition). datatrove, and so FineWeb, count it even when it occurs once, which rejects
          every document under about 25 words; set 1 to reproduce them (the fineweb preset does).
        """
        self.dup_line_frac = dup_line_frac
        self.dup_para_frac = dup_para_frac
        self.dup_line_char_frac = dup_line_char_frac
        self.dup_para_char_frac = dup_para_char_frac
        self.top_2gram_frac = top_2gram_frac
        self.top_3gram_frac = top_3gram_frac
        self.top_4gram_frac = top_4gram_frac
        self.dup_5gram_frac = dup_5gram_frac
        self.dup_6gram_frac = dup_6gram_frac
        self.dup_7gram_frac = dup_7gram_frac
        self.dup_8gram_frac = dup_8gram_frac
        self.dup_9gram_frac = dup_9gram_frac
        self.dup_10gram_frac = dup_10gram_frac
        if top_ngram_min_count < 1:
            raise ValueError("top_ngram_min_count must be at least 1")
        self.top_ngram_min_count = top_ngram_min_count
        self._set_mode(mode)

    def checks(self, doc: Document) -> Iterator[Check]:
        """Line and paragraph checks first (cheap), then the n-gram ones."""
        view = doc.view
        n_chars = max(view.n_chars, 1)
        annotate = self.mode == "annotate"
        paras = view.paragraphs
        if annotate or self.dup_para_frac is not None or self.dup_para_char_frac is not None:
            dups, dup_chars = duplicates(paras)
            yield "dup_para_frac", dups / max(len(paras), 1), self.dup_para_frac, "max"
            yield "dup_para_char_frac", dup_chars / n_chars, self.dup_para_char_frac, "max"
        lines = view.nonblank_lines
        if annotate or self.dup_line_frac is not None or self.dup_line_char_frac is not None:
            dups, dup_chars = duplicates(lines)
            yield "dup_line_frac", dups / max(len(lines), 1), self.dup_line_frac, "max"
            yield "dup_line_char_frac", dup_chars / n_chars, self.dup_line_char_frac, "max"
        if view.n_words == 0:
            return
        lengths = view.word_lengths
        # Prefix sums give the characters of any n-gram starting at i: cum[i + n] - cum[i].
        cum = np.concatenate(([0], np.cumsum(lengths)))
        for n in (2, 3, 4):
            thr = getattr(self, f"top_{n}gram_frac")
            if thr is None and not annotate:
                continue
            chars = top_ngram_chars(view, n, cum, self.top_ngram_min_count)
            yield f"top_{n}gram_frac", chars / n_chars, thr, "max"
        none_repeat = False
        for n in range(5, 11):
            thr = getattr(self, f"dup_{n}gram_frac")
            if thr is None and not annotate:
                continue
            # No repeated n-gram means no repeated longer one: the rest are zero.
            chars = 0 if none_repeat else dup_ngram_chars(view, n, lengths)
            none_repeat = chars == 0
            yield f"dup_{n}gram_frac", chars / n_chars, thr, "max"


def duplicates(items: list[str]) -> tuple[int, int]:
    """How many items repeat an earlier one, and their characters."""
    if len(items) < 2:
        return 0, 0
    counts = Counter(items)
    if len(counts) == len(items):
        return 0, 0
    dups = 0
    chars = 0
    for item, c in counts.items():
        if c > 1:
            dups += c - 1
            chars += (c - 1) * len(item)
    return dups, chars


def repeated_hashes(view: TextView, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The n-gram hashes that occur more than once, and their counts (cached per n)."""
    cache = view.__dict__.setdefault("_repeated_cache", {})
    got = cache.get(n)
    if got is None:
        # A plain sort (no argsort, no indices) is the cheapest way to find equal runs.
        s = np.sort(view.ngram_hashes(n))
        if len(s) < 2:
            got = (s[:0], s[:0].astype(np.int64))
        else:
            edges = np.flatnonzero(s[1:] != s[:-1]) + 1
            starts = np.concatenate(([0], edges))
            counts = np.diff(np.concatenate((starts, [len(s)])))
            keep = counts > 1
            got = (s[starts[keep]], counts[keep])
        cache[n] = got
    return got


def top_ngram_chars(view: TextView, n: int, cum: np.ndarray, min_count: int = 2) -> int:
    """Characters of the most frequent word n-gram times its count (0 when it occurs fewer than
    `min_count` times). Ties go to the n-gram that occurs first in the text.
    """
    values, counts = repeated_hashes(view, n)
    if len(values) == 0:
        if min_count > 1 or view.n_words < n:
            return 0
        # Nothing repeats: the first n-gram, once. Counted over tokens (marks included), as
        # datatrove does: this setting exists to reproduce it.
        first = TOKEN_RE.findall(view.text[: 40 * n])[:n]
        if len(first) < n:
            return int(cum[n] - cum[0]) + n - 1
        return sum(map(len, first)) + n - 1
    top = counts.max()
    h = view.ngram_hashes(n)
    tops = values[counts == top]
    hit = (h == tops[0]) if len(tops) == 1 else np.isin(h, tops)
    start = int(np.argmax(hit))
    return (int(cum[start + n] - cum[start]) + n - 1) * int(top)


def dup_ngram_chars(view: TextView, n: int, lengths: np.ndarray) -> int:
    """Characters of the words covered by an occurrence of an n-gram that occurred before."""
    h = view.ngram_hashes(n)
    m = len(h)
    if m < 2:
        return 0
    # A stable sort keeps equal n-grams in text order: all but the first of each run repeat.
    order = np.argsort(h, kind="stable")
    s = h[order]
    same = s[1:] == s[:-1]
    if not same.any():
        return 0
    starts = np.sort(order[1:][same])
    # Coverage of [i, i + n) for every repeated start i, by a difference array (starts unique).
    diff = np.zeros(len(lengths) + 1, dtype=np.int64)
    diff[starts] += 1
    diff[starts + n] -= 1
    covered = np.cumsum(diff[:-1]) > 0
    return int(lengths[covered].sum())
