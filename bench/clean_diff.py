"""Which lines two versions of remove_boilerplate treat differently, on the bench's pages.

`--dump FILE`: run fix_unicode -> remove_boilerplate on the ground-truth texts and on the same texts
with junk inserted (as `clean_bench.py` inserts it: same seed, same pages, same order) and write, per
page, the lines the step removes with their reason and their label (`article`, or the junk class).
Run the copy of this script that sits in each version's tree (it imports that tree's `src`).
`--compare A B`: the lines removed in one dump and not the other, with their words, by label.

Usage: python bench/clean_diff.py --heldout 4 [--sets ...] [--pages odd] --dump /tmp/a.json
       python bench/clean_diff.py --compare /tmp/a.json /tmp/b.json [--show 40]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

SETS = "aeb,l3s_gn1,wcxb_dev,readability,cleaneval,dragnet,prose"


def dump(args: argparse.Namespace) -> None:
    from clean_bench import PARAMS, chosen_pages, configure
    from clean_junk import make_junked

    from tamis.clean.boilerplate import RemoveBoilerplate
    from tamis.clean.unicode import FixUnicode
    from tamis.document import Document

    configure(args.param, args.heldout)
    pages = chosen_pages(args.sets, 0, args.pages)
    fix = FixUnicode()
    step = RemoveBoilerplate(**PARAMS)
    rng = random.Random(args.seed)
    heads = [t.split("\n", 1)[0].strip() for _, _, t in pages]
    heads = [h for h in heads if 3 <= len(h.split()) <= 14 and not h.endswith(".")] or None
    docs, labels = [], []
    for group, pid, text in pages:
        article = fix.fix(text)[0]
        docs.append((group, pid, "gold", article))
        labels.append(None)
        lines, lab = make_junked(article, rng, heads)
        docs.append((group, pid, "junk", "\n".join(lines)))
        labels.append(lab)
    out = []
    for at in range(0, len(docs), 64):
        batch = docs[at:at + 64]
        views = []
        for _, pid, _, text in batch:
            d = Document(pid, text)
            fix.process(d)
            views.append(d.view.lines)
        for (group, pid, kind, _), lines, lab, drops in zip(batch, views, labels[at:at + 64],
                                                             step.find_many(views)):
            if lab is not None and len(lab) != len(lines):
                lab = None
            got = [[i, r, "article" if lab is None or lab[i] is None else lab[i], lines[i]] for i, r in sorted(drops.items())]
            out.append([group, pid, kind, got])
    Path(args.dump).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{len(out)} pages, {sum(len(p[3]) for p in out)} lines removed -> {args.dump}")


def compare(a_path: str, b_path: str, show: int) -> None:
    from clean_bench import n_words

    a = json.loads(Path(a_path).read_text(encoding="utf-8"))
    b = json.loads(Path(b_path).read_text(encoding="utf-8"))
    assert [p[:3] for p in a] == [p[:3] for p in b], "not the same pages"
    only: dict[str, Counter] = {"A": Counter(), "B": Counter()}
    lines: list[tuple] = []
    pages = 0
    for pa, pb in zip(a, b):
        da = {i: (r, lab, t) for i, r, lab, t in pa[3]}
        db = {i: (r, lab, t) for i, r, lab, t in pb[3]}
        diff = False
        for side, x, y in (("A", da, db), ("B", db, da)):
            for i, (r, lab, t) in x.items():
                if i not in y:
                    diff = True
                    key = f"{pa[2]}:{lab}"
                    only[side][key] += n_words(t)
                    lines.append((side, pa[0], pa[1], pa[2], i, r, lab, t))
        pages += diff
    print(f"pages that differ: {pages} of {len(a)}")
    for side in ("A", "B"):
        print(f"words removed only by {side}: " + (", ".join(f"{k} {v}" for k, v in sorted(only[side].items())) or "none"))
    for row in lines[:show]:
        print("  ", *row[:7], repr(row[7][:120]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=SETS)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--heldout", type=int, default=0)
    ap.add_argument("--pages", choices=("all", "even", "odd"), default="all")
    ap.add_argument("--param", action="append", default=[])
    ap.add_argument("--dump", default="")
    ap.add_argument("--compare", nargs=2, default=None)
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare, args.show)
    else:
        dump(args)


if __name__ == "__main__":
    main()
