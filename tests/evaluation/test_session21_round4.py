"""Session 21's fourth scorer round (what scorer blind120-127 missed or false-alarmed on),
each family next to look-alikes that must keep their outcome: what the customer should have
received (not blame, in six languages), the team's broken word ("you were told a team lead
would contact you"), care advice after regret ("For next time: machine wash it cold", "To
protect its loft going forward, store it ..."), rewards counted in the customer's language
and the points left over, a refund's usual timing in Italian, the blame and rudeness
families ("this one's really on you", "was your mistake", "that's shipping for you", "that's
your bank, not us", "Sin dramas, por favor", "on se repose, comme tout le monde"), a warranty
that "covers everything" and extra cover for a club, and the situations that need regret
(a wrong item that "showed up", mail after unsubscribing, chasing an answer for over a
week). Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.apology_situations import needs_regret
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    ("Sorry about the mix-up: you ordered Moss and that's what you should have received.", True),
    ("Perdón por el error: pediste Moss y eso es lo que deberías haber recibido.", True),
    ("Scusa per l'errore: hai ordinato Moss ed è quello che avresti dovuto ricevere.", True),
    ("Desculpa a confusão: pediste Moss e era isso que deverias ter recebido.", True),
    ("Sorry voor de verwarring: je bestelde Moss en dat had je moeten ontvangen.", True),
    ("Entschuldigung: Sie haben Moss bestellt, und das hätten Sie erhalten sollen.", True),
    ("You should have read the size chart before ordering.", False),
    ("Deberías haber leído la guía de tallas.", False),
    ("Avresti dovuto leggere la guida alle taglie.", False),
    ("Je had moeten meten voordat je bestelde.", False),
    (
        "We apologise: you were told a team lead would contact you within 1 business day, and "
        "that has not happened.",
        True,
    ),
    ("As you were told, the return window is 30 days.", False),
    (
        "Oh no, sorry your crew came out smaller! For next time: machine wash it cold on a "
        "gentle cycle, inside out.",
        True,
    ),
    (
        "We're sorry your bag has lost its puff. To protect its loft going forward, store it "
        "uncompressed in the cotton sack.",
        True,
    ),
    # Without a word of regret the same advice still lectures.
    ("For next time: machine wash it cold on a gentle cycle, inside out.", False),
    ("Guy lines are easy to see, so this one's really on you.", False),
    ("Keeping it crammed in the stuff sack all winter was your mistake.", False),
    ("It wasn't your mistake at all, and we're sorry.", True),
    ("The leather isn't conditioned, so you should really be treating them.", False),
    ("Sorry, but please double-check the inseam you select at checkout next time.", False),
    ("Please double-check the colour you selected, since it's easy to tap the wrong one.", False),
    ("Apologies, though ten days really isn't long given how many complaints we deal with.", False),
    ("Well, boxes get bumped in the mail, that's shipping for you.", False),
    ("Sorry, but that's your bank, not us.", False),
    ("Sin dramas, por favor: el seguimiento se actualiza en 24–48 horas.", False),
    ("Non, le dimanche on se repose, comme tout le monde. À vous de patienter.", False),
    ("Claro, aunque sería más fácil para todos si intentaras escribir en inglés.", False),
    ("Sorry for the wait! Ten days is longer than it should be.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0][:50] for r in BLAME])
def test_blame_s21_round4(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


POINTS = _fact(
    "rewards",
    "100 points = a $5 reward. Rewards are created automatically in $5 steps each time you "
    "pass 100 points, and they appear in your account and at checkout.",
)
# (post, draft, passes)
NUMBERS: list[tuple[str, str, bool]] = [
    (
        "Oi! Tenho 340 pontos no Trailhead Rewards. Quanto isso vale?",
        "Cada 100 pontos viram uma recompensa de $5. Com 340 pontos, você já tem $15, e os 40 "
        "pontos restantes continuam somando.",
        True,
    ),
    (
        "Hoi! Ik heb nu 340 punten bij Trailhead Rewards. Hoeveel korting is dat?",
        "Elke 100 punten worden een beloning van $5. Met 340 punten heb je dus $15.",
        True,
    ),
    # A proportional amount is still a claim, and so is a remainder the count does not leave.
    (
        "Hoi! Ik heb nu 340 punten bij Trailhead Rewards. Hoeveel korting is dat?",
        "Elke 100 punten worden een beloning van $5. Met 340 punten heb je dus $17.",
        False,
    ),
    (
        "Oi! Tenho 340 pontos no Trailhead Rewards. Quanto isso vale?",
        "Cada 100 pontos viram $5. Com 340 pontos, você tem $15, e os 60 pontos restantes "
        "continuam somando.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), NUMBERS, ids=[r[1][:50] for r in NUMBERS])
def test_points_in_the_customers_language(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [POINTS], post=post)
    assert passed is passes, reason


PAYPAL = _fact(
    "refunds",
    "It then takes 5–10 business days to appear on a credit or debit card, 3–5 business days "
    "for PayPal.",
)
WARRANTY = _fact(
    "warranty",
    "Northwind-brand tents and backpacks carry our Lifetime Warranty, which covers defects in "
    "materials and workmanship for the lifetime of the product, for the original purchaser.",
)
# (post, draft, facts, passes)
PROMISES: list[tuple[str, str, list[Fact], bool]] = [
    (
        "Ciao! Ho ricevuto l'email che il rimborso è stato emesso. Tra quanto lo vedo?",
        "Ciao! Con PayPal il rimborso compare di solito in 3–5 giorni lavorativi.",
        [PAYPAL],
        True,
    ),
    (
        "Love this tent!",
        "Our tents have a Lifetime Warranty that covers everything, even storm damage.",
        [WARRANTY],
        False,
    ),
    (
        "Do you offer anything for clubs?",
        "Because your gear will be used by a university club, we will also extend coverage to "
        "accidental damage.",
        [WARRANTY],
        False,
    ),
    (
        "Do you offer anything for clubs?",
        "Our Lifetime Warranty covers defects in materials and workmanship for the original "
        "purchaser.",
        [WARRANTY],
        True,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), PROMISES, ids=[r[1][:50] for r in PROMISES]
)
def test_promises_s21_round4(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


# (post, needs regret)
SITUATIONS: list[tuple[str, bool]] = [
    ("Ordered the Ridgeline jacket in Moss and a Black one showed up. I wanted the green.", True),
    ("Ich erhalte weiterhin Marketing-E-Mails, obwohl ich mich abgemeldet habe.", True),
    ("I keep getting your newsletters even though I unsubscribed last month.", True),
    (
        "I have been corresponding with your team for over a week about a warranty claim "
        "without a clear answer. To whom can I escalate this?",
        True,
    ),
    # An exchange question, a plain unsubscribe question, a plain week.
    ("The fleece I got fits great but I'd love it in green instead. How do exchanges work?", False),
    ("How do I unsubscribe from your emails?", False),
    ("I've been using the tent for over a week and love it. Any tips for seam sealing?", False),
]


@pytest.mark.parametrize(("post", "needs"), SITUATIONS, ids=[r[0][:50] for r in SITUATIONS])
def test_situations_needing_regret_round4(post: str, needs: bool) -> None:
    assert needs_regret(post) is needs


# (post, draft, passes): posts that complain of nothing need no regret.
EMPATHY: list[tuple[str, str, bool]] = [
    (
        "I hit Peak tier 🎉 Do I get longer to return stuff? Bought a tent 6 weeks ago and "
        "still haven't decided if I'm keeping it.",
        "Congrats on reaching Peak! Peak members have 60 days from delivery to start a return.",
        True,
    ),
    (
        "Bought a tent 6 weeks ago and still haven't received it.",
        "Peak members have 60 days from delivery to start a return.",
        False,
    ),
    (
        "Bonjour, votre service client peut-il répondre en français ? Mon anglais n'est pas "
        "terrible.",
        "Bonjour ! Oui, nous pouvons vous répondre en français par e-mail.",
        True,
    ),
    (
        "Bonjour, votre service client n'est pas terrible. Personne ne répond.",
        "Bonjour ! Nous pouvons vous répondre en français par e-mail.",
        False,
    ),
    # A condition of the policy is no regret; the same words as a verdict are.
    (
        "Returned a headlamp I opened ONCE and you kept 15% of my refund?? Not cool.",
        "Opened electronics carry a 15% fee. If it was faulty or not what you ordered, the fee "
        "doesn't apply.",
        False,
    ),
    (
        "Ordered Moss and got Black.",
        "Oh no, Black is not what you ordered! DM us your order number.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1][:50] for r in EMPATHY])
def test_empathy_s21_round4(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, [], post=post)
    assert passed is passes, reason


ADJUST = _fact(
    "price",
    "If an item you bought from us drops in price on our website within 14 days of your "
    "purchase, we refund the difference. One price adjustment per item.",
)
WRONG = _fact(
    "wrong-item",
    "We'll send the right item by Expedited shipping at no cost within 2 business days, or "
    "refund you in full including shipping.",
)
# (post, draft, facts, passes)
FAVOURS: list[tuple[str, str, list[Fact], bool]] = [
    (
        "The poles I bought 5 days ago are on sale now. Can I get the difference back?",
        "Good news: we'll refund the difference, and if the poles go down again later we'll "
        "refund that too.",
        [ADJUST],
        False,
    ),
    (
        "The poles I bought 5 days ago are on sale now. Can I get the difference back?",
        "Good news: since the price dropped within 14 days, we'll refund the difference.",
        [ADJUST],
        True,
    ),
    (
        "I ordered Moss but got Black.",
        "Sorry! We'll send the right colour at no cost within 2 business days. For the "
        "trouble, we'll also send you a second fleece of your choice for free.",
        [WRONG],
        False,
    ),
    (
        "I ordered Moss but got Black.",
        "Sorry for the trouble! We'll send the right colour at no cost within 2 business days.",
        [WRONG],
        True,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), FAVOURS, ids=[r[1][:50] for r in FAVOURS]
)
def test_favours_s21_round4(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason
