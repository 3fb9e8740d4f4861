"""Session 12's scorer families (misses and false alarms in scorer blind50 and blind51),
each next to a look-alike that must still pass or fail: a lecture without its "you",
doubt about the customer's checkout, sneering at how much it matters, an eye-roll after an
apology, complaints in Dutch, French and English, a fit next to a sad emoji, a
problem to be avoided ("without ruining it"), empathy for the worry, a whole size for a
half one, a calendar fortnight that is no count of business days, a count that points
back, a refund weighed as the other option, a fee the facts won't refund, a personal
"thank you for choosing", and promises of double points, a payment plan or a provider's
manual approval."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _fact, _score

ANGRY = "Three weeks and still nothing. Not impressed."

# (draft, passes): said to an angry customer.
BLAME = [
    ("Sorry, the fee applies. Should've read the returns policy first.", False),
    ("Sorry, the fee applies, should have checked the size chart.", False),
    ("Sorry! It should have arrived by now, so we'll chase it.", True),
    ("Sorry! Should have been with you on Friday: DM us.", True),
    ("Sorry! Please double-check that you didn't pick orange at checkout.", False),
    ("Sorry! Please double-check that the parcel didn't go to a neighbour.", True),
    ("Sorry! That happens a lot when people order in a rush.", False),
    ("Sorry! That happens a lot in peak season, and it's on us.", True),
    ("Sorry, but zippers break sometimes, it's hardly the end of the world.", False),
    ("Sorry! It's not the end of your trip: we'll ship a new one by Expedited.", True),
    ("Sorry it hasn't arrived, though it's not exactly an emergency.", False),
    ("Sorry it hasn't arrived! If it's an emergency, call us.", True),
    ("Sorry! DM us if it's really that urgent.", False),
    ("Sorry! DM us if it's still that important.", False),
    ("Sorry! If it's urgent, DM us and we'll prioritise it.", True),
    ("Sorry, but we do have opening hours, you know.", False),
    ("Sorry! You know what, we'll just send a new one.", True),
    ("Sorry, but it's on the product page 🙄", False),
    ("Sorry for the 🙄 moment! Here's the second tracking number.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


# (post, is a complaint)
COMPLAINTS = [
    ("mijn pakket staat volgens de tracking al twee weken stil bij de douane. Wat nu?", True),
    ("Hoe lang staat een pakket meestal bij de douane?", False),
    ("Tracking says my order was delivered yesterday. It was not. Great start to the week", True),
    ("Tracking says my order was delivered yesterday. It was! Great start to the week", False),
    ("Arrived a day early! Great start to the week 😍", False),
    ("Tracking says delivered. It wasn't. Ordered it for a trip.", True),
    ("Bonjour, j'ai reçu ma polaire dans la mauvaise couleur. Que dois-je faire ?", True),
    ("Bonjour, j'ai choisi la couleur rouge. Que dois-je faire pour l'échanger ?", False),
    ("Hab die falsche Größe bekommen. Was nun?", True),
    ("Hey, the trail pants I got are too short in the leg 😕 Can I swap them?", True),
    ("Hey, the trail pants I got are too short in the leg. Can I swap them?", False),
    ("Love the jacket 😍 How do I wash it without ruining the coating?", False),
    ("Bin total begeistert 😍 Wie wasche ich die, ohne die Imprägnierung kaputt zu machen?", False),
    ("Die Jacke ist nach einer Wäsche kaputt. Was nun?", True),
    ("Comment la laver sans l'abîmer ?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaints(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


LOST = "ordered my jacket yesterday and tracking just says label created?? is it lost 😭"
# (draft, passes) in reply to a worried customer
EMPATHY = [
    ("We get the worry, but it's not lost! Label created updates within 48 hours.", True),
    ("We totally get the concern: it's not lost, it updates within 48 hours.", True),
    ("It's not lost. Label created updates within 48 hours.", False),
    ("We get the label within 48 hours.", False),
]


@pytest.mark.parametrize(("draft", "passes"), EMPATHY, ids=[r[0] for r in EMPATHY])
def test_empathy(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=LOST)
    assert passed is passes, reason


HALF = _fact("boots", "Boots run about half a size small; order half a size up.")
REFUND_TIME = _fact(
    "refund", "Your refund is issued within 3 business days after the return arrives."
)
HAZMAT = _fact("hazmat", "Fuel canisters and bear spray ship by ground only, never to Hawaii.")
RETURN_POST = "sent my return back almost 2 weeks ago and still no refund"
# (draft, facts, post, passes)
NUMBERS: list[tuple[str, list[Fact], str, bool]] = [
    ("They run about a full size small, so go a full size up.", [HALF], "Fit?", False),
    ("Go one size up from your sneaker size.", [HALF], "Fit?", False),
    ("They run about half a size small, so go half a size up.", [HALF], "Fit?", True),
    ("Sorry! The refund is issued within 14 business days.", [REFUND_TIME], RETURN_POST, False),
    ("Sorry! The refund is issued within 3 business days.", [REFUND_TIME], RETURN_POST, True),
    ("Sorry, 2 weeks is too long: DM us.", [REFUND_TIME], RETURN_POST, True),
    ("For those two items you'd need a local store.", [HAZMAT], "Bear spray to Hawaii?", True),
    ("You can ship two items by ground.", [HAZMAT], "Bear spray to Hawaii?", False),
]


@pytest.mark.parametrize(("draft", "facts", "post", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_numbers(draft: str, facts: list[Fact], post: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason


CREDIT = _fact(
    "store-credit", "Choose store credit and we add a 10% bonus. It arrives within 24 hours."
)
WELCOME = _fact("rewards", "Join with your online account and get 100 points as a welcome bonus.")
KLARNA = _fact(
    "klarna", "Klarna Pay in 4: 4 interest-free payments. Klarna runs its own approval check."
)
BANK_FEE = _fact(
    "currency",
    "Your bank may add a foreign-transaction fee; we don't control that fee and can't refund it.",
)
SHIPPING_FEE = _fact(
    "cancel", "Cancel within 60 minutes and we refund the shipping fee. Refunds take 3 days."
)
# (draft, facts, passes)
PROMISES = [
    ("Send us the statement and we'll refund that fee.", [BANK_FEE], False),
    ("Envie-nos o extrato e nós reembolsamos essa taxa.", [BANK_FEE], False),
    ("Não controlamos essa taxa nem a podemos reembolsar.", [BANK_FEE], True),
    ("Cancel within 60 minutes and we'll refund the shipping fee.", [SHIPPING_FEE], True),
    ("Credit arrives within 24 hours, while a refund takes longer.", [CREDIT], True),
    ("If you'd rather have the money back, that's fine too.", [CREDIT], True),
    ("If you'd rather, we'll refund you today.", [CREDIT], False),
    ("While you wait, we'll refund the difference.", [CREDIT], False),
    ("You start with 100 points as a welcome bonus.", [WELCOME], True),
    ("New members also earn double points on the first order.", [WELCOME], False),
    ("If Klarna doesn't approve you, DM us and we'll set up a payment plan.", [KLARNA], False),
    ("Klarna splits it into 4 interest-free payments.", [KLARNA], True),
    ("Send your order details and I can ask Klarna to approve it manually.", [KLARNA], False),
    ("Klarna runs its own approval check, so we can't change its decision.", [KLARNA], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (draft, passes)
ROBOTIC = [
    ("Thank you for choosing Northwind for your guided hikes. The tier is Peak.", True),
    ("Thank you for choosing Northwind Outfitters. The tier is Peak.", False),
    ("Thank you for choosing Northwind for your outdoor needs. The tier is Peak.", False),
    ("Thank you for choosing Northwind Outfitters for all your gear.", False),
]


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_robotic(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason
