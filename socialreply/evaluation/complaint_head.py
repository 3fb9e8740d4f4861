"""The learned "this post needs an apology" detector, backing up `complaints.is_complaint`.

Why: the `empathy` check fails a draft without regret or sympathy only when the post is a
complaint, and `blame_check` reads the same verdict. The hand-written detector is a list of
phrasings; each new writer complains in words it has not seen ("I only got $100 credit.
Where's the bonus?", "has said 'Label created' since yesterday morning. Is it lost??") and
sometimes hears a complaint in a customer's own slip ("I ordered the wrong size, can I
still change it?"). This head reads the post as the n-gram triage head does (hashed word,
word-pair and in-word character n-grams of `triage/ngram_features.py`, unit-length rows)
and scores it with one logistic regression fitted on the labelled scorer batches: a post
whose group has a ``missing_apology`` draft needs an apology; a post whose good draft
shows no apology or sympathy does not.

It is combined with the rules, not put in their place (`needs_apology`): a post the rules
do not call a complaint counts as one when the head is confident (``high``); a post the
rules call a complaint is let off only when the head is very sure it is not (``low``;
0 switches the veto off). Both thresholds are chosen by ``benchmarks/train_complaint_head.py``
from out-of-fold scores (5 folds grouped by file) and shipped with the weights in
``complaint_head.npz`` next to this file. Only the buckets that carry weight are stored.
The weights load on first use, never at import, and the verdict is cached per post (the
empathy and blame checks ask it of the same post for every draft).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..complaints import is_complaint
from ..triage.ngram_features import hashed_ngrams, pruned_probability
from .head_store import Codec, Shipped, load_head, save_head, weights_digest
from .plain_questions import changed_mind, plain_timing_question

COMPLAINT_HEAD_FILE = Path(__file__).with_name("complaint_head.npz")
COMPLAINT_HEAD_VERSION = 1


@dataclass(frozen=True)
class ComplaintHead:
    """Post scorer: ``sigmoid(sum(weights[buckets]) / sqrt(len(buckets)) + bias)`` over the
    post's hashed n-gram buckets; ``buckets`` are the sorted ids that carry a weight."""

    bits: int
    buckets: npt.NDArray[np.int64]
    weights: npt.NDArray[np.float32]
    bias: float
    high: float  # a post the rules pass needs an apology at or over this
    low: float  # a post the rules call a complaint does not under this (0: never)
    data_digest: str = ""
    version: int = COMPLAINT_HEAD_VERSION

    def __post_init__(self) -> None:
        if self.buckets.shape != self.weights.shape or self.buckets.ndim != 1:
            raise ValueError("one weight per bucket")
        if len(self.buckets) and not bool(np.all(np.diff(self.buckets) > 0)):
            raise ValueError("buckets must be sorted and distinct")
        if not (0.0 <= self.low < 1.0 and 0.0 < self.high <= 1.0):
            raise ValueError("thresholds must be probabilities")

    def score(self, text: str) -> float:
        """The probability that a reply to `text` must show regret or sympathy."""
        ids = hashed_ngrams(text, self.bits)
        return pruned_probability(ids, self.buckets, self.weights, self.bias)

    def decide(self, text: str, rules: bool) -> bool:
        """The combined verdict, given the rules' (`is_complaint`) verdict `rules`."""
        p = self.score(text)
        return p >= self.low if rules else p >= self.high

    def save(self, path: Path) -> None:
        save_head(path, self, _FIELDS)

    @classmethod
    def load(cls, path: Path = COMPLAINT_HEAD_FILE) -> ComplaintHead:
        """Read a head written by `save`; raises `ConfigError` naming the file."""
        return load_head(path, cls, _FIELDS, "complaint head", COMPLAINT_HEAD_VERSION)

    def digest(self) -> str:
        """A hash of the weights and thresholds (tests compare it with a retrained head)."""
        arrays = ((self.buckets, np.int64), (self.weights, np.float32))
        return weights_digest((), arrays, (self.bits, self.bias, self.high, self.low))


# The fields `save` writes, in order (the .npz keys).
_FIELDS = (
    ("bits", Codec.INT),
    ("buckets", Codec.INT64),
    ("weights", Codec.FLOAT32),
    ("bias", Codec.FLOAT),
    ("high", Codec.FLOAT),
    ("low", Codec.FLOAT),
    ("data_digest", Codec.TEXT),
    ("version", Codec.INT),
)

# The shipped head, loaded on first use.
shipped_head = Shipped(lambda: ComplaintHead.load(COMPLAINT_HEAD_FILE))


@functools.lru_cache(maxsize=4096)
def needs_apology(text: str) -> bool:
    """Whether a reply to the post `text` must show regret or sympathy: the rules'
    `is_complaint`, overruled by the shipped head only where it is confident. A complaint
    the head adds is dropped when the post is only a timing question with no sign of
    trouble, or gives the customer's change of mind as the reason (`plain_questions`)."""
    rules = is_complaint(text)
    if not rules and (plain_timing_question(text) or changed_mind(text)):
        return False
    return shipped_head().decide(text, rules)
