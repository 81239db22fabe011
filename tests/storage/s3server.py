"""A real S3-compatible server (moto's server mode) on 127.0.0.1, started and stopped by the tests."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
       "AWS_EC2_METADATA_DISABLED": "true"}


@contextmanager
def s3_server() -> Iterator[str]:
    """Start moto's S3 server on a free port; yields its endpoint URL, with the AWS_* environment set."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    saved = {k: os.environ.get(k) for k in [*ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update(ENV, AWS_ENDPOINT_URL=endpoint)
    try:
        yield endpoint
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        server.stop()


def client(endpoint: str):
    """A boto3 S3 client on the server (for setting up buckets and checking objects)."""
    import boto3

    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")


def upload_dir(endpoint: str, local: Path, bucket: str, prefix: str) -> None:
    """Upload every file below `local` to s3://bucket/prefix/."""
    c = client(endpoint)
    for f in sorted(local.rglob("*")):
        if f.is_file():
            c.upload_file(str(f), bucket, f"{prefix}/{f.relative_to(local).as_posix()}")


def keys(endpoint: str, bucket: str, prefix: str = "") -> list[str]:
    """All keys under a prefix."""
    c = client(endpoint)
    out: list[str] = []
    for page in c.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        out.extend(o["Key"] for o in page.get("Contents", []))
    return sorted(out)
