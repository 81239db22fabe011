"""Side by side: tamis's cleaning chain and the peers' rules (datatrove's C4, Gopher, FineWeb
filters) on the same junked ground-truth texts: article words lost and junk words removed.

The peers are not cleaners but page filters (Gopher, FineWeb: keep or drop the whole page; C4:
drop lines, then keep or drop the page); a dropped page loses all its words, junk and article.
The peers' English tokenizer (NLTK punkt) needs data that cannot be downloaded here, so a regex
tokenizer stands in for it (see RegexTokenizer). Runs in the peers' virtualenv
(bench/.venv-datatrove: datatrove 0.3.0, nltk, and ftfy for tamis's chain):
    bench/.venv-datatrove/bin/python bench/clean_peers.py [--sets aeb,l3s_gn1,wcxb_dev] [--limit N]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from clean_bench import chain, line_counts, load, n_words, run_chain
from clean_junk import make_junked

from tamis.clean.unicode import FixUnicode
from tamis.document import Document


def peers() -> dict:
    """name -> function(text) -> kept text or None (page dropped)."""
    import re

    from datatrove.data import Document as DtDoc
    from datatrove.pipeline.filters import C4QualityFilter, FineWebQualityFilter, GopherRepetitionFilter
    from datatrove.utils import word_tokenizers as wt

    class RegexTokenizer(wt.WordTokenizer):
        """NLTK's punkt data cannot be fetched here: words are \\w+ or a punctuation mark, sentences end
        at . ! ? followed by space (close to punkt on news text)."""

        def word_tokenize(self, text: str) -> list[str]:
            return re.findall(r"\w+|[^\w\s]", text)

        def sent_tokenize(self, text: str) -> list[str]:
            return wt.strip_strings(re.split(r"(?<=[.!?])\s+", text))

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return list(wt.simple_span_tokenize(text, self.sent_tokenize(text)))

    wt.WORD_TOKENIZER_CACHE["en"] = RegexTokenizer()

    def wrap(flt):
        def run(text: str) -> str | None:
            d = DtDoc(text=text, id="x")
            res = flt.filter(d)
            ok = res[0] if isinstance(res, tuple) else res
            return d.text if ok else None
        return run

    return {"c4 (datatrove)": wrap(C4QualityFilter()), "gopher_repetition (datatrove)": wrap(GopherRepetitionFilter()),
            "fineweb_quality (datatrove)": wrap(FineWebQualityFilter())}


def tamis_fn():
    steps = chain()

    def run(text: str) -> str | None:
        doc = run_chain(steps, Document("x", text))
        return None if doc.rejected else doc.text
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="aeb,l3s_gn1,wcxb_dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    pages = []
    for name in args.sets.split(","):
        pages += load(name, args.limit)
    heads = [t.split("\n", 1)[0].strip() for _, _, t in pages]
    heads = [h for h in heads if 3 <= len(h.split()) <= 14 and not h.endswith(".")]
    fix = FixUnicode()
    rng = random.Random(args.seed)
    junked = []
    for _, _, text in pages:
        article = fix.fix(text)[0]
        lines, labels = make_junked(article, rng, heads)
        junked.append((article, lines, labels))
    systems = {"tamis": tamis_fn(), **peers()}
    for fn in systems.values():  # warm up: tamis compiles its pattern buckets lazily
        for _, lines, _ in junked[:50]:
            fn("\n".join(lines))
    print("| system | clean pages: article words cut % | pages dropped | junked pages: article cut % |"
          " junk removed % | pages dropped | ms/page |")
    print("|---|---|---|---|---|---|---|")
    for name, fn in systems.items():
        stats: Counter = Counter()
        t0 = time.process_time()
        for article, lines, labels in junked:
            out = fn(article)
            a = n_words(article)
            stats["clean_words"] += a
            if out is None:
                stats["clean_dropped"] += 1
                stats["clean_cut"] += a
            else:
                lost = line_counts(article) - line_counts(out)
                stats["clean_cut"] += sum(n_words(s) * c for s, c in lost.items())
            out = fn("\n".join(lines))
            kept = Counter() if out is None else line_counts(out)
            stats["junk_dropped"] += out is None
            art = line_counts(article)
            junk: dict[str, int] = defaultdict(int)
            for line, lab in zip(lines, labels):
                if lab and line.strip():
                    junk[line.strip()] += 1
            for line in set(art) | set(junk):
                a_, j_ = art.get(line, 0), junk.get(line, 0)
                w = n_words(line)
                removed = max(0, a_ + j_ - kept.get(line, 0))
                rj = min(removed, j_)
                stats["art"] += a_ * w
                stats["art_cut"] += (removed - rj) * w
                stats["junk"] += j_ * w
                stats["junk_removed"] += rj * w
        ms = 1000 * (time.process_time() - t0) / (2 * len(junked))
        print(f"| {name} | {100 * stats['clean_cut'] / stats['clean_words']:.2f} | {stats['clean_dropped']} |"
              f" {100 * stats['art_cut'] / stats['art']:.2f} | {100 * stats['junk_removed'] / stats['junk']:.1f} |"
              f" {stats['junk_dropped']} | {ms:.2f} |")


if __name__ == "__main__":
    main()
