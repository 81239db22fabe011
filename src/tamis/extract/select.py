"""Chooses the main content from the walked blocks: text density, link density, DOM structure.

1. Each block is classed: a *content* block has enough text and little of it inside links.
2. Every element gets the content characters of its subtree (weighted by 1 - link density).
3. From <body>, descend into the child that holds most of the content while it holds at least
   `dominance` of its parent's: the lowest element that still holds the bulk of the text.
4. Inside that container, keep all blocks except link lists and link-dominated lines; short
   blocks are kept when they sit between content blocks (a heading, a caption, a date line).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tamis.extract.prune import SIDEBAR
from tamis.extract.scripts import SENTENCE_END, ends_sentence, size, words
from tamis.extract.walk import HEADINGS, Block, Walk


@dataclass(slots=True)
class Choice:
    """The rules' decision on a walked page (what the learned judge corrects)."""

    walk: Walk
    blocks: list[Block]       # the walked blocks the decision is about (walk.blocks at the time)
    flags: list[bool]         # content blocks (widgets' blocks off)
    score: list[float]        # prose characters per element
    dropped: list[bool]       # per element: inside a dropped widget
    container: int
    kept: list[Block]         # the blocks the rules keep
    span: tuple[int, int, list[bool]] | None = None  # (the judge's cache: see judge.span)


# A paragraph ending like a sentence with this many times `min_chars` outside its links is prose up to
# this link density (even half: every set up, 24 pages up and 1 down; 0.6 / 0.7: mean +.00027 / +.00026
# against +.00032; 0.7 takes in The Hill's hover cards of links inside a sentence, aeb down).
_LINKED_PROSE = 2
_LINKED_PROSE_DENSITY = 0.65


# Script text shown as page text (a script left open, a document.write's markup strings): it is no prose,
# and beside a short article it would make its element the best paragraphs. A block with at least 2 (and one per
# 300 characters) of these is script. Even half: l3s_gn1 +.0013 (one page, +.42), no other page moved (the
# test of round 8's `extract_probe.py rule script-text`, there on kept blocks only).
_SCRIPT = re.compile(r"document\.(write|getElementById|cookie)|function\s*\(|\bvar\s+\w+\s*=|window\.\w+\s*=|\)\s*\{")
_SCRIPT_CHARS = 300


def _is_script(b: Block) -> bool:
    """Whether a block reads as JavaScript (substring tests first: prose has no "=" or "{" with a "(")."""
    text = b.text
    if b.kind == "pre" or "(" not in text or ("=" not in text and "{" not in text):
        return False
    return len(_SCRIPT.findall(text)) >= max(2, b.n_chars / _SCRIPT_CHARS)


def is_content(b: Block, min_chars: int, max_link_density: float) -> bool:
    """A block of real prose: long enough, few of its characters in links, not script."""
    n = b.n_chars
    # (`_is_script`'s first test here: most blocks have no bracket, and are spared the call)
    if n == 0 or ("(" in b.text and _is_script(b)):
        return False
    # (lengths in Latin characters, words in any script: `scripts`)
    if b.link_chars > max_link_density * n:
        # A paragraph that says a sentence or two of its own between its links is prose that links much
        # (a deals post, a list of sources in a sentence), not a line of links.
        return (_linked_paragraph(b)
                and size(b.text, n - b.link_chars) >= _LINKED_PROSE * min_chars and bool(SENTENCE_END.search(b.text)))
    if n >= min_chars:
        return True
    text = b.text
    big = size(text)
    if big >= min_chars:
        return True
    # A short block is prose when it ends like a sentence and has several words.
    return big >= min_chars // 2 and words(text) >= 4 and bool(SENTENCE_END.search(text))


def _linked_paragraph(b: Block) -> bool:
    """A paragraph with at most `_LINKED_PROSE_DENSITY` of its characters in links: prose that links much when it
    also says enough of its own (`is_content`) or is a sentence inside the container (`keep_blocks`)."""
    return b.kind == "p" and b.link_chars <= _LINKED_PROSE_DENSITY * b.n_chars


def prose_scores(walk: Walk, flags: list[bool]) -> list[float]:
    """Prose characters (outside links) of the content blocks in each element's subtree."""
    score = [0.0] * len(walk.tags)
    parent = walk.parent
    for b, good in zip(walk.blocks, flags):
        if not good:
            continue
        w = b.n_chars - b.link_chars
        i = b.owner
        while i >= 0:
            score[i] += w
            i = parent[i]
    return score


def drop_marked(walk: Walk, flags: list[bool], score: list[float], max_share: float,
                comment_share: float, wrapper_ratio: float, discussion_chars: float) -> list[bool]:
    """Per element: inside a marked widget, unless the widget is really a wrapper of the content.

    The best paragraph container is found twice, over all blocks and over the blocks outside
    marked elements. The marked elements around the first are kept only when it beats the second
    by `wrapper_ratio` and they hold more than `max_share` of the prose (`comment_share` for
    comment sections, which hold real prose of their own): a "share_wrapper" around the article.
    When comment sections hold most of the prose and the best container outside them holds less
    than `discussion_chars`, the page is a discussion (a forum thread): its comments are kept.
    """
    n = len(walk.tags)
    end = walk.end
    inside = [False] * n
    for idx, _ in walk.marked:
        if not inside[idx]:
            inside[idx:end[idx]] = [True] * (end[idx] - idx)
    top_all, s_all = best_paragraphs(walk, flags)
    clean = [f and not inside[b.owner] for f, b in zip(flags, walk.blocks)]
    _, s_clean = best_paragraphs(walk, clean)
    protect = inside[top_all] and s_all >= wrapper_ratio * s_clean
    # A page whose best prose sits in a comment section is a discussion: its comments are the content.
    total = score[0] if score else 0.0
    in_comments = [False] * n
    for idx, why in walk.marked:
        if why == "comment" and not in_comments[idx]:
            in_comments[idx:end[idx]] = [True] * (end[idx] - idx)
    comment_prose = sum(score[i] for i, why in walk.marked if why == "comment" and
                        (walk.parent[i] < 0 or not in_comments[walk.parent[i]]))
    discussion = (s_clean < discussion_chars and comment_prose > 0.5 * total
                  and _in_latin(walk, clean, s_clean) < discussion_chars)
    dropped = [False] * n
    for idx, why in walk.marked:
        if dropped[idx] or why == "comment_keep" or (discussion and why == "comment"):
            continue
        share = comment_share if why == "comment" else max_share
        # A page's sidebar wraps no text when the page has prose outside its widgets: its post is short (a
        # photo post, a deals note) and the sidebar's "about" box or disclaimer is longer. Even half:
        # dragnet +.0025 (two pages, .0 -> .81 and .91), no other page moved.
        wraps = (protect and (why != SIDEBAR or s_clean == 0) and idx <= top_all < end[idx]
                 and score[idx] > share * total)
        if not wraps:
            dropped[idx:end[idx]] = [True] * (end[idx] - idx)
    return dropped


