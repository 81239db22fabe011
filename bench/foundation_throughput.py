"""Throughput of read -> (no steps) -> write on a WARC of >= 10,000 real pages, beside fastwarc's bare
iteration of the same file, in the same run. Both single-process; CPU time is the denominator.

usage: python bench/foundation_throughput.py [--copies 3] [--repeat 3]
The WARC is built from the HTML pages in ../shared/data/extraction (each page once per copy, one gzip
member per record) into bench/work/pages.warc.gz.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WORK = ROOT / "bench" / "work"


def build_warc(copies: int) -> tuple[Path, int]:
    """Write the benchmark WARC; returns its path and the number of response records."""
    WORK.mkdir(parents=True, exist_ok=True)
    dest = WORK / f"pages-x{copies}.warc.gz"
    pages = []
    for f in sorted((DATA / "extraction").glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                pages.append((d.get("url") or f"http://bench.invalid/{d['id']}", d["html"].encode("utf-8")))
    n = 0
    if not dest.exists():
        tmp = dest.with_suffix(".tmp")
        with open(tmp, "wb") as out:
            for c in range(copies):
                for url, body in pages:
                    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            f"Content-Length: {len(body)}\r\n\r\n").encode() + body
                    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bench-{c}-{n}>\r\n"
                            f"WARC-Date: 2026-11-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
                            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
                    out.write(gzip.compress(head.encode() + http + b"\r\n\r\n", compresslevel=6, mtime=0))
                    n += 1
        os.replace(tmp, dest)
    return dest, copies * len(pages)


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def fastwarc_bare(path: Path) -> tuple[int, int]:
    """fastwarc iterating response records, HTTP parsed, payload read: the floor of any WARC reader."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = b = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            b += len(rec.reader.read())
            n += 1
    return n, b


def tamis_run(path: Path, fmt: str, compression: str = "zstd") -> int:
    from tamis.pipeline import Pipeline

    out = WORK / f"out-{fmt}"
    shutil.rmtree(out, ignore_errors=True)
    pipe = Pipeline([], write={"format": fmt, "compression": compression})
    stats = pipe.run([str(path)], out, workers=1, quiet=True, report=False)
    return stats["documents"]["in"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path, n_expected = build_warc(args.copies)
    size = path.stat().st_size
    variants = {"tamis-parquet": ("parquet", "zstd"), "tamis-jsonl": ("jsonl", "zstd"),
                "tamis-parquet-uncompressed": ("parquet", "none")}
    results: dict[str, list[float]] = {"fastwarc": [], **{k: [] for k in variants}}
    payload = 0
    for _ in range(args.repeat):  # interleaved, so that noise hits all alike
        t = cpu()
        n, payload = fastwarc_bare(path)
        results["fastwarc"].append(cpu() - t)
        assert n == n_expected, (n, n_expected)
        for name, (fmt, comp) in variants.items():
            t = cpu()
            n2 = tamis_run(path, fmt, comp)
            results[name].append(cpu() - t)
            assert n2 == n_expected, (n2, n_expected)
    print(f"WARC: {path.name}, {n_expected} pages, {size / 1e6:.1f} MB compressed, {payload / 1e6:.1f} MB payload")
    base = min(results["fastwarc"])
    print(f"| run | CPU s (best of {args.repeat}) | pages/s per core | MB/s per core (compressed) "
          "| ratio to fastwarc |")
    print("|---|---|---|---|---|")
    for name, ts in results.items():
        best = min(ts)
        print(f"| {name} | {best:.2f} | {n_expected / best:,.0f} | {size / 1e6 / best:.1f} | {base / best:.2f} |")


if __name__ == "__main__":
    main()
