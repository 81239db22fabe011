"""remove_boilerplate: cut lines and blocks that are not content, each with its class as reason.

Classes (reason `boilerplate:<class>`): error, cookie, legal, newsletter, share, comments,
navigation, related, login. The phrases are data (`patterns.py`, one table per language); this
module only decides, with context:
- a *strong* line goes wherever it stands;
- a *weak* line ("Accept", "Comments", "404") goes only when it touches other boilerplate, or
  stands at the end of the document, or is one of 2+ such lines opening it;
- a block title ("Related articles", "Most read") takes the short headline-like lines under it;
  a disclaimer title ("Legal Disclaimer:") takes the legal paragraph under it;
- structural lines: share bars (network names only), breadcrumbs ("Home > News"), menus
  ("Home | About | Contact").
Lines no phrase matches go to a second judge, `CueJudge`, that reads their words (`cuewords.py`,
cue words per class and language): a short line made only of furniture words is a weak line (or,
made only of its own class's words with two telling ones, a strong one); a longer line dense in
one class's cue words is a weak line, judged only beside other furniture or at the page's edges.
Lines neither judge found go to a third, learned one (`linemodel.py`: hashed character and word
n-grams, a linear score per class): above `model_strong` a line goes as a strong line, above
`model_weak` as a weak one (a related-list title only with the list under it; a line that ends a
sentence needs `model_sentence_margin` more); above `model_beside` it goes only next to furniture
removed by another rule (the rest of a banner whose other lines were found), up to two lines out,
or with the lines around it when they read as one class and one of them scores above `model_run`.
A weak line next to a line those rules removed goes with it too (`weak_beside`).
A document left with no words is rejected (`no_content`); one that was an error banner with
(almost) nothing else is rejected as `error_page`; one with no words at all as `empty`.
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left
from functools import lru_cache
from collections.abc import Generator
from itertools import compress, repeat
from typing import Any, ClassVar

import numpy as np

from tamis.clean.cuewords import CUES, FUNCTION
from tamis.clean.firstchar import finite_strings, first_chars, first_heads, max_width, required_literal, required_word
from tamis.clean.patterns import (
    COMMON,
    HOME_WORDS,
    LANGUAGES,
    LEGAL_CUES,
    LEGAL_HEAD_WORDS,
    NOTICE_WORDS,
    LEGAL_TITLES,
    LINES,
    MAX_WORDS,
    METER_WORDS,
    NAV_WORDS,
    NETWORKS,
    PATTERNS,
)
from tamis.document import Document
from tamis.steps import Step

CLASSES = tuple(MAX_WORDS)
# Strengths of lines that go only with context: phrase-table weak lines and lines judged by cue words.
_WEAK = frozenset({"weak", "cue", "cue0", "model"})
# Strengths given by the cue-word judge or the line model alone, short of strong.
_CUE_ONLY = frozenset({"cue", "cue0", "cuehead", "cuehead1", "model"})
# Strengths only the line model gives.
_MODEL_ONLY = frozenset({"model", "mstrong"})


class _Drops(dict):
    """Line index -> reason, and `model_errors`: the error lines only the line model found."""

    model_errors: frozenset = frozenset()


# Characters stripped from both ends of a line before matching (bullets, quotes, arrows, pipes).
_STRIP = " \t\r\f\v\u00a0.,:;!?¡¿…\"'“”‘’„«»()[]{}<>|•·*#-–—_=+~/\\›‹→←↑↓►▶▸◄◀✓✔✕✖×❯❮▲▼△▽☰≡⌃⌄"
# A closing bracket stays at the end: "Comments (12)" is matched as "comments (12)".
_RSTRIP = _STRIP.replace(")", "").replace("]", "")
# Arrows, technical and enclosed signs, shapes, dingbats, emoji (with their joiners and selectors).
_SYMBOLS = ("\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u2500-\u27bf\u2900-\u2bff\u3030\u303d"
            "\U0001f000-\U0001faff\ufe0f\u200d\u20e3")
_SYMBOL_EDGE_RE = re.compile(f"^[{_SYMBOLS}\\s]+|[{_SYMBOLS}\\s]+$")
_HAS_WORD_RE = re.compile(r"\w")
_TITLE_SEP_RE = re.compile(r"[:\-–—|]")
_MAX_METER = 14
_METER_FREE = tuple(METER_WORDS["free"])
_METER_ITEM = tuple(METER_WORDS["item"])
_METER_MONTH = frozenset(METER_WORDS["month"])
_METER_HEADS = frozenset(w[:3] for w in _METER_FREE + _METER_ITEM)
_STATUS_CODE_RE = re.compile(r"(?<![\d.,])(?:4[0-5]\d|5\d\d)(?![\d.,])")
_TRAIL_SPLIT_RE = re.compile(r"\s*[›»]\s*")
_NET_SPLIT_RE = re.compile(r"\s*[,|/•·]\s*|\s+")
_LONGEST = max(MAX_WORDS.values())
# Classes whose lines are never long: only cookie notices and legal text are tried on long lines.
_SHORT_CLASSES = frozenset(c for c, n in MAX_WORDS.items() if n <= 40)
_MAX_SHARE = MAX_WORDS["share"]
_MAX_NAV = MAX_WORDS["navigation"]
_MAX_RELATED = MAX_WORDS["related"]
_UNSEEN = object()  # a bucket not built yet (a built one may be None)
# Lines shorter than this are remembered with their verdict (menus, buttons and titles recur from page
# to page); the memory is emptied when it holds this many lines.
_MEMO_CHARS = 48
_MEMO_MAX = 200_000


class _LineMemo(dict):
    """Verdicts per normalized short line: a miss computes it (a hit is one C-level dict lookup)."""

    def __init__(self, compute: Any) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, norm: str) -> object:
        if len(self) > _MEMO_MAX:
            self.clear()
        got = self[norm] = self.compute(norm)
        return got


def normalize_line(line: str) -> str:
    """Lower-case, collapse whitespace, straighten apostrophes, strip edge punctuation."""
    s = line.lower()
    if s.isascii():
        if "  " in s or "\t" in s:
            s = " ".join(s.split())  # (runs of whitespace become one space; the edges are stripped below)
    else:
        # str.translate is slow: replace only the apostrophes the line holds
        if "’" in s:
            s = s.replace("’", "'")
        if "‘" in s:
            s = s.replace("‘", "'")
        if "ʼ" in s:
            s = s.replace("ʼ", "'")
        if "  " in s or "\t" in s or "\u00a0" in s:
            s = " ".join(s.split())
    # (the space is one of the characters stripped at the end, so no space is left there)
    s = s.lstrip(_STRIP).rstrip(_RSTRIP)
    if s and (s[0] >= "\u2190" or s[-1] >= "\u2190"):
        # emoji and pictographs at either end ("🔥 Hot right now", "Thanks for your patience 🙏")
        s = _SYMBOL_EDGE_RE.sub("", s).lstrip(_STRIP).rstrip(_RSTRIP)
    return s


def _alt(items: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in items)


class Matcher:
    """Compiled pattern tables for a set of languages; tells a line's class and strength.

    Python's `re` tries the alternatives of a big alternation one by one, so the patterns are
    bucketed by the first two characters they can match (computed from the regex itself, or the
    first one where two are too many) and a line is tried only against its bucket; patterns that can
    start anywhere (".*all rights reserved.*") are tried only on lines that hold their required word
    (or text), and only on lines their class's word limit allows. Lines longer than the short
    classes allow are tried only against the classes that can be long (cookie notices, legal text).
    """

    def __init__(self, languages: tuple[str, ...]) -> None:
        strong: dict[str, list[str]] = {c: [] for c in CLASSES}
        weak: dict[str, list[str]] = {c: [] for c in CLASSES}
        headers: list[str] = []
        for lang in languages:
            for cls, table in [*PATTERNS[lang].items(), *(COMMON.items() if lang == languages[0] else ())]:
                strong[cls] += table.get("strong", [])
                weak[cls] += table.get("weak", [])
                headers += table.get("header", [])
        # Priority order: the first group that matches the whole line names it.
        entries: list[tuple[str, str]] = []
        for cls in CLASSES:
            entries += [(f"{cls}__strong", p) for p in strong[cls]]
        entries += [("related__header", p) for p in headers]
        entries += [("related__inline", rf"(?:{p}) ?[:\-–—|] ?.+") for p in headers]
        for cls in CLASSES:
            entries += [(f"{cls}__weak", p) for p in weak[cls]]
        # (group, pattern, first characters, longest match, first two characters): see `_bucket`
        self._entries: list[tuple[str, str, frozenset[str] | None, int, frozenset[str] | None]] = []
        self._anywhere: list[tuple[str, str, re.Pattern[str]]] = []
        # Patterns with few possible strings ("accept|reject", "4[01]\\d") become one dict lookup.
        self._exact: dict[str, str] = {}
        order = [f"{c}__strong" for c in CLASSES] + ["related__header", "related__inline"]
        order += [f"{c}__weak" for c in CLASSES]
        self._prio = {g: i for i, g in enumerate(order)}
        # group -> ((class, strength), most words a line of the class has)
        self._verdicts = {g: (tuple(g.split("__")), MAX_WORDS[g.split("__")[0]]) for g in order}
        exact_lines: list[tuple[str, str]] = []
        for group, p in entries:
            strings = finite_strings(p)
            if strings is not None:
                exact_lines += [(s, group) for s in strings]
                continue
            fc = first_chars(p)
            if fc is None and (p.startswith((".*", "(?:.{")) or _guardable(p)):
                self._anywhere.append((required_literal(p), group, re.compile(p)))
            else:
                self._entries.append((group, p, None if fc is None else frozenset(fc), max_width(p), first_heads(p)))
        titles: list[str] = []
        for lang in languages:
            for cls, kinds in LINES.get(lang, {}).items():
                exact_lines += [(line, f"{cls}__{kind}") for kind, lines in kinds.items() for line in lines]
                titles += kinds.get("header", [])
        # list titles written as lines, for their inline form "Title: headline" (see `_inline_title`)
        self._titles = frozenset(titles)
        self._title_first = frozenset(t.split(" ", 1)[0] for t in titles)
        self._title_max = max(map(len, titles), default=0)
        # one group per exact line: the first in priority order (strong before titles before weak)
        prio = self._prio
        for line, group in exact_lines:
            have = self._exact.get(line)
            if have is None or prio[group] < prio[have]:
                self._exact[line] = group
        self._buckets: dict[tuple[str, bool, int], re.Pattern[str] | None] = {}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}  # one regex per set of patterns
        self._memo = _LineMemo(lambda norm: self._classify(norm, norm.count(" ") + 1))
        # Guards: a pattern that can match anywhere runs only on lines holding its required word
        # (one C-level set test for all of them) or, failing a word, its required literal text.
        # (word, required text, group, regex, longest match, most words of its class): the longer required
        # text is tested before the regex.
        self._by_word: list[tuple[str, str, str, re.Pattern[str], int, int]] = []
        self._by_text: list[tuple[str, str, re.Pattern[str], int, int]] = []
        for lit, group, rx in self._anywhere:
            word = required_word(rx.pattern)
            # (a line longer than the pattern's longest match, or with more words than its class
            # allows, is not tried: its match could give no verdict)
            width, most = max_width(rx.pattern), MAX_WORDS[group.split("__")[0]]
            if len(word) >= 4:
                self._by_word.append((word, lit, group, rx, width, most))
            elif len(lit) >= 4 or (lit and not lit.isascii()):
                self._by_text.append((lit, group, rx, width, most))
            else:
                raise ValueError(f"a pattern that can match anywhere needs a word or text to look for: {rx.pattern}")
        # The distinct texts of the text-guarded patterns: a line holding none of them skips the loop
        # (the non-ASCII ones are looked for only in non-ASCII lines).
        text_lits = dict.fromkeys(lit for lit, *_ in self._by_text)
        self._text_lits_ascii = tuple(lit for lit in text_lits if lit.isascii())
        self._text_lits_other = tuple(lit for lit in text_lits if not lit.isascii())
        # Each form of a guard word as a whitespace token ("cookies", "cookies,", "(cookies") -> the
        # positions in `_by_word` of the patterns that need it: a line is tried only against those.
        forms: dict[str, list[int]] = {}
        for pos, (w, *_) in enumerate(self._by_word):
            for v in (w, *(w + c for c in ".,;:!?)\"'»"), *(c + w for c in "(\"'«")):
                forms.setdefault(v, []).append(pos)
        self._guard_forms = forms
        self._guard_words = frozenset(forms)
        self._long_max = max(MAX_WORDS[c] for c in _SHORT_CLASSES)
        nets = "|".join(re.escape(n) for n in sorted(NETWORKS, key=len, reverse=True))
        self.net_first = frozenset(n.split()[0] for n in NETWORKS)
        self.net_names = frozenset(w for n in NETWORKS for w in n.split())
        self.share_bar = re.compile(rf"(?:{nets})(?:[\s,|/•·]+(?:{nets}))+")
        homes = "|".join(re.escape(h) for h in HOME_WORDS)
        self.home_prefixes = tuple(HOME_WORDS)  # every breadcrumb starts with one of them
        self.crumb = re.compile(rf"(?:{homes}) ?(?:>|»|›|/|\||→|::|>>) ?.+")
        self.crumb_split = re.compile(r"\s*(?:>|»|›|/|\||→|::|>>)\s*")
        self.menu_split = re.compile(r"\s*[|•·]\s*|\s+/\s+")
        self.nav_words = frozenset(NAV_WORDS)
        self.legal_cue = re.compile("|".join(re.escape(c) for c in LEGAL_CUES))
        self.legal_titles = frozenset(LEGAL_TITLES)
        self.notice_words = frozenset(NOTICE_WORDS)

    def _bucket(self, head: str, long: bool, size: int) -> re.Pattern[str] | None:
        """The alternation of the patterns that can start with `head` (a line's first two characters)
        and match `size`+ characters (long lines: long classes only), in priority order.

        Python's `re` tries the alternatives one by one, each failing at its first characters: two
        characters leave a few patterns where one left dozens. Lines whose heads leave the same
        patterns share one compiled regex."""
        key = (head, long, size)
        if key in self._buckets:
            return self._buckets[key]
        if len(self._buckets) > _MEMO_MAX:
            # (text in a script with thousands of letters meets many heads; the compiled regexes stay)
            self._buckets.clear()
        ch = head[0]
        chosen: list[int] = []
        for e, (group, _p, fc, width, heads) in enumerate(self._entries):
            if long and group.split("__")[0] in _SHORT_CLASSES:
                continue
            if width < size:
                continue
            if heads is not None:
                # (a one-character line: its head is the whole line; a head shorter than two
                # characters is a whole match)
                if head in heads or (len(head) < 2 and any(h[:1] == head for h in heads)):
                    chosen.append(e)
            elif fc is None or ch in fc:
                chosen.append(e)
        rx = None
        if chosen:
            rx = self._compiled.get(tuple(chosen))
            if rx is None:
                groups: dict[str, list[str]] = {}
                for e in chosen:
                    groups.setdefault(self._entries[e][0], []).append(self._entries[e][1])
                rx = self._compiled[tuple(chosen)] = re.compile(
                    "|".join(f"(?P<{g}>{_alt(ps)})" for g, ps in groups.items()))
        self._buckets[key] = rx
        return rx

    def match(self, norm: str, n_words: int, tokens: list[str] | None = None) -> str | None:
        """The group (class__strength) whose pattern matches the whole normalized line, if any
        (`tokens`: the line split on whitespace, when the caller has it)."""
        exact = self._exact.get(norm)
        if exact is not None and exact.endswith("__strong"):
            return exact
        # the regex tables: the bucket of the line's first character, length and class range, then
        # the guarded patterns that can start anywhere
        size = len(norm)
        size = 0 if size < 40 else 40 if size < 80 else 80 if size < 160 else 160 if size < 320 else 320
        key = (norm[:2], n_words > self._long_max, size)
        rx = self._buckets.get(key, _UNSEEN)
        if rx is _UNSEEN:
            rx = self._bucket(*key)
        bucketed = None
        if rx is not None:
            m = rx.fullmatch(norm)
            if m is not None:
                bucketed = m.lastgroup
                if bucketed.endswith("__strong"):  # type: ignore[union-attr]
                    return bucketed if exact is None or self._prio[bucketed] < self._prio[exact] else exact
        found = self._match_anywhere(norm, n_words, norm.split() if tokens is None else tokens)
        if found is None or (bucketed is not None and self._prio[found] >= self._prio[bucketed]):
            found = bucketed
        if exact is None or (found is not None and self._prio[found] < self._prio[exact]):
            return found
        return exact

    def _match_anywhere(self, norm: str, n_words: int, tokens: list[str]) -> str | None:
        """The first guarded pattern (one that can start anywhere) that matches the line."""
        # (most lines hold no guard word: the test without building a set first)
        held = None if self._guard_words.isdisjoint(tokens) else self._guard_words.intersection(tokens)
        if held:
            size = len(norm)
            forms = self._guard_forms
            cands = forms[next(iter(held))] if len(held) == 1 else sorted({p for v in held for p in forms[v]})
            by_word = self._by_word
            for p in cands:
                _, lit, group, rx2, width, most = by_word[p]
                if size <= width and n_words <= most and lit in norm and rx2.fullmatch(norm):
                    return group
        for lit in self._text_lits_ascii:
            if lit in norm:
                break
        else:
            if norm.isascii():
                return None
            for lit in self._text_lits_other:
                if lit in norm:
                    break
            else:
                return None
        size = len(norm)
        for lit, group, rx2, width, most in self._by_text:
            if size <= width and n_words <= most and lit in norm and rx2.fullmatch(norm):
                return group
        return None

    def classify(self, norm: str, n_words: int) -> tuple[str, str] | None:
        """(class, strength) of a normalized line, strength in strong/weak/header; None if content
        (remembered for short lines: menus, buttons and titles recur from page to page)."""
        if len(norm) >= _MEMO_CHARS:
            return self._classify(norm, n_words)
        return self._memo[norm]  # type: ignore[return-value]

    def _inline_title(self, norm: str) -> bool:
        """Whether the line is a list title written as a line, a separator and more ("more from
        this section: <headline>")."""
        # (cheap tests first: most lines have no separator where a title could end, and start with a
        # word no title starts with)
        if _TITLE_SEP_RE.search(norm, 0, self._title_max + 2) is None:
            return False
        first = norm.split(" ", 1)[0]
        if first not in self._title_first and first.rstrip(":-–—|") not in self._title_first:
            return False
        for m in _TITLE_SEP_RE.finditer(norm, 0, self._title_max + 2):
            head = norm[:m.start()].rstrip(" ")
            if head in self._titles and norm[m.end():].strip(" "):
                return True
        return False

    def clear_memo(self) -> None:
        """Forget the lines classified so far."""
        self._memo.clear()

    def _classify(self, norm: str, n_words: int, tokens: list[str] | None = None) -> tuple[str, str] | None:
        group = self.match(norm, n_words, tokens)
        # (a line longer than a list's line can only be a list title's inline form to no effect)
        if (group.endswith("__weak") if group is not None else n_words <= _MAX_RELATED) and self._inline_title(norm):
            group = "related__inline"
        if group is not None:
            verdict, most = self._verdicts[group]
            if n_words <= most:
                return verdict
        if n_words <= _MAX_SHARE and norm.split(None, 1)[0].rstrip(",|/•·") in self.net_first \
                and self.share_bar.fullmatch(norm):
            return "share", "strong"
        if n_words <= _MAX_NAV:
            if norm.startswith(self.home_prefixes) and self.crumb.fullmatch(norm):
                return "navigation", "strong"
            # a crumb after a short label ("Sie sind hier: Startseite / Ratgeber"): the label may be
            # in any words, the crumb's own shape tells
            head, sep, rest = norm.partition(": ") if ": " in norm else (norm, "", "")
            if sep and head.count(" ") <= 3 and rest.startswith(self.home_prefixes) and self.crumb.fullmatch(rest) \
                    and all(i.count(" ") <= 2 for i in self.crumb_split.split(rest)):
                return "navigation", "strong"
            if ("›" in norm or "»" in norm) and not any(ch.isdigit() for ch in norm):
                # a trail of sections without "Home" in front ("Forums › Hardware › Monitors"): three or
                # more short items joined by an arrow no sentence uses
                items = [i.strip(_STRIP) for i in _TRAIL_SPLIT_RE.split(norm)]
                if len(items) >= 3 and all(i and i.count(" ") <= 2 for i in items):
                    return "navigation", "strong"
            if ("|" in norm or "•" in norm or "·" in norm or " / " in norm) and not norm.endswith("|"):
                # (a row of a pipe table ends with "|"; a menu does not)
                items = [i.strip(_STRIP) for i in self.menu_split.split(norm)]
                items = [i for i in items if i]
                if len(items) >= 3 and all(i.count(" ") <= 2 for i in items):
                    if any(i in self.nav_words for i in items):
                        return "navigation", "strong"
                    if len(items) >= 4 and not any(ch.isdigit() for ch in norm):
                        return "navigation", "weak"
                # a footer row with a credit or two in it ("Powered by WordPress | Theme by Astra |
                # Sitemap | Imprint"): longer items, but two of them menu words
                elif len(items) >= 4 and all(i.count(" ") <= 4 for i in items) \
                        and sum(i in self.nav_words for i in items) >= 2:
                    return "navigation", "strong"
        return None


_CUE_WORD_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|©")
# Classes whose short lines may have no strong cue word: buttons and calls to action ("Go home").
_BUTTON_CLASSES = frozenset({"error", "cookie", "login", "share"})
# HTTP client errors past 41x that error pages name: too many requests, headers too large, legal reasons.
_STATUS_4XX = frozenset({"429", "431", "451"})
# Classes whose short lines made only of their own words go wherever they stand.
_SURE_SHORT = frozenset({"newsletter", "comments", "login", "cookie", "share", "legal"})
# Code and prices are never furniture judged by its words ("if ($forbidden) {", "$74.99").
_CODE_RE = re.compile(r"[{}=;$<>_\[\]]|//|\(\)|\w\( ?\w|\w\.\w+ ?\)")
# A cell of a data table: a number, a measure, a date, a score or a price ("137", ".316", "6'0\"", "215lbs",
# "8/12/96", "24/176", "$7.99", "64.4%", "-0.5").
_NUM_CELL_RE = re.compile(r"[-+−$€£¥#]?(?:\d[\d.,:/'\"%×−-]*|\.\d+)[a-z]{0,3}\.?")


def table_rows(lines: list[str], min_rows: int = 3) -> frozenset[int]:
    """Lines of a table written as "a | b | c" rows, which no judge of furniture reads: a menu ("Home | News |
    Contact") is one line of words, a table has rows. A run of nonblank lines with as many cells each (2+
    pipes) is a table when it has `min_rows` rows or more (a comparison: "Linux | Yes | Yes | No"), or when
    one of its rows is a data row: 3+ cells, half of them numbers (a box score, a season's statistics)."""
    runs: list[list[int]] = []
    last = -1  # the pipes of the previous nonblank line (-1: none, or fewer than 2)
    for i, line in enumerate(lines):
        if not line or line.isspace():
            continue
        n = line.count("|")
        if n < 2:
            last = -1
            continue
        if n == last:
            runs[-1].append(i)
        else:
            runs.append([i])
            last = n
    rows: set[int] = set()
    for run in runs:
        if len(run) >= min_rows or any(_data_row(lines[i]) for i in run):
            rows.update(run)
    return frozenset(rows)


def _data_row(line: str) -> bool:
    parts = [c.strip() for c in line.strip().strip("|").split("|")]
    parts = [c for c in parts if c]
    return len(parts) >= 3 and 2 * sum(1 for c in parts if _NUM_CELL_RE.fullmatch(c)) >= len(parts)


def _likeliest(lm: Any, scores: np.ndarray) -> np.ndarray:
    """Per row of the line model's class scores, the column of the likeliest furniture class (the content
    column is set to -inf in place)."""
    scores[:, lm.classes.index("content")] = -np.inf
    return scores.argmax(1)


class CueJudge:
    """Judges a line by its words: is it made (almost) only of one class's vocabulary?

    The second judge, for lines no phrase pattern matched (data: `cuewords.py`). Per class it counts
    the line's strong cue words `s`, weak cue words `w` and the words it covers (its cues and the
    function words); then
    - a short line (at most `short_max` words) made only of furniture words (of any class, one
      number allowed) with a strong cue of the class, or with two weak ones for buttons and calls to
      action, is a line that goes with its context: `cue` (a strong cue in it) or `cue0` ("Go home",
      "Got it"); made only of its own class's words with `2s + w >= 4` (or 3 in 3+ words) it is
      `strong` for the classes in `_SURE_SHORT`; of the `related` class it is a list title
      (`cuehead`);
    - a longer line with a strong cue, `2s + w >= 4` and `(s + w) >= dense` of its words that are not
      function words is a `cue` line; with `s >= 3`, `dense_strong` and nearly every word covered it
      is a strong line.
    Lines that look like code or prices, and short lines with two numbers, are never judged.
    """

    def __init__(self, languages: tuple[str, ...], short_max: int = 6, dense: float = 0.4,
                 dense_strong: float = 0.5, dense_weak: float = 0.6, dense_near: float = 0.3) -> None:
        self.classes = [c for c in CUES if c in MAX_WORDS]
        self.short_max = short_max
        self.dense = dense
        self.dense_strong = dense_strong
        self.dense_weak = dense_weak
        self.dense_near = dense_near
        self._exact: dict[str, list[tuple[int, int]]] = {}
        self._prefix: dict[str, list[tuple[int, int]]] = {}
        for ci, cls in enumerate(self.classes):
            for lang in languages:
                table = CUES[cls].get(lang, {})
                for weight, kind in ((2, "strong"), (1, "weak")):
                    for word in table.get(kind, []):
                        target = self._prefix if word.endswith("*") else self._exact
                        target.setdefault(word.rstrip("*"), []).append((ci, weight))
        # the lengths of the stems that start with each 3 letters (every stem has 3+ letters)
        heads: dict[str, set[int]] = {}
        for k in self._prefix:
            heads.setdefault(k[:3], set()).add(len(k))
        self._stem_heads = {h: sorted(lens, reverse=True) for h, lens in heads.items()}
        self._memo = _LineMemo(self._judge)
        # list titles are short: a long line is never judged in the `related` class
        self._related = self.classes.index("related") if "related" in self.classes else -1
        self._strong_exact = frozenset(w for w, entries in self._exact.items()
                                       if any(wt == 2 and ci != self._related for ci, wt in entries))
        self._reset()

    def _reset(self) -> None:
        """Empty the per-class word sets (words join them as lines bring them: `_learn`)."""
        k = len(self.classes)
        func = frozenset(FUNCTION)
        self._func = func
        self._seen: set[str] = set()
        self._strong: list[set[str]] = [set() for _ in range(k)]
        self._weak: list[set[str]] = [set() for _ in range(k)]
        self._covers: list[set[str]] = [set(func) for _ in range(k)]  # cue words of the class + function words
        # strong cue words of the classes a long line can be judged in (not list titles)
        self._strong_long: set[str] = set()
        self._all_covers: set[str] = set(func)  # the words of every class, and function words
        # words for "free" and for "article", of a metered paywall's counter (`_meter`)
        self._meter_free: set[str] = set()
        self._meter_item: set[str] = set()

    def _learn(self, words: list[str]) -> None:
        """Put new words into the sets of the classes they are cues of (strongest weight per class)."""
        if len(self._seen) > 500_000:
            self._reset()
        related = self._related
        for word in words:
            if word in self._seen:
                continue
            self._seen.add(word)
            best: dict[int, int] = {}
            if len(word) == 3 and word.isdecimal() and (word[0] == "5" or (word[0] == "4" and word[1] in "01")
                                                        or word in _STATUS_4XX):
                best[0] = 2  # an HTTP status code (4[01]x, 429, 451, 5xx) is an error cue ("error" is the first class)
            for ci, wt in self._exact.get(word, ()):
                best[ci] = max(best.get(ci, 0), wt)
            head = word[:3]
            lens = self._stem_heads.get(head)
            if lens is not None:
                prefix = self._prefix
                for n in lens:
                    if n <= len(word):
                        for ci, wt in prefix.get(word[:n], ()):
                            best[ci] = max(best.get(ci, 0), wt)
            if head in _METER_HEADS:  # (one lookup for most words)
                if word.startswith(_METER_FREE):
                    self._meter_free.add(word)
                if word.startswith(_METER_ITEM):
                    self._meter_item.add(word)
            if not best:
                continue
            for ci, wt in best.items():
                (self._strong if wt == 2 else self._weak)[ci].add(word)
                self._covers[ci].add(word)
                self._all_covers.add(word)
                if wt == 2 and ci != related:
                    self._strong_long.add(word)

    def _meter(self, words: list[str]) -> bool:
        """Whether a line with a word for one month or week is a metered paywall's counter ("You have
        1 free article left this month"): a number, a word for "free" and one for "article" in it too
        (`patterns.METER_WORDS`)."""
        return (not self._meter_free.isdisjoint(words) and not self._meter_item.isdisjoint(words)
                and any(w.isdigit() for w in words))

    def near(self, norm: str, cls: str) -> bool:
        """Whether a line beside removed furniture of class `cls` is more of it: a strong cue word of
        the class and a fair share of its words (less than a line standing alone needs)."""
        ci = self.classes.index(cls) if cls in self.classes else -1
        if ci < 0 or ci == self._related:
            return False
        words = _CUE_WORD_RE.findall(norm)
        n = len(words)
        if n == 0 or n > MAX_WORDS[cls] or _CODE_RE.search(norm):
            return False
        if not self._seen.issuperset(words):
            self._learn(words)
        s = sum(map(self._strong[ci].__contains__, words))
        w = sum(map(self._weak[ci].__contains__, words))
        funcs = sum(map(self._func.__contains__, words))
        if s == 0:
            # only weaker words: most of the line must be made of them (a form's "Website" field
            # under "Name *": one or two words, every one the class's)
            if n <= 2:
                return w >= 1 and w + funcs == n
            return w >= 2 and w >= self.dense_weak * (n - funcs)
        return 2 * s + w >= 3 and s + w >= self.dense_near * (n - funcs)

    def strong_count(self, tokens: list[str]) -> int:
        """How many distinct tokens are strong cue words (whole words, not prefixes) of a class a
        long line can be judged in: a cheap test that depends on the line alone."""
        # (most lines hold no strong cue word at all: a test that builds no set first)
        if self._strong_exact.isdisjoint(tokens):
            return 0
        return len(self._strong_exact.intersection(tokens))

    def judge(self, norm: str) -> tuple[str, str] | None:
        """(class, strength) of a normalized line by its words, or None (remembered for short lines:
        menus, buttons and headings recur from page to page)."""
        if len(norm) < _MEMO_CHARS:
            return self._memo[norm]  # type: ignore[return-value]
        return self._judge(norm)

    def _judge(self, norm: str) -> tuple[str, str] | None:
        words = _CUE_WORD_RE.findall(norm)
        n = len(words)
        if n == 0:
            return None
        if not self._seen.issuperset(words):
            self._learn(words)
        if n <= _MAX_METER and not _METER_MONTH.isdisjoint(words) and self._meter(words):
            return "login", "strong"
        # (set lookups mapped over the words: C loops, this runs on most lines of every page)
        numbers = 0  # numbers that are no cue (an HTTP status code is one)
        union_full = False
        unknown = False  # a short line with one word no class knows
        if n > self.short_max:
            # a long line needs a strong cue word, or to be made only of furniture words
            if self._strong_long.isdisjoint(words) and not self._all_covers.issuperset(words):
                return None
        elif not self._all_covers.issuperset(words):
            # a short line is judged only when every word is some class's, a function word or a number
            rest = [w for w in words if w not in self._all_covers]
            if len(rest) == 1 and not rest[0].isdigit() and n >= 3:
                unknown = True  # ("Errore 404 - pagina inesistente"): two strong cue words must tell
            else:
                numbers = len(rest)
                if numbers > 1 or not rest[0].isdigit():
                    return None  # (two numbers: a phone number, a score, a date: not furniture)
            union_full = True
        else:
            union_full = True
        if _CODE_RE.search(norm):
            return None
        funcs = sum(map(self._func.__contains__, words))
        best: tuple[int, int, str, str] | None = None  # (rank, score, class, strength)
        for ci, cls in enumerate(self.classes):
            if n > MAX_WORDS[cls]:
                continue
            s = sum(map(self._strong[ci].__contains__, words))
            if s == 0 and cls not in _BUTTON_CLASSES and n <= self.short_max:
                continue
            w = sum(map(self._weak[ci].__contains__, words))
            score = 2 * s + w
            covered = sum(map(self._covers[ci].__contains__, words))
            if score < 2:
                continue
            # a short line may mix classes ("Log in to leave a comment"): made only of furniture words
            full = covered + numbers == n or (s >= 1 and union_full)
            if unknown:
                # a word no class knows: the line goes with its context if two of its words tell the class
                if s < 2 or covered + 1 != n or cls == "related":
                    continue
                strength = "cue"
            elif n <= self.short_max and full and (s >= 1 or cls in _BUTTON_CLASSES):
                if cls == "related":
                    # a list title is made of its own class's words only ("Popular this week")
                    if score < 2 or covered != n:
                        continue
                    # one telling word ("Aanbevolen", "From our partners") needs a longer list under it
                    strength = "cuehead" if score >= 3 else "cuehead1"
                elif s >= 1 and covered == n and cls in _SURE_SHORT and (score >= 4 or (
                        score == 3 and n >= 3 and cls != "legal")):
                    # made only of its own class's words, two of them telling: "Get our free weekly
                    # newsletter", "Comments are closed"; it goes wherever it stands
                    strength = "strong"
                else:
                    # "cue": a strong cue word in it; "cue0": only weak ones ("Go home", "Got it")
                    strength = "cue" if s >= 1 else "cue0"
            elif cls == "related":
                continue  # a list title is short; prose about "more popular stories" is not one
            elif s == 0:
                # a longer line made only of the class's weaker words, most of them its own ("Don't
                # miss out! Sign up for breaking news alerts"): it goes only with its context
                if n > self.short_max and w >= 4 and covered == n and w >= self.dense_weak * (n - funcs):
                    strength = "cue0"
                else:
                    continue
            elif n > self.short_max and s >= 1 and score >= 4 and s + w >= self.dense * (n - funcs):
                strength = "cue"
                if s >= 3 and s + w >= self.dense_strong * (n - funcs) and covered >= 0.85 * n:
                    strength = "strong"
            else:
                continue
            rank = 3 if strength == "strong" else 2 if strength in ("cue", "cuehead", "cuehead1") else 1
            if best is None or (rank, score) > best[:2]:
                best = (rank, score, cls, strength)
        return None if best is None else (best[2], best[3])


def _guardable(pattern: str) -> bool:
    """Whether a pattern has a word or text every match must hold, to test lines for first."""
    lit = required_literal(pattern)
    return len(required_word(pattern)) >= 4 or len(lit) >= 4 or (bool(lit) and not lit.isascii())


@lru_cache(maxsize=16)
def cue_judge(languages: tuple[str, ...]) -> CueJudge:
    """The cue-word judge for a set of languages (built once per process)."""
    return CueJudge(languages)


@lru_cache(maxsize=16)
def matcher(languages: tuple[str, ...]) -> Matcher:
    """The compiled matcher for a set of languages (built once per process)."""
    return Matcher(languages)


def _norm(norms: dict[int, str], lines: list[str], i: int) -> str:
    """Line i normalized (computed once in the first pass when the line was classified)."""
    got = norms.get(i)
    return normalize_line(lines[i]) if got is None else got


def _opens_page(got: tuple[str, str], line: str) -> bool:
    """Whether one weak line alone at the top of the page goes: an error message read by its words
    (a sentence, not a headline that happens to say "unavailable"), or a short menu line ("Sections",
    "Page 2 of 14", "« Back to all news")."""
    end = line.rstrip()
    n_words = len(line.split())  # (whitespace runs, indentation, tabs: one gap)
    if got == ("error", "cue"):
        # (or an error page's title with its HTTP status in it: "Service Unavailable (503)")
        return end.endswith((".", "!")) or (n_words <= 8 and _STATUS_CODE_RE.search(line) is not None)
    # (a line the tables name, such as "Showing 1–24 of 318 results", may be a little longer than one
    # judged by its words)
    most = 8 if got[1] == "weak" else 5
    return got[0] == "navigation" and n_words <= most and not end.endswith((".", "!", "?"))


def _label_of(norm: str, line: str, max_words: int = 4) -> bool:
    """Whether a line is a short label ending in ":" ("How we make money:", "Alerta:"): over a line
    removed as furniture it is that block's own title, and goes with it."""
    return bool(norm) and line.rstrip().endswith(":") and norm.count(" ") < max_words


def _headline_like(line: str, max_words: int) -> bool:
    """A short line that reads as a link title, date or tag rather than a sentence of prose."""
    s = line.strip()
    if not s or len(s) > 12 * max_words:
        return False
    if len(s.split()) > max_words:
        return False
    return not (s.endswith((".", ":", ";", ",")) and not s.endswith(("...", "…")))


class RemoveBoilerplate(Step):
    """Remove non-content lines and blocks, recording each with reason `boilerplate:<class>`."""

    name: ClassVar[str] = "remove_boilerplate"
    fields: ClassVar[dict[str, str]] = {"boilerplate_lines": "int64"}

    def __init__(
        self,
        languages: list[str] | tuple[str, ...] | None = None,
        classes: list[str] | tuple[str, ...] | None = None,
        max_list_items: int = 12,
        headline_max_words: int = 16,
        disclaimer_max_words: int = 250,
        error_page_min_words: int = 20,
        cues: bool = True,
        model: bool = True,
        model_weak: float = 2.0,
        model_strong: float = 4.0,
        model_max_chars: int = 600,
        model_strong_words: int = 5,
        model_related: float = 1.5,
        model_short_chars: int = 200,
        model_few_words: int = 3,
        model_few_margin: float = 1.0,
        model_sentence_margin: float = 2.0,
        model_beside: float | None = 0.0,
        model_beside_words: int = 20,
        model_beside_depth: int = 2,
        model_run: float | None = 3.0,
        model_run_lines: int = 2,
        weak_beside: bool = True,
        title_stops: str = ".,;?",
        title_ellipsis: bool = True,
    ) -> None:
        """
        languages: pattern tables to use (default all: en de fr es it pt nl ru).
        classes: boilerplate classes to remove (default all).
        max_list_items: most lines a "Related"/"Most read" title takes with it; a title followed by
            more short lines than this heads the article's own list, and goes alone.
        headline_max_words: longest line counted as a headline in such a list.
        disclaimer_max_words: longest paragraph a "Disclaimer:" title takes with it.
        error_page_min_words: a page with an error banner and fewer words left is an error page.
        cues: also judge lines no phrase matched by their words (`CueJudge`, `cuewords.py`).
        model: also judge the lines neither found by the learned line model (`linemodel.py`).
        model_weak, model_strong: the model's furniture score (log-odds against content, scaled at training so
            that 0.2% of the words of held-out article text score above 2.4) above which
            a line is weak or strong furniture.
        model_max_chars: longest line the model judges (furniture lines are short; a disclaimer is a
            paragraph).
        model_short_chars: longest line the model judges wherever it stands; a longer one is judged
            only at the page's edges or beside furniture found (the cost of the model is in paragraphs).
        model_related: the score above which a line the model reads as a related-list title
            ("Up next in Podcasts") is one: it goes only with a list of headlines under it.
        model_few_words, model_few_margin: a line of this many words or fewer is weak furniture only
            above model_weak + model_few_margin (a name or a heading of two words has few n-grams, and
            one shared with furniture weighs too much).
        model_sentence_margin: a line that ends a sentence (".", "!", "?") needs this much more to be
            weak or strong furniture (prose about cookies or outages is sentences; most furniture is not;
            tuned on the false cuts of the odd prose documents and golds).
        model_beside: a line the model scores above this goes when it stands next to removed furniture,
            with that furniture's class, and so on outwards (the rest of a cookie banner or a share bar
            whose other lines were found; a line ending a sentence, or of model_few_words or fewer, needs
            the same margins as above); None: never. Tuned on junk set 14 and the odd golds: furniture
            removed 68.8% -> 74.9%, aeb's odd false cuts 0.35% -> 0.43%.
        model_beside_words: longest line (in words) that goes so (a paragraph beside furniture is content).
        model_beside_depth: how many such lines in a row go beside furniture found by another rule.
        model_run, model_run_lines: model_run_lines or more lines in a row, each scored above model_beside
            (with the margins) and read as one same class, none of them code, go together when one scores
            above model_run; None: never. Chosen on sets 15-17 against false cuts (set 17, odd pages:
            furniture 69.9% -> 71.7%, false cuts of aeb unchanged, of wcxb articles 0.259% -> 0.264%); without
            the one-class condition, lists of specs and code went.
        weak_beside: a weak line (a lone network name, a button) next to a line that the rules after the
            runs of weak lines removed (beside furniture, runs of one class) goes with it too.
        model_strong_words: fewest words of a line the model may judge strong: a heading of a few
            words ("Ihre Aufgaben") gives it too little to read, so it goes only with context.
        title_stops, title_ellipsis: a line ending in one of these marks ends a sentence, and is no list title
            (an interview's question over short answers); one ending in an ellipsis is a title when
            title_ellipsis ("More from this series..."), as one ending in "!" is ("Don't miss!").
            Sets 24 and 23, odd pages: furniture 66.73 -> 67.10% and 77.89 -> 78.41%, false cuts unchanged.
        (tamis defaults, measured on the ground-truth article texts in bench/clean_bench.py.)
        """
        self.languages = list(languages) if languages else list(LANGUAGES)
        unknown = [lang for lang in self.languages if lang not in PATTERNS]
        if unknown:
            raise ValueError(f"no boilerplate table for language {unknown[0]!r}; have {', '.join(LANGUAGES)}")
        self.classes = list(classes) if classes else list(CLASSES)
        bad = [c for c in self.classes if c not in CLASSES]
        if bad:
            raise ValueError(f"unknown boilerplate class {bad[0]!r}; valid: {', '.join(CLASSES)}")
        self.max_list_items = max_list_items
        self.headline_max_words = headline_max_words
        self.disclaimer_max_words = disclaimer_max_words
        self.error_page_min_words = error_page_min_words
        self.cues = cues
        self.model = model
        self.model_weak = model_weak
        self.model_strong = model_strong
        self.model_max_chars = model_max_chars
        self.model_strong_words = model_strong_words
        self.model_related = model_related
        self.model_short_chars = model_short_chars
        self.model_few_words = model_few_words
        self.model_few_margin = model_few_margin
        self.model_sentence_margin = model_sentence_margin
        self.model_beside = model_beside
        self.model_beside_words = model_beside_words
        self.model_beside_depth = model_beside_depth
        self.model_run = model_run
        self.model_run_lines = model_run_lines
        self.weak_beside = weak_beside
        self.title_stops = title_stops
        self.title_ellipsis = title_ellipsis
        self._matcher: Matcher | None = None
        self._judge: CueJudge | None = None
        self._classes = frozenset(self.classes)
        self._model_allowed: list[bool] | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_matcher"] = None
        state["_judge"] = None
        return state

    def find(self, lines: list[str]) -> dict[int, str]:
        """Line index -> reason for each boilerplate line of a text split into lines."""
        return self.find_many([lines])[0]

    def find_many(self, pages: list[list[str]]) -> list[_Drops]:
        """`find` for many pages: the line model scores the lines of all of them in one batch (a call
        per page would cost more than the scoring)."""
        runs = [self._find(lines) for lines in pages]
        states = [next(g) for g in runs]
        if self.model:
            self._model_judge(states)
        out = []
        for g in runs:
            try:
                g.send(None)
            except StopIteration as done:
                out.append(done.value)
        return out

    def _find(self, lines: list[str]) -> Generator[tuple, None, _Drops]:
        """`find` in two halves: it yields (lines, idx, found, hits) once the tables and the cue judge
        have read the page, for the line model to add its verdicts, then decides with context."""
        m = self._matcher
        if m is None:
            m = self._matcher = matcher(tuple(sorted(self.languages)))
        # Nonblank lines with their class (or None): the context is judged over nonblank lines.
        idx: list[int] = []
        found: list[tuple[str, str] | None] = []
        # The normalized short lines (under 40 characters), for the disclaimer-title test below.
        norms: dict[int, str] = {}
        memo = m._memo
        classify_long = m._classify
        # (the whitespace tokens of a line too long for the memory, shared by the matcher and the judge)
        pending_tokens: dict[int, list[str]] = {}
        cj = None
        if self.cues:
            cj = self._judge
            if cj is None:
                cj = self._judge = cue_judge(tuple(sorted(self.languages)))
        pending: dict[int, str] = {}
        hits: list[int] = []  # nonblank lines found so far (their neighbours are judged)
        longest = _LONGEST + 8  # generous: normalization may merge a few spaces
        # Lines that may be a legal title, looked at again below: one holding a colon ("Disclaimer:
        # ..."), or a short one that is a legal title on its own ("Notice").
        titles = m.legal_titles
        maybe: list[int] = []
        short_max = cj.short_max if cj is not None else 0
        judge_short = cj.judge if cj is not None else None
        # (bound methods and constants as locals: this loop runs once per line of every page)
        add_idx, add_found, add_maybe, add_hit = idx.append, found.append, maybe.append, hits.append
        memo_chars = _MEMO_CHARS
        # (rows of a data table: neither the tables nor the line model read them; most pages have no pipe)
        table = table_rows(lines) if any("|" in line for line in lines) else frozenset()
        skip: set[int] = set()  # their nonblank positions, for the line model
        for i, line in enumerate(lines):
            if not line or line.isspace():
                continue
            k = len(found)
            add_idx(i)
            colon = ":" in line
            if line.count(" ") >= longest:
                if colon:
                    add_maybe(k)
                add_found(None)
                continue
            if "|" in line:
                s = line.strip()
                if i in table:
                    skip.add(k)
                if (s[0] == "|" and s[-1] == "|") or i in table:  # a row of a pipe table, not a menu
                    if colon or (len(line) < 40 and normalize_line(line) in titles):
                        add_maybe(k)
                    add_found(None)
                    continue
            norm = normalize_line(line)
            if len(line) < 40:
                norms[i] = norm
                if colon or norm in titles:
                    add_maybe(k)
            elif colon:
                add_maybe(k)
            if not norm:
                add_found(None)
                continue
            n_words = norm.count(" ") + 1
            if len(norm) < memo_chars:
                got = memo[norm]
                tokens = None
            else:
                tokens = norm.split()
                got = classify_long(norm, n_words, tokens)
            if got is None and judge_short is not None:
                if n_words > short_max:
                    pending[k] = norm  # judged below, and only beside other furniture
                    if tokens is not None:
                        pending_tokens[k] = tokens
                else:
                    got = judge_short(norm)
                    if got is not None and got[1] in ("cuehead", "cuehead1") and self._ends_sentence(line):
                        got = None  # a list title does not end a sentence
            if got is not None:
                add_hit(k)
            add_found(got)
        n = len(idx)
        if cj is not None and pending:
            self._judge_pending(found, pending, pending_tokens, hits, cj)  # (adds what it finds to hits)
        # (the lines the line model scored above model_beside: nonblank line -> (score, its likeliest class))
        near_miss: dict[int, tuple[float, str]] = {}
        yield lines, idx, found, hits, near_miss, skip
        drop: dict[int, str] = {}
        legal = "legal" in self._classes
        todo = sorted(set(hits).union(maybe)) if legal else sorted(hits)
        k = 0  # the first line not yet decided (a block taken by a title is skipped)
        for at in todo:
            if at < k:
                continue
            k = at
            f = found[k]
            if f is None:
                # "Legal notice: … accepts no liability …" on one line: a legal title, a colon and
                # legal wording after it. Generic titles ("Note:") are not enough on their own.
                if ":" in lines[idx[k]] and self._inline_legal(lines[idx[k]], m):
                    drop[idx[k]] = "legal"
                    k += 1
                    continue
                # A bare "Notice:" title goes only with a legal paragraph under it.
                # So does a short title ending in ":" with a notice word ("Risk warning:").
                if self._titled_legal(lines, idx, found, norms, k, drop, m, cj):
                    k += 2
                    continue
                k += 1
                continue
            cls, strength = f
            if cls not in self._classes:
                k += 1
                continue
            if strength == "strong" or strength == "inline" or strength == "mstrong":
                drop[idx[k]] = cls
                if cls == "legal" and k + 1 < n and found[k + 1] is None:
                    self._legal_block(lines, idx, k, drop, m, cj)
            elif cls == "legal" and self._titled_legal(lines, idx, found, norms, k, drop, m, cj):
                # a weaker legal title ("Editor's note:") takes the legal paragraph under it, and goes
                # with it (alone it is left to the context rules below)
                k += 2
                continue
            elif strength == "header":
                drop[idx[k]] = "related"
                k = self._related_block(lines, idx, found, k, drop)
                continue
            elif strength in ("cuehead", "cuehead1"):
                # A title judged by its words alone goes only with a list of 2+ headlines under it
                # (3+ when one word of it tells).
                items: dict[int, str] = {}
                j = self._related_block(lines, idx, found, k, items)
                if len(items) >= (2 if strength == "cuehead" else 3):
                    drop.update(items)
                    drop[idx[k]] = "related"
                    k = j
                else:
                    found[k] = None
                    k += 1
                continue
            k += 1
        # Weak lines: only inside a run of boilerplate that holds a removed line, or at the edges.
        live = [k for k in sorted(hits) if found[k] is not None]
        r0 = 0
        while r0 < len(live):
            r1 = r0 + 1
            while r1 < len(live) and live[r1] == live[r1 - 1] + 1:
                r1 += 1
            k, j = live[r0], live[r1 - 1] + 1  # found[k:j] is one run of lines some judge found
            r0 = r1
            run = range(k, j)
            weak = [r for r in run if idx[r] not in drop and found[r][1] in _WEAK  # type: ignore[index]
                    and found[r][0] in self._classes]  # type: ignore[index]
            if weak:
                anchored = any(idx[r] in drop for r in run)
                at_end = j == n
                at_start = k == 0 and (j - k >= 2 or (j - k == 1 and _opens_page(found[k], lines[idx[k]])))
                # Two or more weak lines of one class together ("Share:", "Facebook") are a block;
                # lines judged by their words alone count only when they hold a strong cue word.
                sure = [r for r in weak if found[r][1] != "cue0"]  # type: ignore[index]
                same = len(sure) >= 2 and (len(sure) == len(weak) or len({found[r][0] for r in weak}) == 1)  # type: ignore[index]
                if anchored or at_end or at_start or same:
                    for r in weak:
                        drop[idx[r]] = found[r][0]  # type: ignore[index]
        if cj is not None and drop:
            self._beside(lines, idx, found, drop, cj)
        if near_miss and self.model_run is not None:
            self._model_runs(lines, idx, drop, near_miss)
        if near_miss and drop:
            self._model_beside(idx, drop, near_miss)
        if drop and self.weak_beside:
            added = self._weak_beside(lines, idx, found, drop)
            if added and near_miss:
                # (only from the weak lines that just went: the lines the walk above took were walked
                # from already, and walked from again they would take model_beside_depth lines more)
                self._model_beside(idx, drop, near_miss, added)
        out = _Drops({i: "boilerplate:" + c for i, c in drop.items()})
        # (the error lines only the line model found: its verdict alone never makes a page an error page)
        if "error" in drop.values():
            out.model_errors = frozenset(idx[k] for k, f in enumerate(found) if f is not None and f[0] == "error"
                                         and f[1] in _MODEL_ONLY and idx[k] in drop)
        return out

    def _model_judge(self, states: list[tuple]) -> None:
        """Score the lines no other judge found with the learned line model, all pages in one batch.

        Every short line is scored. A longer one (a paragraph, most of an article's text) is scored
        only at the page's edges or beside furniture found: standing alone it could only be a strong
        line, and paragraphs are where scoring costs most.
        """
        from tamis.clean import linemodel  # (numba: loaded when the step first judges a line)

        lm = linemodel.load()
        short = self.model_short_chars
        most = self.model_max_chars
        jobs: list[tuple[int, int]] = []  # (page, nonblank line)
        longer: list[set[int]] = []
        for p, (lines, idx, found, _, _, skip) in enumerate(states):
            # (three cheap passes cost less than one that builds a tuple per line)
            todo = [k for k, f in enumerate(found) if f is None]
            # (a line ending in ";" is a clause of a sentence listed item by item, or a statement of code:
            # furniture never ends so, and the model, which reads "·" and short items as a menu, does not judge it)
            todo = [k for k in todo if k not in skip and lines[idx[k]].rstrip()[-1:] != ";"]
            lens = [len(lines[idx[k]]) for k in todo]
            jobs.extend(zip(repeat(p), compress(todo, [n <= short for n in lens])))
            longer.append({k for k, n in zip(todo, lens) if short < n <= most} if max(lens, default=0) > short
                          else set())
        new = self._model_batch(lm, states, jobs)
        # then the longer lines at the edges or beside furniture, and beside those found in turn
        near: list[set[int]] = []
        for p, (_, _, found, hits, _, _) in enumerate(states):
            near.append({0, len(found) - 1}.union(j for k in hits for j in (k - 1, k + 1)) if longer[p] else set())
        while True:
            jobs = []
            for p in range(len(states)):
                batch = sorted(near[p].intersection(longer[p]))
                longer[p].difference_update(batch)
                jobs += [(p, k) for k in batch]
            if not jobs:
                return
            new = self._model_batch(lm, states, jobs)
            near = [{j for k in ks for j in (k - 1, k + 1)} for ks in new]

    def _ends_sentence(self, line: str) -> bool:
        """Whether a line ends as a sentence does (a list title does not)."""
        s = line.rstrip()
        if self.title_ellipsis and (s.endswith("...") or s.endswith("…")):
            return False
        return s[-1] in self.title_stops

    def _model_batch(self, lm: Any, states: list[tuple], jobs: list[tuple[int, int]]) -> list[list[int]]:
        """Judge the lines `jobs` ((page, nonblank line)) with the model; per page, those it found."""
        new: list[list[int]] = [[] for _ in states]
        if not jobs:
            return new
        # (the features read no whitespace at the edges: no need to strip)
        texts = [states[p][0][states[p][1][k]] for p, k in jobs]
        least = min(self.model_weak, self.model_related)
        junk, sure, scores = lm.judge(texts, least)
        best = _likeliest(lm, scores)  # (judge gives a (0, classes) array when no line is sure: no special case)
        if self.model_beside is not None:
            self._near_misses(lm, states, jobs, texts, junk, dict(zip(sure.tolist(), best.tolist())))
        if not len(sure):
            return new
        allowed = self._model_allowed
        if allowed is None:
            allowed = self._model_allowed = [c in self._classes for c in lm.classes]
        # (a line whose class is one not asked for is left alone)
        for b, r in zip(best.tolist(), sure.tolist()):
            if not allowed[b]:
                continue
            cls = lm.classes[b]
            p, k = jobs[r]
            if cls == "related":
                if junk[r] <= self.model_related or self._ends_sentence(texts[r]):
                    continue  # (a list title does not end a sentence: an interview's question does)
                verdict = (cls, "cuehead")  # a list title goes only with a list under it
            else:
                n_words = len(texts[r].split())
                score = junk[r] - (self.model_sentence_margin if texts[r].rstrip()[-1] in ".!?" else 0)
                if score <= self.model_weak + (self.model_few_margin if n_words <= self.model_few_words else 0):
                    continue
                strong = score > self.model_strong and n_words >= self.model_strong_words
                verdict = (cls, "mstrong" if strong else "model")
            states[p][2][k] = verdict
            states[p][3].append(k)
            new[p].append(k)
        return new

    def _beside(self, lines: list[str], idx: list[int], found: list, drop: dict[int, str], cj: CueJudge) -> None:
        """A line next to removed furniture that holds the same class's words goes with it ("Sign up
        for our newsletter" then "Check your inbox to confirm your subscription")."""
        todo = [(bisect_left(idx, i), c) for i, c in drop.items() if c != "related"]
        while todo:
            k, cls = todo.pop()
            for j in (k - 1, k + 1):
                if j < 0 or j >= len(idx) or idx[j] in drop or found[j] is not None:
                    continue
                line = lines[idx[j]]
                if line.count(" ") > MAX_WORDS[cls] + 8:
                    continue
                norm = normalize_line(line)
                if cj.near(norm, cls) or (j == k - 1 and (
                        (cls == "legal" and _label_of(norm, line))
                        or (cls == "share" and self._share_title(norm, line, lines[idx[k]])))):
                    drop[idx[j]] = cls
                    todo.append((j, cls))

    def _near_misses(self, lm: Any, states: list[tuple], jobs: list[tuple[int, int]], texts: list[str],
                     junk: np.ndarray, classed: dict[int, int]) -> None:
        """Record the lines of `jobs` scored above model_beside (with the margins) in each page's near-miss
        map, with their likeliest class: known for the lines scored as furniture (`classed`: row -> class
        column), computed here only for a line with such a neighbour (alone it can form no run)."""
        floor = self.model_beside
        rows: list[int] = []
        for r in np.flatnonzero(junk > floor).tolist():
            text = texts[r]
            # (the cap counts spaces: a line holding runs of spaces, hard-wrapped prose, counts more)
            if text.count(" ") >= self.model_beside_words:
                continue
            margin = self.model_sentence_margin if text.rstrip()[-1] in ".!?" else 0.0
            # (a few words counted as _model_batch counts them: one line, one margin, whichever rule reads it)
            if len(text.split()) <= self.model_few_words:
                margin += self.model_few_margin
            if junk[r] - margin > floor:  # (a sentence or a few words need the same margins as furniture)
                rows.append(r)
                p, k = jobs[r]
                got = classed.get(r)
                states[p][4][k] = (float(junk[r]), lm.classes[got] if got is not None else "")
        if self.model_run is None:
            return
        todo = [r for r in rows if r not in classed
                and (jobs[r][1] - 1 in states[jobs[r][0]][4] or jobs[r][1] + 1 in states[jobs[r][0]][4])]
        if todo:
            for r, b in zip(todo, _likeliest(lm, lm.scores([texts[r] for r in todo])).tolist()):
                p, k = jobs[r]
                states[p][4][k] = (states[p][4][k][0], lm.classes[b])

    def _model_runs(self, lines: list[str], idx: list[int], drop: dict[int, str],
                    near_miss: dict[int, tuple[float, str]]) -> None:
        """Lines in a row that the model scores above model_beside and reads as one class go together when
        one of them scores above model_run: a block of furniture whose lines each say too little alone
        (a consent banner's partner count and its buttons). A list of the article's own (specs, code,
        menu items of a how-to) mixes classes, and code never counts."""
        least, above = self.model_run_lines, self.model_run
        ks = sorted(near_miss)
        r0 = 0
        while r0 < len(ks):
            cls = near_miss[ks[r0]][1]
            r1 = r0 + 1
            while r1 < len(ks) and ks[r1] == ks[r1 - 1] + 1 and near_miss[ks[r1]][1] == cls:
                r1 += 1
            run = ks[r0:r1]
            r0 = r1
            if len(run) < least or cls not in self._classes or max(near_miss[k][0] for k in run) <= above:
                continue
            if any(_CODE_RE.search(lines[idx[k]]) for k in run):
                continue
            for k in run:
                if idx[k] not in drop:
                    drop[idx[k]] = cls

    def _weak_beside(self, lines: list[str], idx: list[int], found: list, drop: dict[int, str]) -> list[int]:
        """A weak line (a lone "Tumblr", a button) next to a line that a later context rule removed goes
        with it, and makes its weak neighbours go in turn: the runs above saw only the lines the tables,
        the cue judge and the model found. Code never goes so. Returns the lines that went (nonblank
        positions)."""
        todo = [bisect_left(idx, i) for i in drop]
        classes = self._classes
        added: list[int] = []
        while todo:
            k = todo.pop()
            for j in (k - 1, k + 1):
                if 0 <= j < len(idx) and idx[j] not in drop:
                    f = found[j]
                    if f is not None and f[1] in _WEAK and f[0] in classes and not _CODE_RE.search(lines[idx[j]]):
                        drop[idx[j]] = f[0]
                        todo.append(j)
                        added.append(j)
        return added

    def _model_beside(self, idx: list[int], drop: dict[int, str], near_miss: dict[int, tuple[float, str]],
                      seeds: list[int] | None = None) -> None:
        """A line the model scored as nearly furniture goes when it stands next to removed furniture,
        with its class ("Load video anyway" under a cookie banner's buttons), and makes its own
        neighbours eligible in turn, up to `model_beside_depth` lines away from furniture another rule
        removed. `seeds`: the removed lines to walk from (nonblank positions; default every removed line)."""
        if seeds is None:
            todo = [(bisect_left(idx, i), c, 0) for i, c in drop.items()]
        else:
            todo = [(k, drop[idx[k]], 0) for k in seeds]
        depth = self.model_beside_depth
        while todo:
            k, cls, d = todo.pop()
            if d >= depth:
                continue
            for j in (k - 1, k + 1):
                if j in near_miss and idx[j] not in drop:
                    drop[idx[j]] = cls
                    todo.append((j, cls, d + 1))

    def _share_title(self, norm: str, line: str, below: str) -> bool:
        """A short title over a row of network names ("Stuur door naar een vriend" over "LinkedIn,
        Threads") is the share bar's own title: not a sentence, at most 5 words."""
        if not norm or norm.count(" ") > 4 or line.rstrip()[-1:] in ".!?" or below.rstrip()[-1:] in ".!?":
            return False
        nets = self._matcher.net_names  # type: ignore[union-attr]
        items = [i for i in _NET_SPLIT_RE.split(normalize_line(below)) if i]
        return bool(items) and all(i in nets for i in items)

    @staticmethod
    def _judge_pending(found: list, pending: dict[int, str], tokens: dict[int, list[str]], hits: list[int],
                       cj: CueJudge) -> None:
        """Judge the longer lines no phrase matched, by their words, where it can matter.

        A line judged by its words goes only beside other furniture or at the top or bottom of
        the page, so only those are judged (most of a page is prose between prose: judging every
        line would cost more than all the phrase tables). A line found this way makes its own
        neighbours eligible in turn.
        """
        last = len(found) - 1
        todo = [k for k in (0, last) if k in pending]
        todo += [j for k in hits for j in (k - 1, k + 1) if j in pending]
        while todo:
            k = todo.pop()
            norm = pending.pop(k, None)
            if norm is None:
                continue
            got = cj.judge(norm)
            if got is None:
                continue
            found[k] = got
            hits.append(k)
            todo += [j for j in (k - 1, k + 1) if j in pending]
        # Prose lines with two strong cue words (a cheap test on whitespace tokens) may still be a
        # disclaimer or a newsletter box standing alone: those count if they are judged strong.
        # (only lines under 400 characters: a disclaimer or a sign-up box is not a long paragraph)
        # (and so may a metered paywall's counter: "3 of 5 free stories left this month")
        for k, norm in pending.items():
            if len(norm) >= 400:
                continue
            toks = tokens.get(k) or norm.split()
            if cj.strong_count(toks) >= 2 or not _METER_MONTH.isdisjoint(toks):
                got = cj.judge(norm)
                if got is not None and got[1] == "strong":
                    found[k] = got
                    hits.append(k)

    @staticmethod
    def _inline_legal(line: str, m: Any) -> bool:
        head, sep, rest = line.strip().partition(":")
        if not sep or len(head) > 40 or len(rest) < 20:
            return False
        head_n = normalize_line(head)
        return (head_n in m.legal_titles and any(w in head_n for w in LEGAL_HEAD_WORDS)
                and m.legal_cue.search(rest.lower()) is not None)

    @staticmethod
    def _notice_title(norm: str, line: str, m: Matcher, known: bool = False) -> bool:
        """A legal title ("Notice:"), or a short title ending in ":" with a notice word ("Risk warning:"),
        or one the tables name as legal (`known`: "Editorial independence:")."""
        if norm in m.legal_titles:
            return True
        return _label_of(norm, line, 3) and (known or not m.notice_words.isdisjoint(norm.split()))

    def _titled_legal(self, lines: list[str], idx: list[int], found: list, norms: dict[int, str], k: int,
                      drop: dict[int, str], m: Matcher, cj: CueJudge | None) -> bool:
        """Whether line k is a short notice title over a legal paragraph no judge found: both go."""
        if k + 1 >= len(idx) or found[k + 1] is not None or len(lines[idx[k]]) >= 40 \
                or not self._notice_title(_norm(norms, lines, idx[k]), lines[idx[k]], m,
                                          found[k] is not None and found[k][0] == "legal"):
            return False
        self._legal_block(lines, idx, k, drop, m, cj)
        if idx[k + 1] not in drop:
            return False
        drop[idx[k]] = "legal"
        return True

    def _legal_block(self, lines: list[str], idx: list[int], k: int, drop: dict[int, str], m: Matcher,
                     cj: CueJudge | None = None) -> None:
        """A disclaimer title alone on its line takes the legal paragraph under it (legal wording, or
        the legal class's cue words read by the judge)."""
        title = normalize_line(lines[idx[k]])
        if title.count(" ") > 3:
            return
        nxt = lines[idx[k + 1]]
        if nxt.count(" ") + 1 <= self.disclaimer_max_words and (
                m.legal_cue.search(nxt.lower()) or (cj is not None and cj.near(normalize_line(nxt), "legal"))):
            drop[idx[k + 1]] = "legal"

    def _related_block(self, lines: list[str], idx: list[int], found: list, k: int, drop: dict[int, str]) -> int:
        """A list title takes the headline-like lines under it; returns where scanning resumes."""
        j = k + 1
        taken = 0
        spaced: bool | None = None  # whether the list's lines are separated by blank lines
        items: list[int] = []
        while j < len(idx):
            if taken == self.max_list_items:
                # More short lines than any link list has: this is the article's own list (a meal
                # plan, a table), so the title goes alone.
                return k + 1
            f = found[j]
            if f is not None and f[1] not in _CUE_ONLY and f != ("related", "inline"):
                break  # other boilerplate is judged on its own (a headline judged by its words alone is not)
            # ("Category: Energy" inside the list is one of its lines: the list goes on under it)
            if f != ("related", "inline") and not _headline_like(lines[idx[j]], self.headline_max_words):
                break
            # A list keeps one layout: a blank line where its items had none ends it (the article
            # resumes), and so does a missing one where they had one.
            gap = idx[j] - idx[j - 1] > 1
            if spaced is None:
                spaced = gap
            elif gap != spaced:
                break
            items.append(idx[j])
            taken += 1
            j += 1
        for i in items:
            drop[i] = "related"
        return j

    def process(self, doc: Document) -> Document:
        """Drop boilerplate lines; reject pages that were only an error banner or only furniture."""
        return self.process_batch([doc])[0]

    def process_batch(self, docs: list[Document]) -> list[Document]:
        """`process` for a batch: the line model reads the lines of all its pages at once."""
        live = []
        for doc in docs:
            if doc.kind != "text":
                continue
            if not _HAS_WORD_RE.search(doc.text):
                doc.reject("empty", self.name)
                continue
            live.append(doc)
        # The cyclic garbage collector is paused while the batch is judged, and collects once after it.
        # Judging allocates a few small objects per line (tokens, verdicts, memo entries); left on, the
        # collector walks every live object (the tables, the model, the engine's) again and again, and
        # measured 15-25% of this step's time. The step makes no reference cycles, so memory is freed
        # as before; the pause lasts one batch.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            for doc, drops in zip(live, self.find_many([doc.view.lines for doc in live])):
                self._apply(doc, drops)
        finally:
            if paused:
                gc.enable()
        return docs

    def _apply(self, doc: Document, drops: _Drops) -> None:
        doc.metadata["boilerplate_lines"] = len(drops)
        if not drops:
            return
        # Whitespace-separated tokens of the kept lines: a cheap word count, enough for these two
        # thresholds, and counted only up to the larger one (splitting the whole text cost more than
        # the rest of this method)
        lines = doc.view.lines
        need = max(self.error_page_min_words, 1)
        kept_words = 0
        for i, line in enumerate(lines):
            if line and i not in drops:
                kept_words += len(line.split())
                if kept_words >= need:
                    break
        # (error lines only the line model found do not count: it would discard a how-to about errors)
        n_error = sum(1 for i, r in drops.items() if r == "boilerplate:error" and i not in drops.model_errors)
        # (characters too: Chinese or Japanese prose has few spaces, so few "words")
        if n_error and kept_words < self.error_page_min_words \
                and len(doc.text) - sum(len(lines[i]) for i in drops) < 8 * self.error_page_min_words:
            doc.reject(f"error_page: {n_error} error lines, {kept_words} words left", self.name)
            return
        if kept_words == 0:
            doc.reject(f"no_content: only boilerplate ({len(drops)} lines)", self.name)
            return
        doc.drop_lines(drops, self.name)
