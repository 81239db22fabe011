"""Close calls: the margin of each even page's container choice and of the judge's decisions (development aid, even
half only).

tamis's container choice (`select.choose_container`) descends from <body> towards the best paragraphs (Readability's
candidate, `select.best_paragraphs`) and stops where a rule says so (the child's share of its parent's prose under
`dominance`, the parent's own paragraphs, a figure-split text, sibling sections). A page whose decision went by a
small margin is one a small change of the page can flip. Here the extractor is run as it is (`core.extract_html`)
with `core.choose_container` and `judge.correct` wrapped (in this tool, not in src): for the choice that makes the
page's text, three margins and their runner-ups are recorded. The reasons are the extractor's own: the tool reads
them from `choose_container`'s `trace` (the share each step needed, where and why the descent stopped, the close
call), and does not rebuild them.

- up: the container's share of its parent's prose less the share the descent needed to enter it (the runner-up is
  the parent, an *ancestor*); none when the container is the body or an anchor (<main>, the only <article>, hentry)
  forced the step;
- down: where the descent stopped above the best paragraphs, the stopping rule's margin (`dom`: the needed share
  less the child's share; `own`: the parent's own paragraphs' share less `_OWN_SHARE`; `parts`: the share of the
  sibling sections that stopped it (those after the child only when they read as prose) less `_PART_SHARE`;
  `figure` and `quote`: no margin, 1.0; `close`: the close call gave the descent's parent, margin `dominance` +
  `CLOSE_MARGIN` less the child's share); the runner-up is the descent forced one step further (the child made an
  anchor: a *descendant*, or deeper);
- side: the best paragraphs against the best element outside them (1 - its score / the best's); the runner-up is
  the container the descent towards that element gives: an ancestor, a descendant or a *sibling* (a disjoint
  subtree) of the chosen one, or the same container (no runner-up).

The page's margin is the smallest of the three (with its kind). The judge's close calls are its keep model's
left-out blocks whose probability lies within `--band` of `judge_keep` (counted, with their characters, restored or
not). With `--alts`, each runner-up is extracted too (the same run, the choice replaced) and scored.

    PYTHONPATH=src python bench/extract_margins.py run [--datasets ...] [--alts] [--out bench/work/margins]
    PYTHONPATH=src python bench/extract_margins.py report --work bench/work/ev,bench/work/nw,bench/work/te
        [--out bench/work/margins]       # F1 of tamis, trafilatura and the runner-ups by margin bucket, per set

`run` writes one row per even page (`OUT/SET.jsonl.gz`); `report` joins them with a bench work directory's
trafilatura (and tamis) predictions of the even half (`extract_bench.py ... --every 2`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, aeb_scores, predictions, prf, records, shingle_counts, snippet_counts

import tamis.extract.judge as judge_mod
from tamis.extract import core, select
from tamis.extract.scripts import ends_sentence

EXTRA_SETS = ["wcxb_test", "gtrends", "big9", "chaos", "evan"]
ALL_SETS = DATASETS + EXTRA_SETS + ["trafeval"]
BUCKETS = (0.05, 0.1, 0.2, 0.4)
ORIG_CHOOSE = select.choose_container
ORIG_BEST = select.best_paragraphs
ORIG_CORRECT = judge_mod.correct


class Spy:
    """The wrapped decisions of the page being extracted; `force` replaces the container by a runner-up."""

    def __init__(self, band: float) -> None:
        self.band = band
        self.calls: list[dict] = []
        self.judged: dict = {}
        self.force: str | None = None

    def reset(self, force: str | None = None) -> None:
        self.calls, self.judged, self.force = [], {}, force


def _relation(walk, a: int, b: int) -> str:
    """b's relation to a: same, ancestor (b holds a), descendant (a holds b) or sibling (disjoint)."""
    end = walk.end
    if a == b:
        return "same"
    if b <= a < end[b]:
        return "ancestor"
    if a <= b < end[a]:
        return "descendant"
    return "sibling"


