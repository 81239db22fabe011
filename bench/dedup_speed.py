"""Text -> MinHash signature speed (MB of text per CPU-second, one core), tamis vs rensa vs datasketch.

    PYTHONPATH=src bench/.venv-dedup/bin/python bench/dedup_speed.py [--rounds 3]

Every method goes from the raw text to a 128-value signature of the lower-cased word 5-grams.
The peers take tokens, not text, so their path includes the Python shingling their users write
(`re.findall(r"\\w+", text.lower())`, 5-grams joined by spaces): that is what a user of them
runs. rensa is also timed on prepared shingles (hashing only) and through its bulk matrix API,
to show where its time goes. CPU time (time.process_time) of this one process; methods are
interleaved round by round and the best round is kept, so a busy shared machine hurts all alike.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "neardup"
WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 5) -> list[str]:
    w = WORD.findall(text.lower())
    return [" ".join(w[i : i + n]) for i in range(max(1, len(w) - n + 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--docs", type=int, default=20000)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in gzip.open(DATA / "docs.jsonl.gz", "rt", encoding="utf-8")]
    texts = texts[: args.docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    from datasketch import MinHash
    from rensa import RMinHash

    from tamis.dedup import minhash as mh

    mh.signature("warm up the compiled code once")

    def tamis_sig() -> None:
        for t in texts:
            mh.signature(t)

    def rensa_text() -> None:
        for t in texts:
            m = RMinHash(num_perm=128, seed=42)
            m.update(shingles(t))
            m.digest()

    def rensa_bulk() -> None:
        RMinHash.digest_matrix_from_token_sets([shingles(t) for t in texts], 128, 42)

    prepared = [shingles(t) for t in texts]

    def rensa_hash_only() -> None:
        RMinHash.digest_matrix_from_token_sets(prepared, 128, 42)

    sample = texts[: max(1, len(texts) // 5)]  # datasketch is slow: a fifth of the corpus
    mb_sample = sum(len(t.encode("utf-8")) for t in sample) / 1e6

    def datasketch_text() -> None:
        for t in sample:
            m = MinHash(num_perm=128)
            m.update_batch([s.encode("utf-8") for s in shingles(t)])
            m.digest()

    methods = {
        "tamis signature(text)": (tamis_sig, mb),
        "rensa RMinHash per doc (+ Python shingling)": (rensa_text, mb),
        "rensa digest_matrix bulk (+ Python shingling)": (rensa_bulk, mb),
        "rensa hashing only (shingles prepared, not comparable)": (rensa_hash_only, mb),
        "datasketch MinHash (+ Python shingling)": (datasketch_text, mb_sample),
    }
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, (fn, size) in methods.items():
            t0 = time.process_time()
            fn()
            dt = time.process_time() - t0
            best[name] = max(best.get(name, 0.0), size / dt)
    ref = best["rensa RMinHash per doc (+ Python shingling)"]
    rows = [{"method": k, "mb_per_cpu_s": round(v, 1), "vs_rensa": round(v / ref, 2)}
            for k, v in best.items()]
    print(f"# {len(texts)} docs, {mb:.1f} MB, best of {args.rounds} rounds, CPU time of one process")
    for r in rows:
        print(json.dumps(r))
    out = Path(__file__).parent / "work"
    out.mkdir(exist_ok=True)
    with open(out / "dedup_speed.json", "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
