"""The learned sentence-level empathy recogniser, backing up the `empathy_check.EMPATHY` lexicon.

Why: the `empathy` check passes a reply to a complaint only when it shows regret or
sympathy, and the lexicon is a list of phrasings. Each new writer sympathises in words it
has not seen ("Shame it doesn't fit, but yes, you can!", "That must have been an unwelcome
surprise", "No worries, you caught it in time!") and the good draft fails. This head reads
one sentence at a time as the n-gram triage head reads a post (hashed word, word-pair and
in-word character n-grams of `triage/ngram_features.py`, unit-length rows) and scores it
with one logistic regression fitted on the labelled scorer batches: in a group with a
``missing_apology`` draft, the good draft's sentences that are not (near-)verbatim in that
draft are where the empathy was (a positive bag: the writer may also have reworded a
neutral sentence), and every sentence of the ``missing_apology`` draft is a negative.

A draft's score is its best sentence's. It is only consulted where the lexicon finds no
empathy (`empathy_check.empathy`): a draft at or over ``threshold`` passes. The threshold
is chosen by ``benchmarks/train_empathy_head.py`` from out-of-fold scores (5 folds grouped
by file) so that few ``missing_apology`` drafts are newly passed, and shipped with the
weights in ``empathy_head.npz`` next to this file. Only the buckets that carry weight are
stored; the weights load on first use, never at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..triage.ngram_features import hashed_ngrams, pruned_probability
from .blame_head import sentences
from .head_store import Codec, Shipped, load_head, save_head, weights_digest

EMPATHY_HEAD_FILE = Path(__file__).with_name("empathy_head.npz")
EMPATHY_HEAD_VERSION = 1


@dataclass(frozen=True)
class EmpathyHead:
    """Sentence scorer: ``sigmoid(sum(weights[buckets]) / sqrt(len(buckets)) + bias)`` over
    the sentence's hashed n-gram buckets; ``buckets`` are the sorted ids with a weight."""

    bits: int
    buckets: npt.NDArray[np.int64]
    weights: npt.NDArray[np.float32]
    bias: float
    threshold: float  # a draft whose best sentence scores at or over this shows empathy
    data_digest: str = ""
    version: int = EMPATHY_HEAD_VERSION

    def __post_init__(self) -> None:
        if self.buckets.shape != self.weights.shape or self.buckets.ndim != 1:
            raise ValueError("one weight per bucket")
        if len(self.buckets) and not bool(np.all(np.diff(self.buckets) > 0)):
            raise ValueError("buckets must be sorted and distinct")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("the threshold must be a probability")

    def sentence_score(self, sentence: str) -> float:
        """The probability that `sentence` shows regret or sympathy."""
        ids = hashed_ngrams(sentence, self.bits)
        return pruned_probability(ids, self.buckets, self.weights, self.bias)

    def score(self, text: str) -> float:
        """A draft's score: its best sentence's (0 for a draft without words)."""
        return max((self.sentence_score(s) for s in sentences(text)), default=0.0)

    def best(self, text: str) -> tuple[float, str]:
        """The best sentence of `text` and its score (for the check's reason)."""
        scored = [(self.sentence_score(s), s) for s in sentences(text)]
        return max(scored, default=(0.0, ""))

    def shows_empathy(self, text: str) -> bool:
        return self.score(text) >= self.threshold

    def save(self, path: Path) -> None:
        save_head(path, self, _FIELDS)

    @classmethod
    def load(cls, path: Path = EMPATHY_HEAD_FILE) -> EmpathyHead:
        """Read a head written by `save`; raises `ConfigError` naming the file."""
        return load_head(path, cls, _FIELDS, "empathy head", EMPATHY_HEAD_VERSION)

    def digest(self) -> str:
        """A hash of the weights and threshold (tests compare it with a retrained head)."""
        arrays = ((self.buckets, np.int64), (self.weights, np.float32))
        return weights_digest((), arrays, (self.bits, self.bias, self.threshold))


# The fields `save` writes, in order (the .npz keys).
_FIELDS = (
    ("bits", Codec.INT),
    ("buckets", Codec.INT64),
    ("weights", Codec.FLOAT32),
    ("bias", Codec.FLOAT),
    ("threshold", Codec.FLOAT),
    ("data_digest", Codec.TEXT),
    ("version", Codec.INT),
)

# The shipped head, loaded on first use.
shipped_head = Shipped(lambda: EmpathyHead.load(EMPATHY_HEAD_FILE))


def learned_empathy(text: str) -> str | None:
    """The sentence of the draft `text` the shipped head reads as regret or sympathy, or
    None when none reaches its threshold."""
    head = shipped_head()
    score, sentence = head.best(text)
    return sentence if score >= head.threshold else None
