"""A static word-piece embedder distilled from the offline MiniLM: sentence vectors in
microseconds, for classifiers that embed every post (semantic triage).

Each of MiniLM's 30,522 word pieces was run through the model once on its own
(``[CLS] piece [SEP]``, mean-pooled), the 384-dimensional outputs reduced to 256 with PCA
and stored as int8 with one scale per row (the same idea as model2vec). The table (~7 MB)
is derived from the MiniLM package, so it is not shipped: it is built once per machine
into the model cache (``~/.cache/socialreply/models/``) by ``make local-model``, by
``python -m socialreply.knowledge.distill``, or on first use (about 30 s on 2 cores). A
text's vector is the mean of its pieces' rows, L2-normalised: no attention, so no word
order and no context, but about 60x cheaper than running MiniLM (0.05 ms against ~3 ms
per short post on the benchmark machine).

Not for the knowledge base: its vectors live in a different space from MiniLM's, so a
store embedded with MiniLM must be queried with MiniLM.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from ..errors import EmbeddingError
from .embeddings import _TOKENIZER, Vectors, normalise

if TYPE_CHECKING:
    import tokenizers

TABLE_NAME = "static-minilm-v1.npz"
# Where the default table lives; None: the model cache under the user's home. (The tests
# point it at the machine's real cache, like the local model, so it is built once.)
TABLE_DIR: Path | None = None


def default_table_path() -> Path:
    from ..config import default_cache_dir

    return (TABLE_DIR or default_cache_dir() / "models") / TABLE_NAME


# Longer texts are cut: a mean over more pieces changes little, and a pasted essay must
# not cost more than a few hundred row lookups.
MAX_PIECES = 512
_SERIAL_BELOW = 16


class StaticEmbedder:
    """Mean of distilled MiniLM word-piece vectors (see the module docstring).

    Thread-safe; the table (int8, ~8 MB in memory) and tokenizer load on first use. The
    default table is built first if this machine has none; a `table` given explicitly
    must exist."""

    dimension = 256

    def __init__(self, table: str | Path | None = None) -> None:
        self._build_missing = table is None
        self.table_path = default_table_path() if table is None else Path(table)
        self._lock = threading.Lock()
        self._rows: npt.NDArray[np.int8] | None = None
        self._scales: npt.NDArray[np.float32] | None = None
        self._tokenizer: tokenizers.Tokenizer | None = None

    @property
    def spec(self) -> str:
        return "static-minilm"

    def _load(self) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float32], Any]:
        with self._lock:
            if self._rows is None or self._scales is None or self._tokenizer is None:
                try:
                    import tokenizers
                except ImportError as exc:
                    raise EmbeddingError(f"the static embedder needs {exc.name}") from None
                if self._build_missing and not self.table_path.exists():
                    from .distill import distill

                    print(
                        f"building the static MiniLM table once: {self.table_path} (~30 s)",
                        file=sys.stderr,
                    )
                    distill(self.table_path)
                try:
                    with np.load(self.table_path) as data:
                        rows = np.asarray(data["rows"], dtype=np.int8)
                        scales = np.asarray(data["scales"], dtype=np.float32)
                except (OSError, KeyError, ValueError) as exc:
                    raise EmbeddingError(
                        f"cannot read the static embedding table {self.table_path}: {exc}"
                    ) from None
                tokenizer = tokenizers.Tokenizer.from_file(str(_TOKENIZER))
                tokenizer.no_padding()
                tokenizer.no_truncation()
                if rows.shape != (tokenizer.get_vocab_size(), self.dimension):
                    raise EmbeddingError(
                        f"the static embedding table {self.table_path} has shape "
                        f"{rows.shape}, expected ({tokenizer.get_vocab_size()}, "
                        f"{self.dimension})"
                    )
                self._rows, self._scales, self._tokenizer = rows, scales, tokenizer
            return self._rows, self._scales, self._tokenizer

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        rows, scales, tokenizer = self._load()
        # A post's few clauses: one call each is faster than encode_batch's thread pool
        # (0.04 against 0.07 ms per post); large batches go to the pool.
        if len(texts) <= _SERIAL_BELOW:
            encodings = [tokenizer.encode(t, add_special_tokens=False) for t in texts]
        else:
            encodings = tokenizer.encode_batch(list(texts), add_special_tokens=False)
        pieces = [enc.ids[:MAX_PIECES] for enc in encodings]
        counts = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
        flat = np.fromiter((i for p in pieces for i in p), dtype=np.int64, count=int(counts.sum()))
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if flat.size:
            # Per-row scale folded in before summing: the table is int8 row-quantised.
            gathered = rows[flat].astype(np.float32) * scales[flat, None]
            nonempty = counts > 0
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[nonempty]
            vectors[nonempty] = np.add.reduceat(gathered, starts, axis=0) / counts[
                nonempty, None
            ].astype(np.float32)
        # An empty text (no pieces) stays the zero vector; normalise leaves it at zero.
        return normalise(vectors)
