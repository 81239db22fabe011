"""Builds the filters' parity corpus: real article texts with junk and repetition injected.

Texts: the ground-truth main texts of ../shared/data/extraction/*.jsonl.gz and the first news
stories of ../shared/data/neardup/docs.jsonl.gz. About a third of the documents get one fault a
rule is meant to catch (a scraper's double copy, repeated menu lines, lorem ipsum, code with
curly brackets, cookie and javascript lines, hashtag spam, bullet or ellipsis lists, number
tables, a truncation to a few words). Deterministic (seeded).

    python bench/filters_corpus.py [--neardup 1500] [--out bench/work/filters_corpus.jsonl]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

MENU = ["Home", "News", "Sport", "Contact us", "Share this article", "Related stories", "Subscribe",
        "Log in", "Advertisement", "Read more"]
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.")
CODE = "function init() { var x = document.getElementById('main'); return x; }"
COOKIE = "This site uses cookies. By continuing to browse you agree to our privacy policy."
JS = "Please enable JavaScript in your browser to view this content."


def inject(text: str, rng: random.Random) -> tuple[str, str]:
    """One fault, chosen at random, and its name."""
    kind = rng.choice(["double_copy", "menu_lines", "lorem", "code", "cookie_js", "hashtags",
                       "bullets", "ellipsis_lines", "numbers", "truncate", "dup_paragraph", "short_lines"])
    lines = text.split("\n")
    if kind == "double_copy":
        return text + "\n\n" + text, kind
    if kind == "menu_lines":
        menu = "\n".join(rng.sample(MENU, 5))
        return menu + "\n" + text + "\n" + menu + "\n" + menu, kind
    if kind == "lorem":
        return text + "\n" + LOREM, kind
    if kind == "code":
        pos = rng.randrange(len(lines) + 1)
        return "\n".join(lines[:pos] + [CODE] + lines[pos:]), kind
    if kind == "cookie_js":
        return COOKIE + "\n" + text + "\n" + JS, kind
    if kind == "hashtags":
        words = text.split()[:60]
        return " ".join("#" + w if rng.random() < 0.5 else w for w in words), kind
    if kind == "bullets":
        sents = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()][:40]
        return "\n".join("• " + s for s in sents), kind
    if kind == "ellipsis_lines":
        sents = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()][:40]
        return "\n".join(s[: max(20, len(s) // 2)] + "..." for s in sents), kind
    if kind == "numbers":
        rows = [" ".join(str(rng.randrange(1000)) for _ in range(8)) for _ in range(rng.randrange(10, 60))]
        return text + "\n" + "\n".join(rows), kind
    if kind == "truncate":
        return " ".join(text.split()[: rng.randrange(5, 60)]), kind
    if kind == "dup_paragraph":
        paras = [p for p in text.split("\n\n") if p.strip()] or [text]
        p = rng.choice(paras)
        return text + ("\n\n" + p) * rng.randrange(1, 4), kind
    # short_lines: the text re-wrapped into short lines, as from a narrow layout
    words = text.split()
    out, cur = [], []
    for w in words:
        cur.append(w)
        if len(" ".join(cur)) > 25:
            out.append(" ".join(cur))
            cur = []
    return "\n".join(out + [" ".join(cur)]), kind


def normalize(text: str) -> str:
    """Unix line ends, no trailing spaces: what an extractor emits. The ground-truth files carry
    CRLF and trailing blanks that datatrove's line rules read as content (see bench/RESULTS.md)."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def build(neardup: int, seed: int = 0, raw: bool = False) -> list[dict]:
    """The corpus as a list of {"id", "text", "fault"}."""
    rng = random.Random(seed)
    docs: list[dict] = []
    for f in sorted((DATA / "extraction").glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d.get("text") and d["text"].strip():
                    docs.append({"id": f"{f.name.split('.')[0]}/{d['id']}", "text": d["text"], "fault": ""})
    with gzip.open(DATA / "neardup" / "docs.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= neardup:
                break
            d = json.loads(line)
            docs.append({"id": f"neardup/{d['id']}", "text": d["text"], "fault": ""})
    for d in docs:
        if not raw:
            d["text"] = normalize(d["text"])
        if rng.random() < 0.33:
            d["text"], d["fault"] = inject(d["text"], rng)
    return docs


def main() -> None:
    """Write the corpus as JSON lines."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--neardup", type=int, default=1500)
    ap.add_argument("--out", default=str(ROOT / "bench" / "work" / "filters_corpus.jsonl"))
    ap.add_argument("--raw", action="store_true", help="keep CRLF and trailing blanks as in the files")
    a = ap.parse_args()
    docs = build(a.neardup, raw=a.raw)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {sum(1 for d in docs if d['fault'])} with a fault -> {out}")


if __name__ == "__main__":
    main()
