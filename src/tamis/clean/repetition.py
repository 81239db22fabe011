"""repair_repetition: keep the first copy of a repeated line or paragraph, remove and record the rest.

Repair, not drop (as CCNet does across documents, here inside one): where Gopher's repetition
rules would throw the whole page away, we keep the page and cut the copies. Lines are compared
after normalization (case, whitespace and punctuation ignored). Only whole lines are compared, so
a sentence that recurs inside otherwise different paragraphs is never touched. Short lines (table
cells, list markers, "Yes"/"No") legitimately repeat; they are removed only as part of a longer
repeated run (a body pasted twice, headings included) or when they repeat the title. A page built of
parallel sections (the same meals under each day of a plan) repeats by design: the lines of its
sections stay; only a lone pasted copy, or the whole page pasted twice, is cut.
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import ClassVar

from tamis.document import Document
from tamis.steps import Step
from tamis.textview import has_words

_NORM_RE = re.compile(r"[\W_]+")
# Punctuation stripped from the ends of a line's key (inner punctuation is compared as is: a
# regex pass over every line costs more than the rest of the step; see line_key for the full one).
_EDGE = " .,;:!?¡¿…\"'“”‘’„«»()[]{}<>|•·*#-–—_=+~/\\"


def line_key(line: str) -> str:
    """The comparison key of a line: lower-case words joined by single spaces."""
    return _NORM_RE.sub(" ", line.lower()).strip()


def quick_key(line: str) -> str:
    """Cheap key: lower case, whitespace collapsed, edge punctuation and curly quotes ignored."""
    s = " ".join(line.lower().split()).strip(_EDGE)
    if not s.isascii():
        s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    return s


def _common_order(xs: list[str], ys: list[str]) -> list[int]:
    """Positions in xs of a longest common subsequence of xs and ys (dynamic programming, small lists)."""
    n, m = len(xs), len(ys)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if xs[i] == ys[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if xs[i] == ys[j]:
            out.append(i)
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


class RepairRepetition(Step):
    """Remove later copies of repeated lines/paragraphs (first kept), reason `repetition`."""

    name: ClassVar[str] = "repair_repetition"
    fields: ClassVar[dict[str, str]] = {"repeated_lines": "int64"}

    def __init__(self, min_chars: int = 30, min_words: int = 5, max_copies: int = 2,
                 title_min_words: int = 2, max_gap: int = 40, template_lines: int = 3) -> None:
        """
        min_chars, min_words: a line shorter than either threshold repeats only as part of a longer
            repeated run (tamis default; table cells, list markers and labels are shorter).
        max_copies: a line seen more than this many times, each time amid different lines, is a
            template line (the same interview question put to each guest) and stays; pasted
            copies are removed by the run rule (tamis default, from the ground-truth texts).
        title_min_words: the first line, if it has at least this many words, is removed where it
            recurs (a repeated title is kept once).
        max_gap: most lines between two removed copies that are matched against the first copies'
            stretch, in order (tamis default: a few paragraphs of a hard-wrapped body).
        template_lines: a page where this many different long lines recur 3+ times each is built of
            parallel sections, and its lines seen twice stay (tamis default, from a meal plan in aeb's
            ground truth: three plans of the same meals); 0 turns the test off.
        """
        self.min_chars = min_chars
        self.min_words = min_words
        self.max_copies = max_copies
        self.title_min_words = title_min_words
        self.max_gap = max_gap
        self.template_lines = template_lines

    def _long(self, key: str) -> bool:
        return len(key) >= self.min_chars and key.count(" ") + 1 >= self.min_words

    def find(self, lines: list[str]) -> dict[int, str]:
        """Line index -> 'repetition' for every later copy of a repeated line."""
        idx = [i for i, line in enumerate(lines) if line and not line.isspace()]
        keys = [quick_key(lines[i]) for i in idx]
        # (most pages repeat no line: one set of the keys tells, and the walk below is skipped)
        if len(set(keys)) + max(keys.count("") - 1, 0) == len(keys):
            return {}
        first: dict[str, int] = {}
        copies: dict[str, int] = {}
        dup_of: list[int] = [-1] * len(idx)  # position (in idx) of the first copy, or -1
        later: list[int] = []  # positions of the later copies
        for p, key in enumerate(keys):
            if not key:
                continue
            q = first.get(key)
            if q is None:
                first[key] = p
                copies[key] = 1
            else:
                dup_of[p] = q
                copies[key] += 1
                later.append(p)
        drop = [False] * len(idx)
        # (on a page of parallel sections, a copy inside a mirrored stretch is a section's own line; a
        # lone copy, amid lines unlike those around the first, is still a pasted one)
        sections = self._by_design(keys, copies)
        for p in later:
            if self._long(keys[p]) and copies[keys[p]] <= self.max_copies \
                    and not (sections and self._mirrored(keys, p, dup_of[p])):
                drop[p] = True
        if keys and keys[0] and keys[0].count(" ") + 1 >= self.title_min_words:
            for p in later:
                if dup_of[p] == 0:
                    drop[p] = True
        # Short lines inside a repeated run go with it: walk forward and backward from each
        # removed line while the lines keep mirroring the lines around the first copy.
        mirror: dict[int, int] = {}  # removed copy -> its first copy
        for p in later:
            if not drop[p]:
                continue
            q = mirror[p] = dup_of[p]
            for step in (1, -1):
                a, b = p + step, q + step
                while 0 <= a < len(idx) and 0 <= b < len(idx) and b != a and b != p:
                    if drop[a] or not keys[a] or keys[a] != keys[b]:
                        break
                    drop[a] = True
                    mirror[a] = b
                    a += step
                    b += step
        self._fill_gaps(keys, drop, mirror)
        return {idx[p]: "repetition" for p in later if drop[p]}

    @staticmethod
    def _mirrored(keys: list[str], p: int, q: int) -> bool:
        """Whether a line next to `p` repeats the line at the same side of its first copy `q`."""
        n = len(keys)
        return any(0 <= p + d < n and 0 <= q + d < n and keys[p + d] and keys[p + d] == keys[q + d] for d in (-1, 1))

    def _by_design(self, keys: list[str], copies: dict[str, int]) -> bool:
        """Whether the page repeats by design: parallel sections (a meal plan per day, a spec sheet per
        model, a fixture list per round) where `template_lines` different long lines recur 3+ times each.
        A long line seen twice there, beside a line that its first copy also has beside it, is a line of
        one of the sections, not a pasted copy. A page that is itself pasted twice is not by design:
        four fifths or more of its different long lines are there twice or more."""
        long_again = sum(1 for k, n in copies.items() if n >= 3 and self._long(k))
        if self.template_lines <= 0 or long_again < self.template_lines:
            return False
        # (a page pasted twice has nearly every long line twice or more; parallel sections have lines
        # of their own: an introduction, one section's tips, the variants)
        long_keys = [n for k, n in copies.items() if self._long(k)]
        return 5 * sum(1 for n in long_keys if n >= 2) < 4 * len(long_keys)

    def _fill_gaps(self, keys: list[str], drop: list[bool], mirror: dict[int, int]) -> None:
        """Between two removed copies whose first copies stand in the same order, the lines that the
        first copies' stretch also holds are copies too, even where one line more on either side broke
        the mirror walk (a body pasted twice, with a line of furniture in one copy only)."""
        done = sorted(mirror)
        for p1, p2 in pairwise(done):
            if p2 - p1 < 2:
                continue
            q1, q2 = mirror[p1], mirror[p2]
            # the first copies in order, before the gap, and a stretch about as long as it
            if not (q1 < q2 < p1) or q2 - q1 > 2 * (p2 - p1) + 4:
                continue
            gap = [a for a in range(p1 + 1, p2) if keys[a] and not drop[a]]
            if not gap or len(gap) > self.max_gap:
                continue
            stretch = [keys[b] for b in range(q1 + 1, q2) if keys[b]]
            hits = _common_order([keys[a] for a in gap], stretch)
            # nearly all of the gap must mirror nearly all of the stretch, in order (the stretch may
            # hold two lines more: furniture in one copy only): a gap of new lines is the page's own,
            # and so is a list that shares a few items with one above it
            matched = len(hits)
            if 5 * matched < 4 * len(gap) or len(stretch) - matched > max(2, len(stretch) // 5):
                continue
            for h in hits:
                drop[gap[h]] = True

    def process(self, doc: Document) -> Document:
        """Cut the repeated copies from one document."""
        if doc.kind != "text":
            return doc
        drops = self.find(doc.view.lines)
        doc.metadata["repeated_lines"] = len(drops)
        if drops:
            doc.drop_lines(drops, self.name)
            if not has_words(doc.text):  # (a search, not a split of the whole text)
                doc.reject("empty: nothing left after removing repeated lines", self.name)
        return doc
