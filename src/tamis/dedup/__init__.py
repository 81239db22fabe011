"""Cross-document dedup steps (exact, near, site lines), by name (module:Class)."""

STEPS: dict[str, str] = {
    "dedup_exact": "tamis.dedup.exact:DedupExact",
    "dedup_near": "tamis.dedup.near:DedupNear",
    "dedup_lines": "tamis.dedup.lines:DedupLines",
}