def _in_latin(walk: Walk, flags: list[bool], prose: float) -> float:
    """A page's amount of prose (`prose` characters of its content blocks) in Latin characters (`scripts.size`):
    scaled by the share of wide characters in its content blocks (Chinese, Japanese: about 3)."""
    chars = big = 0
    for b, good in zip(walk.blocks, flags):
        if good:
            chars += b.n_chars
            big += size(b.text)
    return prose * big / chars if chars else prose


# Blocks whose element is a paragraph-like leaf credit the element that holds them (Readability).
_LEAF = frozenset({"p", "pre", "td", "th", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5",
                   "h6", "figcaption", "caption", "address", "span", "label", "summary", "legend"})


def best_paragraphs(walk: Walk, flags: list[bool]) -> tuple[int, float]:
    """The element whose own paragraphs hold the most prose, and its score ((0, 0) when none).

    Each content block credits the element holding it fully and the next one up by half, as in
    Readability: teasers spread over many small containers lose to an article's paragraphs.
    """
    parent = walk.parent
    tags = walk.tags
    direct: dict[int, float] = {}
    for b, good in zip(walk.blocks, flags):
        if not good:
            continue
        w = b.n_chars - b.link_chars
        o = b.owner
        if tags[o] in _LEAF and o > 0:
            o = parent[o]
        direct[o] = direct.get(o, 0.0) + w
        p = parent[o]
        if p >= 0:
            direct[p] = direct.get(p, 0.0) + w / 2
    if not direct:
        return 0, 0.0
    top = max(direct, key=direct.__getitem__)
    return top, direct[top]


# A teaser: a line of links (a story's title) and right after it a short paragraph of prose (its blurb),
# close in the tree (`TEASER_LEVELS` elements up). `TEASER_PAIRS` of them in one element are a teaser
# column beside the article, whose blurbs would keep the descent above it. Even half: l3s_gn1 +.0038
# (three pages, +.23 to +.49), no other page moved; the same at 2-4 pairs, 0.3-0.8 link share and 2-3
# levels; blurbs up to 300 / 1000 characters: cleaneval -.0003 / -.0007.
TEASER_BLURB_CHARS = 200
TEASER_TITLE_LINKS = 0.5
TEASER_LEVELS = 2
TEASER_PAIRS = 3
# A summary that ends with a link to its story ("Read more…"), at most this long, is a teaser's blurb too
# (`TEASER_PAIRS` of them under one element, `TEASER_LEVELS` up). Even half: cleaneval +.0010, dragnet +.0006
# (two pages, +.37 and +.44), no other page moved; the same from 250 to 600 characters and 2 to 4 of them;
# 1000: cleaneval one page down.
READ_MORE_CHARS = 300
_READ_MORE = re.compile(r"(?i)(read more|continue reading|read (the )?full (story|article)|full story)\W*$")
# A linked heading, term or list item labels a part of the text (a product's feature cards, an API's
# members, a list's entries): its paragraph is the page's (wcxb_dev: three pages down without this).
_LABELS = frozenset({"dt", "dd", "li", *HEADINGS})


def _up(parent: list[int], i: int, levels: int) -> list[int]:
    """Element i and the `levels` elements above it (the body, 0, repeats at the top)."""
    out = [i]
    for _ in range(levels):
        i = max(parent[i], 0)
        out.append(i)
    return out


def teaser_blurbs(walk: Walk, flags: list[bool]) -> list[bool]:
    """Per block: the blurb of a teaser in a column of at least `TEASER_PAIRS` of them (after a linked title, or
    ending with a "read more" link)."""
    blocks, parent = walk.blocks, walk.parent
    groups: dict[tuple[int, int], list[int]] = {}  # (form, element) -> its blurbs
    for k in range(1, len(blocks)):
        b, title = blocks[k], blocks[k - 1]
        if (not flags[k] or flags[k - 1] or b.kind in _LABELS or title.kind in _LABELS
                or title.link_chars < TEASER_TITLE_LINKS * title.n_chars or size(b.text) > TEASER_BLURB_CHARS):
            continue
        above = _up(parent, title.owner, TEASER_LEVELS)
        for j in _up(parent, b.owner, TEASER_LEVELS):
            if j in above:
                groups.setdefault((0, max(parent[j], 0)), []).append(k)
                break
    # The other form: the summary ends with its own link to the story ("… Read more", "Continue reading").
    for k, b in enumerate(blocks):
        # (the words fit in the last 40 characters; the characters are tested before the Latin size, which is never
        # less)
        if (flags[k] and b.link_chars and b.n_chars <= READ_MORE_CHARS and _READ_MORE.search(b.text[-40:]) is not None
                and size(b.text) <= READ_MORE_CHARS):
            # (counted at each element up to `TEASER_LEVELS` up, so that the column's own element can qualify)
            for j in _up(parent, b.owner, TEASER_LEVELS)[1:]:
                groups.setdefault((1, j), []).append(k)
    columns = [(g, ks) for (_, g), ks in groups.items() if len(ks) >= TEASER_PAIRS]
    out = [False] * len(blocks)
    if not columns:
        return out
    # A column of teasers is a box beside the text, not around it: where the best paragraphs of the rest lie
    # inside the column's element, the links with a line each are the text's own (a listicle, a roundup).
    rest = list(flags)
    for _, ks in columns:
        for k in ks:
            rest[k] = False
    top, _ = best_paragraphs(walk, rest)
    for g, ks in columns:
        if not g <= top < walk.end[g]:
            for k in ks:
                out[k] = True
    return out


def _only(tags: list[str], tag: str) -> int:
    """The number of the page's one element of `tag`; -1 when it has none or several. (`list.count` and `index`
    run in C: a Python loop over every element cost about 1% of the extraction.)"""
    return tags.index(tag) if tags.count(tag) == 1 else -1


def choose_container(walk: Walk, flags: list[bool], score: list[float], dominance: float,
                     trace: dict | None = None) -> int:
    """Number of the element that holds the main content (0: the whole body).

    From the body, descend towards the best paragraph container (Readability's candidate) while
    the child on that path holds at least `dominance` of its parent's prose: the lowest element
    that still holds the bulk of the text around the best paragraphs.

    With `trace` (a dict, for the bench's tools) the decision's reasons are put in it: `top` (the best paragraphs'
    element), `anchor` (-1: none), `need` (element -> the share of its parent's prose the descent needed to enter
    it; forced steps have none), `node` (where the descent ended), `stop` (why it stopped above `top`: dom, quote,
    segment, own, figure, parts; '' when it reached it), `child` (the child it stopped at, or -1) and `child_need` (the
    share that child needed), `parts` (the sibling parts' prose that stopped it), `own` (the node's own prose) and
    `close` (whether the close call gave the node's parent, `CLOSE_MARGIN`)."""
    if score[0] <= 0:
        return 0
    top, _ = best_paragraphs(walk, flags)
    art = _only(walk.tags, "article")
    shares = [(a, _ANCHOR_SHARE) for a in walk.anchors] + ([(art, _ARTICLE_SHARE)] if art >= 0 else [])
    for a, share in shares:
        # The page's one post (hAtom `hentry`) holds the content even when a sidebar has longer
        # paragraphs (an author profile, teasers), unless it holds almost none of the page's prose.
        # So does the page's only <article> when it holds most of the prose: the best paragraphs outside
        # it are a box of sources or a review note below it. Even half: wcxb_dev +.0002 (one page,
        # +.145); it fires on no other page of the half.
        end = walk.end[a]
        if not a <= top < end and score[a] >= share * score[0]:
            top, _ = best_paragraphs(walk, [f and a <= b.owner < end for f, b in zip(flags, walk.blocks)])
            break
    parent = walk.parent
    path = []
    i = top
    while i > 0:
        path.append(i)
        i = parent[i]
    tags = walk.tags
    # The page's only <main>, <article> or hentry on the path is the author's own word for where the
    # content lies: the descent goes at least that far, whatever teaser lists sit beside it.
    on_path = set(path)
    anchor = max((i for i in walk.anchors if i in on_path), default=-1)
    for tag in _ANCHORS:
        i = _only(tags, tag)
        if i >= 0 and i in on_path:
            anchor = max(anchor, i)
    own = _own_prose(walk, flags)
    hinted = set(walk.hints)
    figures = {i for i, _ in walk.marked if tags[i] == "figure"}
    node = 0
    entered = False  # whether the descent entered `node` by its share of the parent's prose (not forced, not named)
    stop, others = "", 0.0
    needs: dict[int, float] | None = {} if trace is not None else None
    for child in reversed(path):
        if child <= anchor:
            node = child
            continue
        # A quotation is part of the text that quotes it: never the container on its own.
        named = child in hinted and not any(j in hinted and score[j] > 0 for j in _children(walk, node) if j != child)
        # Several named siblings are parts of one text (or columns), not the one content element.
        need = _HINT_DOMINANCE if named else dominance
        if score[child] < need * score[node] or tags[child] in _QUOTES:
            stop = "dom" if score[child] < need * score[node] else "quote"
            break
        if anchor > 0 and node >= anchor and _segment_after(walk, flags, node, child):
            stop = "segment"
            break
        # Paragraphs of the node's own beside the child: the child continues the text ("read more").
        if node > 0 and own.get(node, 0.0) >= _OWN_SHARE * score[node]:
            stop = "own"
            break
        # A text cut by a picture set across the column (Medium's sections): the child, a figure, and
        # after it a sibling of the child's tag with prose of its own are parts of one text. Even half:
        # readability +.0011, dragnet +.0001, wcxb_dev +.0001, no set down; looking before the child
        # too: aeb -.0007 (a title and byline above the lead picture).
        if node > 0 and figures and _split_by_figure(walk, node, child, score, figures):
            stop = "figure"
            break
        # An article cut into <section>s: when sibling sections hold prose too, the parent is kept. A section
        # after the child counts only when it reads as prose (`_prose_parts`): after the
        # article come its boxes of related links, teasers and labels, cut into sections too.
        if tags[child] in _PARTS:
            kids = [j for j in _children(walk, node) if j != child and tags[j] == tags[child] and score[j] > 0]
            others = sum(score[j] for j in kids if j < child)
            after = [j for j in kids if j > child]
            if after and others < _PART_SHARE * score[node]:
                others += sum(score[j] for j in _prose_parts(walk, flags, after))
            if others > 0 and others >= _PART_SHARE * score[node]:
                stop = "parts"
                break
        node, entered = child, not named
        if needs is not None:
            needs[child] = need
    close = (entered and score[node] < (dominance + CLOSE_MARGIN) * score[parent[node]]
             and _prose_after(walk, flags, node))
    if trace is not None:
        trace.update(top=top, anchor=anchor, need=needs, node=node, stop=stop, child=child if stop else -1,
                     child_need=need if stop else 0.0, parts=others if stop == "parts" else 0.0,
                     own=own.get(node, 0.0), close=close)
    return parent[node] if close else node


