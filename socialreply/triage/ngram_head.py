"""The n-gram triage head: categories the rules and MiniLM missed, in any language.

Why: the rules are literal and the MiniLM head reads English (other languages through
glossaries), so a Dutch "kan iemand mij even bellen" or an Italian "farmi richiamare da un
operatore" reaches neither. This head is a per-category logistic regression over hashed
character and word n-grams (`ngram_features.py`) fitted on every labelled post, all
languages at once (``benchmarks/train_ngram_head.py``, which also measures it out of fold,
folds by batch, against the full system's own output).

It only ever adds: a category the post does not already carry (from the rules or the
semantic head) when its probability reaches the category's threshold, stored with the
weights in ``ngram_head.npz`` and chosen on batches up to blind66 so that each addition
was right at least twice as often as wrong there. Only the categories that won on the
held-out batches have a threshold. The signal is ``source="semantic"`` and passes the
same gates (`semantic_signal_stands`) as the MiniLM head's; its evidence is the clause
the head scores highest for the category. Policy ``semantic.ngram: false`` turns it off.

Cost: hashing and one gather of a few hundred weight rows, ~0.1-0.2 ms per post; the
weights (float16) load on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..types import Category, Signal
from .ngram_features import DEFAULT_BITS, hashed_ngrams
from .semantic_clauses import split_clauses
from .semantic_gates import semantic_signal_stands

NGRAM_FILE = Path(__file__).with_name("ngram_head.npz")


@dataclass(frozen=True)
class NgramHead:
    """Weights (buckets x categories), biases and per-category thresholds; a category
    without a threshold never fires."""

    categories: tuple[Category, ...]
    weights: npt.NDArray[np.int8]
    scale: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    thresholds: Mapping[Category, float] = field(default_factory=dict)
    vetoes: Mapping[Category, float] = field(default_factory=dict)
    bits: int = DEFAULT_BITS

    def __post_init__(self) -> None:
        if self.weights.shape != (2**self.bits, len(self.categories)):
            raise ValueError(
                f"weights of shape {self.weights.shape}, expected "
                f"({2**self.bits}, {len(self.categories)})"
            )
        unknown = (set(self.thresholds) | set(self.vetoes)) - set(self.categories)
        if unknown:
            raise ValueError(f"thresholds for categories the head lacks: {sorted(unknown)}")

    @classmethod
    def from_float(
        cls,
        categories: tuple[Category, ...],
        weights: npt.NDArray[np.floating[Any]],
        bias: npt.NDArray[np.floating[Any]],
        thresholds: Mapping[Category, float],
        vetoes: Mapping[Category, float],
        bits: int = DEFAULT_BITS,
    ) -> NgramHead:
        """The head with `weights` stored as int8 with one scale per category (a quarter
        of float32; the logits move by about a hundredth)."""
        peak = np.abs(weights).max(axis=0)
        scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
        quantised = np.clip(np.rint(weights / scale), -127, 127).astype(np.int8)
        return cls(categories, quantised, scale, bias.astype(np.float32), thresholds, vetoes, bits)

    @classmethod
    def load(cls, path: Path = NGRAM_FILE) -> NgramHead:
        with np.load(path, allow_pickle=False) as data:
            categories = tuple(str(c) for c in data["categories"])
            return cls(
                categories=categories,  # type: ignore[arg-type]
                weights=data["weights"].astype(np.int8),
                scale=data["scale"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                thresholds=_named(data, "threshold"),
                vetoes=_named(data, "veto"),
                bits=int(data["bits"]),
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            categories=np.array(self.categories),
            weights=self.weights,
            scale=self.scale,
            bias=self.bias.astype(np.float32),
            threshold_categories=np.array(list(self.thresholds), dtype=str),
            threshold_values=np.array(list(self.thresholds.values()), dtype=np.float32),
            veto_categories=np.array(list(self.vetoes), dtype=str),
            veto_values=np.array(list(self.vetoes.values()), dtype=np.float32),
            bits=np.array(self.bits),
        )

    def probabilities(self, text: str) -> dict[Category, float]:
        """Every category's probability for `text`."""
        return dict(zip(self.categories, self._probs(hashed_ngrams(text, self.bits)), strict=True))

    def _probs(self, buckets: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        logits = self.bias.astype(np.float64)
        if len(buckets):
            summed = self.weights[buckets].sum(axis=0, dtype=np.int64) * self.scale
            logits = logits + summed / np.sqrt(len(buckets))
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def review(
        self,
        text: str,
        found: Sequence[Signal],
        rule_categories: Collection[str] = (),
        disabled: Collection[str] = (),
    ) -> list[Signal]:
        """The semantic pass's `found` signals minus those of a category only it found
        (not in `rule_categories`) that this head scores under the category's veto
        threshold, plus `signals` for what neither found."""
        vetoed = {
            s.category
            for s in found
            if s.category in self.vetoes and s.category not in rule_categories
        }
        have = {*rule_categories, *(s.category for s in found)}
        wanted = [c for c in self.thresholds if c not in have and c not in disabled]
        if not vetoed and not wanted:
            return list(found)
        probs = self._probs(hashed_ngrams(text, self.bits))
        column = self.categories.index
        vetoed = {c for c in vetoed if probs[column(c)] < self.vetoes[c]}
        kept = [s for s in found if s.category not in vetoed]
        return kept + self._additions(text, probs, wanted)

    def signals(
        self,
        text: str,
        have: Collection[str] = (),
        disabled: Collection[str] = (),
    ) -> list[Signal]:
        """``source="semantic"`` signals for the thresholded categories `text` reaches
        that it does not `have` (found by the rules or the semantic head) and that the
        semantic gates let stand; evidence is the best clause for the category."""
        wanted = [c for c in self.thresholds if c not in have and c not in disabled]
        if not wanted:
            return []
        return self._additions(text, self._probs(hashed_ngrams(text, self.bits)), wanted)

    def _additions(
        self, text: str, probs: npt.NDArray[np.float64], wanted: Sequence[Category]
    ) -> list[Signal]:
        out: list[Signal] = []
        for category in wanted:
            column = self.categories.index(category)
            if probs[column] < self.thresholds[category]:
                continue
            if not semantic_signal_stands(category, text):
                continue
            out.append(self._evidence(category, column, text))
        return out

    def _evidence(self, category: Category, column: int, text: str) -> Signal:
        """The signal with the clause this head scores highest for `category` as evidence
        (the whole post when it has one clause or none)."""
        clauses = split_clauses(text)
        if len(clauses) > 1:
            best = max(
                clauses,
                key=lambda c: self._probs(hashed_ngrams(c.text, self.bits))[column],
            )
            return Signal(
                category=category,
                evidence=best.text,
                source="semantic",
                start=best.start,
                end=best.end,
            )
        if clauses:
            only = clauses[0]
            return Signal(
                category=category,
                evidence=only.text,
                source="semantic",
                start=only.start,
                end=only.end,
            )
        stripped = text.strip()
        start = text.find(stripped)
        return Signal(
            category=category,
            evidence=stripped,
            source="semantic",
            start=start,
            end=start + len(stripped),
        )


def _named(data: Any, prefix: str) -> dict[Category, float]:
    """A category -> value table stored as two arrays (`prefix`_categories, _values)."""
    names = [str(c) for c in data[f"{prefix}_categories"]]
    values = [float(v) for v in data[f"{prefix}_values"]]
    return dict(zip(names, values, strict=True))  # type: ignore[return-value]


_LOCK = threading.Lock()
_DEFAULT: list[NgramHead] = []


def default_ngram_head() -> NgramHead | None:
    """The shipped head, loaded once; None when the file is missing."""
    with _LOCK:
        if not _DEFAULT:
            if not NGRAM_FILE.exists():
                return None
            _DEFAULT.append(NgramHead.load())
        return _DEFAULT[0]
