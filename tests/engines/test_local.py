"""The local engine end to end: counts add up, outputs read back, shuffles across shards, resume."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tamis.errors import UsageError
from tamis.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
P = "tests.engines.plugin_steps"


def pipe(*steps: tuple[str, dict], **read) -> Pipeline:
    p = Pipeline([(f"{P}:{n}", a) for n, a in steps], read=read or None)
    p.build()
    return p


def kept_rows(out: Path) -> list[dict]:
    rows = []
    for f in sorted((out / "kept").glob("*.parquet")):
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def removed_rows(out: Path) -> list[dict]:
    rows = []
    for f in sorted((out / "removed").glob("*.parquet")):
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def write_corpus(d: Path, n_files: int = 6, per_file: int = 30, dup_every: int = 5) -> int:
    d.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in range(n_files):
        lines = []
        for i in range(per_file):
            k = f * per_file + i
            # every `dup_every`-th document repeats a text of file 0: duplicates across shards
            text = f"Shared text number {i}, long enough to keep." if k % dup_every == 0 else f"Unique {k} " * 5
            lines.append(json.dumps({"id": f"f{f}-{i}", "text": text if k % 17 else "tiny"}))
            n += 1
        (d / f"part{f}.jsonl").write_text("\n".join(lines) + "\n")
    return n


def test_counts_add_up_and_duplicates_found_across_shards_and_workers(tmp_path: Path) -> None:
    n = write_corpus(tmp_path / "in")
    p = pipe(("RejectShort", {"min_chars": 10}), ("ExactDup", {}), ("RejectShort", {"min_chars": 0}),
             shard_bytes=2000)
    stats = p.run([str(tmp_path / "in")], tmp_path / "out", workers=2, quiet=True)
    assert stats["run"]["shards"] >= 6
    d = stats["documents"]
    assert d["in"] == n == d["kept"] + d["removed"]
    kept, removed = kept_rows(tmp_path / "out"), removed_rows(tmp_path / "out")
    assert len(kept) == d["kept"] and len(removed) == d["removed"]
    texts = [r["text"] for r in kept]
    assert len(texts) == len(set(texts))  # one copy of each text survives
    dups = [r for r in removed if r["step"] == "exact_dup"]
    assert dups and all(r["reason"].startswith("duplicate: of f") for r in dups)
    assert stats["removed_by_reason"]["too_short"] == sum(1 for r in removed if r["step"] == "reject_short")
    names = [s["name"] for s in stats["steps"]]
    assert names == ["reject_short", "exact_dup", "reject_short#2"]
    assert stats["steps"][1]["in"] == n - stats["removed_by_reason"]["too_short"]
    assert all(r["dup_count"] >= 1 for r in kept)


def test_outputs_read_with_pyarrow_duckdb_pandas(tmp_path: Path, crawl: Path) -> None:
    import duckdb
    import pandas as pd

    stats = Pipeline([]).run([str(crawl)], tmp_path / "out", workers=1, quiet=True)
    kept_glob = str(tmp_path / "out" / "kept" / "*.parquet")
    n_duck = duckdb.sql(f"select count(*) from read_parquet('{kept_glob}')").fetchall()[0][0]
    n_pd = len(pd.read_parquet(tmp_path / "out" / "kept"))
    assert n_duck == n_pd == stats["documents"]["kept"]
    reasons = duckdb.sql(
        f"select reason from read_parquet('{tmp_path / 'out' / 'removed' / '*.parquet'}')").fetchall()
    assert len(reasons) == stats["documents"]["removed"] and all(r[0] for r in reasons)


def test_jsonl_output_reads_back(tmp_path: Path, crawl: Path) -> None:
    import duckdb

    p = Pipeline([], write={"format": "jsonl"})
    stats = p.run([str(crawl)], tmp_path / "out", workers=1, quiet=True)
    files = list((tmp_path / "out" / "kept").glob("*.jsonl.zst"))
    assert files
    n = duckdb.sql(f"select count(*) from read_json('{tmp_path / 'out' / 'kept'}/*.jsonl.zst')").fetchall()[0][0]
    assert n == stats["documents"]["kept"]


def test_refuses_other_output_resumes_same(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", n_files=2)
    out = tmp_path / "out"
    a = pipe(("RejectShort", {"min_chars": 10}))
    first = a.run([str(tmp_path / "in")], out, workers=1, quiet=True)
    again = a.run([str(tmp_path / "in")], out, workers=1, quiet=True)  # same config: resumes, all done
    assert again["documents"] == first["documents"]
    b = pipe(("RejectShort", {"min_chars": 50}))
    with pytest.raises(UsageError, match="overwrite"):
        b.run([str(tmp_path / "in")], out, workers=1, quiet=True)
    third = b.run([str(tmp_path / "in")], out, workers=1, quiet=True, overwrite=True)
    assert third["documents"]["removed"] > first["documents"]["removed"]


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'src'}"}
    return subprocess.run([sys.executable, "-m", "tamis.cli", *args], cwd=cwd, env=env, capture_output=True,
                          check=False,
                          text=True, start_new_session=True, timeout=300)


def test_sigkill_halfway_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", n_files=8, per_file=40)
    sentinel = tmp_path / "killed"
    cfg = tmp_path / "p.yaml"
    cfg.write_text(
        "read: {shard_bytes: 1500}\n"
        f"steps:\n  - {P}:RejectShort: {{min_chars: 10}}\n"
        f"  - {P}:KillOnce: {{doc_id: f4-20, sentinel: '{sentinel}'}}\n"
        f"  - {P}:ExactDup: {{}}\n")
    clean_cfg = tmp_path / "q.yaml"
    clean_cfg.write_text(cfg.read_text().replace("f4-20", "never"))
    r = run_cli(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-c", str(cfg), "--workers", "2",
                 "--quiet"], tmp_path)
    assert r.returncode != 0 and sentinel.exists()  # killed halfway
    assert not (tmp_path / "out" / "stats.json").exists()
    done = list((tmp_path / "out" / "_tamis" / "done").glob("map0-*.json"))
    assert len(done) > 0
    r = run_cli(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-c", str(cfg), "--workers", "2",
                 "--quiet"], tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_cli(["run", str(tmp_path / "in"), "-o", str(tmp_path / "clean"), "-c", str(clean_cfg),
                 "--workers", "2", "--quiet"], tmp_path)
    assert r.returncode == 0, r.stderr
    resumed = sorted((x["id"], x["text"]) for x in kept_rows(tmp_path / "out"))
    clean = sorted((x["id"], x["text"]) for x in kept_rows(tmp_path / "clean"))
    assert resumed == clean and len(clean) > 100
    s1 = json.loads((tmp_path / "out" / "stats.json").read_text())["documents"]
    s2 = json.loads((tmp_path / "clean" / "stats.json").read_text())["documents"]
    assert s1 == s2 and s1["in"] == 320 == s1["kept"] + s1["removed"]


def test_cli_errors_exit_2_and_write_nothing(tmp_path: Path) -> None:
    r = run_cli(["run", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")], tmp_path)
    assert r.returncode == 2 and "missing.jsonl" in r.stderr and not (tmp_path / "o").exists()
    (tmp_path / "x.txt").write_text("hello")
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"steps:\n  - {P}:RejectShort: {{min_char: 3}}\n")
    r = run_cli(["run", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o"), "-c", str(bad)], tmp_path)
    assert r.returncode == 2 and "min_char" in r.stderr and "min_chars" in r.stderr
    assert not (tmp_path / "o").exists()


GOOD = st.sampled_from(["txt", "jsonl", "warc", "parquet"])
BAD = st.sampled_from(["binary", "badjson", "truncgz", "badwarc", "unknown"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mix=st.lists(st.one_of(GOOD, BAD), min_size=1, max_size=8), seed=st.integers(0, 1000))
def test_in_equals_kept_plus_removed_over_random_mixes(tmp_path_factory, mix: list[str], seed: int) -> None:
    import gzip

    import pyarrow as pa

    from tests.conftest import sample_records, write_warc

    d = tmp_path_factory.mktemp("mix")
    expected = 0
    for i, kind in enumerate(mix):
        if kind == "txt":
            (d / f"{i}.txt").write_text(f"text {seed} {i}")
            expected += 1
        elif kind == "jsonl":
            (d / f"{i}.jsonl").write_text("".join(json.dumps({"id": f"{i}-{k}", "text": f"t{k}"}) + "\n"
                                                  for k in range(seed % 7 + 1)))
            expected += seed % 7 + 1
        elif kind == "warc":
            write_warc(d / f"{i}.warc.gz", sample_records(2))
            expected += 4  # 2 pages, an image, a conversion
        elif kind == "parquet":
            pq.write_table(pa.table({"text": ["a", "b", "c"]}), d / f"{i}.parquet")
            expected += 3
        elif kind == "binary":
            (d / f"{i}.txt").write_bytes(bytes(range(256)) * (seed % 5 + 1))
            expected += 1
        elif kind == "badjson":
            (d / f"{i}.jsonl").write_text('{"text": "ok"}\n{oops\n[1,2]\n')
            expected += 3
        elif kind == "truncgz":
            data = gzip.compress(b"".join(sample_records(3)))
            (d / f"{i}.warc.gz").write_bytes(data[: len(data) * (seed % 9 + 1) // 10])
            expected = None if expected is None else expected  # the count depends on the cut
        elif kind == "badwarc":
            (d / f"{i}.warc").write_bytes(b"WARC/1.0\r\nbroken header\r\n\r\n" + bytes(range(200)))
        else:
            (d / f"{i}.bin").write_bytes(b"\x00\x01garbage" * (seed % 3 + 1))
            expected += 1
    out = d / "out"
    stats = Pipeline([]).run([str(d)], out, workers=1, quiet=True, overwrite=True)
    docs = stats["documents"]
    assert docs["in"] == docs["kept"] + docs["removed"]
    assert docs["kept"] == len(kept_rows(out)) and docs["removed"] == len(removed_rows(out))
    if "truncgz" not in mix and "badwarc" not in mix:
        assert docs["in"] == expected
