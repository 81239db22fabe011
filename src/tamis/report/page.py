"""The report page: overview numbers and charts rendered here (escaped), the sampled documents
embedded as JSON for the inline script, and a Content-Security-Policy that lets nothing load."""
from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any

from tamis.report.assets import CSS, JS
from tamis.report.charts import bars, histogram, size_label
from tamis.report.scan import LENGTH_EDGES, Scan


def json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> block or open a comment: `<`, `>` and `&` as \\u escapes."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def csp(script: str) -> str:
    """The page's policy: only our own inline script (by hash) and styles; images only as data:."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return ("default-src 'none'; script-src 'sha256-" + digest + "'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _card(key: str, value: int, sub: str, ident: str) -> str:
    return (f'<div class="card"><div class="k">{escape(key)}</div>'
            f'<div class="v" id="{ident}" data-value="{int(value)}">{int(value):,}</div>'
            f'<div class="s">{escape(sub)}</div></div>')


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def overview(stats: dict[str, Any], s: Scan) -> str:
    """Cards and charts of the whole run."""
    d, b = stats.get("documents", {}), stats.get("bytes", {})
    n_in, kept, removed = int(d.get("in", 0)), int(d.get("kept", 0)), int(d.get("removed", 0))
    spans = stats.get("spans_removed", {})
    cards = "".join([
        _card("documents in", n_in, f"{size_label(int(b.get('in', 0)))}B read", "stat-docs-in"),
        _card("kept", kept, f"{_pct(kept, n_in)} of documents, {size_label(int(b.get('kept', 0)))}B of text",
              "stat-kept"),
        _card("removed", removed,
              f"{_pct(removed, n_in)} of documents, {size_label(int(b.get('removed', 0)))}B",
              "stat-removed"),
        _card("spans cut from kept", int(spans.get("count", 0)),
              f"{size_label(int(b.get('spans_removed', 0)))}B of text", "stat-spans"),
    ])
    if s.cluster_sizes or s.dup_removed:
        cards += _card("duplicate clusters", sum(s.cluster_sizes.values()),
                       f"{s.dup_removed:,} duplicates removed", "stat-clusters")
    labels = [("<" if i == 0 else "≥") + size_label(LENGTH_EDGES[1] if i == 0 else LENGTH_EDGES[i]) + "B"
              for i in range(len(LENGTH_EDGES))]
    steps = stats.get("steps", [])
    run = stats.get("run", {})
    charts = [
        bars(list((stats.get("removed_by_reason") or dict(s.by_reason)).items()),
             "documents removed, by reason"),
        bars(list((stats.get("removed_by_step") or {}).items()), "documents removed, by step"),
        bars(list((spans.get("by_reason") or dict(s.spans_by_reason)).items()),
             "spans cut from kept documents, by reason"),
        bars([(f"{x['name']} ({x.get('in', 0):,}→{x.get('out', 0):,})", float(x.get("seconds", 0)))
              for x in steps], "time per step (CPU seconds, all workers)", unit="s"),
        histogram(labels, [("before (all documents)", s.len_before.tolist()),
                           ("after (kept documents)", s.len_after.tolist())], "text length (UTF-8 bytes)"),
        bars([(str(k), v) for k, v in s.lang_kept.items()], "kept documents, by language")
        + bars([(str(k), v) for k, v in s.lang_removed.items()], "removed documents, by language"),
    ]
    run_line = ", ".join(f"{k}: {escape(str(v))}" for k, v in run.items()
                         if k in ("seconds", "workers", "shards", "format"))
    cells = "".join(f"<div>{c}</div>" for c in charts)
    return (f'<h2>Overview</h2><div class="cards">{cards}</div>'
            f'<p class="note">run: {run_line}</p><div class="charts grid">{cells}</div>')


def duplicates(s: Scan) -> str:
    """Cluster size distribution (the chart) above the list the script fills."""
    sizes = sorted(s.cluster_sizes.items())
    edges = [2, 3, 4, 5, 9, 17, 33, 65, 129, 257, 1025]
    labels, counts = [], []
    for lo, hi in zip(edges, [*edges[1:], None], strict=False):
        n = sum(c for size, c in sizes if size >= lo and (hi is None or size < hi))
        labels.append(str(lo) if hi == lo + 1 else (f"{lo}–{hi - 1}" if hi else f"≥{lo}"))
        counts.append(n)
    chart = histogram(labels, [("clusters", counts)], "duplicate clusters by size (documents per cluster)")
    shown = len(s.clusters)
    total = sum(s.cluster_sizes.values())
    return (f'<h2>Duplicate clusters</h2><div class="charts">{chart}</div>'
            f'<p class="note">{total:,} clusters of two or more documents; the {shown:,} largest are listed. '
            'A cluster shows its members side by side, the kept one marked.</p>'
            '<div id="clusters"></div><div id="cluster-view"></div>')


def page(title: str, stats: dict[str, Any], s: Scan, data: dict[str, Any], problem: str | None = None) -> str:
    """The whole self-contained HTML page."""
    policy = csp(JS)
    warning = f'<p class="problem">{escape(problem)}</p>' if problem else ""
    lim = s.limits
    note = (f"Samples: up to {lim.sample} documents per removal reason and per span reason, "
            f"{lim.max_docs} changed documents, the {lim.max_clusters} largest duplicate clusters; "
            f"texts cut at {lim.max_chars:,} characters.")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(policy, quote=False)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tamis report: {escape(title)}</title>
<style>{CSS}</style></head>
<body>
<header><h1>tamis report</h1><div class="sub">{escape(title)} · {escape(note)}</div>
<nav><button type="button" data-tab="overview" class="on">Overview</button>
<button type="button" data-tab="samples">Removed samples</button>
<button type="button" data-tab="doc">Document before / after</button>
<button type="button" data-tab="dups">Duplicate clusters</button></nav></header>
<main>
<section id="tab-overview">{warning}{overview(stats, s)}</section>
<section id="tab-samples" hidden><h2>What was removed, by reason</h2><div id="samples"></div></section>
<section id="tab-doc" hidden><h2>Document before / after</h2>
<form id="search-form" class="search">
<input id="search" type="search" placeholder="document id or URL" autocomplete="off">
<button type="submit" id="search-go">Find</button></form>
<div id="search-results"></div>
<div id="doc-view"><p class="note">Search a document by id or URL, or open one from the samples.</p></div>
</section>
<section id="tab-dups" hidden>{duplicates(s)}</section>
</main>
<script type="application/json" id="tamis-data">{json_for_script(data)}</script>
<script>{JS}</script>
</body></html>
"""
