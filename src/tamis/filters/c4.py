"""C4's rules, from Raffel et al. 2020, "Exploring the Limits of Transfer Learning with a Unified
Text-to-Text Transformer" §2.2, as coded in TensorFlow Datasets' `c4_utils.clean_page`.

Line rules remove lines (recorded, with the rule as reason) and rewrite the text; document rules
reject the page. The bad-words list is a separate step, `c4_badwords`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from tamis.document import Document
from tamis.filters.base import checked_mode, doc_language, format_value
from tamis.steps import Step
from tamis.textview import count_sentences, split_words

# Wikipedia-style citation marks, removed from kept lines: [1], [edit], [citation needed].
CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
END_MARKS = (".", "?", "!", '"', "'")
ELLIPSIS = "..."
POLICY_SUBSTRINGS = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
                     "use cookies")


class C4(Step):
    """C4's line rules (rewrite the text) and document rules (reject the page)."""

    name = "c4"
    fields: ClassVar[dict[str, str]] = {
        "c4_lines_removed": "int64",
        "c4_n_sentences": "int64",
        "c4_lorem_ipsum": "bool",
        "c4_curly_bracket": "bool",
    }

    def __init__(
        self,
        filter_no_terminal_punct: bool = True,
        min_words_per_line: int | None = 3,
        max_word_length: int | None = 1000,
        filter_javascript: bool = True,
        filter_policy: bool = True,
        remove_citations: bool = True,
        min_sentences: int | None = 5,
        filter_lorem_ipsum: bool = True,
        filter_curly_bracket: bool = True,
        mode: str = "filter",
    ) -> None:
        """Defaults from C4 (Raffel et al. 2020 §2.2; TFDS c4_utils):

        - line rules: keep only lines ending in terminal punctuation (. ? ! " ') and not in an
          ellipsis; with at least 3 words (`min_words_per_line`); with no word longer than 1,000
          characters; without "javascript"; without a cookie or terms-of-use phrase
          (`filter_policy`); Wikipedia citation marks are removed from kept lines.
        - document rules: at least 5 sentences in the kept lines (`min_sentences`); no
          "lorem ipsum"; no curly bracket, both looked for in the lines the line rules keep.
        Set a rule's parameter to false or null to turn it off.
        """
        self.filter_no_terminal_punct = filter_no_terminal_punct
        self.min_words_per_line = min_words_per_line
        self.max_word_length = max_word_length
        self.filter_javascript = filter_javascript
        self.filter_policy = filter_policy
        self.remove_citations = remove_citations
        self.min_sentences = min_sentences
        self.filter_lorem_ipsum = filter_lorem_ipsum
        self.filter_curly_bracket = filter_curly_bracket
        self.mode = checked_mode(mode)

    def process(self, doc: Document) -> Document:
        """Apply the line rules, then the document rules."""
        if doc.kind != "text":
            return doc
        drops: dict[int, str] = {}
        cited: dict[int, str] = {}
        n_sentences = 0
        lorem = curly = False
        count_them = self.min_sentences is not None or self.mode == "annotate"
        for i, raw in enumerate(doc.view.lines):
            line = raw.strip()
            if not line:
                continue
            limit = self.max_word_length
            if limit is not None and len(line) > limit and any(len(t) > limit for t in line.split()):
                drops[i] = "c4:long_word"
                continue
            if self.remove_citations and "[" in line:
                clean = CITATION_RE.sub("", line)
                if clean != line:
                    cited[i] = clean
                    line = clean
            if self.filter_no_terminal_punct and (not line.endswith(END_MARKS) or line.endswith(ELLIPSIS)):
                drops[i] = "c4:no_terminal_punct"
                continue
            # Whitespace tokens, as C4 counts them; split only lines that got this far.
            if self.min_words_per_line is not None and len(line.split()) < self.min_words_per_line:
                drops[i] = "c4:too_few_words"
                continue
            lower = line.lower()
            if "lorem ipsum" in lower:
                lorem = True
            # C4's order: a javascript line is dropped before its curly bracket is looked at.
            if self.filter_javascript and "javascript" in lower:
                drops[i] = "c4:javascript"
                continue
            if "{" in line:
                curly = True
            if self.filter_policy and any(p in lower for p in POLICY_SUBSTRINGS):
                drops[i] = "c4:policy"
                continue
            if count_them:
                n_sentences += count_sentences(line)
        if self.mode == "annotate":
            meta = doc.metadata
            meta["c4_lines_removed"] = len(drops)
            meta["c4_n_sentences"] = n_sentences
            meta["c4_lorem_ipsum"] = lorem
            meta["c4_curly_bracket"] = curly
            return doc
        if self.filter_lorem_ipsum and lorem:
            return doc.reject("c4: lorem_ipsum", self.name)
        if self.filter_curly_bracket and curly:
            return doc.reject("c4: curly_bracket", self.name)
        if self.min_sentences is not None and n_sentences < self.min_sentences:
            return doc.reject(f"c4: n_sentences {n_sentences} < {self.min_sentences}", self.name)
        if cited:
            self._remove_citations(doc, cited, drops)
        if drops:
            before = doc.view
            n_words = None
            if not cited and "words" in before.__dict__:
                # Words never cross lines: the new count is the old one less the dropped lines'.
                lines = before.lines
                n_words = before.n_words - sum(len(split_words(lines[i])) for i in drops)
            doc.drop_lines(drops, self.name)
            if n_words is not None:
                doc.view.seed(n_words=n_words)
        return doc

    def _remove_citations(self, doc: Document, cited: dict[int, str], drops: dict[int, str]) -> None:
        lines = list(doc.view.lines)
        removed = []
        for i, clean in cited.items():
            if i in drops:
                continue
            removed.extend(CITATION_RE.findall(lines[i]))
            lines[i] = clean
        if removed:
            doc.record(" ".join(removed), "c4:citation", self.name)
            doc.text = "\n".join(lines)


