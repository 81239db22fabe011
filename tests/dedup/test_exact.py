"""dedup_exact: normalized text and URL keys, keep policies, merged groups."""
from __future__ import annotations

import pytest

from tamis.dedup.exact import DedupExact
from tamis.dedup.normalize import url_key
from tamis.document import Document
from tamis.engines.memory import run_steps


def test_text_duplicates_ignore_case_spacing_and_punctuation_across_shards() -> None:
    docs = [
        Document(id="a", text="Hello, World!\nThis is   the story."),
        Document(id="b", text="Another story entirely."),
        Document(id="c", text="hello world this is the story"),
        Document(id="d", text="HELLO WORLD. This is the story..."),
        Document(id="e", text="Hello World. This is the other story."),
    ]
    run_steps([DedupExact()], docs, shard_size=2)
    assert [d.id for d in docs if d.rejected] == ["c", "d"]
    for d in docs[2:4]:
        assert d.metadata["duplicate_of"] == "a" and d.metadata["exact_cluster_size"] == 3
        assert d.reason == "exact_duplicate: same text as a (3 copies)"
    assert docs[0].metadata["exact_cluster_id"] == "a"
    assert "exact_cluster_id" not in docs[1].metadata


def test_whitespace_mode_keeps_case_differences() -> None:
    docs = [Document(id="a", text="Hello  world"), Document(id="b", text="hello world"),
            Document(id="c", text="Hello world\n")]
    run_steps([DedupExact(normalize="whitespace")], docs)
    assert [d.id for d in docs if d.rejected] == ["c"]


def test_keep_longest_and_quality() -> None:
    def docs() -> list[Document]:
        return [Document(id="a", text="same words", metadata={"quality": 0.1}),
                Document(id="b", text="Same   words!!", metadata={"quality": 0.7})]

    d = docs()
    run_steps([DedupExact(keep="longest")], d)
    assert [x.id for x in d if not x.rejected] == ["b"]
    d = docs()
    run_steps([DedupExact(keep="quality")], d)
    assert [x.id for x in d if not x.rejected] == ["b"]


def test_url_normal_form() -> None:
    assert url_key("HTTPS://www.Example.org/a/?utm_source=x&b=2&a=1#top") == url_key("http://example.org/a?a=1&b=2")
    assert url_key("http://example.org/a") != url_key("http://example.org/b")
    assert url_key("http://example.org:8080/a") != url_key("http://example.org/a")


def test_text_and_url_groups_are_merged_so_one_document_is_kept() -> None:
    # a and b share a text, b and c share a URL: with separate decisions b could keep neither copy.
    docs = [
        Document(id="a", text="first text", url="http://x.org/1"),
        Document(id="b", text="First text.", url="http://x.org/2"),
        Document(id="c", text="a changed page", url="http://x.org/2?utm_medium=mail"),
        Document(id="d", text="unrelated", url="http://x.org/3"),
    ]
    run_steps([DedupExact(by="text+url")], docs, shard_size=1)
    assert [d.id for d in docs if not d.rejected] == ["a", "d"]
    assert all(d.metadata["exact_cluster_id"] == "a" for d in docs[:3])
    assert docs[2].metadata["duplicate_of"] == "a"


def test_bad_parameters() -> None:
    with pytest.raises(ValueError):
        DedupExact(by="hash")
    with pytest.raises(ValueError):
        DedupExact(keep="random")


def test_all_dedup_steps_register_and_report_their_parameters() -> None:
    from tamis.dedup import STEPS
    from tamis.registry import make_step

    for name in STEPS:
        step = make_step(name, {})
        assert step.name == name and step.kind == "corpus"
        assert set(step.params()) == set(step.param_names())
