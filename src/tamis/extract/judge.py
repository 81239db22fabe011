"""A learned judge of text blocks: a correction on the rules' choice (Dragnet / boilerpipe / Web2Text style).

The rules decide each block by thresholds. The judge weighs many general features of a block at once (its tag
and semantic ancestors, its words, links, punctuation and digits, its place relative to the chosen container,
the rules' own decision and why, its neighbours, the class/id words of its ancestors from a fixed vocabulary of
template words) with two models trained on the even half of the bench's pages
(`bench/extract_judge.py`):
- `drop`: for a block the rules keep, the probability that it is text; below `drop_below` it is dropped;
- `keep`: for a block the rules leave out, inside the container or at most `reach` blocks from it, the
  probability that it is text; above `keep_above` it is restored.
No dataset identity, URL or site name is a feature. Each model is a small ensemble of boosted trees (trained with
scikit-learn in the bench, shipped as arrays in `judge.npz`, loaded once); at run time it is a few numpy
operations.

The shipped `judge.npz` (sha1 9d6ddda3…) is rebuilt byte for byte at the commit that trained it, `c4f85f8`, by
`extract_judge.py dump --datasets ALL` then `train --datasets ALL --weights` (the five sets outside the six at 0.1;
bench/RESULTS.md, round 15 x15b, and round 18). The rules have changed since, so a retrain on today's rules gives
other weights (round 18, x18d): a new judge is measured and tested as a change of its own.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from tamis.extract.scripts import SENTENCE_END, marks, size, words
from tamis.extract.select import Choice
from tamis.extract.walk import HEADINGS, Block, node_name

# The block's own tag, in groups.
KINDS = ("p", "li", "cell", "h", "div", "pre", "blockquote", "def", "caption", "other")
_KIND_OF = {"p": 0, "li": 1, "td": 2, "th": 2, "div": 4, "pre": 5, "blockquote": 6, "dd": 7, "dt": 7,
            "figcaption": 8, "caption": 8, **{h: 3 for h in HEADINGS}}
# Semantic elements around the block (the block's own element included).
SEM = ("article", "main", "aside", "nav", "header", "footer", "figure", "section", "li", "table", "blockquote",
       "pre", "form")
_SEM_BIT = {t: 1 << k for k, t in enumerate(SEM)}
# General words that templates use in class and id names, in groups (no site names).
WORDS: dict[str, tuple[str, ...]] = {
    "byline": ("byline", "by"), "author": ("author", "authors", "writer"), "bio": ("bio", "profile"),
    "caption": ("caption", "captions", "wp-caption"), "credit": ("credit", "credits", "copyright"),
    "media": ("photo", "image", "img", "media", "video", "figure", "picture", "thumbnail", "thumb", "gallery"),
    "meta": ("meta", "metadata", "info", "details", "utility"),
    "share": ("share", "sharing", "social", "follow", "print", "email"),
    "related": ("related", "recommended", "more", "popular", "trending", "read", "next"),
    "comment": ("comment", "comments", "reply", "replies", "respond", "discussion", "forum"),
    "date": ("date", "time", "timestamp", "dateline", "published", "posted", "updated", "pubdate"),
    "summary": ("summary", "excerpt", "description", "desc", "abstract", "intro", "lede", "lead", "standfirst",
                "dek", "deck", "teaser"),
    "subtitle": ("subtitle", "subhead", "subheading", "subheadline", "strapline", "kicker"),
    "title": ("title", "headline", "heading", "name"), "header": ("header", "head", "masthead", "top"),
    "tags": ("tag", "tags", "category", "categories", "topics", "label", "labels", "keywords"),
    "footer": ("footer", "foot", "bottom"), "note": ("note", "notes", "footnote", "footnotes", "disclaimer"),
    "source": ("source", "sources", "ref", "references", "citation"),
    "promo": ("promo", "ad", "ads", "advert", "sponsor", "sponsored", "newsletter", "subscribe", "banner"),
    "sidebar": ("sidebar", "widget", "aside", "rail", "side", "column", "col"),
    "nav": ("nav", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "links", "link"),
    "quote": ("quote", "pullquote", "blockquote", "cite"), "code": ("code", "highlight", "sourcecode", "syntax"),
    "faq": ("question", "answer", "faq", "accordion"), "product": ("price", "product", "cart", "buy", "shop"),
    "review": ("review", "reviews", "rating", "stars"), "list": ("list", "item", "items", "card", "cards", "grid"),
    "post": ("post", "entry", "article", "story", "content", "body", "text", "main", "blog", "news"),
    "hidden": ("hidden", "hide", "none", "modal", "popup", "overlay", "tooltip"),
    "wrap": ("wrap", "wrapper", "container", "inner", "outer", "page", "row", "section"),
}
GROUPS = tuple(WORDS)
_WORD_BIT = {w: 1 << k for k, g in enumerate(GROUPS) for w in WORDS[g]}
_SPLIT = re.compile(r"[^a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Marks of a widget the rules dropped the block with.
MARKS = ("boiler", "comment", "sidebar", "hidden")
_MARK_BIT = {m: 1 << k for k, m in enumerate(MARKS)}
_DIGITS = b"0123456789"
_PUNCT = b".,;:!?"
_CAPITALS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Words around the block this many elements up are "near" (its own box); all above are "far".
NEAR_LEVELS = 3

NUMERIC = (
    "log_chars", "log_words", "link_density", "punct_share", "digit_share", "sentence_end", "log_depth",
    "rel_pos", "inside", "before", "after", "log_dist", "pos_in_container", "rule_kept", "rule_content",
    "dropped", "log_container_prose", "container_share", "container_is_body", "log_blocks", "prev_log_chars",
    "prev_kept", "prev_content", "next_log_chars", "next_kept", "next_content", "in_list", "in_row",
    "kept_share", "heading_level", "upper_share",
)
FEATURES = (tuple(f"kind:{k}" for k in KINDS) + tuple(f"sem:{t}" for t in SEM)
            + tuple(f"near:{g}" for g in GROUPS) + tuple(f"far:{g}" for g in GROUPS)
            + tuple(f"mark:{m}" for m in MARKS) + NUMERIC)


@lru_cache(maxsize=1 << 16)
def _word_bits(name: str) -> int:
    """The word groups a class/id value names."""
    bits = 0
    for t in _SPLIT.split(_CAMEL.sub(" ", name).lower()):
        bits |= _WORD_BIT.get(t, 0)
    return bits


def features(c: Choice, rows: list[int] | np.ndarray | None = None) -> np.ndarray:
    """One row of `FEATURES` per block of the choice (or per block numbered in `rows`)."""
    walk, blocks = c.walk, c.blocks
    n = len(blocks)
    if rows is None:
        rows = range(n)
    elif isinstance(rows, np.ndarray):
        rows = rows.tolist()
    else:
        rows = [int(j) for j in rows]
    tags, parent = walk.tags, walk.parent
    m = len(tags)
    nodes = walk.nodes if len(walk.nodes) == m else None
    marked = dict(walk.marked)
    mark_bit = _MARK_BIT.get
    sem_bit = _SEM_BIT.get
    # Per element, computed only up the candidates' ancestor chains: (semantic bits, word bits of it and all
    # above, depth, the nearest mark, its own word bits).
    info: dict[int, tuple[int, int, int, int, int]] = {}

    def up(i: int) -> tuple[int, int, int, int, int]:
        chain = []
        while i >= 0 and i not in info:
            chain.append(i)
            i = parent[i]
        s, f, d, mk, _ = info[i] if i >= 0 else (0, 0, -1, 0, 0)
        for e in reversed(chain):
            w = _word_bits(node_name(nodes[e])) if nodes is not None else 0
            s |= sem_bit(tags[e], 0)
            f |= w
            d += 1
            mk = mark_bit(marked.get(e), 0) or mk
            info[e] = (s, f, d, mk, w)
        return info[chain[0]] if chain else info[i]

    lo, hi = c.container, walk.end[c.container] if m else 0
    first, last, kept = span(c)
    width = max(last - first, 1)
    total = c.score[0] if c.score else 0.0
    cscore = c.score[c.container] if c.score else 0.0
    kept_chars = sum(b.n_chars for b in c.kept) or 1
    # (per row: the kind's bit, the semantic, near, far and mark bits, unpacked into columns at the end)
    packed: list[tuple[int, int, int, int, int]] = []
    num: list[tuple] = []
    flags = c.flags
    dropped = c.dropped
    log1p = math.log1p
    sentence_end = SENTENCE_END.search
    kind_bit = _KIND_BIT.get
    heading = HEADINGS.get
    # (a row reads its block's size, in Latin characters, and its neighbours': on text that is not ASCII a regex scan
    # each. The rows come in page order, mostly one after the other: a size the row before computed is taken from it,
    # so each block's is computed once)
    at = -3
    big = after = 0
    # (the same for every row of the page)
    page = (log1p(total), cscore / total if total > 0 else 0.0, c.container == 0, log1p(n))
    for j in rows:
        b = blocks[j]
        o = b.owner
        sem_o, far_o, depth_o, mark_o, near = info.get(o) or up(o)
        p = o
        for _ in range(NEAR_LEVELS):
            p = parent[p]
            if p < 0:
                break
            near |= info[p][4]
        dropped_o = dropped[o]
        packed.append((kind_bit(b.kind, _OTHER_BIT), sem_o, near, far_o, mark_o if dropped_o else 0))
        text = b.text
        n_chars = b.n_chars
        nc = n_chars or 1
        # (counted on the UTF-8 bytes: bytes.translate deletes a set of bytes in C)
        raw = text.encode()
        head = raw[:200]
        inside = lo <= o < hi
        dist = 0 if inside else (first - j if j < first else j - last)
        kept_j = kept[j]
        if j == at + 1:
            before, big = big, after
        else:
            before = after if j == at + 2 else size(blocks[j - 1].text) if j > 0 else 0
            big = size(text)
        after = size(blocks[j + 1].text) if j + 1 < n else 0
        at = j
        prev = (log1p(before), kept[j - 1], flags[j - 1]) if j > 0 else _NO_NEIGHBOUR
        nxt = (log1p(after), kept[j + 1], flags[j + 1]) if j + 1 < n else _NO_NEIGHBOUR
        len_raw = len(raw)
        len_head = len(head)
        # (lengths in Latin characters and words in any script, `scripts`: the same as the characters and the
        # spaces on text in the Latin script)
        num.append((
            log1p(big), log1p(words(text)), b.link_chars / nc,
            (len_raw - len(raw.translate(None, _PUNCT)) + marks(text)) / big,
            (len_raw - len(raw.translate(None, _DIGITS))) / big,
            sentence_end(text) is not None,
            log1p(depth_o), j / n, inside, not inside and j < first, not inside and j > last, log1p(dist),
            (j - first) / width if inside else 0.0, kept_j, flags[j], dropped_o, *page, *prev, *nxt,
            b.in_list >= 0, b.row >= 0, n_chars / kept_chars if kept_j else 0.0, heading(b.kind, 0),
            (len_head - len(head.translate(None, _CAPITALS))) / (len_head or 1),
        ))
    if not num:
        return np.zeros((0, len(FEATURES)))
    out = np.empty((len(num), len(FEATURES)))
    # (each packed int's 64 bits, least significant first, then the columns the features name)
    bits = np.unpackbits(np.array(packed, dtype="<u8").view(np.uint8), axis=1, bitorder="little")
    out[:, :len(_BIT_COLUMNS)] = bits[:, _BIT_COLUMNS]
    out[:, len(_BIT_COLUMNS):] = num
    return out


# The bit of each block kind (a one-hot column), "other" for a tag of no kind.
_KIND_BIT = {t: 1 << k for t, k in _KIND_OF.items()}
_OTHER_BIT = 1 << (len(KINDS) - 1)
# Where each bit column of `FEATURES` lies in a row's five unpacked 64-bit words (kind, sem, near, far, mark).
_BIT_COLUMNS = np.array([64 * w + k for w, size in enumerate((len(KINDS), len(SEM), len(GROUPS), len(GROUPS),
                                                              len(MARKS))) for k in range(size)])
_NO_NEIGHBOUR = (0.0, 0, 0)


def span(c: Choice) -> tuple[int, int, list[bool]]:
    """The first and last block inside the container (the container's blocks are consecutive: its elements are a
    range of the pre-order), and whether each block is kept; computed once per choice."""
    if c.span is None:
        lo, hi = c.container, c.walk.end[c.container] if c.walk.end else 0
        blocks = c.blocks
        n = len(blocks)
        first = next((j for j, b in enumerate(blocks) if lo <= b.owner < hi), n)
        last = next((j for j in range(n - 1, first - 1, -1) if lo <= blocks[j].owner < hi), -1)
        # (the rules keep a subsequence of the blocks, the same objects in order: one merge finds them; a kept
        # block found nowhere sends it to the set of ids)
        kept = [False] * n
        j = 0
        for b in c.kept:
            while j < n and blocks[j] is not b:
                j += 1
            if j == n:
                ids = {id(k) for k in c.kept}
                kept = [id(k) in ids for k in blocks]
                break
            kept[j] = True
            j += 1
        c.span = (first, last, kept)
    return c.span


def candidates(c: Choice, reach: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the kept blocks (the drop model's) and of the left-out blocks in the container or at most
    `reach` blocks from it, outside the widgets the rules dropped (the keep model's).

    A marked widget (a comment section, a figure, a box its class names a share bar or a footer) is never restored:
    on the cross-validation, restoring them gained on dragnet (whose golds keep comments) and lost on readability
    and l3s_gn1 (-.0007 and -.0010), and leaving them out raised the mean from +.0017 to +.0019.
    """
    drop, keep = _candidates(c, reach)
    return np.array(drop, dtype=np.int64), np.array(keep, dtype=np.int64)


