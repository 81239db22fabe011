"""Extraction benchmark: tamis against trafilatura, resiliparse, readability-lxml and jusText.

Each extractor runs in its own subprocess over the datasets in ../shared/data/extraction (pages
streamed one at a time, so the peak RSS is the extractor's), timing CPU seconds around each call.
Then every prediction is scored with the AEB token-shingle metric and WCXB's per-page word F1.

    bench/.venv-extract/bin/python bench/extract_bench.py all            # the full run
    bench/.venv-extract/bin/python bench/extract_bench.py all --only tamis --reuse   # dev loop

The peers live in bench/.venv-extract (pip install trafilatura lxml_html_clean readability-lxml
justext resiliparse); tamis is imported from this checkout's src/.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "extraction"
# Sets built by bench/extract_extra.py (not committed), looked for after DATA.
EXTRA = Path(os.environ.get("TAMIS_BENCH_DATA", ROOT / "bench" / "work" / "extra"))
WORK = Path(os.environ.get("TAMIS_BENCH_WORK", ROOT / "bench" / "work" / "extract"))
DATASETS = ["aeb", "readability", "l3s_gn1", "cleaneval", "dragnet", "wcxb_dev"]
EXTRACTORS = ["tamis", "trafilatura", "resiliparse", "readability", "justext"]
# The steps of the default pipeline that edit a page's text (the filters after them only reject).
CLEAN_CHAIN = ("extract", "fix_unicode", "remove_boilerplate", "repair_repetition")


# -- extractors (each imported only inside its worker) ---------------------------------------------
def make_extractor(name: str):
    """A function html -> text for the named extractor."""
    if name == "tamis":
        sys.path.insert(0, str(ROOT / "src"))
        from tamis.extract.core import Options, extract_html

        # TAMIS_EXTRACT_OPTS='{"min_chars": 80}' tries other parameters (development only).
        opts = Options(**json.loads(os.environ.get("TAMIS_EXTRACT_OPTS", "{}")))
        return lambda html: extract_html(html, opts).text
    if name == "tamis+clean":
        # What `tamis run` does to a page before its filters: the default pipeline's steps up to the
        # first filter (extract, fix_unicode, remove_boilerplate, repair_repetition), defaults.
        sys.path.insert(0, str(ROOT / "src"))
        from tamis.document import Document
        from tamis.pipeline import DEFAULT_STEPS
        from tamis.registry import make_step

        names = []
        for step_name, _ in DEFAULT_STEPS:
            if step_name not in CLEAN_CHAIN:
                break
            names.append(step_name)
        params = {"extract": json.loads(os.environ.get("TAMIS_EXTRACT_OPTS", "{}"))}
        steps = [make_step(n, params.get(n, {})) for n in names]

        def chain(html: str) -> str:
            doc = Document(id="p", text=html, kind="html")
            for step in steps:
                doc = step.process(doc)
                if doc.rejected:
                    return ""
            return doc.text

        return chain
    if name == "tamis_md":
        sys.path.insert(0, str(ROOT / "src"))
        from tamis.extract.core import Options, extract_html

        opts = Options(markdown=True)
        return lambda html: extract_html(html, opts).text
    if name == "trafilatura":
        import trafilatura

        return lambda html: trafilatura.extract(html, include_comments=False) or ""
    if name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text

        return lambda html: extract_plain_text(html, main_content=True)
    if name == "readability":
        from readability import Document
        from selectolax.lexbor import LexborHTMLParser

        def read(html: str) -> str:
            summary = Document(html).summary(html_partial=True)
            return LexborHTMLParser(summary).text(separator="\n")

        return read
    if name == "justext":
        import justext

        stop = justext.get_stoplist("English")

        def jt(html: str) -> str:
            paras = justext.justext(html.encode("utf-8", "replace"), stop, encoding="utf-8")
            return "\n\n".join(p.text for p in paras if not p.is_boilerplate)

        return jt
    raise SystemExit(f"unknown extractor {name}")


def records(dataset: str, every: int = 1, offset: int = 0):
    """Stream the records of a dataset (the six in ../shared, else TAMIS_BENCH_DATA): pages number offset,
    offset + every, …"""
    path = DATA / f"{dataset}.jsonl.gz"
    if not path.exists():
        path = EXTRA / f"{dataset}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == offset:
                yield json.loads(line)


def pages(dataset: str, every: int = 1, offset: int = 0):
    """Stream (id, html, text) of a dataset: pages number offset, offset + every, …"""
    for r in records(dataset, every, offset):
        yield r["id"], r["html"], r.get("text")



# A small article page for the untimed warm-up call (its text is thrown away).
WARMUP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
    "<article><h1>A page to start the extractor</h1>"
    + "<p>This paragraph is here so that every extractor reads an article once before it is timed. </p>" * 6
    + "</article><footer>Copyright</footer></body></html>"
)


def timed(fn, html: str, label: str) -> tuple[str, float]:
    """An extractor's text for one page and the CPU seconds it took; an exception is an empty text, reported on
    stderr with `label` (the page is scored as a miss, the run goes on)."""
    t0 = time.process_time()
    try:
        pred = fn(html) or ""
    except Exception as e:
        pred = ""
        print(f"{label}: {type(e).__name__}: {e}", file=sys.stderr)
    return pred, time.process_time() - t0

def worker(name: str, datasets: list[str], every: int, offset: int = 0) -> None:
    """Extract every page of the datasets, write predictions and CPU time."""
    import warnings

    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    fn = make_extractor(name)
    # One untimed call first, so that one-time start-up (lazy imports, loading a model) is not charged to the
    # first page: the speed is each extractor's steady state, as on a corpus of millions of pages.
    timed(fn, WARMUP_PAGE, f"{name} warm-up")
    out_dir = WORK / name
    out_dir.mkdir(parents=True, exist_ok=True)
    timing = {}
    for ds in datasets:
        cpu = 0.0
        n = 0
        with gzip.open(out_dir / f"{ds}.jsonl.gz", "wt", encoding="utf-8") as out:
            for pid, html, _ in pages(ds, every, offset):
                pred, took = timed(fn, html, f"{name} {ds} {pid}")
                cpu += took
                n += 1
                out.write(json.dumps({"id": pid, "pred": pred}) + "\n")
        timing[ds] = {"pages": n, "cpu_s": cpu}
    timing["_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (out_dir / "timing.json").write_text(json.dumps(timing, indent=1))


# -- metrics -----------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\w+", re.UNICODE)


def token_grams(toks: list[str], n: int = 4) -> list[str]:
    """The n-token shingles of a token list; none for a list under n tokens (the bench tools' blocks)."""
    return [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]


def shingles(text: str, n: int = 4) -> Counter:
    """AEB's bag of n-token shingles (case kept); a text under n tokens is one shingle of all of them."""
    toks = _TOKEN.findall(text or "")
    grams = (" ".join(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_counts(pred: str, truth: str, n: int = 4) -> tuple[float, float, float]:
    """AEB: bags of 4-token shingles (case kept); tp, fp, fn normalised to sum 1."""
    return bag_counts(shingles(pred, n), shingles(truth, n))


def bag_counts(p: Counter, t: Counter) -> tuple[float, float, float]:
    """tp, fp, fn of a predicted bag of shingles against the gold's, normalised to sum 1."""
    tp = sum((p & t).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (a page's normalised shingle counts, or a set's snippets)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def aeb_scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """AEB precision = mean over pages with tp+fp>0, recall over tp+fn>0; F1 of the two means."""
    ps = [tp / (tp + fp) for tp, fp, _ in rows if tp + fp > 0]
    rs = [tp / (tp + fn) for tp, _, fn in rows if tp + fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def word_prf(pred: str, truth: str) -> tuple[float, float, float]:
    """WCXB: lower-cased \\w+ bags; per-page precision, recall, F1 (0 when a side is empty)."""
    p = Counter(_TOKEN.findall((pred or "").lower()))
    t = Counter(_TOKEN.findall((truth or "").lower()))
    tp = sum((p & t).values())
    if not tp:
        return 0.0, 0.0, 0.0
    pr, rc = tp / sum(p.values()), tp / sum(t.values())
    return pr, rc, 2 * pr * rc / (pr + rc)


def snippets(dataset: str, every: int = 1, offset: int = 0):
    """Stream (id, with, without) of a dataset's pages that have snippets (trafilatura's evaluation, WCXB)."""
    for r in records(dataset, every, offset):
        if r.get("with") or r.get("without"):
            yield r["id"], r.get("with") or [], r.get("without") or []


def _squash(text: str) -> str:
    return " ".join((text or "").split())


def block_finder(texts):
    """A finder over blocks (their texts, in order): given a snippet, the indexes of the blocks it spans once the
    blocks' squashed texts are joined by one space, or None when the joined text does not hold it. The join is
    made once, for every snippet of the page."""
    parts, spans, pos = [], [], 0
    for j, t in enumerate(texts):
        s = _squash(t)
        spans.append((pos, pos + len(s), j))
        parts.append(s)
        pos += len(s) + 1
    full = " ".join(parts)

    def find(snippet: str) -> list[int] | None:
        q = _squash(snippet)
        k = full.find(q)
        return None if k < 0 else [j for a, z, j in spans if a < k + len(q) and z > k]

    return find


def snippet_counts(pred: str, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    """Trafilatura's evaluation: after whitespace normalisation, a `with` snippet found is a true positive (else a
    false negative), a `without` snippet found a false positive (else a true negative)."""
    text = _squash(pred)
    found_w = sum(1 for w in with_ if _squash(w) in text)
    found_wo = sum(1 for w in without if _squash(w) in text)
    return found_w, found_wo, len(with_) - found_w, len(without) - found_wo


def load_module(path: Path | str, name: str):
    """A module loaded from a file of another checkout (a start's copy), to time or compare it beside the working
    tree's in one process."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[name] = mod  # (dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod


def predictions(path: Path) -> dict[str, str]:
    """An extractor's predictions on one dataset (a worker's `NAME/SET.jsonl.gz`), by page id."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r["pred"] for r in map(json.loads, f)}


def score(name: str, datasets: list[str], every: int, offset: int = 0) -> dict:
    """Scores of one extractor's predictions per dataset."""
    res = {}
    for ds in datasets:
        preds = predictions(WORK / name / f"{ds}.jsonl.gz")
        aeb, words = [], []
        for pid, _, truth in pages(ds, every, offset):
            if not truth:
                continue
            pred = preds.get(pid, "")
            aeb.append(shingle_counts(pred, truth))
            words.append(word_prf(pred, truth))
        p, r, f = aeb_scores(aeb)
        k = len(words) or 1
        res[ds] = {"p": p, "r": r, "f1": f,
                   "wp": sum(w[0] for w in words) / k, "wr": sum(w[1] for w in words) / k,
                   "wf1": sum(w[2] for w in words) / k, "n": len(words)}
        tp = fp = fn = tn = n = 0
        for pid, with_, without in snippets(ds, every, offset):
            a, b, c, d = snippet_counts(preds.get(pid, ""), with_, without)
            tp, fp, fn, tn, n = tp + a, fp + b, fn + c, tn + d, n + 1
        if n:
            sp, sr, sf1 = prf(tp, fp, fn)
            res[ds].update({"sp": sp, "sr": sr, "sf1": sf1,
                            "sacc": (tp + tn) / (tp + fp + fn + tn), "sn": n})
    return res


def main() -> None:
    """CLI: `worker NAME` or `all`."""
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["worker", "all", "score"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--only", default=",".join(EXTRACTORS))
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--every", type=int, default=1, help="use every k-th page (1 = all)")
    ap.add_argument("--offset", type=int, default=0, help="with --every k: start at page number offset")
    ap.add_argument("--reuse", action="store_true", help="score existing predictions of the others")
    ap.add_argument("--json", default=str(WORK / "results.json"))
    a = ap.parse_args()
    datasets = a.datasets.split(",")
    if a.mode == "worker":
        worker(a.name, datasets, a.every, a.offset)
        return
    names = a.only.split(",")
    if a.mode == "all":
        for name in names:
            t0 = time.time()
            subprocess.run([sys.executable, __file__, "worker", name, "--datasets", a.datasets,
                            "--every", str(a.every), "--offset", str(a.offset)], check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            print(f"# {name}: {time.time() - t0:.0f}s wall", file=sys.stderr)
    shown = names if not (a.reuse or a.mode == "score") else [n for n in EXTRACTORS + ["tamis+clean", "tamis_md"] if (WORK / n / "timing.json").exists()]
    results = {}
    for name in shown:
        timing = json.loads((WORK / name / "timing.json").read_text())
        results[name] = {"scores": score(name, datasets, a.every, a.offset), "timing": timing}
    Path(a.json).write_text(json.dumps(results, indent=1))
    print(table(results, datasets))


def table(results: dict, datasets: list[str]) -> str:
    """Markdown tables: AEB F1 (P/R), WCXB word F1, snippets where a set has them, speed, memory."""
    timing_sets = datasets
    # (a set with snippets and no gold text, such as trafilatura's evaluation pages, has no F1 to show)
    datasets = [d for d in datasets if any(r["scores"][d]["n"] for r in results.values())]
    lines = ["| extractor | " + " | ".join(datasets) + " | mean |", "|---" * (len(datasets) + 2) + "|"]
    for name, r in results.items():
        s = r["scores"]
        f = [s[d]["f1"] for d in datasets]
        lines.append(f"| {name} | " + " | ".join(f"{x:.3f} ({s[d]['p']:.2f}/{s[d]['r']:.2f})"
                                                for x, d in zip(f, datasets)) + f" | {sum(f) / max(1, len(f)):.3f} |")
    lines += ["", "WCXB word F1 (per-page mean):", "",
              "| extractor | " + " | ".join(datasets) + " | mean |", "|---" * (len(datasets) + 2) + "|"]
    for name, r in results.items():
        s = r["scores"]
        f = [s[d]["wf1"] for d in datasets]
        lines.append(f"| {name} | " + " | ".join(f"{x:.3f}" for x in f) + f" | {sum(f) / max(1, len(f)):.3f} |")
    with_snippets = [d for d in timing_sets if any("sf1" in r["scores"][d] for r in results.values())]
    if with_snippets:
        lines += ["", "Snippet F1 (accuracy), trafilatura's evaluation:", "",
                  "| extractor | " + " | ".join(with_snippets) + " |", "|---" * (len(with_snippets) + 1) + "|"]
        for name, r in results.items():
            s = r["scores"]
            lines.append(f"| {name} | " + " | ".join(f"{s[d]['sf1']:.3f} ({s[d]['sacc']:.3f})" if "sf1" in s[d]
                                                    else "–" for d in with_snippets) + " |")
    lines += ["", "| extractor | pages | CPU s | pages/CPU-s | peak RSS MB |", "|---|---|---|---|---|"]
    for name, r in results.items():
        t = r["timing"]
        n = sum(t[d]["pages"] for d in timing_sets if d in t)
        cpu = sum(t[d]["cpu_s"] for d in timing_sets if d in t)
        lines.append(f"| {name} | {n} | {cpu:.1f} | {n / cpu if cpu else 0:.0f} | {t['_maxrss_mb']:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