# A close call (helper x17e, bench/extract_margins.py): the descent entered the container with under `dominance` +
# `CLOSE_MARGIN` of its parent's prose, and the parent's blocks after it read as the text going on: `AFTER_CHARS`
# characters or more, at most `AFTER_LINKS` of them in links, at least `AFTER_SENTENCES` of the blocks content that
# ends like a sentence. There the parent is the container (the rest of the article, a FAQ's further answers; a box
# beside the text is link lines, labels and captions). Even halves: cleaneval +.0004, dragnet +.0002, gtrends
# +.0015 (3 pages up by +.14 to +.19), wcxb_dev one page up and one down (two copies of one page whose golds differ),
# no other set moved (trafeval: one page changed, no snippet); both page folds up. Looking before the container too
# (a lead beside it): readability +.0012, big9 +.0013 as well, but the parent brings the title and byline above the
# text that `lead_parts` leaves out (gold on big9, not on aeb, readability or wcxb); a named child (`_HINT_DOMINANCE`)
# is the markup's word for the content and is kept. `extract_margins.py sweep --which up --after` (the parent's
# score on every page): margin 0.1 / 0.15 take only 2 / 4 of the pages; 0.3: l3s_gn1 -.0003; no sentence share, or no
# character floor: wcxb_test, l3s_gn1 down; link shares 0.2 to 1 the same pages.
CLOSE_MARGIN = 0.2
AFTER_SENTENCES = 0.3
AFTER_CHARS = 300
AFTER_LINKS = 0.2


def _prose_after(walk: Walk, flags: list[bool], node: int) -> bool:
    """Whether the blocks of node's parent after node read as prose (see `CLOSE_MARGIN`)."""
    chars, links, n, _, sentences = _prose_stats(walk, flags, [(walk.end[node], walk.end[walk.parent[node]])])[0]
    return chars >= AFTER_CHARS and links <= AFTER_LINKS * chars and sentences >= AFTER_SENTENCES * n


def _prose_stats(walk: Walk, flags: list[bool], ranges: list[tuple[int, int]]) -> list[list[int]]:
    """For each (lo, hi) range of nodes (in document order, none overlapping) the blocks owned in it, in one pass:
    characters, link characters, blocks with text, content blocks (`flags`), content blocks that end like a
    sentence."""
    stats = [[0, 0, 0, 0, 0] for _ in ranges]
    lo, hi = ranges[0][0], ranges[-1][1]
    at = 0
    for b, f in zip(walk.blocks, flags):
        o = b.owner
        if o < lo or not b.n_chars:
            continue
        if o >= hi:
            break
        while o >= ranges[at][1]:
            at += 1
        if o < ranges[at][0]:
            continue
        st = stats[at]
        st[0] += b.n_chars
        st[1] += b.link_chars
        st[2] += 1
        if f:
            st[3] += 1
            st[4] += ends_sentence(b.text)
    return stats


def _split_by_figure(walk: Walk, node: int, child: int, score: list[float], figures: set[int]) -> bool:
    """Whether the text goes on after `child`: past `figures` only (the page's marked <figure>s), a
    sibling of its tag with prose of its own."""
    kids = _children(walk, node)
    at = kids.index(child)
    tags, end = walk.tags, walk.end
    j = at + 1
    while j < len(kids) and score[kids[j]] == 0 and any(kids[j] <= f < end[kids[j]] for f in figures):
        j += 1
    return at + 1 < j < len(kids) and tags[kids[j]] == tags[child] and score[kids[j]] > 0


_ANCHORS = ("main", "article")
# A child whose class/id names content ("content", "article-body", "story"), the only one among its
# siblings, is entered when it holds this share of its parent's prose (Readability weighs such names;
# even half: 0.4 / 0.5 gave .9160 / .9162 against .9159; any such child, not only one: .9161, aeb -.0023).
_HINT_DOMINANCE = 0.5
# A named post (hentry) holding under this share of the page's prose names no content (even half:
# 0.05 / 0.1 / 0.2 gave .9159 / .9159 / .9156; 0: .9156, the post of a listing page won).
_ANCHOR_SHARE = 0.1
# The page's only <article> outside the best paragraphs holding this share of the page's prose holds the
# content (its author's word for it, as a main's; a lone <article> holding less is often a teaser card).
_ARTICLE_SHARE = 0.5
_QUOTES = frozenset({"blockquote"})
_PARTS = frozenset({"section"})
# Sibling sections holding this share of the parent's prose are parts of one text (measured 0.1-0.2).
_PART_SHARE = 0.1
# A sibling section after the child is a part of the text when at most this share of its characters are links
# and at least this share of its content blocks end like a sentence (helper x17g: where the stop was wrong, the
# sections after the child were link boxes, teasers under headings or label lists). Even halves: wcxb_test +.0005,
# chaos +.0019, trafeval snippet F1 +.0003, no set down, both folds up; links 0.1 / 0.15 / 0.3 and sentences 0.7
# moved single pages either way (bench/RESULTS.md, helper x17g). Sections before the child are the text's beginning.
_PART_LINKS = 0.2
_PART_SENTENCES = 0.5


def _prose_parts(walk: Walk, flags: list[bool], sections: list[int]) -> list[int]:
    """The sibling `sections` (in document order) whose blocks read as prose (see `_PART_LINKS`)."""
    stats = _prose_stats(walk, flags, [(j, walk.end[j]) for j in sections])
    return [j for j, st in zip(sections, stats) if _reads_as_prose(st)]


def _reads_as_prose(stat: list[int]) -> bool:
    """Whether a range's `_prose_stats` read as prose: content blocks, few links, most ending like sentences."""
    chars, links, _, good, ends = stat
    return bool(good) and links <= _PART_LINKS * chars and ends >= _PART_SENTENCES * good


