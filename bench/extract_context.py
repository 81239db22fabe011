"""Where tamis's missed and extra shingles come from, summed by DOM context (development aid, even half only).

For every even page (0, 2, 4 ...) with a gold text, the page is walked and chosen by the extractor itself
(`core.extract_choice`, its walk recording each element's lexbor node, for the class and id), and its kept text is
the extractor's (`core.final_blocks`: the rules, the judge, a text printed twice given once). Each 4-token shingle of the kept text that the gold lacks (extra) is
given to the kept block it starts in; each gold shingle the kept text lacks (missed) is given to the walked
block(s) that hold it, or to "unwalked" (skipped tags, chrome landmarks, attributes, glued words). Weights are
the AEB metric's page normalisation: a missed shingle costs 1/|gold| of the page's recall, an extra one
1/|prediction| of its precision; summed over a set's pages and divided by their number, a context's total is
the set-level recall (precision) it costs.

A block's context has three parts:
- status: kept; judge/repeat (kept by the rules, left out by the judge or as a second copy); widget:<mark> (dropped
  as a marked widget); outside:before / outside:after (outside the chosen container); in:links (link-dense), in:short (a label, a tail line, a short line), in:label (an advert or
  teaser label);
- sem: its own tag when a heading, figcaption or pre, else the nearest of its ancestors among article, main,
  aside, header, footer, nav, figure, figcaption, section, table, li, blockquote, pre, form, dl, address;
- word: the nearest class/id word (up to 6 elements up) from a vocabulary of what templates name their parts
  (byline, caption, meta, share, related, comment, author, date, summary, lede, subtitle ...).

    PYTHONPATH=src python bench/extract_context.py report [--top 12 --show 2]    # costs per context, per set
    PYTHONPATH=src python bench/extract_context.py agree [--top 30] [--parts 0,1]  # gold share of each context, per set
    PYTHONPATH=src python bench/extract_context.py tokens [--top 50]             # kept text by class/id word, per set
    PYTHONPATH=src python bench/extract_context.py snippets --work bench/work/te --datasets trafeval [--show 0]
    PYTHONPATH=src python bench/extract_context.py same --datasets aeb,...   # its kept text is extract_html's

"unwalked" gold is split into "glued/order" (each of the shingle's tokens is walked, not in that order: block
boundaries, reordered text), "skip:<tag>" / "chrome:<tag>" (inside an element the walk skips) and "absent"
(attributes, scripts' JSON, text the page does not hold). `tokens` lists the class/id words of the kept blocks'
elements and ancestors (6 up) whose kept text is mostly not gold in every set: the candidates for widget words.
`snippets` (sets with snippets: trafeval) reads a bench work directory's tamis/ and trafilatura/ predictions of the
even half: each `with` snippet found in trafilatura's text and not in tamis's is located in tamis's walk (the
extractor's decision): the block holding it (the first not kept, when it spans several) gives
its context as above; a snippet in no walked block is "unwalked:in-dom" (in the page's text, in a part the walk
skips) or "unwalked:absent"; pages where tamis's text is under 0.3 of trafilatura's are counted as "SMALL:". Then
the contexts (status | sem | word | tag), most snippets first; `--show N` lists N of the snippets too (-1: all).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import _TOKEN, DATASETS, _squash, block_finder, pages, predictions, records, token_grams
from selectolax.lexbor import LexborHTMLParser

from tamis.extract.core import Options, _description, extract_choice, extract_html, final_blocks
from tamis.extract.prune import mark_boilerplate
from tamis.extract.render import render
from tamis.extract.walk import HEADINGS, SKIP_TAGS, node_name

SEM = ("article", "main", "aside", "header", "footer", "nav", "figure", "figcaption", "section", "table", "li",
       "blockquote", "pre", "form", "dl", "address")
VOCAB = {
    "byline": "byline", "author": "author", "authors": "author", "writer": "author", "bio": "bio",
    "caption": "caption", "captions": "caption", "credit": "credit", "credits": "credit", "photo": "media",
    "image": "media", "img": "media", "media": "media", "video": "media", "figure": "media", "picture": "media",
    "meta": "meta", "metadata": "meta", "info": "meta", "details": "meta",
    "share": "share", "sharing": "share", "social": "share", "related": "related", "recommended": "related",
    "more": "related", "comment": "comment", "comments": "comment", "reply": "comment", "replies": "comment",
    "date": "date", "time": "date", "timestamp": "date", "dateline": "date", "published": "date",
    "posted": "date", "updated": "date", "pubdate": "date",
    "summary": "summary", "excerpt": "summary", "description": "summary", "desc": "summary", "abstract": "summary",
    "lede": "lede", "lead": "lede", "intro": "lede", "standfirst": "lede", "dek": "lede", "deck": "lede",
    "teaser": "lede", "subtitle": "subtitle", "subhead": "subtitle", "subheading": "subtitle",
    "subheadline": "subtitle", "strapline": "subtitle", "kicker": "subtitle",
    "title": "title", "headline": "title", "heading": "title", "header": "header",
    "tag": "tags", "tags": "tags", "category": "tags", "categories": "tags", "topics": "tags", "label": "tags",
    "footer": "footer", "foot": "footer", "note": "note", "notes": "note", "footnote": "note", "source": "source",
    "promo": "promo", "ad": "promo", "ads": "promo", "advert": "promo", "sponsor": "promo", "newsletter": "promo",
    "subscribe": "promo", "sidebar": "sidebar", "widget": "sidebar", "aside": "sidebar", "rail": "sidebar",
    "nav": "nav", "menu": "nav", "breadcrumb": "nav", "breadcrumbs": "nav", "pagination": "nav",
    "quote": "quote", "pullquote": "quote", "blockquote": "quote",
    "table": "table", "specs": "table", "code": "code", "highlight": "code", "sourcecode": "code",
    "question": "faq", "answer": "faq", "faq": "faq", "accordion": "faq",
    "price": "product", "product": "product", "review": "review", "reviews": "review", "rating": "review",
    "list": "list", "item": "list", "card": "list", "post": "post", "entry": "post", "article": "post",
    "story": "post", "content": "post", "body": "post", "text": "post",
}
_SPLIT = re.compile(r"[^a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AD = re.compile(r"(?i)\W*(advertisement|advert|advertising|sponsored)\W*$")
WORD_LEVELS = 6


def instrumented(html: str, opts: Options):
    """The extractor's decision on a page (`core.extract_choice`, its walk recording each element's node) and each
    element's class/id words: (choice, words, raw, root), None when it made none (no body, over the budget)."""
    _, choice = extract_choice(html, opts, names=True)
    if choice is None:
        return None
    words, raw = [], []
    for node in choice.walk.nodes:
        v = node_name(node)
        if not v:
            words.append(None)
            raw.append(set())
            continue
        toks = _SPLIT.split(_CAMEL.sub(" ", v).lower())
        raw.append(set(toks) - {""})
        words.append(next((VOCAB[t] for t in toks if t in VOCAB), None))
    return choice, words, raw, choice.walk.nodes[0]


