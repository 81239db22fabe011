"""Expands inputs (files, directories walked recursively, globs) and tells each file's format."""
from __future__ import annotations

import glob
import os
from pathlib import Path

from tamis.errors import UsageError
from tamis.read.decode import starts_like_html
from tamis.storage import is_remote, open_input

# Longest suffix first: the format is decided by the name, then confirmed by the content.
SUFFIXES: list[tuple[str, str]] = [
    (".warc.gz", "warc"), (".wet.gz", "warc"), (".warc.wet.gz", "warc"), (".warc", "warc"),
    (".wet", "warc"), (".arc.gz", "warc"),
    (".jsonl.gz", "jsonl"), (".jsonl.zst", "jsonl"), (".jsonl.bz2", "jsonl"), (".jsonl", "jsonl"),
    (".json.gz", "jsonl"), (".json.zst", "jsonl"), (".json.bz2", "jsonl"), (".json", "jsonl"),
    (".ndjson", "jsonl"), (".ndjson.gz", "jsonl"), (".ndjson.zst", "jsonl"),
    (".parquet", "parquet"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".txt", "text"), (".md", "text"), (".text", "text"),
]
# A saved page or a text file compressed whole (`page.html.gz`): read through the decompressor.
SUFFIXES += [(s + z, f) for s, f in SUFFIXES if f in ("html", "text") for z in (".gz", ".zst", ".bz2")]
SKIP_NAMES = {".DS_Store", "_SUCCESS"}


def detect_format(path: str) -> str | None:
    """The reader for a file by name, then by its first bytes; None when it is no input format."""
    name = os.path.basename(path).lower()
    for suffix, fmt in sorted(SUFFIXES, key=lambda s: -len(s[0])):
        if name.endswith(suffix):
            return fmt
    try:
        with open_input(path) as f:
            head = f.read(512)
            if head.startswith(b"\x1f\x8b"):
                import gzip

                f.seek(0)
                with gzip.GzipFile(fileobj=f, mode="rb") as g:
                    head = g.read(512)
    except (OSError, EOFError, ValueError):
        return None
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    stripped = head.lstrip().lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if starts_like_html(stripped):
        return "html"
    return None


def expand_inputs(inputs: list[str]) -> list[tuple[str, str]]:
    """(path, format) for every input file, in a stable order; UsageError for a missing input."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for spec in inputs:
        if is_remote(spec):
            out.extend(_expand_remote(spec, seen))
            continue
        paths: list[str]
        if any(c in spec for c in "*?["):
            paths = sorted(glob.glob(spec, recursive=True))
            if not paths:
                raise UsageError(f"input {spec!r}: no file matches")
        elif os.path.isdir(spec):
            paths = []
            for root, dirs, files in os.walk(spec):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                paths.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
        elif os.path.exists(spec):
            paths = [spec]
        else:
            raise UsageError(f"input {spec!r}: no such file or directory")
        for p in paths:
            if os.path.isdir(p) or os.path.basename(p) in SKIP_NAMES:
                if os.path.isdir(p):
                    out.extend(expand_inputs([p]))
                continue
            key = str(Path(p).resolve())
            if key in seen:
                continue
            seen.add(key)
            fmt = detect_format(p)
            # A file of no known format is still an input: it becomes an `unreadable` removal.
            out.append((p, fmt or "unknown"))
    return out


def _expand_remote(spec: str, seen: set[str]) -> list[tuple[str, str]]:
    """(URI, format) for a remote file, directory or glob; UsageError when nothing is there."""
    from tamis.storage import expand_remote

    try:
        files = expand_remote(spec)
    except (OSError, ValueError) as e:
        raise UsageError(f"input {spec!r}: {e}") from e
    if not files:
        raise UsageError(f"input {spec!r}: no such file, directory or match")
    out = []
    for f in files:
        if f.name in SKIP_NAMES or f.uri in seen:
            continue
        seen.add(f.uri)
        out.append((f.uri, detect_format(f.uri) or "unknown"))
    return out
