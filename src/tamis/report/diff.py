"""Before/after of one document: the kept text with each removed span put back where it can be
located, marked with its reason. Spans are stored without offsets, so a span goes back at a known
`offset` when a step recorded one, else right after an earlier copy of its text that the kept text
still holds (a repeated paragraph or line whose first copy was kept); the others stay unplaced and
are shown beside the text in their recorded order."""
from __future__ import annotations

from typing import Any

# A span shorter than this is too common to be located by its text alone.
MIN_LOCATE_CHARS = 12


def truncate(text: str, limit: int) -> tuple[str, int]:
    """The first `limit` characters of a text and how many were left out."""
    if len(text) <= limit:
        return text, 0
    return text[:limit], len(text) - limit


def locate(text: str, spans: list[dict[str, Any]]) -> tuple[list[tuple[int, int]], list[int]]:
    """(position in `text`, span index) pairs sorted by position, and the indexes left unplaced."""
    placed: list[tuple[int, int]] = []
    unplaced: list[int] = []
    cursor = 0
    for k, span in enumerate(spans):
        body = span.get("text") or ""
        off = span.get("offset")
        if isinstance(off, int) and 0 <= off <= len(text):
            placed.append((off, k))
            continue
        probe = body.strip()
        if len(probe) < MIN_LOCATE_CHARS:
            unplaced.append(k)
            continue
        # Spans are recorded in document order: look after the previous placement first.
        j = text.find(probe, cursor)
        if j < 0:
            j = text.find(probe)
        if j < 0:
            unplaced.append(k)
            continue
        end = j + len(probe)
        # Put the removed copy at the start of the next line, where a repeated line or paragraph sat.
        nl = text.find("\n", end)
        pos = len(text) if nl < 0 else nl + 1
        placed.append((pos, k))
        cursor = pos
    placed.sort()
    return placed, unplaced


def segments(text: str, spans: list[dict[str, Any]],
             max_chars: int) -> tuple[list[list[str]], list[int], int]:
    """The "before" view: segments `[text]` (kept) or `[text, reason, step]` (removed), the indexes of
    unplaced spans, and the number of characters left out past `max_chars`."""
    placed, unplaced = locate(text, spans)
    out: list[list[str]] = []
    budget = max_chars
    left_out = 0
    at = 0

    def add(piece: str, extra: list[str]) -> None:
        nonlocal budget, left_out
        if not piece:
            return
        shown, cut = truncate(piece, max(0, budget))
        budget -= len(shown)
        left_out += cut
        if shown:
            out.append([shown, *extra])

    for pos, k in placed:
        add(text[at:pos], [])
        at = pos
        span = spans[k]
        body = span.get("text") or ""
        # Keep the removed piece on its own line(s) so the view reads like the page did.
        if pos > 0 and text[pos - 1] != "\n":
            add("\n", [])
        if pos < len(text) and not body.endswith("\n"):
            body += "\n"
        add(body, [str(span.get("reason") or ""), str(span.get("step") or "")])
    add(text[at:], [])
    return out, unplaced, left_out
