"""The fineweb, gopher and c4 presets load, and judge documents as their recipes do."""
from __future__ import annotations

import pytest

from tamis.document import Document
from tamis.engines.memory import run_steps
from tamis.pipeline import PRESETS_DIR, Pipeline, presets

LINES = [
    "The museum reopened on Monday after a long renovation of its east wing and the garden.",
    "Visitors can now see the restored ceiling paintings in the main hall of the building.",
    "Tickets are free for children under twelve and for local students with a valid card.",
    "The director said the work took three years and cost less than the city had planned.",
    "A new café on the ground floor serves lunch every day of the week except on Mondays.",
    "Guided tours start at ten in the morning and at two in the afternoon, in two languages.",
]
GOOD = "\n".join(LINES)


@pytest.mark.parametrize("name", ["fineweb", "gopher", "c4"])
def test_preset_loads_and_keeps_a_good_page(name: str) -> None:
    assert name in presets() and (PRESETS_DIR / f"{name}.yaml").is_file()
    p = Pipeline.preset(name)
    assert p.steps[0].name == "language"
    doc = Document("a", GOOD)
    run_steps(p.steps, [doc])
    assert doc.reason is None, doc.reason
    assert doc.metadata["language"] == "en"


def test_fineweb_preset_drops_other_languages_and_junk() -> None:
    steps = Pipeline.preset("fineweb").steps
    fr = Document("fr", "Le musée a rouvert lundi après une longue rénovation de son aile est et du jardin. " * 8)
    menu = Document("menu", "\n".join(["Home", "News", "Sport", "Weather", "Contact us"] * 4 + [GOOD]))
    run_steps(steps, [fr, menu])
    assert fr.reason == "language: fr not in en"
    assert menu.reason is not None and menu.step in ("gopher_repetition", "fineweb")


def test_c4_preset_rewrites_lines() -> None:
    doc = Document("a", "Menu\n" + GOOD + "\nShare this")
    run_steps(Pipeline.preset("c4").steps, [doc])
    assert doc.reason is None and doc.text == GOOD
    assert [r.text for r in doc.removed] == ["Menu", "Share this"]
