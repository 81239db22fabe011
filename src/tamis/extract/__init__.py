"""HTML extraction steps (main text and metadata), by name (module:Class)."""

STEPS: dict[str, str] = {}
