"""Near-duplicate removal: MinHash over word n-grams, LSH bands, verified pairs, connected components.

Phases (as every corpus step): `keys` computes a document's signature and yields one key per LSH
band; the engine groups documents by band bucket; `decide` verifies the candidate pairs inside a
bucket (exact or estimated Jaccard) and yields one edge per verified pair; `combine` (driver) joins
the edges into clusters by union-find and picks one document to keep per cluster; `apply` records
the cluster on each member and rejects all but the keeper.
"""
from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import numpy as np

from tamis.dedup.cluster import Meta, check_keep, cluster_decisions, doc_meta
from tamis.dedup.lsh import band_hashes, choose_bands
from tamis.document import Document
from tamis.steps import CorpusStep, Ref, check_choice

VERIFY_MODES = ("exact", "estimate", "none")
# Key layout: band index in the top 8 bits, 56 bits of the band hash below (collisions ~2^-56).
_BAND_SHIFT = 56
_MAX_BANDS = 255
# A key's value is one bytes object (few Python objects per shuffled item): bytes, quality, the
# lengths of id and date, then id, date, truncated band hashes and the verification payload.
_HEAD = struct.Struct("<qdII")


def pack_value(meta: Meta, b32: bytes, payload: bytes) -> bytes:
    """The shuffled value of one document: keep-policy facts, band hashes, verification payload."""
    idb = meta[0].encode("utf-8", "surrogatepass")
    db = meta[2].encode("utf-8", "surrogatepass")
    return b"".join((_HEAD.pack(meta[1], meta[3], len(idb), len(db)), idb, db, b32, payload))


def unpack_value(v: bytes, bands: int) -> tuple[Meta, bytes, bytes]:
    """Inverse of `pack_value`."""
    n, q, li, ld = _HEAD.unpack_from(v)
    o = _HEAD.size
    doc_id = v[o : o + li].decode("utf-8", "surrogatepass")
    o += li
    date = v[o : o + ld].decode("utf-8", "surrogatepass")
    o += ld
    return (doc_id, n, date, q), v[o : o + 4 * bands], v[o + 4 * bands :]


