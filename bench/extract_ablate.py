"""Leave-one-rule-out ablation of the extractor in one process: each rule switched off in a patched copy of
src/tamis/extract, run over the twelve dev sets' even halves, scored against the unpatched copy.

No switch lives in the extractor: each rule below is a list of source edits (file, old text, new text; the old text
must occur exactly once, so that an edit that no longer fits the code fails loudly) and/or Options fields. The
patched package is copied to /tmp/extract_ablate/<n>/tamis_<n>/extract (as bench/extract_ab.py does) and imported
beside the others, so that every rule runs on the same pages held in memory. Even halves only (pages 0 mod 2); the
two folds are pages 0 mod 4 and 2 mod 4. AEB shingle F1 on the eleven full-text sets, snippet F1 on trafeval
(extract_bench's scoring functions). Metadata is not extracted (it never changes the text).

    python bench/extract_ablate.py run                 # baseline, then every rule; bench/work/ablate/<rule>.json
    python bench/extract_ablate.py run legal noscript  # some rules (the baseline is rerun when missing)
    python bench/extract_ablate.py table               # the markdown table of what has been run
    python bench/extract_ablate.py list                # the rules and what they switch off

Proxy ("new pages"): wcxb_test, gtrends, big9, chaos, evan, trafeval; tuned: the six target sets.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import (
    DATASETS,
    ROOT,
    aeb_scores,
    bag_counts,
    pages,
    prf,
    shingles,
    snippet_counts,
    snippets,
)

PROXY = ["wcxb_test", "gtrends", "big9", "chaos", "evan", "trafeval"]
TUNED = list(DATASETS)
SETS = TUNED + PROXY
SNIPPET_SETS = {"trafeval"}
OUT = ROOT / "bench" / "work" / "ablate"
INF = 'float("inf")'

C, S, P, W = "core.py", "select.py", "prune.py", "walk.py"

# name -> (what the rule does, [(file, old, new), ...], Options overrides)
RULES: dict[str, tuple[str, list[tuple[str, str, str]], dict]] = {
    # -- core.py: fallbacks and safety nets, x16c's listing and copy rules, the page-level choices
    "close_title": ("an unclosed <title> is closed at the first tag", [
        (C, "tree = _close_title(html, tree)", "pass")], {}),
    "noscript": ("little prose: <noscript> walked too", [(C, "NOSCRIPT_FALLBACK = 200", "NOSCRIPT_FALLBACK = 0")], {}),
    "link_page": ("little prose: link text counts (and the listing rule)", [
        (C, "LINK_PAGE = 200", "LINK_PAGE = 0")], {}),
    "listing": ("x16c: on a link page, the every-line choice when wider and 2x the text", [
        (C, "LISTING_GAIN = 2.0", f"LISTING_GAIN = {INF}")], {}),
    "repeat_once": ("x16c: a text printed twice (copies >= .35 of the text) given once", [
        (C, "REPEAT_SHARE = 0.35", f"REPEAT_SHARE = {INF}")], {}),
    "description": ("no text: the page's meta description", [(C, "text = _description(tree)", 'text = ""')], {}),
    "legal": ("legal notices count for nothing in the container choice", [
        (C, "legal = [f and _is_legal(b.text) for f, b in", "legal = [False for f, b in")], {}),
    "teasers": ("teaser blurbs count for nothing in the container choice (all forms)", [
        (C, "teasers = teaser_blurbs(walk, flags)", "teasers = [False] * len(walk.blocks)")], {}),
    "leads": ("lead_parts: elements before the container that begin its text (all)", [
        (C, "leads = lead_parts(walk, container, flags, score, dropped)", "leads = []")], {}),
    # -- the judge
    "judge": ("the learned block judge", [], {"judge": False}),
    "judge_keep.70": ("judge_keep .75 -> .70", [], {"judge_keep": 0.70}),
    "judge_keep.80": ("judge_keep .75 -> .80", [], {"judge_keep": 0.80}),
    "judge_reach0": ("judge_reach 1 -> 0 (inside the container only)", [], {"judge_reach": 0}),
    "judge_reach2": ("judge_reach 1 -> 2", [], {"judge_reach": 2}),
    # -- select.py: which blocks are content
    "script": ("a block reading as JavaScript is not content", [
        (S, "if n == 0 or _is_script(b):", "if n == 0:")], {}),
    "linked_prose": ("a sentence-ending <p> up to .65 links with 2x min_chars outside is prose", [
        (S, "return (_linked_paragraph(b)\n", "return (False and _linked_paragraph(b)\n")], {}),
    "wide_size": ("wide characters count x3 toward min_chars", [
        (S, "    if big >= min_chars:\n        return True", "    if False:\n        return True")], {}),
    "short_sentence": ("a short sentence-ending block of >= 4 words is content", [
        (S, "return big >= min_chars // 2 and words(text) >= 4", "return False and big >= min_chars // 2")], {}),
    # -- select.py: widgets
    "wrapper": ("a marked widget around the best paragraphs wraps the content", [
        (S, "protect = inside[top_all] and", "protect = False and inside[top_all] and")], {}),
    "sidebar_wrap": ("a bare sidebar never wraps the content when prose lies outside widgets", [
        (S, "(why != SIDEBAR or s_clean == 0)", "True")], {}),
    "discussion": ("comment-dominated pages keep their comments", [
        (S, "discussion = (s_clean < discussion_chars", "discussion = False and (s_clean < discussion_chars")], {}),
    # -- select.py: teaser columns
    "teaser_pairs": ("linked title + short blurb pairs are teaser blurbs", [
        (S, "groups.setdefault((0, max(parent[j], 0)), []).append(k)", "pass")], {}),
    "read_more": ("'... Read more' summaries are teaser blurbs", [
        (S, "READ_MORE_CHARS = 300", "READ_MORE_CHARS = -1")], {}),
    "teaser_labels": ("linked headings/dt/dd/li are not teaser titles/blurbs", [
        (S, " or b.kind in _LABELS or title.kind in _LABELS", "")], {}),
    "teaser_rest": ("a teaser column around the rest's best paragraphs is the text's", [
        (S, "if not g <= top < walk.end[g]:", "if True:")], {}),
    # -- select.py: the descent
    "anchor_share": ("the lone hentry moves the best paragraphs into it", [
        (S, "_ANCHOR_SHARE = 0.1", f"_ANCHOR_SHARE = {INF}")], {}),
    "article_share": ("the only <article> with >= .5 of the prose moves the best paragraphs into it", [
        (S, "_ARTICLE_SHARE = 0.5", f"_ARTICLE_SHARE = {INF}")], {}),
    "anchor_floor": ("the lone hentry on the path is a descent floor", [
        (S, "anchor = max((i for i in walk.anchors if i in on_path), default=-1)", "anchor = -1")], {}),
    "main_article": ("the only <main>/<article> on the path is a descent floor", [
        (S, "    for tag in _ANCHORS:", "    for tag in ():")], {}),
    "hint": ("a lone content-named child needs .5 instead of .6", [
        (S, "            need = _HINT_DOMINANCE", "            need = dominance")], {}),
    "quotes": ("a blockquote is never the container", [(S, " or tags[child] in _QUOTES", "")], {}),
    "own_share": ("own paragraphs >= .15 stop the descent", [
        (S, "if node > 0 and own.get(node, 0.0) >= _OWN_SHARE * score[node]:", "if False:")], {}),
    "split_figure": ("a figure splitting same-tag siblings stops the descent", [
        (S, "if node > 0 and figures and _split_by_figure(", "if False and _split_by_figure(")], {}),
    "parts": ("sibling <section>s with prose stop the descent", [
        (S, "        if tags[child] in _PARTS:", "        if False:")], {}),
    "parts_after": ("x17g: a section after the child counts as a part only when it reads as prose", [
        (S, "others += sum(score[j] for j in _prose_parts(walk, flags, after))", "others += sum(score[j] for j in after)")], {}),
    # -- select.py: lead_parts
    "lead_siblings": ("lead_parts: a pure-prose element before the branch with enough paragraphs", [
        (S, "keep = {s for s in found if pure(s) and enough(stats[s][2], score[s])}", "keep = set()")], {}),
    "lead_run": ("lead_parts: a run of pure-prose siblings judged as one", [
        (S, "if len(run) > 1 and enough(", "if False and enough(")], {}),
    "standfirst": ("lead_parts: the standfirst inside one <article>", [
        (S, "lede = _standfirst(walk, levels, stats, last_text, score, pure)", "lede = -1")], {}),
    # -- select.py: keep_blocks
    "escaped": ("a block '<...>' (escaped markup) dropped", [
        (S, 'if b.text[0] == "<" and b.text[-1] == ">":', "if False:")], {}),
    "ad_label": ("a lone 'Advertisement' line dropped", [
        (S, "if not good and b.n_chars <= 16 and _AD_LABEL", "if False and _AD_LABEL")], {}),
    "teaser_label": ("a lone teaser label line ('Read more', 'Related') dropped", [
        (S, "if not good and b.n_chars <= 30 and _TEASER_LABEL", "if False and _TEASER_LABEL")], {}),
    "teaser_label_section": ("teaser labels with a section name ('Most Read Business Stories')", [
        (S, 'r"(most|top) (read|popular|viewed|shared|emailed)( [a-z&]+)?( stories| articles| news| posts)?|"',
         'r"(?!x)x|"'),
        (S, 'r"more (stories|news|articles|posts) (from|in|on|about)( [a-z&]+){1,3})', 'r"(?!x)x)')], {}),
    "link_list_heading": ("a heading in a list of nothing but links is no heading", [
        (S, "heading = b.kind in HEADINGS and b.in_list not in link_lists", "heading = b.kind in HEADINGS")], {}),
    "heading_links": ("a heading is kept whatever its links", [
        (S, "keep = good or heading or b.kind", "keep = good or b.kind")], {}),
    "pre_line": ("a <pre> is never a line of links", [(S, 'or b.kind == "pre" or b.link_chars', "or b.link_chars")], {}),
    "prose_lists": ("linky <li> of a list of text kept", [
        (S, 'b.kind == "li" and b.in_list in prose_lists)', "False)")], {}),
    "linked_sentence": ("x15a: a <p> sentence of >= 6 words up to .65 links kept in the container", [
        (S, "_linked_paragraph(b) and words(b.text) >= LINKED_SENTENCE_WORDS",
         "False and words(b.text) >= LINKED_SENTENCE_WORDS")], {}),
    "data_cells": ("linked cells of a data table kept", [
        (S, "(b.row in rows.data and size(b.text) <= DATA_CELL_CHARS)", "False")], {}),
    "row_text": ("short linked cells of a row with a plain cell of >= 10 chars kept", [
        (S, "(b.row in rows.text and size(b.text) <= ROW_LINK_CHARS)", "False")], {}),
    "row_actions": ("a linked text repeated by >= 3 rows is an action (dropped)", [
        (S, "keep = b.text not in rows.actions and (", "keep = (")], {}),
    "list_label": ("the heading before a list of teaser titles dropped with it", [
        (S, "elif label != -1 and b.kind in HEADINGS and b.in_list in link_lists:", "elif False:")], {}),
    "tail_cut": ("short non-list lines after the last prose cut", [
        (S, "return kept[:last + 1] + tail", "return kept")], {}),
    # -- prune.py: class/id words
    "w_gallery": ("class word 'gallery'", [(P, '    "gallery",\n', "")], {}),
    "w_bio": ("class word 'bio'", [(P, '    "bio",\n', "")], {}),
    "w_signature": ("class word 'signature'", [(P, '    "signature",\n', "")], {}),
    "w_noprint": ("class words noprint/no-print/d-print-none/hidden-print", [
        (P, '    "noprint", "no-print", "d-print-none", "hidden-print",\n', "")], {}),
    "w_trending": ("class words trending/most-popular/mostpopular/popular", [
        (P, '"trending", "most-popular", "mostpopular", "popular", ', "")], {}),
    "w_follow_rss": ("class words follow/rss", [(P, ' "follow", "rss",', "")], {}),
    "w_tags_toc": ("class words tags/toc/shoutbox", [(P, ' "tags", "toc", "shoutbox",', "")], {}),
    "content_words": ("a content word in the value protects it from the boiler words", [
        (P, "if _BOILER_RE.search(value) is not None and _CONTENT_WORDS.search(value) is None:",
         "if _BOILER_RE.search(value) is not None:")], {}),
    "tailwind": ("utility classes with ':' or '[' name no widget", [
        (P, 'if "[" in value or ":" in value:', "if False:")], {}),
    "related_prefix": ("'related<word>' glued classes are widgets", [
        (P, "if (BOILER_PREFIX not in value or", "if (True or")], {}),
    "hint_mark": ("content-named class/id marks a hint", [
        (P, "return HINT if _HINT_RE.search(value) is not None else None", "return None")], {}),
    "credit": ("picture-credit classes are widgets", [
        (P, 'if why is None and "credit" in lower and _is_photo_credit(lower):', "if False:")], {}),
    "post_meta": ("post meta / footer classes are widgets despite a content word", [
        (P, 'if why in (None, HINT) and ("footer" in lower', 'if False and ("footer" in lower')], {}),
    "footer_word": ("'<word>-footer' is a widget despite a content word", [
        (P, "|metadata|utility|footer)|([a-z]+[-_])?footer)", "|metadata|utility|footer))")], {}),
    "camel": ("CamelCase ids split into words", [
        (P, "if why is None and i and not i.islower() and _GENERATED.search(i) is None:", "if False:")], {}),
    "sidebar_mark": ("bare 'sidebar' class/id marked SIDEBAR (never a wrapper)", [
        (P, 'if why == "boiler" and "debar" in lower and (', 'if False and (')], {}),
    # -- prune.py: widget rules
    "aside": ("<aside> marked", [(P, '    "aside": "boiler",\n', "")], {}),
    "figure": ("<figure>/<figcaption> marked", [(P, '    "figure": "boiler", "figcaption": "boiler",\n', "")], {}),
    "figure_table": ("a figure holding a table is not marked", [
        (P, 'if why is not None and tag == "figure" and node.css_first("table") is not None:', "if False:")], {}),
    "roles": ("ARIA chrome roles mark chrome", [
        (P, "if role and role.strip().lower() in _CHROME_ROLES:", "if False:")], {}),
    "streamed": ("React streamed <div hidden id=S:n> not hidden", [
        (P, 'if tag == "div" and "hidden" in a and _STREAMED_ID.match(a.get("id") or ""):', "if False:")], {}),
    "display_none": ("style display:none / visibility:hidden hides", [
        (P, "if style and _DISPLAY_NONE.search(style) is not None:", "if False:")], {}),
    "accordion": ("an accordion/faq panel is not hidden", [
        (P, '            if accordion:\n                if why == "hidden":',
         '            if accordion:\n                if False:')], {}),
    "hidden_class": ("hiding classes (hidden, d-none ...) hide", [
        (P, "elif hid and _hidden_by_class(tag, c):", "elif False:")], {}),
    "sponsored": ("boxes of rel=sponsored links are widgets", [
        (P, "if len(links) >= _SPONSORED_LINKS:", "if False:")], {}),
    "card": ("hover cards (picture + >= 2 links in phrasing elements in a <p>) skipped", [
        (P, "self.cards = _hover_cards(pictures)", "self.cards = set()")], {}),
    "embedded": ("embedded tweets/instagram posts un-mark their boxes", [
        (P, "        for node in body.css(EMBEDDED_POSTS):", "        for node in ():")], {}),
    "anchor": ("a lone .hentry/.h-entry is the page's anchor", [
        (P, "            if len(anchors) == 1:", "            if False:")], {}),
    # -- walk.py
    "custom": ("custom element names read as class names", [
        (W, 'if why is None and tag and "-" in tag:', "if False:")], {}),
    "annotation": ("MathML <annotation> skipped", [(W, '"annotation", "annotation-xml", ', "")], {}),
    "ruby": ("ruby <rt>/<rp> skipped", [(W, '"canvas", "rt", "rp",', '"canvas",')], {}),
    "math_tokens": ("MathML tokens set apart", [(W, "elif tag in MATH_TOKENS:", "elif False:")], {}),
    "apart": ("glued inline elements set apart (capital/digit after a word)", [
        (W, "                if glued == k:\n", "                if False:\n")], {}),
}


def load(n: int, edits: list[tuple[str, str, str]]):
    """A copy of the working tree's extract package with the edits made, imported as tamis_a<n>.extract; its core."""
    name = f"tamis_a{n}"
    root = Path(f"/tmp/extract_ablate/{n}")
    if root.exists():
        shutil.rmtree(root)
    pkg = root / name / "extract"
    pkg.mkdir(parents=True)
    (root / name / "__init__.py").write_text("")
    src = ROOT / "src" / "tamis" / "extract"
    texts = {f.name: f.read_text() for f in src.iterdir() if f.suffix == ".py"}
    for file, old, new in edits:
        k = texts[file].count(old)
        if k != 1:
            raise SystemExit(f"edit of {file} does not fit the code ({k} matches): {old!r}")
        texts[file] = texts[file].replace(old, new)
    for fname, text in texts.items():
        (pkg / fname).write_text(text.replace("tamis.extract", f"{name}.extract"))
    shutil.copy(src / "judge.npz", pkg / "judge.npz")
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    return importlib.import_module(f"{name}.extract.core")


