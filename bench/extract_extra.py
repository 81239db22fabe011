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

Neither is committed; point the script at checkouts of those repositories:

    python bench/extract_extra.py --wcxb DIR --cleanportal DIR --out bench/work/extra
    TAMIS_BENCH_DATA=bench/work/extra bench/.venv-extract/bin/python bench/extract_bench.py all \\
        --datasets wcxb_test,cleanportal --only tamis,trafilatura
"""
from __future__ import annotations

import argparse
import gzip
import html as htmllib
import json
import re
from pathlib import Path

_TAG = re.compile(r"<(?:p|h|l)>", re.I)


def decode(raw: bytes) -> str:
    """The page as a string: UTF-8 when it is, else cp1252 (what the other sets' pages were)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def wcxb(root: Path):
    """Rows of WCXB's test split."""
    for gt_path in sorted((root / "test" / "ground-truth").glob("*.json")):
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        page = root / "test" / "html" / f"{gt_path.stem}.html.gz"
        if not page.exists():
            continue
        g = gt.get("ground_truth", {})
        kind = (gt.get("_internal", {}).get("page_type") or {}).get("primary") or gt.get("page_type")
        yield {"id": gt_path.stem, "url": gt.get("url", ""), "html": decode(gzip.decompress(page.read_bytes())),
               "text": g.get("main_content") or "", "with": g.get("with") or [],
               "without": g.get("without") or [], "page_type": kind}


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


def main() -> None:
    """CLI: write wcxb_test.jsonl.gz and cleanportal.jsonl.gz."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--wcxb", type=Path, help="checkout of web-content-extraction-benchmark")
    ap.add_argument("--cleanportal", type=Path, help="folder holding CleanPortalEval's input/ and GoldStandard/")
    ap.add_argument("--out", type=Path, default=Path("bench/work/extra"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, root, rows in (("wcxb_test", args.wcxb, wcxb), ("cleanportal", args.cleanportal, cleanportal)):
        if root is None:
            continue
        n = 0
        with gzip.open(args.out / f"{name}.jsonl.gz", "wt", encoding="utf-8") as f:
            for row in rows(root):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        print(f"{name}: {n} pages -> {args.out / (name + '.jsonl.gz')}")


if __name__ == "__main__":
    main()
