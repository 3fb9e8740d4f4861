from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from socialreply.errors import EmbeddingError
from socialreply.knowledge.distill import piece_vectors
from socialreply.knowledge.embeddings import Embedder
from socialreply.knowledge.static_embeddings import StaticEmbedder


@pytest.fixture(scope="module")
def static() -> StaticEmbedder:
    return StaticEmbedder()


def test_table_is_what_distill_produces_for_a_sample_of_pieces(static: StaticEmbedder) -> None:
    # Re-run MiniLM on 64 pieces spread over the vocabulary and project them with the
    # stored PCA: the table's int8 rows must match to within half a quantisation step
    # (plus a little for float differences between CPUs' onnxruntime kernels).
    static.embed(["built on first use if this machine has none"])
    with np.load(static.table_path) as data:
        rows, scales = data["rows"], data["scales"]
        mean, components = data["mean"], data["components"]
    ids = np.linspace(0, rows.shape[0] - 1, 64).astype(np.int64)
    expected = (piece_vectors(ids) - mean) @ components.T
    stored = rows[ids].astype(np.float32) * scales[ids, None]
    step = scales[ids, None]
    assert np.all(np.abs(stored - expected) <= step * 0.5 + 2e-3)


def test_vectors_are_normalised_sized_and_deterministic(static: StaticEmbedder) -> None:
    texts = ["where is my order", "my jacket caught fire", "où est ma commande ?"]
    first = static.embed(texts)
    assert first.shape == (3, 256) and first.dtype == np.float32
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, static.embed(texts))
    # One text embedded alone gives the same vector as inside a batch.
    assert np.allclose(static.embed([texts[1]])[0], first[1], atol=1e-6)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01"])
def test_text_without_pieces_is_the_zero_vector(static: StaticEmbedder, text: str) -> None:
    vector = static.embed(["hello", text])[1]
    assert not np.any(vector)


def test_related_texts_are_closer_than_unrelated(static: StaticEmbedder) -> None:
    a, b, c = static.embed(
        [
            "the zipper broke and cut my hand, it was bleeding",
            "this jacket injured me, I needed stitches",
            "do you ship to canada and how long does it take",
        ]
    )
    assert float(a @ b) > float(a @ c)


def test_huge_text_is_cut_not_refused(static: StaticEmbedder) -> None:
    assert static.embed(["refund " * 50_000]).shape == (1, 256)


def test_empty_batch_and_protocol(static: StaticEmbedder) -> None:
    assert static.embed([]).shape == (0, 256)
    assert isinstance(static, Embedder) and static.spec == "static-minilm"


def test_distill_cli_keeps_an_existing_table(
    static: StaticEmbedder, capsys: pytest.CaptureFixture[str]
) -> None:
    from socialreply.knowledge.distill import main

    static.embed(["x"])
    before = static.table_path.stat().st_mtime_ns
    assert main([str(static.table_path)]) == 0
    assert "exists" in capsys.readouterr().out
    assert static.table_path.stat().st_mtime_ns == before


def test_missing_or_wrong_table_is_a_clear_error(tmp_path: Path) -> None:
    # An explicit table is never built behind the caller's back.
    with pytest.raises(EmbeddingError, match="cannot read the static embedding table"):
        StaticEmbedder(tmp_path / "missing.npz").embed(["x"])
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, rows=np.zeros((10, 256), dtype=np.int8), scales=np.ones(10))
    with pytest.raises(EmbeddingError, match="has shape"):
        StaticEmbedder(wrong).embed(["x"])