def _candidates(c: Choice, reach: int) -> tuple[list[int], list[int]]:
    """`candidates` as lists."""
    dropped, blocks = c.dropped, c.blocks
    first, last, kept = span(c)
    drop = [j for j, k in enumerate(kept) if k]
    keep = [j for j in range(max(0, first - reach), min(len(blocks), last + reach + 1))
            if not kept[j] and not dropped[blocks[j].owner]]
    return drop, keep


@dataclass(slots=True)
class Trees:
    """A boosted ensemble of binary trees, all evaluated at once: at each level every row steps down every tree
    (a leaf points to itself), then the leaves' values are summed."""

    feature: np.ndarray    # per node (all trees' nodes in one array)
    threshold: np.ndarray  # go left when the feature is <= this
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray      # a leaf's raw score
    roots: np.ndarray      # each tree's first node
    depth: int
    baseline: float
    # (derived when the weights are read: per node numbered twice over, 2 * node + went right, its child's
    # double, and its feature, threshold and value repeated for both numbers)
    children2: np.ndarray = field(init=False, repr=False)
    feature2: np.ndarray = field(init=False, repr=False)
    threshold2: np.ndarray = field(init=False, repr=False)
    value2: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.children2 = 2 * np.stack([self.left, self.right], axis=1).ravel()
        self.feature2 = np.repeat(self.feature, 2)
        self.threshold2 = np.repeat(self.threshold, 2)
        self.value2 = np.repeat(self.value, 2)

    def proba(self, x: np.ndarray) -> np.ndarray:
        """The text probability of each row of `x`."""
        children2, feature2, threshold2 = self.children2, self.feature2, self.threshold2
        n, width = x.shape
        flat = np.ascontiguousarray(x).ravel()
        # (row r's feature f is flat[r * width + f]; a leaf points to itself both ways)
        base = np.arange(0, n * width, width)[:, None]
        node = np.broadcast_to(2 * self.roots, (n, len(self.roots)))
        for _ in range(self.depth):
            node = children2[node + (flat[base + feature2[node]] > threshold2[node])]
        return _sigmoid(self.value2[node].sum(axis=1) + self.baseline)


