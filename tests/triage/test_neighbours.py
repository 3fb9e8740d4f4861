"""Labelled neighbours: the index (build, save/load, leave-a-batch-out, nearest categories),
its check on the head's signals the rules did not find, and the shipped index matching the
repository's labelled data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.triage import TriagePolicy
from socialreply.triage.neighbours import (
    ADD_FRACTION,
    CRISIS_MARGIN,
    DEFAULT_K,
    LabelledNeighbours,
    default_neighbours,
    neighbour_text,
)
from socialreply.triage.semantic import SemanticTriage
from socialreply.triage.semantic_head import SemanticHead

from .support import load_benchmark
from .test_semantic_head import KeywordEmbedder, _keyword_head

# --- the index ------------------------------------------------------------------------


def _index() -> LabelledNeighbours:
    return LabelledNeighbours.build(
        [[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.9, 0.1], [0, 0, 1]],
        [["legal_threat"], ["legal_threat", "high_anger"], [], ["self_harm"], ["fraud_payment"]],
        ["a", "b", "a", "b", "c"],
        digest="d1",
    )


@pytest.mark.parametrize(
    ("vector", "k", "expected"),
    [
        ([1, 0, 0], 1, {"legal_threat"}),
        ([1, 0, 0], 2, {"legal_threat", "high_anger"}),
        ([0, 1, 0], 1, set()),  # nearest is an ordinary post
        ([0, 1, 0], 2, {"self_harm"}),
        ([0, 0, 1], 1, {"fraud_payment"}),
        ([0, 0, 1], 0, set()),
        ([1, 1, 1], 99, {"legal_threat", "high_anger", "self_harm", "fraud_payment"}),
    ],
)
def test_carried_is_the_union_of_the_k_nearest_posts_categories(
    vector: list[float], k: int, expected: set[str]
) -> None:
    unit = np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector)
    assert _index().carried(unit, k) == expected


def test_without_leaves_a_batch_out() -> None:
    index = _index()
    rest = index.without({"b"})
    assert len(rest) == 3 and len(index) == 5
    # blind "b" held the self_harm post next to [0, 1, 0]; only the ordinary one is left.
    assert rest.carried(np.array([0, 0.9, 0.1], dtype=np.float32), 1) == set()
    assert index.carried(np.array([0, 0.9, 0.1], dtype=np.float32), 1) == {"self_harm"}
    assert rest.carried(np.array([1, 0, 0], dtype=np.float32), 5) == {
        "legal_threat",
        "fraud_payment",
    }
    assert len(index.without({"nope"})) == 5


def test_index_round_trips_and_rejects_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "n.npz"
    _index().save(path)
    loaded = LabelledNeighbours.load(path)
    assert loaded.digest == "d1" and loaded.group_names == ("a", "b", "c")
    assert np.array_equal(loaded.vectors, _index().vectors)
    assert loaded.carried(np.array([1, 0, 0], dtype=np.float32), 2) == {
        "legal_threat",
        "high_anger",
    }
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="cannot read labelled neighbours"):
        LabelledNeighbours.load(tmp_path / "bad.npz")
    with pytest.raises(ConfigError, match="unknown categories"):
        LabelledNeighbours.build([[1.0, 0.0]], [["not_a_category"]], ["a"])
    with pytest.raises(ConfigError, match="3-d vectors, not 2-d"):
        _index().carried(np.array([1.0, 0.0]), 1)


# --- the check on the head's signals (fake embedder and head: no model) -----------------


def _runner(
    labelled: Sequence[tuple[str, list[str]]], head: SemanticHead | None = None
) -> SemanticTriage:
    embedder = KeywordEmbedder()
    texts = [neighbour_text(text, "en") for text, _ in labelled]
    index = LabelledNeighbours.build(
        embedder.embed(texts), [c for _, c in labelled], ["x"] * len(labelled)
    )
    return SemanticTriage(embedder, head=head or _keyword_head(), neighbours=index)


# Labelled posts: lawsuits, and "kill" only in false friends.
LABELLED = [
    ("I will sue you", ["legal_threat"]),
    ("see you in court", ["legal_threat"]),
    ("I would kill for a refund", []),
    ("kill me now, where is my refund", []),
]


def _categories(runner: SemanticTriage, text: str, **kw: object) -> list[str]:
    return sorted(s.category for s in runner.signals(text, **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        # legal_threat's neighbours carry it; the "kill" neighbours are false friends.
        ("I will sue. I will kill", {}, ["legal_threat"]),
        ("I will kill", {}, []),
        # Not checked: a category the rules found too.
        ("I will kill", {"rule_categories": {"violence_threat"}}, ["violence_threat"]),
        # Not checked: a crisis category on a post not in English.
        ("I will kill", {"language": "de"}, ["violence_threat"]),
        ("I will kill", {"language": "en"}, []),
        # The policy switches the check off, or widens it.
        (
            "I will kill",
            {"policy": TriagePolicy.from_dict({"semantic": {"neighbours": 0}})},
            ["violence_threat"],
        ),
    ],
)
def test_a_category_only_the_head_found_needs_a_labelled_neighbour(
    text: str, kw: dict[str, object], expected: list[str]
) -> None:
    assert _categories(_runner(LABELLED), text, **kw) == expected


@pytest.mark.parametrize(
    ("category", "text", "before", "expected"),
    [
        # The only carrier is the sixth nearest: a crisis stands (the margin), ...
        ("violence_threat", "I will kill", 5, ["violence_threat"]),
        ("violence_threat", "I will kill", 6, ["violence_threat"]),
        # ... but not the eighth, ...
        ("violence_threat", "I will kill", 7, []),
        # ... and an urgent category still needs one of the 5 nearest.
        ("legal_threat", "I will sue", 5, []),
        ("legal_threat", "I will sue", 4, ["legal_threat"]),
    ],
)
def test_a_crisis_only_the_head_found_is_checked_among_more_neighbours(
    category: str, text: str, before: int, expected: list[str]
) -> None:
    # `before` ordinary posts nearer the post than the one labelled post carrying
    # `category` ("... sale ..." adds a word, so it sits further away).
    word = text.split()[-1]
    labelled = [(f"{word} refund", [])] * before + [(f"{word} sale refund", [category])]
    assert (DEFAULT_K, CRISIS_MARGIN) == (5, 2)
    assert _categories(_runner(labelled), text) == expected


def test_a_review_category_on_a_foreign_post_is_still_checked() -> None:
    # legal_threat is urgent, not crisis: checked in every language.
    runner = _runner([("kill kill", [])])
    assert _categories(runner, "I will sue", language="de") == []


def test_without_an_index_or_with_another_embedders_head_nothing_is_checked() -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    assert runner.neighbours is None  # the shipped index is MiniLM vectors
    assert _categories(runner, "I will kill") == ["violence_threat"]
    assert _runner(LABELLED).with_neighbours(False).neighbours is None
    assert SemanticTriage(head=False).neighbours is None


def test_policy_neighbours_is_validated() -> None:
    with pytest.raises(ConfigError, match="neighbours"):
        TriagePolicy.from_dict({"semantic": {"neighbours": -1}})


# --- the shipped index ------------------------------------------------------------------


def test_shipped_index_matches_the_labelled_data() -> None:
    build = load_benchmark("build_triage_neighbours")
    metrics = load_benchmark("triage_metrics")
    rows = metrics.load()
    index = default_neighbours()
    assert index.digest == build.data_digest(rows), (
        "labelled triage data changed: rerun benchmarks/build_triage_neighbours.py"
    )
    assert len(index) == len(rows) and index.vectors.shape[1] == 384
    assert set(index.group_names) == {row["split"] for row in rows}


def test_triage_metrics_scores_a_batch_without_its_own_posts() -> None:
    metrics = load_benchmark("triage_metrics")
    runner = SemanticTriage()
    unseen = metrics.as_unseen(runner, "blind47")
    assert unseen.head is runner.head and unseen.neighbours is not None
    blind47 = unseen.neighbours.group_names.index("blind47")
    assert blind47 not in set(unseen.neighbours.groups.tolist())
    assert len(unseen.neighbours) == len(default_neighbours()) - 240


# A crisis the head nearly found (its threshold set just above the head's score).
NEARLY = TriagePolicy.from_dict({"semantic": {"thresholds": {"violence_threat": 1.0}}})


@pytest.mark.parametrize(
    ("threats", "policy", "expected"),
    [
        (3, NEARLY, ["violence_threat"]),  # 3 of the 5 nearest carry it: added
        (2, NEARLY, []),
        (
            5,
            TriagePolicy.from_dict(
                {"semantic": {"thresholds": {"violence_threat": 1.0}, "neighbours_to_add": 0}}
            ),
            [],
        ),
        (
            5,
            TriagePolicy.from_dict(
                {"semantic": {"thresholds": {"violence_threat": 1.0}, "neighbours": 0}}
            ),
            [],
        ),
        # Under ADD_FRACTION of the threshold: never added ("kill sale" scores ~0.02).
        (5, None, []),
    ],
)
def test_a_crisis_the_head_nearly_found_is_added_when_most_neighbours_carry_it(
    threats: int, policy: TriagePolicy | None, expected: list[str]
) -> None:
    labelled = [("kill", ["violence_threat"])] * threats + [("kill", [])] * (5 - threats)
    runner = _runner([*labelled, ("sue", ["legal_threat"])])
    text = "I will kill" if policy is not None else "kill sale"
    assert _categories(runner, text, policy=policy) == expected


def test_a_crisis_is_added_from_add_fraction_of_its_threshold() -> None:
    # A head that is unsure of "kill" (p ~0.57), so that its threshold can sit above it.
    unsure = replace(_keyword_head(), bias=np.array([-4.0, -11.5], dtype=np.float32))
    runner = _runner([("kill", ["violence_threat"])] * 5, unsure)
    probability = runner.head_scores("I will kill")[0].probability
    at = TriagePolicy.from_dict(
        {"semantic": {"thresholds": {"violence_threat": probability / ADD_FRACTION}}}
    )
    under = TriagePolicy.from_dict(
        {"semantic": {"thresholds": {"violence_threat": probability / ADD_FRACTION + 0.01}}}
    )
    assert ADD_FRACTION == 0.65
    assert _categories(runner, "I will kill", policy=at) == ["violence_threat"]
    assert _categories(runner, "I will kill", policy=under) == []


def test_only_crisis_categories_are_added() -> None:
    # legal_threat is urgent: never added, however many neighbours carry it.
    runner = _runner([("sue", ["legal_threat"])] * 5)
    policy = TriagePolicy.from_dict({"semantic": {"thresholds": {"legal_threat": 1.0}}})
    assert _categories(runner, "I will sue", policy=policy) == []


def test_neighbours_to_add_cannot_exceed_neighbours() -> None:
    with pytest.raises(ConfigError, match="neighbours_to_add"):
        TriagePolicy.from_dict({"semantic": {"neighbours": 3, "neighbours_to_add": 4}})