# Own paragraphs holding this share of an element's prose make it the container (even half: 0.05 /
# 0.1 / 0.15 / 0.2 / 0.3 gave means .9149 / .9149 / .9149 / .9146 / .9144; at 0.15 no set fell).
_OWN_SHARE = 0.15


def _own_prose(walk: Walk, flags: list[bool]) -> dict[int, float]:
    """Prose of the content paragraphs that sit directly in each element (as text or as its <p>s)."""
    own: dict[int, float] = {}
    parent, tags = walk.parent, walk.tags
    for b, good in zip(walk.blocks, flags):
        if not good:
            continue
        o = b.owner
        if tags[o] == "p":
            o = parent[o]
        elif tags[o] in _LEAF:
            continue
        own[o] = own.get(o, 0.0) + b.n_chars - b.link_chars
    return own


# The label of an advert slot, on a line of its own ("Advertisement", "ADVERT", "Sponsored").
# Even half: aeb +.0003, l3s_gn1 +.0001, 20 pages up and 3 down by under .01.
_AD_LABEL = re.compile(r"(?i)\W*(advertisement|advert|advertising|sponsored|anzeige|publicité|publicidad)\W*$")

# The label of a teaser box or link on a line of its own ("DON'T MISS", "Read more", "Related stories"),
# left behind when the links it labels are dropped. Even half: aeb +.0002, l3s_gn1 +.0002, wcxb_dev
# +.00003, dragnet -.000003 (one page, a label whose words joined the next line's shingles).
_TEASER_LABEL = re.compile(
    r"(?i)\W*(don.?t miss|read more|read next|more on this( story)?|more|related( (articles|stories|posts|links|"
    r"content|coverage))?|recommended( for you)?|you may also like|trending( now)?|"
    # with a section's name: "Most Read Business Stories", "More stories from Sport" (even half: 4 pages up,
    # readability +.00004, none down)
    r"(most|top) (read|popular|viewed|shared|emailed)( [a-z&]+)?( stories| articles| news| posts)?|"
    r"more (stories|news|articles|posts) (from|in|on|about)( [a-z&]+){1,3})\W*$")

# A paragraph of the text that links much of itself is a sentence with links, not a line of links: inside the
# container, a <p> with at most `_LINKED_PROSE_DENSITY` of its characters in links, at least
# `LINKED_SENTENCE_WORDS` words, that ends with a full stop (not ")" or ":": "Comments (6)", "Go to Section (…)")
# is kept. (`is_content` counts such a paragraph as prose only with 2 x min_chars outside links; this keeps the
# shorter ones, and only inside the chosen container.) Found by helper x15a: the largest gold text that
# trafilatura and readability-lxml keep inside tamis's container ("select:inside:links"). Even halves: cleaneval
# +.0001, dragnet +.0002, wcxb_test +.0003, gtrends +.0003, chaos +.0003, aeb +.0001, evan -.00005; no set down
# by more than .00005.
LINKED_SENTENCE_WORDS = 6
_STRUCTURED = frozenset({"li", "td", "th", "pre", "dd", "dt", "tr"})


def keep_blocks(walk: Walk, container: int, flags: list[bool], dropped: list[bool],
                max_link_density: float, comments: bool = False, leads: list[int] | None = None) -> list[Block]:
    """The blocks of the container, less dropped widgets and link-dominated lines.

    With `comments`, the comment sections outside the container are kept too; so are the elements of `leads`
    (`lead_parts`: the text's first part beside the container).
    """
    lo, hi = container, walk.end[container]
    extra = [(i, walk.end[i]) for i, why in walk.marked if why == "comment_keep"] if comments else []
    if leads:
        extra += [(i, walk.end[i]) for i in leads]
    kept: list[Block] = []
    flags_kept: list[bool] = []
    # A heading is kept whatever its links (a title may link to its own page), except in a list of
    # nothing but links: there each item's heading is a teaser's title ("More: <li><h4><a>…").
    # A list item that is mostly a link is still text in a list of the text's own (notes, references,
    # changelogs): one whose items include prose and whose characters are mostly outside links.
    link_lists, prose_lists = _list_kinds(walk.blocks, flags, lo, hi, max_link_density)
    rows: _Rows | None = None  # (the table rows' kinds, found when the first linked cell asks)
    # The heading just before such teaser titles ("More:", "Related") is their label and goes with
    # them (even half: aeb +.0003, dragnet and wcxb_dev one page up each, no page down; for any
    # dropped list line after a heading: readability and wcxb_dev -.0002/-.0003, a wash).
    # label: -1 none, -2 the last kept block is a heading, >= 0 that heading's index in `kept`
    # once teaser titles followed it.
    label = -1
    forms = _widget_forms(walk, lo, hi)
    for b, good in zip(walk.blocks, flags):
        o = b.owner
        if dropped[o]:
            continue
        if forms and any(a <= o < z for a, z in forms):
            continue
        if (o < lo or o >= hi) and not any(a <= o < z for a, z in extra):
            continue
        if b.text[0] == "<" and b.text[-1] == ">":
            continue  # markup shown as text (escaped tags) is not content
        if not good and b.n_chars <= 16 and _AD_LABEL.match(b.text) is not None:
            continue
        if not good and b.n_chars <= 30 and _TEASER_LABEL.match(b.text) is not None:
            continue
        heading = b.kind in HEADINGS and b.in_list not in link_lists
        # Code is no line of links, whatever its linked names (a reference's type names in a JSON or YAML
        # sample). wcxb_test even half +.0001, wcxb_dev +.0001 (a page each), no other page moved.
        keep = good or heading or b.kind == "pre" or b.link_chars <= max_link_density * b.n_chars or (
            b.kind == "li" and b.in_list in prose_lists) or (
            _linked_paragraph(b) and words(b.text) >= LINKED_SENTENCE_WORDS
            and ends_sentence(b.text, full_stop=True, unmarked=True))
        if not keep and b.row >= 0 and b.kind in _CELLS:
            if rows is None:
                rows = _table_rows(walk, lo, hi, max_link_density)
            keep = b.text not in rows.actions and (
                (b.row in rows.data and size(b.text) <= DATA_CELL_CHARS)
                or (b.row in rows.text and size(b.text) <= ROW_LINK_CHARS))
        if keep:
            if label >= 0:
                del kept[label], flags_kept[label]
            kept.append(b)
            flags_kept.append(good)
            label = -2 if heading and b.in_list < 0 else -1
        elif label != -1 and b.kind in HEADINGS and b.in_list in link_lists:
            label = len(kept) - 1
        else:
            label = -1
    kept, flags_kept = _headline_runs(kept, flags_kept)
    # After the last paragraph of prose come bylines, tags, share and "advert" labels: short lines
    # that are not list items or table cells are cut from the tail.
    last = max((i for i, g in enumerate(flags_kept) if g), default=len(kept) - 1)
    tail = [b for b in kept[last + 1:] if b.kind in _STRUCTURED]
    return kept[:last + 1] + tail


