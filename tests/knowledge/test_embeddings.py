"""The offline MiniLM embedder: known similarities, normalisation, batching, de-duplication."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.knowledge.embeddings import (
    Embedder,
    MiniLMEmbedder,
    OpenAIEmbedder,
    _spread,
    make_embedder,
    spread_over_cores,
)


def test_vectors_are_normalised_and_sized(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed(["a short text", "another, somewhat longer piece of text"])
    assert vectors.shape == (2, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, 384)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Reference cosines of sentence-transformers' all-MiniLM-L6-v2 (fp32); int8 is close.
        ("A man is eating food.", "A man is eating a piece of bread.", 0.755),
        ("The new movie is awesome", "The new movie is so great", 0.894),
    ],
)
def test_cosine_matches_reference_model(
    embedder: MiniLMEmbedder, a: str, b: str, expected: float
) -> None:
    va, vb = embedder.embed([a, b])
    assert float(va @ vb) == pytest.approx(expected, abs=0.02)


@pytest.mark.parametrize(
    ("query", "paraphrase", "unrelated"),
    [
        (
            "How long do I have to send a jacket back?",
            "Returns are accepted within 30 days.",
            "Our tents weigh 1.9 kg.",
        ),
        (
            "Do gift cards ever expire?",
            "Gift cards never expire.",
            "Standard shipping takes 3 to 5 days.",
        ),
        (
            "Is my card data safe?",
            "We never store full card numbers.",
            "Socks come in sizes M and L.",
        ),
    ],
)
def test_paraphrases_are_closer_than_unrelated(
    embedder: MiniLMEmbedder, query: str, paraphrase: str, unrelated: str
) -> None:
    q, p, u = embedder.embed([query, paraphrase, unrelated])
    assert float(q @ p) > float(q @ u) + 0.1


def test_padding_does_not_change_vectors(embedder: MiniLMEmbedder) -> None:
    short = "free returns"
    alone = embedder.embed([short])[0]
    batched = embedder.embed([short, "a much longer text " * 30])[0]
    assert float(alone @ batched) > 0.9999


def test_each_distinct_text_is_embedded_once() -> None:
    fresh = MiniLMEmbedder(batch_size=2)
    texts = ["alpha", "beta", "alpha", "gamma", "beta", "delta " * 40]
    vectors = fresh.embed(texts)
    assert fresh.calls == 4
    assert np.allclose(vectors[0], vectors[2]) and np.allclose(vectors[1], vectors[4])
    reference = fresh.embed(["gamma"])[0]
    assert float(vectors[3] @ reference) > 0.9999


class _ShapeRecorder:
    """Wraps the ONNX session and records each batch's (rows, padded width)."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.shapes: list[tuple[int, int]] = []

    def run(self, outputs: list[str], feed: dict[str, Any], *args: Any) -> Any:
        rows, width = feed["input_ids"].shape
        self.shapes.append((int(rows), int(width)))
        return self.session.run(outputs, feed, *args)


