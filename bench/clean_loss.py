"""Where tamis+clean loses F1 against tamis alone: each step's effect per page, whole pages rejected vs spans
cut, and for each cut span its reason and whether its text is in the gold (shingles found in the gold text).

    PYTHONPATH=src python bench/clean_loss.py --datasets aeb,... --every 2 [--offset 0] --out /tmp/loss.jsonl.gz

Even halves only (`--every 2`, offset 0 or `--every 4 --offset 0/2`). Writes one JSON line per page: id, set,
F1 (AEB shingles) after each step, rejected step/reason, and the removals (step, reason, text, gold share).
`--report FILE` (a file written with `--texts`) prints three tables: the F1 change of each step per set (and of
the pages rejected), the F1 each kind of cut costs (its spans put back, as bags of shingles), and the cut
shingles that the gold holds (real content by the gold) against those it lacks.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import extract_bench as eb

STEPS = ("extract", "fix_unicode", "remove_boilerplate", "repair_repetition")


def in_gold(text: str, gold_sh) -> tuple[int, int]:
    """Shingles of a cut text found in the gold, and all of them."""
    sh = eb.shingles(text)
    n = sum(sh.values())
    hit = sum((sh & gold_sh).values())
    return hit, n


def run(a) -> None:
    from tamis.document import Document
    from tamis.registry import make_step

    steps = [make_step(n, {}) for n in STEPS]
    out = gzip.open(a.out, "wt", encoding="utf-8")
    cpu = defaultdict(float)
    for ds in a.datasets.split(","):
        for r in eb.records(ds, a.every, a.offset):
            truth = r.get("text")
            doc = Document(id=r["id"], text=r["html"], kind="html")
            texts = {}
            rej = None
            for st in steps:
                t0 = time.process_time()
                doc = st.process(doc)
                cpu[st.name] += time.process_time() - t0
                if doc.rejected:
                    rej = (st.name, doc.reason)
                    texts[st.name] = ""
                    break
                texts[st.name] = doc.text
            row = {"set": ds, "id": r["id"], "rej": rej}
            if a.texts:
                row["t0"] = texts.get("extract", "")
                row["t1"] = doc.text if not rej else ""
            if truth:
                gsh = eb.shingles(truth)
                row["c"] = {k: eb.shingle_counts(v, truth) for k, v in texts.items()}
                rem = []
                for x in doc.removed:
                    hit, n = in_gold(x.text, gsh)
                    rem.append({"step": x.step, "reason": x.reason, "text": x.text, "hit": hit, "n": n})
                row["rem"] = rem
            if r.get("with") or r.get("without"):
                row["snip"] = {k: eb.snippet_counts(v, r.get("with") or [], r.get("without") or [])
                               for k, v in texts.items()}
            out.write(json.dumps(row) + "\n")
    out.close()
    print(json.dumps(cpu), file=sys.stderr)


def _at(r: dict, k: str) -> tuple:
    """A page's shingle counts after step k (a page rejected before k counts as empty)."""
    c = r["c"]
    if k in c:
        return tuple(c[k])
    if r["rej"]:
        return (0.0, 0.0, 1.0)
    return tuple(c[[s for s in STEPS if s in c][-1]])


def _key(x: dict, share: float) -> str:
    step = {"remove_boilerplate": "boilerplate", "repair_repetition": "repetition"}.get(x["step"], x["step"])
    key = f"{step} {x['reason'].split(':')[-1].split(' ')[0]}"
    if step == "repetition":
        size = "big" if share >= .25 else ("mid" if share >= .05 else "small")
        shape = "run" if "\n" in x["text"] else "lone"
        key += f" {size} {shape}"
    return key


