"""The rule veto: its features, deterministic training on invented pairs, which signals it
may drop, the file round trip and the policy switch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from socialreply.triage.ngram_training import FitSettings, fit
from socialreply.triage.policy import TriagePolicy
from socialreply.triage.rule_veto import (
    VETO_BITS,
    RuleVeto,
    default_rule_veto,
    pair_matrix,
    rule_clauses,
    veto_features,
)
from socialreply.triage.semantic import SemanticTriage
from socialreply.types import Signal

# --- features ---------------------------------------------------------------------------

ASK = "put me through to a human"
POST = "Love the tent. Gonna jump off a cliff lol."


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ((ASK, "human_request"), (ASK.upper(), "human_request"), True),
        ((ASK, "human_request"), (ASK, "high_anger"), False),
        ((ASK, "human_request"), ("a human-sized sleeping bag", "human_request"), False),
    ],
)
def test_features_follow_the_text_and_the_category(
    left: tuple[str, str], right: tuple[str, str], same: bool
) -> None:
    assert np.array_equal(veto_features(*left), veto_features(*right)) is same


@pytest.mark.parametrize(
    ("text", "spans", "clause"),
    [
        (POST, [(21, 25)], "Gonna jump off a cliff lol."),
        (POST, [(0, 4)], "Love the tent."),
        (POST, [], POST),
        # A span no clause holds (beyond the text) reads the whole post.
        ("Love the tent.", [(40, 44)], "Love the tent."),
    ],
)
def test_the_clause_around_the_rule_match(
    text: str, spans: list[tuple[int, int]], clause: str
) -> None:
    assert rule_clauses(text, spans) == clause


def test_the_match_clause_changes_the_features() -> None:
    assert not np.array_equal(
        veto_features(POST, "self_harm", [(21, 25)]), veto_features(POST, "self_harm", [(0, 4)])
    )


# --- training and review on invented pairs -----------------------------------------------

RIGHT = [
    "please put me through to a human agent",
    "i want to talk to a real person now",
    "can a human agent call me back please",
    "let me speak to a person not a bot",
]
WRONG = [
    "need a human-sized sleeping bag lol",
    "this bag fits a grown human, love it",
    "human-sized tent, finally one for tall people",
    "shoutout to the human on your chat, great answers",
]


def _trained(threshold: float) -> RuleVeto:
    pairs = [(t, "human_request", []) for t in RIGHT + WRONG]
    ids, indptr, values = pair_matrix(pairs)  # type: ignore[arg-type]
    labels = np.array([[True]] * len(RIGHT) + [[False]] * len(WRONG))
    weights, bias = fit(
        ids, indptr, values, labels, 2**VETO_BITS, None, FitSettings(epochs=40, seed=3)
    )
    return RuleVeto(weights[:, 0], float(bias[0]), {"human_request": threshold})


def test_training_is_deterministic() -> None:
    first, second = _trained(0.5), _trained(0.5)
    assert np.array_equal(first.weights, second.weights)
    assert first.bias == second.bias


@pytest.mark.parametrize(
    ("text", "right"), [*((t, True) for t in RIGHT), *((t, False) for t in WRONG)]
)
def test_the_fitted_veto_separates_its_pairs(text: str, right: bool) -> None:
    assert (_trained(0.5).probability(text, "human_request") >= 0.5) is right


def _rule(category: str, evidence: str = "human") -> Signal:
    return Signal(category=category, evidence=evidence, source="rule", start=0, end=5)  # type: ignore[arg-type]


def _semantic(category: str) -> Signal:
    return Signal(category=category, evidence="x", source="semantic")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "signals", "kept"),
    [
        # A rule alone, read as false: dropped.
        (WRONG[0], [_rule("human_request")], set()),
        # A rule alone, read as right: kept.
        (RIGHT[0], [_rule("human_request")], {"human_request"}),
        # The semantic pass found it too: never dropped.
        (WRONG[0], [_rule("human_request"), _semantic("human_request")], {"human_request"}),
        # A category without a threshold: never dropped; the other one is.
        (WRONG[0], [_rule("human_request"), _rule("high_anger")], {"high_anger"}),
    ],
)
def test_review_drops_only_rule_alone_categories_read_as_false(
    text: str, signals: list[Signal], kept: set[str]
) -> None:
    assert {s.category for s in _trained(0.5).review(text, signals)} == kept


def test_a_disabled_category_is_left_to_the_policy() -> None:
    signals = [_rule("human_request")]
    assert _trained(0.5).review(WRONG[0], signals, disabled=("human_request",)) == signals


@pytest.mark.parametrize(("threshold", "dropped"), [(0.0, False), (1.0, True)])
def test_the_threshold_decides(threshold: float, dropped: bool) -> None:
    kept = _trained(threshold).review(RIGHT[0], [_rule("human_request")])
    assert (not kept) is dropped


@pytest.mark.parametrize(
    ("thresholds", "valid"),
    [({"human_request": 0.3}, True), ({"viral_risk": 0.3}, False), ({"no_such": 0.3}, False)],
)
def test_thresholds_only_for_vetoable_categories(thresholds: dict[str, float], valid: bool) -> None:
    weights = np.zeros(2**VETO_BITS, dtype=np.float32)
    if valid:
        RuleVeto(weights, 0.0, thresholds)  # type: ignore[arg-type]
    else:
        with pytest.raises(ValueError, match="never vetoed"):
            RuleVeto(weights, 0.0, thresholds)  # type: ignore[arg-type]


def test_the_file_round_trip_keeps_the_decisions(tmp_path: Path) -> None:
    veto = _trained(0.5)
    veto.save(tmp_path / "veto.npz")
    loaded = RuleVeto.load(tmp_path / "veto.npz")
    assert loaded.thresholds == veto.thresholds
    for text in RIGHT + WRONG:
        assert loaded.probability(text, "human_request") == pytest.approx(
            veto.probability(text, "human_request"), abs=5e-3
        )


# --- the policy switch --------------------------------------------------------------------


def test_the_policy_default_is_off() -> None:
    assert TriagePolicy.default().semantic.rule_veto is False


@pytest.mark.parametrize(("on", "kept"), [(True, set()), (False, {"human_request"})])
def test_the_policy_switch(on: bool, kept: set[str]) -> None:
    semantic = SemanticTriage(
        head=False, neighbours=False, clause_neighbours=False, ngram=False, rule_veto=_trained(0.5)
    )
    policy = TriagePolicy.from_dict({"semantic": {"rule_veto": on}})
    found = semantic.veto_rules(WRONG[0], [_rule("human_request")], policy)
    assert {s.category for s in found} == kept


def test_without_a_minilm_head_the_shipped_veto_is_not_loaded() -> None:
    semantic = SemanticTriage(head=False, neighbours=False, clause_neighbours=False, ngram=False)
    assert semantic.rule_veto is None


def test_the_shipped_veto_loads_when_present() -> None:
    veto = default_rule_veto()
    if veto is not None:
        assert veto.weights.shape == (2**veto.bits,)
