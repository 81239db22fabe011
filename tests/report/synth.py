"""A big synthetic run written directly as output parts (as the engine writes them), for size tests."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from tamis.write.schema import build_schema

FIELDS = {"content_type": "string", "http_status": "int64", "language": "string", "cluster_id": "string",
          "cluster_size": "int64", "duplicate_of": "string"}
WORDS = ["harbour", "council", "budget", "repairs", "wall", "fishermen", "decision", "debate", "weather",
         "market", "school", "road", "bridge", "museum", "festival", "river"]
REASONS = ["too_short: 3 words", "gopher_repetition: dup_para_frac 0.42 > 0.30", "language: de 0.91",
           "c4_badwords", "duplicate: of k0", "near_duplicate: jaccard 0.86"]


def write_synthetic(out: Path, n: int, removed_frac: float = 0.3, rows_per_part: int = 50_000) -> dict:
    """Write n documents (kept and removed parts, stats.json) into out; returns the stats."""
    rng = np.random.default_rng(0)
    schema = build_schema(FIELDS)
    (out / "kept").mkdir(parents=True)
    (out / "removed").mkdir()
    # A thousand distinct bodies of 20-300 words, reused with the row number appended: cheap to write.
    bodies = [" ".join(rng.choice(WORDS, int(k))) for k in rng.integers(20, 300, 1000)]
    n_removed = int(n * removed_frac)
    n_kept = n - n_removed
    by_reason: dict[str, int] = {}
    spans_by_reason: dict[str, int] = {}
    n_spans = 0
    bytes_kept = 0
    bytes_removed = 0
    bytes_spans = 0
    for which, total in (("kept", n_kept), ("removed", n_removed)):
        for part, start in enumerate(range(0, total, rows_per_part)):
            m = min(rows_per_part, total - start)
            texts = [f"{bodies[(start + i) % 1000]} {start + i}" for i in range(m)]
            ids = [f"{which[0]}{start + i}" for i in range(m)]
            cols: dict[str, list] = {
                "id": ids, "text": texts,
                "url": [f"https://site{(start + i) % 997}.example/{which}/{start + i}" for i in range(m)],
                "source": [f"crawl-{part}.warc.gz#{(start + i) * 1000}" for i in range(m)],
                "content_type": ["text/html"] * m, "http_status": [200] * m,
                "language": rng.choice(["en", "fr", "de", "es"], m, p=[0.7, 0.1, 0.1, 0.1]).tolist(),
                "metadata": [None] * m,
            }
            if which == "kept":
                cols["reason"] = [None] * m
                cols["step"] = [None] * m
                removed = []
                for i in range(m):
                    spans = []
                    if i % 3 == 0:
                        spans.append({"text": "We use cookies to improve your experience. Accept all",
                                      "reason": "boilerplate:cookie", "step": "boilerplate"})
                    if i % 7 == 0:
                        spans.append({"text": texts[i][:80], "reason": "repetition",
                                      "step": "repair_repetition"})
                    for s in spans:
                        cls = s["reason"].split(":")[0]
                        spans_by_reason[cls] = spans_by_reason.get(cls, 0) + 1
                        bytes_spans += len(s["text"])
                    n_spans += len(spans)
                    removed.append(spans)
                cols["removed"] = removed
                # One cluster per 50 kept documents, of 2..40 members.
                cols["cluster_id"] = [f"c{start + i}" if i % 50 == 0 else None for i in range(m)]
                cols["cluster_size"] = [int(2 + (start + i) % 39) if i % 50 == 0 else None for i in range(m)]
                cols["duplicate_of"] = [None] * m
                bytes_kept += sum(len(t) for t in texts)
            else:
                reasons = [REASONS[(start + i) % len(REASONS)] for i in range(m)]
                cols["reason"] = reasons
                cols["step"] = [r.split(":")[0] for r in reasons]
                cols["removed"] = [[] for _ in range(m)]
                is_dup = [r.startswith(("duplicate", "near_duplicate")) for r in reasons]
                first = [((start + i) // 50) * 50 for i in range(m)]
                cols["cluster_id"] = [f"c{f}" if d else None for f, d in zip(first, is_dup, strict=True)]
                cols["cluster_size"] = [None] * m
                cols["duplicate_of"] = [f"k{f}" if d else None for f, d in zip(first, is_dup, strict=True)]
                for r in reasons:
                    c = r.split(":")[0]
                    by_reason[c] = by_reason.get(c, 0) + 1
                bytes_removed += sum(len(t) for t in texts)
            table = pa.Table.from_pydict({f.name: cols[f.name] for f in schema}, schema=schema)
            name = f"part-{part:05d}-000.parquet" if which == "kept" else f"part-{part:05d}-s0-000.parquet"
            pq.write_table(table, out / which / name, compression="zstd",
                           use_dictionary=["reason", "step", "language", "content_type"])
    stats = {"documents": {"in": n, "kept": n_kept, "removed": n_removed},
             "bytes": {"in": bytes_kept + bytes_removed + bytes_spans, "kept": bytes_kept,
                       "removed": bytes_removed, "spans_removed": bytes_spans},
             "removed_by_reason": by_reason, "removed_by_step": {},
             "spans_removed": {"count": n_spans, "by_reason": spans_by_reason},
             "steps": [{"name": "boilerplate", "seconds": 12.5, "in": n, "out": n}],
             "run": {"seconds": 30.0, "workers": 2, "shards": 4, "format": "parquet"}}
    (out / "stats.json").write_text(json.dumps(stats))
    return stats