def dev_pages() -> dict[str, list[tuple[str, str, object]]]:
    """Every dev set's even half in memory: (id, html, gold), gold a shingle bag, or (with, without) snippets."""
    out = {}
    for s in SETS:
        if s in SNIPPET_SETS:
            snip = {pid: (w, wo) for pid, w, wo in snippets(s, 2, 0)}
            out[s] = [(pid, h, snip.get(pid)) for pid, h, _ in pages(s, 2, 0)]
        else:
            out[s] = [(pid, h, shingles(t) if t else None) for pid, h, t in pages(s, 2, 0)]
    return out


def figures(rows: dict[str, list], snippet: bool) -> dict[str, float]:
    """A set's F1 over all its even pages and over the two folds (even-half index 0 / 1 mod 2)."""
    res = {}
    for key, sel in (("f1", None), ("fold0", 0), ("fold1", 1)):
        got = [r for k, r in enumerate(rows) if r is not None and (sel is None or k % 2 == sel)]
        if snippet:
            tp = sum(r[0] for r in got)
            fp = sum(r[1] for r in got)
            fn = sum(r[2] for r in got)
            res[key] = prf(tp, fp, fn)[2]
        else:
            res[key] = aeb_scores(got)[2]
    return res


def run_rule(n: int, rule: str, data: dict, base: dict | None) -> dict:
    """Extract every dev page with the rule off (rule '' = the unpatched copy); scores, changed pages, CPU time."""
    if rule:
        _, edits, over = RULES[rule]
    else:
        edits, over = [], {}
    core = load(n, edits)
    opts = core.Options(metadata=False, time_budget_s=1e9, **over)
    core.extract_html(data[SETS[0]][0][1], opts)  # (numpy's import, off the clock)
    res: dict = {"rule": rule, "sets": {}, "texts": {}}
    cpu = 0.0
    for s in SETS:
        rows, texts, changed = [], [], []
        for k, (pid, html, gold) in enumerate(data[s]):
            t0 = time.process_time()
            text = core.extract_html(html, opts).text
            cpu += time.process_time() - t0
            texts.append(text)
            if base is not None and base["texts"][s][k] == text:
                rows.append(base["rows"][s][k])
                continue
            if base is not None:
                changed.append(pid)
            if gold is None:
                rows.append(None)
            elif s in SNIPPET_SETS:
                rows.append(snippet_counts(text, *gold)[:3])
            else:
                rows.append(bag_counts(shingles(text), gold))
        res["sets"][s] = {**figures(rows, s in SNIPPET_SETS), "changed": changed}
        res["texts"][s] = texts
        res.setdefault("rows", {})[s] = rows
    res["cpu_s"] = cpu
    for m in [m for m in sys.modules if m.startswith(f"tamis_a{n}")]:
        del sys.modules[m]
    return res


