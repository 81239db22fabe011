"""dedup_near on fixtures with known duplicates, including pairs in different shards and workers."""
from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tamis.dedup.near import DedupNear
from tamis.document import Document
from tamis.engines.memory import run_steps
from tamis.errors import UsageError
from tamis.registry import make_step
from tests.dedup.corpus import edit, jaccard5, words


def corpus() -> tuple[list[Document], dict[str, str]]:
    """40 distinct documents and 4 copies; returns docs and {copy id: original id}."""
    base = {f"d{i}": words(100 + i, 200) for i in range(40)}
    docs = [Document(id=k, text=" ".join(v)) for k, v in base.items()]
    copies = {
        # 2 words edited: J ≈ 0.9, placed in another shard than its original
        "c0": ("d0", " ".join(edit(base["d0"], 2, 1))),
        # exact copy with different case and punctuation
        "c3": ("d3", " ".join(base["d3"]).upper() + " !!!"),
        # two copies of d5: a cluster of three
        "c5a": ("d5", " ".join(edit(base["d5"], 1, 2))),
        "c5b": ("d5", " ".join(edit(base["d5"], 2, 3))),
    }
    # 40% edited: J well under 0.8, not a duplicate
    far = " ".join(edit(base["d7"], 80, 4))
    assert jaccard5(far, " ".join(base["d7"])) < 0.5
    docs.append(Document(id="far7", text=far))
    for cid, (_, text) in copies.items():
        docs.append(Document(id=cid, text=text))
    return docs, {k: v[0] for k, v in copies.items()}


def test_finds_exactly_the_known_duplicates_across_shards() -> None:
    docs, truth = corpus()
    run_steps([DedupNear()], docs, shard_size=7)
    removed = {d.id: d for d in docs if d.rejected}
    assert set(removed) == set(truth)
    for cid, orig in truth.items():
        d = removed[cid]
        assert d.metadata["duplicate_of"] == orig
        assert d.metadata["cluster_id"] == orig
        assert d.reason.startswith(f"near_duplicate: of {orig}")
        assert d.step == "dedup_near"
    kept = {d.id: d for d in docs if not d.rejected}
    assert kept["d5"].metadata["cluster_size"] == 3
    assert kept["d0"].metadata["cluster_size"] == 2
    assert "cluster_id" not in kept["d7"].metadata and "cluster_id" not in kept["far7"].metadata


@pytest.mark.parametrize("verify", ["estimate", "none"])
def test_other_verifications_find_the_close_copies(verify: str) -> None:
    docs, _ = corpus()
    run_steps([DedupNear(verify=verify)], docs, shard_size=10)
    removed = {d.id for d in docs if d.rejected}
    assert {"c0", "c3", "c5a", "c5b"} <= removed
    assert "far7" not in removed and not any(d.rejected for d in docs[:40])


def test_keep_policies() -> None:
    a = words(7, 200)
    texts = [" ".join(a), " ".join([*a, "extra", "words", "here"]), " ".join(edit(a, 1, 9))]
    meta = [{"date": "2020-01-01", "quality": 0.2}, {"date": "2019-05-05", "quality": 0.9},
            {"date": "2021-03-03", "quality": 0.5}]

    def kept(keep: str) -> str:
        pairs = enumerate(zip(texts, meta, strict=True))
        docs = [Document(id=f"k{i}", text=t, metadata=dict(m)) for i, (t, m) in pairs]
        run_steps([DedupNear(keep=keep)], docs)
        alive = [d.id for d in docs if not d.rejected]
        assert len(alive) == 1
        assert all(d.metadata["cluster_id"] == alive[0] for d in docs)
        return alive[0]

    assert kept("first") == "k0"
    assert kept("longest") == "k1"
    assert kept("newest") == "k2"
    assert kept("quality") == "k1"


