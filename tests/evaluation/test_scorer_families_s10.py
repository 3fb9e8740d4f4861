"""Session 10's scorer families (false alarms on good drafts in scorer blind43 to blind45),
each next to a look-alike that must still fail: a laugh that shares the customer's joke
against one that mocks, a fee the facts never charge, an exclusion list and "the rest" of
an order, a fee restated "even if" the item was only opened, "we will" against the facts'
"we'll", a warranty that sets accidents apart, a passive form letter against "we will pass
it on", delight on a happy post, and a payment plan that is not a split seam."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _fact, _score

ANGRY = "Three weeks and still nothing. Not impressed."

# (draft, passes): a laugh opens the reply.
LAUGHS = [
    ("Ha, she can take all the time she needs 😄 Gift cards never expire.", True),
    ("Ha, could be! Standard shipping is free from $75.", True),
    ("Haha, no rush for her then! Gift cards never expire.", True),
    ("Ha, guide packs get wrecked, we get it. Zippers are $25.", True),
    ("Ha, no. Worn boots can't be returned.", False),
    ("Ha, nice try 😄 Only one discount per order.", False),
    ("Haha you wish. Codes don't stack.", False),
    ("Ha! Nice try. Only one code per order.", False),
    ("Ha, it's not a scam. Prices change.", False),
    ("lol she can take all the time she needs", False),
    ("lol no, it's been worn.", False),
]


@pytest.mark.parametrize(("draft", "passes"), LAUGHS, ids=[r[0] for r in LAUGHS])
def test_a_laugh_is_not_a_sneer(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (draft, passes): said to an angry customer; "but" turns to another cause.
CAUSES = [
    ("Sorry! A snap from a defect is covered, but accidents like dropping aren't.", True),
    ("Sorry! Poles usually snap from dropping them.", False),
    ("Sorry! Poles snap when a section is dropped.", False),
    ("Yes, Klarna. 4 payments, $35 to $1,000. It's all at checkout.", False),
    ("Sorry about that! Klarna shows up at checkout for orders from $35.", True),
]


@pytest.mark.parametrize(("draft", "passes"), CAUSES, ids=[r[0] for r in CAUSES])
def test_causes_and_pointing_at_checkout(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


REDIRECT = _fact(
    "redirect",
    "Once an order has shipped we can ask UPS or FedEx to redirect it to a new address; "
    "there's no fee, but a redirect is not guaranteed and can add 1-2 business days.",
)
PRICE_ADJUST = _fact(
    "price-adjustment",
    "If an item drops in price within 14 days of your purchase, we refund the difference "
    "once per item. Price adjustments don't apply to Final Sale or clearance items, or Black "
    "Friday to Cyber Monday prices.",
)
HAZMAT = _fact(
    "hazmat",
    "Fuel canisters and bear spray ship by ground only and can't be sent by Expedited or "
    "Overnight. If your order contains one, the whole order ships by Standard ground unless "
    "you split it.",
)
RESTOCKING = _fact(
    "restocking",
    "A 15% restocking fee applies to opened electronics; unopened electronics in sealed "
    "packaging are refunded in full.",
)
LATE = _fact(
    "late-delivery",
    "If you paid for Expedited or Overnight and the order missed the promised dispatch date, "
    "contact us and we'll refund the difference between your shipping method and Standard.",
)
POLES = _fact(
    "warranty",
    "Trekking poles have a Lifetime Warranty against defects. Accidents and misuse, such as "
    "crushing or dropping, are not covered by the warranty.",
)


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        # A fee the facts never charge.
        ("If it's with UPS, we can ask them to redirect it at no fee.", [REDIRECT], True),
        ("We'll redirect it at no fee.", [PRICE_ADJUST], False),
        # "not guaranteed" holds the word, not the promise.
        ("We'll have UPS redirect it, guaranteed, at no fee.", [REDIRECT], False),
        ("A redirect is not guaranteed, but it's worth trying.", [REDIRECT], True),
        # An exclusion list restates the facts; without it the term flips them.
        (
            "The only exceptions are Final Sale or clearance items and Black Friday prices.",
            [PRICE_ADJUST],
            True,
        ),
        ("Final Sale items get a price adjustment too.", [PRICE_ADJUST], False),
        ("We'll make an exception for Final Sale items.", [PRICE_ADJUST], False),
        # "the rest" is the other items of a split order.
        ("Put them in a separate order and the rest can go Overnight.", [HAZMAT], True),
        ("Put them in a separate order and they can go Overnight.", [HAZMAT], False),
        # "even if" restating the fee, against an exception to it.
        (
            "Once the seal is broken, a 15% restocking fee applies, even if the item was only "
            "opened to have a look.",
            [RESTOCKING],
            True,
        ),
        ("We'll refund it in full even if the item was opened.", [RESTOCKING], False),
        ("No problem, even if the item was opened we'll take it back.", [RESTOCKING], False),
        # "we will" restates the facts' "we'll".
        (
            "If it missed its dispatch date, we will refund the difference between Overnight "
            "and Standard shipping.",
            [LATE],
            True,
        ),
        ("We will refund the difference.", POLICY, False),
        # "but" sets accidents apart from what the warranty covers.
        ("A snap from a defect is covered, but accidents aren't.", [POLES], True),
        ("The warranty covers accidents like dropping too.", [POLES], False),
        ("It's covered, even accidents.", [POLES], False),
    ],
)
def test_promises_from_scorer_blind43_to_blind45(
    draft: str, facts: list[Fact], passes: bool
) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (scorer, draft, post, passes)
TONE = [
    ("no-robotic", "We will pass your feedback on to the relevant team.", ANGRY, True),
    ("no-robotic", "Your comments have been forwarded to the relevant team.", ANGRY, False),
    ("no-robotic", "It has been received and shared with the relevant team.", ANGRY, False),
    ("no-robotic", "Please contact the relevant department.", ANGRY, False),
    (
        "no-robotic",
        "We appreciate your interest in how our materials are sourced.",
        "Where does your down come from?",
        True,
    ),
    ("no-robotic", "We appreciate your interest in Northwind Outfitters.", ANGRY, False),
    ("no-robotic", "We appreciate your interest.", ANGRY, False),
    # Delight on a happy post; doubled marks at capitals or an upset customer still shout.
    (
        "no-shouting",
        "Love that!! Dry it fully before storing ⛺",
        "im obsessed with my tent 😍",
        True,
    ),
    ("no-shouting", "Congrats!! Keep it loose in the big sack.", "made it to the summit!", True),
    ("no-shouting", "Love that!!! Dry it fully before storing.", "im obsessed with my tent", False),
    ("no-shouting", "NOPE!! Gift cards never expire.", "do gift cards expire?", False),
    ("no-shouting", "omg so sorry about that!! DM us.", ANGRY, False),
]


@pytest.mark.parametrize(("scorer", "draft", "post", "passes"), TONE, ids=[r[1] for r in TONE])
def test_form_letters_and_delight(scorer: str, draft: str, post: str, passes: bool) -> None:
    passed, reason = _score(scorer, draft, POLICY, post=post)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("hi! can i pay with klarna? trying to get the pack but want to split it up", False),
        ("The tent is $349 and I'd rather split it up", False),
        ("can i split the payment into 4 payments?", False),
        ("the zipper on my jacket split after 3 months", True),
        ("the seam split up the side on day two", True),
        ("zipper on my sleeping bag split the first night out. cold night.", True),
    ],
)
def test_a_payment_plan_is_not_a_split_seam(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint
