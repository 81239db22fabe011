"""HTML -> main text and metadata: parse (lexbor), prune chrome, walk blocks, choose, render."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from selectolax.lexbor import LexborHTMLParser

from tamis.extract import guard
from tamis.extract.metadata import extract_metadata
from tamis.extract.prune import Marks
from tamis.extract.render import render
from tamis.extract.select import (
    Choice,
    choose_container,
    drop_marked,
    is_content,
    keep_blocks,
    lead_parts,
    prose_scores,
    teaser_blurbs,
)
from tamis.extract.walk import SKIP_TAGS, Block, Budget, Walk, Walker, absolute


@dataclass(slots=True)
class Options:
    """What to keep and the limits. Defaults are the step's published defaults."""

    comments: bool = False
    tables: bool = True
    alt_text: bool = False
    links: bool = False
    markdown: bool = False
    metadata: bool = True
    max_bytes: int = 10_000_000  # (the page's size in UTF-8)
    time_budget_s: float = 2.0
    max_depth: int = 200
    min_chars: int = 40
    max_link_density: float = 0.5
    dominance: float = 0.6
    max_share: float = 0.25
    comment_share: float = 0.8
    wrapper_ratio: float = 2.0
    discussion_chars: float = 250
    # The learned block judge (judge.py), a correction on the rules' choice (bench/RESULTS.md, extraction round 11).
    judge: bool = True
    judge_model: str = ""        # weights file ('' = the package's judge.npz)
    # A kept block the judge's drop model gives a lower text probability is dropped (0: never; the shipped
    # weights have no drop model: on the cross-validation it lost on every threshold tried).
    judge_drop: float = 0.0
    # A left-out block the keep model gives a higher text probability is restored, and only inside the container
    # or at most `judge_reach` blocks from it. Round 15 (helper x15b in bench/RESULTS.md): with the weights
    # trained on eleven sets, 0.75 / 1 against round 11's 0.85 / 3: page CV on the six target sets +.0005 (both
    # page folds, no set down), leave-one-dataset-out over the eleven +.0004 (both folds, worst -.0007). Reach 2 or
    # 3 at 0.75 gains more by page but restores a date heading two blocks above a post's title (a rule test).
    judge_keep: float = 0.75
    judge_reach: int = 1

    def __post_init__(self) -> None:
        # A weights file that cannot be read is a configuration error: say so once, here, rather than on
        # every page inside extract_html.
        if self.judge and self.judge_model:
            from tamis.extract.judge import load

            try:
                load(self.judge_model)
            except (OSError, ValueError, KeyError) as e:
                raise ValueError(f"judge_model {self.judge_model!r} cannot be used: {e}") from None


@dataclass(slots=True)
class Extracted:
    """The result for one page: text ('' when none), metadata, the reason when it failed, and the spans of the
    chosen text that were left out (text, reason: the later copies of a text the page prints twice)."""

    text: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)


def extract_html(html: str, opts: Options | None = None, url: str | None = None) -> Extracted:
    """Extract the main text and metadata of one page; never raises on bad markup. `url`, the page's address,
    resolves relative links (with `opts.links`; a `<base href>` first)."""
    return extract_choice(html, opts or Options(), url=url)[0]


