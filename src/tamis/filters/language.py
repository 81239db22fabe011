"""Language identification with CLD2 (pycld2: the model ships inside the wheel, no download)."""
from __future__ import annotations

import re
from typing import ClassVar

from tamis.document import Document
from tamis.filters.base import checked_mode, format_value, language_matches
from tamis.steps import Step

# CLD2 rejects C0/C1 control characters (other than tab, newline, carriage return) as invalid
# UTF-8, and lone surrogates cannot be encoded at all: both are removed before detection.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# CLD2 still uses some retired ISO 639-1 codes.
_RENAMED = {"iw": "he", "jw": "jv", "in": "id", "tl": "fil"}
UNDETERMINED = "und"


def detect(text: str, max_chars: int = 20_000) -> tuple[str, float]:
    """(language code, score in [0, 1]) of a text: the top language and its share of the text."""
    import pycld2

    sample = _CONTROL_RE.sub("", text[:max_chars])
    if not sample.strip():
        return UNDETERMINED, 0.0
    data = sample.encode("utf-8", "ignore")
    try:
        reliable, _, details = pycld2.detect(data)
        if details[0][1] == "un":
            # Short or odd texts: ask for CLD2's best guess rather than nothing.
            reliable, _, details = pycld2.detect(data, bestEffort=True)
    except pycld2.error:
        return UNDETERMINED, 0.0
    _, code, percent, _ = details[0]
    if code == "un":
        return UNDETERMINED, 0.0
    score = percent / 100.0
    if not reliable:
        score *= 0.5  # CLD2 flags the guess as unreliable: halve the confidence.
    return _RENAMED.get(code, code), score


class Language(Step):
    """Detect the language (metadata `language`, `language_score`) and keep the configured ones."""

    name = "language"
    fields: ClassVar[dict[str, str]] = {"language": "string", "language_score": "float64"}

    def __init__(self, languages: list[str] | None = None, min_score: float = 0.0,
                 max_chars: int = 20_000, mode: str = "filter") -> None:
        """Keep documents in `languages` (ISO 639-1 codes; null keeps all) whose score is at least
        `min_score`. The score is CLD2's share of the text in the top language, halved when CLD2
        calls the guess unreliable. FineWeb keeps English at 0.65 (with fastText; Penedo et al.
        2024 §3.2); the default here judges nothing and only writes the metadata. Detection
        reads the first `max_chars` characters (CLD2 is linear in text length)."""
        self.languages = list(languages) if languages is not None else None
        self.min_score = min_score
        self.max_chars = max_chars
        self.mode = checked_mode(mode)

    def process(self, doc: Document) -> Document:
        """Write language and score; reject outside the configured languages or below the score."""
        if doc.kind != "text":
            return doc
        lang, score = detect(doc.text, self.max_chars)
        doc.metadata["language"] = lang
        doc.metadata["language_score"] = score
        if self.mode == "annotate":
            return doc
        if self.languages is not None and not language_matches(lang, self.languages):
            return doc.reject(f"language: {lang} not in {','.join(self.languages)}", self.name)
        if score < self.min_score:
            return doc.reject(f"language: score {format_value(score)} < {format_value(self.min_score)}",
                              self.name)
        return doc
