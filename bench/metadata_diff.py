"""Two versions of tamis's metadata code on WCXB's dev split, per fold, and the pages whose fields differ (round 18).

A development aid beside `metadata_bench.py` (whose scoring it uses): each page is parsed once, as metadata_bench's
tamis worker does, and given to the `extract_metadata` of both files. For title, author and date it prints, per fold,
acc (right over the pages with a gold value), prec (right over those where tamis gives one) and spur (given where the
gold is null), then, per field, how many pages changed, were won, lost, got a spurious value (spur+) or lost one
(spur-), and the changed pages (id, fold, WCXB page type, gold, before, after, status). Folds: `id` (the numeric id's
parity, metadata_bench's even/odd) and `index` (the page's position in the set).

A rule's per-fold check: write the file without the rule (`git show BASE:src/tamis/extract/metadata.py > /tmp/a.py`,
or the file with the rule's lines taken out) and compare it with the current one:

    PYTHONPATH=src python bench/metadata_diff.py /tmp/a.py src/tamis/extract/metadata.py
    PYTHONPATH=src python bench/metadata_diff.py /tmp/a.py src/tamis/extract/metadata.py --fields date --quiet
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata_bench as mb

GOLD = {"title": "title", "author": "author", "date": "publish_date"}


def load(path: str, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(rows: list[dict], fns) -> list[list[dict]]:
    from selectolax.lexbor import LexborHTMLParser

    from tamis.extract.core import _close_title

    out: list[list[dict]] = [[] for _ in fns]
    for r in rows:
        html = r["html"]
        tree = LexborHTMLParser(html)
        body = tree.body
        if body is not None and body.child is None:
            tree = _close_title(html, tree)
            body = tree.body
        for i, fn in enumerate(fns):
            out[i].append(fn(tree, body))
    return out


def scores(rows: list[dict], preds: list[dict], keep) -> str:
    cells = []
    for field, g in GOLD.items():
        n = acc = given = spur = null = 0
        for r, p in zip(rows, preds):
            if not keep(r):
                continue
            gold, v = r.get(g), p.get(field)
            if gold:
                n += 1
                if v:
                    given += 1
                    acc += mb.correct(field, v, gold)
            else:
                null += 1
                spur += bool(v)
        cells.append(f"{field} {acc / max(n, 1):.4f}/{acc / max(given, 1):.4f}/{spur / max(null, 1):.4f}")
    return "  ".join(cells)


def status(field: str, gold, a, b) -> str:
    if gold:
        ca, cb = mb.correct(field, a, gold), mb.correct(field, b, gold)
        return "won" if cb and not ca else "lost" if ca and not cb else "same"
    return "spur+" if b and not a else "spur-" if a and not b else "spur~"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("before", help="a metadata.py")
    ap.add_argument("after", help="another metadata.py")
    ap.add_argument("--fields", default="title,author,date")
    ap.add_argument("--quiet", action="store_true", help="counts only, no page list")
    a = ap.parse_args()
    rows = list(mb.records("all"))
    for r in rows:
        r["_id"] = int(r["id"]) % 2
    for i, r in enumerate(rows):
        r["_index"] = i % 2
    before, after = predict(rows, [load(a.before, "md_before").extract_metadata,
                                   load(a.after, "md_after").extract_metadata])
    print("acc/prec/spur")
    for fold in ("id", "index"):
        for parity in (0, 1):
            def keep(r, fold=fold, parity=parity):
                return r["_" + fold] == parity

            name = f"{fold}-{'even' if parity == 0 else 'odd'}"
            print(f"{name:10s} before  {scores(rows, before, keep)}")
            print(f"{name:10s} after   {scores(rows, after, keep)}")
    for field in a.fields.split(","):
        counts: dict[str, dict[str, int]] = {}
        pages = []
        for r, pa, pb in zip(rows, before, after):
            va, vb = pa.get(field) or None, pb.get(field) or None
            if va == vb:
                continue
            st = status(field, r.get(GOLD[field]), va, vb)
            for fold in (f"id-{'even' if r['_id'] == 0 else 'odd'}", f"index-{'even' if r['_index'] == 0 else 'odd'}"):
                c = counts.setdefault(fold, {})
                c["changed"] = c.get("changed", 0) + 1
                c[st] = c.get(st, 0) + 1
            pages.append((r["id"], "even" if r["_id"] == 0 else "odd", r["page_type"], r.get(GOLD[field]), va, vb, st))
        print(f"\n{field}: " + "; ".join(f"{k} {v}" for k, v in sorted(counts.items())) if counts else f"\n{field}: same")
        if not a.quiet:
            for p in pages:
                print("  ", *p)


if __name__ == "__main__":
    main()