class DedupNear(CorpusStep):
    """Remove near-duplicate documents (MinHash LSH with verification), keeping one per cluster.

    Parameters (defaults and their source):
    - threshold: Jaccard similarity of word n-gram sets at or above which two documents are
      duplicates (0.8: NeMo Curator's fuzzy dedup `jaccard_threshold`).
    - ngram: words per shingle (5: datatrove's MinhashConfig `n_grams`).
      For syndicated copies with a few % of words edited use ngram 3, threshold 0.6 (finds 93% of
      5%-edited copies at 0.995 precision on the neardup set; bench/RESULTS.md (dedup)).
    - num_perm: MinHash permutations (128: datasketch's default).
    - bands, rows: LSH banding; 0 derives them from the threshold so that a pair at the threshold
      collides in some band with probability ≥ lsh_recall (0.98; see `lsh.choose_bands`).
    - verify: "exact" (Jaccard of the shingle sets: precise, values carry 4 bytes per shingle),
      "estimate" (share of equal signature values, ± 0.035 at 0.8 with 128 permutations),
      "none" (a shared band is a duplicate, as the peers' LSH query does).
    - keep: which member of a cluster stays: "first" (input order), "longest" (bytes),
      "newest" (`date_field`, ISO text), "quality" (`quality_field`, highest).
    - removal: "component" (every member of a connected component of verified pairs but the
      keeper is removed, the usual union-find dedup) or "direct" (a member is removed only when it
      has a verified pair with a kept member, so every removed document is within the threshold of
      the one kept for it; members reached only through a chain stay kept).
    - pairwise_max: a bucket with more members than this compares each member with the bucket's
      kept representatives only instead of with every other member (bounded work on huge buckets).
    - seed: seed of the permutations (all workers must share it).
    """

    name: ClassVar[str] = "dedup_near"
    fields: ClassVar[dict[str, str]] = {
        "cluster_id": "string",
        "cluster_size": "int64",
        "duplicate_of": "string",
        "dup_similarity": "float64",
    }

    def __init__(
        self,
        threshold: float = 0.8,
        ngram: int = 5,
        num_perm: int = 128,
        bands: int = 0,
        rows: int = 0,
        lsh_recall: float = 0.98,
        verify: str = "exact",
        keep: str = "first",
        removal: str = "component",
        date_field: str = "date",
        quality_field: str = "quality",
        pairwise_max: int = 200,
        seed: int = 1,
    ) -> None:
        self.threshold = threshold
        self.ngram = ngram
        self.num_perm = num_perm
        self.bands = bands
        self.rows = rows
        self.lsh_recall = lsh_recall
        self.verify = verify
        self.keep = keep
        self.removal = removal
        self.date_field = date_field
        self.quality_field = quality_field
        self.pairwise_max = pairwise_max
        self.seed = seed
        check_choice("verify", verify, VERIFY_MODES)
        check_keep(keep, removal)
        if ngram < 1 or num_perm < 1:
            raise ValueError("ngram and num_perm must be ≥ 1")
        if bands or rows:
            if bands < 1 or rows < 1 or bands * rows > num_perm:
                raise ValueError(f"bands × rows must be ≤ num_perm ({num_perm}), got {bands} × {rows}")
            self._bands, self._rows = bands, rows
        else:
            self._bands, self._rows = choose_bands(threshold, num_perm, lsh_recall)
        if self._bands > _MAX_BANDS:
            raise ValueError(f"at most {_MAX_BANDS} bands, got {self._bands}")

    @property
    def banding(self) -> tuple[int, int]:
        """The effective (bands, rows)."""
        return self._bands, self._rows

    # -- keys: signature and one key per band ---------------------------------------------------
    def keys(self, doc: Document) -> Iterable[tuple[Any, Any]]:
        """One (band bucket, compact signature value) per band; nothing for a text without words."""
        if doc.kind != "text" or not doc.text:
            return []
        from tamis.dedup import minhash as mh  # numba: loaded when the step first runs

        a, b = mh.permutations(self.num_perm, self.seed)
        sig, sh = mh.signature_and_shingles(mh.codepoints(doc.text), mh.char_classes(), self.ngram, a, b)
        if sh.size == 0:
            return []
        bh = band_hashes(sig, self._bands, self._rows)
        # Truncated band hashes let `decide` tell the first band two documents share (see there).
        b32 = bh.astype(np.uint32).tobytes()
        if self.verify == "exact":
            payload = mh.unique_u32(sh).tobytes()
        elif self.verify == "estimate":
            # 16 bits per value: an unequal pair agrees by chance with probability 2^-16, negligible.
            payload = sig.astype(np.uint16).tobytes()
        else:
            payload = b""
        value = pack_value(doc_meta(doc, self.date_field, self.quality_field), b32, payload)
        keys = (np.arange(self._bands, dtype=np.uint64) << np.uint64(_BAND_SHIFT)) | (
            bh >> np.uint64(64 - _BAND_SHIFT))
        return [(k, value) for k in keys.tolist()]

    # -- decide: verify the pairs of one bucket -------------------------------------------------
    def decide(self, key: Any, items: list[tuple[Ref, Any]]) -> Iterable[tuple[Ref, Any]]:
        """Yield an edge ("e", other ref, similarity, meta, other meta) for each verified pair."""
        if len(items) < 2:
            return
        band = key >> _BAND_SHIFT
        items = sorted(items, key=lambda it: it[0])
        m = len(items)
        vals = [unpack_value(v, self._bands) for _, v in items]
        b32 = np.frombuffer(b"".join(v[1] for v in vals), dtype=np.uint32).reshape(m, self._bands)
        sims = _Similarity(self.verify, [v[2] for v in vals], self.num_perm)
        metas: list[Meta] = [v[0] for v in vals]
        if m <= self.pairwise_max:
            ii, jj = np.triu_indices(m, 1)
            # A pair that shares several bands is verified in the first one only.
            first = np.argmax(b32[ii] == b32[jj], axis=1)
            sel = first == band
            ii, jj = ii[sel], jj[sel]
            s = sims.pairs(ii, jj)
            ok = np.isnan(s) | (s >= self.threshold)
            for i, j, x in zip(ii[ok].tolist(), jj[ok].tolist(), s[ok].tolist(), strict=True):
                yield items[i][0], ("e", items[j][0], x, metas[i], metas[j])
            return
        # A huge bucket: greedy clustering against representatives keeps the work near-linear.
        reps: list[int] = []
        for i in range(m):
            if reps:
                s = sims.pairs(np.full(len(reps), i), np.array(reps))
                k = 0 if np.isnan(s[0]) else int(np.argmax(s))
                if np.isnan(s[k]) or s[k] >= self.threshold:
                    j = reps[k]
                    yield items[i][0], ("e", items[j][0], float(s[k]), metas[i], metas[j])
                    continue
            reps.append(i)

    # -- combine: clusters ----------------------------------------------------------------------
    def combine(self, decisions: Iterable[tuple[Ref, Any]]) -> Iterator[tuple[Ref, Any]]:
        """Union-find over all verified edges; one keeper per cluster by the keep policy."""
        return cluster_decisions(decisions, self.keep, self.removal)

    # -- apply: record the cluster, reject the copies -------------------------------------------
    def apply(self, doc: Document, decisions: list[Any]) -> Document:
        """Write cluster_id/cluster_size; reject a non-keeper with `duplicate_of` and its evidence."""
        for d in decisions:
            if not (isinstance(d, tuple) and d and d[0] == "c"):
                continue
            _, cid, size, dup_of, sim, neighbour = d
            doc.metadata["cluster_id"] = cid
            doc.metadata["cluster_size"] = size
            if dup_of is not None:
                doc.metadata["duplicate_of"] = dup_of
                doc.metadata["dup_similarity"] = round(sim, 4)
                how = "shares an LSH band" if math.isnan(sim) else f"jaccard {sim:.2f}"
                doc.reject(
                    f"near_duplicate: of {dup_of} (cluster of {size}; {how} with {neighbour})", self.name
                )
        return doc


class _Similarity:
    """Pair similarities inside one bucket, by the configured verification."""

    def __init__(self, mode: str, payloads: list[bytes], num_perm: int) -> None:
        self.mode = mode
        if mode == "estimate":
            self.sig = np.frombuffer(b"".join(payloads), dtype=np.uint16).reshape(len(payloads), num_perm)
        elif mode == "exact":
            self.sets = [np.frombuffer(p, dtype=np.uint32) for p in payloads]

    def pairs(self, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
        """Similarity of each pair (ii[k], jj[k])."""
        if self.mode == "estimate":
            return (self.sig[ii] == self.sig[jj]).mean(axis=1)
        if self.mode == "exact":
            from tamis.dedup.minhash import jaccard_sorted

            sets = self.sets
            out = [jaccard_sorted(sets[i], sets[j]) for i, j in zip(ii.tolist(), jj.tolist(), strict=True)]
            return np.array(out, dtype=np.float64)
        return np.full(len(ii), np.nan)