def contexts(choice, words, opts: Options):
    """Per block of the choice: (kept?, status, sem, word, tag); and the blocks the page's text is rendered from
    (`core.final_blocks`: the rules, the judge, a text printed twice given once)."""
    walk, flags, dropped, container = choice.walk, choice.flags, choice.dropped, choice.container
    kept_blocks = final_blocks(choice, opts)
    kept_ids = {id(b) for b in kept_blocks}
    rules_ids = {id(b) for b in choice.kept}
    lo, hi = container, walk.end[container]
    marked = dict(walk.marked)
    out = []
    for b, good in zip(choice.blocks, flags):
        anc = []
        a = b.owner
        while a >= 0:
            anc.append(a)
            a = walk.parent[a]
        kept = id(b) in kept_ids
        if kept:
            status = "kept"
        elif id(b) in rules_ids:
            status = "judge/repeat"
        elif dropped[b.owner]:
            m = next((a for a in anc if a in marked and dropped[a]), b.owner)
            status = f"widget:{marked.get(m, '?')}"
        elif not lo <= b.owner < hi:
            status = "outside:" + ("before" if b.owner < lo else "after")
        elif b.link_chars > opts.max_link_density * b.n_chars and not good:
            status = "in:links"
        elif b.n_chars <= 30 and _AD.match(b.text):
            status = "in:label"
        else:
            status = "in:short" if not good else "in:cut"
        tag = b.kind
        if tag in HEADINGS:
            sem = "h"
        elif tag in ("figcaption", "pre"):
            sem = tag
        else:
            sem = next((walk.tags[x] for x in anc[1:] if walk.tags[x] in SEM), "-")
            if sem == "-" and tag in SEM:
                sem = tag
        word = next((words[x] for x in anc[:WORD_LEVELS] if words[x]), "-")
        out.append((kept, status, sem, word, tag))
    return out, kept_blocks


