"""Stand-in steps for the scaling benchmark (bench/ray_scaling.py): the real extract, filter and
dedup steps live in their own packages; these do the same kind of work with the same libraries, so
the engine's per-stage costs can be measured before those land. Not part of tamis."""
from __future__ import annotations

import numpy as np
import xxhash

from tamis.document import Document
from tamis.steps import CorpusStep, Step

MERSENNE = (1 << 61) - 1


class Extract(Step):
    """Main text of an HTML page with resiliparse (what the extract step builds on)."""

    name = "bench_extract"

    def process(self, doc: Document) -> Document:
        if doc.kind == "html":
            from resiliparse.extract.html2text import extract_plain_text

            doc.text = extract_plain_text(doc.text, main_content=True)
            doc.kind = "text"
        return doc


class Analyze(Step):
    """The shared text analysis every quality rule reads (lines, paragraphs, words), and one rule."""

    name = "bench_analyze"
    fields = {"n_words": "int64"}

    def __init__(self, min_words: int = 50) -> None:
        self.min_words = min_words

    def process(self, doc: Document) -> Document:
        v = doc.view
        _ = (v.lines, v.paragraphs, v.line_words)
        doc.metadata["n_words"] = v.n_words
        if v.n_words < self.min_words:
            doc.reject(f"too_short: {v.n_words} words < {self.min_words}", self.name)
        return doc


class MinHashBands(CorpusStep):
    """MinHash over word 5-grams (numpy), LSH bands as shuffle keys; later copies in a band are removed."""

    name = "bench_minhash"
    fields = {}

    def __init__(self, bands: int = 14, rows: int = 8, ngram: int = 5) -> None:
        self.bands = bands
        self.rows = rows
        self.ngram = ngram
        rng = np.random.default_rng(42)
        n = bands * rows
        self._a = rng.integers(1, MERSENNE, n, dtype=np.uint64)
        self._b = rng.integers(0, MERSENNE, n, dtype=np.uint64)

    def keys(self, doc: Document):
        words = doc.view.words
        n = max(1, len(words) - self.ngram + 1)
        grams = (" ".join(words[i:i + self.ngram]).encode("utf-8", "surrogatepass") for i in range(n))
        sh = np.fromiter((xxhash.xxh3_64_intdigest(g) for g in grams), dtype=np.uint64, count=n) & np.uint64(MERSENNE)
        # (a*x + b) mod p over uint64 wraps; fine for a benchmark's cost and key volume.
        sig = ((sh[:, None] * self._a[None, :] + self._b[None, :]) % np.uint64(MERSENNE)).min(axis=0)
        for b in range(self.bands):
            yield (b, xxhash.xxh3_64_intdigest(sig[b * self.rows:(b + 1) * self.rows].tobytes())), None

    def decide(self, key, items):
        items = sorted(items, key=lambda it: it[0])
        for ref, _ in items[1:]:
            yield ref, tuple(items[0][0])

    def apply(self, doc: Document, decisions):
        if decisions:
            doc.reject(f"near_duplicate: of {decisions[0]}", self.name)
        return doc
