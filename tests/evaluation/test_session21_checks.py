"""Session 21's scorer round (what scorer blind104-107 missed or false-alarmed on), each
family next to look-alikes that must keep their outcome: an English closing on a formal
platform, numbers worked out from the facts and the post, a price that "hurts", help
offered for a refund under way, an Italian post the trigrams call Portuguese, a fee that
applies "even if barely used"; and the misses: "you should have planned for it" with a
long object, advice to have ordered earlier after our failure, a deflection with an
adverb, a swap "even after you've hiked in them", a custom arrangement by "our team ... on
request", damage "included" in a warranty, a gift in German word order, "para si" in
Portuguese, a parcel marked as a gift in Spanish, a torn seam in Dutch. Every row is
invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score


def _score_on(
    scorer: str, draft: str, facts: list[Fact], post: str, platform: str
) -> tuple[bool, str]:
    ctx = ScoringContext(post=Post(text=post, platform=platform), text=draft, facts=facts)
    result = run_deterministic(AssertionSpec(type=scorer), ctx)
    return result.passed, result.reason


CHATTY = "hey do u take paypal?? 🙏"
POLITE = "Good day, does Northwind offer invoicing for company orders? Thank you in advance."
# (post, platform, draft, passes)
SIGN_OFFS: list[tuple[str, str, str, bool]] = [
    (POLITE, "linkedin", "We accept cards and PayPal. Kind regards, the Northwind team", True),
    (CHATTY, "linkedin", "We accept cards and PayPal. Kind regards, the Northwind team", True),
    # The sign-off is one phrase; the form letter still has its others.
    (
        POLITE,
        "linkedin",
        "Please be advised that we accept cards. Kind regards, the Northwind team",
        False,
    ),
    # To a chatty post on a casual platform it is still a form letter.
    (CHATTY, "x", "We accept cards and PayPal. Kind regards, the Northwind team", False),
    (CHATTY, "instagram_dm", "Yes! Kind regards, the Customer Care team", False),
]


@pytest.mark.parametrize(
    ("post", "platform", "draft", "passes"),
    SIGN_OFFS,
    ids=[f"{r[1]}-{r[2][:40]}" for r in SIGN_OFFS],
)
def test_sign_off_on_a_formal_platform(post: str, platform: str, draft: str, passes: bool) -> None:
    passed, reason = _score_on("no-robotic", draft, [], post, platform)
    assert passed is passes, reason


POINTS = _fact(
    "rewards",
    "100 points = a $5 reward. Rewards are created automatically in $5 steps each time you "
    "pass 100 points.",
)
CONTIGUOUS = _fact(
    "shipping",
    "Standard shipping within the contiguous US is free on orders of $75 or more.",
)
# (post, draft, facts, passes)
DERIVED_NUMBERS: list[tuple[str, str, list[Fact], bool]] = [
    # The customer's count in whole steps of the rate.
    (
        "I have 340 points, what are they worth?",
        "Every 100 points is a $5 reward, so with 340 points you have $15 waiting.",
        [POINTS],
        True,
    ),
    (
        "I have 260 Trailhead points, what are they worth?",
        "100 points make a $5 reward, so your 260 points give you $10.",
        [POINTS],
        True,
    ),
    # Proportional, not in steps: the remainder earns nothing.
    (
        "I have 340 points, what are they worth?",
        "Every 100 points is a $5 reward, so with 340 points you have $17 waiting.",
        [POINTS],
        False,
    ),
    # A count the post does not give converts to nothing.
    (
        "How do points work?",
        "Every 100 points is a $5 reward, so with 340 points you'd have $15.",
        [POINTS],
        False,
    ),
    # Without the rate's own amount in the draft, nothing was worked out.
    (
        "I have 340 points, what are they worth?",
        "With 340 points you have $15 waiting.",
        [POINTS],
        False,
    ),
    # The contiguous US are the lower 48, in any language.
    (
        "¿Desde cuánto es el envío gratis?",
        "El envío estándar dentro de los 48 estados contiguos es gratis desde $75.",
        [CONTIGUOUS],
        True,
    ),
    ("Free shipping?", "Free shipping to the lower 48 from $75!", [CONTIGUOUS], True),
    # Any other 48, or 48 without the facts' "contiguous", is still a claim.
    ("Free shipping?", "Free shipping from $75, delivered within 48 hours.", [CONTIGUOUS], False),
    ("Free shipping?", "Free shipping to all 48 states from $75!", POLICY[:1], False),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), DERIVED_NUMBERS, ids=[r[1] for r in DERIVED_NUMBERS]
)
def test_derived_numbers(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS: list[tuple[str, bool]] = [
    ("Do you do pay later? $299 all at once hurts 😅", False),
    ("Klarna? paying the price up front kinda hurts lol", False),
    ("My wallet hurts after this sale haha, any more codes?", False),
    ("These boots really hurt my feet, can I return them?", True),
    ("Returned my jacket last week. Here's my card so you can refund me faster.", False),
    ("Refund me now. I'm done waiting.", True),
    ("Mijn tent heeft al een gescheurde naad 😞 Valt dat onder de garantie?", True),
    ("Meine Jacke hat nach einem Monat eine gerissene Naht 😞 Ist das Garantie?", True),
    # Torn without the sad face may be a plain warranty question.
    ("Mein Rucksack hat nach 3 Jahren einen gerissenen Riemen. Greift die Garantie?", False),
    ("Mijn tent heeft na drie jaar een gescheurde naad. Valt dat onder de garantie?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaints_s21(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (post, draft, passes)
LANGUAGE: list[tuple[str, str, bool]] = [
    # The trigrams call this Italian post Portuguese; its function words say Italian.
    (
        "Adoro i vostri calzini in merino! Quanti punti Trailhead servono per avere uno sconto?",
        "Grazie! Ogni 100 punti diventano un premio da $5, che trovi nel tuo account.",
        True,
    ),
    # An English reply to the same post still fails.
    (
        "Adoro i vostri calzini in merino! Quanti punti Trailhead servono per avere uno sconto?",
        "Thanks so much! Every 100 points becomes a $5 reward, and you will find it in your "
        "account at checkout.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), LANGUAGE, ids=[r[1][:40] for r in LANGUAGE])
def test_language_function_words_decide(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("language-match", draft, POLICY, post=post)
    assert passed is passes, reason


RESTOCKING = _fact(
    "returns",
    "A 15% restocking fee applies to opened electronics: GPS units, headlamps and power "
    "banks whose factory seal has been broken.",
)
BOOTS = _fact(
    "boots",
    "Exchanges for a different size are free for US orders within 30 days, as long as the "
    "boots were only tried on indoors.",
)
NO_INVOICE = _fact("payments", "We don't accept purchase orders or invoices.")
WARRANTY = _fact(
    "warranty",
    "Packs have a Lifetime Warranty against defects in materials and workmanship. Normal "
    "wear and tear, accidents and improper care aren't covered.",
)
RECALL = _fact(
    "recall",
    "Call us for a full $64.95 refund or a free Ember 2.1 stove.",
)
PAYMENTS = _fact("payments", "We accept cards and PayPal. No wire or bank transfers.")
DUTIES = _fact(
    "duties",
    "Duties are collected by DHL on delivery. We can't predict the exact amount or mark "
    "parcels as gifts.",
)
# (draft, facts, passes)
PROMISES: list[tuple[str, list[Fact], bool]] = [
    # The fee restated "even if barely used" grants nothing.
    (
        "A 15% restocking fee applies to opened electronics, including headlamps, once the "
        "factory seal has been broken, even if they were barely used.",
        [RESTOCKING],
        True,
    ),
    ("We'll refund you in full even if they were barely used.", [RESTOCKING], False),
    # The fee waived "this time": the fee is a condition the facts state.
    (
        "Since you only opened it to look, we'll waive the fee this time and refund you.",
        [RESTOCKING],
        False,
    ),
    (
        "The 15% restocking fee applies to opened headlamps once the seal is broken.",
        [RESTOCKING],
        True,
    ),
    # Use the facts rule out, in any tense of "hike".
    ("We'll swap them for free even after you've hiked in them.", [BOOTS], False),
    ("Size swaps are free within 30 days if you've only tried them on indoors.", [BOOTS], True),
    # An arrangement "on request" with the team as subject.
    (
        "We don't take invoices; however, our team can set up a one-off invoiced order for "
        "your firm on request.",
        [NO_INVOICE],
        False,
    ),
    ("We don't accept purchase orders or invoices; cards and PayPal work.", [NO_INVOICE], True),
    # Damage "included" after it.
    (
        "Your pack has a Lifetime Warranty that covers absolutely everything, wear and tear "
        "and accidents included.",
        [WARRANTY],
        False,
    ),
    (
        "The Lifetime Warranty covers defects. Wear and tear and accidents aren't included.",
        [WARRANTY],
        True,
    ),
    # A gift in German word order.
    (
        "Sie erhalten $64.95 zurück, und zusätzlich schenken wir Ihnen eine Gaskartusche.",
        [RECALL],
        False,
    ),
    ("Sie erhalten wahlweise $64.95 zurück oder einen Ember 2.1.", [RECALL], True),
    # "para si" is "for you", not a hedge.
    (
        "Normalmente não aceitamos transferências, mas para si podemos abrir uma exceção.",
        [PAYMENTS],
        False,
    ),
    ("Não aceitamos transferências bancárias; pode pagar com cartão ou PayPal.", [PAYMENTS], True),
    # The parcel marked as a gift, which the facts rule out, in another language.
    ("Si quieres, marcamos el paquete como regalo para que pagues menos.", [DUTIES], False),
    ("No podemos marcar el paquete como regalo; DHL cobra los aranceles.", [DUTIES], True),
    ("Nous marquons le colis comme cadeau, vous paierez moins.", [DUTIES], False),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises_s21(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    (
        "Das tut uns leid. Bei internationalen Bestellungen hätten Sie solche Verzögerungen "
        "beim Zoll allerdings einplanen sollen.",
        False,
    ),
    ("Bei Auslandsbestellungen hätten Sie mit Verzögerungen beim Zoll rechnen müssen.", False),
    # The team's own lapse.
    ("Das tut uns leid. Wir hätten die Verzögerung beim Zoll einplanen sollen.", True),
    ("Ci dispiace. Avrebbe dovuto mettere in conto i ritardi della dogana.", False),
    ("Lamentamos. Deveria ter previsto atrasos na alfândega.", False),
    ("Het spijt ons. U had met vertraging bij de douane rekening moeten houden.", False),
    ("Het spijt ons. Bij de douane had u vertraging moeten inplannen.", False),
    ("Oh no, sorry! Gift cards are like cash, so it's worth being more careful with them.", False),
    ("Oh no, sorry! Gift cards are like cash, so keep the receipt somewhere safe.", True),
    ("Sorry, the box was crushed. Please pack returns more carefully.", False),
    # The team's own promise.
    ("So sorry! Next time we'll pack it more carefully.", True),
    ("So sorry! We'll be more careful.", True),
    ("I'm sorry, but usually it turns out people just didn't check properly.", False),
    ("I'm sorry! Parcels are often left with a neighbour, so do check around.", True),
    ("Sorry to hear that, but it's not exactly our problem.", False),
    ("Sorry! If any of it was already spent, tough luck.", False),
    ("Sorry to hear that, it's not your fault at all.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_s21(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


LATE = "My Expedited order missed its dispatch date and my trip is ruined!"
ASKING = "Is Expedited fast enough for a trip next Friday?"
# (post, draft, passes)
ORDER_AHEAD: list[tuple[str, str, bool]] = [
    (
        LATE,
        "We're sorry. That said, for a trip this important it's best to order well ahead "
        "rather than count on Expedited.",
        False,
    ),
    (
        LATE,
        "Lo sentimos. Aun así, mejor pedir con antelación en lugar de confiar en el envío exprés.",
        False,
    ),
    # To a customer still deciding the same advice helps.
    (ASKING, "For a trip this important it's best to order well ahead of time.", True),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), ORDER_AHEAD, ids=[r[1][:50] for r in ORDER_AHEAD]
)
def test_order_ahead_after_our_failure(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason
