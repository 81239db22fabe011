"""Writers: kept and removed documents in parts of bounded size (Parquet+zstd or JSONL+zstd), stats."""
