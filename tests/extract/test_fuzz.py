"""A small, fixed sample of bench/extract_fuzz.py's mutations on pages it generates: extraction returns a text or
a removal with a reason, never raises, and stays within twice its CPU-time budget."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tamis.extract.core import Options

_PATH = Path(__file__).resolve().parents[2] / "bench" / "extract_fuzz.py"
if not _PATH.exists():  # (the harness lives in the repository, not in the package)
    pytest.skip("bench/extract_fuzz.py is not here", allow_module_level=True)
_spec = importlib.util.spec_from_file_location("extract_fuzz", _PATH)
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

# Every mutation three times on each of two generated pages (seed 19), with the default options and with all the options at once.
SEED = 19
ALL_OPTIONS = Options(markdown=True, links=True, comments=True, alt_text=True)
# The mutations that build pages of megabytes are sampled: one case each, the default options only.
HEAVY_SAMPLE = {"huge_attr", "deep_mixed", "deep_tables", "tiny_elements"}


def _cases():
    sources = fuzz.source_pages([], 0, 2, SEED)
    only = (set(fuzz.MUTATIONS) - fuzz.HEAVY) | HEAVY_SAMPLE
    return list(fuzz.cases(sources, SEED, 3, only))


def test_mutated_pages_are_extracted_or_removed_with_a_reason() -> None:
    budget = Options().time_budget_s
    seen = set()
    for name, page, charset in _cases():
        mutation = name.split("/")[0]
        seen.add(mutation)
        for opts in ((Options(),) if mutation in fuzz.HEAVY else (Options(), ALL_OPTIONS)):
            outcome, cpu = fuzz.run_case(page, charset, opts)
            assert not outcome.startswith("RAISED"), (name, outcome)
            assert outcome in ("ok", "empty") or (outcome.startswith("removed: ") and len(outcome) > 12), outcome
            assert cpu < 2 * budget, (name, cpu)
    assert len(seen) >= 20


def test_the_cases_are_the_same_for_a_seed() -> None:
    a = [(n, p, c) for n, p, c in _cases() if n.split("/")[0] not in fuzz.HEAVY]
    b = [(n, p, c) for n, p, c in _cases() if n.split("/")[0] not in fuzz.HEAVY]
    assert a == b
    assert json.dumps([n for n, _, _ in a]) == json.dumps([n for n, _, _ in b])
