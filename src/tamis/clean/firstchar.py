"""What a regular expression can match, read from its parse tree, so the boilerplate matcher can
avoid trying ~600 alternatives on every line (Python's `re` tries them one by one): the characters a
match can start with, the longest text it can span, the literal text or whole word every match must
hold, and, for patterns with few strings, all of them (to replace the regex with a dict lookup)."""
from __future__ import annotations

try:  # the regex parser is private; it moved in Python 3.11
    import re._constants as C
    import re._parser as P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

ANY = None  # stands for "any character"


def _seq(items: list) -> tuple[set[str] | None, bool]:
    """(first characters or ANY, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        first, nullable = _item(op, av)
        if first is ANY:
            return ANY, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for sop, sav in av:
            if sop is C.LITERAL:
                chars.add(chr(sav))
            elif sop is C.RANGE and sav[1] - sav[0] < 512:
                chars.update(chr(c) for c in range(sav[0], sav[1] + 1))
            elif sop is C.CATEGORY and sav is C.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return ANY, False
        return chars, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        first, nullable = _seq(sub)
        return first, nullable or lo == 0
    if op is C.BRANCH:
        chars = set()
        nullable = False
        for alt in av[1]:
            first, n = _seq(alt)
            if first is ANY:
                return ANY, False
            chars |= first
            nullable = nullable or n
        return chars, nullable
    return ANY, False


def first_chars(pattern: str) -> set[str] | None:
    """Characters a (full) match of the pattern can start with; None when any character can."""
    first, nullable = _seq(list(P.parse(pattern)))
    return ANY if first is ANY or nullable else first


def required_literal(pattern: str) -> str:
    """The longest literal text every match of the pattern contains (top level only); '' if none."""
    best = run = ""
    for op, av in P.parse(pattern):
        if op is C.LITERAL:
            run += chr(av)
            if len(run) > len(best):
                best = run
        else:
            run = ""
    return best


def max_width(pattern: str) -> int:
    """The most characters a match of the pattern can span (very large when unbounded)."""
    return int(P.parse(pattern).getwidth()[1])


def required_word(pattern: str) -> str:
    """The longest whole word (space- or boundary-delimited) every match must contain; '' if none."""
    items = list(P.parse(pattern))
    best = ""
    i = 0
    while i < len(items):
        if items[i][0] is not C.LITERAL:
            i += 1
            continue
        j = i
        while j < len(items) and items[j][0] is C.LITERAL:
            j += 1
        run = "".join(chr(av) for _, av in items[i:j])
        left = i == 0 or items[i - 1][0] is C.AT
        right = j == len(items) or items[j][0] is C.AT
        toks = run.split(" ")
        for k, tok in enumerate(toks):
            whole = (k > 0 or left) and (k < len(toks) - 1 or right)
            if whole and len(tok) > len(best):
                best = tok
        i = j
    return best


class _TooMany(Exception):
    pass


def _expand_seq(items: list, cap: int) -> list[str]:
    out = [""]
    for op, av in items:
        alts = _expand_item(op, av, cap)
        out = [a + b for a in out for b in alts]
        if len(out) > cap:
            raise _TooMany
    return out


def _expand_item(op, av, cap: int) -> list[str]:
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.IN:
        chars: list[str] = []
        for sop, sav in av:
            if sop is C.LITERAL:
                chars.append(chr(sav))
            elif sop is C.RANGE and sav[1] - sav[0] < 64:
                chars.extend(chr(c) for c in range(sav[0], sav[1] + 1))
            elif sop is C.CATEGORY and sav is C.CATEGORY_DIGIT:
                chars.extend("0123456789")
            else:
                raise _TooMany
        return chars
    if op is C.SUBPATTERN:
        return _expand_seq(av[-1], cap)
    if op is C.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            out += _expand_seq(alt, cap)
            if len(out) > cap:
                raise _TooMany
        return out
    if op is C.MAX_REPEAT and av[1] <= 3:
        lo, hi, sub = av
        one = _expand_seq(sub, cap)
        out = []
        for n in range(lo, hi + 1):
            reps = [""]
            for _ in range(n):
                reps = [a + b for a in reps for b in one]
                if len(reps) > cap:
                    raise _TooMany
            out += reps
        return out
    raise _TooMany


def finite_strings(pattern: str, cap: int = 5000) -> list[str] | None:
    """Every string the pattern matches in full, when they are few (at most `cap`); else None."""
    try:
        out = _expand_seq(list(P.parse(pattern)), cap)
    except _TooMany:
        return None
    return out if len(out) <= cap else None


# Heads: the first `k` characters a match can start with. A head shorter than `k` is a whole match
# (the pattern can match a string that short); None when the pattern can start too many ways.
_HEADS_CAP = 4096


def _heads_seq(items: list, k: int) -> set[str] | None:
    heads = {""}
    for op, av in items:
        if all(len(h) >= k for h in heads):
            break
        item = _heads_item(op, av, k)
        if item is None:
            return None
        out = {h for h in heads if len(h) >= k}
        for h in heads:
            if len(h) < k:
                out.update((h + t)[:k] for t in item)
        if len(out) > _HEADS_CAP:
            return None
        heads = out
    return heads


def _heads_item(op, av, k: int) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        try:
            return set(_expand_item(op, av, 64))
        except _TooMany:
            return None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero-width (a lookaround only narrows what matches: leaving it out is safe)
    if op is C.SUBPATTERN:
        return _heads_seq(av[-1], k)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _heads_seq(alt, k)
            if got is None:
                return None
            out |= got
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        # k copies reach k characters unless a copy can be empty; more copies add nothing to a head
        # that is already k long, and a shorter head stays a valid (if loose) head
        out = set()
        for n in range(min(lo, k), min(hi, k) + 1):
            got = _heads_seq(list(sub) * n, k)
            if got is None:
                return None
            out |= got
        return out
    return None


def first_heads(pattern: str, k: int = 2) -> frozenset[str] | None:
    """The strings of `k` characters a (full) match of the pattern can start with (shorter ones: whole
    matches that short); None when they are too many to list."""
    got = _heads_seq(list(P.parse(pattern)), k)
    return None if got is None else frozenset(got)
