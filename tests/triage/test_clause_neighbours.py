"""Clause neighbours: crises the head scored too low, added when the labelled units nearest
one of the post's clauses all witness them but one (`socialreply/triage/clause_neighbours.py`);
which units a labelled post contributes; the shipped index."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.triage import TriagePolicy
from socialreply.triage.clause_neighbours import (
    DISSENT,
    FRACTION,
    PRUNE_BELOW,
    ClauseAddition,
    clause_additions,
    default_clause_neighbours,
    witness_units,
)
from socialreply.triage.neighbours import LabelledNeighbours, default_neighbours
from socialreply.triage.semantic import SemanticTriage

from .support import load_benchmark
from .test_semantic_head import KeywordEmbedder, _keyword_head

# --- clause_additions over a toy index ---------------------------------------------------

# Five units near [1, 0] witness self_harm; near [0, 1], four do and one is ordinary.
_INDEX = LabelledNeighbours.build(
    [[1, 0.01 * i] for i in range(5)] + [[0.01 * i, 1] for i in range(5)] + [[-1, 0]],
    [["self_harm"]] * 5 + [["violence_threat"]] * 4 + [[]] + [["data_breach"]],
    ["a"] * 11,
)
_COLUMNS = {"self_harm": 0, "violence_threat": 1, "data_breach": 2}
_THRESHOLDS = {"self_harm": 0.9, "violence_threat": 0.9, "data_breach": 0.9}


def _additions(
    units: Sequence[Sequence[float]],
    probabilities: Sequence[Sequence[float]],
    candidates: Sequence[str] = ("self_harm", "violence_threat", "data_breach"),
    k: int = 5,
) -> list[ClauseAddition]:
    vectors = np.asarray(units, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return clause_additions(
        _INDEX,
        vectors,
        np.asarray(probabilities, dtype=np.float64),
        _COLUMNS,  # type: ignore[arg-type]
        _THRESHOLDS,  # type: ignore[arg-type]
        candidates,  # type: ignore[arg-type]
        k,
    )


@pytest.mark.parametrize(
    ("units", "probabilities", "kw", "expected"),
    [
        # All five nearest witness self_harm: added, told by unit 0.
        ([[1, 0]], [[0.5, 0, 0]], {}, [("self_harm", 0)]),
        # The head gave it under a tenth of the threshold: not looked up.
        ([[1, 0]], [[FRACTION * 0.9 - 0.01, 0, 0]], {}, []),
        ([[1, 0]], [[FRACTION * 0.9, 0, 0]], {}, [("self_harm", 0)]),
        # Four of the five nearest witness violence_threat, one is ordinary: added (all
        # but `DISSENT`); of the six nearest only four: not added.
        ([[0, 1]], [[0, 0.5, 0]], {}, [("violence_threat", 0)]),
        ([[0, 1]], [[0, 0.5, 0]], {"k": 4}, [("violence_threat", 0)]),
        ([[0, 1]], [[0, 0.5, 0]], {"k": 6}, []),
        # One nearest unit: it must witness it.
        ([[0, 1]], [[0, 0.5, 0]], {"k": 1}, [("violence_threat", 0)]),
        ([[-1, 0]], [[0, 0.5, 0]], {"k": 1}, []),
        # Not a candidate (the post has it already, or it is not a crisis): not added.
        ([[1, 0]], [[0.5, 0, 0]], {"candidates": ("violence_threat",)}, []),
        ([[1, 0]], [[0.5, 0, 0]], {"k": 0}, []),
        # A unit near the witnesses but scored low, another scored higher but elsewhere:
        # the first unit whose neighbours agree, highest probability first.
        ([[0, 1], [1, 0]], [[0.6, 0, 0], [0.2, 0, 0]], {}, [("self_harm", 1)]),
        # Near self_harm's witnesses, but the head scored only data_breach there.
        ([[1, 0]], [[0, 0, 0.5]], {}, []),
    ],
)
def test_a_crisis_is_added_when_the_nearest_labelled_units_but_one_witness_it(
    units: list[list[float]],
    probabilities: list[list[float]],
    kw: dict[str, object],
    expected: list[tuple[str, int]],
) -> None:
    got = _additions(units, probabilities, **kw)  # type: ignore[arg-type]
    assert DISSENT == 1
    assert [(a.category, a.unit) for a in got] == expected


def test_nearest_many_is_nearest_per_row() -> None:
    rows = np.array([[1, 0], [0, 1], [-1, 0]], dtype=np.float32)
    assert _INDEX.nearest_many(rows, 3) == [_INDEX.nearest(row, 3) for row in rows]
    assert _INDEX.nearest_many(np.zeros((0, 2), dtype=np.float32), 3) == []
    with pytest.raises(ConfigError, match="one vector per row"):
        _INDEX.nearest_many(np.array([1, 0], dtype=np.float32), 3)
    with pytest.raises(ConfigError, match="2-d vectors, not 3-d"):
        _INDEX.nearest_many(np.ones((1, 3), dtype=np.float32), 3)


# --- which units a labelled post contributes ---------------------------------------------

_CRISIS = ("self_harm", "violence_threat", "safety_injury", "data_breach")


@pytest.mark.parametrize(
    ("categories", "probabilities", "expected"),
    [
        # Per crisis category, the unit the head scores highest.
        (["self_harm"], [[0.1, 0], [0.7, 0], [0.3, 0]], {1: {"self_harm"}}),
        (
            ["self_harm", "violence_threat"],
            [[0.1, 0.9], [0.7, 0], [0.3, 0]],
            {0: {"violence_threat"}, 1: {"self_harm"}},
        ),
        (
            ["self_harm", "violence_threat"],
            [[0.9, 0.9], [0.1, 0.1]],
            {0: {"self_harm", "violence_threat"}},
        ),
        # No crisis (an urgent post counts as none): the units the head does not rule out.
        (["legal_threat"], [[PRUNE_BELOW, 0], [0.001, 0.003], [0, 0.5]], {0: set(), 2: set()}),
        ([], [[0.0, 0.0]], {}),
    ],
)
def test_witness_units(
    categories: list[str], probabilities: list[list[float]], expected: dict[int, set[str]]
) -> None:
    columns = {"self_harm": 0, "violence_threat": 1}
    got = witness_units(
        np.asarray(probabilities),
        columns,  # type: ignore[arg-type]
        categories,
        _CRISIS,  # type: ignore[arg-type]
    )
    assert got == expected


# --- in the semantic pass (fake embedder and head: no model) -----------------------------


def _runner(labelled: Sequence[tuple[str, list[str]]]) -> SemanticTriage:
    embedder = KeywordEmbedder()
    index = LabelledNeighbours.build(
        embedder.embed([text for text, _ in labelled]),
        [c for _, c in labelled],
        ["x"] * len(labelled),
    )
    return SemanticTriage(embedder, head=_keyword_head(), neighbours=False, clause_neighbours=index)


def _categories(runner: SemanticTriage, text: str, **kw: object) -> list[str]:
    return sorted(s.category for s in runner.signals(text, **kw))  # type: ignore[arg-type]


# The head scores "I will kill" ~1.0; a threshold of 1.0 makes it a crisis it missed.
MISSED = {"thresholds": {"violence_threat": 1.0}}


@pytest.mark.parametrize(
    ("witnesses", "semantic", "kw", "expected"),
    [
        (5, MISSED, {}, ["violence_threat"]),
        (4, MISSED, {}, ["violence_threat"]),  # one of the five nearest is ordinary
        (3, MISSED, {}, []),  # two of them are
        (5, {**MISSED, "clause_neighbours": 0}, {}, []),
        (5, {**MISSED, "clause_neighbours": 3}, {}, ["violence_threat"]),
        (4, {**MISSED, "clause_neighbours": 3}, {}, ["violence_threat"]),
        # The rules found it already: nothing to add.
        (5, MISSED, {"rule_categories": {"violence_threat"}}, []),
        # Found by the head itself: one signal, not two.
        (5, {}, {}, ["violence_threat"]),
    ],
)
def test_the_semantic_pass_adds_what_the_clause_neighbours_witness(
    witnesses: int, semantic: dict[str, object], kw: dict[str, object], expected: list[str]
) -> None:
    labelled = [("kill", ["violence_threat"])] * witnesses
    labelled += [("kill", [])] * (5 - witnesses) + [("sue", [])] * 3
    policy = TriagePolicy.from_dict({"semantic": semantic})
    assert _categories(_runner(labelled), "I will kill", policy=policy, **kw) == expected


def test_a_disabled_category_or_an_urgent_one_is_never_added() -> None:
    runner = _runner([("kill", ["violence_threat"])] * 5 + [("sue", ["legal_threat"])] * 5)
    disabled = TriagePolicy.from_dict({"semantic": MISSED, "disabled": ["violence_threat"]})
    assert _categories(runner, "I will kill", policy=disabled) == []
    urgent = TriagePolicy.from_dict({"semantic": {"thresholds": {"legal_threat": 1.0}}})
    assert _categories(runner, "I will sue", policy=urgent) == []


def test_the_evidence_is_the_clause_that_told_it() -> None:
    runner = _runner([("kill", ["violence_threat"])] * 5)
    policy = TriagePolicy.from_dict({"semantic": MISSED})
    text = "Where is my refund. I will kill"
    (signal,) = runner.signals(text, policy=policy)
    assert signal.evidence == "I will kill"
    assert text[signal.start : signal.end] == "I will kill"


def test_without_an_index_nothing_is_added() -> None:
    runner = _runner([("kill", ["violence_threat"])] * 5)
    assert runner.with_neighbours(False, False).clause_neighbours is None
    assert runner.with_neighbours(False).clause_neighbours is not None
    # The shipped index is MiniLM vectors: not for another embedder's head.
    assert SemanticTriage(KeywordEmbedder(), head=_keyword_head()).clause_neighbours is None
    assert SemanticTriage(head=False).clause_neighbours is None


def test_clause_neighbours_policy_is_validated() -> None:
    with pytest.raises(ConfigError, match="clause_neighbours"):
        TriagePolicy.from_dict({"semantic": {"clause_neighbours": -1}})


# --- the shipped index -------------------------------------------------------------------


def test_shipped_clause_index_matches_the_batches_it_holds() -> None:
    build = load_benchmark("build_triage_neighbours")
    metrics = load_benchmark("triage_metrics")
    index = default_clause_neighbours()
    assert build.clause_index_is_current(index, metrics.load()), (
        "a labelled batch the clause index holds changed: rerun "
        "benchmarks/build_triage_neighbours.py --clauses"
    )
    assert index.vectors.shape[1] == 384
    witnessed = {c for mask in np.unique(index.masks) for c in index._categories_of(int(mask))}
    assert witnessed == set(_CRISIS)


def test_triage_metrics_leaves_the_batch_out_of_the_clause_index_too() -> None:
    metrics = load_benchmark("triage_metrics")
    unseen = metrics.as_unseen(SemanticTriage(), "blind47")
    held = unseen.clause_neighbours
    assert held is not None and len(held) < len(default_clause_neighbours())
    assert held.group_names.index("blind47") not in set(held.groups.tolist())
    assert unseen.neighbours is not None
    assert len(unseen.neighbours) == len(default_neighbours()) - 240
