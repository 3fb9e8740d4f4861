"""Session 19 round 2's scorer mechanisms (what scorer blind88-91 missed or false-alarmed
on), each next to look-alikes that must keep their outcome: rudeness without a rude word
(the feeling minimised, a tautology, "as we tell everyone", "sorry ..., I guess"), blame by
implication (a counterfactual about the household, timing reproached, a choice already
made), benefits the facts do not state (first-order perks, fees the team covers, "but this
time", a bonus), and the false alarms: a slip made ordinary, a post praising a repair, a
window the facts lift, care advice with the material as subject. Every row is invented for
the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _score


def _fact(doc: str, text: str) -> Fact:
    return Fact(id=f"{doc}#1", doc_id=doc, source=f"knowledge/{doc}.md", text=text)


# (draft, passes)
RUDE_AND_BLAME: list[tuple[str, bool]] = [
    # The counterfactual with the customer's side as subject; the team owning it passes.
    ("Sorry about that. If you had picked it up sooner, this wouldn't have happened.", False),
    ("Sorry! If someone had signed for it, it probably would not have been an issue.", False),
    ("Si hubieras revisado el paquete, no habría pasado.", False),
    ("Si vous aviez vérifié l'adresse, cela ne serait pas arrivé.", False),
    ("Wenn Sie zu Hause gewesen wären, wäre das nicht passiert.", False),
    ("Se você tivesse conferido o endereço, não teria acontecido.", False),
    ("Als u thuis was geweest, was dit niet gebeurd.", False),
    ("We're sorry: if we had packed it properly, this wouldn't have happened.", True),
    # Timing or neglect reproached; advice ahead stays fine.
    ("Sorry! Test your stove at home weeks ahead rather than days before a trip.", False),
    ("We're sorry, but it pays to check your inbox instead of ignoring those emails.", False),
    ("We email a reminder 30 days before points expire, so keep an eye out.", True),
    ("Sorry, it would have been worth ordering the larger size.", False),
    ("Desculpe, mas valia ter escolhido o tamanho maior.", False),
    ("If you'd like the larger size, the exchange is free.", True),
    # The feeling minimised.
    ("We apologise, but a one-day delay is hardly a reason to complain.", False),
    ("Ein Tag Verspätung ist kaum ein Grund zur Sorge.", False),
    ("There's no reason to panic, just send us the order number.", False),
    ("It's not lost: 'Label created' usually updates within 48 hours.", True),
    # The tautology that closes the subject.
    ("Sorry, but used is used, so the refund is partial.", False),
    ("Rules are rules, I'm afraid.", False),
    ("Ouvert, c'est ouvert : des frais s'appliquent.", False),
    ("Opened items get a 15% restocking fee; sealed ones are refunded in full.", True),
    # The put-down aside.
    ("As we tell everyone who asks, the sale ends Sunday.", False),
    ("Zoals we iedereen vertellen: de uitverkoop eindigt zondag.", False),
    ("Not much more to say than that.", False),
    ("So there's really nothing to complain about here.", False),
    ("Sorry it's late, I guess, but we can't control the carrier.", False),
    ("Boxes don't usually just vanish, so check with neighbours.", False),
    ("Fading after years in the sun is just what fabric does.", False),
    ("As a teacher, you get 15% off full-price items.", True),
    ("Sorry for the wait, and thanks for your patience. Say hi if you need more help!", True),
    # Care advice with the material as subject, after an apology, passes; an order fails.
    (
        "We're so sorry it shrank. For next time, wool does best washed cold and laid flat.",
        True,
    ),
    ("For next time, wash it cold and lay it flat.", False),
]


@pytest.mark.parametrize(("draft", "passes"), RUDE_AND_BLAME, ids=[r[0] for r in RUDE_AND_BLAME])
def test_blame_s19_round2(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


SHIPPING_MX = _fact("mx", "Mexico: $34.95 per order, no free-shipping offer.")
FIRST_ORDER = _fact("welcome", "New subscribers get 10% off their first order.")
BANK_FEE = _fact("usd", "Your bank may add a fee; we don't control that fee and can't refund it.")
RETURNS_PAID = _fact("intl", "Return shipping is paid by the customer.")
CREDIT_BONUS = _fact("credit", "Choose store credit and we add a 10% bonus.")
GIFT = _fact("gc", "Digital gift cards: any amount from $25 to $500, delivered by email.")
LOST_CARD = _fact("lost", "We freeze the card and issue a replacement for the remaining balance.")
PREORDER = _fact(
    "pre",
    "You can cancel a pre-order at any time before it ships, even after the 60-minute window.",
)
# (draft, facts, passes)
PROMISES: list[tuple[str, list[Fact], bool]] = [
    ("Shipping to Mexico is $34.95, but your first order ships free.", [SHIPPING_MX], False),
    ("El envío cuesta $34.95, pero tu primer pedido va gratis.", [SHIPPING_MX], False),
    ("U krijgt bovendien korting op uw eerste bestelling.", [SHIPPING_MX], False),
    ("New subscribers get 10% off their first order.", [FIRST_ORDER], True),
    ("Shipping to Mexico is $34.95 per order.", [SHIPPING_MX], True),
    ("We'll cover your bank's conversion fees.", [BANK_FEE], False),
    ("Nous prenons aussi en charge vos frais de retour.", [RETURNS_PAID], False),
    ("Die wisselkoerskosten van uw bank vergoeden wij.", [BANK_FEE], False),
    ("Your bank may add a fee, which we can't refund.", [BANK_FEE], True),
    ("Normally we don't refund it, but this time we'll cover it.", [BANK_FEE], False),
    ("Normaal doen we dat niet, maar deze keer betalen we het terug.", [BANK_FEE], False),
    ("Nous ajoutons aussi un bonus sur votre carte.", [GIFT], False),
    ("Acrescentamos ainda um bónus ao cartão.", [GIFT], False),
    ("Choose store credit and we add a 10% bonus.", [CREDIT_BONUS], True),
    ("Nous enverrons une nouvelle carte, même si le solde a déjà été utilisé.", [LOST_CARD], False),
    ("Nous bloquons la carte et en émettons une pour le solde restant.", [LOST_CARD], True),
    # The facts lift the window they name.
    ("Cancel it any time before it ships, even after the 60-minute window.", [PREORDER], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises_s19_round2(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (post, draft, passes)
EMPATHY: list[tuple[str, str, bool]] = [
    (
        "Argh, ordered the wrong size by mistake. Can I still change it?",
        "That happens to all of us! You can change it within 60 minutes in Account > Orders.",
        True,
    ),
    (
        "My order arrived broken and nobody answers. Fix it.",
        "You can change it within 60 minutes in Account > Orders.",
        False,
    ),
    (
        "Shoutout to the repair team: my jacket's zip broke, they fixed it and it's good as "
        "new again.",
        "Thank you, this made our day!",
        True,
    ),
    ("Charged twice for one order. Again.", "Send us your order number.", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1] for r in EMPATHY])
def test_empathy_s19_round2(post: str, draft: str, passes: bool) -> None:
    ctx = ScoringContext(post=Post(text=post, platform="x"), text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type="empathy"), ctx)
    assert result.passed is passes, result.reason
