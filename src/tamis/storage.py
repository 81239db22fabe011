"""Where inputs and outputs live: local paths (plain files, the fast path) or remote URIs
(`s3://`, `gs://`, `hdfs://`, and whatever pyarrow's or fsspec's filesystems open).

A remote location is a `RemotePath`, a small path-like object with the subset of `pathlib.Path`
that the engines use (`/`, `name`, `exists`, `glob`, `read_text` …), so engine code handles both
kinds with the same lines. Object stores have no rename: a file is written whole to a local
scratch file and then uploaded under its final key (an S3 PUT is atomic per object), and task
markers are written last, so a reader never sees half a part.

Credentials come from the usual environment of each process (AWS_* variables, ~/.aws, instance
roles, GOOGLE_APPLICATION_CREDENTIALS); `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_S3`) points S3 at
a compatible server (MinIO, Ceph, moto).
"""
from __future__ import annotations

import contextlib
import fnmatch
import io
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

# pathlib folds "s3://b/k" into "s3:/b/k"; such a string is still a remote URI, not a local dir.
_MANGLED = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):/(?!/)")
_URI = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+)://")
READ_BUFFER = 4 << 20
COPY_CHUNK = 8 << 20
_OBJECT_STORES = ("s3", "gcs")


def is_remote(loc: Any) -> bool:
    """True for a remote location (a RemotePath or a URI string other than file://)."""
    if isinstance(loc, RemotePath):
        return True
    if isinstance(loc, str):
        m = _URI.match(loc)
        return bool(m) and m.group(1).lower() != "file"
    return False


def location(loc: str | Path | RemotePath) -> Path | RemotePath:
    """A local Path, or a RemotePath for a URI (also when pathlib folded its `//`)."""
    if isinstance(loc, RemotePath):
        return loc
    s = str(loc)
    if isinstance(loc, Path) and _MANGLED.match(s) and not Path(s.split(":/", 1)[0] + ":").exists():
        s = _MANGLED.sub(r"\1://", s, count=1)
    if s.lower().startswith("file://"):
        return Path(s[len("file://"):])
    if is_remote(s):
        return RemotePath(s)
    return Path(s)


# ---------------------------------------------------------------------------------------------
# Filesystems, one per process and bucket


_FS_CACHE: dict[tuple[int, str, str, str | None], tuple[Any, int | None]] = {}


def _split_uri(uri: str) -> tuple[str, str]:
    m = _URI.match(uri)
    if not m:
        raise ValueError(f"not a URI: {uri!r}")
    return m.group(1).lower(), uri[m.end():]


def _s3_filesystem(bucket: str) -> Any:
    import pyarrow.fs as pafs

    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if not region and not endpoint:
        try:
            region = pafs.resolve_s3_region(bucket)
        except OSError:
            region = None
    kw: dict[str, Any] = {"region": region} if region else {}
    if endpoint:
        scheme, _, host = endpoint.partition("://")
        kw.update(endpoint_override=host or scheme, scheme=scheme if host else "https")
    # Delayed open: a small file goes up in one PutObject instead of a multipart upload (fewer requests,
    # and some S3-compatible servers answer multipart completion in ways Arrow's client rejects).
    return pafs.S3FileSystem(allow_delayed_open=True, **kw)


