"""Build extraction sets the rules were never developed on, in the bench's format (development aid).

The six sets in ../shared/data/extraction are what issue 5's targets are measured on; their even
halves have been read page by page for eleven rounds. This script turns two public sets that tamis
was never looked at on into the same `{"id", "url", "html", "text"}` JSONL, so that a change can be
checked on pages from other sites and annotators:

- **wcxb_test**: the held-out test split of WCXB (Murrough-Foley/web-content-extraction-benchmark,
  `test/html/*.html.gz` and `test/ground-truth/*.json`, CC-BY-4.0), 511 pages of 7 page types;
- **cleanportal**: CleanPortalEval (ppke-nlpg/CleanPortalEval, as mirrored in
  j-szulc/html-cleaning-dataset-merged, `CleanPortalEval-master/{input,GoldStandard}`), 71 news pages
  of 5 sites, gold in CleanEval's markup (`URL:` line, `<p>`, `<h>`, `<l>`).

Round 13 (RESULTS, helper x13d) added six more, none of them read by anyone working on the rules:

- **gtrends**: GoogleTrends-2017, BoilerNet's set (Leonhardt et al. 2020; the repository was GPL-3.0 at that
  commit, MIT now; the data's own licence is not stated), 180 pages
  of Google results for 2017's trending queries, elements hand-labelled in the page (`__label="main"`,
  `title`, `author`, `date`, `caption`, ... and `comment`). As in the BoilerNet and WCEB papers the gold
  is the text under every label but `comment`; the labels are stripped from `html`. It is in
  mrjleo/boilernet's first commit, kept by the fork sakata-yusuke-75/boilernet_japanese @31de39a
  (`datasets/googletrends/raw_html`);
- **big9** and **chaos**: Utomo & Leu's sets (MSVCode/ir-research-data @cbb428c, `Extraction/`,
  research use only): big9 is 10 news pages from each of 9 sites in 4 years (2005, 2009, 2013: Wayback
  Machine captures; 2017: live), 360 pages; chaos is 360 pages from Google results for 36 queries,
  about 240 sites, 2017. Gold is plain text per page (`gold/NAME.txt`);
- **trafeval**: trafilatura's own evaluation (adbar/trafilatura @e90b0ef, `tests/evaldata.json` with pages in
  `tests/eval` and `tests/cache`, Apache-2.0): 990 pages (989 after --fresh), many languages (mostly
  German, English, Spanish, French), no full gold text (`text` is null), only hand-picked `with` / `without` snippets, so only
  snippet accuracy applies;
- **evan**: WubabooTR/evan_extract @a339d45 (`articles/`, no licence stated): 85 English news pages (most
  from fringe, partisan or satire sites, mostly 2020) with the article text copied out by hand; the pages
  were saved through BeautifulSoup, so their markup is re-serialised, not byte for byte as served;
- **wcxb_fresh**: WCXB's test pages whose id is not also in the repository's `dev/` (139 of the 511 are in
  both, hence in wcxb_dev; the checkout needs `dev/ground-truth` too).

Round 16 (RESULTS, helper x16d) adds a small multilingual set, built for the lead to validate on (no helper ran an
extractor on it or read its gold):

- **h2t**: leogao2/htmltotext-benchmark @feab599 (`benchmarkdata/{lang}/html/NAME.html` with the hand-made
  `benchmarkdata/{lang}/text/NAME.txt`; no licence stated), 28 pages: English 15, Croatian 6, German 5, Chinese 2
  (news, blogs, forums, a wiki). The id is `lang/NAME`, so that the language can be read off it. The mirror is a
  bare repository: `git --git-dir=DIR archive HEAD benchmarkdata | tar -x -C CHECKOUT` gives the checkout.

Round 15 (bench/RESULTS.md, helper x15c) adds a metadata set, for bench/metadata_bench.py:

- **wcxb_meta**: WCXB's `dev/` split only (1497 pages; `dev/html`, `dev/ground-truth`), with the hand-checked
  `title`, `author` and `publish_date` of each page (null where the page has none) and no text. `--wcxb-meta`
  reads nothing under `test/`: a checkout of `dev/` alone is enough (`git archive HEAD dev | tar -x`).

`--fresh` leaves out of the round-13 sets every page that shares its HTML hash, address, title or gold
opening with a page of the six development sets; `--check` reports what the sets written share with every
other set. `url` of gtrends, big9, chaos and evan is the page's own canonical link or og:url (the sets
give none).

None is committed; point the script at checkouts of those repositories:

    python bench/extract_extra.py --wcxb DIR --cleanportal DIR --out bench/work/extra
    python bench/extract_extra.py --wcxb DIR --gtrends DIR --msv DIR --trafilatura DIR --evan DIR --fresh --check
    python bench/extract_extra.py --wcxb-meta DIR --out bench/work/meta
    python bench/extract_extra.py --h2t CHECKOUT --fresh --check
    TAMIS_BENCH_DATA=bench/work/extra bench/.venv-extract/bin/python bench/extract_bench.py all \\
        --datasets wcxb_test,cleanportal --only tamis,trafilatura
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import html as htmllib
import json
import re
from pathlib import Path

_TAG = re.compile(r"<(?:p|h|l)>", re.I)
_LABEL_ATTR = re.compile(r'\s__label="[^"]*"')
# BoilerNet ignores text under these (net/misc/util.py TAGS_TO_IGNORE)
_IGNORE = {"head", "iframe", "script", "meta", "link", "style", "input", "checkbox", "button", "noscript"}
_BLOCK = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
          "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
          "section", "table", "tbody", "td", "th", "tr", "ul", "br"}
_META_URL = re.compile(r'<link[^>]+rel=["\']?canonical["\']?[^>]*>|<meta[^>]+property=["\']og:url["\'][^>]*>', re.I)
_HREF = re.compile(r'(?:href|content)=["\']([^"\']+)["\']', re.I)
# the sets --fresh filters (wcxb_test and cleanportal stay as round 12 built them)
_FRESH = {"wcxb_fresh", "gtrends", "big9", "chaos", "trafeval", "evan", "h2t"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def decode(raw: bytes) -> str:
    """The page as a string: UTF-8 when it is, else cp1252 (what the other sets' pages were)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _wcxb_split(root: Path, split: str, skip=frozenset()):
    """(id, url, html, gold fields, page type) of each page of one WCXB split whose page and gold are both there."""
    for gt_path in sorted((root / split / "ground-truth").glob("*.json")):
        if gt_path.stem in skip:
            continue
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        page = root / split / "html" / f"{gt_path.stem}.html.gz"
        if not page.exists():
            continue
        kind = (gt.get("_internal", {}).get("page_type") or {}).get("primary") or gt.get("page_type")
        yield (gt_path.stem, gt.get("url", ""), decode(gzip.decompress(page.read_bytes())),
               gt.get("ground_truth", {}), kind)


def wcxb(root: Path, fresh: bool = False):
    """Rows of WCXB's test split; with `fresh`, only the pages whose id is not also in `dev/` (the repository
    holds 139 of its 511 test pages in `dev/` as well, so they are in the bench's wcxb_dev)."""
    dev = {p.stem for p in (root / "dev" / "ground-truth").glob("*.json")} if fresh else set()
    for pid, url, html, g, kind in _wcxb_split(root, "test", dev):
        yield {"id": pid, "url": url, "html": html, "text": g.get("main_content") or "", "with": g.get("with") or [],
               "without": g.get("without") or [], "page_type": kind}


def wcxb_meta(root: Path):
    """Rows of WCXB's dev split with the gold metadata (title, author, publish_date; None where the gold says
    null). Only `dev/` is read."""
    for pid, url, html, g, kind in _wcxb_split(root, "dev"):
        yield {"id": pid, "url": url, "html": html, "title": g.get("title") or None,
               "author": g.get("author") or None, "publish_date": g.get("publish_date") or None, "page_type": kind}


def cleanportal(root: Path):
    """Rows of CleanPortalEval: CleanEval markup stripped to text, one paragraph per marked block."""
    for page in sorted((root / "input").glob("*.html")):
        gold = root / "GoldStandard" / f"{page.stem}.txt"
        if not gold.exists():
            continue
        lines = decode(gold.read_bytes()).split("\n")
        url = ""
        while lines and not lines[0].strip():
            lines.pop(0)
        if lines and lines[0].startswith("URL:"):
            url = lines.pop(0)[4:].strip()
        blocks = [" ".join(b.split()) for b in _TAG.split(htmllib.unescape("\n".join(lines)))]
        yield {"id": page.stem, "url": url, "html": decode(page.read_bytes()),
               "text": "\n\n".join(b for b in blocks if b)}


def page_url(html: str) -> str:
    """The page's own address where it names one (canonical link, else og:url), else ''."""
    for tag in _META_URL.findall(html[:200_000]):
        m = _HREF.search(tag)
        if m and m.group(1).startswith("http"):
            return htmllib.unescape(m.group(1)).strip()
    return ""


def _labelled_text(node, out: list[str], inside: bool) -> None:
    """Append the text under BoilerNet labels other than `comment`, a newline around each block and a
    space between text nodes (as BoilerNet's leaf spans and WCEB's reader join them)."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            if inside:
                out.append(" " + child.text(deep=False))
            continue
        if tag in _IGNORE or tag.startswith("-"):
            continue
        label = child.attributes.get("__label")
        if tag in _BLOCK:
            out.append("\n")
        _labelled_text(child, out, inside or (label is not None and label != "comment"))
        if tag in _BLOCK:
            out.append("\n")


def gtrends(root: Path):
    """Rows of GoogleTrends-2017: `raw_html` pages whose elements carry the annotators' `__label`."""
    from selectolax.lexbor import LexborHTMLParser

    pages = root / "datasets" / "googletrends" / "raw_html"
    for page in sorted(pages.glob("*.html")):
        raw = decode(page.read_bytes())
        tree = LexborHTMLParser(raw)
        out: list[str] = []
        if tree.body is not None:
            _labelled_text(tree.body, out, False)
        lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
        html = _LABEL_ATTR.sub("", raw)
        yield {"id": page.stem, "url": page_url(html), "html": html, "text": "\n".join(x for x in lines if x)}


def msv(root: Path, part: str):
    """Rows of Utomo & Leu's sets: `Extraction/SUB/html/NAME.htm[l]` with `Extraction/SUB/gold/NAME.txt`."""
    subs = ["big5-05", "big5-09", "big5-13", "big5-17"] if part == "big9" else ["chaos-all"]
    for sub in subs:
        for gold in sorted((root / "Extraction" / sub / "gold").glob("*.txt")):
            pages = [p for p in (gold.parent.parent / "html").glob(f"{glob_escape(gold.stem)}.*")
                     if p.suffix in (".htm", ".html")]
            if len(pages) != 1:
                continue
            html = decode(pages[0].read_bytes())
            text = decode(gold.read_bytes()).replace("\r\n", "\n").strip()
            yield {"id": f"{sub}/{gold.stem}", "url": page_url(html), "html": html, "text": text}


def glob_escape(name: str) -> str:
    """`name` with glob's special characters escaped (file names like `apple (1)`, `[x]`)."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def trafeval(root: Path):
    """Rows of trafilatura's evaluation: its pages with the `with` / `without` snippets; no full gold text."""
    data = json.loads((root / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    seen = set()
    for url, item in data.items():
        name = item["file"]
        page = next((d / name for d in (root / "tests" / "eval", root / "tests" / "cache") if (d / name).exists()), None)
        if page is None or name in seen:
            continue
        seen.add(name)
        yield {"id": Path(name).stem, "url": url, "html": decode(page.read_bytes()), "text": None,
               "with": item.get("with") or [], "without": item.get("without") or []}


def evan(root: Path):
    """Rows of WubabooTR/evan_extract's 85 news pages (`articles/NAME.html` with the hand-copied
    `articles/NAME.txt`; the pages without an article in `articles/no_content/` are left out)."""
    for page in sorted((root / "articles").glob("*.html")):
        gold = page.with_suffix(".txt")
        if not gold.exists():
            continue
        html = decode(page.read_bytes())
        text = decode(gold.read_bytes()).replace("\r\n", "\n").strip()
        yield {"id": page.stem, "url": page_url(html), "html": html, "text": text}


def h2t(root: Path):
    """Rows of leogao2/htmltotext-benchmark: `benchmarkdata/LANG/html/NAME.html` with `benchmarkdata/LANG/text/NAME.txt`
    (pages without their text are left out), in language and name order."""
    for page in sorted((root / "benchmarkdata").glob("*/html/*.html")):
        gold = page.parent.parent / "text" / f"{page.stem}.txt"
        if not gold.exists():
            continue
        html = decode(page.read_bytes())
        text = decode(gold.read_bytes()).replace("\r\n", "\n").strip()
        yield {"id": f"{page.parent.parent.name}/{page.stem}", "url": page_url(html), "html": html, "text": text}


def _norm_url(url: str) -> str:
    """An address compared loosely: no scheme, no `www.`, no fragment, no trailing slash, lower-cased."""
    url = (url or "").strip().lower().split("#")[0]
    url = re.sub(r"^[a-z]+://", "", url)
    url = re.sub(r"^www\.", "", url)
    return re.sub(r"\.(?:php|html?|aspx?)$", "", url.rstrip("/"))


def _keys(row: dict) -> dict[str, set[str]]:
    """What two pages share when they are the same page: HTML hash, HTML hash without whitespace, address,
    title, and the gold text's opening."""
    html = row.get("html") or ""
    urls = {_norm_url(u) for u in (row.get("url") or "", page_url(html)) if u}
    m = _TITLE.search(html[:300_000])
    title = " ".join(htmllib.unescape(m.group(1)).split()).lower() if m else ""
    text = " ".join(re.findall(r"\w+", (row.get("text") or "").lower())[:40])
    return {
        "sha1": {hashlib.sha1(html.encode("utf-8", "surrogatepass")).hexdigest()},
        "sha1_nows": {hashlib.sha1(re.sub(r"\s+", "", html).encode("utf-8", "surrogatepass")).hexdigest()},
        "url": {u for u in urls if u},
        "title": {title} if len(title) >= 20 else set(),
        "gold40": {text} if text.count(" ") >= 20 else set(),
    }


def check(new: dict[str, Path], old: list[Path]) -> None:
    """Print, for each new set, how many of its pages share a key with a page of the old sets or with
    each other."""
    index: dict[tuple[str, str], set[str]] = {}
    for path in old + list(new.values()):
        name = path.name.split(".")[0]
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                for kind, vals in _keys(json.loads(line)).items():
                    for v in vals:
                        index.setdefault((kind, v), set()).add(name)
    for name, path in new.items():
        hits: dict[str, dict[str, int]] = {}
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                n += 1
                for kind, vals in _keys(json.loads(line)).items():
                    others = set().union(*(index[(kind, v)] for v in vals)) - {name} if vals else set()
                    for o in others:
                        hits.setdefault(kind, {}).setdefault(o, 0)
                        hits[kind][o] += 1
        print(f"{name}: {n} pages; shared with other sets: "
              + ("; ".join(f"{k} " + ", ".join(f"{o} {c}" for o, c in sorted(v.items())) for k, v in hits.items())
                 or "none"))


def main() -> None:
    """CLI: write NAME.jsonl.gz for each set whose checkout is given; --check reports overlaps."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--wcxb", type=Path, help="checkout of web-content-extraction-benchmark")
    ap.add_argument("--wcxb-meta", type=Path,
                    help="checkout (or `git archive HEAD dev`) of web-content-extraction-benchmark: dev/ only")
    ap.add_argument("--cleanportal", type=Path, help="folder holding CleanPortalEval's input/ and GoldStandard/")
    ap.add_argument("--gtrends", type=Path, help="checkout of boilernet_japanese @31de39a (datasets/googletrends)")
    ap.add_argument("--msv", type=Path, help="checkout of MSVCode/ir-research-data (Extraction/): big9 and chaos")
    ap.add_argument("--trafilatura", type=Path, help="checkout of adbar/trafilatura (tests/evaldata.json, tests/eval)")
    ap.add_argument("--evan", type=Path, help="checkout of WubabooTR/evan_extract (articles/)")
    ap.add_argument("--h2t", type=Path, help="checkout of leogao2/htmltotext-benchmark (benchmarkdata/)")
    ap.add_argument("--out", type=Path, default=Path("bench/work/extra"))
    ap.add_argument("--check", action="store_true",
                    help="compare the sets written now with ../shared/data/extraction and the other sets in --out")
    ap.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    ap.add_argument("--fresh", action="store_true",
                    help="leave out of the round-13 sets every page that shares a key (_keys) with a page of --data")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = (("wcxb_test", args.wcxb, wcxb), ("wcxb_fresh", args.wcxb, lambda r: wcxb(r, fresh=True)),
            ("wcxb_meta", args.wcxb_meta, wcxb_meta), ("cleanportal", args.cleanportal, cleanportal),
            ("gtrends", args.gtrends, gtrends), ("big9", args.msv, lambda r: msv(r, "big9")),
            ("chaos", args.msv, lambda r: msv(r, "chaos")), ("trafeval", args.trafilatura, trafeval),
            ("evan", args.evan, evan), ("h2t", args.h2t, h2t))
    dev: set[tuple[str, str]] = set()
    if args.fresh:
        for path in sorted(args.data.glob("*.jsonl.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                dev.update((k, v) for line in f for k, vals in _keys(json.loads(line)).items() for v in vals)
    written = {}
    for name, root, rows in jobs:
        if root is None:
            continue
        n = dropped = 0
        with gzip.open(args.out / f"{name}.jsonl.gz", "wt", encoding="utf-8") as f:
            for row in rows(root):
                if name in _FRESH and any((k, v) in dev for k, vals in _keys(row).items() for v in vals):
                    dropped += 1
                    continue
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        written[name] = args.out / f"{name}.jsonl.gz"
        print(f"{name}: {n} pages -> {args.out / (name + '.jsonl.gz')}"
              + (f" ({dropped} dropped: they share a key with a development set)" if dropped else ""))
    if args.check:
        old = sorted(args.data.glob("*.jsonl.gz")) + sorted(
            p for p in args.out.glob("*.jsonl.gz") if p.name.split(".")[0] not in written)
        check(written, old)


if __name__ == "__main__":
    main()
