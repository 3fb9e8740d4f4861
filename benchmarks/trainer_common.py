"""What the head trainers share: the labelled scorer files, their folds, the fits, the hashes.

Why one home: `train_blame_head.py`, `train_policy_head.py`, `train_complaint_head.py` and
`train_empathy_head.py` read the same labelled batches in the same order, put file i of
them in fold i mod FOLDS, tell a broken draft's rewritten sentences from the good draft's
by the same key, fit logistic regressions by the same full-batch Adam from zero, and hash
their inputs for the shipped heads' ``data_digest`` (which the tests compare with
``data_digest(training_files())``); `train_ngram_head.py` and `train_rule_veto.py` fit the
same categories and write their section of the benchmarks README the same way. Each
trainer keeps its own settings (L2, iterations, ...) and passes them in, so that every
figure and digest stays what it was. Deterministic: no random state anywhere.
"""

from __future__ import annotations

import collections
import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

HERE = Path(__file__).resolve().parent
DATA_GLOB = "scorer_meta_blind*.jsonl"

Matrix = npt.NDArray[np.float64]


def file_number(path: Path) -> int:
    """The batch number of a labelled file (its first number)."""
    found = re.search(r"\d+", path.stem)
    return int(found.group()) if found else 2  # scorer_meta_blind.jsonl came second


def training_files() -> list[Path]:
    """Every labelled scorer batch, in batch order."""
    return sorted((HERE / "data").glob(DATA_GLOB), key=file_number)


def sentence_key(sentence: str) -> str:
    """A sentence as compared with the good draft's (case and punctuation aside)."""
    return re.sub(r"\W+", " ", sentence.lower()).strip()


def similarity(sentence: str, keys: Sequence[str]) -> float:
    """How close `sentence` comes to the nearest of the sentence keys `keys` (0 with none):
    at or over SAME_SENTENCE (0.9 in the trainers) it is the other draft's own sentence."""
    key = sentence_key(sentence)
    return max((difflib.SequenceMatcher(None, key, k).ratio() for k in keys), default=0.0)


