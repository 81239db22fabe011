"""fix_unicode: repair mojibake, leftover HTML entities, control characters and odd whitespace.

ftfy repairs mojibake well but runs at ~1.7 MB/s, so it runs only on the lines where a cheap
scan finds the byte patterns mojibake leaves ("Ã©", "â€™", "Ð¿", C1 controls); everything else
is plain `str.translate` and regular expressions over the whole text. Newlines are kept: the
line structure is what the later steps read.
"""
from __future__ import annotations

import html
import re
from typing import ClassVar

from tamis.document import Document
from tamis.steps import Step

# Lead characters of UTF-8 read as Latin-1/Windows-1252 (Ã©, Â , â€™, ð\x9f) or Windows-1251
# (вЂ, Р°), followed by what a continuation byte becomes; plus C1 controls and U+FFFD.
_SUSPECT_RE = re.compile(
    "[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|â€|â[\u0080-\u00bf]|ð[\u0080-\u00bf\u0178]|[ÐÑ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]"
    "|вЂ|Р[°±µ¶·ђ‘’“”•–—™љ›њќћџЎўЈ¤¦§©«¬®№»Ѕѕј]|С[ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ]|ï¿½|[\u0080-\u009f]|\ufffd"
)
# One of these characters first (a substring search each, faster than a character class); the full
# pattern only where one of them occurs.
_LEAD_CHARS = tuple("ÃÂâðÐÑïвРС\ufffd") + tuple(chr(c) for c in range(0x80, 0xA0))
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Characters removed: C0 controls except tab/newline, DEL, zero-width space, BOM, soft hyphen,
# bidi marks; odd spaces become a plain space; line/paragraph separators become newlines.
_DELETE = [*range(0x09), 0x0B, 0x0E, *range(0x0F, 0x20), 0x7F, 0x200B, 0xFEFF, 0x00AD,
           0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060]
_SPACES = [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]
_TABLE: dict[int, str | None] = {c: None for c in _DELETE}
_TABLE.update({c: " " for c in _SPACES})
_TABLE.update({0x2028: "\n", 0x2029: "\n", 0x0C: "\n", 0x85: "\n"})
# The soft hyphen is also the second byte of "í" (and of "ĭ", "ŭ", "έ", "ح" ...) in UTF-8 read as Latin-1
# ("RamÃ\xadrez"): it is removed after the mojibake repair, which can mend the character only whole.
_MOJIBAKE_BYTES = frozenset("\xad")
# The next line (U+0085) is the second or third byte of "Å", "х", "Ņ" ... the same way ("Ã\x85ngström"), but a
# lone one the repair would read as "…": only one after a character that can be a UTF-8 byte read as Latin-1 waits
# for the repair; the others become newlines at once.
_NEL_AFTER_BYTE = re.compile("(?<![\u0080-\u00bf\u00c2-\u00f4])\x85")
_ODD_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_FTFY_CONFIG = None


def _ftfy_config():
    global _FTFY_CONFIG
    if _FTFY_CONFIG is None:
        import ftfy

        # Repair encodings only: quotes, ligatures, widths and line breaks are left as they are.
        _FTFY_CONFIG = ftfy.TextFixerConfig(
            unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
            fix_line_breaks=False, normalization=None, explain=False,
        )
    return _FTFY_CONFIG


def fix_mojibake_lines(text: str) -> tuple[str, list[str]]:
    """Run ftfy on the lines where mojibake is suspected; returns the text and the lines changed."""
    import ftfy

    config = _ftfy_config()
    lines = text.split("\n")
    changed: list[str] = []
    for i, line in enumerate(lines):
        if _SUSPECT_RE.search(line):
            fixed = ftfy.fix_text(line, config)
            if fixed != line:
                changed.append(line)
                lines[i] = fixed
    return ("\n".join(lines) if changed else text), changed


def _unescape(m: re.Match[str]) -> str:
    return html.unescape(m.group(0))


class FixUnicode(Step):
    """Repair mojibake (ftfy, where suspected), HTML entities, control characters, odd whitespace."""

    name: ClassVar[str] = "fix_unicode"
    fields: ClassVar[dict[str, str]] = {"unicode_fixes": "int64"}

    def __init__(self, mojibake: bool = True, entities: bool = True, controls: bool = True) -> None:
        """
        mojibake: repair mis-decoded text with ftfy on suspect lines.
        entities: decode HTML entities left in text ("&amp;", "&#8217;").
        controls: remove control and zero-width characters, normalize odd spaces and line breaks.
        """
        self.mojibake = mojibake
        self.entities = entities
        self.controls = controls

    def fix(self, text: str) -> tuple[str, int, list[str]]:
        """The repaired text, the number of repairs, and the original lines that ftfy changed."""
        fixes = 0
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        later = ""
        if self.controls and _ODD_RE.search(text):
            odd = _ODD_RE.findall(text)
            fixes += len(odd)
            # One str.replace per distinct character: str.translate with a dict is slow, and the
            # replacements (a space, a newline, nothing) hold none of the characters replaced.
            for ch in set(odd):
                if ch in _MOJIBAKE_BYTES and self.mojibake:
                    later += ch
                    continue
                if ch == "\x85" and self.mojibake:
                    text = _NEL_AFTER_BYTE.sub("\n", text)
                    later += ch
                    continue
                text = text.replace(ch, _TABLE[ord(ch)] or "")
        if self.entities and "&" in text:
            # Twice, for text escaped twice ("&amp;quot;").
            for _ in range(2):
                text, n = _ENTITY_RE.subn(_unescape, text)
                fixes += n
                if not n or "&" not in text:
                    break
        changed: list[str] = []
        if self.mojibake and not text.isascii() and any(ch in text for ch in _LEAD_CHARS) and _SUSPECT_RE.search(text):
            text, changed = fix_mojibake_lines(text)
            fixes += len(changed)
        for ch in later:
            text = text.replace(ch, _TABLE[ord(ch)] or "")
        if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
            # Per line: a regex over the whole text is 4x slower.
            text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
        return text.strip("\n"), fixes, changed

    def process(self, doc: Document) -> Document:
        """Repair one document's text in place, recording each line ftfy rewrote."""
        if doc.kind != "text":
            return doc
        text, fixes, changed = self.fix(doc.text)
        doc.metadata["unicode_fixes"] = fixes
        for line in changed:
            doc.record(line, "unicode:mojibake", self.name)
        if text != doc.text:
            doc.text = text
        return doc
