"""How much the extractors lean on class/id names and semantic tags: the same pages, rewritten.

Each page's HTML is rewritten before extraction, in one of these modes (the page's text, scripts, styles and
comments are left byte for byte as they were; only start and end tags change):

- `orig`:    the page as it is;
- `names`:   every class and id value replaced by meaningless tokens, consistently within a page (one name, as
             class or id, always becomes the same token; tokens are `q0`, `q1`, ... in order of first use);
- `nonames`: class and id attributes removed;
- `tags`:    article, main, nav, aside, footer and header turned into div (start and end tags; attributes kept).

Only dev pages: `--every 2` (offset 0) or `--every 4` (offset 0 or 2); the harness refuses other pages and the
lead's validation sets. Each extractor runs in its own subprocess (as in extract_bench) and sees every mode of a
page in turn; predictions go to WORK/MODE/NAME/SET.jsonl.gz (WORK: TAMIS_BENCH_WORK, default bench/work/perturb),
and are scored with extract_bench's own `score` (AEB shingle F1; snippets for trafeval).

    PYTHONPATH=src bench/.venv-extract/bin/python bench/extract_perturb.py run --only tamis,trafilatura
    python bench/extract_perturb.py score                      # per-set tables, loss against orig
    python bench/extract_perturb.py losses --mode nonames      # pages where tamis loses most and trafilatura not
    PYTHONPATH=src python bench/extract_perturb.py blame --mode nonames   # where that loss lies, by cause
    python bench/extract_perturb.py show --mode names --dataset aeb --index 12 > /tmp/p.html
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_bench as eb

WORK = Path(os.environ.get("TAMIS_BENCH_WORK", eb.ROOT / "bench" / "work" / "perturb"))
SETS = eb.DATASETS + ["wcxb_test", "gtrends", "big9", "chaos", "evan", "trafeval"]
MODES = ["orig", "names", "nonames", "tags"]
FORBIDDEN = {"cleanportal", "wcxb_fresh", "h2t"}
SEMANTIC = {"article", "main", "nav", "aside", "footer", "header"}

# A page's parts: a comment, a script or style element whole (left alone), or a start/end tag.
_PART = re.compile(
    r"<!--.*?-->"
    r"|<(script|style)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</\1\s*>"
    r"|<(/?)([A-Za-z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S | re.I)
# A class or id attribute inside a start tag (after white space or a quote), with its value.
_ATTR = re.compile(r"(?<=[\s\"'/])(class|id)(\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>\"']+)", re.I)


def perturb(html: str, mode: str) -> str:
    """The page rewritten in one of the modes (see the module's doc)."""
    if mode == "orig":
        return html
    names: dict[str, str] = {}

    def rename(m: re.Match) -> str:
        raw = m.group(3)
        q = raw[0] if raw[0] in "\"'" else ""
        value = raw[1:-1] if q else raw
        new = " ".join(names.setdefault(t, f"q{len(names)}") for t in value.split())
        return f"{m.group(1)}{m.group(2)}{q or chr(34)}{new}{q or chr(34)}"

    def tag(m: re.Match) -> str:
        if m.group(3) is None:  # a comment or a script/style element
            return m.group(0)
        close, name, attrs = m.group(2), m.group(3), m.group(4)
        if mode == "tags":
            if name.lower() in SEMANTIC:
                name = "div"
        elif not close and attrs:
            if mode == "names":
                attrs = _ATTR.sub(rename, attrs)
            elif mode == "nonames":
                attrs = _ATTR.sub("", attrs)
            else:
                raise SystemExit(f"unknown mode {mode}")
        return f"<{close}{name}{attrs}>"

    return _PART.sub(tag, html)


def check_pages(datasets: list[str], every: int, offset: int) -> None:
    """Refuse anything but dev pages (even halves or their folds) of allowed sets."""
    if (every, offset) not in {(2, 0), (4, 0), (4, 2)}:
        raise SystemExit("dev pages only: --every 2 (offset 0) or --every 4 (offset 0 or 2)")
    bad = FORBIDDEN.intersection(datasets)
    if bad:
        raise SystemExit(f"not to be run: {sorted(bad)}")


def worker(name: str, datasets: list[str], modes: list[str], every: int, offset: int) -> None:
    """One extractor over every mode of every page; predictions and CPU time per mode."""
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    fn = eb.make_extractor(name)
    timing = {m: {} for m in modes}
    for m in modes:
        (WORK / m / name).mkdir(parents=True, exist_ok=True)
    for ds in datasets:
        outs = {m: gzip.open(WORK / m / name / f"{ds}.jsonl.gz", "wt", encoding="utf-8") for m in modes}
        cpu = dict.fromkeys(modes, 0.0)
        n = 0
        for pid, html, _ in eb.pages(ds, every, offset):
            n += 1
            for m in modes:
                pred, took = eb.timed(fn, perturb(html, m), f"{name} {m} {ds} {pid}")
                cpu[m] += took
                outs[m].write(json.dumps({"id": pid, "pred": pred}) + "\n")
        for m in modes:
            outs[m].close()
            timing[m][ds] = {"pages": n, "cpu_s": cpu[m]}
    for m in modes:
        timing[m]["_maxrss_mb"] = 0.0
        path = WORK / m / name / "timing.json"
        old = json.loads(path.read_text()) if path.exists() else {}
        old.update(timing[m])
        path.write_text(json.dumps(old, indent=1))


def scores(names: list[str], datasets: list[str], modes: list[str], every: int, offset: int) -> dict:
    """{mode: {name: {set: F1 (or snippet F1 for a set without gold text)}}}: extract_bench's measures (AEB
    shingle F1 as its `score` computes it, snippet F1 for trafeval), each set's gold read once for every mode."""
    out: dict = {m: {} for m in modes}
    for ds in datasets:
        golds = [(pid, truth) for pid, _, truth in eb.pages(ds, every, offset) if truth]
        snips = list(eb.snippets(ds, every, offset))
        for m in modes:
            for name in names:
                path = WORK / m / name / f"{ds}.jsonl.gz"
                if not path.exists():
                    continue
                preds = eb.predictions(path)
                if golds:
                    f1 = eb.aeb_scores([eb.shingle_counts(preds.get(pid, ""), t) for pid, t in golds])[2]
                else:
                    tp = fp = fn = 0
                    for pid, with_, without in snips:
                        a, b, c, _ = eb.snippet_counts(preds.get(pid, ""), with_, without)
                        tp, fp, fn = tp + a, fp + b, fn + c
                    f1 = eb.prf(tp, fp, fn)[2]
                out[m].setdefault(name, {})[ds] = f1
    return out



def _row(vals: list[float], trafeval: float | None, sign: str) -> str:
    """A table row's cells: each set's figure, their mean where there are several, trafeval's snippet F1."""
    row = [f"{v:{sign}.4f}" for v in vals]
    if len(vals) > 1:
        row.append(f"{sum(vals) / len(vals):{sign}.4f}")
    if trafeval is not None:
        row.append(f"{trafeval:{sign}.4f}")
    return " | ".join(row)

def report(res: dict, names: list[str], datasets: list[str], modes: list[str]) -> str:
    """Per-set tables: each extractor's F1 per mode, and its loss against the original pages."""
    full = [d for d in datasets if d != "trafeval"]
    cols = full + (["mean (11)"] if len(full) > 1 else []) + (["trafeval sF1"] if "trafeval" in datasets else [])
    lines = []
    for name in names:
        if name not in res.get("orig", {}):
            continue
        lines += [f"{name}: AEB F1 per set (trafeval: snippet F1), and the change against the original pages", "",
                  "| mode | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
        base = res["orig"][name]
        for m in modes:
            if name not in res.get(m, {}):
                continue
            r = res[m][name]
            lines.append(f"| {m} | " + _row([r[d] for d in full], r["trafeval"] if "trafeval" in datasets else None, "") + " |")
            if m != "orig":
                te = r["trafeval"] - base["trafeval"] if "trafeval" in datasets else None
                lines.append(f"| Δ {m} | " + _row([r[x] - base[x] for x in full], te, "+") + " |")
        lines.append("")
    return "\n".join(lines)


def page_f1(mode: str, name: str, ds: str, every: int, offset: int) -> dict[str, float]:
    """Per-page AEB F1 of one extractor in one mode, by page id (pages with gold text)."""
    preds = eb.predictions(WORK / mode / name / f"{ds}.jsonl.gz")
    return {pid: eb.prf(*eb.shingle_counts(preds.get(pid, ""), truth))[2]
            for pid, _, truth in eb.pages(ds, every, offset) if truth}


def losses(mode: str, datasets: list[str], every: int, offset: int, top: int, a: str = "tamis",
           b: str = "trafilatura") -> None:
    """Pages where A loses most under the mode and B loses less (loss: F1 orig − F1 perturbed)."""
    rows = []
    for ds in datasets:
        if ds == "trafeval":
            continue
        ao, am = page_f1("orig", a, ds, every, offset), page_f1(mode, a, ds, every, offset)
        bo, bm = page_f1("orig", b, ds, every, offset), page_f1(mode, b, ds, every, offset)
        idx = {pid: i for i, (pid, _, _) in enumerate(eb.pages(ds, every, offset))}
        for pid in ao:
            la, lb = ao[pid] - am[pid], bo[pid] - bm[pid]
            rows.append((la - max(lb, 0.0), la, lb, ds, idx[pid], pid, ao[pid], am[pid], bm[pid]))
    rows.sort(reverse=True)
    print(f"# {mode}: pages where {a} loses most and {b} loses less (index within the run's pages)")
    print(f"# total {a} loss {sum(r[1] for r in rows):.2f}, {b} loss {sum(r[2] for r in rows):.2f} "
          f"over {len(rows)} pages; pages {a} loses > .1: {sum(r[1] > .1 for r in rows)}, "
          f"{b}: {sum(r[2] > .1 for r in rows)}")
    for key, la, lb, ds, i, pid, fo, fm, bm in rows[:top]:
        print(f"{key:+.3f} {ds:12s} #{i:<4d} {a} {fo:.2f}->{fm:.2f} ({-la:+.2f})  {b} ->{bm:.2f} ({-lb:+.2f})  {pid[:50]}")


def _why(walk, owner: int) -> str:
    """The outermost mark around a block's element in a walk ('' when none)."""
    for i, why in walk.marked:
        if i <= owner < walk.end[i]:
            return why
    return ""


def _reason(choice, kept_ids: set[int], text: str) -> str:
    """Why a block of this text is not among a choice's kept blocks: marked (the mark), outside the container,
    inside but left out, or not a block of the walk at all."""
    walk, c = choice.walk, choice.container
    for b in walk.blocks:
        if b.text == text and id(b) not in kept_ids:
            why = _why(walk, b.owner)
            if why:
                return f"marked:{why}"
            return "inside" if c <= b.owner < walk.end[c] else "outside"
    return "unwalked"


def blame(mode: str, datasets: list[str], every: int, offset: int, min_loss: float, b: str = "trafilatura") -> None:
    """Where tamis's loss under a mode lies, on the pages where it loses at least `min_loss` F1 and B loses less:
    the gold shingles it no longer keeps and the others it now keeps, by the reason the original page gave for
    leaving the block out (its mark in the original walk; outside the container; inside, left out) or the
    perturbed page gives for leaving it out; and whether the container grew, shrank or moved."""
    from collections import Counter

    from tamis.extract.core import Options, extract_choice, final_blocks

    opts = Options()
    fp_by, fn_by, moves = Counter(), Counter(), Counter()
    n = 0
    for ds in datasets:
        if ds == "trafeval":
            continue
        ao, am = page_f1("orig", "tamis", ds, every, offset), page_f1(mode, "tamis", ds, every, offset)
        bo, bm = page_f1("orig", b, ds, every, offset), page_f1(mode, b, ds, every, offset)
        for i, (pid, html, truth) in enumerate(eb.pages(ds, every, offset)):
            if not truth or ao[pid] - am[pid] < min_loss or bo[pid] - bm[pid] >= ao[pid] - am[pid] - min_loss:
                continue
            n += 1
            gold = eb.shingles(truth)
            res = []
            for page in (html, perturb(html, mode)):
                _, ch = extract_choice(page, opts, names=True)
                kept = final_blocks(ch, opts) if ch is not None else []
                res.append((ch, kept))
            (co, ko), (cm, km) = res
            to, tm = {x.text for x in ko}, {x.text for x in km}
            if co is not None and cm is not None:
                so = {x.text for x in co.walk.blocks if co.container <= x.owner < co.walk.end[co.container]}
                sm = {x.text for x in cm.walk.blocks if cm.container <= x.owner < cm.walk.end[cm.container]}
                move = "same" if so == sm else "wider" if so < sm else "narrower" if sm < so else "moved"
            else:
                move = "none"
            moves[move] += 1
            page_fp, page_fn = Counter(), Counter()
            for t in tm - to:  # kept now, left out on the original page: its non-gold shingles
                extra = sum((eb.shingles(t) - gold).values())
                page_fp[_reason(co, {id(x) for x in ko}, t) if co is not None else "none"] += extra
            for t in to - tm:  # kept on the original page, left out now: its gold shingles
                lost = sum((eb.shingles(t) & gold).values())
                page_fn[_reason(cm, {id(x) for x in km}, t) if cm is not None else "none"] += lost
            total = sum(gold.values()) or 1
            for k, v in page_fp.items():
                fp_by[k] += v / total
            for k, v in page_fn.items():
                fn_by[k] += v / total
            print(f"{ds:12s} #{i:<4d} {ao[pid]:.2f}->{am[pid]:.2f} ({b} {bo[pid]:.2f}->{bm[pid]:.2f}) container {move:8s}"
                  f" extra {dict((k, round(v / total, 2)) for k, v in page_fp.most_common(3))}"
                  f" lost {dict((k, round(v / total, 2)) for k, v in page_fn.most_common(3))}")
    print(f"# {n} pages; container: {dict(moves)}")
    print("# extra text (non-gold shingles, per page share of the gold, summed), by why the original left it out:")
    for k, v in fp_by.most_common():
        print(f"#   {k:18s} {v:.2f}")
    print(f"# lost gold (shingles, per page share, summed), by why the {mode} page leaves it out:")
    for k, v in fn_by.most_common():
        print(f"#   {k:18s} {v:.2f}")


def main() -> None:
    """CLI: run, score, losses, show (and the internal worker)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["run", "score", "losses", "blame", "show", "worker"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--only", default="tamis,trafilatura")
    ap.add_argument("--datasets", default=",".join(SETS))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--mode", default="nonames", help="losses/show: the mode")
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--min-loss", type=float, default=0.1, help="blame: pages tamis loses this much F1 on")
    ap.add_argument("--dataset", help="show: the set")
    ap.add_argument("--index", type=int, help="show: the page's index within the run's pages")
    a = ap.parse_args()
    datasets, modes, names = a.datasets.split(","), a.modes.split(","), a.only.split(",")
    check_pages(datasets + ([a.dataset] if a.dataset else []), a.every, a.offset)
    if a.cmd == "worker":
        worker(a.name, datasets, modes, a.every, a.offset)
        return
    if a.cmd == "show":
        for i, (_, html, _) in enumerate(eb.pages(a.dataset, a.every, a.offset)):
            if i == a.index:
                sys.stdout.write(perturb(html, a.mode))
                return
        raise SystemExit("no such page")
    if a.cmd == "losses":
        losses(a.mode, datasets, a.every, a.offset, a.top)
        return
    if a.cmd == "blame":
        blame(a.mode, datasets, a.every, a.offset, a.min_loss)
        return
    if a.cmd == "run":
        for name in names:
            t0 = time.time()
            subprocess.run([sys.executable, __file__, "worker", name, "--datasets", a.datasets, "--modes", a.modes,
                            "--every", str(a.every), "--offset", str(a.offset)], check=True,
                           env={**os.environ, "PYTHONHASHSEED": "0", "TAMIS_BENCH_WORK": str(WORK)})
            print(f"# {name}: {time.time() - t0:.0f}s wall", file=sys.stderr)
    if "orig" not in modes:
        modes = ["orig"] + modes
    res = scores(names, datasets, modes, a.every, a.offset)
    (WORK / f"scores-e{a.every}o{a.offset}.json").write_text(json.dumps(res, indent=1))
    print(report(res, names, datasets, modes))


if __name__ == "__main__":
    main()
