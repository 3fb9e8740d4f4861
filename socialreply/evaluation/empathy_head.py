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

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError
from ..triage.ngram_features import hashed_ngrams, pruned_probability
from .blame_head import sentences

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
        np.savez_compressed(
            path,
            bits=np.array(self.bits),
            buckets=self.buckets.astype(np.int64),
            weights=self.weights.astype(np.float32),
            bias=np.array(self.bias, dtype=np.float64),
            threshold=np.array(self.threshold, dtype=np.float64),
            data_digest=np.array(self.data_digest),
            version=np.array(self.version),
        )

    @classmethod
    def load(cls, path: Path = EMPATHY_HEAD_FILE) -> EmpathyHead:
        """Read a head written by `save`; raises `ConfigError` naming the file."""
        try:
            with np.load(path, allow_pickle=False) as data:
                head = cls(
                    bits=int(data["bits"]),
                    buckets=data["buckets"].astype(np.int64),
                    weights=data["weights"].astype(np.float32),
                    bias=float(data["bias"]),
                    threshold=float(data["threshold"]),
                    data_digest=str(data["data_digest"]),
                    version=int(data["version"]),
                )
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"cannot read the empathy head {path}: {exc}") from None
        if head.version != EMPATHY_HEAD_VERSION:
            raise ConfigError(
                f"{path}: empathy head format version {head.version} "
                f"(this socialreply reads {EMPATHY_HEAD_VERSION}); retrain it"
            )
        return head

    def digest(self) -> str:
        """A hash of the weights and threshold (tests compare it with a retrained head)."""
        h = hashlib.sha256()
        h.update(np.ascontiguousarray(self.buckets, dtype=np.int64).tobytes())
        h.update(np.ascontiguousarray(self.weights, dtype=np.float32).tobytes())
        h.update(repr((self.bits, self.bias, self.threshold)).encode())
        return h.hexdigest()


_LOCK = threading.Lock()
_HEAD: list[EmpathyHead] = []


def shipped_head() -> EmpathyHead:
    """The shipped head, loaded on first use."""
    with _LOCK:
        if not _HEAD:
            _HEAD.append(EmpathyHead.load(EMPATHY_HEAD_FILE))
        return _HEAD[0]


def learned_empathy(text: str) -> str | None:
    """The sentence of the draft `text` the shipped head reads as regret or sympathy, or
    None when none reaches its threshold."""
    head = shipped_head()
    score, sentence = head.best(text)
    return sentence if score >= head.threshold else None
