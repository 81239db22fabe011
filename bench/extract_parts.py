"""Helper x17g: the pages the `parts` descent stop changes (sibling <section>s with prose), with the structure of
the sections where the stop fired and each page's score with the stop and without it. Even halves only.

    python bench/extract_parts.py [rule ...]   # rules: extract_ablate RULES entries to compare with (default parts)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_ablate import RULES, SETS, SNIPPET_SETS, S, dev_pages, load
from extract_bench import bag_counts, prf, shingles, snippet_counts

HOOK = ("            if others > 0 and others >= _PART_SHARE * score[node]:\n                break",
        "            if others > 0 and others >= _PART_SHARE * score[node]:\n"
        "                PLOG.append((walk, flags, score, node, child))\n                break")


def features(mod, walk, flags, score, node, child) -> dict:
    """The sibling sections where the stop fired: each one's prose, headings, link share, sentence share."""
    sel = mod
    ends_sentence = sys.modules[mod.__name__.rsplit('.', 1)[0] + '.scripts'].ends_sentence
    kids = [j for j in sel._children(walk, node) if walk.tags[j] == walk.tags[child] and score[j] > 0]
    secs = []
    for j in kids:
        lo, hi = j, walk.end[j]
        n = chars = links = heads = sent = good = 0
        for b, f in zip(walk.blocks, flags):
            if lo <= b.owner < hi and b.n_chars:
                n += 1
                chars += b.n_chars
                links += b.link_chars
                heads += b.kind in ("h1", "h2", "h3", "h4", "h5", "h6")
                good += f
                sent += f and ends_sentence(b.text)
        secs.append(dict(j=j, child=j == child, score=score[j], n=n, chars=chars, link=links / max(chars, 1),
                         heads=heads, good=good, sent=sent))
    return dict(node_score=score[node], child_share=score[child] / score[node], secs=secs,
                all_secs=sum(1 for j in sel._children(walk, node) if walk.tags[j] == walk.tags[child]))


def page_f1(text, gold, snippet):
    if gold is None:
        return None
    if snippet:
        tp, fp, fn, _ = snippet_counts(text, *gold)
        return (tp, fp, fn)
    return prf(*bag_counts(shingles(text), gold))[2]


def main() -> None:
    rules = sys.argv[1:] or ["parts"]
    data = dev_pages()
    base = load(0, [(S, *HOOK)])
    sel = sys.modules["tamis_a0.extract.select"]
    sel.PLOG = []
    opts = base.Options(metadata=False, time_budget_s=1e9)
    others = []
    for n, r in enumerate(rules, 1):
        _, edits, over = RULES[r]
        others.append((r, load(n, edits), base.Options(metadata=False, time_budget_s=1e9, **over)))
    for s in SETS:
        for k, (pid, html, gold) in enumerate(data[s]):
            sel.PLOG.clear()
            t0 = base.extract_html(html, opts).text
            fired = list(sel.PLOG)
            for r, core, o in others:
                t1 = core.extract_html(html, o).text
                if t1 == t0:
                    continue
                a, b = page_f1(t0, gold, s in SNIPPET_SETS), page_f1(t1, gold, s in SNIPPET_SETS)
                print(f"## {s} {pid} fold{k % 2} [{r}] with {a} without {b}"
                      f" chars {len(t0)} -> {len(t1)}")
                for f in fired:
                    ft = features(sel, *f)
                    print(f"  node_score {ft['node_score']:.0f} child_share {ft['child_share']:.2f} "
                          f"sections {len(ft['secs'])}/{ft['all_secs']}")
                    for x in ft["secs"]:
                        print("   ", " ".join(f"{key}={v:.2f}" if isinstance(v, float) else f"{key}={v}"
                                             for key, v in x.items()))


if __name__ == "__main__":
    main()
