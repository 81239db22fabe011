"""Two checkouts' extractors in one process (round 16, helper x16a): CPU time in turns, or output identity.

Each checkout's src/tamis/extract is copied under /tmp/extract_ab/<a|b>/ as a package of its own (tamis_a.extract,
tamis_b.extract), so both run side by side on the same pages. Even halves only.

    git archive e8eb157 src | tar -x -C /tmp/base
    python bench/extract_ab.py time /tmp/base/src src heavy 5     # A = base (loaded first), B = working tree
    python bench/extract_ab.py time src /tmp/base/src heavy 5     # the other load order
    python bench/extract_ab.py same /tmp/base/src src all         # text/metadata/error (3 option sets), prune marks

`time`: page by page, A and B in turns (which goes first alternates), CPU seconds per set. A second round meets
class values that the first left in `_classify`'s cache: the first round is the one that says what a single pass
costs. Sets: a comma list, or
heavy (gtrends, evan), six (the six target sets), all (the twelve dev sets).
`same`: extract_html's text, metadata and error with the default options, with comments/links/alt text/Markdown
on, and with tables off and comments on (time budget 1e9 s, so that a slow moment cannot make an error); and
mark_boilerplate's dict (body and html roots, comments off and on), page by page.
"""
from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import DATASETS, pages

SETS = {"heavy": ["gtrends", "evan"], "six": DATASETS,
        "all": [*DATASETS, "wcxb_test", "gtrends", "big9", "chaos", "evan", "trafeval"]}


def load(src: str, name: str):
    """A checkout's extract package, copied as tamis_<name>.extract; its core module."""
    root = Path(f"/tmp/extract_ab/{name}")
    if root.exists():
        shutil.rmtree(root)
    pkg = root / f"tamis_{name}" / "extract"
    pkg.mkdir(parents=True)
    (root / f"tamis_{name}" / "__init__.py").write_text("")
    for f in Path(src, "tamis", "extract").iterdir():
        if f.suffix == ".py":
            (pkg / f.name).write_text(f.read_text().replace("tamis.extract", f"tamis_{name}.extract"))
        elif f.suffix == ".npz":
            shutil.copy(f, pkg / f.name)
    sys.path.insert(0, str(root))
    return importlib.import_module(f"tamis_{name}.extract.core")


def timing(a, b, sets: list[str], rounds: int) -> None:
    todo = [(s, h) for s in sets for _, h, _ in pages(s, 2, 0)]
    fns = {"a": (a.extract_html, a.Options()), "b": (b.extract_html, b.Options())}
    for f, o in fns.values():  # (the judge's first call imports numpy: not on either side's clock)
        f(todo[0][1], o)
    cpu = {(s, v): 0.0 for s in sets for v in "ab"}
    for r in range(rounds):
        t = {"a": 0.0, "b": 0.0}
        for k, (s, h) in enumerate(todo):
            for v in ("a", "b") if (k + r) % 2 == 0 else ("b", "a"):
                f, o = fns[v]
                t0 = time.process_time()
                f(h, o)
                d = time.process_time() - t0
                cpu[(s, v)] += d
                t[v] += d
        print(f"round {r}: A {t['a']:.3f} s  B {t['b']:.3f} s  B/A {t['b'] / t['a']:.4f}", flush=True)
    print("set          pages   A CPU s   B CPU s   B/A")
    for s in sets:
        n = sum(1 for x, _ in todo if x == s)
        print(f"{s:12s} {n:5d} {cpu[(s, 'a')]:9.3f} {cpu[(s, 'b')]:9.3f}   {cpu[(s, 'b')] / cpu[(s, 'a')]:.4f}")
    ta = sum(v for (_, x), v in cpu.items() if x == "a")
    tb = sum(v for (_, x), v in cpu.items() if x == "b")
    print(f"{'total':12s} {len(todo):5d} {ta:9.3f} {tb:9.3f}   {tb / ta:.4f}")


def same(a, b, sets: list[str]) -> None:
    from selectolax.lexbor import LexborHTMLParser

    pa, pb = importlib.import_module("tamis_a.extract.prune"), importlib.import_module("tamis_b.extract.prune")

    def options(m):
        return [m.Options(time_budget_s=1e9),
                m.Options(comments=True, links=True, alt_text=True, markdown=True, time_budget_s=1e9),
                m.Options(tables=False, comments=True, time_budget_s=1e9)]

    oa, ob = options(a), options(b)
    n = out_diff = mark_diff = 0
    for s in sets:
        ns = ds = 0
        for pid, h, _ in pages(s, 2, 0):
            for x, y in zip(oa, ob, strict=True):
                ra, rb = a.extract_html(h, x), b.extract_html(h, y)
                if (ra.text, ra.metadata, ra.error) != (rb.text, rb.metadata, rb.error):
                    ds += 1
                    print("output differs", s, pid, file=sys.stderr)
            tree = LexborHTMLParser(h)
            for root in (tree.body, tree.root):
                for comments in (False, True):
                    if root is not None and pa.mark_boilerplate(root, comments) != pb.mark_boilerplate(root, comments):
                        mark_diff += 1
                        print("marks differ", s, pid, comments, file=sys.stderr)
            ns += 1
        n += ns
        out_diff += ds
        print(f"{s:12s} {ns:5d} pages, {ds} output differences", flush=True)
    print(f"all: {n} pages, {out_diff} output differences, {mark_diff} mark differences")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["time", "same"])
    ap.add_argument("a", help="checkout A's src (loaded first)")
    ap.add_argument("b", help="checkout B's src")
    ap.add_argument("sets", help="comma list, or heavy / six / all")
    ap.add_argument("rounds", type=int, nargs="?", default=1)
    args = ap.parse_args()
    sets = SETS.get(args.sets) or args.sets.split(",")
    a, b = load(args.a, "a"), load(args.b, "b")
    if args.mode == "time":
        timing(a, b, sets, args.rounds)
    else:
        same(a, b, sets)


if __name__ == "__main__":
    main()