def extract_choice(html: str, opts: Options, names: bool = False,
                   url: str | None = None) -> tuple[Extracted, Choice | None]:
    """The extraction of one page and the rules' decision behind it (None when there was none to make).

    With `names` (or the judge on) the walk records each element's class and id.
    """
    too_large = _too_large(html, opts.max_bytes)
    if too_large:
        return Extracted(error=too_large), None
    # (the budget is CPU time, the thread's own: a page's fate does not depend on how busy the machine is). It holds
    # for the whole extraction: the guard and the parse (which cannot be stopped: checked once they are done), the
    # metadata, the walk (which checks the clock as it goes), the selection, the judge and the rendering.
    start = time.thread_time()
    deadline = start + opts.time_budget_s
    over = f"time_budget: over {opts.time_budget_s:g}s"
    html, refused = guard.check(html, deadline)
    if refused:
        return Extracted(error=over if refused == guard.OVER_BUDGET else refused), None
    try:
        tree = LexborHTMLParser(html)
    except Exception as e:
        return Extracted(error=f"unparsable: {type(e).__name__}"), None
    # (the parse and the metadata are checked here, outside the `try` below: a page over the budget by then keeps
    # what it has, nothing after the parse, the metadata after it, even when it has no body to walk)
    if _past(deadline):
        return Extracted(error=over), None
    body = tree.body
    if body is not None and body.child is None:
        tree = _close_title(html, tree)
        body = tree.body
    meta = extract_metadata(tree, body, url) if opts.metadata else {}
    if _past(deadline):
        return Extracted(metadata=meta, error=over), None
    root = body if body is not None else tree.root
    if root is None:
        return Extracted(metadata=meta), None
    names = names or opts.judge
    base = _base_url(tree, url) if opts.links else None
    try:
        marks = Marks(root, opts.comments, opts.tables)
        walk = Walker(marks, deadline, opts.alt_text, opts.links, opts.max_depth, comments=opts.comments,
                      names=names, base=base, markdown=opts.markdown).run(root)
        blocks, prose, choice = _select(walk, opts)
        _clock(deadline)
        if prose < NOSCRIPT_FALLBACK and root.css_first("noscript") is not None:
            # A page rendered by scripts often serves its text to script-less readers in <noscript>.
            walk2 = Walker(marks, deadline, opts.alt_text, opts.links, opts.max_depth,
                           skip_tags=SKIP_TAGS - {"noscript"}, comments=opts.comments, names=names,
                           base=base, markdown=opts.markdown).run(root)
            blocks2, prose2, choice2 = _select(walk2, opts)
            _clock(deadline)
            if prose2 > prose:
                blocks, prose, walk, choice = blocks2, prose2, walk2, choice2
        if prose < LINK_PAGE and walk.blocks:
            # A listing or index page (a link aggregator, a job board) says everything in its links:
            # with almost no prose outside them, link text is counted as text.
            walk.blocks = [replace(b, link_chars=0) for b in walk.blocks]
            blocks3, prose3, choice3 = _select(walk, opts)
            _clock(deadline)
            if prose3 > prose:
                blocks, choice = blocks3, choice3
            # A listing of short entries (a chart, a product grid, a list of events: names, prices, dates) has
            # no line long enough to be prose, so the choice above lands on the one sentence of its intro. There
            # every line of text counts, and the choice that makes is taken when it is wider (an element around
            # the first) and holds more than `LISTING_GAIN` times the text.
            blocks4, _, choice4 = _select(walk, replace(opts, min_chars=1))
            _clock(deadline)
            if (choice4.container <= choice.container < walk.end[choice4.container]
                    and sum(b.n_chars for b in blocks4) > LISTING_GAIN * sum(b.n_chars for b in blocks)):
                blocks, choice = blocks4, choice4
        copies: list[list[Block]] = []
        blocks = final_blocks(choice, opts, copies)
        _clock(deadline)
        text = render(blocks, opts.markdown, choice.walk, deadline)
        _clock(deadline)
    except Budget:
        return Extracted(metadata=meta, error=over), None
    except RecursionError:
        return Extracted(metadata=meta, error="too_deep"), None
    if not text:
        # A page rendered entirely by scripts (a Discourse thread's splash screen) often says what it
        # holds only in its description. Even half: wcxb_dev +.0003 (two forum threads), nothing else.
        text = _description(tree)
    # (the copies left out are recorded, as the cleaning steps record what they cut: nothing is lost silently)
    removed = [(render(c, opts.markdown), REPEAT_REASON) for c in copies] if copies else []
    return Extracted(text, meta, None, removed), choice


def _too_large(html: str, max_bytes: int) -> str | None:
    """Why a page is over `max_bytes` of UTF-8, or None. A character takes 1 to 4 bytes: only a page between a
    quarter of the limit and the limit, in characters, is encoded to count them."""
    n = len(html)
    if n > max_bytes:
        return f"too_large: at least {n} bytes ({n} characters) > {max_bytes}"
    if 4 * n <= max_bytes:
        return None
    size = len(html.encode("utf-8", "surrogatepass"))
    return f"too_large: {size} bytes ({n} characters) > {max_bytes}" if size > max_bytes else None


def _past(deadline: float) -> bool:
    """Whether the page's CPU time (the extracting thread's) is past its deadline."""
    return time.thread_time() > deadline


def _clock(deadline: float) -> None:
    """Stop the extraction (`Budget`) once the page's CPU time is past its deadline; called between stages."""
    if _past(deadline):
        raise Budget()


