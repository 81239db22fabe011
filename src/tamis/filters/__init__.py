"""Quality rules and language ID steps (Gopher, C4, FineWeb, length, language), by name."""

STEPS: dict[str, str] = {}
