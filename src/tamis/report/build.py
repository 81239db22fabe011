"""Builds OUT/report.html: scan the parts, gather the sampled documents into one table, render."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tamis.errors import UsageError
from tamis.report.scan import Limits, Scan, scan


def _stats(out: Path, s: Scan) -> dict[str, Any]:
    """stats.json, or counts rebuilt from the parts when a run left none."""
    f = out / "stats.json"
    if f.is_file():
        try:
            return json.loads(f.read_text(encoding="utf-8"))
        except ValueError:
            pass
    kept, removed = s.counts["kept"], s.counts["removed"]
    return {"documents": {"in": kept + removed, "kept": kept, "removed": removed},
            "bytes": {"in": s.bytes_in, "kept": s.counts["bytes_kept"]},
            "removed_by_reason": dict(s.by_reason.most_common()),
            "spans_removed": {"count": sum(s.spans_by_reason.values()),
                              "by_reason": dict(s.spans_by_reason.most_common())}}


class _Docs:
    """The documents embedded in the page, each once, referred to by index."""

    def __init__(self) -> None:
        self.docs: list[dict[str, Any]] = []
        self.index: dict[tuple[str, str, str], int] = {}

    def add(self, d: dict[str, Any]) -> int:
        key = (d["status"], str(d.get("id")), str(d.get("source")))
        if key not in self.index:
            self.index[key] = len(self.docs)
            self.docs.append(d)
        return self.index[key]


def gather(s: Scan) -> dict[str, Any]:
    """The JSON data of the page: documents, samples per reason, clusters."""
    docs = _Docs()
    removed = []
    for reason, res in sorted(s.removed_samples.items(), key=lambda kv: -kv[1].seen):
        removed.append({"reason": reason, "count": res.seen, "docs": [docs.add(d) for d in res.items]})
    spans = []
    for reason, res in sorted(s.span_samples.items(), key=lambda kv: -kv[1].seen):
        spans.append({"reason": reason, "count": res.seen, "items": [[docs.add(d), k] for d, k in res.items]})
    clusters = []
    for size, _, kept in sorted(s.clusters, key=lambda c: (-c[0], -c[1])):
        cid = str(kept.get("cluster_id"))
        members = s.members.get(cid, [])
        clusters.append({"id": cid, "size": size, "kept": docs.add(kept),
                         "members": [docs.add(m) for m in members], "more": s.more_members.get(cid, 0)})
    for res in (s.changed, s.unchanged):
        if res is not None:
            for d in res.items:
                docs.add(d)
    return {"docs": docs.docs, "samples": {"removed": removed, "spans": spans},
            "clusters": {"total": sum(s.cluster_sizes.values()), "shown": clusters}}


def build_report(out: Path, **limits: int) -> Path:
    """Scan OUT and write OUT/report.html atomically; returns its path."""
    from tamis.report.page import page
    from tamis.write.parts import atomic_write_text

    if not (out / "kept").is_dir():
        raise UsageError(f"{str(out)!r} is not a tamis output (no kept/)")
    lim = Limits(**limits)
    problem = None
    try:
        s = scan(out, lim)
    except Exception as e:
        # A part the report cannot read must not fail the run that just finished: the overview
        # still comes from stats.json, and the page says what is missing.
        s = Scan(lim)
        problem = f"the documents could not be sampled ({type(e).__name__}: {str(e)[:300]})"
        print(f"tamis: report: {problem}", file=sys.stderr)
    html = page(out.resolve().name, _stats(out, s), s, gather(s), problem)
    path = out / "report.html"
    # Lone surrogates from broken input cannot be written as UTF-8: they become U+FFFD.
    atomic_write_text(path, html.encode("utf-8", "replace").decode("utf-8"))
    return path
