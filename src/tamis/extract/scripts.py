"""How much text a block holds, in any script: the one measure the extractor's length and sentence rules share.

The rules were written for text in the Latin script: a threshold in characters means "this much text", words are
counted by the spaces between them, and a sentence ends with a full stop. Other scripts break all three:
- Han characters, kana and Hangul say in one character about what Latin says in three (a Chinese paragraph of 60
  characters holds what an English one of about 180 does): `size` counts each as three characters.
- Chinese, Japanese, Thai, Lao, Khmer and Burmese put no space between words (Thai and Lao put one between phrases):
  `words` counts one word per `CJK_WORD` characters of Han and kana, and per `SEA_WORD` of the others, on top of
  the words the spaces separate.
- Sentences end with "。！？" in Chinese and Japanese, "؟" in Arabic, "।" in Hindi, "։" in Armenian, "።" in
  Amharic, "။" in Burmese, "។" in Khmer; a closing quotation mark may follow ("。」", German ".“"). Thai and Lao
  mark no sentence end: with `unmarked`, a text that ends in one of their letters ends a sentence.
On text in the Latin, Cyrillic, Greek, Arabic, Hebrew or Devanagari script `size` is the length and `words` the
spaces plus one, as before.
"""
from __future__ import annotations

import re

# Han (with its radicals, strokes and compatibility forms), kana, bopomofo, Hangul, the CJK punctuation, and the
# fullwidth forms: about three Latin characters' worth each.
_WIDE = ("\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3200-\u33ff"
         "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
         "\U00020000-\U0003134f")
_WIDE_RE = re.compile(f"[{_WIDE}]")
# Letters of the scripts written without spaces between words: Han and kana (not Hangul, which is spaced) ...
_CJK_LETTERS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# ... and Thai, Lao, Burmese, Khmer.
_SEA_LETTERS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# A word of Chinese or Japanese is about two characters; of Thai, Lao, Burmese or Khmer about four (with the
# vowel and tone marks).
CJK_WORD = 2
SEA_WORD = 4
# Any letter of a script written without spaces (a text with none is measured by its spaces alone).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff\U00020000-\U0003134f]")

# A sentence's last mark, in any script.
_STOPS = ".!?。！？．｡︒…؟۔।॥։።။។"
# (a text ending with a bracket or a quotation mark ends like a sentence; after a full stop, a closing quotation
# mark may follow, not a bracket: "Comments (6)", "Go to Section (…)" are no sentences)
# (German closes a quotation with “ or «, after a stop: „Wir machen weiter.“, »Wir machen weiter.«; an English
# quotation mistyped with “ at its end is none: dragnet's even half, a line of links ending "… polling“")
SENTENCE_END = re.compile(f"([{_STOPS}:;\"”»)」』]|[{_STOPS}][“«])\\s*$")
FULL_STOP = re.compile(f"[{_STOPS}][\"”“»«'’›‹」』]?\\s*$")
# Scripts that mark no sentence end (Thai, Lao): their last letter ends one (only where `unmarked` is asked for).
_UNMARKED = re.compile("[\u0e01-\u0e4e\u0e81-\u0ecd]\\s*$")


def wide(text: str) -> int:
    """The characters of `text` worth about three Latin ones (Han, kana, Hangul, CJK punctuation)."""
    # (the tests of this module scan with a regex: on long text, max() or a loop builds a string per character)
    if text.isascii():
        return 0
    return len(_WIDE_RE.findall(text))


def size(text: str, n: int | None = None) -> int:
    """How much text `text` holds, in Latin characters: its length, with each wide character counted three times.
    With `n` (a part of the text's characters: those outside its links), that part scaled alike."""
    length = len(text)
    extra = 2 * wide(text)
    if n is None:
        return length + extra
    if not extra or not length:
        return n
    return round(n * (length + extra) / length)


def words(text: str) -> int:
    """The words of `text`: those its spaces separate, and those of the scripts written without spaces."""
    spaced = text.count(" ") + 1
    if text.isascii() or _UNSPACED.search(text) is None:
        return spaced
    return spaced + len(_CJK_LETTERS.findall(text)) // CJK_WORD + len(_SEA_LETTERS.findall(text)) // SEA_WORD


def ends_sentence(text: str, full_stop: bool = False, unmarked: bool = False) -> bool:
    """Whether `text` ends like a sentence: with a sentence's mark (with `full_stop`, a stop, not ":", ";" or a
    bracket), or, with `unmarked`, with a letter of a script that marks no sentence end (Thai, Lao)."""
    if (FULL_STOP if full_stop else SENTENCE_END).search(text) is not None:
        return True
    return unmarked and _UNMARKED.search(text) is not None


# The marks of other scripts that do the work of ".,;:!?" (the judge's punctuation share counts both).
_MARKS = re.compile("[。，、；：！？．｡､،؛؟۔।॥]")


def marks(text: str) -> int:
    """The sentence and clause marks of other scripts in `text` (Chinese and Japanese, Arabic, Devanagari)."""
    if text.isascii():
        return 0
    return len(_MARKS.findall(text))


# A line break in the markup between two characters of Chinese or Japanese (Han, kana, their marks, fullwidth
# forms; not Hangul, which is spaced) is no space: CSS Text 3 removes such a segment break, and a space read there
# cuts a word in two ("今日は 天気"). Spaces the author typed are kept.
_CJ = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJ_RE = re.compile(f"[{_CJ}]")
_WIDE_BREAK = re.compile(f"(?<=[{_CJ}])[ \\t\\r]*\\n\\s*(?=[{_CJ}])")


def join_lines(raw: str) -> str:
    """`raw` (a block's text as the markup has it) less the line breaks between two Chinese or Japanese characters."""
    # (a regex search for one such character is the cheapest test on long text: max() builds a string per character)
    if "\n" not in raw or raw.isascii() or _CJ_RE.search(raw) is None:
        return raw
    return _WIDE_BREAK.sub("", raw)
