"""Cross-document dedup steps (exact, near, site lines), by name (module:Class)."""

STEPS: dict[str, str] = {}
