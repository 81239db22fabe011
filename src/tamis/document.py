"""The Document that flows through every step, and the record of what was removed from it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tamis.textview import TextView


@dataclass(slots=True)
class Removal:
    """A span taken out of a document's text: the text itself, why, and by which step."""

    text: str
    reason: str
    step: str

    def as_dict(self) -> dict[str, str]:
        """Plain-dict form, as written to outputs."""
        return {"text": self.text, "reason": self.reason, "step": self.step}


class Document:
    """One record of the corpus.

    `kind` is "text" or "html" (raw markup still to be extracted). `reason`/`step` are set when a
    step rejects the document; a rejected document still travels to the removed output.
    The text view (`doc.view`) is computed lazily once per text and dropped when the text changes.
    """

    __slots__ = ("_text", "_utf8", "_view", "id", "kind", "metadata", "reason", "removed", "size", "source", "step",
                 "url")

    def __init__(
        self,
        id: str,
        text: str,
        url: str | None = None,
        source: str = "",
        metadata: dict[str, Any] | None = None,
        removed: list[Removal] | None = None,
        reason: str | None = None,
        step: str | None = None,
        kind: str = "text",
        size: int | None = None,
        utf8: bytes | None = None,
    ) -> None:
        self.id = id
        self._text = text
        # The text's UTF-8 bytes when the reader had them (a payload that was valid UTF-8): the
        # writer then stores them as they are instead of encoding the text again. Dropped when
        # the text changes.
        self._utf8 = utf8
        self.url = url
        self.source = source
        self.metadata = metadata if metadata is not None else {}
        self.removed = removed if removed is not None else []
        self.reason = reason
        self.step = step
        self.kind = kind
        # Bytes of the record as read (before decoding), for the run's byte counts.
        self.size = size
        self._view: TextView | None = None

    @property
    def text(self) -> str:
        """The document's current text."""
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        if value is not self._text:
            self._text = value
            self._view = None
            self._utf8 = None

    def text_utf8(self) -> bytes:
        """The text as UTF-8 bytes (the reader's own bytes when the text is still what was read)."""
        raw = self._utf8
        return raw if raw is not None else self._text.encode("utf-8", "surrogatepass")

    @property
    def view(self) -> TextView:
        """Lines, paragraphs and words of the current text, computed once and shared by all steps."""
        if self._view is None or self._view.text is not self._text:
            self._view = TextView(self._text)
        return self._view

    @property
    def rejected(self) -> bool:
        """True once a step has rejected the document."""
        return self.reason is not None

    def reject(self, reason: str, step: str) -> Document:
        """Mark the document as removed with a reason; it goes to the removed output."""
        self.reason = reason
        self.step = step
        return self

    def record(self, text: str, reason: str, step: str) -> None:
        """Record a span removed from the text (the caller sets the new text)."""
        if text:
            self.removed.append(Removal(text, reason, step))

    def drop_lines(self, drops: dict[int, str], step: str) -> None:
        """Remove lines by index (index -> reason), recording each and keeping line structure.

        Consecutive removed lines with the same reason are recorded as one span; blank lines left
        behind are collapsed so that paragraph structure stays readable.
        """
        if not drops:
            return
        lines = self.view.lines
        kept: list[str] = []
        run: list[str] = []
        run_reason: str | None = None
        for i, line in enumerate(lines):
            reason = drops.get(i)
            if reason is not None:
                if run and reason != run_reason:
                    self.record("\n".join(run), run_reason or reason, step)
                    run = []
                run.append(line)
                run_reason = reason
                continue
            if run:
                self.record("\n".join(run), run_reason or "", step)
                run = []
                run_reason = None
            kept.append(line)
        if run:
            self.record("\n".join(run), run_reason or "", step)
        self.text = collapse_blank_lines("\n".join(kept))

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form (JSON-serializable when the metadata is)."""
        return {
            "id": self.id,
            "text": self._text,
            "url": self.url,
            "source": self.source,
            "metadata": self.metadata,
            "removed": [r.as_dict() for r in self.removed],
            "reason": self.reason,
            "step": self.step,
            "kind": self.kind,
            "size": self.size,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Inverse of `to_dict`."""
        return cls(
            id=d["id"],
            text=d.get("text") or "",
            url=d.get("url"),
            source=d.get("source") or "",
            metadata=dict(d.get("metadata") or {}),
            removed=[Removal(r["text"], r["reason"], r["step"]) for r in d.get("removed") or []],
            reason=d.get("reason"),
            step=d.get("step"),
            kind=d.get("kind") or "text",
            size=d.get("size"),
        )

    def __getstate__(self) -> dict[str, Any]:
        return self.to_dict()

    def __setstate__(self, state: dict[str, Any]) -> None:
        other = Document.from_dict(state)
        for name in Document.__slots__:
            object.__setattr__(self, name, getattr(other, name))

    def __repr__(self) -> str:
        head = self._text[:40].replace("\n", " ")
        state = f" rejected={self.reason!r}" if self.reason else ""
        return f"Document(id={self.id!r}, text={head!r}…{state})"


def reason_class(reason: str) -> str:
    """`gopher_repetition: dup_para_frac 0.42 > 0.30` -> `gopher_repetition` (what stats.json counts)."""
    return reason.split(":", 1)[0].strip() or reason


def collapse_blank_lines(text: str) -> str:
    """Trim the text and squeeze runs of blank lines to one blank line."""
    out: list[str] = []
    blank = False
    for line in text.split("\n"):
        if line.strip():
            out.append(line)
            blank = False
        elif out and not blank:
            out.append("")
            blank = True
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)
