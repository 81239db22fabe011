"""The shared analysis of a text: lines, paragraphs and words, computed lazily once per text.

Every step reads `doc.view` instead of splitting the text again; the peers re-tokenize in every
filter, which is where their time goes.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# A word is a run of letters/digits (Unicode \w), with inner apostrophes and hyphens kept.
# Ideographs (Han) and Kana have no spaces between words, so each of their characters counts as
# one word (Chinese words average 1.5 characters: per-character counts keep word counts comparable
# across scripts). Thai has no spaces between words either, but its letters are alphabetic: a Thai
# run is cut into syllable-like units (leading vowel, consonant, marks, an optional final
# consonant), close to the length of Thai words, so mean word length stays meaningful.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_THAI = "\u0e00-\u0e7f"
_NOSPACE = _CJK + _THAI
# Combining marks (vowel signs, viramas, diacritics) are not \w for Python's re, yet they are
# inside words: Devanagari, Bengali ... Sinhala, Myanmar, Khmer, Hebrew points, Arabic harakat.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0963"
    "\u0966-\u0dff\u1000-\u1049\u1050-\u109f\u1780-\u17d3\u17dd-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f"
)
_THAI_SYLLABLE = (
    "[\u0e40-\u0e44]?[\u0e01-\u0e2e\u0e50-\u0e59]"  # optional leading vowel, consonant (or digit)
    "[\u0e30-\u0e3a\u0e45-\u0e4e]*"  # vowels, tone marks and other combining marks
    # a final consonant (with its silent mark) that does not start the next syllable
    "(?:[\u0e01-\u0e2e](?:\u0e4c|(?![\u0e30-\u0e3a\u0e45-\u0e4e])))?"
    "|[\u0e00-\u0e7f]"  # any stray Thai character
)
WORD_RE = re.compile(
    rf"[{_CJK}]|{_THAI_SYLLABLE}|(?:(?![{_NOSPACE}])[\w{_MARKS}])+(?:['’\-](?:(?![{_NOSPACE}])[\w{_MARKS}])+)*"
)
# Most texts have no CJK or Thai: a plain \w run pattern (no per-character lookahead) is 3x faster.
SIMPLE_WORD_RE = re.compile(rf"[\w{_MARKS}]+(?:['’\-][\w{_MARKS}]+)*")
NOSPACE_RE = re.compile(f"[{_NOSPACE}]")
# Any character that starts a word of `split_words` (either pattern): a text has words iff it has one.
_WORD_CHAR_RE = re.compile(rf"[\w{_MARKS}{_NOSPACE}]")
# Tokens as an English tokenizer in the style of spaCy's yields them (FineWeb's rules were tuned
# on those, through datatrove): URLs, e-mail addresses and @handles whole, initials ("U.S."),
# numbers with inner separators ("3.5", "1,000", "10:30", "9am"), "C++", identifiers with inner
# underscores or dots before a lower-case letter ("file.txt"), command-line options and paths
# ("-v", "--help", "/var"), codes ("M-1", "AT&T"), HTML entities left in text ("it&#39;s"),
# letter/digit runs with an inner apostrophe (a
# contraction: counted as two tokens by the rules), dot runs, "--", emoticons, runs of rarer
# symbols ("||", "•••"), any other mark alone.
TOKEN_RE = re.compile(
    # Fast path first: a plain letter/digit run followed by a space or common punctuation.
    r"[^\W_]+(?=[\s;!?)\]\"”]|,(?!\d)|$)"
    r"|https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?:[A-Za-z]\.){2,}"
    r"|(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Inc|Ltd|Co|Corp|vs|etc|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?!\w)"
    r"|\d+(?::\d\d)?(?:am|pm|AM|PM)\b|\d+(?:[.,:/]\d+)+|@\w+|[A-Za-z]\+\+"
    r"|(?<!\S)(?:--?|/)[^\W_]+"
    rf"|(?:[^\W_]|[{_MARKS}{_THAI}\x80-\x9f\xad])+(?:['’][^\W_]+)?"
    r"(?:(?:_|\.(?=[a-z0-9])|(?<=[^\W\d_])[-&](?=\d)|(?<=[^\W\d_])[&(=]|&#?[A-Za-z0-9]+;)[^\W_]+)*"
    r"|&#?[A-Za-z0-9]+;"
    r"|\.{2,}|--|//|\)[:;]|[:;]-?[()DPp](?!\w)|[~|•=^`]+|\S"
)
PARA_SPLIT_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# Sentence ends: . ! ? and their full-width / other-script forms, after a word that is not a
# one-letter initial or a common abbreviation, followed by optional closing quotes and brackets,
# whitespace, and something that is not more punctuation.
SENTENCE_END_RE = re.compile(
    r"(?<![.!?])[.!?。．！？｡؟۔।॥։။።]+[\"'”’)\]»]*\s+(?=[^\s.!?,;:])"
)
_ABBREV_RE = re.compile(
    r"(?:\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|No|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|Lt|Col|"
    r"Sgt|Capt|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)|\w\.\w+)\.$"
)


class TextView:
    """Lazy, cached analysis of one text. Never mutate what it returns."""

    __slots__ = ("__dict__", "text")

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lines(self) -> list[str]:
        """The text split on newlines (blank lines included)."""
        return self.text.split("\n")

    @cached_property
    def nonblank_lines(self) -> list[str]:
        """Lines with content, stripped."""
        return [s for s in (line.strip() for line in self.lines) if s]

    @cached_property
    def paragraphs(self) -> list[str]:
        """Blocks separated by blank lines, stripped, empty ones dropped."""
        return [p for p in (b.strip() for b in PARA_SPLIT_RE.split(self.text)) if p]

    @cached_property
    def words(self) -> list[str]:
        """Words of the whole text, by Unicode word boundaries (no spaCy)."""
        return split_words(self.text)

    @cached_property
    def line_words(self) -> list[list[str]]:
        """Words of each line, aligned with `lines`."""
        find = (WORD_RE if NOSPACE_RE.search(self.text) else SIMPLE_WORD_RE).findall
        return [find(line) for line in self.lines]

    @cached_property
    def n_words(self) -> int:
        """Number of words."""
        return len(self.words)

    @cached_property
    def n_bytes(self) -> int:
        """UTF-8 size of the text."""
        return len(self.text.encode("utf-8", "surrogatepass"))

    # -- derived, shared by several rules ------------------------------------------------------
    @cached_property
    def tokens(self) -> list[str]:
        """Words and punctuation marks, each mark a token (see TOKEN_RE), for the rules that
        count marks as tokens the way FineWeb's tokenizer did."""
        return TOKEN_RE.findall(self.text)

    @cached_property
    def n_chars(self) -> int:
        """Number of characters (code points) of the text."""
        return len(self.text)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The set of distinct words, lower-cased (stop-word and word-list checks)."""
        return frozenset(map(str.lower, set(self.words)))

    @cached_property
    def word_lengths(self) -> np.ndarray:
        """Length in characters of each word, as an int64 array aligned with `words`."""
        import numpy as np

        return np.fromiter(map(len, self.words), dtype=np.int64, count=len(self.words))

    @cached_property
    def word_ids(self) -> np.ndarray:
        """A 64-bit id per word (equal words, case kept, get equal ids), aligned with `words`.

        Python's string hash: computed in C and cached on the string; stable within a process,
        which is all an id needs (ids are compared within one text only).
        """
        import numpy as np

        return np.fromiter(map(hash, self.words), dtype=np.int64, count=len(self.words)).view(np.uint64)

    def seed(self, **known: object) -> None:
        """Seed cached values already known from an earlier analysis (e.g. a word count after
        whole lines were removed: words never cross lines), so they are not computed again."""
        for name, value in known.items():
            if not isinstance(getattr(type(self), name, None), cached_property):
                raise TypeError(f"TextView has no cached value {name!r}")
            self.__dict__[name] = value

    def ngram_hashes(self, n: int) -> np.ndarray:
        """64-bit hashes of the word n-grams (one per start position), cached per n."""
        cache = self.__dict__.setdefault("_ngram_cache", {})
        got = cache.get(n)
        if got is None:
            got = _ngram_hashes(self, n, cache)
        return got

    def sentence_count(self, line: str) -> int:
        """Number of sentences in a line of text (at least 1 when it has content)."""
        return count_sentences(line)


def _ngram_hashes(view: TextView, n: int, cache: dict) -> np.ndarray:
    import numpy as np

    ids = view.word_ids
    if n <= 1:
        got = ids * np.uint64(0x9E3779B97F4A7C15)
    else:
        prev = cache.get(n - 1)
        if prev is None:
            prev = view.ngram_hashes(n - 1)
        # Polynomial rolling hash mod 2^64 (numpy wraps): h_n[i] = h_{n-1}[i] * P + mix(id[i+n-1]).
        if len(ids) < n:
            got = np.empty(0, dtype=np.uint64)
        else:
            with np.errstate(over="ignore"):
                tail = (ids[n - 1:] + np.uint64(1)) * np.uint64(0xC2B2AE3D27D4EB4F)
                got = prev[: len(ids) - n + 1] * np.uint64(0x100000001B3) + tail
    cache[n] = got
    return got


def count_sentences(text: str) -> int:
    """Sentences in a text: ends of sentence that are not initials or common abbreviations, plus 1."""
    if not text.strip():
        return 0
    n = 1
    for m in SENTENCE_END_RE.finditer(text):
        # The word before the mark: "Mr." and "U.S." do not end a sentence.
        start = max(0, m.start() - 12)
        if text[m.start()] == "." and _ABBREV_RE.search(text[start: m.start() + 1]):
            continue
        n += 1
    return n


def has_words(text: str) -> bool:
    """Whether `split_words(text)` is not empty, without splitting the text."""
    return _WORD_CHAR_RE.search(text) is not None


def split_words(text: str) -> list[str]:
    """Words of any text, the same way the view splits them."""
    if NOSPACE_RE.search(text) is None:
        return SIMPLE_WORD_RE.findall(text)
    return WORD_RE.findall(text)
