"""Ingest idempotence, removal of changed/deleted documents, safety on failure, search."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from socialreply.errors import EmbeddingError, SourceError, StoreError, UserError
from socialreply.knowledge import KnowledgeBase
from socialreply.knowledge.embeddings import MiniLMEmbedder, Vectors

from .conftest import FIXTURES


def _ids(kb: KnowledgeBase) -> set[str]:
    return set(kb._store.records(documents=False).ids)


def _docs(kb: KnowledgeBase) -> set[str]:
    return {str(m["doc_id"]) for m in kb._store.records(documents=False).metadatas}


ALL_DOCS = {
    "returns-policy",
    "shipping-policy",
    "policies/warranty.md",
    "trailblazer-rain-jacket",
    "summit-2-tent",
    "merino-trail-socks",
    "faq-gift-cards",
    "faq-support-hours",
}


def test_reingest_is_idempotent_and_embeds_nothing(
    kb: KnowledgeBase, fixture_store: Path, embedder: MiniLMEmbedder
) -> None:
    first = kb.ingest([fixture_store])
    assert sorted(first.docs_added) == sorted(ALL_DOCS)
    assert first.chunks_added == first.embedded > 0
    ids = _ids(kb)
    calls = embedder.calls
    second = kb.ingest([fixture_store])
    assert (second.chunks_added, second.chunks_removed, second.embedded) == (0, 0, 0)
    assert second.docs_unchanged == len(ALL_DOCS)
    assert second.chunks_unchanged == len(ids)
    assert embedder.calls == calls  # nothing went through the model
    assert _ids(kb) == ids


def test_changed_and_deleted_documents_lose_their_old_chunks(
    kb: KnowledgeBase, fixture_store: Path
) -> None:
    kb.ingest([fixture_store])
    before = _ids(kb)
    returns = fixture_store / "policies" / "returns.md"
    returns.write_text(returns.read_text().replace("30 days", "60 days"), encoding="utf-8")
    (fixture_store / "policies" / "shipping.md").unlink()
    catalog = fixture_store / "products" / "catalog.csv"
    lines = catalog.read_text().splitlines(keepends=True)
    catalog.write_text("".join(line for line in lines if "merino" not in line), encoding="utf-8")
    report = kb.ingest([fixture_store])
    assert report.docs_updated == ["returns-policy"]
    assert report.docs_removed == ["merino-trail-socks", "shipping-policy"]
    assert _docs(kb) == ALL_DOCS - {"shipping-policy", "merino-trail-socks"}
    after = _ids(kb)
    assert not any(i.startswith("returns-policy#") for i in before & after)
    text = kb.search("return window", k=1, filters={"doc_id": "returns-policy"})[0].text
    assert "60 days" in text and "30 days" not in text


def test_ingesting_one_file_does_not_remove_other_files(
    kb: KnowledgeBase, fixture_store: Path
) -> None:
    kb.ingest([fixture_store])
    report = kb.ingest([fixture_store / "faq" / "faq.jsonl"])
    assert report.docs_removed == [] and report.docs_unchanged == 2
    assert _docs(kb) == ALL_DOCS


def test_a_file_that_breaks_keeps_its_previous_documents(
    kb: KnowledgeBase, fixture_store: Path
) -> None:
    kb.ingest([fixture_store])
    before = _ids(kb)
    (fixture_store / "policies" / "returns.md").write_bytes(b"---\nid: [oops\n---\nx\n")
    (fixture_store / "notes.md").write_bytes(b"\xff\xfe broken")
    report = kb.ingest([fixture_store])
    assert {s.source.rsplit("/", 1)[-1] for s in report.skipped} == {"returns.md", "notes.md"}
    assert "returns.md:2: malformed front matter" in report.summary()
    assert report.docs_removed == []
    assert _ids(kb) == before


def test_strict_ingest_fails_before_writing(kb: KnowledgeBase, fixture_store: Path) -> None:
    kb.ingest([fixture_store])
    before = _ids(kb)
    (fixture_store / "policies" / "shipping.md").write_text("changed text", encoding="utf-8")
    (fixture_store / "empty.md").write_text("", encoding="utf-8")
    with pytest.raises(SourceError, match=r"empty\.md: empty file"):
        kb.ingest([fixture_store], strict=True)
    assert _ids(kb) == before


class _FailingEmbedder:
    """Embeds the first `budget` texts, then fails like a crashed model."""

    def __init__(self, inner: MiniLMEmbedder, budget: int) -> None:
        self.inner = inner
        self.budget = budget

    @property
    def spec(self) -> str:
        return "minilm"

    def embed(self, texts: Sequence[str]) -> Vectors:
        if len(texts) > self.budget:
            raise EmbeddingError("model crashed")
        self.budget -= len(texts)
        return self.inner.embed(texts)


def test_failure_halfway_keeps_existing_contents(
    tmp_path: Path, fixture_store: Path, embedder: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socialreply.knowledge import knowledge_base

    with KnowledgeBase.open(tmp_path / "kb", embedder=embedder) as kb:
        kb.ingest([fixture_store])
        before = _ids(kb)
    returns = fixture_store / "policies" / "returns.md"
    returns.write_text(returns.read_text().replace("30 days", "60 days"), encoding="utf-8")
    for i in range(6):
        (fixture_store / f"new-{i}.md").write_text(
            f"New page {i} about topic {i}.", encoding="utf-8"
        )
    monkeypatch.setattr(knowledge_base, "_WRITE_BATCH", 2)
    failing = _FailingEmbedder(embedder, budget=4)
    with KnowledgeBase.open(tmp_path / "kb", embedder=failing) as kb:
        with pytest.raises(EmbeddingError):
            kb.ingest([fixture_store])
        assert before <= _ids(kb)  # nothing already stored was lost
    with KnowledgeBase.open(tmp_path / "kb", embedder=embedder) as kb:
        report = kb.ingest([fixture_store])  # the next ingest completes the job
        assert report.chunks_removed >= 1
        assert "returns-policy" in report.docs_updated
        assert len(_docs(kb)) == len(ALL_DOCS) + 6


def test_reopen_without_embedder_uses_the_registered_function(
    tmp_path: Path, fixture_store: Path, embedder: MiniLMEmbedder
) -> None:
    with KnowledgeBase.open(tmp_path / "kb", embedder=embedder) as kb:
        kb.ingest([fixture_store])
    with KnowledgeBase.open(tmp_path / "kb") as reopened:
        assert reopened.embedder.spec == "minilm"
        assert reopened.search("do gift cards expire", k=1)[0].doc_id == "faq-gift-cards"


def test_a_different_embedder_is_refused(
    tmp_path: Path, fixture_store: Path, embedder: MiniLMEmbedder
) -> None:
    from socialreply.knowledge.embeddings import OpenAIEmbedder

    with KnowledgeBase.open(tmp_path / "kb", embedder=embedder) as kb:
        kb.ingest([fixture_store])
    with pytest.raises(StoreError, match="built with embedder 'minilm'"):
        KnowledgeBase.open(tmp_path / "kb", embedder=OpenAIEmbedder())


@pytest.fixture(scope="module")
def fixture_kb(
    tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedder
) -> Iterator[KnowledgeBase]:
    """The fixture store ingested once for the read-only search tests below."""
    base = KnowledgeBase.open(tmp_path_factory.mktemp("fixture") / "kb", embedder=embedder)
    base.ingest([FIXTURES])
    yield base
    base.close()


@pytest.mark.parametrize(
    ("query", "filters", "expected"),
    [
        ("how long do I have to return something", None, "returns-policy"),
        ("do gift cards expire", None, "faq-gift-cards"),
        ("international delivery time", None, "shipping-policy"),
        ("NW-S2T", None, "summit-2-tent"),
        ("is the trailblazer rain jacket available in red", None, "trailblazer-rain-jacket"),
        ("gift cards", {"doc_type": "policy"}, "returns-policy"),
        ("waterproof", {"tags": ["tents", "socks"]}, "summit-2-tent"),
        ("anything", {"doc_id": "merino-trail-socks"}, "merino-trail-socks"),
    ],
)
def test_search_finds_the_expected_document(
    fixture_kb: KnowledgeBase, query: str, filters: dict[str, object] | None, expected: str
) -> None:
    facts = fixture_kb.search(query, k=3, filters=filters)
    assert facts[0].doc_id == expected
    if filters:
        assert all(
            f.metadata.get(k) in (v if isinstance(v, list) else [v])
            for f in facts
            for k, v in filters.items()
            if k != "tags"
        )


def test_facts_carry_scores_similarity_and_one_chunk_per_document(
    fixture_kb: KnowledgeBase,
) -> None:
    facts = fixture_kb.search("returns and refunds", k=8)
    assert len({f.doc_id for f in facts}) == len(facts)
    assert [f.score for f in facts] == sorted((f.score for f in facts), reverse=True)
    for fact in facts:
        assert 0.0 <= fact.metadata["similarity"] <= 1.0
        assert fact.source and fact.title and fact.text
        assert not any(key.startswith("tag:") for key in fact.metadata)


def test_product_names_in_the_query_are_boosted(fixture_kb: KnowledgeBase) -> None:
    facts = fixture_kb.search("NW-TRJ-L-RED", k=3)
    assert facts[0].doc_id == "trailblazer-rain-jacket" and facts[0].metadata["boosted"]
    bm25_only = fixture_kb.search("how heavy is the summit 2 tent", k=3, mode="bm25")
    assert not bm25_only[0].metadata["boosted"]


def test_style_codes_and_misspellings_find_their_documents(fixture_kb: KnowledgeBase) -> None:
    # A style code (a SKU without its size and colour) names the product exactly.
    facts = fixture_kb.search("do you have NW-TRJ in blue", k=3)
    assert facts[0].doc_id == "trailblazer-rain-jacket" and facts[0].metadata["boosted"]
    # BM25 alone finds nothing for a misspelt word unless the query is corrected first.
    assert fixture_kb.search("sokcs", k=1, mode="bm25")[0].doc_id == "merino-trail-socks"


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_search_modes(fixture_kb: KnowledgeBase, mode: str) -> None:
    facts = fixture_kb.search("merino wool socks", k=2, mode=mode)  # type: ignore[arg-type]
    assert facts[0].doc_id == "merino-trail-socks"


def test_relevance(fixture_kb: KnowledgeBase) -> None:
    assert fixture_kb.is_relevant(fixture_kb.search("do gift cards expire"))
    assert not fixture_kb.is_relevant(fixture_kb.search("what is the capital of mongolia"))
    assert not fixture_kb.is_relevant([])


def test_bad_search_arguments(fixture_kb: KnowledgeBase) -> None:
    assert fixture_kb.search("   ") == []
    with pytest.raises(UserError):
        fixture_kb.search("x", k=0)
    with pytest.raises(UserError):
        fixture_kb.search("x", mode="fuzzy")  # type: ignore[arg-type]
    with pytest.raises(UserError):
        fixture_kb.search("x", filters={"tags": []})


def test_a_query_with_bytes_that_were_not_utf8_is_searched(
    fixture_kb: KnowledgeBase,
) -> None:
    """Session 22 QA: `kb search $'\\xff refund'` (a lone surrogate from the shell's
    bytes) was 'internal error (TypeError: TextEncodeInput must be Union[...])' from the
    tokenizer; triage and draft replace such characters with U+FFFD, so does search. A
    query that is not a string is a UserError, not an AttributeError."""
    assert [f.doc_id for f in fixture_kb.search("\udcff return policy")] == [
        f.doc_id for f in fixture_kb.search("\ufffd return policy")
    ]
    with pytest.raises(UserError, match="query must be a string"):
        fixture_kb.search(None)  # type: ignore[arg-type]


def test_empty_store(kb: KnowledgeBase) -> None:  # a fresh, empty one
    assert kb.search("anything") == []
    assert kb.stats()["chunks"] == 0


def test_stats(fixture_kb: KnowledgeBase) -> None:
    stats = fixture_kb.stats()
    assert stats["documents"] == len(ALL_DOCS)
    # warranty.md has no front-matter type: it is a policy because it is under policies/.
    assert stats["doc_types"] == {"faq": 2, "policy": 3, "product": 3}
    assert stats["embedder"] == "minilm"
    assert 0 < stats["chunk_tokens"]["mean"] <= stats["chunk_tokens"]["max"] <= 200


def test_knowledge_base_is_a_retriever_and_thread_safe(fixture_kb: KnowledgeBase) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from socialreply.knowledge import Retriever

    assert isinstance(fixture_kb, Retriever)
    queries = ["gift cards", "return window", "tent weight", "merino socks"] * 3
    serial = [[f.id for f in fixture_kb.search(q, k=3)] for q in queries]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda q: [f.id for f in fixture_kb.search(q, k=3)], queries))
    assert parallel == serial


def test_ingesting_the_working_directory_removes_deleted_files(
    kb: KnowledgeBase, fixture_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(fixture_store)
    kb.ingest(["."])
    (fixture_store / "policies" / "warranty.md").unlink()
    report = kb.ingest(["."])
    assert report.docs_removed == ["policies/warranty.md"]


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:99999", "http://h:port"])
def test_a_malformed_chroma_url_is_named(url: str) -> None:
    """Session 22 QA: `kb stats --chroma-url http://[::1` was 'internal error (ValueError:
    Invalid IPv6 URL)', and a port out of range read as an unreachable server."""
    with pytest.raises(StoreError, match="invalid Chroma URL"):
        KnowledgeBase.connect(url)
