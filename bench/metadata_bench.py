"""Metadata benchmark: tamis's page metadata against trafilatura's on WCXB's dev split (issue 5).

WCXB's ground truth holds a hand-checked `title`, `author` and `publish_date` for each page (author and date
null where the page has none). WCXB's own evaluate.py scores only the main text (word F1, snippets), not these
fields, so the definitions here are this script's:

- coverage: the share of all pages where the extractor gives the field (non-empty);
- title: `exact`, equal after whitespace and case normalisation (`" ".join(s.split()).casefold()`, typographic
  quotes and dashes read as ASCII ones: the gold writes "FDA's" where the page says "FDA’s"), and `F1`,
  WCXB's word F1 (lower-cased `\\w+` bags, as evaluate.py's word_f1) averaged over the pages (an empty title
  scores 0);
- author: `acc`, the first person named agrees: both sides are cut into names at `,` `;` `&` `|` `/` and the
  word "and", a leading "by" is dropped, accents, case and punctuation are ignored, and the first name of each
  side must be equal (so "Dylan Bailey, MS, RD" = "Dylan Bailey", and of several authors the first decides);
  `F1`, the word F1 of the whole strings (how much of a list of several authors is right);
- date: `acc`, the same calendar day (the prediction's date part, as the page wrote it, before any timezone
  conversion, equals the gold's; a gold given to the month only, "2015-11", needs the same month); `iso`,
  the share of the given dates that are valid ISO 8601 (date, or date and time);
- `acc` and `F1` are over the pages whose gold has the field (a page with no prediction scores 0), `prec` over
  those pages where the extractor also gives one; `spur` is the share of the pages whose gold is null where
  the extractor still gives one (not all wrong: the annotators may have seen no author where the markup names
  one).

Each extractor runs in its own subprocess over the pages, timing the CPU seconds of parsing and metadata
(tamis: lexbor parse + `extract_metadata`; trafilatura: `trafilatura.extract_metadata`, which parses with lxml
and finds the date with htmldate, `extensive=True` as in its defaults). Neither is given the page's URL (tamis's
`extract_html` has none to take); `--url` gives it to trafilatura.

    python bench/extract_extra.py --wcxb-meta DIR --out bench/work/meta    # the set (dev/ only)
    PYTHONPATH=src bench/.venv-extract/bin/python bench/metadata_bench.py all
    PYTHONPATH=src bench/.venv-extract/bin/python bench/metadata_bench.py all --only tamis --reuse
    python bench/metadata_bench.py failures --field author --tool tamis   # the pages an extractor gets wrong
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
import unicodedata
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import word_prf

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(os.environ.get("TAMIS_META_WORK", ROOT / "bench" / "work" / "meta"))
DATA = Path(os.environ.get("TAMIS_META_DATA", ROOT / "bench" / "work" / "meta" / "wcxb_meta.jsonl.gz"))
TOOLS = ["tamis", "trafilatura"]
FIELDS = ["title", "author", "date", "site", "canonical_url", "description", "page_language"]


def records(fold: str = "all"):
    """The set's rows; fold `even` / `odd` keeps the pages whose numeric id is even / odd."""
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if fold == "all" or (int(r["id"]) % 2 == 0) == (fold == "even"):
                yield r


# -- extractors (each imported only inside its worker) ---------------------------------------------
def make_tool(name: str, url: bool):
    """A function (html, url) -> dict of the fields in FIELDS (missing: absent)."""
    if name == "tamis":
        sys.path.insert(0, str(ROOT / "src"))
        from selectolax.lexbor import LexborHTMLParser

        from tamis.extract.core import _close_title
        from tamis.extract.metadata import extract_metadata

        def tamis(html: str, _url: str) -> dict:
            # what extract_html does before its metadata: parse, and re-parse a page whose <title> never closes
            tree = LexborHTMLParser(html)
            body = tree.body
            if body is not None and body.child is None:
                tree = _close_title(html, tree)
                body = tree.body
            return extract_metadata(tree, body)

        return tamis
    if name == "trafilatura":
        from trafilatura import extract_metadata

        def traf(html: str, page_url: str) -> dict:
            d = extract_metadata(html, default_url=page_url if url else None)
            return {"title": d.title, "author": d.author, "date": d.date, "site": d.sitename,
                    "canonical_url": d.url, "description": d.description, "page_language": None}

        return traf
    raise SystemExit(f"unknown tool {name}")


