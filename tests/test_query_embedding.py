"""The batching, caching front for query-time embeddings."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from socialreply.errors import EmbeddingError
from socialreply.knowledge.embeddings import Vectors, normalise
from socialreply.knowledge.query_embedding import (
    BatchingEmbedder,
    query_embedder,
    shared_embedder,
)


class SlowEmbedder:
    """Deterministic vectors from the text; records each call's texts; can fail."""

    spec = "slow"

    def __init__(self, delay: float = 0.0, fail_on: str | None = None) -> None:
        self.delay = delay
        self.fail_on = fail_on
        self.calls: list[list[str]] = []
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            self.calls.append(list(texts))
        time.sleep(self.delay)
        if self.fail_on is not None and self.fail_on in texts:
            raise EmbeddingError(f"cannot embed {self.fail_on!r}")
        rows = [[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in texts]
        return normalise(np.asarray(rows, dtype=np.float32).reshape(len(texts), 3))


def test_same_vectors_as_the_inner_embedder_in_order_with_repeats() -> None:
    inner = SlowEmbedder()
    front = BatchingEmbedder(inner)
    texts = ["b", "a", "b", "ccc"]
    np.testing.assert_allclose(front.embed(texts), SlowEmbedder().embed(texts))
    assert inner.calls == [["b", "a", "ccc"]]  # each distinct text once


def test_cached_texts_are_not_embedded_again() -> None:
    inner = SlowEmbedder()
    front = BatchingEmbedder(inner)
    front.embed(["refund please"])
    front.embed(["refund please", "where is my order"])
    assert inner.calls == [["refund please"], ["where is my order"]]
    assert front.hits == 1


def test_cache_is_bounded_and_can_be_off() -> None:
    inner = SlowEmbedder()
    front = BatchingEmbedder(inner, cache_size=2)
    for text in ["a", "b", "c", "a"]:
        front.embed([text])
    assert [c[0] for c in inner.calls] == ["a", "b", "c", "a"]  # "a" was evicted
    off = BatchingEmbedder(SlowEmbedder(), cache_size=0)
    off.embed(["x"])
    off.embed(["x"])
    assert off.hits == 0


def test_concurrent_callers_share_model_runs() -> None:
    inner = SlowEmbedder(delay=0.05)
    front = BatchingEmbedder(inner, cache_size=0)
    results: dict[int, Vectors] = {}

    def call(i: int) -> None:
        results[i] = front.embed([f"post number {i}"])

    threads = [threading.Thread(target=call, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert front.batches < 12  # the callers that queued while the model ran were batched
    assert sum(len(c) for c in inner.calls) == 12
    for i, vector in results.items():
        np.testing.assert_allclose(vector, SlowEmbedder().embed([f"post number {i}"]))


def test_an_error_reaches_every_caller_in_the_batch_and_the_front_recovers() -> None:
    inner = SlowEmbedder(delay=0.05, fail_on="bad")
    front = BatchingEmbedder(inner, cache_size=0)
    errors: list[BaseException] = []
    started = threading.Event()

    def first() -> None:
        started.set()
        front.embed(["good one"])

    def second() -> None:
        try:
            front.embed(["bad"])
        except EmbeddingError as exc:
            errors.append(exc)

    t1 = threading.Thread(target=first)
    t1.start()
    started.wait()
    t2 = threading.Thread(target=second)
    t2.start()
    t1.join()
    t2.join()
    assert len(errors) == 1 and "bad" in str(errors[0])
    assert front.embed(["fine again"]).shape == (1, 3)


def test_query_embedder_is_one_front_per_embedder_and_never_stacked() -> None:
    inner = SlowEmbedder()
    front = query_embedder(inner)
    assert query_embedder(inner) is front
    assert query_embedder(front) is front
    assert query_embedder(SlowEmbedder()) is not front
    assert front.spec == "slow"


def test_shared_embedder_is_one_instance_per_spec() -> None:
    assert shared_embedder("minilm") is shared_embedder("minilm")
    with pytest.raises(Exception, match="unknown embedder"):
        shared_embedder("nope")


def test_empty_input() -> None:
    assert BatchingEmbedder(SlowEmbedder()).embed([]).shape[0] == 0
