"""Renders kept blocks as readable text or Markdown.

Paragraphs are separated by blank lines; the items of one list and the rows of one table stay on
consecutive lines (cells joined by " | "), so their structure survives as plain text.
"""
from __future__ import annotations

from tamis.extract.walk import HEADINGS, Block


def render(blocks: list[Block], markdown: bool = False) -> str:
    """Join blocks into text: blank lines between paragraphs, single newlines inside lists and tables."""
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
