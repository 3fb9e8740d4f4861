"""Session 11b's scorer families (misses and false alarms in scorer blind48 and blind49),
each next to a look-alike that must still pass or fail: a full card number or its expiry
repeated in a DM, a Luhn-invalid card number repeated in public, lecturing in English and
Spanish, sneering, complaints without the usual words, a count of attempts the facts count
differently, French clock times, a catalogue price without its dollar sign, "Bonus:" as an
aside, and a photo waiver in German."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score

ANGRY = "Three weeks and still nothing. Not impressed."

CARD_POST = "Card keeps failing. It's 4111 2222 3333 4445, exp 09/28, address 12 Oak Street."
# (platform, draft, passes)
CARD_ECHO = [
    ("instagram_dm", "Sorry! Try again with the card 4111 2222 3333 4445 later.", False),
    ("messenger", "Sorry! Try the same card again (exp 09/28) in 30 minutes.", False),
    ("instagram_dm", "Sorry! We'll send it to 12 Oak Street once it's sorted.", True),
    ("instagram_dm", "Sorry! Try again in 30 minutes or use another card.", True),
    ("x", "Sorry! The charges on 4111 2222 3333 4445 are two parcels.", False),
    ("x", "Sorry! Tracking 9400 1111 2222 3333 4444 55 shows it moving.", True),
]


@pytest.mark.parametrize(("platform", "draft", "passes"), CARD_ECHO, ids=[r[1] for r in CARD_ECHO])
def test_card_echo(platform: str, draft: str, passes: bool) -> None:
    post = Post(text=CARD_POST, platform=platform)  # type: ignore[arg-type]
    ctx = ScoringContext(post=post, text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type="no-pii-echo"), ctx)
    assert result.passed is passes, result.reason


def test_gift_card_number_in_a_dm() -> None:
    post = Post(text="My gift card is 6012 4471 0093 5528 and it won't work", platform="messenger")
    draft = "Sorry! We've frozen gift card 6012 4471 0093 5528 and will send a new one."
    ctx = ScoringContext(post=post, text=draft, facts=POLICY)
    assert run_deterministic(AssertionSpec(type="no-pii-echo"), ctx).passed


def test_order_number_is_no_card() -> None:
    post = Post(text="Order 1234567890123 never came!", platform="x")
    draft = "Sorry! Order 1234567890123 is with the carrier."
    ctx = ScoringContext(post=post, text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type="no-pii-echo"), ctx)
    assert not any("card" in part for part in result.reason.split(";")), result.reason


# (draft, passes): said to an angry customer.
BLAME = [
    ("Sorry! You really should double-check the size before you pay.", False),
    ("Sorry! You should double-check the code box: we'll refund it anyway.", True),
    ("Sorry! You most likely typed the postcode wrong, so get it right this time.", False),
    ("Sorry! If the postcode was typed wrong, we'll fix it for you.", True),
    ("Lo sentimos. Si hubieras leído la política, sabrías que es normal.", False),
    ("Lo sentimos. Si hubieras pedido antes, ya lo tendrías.", True),
    ("Sorry! If you really want something done about it, DM us.", False),
    ("Sorry! If you really want to swap it, DM us.", False),
    ("Sorry! It's not exactly complicated: start the return online.", False),
    ("Sorry! Don't worry, it's not complicated: start the return online.", True),
    ("Sorry, you should have received an acknowledgement by now.", True),
    ("Sorry, you should have read the acknowledgement.", False),
    ("Sorry! Damage from care, like storing it compressed, isn't covered.", True),
    ("Sorry! Storing it compressed for a year isn't covered.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


# (post, is a complaint)
COMPLAINTS = [
    ("I ordered the women's Traverse pants in size M and got an XL.", True),
    ("Haven't ordered since last winter and I've got like 900 points", False),
    ("My fleece is fine but the colour just isn't right on me. Can I return it?", False),
    ("The zipper isn't right, it won't close.", True),
    ("Hola, me cobraron $6.95 de envío en un pedido de $70.", True),
    ("¿Cuánto cuesta el envío a Texas?", False),
    ("Tracking said label created since yesterday and nothing's moved.", True),
    ("Just realised my order shipped to my old address 😩 can you change it??", True),
    ("I just moved and my order shipped to my old address 🤦 Can you change it?", False),
    ("Is my package lost?? 😟 It says it was delivered but it's not here", True),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaints(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


DECLINES = _fact("declines", "After 3 declined attempts checkout is paused for 30 minutes.")
GIFT_CARDS = _fact("gift-cards", "You can use up to 5 gift cards per order.")
RECALL = _fact("recall", "Call 1-800-555-0199 (7 days a week, 8am–8pm ET) for a full refund.")
PACK = _fact("pack", "Summit 65L Backpacking Pack: Variant Price 269.00.")
REPAIRS = _fact("repairs", "Repairs take 3–4 weeks.")
# (draft, facts, post, passes)
NUMBERS: list[tuple[str, list[Fact], str, bool]] = [
    ("After 5 declined attempts, checkout pauses for 30 minutes.", [DECLINES], "Help?", False),
    ("After 3 declined attempts, checkout pauses for 30 minutes.", [DECLINES], "Help?", True),
    ("Yes, 2 gift cards work on one order.", [GIFT_CARDS], "Can I use 2 gift cards?", True),
    ("Appelez de 8h à 20h, 7 jours sur 7.", [RECALL], "Bonjour ?", True),
    ("Appelez de 9h à 20h, 7 jours sur 7.", [RECALL], "Bonjour ?", False),
    ("At $269, the Summit 65L ships free.", [PACK], "How much?", True),
    ("At $279, the Summit 65L ships free.", [PACK], "How much?", False),
    ("Three days of rain and still dry!", [PACK], "Three straight days of rain, bone dry", True),
    ("Four days of rain and still dry!", [PACK], "Three straight days of rain, bone dry", False),
    ("Comptez une semaine maximum pour la réparation.", [REPAIRS], "Bonjour ?", False),
    ("Comptez 3 à 4 semaines pour la réparation.", [REPAIRS], "Bonjour ?", True),
    ("Désolés, il y a une semaine de retard.", [REPAIRS], "Bonjour ?", True),
]


@pytest.mark.parametrize(("draft", "facts", "post", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_numbers(draft: str, facts: list[Fact], post: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason


RECALL_REFUND = _fact("recall", "Call us for a full $64.95 refund or a free Ember 2.1.")
CANADA = _fact("canada", "Canada ships free from $150.")
PHOTOS = _fact("claim", "Contact us with your order number, a description and photos.")
# (draft, facts, passes)
PROMISES = [
    ("Appelez-nous pour un remboursement complet de $64.95.", [RECALL_REFUND], True),
    ("Appelez-nous pour un remboursement complet.", POLICY, False),
    ("Bonus: shipping to Canada is free on orders of $150 or more.", [CANADA], True),
    ("We'll add a bonus gift card to your order.", [CANADA], False),
    ("Wir schicken Ihnen eine neue Jacke, ganz ohne Fotos oder Prüfung.", [PHOTOS], False),
    ("Schicken Sie uns bitte Fotos und Ihre Bestellnummer.", [PHOTOS], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason
