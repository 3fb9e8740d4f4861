"""The head trainers' shared parts (`benchmarks/trainer_common.py`): file order and folds,
the sentence key, the good-draft threshold, file hashing and the two logistic fits."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from .training_scripts import training_script

common = training_script("trainer_common")


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("scorer_meta_blind.jsonl", 2),
        ("scorer_meta_blind3.jsonl", 3),
        ("scorer_meta_blind41.jsonl", 41),
        ("scorer_meta_eval.jsonl", 2),
    ],
)
def test_file_number(name: str, number: int) -> None:
    assert common.file_number(Path(name)) == number


def test_training_files_are_in_batch_order() -> None:
    numbers = [common.file_number(p) for p in common.training_files()]
    assert numbers == sorted(numbers) and len(numbers) > 5


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sorry, we're on it!", "sorry we re on it", True),
        ("DM us.", "dm   us", True),
        ("DM us.", "email us", False),
    ],
)
def test_sentence_key(a: str, b: str, same: bool) -> None:
    assert (common.sentence_key(a) == common.sentence_key(b)) is same


def test_folds_go_round_in_batch_order() -> None:
    files = ["scorer_meta_blind10", "scorer_meta_blind", "scorer_meta_blind3", "scorer_meta_blind4"]
    assert common.folds_of(files, 3) == {
        "scorer_meta_blind": 0,
        "scorer_meta_blind3": 1,
        "scorer_meta_blind4": 2,
        "scorer_meta_blind10": 0,
    }


@pytest.mark.parametrize(
    ("share", "flagged"),
    [(0.0, 0), (0.25, 1), (0.5, 2), (0.74, 2)],
)
def test_lowest_threshold_flags_at_most_the_share(share: float, flagged: int) -> None:
    good = np.array([0.9, 0.1, 0.5, 0.7])
    t = common.lowest_threshold(good, share)
    assert int((good >= t).sum()) == flagged


@pytest.mark.parametrize("nested", [False, True])
def test_hash_files(nested: bool, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"one")
    h = hashlib.sha256()
    common.hash_files(h, [tmp_path / "a.jsonl"], nested=nested)
    data = hashlib.sha256(b"one").digest() if nested else b"one"
    assert h.hexdigest() == hashlib.sha256(b"a.jsonl" + data).hexdigest()
    assert h.hexdigest() != hashlib.sha256(b"a.jsonl" + b"two").hexdigest()


def test_fit_buckets_learns_a_separable_toy() -> None:
    # rows 0, 1 have bucket 7 (positive), rows 2, 3 bucket 9 (negative); all have bucket 4.
    r_idx = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    cols = np.array([7, 4, 7, 4, 9, 4, 9, 4])
    vals = np.full(8, 1 / np.sqrt(2))
    y = np.array([1.0, 1.0, 0.0, 0.0])
    used, weights, _ = common.fit_buckets(
        r_idx, cols, vals, y, l2=1e-4, iterations=200, learning_rate=0.05
    )
    w = dict(zip(used.tolist(), weights.tolist(), strict=True))
    assert w[7] > 1.0 > -1.0 > w[9]
    assert abs(w[4]) < abs(w[7])


def test_fit_grams_and_dense_learns_a_separable_toy() -> None:
    grams = [{"refund", "now"}, {"refund"}, {"thanks"}, {"thanks", "now"}]
    dense = np.array([[1.0], [1.0], [-1.0], [-1.0]])
    vocab = {"now": 0, "refund": 1, "thanks": 2}
    weights, _ = common.fit_grams_and_dense(
        grams, dense, vocab, 2, l2=1e-6, iterations=200, learning_rate=0.05, positive_share=0.5
    )
    assert weights.shape == (4,)
    assert weights[1] > 0 > weights[2] and weights[3] > 0


@pytest.mark.parametrize(
    ("sentence", "keys", "close"),
    [
        ("Sorry about that!", ["sorry about that"], True),
        ("Sorry about that!", ["please dm us", "sorry about that"], True),  # the nearest counts
        ("Sorry about that!", ["sorry about this"], False),
        ("Read the policy next time.", ["sorry about that"], False),
        ("Sorry about that!", [], False),
    ],
)
def test_similarity_to_the_nearest_key(sentence: str, keys: list[str], close: bool) -> None:
    assert (common.similarity(sentence, keys) >= 0.9) is close


def test_groups_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "scorer_meta_blind9.jsonl"
    ids = ["g01-01", "g02-01", "g01-02", "g01-03"]
    path.write_text("\n".join(f'{{"id": "{i}"}}' for i in ids) + "\n\n", encoding="utf-8")
    groups = common.groups_of(path)
    assert list(groups) == ["g01", "g02"]
    assert [r["id"] for r in groups["g01"]] == ["g01-01", "g01-02", "g01-03"]
