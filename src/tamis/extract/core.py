"""HTML -> main text and metadata: parse (lexbor), prune chrome, walk blocks, choose, render."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from selectolax.lexbor import LexborHTMLParser

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
from tamis.extract.walk import SKIP_TAGS, Block, Budget, Walk, Walker


@dataclass(slots=True)
class Options:
    """What to keep and the limits. Defaults are the step's published defaults."""

    comments: bool = False
    tables: bool = True
    alt_text: bool = False
    links: bool = False
    markdown: bool = False
    metadata: bool = True
    max_bytes: int = 10_000_000
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
    """The result for one page: text ('' when none), metadata, and the reason when it failed."""

    text: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def extract_html(html: str, opts: Options | None = None) -> Extracted:
    """Extract the main text and metadata of one page; never raises on bad markup."""
    return extract_choice(html, opts or Options())[0]


def extract_choice(html: str, opts: Options, names: bool = False) -> tuple[Extracted, Choice | None]:
    """The extraction of one page and the rules' decision behind it (None when there was none to make).

    With `names` (or the judge on) the walk records each element's class and id.
    """
    if len(html) > opts.max_bytes:
        return Extracted(error=f"too_large: {len(html)} chars > {opts.max_bytes}"), None
    start = time.perf_counter()
    try:
        tree = LexborHTMLParser(html)
    except Exception as e:
        return Extracted(error=f"unparsable: {type(e).__name__}"), None
    body = tree.body
    if body is not None and body.child is None:
        tree = _close_title(html, tree)
        body = tree.body
    meta = extract_metadata(tree, body) if opts.metadata else {}
    root = body if body is not None else tree.root
    if root is None:
        return Extracted(metadata=meta), None
    names = names or opts.judge
    try:
        marks = Marks(root, opts.comments, opts.tables)
        deadline = start + opts.time_budget_s
        walk = Walker(marks, deadline, opts.alt_text, opts.links, opts.max_depth, comments=opts.comments,
                      names=names).run(root)
        blocks, prose, choice = _select(walk, opts)
        if prose < NOSCRIPT_FALLBACK and root.css_first("noscript") is not None:
            # A page rendered by scripts often serves its text to script-less readers in <noscript>.
            walk2 = Walker(marks, deadline, opts.alt_text, opts.links, opts.max_depth,
                           skip_tags=SKIP_TAGS - {"noscript"}, comments=opts.comments, names=names).run(root)
            blocks2, prose2, choice2 = _select(walk2, opts)
            if prose2 > prose:
                blocks, prose, walk, choice = blocks2, prose2, walk2, choice2
        if prose < LINK_PAGE and walk.blocks:
            # A listing or index page (a link aggregator, a job board) says everything in its links:
            # with almost no prose outside them, link text is counted as text.
            walk.blocks = [replace(b, link_chars=0) for b in walk.blocks]
            blocks3, prose3, choice3 = _select(walk, opts)
            if prose3 > prose:
                blocks, choice = blocks3, choice3
        if opts.judge:
            from tamis.extract.judge import correct, load  # (numpy, only with the judge)

            blocks = correct(choice, load(opts.judge_model), opts.judge_drop, opts.judge_keep, opts.judge_reach)
    except Budget:
        return Extracted(metadata=meta, error=f"time_budget: over {opts.time_budget_s:g}s"), None
    except RecursionError:
        return Extracted(metadata=meta, error="too_deep"), None
    text = render(blocks, opts.markdown)
    if not text:
        # A page rendered entirely by scripts (a Discourse thread's splash screen) often says what it
        # holds only in its description. Even half: wcxb_dev +.0003 (two forum threads), nothing else.
        text = _description(tree)
    return Extracted(text, meta), choice


# Below this many prose characters on the page, the text inside <noscript> is walked too.
NOSCRIPT_FALLBACK = 200
# Below this many prose characters (outside links) on the page, its link text counts as prose.
LINK_PAGE = 200


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
# Every notice holds one of these (the regex is tried only on blocks that do).
_LEGAL_WORDS = ("©", "opyright", "OPYRIGHT", "eserved", "ESERVED", "rademark", "RADEMARK", "(c)", "(C)")
# Longer blocks that say so are texts about copyright, not notices.
_LEGAL_CHARS = 2000


def _is_legal(text: str) -> bool:
    """Whether a block is a legal notice (substring tests first: most blocks name no right)."""
    if len(text) > _LEGAL_CHARS or not any(w in text for w in _LEGAL_WORDS):
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


def _description(tree: LexborHTMLParser) -> str:
    """The longest description the page gives of itself (meta, OpenGraph, Twitter card)."""
    best = ""
    for node in tree.css('meta[name="description" i], meta[property="og:description" i], '
                         'meta[name="twitter:description" i], meta[property="twitter:description" i]'):
        content = " ".join((node.attributes.get("content") or "").split())
        if len(content) > len(best):
            best = content
    return best