# A <form> inside the container is a widget (a sign-up box, a rating or comment form, a search field): its blocks are
# left out unless it holds `FORM_SHARE` or more of the container's characters, the page's layout (ASP.NET WebForms
# wraps the whole page in one form). trafilatura deletes every form holding less than half the page's text before it
# looks for the content; here the form is left out only once the container is chosen, so that it never moves that
# choice (marked as a widget beforehand: trafeval's snippet F1 -.0015, a recipe whose rating forms' removal moved the
# container). Helper x19d, even halves: wcxb_test +.0016, wcxb_dev +.0003, dragnet +.0003, l3s_gn1 +.0002, big9
# +.0002, gtrends +.0002, cleaneval +.0001, trafeval snippet F1 +.0003 (84 pages up, 1 down), no set down, both folds.
FORM_SHARE = 0.5


def _widget_forms(walk: Walk, lo: int, hi: int) -> list[tuple[int, int]]:
    """The element ranges of the forms inside the container [lo, hi) that hold under `FORM_SHARE` of its
    characters."""
    tags, end = walk.tags, walk.end
    if "form" not in tags:
        return []
    forms = [i for i in range(lo, hi) if tags[i] == "form"]
    if not forms:
        return []
    chars = [0] * len(forms)
    total = 0
    for b in walk.blocks:
        o = b.owner
        if lo <= o < hi:
            total += b.n_chars
            for k, f in enumerate(forms):
                if f <= o < end[f]:
                    chars[k] += b.n_chars
    return [(f, end[f]) for f, c in zip(forms, chars) if c < FORM_SHARE * total]


# Headlines of other stories: `HEADLINE_RUN` or more headings in a row, each all link (`HEADLINE_LINKS` of its
# characters), with no kept line between them (a "more news" box of linked titles and pictures inside the
# container, not in a list, where the rule above does not reach them). A heading that labels a part of the text
# has that part after it, so it is never in such a run. Short linked headings (`HEADLINE_CHARS`: names, labels) and
# runs that hold more than `HEADLINE_SHARE` of the kept text (a listing of headlines: the page's own) stay. Helper
# x18c, even halves: chaos +.0006 (2 pages up), gtrends +.0003, wcxb_dev +.0001 (12 pages up, 5 down by .001-.004),
# cleaneval +.0001, no other set moved, no snippet moved. Without the two bounds: wcxb_dev snippet recall -.0012
# (a listing's headlines, rows of linked names), wcxb_test -.0010.
HEADLINE_RUN = 3
HEADLINE_LINKS = 0.9
HEADLINE_CHARS = 30
HEADLINE_SHARE = 0.25


def _headline_runs(kept: list[Block], flags_kept: list[bool]) -> tuple[list[Block], list[bool]]:
    """The kept blocks less the runs of linked headings (see `HEADLINE_RUN`)."""
    drop: list[int] = []
    run: list[int] = []
    for k, b in enumerate(kept + [None]):
        if (b is not None and b.kind in HEADINGS and b.n_chars >= HEADLINE_CHARS
                and b.link_chars >= HEADLINE_LINKS * b.n_chars):
            run.append(k)
            continue
        if len(run) >= HEADLINE_RUN:
            drop += run
        run = []
    if not drop or sum(kept[k].n_chars for k in drop) > HEADLINE_SHARE * sum(b.n_chars for b in kept):
        return kept, flags_kept
    gone = set(drop)
    return ([b for k, b in enumerate(kept) if k not in gone],
            [f for k, f in enumerate(flags_kept) if k not in gone])


# The text's first part, beside the container rather than in it (an intro in a wrapper of its own, a category's
# description above its products, the first blocks of a page builder): an element before the container's branch,
# its sibling or that of one of its `LEAD_LEVELS` nearest ancestors, that is almost nothing but prose (`LEAD_PROSE`
# of its characters, under `LEAD_LINKS` in links), with no marked widget inside and no table cell (a layout
# column), and that holds at least `LEAD_SHARE` of the container's prose in at least `LEAD_PARAGRAPHS` paragraphs,
# or at least `LEAD_MANY` paragraphs whatever their share.
# Readability adds the top candidate's siblings that score a share of its score; here only before it, and only
# pure prose: siblings after the container are mostly comments and teasers, and any sibling with a share of the
# prose takes them in (even half, siblings of the container with 0.2 of its prose: l3s_gn1 -.0036, wcxb_test
# -.0016). A single paragraph is left to the judge: a standfirst is in readability's golds and out of aeb's.
LEAD_LEVELS = 3
LEAD_SHARE = 0.2
LEAD_PARAGRAPHS = 2
LEAD_MANY = 4
LEAD_PROSE = 0.8
LEAD_LINKS = 0.1
LEAD_RUN_CHARS = 100
_LAYOUT = frozenset({"table", "tbody", "tr", "td", "th"})


