"""Duplicate clusters from pair edges: union-find over numpy arrays, then one keeper per cluster.

This runs in the driver (`CorpusStep.combine`). Its memory is proportional to the number of edges
and of documents that have at least one duplicate, never to the corpus: edges arrive as small
tuples and are packed into int64/float32 chunks; a node's keep-policy facts are held once.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from tamis.document import Document
from tamis.steps import check_choice

KEEP_POLICIES = ("first", "longest", "newest", "quality")
# "component": every member of a connected component but the keeper is removed (union-find).
# "direct": a member is removed only with a verified edge to a kept member; others stay kept.
REMOVAL_MODES = ("component", "direct")

# What a document contributes to the keep decision: (id, bytes, date text, quality score).
Meta = tuple[str, int, str, float]


def doc_meta(doc: Document, date_field: str, quality_field: str) -> Meta:
    """The facts a keep policy needs about one document, small enough to travel with each key."""
    date = doc.metadata.get(date_field)
    q = doc.metadata.get(quality_field)
    try:
        quality = float(q) if q is not None else -math.inf
    except (TypeError, ValueError):
        quality = -math.inf
    return (doc.id, doc.view.n_bytes, "" if date is None else str(date), quality)


def ref_to_int(ref: tuple[int, int]) -> int:
    """Pack an engine ref (shard, position) into one int64 that sorts in input order."""
    return (ref[0] << 32) | ref[1]


def int_to_ref(x: int) -> tuple[int, int]:
    """Inverse of `ref_to_int`."""
    return (x >> 32, x & 0xFFFFFFFF)


def check_keep(keep: str, removal: str = "component") -> None:
    """Reject an unknown keep policy or removal mode with a message naming the valid ones."""
    check_choice("keep", keep, KEEP_POLICIES)
    check_choice("removal", removal, REMOVAL_MODES)


def keeper_order(refs: list[int], metas: list[Meta], keep: str) -> list[int]:
    """Indices of `refs` ordered best-to-keep first under the policy; ties go to the first seen."""
    if keep == "longest":
        key = [(-m[1], r) for r, m in zip(refs, metas, strict=True)]
    elif keep == "newest":
        # ISO dates sort as text; a missing date sorts last.
        key = [(0 if m[2] else 1, _neg_text(m[2]), r) for r, m in zip(refs, metas, strict=True)]
    elif keep == "quality":
        key = [(-m[3], r) for r, m in zip(refs, metas, strict=True)]
    else:
        key = [(r,) for r in refs]
    return sorted(range(len(refs)), key=lambda i: key[i])


def _neg_text(s: str) -> tuple[int, ...]:
    # Descending order on text inside an ascending sort.
    return tuple(-ord(c) for c in s)


def _direct_links(members: np.ndarray, ranked: list[int], ia: np.ndarray, ib: np.ndarray,
                  w: np.ndarray) -> list[tuple[int, float]]:
    """Greedy stars in keep order: (position of the kept member a member is removed for, or -1 when
    it is kept, similarity). A member joins the most similar kept member it has an edge to."""
    pos_of = {int(n): p for p, n in enumerate(members.tolist())}
    adj: dict[int, dict[int, float]] = {}
    for a, b, x in zip(ia.tolist(), ib.tolist(), w.tolist(), strict=True):
        pa, pb = pos_of[a], pos_of[b]
        adj.setdefault(pa, {})[pb] = max(x, adj.get(pa, {}).get(pb, -1.0))
        adj.setdefault(pb, {})[pa] = max(x, adj.get(pb, {}).get(pa, -1.0))
    out: list[tuple[int, float]] = [(-1, 0.0)] * len(members)
    centers: list[int] = []
    for p in ranked:
        near = [(adj.get(p, {}).get(c, -1.0), -k, c) for k, c in enumerate(centers) if c in adj.get(p, {})]
        if near:
            x, _, c = max(near)
            out[p] = (c, x)
        else:
            centers.append(p)
    return out


class EdgeClusters:
    """Accumulates weighted edges between refs and resolves them into clusters with keepers."""

    _CHUNK = 1 << 16

    def __init__(self, keep: str = "first", removal: str = "component") -> None:
        check_keep(keep, removal)
        self.keep = keep
        self.removal = removal
        self._a: list[np.ndarray] = []
        self._b: list[np.ndarray] = []
        self._w: list[np.ndarray] = []
        self._buf_a: list[int] = []
        self._buf_b: list[int] = []
        self._buf_w: list[float] = []
        self.meta: dict[int, Meta] = {}

    def add(self, a: int, b: int, w: float, meta_a: Meta, meta_b: Meta) -> None:
        """Add one edge between packed refs `a` and `b` with similarity `w`."""
        self._buf_a.append(a)
        self._buf_b.append(b)
        self._buf_w.append(w)
        self.meta.setdefault(a, meta_a)
        self.meta.setdefault(b, meta_b)
        if len(self._buf_a) >= self._CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._buf_a:
            self._a.append(np.array(self._buf_a, dtype=np.int64))
            self._b.append(np.array(self._buf_b, dtype=np.int64))
            self._w.append(np.array(self._buf_w, dtype=np.float32))
            self._buf_a, self._buf_b, self._buf_w = [], [], []

    @property
    def n_edges(self) -> int:
        """Edges added so far."""
        return sum(x.size for x in self._a) + len(self._buf_a)

    def resolve(self) -> Iterator[tuple[tuple[int, int], tuple]]:
        """Yield (ref, ("c", cluster_id, size, duplicate_of or None, best similarity, neighbour id))."""
        self._flush()
        if not self._a:
            return
        a = np.concatenate(self._a)
        b = np.concatenate(self._b)
        w = np.concatenate(self._w)
        self._a, self._b, self._w = [], [], []
        nodes = np.unique(np.concatenate([a, b]))
        ia = np.searchsorted(nodes, a)
        ib = np.searchsorted(nodes, b)
        del a, b
        from tamis.dedup.unionfind import best_edges, components  # numba: loaded when first needed

        labels = components(ia, ib, nodes.size)
        best, other = best_edges(ia, ib, w, nodes.size)
        order = np.argsort(labels, kind="stable")
        bounds = np.flatnonzero(np.diff(labels[order])) + 1
        # Edges grouped by component, in the same (ascending label) order as the members.
        eorder = np.argsort(labels[ia], kind="stable")
        ebounds = np.flatnonzero(np.diff(labels[ia][eorder])) + 1
        egroups = np.split(eorder, ebounds) if self.removal == "direct" else None
        for g, members in enumerate(np.split(order, bounds)):
            refs = [int(nodes[i]) for i in members]
            metas = [self.meta[r] for r in refs]
            ranked = keeper_order(refs, metas, self.keep)
            kid = metas[ranked[0]][0]
            size = len(refs)
            if egroups is not None:
                links = _direct_links(members, ranked, ia[egroups[g]], ib[egroups[g]], w[egroups[g]])
            for pos, i in enumerate(members):
                if egroups is None:
                    nb_id = self.meta[int(nodes[other[i]])][0]
                    dup_of = None if pos == ranked[0] else kid
                    yield int_to_ref(refs[pos]), ("c", kid, size, dup_of, float(best[i]), nb_id)
                    continue
                center, sim = links[pos]
                dup_of = None if center < 0 else metas[center][0]
                nb_id = metas[center][0] if center >= 0 else self.meta[int(nodes[other[i]])][0]
                sim_out = sim if center >= 0 else float(best[i])
                yield int_to_ref(refs[pos]), ("c", kid, size, dup_of, sim_out, nb_id)


def cluster_decisions(
    decisions: Iterable[tuple[Any, Any]], keep: str, removal: str = "component"
) -> Iterator[tuple[tuple[int, int], Any]]:
    """`combine` for edge-emitting steps: edges ("e", ref_b, w, meta_a, meta_b) become cluster
    decisions; any other decision passes through untouched."""
    clusters = EdgeClusters(keep, removal)
    for ref, d in decisions:
        if isinstance(d, tuple) and d and d[0] == "e":
            clusters.add(ref_to_int(ref), ref_to_int(d[1]), d[2], d[3], d[4])
        else:
            yield ref, d
    yield from clusters.resolve()
