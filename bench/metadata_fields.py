"""A check of tamis's metadata fields that have no gold (site, canonical URL, description, page language), round 19.

There is no hand-made answer for these fields, so each page's tamis value is compared with two others: what
trafilatura's `extract_metadata` gives (sitename, url, description; it gives no language), and what the page's own
markup says in each of its places (`<meta>`, OpenGraph, JSON-LD, `<link rel=canonical>`, `<html lang>`, the
`<title>`). The disagreements are sorted by a cause read from those values; `--show` prints pages of one cause to
read by hand.

Pages: the EVEN halves (`--every 2`, offset 0) of the full-text sets and trafeval, and the WCXB dev metadata set
(bench/work/meta/wcxb_meta.jsonl.gz, dev split only).

    # trafilatura and the markup once (the peers' venv), into bench/work/mf/peer.jsonl.gz:
    PYTHONPATH=src bench/.venv-extract/bin/python bench/metadata_fields.py peer
    # tamis (this checkout's src, or a second metadata.py with --base) against them:
    PYTHONPATH=src python bench/metadata_fields.py compare [--base /tmp/md_base.py] [--show site:title --limit 20]
"""
from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import load_module, records

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(os.environ.get("TAMIS_MF_WORK", ROOT / "bench" / "work" / "mf"))
META = Path(os.environ.get("TAMIS_META_DATA", ROOT / "bench" / "work" / "meta" / "wcxb_meta.jsonl.gz"))
SETS = "aeb,readability,l3s_gn1,cleaneval,dragnet,wcxb_dev,wcxb_test,gtrends,big9,chaos,evan,trafeval"
FIELDS = ("site", "canonical_url", "description", "page_language")