def margins(walk, flags, score, dominance: float, trace: dict, container: int) -> dict:
    """The up / down / side margins of one choice and their runner-up containers, from the choice's `trace`
    (`select.choose_container`'s)."""
    tags, parent = walk.tags, walk.parent
    top = trace.get("top", 0)
    out: dict = {"c": container, "top": top, "ctag": tags[container] if container < len(tags) else "",
                 "share": score[container] / score[0] if score and score[0] > 0 else 0.0}
    if not score or score[0] <= 0:
        return out
    need = trace["need"]
    if container in need:  # (entered by its share: not the body, not forced by an anchor)
        p = parent[container]
        out["up"] = score[container] / score[p] - need[container] if score[p] > 0 else 1.0
        out["up_alt"] = p
    why, child = trace["stop"], trace["child"]
    if trace["close"]:
        child = trace["node"]
        why, m = "close", dominance + select.CLOSE_MARGIN - score[child] / score[container]
    elif why in ("quote", "figure", "segment"):
        m = 1.0
    elif why == "dom":
        m = trace["child_need"] - score[child] / score[container]
    elif why == "own":
        m = trace["own"] / score[container] - select._OWN_SHARE
    elif why == "parts":
        m = trace["parts"] / score[container] - select._PART_SHARE
    if why:
        out.update(down=m, down_why=why, down_child=child)
    # The best paragraphs against the best element outside them.
    end = walk.end
    _, d1 = ORIG_BEST(walk, flags)
    rest = [f and not (top <= b.owner < end[top]) for f, b in zip(flags, walk.blocks)]
    top2, d2 = ORIG_BEST(walk, rest)
    if d1 > 0 and d2 > 0:
        out["side"] = 1 - d2 / d1
        out["side_top"] = top2
    return out


def extra_text(walk, flags, blocks, inner: int, outer: int) -> dict:
    """The blocks inside `outer` and outside `inner` (the ancestor's extra text): its characters, link share, blocks,
    share of blocks that are content ending like a sentence; `after`: the same of those after `inner` only."""
    end = walk.end
    n = chars = links = sent = 0
    after = [0, 0, 0, 0]
    for f, b in zip(flags, blocks):
        if outer <= b.owner < end[outer] and not (inner <= b.owner < end[inner]) and b.n_chars:
            s = bool(f and ends_sentence(b.text))
            n, chars, links, sent = n + 1, chars + b.n_chars, links + b.link_chars, sent + s
            if b.owner >= end[inner]:
                after = [after[0] + 1, after[1] + b.n_chars, after[2] + b.link_chars, after[3] + s]
    def part(n, chars, links, sent):
        return {"blocks": n, "chars": chars, "links": links / chars if chars else 0.0, "sent": sent / n if n else 0.0}
    return {**part(n, chars, links, sent), "after": part(*after)}


def install(spy: Spy) -> None:
    """Wrap the container choice and the judge for the tool's runs."""

    def choose_container(walk, flags, score, dominance):
        trace: dict = {}
        c = ORIG_CHOOSE(walk, flags, score, dominance, trace)
        call = {"walk": walk, "flags": flags, "score": score, "c": c, "trace": trace, "dominance": dominance}
        spy.calls.append(call)
        if spy.force:
            m = margins(walk, flags, score, dominance, trace, c)
            alt = alternative(walk, flags, score, dominance, m, spy.force)
            if alt is not None:
                call["forced"] = alt
                return alt
        return c

    def correct(c, model, drop_below, keep_above, reach):
        _, keep = judge_mod._candidates(c, reach)
        near = near_kept = chars = 0
        if model.keep is not None and keep:
            pk = model.keep.proba(judge_mod.features(c, keep))
            for j, p in zip(keep, pk.tolist()):
                if abs(p - keep_above) < spy.band:
                    near += 1
                    near_kept += p > keep_above
                    chars += c.blocks[j].n_chars
        spy.judged = {"cands": len(keep), "near": near, "near_kept": near_kept, "near_chars": chars}
        return ORIG_CORRECT(c, model, drop_below, keep_above, reach)

    core.choose_container = choose_container
    judge_mod.correct = correct


