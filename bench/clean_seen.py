"""Junk removal split by wording: seen (the line occurs, normalized, in what the cleaner was built from) or new.

A held-out junk set measures how the cleaner does on furniture nobody tuned it on; but a set can still
share wordings with the cleaner's sources (common furniture is formulaic: "All rights reserved" is on
millions of sites). This splits a set's furniture words (duplicates left out) into those whose line,
normalized (lower case, digits as 0, punctuation as space), occurs in the cleaner's sources and the rest,
and gives the share removed of each, with the bench's own accounting (clean_bench.junk_removal).

The sources: the junk sets the cleaner was trained or tuned on (the dev lists and sets 1-3 and 5-24; not the
sealed set 4, nor sets 25 and up, each measured once and never looked at), the training furniture
`bench/furniture/*.tsv`, and every string literal (split at newlines) in src/tamis/clean/*.py.

    python bench/clean_seen.py 31
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import clean_bench as cb
import clean_junk as cj

CLASS_LISTS = ("ERROR", "COOKIE", "LEGAL", "NEWSLETTER", "SHARE", "COMMENTS", "RELATED", "NAVIGATION", "LOGIN")


def norm(s: str) -> str:
    """Lower case, digits as 0, punctuation as space, one space between words."""
    s = re.sub(r"\d+", "0", s.lower())
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def strings(obj: object, out: list[str]) -> list[str]:
    """Every string inside nested dicts, lists and tuples."""
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            strings(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            strings(v, out)
    return out


LAST_TUNED = 24  # (the highest junk set the cleaner was trained or tuned on)


def sources() -> set[str]:
    """The normalized lines of the cleaner's sources (call before use_heldout)."""
    got: list[str] = []
    for name in dir(cj):
        m = re.fullmatch(r"HELDOUT(\d*)", name)
        if m and int(m.group(1) or 1) != 4 and int(m.group(1) or 1) <= LAST_TUNED:
            strings(getattr(cj, name), got)
    for name in CLASS_LISTS:
        strings(getattr(cj, name), got)
    for path in (ROOT / "bench" / "furniture").glob("*.tsv"):
        got += [row.partition("\t")[2] for row in path.read_text(encoding="utf-8").split("\n")]
    for path in (ROOT / "src" / "tamis" / "clean").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                got += node.value.split("\n")
    return {n for n in map(norm, got) if n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("heldout", type=int, help=f"the junk set, above {LAST_TUNED} (unseen)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    seen = sources()
    cj.use_heldout(args.heldout)
    pages = [p for name in cb.SETS for p in cb.load(name, 0)]
    each: list = []
    cb.junk_removal(pages, args.seed, each=each)
    words, removed = Counter(), Counter()
    for line, w, charged in each:
        kind = "seen" if norm(line) in seen else "new"
        for cls, (copies, taken) in charged.items():
            if cls != "duplicate":
                for key in ((kind, cls), (kind, "all")):
                    words[key] += copies * w
                    removed[key] += taken * w
    total = sum(v for (_, cls), v in words.items() if cls == "all")
    print(f"set {args.heldout}: furniture words {total}\n")
    print("| wording | class | words | share of furniture % | removed % |")
    print("|---|---|---|---|---|")
    for key in sorted(words, key=lambda k: (k[0], k[1] != "all", k[1])):
        print(f"| {key[0]} | {key[1]} | {words[key]} | {100 * words[key] / total:.1f} | "
              f"{100 * removed[key] / max(1, words[key]):.1f} |")


if __name__ == "__main__":
    main()