def worker(name: str, url: bool) -> None:
    """Run one tool over every page; write its fields and CPU seconds per page."""
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    fn = make_tool(name, url)
    WORK.mkdir(parents=True, exist_ok=True)
    with gzip.open(WORK / f"{name}.jsonl.gz", "wt", encoding="utf-8") as out:
        for r in records():
            t0 = time.process_time()
            try:
                md = fn(r["html"], r.get("url") or "")
                err = None
            except Exception as e:  # a crash is a page with no metadata
                md, err = {}, f"{type(e).__name__}: {e}"
            cpu = time.process_time() - t0
            row = {"id": r["id"], "cpu_s": cpu, **{k: md.get(k) or None for k in FIELDS}}
            if err:
                row["error"] = err
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def predictions(name: str) -> dict[str, dict]:
    with gzip.open(WORK / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


# -- scoring ---------------------------------------------------------------------------------------
_WORD = re.compile(r"\w+")


def word_f1(pred: str | None, gold: str | None) -> float:
    """WCXB's word F1 (evaluate.py's word_f1): lower-cased \\w+ bags; 0 when either side is empty."""
    return word_prf(pred or "", gold or "")[2]


# Typographic quotes and dashes as their ASCII forms (the gold writes "FDA's" where the page says "FDA’s").
_TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
                       "\u201e": '"', "\u2033": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                       "\u2014": "-", "\u2015": "-", "\u00a0": " "})


def norm_title(s: str | None) -> str:
    return " ".join((s or "").translate(_TYPO).split()).casefold()


