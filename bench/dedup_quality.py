"""Near-dedup quality on ../shared/data/neardup against rensa and datasketch, in one run.

Run (peers live in their own virtualenv, tamis from this checkout):
    PYTHONPATH=src bench/.venv-dedup/bin/python bench/dedup_quality.py [--quick]

Truth: pairs_j050.tsv holds every pair with exact word-5-gram Jaccard ≥ 0.5 (lower-cased \\w+ words);
the duplicates at threshold t are the pairs with J ≥ t. Measured for every method:
- edges: the pairs the method itself declares duplicates (tamis: verified edges; peers: the LSH
  query's candidate pairs, optionally filtered by their estimated Jaccard);
- clusters: every pair inside one connected component of those edges (what removal implies);
- removals: a removed document is right when its J with the document kept in its stead is ≥ t;
- injected copies found: a copy is found when it ends up in its original's component.
All methods shingle the same way (lower-cased \\w+ words, 5-grams), so the comparison is of the
algorithms, not of tokenizers.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "neardup"
WORD = re.compile(r"\w+")


def load() -> tuple[list[dict], dict[tuple[int, int], float]]:
    docs = [json.loads(line) for line in gzip.open(DATA / "docs.jsonl.gz", "rt", encoding="utf-8")]
    pairs = {}
    with open(DATA / "pairs_j050.tsv") as f:
        next(f)
        for line in f:
            i, j, x = line.split("\t")
            pairs[(int(i), int(j))] = float(x)
    return docs, pairs


def shingles(text: str, n: int = 5) -> list[str]:
    w = WORD.findall(text.lower())
    return [" ".join(w[i : i + n]) for i in range(max(1, len(w) - n + 1))]


def components(n: int, edges: set[tuple[int, int]]) -> np.ndarray:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(x) for x in range(n)])


def cluster_pairs(labels: np.ndarray) -> set[tuple[int, int]]:
    groups = defaultdict(list)
    for i, lab in enumerate(labels.tolist()):
        groups[lab].append(i)
    out = set()
    for m in groups.values():
        for x in range(len(m)):
            for y in range(x + 1, len(m)):
                out.add((m[x], m[y]))
    return out


def pr(pred: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    tp = len(pred & truth)
    return tp / max(1, len(truth)), tp / max(1, len(pred))


def family_of(docs: list[dict]) -> list[str]:
    return [d["src"] or d["id"] for d in docs]


def report(name: str, docs: list[dict], pairs: dict, edges: set[tuple[int, int]], t: float,
           seconds: float, removed: dict[int, int] | None = None) -> dict:
    """Print and return the measures of one method (edges given as (i, j) with i < j)."""
    truth = {p for p, x in pairs.items() if x >= t}
    labels = components(len(docs), edges)
    cl = cluster_pairs(labels)
    er, ep = pr(edges, truth)
    cr, cp = pr(cl, truth)
    fam = family_of(docs)
    idx = {d["id"]: i for i, d in enumerate(docs)}
    # Related: same syndication family, or J ≥ 0.5 (the precision used for the loose settings).
    related = sum(1 for p in edges if p in pairs or fam[p[0]] == fam[p[1]])
    found = defaultdict(lambda: [0, 0])
    for i, d in enumerate(docs):
        if d["src"] is not None:
            f = found[d["edit_rate"]]
            f[1] += 1
            f[0] += int(labels[i] == labels[idx[d["src"]]])
    row = {"method": name, "edges": len(edges), "edge_recall": er, "edge_precision": ep,
           "cluster_pairs": len(cl), "cluster_recall": cr, "cluster_precision": cp,
           "edge_precision_related": related / max(1, len(edges)),
           "copies_found": {str(k): round(v[0] / v[1], 3) for k, v in sorted(found.items())},
           "seconds": round(seconds, 2), "docs_per_s": round(len(docs) / seconds)}
    if removed is not None:
        ok = sum(1 for r, k in removed.items() if pairs.get((min(r, k), max(r, k)), 0.0) >= t)
        row["removed"] = len(removed)
        row["removal_precision"] = ok / max(1, len(removed))
    print(json.dumps(row), flush=True)
    return row


def run_tamis(docs: list[dict], params: dict, shard_size: int = 1000) -> tuple[set, dict, float, tuple]:
    """dedup_near through the memory engine; returns (edges, removed -> kept, seconds, banding)."""
    from tamis.dedup.near import DedupNear
    from tamis.document import Document
    from tamis.engines.memory import run_corpus_step

    step = DedupNear(**params)
    ds = [Document(id=str(i), text=d["text"]) for i, d in enumerate(docs)]
    edges: set[tuple[int, int]] = set()
    orig = step.decide

    def decide(key, items):  # record the verified edges as they pass
        for ref, d in orig(key, items):
            a, b = int(d[3][0]), int(d[4][0])
            edges.add((min(a, b), max(a, b)))
            yield ref, d

    step.decide = decide  # type: ignore[method-assign]
    t0 = time.perf_counter()
    run_corpus_step(step, ds, shard_size=shard_size)
    dt = time.perf_counter() - t0
    removed = {i: int(d.metadata["duplicate_of"]) for i, d in enumerate(ds) if d.rejected}
    return edges, removed, dt, step.banding


def run_rensa(docs: list[dict], t: float, bands: int, verify: bool) -> tuple[set, float]:
    from rensa import RMinHash, RMinHashLSH

    t0 = time.perf_counter()
    mhs = []
    for d in docs:
        m = RMinHash(num_perm=128, seed=42)
        m.update(shingles(d["text"]))
        mhs.append(m)
    lsh = RMinHashLSH(threshold=t, num_perm=128, num_bands=bands)
    for i, m in enumerate(mhs):
        lsh.insert(i, m)
    edges = set()
    for i, m in enumerate(mhs):
        for j in lsh.query(m):
            if j != i and (not verify or m.jaccard(mhs[j]) >= t):
                edges.add((min(i, j), max(i, j)))
    return edges, time.perf_counter() - t0


def run_datasketch(docs: list[dict], t: float) -> tuple[set, float, tuple]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=t, num_perm=128)
    mhs = []
    for i, d in enumerate(docs):
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles(d["text"])])
        mhs.append(m)
        lsh.insert(i, m)
    edges = set()
    for i, m in enumerate(mhs):
        for j in lsh.query(m):
            if j != i:
                edges.add((min(i, j), max(i, j)))
    return edges, time.perf_counter() - t0, (lsh.b, lsh.r)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="tamis default and the peers only")
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args()
    docs, pairs = load()
    print(f"# {len(docs)} docs, {sum(len(d['text'].encode()) for d in docs) / 1e6:.1f} MB, "
          f"{sum(x >= 0.8 for x in pairs.values())} pairs with J ≥ 0.8", flush=True)
    # JIT warm-up outside the timings (compiled code is cached on disk after the first run).
    run_tamis(docs[:50], {})
    rows = []
    configs = [("tamis default (exact verify)", {}, 0.8),
               ("tamis removal=direct", {"removal": "direct"}, 0.8),
               ("tamis verify=estimate", {"verify": "estimate"}, 0.8)]
    if not args.quick:
        configs += [
            ("tamis bands=16 rows=8", {"bands": 16, "rows": 8}, 0.8),
            ("tamis threshold=0.5", {"threshold": 0.5}, 0.5),
            ("tamis ngram=3 threshold=0.6", {"ngram": 3, "threshold": 0.6}, 0.5),
            ("tamis ngram=4 threshold=0.55", {"ngram": 4, "threshold": 0.55}, 0.5),
        ]
    for name, params, t in configs:
        edges, removed, dt, banding = run_tamis(docs, params)
        rows.append(report(f"{name} {banding[0]}x{banding[1]}", docs, pairs, edges, t, dt, removed))
    if not args.no_peers:
        for verify in (False, True):
            edges, dt = run_rensa(docs, 0.8, 16, verify)
            name = f"rensa 16x8{' + jaccard verify' if verify else ''}"
            rows.append(report(name, docs, pairs, edges, 0.8, dt))
        edges, dt, br = run_datasketch(docs, 0.8)
        rows.append(report(f"datasketch default {br[0]}x{br[1]}", docs, pairs, edges, 0.8, dt))
    with open(Path(__file__).parent / "work" / "dedup_quality.json", "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    (Path(__file__).parent / "work").mkdir(exist_ok=True)
    main()