# Languages written without spaces: a bad word matches anywhere, not only as a whole word.
_NOSPACE_LANGS = ("ja", "th", "zh")
# Common subwords of those languages that C4's list would otherwise match in >10% of pages
# (mC4's allow-list in TFDS c4_utils).
_ALLOW = frozenset({"sm", "グロ", "女の子", "性"})


@lru_cache(maxsize=64)
def badwords(lang: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[str, ...], tuple[str, ...]] | None:
    """The bundled list of a language: (single words, phrases, symbols, all entries); None if none."""
    try:
        raw = resources.files("tamis.filters").joinpath(f"badwords/{lang}.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    entries = tuple(e for e in (line.strip().lower() for line in raw.splitlines()) if e and e not in _ALLOW)
    singles: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    symbols: list[str] = []
    for e in entries:
        ws = tuple(w.lower() for w in split_words(e))
        if len(ws) == 1 and ws[0] == e:
            singles.add(e)
        elif ws:
            phrases.append(ws)
        else:
            symbols.append(e)  # an emoji or sign: matched as a substring
    return frozenset(singles), tuple(phrases), tuple(symbols), entries


class C4BadWords(Step):
    """C4's bad-words rule: reject pages containing a word of the LDNOOBW list of their language."""

    name = "c4_badwords"
    fields: ClassVar[dict[str, str]] = {"c4_badwords": "int64"}

    def __init__(self, default_language: str = "en", mode: str = "filter") -> None:
        """C4 (Raffel et al. 2020 §2.2) drops any page with a word of the "List of Dirty, Naughty,
        Obscene or Otherwise Bad Words" (LDNOOBW, CC-BY-4.0; bundled: en at C4's revision, 27
        other languages as in mC4). The list follows the document's `language` metadata, else
        `default_language`; languages without a list are kept.
        """
        self.default_language = default_language
        self.mode = checked_mode(mode)

    def process(self, doc: Document) -> Document:
        """Reject (or count, in annotate mode) the bad words of the document's language."""
        if doc.kind != "text":
            return doc
        lang = doc_language(doc) or self.default_language
        lists = badwords(lang) or badwords(lang.split("-")[0])
        if lists is None:
            if self.mode == "annotate":
                doc.metadata["c4_badwords"] = 0
            return doc
        found = self._find(doc, lang, lists, first_only=self.mode == "filter")
        if self.mode == "annotate":
            doc.metadata["c4_badwords"] = len(found)
        elif found:
            doc.reject(f"c4_badwords: {format_value(found[0])}", self.name)
        return doc

    @staticmethod
    def _find(doc: Document, lang: str, lists: tuple, first_only: bool) -> list[str]:
        singles, phrases, symbols, entries = lists
        view = doc.view
        if lang.split("-")[0] in _NOSPACE_LANGS:
            lower = view.text.lower()
            hits = [e for e in entries if e in lower]
            return hits[:1] if first_only else hits
        present = view.lower_words
        hits = sorted(singles & present) + [e for e in symbols if e in view.text]
        if hits and first_only:
            return hits[:1]
        lower_text = None
        for ws in phrases:
            if ws[0] in present and all(w in present for w in ws[1:]):
                if lower_text is None:
                    lower_text = " ".join(w.lower() for w in view.words)
                if re.search(r"(?:^| )" + re.escape(" ".join(ws)) + r"(?: |$)", lower_text):
                    hits.append(" ".join(ws))
                    if first_only:
                        return hits
        return hits