def _skipped(root, marks) -> list[tuple[str, set]]:
    """The text the walk does not enter, by why: a skipped tag, a chrome landmark; with its shingles."""
    out = []
    for node in root.css(",".join(sorted(t for t in SKIP_TAGS if t.isalpha())) + ",nav,footer,[role],p,span,div"):
        tag = node.tag
        if tag in SKIP_TAGS:
            key = "skip:" + tag
        elif marks.get(node.mem_id) == "chrome":
            key = "chrome:" + tag
        else:
            continue
        out.append((key, set(token_grams(_TOKEN.findall(node.text(deep=True) or "")))))
    return out


def page_costs(html: str, truth: str, opts: Options):
    """Per context key: (missed recall weight, extra precision weight) on one page, and each block's
    (key, gold share, shingles) for the agreement table; None for a page without a body."""
    w = instrumented(html, opts)
    if w is None:
        return None
    choice, words, _, root = w
    ctx, _ = contexts(choice, words, opts)
    blocks = choice.blocks
    # tokens of every walked block, with the block they come from
    tok_block: list[int] = []
    toks: list[str] = []
    kept_toks: list[str] = []
    kept_from: list[int] = []
    for j, b in enumerate(blocks):
        t = _TOKEN.findall(b.text)
        toks += t
        tok_block += [j] * len(t)
        if ctx[j][0]:
            kept_toks += t
            kept_from += [j] * len(t)
    gold = Counter(token_grams(_TOKEN.findall(truth)))
    pred_g = token_grams(kept_toks)
    pred = Counter(pred_g)
    n_gold = max(sum(gold.values()), 1)
    n_pred = max(sum(pred.values()), 1)
    miss: Counter = Counter()
    extra: Counter = Counter()
    ex: dict = defaultdict(list)
    key = lambda j: " | ".join(ctx[j][1:4])  # noqa: E731
    for i, g in enumerate(pred_g):
        if pred[g] > gold.get(g, 0):
            k = key(kept_from[i])
            extra[k] += (pred[g] - gold.get(g, 0)) / pred[g] / n_pred
            ex["+" + k].append(kept_from[i])
    missing = {g: c - pred.get(g, 0) for g, c in gold.items() if c > pred.get(g, 0)}
    where: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(token_grams(toks)):
        if g in missing:
            # (a shingle across a kept and a left-out block goes to the left-out one)
            j = next((tok_block[x] for x in range(i, i + 4) if not ctx[tok_block[x]][0]), -1)
            if j >= 0:
                where[g].append(j)
    walked = set(toks)
    skipped: list[tuple[str, set]] | None = None
    for g, c in missing.items():
        js = where.get(g)
        if not js:
            if skipped is None:
                skipped = _skipped(root, mark_boilerplate(root, opts.comments))
            if all(t in walked for t in g.split()):
                why = "glued/order"
            else:
                why = next((k for k, sh in skipped if g in sh), "absent")
            miss[f"unwalked | {why} | -"] += c / n_gold
            ex["-unwalked | " + why + " | -"].append(g)
            continue
        for j in js:
            k = key(j)
            miss[k] += c / n_gold / len(js)
            ex["-" + k].append(j)
    # agreement: each block's shingles and the share of them the gold holds
    rows = []
    gold_toks = set(gold)
    for j, b in enumerate(blocks):
        g = token_grams(_TOKEN.findall(b.text))
        if g:
            rows.append((key(j), ctx[j][0], sum(1 for s in g if s in gold_toks) / len(g), len(g) / n_gold))
    examples = {k: (v[0] if isinstance(v[0], str) else blocks[v[0]].text) for k, v in ex.items()}
    return miss, extra, rows, examples


