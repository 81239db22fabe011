"""Identity check for the cleaning chain: one hash over every output of the six datasets.

Runs fix_unicode -> remove_boilerplate -> repair_repetition on the ground-truth texts and on the
junked texts (bench/clean_junk.py make_junked, seed as in clean_bench.py) of
../shared/data/extraction/*.jsonl.gz, and hashes each kept text, rejection and removal list.
A speed change must leave the hash unchanged.

Usage: python bench/clean_identity.py [--sets aeb,...] [--limit N] [--seed S]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from clean_bench import SETS, chain, load, run_chain
from clean_junk import make_junked

from tamis.clean.unicode import FixUnicode
from tamis.document import Document


def digest(doc: Document) -> bytes:
    parts = [doc.text, str(doc.rejected), str(doc.reason)]
    parts += [f"{r.reason}\x1f{r.step}\x1f{r.text}" for r in doc.removed]
    return "\x1e".join(parts).encode("utf-8", "surrogatepass")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    total = hashlib.sha256()
    fix = FixUnicode()
    for name in args.sets.split(","):
        pages = load(name, args.limit)
        h = hashlib.sha256()
        steps = chain()
        for _, pid, text in pages:
            h.update(digest(run_chain(steps, Document(pid, text))))
        rng = random.Random(args.seed)
        heads = [t.split("\n", 1)[0].strip() for _, _, t in pages]
        heads = [x for x in heads if 3 <= len(x.split()) <= 14 and not x.endswith(".")] or None
        for _, pid, text in pages:
            lines, _ = make_junked(fix.fix(text)[0], rng, heads)
            h.update(digest(run_chain(steps, Document(pid, "\n".join(lines)))))
        print(f"{name}: {len(pages)} pages {h.hexdigest()[:16]}")
        total.update(h.digest())
    print(f"all: {total.hexdigest()}")


if __name__ == "__main__":
    main()