@dataclass(slots=True)
class Model:
    """The judge: trees for the kept blocks (drop) and for the left-out ones near the container (keep)."""

    drop: Trees | None
    keep: Trees | None


_SHIPPED = str(Path(__file__).with_name("judge.npz"))


def load(path: str = "") -> Model:
    """The judge's weights: `path`, or the package's own `judge.npz` when empty."""
    return _load(path or _SHIPPED)


@lru_cache(maxsize=4)
def _load(path: str) -> Model:
    with np.load(path, allow_pickle=False) as d:
        if tuple(str(f) for f in d["features"]) != FEATURES:
            raise ValueError(f"judge weights {path} are for other features")
        out = []
        for which in ("drop", "keep"):
            if f"{which}_feature" not in d:
                out.append(None)
                continue
            out.append(Trees(d[f"{which}_feature"].astype(np.int64), d[f"{which}_threshold"].astype(np.float64),
                             d[f"{which}_left"].astype(np.int64), d[f"{which}_right"].astype(np.int64),
                             d[f"{which}_value"].astype(np.float64), d[f"{which}_roots"].astype(np.int64),
                             int(d[f"{which}_depth"]), float(d[f"{which}_baseline"])))
    return Model(*out)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def correct(c: Choice, model: Model, drop_below: float, keep_above: float, reach: int) -> list[Block]:
    """The kept blocks after the judge: the rules' blocks less those it is sure are not text (when it has a drop
    model and `drop_below` > 0), plus the left-out blocks near the container it is sure are, in page order."""
    if not c.blocks:
        return c.kept
    drop, keep = _candidates(c, reach)
    drop_rows = [] if model.drop is None or drop_below <= 0 else drop
    if model.keep is None:
        keep = []
    if not drop_rows and not keep:
        return c.kept
    x = features(c, drop_rows + keep)
    out = set(drop)
    if drop_rows:
        pd = model.drop.proba(x[:len(drop_rows)]).tolist()
        out.difference_update(j for j, p in zip(drop_rows, pd) if p < drop_below)
    if keep:
        pk = model.keep.proba(x[len(drop_rows):]).tolist()
        out.update(j for j, p in zip(keep, pk) if p > keep_above)
    return [c.blocks[j] for j in sorted(out)]
