"""Fitting the n-gram head: per-category L2-regularised logistic regression, numpy only.

Why here and not in the benchmark script: the tests train on a tiny invented set and
check that training is deterministic, and ``benchmarks/train_ngram_head.py`` trains the
shipped model and the out-of-fold ones with the same code.

The matrix is sparse (`ngram_features.feature_matrix`: bucket ids, row offsets, one value
per row), so X·W is a gather of weight rows summed per post (``np.add.reduceat``) and
Xᵀ·R a ``np.bincount`` per category. All categories are fitted together by mini-batch
AdaGrad over a fixed number of epochs with a seeded order of posts, so the same data give
the same weights bit for bit. The L2 penalty is applied lazily: to the weights a batch touches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]


@dataclass(frozen=True)
class FitSettings:
    """Training knobs (defaults: those of the shipped model)."""

    l2: float = 1e-5
    epochs: int = 6
    batch: int = 256
    rate: float = 0.5
    seed: int = 17


def _rows_matrix(
    ids: npt.NDArray[np.int64], indptr: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Bucket ids of `rows` concatenated and each id's position in `rows`."""
    starts, ends = indptr[rows], indptr[rows + 1]
    counts = ends - starts
    owner = np.repeat(np.arange(len(rows)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return ids[np.repeat(starts, counts) + offsets], owner


def scores(
    weights: F32,
    bias: F32,
    ids: npt.NDArray[np.int64],
    indptr: npt.NDArray[np.int64],
    values: F32,
) -> F32:
    """Logits (posts x categories) of the rows: X·W + b."""
    n = len(indptr) - 1
    out = np.tile(bias.astype(np.float32), (n, 1))
    counts = np.diff(indptr)
    nonempty = np.flatnonzero(counts > 0)
    if len(nonempty):
        sums = np.add.reduceat(weights[ids].astype(np.float32), indptr[:-1][nonempty], axis=0)
        out[nonempty] += sums * values[nonempty, None]
    return out


def fit(
    ids: npt.NDArray[np.int64],
    indptr: npt.NDArray[np.int64],
    values: F32,
    labels: npt.NDArray[np.bool_],
    dim: int,
    sample_weight: Sequence[float] | npt.NDArray[np.float64] | None = None,
    settings: FitSettings = FitSettings(),
    start: tuple[F32, F32] | None = None,
) -> tuple[F32, F32]:
    """Weights (dim x categories) and biases of one logistic regression per column of
    `labels` (posts x categories), fitted together. `sample_weight` weighs a post's loss
    (e.g. hard negatives up): one weight per post, or one per post and category (posts x
    categories; a 0 leaves a post out of one category's fit, as the clauses of a positive
    post that are not its best one in multiple-instance training). `start`: weights and
    biases to go on from (copied), instead of zeros and the categories' priors."""
    n, cats = labels.shape
    weights = np.zeros((dim, cats), dtype=np.float32)
    sw = np.ones(n, dtype=np.float32) if sample_weight is None else np.asarray(sample_weight)
    sw = sw.astype(np.float32)
    if sw.ndim == 1:
        sw = np.repeat(sw[:, None], cats, axis=1)
    # The starting bias: each category's rate among the posts its fit reads (weight > 0).
    counted = sw > 0
    prior = ((labels & counted).sum(axis=0) + 1.0) / (counted.sum(axis=0) + 2.0)
    bias = np.log(prior / (1.0 - prior)).astype(np.float32)
    if start is not None:
        weights, bias = start[0].astype(np.float32), start[1].astype(np.float32)
    g2w = np.full((dim, cats), 1e-8, dtype=np.float32)
    g2b = np.full(cats, 1e-8, dtype=np.float32)
    y = labels.astype(np.float32)
    rng = np.random.default_rng(settings.seed)
    decay = np.float32(settings.l2)
    for _ in range(settings.epochs):
        order = rng.permutation(n)
        for lo in range(0, n, settings.batch):
            rows = order[lo : lo + settings.batch]
            bids, owner = _rows_matrix(ids, indptr, rows)
            vals = values[rows][owner]
            gathered = weights[bids] * vals[:, None]
            logits = np.empty((len(rows), cats), dtype=np.float32)
            for k in range(cats):
                logits[:, k] = np.bincount(owner, weights=gathered[:, k], minlength=len(rows))
            logits += bias
            p = 1.0 / (1.0 + np.exp(-logits))
            resid = (p - y[rows]) * sw[rows] / np.float32(len(rows))
            touched, inverse = np.unique(bids, return_inverse=True)
            grad = np.zeros((len(touched), cats), dtype=np.float32)
            per = resid[owner] * vals[:, None]
            for k in range(cats):
                grad[:, k] = np.bincount(inverse, weights=per[:, k], minlength=len(touched))
            grad += decay * weights[touched]
            g2w[touched] += grad * grad
            weights[touched] -= settings.rate * grad / np.sqrt(g2w[touched])
            gb = resid.sum(axis=0)
            g2b += gb * gb
            bias -= settings.rate * gb / np.sqrt(g2b)
    return weights, bias


def stack_rows(
    first: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F32],
    second: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F32],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F32]:
    """Two sparse matrices one above the other (the rows of `first`, then `second`'s)."""
    ids = np.concatenate((first[0], second[0]))
    indptr = np.concatenate((first[1], first[1][-1] + second[1][1:]))
    return ids, indptr, np.concatenate((first[2], second[2])).astype(np.float32)


def select_rows(
    ids: npt.NDArray[np.int64],
    indptr: npt.NDArray[np.int64],
    values: F32,
    rows: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], F32]:
    """The sub-matrix of `rows` (in that order), in the same sparse form."""
    picked, _ = _rows_matrix(ids, indptr, rows)
    sub = np.concatenate(([0], np.cumsum(np.diff(indptr)[rows]))).astype(np.int64)
    return picked, sub, values[rows]
