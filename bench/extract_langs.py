"""Snippet precision, recall and F1 per language (trafilatura's evaluation pages, or any set with snippets).

The last extractor named is the reference: each other's F1 minus its F1 is shown. A page's language is CLD2's (tamis's `language` step) on its `with` snippets joined, the gold's own words, so that
every extractor is scored on the same pages. Languages with fewer than --min pages are pooled as "other".

    TAMIS_BENCH_WORK=bench/work/te python bench/extract_langs.py --only tamis,trafilatura --every 2
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "src"))
from extract_bench import WORK, predictions, prf, snippet_counts, snippets

from tamis.filters.language import detect


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default="trafeval")
    ap.add_argument("--only", default="tamis,trafilatura", help="extractors (their predictions in TAMIS_BENCH_WORK)")
    ap.add_argument("--every", type=int, default=2)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--min", type=int, default=8, help="fewer pages than this: pooled as 'other'")
    a = ap.parse_args()
    names = a.only.split(",")
    preds = {n: predictions(WORK / n / f"{a.dataset}.jsonl.gz") for n in names}
    rows = []
    for pid, with_, without in snippets(a.dataset, a.every, a.offset):
        lang, _ = detect(" ".join(with_))
        rows.append((pid, lang, with_, without))
    sizes = Counter(lang for _, lang, _, _ in rows)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for pid, lang, with_, without in rows:
        lang = lang if sizes[lang] >= a.min else "other"
        for n in names:
            got = snippet_counts(preds[n].get(pid, ""), with_, without)
            for key in ((n, lang), (n, "all")):
                c = counts[key]
                for k in range(4):
                    c[k] += got[k]
    langs = sorted({lang for _, lang in counts if lang not in ("all", "other")}, key=lambda x: -sizes[x])
    langs += [x for x in ("other", "all") if any(k == (names[0], x) for k in counts)]
    pages = Counter(lang if sizes[lang] >= a.min else "other" for _, lang, _, _ in rows)
    pages["all"] = len(rows)
    print("| language | pages | " + " | ".join(f"{n} P/R/F1" for n in names) + f" | F1 − {names[-1]} |")
    print("|---" * (len(names) + 3) + "|")
    for lang in langs:
        cells, f1s = [], []
        for n in names:
            tp, fp, fn, _ = counts[(n, lang)]
            p, r, f = prf(tp, fp, fn)
            cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
            f1s.append(f)
        diff = " / ".join(f"{f - f1s[-1]:+.3f}" for f in f1s[:-1])
        print(f"| {lang} | {pages[lang]} | " + " | ".join(cells) + f" | {diff} |")


if __name__ == "__main__":
    main()
