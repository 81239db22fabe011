"""Peak memory of near-dedup on a 2 GB corpus through the local engine (1 worker).

    PYTHONPATH=src python bench/dedup_memory.py --make-corpus      # writes bench/work/dedup_2g.jsonl
    PYTHONPATH=src python bench/dedup_memory.py --parts 64 [--verify exact]

The corpus: the 20,000 neardup documents (with their 4,000 injected copies) once as they are, then
rewritten ~90 times with 30% of the words replaced at random (distinct texts of the same length
distribution), until 2 GB of text. The run happens in a child process; a sampler adds up the RSS
of that process and all its descendants every 0.2 s and reports the peak, with the run's stats.

`--parts`: the engine's shuffle partitions. The engine picks max(4, 2 × workers); the bench can
raise it (by setting `Plan.n_parts` in the child) because a partition is grouped in memory by
`decide`, so its size, not the corpus size, bounds the decide phase's memory.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "neardup"
WORK = ROOT / "bench" / "work"
CORPUS = WORK / "dedup_2g.jsonl"


def make_corpus(target: int = 2_000_000_000, seed: int = 7) -> None:
    """Write the 2 GB JSONL corpus (text bytes counted in UTF-8)."""
    docs = [json.loads(line) for line in gzip.open(DATA / "docs.jsonl.gz", "rt", encoding="utf-8")]
    vocab = sorted({w for d in docs[:5000] for w in d["text"].split()})
    rng = np.random.default_rng(seed)
    total = 0
    WORK.mkdir(parents=True, exist_ok=True)
    tmp = CORPUS.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        rep = 0
        while total < target:
            for i, d in enumerate(docs):
                if rep == 0:
                    text = d["text"]
                else:
                    words = d["text"].split()
                    swap = np.flatnonzero(rng.random(len(words)) < 0.3)
                    picks = rng.integers(0, len(vocab), swap.size).tolist()
                    for k, v in zip(swap.tolist(), picks, strict=True):
                        words[k] = vocab[v]
                    # Lines of about 12 words keep a text's shape.
                    text = "\n".join(" ".join(words[j : j + 12]) for j in range(0, len(words), 12))
                f.write(json.dumps({"id": f"r{rep}-{i}", "text": text}) + "\n")
                total += len(text.encode("utf-8"))
                if total >= target:
                    break
            rep += 1
    os.replace(tmp, CORPUS)
    print(f"wrote {CORPUS} ({total / 1e9:.2f} GB of text, {rep} rounds)")


CHILD = r"""
import json, sys, time, resource
import tamis.engines.local as L
parts, verify, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
orig = L.Plan.__init__
def init(self, *a, **k):
    orig(self, *a, **k)
    if parts:
        self.n_parts = parts
L.Plan.__init__ = init
from tamis.pipeline import Pipeline
p = Pipeline([("dedup_near", {"verify": verify})])
t = time.perf_counter()
st = p.run([sys.argv[4]], out, workers=1, quiet=True, overwrite=True, keep_work=True)
st["wall"] = time.perf_counter() - t
st["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("STATS " + json.dumps(st))
"""


def tree_rss(pid: int) -> int:
    """RSS in bytes of a process and all its descendants."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def spill_bytes(state: Path) -> int:
    """Bytes of the shuffle files left in the engine's state directory."""
    return sum(f.stat().st_size for f in state.glob("shuffle*/**/*") if f.is_file())


def run(parts: int, verify: str) -> None:
    out = WORK / f"dedup_2g_out_{verify}_{parts}"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(parts), verify, str(out), str(CORPUS)],
                            stdout=subprocess.PIPE, text=True, env=env)
    peak, t0, trace = 0, time.perf_counter(), []
    while proc.poll() is None:
        rss = tree_rss(proc.pid)
        peak = max(peak, rss)
        trace.append((round(time.perf_counter() - t0, 1), rss // 2**20))
        time.sleep(0.2)
    text = proc.stdout.read() if proc.stdout else ""
    stats = json.loads(re.search(r"^STATS (.*)$", text, re.M).group(1))
    spill = spill_bytes(out / "_tamis")
    row = {"corpus_bytes": CORPUS.stat().st_size, "verify": verify, "n_parts": parts or "engine default",
           "peak_rss_mb": round(peak / 2**20), "child_ru_maxrss_mb": round(stats["ru_maxrss_mb"]),
           "wall_s": round(stats["wall"], 1), "docs_in": stats["documents"]["in"],
           "kept": stats["documents"]["kept"], "removed": stats["documents"]["removed"],
           "shuffle_spill_gb": round(spill / 1e9, 2),
           "docs_per_s": round(stats["documents"]["in"] / stats["wall"]),
           "steps": stats.get("steps")}
    print(json.dumps(row))
    with open(WORK / f"dedup_memory_{verify}_{parts}.json", "w") as f:
        json.dump({"row": row, "stats": stats, "rss_trace_mb": trace[::10]}, f, indent=1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--make-corpus", action="store_true")
    ap.add_argument("--parts", type=int, default=64, help="0 = the engine's default")
    ap.add_argument("--verify", default="exact")
    args = ap.parse_args()
    if args.make_corpus:
        make_corpus()
        return
    run(args.parts, args.verify)


if __name__ == "__main__":
    main()
