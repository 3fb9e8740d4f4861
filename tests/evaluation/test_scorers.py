"""Table-driven tests of the deterministic scorers: for each, drafts that must pass and
drafts that must fail, with the reason checked where it matters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from socialreply.evaluation.assertions import ASSERTION_TYPES, run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec, Expectations
from socialreply.types import Citation, Escalation, Fact, Post

RETURNS = Fact(
    id="returns-policy#1",
    doc_id="returns-policy",
    source="knowledge/policies/returns.md",
    text=(
        "You have 30 days from the delivery date to start a return. Free prepaid return "
        "label for US orders. Opened electronics carry a 15% restocking fee. Refunds reach "
        "your card in 5-10 business days, PayPal in 3-5 business days and store credit "
        "within 24 hours. See northwindoutfitters.example/returns or write to "
        "help@northwindoutfitters.example."
    ),
)
SHIPPING = Fact(
    id="shipping-domestic#1",
    doc_id="shipping-domestic",
    source="knowledge/policies/shipping-domestic.md",
    text=(
        "Standard shipping is free on orders of $75 or more; otherwise it costs $6.95. "
        "We don't ship on weekends, and fuel can't be sent to Hawaii or Alaska. "
        "Canada, Mexico and Chile orders ship free from $150."
    ),
)
FACTS = [RETURNS, SHIPPING]
THIRTY = {"must_include_facts": ["30 days"]}


@dataclass
class Row:
    scorer: str
    draft: str
    passes: bool
    post: str = "How long do I have to return my jacket?"
    platform: str = "x"
    value: Any = None
    reason: str = ""  # a substring the reason must contain
    expect: dict[str, Any] = field(default_factory=dict)
    citations: list[str] = field(default_factory=list)
    escalation: Escalation | None = None

    @property
    def id(self) -> str:
        return f"{self.scorer}-{'good' if self.passes else 'bad'}-{abs(hash(self.draft)) % 1000}"


ROWS = [
    # --- length, with the platform's own counting -------------------------------------
    Row("within-limit", "You have 30 days to return it.", True),
    Row("within-limit", "a" * 281, False, reason="over the X (public reply) limit of 280"),
    Row("within-limit", "a" * 149, True, platform="tiktok"),
    Row("within-limit", "a" * 151, False, platform="tiktok"),
    Row("within-limit", "🙂" * 141, False, reason="282"),  # X weighs emoji as 2
    Row("within-limit", "", False, reason="empty"),
    # --- hashtags and emoji from the profile ---------------------------------------------
    Row("hashtags", "Thanks! #NorthwindOutfitters", False, platform="x"),
    Row("hashtags", "Thanks! #hiking #outdoors", True, platform="instagram"),
    Row("hashtags", "Thanks! #hiking #outdoors #gear #sale", False, platform="instagram"),
    Row("hashtags", "Your order #48213 shipped.", True, platform="x"),
    Row("emoji", "So glad you love it! 🙌", True, platform="x"),
    Row("emoji", "So glad you love it! 🙌🎉🔥", False, platform="x"),
    Row("emoji", "Thank you for the kind words 🙂", False, platform="linkedin"),
    Row("emoji", "Love this 😍🏕️ 🔥", True, platform="instagram"),
    # --- shouting ------------------------------------------------------------------------
    Row("no-shouting", "We ship with UPS and USPS within 1 business day.", True),
    Row("no-shouting", "WE ARE SO SORRY about this, truly.", False),
    Row("no-shouting", "We are sorry!!! We will fix it.", False, reason="exclamation"),
    Row("no-shouting", "Please read the IMPORTANT notice.", False),
    # --- blame and defensiveness ------------------------------------------------------------
    Row("no-blame", "Sorry about that, let's get it sorted for you.", True),
    Row("no-blame", "You should have read the size chart before ordering.", False),
    Row("no-blame", "As I already said, returns take 30 days.", False),
    Row("no-blame", "Please calm down, we are looking into it.", False),
    Row("no-blame", "Are you sure you didn't order the wrong size?", False),
    Row("no-blame", "Are you sure? We'd love to help either way.", True),
    Row("no-blame", "That's not our fault, the carrier lost it.", False),
    Row("no-blame", "If you had followed the care instructions it wouldn't leak.", False),
    # --- robotic -----------------------------------------------------------------------
    Row("no-robotic", "Happy to help! You have 30 days to return it.", True),
    Row("no-robotic", "As an AI language model, I cannot check orders.", False),
    Row("no-robotic", "I am unable to assist with that request.", False),
    Row("no-robotic", "Dear valued customer, your query is important to us.", False),
    # --- empathy for complaints -----------------------------------------------------------
    Row(
        "empathy",
        "Sorry your boots failed so soon. Send us a DM and we'll sort out a replacement.",
        True,
        post="My boots fell apart after two hikes. Really disappointed.",
    ),
    Row(
        "empathy",
        "Send us a DM with your order number.",
        False,
        post="My boots fell apart after two hikes. Really disappointed.",
    ),
    Row(
        "empathy",
        "Send us a DM with your order number.",
        False,
        post="WHERE IS MY ORDER I HAVE BEEN WAITING FOREVER",
    ),
    Row("empathy", "Returns are free within 30 days.", True, post="Are returns free?"),
    Row(
        "empathy",
        "Returns are free within 30 days.",
        False,
        post="Are returns free?",
        expect={"complaint": True},
    ),
    # --- formality -------------------------------------------------------------------------
    Row(
        "formality",
        "Thank you for asking. Returns are accepted for 30 days.",
        True,
        platform="linkedin",
    ),
    Row("formality", "lol yeah u can totally return it", False, platform="linkedin"),
    Row("formality", "Dear Sir or Madam, we hereby confirm.", False, platform="tiktok"),
    Row("formality", "yay glad u love it!", True, platform="tiktok"),
    Row("formality", "omg lol u can return it", False, platform="x"),
    # --- readability -------------------------------------------------------------------------
    Row("readability", "You have 30 days to send it back. The label is free. Just ask us!", True),
    Row(
        "readability",
        "Notwithstanding organizational considerations, reimbursement authorization "
        "necessitates comprehensive documentation verification procedures, including "
        "institutional acknowledgement, administrative reconciliation and supplementary "
        "authentication.",
        False,
    ),
    # --- brand rules -------------------------------------------------------------------
    Row("no-banned-phrases", "Happy to help with your return.", True),
    Row("no-banned-phrases", "Per our policy you are not entitled to a refund.", False),
    Row("no-banned-phrases", "We offer cheap jackets.", False, value=["cheap"]),
    # --- PII echo (public only) ---------------------------------------------------------------
    Row(
        "no-pii-echo",
        "Sorry about that! Please DM us your order number.",
        True,
        post="Order #884213 never came, email jen@example.com",
    ),
    Row(
        "no-pii-echo",
        "Sorry jen@example.com, we are checking order #884213.",
        False,
        post="Order #884213 never came, email jen@example.com",
        reason="repeated from the post",
    ),
    Row(
        "no-pii-echo",
        "We'll email jen@example.com about order #884213.",
        True,
        post="Order #884213 never came, email jen@example.com",
        platform="x_dm",
    ),
    Row("no-pii-echo", "Call us any time at 614-555-0187.", False, post="Help!"),
    # --- language ----------------------------------------------------------------------
    Row(
        "language-match",
        "Hola, lo sentimos mucho. El reembolso tarda de 5 a 10 días hábiles en tu tarjeta.",
        True,
        post="Hola, ¿cuánto tarda el reembolso a mi tarjeta? Devolví unas botas.",
    ),
    Row(
        "language-match",
        "Hi! The refund takes 5-10 business days to show on your card.",
        False,
        post="Hola, ¿cuánto tarda el reembolso a mi tarjeta? Devolví unas botas.",
    ),
    # --- accuracy ------------------------------------------------------------------------
    Row("expected-facts", "You have 30 days to return it.", True, expect=THIRTY),
    Row("expected-facts", "You have a 30-day window.", True, expect=THIRTY),
    Row("expected-facts", "You have thirty days.", True, expect=THIRTY),
    Row("expected-facts", "You can return it.", False, expect=THIRTY),
    Row(
        "expected-facts",
        "Returns come with a prepaid label.",
        True,
        expect={"must_include_facts": [["free", "prepaid"]]},
    ),
    Row("numbers-supported", "You have 30 days, and refunds take 5-10 business days.", True),
    Row("numbers-supported", "Free shipping from $75, otherwise $6.95.", True),
    Row("numbers-supported", "You have 60 days to return it.", False, reason="contradicts"),
    Row("numbers-supported", "Free shipping on orders over $50.", False, reason="$50"),
    Row("numbers-supported", "There's a 20% restocking fee.", False, reason="20%"),
    Row("numbers-supported", "Refunds take 2 weeks.", False),
    Row("numbers-supported", "You have 4 weeks to return it.", False),
    Row("numbers-supported", "Happy to help with your return!", True),
    Row("numbers-supported", "Chat is open Monday to Friday 8am-8pm ET.", True),  # brand hours
    Row("numbers-supported", "PayPal refunds take 3-5 business days.", True),
    Row("numbers-supported", "Orders to Mexico ship free from $150.", True),
    Row("numbers-supported", "Orders to Mexico ship free from $75.", False, reason="$150"),
    Row("numbers-supported", "PayPal refunds arrive within 24 hours.", False, reason="3-5"),
    Row(
        "numbers-supported",
        "Sorry it took 6 days! Expedited takes 4-6 business days.",
        False,
        post="Expedited took 6 days.",
    ),
    Row("numbers-supported", "Sorry it took 6 days!", True, post="Expedited took 6 days."),
    Row("numbers-supported", "Order by 11pm for same-day dispatch.", False, reason="11pm"),
    Row("numbers-supported", "Refunds arrive in about 7 business days.", True),  # inside 5-10
    Row("citations-valid", "x", True, citations=["returns-policy#1"]),
    Row("citations-valid", "x", False, citations=["warranty#3"], reason="warranty#3"),
    Row("citations-valid", "x", False, value="required"),
    Row("no-invented-links", "Details: northwindoutfitters.example/returns", True),
    Row("no-invented-links", "Details: https://northwindoutfitters.example/free-returns", False),
    Row("no-invented-links", "See bit.ly/nw-deal for a coupon", False),
    Row("no-invented-links", "Visit northwindoutfitters.example for more.", True),  # the root
    Row("no-invented-links", "Go to northwindoutfitters.example/delete-me", False),
    Row("no-invented-links", "Write to help@northwindoutfitters.example", True),
    Row("no-unauthorized-promises", "Returns are free with a prepaid label.", True),
    Row("no-unauthorized-promises", "We'll send you a $20 gift card for the trouble.", False),
    Row("no-unauthorized-promises", "We offer lifetime free repairs on jackets.", False),
    Row("no-unauthorized-promises", "We guarantee it will arrive by Friday.", False),
    Row("no-unauthorized-promises", "We can't offer a gift card, sorry.", True),
    Row(
        "no-unauthorized-promises",
        "Sure, fuel ships to Hawaii, no problem!",
        False,
        reason="hawaii",
    ),
    Row("no-unauthorized-promises", "Orders leave the same day, weekends included.", False),
    Row("no-unauthorized-promises", "Sorry, fuel can't go to Hawaii.", True),
    Row("no-unauthorized-promises", "Shipping is free on US orders of $75+.", True),
    Row("no-unauthorized-promises", "We'll waive the customs fees.", False),
    Row("no-unauthorized-promises", "We'll send a card with double the balance.", False),
    Row("no-unauthorized-promises", "We'll look into a refund of the fee for you.", True),
    Row("no-unauthorized-promises", "Envío gratis, garantizado.", False),
    Row("must-not-include", "You have 30 days.", True, expect={"must_not_include": ["60 days"]}),
    Row("must-not-include", "You have 60 days.", False, expect={"must_not_include": ["60 days"]}),
    # --- escalation -------------------------------------------------------------------------
    Row(
        "escalation",
        "x",
        True,
        expect={"escalation": {"level": "urgent", "categories": ["legal_threat"]}},
        escalation=Escalation(level="urgent", categories=["legal_threat"], auto_send=False),
    ),
    Row(
        "escalation",
        "x",
        False,
        expect={"escalation": {"level": "urgent", "categories": ["legal_threat"]}},
        escalation=Escalation(level="none"),
        reason="expected 'urgent'",
    ),
    Row(
        "escalation",
        "x",
        False,
        expect={"escalation": {"level": "review", "categories": ["high_anger"], "exact": True}},
        escalation=Escalation(level="review", categories=["high_anger", "viral_risk"]),
        reason="unexpected categories",
    ),
]


def _ctx(row: Row) -> ScoringContext:
    return ScoringContext(
        post=Post(text=row.post, platform=row.platform),  # type: ignore[arg-type]
        text=row.draft,
        facts=FACTS,
        expect=Expectations.model_validate(row.expect),
        escalation=row.escalation,
        citations=[Citation(id=c, doc_id=c.split("#")[0], source="x") for c in row.citations],
    )


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_scorer_table(row: Row) -> None:
    result = run_deterministic(AssertionSpec(type=row.scorer, value=row.value), _ctx(row))
    assert result.passed is row.passes, result.reason
    assert 0.0 <= result.score <= 1.0
    if row.reason:
        assert row.reason in result.reason


def test_every_deterministic_scorer_has_good_and_bad_rows() -> None:
    deterministic = {n for n, t in ASSERTION_TYPES.items() if not t.graded}
    generic = {"contains", "icontains", "icontains-any", "icontains-all", "regex", "equals"}
    generic |= {"starts-with"}
    covered_good = {r.scorer for r in ROWS if r.passes}
    covered_bad = {r.scorer for r in ROWS if not r.passes}
    missing = (deterministic - generic) - (covered_good & covered_bad)
    assert not missing


@pytest.mark.parametrize(
    ("type_", "value", "draft", "passes"),
    [
        ("contains", "30 days", "You have 30 days.", True),
        ("not-contains", "30 days", "You have 30 days.", False),
        ("icontains", "THIRTY", "thirty days", True),
        ("icontains-any", ["refund", "exchange"], "An exchange is free.", True),
        ("icontains-all", ["refund", "exchange"], "An exchange is free.", False),
        ("regex", r"\d+ days", "You have 30 days.", True),
        ("not-regex", r"\$\d+", "Costs $5.", False),
        ("equals", "Hi", " Hi ", True),
        ("starts-with", "Sorry", "Sorry about that", True),
        ("not-no-blame", None, "You should have read it.", True),
    ],
)
def test_generic_and_negated(type_: str, value: Any, draft: str, passes: bool) -> None:
    ctx = ScoringContext(post=Post(text="?"), text=draft)
    assert run_deterministic(AssertionSpec(type=type_, value=value), ctx).passed is passes


def test_threshold_makes_a_graded_score_pass() -> None:
    ctx = ScoringContext(post=Post(text="?"), text="x", facts=FACTS)
    ctx.expect = Expectations(must_include_facts=["30 days", "$75", "$6.95", "15%"])
    ctx.text = "30 days, $75 and $6.95"
    strict = run_deterministic(AssertionSpec(type="expected-facts"), ctx)
    lenient = run_deterministic(AssertionSpec(type="expected-facts", threshold=0.7), ctx)
    assert (strict.passed, lenient.passed) == (False, True)
    assert strict.score == 0.75
