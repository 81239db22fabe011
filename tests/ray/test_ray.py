"""The Ray engine on a real 2-node Ray cluster on 127.0.0.1 (started and stopped here, by handle):
the same output as the local engine, a worker killed mid-run, the driver killed mid-run, and a
crawl read from and written to an S3-compatible server."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tamis.pipeline import Pipeline
from tamis.storage import RemotePath, open_arrow_input
from tests.conftest import sample_records, write_warc
from tests.engines.test_local import kept_rows, removed_rows, write_corpus
from tests.storage.s3server import client, s3_server, upload_dir

# Read when ray is imported: with 0, Ray keeps every node and driver on 127.0.0.1 (a loopback cluster).
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
ray = pytest.importorskip("ray")

ROOT = Path(__file__).resolve().parents[2]
P = "tests.engines.plugin_steps"
R = "tests.ray.ray_steps"
STEPS = f"  - {P}:RejectShort: {{min_chars: 10}}\n  - {P}:ExactDup: {{}}\n  - {P}:RejectShort: {{min_chars: 30}}\n"


@pytest.fixture(scope="module")
def s3() -> Iterator[str | None]:
    """moto's S3 server, started before the cluster so that its workers inherit AWS_ENDPOINT_URL
    (None without moto: then only the S3 test is skipped)."""
    try:
        import moto.server  # noqa: F401
    except ImportError:
        yield None
        return
    with s3_server() as endpoint:
        client(endpoint).create_bucket(Bucket="crawl")
        yield endpoint


@pytest.fixture(scope="module")
def cluster(s3: str | None) -> Iterator[str]:
    from ray.cluster_utils import Cluster

    # Workers import the test steps and this checkout's tamis: they inherit the environment.
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1",
                                                      "include_dashboard": False})
    try:
        c.add_node(num_cpus=1, node_ip_address="127.0.0.1")
        c.wait_for_nodes()
        ray.init(address=c.address, _node_ip_address="127.0.0.1", log_to_driver=False)
        assert len([n for n in ray.nodes() if n["Alive"]]) == 2
        yield c.address
    finally:
        ray.shutdown()
        c.shutdown()


def make_crawl(d: Path) -> Path:
    """JSONL files with duplicates across them, and a WARC whose pages repeat."""
    write_corpus(d, n_files=4, per_file=30)  # every 5th text repeats across files
    write_warc(d / "pages.warc.gz", sample_records(4) + sample_records(3))
    return d


def config(tmp: Path, extra: str = "") -> Path:
    f = tmp / f"p{abs(hash(extra)) % 10**8}.yaml"
    f.write_text(f"read: {{shard_bytes: 1200}}\nsteps:\n{STEPS}{extra}")
    return f


def summary(kept: list[dict], removed: list[dict]) -> tuple:
    return (sorted((r["id"], r["text"]) for r in kept), sorted((r["id"], r["reason"], r["step"]) for r in removed))


def counts(stats: dict) -> dict:
    """The stats that must not depend on the engine (times and run info aside)."""
    return {k: stats[k] for k in ("documents", "bytes", "removed_by_reason", "removed_by_step", "spans_removed")}


def local_reference(tmp: Path, crawl: Path) -> tuple[dict, tuple]:
    stats = Pipeline.from_yaml(config(tmp)).run([str(crawl)], tmp / "local", workers=1, quiet=True)
    return stats, summary(kept_rows(tmp / "local"), removed_rows(tmp / "local"))


def test_ray_equals_local_with_duplicates_across_shards(tmp_path: Path, cluster: str) -> None:
    crawl = make_crawl(tmp_path / "crawl")
    ref_stats, ref = local_reference(tmp_path, crawl)
    stats = Pipeline.from_yaml(config(tmp_path)).run([str(crawl)], str(tmp_path / "ray"), engine="ray", quiet=True)
    assert stats["run"]["engine"] == "ray" and stats["run"]["shards"] >= 6
    assert counts(stats) == counts(ref_stats)
    assert [(s["name"], s["in"], s["out"]) for s in stats["steps"]] == [
        (s["name"], s["in"], s["out"]) for s in ref_stats["steps"]]
    assert summary(kept_rows(tmp_path / "ray"), removed_rows(tmp_path / "ray")) == ref
    assert stats["removed_by_reason"]["duplicate"] >= 15  # duplicates across shards were found
    assert json.loads((tmp_path / "ray" / "stats.json").read_text()) == stats


def test_worker_killed_mid_run_costs_a_retry_not_a_document(tmp_path: Path, cluster: str) -> None:
    crawl = make_crawl(tmp_path / "crawl")
    ref_stats, ref = local_reference(tmp_path, crawl)
    sentinel = tmp_path / "killed"
    nodes = tmp_path / "nodes"
    nodes.mkdir()
    cfg = config(tmp_path, f"  - {R}:KillWorkerOnce: {{doc_id: f2-7, sentinel: '{sentinel}'}}\n"
                           f"  - {R}:NodeLog: {{dir: '{nodes}'}}\n")
    stats = Pipeline.from_yaml(cfg).run([str(crawl)], str(tmp_path / "ray"), engine="ray", quiet=True)
    assert sentinel.exists()  # a worker did die at f2-7
    assert len(list(nodes.iterdir())) == 2  # both nodes did work
    assert counts(stats) == counts(ref_stats)
    assert summary(kept_rows(tmp_path / "ray"), removed_rows(tmp_path / "ray")) == ref


DRIVER = """
import os, sys
from pathlib import Path
Path(sys.argv[1]).write_text(str(os.getpid()))
from tamis.pipeline import Pipeline
Pipeline.from_yaml(sys.argv[2]).run([sys.argv[3]], sys.argv[4], engine="ray", address=sys.argv[5], quiet=True)
"""


def run_driver(cfg: Path, crawl: Path, out: Path, address: str, tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", DRIVER, str(tmp / "driver.pid"), str(cfg), str(crawl), str(out),
                           address], env=os.environ.copy(), capture_output=True, text=True, timeout=240,
                          check=False)


def test_driver_killed_mid_run_then_rerun_resumes(tmp_path: Path, cluster: str) -> None:
    crawl = make_crawl(tmp_path / "crawl")
    ref_stats, ref = local_reference(tmp_path, crawl)
    sentinel = tmp_path / "killed"
    # The kill comes after the shuffle (in the last stage), so the first stage is all marked done.
    cfg = config(tmp_path, f"  - {R}:KillDriverOnce: {{doc_id: f3-9, pid_file: '{tmp_path / 'driver.pid'}', "
                           f"sentinel: '{sentinel}'}}\n")
    out = tmp_path / "ray"
    r = run_driver(cfg, crawl, out, cluster, tmp_path)
    assert r.returncode == -9 and sentinel.exists(), r.stderr[-2000:]
    assert not (out / "stats.json").exists()
    done = {p.stem for p in (out / "_tamis" / "done").glob("*.json")}
    n_shards = len([n for n in done if n.startswith("map0-")])
    assert n_shards >= 6 and "combine0" in done and not all(f"map1-{i:05d}" in done for i in range(n_shards))
    r = run_driver(cfg, crawl, out, cluster, tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    stats = json.loads((out / "stats.json").read_text())
    assert counts(stats) == counts(ref_stats)
    assert summary(kept_rows(out), removed_rows(out)) == ref


def remote_rows(uri: str) -> list[dict]:
    rows: list[dict] = []
    for f in sorted(RemotePath(uri).glob("*.parquet")):
        rows.extend(pq.read_table(open_arrow_input(f)).to_pylist())
    return rows


def test_ray_reads_a_crawl_from_a_bucket_and_writes_to_a_bucket(tmp_path: Path, cluster: str, s3: str | None) -> None:
    if s3 is None:
        pytest.skip("moto[server] is not installed")
    crawl = make_crawl(tmp_path / "crawl")
    upload_dir(s3, crawl, "crawl", "ray-in")
    ref_stats, ref = local_reference(tmp_path, crawl)
    stats = Pipeline.from_yaml(config(tmp_path)).run(["s3://crawl/ray-in/*"], "s3://crawl/ray-out", engine="ray",
                                                     quiet=True)
    assert counts(stats) == counts(ref_stats)
    assert summary(remote_rows("s3://crawl/ray-out/kept"), remote_rows("s3://crawl/ray-out/removed")) == ref
    assert json.loads(RemotePath("s3://crawl/ray-out/stats.json").read_text())["documents"] == stats["documents"]


def test_unreachable_address_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("some text here")
    args = ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--engine", "ray", "--address", "127.0.0.1:1"]
    r = subprocess.run([sys.executable, "-m", "tamis.cli", *args], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 2 and "cannot reach the cluster at '127.0.0.1:1'" in r.stderr