def _text_of(tokens: int, i: int) -> str:
    """A distinct text of exactly `tokens` tokens ([CLS] and [SEP] included)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join([letters[i // 26], letters[i % 26]] + ["word"] * (tokens - 4))


_SHARED_MODEL: dict[str, MiniLMEmbedder] = {}  # one model load for the table
_DEFAULT = {"batch_size": 64, "batch_tokens": 2048, "batch_cells": 8 * 128 * 128}


@pytest.mark.parametrize(
    ("lengths", "caps", "expected"),
    [
        # Short rows: the row cap binds.
        ([8] * 70, _DEFAULT, [(64, 8), (6, 8)]),
        # 64-token rows: the padded-token cap binds (2048 / 64 = 32 rows).
        ([64] * 40, _DEFAULT, [(32, 64), (8, 64)]),
        # 128-token rows: the attention-cell cap binds (8 x 128²) before 16 x 128 tokens.
        ([128] * 20, _DEFAULT, [(8, 128), (8, 128), (4, 128)]),
        ([256] * 5, _DEFAULT, [(2, 256), (2, 256), (1, 256)]),
        # Sorted by length: the short texts share a batch, the long one pads only itself.
        ([8, 256, 8, 8], _DEFAULT, [(3, 8), (1, 256)]),
        # Caps lifted: one batch padded to its longest row.
        ([128] * 20, {**_DEFAULT, "batch_cells": 1 << 40}, [(16, 128), (4, 128)]),
    ],
)
def test_batches_respect_the_token_and_attention_caps(
    lengths: list[int], caps: dict[str, int], expected: list[tuple[int, int]]
) -> None:
    fresh = MiniLMEmbedder(**caps)
    session, tokenizer = _SHARED_MODEL.setdefault("model", MiniLMEmbedder())._load()
    fresh._tokenizer = tokenizer
    texts = [_text_of(n, i) for i, n in enumerate(lengths)]
    assert [len(tokenizer.encode(t).ids) for t in texts] == lengths
    recorder = _ShapeRecorder(session)
    fresh._session = recorder  # type: ignore[assignment]
    vectors = fresh.embed(texts)
    assert sorted(recorder.shapes) == sorted(expected)  # batches run in parallel
    assert fresh.calls == len(texts)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_embedders_follow_the_protocol() -> None:
    assert isinstance(MiniLMEmbedder(), Embedder)
    assert isinstance(OpenAIEmbedder(), Embedder)
    assert make_embedder("minilm").spec == "minilm"
    assert make_embedder("openai:text-embedding-3-large").spec == "openai:text-embedding-3-large"
    with pytest.raises(ConfigError, match="unknown embedder"):
        make_embedder("bert")


class _FakeEmbeddings:
    def __init__(self) -> None:
        self.inputs: list[list[str]] = []

    def create(self, *, model: str, input: list[str]) -> object:
        self.inputs.append(list(input))

        class Item:
            def __init__(self, index: int, text: str) -> None:
                self.index = index
                self.embedding = [float(len(text)), 1.0, 0.0]

        response = type("Response", (), {})()
        response.data = [Item(i, t) for i, t in reversed(list(enumerate(input)))]
        return response


def test_openai_embedder_batches_dedupes_and_normalises() -> None:
    fake = _FakeEmbeddings()
    client = type("Client", (), {"embeddings": fake})()
    embedder = OpenAIEmbedder("text-embedding-3-small", client=client, batch_size=2)  # type: ignore[arg-type]
    vectors = embedder.embed(["aa", "b", "aa", "cccc"])
    assert fake.inputs == [["aa", "b"], ["cccc"]]
    assert vectors.shape == (4, 3)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert np.allclose(vectors[0], vectors[2])


def test_parallel_batches_give_the_same_vectors_in_input_order() -> None:
    session, tokenizer = _SHARED_MODEL.setdefault("model", MiniLMEmbedder())._load()
    texts = [_text_of(n, i) for i, n in enumerate([40, 8, 130, 12, 8, 70, 256, 20])]
    vectors = {}
    for threads in (1, 2):
        fresh = MiniLMEmbedder(batch_size=2, threads=threads)
        fresh._session, fresh._tokenizer = session, tokenizer
        vectors[threads] = fresh.embed(texts)
    assert np.allclose(vectors[1], vectors[2], atol=1e-6)
    for i, text in enumerate(texts):
        assert float(vectors[2][i] @ vectors[1][texts.index(text)]) > 0.9999


@pytest.mark.parametrize(
    ("sizes", "workers", "expected"),
    [
        # As many batches as workers, or more: unchanged.
        ([64, 6], 2, [64, 6]),
        ([10], 1, [10]),
        # One batch of a few texts: halves, one per worker.
        ([10], 2, [5, 5]),
        ([9], 2, [4, 5]),
        # Halves keep MIN_SPLIT_ROWS rows: 7 rows stay whole, 8 split.
        ([7], 2, [7]),
        ([8], 2, [4, 4]),
        # The largest batch is split first, until every worker has one or none can be.
        ([16, 3], 4, [4, 4, 8, 3]),
        ([40], 4, [10, 10, 10, 10]),
        ([], 2, []),
    ],
)
def test_spread_splits_the_largest_batch_until_every_worker_has_one(
    sizes: list[int], workers: int, expected: list[int]
) -> None:
    start = 0
    batches = []
    for size in sizes:
        batches.append(list(range(start, start + size)))
        start += size
    spread = _spread(batches, workers)
    assert [len(b) for b in spread] == expected
    assert [i for b in spread for i in b] == list(range(start))  # same rows, same order


def test_spread_over_cores_splits_a_call_and_keeps_its_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A one-thread embedder inside `spread_over_cores` runs a call of ten short texts as
    one batch per core, with the vectors of the one-batch call; outside it, one batch."""
    from socialreply.knowledge import embeddings

    monkeypatch.setattr(embeddings, "_cores", lambda: 2)
    session, tokenizer = _SHARED_MODEL.setdefault("model", MiniLMEmbedder())._load()
    texts = [_text_of(n, i) for i, n in enumerate([8, 12, 9, 20, 8, 15, 11, 8, 30, 10])]
    vectors, shapes = [], []
    for spread in (False, True):
        fresh = MiniLMEmbedder(threads=1)
        recorder = _ShapeRecorder(session)
        fresh._session, fresh._tokenizer = recorder, tokenizer  # type: ignore[assignment]
        if spread:
            with spread_over_cores():
                vectors.append(fresh.embed(texts))
        else:
            vectors.append(fresh.embed(texts))
        shapes.append(sorted(rows for rows, _ in recorder.shapes))
    assert shapes == [[10], [5, 5]]
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
    assert embeddings._CALL_THREADS.get() is None  # reset on leaving the block