def test_parameters_and_registry() -> None:
    step = make_step("dedup_near", {"threshold": 0.5, "ngram": 3})
    assert step.banding == (42, 3)
    assert make_step("dedup_near", {"bands": 16, "rows": 8}).banding == (16, 8)
    with pytest.raises(UsageError):
        make_step("dedup_near", {"verify": "maybe"})
    with pytest.raises(UsageError):
        make_step("dedup_near", {"bands": 20, "rows": 8})


def test_huge_bucket_uses_representatives() -> None:
    a = words(11, 200)
    docs = [Document(id=f"h{i}", text=" ".join(edit(a, 1, i))) for i in range(12)]
    docs.append(Document(id="other", text=" ".join(words(12, 200))))
    run_steps([DedupNear(pairwise_max=3)], docs)
    assert [d.id for d in docs if not d.rejected] == ["h0", "other"]
    assert docs[0].metadata["cluster_size"] == 12


def _keys_in_child(texts: list[str]) -> list:
    step = DedupNear()
    return [list(step.keys(Document(id=str(i), text=t))) for i, t in enumerate(texts)]


def test_keys_identical_in_other_worker_processes() -> None:
    # Spawned workers have their own hash seed and JIT state; a pair split across workers must
    # still meet in the same bucket with the same values.
    docs, _ = corpus()
    texts = [d.text for d in docs[:3]] + [d.text for d in docs[-4:]]
    with mp.get_context("spawn").Pool(2) as pool:
        remote = pool.map(_keys_in_child, [texts[:4], texts[4:]])
    local = [_keys_in_child(texts[:4]), _keys_in_child(texts[4:])]
    assert remote == local
    assert all(len(doc) == 18 for part in remote for doc in part)


def test_local_engine_two_workers_pair_in_different_shards(tmp_path: Path) -> None:
    from tamis.pipeline import Pipeline

    docs, truth = corpus()
    inp = tmp_path / "in"
    inp.mkdir()
    # The original d0 in the first file, its copy c0 in the last: different shards and tasks.
    for f in range(3):
        part = docs[15 * f : 15 * f + 15] if f < 2 else docs[30:]
        rows = [json.dumps({"id": d.id, "text": d.text}) for d in part]
        (inp / f"p{f}.jsonl").write_text("\n".join(rows) + "\n")
    p = Pipeline([("dedup_near", {})], read={"shard_bytes": 4000})
    stats = p.run([str(inp)], tmp_path / "out", workers=2, quiet=True)
    removed = []
    for f in sorted((tmp_path / "out" / "removed").glob("*.parquet")):
        removed.extend(pq.read_table(f).to_pylist())
    assert {r["id"]: r["duplicate_of"] for r in removed} == truth
    assert stats["run"]["shards"] >= 3


def test_removal_component_versus_direct_on_a_chain() -> None:
    # a ~ b and b ~ c, but a and c are under the threshold: a chain.
    a = words(21, 200)
    b = edit(a, 3, 5)
    c = edit(b, 3, 6)
    ta, tb, tc = (" ".join(x) for x in (a, b, c))
    assert jaccard5(ta, tb) >= 0.8 and jaccard5(tb, tc) >= 0.8 and jaccard5(ta, tc) < 0.8

    def run(removal: str) -> list[Document]:
        docs = [Document(id=i, text=t) for i, t in (("a", ta), ("b", tb), ("c", tc))]
        run_steps([DedupNear(removal=removal)], docs, shard_size=1)
        return docs

    comp = run("component")
    assert [d.rejected for d in comp] == [False, True, True]
    assert comp[2].metadata["duplicate_of"] == "a" and comp[2].metadata["cluster_size"] == 3
    direct = run("direct")
    assert [d.rejected for d in direct] == [False, True, False]
    assert direct[1].metadata["duplicate_of"] == "a"
    assert direct[1].metadata["dup_similarity"] == pytest.approx(jaccard5(ta, tb), abs=1e-4)
    assert direct[2].metadata["cluster_id"] == "a"