def alternative(walk, flags, score, dominance, m: dict, which: str) -> int | None:
    """The runner-up container of kind `which` (up, down, side), or None when there is none."""
    if which == "up":
        return m.get("up_alt")
    if which == "down":
        child = m.get("down_child")
        if child is None:
            return None
        # (the descent forced through the child, then on by its own rules: the child made an anchor)
        saved = walk.anchors
        walk.anchors = [*saved, child]
        try:
            return ORIG_CHOOSE(walk, flags, score, dominance)
        finally:
            walk.anchors = saved
    if which == "side":
        top2 = m.get("side_top")
        if top2 is None:
            return None
        select.best_paragraphs = lambda w, f: (top2, 1.0)
        try:
            alt = ORIG_CHOOSE(walk, flags, score, dominance)
        finally:
            select.best_paragraphs = ORIG_BEST
        return None if alt == m["c"] else alt
    raise ValueError(which)


def final_call(spy: Spy, choice) -> dict | None:
    """The wrapped call that made the page's choice (the last one on its walk with its container)."""
    if choice is None:
        return None
    for call in reversed(spy.calls):
        if call["walk"] is choice.walk and call.get("forced", call["c"]) == choice.container:
            return call
    return None


def page_score(pred: str, truth: str | None, rec: dict) -> dict:
    if truth:
        tp, fp, fn = shingle_counts(pred, truth)
        return {"tp": tp, "fp": fp, "fn": fn}
    if rec.get("with") or rec.get("without"):
        a, b, c, d = snippet_counts(pred, rec.get("with") or [], rec.get("without") or [])
        return {"sw": a, "swo": b, "smiss": c, "stn": d}
    return {}


def run(datasets: list[str], out: Path, band: float, alts: bool) -> None:
    opts = core.Options(metadata=False)
    spy = Spy(band)
    install(spy)
    out.mkdir(parents=True, exist_ok=True)
    for ds in datasets:
        n = 0
        with gzip.open(out / f"{ds}.jsonl.gz", "wt", encoding="utf-8") as f:
            for rec in records(ds, 2, 0):
                truth = rec.get("text")
                spy.reset()
                ex, choice = core.extract_choice(rec["html"], opts)
                row: dict = {"id": rec["id"], **page_score(ex.text, truth, rec), "judge": spy.judged}
                call = final_call(spy, choice)
                if call is not None:
                    walk, flags, score = call["walk"], call["flags"], call["score"]
                    m = margins(walk, flags, score, call["dominance"], call["trace"], call["c"])
                    if "up_alt" in m:
                        m["up_extra"] = extra_text(walk, flags, walk.blocks, m["c"], m["up_alt"])
                    if "down_child" in m:
                        m["down_extra"] = extra_text(walk, flags, walk.blocks, m["down_child"], m["c"])
                    if "side_top" in m:
                        m["side_rel"] = _relation(walk, m["c"], alternative(walk, flags, score, call["dominance"],
                                                                             m, "side") or m["c"])
                    row["m"] = {k: v for k, v in m.items() if not k.endswith(("_alt", "_child", "_top"))}
                    if alts:
                        for which in ("up", "down", "side"):
                            spy.reset(which)
                            ex2, _ = core.extract_choice(rec["html"], opts)
                            if any("forced" in c for c in spy.calls) and ex2.text != ex.text:
                                row[f"alt_{which}"] = page_score(ex2.text, truth, rec)
                            elif any("forced" in c for c in spy.calls):
                                row[f"alt_{which}"] = "same"
                f.write(json.dumps(row) + "\n")
                n += 1
        print(f"{ds}: {n} pages", file=sys.stderr)


