"""The learned back-up of `no-blame`: a sentence classifier for blame and rudeness.

`blame_check.no_blame` is a list of phrasings (`blame_phrases.py`); each new writer blames in
words the list has not seen ("get it right this time", "Si hubieras leído nuestra
política"). This head scores each sentence of a draft with a logistic regression over

- the sentence's word 1- to 3-grams (lower-cased, as written, so a Spanish sentence is
  read through its Spanish words), one weight per n-gram of the training vocabulary,
  the row scaled to unit length, and
- its MiniLM vector (the offline model of `knowledge/embeddings.py`), read through the
  glossaries when the draft is not English (`triage/head_inputs.py`, as the triage
  head does), embedded one sentence at a time so that the vector never depends on
  what else is embedded with it.

A draft fails when one sentence reaches the threshold. Weights and threshold are fitted
by ``benchmarks/train_blame_head.py`` (numpy only, deterministic) on the labelled
scorer batches and shipped as ``blame_head.npz`` next to this file; the threshold keeps
the head's false alarms on good drafts of files it was not fitted on within 0.5%
(5-fold cross-validation grouped by file). The weights and the embedding model load on
first use, never at import.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .head_store import Codec, Shipped, load_head, save_head, weights_digest

BLAME_HEAD_FILE = Path(__file__).with_name("blame_head.npz")
BLAME_HEAD_VERSION = 1

# Sentences end at . ! ? (as in `blame_check._SENTENCE_OR_EMOJI`), at an emoji followed by more
# words, and at line breaks.
_SENTENCE = re.compile(
    r"(?<=[.!?])\s+|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=\w)|\s*\n+\s*"
)
# Words (with inner apostrophes), numbers, and the marks and emoji that carry tone.
_TOKEN = re.compile(
    r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+|[!?]|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.UNICODE
)


def sentences(text: str) -> list[str]:
    """The sentences of a draft, as the head scores them."""
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def ngrams(sentence: str) -> set[str]:
    """The word 1- to 3-grams of a sentence, with start and end marks."""
    words = ["<s>", *(t.lower() for t in _TOKEN.findall(sentence.replace("\u2019", "'")))]
    words.append("</s>")
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    grams.update(f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False))
    return grams


Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]


def minilm_embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """MiniLM vectors of `texts`, one text at a time (the process-wide cached session)."""
    from ..knowledge.query_embedding import query_embedder, shared_embedder

    embedder = query_embedder(shared_embedder("minilm"))
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([embedder.embed([t])[0] for t in texts]).astype(np.float32)


def embedding_inputs(texts: Sequence[str], language: str | None) -> list[str]:
    """What MiniLM reads for `texts` of a draft in `language` (None or "en": as written)."""
    from ..triage.head_inputs import head_inputs

    return head_inputs(list(texts), language)


@dataclass(frozen=True)
class BlameHead:
    """Sentence scorer: ``sigmoid(ngram_row @ ngram_weights + vector @ vector_weights +
    bias)``; a sentence is flagged at ``threshold``."""

    vocabulary: tuple[str, ...]
    ngram_weights: npt.NDArray[np.float32]  # (len(vocabulary),)
    vector_weights: npt.NDArray[np.float32]  # (384,)
    bias: float
    threshold: float
    data_digest: str = ""
    version: int = BLAME_HEAD_VERSION

    def __post_init__(self) -> None:
        if self.ngram_weights.shape != (len(self.vocabulary),):
            raise ValueError("one n-gram weight per vocabulary entry")
        if self.vector_weights.ndim != 1:
            raise ValueError("vector_weights must be one vector")
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("threshold must be a probability")

    @functools.cached_property
    def _index(self) -> dict[str, int]:
        return {gram: i for i, gram in enumerate(self.vocabulary)}

    def ngram_logits(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """The n-gram part of each sentence's logit (rows scaled to unit length)."""
        out = np.zeros(len(texts))
        for row, text in enumerate(texts):
            hits = [self._index[g] for g in ngrams(text) if g in self._index]
            if hits:
                out[row] = float(self.ngram_weights[hits].astype(np.float64).sum())
                out[row] /= np.sqrt(len(hits))
        return out

    def scores(
        self, texts: Sequence[str], language: str | None = None, *, embed: Embed | None = None
    ) -> list[float]:
        """The probability that each sentence blames, lectures or is rude."""
        if not texts:
            return []
        vectors = (embed or minilm_embed)(embedding_inputs(texts, language))
        logits = self.ngram_logits(texts) + vectors.astype(np.float64) @ self.vector_weights
        logits += self.bias
        return [float(p) for p in 0.5 * (1.0 + np.tanh(0.5 * logits))]

    def flagged(
        self, text: str, language: str | None = None, *, embed: Embed | None = None
    ) -> list[tuple[str, float]]:
        """(sentence, probability) of each sentence of `text` at or over the threshold,
        most probable first."""
        parts = sentences(text)
        hits = [
            (s, p)
            for s, p in zip(parts, self.scores(parts, language, embed=embed), strict=True)
            if p >= self.threshold
        ]
        return sorted(hits, key=lambda h: -h[1])

    def save(self, path: Path) -> None:
        save_head(path, self, _FIELDS)

    @classmethod
    def load(cls, path: Path = BLAME_HEAD_FILE) -> BlameHead:
        """Read a head written by `save`; raises `ConfigError` naming the file."""
        return load_head(path, cls, _FIELDS, "blame head", BLAME_HEAD_VERSION)

    def digest(self) -> str:
        """A hash of the weights (tests compare it with a retrained head)."""
        arrays = ((self.ngram_weights, np.float32), (self.vector_weights, np.float32))
        return weights_digest(self.vocabulary, arrays, (self.bias, self.threshold))


# The fields `save` writes, in order (the .npz keys).
_FIELDS = (
    ("vocabulary", Codec.LINES),
    ("ngram_weights", Codec.FLOAT32),
    ("vector_weights", Codec.FLOAT32),
    ("bias", Codec.FLOAT),
    ("threshold", Codec.FLOAT),
    ("data_digest", Codec.TEXT),
    ("version", Codec.INT),
)

# The shipped head, loaded on first use.
shipped_head = Shipped(lambda: BlameHead.load(BLAME_HEAD_FILE))