def _fold(s: str) -> str:
    """Accents, case and punctuation away; words joined by one space."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(_WORD.findall(s.replace("_", " ")))


_NAME_SPLIT = re.compile(r"\s*(?:[,;&|/]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|par|por|door|di|da)\s+", re.IGNORECASE)


def author_names(s: str | None) -> list[str]:
    """The names of an author string, in order, folded (see the module's docstring)."""
    out = []
    for part in _NAME_SPLIT.split(s or ""):
        part = _fold(_BY.sub("", part.strip()))
        if part:
            out.append(part)
    return out


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$")


def iso_valid(s: str) -> bool:
    """A valid ISO 8601 date, or date and time (calendar checked)."""
    if not _ISO.match(s):
        return False
    try:
        if len(s) == 10:
            date.fromisoformat(s)
        else:
            datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def correct(field: str, pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    if field == "title":
        return norm_title(pred) == norm_title(gold)
    if field == "author":
        p, g = author_names(pred), author_names(gold)
        return bool(p and g) and p[0] == g[0]
    if field == "date":
        return pred.strip()[:len(gold)] == gold and iso_valid(pred.strip()[:10])
    raise ValueError(field)


GOLD = {"title": "title", "author": "author", "date": "publish_date"}


def score(name: str, fold: str = "all", types: set[str] | None = None) -> dict:
    """Per field: coverage, acc, prec, F1 (title, author), spur, iso (date); time per page."""
    preds = predictions(name)
    rows = [r for r in records(fold) if not types or r.get("page_type") in types]
    res: dict = {"n": len(rows)}
    for field, gk in GOLD.items():
        n_gold = n_pred_gold = ok = n_null = spur = n_pred = iso = 0
        f1 = 0.0
        for r in rows:
            p = (preds.get(r["id"]) or {}).get(field)
            g = r.get(gk)
            n_pred += bool(p)
            if p and field == "date":
                iso += iso_valid(p.strip())
            if g:
                n_gold += 1
                n_pred_gold += bool(p)
                ok += correct(field, p, g)
                f1 += word_f1(p, g)
            else:
                n_null += 1
                spur += bool(p)
        res[field] = {"cov": n_pred / max(1, len(rows)), "acc": ok / max(1, n_gold),
                      "prec": ok / max(1, n_pred_gold), "f1": f1 / max(1, n_gold),
                      "spur": spur / n_null if n_null else None, "iso": iso / n_pred if n_pred else None,
                      "gold": n_gold}
    for field in ("site", "canonical_url", "description", "page_language"):
        res[field] = {"cov": sum(bool((preds.get(r["id"]) or {}).get(field)) for r in rows) / max(1, len(rows))}
    ids = {r["id"] for r in rows}
    cpu = sum(p["cpu_s"] for i, p in preds.items() if i in ids)
    res["ms_per_page"] = 1000 * cpu / max(1, len(ids))
    res["errors"] = sum(1 for i, p in preds.items() if i in ids and p.get("error"))
    return res


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(results: dict[str, dict], title: str) -> str:
    lines = [f"### {title}", "",
             "| tool | title cov | title exact | title F1 | author cov | author acc | author prec | author F1 "
             "| author spur | date cov | date acc | date prec | date spur | date iso | ms/page |",
             "|---" * 15 + "|"]
    for name, s in results.items():
        t, a, d = s["title"], s["author"], s["date"]
        lines.append(f"| {name} | " + " | ".join(_f(x) for x in (
            t["cov"], t["acc"], t["f1"], a["cov"], a["acc"], a["prec"], a["f1"], a["spur"],
            d["cov"], d["acc"], d["prec"], d["spur"], d["iso"])) + f" | {s['ms_per_page']:.2f} |")
    lines += ["", "| tool | pages | gold titles | gold authors | gold dates | site cov | canonical cov "
              "| description cov | language cov | errors |", "|---" * 10 + "|"]
    for name, s in results.items():
        lines.append(f"| {name} | {s['n']} | {s['title']['gold']} | {s['author']['gold']} | {s['date']['gold']} | "
                     + " | ".join(_f(s[k]["cov"]) for k in ("site", "canonical_url", "description", "page_language"))
                     + f" | {s['errors']} |")
    return "\n".join(lines)


def failures(name: str, field: str, fold: str, other: str | None, limit: int) -> None:
    """The pages where `name` misses a gold value (and what `other` gives there)."""
    preds = predictions(name)
    oth = predictions(other) if other else {}
    n = 0
    for r in records(fold):
        g = r.get(GOLD[field])
        p = (preds.get(r["id"]) or {}).get(field)
        if g and not correct(field, p, g):
            o = (oth.get(r["id"]) or {}).get(field) if other else None
            mark = "" if not other else (" [other right]" if correct(field, o, g) else " [both wrong]")
            print(f"{r['id']} {r.get('page_type')}{mark}\n  gold: {g!r}\n  {name}: {p!r}"
                  + (f"\n  {other}: {o!r}" if other else ""))
            n += 1
            if n >= limit:
                break


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["worker", "all", "score", "failures"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--only", default=",".join(TOOLS))
    ap.add_argument("--reuse", action="store_true", help="score the others' existing predictions too")
    ap.add_argument("--url", action="store_true", help="give trafilatura the page's URL (default_url)")
    ap.add_argument("--json", default=str(WORK / "results.json"))
    ap.add_argument("--types", default="", help="only these page types (article,forum,...)")
    ap.add_argument("--field", default="author")
    ap.add_argument("--tool", default="tamis")
    ap.add_argument("--other", default="trafilatura")
    ap.add_argument("--fold", default="all", choices=["all", "even", "odd"])
    ap.add_argument("--limit", type=int, default=1000)
    a = ap.parse_args()
    if a.mode == "worker":
        worker(a.name, a.url)
        return
    if a.mode == "failures":
        failures(a.tool, a.field, a.fold, a.other or None, a.limit)
        return
    names = a.only.split(",")
    if a.mode == "all":
        for name in names:
            t0 = time.time()
            cmd = [sys.executable, __file__, "worker", name] + (["--url"] if a.url else [])
            subprocess.run(cmd, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            print(f"# {name}: {time.time() - t0:.0f}s wall", file=sys.stderr)
    shown = [n for n in TOOLS if (WORK / f"{n}.jsonl.gz").exists()] if (a.reuse or a.mode == "score") else names
    types = set(a.types.split(",")) if a.types else None
    results = {fold: {n: score(n, fold, types) for n in shown} for fold in ("all", "even", "odd")}
    Path(a.json).write_text(json.dumps(results, indent=1))
    for fold in ("all", "even", "odd"):
        print(table(results[fold], f"{fold} ({results[fold][shown[0]]['n']} pages)"))
        print()


if __name__ == "__main__":
    main()
