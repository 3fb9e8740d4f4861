from __future__ import annotations

import pytest

from socialreply.triage import TriagePolicy, merge_signals, triage
from socialreply.triage.policy import LlmPolicy
from socialreply.types import Signal


def test_union_adds_and_recomputes_level() -> None:
    base = triage("where is my order?").escalation
    assert (base.level, base.auto_send) == ("none", True)
    merged = merge_signals(
        base,
        [
            Signal(category="no_knowledge", evidence="no relevant fact", source="retrieval"),
            Signal(category="legal_threat", evidence="small claims", source="llm"),
        ],
    )
    assert merged.categories == ["legal_threat", "no_knowledge"]
    assert merged.level == "urgent"
    assert merged.auto_send is False


def test_merge_never_removes_rule_signals() -> None:
    base = triage("I will sue you").escalation
    merged = merge_signals(base, [])
    assert merged == base
    merged = merge_signals(base, [Signal(category="high_anger", evidence="x", source="llm")])
    assert "legal_threat" in merged.categories


def test_duplicates_are_dropped() -> None:
    base = triage("I need a human").escalation
    again = merge_signals(base, base.signals)
    assert again.signals == base.signals


def test_llm_merge_policies() -> None:
    base = triage("thanks!").escalation
    llm = [
        Signal(category="legal_threat", evidence="lawyer", source="llm"),
        Signal(category="high_anger", evidence="grr", source="llm"),
    ]
    only = TriagePolicy(llm=LlmPolicy(merge="categories", categories=("high_anger",)))
    assert merge_signals(base, llm, only).categories == ["high_anger"]
    ignore = TriagePolicy(llm=LlmPolicy(merge="ignore"))
    assert merge_signals(base, llm, ignore).categories == []
    # Non-LLM sources are never filtered by the LLM policy.
    retrieval = [Signal(category="no_knowledge", evidence="-", source="retrieval")]
    assert merge_signals(base, retrieval, ignore).categories == ["no_knowledge"]


def test_disabled_categories_are_dropped_on_merge() -> None:
    policy = TriagePolicy(disabled=("no_knowledge",))
    base = triage("hi").escalation
    merged = merge_signals(
        base, [Signal(category="no_knowledge", evidence="-", source="retrieval")], policy
    )
    assert merged.categories == []


@pytest.mark.parametrize(
    ("text", "fraud"),
    [
        # A phishing text that knows the order: the breach, not a second payment problem.
        ("got a phishing text with my exact order number asking me to confirm payment", False),
        # Someone spending on the customer's card is fraud even when an account was hacked.
        ("my account was hacked and someone used my card to buy boots", True),
    ],
)
def test_a_breach_drops_the_scam_words_but_keeps_a_charge(text: str, fraud: bool) -> None:
    from socialreply.triage import triage

    categories = triage(text).escalation.categories
    assert "data_breach" in categories
    assert ("fraud_payment" in categories) is fraud
