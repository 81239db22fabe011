"""Parity and speed of tamis's quality rules against datatrove's, side by side in one run.

    python bench/filters_corpus.py            # writes bench/work/filters_corpus.jsonl
    python bench/filters_parity.py [--speed-docs 1000] [--reuse]

For each rule (gopher_repetition, gopher_quality, c4, fineweb), both sides judge every document
alone at the published defaults; the keep/drop decisions are compared. Speed: the chain Gopher
repetition -> Gopher quality -> C4 -> FineWeb over the first --speed-docs documents, documents
per CPU-second (process time, 1 process), datatrove run by bench/.venv-datatrove/bin/python.
Disagreements go to bench/work/filters_disagreements.jsonl.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tamis.document import Document
from tamis.registry import make_step

RULES = ("gopher_repetition", "gopher_quality", "c4", "fineweb")
# datatrove counts the top n-gram even when it occurs once (see GopherRepetition's docstring):
# the same setting is used here, as in the fineweb preset.
PARAMS: dict[str, dict] = {"gopher_repetition": {"top_ngram_min_count": 1}}
WORK = ROOT / "bench" / "work"


def ours(docs: list[dict]) -> dict[str, dict[str, str | None]]:
    """Each rule alone on each document: None (kept) or the reason."""
    steps = {r: make_step(r, PARAMS.get(r, {})) for r in RULES}
    out: dict[str, dict[str, str | None]] = {}
    for d in docs:
        row = {}
        for r, step in steps.items():
            doc = step.process(Document(d["id"], d["text"]))
            row[r] = doc.reason
        out[d["id"]] = row
    return out


def our_speed(docs: list[dict]) -> tuple[float, int]:
    """CPU seconds of the chain over the documents, and how many it keeps."""
    chain = [make_step(r, PARAMS.get(r, {})) for r in RULES]
    t0 = time.process_time()
    kept = 0
    for d in docs:
        doc = Document(d["id"], d["text"])
        for step in chain:
            step.process(doc)
            if doc.rejected:
                break
        else:
            kept += 1
    return time.process_time() - t0, kept


def main() -> None:
    """Run both sides, compare, print a markdown summary."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(WORK / "filters_corpus.jsonl"))
    ap.add_argument("--speed-docs", type=int, default=1000)
    ap.add_argument("--reuse", action="store_true", help="reuse datatrove's decisions from --dt")
    ap.add_argument("--dt", default=str(WORK / "dt_decisions.json"))
    ap.add_argument("--speed-only", action="store_true",
                    help="rerun datatrove for the speed figure only, reusing its decisions from --dt")
    a = ap.parse_args()
    with open(a.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    dt_out = Path(a.dt)
    py = ROOT / "bench" / ".venv-datatrove" / "bin" / "python"
    run = ROOT / "bench" / "filters_datatrove_run.py"
    speed_docs = docs[: a.speed_docs]
    our_cpu, our_kept = our_speed(speed_docs)
    if a.speed_only:
        speed_out = WORK / "dt_speed.json"
        subprocess.run([str(py), str(run), a.corpus, str(speed_out), "--speed-docs", str(a.speed_docs),
                        "--no-parity"], check=True)
        dt = json.loads(dt_out.read_text())
        dt["speed"] = json.loads(speed_out.read_text())["speed"]
    else:
        if not a.reuse:
            subprocess.run([str(py), str(run), a.corpus, str(dt_out), "--speed-docs", str(a.speed_docs)], check=True)
        dt = json.loads(dt_out.read_text())
    # Ours before and after datatrove, averaged, so that both sides see the machine's load.
    again = our_speed(speed_docs)
    our_cpu = (our_cpu + again[0]) / 2
    mine = ours(docs)

    print(f"documents: {len(docs)} ({sum(1 for d in docs if d['fault'])} with an injected fault)\n")
    print("| rule | agree | ours drop | datatrove drop | ours only | datatrove only |")
    print("|---|---|---|---|---|---|")
    dis = []
    for r in RULES:
        agree = o_drop = d_drop = o_only = d_only = 0
        for d in docs:
            o = mine[d["id"]][r]
            t = dt["decisions"][d["id"]][r]
            o_drop += o is not None
            d_drop += t is not None
            if (o is None) == (t is None):
                agree += 1
            else:
                o_only += o is not None
                d_only += t is not None
                dis.append({"rule": r, "id": d["id"], "fault": d["fault"], "ours": o, "datatrove": t})
        print(f"| {r} | {agree / len(docs):.4f} ({agree}/{len(docs)}) | {o_drop} | {d_drop} | {o_only} | {d_only} |")
    print("\nDisagreements by rule, our reason (signal) / datatrove reason:")
    c = Counter((x["rule"], (x["ours"] or "keep").split(" ")[1] if x["ours"] else "keep", x["datatrove"] or "keep")
                for x in dis)
    for (r, o, t), n in c.most_common(40):
        print(f"  {r}: ours {o} / datatrove {t}: {n}")
    with open(Path(a.dt).with_suffix(".disagreements.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(x) + "\n" for x in dis)
    sp = dt["speed"]
    dt_rate = sp["docs"] / sp["cpu_s"]
    our_rate = len(speed_docs) / our_cpu
    print(f"\nchain speed on {len(speed_docs)} documents: tamis {our_rate:.0f} docs/CPU-s (kept {our_kept}), "
          f"datatrove {dt_rate:.1f} docs/CPU-s (kept {sp['kept']}): {our_rate / dt_rate:.1f}x")


if __name__ == "__main__":
    main()