def run(datasets: list[str], opts: Options):
    """Per dataset: summed missed and extra weights per context, with example pages, and the agreement rows."""
    res = {}
    for ds in datasets:
        miss: Counter = Counter()
        extra: Counter = Counter()
        pages_of: dict[str, list] = defaultdict(list)
        agree: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        n = 0
        for i, (_pid, html, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            n += 1
            r = page_costs(html, truth, opts)
            if r is None:
                continue
            m, e, blocks, examples = r
            for k, v in m.items():
                miss[k] += v
                if v > 0.02:
                    pages_of["-" + k].append((v, i, examples.get("-" + k, "")))
            for k, v in e.items():
                extra[k] += v
                if v > 0.02:
                    pages_of["+" + k].append((v, i, examples.get("+" + k, "")))
            for k, kept, share, w in blocks:
                a = agree[k]
                a[2 * kept] += w * share
                a[2 * kept + 1] += w * (1 - share)
        res[ds] = (n, miss, extra, pages_of, agree)
    return res


def marginal(c: Counter, part: int) -> Counter:
    """Sum a context counter over one part of the key (0 status, 1 sem, 2 word)."""
    out: Counter = Counter()
    for k, v in c.items():
        out[k.split(" | ")[part]] += v
    return out


def tokens(datasets: list[str], opts: Options, top: int, min_pages: int, max_gold: float, inside: bool = False,
           only: set[str] | None = None) -> None:
    """Per class/id word around kept blocks: per set, the kept shingles that are gold / not gold (share of the
    page's prediction, summed and divided by the set's pages) and the pages; words mostly not gold everywhere.
    With `inside`, only the elements strictly inside the chosen container count (not the container's own name)."""
    tab: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0, set()]))
    ns = {}
    for ds in datasets:
        n = 0
        for i, (_pid, html, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            n += 1
            w = instrumented(html, opts)
            if w is None:
                continue
            choice, words, raw, _ = w
            walk = choice.walk
            _, kept = contexts(choice, words, opts)
            top_el = choice.container if inside else -1
            gold = set(token_grams(_TOKEN.findall(truth)))
            grams = [token_grams(_TOKEN.findall(b.text)) for b in kept]
            n_pred = max(sum(len(g) for g in grams), 1)
            for b, g in zip(kept, grams):
                if not g:
                    continue
                words: set[str] = set()
                a, level = b.owner, 0
                while a > top_el and level < WORD_LEVELS:
                    words |= raw[a]
                    a, level = walk.parent[a], level + 1
                ing = sum(1 for s in g if s in gold)
                for t in words:
                    c = tab[t][ds]
                    c[0] += ing / n_pred
                    c[1] += (len(g) - ing) / n_pred
                    c[2].add(i)
        ns[ds] = max(n, 1)
    rows = []
    for t, per in tab.items():
        if only is not None:
            if t not in only:
                continue
        elif len(t) < 3 or sum(len(c[2]) for c in per.values()) < min_pages:
            continue
        g = sum(c[0] / ns[ds] for ds, c in per.items())
        ng = sum(c[1] / ns[ds] for ds, c in per.items())
        if only is not None or (ng >= 0.0003 and g <= max_gold * (g + ng)):
            rows.append((ng - g, t, per))
    print("class/id word: per set, kept gold / not gold (precision share per page, set mean) and (pages)")
    for v, t, per in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"{v:+.4f} {t:18s}", "  ".join(
            f"{ds[:5]} {per[ds][0] / ns[ds]:.4f}/{per[ds][1] / ns[ds]:.4f}({len(per[ds][2])})" if ds in per
            else f"{ds[:5]} -" for ds in datasets))


