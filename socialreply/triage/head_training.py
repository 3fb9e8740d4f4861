"""Fitting the trained semantic head: regularised logistic regression in numpy.

The head (`semantic_head.py`) scores each clause of a post per category; a post's score
is its best clause's. The labels are per post, not per clause ("..., gonna end it, anyway
refund" is a self-harm post, but only one of its clauses says so), so each category is
fitted as a multiple-instance problem (`fit_category`): start with every clause of a
positive post as a fractional positive, then alternate between fitting and keeping, per
positive post, the clause the model finds most positive. Clauses of the other posts are
negatives, hard negatives (false friends) weighted up.

Deterministic: Newton's method from zero weights, no random state; the same inputs give
the same weights bit for bit on the same machine. Used by
``benchmarks/train_semantic_head.py``; nothing here is needed at triage time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]
Vector = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Bag:
    """The clause vectors of one training post (or one exemplar phrase, a bag of one).

    `rows` index the shared clause matrix; `positive` says whether the post is labelled
    with the category being fitted; `weight` scales its clauses when it is a negative
    (hard negatives count more)."""

    rows: tuple[int, ...]
    positive: bool
    weight: float = 1.0


def _sigmoid(z: Vector) -> Vector:
    out: Vector = 0.5 * (1.0 + np.tanh(0.5 * z))  # overflow-free logistic
    return out


def fit_logistic(
    x: Matrix,
    y: Vector,
    sample_weight: Vector,
    l2: float,
    *,
    iterations: int = 25,
    tolerance: float = 1e-8,
) -> tuple[Vector, float]:
    """Weighted L2-regularised logistic regression by Newton's method.

    Minimises ``sum(w_i * logloss_i) / sum(w_i) + l2 / 2 * |coef|²`` (the intercept is
    not penalised). Returns ``(coef, intercept)``. Convex, so Newton from zero converges
    in a few steps for these sizes (a few thousand rows, 384 columns)."""
    if x.ndim != 2 or y.shape != (x.shape[0],) or sample_weight.shape != y.shape:
        raise ValueError("x must be (n, d), y and sample_weight (n,)")
    if l2 <= 0:
        raise ValueError("l2 must be positive")
    n, d = x.shape
    total = float(sample_weight.sum())
    if total <= 0:
        raise ValueError("sample weights must sum to a positive number")
    weights = sample_weight / total
    design = np.hstack([x, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = _sigmoid(design @ theta)
        gradient = design.T @ (weights * (p - y)) + penalty * theta
        curvature = weights * p * (1.0 - p)
        hessian = (design * curvature[:, None]).T @ design + np.diag(penalty + 1e-10)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.abs(step).max()) < tolerance:
            break
    return theta[:-1].copy(), float(theta[-1])


def fit_category(
    x: Matrix,
    bags: Sequence[Bag],
    *,
    l2: float,
    positive_share: float = 0.5,
    rounds: int = 3,
) -> tuple[Vector, float]:
    """One category's clause scorer from post-level labels (multiple-instance).

    `x` holds every clause vector; each bag names its rows. Negative bags give all their
    clauses as negatives, each weighted by the bag's weight. Positive bags first give all
    their clauses with weight 1/len(bag), then, for `rounds` refits, only the clause the
    current model scores highest. Positives are reweighted to `positive_share` of the
    total weight (the classes are very unbalanced: ~60 positive posts, ~2,000 negative
    clauses)."""
    if not any(b.positive for b in bags) or all(b.positive for b in bags):
        raise ValueError("a category needs positive and negative posts")
    neg_rows = [r for b in bags if not b.positive for r in b.rows]
    neg_weights = [b.weight for b in bags if not b.positive for _ in b.rows]
    positives = [b for b in bags if b.positive]

    def fit(pos_rows: list[int], pos_weights: list[float]) -> tuple[Vector, float]:
        pw = np.array(pos_weights)
        nw = np.array(neg_weights)
        pw *= positive_share / (1 - positive_share) * nw.sum() / pw.sum()
        rows = np.array(pos_rows + neg_rows)
        y = np.concatenate([np.ones(len(pos_rows)), np.zeros(len(neg_rows))])
        return fit_logistic(x[rows], y, np.concatenate([pw, nw]), l2)

    coef, bias = fit(
        [r for b in positives for r in b.rows],
        [1.0 / len(b.rows) for b in positives for _ in b.rows],
    )
    for _ in range(rounds):
        chosen = [b.rows[int(np.argmax(x[list(b.rows)] @ coef))] for b in positives]
        coef, bias = fit(chosen, [1.0] * len(chosen))
    return coef, bias