# A page that prints its text twice (a responsive layout's desktop and mobile copies, a "hidden" variant of a
# product's description, each in an element of its own) gives the copies as one text said twice. An element of the
# container whose kept blocks (at least `REPEAT_BLOCKS` of them, `REPEAT_CHARS` characters in all) say word for
# word what an earlier element's said is a copy; the copies are left out when together they hold `REPEAT_SHARE` of
# the kept text or more (the text said twice, not a quotation or a repeated entry of a listing, which the golds
# keep). Helper x16c, even halves: wcxb_dev +.0015, wcxb_test +.0011 (8 pages up by +.21 to +.32, none down; both
# page folds), no other set moved. Any share: cleaneval -.0007, wcxb_dev +.0019 (a quotation of an earlier
# paragraph, an API's shared field notes, a comparison table's repeated rows down); copies of single blocks:
# readability -.027 (its golds keep repeated paragraphs).
REPEAT_BLOCKS = 2
REPEAT_CHARS = 200
REPEAT_SHARE = 0.35
# The reason recorded with each copy left out (its class, before the colon, is the `repair_repetition` step's).
REPEAT_REASON = "repetition: a text the page prints twice"


def final_blocks(choice: Choice, opts: Options, copies: list[list[Block]] | None = None) -> list[Block]:
    """The blocks a page's text is rendered from: the rules' choice, the judge's corrections (with `opts.judge`),
    and a text the page prints twice given once (each copy's blocks left out appended to `copies`)."""
    blocks = choice.kept
    if opts.judge:
        from tamis.extract.judge import correct, load  # (numpy, only with the judge)

        blocks = correct(choice, load(opts.judge_model), opts.judge_drop, opts.judge_keep, opts.judge_reach)
    return once(blocks, choice.walk, choice.container, copies)


def once(blocks: list[Block], walk: Walk, container: int, copies: list[list[Block]] | None = None) -> list[Block]:
    """The kept blocks less the later copies of a text the page prints twice (see `REPEAT_SHARE`); each copy's
    blocks, when left out, are appended to `copies` (one list per copying element, in document order)."""
    # (the copies' blocks all repeat earlier blocks: too few characters said twice, and no element can be a copy)
    seen_text: set[str] = set()
    total = again = 0
    for b in blocks:
        total += b.n_chars
        if b.text in seen_text:
            again += b.n_chars
        else:
            seen_text.add(b.text)
    need = REPEAT_SHARE * total
    if again < need:
        return blocks
    parent, end = walk.parent, walk.end
    members: dict[int, list[int]] = {}  # element inside the container -> its kept blocks
    for k, b in enumerate(blocks):
        i = b.owner
        while i > container:
            members.setdefault(i, []).append(k)
            i = parent[i]
    seen: dict[tuple[str, ...], int] = {}  # an element's texts -> where that element ends
    drop: set[int] = set()
    groups: list[list[int]] = []  # each copy's blocks (the copies are disjoint: an element inside one is skipped)
    for e in sorted(members):
        ks = members[e]
        if len(ks) < REPEAT_BLOCKS or ks[0] in drop or sum(blocks[k].n_chars for k in ks) < REPEAT_CHARS:
            continue
        key = tuple(blocks[k].text for k in ks)
        at = seen.get(key)
        if at is None:
            seen[key] = end[e]
        elif at <= e:  # (an earlier element, not one that holds this one)
            drop.update(ks)
            groups.append(ks)
    if not drop or sum(blocks[k].n_chars for k in drop) < need:
        return blocks
    if copies is not None:
        copies.extend([blocks[k] for k in ks] for ks in groups)
    return [b for k, b in enumerate(blocks) if k not in drop]


# Below this many prose characters on the page, the text inside <noscript> is walked too.
NOSCRIPT_FALLBACK = 200
# Below this many prose characters (outside links) on the page, its link text counts as prose.
LINK_PAGE = 200
# On such a page, the choice that counts every line is taken when it holds more than this many times the text.
# Helper x16c, even halves: wcxb_test +.0055, wcxb_dev +.0013, dragnet +.0010 (8 pages up, one down by .07; both page
# folds), trafeval one snippet more, no other set moved; the same at 1.5 and 3, and with lines of >= 10 characters.
# Any choice, not only a wider one: wcxb_dev +.0005, trafeval -.0004 (a listing elsewhere on the page taken).
LISTING_GAIN = 2.0


def _select(walk: Walk, opts: Options) -> tuple[list[Block], float, Choice]:
    """The kept blocks of a walked page, the prose characters of the whole page, and the decision."""
    flags, score, dropped, container = choose(walk, opts)
    leads = lead_parts(walk, container, flags, score, dropped)
    blocks = keep_blocks(walk, container, flags, dropped, opts.max_link_density, opts.comments, leads)
    return blocks, (score[0] if score else 0.0), Choice(walk, walk.blocks, flags, score, dropped, container, blocks)


