"""LSH banding of MinHash signatures: choosing bands and rows, and hashing each band."""
from __future__ import annotations

import numpy as np


def collision_probability(j: float, bands: int, rows: int) -> float:
    """Probability that two sets of Jaccard `j` share at least one band (Leskovec et al., MMDS ch. 3)."""
    return 1.0 - (1.0 - j**rows) ** bands


def choose_bands(threshold: float, num_perm: int, lsh_recall: float = 0.98) -> tuple[int, int]:
    """Fewest bands (b, r = num_perm // b) whose collision probability at `threshold` is ≥ `lsh_recall`.

    Every candidate pair is verified afterwards, so a false candidate only costs a comparison while a
    missed pair is lost for good: banding is tuned for recall at the threshold, not for the balance
    of false positives and negatives that datasketch's `optimal_param` weighs.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if collision_probability(threshold, bands, rows) >= lsh_recall:
            return bands, rows
    return num_perm, 1


def band_hashes(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """64-bit hash of each band of `rows` consecutive signature values (kernel in `minhash`)."""
    from tamis.dedup.minhash import band_hashes as kernel  # numba: loaded when first needed

    return kernel(sig, bands, rows)