def _regroup(c: dict, parts: list[int]) -> dict:
    """A context table summed over the parts of the key not in `parts`."""
    out: dict = {}
    for k, v in c.items():
        ks = k.split(" | ")
        nk = " | ".join(ks[p] for p in parts)
        if isinstance(v, list):
            out.setdefault(nk, [0.0, 0.0, 0.0, 0.0])
            out[nk] = [x + y for x, y in zip(out[nk], v)]
        else:
            out[nk] = out.get(nk, 0.0) + v
    return Counter(out) if isinstance(c, Counter) else out


def snippets(work: Path, ds: str, opts: Options, show: int) -> None:
    """Where the `with` snippets that trafilatura's text holds and tamis's lacks sit in tamis's walk (even half)."""
    ours = predictions(work / "tamis" / f"{ds}.jsonl.gz")
    theirs = predictions(work / "trafilatura" / f"{ds}.jsonl.gz")
    cause: Counter = Counter()
    pages_of: dict[str, set] = defaultdict(set)
    rows = []
    ours_only = 0
    for rec in records(ds, 2, 0):
        pid, with_ = rec["id"], rec.get("with") or []
        t, r = _squash(ours.get(pid, "")), _squash(theirs.get(pid, ""))
        missed = [s for s in with_ if _squash(s) in r and _squash(s) not in t]
        ours_only += sum(1 for s in with_ if _squash(s) in t and _squash(s) not in r)
        if not missed:
            continue
        res = instrumented(rec["html"], opts)
        if res is None:
            cause["no body"] += len(missed)
            continue
        choice, words, _, root = res
        ctx, _ = contexts(choice, words, opts)
        find = block_finder(b.text for b in choice.blocks)
        small = len(t) < 0.3 * len(r)
        for s in missed:
            js = find(s)
            if js is None:
                c = "unwalked:" + ("in-dom" if _squash(s) in _squash(root.text(deep=True, separator=" "))
                                   else "absent")
                key = (c, "-", "-", "-")
            else:
                jj = next((j for j in js if not ctx[j][0]), js[0])
                key = ctx[jj][1:5]
                c = key[0]
            if small:
                c = "SMALL:" + c
            cause[c] += 1
            pages_of[c].add(pid)
            rows.append((pid, c, key, s[:100], len(t), len(r)))
    print(f"'with' snippets trafilatura finds and tamis misses: {sum(cause.values())}; the reverse: {ours_only}")
    for c, v in cause.most_common():
        print(f"{v:5d} {len(pages_of[c]):4d}p  {c}")
    print()
    for k, v in Counter(r[2] for r in rows).most_common(40):
        print(v, " | ".join(k))
    for r in rows if show < 0 else rows[:show]:
        print(r)


def same(datasets: list[str], opts: Options) -> int:
    """The pages (even half) where the kept blocks rendered differ from `extract_html`'s text; prints each."""
    n = bad = 0
    for ds in datasets:
        for pid, html, _ in pages(ds, 2, 0):
            n += 1
            r = extract_html(html, opts)
            w = instrumented(html, opts)
            view = ""
            if w is not None:
                ctx, _ = contexts(w[0], w[1], opts)
                view = render([b for b, c in zip(w[0].blocks, ctx) if c[0]], opts.markdown)
            # (a page with no kept text gives its description: not a block, so not in the view)
            if view != r.text and (view or r.text != _description(LexborHTMLParser(html))):
                bad += 1
                print(f"differs: {ds} {pid}", flush=True)
    print(f"{n} pages, the view differs from extract_html's text on {bad}")
    return bad