def choose(walk: Walk, opts: Options) -> tuple[list[bool], list[float], list[bool], int]:
    """The decisions behind the kept blocks of a walked page: each block's content flag (widgets' blocks
    off), the prose scores, which elements were dropped as widgets, and the chosen container."""
    flags = [is_content(b, opts.min_chars, opts.max_link_density) for b in walk.blocks]
    score = prose_scores(walk, flags)
    dropped = drop_marked(walk, flags, score, opts.max_share, opts.comment_share, opts.wrapper_ratio,
                          opts.discussion_chars)
    if any(dropped):
        flags = [f and not dropped[b.owner] for f, b in zip(flags, walk.blocks)]
        score = prose_scores(walk, flags)
    # A legal notice (a copyright line, a site's "… are registered trademarks of …" paragraph) is prose,
    # but not the text's: beside the article it would keep the descent above it (teasers, weather and the
    # notice kept with the text). It counts for nothing in the choice of the container, and is still kept
    # when it lies inside it (the agencies' notices that some golds keep).
    # The blurbs of a teaser column (a linked title, then a line of summary, several times over) count for
    # nothing there either: they are prose, but other pages'. On a page with no other prose (a listing),
    # they are the content and count.
    legal = [f and _is_legal(b.text) for f, b in zip(flags, walk.blocks)]
    teasers = teaser_blurbs(walk, flags)
    if any(teasers) and not any(f and not t for f, t in zip(flags, teasers)):
        teasers = [False] * len(teasers)
    if any(legal) or any(teasers):
        chosen = [f and not g and not t for f, g, t in zip(flags, legal, teasers)]
        container = choose_container(walk, chosen, prose_scores(walk, chosen), opts.dominance)
    else:
        container = choose_container(walk, flags, score, opts.dominance)
    return flags, score, dropped, container


# A legal notice: a copyright line, "all rights reserved", "… are trademarks of …". Even half: dragnet +.0010
# (NHL.com's trademark paragraph beside four articles), cleaneval +.0013, l3s_gn1 +.0002, wcxb_dev +.0002;
# 13 pages up, 1 down (l3s_gn1, -.05).
_LEGAL = re.compile(r"(?i)all rights reserved|registered trademarks?\b|trademarks? of\b|^\W*(©|\(c\)|copyright\b)")
# Longer blocks that say so are texts about copyright, not notices.
_LEGAL_CHARS = 2000


def _is_legal(text: str) -> bool:
    """Whether a block is a legal notice (substring tests first: most blocks name no right)."""
    if len(text) > _LEGAL_CHARS:
        return False
    # Every notice holds one of these words; the regex is tried only on blocks that do. (One `in` test after the
    # other: `any` over a generator of them cost about three times as much, on trafeval's even half's blocks.)
    if not ("©" in text or "opyright" in text or "OPYRIGHT" in text or "eserved" in text or "ESERVED" in text
            or "rademark" in text or "RADEMARK" in text or "(c)" in text or "(C)" in text):
        return False
    return _LEGAL.search(text) is not None


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
# A title this long that holds markup is the rest of the page read as title text.
_RUNAWAY_TITLE = 2000


def _close_title(html: str, tree: LexborHTMLParser) -> LexborHTMLParser:
    """Re-parse a page whose <title> is never closed, so that the page after it went into it.

    An unclosed <title> makes the parser read the rest of the document as its text, leaving the
    body empty. A title holds no markup: it is closed at the first tag after it.
    """
    title = tree.css_first("title")
    if title is None:
        return tree
    text = title.text(deep=False) or ""
    if len(text) < _RUNAWAY_TITLE or "<" not in text:
        return tree
    m = _TITLE_OPEN.search(html)
    if m is None:
        return tree
    close = html.find("<", m.end())
    if close < 0:
        return tree
    try:
        return LexborHTMLParser(html[:close] + "</title>" + html[close:])
    except Exception:
        return tree


def _base_url(tree: LexborHTMLParser, url: str | None) -> str | None:
    """What a page's relative links are relative to: its `<base href>` (itself relative to the page's address),
    else (or when it cannot be parsed) the page's address; None when neither is known."""
    node = tree.css_first("base[href]")
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    return (absolute(url, href) if href else None) or url or None


def _description(tree: LexborHTMLParser) -> str:
    """The longest description the page gives of itself (meta, OpenGraph, Twitter card)."""
    best = ""
    for node in tree.css('meta[name="description" i], meta[property="og:description" i], '
                         'meta[name="twitter:description" i], meta[property="twitter:description" i]'):
        content = " ".join((node.attributes.get("content") or "").split())
        if len(content) > len(best):
            best = content
    return best
