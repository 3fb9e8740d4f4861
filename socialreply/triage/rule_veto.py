"""A learned veto for the categories the rules fire: drop a rule signal that reads false.

Why: hand-written false-friend families (`false_friends*.py`, `own_side_guards.py`) have
not carried to unseen batches for several sessions. On them the rules' false signals are
figurative ("i'm gonna jump off a cliff if it sells out"), about someone else, hypothetical,
quoted or praise, in words no family listed. This is one logistic regression over every
(labelled post, category a rule fired on it) pair, label "the category is in the gold
labels", fitted by `ngram_training.fit` (numpy, deterministic) in
``benchmarks/train_rule_veto.py``, which also chose each category's threshold.

Features (hashed into ``2**bits`` buckets, one value per pair, ``1/sqrt(count)``): the
post's n-grams (`ngram_features.hashed_ngrams`) on their own and crossed with the
category, the n-grams of the clauses around the rule's matches crossed with the category
(a rule signal's ``start``/``end``; the whole post when it has none), and a bias per
category. The rule that fired is not known here: a `Signal` does not name it.

A category is dropped only when every signal of it came from a rule (never one the
semantic pass also found) and its probability is under the category's threshold; a
category without a threshold is never dropped. Policy ``semantic.rule_veto`` turns it on
(`semantic.py`); see ``benchmarks/README.md`` (rule veto) for what it measured.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..types import Category, Signal
from .ngram_features import DEFAULT_BITS as NGRAM_BITS
from .ngram_features import hashed_ngrams
from .policy import DEFAULT_LEVELS
from .semantic_clauses import split_clauses

RULE_VETO_FILE = Path(__file__).with_name("rule_veto.npz")
VETO_BITS = 20
# Fixed codes for the crossed features (the order of the severity table, never resorted:
# a new category goes at the end of DEFAULT_LEVELS, so old codes keep their buckets).
CATEGORY_CODES: tuple[Category, ...] = tuple(DEFAULT_LEVELS)
# Never vetoed: personal data is found by a pattern, not read, and viral_risk is the
# post's metrics, not its words.
NEVER_VETOED: frozenset[str] = frozenset({"privacy_exposure", "viral_risk"})

_MIX = np.uint64(0x9E3779B97F4A7C15)
_KIND = 0xC2B2AE3D27D4EB4F
_MASK = 0xFFFFFFFFFFFFFFFF
_POST, _POST_CAT, _CLAUSE_CAT, _BIAS = 1, 2, 3, 4
Buckets = npt.NDArray[np.int64]


def _mix(ids: npt.NDArray[np.int64], kind: int, code: int, bits: int) -> Buckets:
    """`ids` (n-gram buckets) re-hashed for a kind of feature and a category code."""
    # Python ints, masked: the same value as wrapping uint64 arithmetic, without warnings.
    salt = np.uint64(((kind * 1_000_003 + code + 1) * _KIND) & _MASK)
    h = (ids.astype(np.uint64) + np.uint64(1)) * _MIX ^ salt
    h *= _MIX
    h ^= h >> np.uint64(31)
    h *= _MIX
    return (h >> np.uint64(64 - bits)).astype(np.int64)


def rule_clauses(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The clauses of `text` holding the rule matches `spans` (offsets into `text`),
    joined; the whole text when no clause holds one."""
    clauses = split_clauses(text)
    picked: list[str] = []
    for start, end in spans:
        holding = [c for c in clauses if c.start <= start and end <= c.end]
        if holding:
            # The narrowest: a clause of a long sentence over the sentence itself.
            best = min(holding, key=lambda c: c.end - c.start)
            if best.text not in picked:
                picked.append(best.text)
    return " ".join(picked) if picked else text


def veto_features(
    text: str,
    category: str,
    spans: Iterable[tuple[int, int]] = (),
    bits: int = VETO_BITS,
) -> Buckets:
    """The sorted, distinct buckets of one (post, rule-fired category) pair."""
    code = CATEGORY_CODES.index(category)  # type: ignore[arg-type]
    post = hashed_ngrams(text, NGRAM_BITS)
    clause = hashed_ngrams(rule_clauses(text, spans), NGRAM_BITS)
    parts = [
        _mix(post, _POST, 0, bits),
        _mix(post, _POST_CAT, code, bits),
        _mix(clause, _CLAUSE_CAT, code, bits),
        _mix(np.zeros(1, dtype=np.int64), _BIAS, code, bits),
    ]
    return np.unique(np.concatenate(parts))