def save(res: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    name = res["rule"] or "_baseline"
    slim = {k: v for k, v in res.items() if k not in ("texts", "rows")}
    (OUT / f"{name}.json").write_text(json.dumps(slim, indent=1))


def cmd_run(rules: list[str]) -> None:
    for r in rules:
        if r not in RULES:
            raise SystemExit(f"unknown rule {r}")
    t0 = time.time()
    data = dev_pages()
    print(f"# pages loaded: {sum(len(v) for v in data.values())} in {time.time() - t0:.0f}s", flush=True)
    base = run_rule(0, "", data, None)
    save(base)
    print(f"baseline: cpu {base['cpu_s']:.1f}s " + " ".join(f"{s} {v['f1']:.4f}" for s, v in base["sets"].items()),
          flush=True)
    for n, r in enumerate(rules or list(RULES), 1):
        res = run_rule(n, r, data, base)
        save(res)
        d = {s: res["sets"][s]["f1"] - base["sets"][s]["f1"] for s in SETS}
        ch = sum(len(v["changed"]) for v in res["sets"].values())
        print(f"{r:22s} cpu {res['cpu_s']:6.1f}s changed {ch:4d}  proxy {mean(d, PROXY):+.5f} tuned "
              f"{mean(d, TUNED):+.5f}  " + " ".join(f"{s} {x:+.4f}" for s, x in d.items() if abs(x) >= 0.00005),
              flush=True)


def mean(d: dict[str, float], sets: list[str]) -> float:
    return sum(d[s] for s in sets) / len(sets)


SHORT = {"readability": "read", "l3s_gn1": "l3s", "cleaneval": "clean", "dragnet": "drag", "wcxb_dev": "wdev",
         "wcxb_test": "wtest", "gtrends": "gtr", "trafeval": "traf(sF1)"}


def cmd_table() -> None:
    base = json.loads((OUT / "_baseline.json").read_text())
    b = base["sets"]
    print("Baseline (even halves, all rules on): " + ", ".join(f"{s} {b[s]['f1']:.4f}" for s in SETS)
          + f"; CPU {base['cpu_s']:.1f} s\n")
    print("| rule | what it does | " + " | ".join(SHORT.get(s, s) for s in SETS)
          + " | tuned | proxy | all | all f0/f1 | pages | flag |")
    print("|---" * (len(SETS) + 8) + "|")
    for r, (what, _, _) in RULES.items():
        p = OUT / f"{r}.json"
        if not p.exists():
            continue
        res = json.loads(p.read_text())
        x = res["sets"]
        d = {s: x[s]["f1"] - b[s]["f1"] for s in SETS}
        f0 = mean({s: x[s]["fold0"] - b[s]["fold0"] for s in SETS}, SETS)
        f1 = mean({s: x[s]["fold1"] - b[s]["fold1"] for s in SETS}, SETS)
        ch = sum(len(v["changed"]) for v in x.values())
        cells = " | ".join("0" if abs(d[s]) < 0.00005 else f"{d[s]:+.4f}" for s in SETS)
        what = re.sub(r"(<[^>]*>)", r"`\1`", what)  # (tags shown as code, not read as markup)
        print(f"| `{r}` | {what} | {cells} | {mean(d, TUNED):+.5f} | {mean(d, PROXY):+.5f} | {mean(d, SETS):+.5f} "
              f"| {f0:+.5f}/{f1:+.5f} | {ch} | {flag(r, d, f0, f1, ch)} |")
    print("\nPer set and fold (pages 0 mod 4 / 2 mod 4), rule off minus on, the sets that moved:\n")
    for r in RULES:
        p = OUT / f"{r}.json"
        if not p.exists():
            continue
        x = json.loads(p.read_text())["sets"]
        moved = [f"{SHORT.get(s, s)} {x[s]['fold0'] - b[s]['fold0']:+.4f}/{x[s]['fold1'] - b[s]['fold1']:+.4f}"
                 for s in SETS if x[s]["changed"]]
        print(f"- `{r}`: " + (", ".join(moved) if moved else "no page changed"))
    print("\nDeltas are rule OFF minus ON (a negative figure: the rule helps). Flags: `confirmed` the rule helps the"
          " proxy (proxy mean of the off run < -.00005); `REMOVE?` off: mean of all twelve not down, no set down by"
          " more than .001, both folds not down (the removal bar); `candidate` off: no proxy set down and at most one"
          " tuned set down; `setting` an Options value, not a rule (the judge's thresholds); `inert` no page"
          " changed. `all f0/f1`: the mean over the twelve sets of each fold's change (pages 0 / 2 mod 4).")


def flag(rule: str, d: dict[str, float], f0: float, f1: float, changed: int) -> str:
    if not changed:
        return "inert"
    if not RULES[rule][1]:
        return "setting"  # (an Options change, not a rule switched off)
    if mean(d, SETS) >= 0 and min(d.values()) >= -0.001 and f0 >= 0 and f1 >= 0:
        return "REMOVE?"
    if mean(d, PROXY) < -0.00005:
        return "confirmed"
    if all(d[s] >= -0.00005 for s in PROXY) and sum(d[s] < -0.00005 for s in TUNED) <= 1:
        return "candidate"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["run", "table", "list"])
    ap.add_argument("rules", nargs="*")
    a = ap.parse_args()
    if a.mode == "run":
        cmd_run(a.rules)
    elif a.mode == "table":
        cmd_table()
    else:
        src = ROOT / "src" / "tamis" / "extract"
        for r, (what, edits, over) in RULES.items():
            fits = all((src / f).read_text().count(old) == 1 for f, old, _ in edits)
            print(f"{r:22s} {what}  [{len(edits)} edits{', ' + str(over) if over else ''}]"
                  f"{'' if fits else '  EDIT DOES NOT FIT'}")


if __name__ == "__main__":
    main()