# -- report --------------------------------------------------------------------------------------------

def _f1(rows: list[dict]) -> float:
    return aeb_scores([(r["tp"], r["fp"], r["fn"]) for r in rows])[2] if rows else float("nan")


def _snip(rows: list[dict]) -> tuple[float, float]:
    tp = sum(r["sw"] for r in rows)
    fn = sum(r["smiss"] for r in rows)
    fp = sum(r["swo"] for r in rows)
    return (tp / (tp + fn) if tp + fn else float("nan"), fp / max(1, fp + sum(r["stn"] for r in rows)))


def page_margin(r: dict) -> tuple[float, str]:
    """The page's smallest margin and its kind (up / down:why / side:relation); (9, 'none') when none."""
    m = r.get("m") or {}
    best = (9.0, "none")
    if "up" in m:
        best = min(best, (m["up"], "up"))
    if "down" in m:
        best = min(best, (m["down"], "down:" + m["down_why"]))
    if "side" in m and m.get("side_rel") not in (None, "same"):
        best = min(best, (m["side"], "side:" + m["side_rel"]))
    return best


def bucket(x: float) -> str:
    for b in BUCKETS:
        if x < b:
            return f"<{b:g}"
    return "none" if x >= 9 else f">={BUCKETS[-1]:g}"