def filesystem(uri: str) -> tuple[Any, str]:
    """(pyarrow FileSystem, path inside it) for a URI; cached per process (a forked worker makes its own)."""
    scheme, rest = _split_uri(uri)
    head = rest.split("/", 1)[0]
    key = (os.getpid(), scheme, head, os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL"))
    cached = _FS_CACHE.get(key)
    if cached is None:
        cached = _FS_CACHE[key] = (_s3_filesystem(head), 0) if scheme in ("s3", "s3a") else _other_filesystem(uri)
    fs, strip = cached
    if strip is None:  # a filesystem whose paths do not follow the URI's text: ask Arrow each time
        import pyarrow.fs as pafs

        return fs, pafs.FileSystem.from_uri(uri)[1].rstrip("/")
    return fs, rest[strip:].rstrip("/") or rest[strip:]


def _other_filesystem(uri: str) -> tuple[Any, int | None]:
    """Arrow's filesystem for the scheme (gs, hdfs …), else fsspec's; with how many characters of the
    URI's rest to drop to get a path in it (e.g. the `host:port` of hdfs://host:port/path)."""
    import pyarrow.fs as pafs

    _, rest = _split_uri(uri)
    try:
        fs, path = pafs.FileSystem.from_uri(uri)
    except (ValueError, OSError) as first:  # ArrowInvalid is a ValueError
        try:
            import fsspec  # type: ignore[import-not-found]
        except ImportError:
            raise ValueError(f"{uri}: no filesystem for this scheme ({first}); pip install fsspec") from first
        scheme, _ = _split_uri(uri)
        return pafs.PyFileSystem(pafs.FSSpecHandler(fsspec.filesystem(scheme))), 0
    rest, path = rest.rstrip("/"), path.rstrip("/")
    return fs, (len(rest) - len(path) if path and rest.endswith(path) else None)


def _is_object_store(fs: Any) -> bool:
    return getattr(fs, "type_name", "") in _OBJECT_STORES


class RemotePath:
    """A file or directory on a remote filesystem, addressed by URI; pickles as its URI only."""

    __slots__ = ("uri",)

    def __init__(self, uri: str) -> None:
        self.uri = uri.rstrip("/") if not uri.endswith("://") else uri

    # -- path algebra ---------------------------------------------------------------------------
    def __truediv__(self, name: str | os.PathLike[str]) -> RemotePath:
        return RemotePath(f"{self.uri}/{str(name).lstrip('/')}")

    def __str__(self) -> str:
        return self.uri

    def __repr__(self) -> str:
        return f"RemotePath({self.uri!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemotePath) and other.uri == self.uri

    def __hash__(self) -> int:
        return hash(self.uri)

    def __lt__(self, other: RemotePath) -> bool:
        return self.uri < other.uri

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return RemotePath, (self.uri,)

    @property
    def name(self) -> str:
        """The last component."""
        return self.uri.rsplit("/", 1)[-1]

    @property
    def parent(self) -> RemotePath:
        """The containing directory."""
        return RemotePath(self.uri.rsplit("/", 1)[0])

    def with_name(self, name: str) -> RemotePath:
        """A sibling."""
        return self.parent / name

    @property
    def fs(self) -> tuple[Any, str]:
        """(FileSystem, path in it)."""
        return filesystem(self.uri)

    # -- queries --------------------------------------------------------------------------------
    def _info(self) -> Any:
        fs, path = self.fs
        return fs.get_file_info(path)

    def exists(self) -> bool:
        """True when a file or a non-empty directory (prefix) is here."""
        import pyarrow.fs as pafs

        return self._info().type != pafs.FileType.NotFound

    def is_dir(self) -> bool:
        """True for a directory (a prefix holding objects, on object stores)."""
        import pyarrow.fs as pafs

        return self._info().type == pafs.FileType.Directory

    def is_file(self) -> bool:
        """True for a file."""
        import pyarrow.fs as pafs

        return self._info().type == pafs.FileType.File

    def size(self) -> int:
        """Size in bytes."""
        return int(self._info().size or 0)

    def iterdir(self) -> Iterator[RemotePath]:
        """Direct children (files and directories), sorted."""
        import pyarrow.fs as pafs

        fs, path = self.fs
        infos = fs.get_file_info(pafs.FileSelector(path, allow_not_found=True, recursive=False))
        for info in sorted(infos, key=lambda i: i.base_name):
            yield self / info.base_name

    def glob(self, pattern: str) -> Iterator[RemotePath]:
        """Children whose names match a shell pattern (one level, as the engines use it)."""
        for child in self.iterdir():
            if fnmatch.fnmatchcase(child.name, pattern):
                yield child

    def walk_files(self) -> Iterator[RemotePath]:
        """Every file below, recursively, sorted."""
        import pyarrow.fs as pafs

        fs, path = self.fs
        infos = fs.get_file_info(pafs.FileSelector(path, allow_not_found=True, recursive=True))
        for info in sorted(infos, key=lambda i: i.path):
            if info.type == pafs.FileType.File:
                yield self / info.path[len(path):].lstrip("/")

    # -- changes --------------------------------------------------------------------------------
    def mkdir(self, parents: bool = False, exist_ok: bool = False) -> None:
        """Create the directory (nothing to do on object stores: prefixes exist with their objects)."""
        fs, path = self.fs
        if not _is_object_store(fs):
            fs.create_dir(path, recursive=True)

    def unlink(self, missing_ok: bool = False) -> None:
        """Delete the file."""
        fs, path = self.fs
        try:
            fs.delete_file(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def read_bytes(self) -> bytes:
        """The whole file."""
        fs, path = self.fs
        with fs.open_input_stream(path, compression=None) as f:
            return f.read()

    def read_text(self, encoding: str = "utf-8") -> str:
        """The whole file as text."""
        return self.read_bytes().decode(encoding)

    def write_bytes(self, data: bytes) -> None:
        """Write a whole file in one request (atomic on object stores)."""
        fs, path = self.fs
        with fs.open_output_stream(path, compression=None) as f:
            f.write(data)

    def write_text(self, text: str, encoding: str = "utf-8") -> None:
        """Write a whole text file."""
        self.write_bytes(text.encode(encoding))


# ---------------------------------------------------------------------------------------------
# Operations on either kind


def open_input(loc: str | Path | RemotePath) -> BinaryIO:
    """A buffered, seekable binary file object for reading."""
    loc = location(loc) if not isinstance(loc, (Path, RemotePath)) else loc
    if isinstance(loc, Path):
        return open(loc, "rb")
    fs, path = loc.fs
    # Arrow's remote files issue one ranged GET per read call: a large buffer turns the readers'
    # small reads into few requests.
    return io.BufferedReader(fs.open_input_file(path), buffer_size=READ_BUFFER)  # type: ignore[arg-type]


def open_arrow_input(loc: str | Path | RemotePath) -> Any:
    """What pyarrow's readers take best: the local path, or an Arrow random-access file."""
    loc = location(loc) if not isinstance(loc, (Path, RemotePath)) else loc
    if isinstance(loc, Path):
        return str(loc)
    fs, path = loc.fs
    return fs.open_input_file(path)


def file_size(loc: str | Path | RemotePath) -> int:
    """Size in bytes (0 when it cannot be read)."""
    loc = location(loc) if not isinstance(loc, (Path, RemotePath)) else loc
    try:
        return os.path.getsize(loc) if isinstance(loc, Path) else loc.size()
    except OSError:
        return 0


def publish(local_tmp: Path, dest: Path | RemotePath) -> None:
    """Move a finished local file to its final place: a rename, or an upload then delete."""
    if isinstance(dest, Path):
        os.replace(local_tmp, dest)
        return
    fs, path = dest.fs
    # compression=None: Arrow's streams would otherwise (de)compress by the name's extension (.zst, .gz).
    with open(local_tmp, "rb") as src, fs.open_output_stream(path, compression=None) as out:
        shutil.copyfileobj(src, out, COPY_CHUNK)  # type: ignore[misc]
    os.unlink(local_tmp)


def rmtree(loc: Path | RemotePath) -> None:
    """Delete a directory tree; nothing when it is not there."""
    if isinstance(loc, Path):
        shutil.rmtree(loc, ignore_errors=True)
        return
    fs, path = loc.fs
    with contextlib.suppress(OSError):
        fs.delete_dir(path)


def write_text_atomic(loc: Path | RemotePath, text: str) -> None:
    """A small text file written whole: temp + rename locally, one PUT remotely."""
    if isinstance(loc, RemotePath):
        loc.write_text(text)
        return
    tmp = loc.with_name(f".{loc.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, loc)


def scratch_file(name: str) -> Path:
    """A fresh local file name for data bound to a remote location (uploaded when complete)."""
    d = Path(os.environ.get("TAMIS_SCRATCH") or tempfile.gettempdir()) / "tamis-scratch"
    d.mkdir(parents=True, exist_ok=True)
    return d / f".{name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"


def scratch_dir(name: str) -> Path:
    """A fresh local directory for the temporary parts of one task bound to a remote output."""
    d = scratch_file(name)
    d.mkdir(parents=True, exist_ok=True)
    return d


# ---------------------------------------------------------------------------------------------
# Remote inputs


def expand_remote(spec: str) -> list[RemotePath]:
    """Files named by a remote URI: a file, a directory (recursively) or a glob (`*`, `?`, `[`, `**`)."""
    if not any(c in spec for c in "*?["):
        loc = RemotePath(spec)
        if loc.is_file():
            return [loc]
        if loc.is_dir():
            return [f for f in loc.walk_files() if not _hidden(f.uri[len(loc.uri):])]
        return []
    # List below the last directory free of wildcards, then match the whole URI.
    cut = min(spec.index(c) for c in "*?[" if c in spec)
    base = spec[:cut].rsplit("/", 1)[0]
    regex = _glob_regex(spec)
    return [f for f in RemotePath(base).walk_files() if regex.fullmatch(f.uri) and not _hidden(f.uri[len(base):])]


def _hidden(rel: str) -> bool:
    # As locally (os.walk in expand_inputs, glob.glob): names starting with "." are skipped.
    return any(part.startswith(".") for part in rel.split("/"))


def _glob_regex(pattern: str) -> re.Pattern[str]:
    # `**` crosses directories; `*` and `?` stay within one name, as in the shell and glob.glob.
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1:j]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))
