"""Object storage end to end against a real S3-compatible server on 127.0.0.1 (moto's server mode):
read a crawl from a bucket, write the output to a bucket, equal to the same run on local files."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tamis.errors import UsageError
from tamis.pipeline import Pipeline
from tamis.storage import RemotePath, expand_remote, location, open_arrow_input
from tests.conftest import sample_records, write_warc
from tests.engines.test_local import kept_rows, removed_rows, write_corpus
from tests.storage.s3server import client, keys, s3_server, upload_dir

pytest.importorskip("moto.server", reason="moto[server] provides the S3 server of these tests")
P = "tests.engines.plugin_steps"


@pytest.fixture(scope="module")
def s3() -> Iterator[str]:
    with s3_server() as endpoint:
        client(endpoint).create_bucket(Bucket="crawl")
        yield endpoint


def make_crawl(d: Path) -> Path:
    write_corpus(d, n_files=3, per_file=20)
    write_warc(d / "pages.warc.gz", sample_records(4) + sample_records(3))  # repeated pages: duplicates
    return d


def pipe(**write) -> Pipeline:
    p = Pipeline([(f"{P}:RejectShort", {"min_chars": 10}), (f"{P}:ExactDup", {})],
                 read={"shard_bytes": 1500}, write=write or None)
    p.build()
    return p


def remote_rows(uri: str) -> list[dict]:
    rows: list[dict] = []
    for f in sorted(RemotePath(uri).glob("*.parquet")):
        rows.extend(pq.read_table(open_arrow_input(f)).to_pylist())
    return rows


def summary(kept: list[dict], removed: list[dict]) -> tuple:
    return (sorted((r["id"], r["text"]) for r in kept), sorted((r["id"], r["reason"], r["step"]) for r in removed))


def test_bucket_to_bucket_equals_local_run(tmp_path: Path, s3: str) -> None:
    crawl = make_crawl(tmp_path / "crawl")
    upload_dir(s3, crawl, "crawl", "in")
    local = pipe().run([str(crawl)], tmp_path / "local", workers=1, quiet=True)
    remote = pipe().run(["s3://crawl/in/*.jsonl", "s3://crawl/in/pages.warc.gz"], "s3://crawl/out",
                        workers=1, quiet=True)
    assert remote["documents"] == local["documents"] and local["documents"]["in"] == 60 + (4 + 2) + (3 + 2)
    assert remote["removed_by_reason"] == local["removed_by_reason"]
    assert remote["bytes"] == local["bytes"]
    assert remote["removed_by_reason"]["duplicate"] > 0
    kept, removed = remote_rows("s3://crawl/out/kept"), remote_rows("s3://crawl/out/removed")
    assert summary(kept, removed) == summary(kept_rows(tmp_path / "local"), removed_rows(tmp_path / "local"))
    assert all(r["source"].startswith("s3://crawl/in/") for r in kept)
    stored = keys(s3, "crawl", "out/")
    assert "out/stats.json" in stored and json.loads(RemotePath("s3://crawl/out/stats.json").read_text()) == remote
    # the work area is cleaned, the markers stay (so a rerun resumes); no temp names were published
    # (a key ending in "/" is the empty directory marker that Arrow leaves after deleting a prefix)
    work = [k for k in stored if "/_tamis/" in k and "/_tamis/done/" not in k and not k.endswith(("run.json", "/"))]
    assert not work
    assert not [k for k in stored if "/." in k or "tmp" in k]


def test_rerun_resumes_and_forked_workers_write_the_same(tmp_path: Path, s3: str) -> None:
    crawl = make_crawl(tmp_path / "crawl")
    upload_dir(s3, crawl, "crawl", "in2")
    first = pipe(format="jsonl").run(["s3://crawl/in2"], "s3://crawl/out2", workers=2, quiet=True)
    done = keys(s3, "crawl", "out2/_tamis/done/")
    assert len(done) >= first["run"]["shards"]
    again = pipe(format="jsonl").run(["s3://crawl/in2"], "s3://crawl/out2", workers=2, quiet=True)
    assert again["documents"] == first["documents"]
    assert keys(s3, "crawl", "out2/_tamis/done/") == done  # nothing was redone
    assert any(k.endswith(".jsonl.zst") for k in keys(s3, "crawl", "out2/kept/"))
    with pytest.raises(UsageError, match="overwrite"):
        pipe(format="parquet").run(["s3://crawl/in2"], "s3://crawl/out2", workers=1, quiet=True)


def test_remote_globs_dirs_and_errors(tmp_path: Path, s3: str) -> None:
    d = tmp_path / "g"
    (d / "sub").mkdir(parents=True)
    for name in ("a.jsonl", "b.warc.gz", "sub/c.jsonl", "sub/d.txt", ".hidden.jsonl"):
        (d / name).write_text("{}\n")
    upload_dir(s3, d, "crawl", "g")
    names = lambda files: [f.uri.split("/g/", 1)[1] for f in files]  # noqa: E731
    assert names(expand_remote("s3://crawl/g/*.jsonl")) == ["a.jsonl"]
    assert names(expand_remote("s3://crawl/g/**/*.jsonl")) == ["a.jsonl", "sub/c.jsonl"]
    assert names(expand_remote("s3://crawl/g")) == ["a.jsonl", "b.warc.gz", "sub/c.jsonl", "sub/d.txt"]
    assert location(Path("s3://crawl/g")) == RemotePath("s3://crawl/g")  # pathlib's folding undone
    with pytest.raises(UsageError, match="no such"):
        pipe().run(["s3://crawl/nothing/*.warc.gz"], tmp_path / "o", workers=1, quiet=True)
