"""Table-driven tests of the guardrail rules."""

from __future__ import annotations

import pytest

from socialreply.generation.guardrails import (
    GroundingSources,
    find_claims,
    find_ungrounded_claims,
    scrub,
    scrub_banned,
    scrub_links,
    scrub_pii,
    truncate,
)
from socialreply.platforms import get_profile
from socialreply.types import PIIMatch

FACTS = [
    "You have 30 days from the delivery date to start a return.",
    "Refunds are issued within 5-7 business days. Standard shipping costs $6.95.",
    "Orders over $75 ship free. Members save 10% on full-price items.",
    "Our gear carries a 2-year warranty. Track orders at https://northwind.example/track.",
]
SOURCES = GroundingSources(
    facts=FACTS, brand=["Monday to Friday 8am-8pm Eastern Time"], post="I ordered 2 jackets"
)


@pytest.mark.parametrize(
    ("draft", "ungrounded"),
    [
        ("You have 30 days to start a return.", []),
        ("You have thirty days to start a return.", []),
        ("You have 60 days to start a return.", ["60 days"]),
        ("Refunds take 5-7 business days.", []),
        ("Refunds take 3-5 business days.", ["3-5 business days"]),
        ("Your refund arrives within 3 weeks.", ["3 weeks"]),
        ("Shipping is $6.95 and free over $75.", []),
        ("Shipping is $9.99.", ["$9.99"]),
        ("Members save 10% on full-price items.", []),
        ("Members save 15%.", ["15%"]),
        ("We will refund you 100%.", ["100%"]),
        ("Both of your 2 jackets are on the way.", []),
        ("Call us on 555 0199.", ["555", "0199"]),
        ("We offer free shipping on everything.", ["free shipping"]),
        ("Everything has a lifetime warranty.", ["lifetime warranty"]),
        ("Everything has a 2-year warranty.", []),
        ("We'll send you a full refund right away.", ["full refund"]),
        ("We will replace it for you.", ["We will replace"]),
        ("We are open 8am-8pm on weekdays.", []),
        ("Thanks so much for the kind words!", []),
    ],
)
def test_grounding(draft: str, ungrounded: list[str]) -> None:
    assert find_ungrounded_claims(draft, SOURCES) == ungrounded


def test_refund_promise_supported_when_a_fact_mentions_refunds() -> None:
    assert find_ungrounded_claims("We'll refund the difference.", SOURCES) == []


def test_claim_kinds() -> None:
    kinds = [c.kind for c in find_claims("Pay $20, save 5% in 3 days, item 42, free returns.")]
    assert kinds == ["money", "percent", "duration", "number", "policy"]


@pytest.mark.parametrize(
    ("platform", "text", "expected"),
    [
        ("tiktok", "Short one.", "Short one."),
        (
            "tiktok",
            "First sentence is here. " * 3 + "Second sentence is much longer than the limit " * 3,
            "First sentence is here. First sentence is here. First sentence is here.",
        ),
        ("tiktok", "word " * 60, ("word " * 30).strip() + "…"),
    ],
)
def test_truncate(platform: str, text: str, expected: str) -> None:
    profile = get_profile(platform)
    out = truncate(text, profile)
    assert out == expected
    assert profile.count(out) <= profile.limit


def test_truncate_counts_like_x() -> None:
    profile = get_profile("x")
    text = "Hello 👋 " * 40  # each emoji counts 2 on X
    out = truncate(text, profile)
    assert profile.count(out) <= 280 < profile.count(text)


def _pii(kind: str, text: str) -> PIIMatch:
    return PIIMatch(kind=kind, text=text, start=0, end=len(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("public", "draft", "pii", "expected", "kinds"),
    [
        (
            True,
            "Thanks, we'll e-mail jo@example.com shortly.",
            [_pii("email", "jo@example.com")],
            "Thanks, we'll e-mail your e-mail address shortly.",
            ["email"],
        ),
        (
            True,
            "Order #48213 is on its way.",
            [_pii("order_number", "#48213")],
            "Order your order is on its way.",
            ["order_number"],
        ),
        (
            True,
            "We'll call 555-867-5309 today.",
            [_pii("phone", "(555) 867 5309")],
            "We'll call your phone number today.",
            ["phone"],
        ),
        (
            False,
            "We'll e-mail jo@example.com shortly.",
            [_pii("email", "jo@example.com")],
            "We'll e-mail jo@example.com shortly.",
            [],
        ),
        (
            False,
            "Card 4111 1111 1111 1111 noted.",
            [_pii("card_number", "4111111111111111")],
            "Card your card noted.",
            ["card_number"],
        ),
        (True, "Nothing personal here.", [], "Nothing personal here.", []),
    ],
)
def test_scrub_pii(
    public: bool, draft: str, pii: list[PIIMatch], expected: str, kinds: list[str]
) -> None:
    assert scrub_pii(draft, pii, public=public) == (expected, kinds)


# A card's PIN or expiry is card data (`triage/card_context.py`): removed where the reply
# repeats it with its label, and never out of another number that happens to hold its digits.
CARD_POST = "Kartennummer 6011 2290 4417 3301, PIN 4471 geht nicht"


@pytest.mark.parametrize("public", [True, False])
@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Try 6011 2290 4417 3301 with PIN 4471 again.", "Try your card with your card again."),
        ("Order NW-1044712 is on its way.", "Order NW-1044712 is on its way."),
        ("Your $4471.00 refund is on its way.", "Your $4471.00 refund is on its way."),
    ],
)
def test_scrub_card_secrets_from_the_post(public: bool, draft: str, expected: str) -> None:
    from socialreply.triage import find_pii

    assert scrub_pii(draft, find_pii(CARD_POST), public=public)[0] == expected


@pytest.mark.parametrize(
    ("draft", "expected", "removed"),
    [
        (
            "Track it at https://northwind.example/track.",
            "Track it at https://northwind.example/track.",
            [],
        ),
        ("Track it at northwind.example/track!", "Track it at northwind.example/track!", []),
        (
            "See https://evil.example.com/free for a refund.",
            "See for a refund.",
            ["https://evil.example.com/free"],
        ),
        ("Mail help@northwind-support.com now.", "Mail now.", ["help@northwind-support.com"]),
        ("Visit bit.ly/abc.", "Visit.", ["bit.ly/abc"]),
    ],
)
def test_scrub_links(draft: str, expected: str, removed: list[str]) -> None:
    assert scrub_links(draft, FACTS) == (expected, removed)


@pytest.mark.parametrize(
    ("draft", "expected", "found"),
    [
        ("Please calm down. We are on it.", "We are on it.", ["calm down"]),
        ("As an AI, I can't. Sorry!", "Sorry!", ["as an AI"]),
        ("All good here.", "All good here.", []),
    ],
)
def test_scrub_banned(draft: str, expected: str, found: list[str]) -> None:
    assert scrub_banned(draft, ["calm down", "as an AI"]) == (expected, found)


def test_scrub_combines_and_warns_in_order() -> None:
    result = scrub(
        "Calm down, jo@example.com. See https://evil.example.com. " + "More text here. " * 20,
        profile=get_profile("tiktok"),
        pii=[_pii("email", "jo@example.com")],
        allowed_link_text=FACTS,
        banned_phrases=["calm down"],
    )
    assert [w.code for w in result.warnings] == [
        "pii_removed",
        "link_removed",
        "banned_phrase",
        "over_limit_truncated",
    ]
    assert "jo@example.com" not in result.text and "evil" not in result.text
    assert get_profile("tiktok").count(result.text) <= 150