def groups_of(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The rows of a labelled file by group (the id ``gNN-KK`` without ``-KK``), in file
    order: one post, its good draft and the drafts broken from it."""
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            groups[str(row["id"]).rsplit("-", 1)[0]].append(row)
    return groups


def folds_of(files: Iterable[str], folds: int) -> dict[str, int]:
    """Each file's fold: file i of the files (by batch number) goes to fold i mod `folds`."""
    ordered = sorted(set(files), key=lambda f: file_number(Path(f)))
    return {f: i % folds for i, f in enumerate(ordered)}


def lowest_threshold(good_scores: Matrix, max_share: float) -> float:
    """The lowest threshold at which at most `max_share` of the good drafts (their scores
    `good_scores`) score at or over it."""
    good = np.sort(good_scores)[::-1]
    allowed = int(np.floor(max_share * len(good)))
    return float(np.nextafter(good[allowed], 1.0))


def hash_files(h: Any, paths: Iterable[Path], *, nested: bool = False) -> None:
    """Feed each file's name and its bytes (with `nested`, the sha256 of its bytes) to
    the hash `h`."""
    for path in paths:
        h.update(path.name.encode())
        data = path.read_bytes()
        h.update(hashlib.sha256(data).digest() if nested else data)


def adam(
    size: int, gradient: Callable[[Matrix], Matrix], iterations: int, learning_rate: float
) -> Matrix:
    """Full-batch Adam (0.9, 0.999, 1e-8) from zero weights for `iterations` steps."""
    theta = np.zeros(size)
    m1 = np.zeros_like(theta)
    m2 = np.zeros_like(theta)
    for step in range(1, iterations + 1):
        grad = gradient(theta)
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        theta -= learning_rate * (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
    return theta


def fit_grams_and_dense(
    grams: Sequence[set[str]],
    dense: Matrix,
    vocab: dict[str, int],
    n_positive: int,
    *,
    l2: float,
    iterations: int,
    learning_rate: float,
    positive_share: float,
) -> tuple[Matrix, float]:
    """Weighted L2 logistic regression over sentences: the first `n_positive` of `grams`
    (each sentence's n-grams, a row of unit length over `vocab`) and `dense` (one row each)
    are positives, the rest negatives, the positives weighted to `positive_share` of the
    total; L2 on every weight but the bias. (weights, bias): the n-gram weights, then one
    per column of `dense`."""
    r_idx: list[int] = []
    c_idx: list[int] = []
    val: list[float] = []
    for local, sentence in enumerate(grams):
        hits = sorted(vocab[g] for g in sentence if g in vocab)
        r_idx += [local] * len(hits)
        c_idx += hits
        val += [1.0 / np.sqrt(len(hits))] * len(hits)
    r, c, v = np.array(r_idx, dtype=np.int64), np.array(c_idx, dtype=np.int64), np.array(val)
    n_grams, n = len(vocab), len(grams)
    n_negative = n - n_positive
    y = np.concatenate([np.ones(n_positive), np.zeros(n_negative)])
    w = np.concatenate(
        [
            np.full(
                n_positive,
                positive_share / (1 - positive_share) * n_negative / n_positive,
            ),
            np.ones(n_negative),
        ]
    )
    w /= w.sum()

    def gradient(theta: Matrix) -> Matrix:
        z = np.bincount(r, weights=theta[c] * v, minlength=n) + dense @ theta[n_grams:-1]
        p = 0.5 * (1.0 + np.tanh(0.5 * (z + theta[-1])))
        g = w * (p - y)
        grad = np.empty_like(theta)
        grad[:n_grams] = np.bincount(c, weights=g[r] * v, minlength=n_grams)
        grad[n_grams:-1] = dense.T @ g
        grad[-1] = g.sum()
        grad[:-1] += l2 * theta[:-1]
        return grad

    theta = adam(n_grams + dense.shape[1] + 1, gradient, iterations, learning_rate)
    return theta[:-1], float(theta[-1])


def fit_buckets(
    r_idx: npt.NDArray[np.int64],
    cols: npt.NDArray[np.int64],
    vals: npt.NDArray[Any],
    y: Matrix,
    *,
    l2: float,
    iterations: int,
    learning_rate: float,
) -> tuple[npt.NDArray[np.int64], Matrix, float]:
    """Class-balanced L2 logistic regression over hashed n-gram rows given as (row, bucket,
    value) triples; (the buckets used, their weights, bias)."""
    used, c = np.unique(cols, return_inverse=True)
    n, m = len(y), len(used)
    pos = y.sum()
    w = np.where(y > 0, 0.5 / max(pos, 1.0), 0.5 / max(n - pos, 1.0))

    def gradient(theta: Matrix) -> Matrix:
        z = np.bincount(r_idx, weights=theta[c] * vals, minlength=n) + theta[-1]
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        g = w * (p - y)
        grad = np.empty_like(theta)
        grad[:m] = np.bincount(c, weights=g[r_idx] * vals, minlength=m) + l2 * theta[:m]
        grad[-1] = g.sum()
        return grad

    theta = adam(m + 1, gradient, iterations, learning_rate)
    return used, theta[:m], float(theta[-1])


def categories_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The triage categories a text model is fitted on (viral_risk is the metrics', not
    the text's)."""
    return sorted({c for r in rows for c in r["categories"]} - {"viral_risk"})


def write_section(readme: Path, marker: tuple[str, str], after: str, title: str, body: str) -> None:
    """Replace the `marker`-delimited section of `readme` with `body`, or add it (under the
    heading `title`) after the line `after`, or at the end when that is missing."""
    text = readme.read_text(encoding="utf-8")
    block = f"{marker[0]}\n{body}\n{marker[1]}"
    heading = f"\n\n### {title}\n\n"
    if marker[0] in text and marker[1] in text:
        head, rest = text.split(marker[0], 1)
        text = head + block + rest.split(marker[1], 1)[1]
    elif after in text:
        head, tail = text.split(after, 1)
        text = f"{head}{after}{heading}{block}\n{tail}"
    else:
        text = text.rstrip("\n") + f"{heading}{block}\n"
    readme.write_text(text, encoding="utf-8")
