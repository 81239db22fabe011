"""Union-find clusters against a plain graph search, on random edge sets."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tamis.dedup.cluster import EdgeClusters, int_to_ref, ref_to_int

edges_st = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.floats(0.8, 1.0)), max_size=60)


def components(edges: list[tuple[int, int, float]]) -> list[set[int]]:
    adj: dict[int, set[int]] = {}
    for a, b, _ in edges:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    seen: set[int] = set()
    out = []
    for n in adj:
        if n in seen:
            continue
        comp, todo = set(), [n]
        while todo:
            x = todo.pop()
            if x not in comp:
                comp.add(x)
                todo.extend(adj[x] - comp)
        seen |= comp
        out.append(comp)
    return out


def ref(n: int) -> int:
    return ref_to_int((n % 3, n))  # three shards


@settings(max_examples=60, deadline=None)
@given(edges_st, st.sampled_from(["component", "direct"]))
def test_clusters_match_graph_components_with_one_keeper_each(edges, removal) -> None:
    edges = [(a, b, w) for a, b, w in edges if a != b]
    ec = EdgeClusters(keep="longest", removal=removal)
    for a, b, w in edges:
        ec.add(ref(a), ref(b), w, (f"d{a}", 100 + a, "", 0.0), (f"d{b}", 100 + b, "", 0.0))
    out = {int_to_ref(ref_to_int(r))[1]: d for r, d in ec.resolve()}
    adj = {(a, b) for a, b, _ in edges} | {(b, a) for a, b, _ in edges}
    for comp in components(edges):
        kid = f"d{max(comp)}"  # keep="longest": the largest byte count
        assert {out[n][1] for n in comp} == {kid}
        assert all(out[n][2] == len(comp) for n in comp)
        assert out[max(comp)][3] is None
        removed = [n for n in comp if out[n][3] is not None]
        if removal == "component":
            assert len(removed) == len(comp) - 1
        else:
            # every removed member has an edge to the kept member it names, which is itself kept
            for n in removed:
                k = int(out[n][3][1:])
                assert (n, k) in adj and out[k][3] is None
    assert set(out) == {n for c in components(edges) for n in c}
