"""Renders kept blocks as readable text or Markdown.

Paragraphs are separated by blank lines; the items of one list and the rows of one table stay on
consecutive lines (cells joined by " | "), so their structure survives as plain text.

Markdown, given the walk the blocks come from (their elements' tree), is CommonMark: nested lists indented under
their item, ordered lists numbered (from their `start`, counting down when `reversed`; an item's `value` sets its
number and the next items count on from it, as a browser shows them), a block quote's paragraphs
quoted, a table with a header row, its separator and a cell for every column (an empty one too, `|` in a cell
escaped); a one-column table (a layout's) is paragraphs.
"""
from __future__ import annotations

import time

from tamis.extract.walk import CLOCK_EVERY, HEADINGS, Block, Budget, Walk


def render(blocks: list[Block], markdown: bool = False, walk: Walk | None = None,
           deadline: float | None = None) -> str:
    """Join blocks into text: blank lines between paragraphs, single newlines inside lists and tables.

    With a `deadline` (in `time.thread_time()`), Markdown's rendering, which looks up each block's lists, quotes and
    table, raises `Budget` past it (plain text is one pass over the blocks, checked by the caller)."""
    if markdown and walk is not None:
        return _markdown(blocks, walk, deadline)
    out: list[str] = []
    prev: Block | None = None
    line: list[str] = []  # cells of the current table row
    for b in blocks:
        text = b.text
        if b.row >= 0 and b.kind in ("td", "th"):
            if prev is not None and prev.row == b.row and prev.kind in ("td", "th") and line:
                line.append(text)
                prev = b
                continue
            _close_row(out, line, markdown)
            line = [text]
            sep = "\n" if prev is not None and prev.row >= 0 and prev.row == b.row - 1 else "\n\n"
            out.append(sep if out else "")
            prev = b
            continue
        _close_row(out, line, markdown)
        line = []
        if markdown:
            level = HEADINGS.get(b.kind)
            if level:
                text = "#" * level + " " + text
            elif b.kind == "li":
                text = "- " + text
            elif b.kind == "pre":
                text = "```\n" + text + "\n```"
            elif b.kind == "blockquote":
                text = "> " + text
        elif b.kind == "li":
            text = "* " + text
        if out:
            same_list = prev is not None and b.kind == "li" and prev.kind == "li" and prev.in_list == b.in_list
            out.append("\n" if same_list else "\n\n")
        out.append(text)
        prev = b
    _close_row(out, line, markdown)
    return "".join(out).strip()


def _close_row(out: list[str], cells: list[str], markdown: bool) -> None:
    if cells:
        out.append(("| " + " | ".join(cells) + " |") if markdown else " | ".join(cells))
        cells.clear()


def _markdown(blocks: list[Block], walk: Walk, deadline: float | None = None) -> str:
    """The blocks as CommonMark (see the module's docstring)."""
    tags, parent, numbering, values = walk.tags, walk.parent, walk.numbering, walk.values
    out: list[str] = []
    numbers: dict[int, int] = {}   # ordered list -> items so far
    started: set[int] = set()      # list items whose marker is written
    prev_list = -1                 # the outermost list of the block before, or -1
    prev_quote = -1                # likewise its outermost block quote
    k = 0
    turn = 0
    while k < len(blocks):
        turn += 1
        if deadline is not None and turn % CLOCK_EVERY == 0 and time.thread_time() > deadline:
            raise Budget()
        b = blocks[k]
        chain = _ancestors(b.owner, parent)
        table = next((i for i in chain if tags[i] == "table"), -1)
        if b.row >= 0 and table >= 0:
            rows: dict[int, dict[int, list[str]]] = {}
            j = k
            while j < len(blocks) and blocks[j].row >= 0 and table in _ancestors(blocks[j].owner, parent):
                rows.setdefault(blocks[j].row, {}).setdefault(blocks[j].cell, []).append(blocks[j].text)
                j += 1
            text = _table(rows)
            lists = [i for i in chain if tags[i] in ("ul", "ol") and i < table]
            k = j
        else:
            text = b.text
            level = HEADINGS.get(b.kind)
            if level:
                text = "#" * level + " " + text
            elif b.kind == "pre":
                text = "```\n" + text + "\n```"
            lists = [i for i in chain if tags[i] in ("ul", "ol")]
            k += 1
        # (chain runs from the block up: the outermost list last)
        lists.reverse()
        indent = ""
        if lists:
            items = [i for i in chain if tags[i] == "li"]
            item = next((i for i in items if _parent_list(i, parent, tags) == lists[-1]), -1)
            for lst in lists[:-1]:
                indent += " " * (4 if tags[lst] == "ol" else 2)
            if item >= 0 and item not in started:
                started.add(item)
                if tags[lists[-1]] == "ol":
                    lst = lists[-1]
                    if item in values:
                        numbers[lst] = values[item]  # (and the items after it count on from it)
                    elif lst in numbers:
                        numbers[lst] += numbering.get(lst, (1, 1))[1]
                    else:
                        numbers[lst] = numbering.get(lst, (1, 1))[0]
                    marker = f"{numbers[lst]}. "
                else:
                    marker = "- "
                text = indent + marker + text.replace("\n", "\n" + indent + " " * len(marker))
            else:
                pad = indent + " " * (4 if tags[lists[-1]] == "ol" else 2)
                text = pad + text.replace("\n", "\n" + pad)
        quotes = [i for i in chain if tags[i] == "blockquote"]
        q = "> " * len(quotes)
        if quotes:
            text = "\n".join(q + line for line in text.split("\n"))
        top = lists[0] if lists else -1
        quote = quotes[-1] if quotes else -1
        if out:
            if top >= 0 and top == prev_list:
                out.append("\n")
            elif quote >= 0 and quote == prev_quote:
                out.append("\n" + q.rstrip() + "\n")  # (the next paragraph of the same quotation)
            else:
                out.append("\n\n")
        out.append(text)
        prev_list, prev_quote = top, quote
    return "".join(out).strip("\n")


def _ancestors(i: int, parent: list[int]) -> list[int]:
    """An element and the elements around it, innermost first."""
    out = []
    while i >= 0:
        out.append(i)
        i = parent[i]
    return out


def _parent_list(item: int, parent: list[int], tags: list[str]) -> int:
    """The list (ul/ol) a list item belongs to, or -1."""
    i = parent[item]
    while i >= 0 and tags[i] not in ("ul", "ol"):
        i = parent[i]
    return i


def _table(rows: dict[int, dict[int, list[str]]]) -> str:
    """A table's rows as a Markdown table (the first row as its header), or as paragraphs when it has one column."""
    width = max((max(r) for r in rows.values() if r), default=0)
    cells = [[" ".join(r.get(c, [])).replace("\n", " ").replace("|", "\\|") for c in range(1, width + 1)]
             for _, r in sorted(rows.items())]
    if width <= 1:
        return "\n\n".join(c[0] for c in cells if c and c[0])
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)
