"""Query-time embeddings: one small-footprint model per process, cached per text.

Ingest embeds thousands of chunks, in batches run side by side (one per core, see
`MiniLMEmbedder`). Serving is the opposite: one short text at a time (a retrieval query,
the clauses of a post for semantic triage) from many threads at once, in `adraft_many`,
the eval runner and the HTTP service. Measured on the 2-core machine: a session with two
intra-op threads spent about twice the CPU of a one-thread session on a single short text,
and batching concurrent calls together did not help either (a batch runs on one core and
is padded to its longest text). So:

- `query_embedder(embedder)` gives the front used for queries: for the default MiniLM
  model, a process-wide one-thread session (concurrent callers run in parallel, one per
  core, since onnxruntime releases the GIL); for any other embedder, that embedder.
- Either way behind a bounded LRU cache per text (`CachingEmbedder`), so a post triaged
  and then drafted, or scored by several eval variants, is embedded once.
- `shared_embedder(spec)`: one ingest embedder per spec per process, so opening several
  knowledge bases does not load the model several times.

    vectors = query_embedder(shared_embedder("minilm")).embed(["do you ship to canada?"])
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from .embeddings import Embedder, MiniLMEmbedder, Vectors, make_embedder

DEFAULT_CACHE_SIZE = 4096


class CachingEmbedder:
    """An `Embedder` front that remembers the vectors of the last `cache_size` texts.

    Thread-safe; texts not cached are embedded by `inner` outside the lock, so concurrent
    callers run the model in parallel. `cache_size=0` turns the cache off.
    """

    def __init__(self, inner: Embedder, *, cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        self.inner = inner
        self.cache_size = cache_size
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def spec(self) -> str:
        return self.inner.spec

    def clear(self) -> None:
        """Forget every cached vector (benchmarks measuring cold embeddings use this)."""
        with self._lock:
            self._cache.clear()

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return self.inner.embed([])
        found: dict[str, Vectors] = {}
        with self._lock:
            for text in texts:
                vector = self._cache.get(text)
                if vector is not None:
                    self._cache.move_to_end(text)
                    found[text] = vector
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            vectors = self.inner.embed(missing)
            found.update(zip(missing, vectors, strict=True))
        with self._lock:
            self.hits += len(texts) - len(missing)
            self.misses += len(missing)
            if self.cache_size > 0:
                for text in missing:
                    self._cache[text] = found[text]
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)


_LOCK = threading.Lock()
_SHARED: dict[str, Embedder] = {}
_FRONTS: weakref.WeakKeyDictionary[Embedder, CachingEmbedder] = weakref.WeakKeyDictionary()


def shared_embedder(spec: str = "minilm") -> Embedder:
    """The process-wide embedder for `spec` (see `make_embedder`), built on first use."""
    with _LOCK:
        embedder = _SHARED.get(spec)
        if embedder is None:
            embedder = _SHARED[spec] = make_embedder(spec)
        return embedder


def query_embedder(embedder: Embedder) -> Embedder:
    """The cached front to embed queries with, for a knowledge base or triage that
    embeds with `embedder`. The default MiniLM model maps to one process-wide one-thread
    session (same model, same vectors); fronts are never stacked."""
    if isinstance(embedder, CachingEmbedder):
        return embedder
    with _LOCK:
        if type(embedder) is MiniLMEmbedder:
            front = _SHARED.get("minilm-query")
            if front is None:
                front = _SHARED["minilm-query"] = CachingEmbedder(MiniLMEmbedder(threads=1))
            return front
        try:
            cached = _FRONTS.get(embedder)
            if cached is None:
                cached = _FRONTS[embedder] = CachingEmbedder(embedder)
        except TypeError:  # unhashable or not weak-referenceable: a front of its own
            cached = CachingEmbedder(embedder)
        return cached


def clear_query_caches() -> None:
    """Empty the cache of every query front in this process."""
    with _LOCK:
        fronts = [f for f in _SHARED.values() if isinstance(f, CachingEmbedder)]
        fronts += list(_FRONTS.values())
    for front in fronts:
        front.clear()
