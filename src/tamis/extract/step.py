"""The `extract` step: an HTML document becomes a text document with its metadata."""
from __future__ import annotations

from typing import ClassVar

from tamis.document import Document
from tamis.extract.core import Options, extract_html
from tamis.extract.metadata import FIELDS
from tamis.steps import Step


class Extract(Step):
    """Main content and metadata of HTML documents (`kind == "html"`); other documents pass.

    The page's chrome is not a span of the text, and is not recorded. Text the extractor chose and then left out
    (the later copy of a text the page prints twice) is: a removed span with reason `repetition: ...`.

    Parameters (defaults published here, measured in bench/RESULTS.md (extract)):
    - comments: keep user comments (trafilatura's include_comments, off as in its benchmarks).
    - tables, alt_text, links: keep tables; image alt text as [alt]; links as [text](url) (a relative URL resolved
      against the page's <base href>, else its URL).
    - markdown: CommonMark: headings as #, list items as - or 1. (nested ones indented; an <ol> numbered from its
      start, down when reversed, an item from its value), tables with a header row and its separator, quotations as >.
    - max_bytes: pages larger than this (bytes of UTF-8, the decoded page's) are removed (trafilatura's
      MAX_FILE_SIZE is 20 MB). Markup the parser would take too long on is repaired or removed before parsing
      (extract/guard.py): nesting over 20,000 deep (less on a page of more than 20,000 tags: at most 400 million
      / tags) is flattened past 1,000 levels (its text kept), an element of over 10,000 attributes is removed
      (`too_many_attributes`).
    - time_budget_s: per-page budget of CPU time (the extracting thread's) for the whole extraction: the parse
      (which cannot be interrupted: checked when it is done), the metadata, the walk, the choice of blocks, the
      judge and the rendering; a page over it is removed (`extract: time_budget: ...`).
    - judge: the learned block judge restores left-out blocks near the container (bench/RESULTS.md, extraction
      round 11: +.0018 F1 on the mean, cross-validated on the even half and on the held-out half).
    - max_depth: nesting beyond this depth is flattened to plain text.
    - min_chars: a block this long with few links counts as prose (jusText's length_low is 70;
      we take 40 because the container, not the block, decides what is kept; measured 25-90).
    - max_link_density: blocks with more link text than this share are navigation (Readability's
      0.5 for a candidate; 0.33 measured worse).
    - dominance: descend towards the best paragraphs while the child holds this share of its
      parent's prose (measured 0.5-0.8 on the dev sets; 0.6 best on the mean).
    - max_share, comment_share: a marked widget (comment section) is kept as a wrapper of the
      content only when it holds more than this share of the page's prose.
    - wrapper_ratio: ... and when the best paragraphs inside it beat those outside by this factor.
    - discussion_chars: comments are the content (a forum thread) when the best paragraphs outside
      them hold fewer characters than this (trafilatura's MIN_EXTRACTED_SIZE is 250).
    - min_words: fewer extracted words than this is `no_content`.
    """

    name = "extract"
    fields: ClassVar[dict[str, str]] = {k: "string" for k in FIELDS}

    def __init__(self, comments: bool = False, tables: bool = True, alt_text: bool = False,
                 links: bool = False, markdown: bool = False, max_bytes: int = 10_000_000,
                 time_budget_s: float = 2.0, max_depth: int = 200, min_chars: int = 40,
                 max_link_density: float = 0.5, dominance: float = 0.6, max_share: float = 0.25,
                 comment_share: float = 0.8, wrapper_ratio: float = 2.0, discussion_chars: float = 250,
                 min_words: int = 1, judge: bool = True) -> None:
        self.comments = comments
        self.tables = tables
        self.alt_text = alt_text
        self.links = links
        self.markdown = markdown
        self.max_bytes = max_bytes
        self.time_budget_s = time_budget_s
        self.max_depth = max_depth
        self.min_chars = min_chars
        self.max_link_density = max_link_density
        self.dominance = dominance
        self.max_share = max_share
        self.comment_share = comment_share
        self.wrapper_ratio = wrapper_ratio
        self.discussion_chars = discussion_chars
        self.min_words = min_words
        self.judge = judge
        self._opts = Options(comments=comments, tables=tables, alt_text=alt_text, links=links,
                             markdown=markdown, max_bytes=max_bytes, time_budget_s=time_budget_s,
                             max_depth=max_depth, min_chars=min_chars, max_link_density=max_link_density,
                             dominance=dominance, max_share=max_share, comment_share=comment_share,
                             wrapper_ratio=wrapper_ratio, discussion_chars=discussion_chars, judge=judge)

    def process(self, doc: Document) -> Document:
        """Extract an HTML document in place; reject it when over a limit or without main text."""
        if doc.kind != "html":
            return doc
        html = doc.text
        if isinstance(html, (bytes, bytearray)):
            from tamis.extract.encoding import decode_html

            html = decode_html(bytes(html), doc.metadata.get("http_charset"))
        try:
            res = extract_html(html, self._opts, doc.url)
        except Exception as e:
            res = None
            error = f"error: {type(e).__name__}"
        else:
            error = res.error
        if res is not None:
            for k, v in res.metadata.items():
                doc.metadata[k] = v
        doc.kind = "text"
        if error:
            doc.text = ""
            return doc.reject(f"extract: {error}", self.name)
        assert res is not None
        doc.text = res.text
        for span, reason in res.removed:
            doc.record(span, reason, self.name)
        if len(doc.view.words) < self.min_words:
            return doc.reject("no_content", self.name)
        return doc
