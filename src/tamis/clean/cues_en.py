"""More cue words for `remove_boilerplate`'s judge (see `cuewords.py`): a round written from knowledge of
real sites' furniture, merged into `CUES` at import."""
from __future__ import annotations

# class -> language -> {"strong": [...], "weak": [...]}
EXTRA: dict[str, dict[str, dict[str, list[str]]]] = {}

# Words every class may hold that are no cue (articles, pronouns, prepositions, auxiliaries).
FUNCTION_EXTRA: list[str] = []
