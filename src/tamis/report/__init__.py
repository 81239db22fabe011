"""The HTML report of a run: OUT/report.html, one self-contained page (no network, assets inline)
showing what was kept, what was removed and why, documents before and after, and duplicate clusters.
Heavy imports stay inside `write_report` so that importing the package costs nothing."""
from __future__ import annotations

from pathlib import Path


def write_report(out: str | Path, sample: int = 20, max_docs: int = 100, max_clusters: int = 30,
                 cluster_members: int = 8, max_chars: int = 5000) -> Path:
    """Write OUT/report.html for a finished run and return its path.

    `sample`: documents shown per removal reason and per span reason; `max_docs`: changed documents
    embedded for the before/after view (plus a quarter as many unchanged ones); `max_clusters`: the
    largest duplicate clusters listed, each with up to `cluster_members` removed members;
    `max_chars`: characters of each text embedded. These bound the report's size for any run.
    """
    from tamis.report.build import build_report

    return build_report(Path(out), sample=sample, max_docs=max_docs, max_clusters=max_clusters,
                        cluster_members=cluster_members, max_chars=max_chars)


__all__ = ["write_report"]