def main() -> None:
    """CLI: the report or the agreement table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["report", "agree", "tokens", "snippets", "same"])
    ap.add_argument("--datasets", default=",".join(DATASETS))
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--show", type=int, default=2)
    ap.add_argument("--parts", default="0,1,2", help="agree: the parts of the context key to group by (0 status, "
                                                        "1 sem, 2 word)")
    ap.add_argument("--min-pages", type=int, default=3, help="tokens: pages a word must appear on")
    ap.add_argument("--max-gold", type=float, default=0.15, help="tokens: the most of its kept text that is gold")
    ap.add_argument("--inside", action="store_true", help="tokens: only elements inside the chosen container")
    ap.add_argument("--words", default="", help="tokens: list these words only (comma-separated)")
    ap.add_argument("--work", type=Path, help="snippets: the bench work directory (tamis/ and trafilatura/)")
    a = ap.parse_args()
    if a.mode == "same":
        raise SystemExit(1 if same(a.datasets.split(","), Options()) else 0)
    if a.mode == "snippets":
        for ds in a.datasets.split(","):
            snippets(a.work, ds, Options(), a.show)
        return
    if a.mode == "tokens":
        tokens(a.datasets.split(","), Options(), a.top, a.min_pages, a.max_gold, a.inside,
               set(a.words.split(",")) if a.words else None)
        return
    res = run(a.datasets.split(","), Options())
    parts = [int(x) for x in a.parts.split(",")]
    if parts != [0, 1, 2]:
        res = {ds: (n, _regroup(miss, parts), _regroup(extra, parts), pages_of, _regroup(agree, parts))
               for ds, (n, miss, extra, pages_of, agree) in res.items()}
    if a.mode == "report":
        for ds, (n, miss, extra, pages_of, _) in res.items():
            print(f"## {ds}: {n} pages; missed (recall) {sum(miss.values()) / n:.4f}, "
                  f"extra (precision) {sum(extra.values()) / n:.4f}")
            for part, name in ((0, "status"), (1, "sem"), (2, "word")):
                print(f"  by {name}: -", ", ".join(f"{k} {v / n:.4f}" for k, v in marginal(miss, part).most_common(8)))
                print(f"  by {name}: +", ", ".join(f"{k} {v / n:.4f}" for k, v in marginal(extra, part).most_common(8)))
            for sign, c in (("-", miss), ("+", extra)):
                print(f"### {'missed' if sign == '-' else 'extra'}: set-level cost, pages > .02, context")
                for k, v in c.most_common(a.top):
                    pg = sorted(pages_of[sign + k], reverse=True)
                    print(f"  {v / n:.4f} {len(pg):3d}p  {k}")
                    for w, i, text in pg[:a.show]:
                        print(f"        #{i} {w:.2f} {text[:100]!r}")
    else:
        tot: Counter = Counter()
        for n, miss, extra, _, _ in res.values():
            for k, v in miss.items():
                tot[k] += v / n
            for k, v in extra.items():
                tot[k] += v / n
        print("context: per set, gold share of its shingles when left out / when kept (page-equivalents left out, kept)")
        for k, _v in tot.most_common(a.top):
            cells = []
            for ds, (_n, *_r, agree) in res.items():
                c = agree.get(k, [0, 0, 0, 0])
                out_n, in_n = c[0] + c[1], c[2] + c[3]
                cells.append(f"{ds[:5]} {c[0] / out_n if out_n else float('nan'):.2f}({out_n:.1f})/"
                             f"{c[2] / in_n if in_n else float('nan'):.2f}({in_n:.1f})")
            print(f"{_v:.4f} {k}\n      " + "  ".join(cells))


if __name__ == "__main__":
    main()