def report(path: str) -> None:
    rows = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    sets = list(dict.fromkeys(r["set"] for r in rows if "c" in r))
    print("| set | fix_unicode | remove_boilerplate | of which pages rejected | repair_repetition | total |")
    print("|---|---|---|---|---|---|")
    tot = [0.0] * 5
    gain: dict = defaultdict(dict)
    gold_tab: dict = defaultdict(lambda: [0, 0])
    for ds in sets:
        rs = [r for r in rows if r["set"] == ds and "c" in r]
        v = [eb.aeb_scores([_at(r, k) for r in rs])[2] for k in STEPS]
        back = [_at(r, "fix_unicode") if r["rej"] and r["rej"][0] == "remove_boilerplate" else _at(r, "remove_boilerplate")
                for r in rs]
        rj = eb.aeb_scores(back)[2]
        d = [v[1] - v[0], v[2] - v[1], v[2] - rj, v[3] - v[2], v[3] - v[0]]
        tot = [a + b for a, b in zip(tot, d)]
        print(f"| {ds} | {d[0]:+.4f} | {d[1]:+.4f} | {d[2]:+.4f} ({sum(1 for r in rs if r['rej'])} pages) | "
              f"{d[3]:+.4f} | {d[4]:+.4f} |")
        golds = {r["id"]: r.get("text") or "" for r in eb.records(ds, 2, 0)}
        pages = []
        for r in rs:
            t = eb.shingles(golds[r["id"]])
            reps: dict = defaultdict(Counter)
            if r["rej"]:
                fin: Counter = Counter()
                reps[f"rejected {r['rej'][1].split(':')[0]}"] = eb.shingles(r["t0"])
            else:
                fin = eb.shingles(r["t1"])
                n0 = sum(eb.shingles(r["t0"]).values()) or 1
                share = sum(x["n"] for x in r["rem"] if x["step"] == "repair_repetition") / n0
                for x in r["rem"]:
                    if x["step"] != "fix_unicode":  # (a repair, not a cut)
                        reps[_key(x, share)] += eb.shingles(x["text"])
            room = t - fin  # the gold's shingles that the cleaned text lacks
            for k, sh in reps.items():
                got = sh & room
                room -= got
                gold_tab[k.split(" ")[0] + " " + k.split(" ")[1]][0] += sum(sh.values())
                gold_tab[k.split(" ")[0] + " " + k.split(" ")[1]][1] += sum(got.values())
            pages.append((t, fin, reps))
        done = [eb.bag_counts(f, t) for t, f, _ in pages]
        base = eb.aeb_scores(done)[2]
        for k in {k for _, _, reps in pages for k in reps}:
            cs = [eb.bag_counts(f + reps[k], t) if k in reps else c for (t, f, reps), c in zip(pages, done)]
            gain[k][ds] = eb.aeb_scores(cs)[2] - base
    print(f"| mean of {len(sets)} | " + " | ".join(f"{x / len(sets):+.4f}" for x in tot) + " |")
    print("\nF1 given back by putting one kind of cut back (mean over the sets; sets with >= .0001)\n")
    for k in sorted(gain, key=lambda k: -sum(gain[k].values())):
        g = gain[k]
        print(f"{k:36s} {sum(g.values()) / len(sets):+.5f}  "
              + " ".join(f"{ds}:{x:+.4f}" for ds, x in g.items() if abs(x) >= 1e-4))
    print("\n| step, reason | cut shingles | in the gold | share |\n|---|---|---|---|")
    for k, (n, g) in sorted(gold_tab.items(), key=lambda x: -x[1][0]):
        print(f"| {k} | {n:,} | {g:,} | {g / n:.0%} |" if n else f"| {k} | 0 | 0 | |")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default=",".join(eb.DATASETS))
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--out", default="/tmp/clean_loss.jsonl.gz")
    ap.add_argument("--texts", action="store_true", help="store the extracted and the cleaned text")
    ap.add_argument("--report", help="print the tables of a file written with --texts")
    a = ap.parse_args()
    if a.report:
        report(a.report)
    else:
        assert a.offset % 2 == 0, "even pages only"
        run(a)
