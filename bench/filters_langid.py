"""Language ID accuracy and speed of tamis's `language` step (CLD2) on a multilingual sample.

The sample is assembled here, from what this machine has: the translated messages of the
gettext catalogs under /usr/share/locale (real human translations, one catalog per program and
language; labelled by the catalog's locale), joined into documents of 300-1,500 characters, plus
the English article texts of ../shared/data/extraction. Per language at most --per-lang
documents. Short documents (first 100 characters of each) are scored too: the hard case.

    python bench/filters_langid.py [--per-lang 30]
"""
from __future__ import annotations

import argparse
import gettext
import gzip
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"

from tamis.filters.language import detect

LOCALE = Path("/usr/share/locale")
FORMAT_RE = re.compile(r"%[-#0 +']*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|<[^>]*>|&[a-z]+;|\\[nt]|_")
# Labels that CLD2 names differently but that are the same written language.
SAME = {"nb": "no", "nn": "no", "fil": "tl"}


def label(locale: str) -> str | None:
    """Base language code of a locale directory (pt_BR -> pt, sr@latin -> None: script variants out)."""
    if "@" in locale:
        return None
    return locale.split("_")[0]


def messages(mo: Path) -> list[str]:
    """Translated strings of one catalog that read as text (several words, few codes)."""
    try:
        with mo.open("rb") as fh:
            cat = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
    except (OSError, ValueError, IndexError, UnicodeDecodeError):  # malformed catalogs exist
        return []
    out = []
    for k, v in cat.items():
        if not k or not isinstance(v, str) or v == (k[1] if isinstance(k, tuple) else k):
            continue
        s = " ".join(FORMAT_RE.sub(" ", v).split())
        if len(s) >= 25 and sum(c.isalpha() for c in s) > 0.7 * len(s):
            out.append(s)
    return out


def sample(per_lang: int, seed: int = 0) -> list[tuple[str, str]]:
    """(label, text) pairs."""
    rng = random.Random(seed)
    by_lang: dict[str, list[str]] = defaultdict(list)
    for d in sorted(LOCALE.iterdir()):
        lab = label(d.name)
        if lab is None or lab == "en":
            continue
        for mo in sorted(d.glob("LC_MESSAGES/*.mo")):
            msgs = messages(mo)
            rng.shuffle(msgs)
            doc: list[str] = []
            for m in msgs:
                doc.append(m)
                if sum(map(len, doc)) >= 300:
                    by_lang[lab].append(" ".join(doc)[:1500])
                    doc = []
    docs = []
    for lab, texts in sorted(by_lang.items()):
        if len(texts) < 5:
            continue
        rng.shuffle(texts)
        docs += [(lab, t) for t in texts[:per_lang]]
    with gzip.open(DATA / "extraction" / "aeb.jsonl.gz", "rt", encoding="utf-8") as fh:
        en = [json.loads(line)["text"] for line in fh]
    docs += [("en", t) for t in en if t][:per_lang * 3]
    return docs


def cld2_languages() -> set[str]:
    """Base codes of the languages CLD2 can detect (the others are scored apart)."""
    import pycld2

    codes = dict(pycld2.LANGUAGES)
    out = {codes[n].split("-")[0] for n in pycld2.DETECTED_LANGUAGES if n in codes}
    return out | {"he", "jv", "id", "no"}


def main() -> None:
    """Score accuracy per language and overall; time detection."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-lang", type=int, default=30)
    a = ap.parse_args()
    docs = sample(a.per_lang)
    langs = sorted({lab for lab, _ in docs})
    for name, cut in (("full", None), ("first 100 chars", 100)):
        right: Counter = Counter()
        total: Counter = Counter()
        confused: Counter = Counter()
        t0 = time.process_time()
        preds = [detect(t if cut is None else t[:cut])[0] for _, t in docs]
        cpu = time.process_time() - t0
        for (lab, _), pred in zip(docs, preds):
            p = SAME.get(pred.split("-")[0], pred.split("-")[0])
            g = SAME.get(lab, lab)
            total[g] += 1
            if p == g:
                right[g] += 1
            else:
                confused[(g, pred)] += 1
        chars = sum(len(t if cut is None else t[:cut]) for _, t in docs)
        acc = sum(right.values()) / len(docs)
        macro = sum(right[g] / total[g] for g in total) / len(total)
        known = cld2_languages()
        sup = [g for g in total if g in known]
        sup_docs = sum(total[g] for g in sup)
        sup_acc = sum(right[g] for g in sup) / sup_docs
        print(f"## {name}: {len(docs)} documents, {len(langs)} languages")
        print(f"accuracy {acc:.3f} (macro over languages {macro:.3f}); "
              f"{len(docs) / cpu:.0f} docs/CPU-s, {chars / cpu / 1e6:.1f} M chars/CPU-s")
        print(f"on the {len(sup)} languages CLD2 knows ({sup_docs} documents): accuracy {sup_acc:.3f}; "
              f"unknown to CLD2: {', '.join(sorted(g for g in total if g not in known))}")
        worst = sorted(sup, key=lambda g: right[g] / total[g])[:8]
        print("weakest known: " + ", ".join(f"{g} {right[g]}/{total[g]}" for g in worst))
        print("top confusions: " + ", ".join(f"{g}->{p} {n}" for (g, p), n in confused.most_common(8)) + "\n")


if __name__ == "__main__":
    main()
