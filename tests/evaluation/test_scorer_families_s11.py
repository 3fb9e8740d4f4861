"""Session 11's scorer families (misses and false alarms in scorer blind46 and blind47),
each next to a look-alike that must still pass or fail: a waived step the facts ask for, a
comfort ("don't worry") that is no refusal, gift cards paired with one code, the customer's
care or inbox doubted, a culprit that is handling against one that is not, a list of
warranty exclusions, a curt pointer to the website, complaints without the usual words,
"DO NOT" in capitals, and a card's last digits repeated in public."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score

ANGRY = "Three weeks and still nothing. Not impressed."

CLAIM = _fact(
    "warranty-claim",
    "To make a claim, send your order number and photos; we decide within 3 business days.",
)
NO_RECEIPT = _fact(
    "recall-remedy", "Choose a full refund or a free Ember 2.1; no receipt is needed."
)
NO_INVOICE = _fact("business", "We don't accept purchase orders or invoices.")
CARDS = _fact(
    "gift-card-use",
    "You can use up to 5 gift cards per order. Gift cards can be combined with a promo code; "
    "only one promo code can be used per order.",
)
LOST_CARD = _fact(
    "lost-gift-card",
    "If a gift card is lost, we freeze it and issue a replacement for the remaining balance.",
)
PRICE_MATCH = _fact(
    "price-match", "We match authorised US retailers. We don't match coupon prices."
)

# (draft, facts, passes)
PROMISES = [
    ("Sorry! Don't worry, we'll refund you in full today.", [CLAIM], False),
    ("Sorry! Don't worry: we can't refund it, but we'll check the claim.", [CLAIM], True),
    ("We'll sort it, no photos or paperwork needed.", [CLAIM], False),
    ("No pictures required, just DM us.", [CLAIM], False),
    ("Pick a refund or a free Ember 2.1, no receipt needed.", [NO_RECEIPT], True),
    ("No receipt needed: your order number is enough.", POLICY, True),
    ("Our team can set you up with an invoice for the order.", [NO_INVOICE], False),
    ("We can invoice against your PO.", [NO_INVOICE], False),
    ("Sorry, we can't take purchase orders or send invoices.", [NO_INVOICE], True),
    ("Yes, use both gift cards and combine them with one promo code.", [CARDS], True),
    ("Sure, you can use both codes on one order!", [CARDS], False),
    ("We'll throw in a special discount for your group.", [PRICE_MATCH], False),
    ("We add a discount on top of the price match.", [PRICE_MATCH], False),
    ("We'll send a new card for the full amount.", [LOST_CARD], False),
    ("We'll freeze it and send a replacement for the remaining balance.", [LOST_CARD], True),
    ("Wir machen gerne eine Ausnahme für Sie.", POLICY, False),
    ("Leider können wir keine Ausnahme machen.", POLICY, True),
    ("Si la compras hoy, le añadimos saldo extra.", POLICY, False),
    ("Podemos ver si hay saldo extra en la tarjeta.", POLICY, True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (draft, passes): said to an angry customer.
BLAME = [
    ("Sorry! You really should have checked the size first.", False),
    ("Sorry! You should have had an email from us by now.", True),
    ("Sorry! This happens when people aren't logged in to the right account.", False),
    ("Sorry! This happens when the code box is left empty at checkout.", True),
    ("Sorry! Emailing again and again will only slow down the reply.", False),
    ("Sorry for the slow reply, we're catching up on the queue.", True),
    ("Sorry! Message us if it's really been 10 days.", False),
    ("Sorry! It's been 10 days, so we'll open a claim now.", True),
    ("Sorry! It's worth checking whether they have been stored dry.", False),
    ("Sorry! It's worth checking the spam folder for our email.", False),
    ("Sorry! Most rejections come from the form not being submitted.", False),
    ("Sorry! Most orders come from the Utah warehouse.", True),
    ("Sorry! The washing machine strikes again, wool likes a cold wash.", False),
    ("Oh no, the holiday rush strikes again! We're on it.", True),
    ("Sorry! It covers defects, not tears from snags, drops or heat.", True),
    ("Sorry! Seams tear from overloading the pack.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


# (draft, passes): curt without a word of sympathy, or the same said with one.
CURT = [
    ("That's on our returns page. 30 days from delivery.", False),
    ("It's on our returns page: you have 30 days from delivery.", True),
    ("Our hours are posted on the site: Mon-Fri 8-8.", False),
    ("Sorry! Our hours are posted on the site: Mon-Fri 8-8.", True),
    ("Shipping delays happen. DM us.", False),
    ("Sorry, shipping delays happen this time of year. DM us.", True),
    ("No, that's not possible. It ships by ground only.", False),
    ("Nein, das geht nicht. Nur auf dem Landweg.", False),
    ("Conviene sempre controllare prima di acquistare.", False),
    ("Ci dispiace! Conviene sempre controllare prima di acquistare.", True),
]


@pytest.mark.parametrize(("draft", "passes"), CURT, ids=[r[0] for r in CURT])
def test_curt(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


# (post, is a complaint)
COMPLAINTS = [
    ("the app won't let me apply my points at checkout", True),
    ("will the site let me pick a delivery date?", False),
    ("Tracking has shown delivered since Friday. No parcel.", True),
    ("Does tracking say delivered once it's at the locker?", False),
    ("paid for overnight and it wasn't even sent until Thursday", True),
    ("are you kidding me? the recall is for my stove?", True),
    ("what's the point of paying for Expedited", True),
    ("I would have expected an email about this.", True),
    ("Je me sens arnaquée, le prix a baissé le lendemain.", True),
    ("Stop emailing me, I unsubscribed.", True),
    ("No rush, but when does the sale end?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaints(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


SHOUTING = [
    ("Sorry! Please DO NOT send it back yet.", False),
    ("Sorry! We do NOT charge twice.", True),
    ("Sorry! It ships from our UK warehouse by UPS.", True),
    ("Sorry! It's an XL IN stock.", True),
]


@pytest.mark.parametrize(("draft", "passes"), SHOUTING, ids=[r[0] for r in SHOUTING])
def test_two_letter_capitals(draft: str, passes: bool) -> None:
    passed, reason = _score("no-shouting", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


CARD_POST = "Charged twice on my Mastercard ending in 0381!! Fix it."
TAILS = [
    ("Sorry! The two charges on your card ending in 0381 are two parcels.", False),
    ("Sorry! Those charges on the last four 0381 are two parcels.", False),
    ("Sorry! The two charges on your card are two parcels.", True),
    ("Sorry! Order numbers ending 2025 shipped in two parcels.", True),
]


@pytest.mark.parametrize(("draft", "passes"), TAILS, ids=[r[0] for r in TAILS])
def test_card_tail_echo(draft: str, passes: bool) -> None:
    ctx = ScoringContext(post=Post(text=CARD_POST, platform="x"), text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type="no-pii-echo"), ctx)
    assert result.passed is passes, result.reason
