"""The per-case bookkeeping the eval runner does on its event loop (the scores from the
assertion results, an assertion's base type, the results' JSON form) is written for
speed; each must give exactly what the plain version below gives, down to the float."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from socialreply.evaluation.assertions import aggregate
from socialreply.evaluation.context import AssertionResult
from socialreply.evaluation.runner import _assertion_dicts
from socialreply.evaluation.suites import AssertionSpec


def _weighted(pairs: Sequence[tuple[float, float]]) -> float:
    total = sum(w for _, w in pairs)
    if total == 0:
        return round(sum(s for s, _ in pairs) / len(pairs), 4) if pairs else 1.0
    return round(sum(s * w for s, w in pairs) / total, 4)


def _plain_aggregate(
    results: Sequence[AssertionResult], threshold: float | None
) -> tuple[dict[str, float], float, bool]:
    """The per-metric lists and `sum()`s the runner used before the one-pass version."""
    by_metric: dict[str, list[tuple[float, float]]] = {}
    for r in results:
        by_metric.setdefault(r.metric, []).append((r.score, r.weight))
    scores = {m: _weighted(v) for m, v in by_metric.items()}
    overall = _weighted([(r.score, r.weight) for r in results]) if results else 1.0
    if threshold is None:
        passed = all(r.passed for r in results if r.weight > 0)
    else:
        passed = overall >= threshold - 1e-9
    return scores, round(overall, 4), passed


def _random_results(rng: random.Random) -> list[AssertionResult]:
    weights = [0.0, 0.0, 0.5, 1.0, 1.0, 1.0, 2.0, 0.3, 1.7]
    scores = [0.0, 1.0, 1.0, 0.3333, 0.5, 0.6667, 0.1, 0.9, 0.75]
    return [
        AssertionResult(
            type=f"check-{i}",
            metric=rng.choice(["tone", "accuracy", "escalation", "custom"]),
            score=rng.choice(scores),
            passed=rng.random() < 0.7,
            weight=rng.choice(weights),
            reason="r",
        )
        for i in range(rng.randint(0, 20))
    ]


def test_aggregate_gives_the_plain_sums_scores() -> None:
    rng = random.Random(20)
    for _ in range(3000):
        results = _random_results(rng)
        threshold = rng.choice([None, None, 0.0, 0.5, 0.8, 1.0])
        got = aggregate(results, threshold)
        want = _plain_aggregate(results, threshold)
        assert got == want
        # Same floats, in the same metric order.
        assert list(got[0]) == list(want[0])
        assert [repr(v) for v in got[0].values()] == [repr(v) for v in want[0].values()]
        assert repr(got[1]) == repr(want[1])


@pytest.mark.parametrize(
    ("results", "threshold", "expected"),
    [
        ([], None, ({}, 1.0, True)),
        ([], 0.9, ({}, 1.0, True)),
        # Every weight 0: the plain mean, and nothing counts towards pass/fail.
        (
            [
                AssertionResult(
                    type="a", metric="tone", score=0.0, passed=False, weight=0.0, reason=""
                ),
                AssertionResult(
                    type="b", metric="tone", score=1.0, passed=True, weight=0.0, reason=""
                ),
            ],
            None,
            ({"tone": 0.5}, 0.5, True),
        ),
    ],
)
def test_aggregate_edges(
    results: list[AssertionResult],
    threshold: float | None,
    expected: tuple[dict[str, float], float, bool],
) -> None:
    assert aggregate(results, threshold) == expected == _plain_aggregate(results, threshold)


@pytest.mark.parametrize(
    ("type_", "base", "negated"),
    [
        ("icontains", "icontains", False),
        ("not-icontains", "icontains", True),
        ("not-not-x", "not-x", True),
        ("note", "note", False),
        ("not-", "", True),
    ],
)
def test_base_type(type_: str, base: str, negated: bool) -> None:
    spec = AssertionSpec(type=type_)
    assert spec.base_type == base
    assert spec.negated is negated


def test_assertion_dicts_are_each_results_model_dump() -> None:
    rng = random.Random(5)
    for _ in range(50):
        results = _random_results(rng)
        for r in results[::3]:
            r.grader = "openai:judge"
        assert _assertion_dicts(results) == [r.model_dump(mode="json") for r in results]