def load_rows(out: Path, ds: str) -> list[dict]:
    with gzip.open(out / f"{ds}.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def peer_rows(work_dirs: list[Path], ds: str, name: str) -> dict[str, dict] | None:
    for w in work_dirs:
        p = w / name / f"{ds}.jsonl.gz"
        if p.exists():
            preds = predictions(p)
            return {rec["id"]: page_score(preds.get(rec["id"], ""), rec.get("text"), rec) for rec in records(ds, 2, 0)}
    return None


def summary(datasets: list[str], out: Path, work_dirs: list[Path], close: float = 0.2) -> None:
    """Per set: tamis and trafilatura on the pages whose container choice was a close call (margin under `close`) and
    on the others, and on the pages with a judge close call (snippet recall on sets without gold text)."""
    print(f"| set | close calls (< {close:g}) | tamis | trafilatura | diff | other pages | tamis | trafilatura | diff "
          "| pages with a judge close call | diff there |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for ds in datasets:
        rows = load_rows(out, ds)
        traf = peer_rows(work_dirs, ds, "trafilatura") or {}
        snip = not any("tp" in r for r in rows)
        rows = [r for r in rows if ("sw" if snip else "tp") in r and r["id"] in traf]

        def f(g: list[dict], snip=snip) -> float:
            return _snip(g)[0] if snip else _f1(g)

        def cells(g: list[dict], f=f, traf=traf) -> str:
            t, p = f(g), f([traf[r["id"]] for r in g])
            return f"{len(g)} | {t:.4f} | {p:.4f} | {t - p:+.4f}"

        near = [r for r in rows if r["judge"].get("near", 0)]
        print(f"| {ds}{' (snippet recall)' if snip else ''} | {cells([r for r in rows if page_margin(r)[0] < close])} "
              f"| {cells([r for r in rows if page_margin(r)[0] >= close])} | {len(near)} "
              f"| {f(near) - f([traf[r['id']] for r in near]):+.4f} |")


def report(datasets: list[str], out: Path, work_dirs: list[Path]) -> None:
    summary(datasets, out, work_dirs)
    order = [f"<{b:g}" for b in BUCKETS] + [f">={BUCKETS[-1]:g}", "none"]
    for ds in datasets:
        rows = load_rows(out, ds)
        traf = peer_rows(work_dirs, ds, "trafilatura") or {}
        snip = not any("tp" in r for r in rows)
        print(f"\n#### {ds} ({len(rows)} pages)\n")
        if snip:
            print("| margin | pages | tamis sr | trafilatura sr | judge near |")
            print("|---|---:|---:|---:|---:|")
        else:
            print("| margin | pages | tamis | trafilatura | diff | up alt | down alt | side alt | judge near |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        groups: dict[str, list[dict]] = {}
        for r in rows:
            if ("sw" if snip else "tp") in r:
                groups.setdefault(bucket(page_margin(r)[0]), []).append(r)
        for b in order:
            g = groups.get(b, [])
            if not g:
                continue
            near = sum(r["judge"].get("near", 0) for r in g) / len(g)
            tr = [traf[r["id"]] for r in g if r["id"] in traf]
            if snip:
                print(f"| {b} | {len(g)} | {_snip(g)[0]:.3f} | {_snip(tr)[0] if tr else float('nan'):.3f} | {near:.2f} |")
                continue
            alts = []
            for which in ("up", "down", "side"):
                alt = [r.get(f"alt_{which}") for r in g]
                alt = [r if a == "same" or a is None else a for r, a in zip(g, alt)]
                alts.append(_f1(alt))
            t, f = _f1(g), _f1(tr)
            print(f"| {b} | {len(g)} | {t:.4f} | {f:.4f} | {t - f:+.4f} | {alts[0]:.4f} | {alts[1]:.4f} | "
                  f"{alts[2]:.4f} | {near:.2f} |")
        if snip:
            continue
        # The judge's close calls: pages by the number of left-out blocks near its threshold.
        print("\n| judge close calls | pages | tamis | trafilatura | diff |")
        print("|---|---:|---:|---:|---:|")
        by: dict[str, list[dict]] = {}
        for r in rows:
            if "tp" in r:
                k = r["judge"].get("near", 0)
                by.setdefault("0" if k == 0 else "1-2" if k <= 2 else ">=3", []).append(r)
        for k in ("0", "1-2", ">=3"):
            g = by.get(k, [])
            if g:
                t, f = _f1(g), _f1([traf[r["id"]] for r in g if r["id"] in traf])
                print(f"| {k} | {len(g)} | {t:.4f} | {f:.4f} | {t - f:+.4f} |")


def _page_f1(r: dict) -> float:
    """A page's F1 from its row's shingle counts."""
    return prf(r["tp"], r["fp"], r["fn"])[2]


def _kind(m: dict, which: str) -> str:
    return {"up": "up", "down": "down:" + m.get("down_why", ""), "side": "side:" + str(m.get("side_rel"))}[which]


def kinds(datasets: list[str], out: Path, work_dirs: list[Path]) -> None:
    """Pooled over the sets with gold text: each margin kind by bucket, the mean page F1 of tamis, its runner-up and
    trafilatura, and the pages where the runner-up is better / worse by over .01."""
    agg: dict[tuple[str, str], list[float]] = {}
    for ds in datasets:
        traf = peer_rows(work_dirs, ds, "trafilatura") or {}
        for r in load_rows(out, ds):
            m = r.get("m") or {}
            if "tp" not in r or r["id"] not in traf:
                continue
            t, f = _page_f1(r), _page_f1(traf[r["id"]])
            for which in ("up", "down", "side"):
                if which not in m or (which == "side" and m.get("side_rel") in (None, "same")):
                    continue
                alt = r.get(f"alt_{which}")
                a = _page_f1(alt) if isinstance(alt, dict) else t
                g = agg.setdefault((_kind(m, which), bucket(m[which])), [0, 0.0, 0.0, 0.0, 0, 0])
                g[0] += 1
                g[1] += t
                g[2] += a
                g[3] += f
                g[4] += a > t + 0.01
                g[5] += a < t - 0.01
    print("| kind | margin | pages | tamis | runner-up | trafilatura | runner-up better | worse |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (k, b), g in sorted(agg.items()):
        n = g[0]
        print(f"| {k} | {b} | {n} | {g[1] / n:.3f} | {g[2] / n:.3f} | {g[3] / n:.3f} | {g[4]} | {g[5]} |")


def sweep(datasets: list[str], out: Path, which: str, why: str, after: bool = False) -> None:
    """Set F1 change (per set) if the runner-up of kind `which` were taken on pages whose margin is under a bound, and
    (up, down) whose extra text has at least a share of sentence-ending content blocks, at most a link share and at
    least some characters (with `after`, of its blocks after the container only); `why`: the down stop or side
    relation to restrict to ('' = any)."""
    data = {ds: [r for r in load_rows(out, ds) if "tp" in r] for ds in datasets}

    def set_f1(rows, pick) -> float:
        return _f1([r[f"alt_{which}"] if pick(r) and isinstance(r.get(f"alt_{which}"), dict) else r for r in rows])

    base = {ds: set_f1(rows, lambda r: False) for ds, rows in data.items()}
    res = []
    extra = which in ("up", "down")
    for bound in (0.05, 0.1, 0.15, 0.2, 0.3):
        for smin in (0.0, 0.3, 0.5) if extra else (0.0,):
            for lmax in (0.1, 0.2, 0.3, 1.0) if extra else (1.0,):
                for cmin in (0, 300) if extra else (0,):
                    def pick(r, bound=bound, smin=smin, lmax=lmax, cmin=cmin) -> bool:
                        m = r.get("m") or {}
                        if which not in m or m[which] >= bound or (why and not _kind(m, which).endswith(":" + why)):
                            return False
                        e = m.get(f"{which}_extra") or {}
                        e = e.get("after", {}) if after else e
                        return not extra or (e.get("sent", 0) >= smin and e.get("links", 1) <= lmax
                                             and e.get("chars", 0) >= cmin)
                    d = {ds: set_f1(rows, pick) - base[ds] for ds, rows in data.items()}
                    n = sum(pick(r) and isinstance(r.get(f"alt_{which}"), dict) for rs in data.values() for r in rs)
                    res.append((sum(d.values()) / len(d), min(d.values()), n, (bound, smin, lmax, cmin), d))
    print("| mean | worst set | pages | margin < | sentences >= | links <= | chars >= | sets moved |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for mean, worst, n, (b, s_, lk, c), d in sorted(res, key=lambda x: -x[0]):
        moved = " ".join(f"{k} {v:+.4f}" for k, v in d.items() if abs(v) > 5e-6)
        print(f"| {mean:+.5f} | {worst:+.5f} | {n} | {b:g} | {s_:g} | {lk:g} | {c} | {moved} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["run", "report", "kinds", "sweep"])
    ap.add_argument("--which", default="up", choices=["up", "down", "side"], help="sweep: the runner-up kind")
    ap.add_argument("--after", action="store_true", help="sweep: the extra text after the container only")
    ap.add_argument("--why", default="", help="sweep: only this down stop (dom, own, parts, close ...) or side relation")
    ap.add_argument("--datasets", default=",".join(ALL_SETS))
    ap.add_argument("--out", default="bench/work/margins")
    ap.add_argument("--band", type=float, default=0.1, help="judge close call: |p - judge_keep| under this")
    ap.add_argument("--alts", action="store_true", help="extract and score each runner-up too")
    ap.add_argument("--work", default="bench/work/ev,bench/work/nw,bench/work/te")
    a = ap.parse_args()
    sets = a.datasets.split(",")
    work = [Path(w) for w in a.work.split(",")]
    if a.cmd == "run":
        run(sets, Path(a.out), a.band, a.alts)
    elif a.cmd == "report":
        report(sets, Path(a.out), work)
    elif a.cmd == "kinds":
        kinds([s for s in sets if s != "trafeval"], Path(a.out), work)
    else:
        sweep([s for s in sets if s != "trafeval"], Path(a.out), a.which, a.why, a.after)


if __name__ == "__main__":
    main()
