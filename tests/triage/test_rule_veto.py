"""The rule veto: its features, deterministic training on invented pairs, which signals it
may drop, the file round trip and the policy switch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from socialreply.triage.ngram_features import DEFAULT_BITS, feature_matrix
from socialreply.triage.ngram_head import NgramHead
from socialreply.triage.ngram_training import FitSettings, fit
from socialreply.triage.policy import TriagePolicy
from socialreply.triage.rule_veto import (
    RULE_VETO_FILE,
    THRESHOLD_FLOORS,
    RuleVeto,
    default_rule_veto,
    with_floors,
)
from socialreply.triage.semantic import SemanticTriage
from socialreply.types import Signal

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


CATEGORIES = ("human_request", "high_anger")


def _trained(threshold: float) -> RuleVeto:
    """A veto fitted on the invented posts (human_request only on RIGHT)."""
    ids, indptr, values = feature_matrix(RIGHT + WRONG)
    labels = np.array([[True, False]] * len(RIGHT) + [[False, False]] * len(WRONG))
    weights, bias = fit(
        ids, indptr, values, labels, 2**DEFAULT_BITS, None, FitSettings(epochs=40, seed=3)
    )
    head = NgramHead.from_float(CATEGORIES, weights, bias, {}, {})  # type: ignore[arg-type]
    return RuleVeto(head, {"human_request": threshold})


def test_training_is_deterministic() -> None:
    first, second = _trained(0.5), _trained(0.5)
    assert np.array_equal(first.head.weights, second.head.weights)
    assert np.array_equal(first.head.bias, second.head.bias)


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
    [({"human_request": 0.3}, True), ({"viral_risk": 0.3}, False), ({"self_harm": 0.3}, False)],
)
def test_thresholds_only_for_vetoable_categories(thresholds: dict[str, float], valid: bool) -> None:
    head = _trained(0.5).head
    if valid:
        RuleVeto(head, thresholds)  # type: ignore[arg-type]
    else:
        with pytest.raises(ValueError, match="never vetoed"):
            RuleVeto(head, thresholds)  # type: ignore[arg-type]


def test_the_file_round_trip_keeps_the_decisions(tmp_path: Path) -> None:
    veto = _trained(0.5)
    veto.save(tmp_path / "veto.npz")
    loaded = RuleVeto.load(tmp_path / "veto.npz")
    assert loaded.thresholds == veto.thresholds
    for text in RIGHT + WRONG:
        assert loaded.probability(text, "human_request") == pytest.approx(
            veto.probability(text, "human_request"), abs=5e-3
        )


# --- floors on the thresholds -------------------------------------------------------------


def test_a_floor_raises_a_threshold() -> None:
    floored = with_floors(_trained(0.01), {"human_request": 0.2})
    assert floored.thresholds == {"human_request": 0.2}


def test_a_floor_never_lowers_a_threshold() -> None:
    floored = with_floors(_trained(0.4), {"human_request": 0.2})
    assert floored.thresholds == {"human_request": 0.4}


def test_a_category_without_a_threshold_gets_one_only_if_listed() -> None:
    veto = _trained(0.3)
    assert with_floors(veto, {}).thresholds == {"human_request": 0.3}
    floored = with_floors(veto, {"high_anger": 0.03})
    assert floored.thresholds == {"human_request": 0.3, "high_anger": 0.03}


def test_floors_keep_the_model() -> None:
    veto = _trained(0.3)
    assert with_floors(veto, {"high_anger": 0.03}).head is veto.head


def test_a_floor_for_a_category_never_vetoed_is_refused() -> None:
    with pytest.raises(ValueError, match="never vetoed"):
        with_floors(_trained(0.3), {"viral_risk": 0.1})  # type: ignore[dict-item]


def test_the_shipped_floors_are_in_force_when_the_veto_is_loaded() -> None:
    veto = default_rule_veto()
    assert veto is not None
    raw = RuleVeto.load()
    for category, floor in THRESHOLD_FLOORS.items():
        assert veto.thresholds[category] == max(raw.thresholds.get(category, 0.0), floor)
    for category, threshold in raw.thresholds.items():
        assert veto.thresholds[category] >= threshold
    assert set(veto.thresholds) == set(raw.thresholds) | set(THRESHOLD_FLOORS)


def test_the_shipped_floors_leave_the_crisis_categories_alone() -> None:
    crisis = {"self_harm", "violence_threat", "safety_injury", "data_breach"}
    assert not crisis & set(THRESHOLD_FLOORS)
    assert all(0.0 < f <= 0.05 for f in THRESHOLD_FLOORS.values())


# --- the policy switch --------------------------------------------------------------------


def test_the_policy_default_is_on() -> None:
    assert TriagePolicy.default().semantic.rule_veto is True


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


def test_the_shipped_veto_is_present_and_vetoes_no_crisis_beyond_its_thresholds() -> None:
    assert RULE_VETO_FILE.exists()
    veto = default_rule_veto()
    assert veto is not None
    assert set(veto.thresholds) <= set(veto.head.categories)
    assert all(0.0 < t <= 0.5 for t in veto.thresholds.values())


# Invented posts: a rule-fired category the shipped veto keeps (right) or drops (false).
@pytest.mark.parametrize(
    ("text", "category", "kept"),
    [
        ("I will end my life tonight, I can't do this anymore", "self_harm", True),
        ("my lawyer is filing suit against you on monday over the burns", "legal_threat", True),
        ("can I please speak to a real person, the bot keeps looping", "human_request", True),
        # About someone else's breach, a child "hacking" the account, a joke about a lawyer.
        ("good write-up on the data breach at another shop, worth a read", "data_breach", False),
        ("my account got hacked... by my 6 year old, ten beanies lol", "data_breach", False),
        ("mi abogado dice que gasto demasiado en vuestra tienda jajaja", "legal_threat", False),
        # Shouted delight and joking profanity read as anger (high_anger's floor).
        ("OMG THESE BOOTS ARE INSANE!!!! BEST PURCHASE OF MY LIFE!!!!", "high_anger", False),
        ("que raiva de não ter comprado essa jaqueta antes kkkkk", "high_anger", False),
        ("I AM FURIOUS!!! my order is three weeks late and nobody answers", "high_anger", True),
    ],
)  # fmt: skip
def test_the_shipped_veto_on_invented_posts(text: str, category: str, kept: bool) -> None:
    veto = default_rule_veto()
    assert veto is not None
    signal = Signal(category=category, evidence=text, source="rule", start=0, end=len(text))  # type: ignore[arg-type]
    assert bool(veto.review(text, [signal])) is kept
