"""Finds steps by name without importing them all: each step package lists its steps in `STEPS`."""
from __future__ import annotations

import importlib
from typing import Any

from tamis.errors import UsageError

PACKAGES = ("tamis.extract", "tamis.clean", "tamis.filters", "tamis.dedup")


def available() -> dict[str, str]:
    """Step name -> 'module:Class' for every registered step."""
    out: dict[str, str] = {}
    for pkg in PACKAGES:
        out.update(getattr(importlib.import_module(pkg), "STEPS", {}))
    return out


def step_class(name: str) -> type:
    """The class of a step by name; UsageError naming the valid ones when unknown."""
    if ":" in name:
        # A user's own step class, named as "package.module:Class".
        module, _, cls = name.partition(":")
        try:
            return getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError) as e:
            raise UsageError(f"step {name!r}: cannot import it ({e})") from e
    steps = available()
    if name not in steps:
        raise UsageError(f"unknown step {name!r}; valid steps: {', '.join(sorted(steps)) or '(none)'}")
    module, cls = steps[name].split(":")
    return getattr(importlib.import_module(module), cls)


def make_step(name: str, params: dict[str, Any] | None = None) -> Any:
    """Build a step from its name and parameters, validating the parameter names."""
    cls = step_class(name)
    params = dict(params or {})
    valid = cls.param_names()
    unknown = [p for p in params if p not in valid]
    if unknown:
        raise UsageError(
            f"step {name!r}: unknown parameter {unknown[0]!r}; valid parameters: {', '.join(valid) or '(none)'}"
        )
    try:
        return cls(**params)
    except (TypeError, ValueError) as e:
        raise UsageError(f"step {name!r}: {e}") from e
