"""A pipeline: read options, an ordered list of steps, write options; from YAML or presets."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from tamis.errors import UsageError

# The built-in default: repair and clean before judging, judge before dedup. Steps not yet
# available in this build are skipped, so the default grows as steps land.
DEFAULT_STEPS: list[tuple[str, dict[str, Any]]] = [
    ("extract", {}),
    ("fix_unicode", {}),
    ("remove_boilerplate", {}),
    ("repair_repetition", {}),
    ("language", {}),
    ("gopher_repetition", {}),
    ("gopher_quality", {}),
    # C4's terminal-punctuation line rule removes headings and list lines in every language;
    # FineWeb ran C4 without it, and so do we.
    ("c4", {"filter_no_terminal_punct": False}),
    ("fineweb", {}),
    ("dedup_exact", {}),
    ("dedup_near", {}),
]

READ_KEYS = {"text_field": "text", "id_field": "id", "url_field": "url", "html_field": None,
             "shard_bytes": 64 * 1024 * 1024, "max_record_bytes": 100 * 1024 * 1024,
             # WARC responses read (read/warc.py): successes; errors and redirects are removals `http_status: N`
             "keep_http_status": "2xx",
             # shuffle partitions of corpus steps; 0 = sized from the input (one per ~32 MB)
             "partitions": 0}
WRITE_KEYS = {"format": "parquet", "part_bytes": 128 * 1024 * 1024, "compression": "zstd"}
PRESETS_DIR = Path(__file__).parent / "presets"


def presets() -> list[str]:
    """Names of the bundled presets."""
    names = {"tamis"}
    if PRESETS_DIR.is_dir():
        names |= {p.stem for p in PRESETS_DIR.glob("*.yaml")}
    return sorted(names)


class Pipeline:
    """Steps plus read and write options. `Pipeline.from_yaml(path).run(inputs, out)`."""

    def __init__(self, steps: list[tuple[str, dict[str, Any]]] | None = None,
                 read: dict[str, Any] | None = None, write: dict[str, Any] | None = None) -> None:
        if steps is None:
            steps = default_steps()
        self.step_specs = [(n, dict(p or {})) for n, p in steps]
        self.read = {**READ_KEYS, **(read or {})}
        self.write = {**WRITE_KEYS, **(write or {})}
        for section, given, valid in (("read", read, READ_KEYS), ("write", write, WRITE_KEYS)):
            for k in given or {}:
                if k not in valid:
                    raise UsageError(f"config: unknown {section} option {k!r}; valid: {', '.join(valid)}")
        if self.write["format"] not in ("parquet", "jsonl"):
            raise UsageError(f"config: write format must be parquet or jsonl, not {self.write['format']!r}")
        from tamis.read.warc import http_status_filter

        http_status_filter(self.read["keep_http_status"])  # (a bad value is a config error now, not in a worker)
        self._steps: list | None = None

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, cfg: Any, where: str = "config") -> Pipeline:
        """Build from a parsed YAML mapping: `steps:` (list of one-key mappings), `read:`, `write:`."""
        if cfg is None:
            cfg = {}
        if not isinstance(cfg, dict):
            raise UsageError(f"{where}: expected a mapping with steps:, read:, write:")
        unknown = [k for k in cfg if k not in ("steps", "read", "write", "preset")]
        if unknown:
            raise UsageError(f"{where}: unknown section {unknown[0]!r}; valid: preset, steps, read, write")
        steps = None
        if "preset" in cfg:
            steps = preset_steps(str(cfg["preset"]))
        if "steps" in cfg:
            steps = parse_steps(cfg["steps"], where)
        for sec in ("read", "write"):
            if cfg.get(sec) is not None and not isinstance(cfg[sec], dict):
                raise UsageError(f"{where}: {sec}: must be a mapping")
        p = cls(steps, cfg.get("read"), cfg.get("write"))
        p.build()
        return p

    @classmethod
    def from_yaml(cls, path: str | Path) -> Pipeline:
        """Load a pipeline from a YAML file."""
        import yaml

        path = Path(path)
        try:
            cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise UsageError(f"config {path}: {e.strerror or e}") from e
        except yaml.YAMLError as e:
            raise UsageError(f"config {path}: invalid YAML: {str(e).splitlines()[0]}") from e
        return cls.from_dict(cfg, str(path))

    @classmethod
    def preset(cls, name: str) -> Pipeline:
        """A bundled preset by name (tamis, fineweb, gopher, c4 …)."""
        p = cls(preset_steps(name))
        p.build()
        return p

    # -- steps --------------------------------------------------------------------------------
    def build(self) -> list:
        """Instantiate (and validate) the steps."""
        if self._steps is None:
            from tamis.registry import make_step

            self._steps = [make_step(n, p) for n, p in self.step_specs]
        return self._steps

    @property
    def steps(self) -> list:
        """The step objects, in order."""
        return self.build()

    def to_dict(self) -> dict[str, Any]:
        """The effective configuration, every parameter spelled out."""
        return {
            "read": {k: v for k, v in self.read.items()},
            "steps": [{s.name or n: s.params()} for (n, _), s in zip(self.step_specs, self.steps, strict=False)],
            "write": dict(self.write),
        }

    def to_yaml(self) -> str:
        """The effective configuration as YAML."""
        import yaml

        return yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True)

    def fingerprint(self) -> str:
        """A hash of the effective configuration: a rerun resumes only under the same one."""
        import json

        import xxhash

        return xxhash.xxh3_64_hexdigest(json.dumps(self.to_dict(), sort_keys=True, default=str))

    # -- running ------------------------------------------------------------------------------
    def run(self, inputs: list[str] | str, out: str | Path, engine: str = "local", **options: Any) -> dict:
        """Run on inputs (files, dirs, globs) into OUT; returns stats.json's content."""
        if isinstance(inputs, (str, Path)):
            inputs = [str(inputs)]
        if engine == "local":
            from tamis.engines.local import run_local

            return run_local(self, [str(i) for i in inputs], Path(out), **options)
        if engine == "ray":
            from tamis.engines.ray import run_ray  # type: ignore[import-not-found]

            return run_ray(self, [str(i) for i in inputs], str(out), **options)
        raise UsageError(f"unknown engine {engine!r}; valid: local, ray")


def default_steps() -> list[tuple[str, dict[str, Any]]]:
    """The built-in default steps that this build provides."""
    from tamis.registry import available

    have = available()
    return [(n, dict(p)) for n, p in DEFAULT_STEPS if n in have]


def parse_steps(raw: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Parse `steps:`: a list of one-key mappings `- name: {param: value}` (or bare names)."""
    if not isinstance(raw, list):
        raise UsageError(f"{where}: steps: must be a list of `- step_name: {{param: value}}`")
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append((item, {}))
        elif isinstance(item, dict) and len(item) == 1:
            (name, params), = item.items()
            if params is not None and not isinstance(params, dict):
                raise UsageError(f"{where}: step {name!r}: parameters must be a mapping")
            out.append((str(name), dict(params or {})))
        else:
            raise UsageError(f"{where}: each step is a one-key mapping `- step_name: {{...}}`, got {item!r}")
    return out


def preset_steps(name: str) -> list[tuple[str, dict[str, Any]]]:
    """Steps of a bundled preset."""
    if name == "tamis":
        return default_steps()
    path = PRESETS_DIR / f"{name}.yaml"
    if not path.is_file():
        raise UsageError(f"unknown preset {name!r}; valid: {', '.join(presets())}")
    import yaml

    return parse_steps(yaml.safe_load(path.read_text(encoding="utf-8")).get("steps", []), str(path))
