"""Union-find kernels for dedup clusters (numba; imported only when a corpus step clusters)."""
from __future__ import annotations

import numba as nb
import numpy as np


@nb.njit(cache=True)
def _find(parent: np.ndarray, x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@nb.njit(cache=True)
def components(ia: np.ndarray, ib: np.ndarray, n: int) -> np.ndarray:
    """Component label (smallest member index) of each of n nodes joined by edges (ia[k], ib[k])."""
    parent = np.arange(n)
    for k in range(ia.shape[0]):
        ra = _find(parent, ia[k])
        rb = _find(parent, ib[k])
        if ra != rb:
            # The smaller index (earlier ref) becomes the root: deterministic labels.
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    for x in range(n):
        parent[x] = _find(parent, x)
    return parent


@nb.njit(cache=True)
def best_edges(ia: np.ndarray, ib: np.ndarray, w: np.ndarray, n: int):
    """Each node's heaviest edge: (weight, other end), ties to the smaller index."""
    best = np.full(n, -1.0, dtype=np.float32)
    other = np.full(n, -1, dtype=np.int64)
    for k in range(ia.shape[0]):
        a, b, x = ia[k], ib[k], w[k]
        if other[a] < 0 or x > best[a] or (x == best[a] and b < other[a]):
            best[a] = x
            other[a] = b
        if other[b] < 0 or x > best[b] or (x == best[b] and a < other[b]):
            best[b] = x
            other[b] = a
    return best, other
