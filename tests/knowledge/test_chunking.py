"""Token chunking: limits, overlap, headings kept with their text, content-hash ids."""

from __future__ import annotations

import itertools

import pytest

from socialreply.knowledge.chunking import ChunkingOptions, chunk_document
from socialreply.knowledge.documents import Document, Section
from socialreply.knowledge.tokens import count_tokens, encoding


def _doc(*sections: Section, title: str = "Returns policy", doc_id: str = "returns") -> Document:
    return Document(
        id=doc_id,
        source="policies/returns.md",
        title=title,
        doc_type="policy",
        sections=sections,
        tags=("returns",),
        metadata={"owner": "ops"},
    )


def _sentences(n: int, word: str = "refund") -> str:
    return " ".join(
        f"Sentence {i} explains the {word} rule number {i} in detail." for i in range(n)
    )


def test_offline_encoding_matches_cl100k() -> None:
    # Known cl100k_base ids (same as tiktoken.get_encoding("cl100k_base")).
    assert encoding().encode_ordinary("hello world") == [15339, 1917]
    assert count_tokens("Free returns within 30 days.") == 7


def test_small_sections_are_packed_with_their_headings() -> None:
    doc = _doc(
        Section(("Returns policy",), "Return within 30 days."),
        Section(("Returns policy", "Exchanges"), "Exchanges are free."),
    )
    (chunk,) = chunk_document(doc)
    assert chunk.text == "Returns policy\nReturn within 30 days.\n\nExchanges\nExchanges are free."
    assert chunk.metadata["doc_id"] == "returns"
    assert chunk.metadata["tags"] == "returns"
    assert chunk.metadata["tag:returns"] is True
    assert chunk.metadata["owner"] == "ops"
    assert chunk.metadata["tokens"] == chunk.tokens == count_tokens(chunk.text)


@pytest.mark.parametrize(("max_tokens", "overlap"), [(64, 0), (64, 16), (120, 24), (200, 32)])
def test_long_sections_split_within_limit_with_overlap(max_tokens: int, overlap: int) -> None:
    doc = _doc(
        Section(("Intro",), "Short intro."),
        Section(("Exchanges",), _sentences(40, "exchange")),
        Section(("Final sale",), "Gift cards are final sale."),
    )
    chunks = chunk_document(doc, ChunkingOptions(max_tokens=max_tokens, overlap=overlap))
    assert len(chunks) > 2
    for chunk in chunks:
        assert chunk.tokens <= max_tokens
        assert chunk.text.startswith("Returns policy\n")
    pieces = [c.text for c in chunks if "exchange rule" in c.text]
    assert len(pieces) >= 2
    for piece in pieces:  # every piece of the long section repeats its heading
        assert piece.split("\n")[1] == "Exchanges"
    for first, second in itertools.pairwise(pieces):
        last_sentence = first.rsplit(". ", 1)[-1].rstrip(".")
        assert (last_sentence in second) == (overlap > 0 and count_tokens(last_sentence) <= overlap)
    # Every sentence of the section survives chunking.
    joined = " ".join(pieces)
    for i in range(40):
        assert f"rule number {i} in detail" in joined


def test_heading_never_ends_a_chunk_without_its_text() -> None:
    doc = _doc(*(Section(("Policy", f"Part {i}"), _sentences(3)) for i in range(12)))
    for chunk in chunk_document(doc, ChunkingOptions(max_tokens=80, overlap=8)):
        lines = chunk.text.split("\n")
        assert not lines[-1].startswith("Policy > Part")


def test_a_sentence_longer_than_a_chunk_is_cut_by_tokens() -> None:
    doc = _doc(Section((), " ".join(f"w{i}" for i in range(500))))
    chunks = chunk_document(doc, ChunkingOptions(max_tokens=64, overlap=8))
    assert len(chunks) >= 8
    assert all(c.tokens <= 64 for c in chunks)


def test_ids_are_content_hashes() -> None:
    doc = _doc(Section((), "Return within 30 days."))
    same = chunk_document(_doc(Section((), "Return within 30 days.")))
    assert [c.id for c in chunk_document(doc)] == [c.id for c in same]
    assert chunk_document(doc)[0].id.startswith("returns#")
    changed_text = chunk_document(_doc(Section((), "Return within 45 days.")))
    changed_meta = chunk_document(
        Document(
            id="returns",
            source="other.md",
            title="Returns policy",
            doc_type="policy",
            sections=(Section((), "Return within 30 days."),),
        )
    )
    ids = {chunk_document(doc)[0].id, changed_text[0].id, changed_meta[0].id}
    assert len(ids) == 3


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        ChunkingOptions(max_tokens=10)
    with pytest.raises(ValueError):
        ChunkingOptions(max_tokens=100, overlap=60)