def lead_parts(walk: Walk, container: int, flags: list[bool], score: list[float], dropped: list[bool]) -> list[int]:
    """Elements before the container that begin its text (see `LEAD_SHARE`), in page order."""
    if container <= 0 or score[container] <= 0:
        return []
    parent, end, tags = walk.parent, walk.end, walk.tags
    found = []
    levels = []  # per level, the siblings with prose before the branch, in page order
    child = container
    for _ in range(LEAD_LEVELS):
        up = parent[child]
        if up < 0:
            break
        level = []
        for s in _children(walk, up):
            if s >= child:
                break
            if score[s] > 0:
                level.append(s)
                if not dropped[s] and tags[s] not in _LAYOUT:
                    found.append(s)
        levels.append(level)
        child = up
    if not found:
        return []
    found.sort()
    marked = [m for m, _ in walk.marked]
    found = [s for s in found if not any(s <= m < end[s] for m in marked)]
    # (the candidates are disjoint subtrees: one pass over the blocks counts them all)
    stats = {s: [0, 0, 0, 0, 0, 0] for s in found}
    last_text = {}
    at = 0
    for b, good in zip(walk.blocks, flags):
        o = b.owner
        while at < len(found) and end[found[at]] <= o:
            at += 1
        if at == len(found):
            break
        s = found[at]
        if s <= o and not dropped[o]:
            c = stats[s]
            c[0] += b.n_chars
            c[1] += b.link_chars
            c[2] += good
            c[3] += good and tags[o] in HEADINGS
            c[4] += 1
            c[5] += size(b.text) - b.n_chars
            last_text[s] = b.text
    need = LEAD_SHARE * score[container]

    def pure(s: int) -> bool:
        return s in stats and stats[s][1] < LEAD_LINKS * stats[s][0] and score[s] >= LEAD_PROSE * stats[s][0]

    def enough(paragraphs: int, prose: float) -> bool:
        return paragraphs >= LEAD_MANY or (paragraphs >= LEAD_PARAGRAPHS and prose >= need)

    keep = {s for s in found if pure(s) and enough(stats[s][2], score[s])}
    # A run of pure-prose siblings right before the branch is one part, however the page splits it (a
    # template that gives each paragraph its own element, or the text's first paragraphs set apart from the
    # rest by an advert): it is judged as a whole. Its members are paragraphs of `LEAD_RUN_CHARS` of prose or more
    # with no heading: a title, a dateline, a byline or a URL line ends it (aeb's golds leave those out).
    for level in levels:
        run = []
        for s in reversed(level):
            if not pure(s) or stats[s][3] or _scaled(score[s], stats[s]) < LEAD_RUN_CHARS:
                break
            run.append(s)
        if len(run) > 1 and enough(sum(stats[s][2] for s in run), sum(score[s] for s in run)):
            keep.update(run)
    lede = _standfirst(walk, levels, stats, last_text, score, pure)
    if lede >= 0:
        keep.add(lede)
    return [s for s in found if s in keep]


# The standfirst: a single paragraph that opens the article, between its headline and its body, set apart from the
# body in an element of its own (a "lede" or "summary" box). Trafilatura keeps it (its article node holds both); the
# descent goes into the body and leaves it out. At the first of the `LEAD_LEVELS` levels where the nearest part with
# prose before the container's branch is one pure-prose block of at least `LEDE_CHARS` characters, that part is
# kept when the block ends like a sentence but not with an ellipsis (a teaser of the text cut short), the part holds
# no figure (a picture's caption), and both it and the container lie inside one <article>: the page's own markup
# says that the paragraph belongs to the text. Golds differ here (aeb leaves standfirsts out): without the <article>
# condition, aeb even half -.0026 (5 pages); with it no aeb page moves. Even half: trafeval snippet recall .8943 ->
# .9011 (F1 +.0037, both folds), chaos +.0003, dragnet +.0002, gtrends +.0002, no set down.
LEDE_CHARS = 100
_FIGURES = frozenset({"figure", "figcaption"})


def _scaled(prose: float, c: list[int]) -> float:
    """An element's prose in Latin characters (`scripts.size`), from its counts in `lead_parts` (characters, ...,
    the wide characters' extra)."""
    return prose * (c[0] + c[5]) / c[0] if c[5] and c[0] else prose


def _standfirst(walk: Walk, levels: list[list[int]], stats: dict[int, list[int]], last_text: dict[int, str],
                score: list[float], pure) -> int:
    """The element holding the article's standfirst beside the container (see `LEDE_CHARS`), or -1."""
    tags, parent = walk.tags, walk.parent
    for level in levels:
        if not level:
            continue
        s = level[-1]
        if not (pure(s) and stats[s][2] == 1 and stats[s][4] == 1 and not stats[s][3]
                and size(last_text[s], int(score[s])) >= LEDE_CHARS):
            continue  # (not a lone paragraph: the next level up is tried)
        text = last_text[s]
        if not ends_sentence(text, unmarked=True) or text.endswith(("…", "...")):
            return -1
        if any(tags[k] in _FIGURES for k in range(s, walk.end[s])):
            return -1
        a = parent[s]
        while a > 0 and tags[a] != "article":
            a = parent[a]
        return s if a > 0 else -1
    return -1


# An article cut into a page builder's blocks (sibling elements of one tag and one class: Squarespace's html blocks,
# an ad slot between two parts of a story): below the page's <article>, <main> or hentry, when the next such sibling
# after the child that holds text reads as prose (`_prose_parts`: links and sentence ends) with `SEGMENT_CHARS` or
# more, the text goes on there and the descent stops above the child. Helper x18c, even halves: big9 +.0016 (3 pages
# up by +.05 to +.15: stories split around an ad), wcxb_test +.0008 and wcxb_dev +.0003 (a blog's lists after its
# intro, a forum's replies, a product's description up; one page down, -.087: references and a disclaimer in the
# next block), trafeval snippet F1 +.0004, no other set moved. Any such sibling with text (not the next one, not read
# as prose): aeb -.0002 (a blog's "Guides" box and author bio in blocks of the article's class).
SEGMENT_CHARS = 200