def pair_matrix(
    pairs: Sequence[tuple[str, str, Sequence[tuple[int, int]]]], bits: int = VETO_BITS
) -> tuple[Buckets, npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """(text, category, spans) pairs as the sparse matrix `ngram_training` fits."""
    rows = [veto_features(t, c, s, bits) for t, c, s in pairs]
    counts = np.array([len(r) for r in rows], dtype=np.int64)
    indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    ids = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    values = np.where(counts > 0, 1.0 / np.sqrt(np.maximum(counts, 1)), 0.0)
    return ids, indptr, values.astype(np.float32)


@dataclass(frozen=True)
class RuleVeto:
    """One weight per bucket, a bias, and the per-category thresholds under which a
    rule-only category is dropped."""

    weights: npt.NDArray[np.float32]
    bias: float
    thresholds: Mapping[Category, float] = field(default_factory=dict)
    bits: int = VETO_BITS

    def __post_init__(self) -> None:
        if self.weights.shape != (2**self.bits,):
            raise ValueError(f"weights of shape {self.weights.shape}, expected ({2**self.bits},)")
        unknown = set(self.thresholds) - set(CATEGORY_CODES)
        if unknown or set(self.thresholds) & NEVER_VETOED:
            raise ValueError(f"thresholds for categories never vetoed: {sorted(unknown)}")

    def probability(self, text: str, category: str, spans: Iterable[tuple[int, int]] = ()) -> float:
        """The probability that `category`, fired by a rule on `text` (matches at
        `spans`), is right."""
        buckets = veto_features(text, category, spans, self.bits)
        logit = self.bias + float(self.weights[buckets].astype(np.float64).sum()) / np.sqrt(
            len(buckets)
        )
        return float(1.0 / (1.0 + np.exp(-logit)))

    def review(
        self, text: str, signals: Sequence[Signal], disabled: Collection[str] = ()
    ) -> list[Signal]:
        """`signals` without those of a category every signal of which is a rule's and
        which scores under its threshold."""
        by_category: dict[str, list[Signal]] = {}
        for s in signals:
            by_category.setdefault(s.category, []).append(s)
        dropped = set()
        for category, found in by_category.items():
            if category not in self.thresholds or category in disabled:
                continue
            if any(s.source != "rule" for s in found):
                continue
            spans = [(s.start, s.end) for s in found if s.start is not None and s.end is not None]
            if self.probability(text, category, spans) < self.thresholds[category]:  # type: ignore[index]
                dropped.add(category)
        return [s for s in signals if s.category not in dropped] if dropped else list(signals)

    def save(self, path: Path) -> None:
        """Weights as float16 (the probabilities move by about a thousandth), compressed:
        most buckets are zero."""
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.array(self.bias, dtype=np.float64),
            threshold_categories=np.array(list(self.thresholds), dtype=str),
            threshold_values=np.array(list(self.thresholds.values()), dtype=np.float64),
            bits=np.array(self.bits),
        )

    @classmethod
    def load(cls, path: Path = RULE_VETO_FILE) -> RuleVeto:
        with np.load(path, allow_pickle=False) as data:
            names = [str(c) for c in data["threshold_categories"]]
            values = [float(v) for v in data["threshold_values"]]
            return cls(
                weights=data["weights"].astype(np.float32),
                bias=float(data["bias"]),
                thresholds=dict(zip(names, values, strict=True)),  # type: ignore[arg-type]
                bits=int(data["bits"]),
            )


_LOCK = threading.Lock()
_DEFAULT: list[RuleVeto] = []


def default_rule_veto() -> RuleVeto | None:
    """The shipped veto, loaded once; None when the file is missing."""
    with _LOCK:
        if not _DEFAULT:
            if not RULE_VETO_FILE.exists():
                return None
            _DEFAULT.append(RuleVeto.load())
        return _DEFAULT[0]
