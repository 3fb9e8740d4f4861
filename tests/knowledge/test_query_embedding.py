"""The batching, caching front for query-time embeddings."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from socialreply.errors import EmbeddingError
from socialreply.knowledge.embeddings import MiniLMEmbedder, Vectors, normalise
from socialreply.knowledge.query_embedding import (
    CachingEmbedder,
    clear_query_caches,
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
    front = CachingEmbedder(inner)
    texts = ["b", "a", "b", "ccc"]
    np.testing.assert_allclose(front.embed(texts), SlowEmbedder().embed(texts))
    assert inner.calls == [["b", "a", "ccc"]]  # each distinct text once


def test_cached_texts_are_not_embedded_again() -> None:
    inner = SlowEmbedder()
    front = CachingEmbedder(inner)
    front.embed(["refund please"])
    front.embed(["refund please", "where is my order"])
    assert inner.calls == [["refund please"], ["where is my order"]]
    assert front.hits == 1


def test_clear_forgets_cached_vectors() -> None:
    inner = SlowEmbedder()
    front = query_embedder(inner)
    front.embed(["a"])
    clear_query_caches()
    front.embed(["a"])
    assert inner.calls == [["a"], ["a"]]


def test_cache_is_bounded_and_can_be_off() -> None:
    inner = SlowEmbedder()
    front = CachingEmbedder(inner, cache_size=2)
    for text in ["a", "b", "c", "a"]:
        front.embed([text])
    assert [c[0] for c in inner.calls] == ["a", "b", "c", "a"]  # "a" was evicted
    off = CachingEmbedder(SlowEmbedder(), cache_size=0)
    off.embed(["x"])
    off.embed(["x"])
    assert off.hits == 0


def test_concurrent_callers_run_the_model_in_parallel() -> None:
    inner = SlowEmbedder(delay=0.2)
    front = CachingEmbedder(inner, cache_size=0)
    threads = [threading.Thread(target=front.embed, args=([f"post {i}"],)) for i in range(8)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert time.perf_counter() - started < 8 * 0.2 / 2  # not one after the other
    assert front.misses == 8


def test_an_error_of_the_inner_embedder_reaches_the_caller_and_nothing_is_cached() -> None:
    front = CachingEmbedder(SlowEmbedder(fail_on="bad"))
    with pytest.raises(EmbeddingError, match="bad"):
        front.embed(["fine", "bad"])
    assert front.embed(["fine"]).shape == (1, 3)
    assert front.misses == 1


def test_query_embedder_is_one_front_per_embedder_and_never_stacked() -> None:
    inner = SlowEmbedder()
    front = query_embedder(inner)
    assert query_embedder(inner) is front
    assert query_embedder(front) is front
    assert query_embedder(SlowEmbedder()) is not front
    assert front.spec == "slow"


def test_the_default_model_maps_to_one_shared_single_thread_session() -> None:
    front = query_embedder(MiniLMEmbedder())
    assert front is query_embedder(MiniLMEmbedder(threads=2))
    assert isinstance(front, CachingEmbedder)
    assert isinstance(front.inner, MiniLMEmbedder) and front.inner.threads == 1


def test_shared_embedder_is_one_instance_per_spec() -> None:
    assert shared_embedder("minilm") is shared_embedder("minilm")
    with pytest.raises(Exception, match="unknown embedder"):
        shared_embedder("nope")


def test_empty_input() -> None:
    assert CachingEmbedder(SlowEmbedder()).embed([]).shape[0] == 0