def all_pages(sets: str):
    """(set, id, html) of the even halves of `sets` and of the WCXB dev metadata set ("meta")."""
    for ds in sets.split(","):
        for r in records(ds, 2, 0):
            yield ds, r["id"], r["html"]
    with gzip.open(META, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            yield "meta", r["id"], r["html"]


def parse(html: str):
    sys.path.insert(0, str(ROOT / "src"))
    from selectolax.lexbor import LexborHTMLParser

    from tamis.extract.core import _close_title
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is not None and body.child is None:
        tree = _close_title(html, tree)
        body = tree.body
    return tree, body


def markup(tree) -> dict:
    """What the page's markup says, per place (raw values, first of each)."""
    out: dict = {}
    for m in tree.css("meta"):
        a = m.attrs
        c = a.get("content")
        if c is None:
            continue
        for key in ("name", "property", "itemprop", "http-equiv"):
            k = a.get(key)
            if k:
                out.setdefault("meta:" + k.lower().strip(), c)
    n = tree.css_first('link[rel="canonical"]')
    if n is not None:
        out["link:canonical"] = n.attrs.get("href")
    n = tree.css_first("base[href]")
    if n is not None:
        out["base"] = n.attrs.get("href")
    n = tree.css_first("html")
    if n is not None:
        out["html:lang"] = n.attrs.get("lang") or n.attrs.get("xml:lang")
    n = tree.css_first("title")
    if n is not None:
        out["title"] = n.text()
    n = tree.css_first("h1")
    if n is not None:
        out["h1"] = n.text()[:300]
    ld = []
    for s in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(s.text(deep=True), strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(ld) < 50:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(reversed(d))
            elif isinstance(d, dict):
                pub = d.get("publisher")
                ld.append({"type": str(d.get("@type")), "url": d.get("url") if isinstance(d.get("url"), str) else None,
                           "name": d.get("name") if isinstance(d.get("name"), str) else None,
                           "publisher": pub.get("name") if isinstance(pub, dict) else pub if isinstance(pub, str)
                           else None,
                           "description": d.get("description") if isinstance(d.get("description"), str) else None,
                           "inLanguage": d.get("inLanguage") if isinstance(d.get("inLanguage"), str) else None})
                if isinstance(d.get("@graph"), list):
                    stack.extend(reversed(d["@graph"]))
    out["ld"] = ld
    return out


def peer() -> None:
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    from trafilatura import extract_metadata

    WORK.mkdir(parents=True, exist_ok=True)
    with gzip.open(WORK / "peer.jsonl.gz", "wt", encoding="utf-8") as out:
        for ds, pid, html in all_pages(SETS):
            try:
                d = extract_metadata(html)
                t = {"site": d.sitename, "canonical_url": d.url, "description": d.description}
            except Exception as e:
                t = {"error": f"{type(e).__name__}"}
            tree, _ = parse(html)
            out.write(json.dumps({"set": ds, "id": pid, "traf": t, "markup": markup(tree)}, ensure_ascii=False)
                      + "\n")


# -- comparing -----------------------------------------------------------------------------------------------------
_WS = re.compile(r"\s+")


def norm(s: str | None) -> str:
    return _WS.sub(" ", htmllib.unescape(s or "")).strip().casefold()


def norm_url(s: str | None) -> str:
    s = (s or "").strip()
    s = re.sub(r"^https?://(www\.)?", "", s, flags=re.IGNORECASE).split("#")[0].rstrip("/")
    return s.lower()


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.IGNORECASE)


def lang_primary(s: str | None) -> str:
    return (s or "").strip().replace("_", "-").split(",")[0].split("-")[0].strip().lower()


def cause(field: str, t: str | None, p: str | None, mk: dict) -> str:
    """Why tamis's value `t` and trafilatura's `p` differ (or "agree")."""
    ld = mk.get("ld", [])
    if field == "page_language":
        places = {"html": mk.get("html:lang"), "http": mk.get("meta:content-language"),
                  "og": mk.get("meta:og:locale"), "meta": mk.get("meta:language") or mk.get("meta:dc.language"),
                  "ld": next((d["inLanguage"] for d in ld if d.get("inLanguage")), None)}
        # (the places whose value is a language tag; "english" or "articles" in a meta element is a name or a word)
        prims = {k: lang_primary(v) for k, v in places.items()
                 if v and re.fullmatch(r"[a-z]{2,3}", lang_primary(v))}
        if not t:
            return "none given" if not prims else "tamis none, markup has"
        if _ENTITY.search(t) or t != t.strip():
            return "entity/space"
        tp = lang_primary(t)
        others = {v for v in prims.values()}
        if len(others) <= 1:
            return "agree" if tp in others else "tamis differs from markup"
        return "markup places disagree: " + ",".join(f"{k}={v}" for k, v in sorted(prims.items()))
    if _ENTITY.search(t or ""):
        return "tamis entity"
    if field == "site":
        if norm(t) == norm(p):
            return "agree"
        title = norm(mk.get("title"))
        if t and norm(t) in (title, norm(mk.get("h1"))) and len(norm(t).split()) > 1:
            return "tamis site is the title/h1"
        if not t:
            return "tamis none" + (", traf has" if p else "")
        if not p:
            return "traf none"
        if norm(p).lstrip("@") == norm(t):
            return "format"
        if "." in (p or "") and " " not in p:
            return "traf from title/domain"
        return "other"
    if field == "canonical_url":
        if t and not re.match(r"^(?:https?:)?//", t, re.IGNORECASE):
            return "tamis relative"
        if norm_url(t) == norm_url(p):
            return "agree" if (t or "") == (p or "") or not t else "format"
        if not t:
            return "tamis none" + (", traf has" if p else "")
        if not p:
            return "traf none"
        lc, og = mk.get("link:canonical"), mk.get("meta:og:url")
        if lc and og and norm_url(lc) != norm_url(og):
            return "canonical vs og:url differ"
        return "other"
    if field == "description":
        if norm(t) == norm(p):
            return "agree" if (t or "") == (p or "") else "format"
        if not t:
            return "tamis none" + (", traf has" if p else "")
        if not p:
            return "traf none"
        if norm(p) in norm(t) or norm(t) in norm(p):
            return "one holds the other"
        return "other source"
    raise ValueError(field)


def compare(a) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from tamis.extract import metadata as current
    fns = {"new": current.extract_metadata}
    if a.base:
        fns["base"] = load_module(a.base, "metadata_base").extract_metadata
    peers = {}
    with gzip.open(WORK / "peer.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            peers[(r["set"], r["id"])] = r
    counts = {v: {f: Counter() for f in FIELDS} for v in fns}
    per_set = {v: {} for v in fns}
    changed = Counter()
    shown = 0
    want = a.show.split(":", 1) if a.show else None
    for ds, pid, html in all_pages(a.sets):
        if a.sets_only and ds not in a.sets_only.split(","):
            continue
        pr = peers[(ds, pid)]
        tree, body = parse(html)
        res = {v: fn(tree, body) for v, fn in fns.items()}
        for v, md in res.items():
            for fld in FIELDS:
                c = cause(fld, md.get(fld), pr["traf"].get(fld), pr["markup"])
                counts[v][fld][c] += 1
                s = per_set[v].setdefault(ds, {f: [0, 0] for f in FIELDS})
                s[fld][0] += c == "agree" or c == "format"
                s[fld][1] += 1
                if v == "new" and want and fld == want[0] and c.startswith(want[1]) and shown < a.limit:
                    shown += 1
                    mk = pr["markup"]
                    print(f"--- {ds} {pid} [{c}]\n  tamis: {md.get(fld)!r}\n  traf:  {pr['traf'].get(fld)!r}")
                    if a.base:
                        print(f"  base:  {res['base'].get(fld)!r}")
                    keys = {"site": ("meta:og:site_name", "meta:application-name", "meta:apple-mobile-web-app-title",
                                     "meta:twitter:site", "title", "h1"),
                            "canonical_url": ("link:canonical", "meta:og:url", "base", "meta:twitter:url"),
                            "description": ("meta:description", "meta:og:description", "meta:twitter:description"),
                            "page_language": ("html:lang", "meta:content-language", "meta:og:locale",
                                              "meta:language", "meta:dc.language")}[fld]
                    for k in keys:
                        if mk.get(k):
                            print(f"  {k}: {mk[k][:200]!r}")
                    for d in mk.get("ld", [])[:6]:
                        print(f"  ld: {json.dumps({k: (x[:120] if isinstance(x, str) else x) for k, x in d.items() if x}, ensure_ascii=False)}")
        if "base" in res:
            for fld in FIELDS:
                if res["base"].get(fld) != res["new"].get(fld):
                    changed[fld] += 1
                    if a.changes:
                        print(f"~ {fld} {ds} {pid}\n  base: {res['base'].get(fld)!r}\n  new:  {res['new'].get(fld)!r}"
                              f"\n  traf: {pr['traf'].get(fld)!r}")
    if a.show:
        return
    for v in fns:
        print(f"## {v}")
        for fld in FIELDS:
            tot = sum(counts[v][fld].values())
            ag = counts[v][fld]["agree"] + counts[v][fld]["format"]
            print(f"{fld}: agree {ag}/{tot} = {ag / tot:.4f}")
            for c, n in counts[v][fld].most_common():
                print(f"    {n:6d}  {c}")
        print("per set (agree incl. format / pages):")
        for ds, s in per_set[v].items():
            print(f"  {ds:12s} " + "  ".join(f"{f[:4]} {x[0] / x[1]:.3f}" for f, x in s.items()))
    if "base" in fns:
        print("pages changed:", dict(changed))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["peer", "compare"])
    ap.add_argument("--base")
    ap.add_argument("--sets", default=SETS)
    ap.add_argument("--sets-only", default="", help="compare only these (names, 'meta' for WCXB dev metadata)")
    ap.add_argument("--show", default="", help="FIELD:CAUSE-prefix, print those pages")
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--changes", action="store_true", help="with --base, print each changed value")
    a = ap.parse_args()
    if a.mode == "peer":
        peer()
    else:
        compare(a)


if __name__ == "__main__":
    main()
