"""The whole-line phrase data: normalized as the matcher sees lines, and each line found as its class."""
from __future__ import annotations

import pytest

from tamis.clean import phrases_en, phrases_gmc, phrases_rom
from tamis.clean.boilerplate import matcher, normalize_line
from tamis.clean.patterns import LANGUAGES, MAX_WORDS

ALL = tuple(sorted(LANGUAGES))
ROWS = [(lang, cls, kind, line) for m in (phrases_en, phrases_gmc, phrases_rom)
        for lang, classes in m.PHRASES.items() for cls, kinds in classes.items()
        for kind, lines in kinds.items() for line in lines]


def test_phrase_data_is_normalized_and_known() -> None:
    bad = [r for r in ROWS if normalize_line(r[3]) != r[3] or r[0] not in LANGUAGES or r[1] not in MAX_WORDS
           or r[2] not in ("strong", "weak", "header") or (r[2] == "header") != (r[1] == "related" and r[2] == "header")]
    assert not bad, bad[:10]


@pytest.mark.parametrize("module", [phrases_en, phrases_gmc, phrases_rom])
def test_each_phrase_is_matched_as_some_furniture(module) -> None:
    m = matcher(ALL)
    missed = [(lang, cls, line) for lang, classes in module.PHRASES.items() for cls, kinds in classes.items()
              for lines in kinds.values() for line in lines if m.classify(line, line.count(" ") + 1) is None]
    assert not missed, missed[:10]
