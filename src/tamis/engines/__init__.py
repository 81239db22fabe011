"""Engines run a pipeline over shards: `local` (process pool) and `ray`; `memory` for one process."""