def _segment_after(walk: Walk, flags: list[bool], node: int, child: int) -> bool:
    """Whether the next sibling of the child with the same tag and class that holds text reads as prose."""
    if not walk.nodes:
        return False
    cls = walk.nodes[child].attributes.get("class")
    if not cls:
        return False
    tag = walk.tags[child]
    for j in _children(walk, node):
        if j <= child or walk.tags[j] != tag or walk.nodes[j].attributes.get("class") != cls:
            continue
        stat = _prose_stats(walk, flags, [(j, walk.end[j])])[0]
        if stat[0]:
            return stat[0] >= SEGMENT_CHARS and _reads_as_prose(stat)
    return False


def _children(walk: Walk, node: int) -> list[int]:
    """The child elements of an element (pre-order numbers)."""
    out = []
    j = node + 1
    end = walk.end[node]
    while j < end:
        out.append(j)
        j = walk.end[j]
    return out



# A linked cell of a data table (a roster's or a cast list's names, the rest of the row plain figures and
# words) is the table's text, not a line of links: in a table of at least `DATA_ROWS` rows of at least
# `DATA_CELLS` cells, each with a plain and a linked cell, a linked cell of up to `DATA_CELL_CHARS` is kept,
# unless `DATA_ROWS` rows or more link the same words (an action of each row: "View & apply"). The rows are
# counted per <table>: rows of separate small tables (a box each) are no data table (even halves: cleaneval
# -.00006, gtrends +.00018, no other set moved).
DATA_ROWS = 3
DATA_CELLS = 3
DATA_CELL_CHARS = 100
_CELLS = frozenset({"td", "th"})
# A table row with a cell of this many characters outside links is a record (a name and its facts, a credit and
# its role): its short linked cells (`ROW_LINK_CHARS`: a name, a label) are its fields, not a line of links. A
# longer linked cell is a headline (a "date | story title" listing of other stories) and is still dropped.
# Even halves: gtrends +.0064 (a cast table, +.60), wcxb_test +.0008, cleaneval +.0004, aeb +.0003, no set down
# by more than .0002; any linked cell of such a row: cleaneval +.0013 but evan -.0006, l3s_gn1 -.0005 (listings
# of dated headlines, a menu table of labelled link rows). A linked text that `DATA_ROWS` or more of these rows
# and the data rows repeat is an action, as in a data table ("text | View"; even halves: cleaneval +.00005,
# gtrends +.00003, no other set moved).
ROW_TEXT_CHARS = 10
ROW_LINK_CHARS = 40


@dataclass(slots=True)
class _Rows:
    """The container's table rows whose linked cells are kept: `data` (see `DATA_ROWS`), `text` (see
    `ROW_TEXT_CHARS`), and the linked texts kept in neither because `DATA_ROWS` or more of those rows repeat
    them (an action: "View & apply", "Details")."""

    data: set[int]
    text: set[int]
    actions: set[str]


def _table_rows(walk: Walk, lo: int, hi: int, max_link_density: float) -> _Rows:
    """The kinds of the container's table rows, in one pass over its cells; a table's rows are data rows when
    that one table has `DATA_ROWS` of them."""
    parent, tags = walk.parent, walk.tags
    rows: dict[int, list[int]] = {}  # row -> [cells, plain cells, linked cells, its table]
    linked_texts: list[tuple[int, str]] = []
    text: set[int] = set()
    for b in walk.blocks:
        if b.row >= 0 and lo <= b.owner < hi and b.kind in _CELLS:
            r = rows.get(b.row)
            if r is None:
                t = b.owner
                while t >= 0 and tags[t] != "table":
                    t = parent[t]
                r = rows[b.row] = [0, 0, 0, t]
            r[0] += 1
            if b.link_chars <= max_link_density * b.n_chars:
                r[1] += 1
                if size(b.text, b.n_chars - b.link_chars) >= ROW_TEXT_CHARS:
                    text.add(b.row)
            else:
                r[2] += 1
                linked_texts.append((b.row, b.text))
    data = {k for k, (n, plain, linked, _) in rows.items() if n >= DATA_CELLS and plain and linked}
    tables = Counter(rows[k][3] for k in data)
    data = {k for k in data if tables[rows[k][3]] >= DATA_ROWS}
    seen = Counter(t for k, t in linked_texts if k in data or k in text)
    return _Rows(data, text, {t for t, c in seen.items() if c >= DATA_ROWS})


def _list_kinds(blocks: list[Block], flags: list[bool], lo: int, hi: int,
                max_link_density: float) -> tuple[set[int], set[int]]:
    """The container's lists of nothing but links, and its lists of text.

    In a list of links every block is mostly links (even half: aeb +.0009, dragnet +.0002, wcxb_dev
    +.0001, no page down; any list mostly links by its characters: wcxb_dev -.0001, a listing whose
    items are a linked title between two plain lines lost them).
    A list of text has prose items and at most `max_link_density` of its characters in links (even
    half: readability +.0019, wcxb_dev +.0011, cleaneval +.0003, no set down; any list with a prose
    item: mean +.0010 but l3s_gn1 down (sponsored links) and product grids kept; also its non-<li>
    blocks: +.0008, product cards' "Add to cart" kept).
    """
    chars: dict[int, list[int]] = {}
    linky: set[int] = set()
    plain: set[int] = set()
    prose: set[int] = set()
    for b, good in zip(blocks, flags):
        k = b.in_list
        if k >= 0 and lo <= b.owner < hi:
            c = chars.setdefault(k, [0, 0])
            c[0] += b.n_chars
            c[1] += b.link_chars
            (linky if b.link_chars > max_link_density * b.n_chars else plain).add(k)
            if good:
                prose.add(k)
    return linky - plain, {k for k in prose if chars[k][1] <= max_link_density * chars[k][0]}
