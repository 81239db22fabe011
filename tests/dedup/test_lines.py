"""dedup_lines: site boilerplate per host, and CCNet-style global paragraph dedup."""
from __future__ import annotations

from tamis.dedup.lines import DedupLines
from tamis.document import Document
from tamis.engines.memory import run_steps
from tests.dedup.corpus import words

FOOTER = "© {year} Example News. All rights reserved."
DISCLAIMER = "This story was syndicated from a wire feed and has not been edited."


def site(n: int, host: str, footer: bool = True, start: int = 0) -> list[Document]:
    out = []
    for i in range(n):
        body = " ".join(words(1000 + start + i, 40))
        lines = ["Headline " + " ".join(words(start + i, 3)), body]
        if i % 2 == 0:
            lines.append(DISCLAIMER)
        if footer:
            lines.append(FOOTER.format(year=2020 + i % 3))
        out.append(Document(id=f"{host}-{i}", text="\n".join(lines), url=f"https://www.{host}/a/{i}"))
    return out


def test_host_boilerplate_removed_from_every_page_and_recorded() -> None:
    docs = site(12, "example.org") + site(3, "small.org", start=50)
    run_steps([DedupLines()], docs, shard_size=4)
    for d in docs[:12]:
        assert "All rights reserved" not in d.text
        assert DISCLAIMER not in d.text
        assert d.text.startswith("Headline")
        reasons = {r.reason for r in d.removed}
        assert reasons == {"site_boilerplate"}
        assert not d.rejected
    # the same footer on only 3 pages of another host: below min_docs, kept
    for d in docs[12:]:
        assert "All rights reserved" in d.text and not d.removed


def test_thresholds_are_parameters() -> None:
    docs = site(12, "example.org")
    # the disclaimer is on 6 of 12 pages: under a 0.6 share it stays, the footer goes
    run_steps([DedupLines(min_frac=0.6)], docs)
    assert all("All rights reserved" not in d.text for d in docs)
    assert sum(DISCLAIMER in d.text for d in docs) == 6


def test_page_of_only_boilerplate_is_rejected() -> None:
    docs = site(6, "example.org")
    docs.append(Document(id="empty", text=FOOTER.format(year=2021), url="http://example.org/x"))
    run_steps([DedupLines()], docs)
    assert docs[-1].rejected and docs[-1].reason == "site_boilerplate: no text left"


def test_documents_without_url_are_untouched() -> None:
    docs = [Document(id=str(i), text=f"{FOOTER}\nbody {i}") for i in range(8)]
    run_steps([DedupLines()], docs)
    assert all(not d.removed for d in docs)


def test_global_paragraph_dedup_keeps_first_occurrence_across_shards() -> None:
    para = "A paragraph that\nspans two lines."
    texts = [f"Intro {' '.join(words(i, 3))}.\n\n{para}\n\nEnd {' '.join(words(i + 9, 3))}."
             for i in range(5)]
    docs = [Document(id=f"g{i}", text=t) for i, t in enumerate(texts)]
    run_steps([DedupLines(scope="global", unit="paragraph", global_buckets=4)], docs, shard_size=2)
    assert para in docs[0].text
    for d in docs[1:]:
        assert "paragraph that" not in d.text and d.text.startswith("Intro")
        assert [r.reason for r in d.removed] == ["duplicate_paragraph"], (d.id, d.removed)
        assert d.removed[0].text == para
