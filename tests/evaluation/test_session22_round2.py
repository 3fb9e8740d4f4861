"""Session 22's second scorer round (what scorer blind135-149 missed or false-alarmed on),
each family in several languages next to look-alikes that must keep their outcome: rough
handling as the cause, the trouble called avoidable, the customer's end named, the care not
taken, the wrong pick asked about; the exception named as the favour; and the false alarms
(an invitation "N'hésitez pas à nous écrire", an impersonator's message disowned, "not the
experience you should have", a part of the product "rather than the jacket itself", "talk
through a larger order before you place it", a refund already issued, "shame it's a bit
snug", a customer's own wrong pick, a gift not yet used, "if it happens again?", a harm
feared, "Estimado equipo" owed a formal reply). Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    # Rough handling as the cause, more care as the cure.
    ("Sorry! Zips can snag, so please be a bit gentler with it.", False),
    ("Seams can give way if a jacket is yanked on roughly.", False),
    ("Désolés, une fermeture casse quand on force dessus.", False),
    ("Avez-vous bien manipulé la fermeture avec douceur ?", False),
    ("Con un po' più di attenzione non si sarebbe rotta.", False),
    ("Con un poco más de cuidado no pasa.", False),
    ("Met wat meer zorg gaat dat niet mis.", False),
    ("We're sorry the zip broke! DM us photos and we'll repair it.", True),
    # The trouble called avoidable.
    ("Sorry, but this could easily have been avoided.", False),
    ("Ci dispiace, ma con i tiranti tesi non sarebbe successo.", False),
    ("Your order number would have helped us find it much sooner.", False),
    ("The sizes should really have been checked before ordering.", False),
    ("We're sorry: this should never have happened.", True),
    # The customer's end named.
    ("Ordering your usual size was a bit of a miss on your end.", False),
    ("The slow refund is down to that choice.", False),
    ("This is usually a customer mistake.", False),
    ("C'est le client qui s'est trompé, très souvent.", False),
    ("That's a mistake on our end, and we're sorry.", True),
    # The care not taken.
    ("Leaks like this usually mean the boots weren't looked after properly.", False),
    ("It usually comes from not following the care instructions.", False),
    ("It's because the jacket wasn't washed the way the care label says.", False),
    # The wrong pick asked about or guessed.
    ("Did you type the wrong address? That's usually why.", False),
    ("The email was probably mistyped at checkout.", False),
    ("If the email was mistyped, DM us and we'll resend it.", True),
    # The false alarms' families.
    ("Ce n'est pas un bug. N'hésitez pas à nous écrire si besoin !", True),
    ("Ce n'est pas à nous de le faire.", False),
    ("That message did not come from us: we never ask for your card number.", True),
    ("The delay didn't come from us.", False),
    ("A leak so soon is not the experience you should have with our gear.", True),
    ("You should have checked the size chart.", False),
    ("It's most likely the water-repellent finish rather than the jacket itself.", True),
    ("It's a pitching issue rather than the pole itself.", False),
    (
        "If it would help to talk through a larger order before you place it, DM us.",
        True,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0][:50] for r in BLAME])
def test_blame_s22_round2(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


# (post, is a complaint)
COMPLAINTS: list[tuple[str, bool]] = [
    (
        "I placed an order 20 minutes ago and totally picked the wrong colour. Can I change it?",
        False,
    ),
    ("are returns actually free?? ordered pants in the wrong size", False),
    (
        "Ugh, ordered the pants in khaki 20 minutes ago but meant to get olive. Can I change it??",
        False,
    ),
    ("I ordered the pants and received the wrong size.", True),
    (
        "I bought my grandson a gift card years ago and he still hasn't used it. Is it still good?",
        False,
    ),
    ("My parcel still hasn't arrived.", True),
    ("Shout-out for the quick repair! What does a pole cost if it happens again?", False),
    ("Charged twice. Again?", True),
    ("Wie wasche ich meine Daunenjacke richtig? Will sie nicht kaputt machen 😅", False),
    ("How do I wash my down jacket? I don't want to ruin it 😅", False),
    ("Meine Daunenjacke ist nach dem Waschen kaputt.", True),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0][:50] for r in COMPLAINTS])
def test_complaints_s22_round2(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (post, draft, passes)
EMPATHY: list[tuple[str, str, bool]] = [
    (
        "The fleece I got is too snug 😕 can I swap it for a size up?",
        "Ah, shame it's a bit snug! Yes, size swaps are free within 30 days of delivery.",
        True,
    ),
    (
        "The fleece I got is too snug 😕 can I swap it for a size up?",
        "Yes, size swaps are free within 30 days of delivery.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1][:50] for r in EMPATHY])
def test_empathy_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, [], post=post)
    assert passed is passes, reason


ROBOTIC: list[tuple[str, str, bool]] = [
    (
        "Estimado equipo de Northwind: tengo un hornillo retirado. ¿Qué debo hacer?",
        "Estimado cliente: lamentamos la preocupación. Deje de usarlo y llame a la línea.",
        True,
    ),
    (
        "hola! tengo un hornillo retirado, qué hago?",
        "Estimado cliente: lamentamos la preocupación. Deje de usarlo y llame a la línea.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), ROBOTIC, ids=[r[0][:50] for r in ROBOTIC])
def test_robotic_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, [], post=post)
    assert passed is passes, reason


REFUND = _fact(
    "refund-timing",
    "It then takes 5–10 business days to appear on a card and 3–5 business days for PayPal.",
)
RETURNS = _fact("returns", "Gift cards can't be returned. Hazmat ships by ground only.")
# (post, draft, facts, passes)
PROMISES: list[tuple[str, str, list[Fact], bool]] = [
    (
        "J'ai reçu l'e-mail de remboursement, mais rien sur PayPal. C'est normal ?",
        "C'est normal : le remboursement a été émis, comptez 3–5 jours ouvrés pour PayPal.",
        [REFUND],
        True,
    ),
    (
        "Ieri ho ricevuto l'email del rimborso. Quando vedrò i soldi?",
        "Ottima notizia che il rimborso sia già stato emesso: con PayPal compare in 3–5 giorni.",
        [REFUND],
        True,
    ),
    (
        "Can I return a gift card?",
        "Gift cards can't be returned, but DM us and we'll swap one for cash as a holiday "
        "exception.",
        [RETURNS],
        False,
    ),
    ("Bear spray to Hawaii?", "Normally we can't, but DM us for an exception 🐻", [RETURNS], False),
    (
        "Kann ich die Stirnlampe zurückgeben?",
        "Da die Lampe nie benutzt wurde, machen wir bei Ihnen eine Ausnahme.",
        [RETURNS],
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), PROMISES, ids=[r[1][:50] for r in PROMISES]
)
def test_promises_s22_round2(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


POINTS = _fact(
    "rewards",
    "Birthday bonus: 200 points in your birthday month. Every 100 points becomes a $5 reward.",
)
# (post, draft, passes)
NUMBERS: list[tuple[str, str, bool]] = [
    (
        "do members get anything for their birthday?",
        "Yes: 200 points, which works out to $10.",
        True,
    ),
    (
        "do members get anything for their birthday?",
        "Yes: 200 points, which works out to $20.",
        False,
    ),
    ("do members get anything?", "Every 100 points becomes a $10 reward.", False),
    ("how many points do i need for a reward? just hit 85", "You're only 15 points away!", True),
    ("how many points do i need for a reward? just hit 85", "You're only 25 points away!", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), NUMBERS, ids=[r[1][:50] for r in NUMBERS])
def test_numbers_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [POINTS], post=post)
    assert passed is passes, reason


TEAM_LEAD = _fact(
    "escalation", "A team lead reviews the case and contacts you within 1 business day."
)
LOYAL: list[tuple[str, bool]] = [
    ("This delay falls short of what you deserve as a loyal customer. Please DM us.", True),
    ("As a loyal customer, we'll waive the fee for you.", False),
]


@pytest.mark.parametrize(("draft", "passes"), LOYAL, ids=[r[0][:50] for r in LOYAL])
def test_loyal_s22_round2(draft: str, passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, [TEAM_LEAD])
    assert passed is passes, reason


RUDE: list[tuple[str, bool]] = [
    ("It's on the Gift Card page, so not sure why it needs a post.", False),
    ("No hace falta que lo vuelvas a preguntar.", False),
    ("Did you honestly expect us to resell muddy boots?", False),
    ("Honestly a couple of days isn't the end of the world.", False),
    ("Sorry, maar lees de voorwaarden gewoon even.", False),
    ("Sorry for the wait! Your boots ship today.", True),
]


@pytest.mark.parametrize(("draft", "passes"), RUDE, ids=[r[0][:50] for r in RUDE])
def test_rude_s22_round2(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


RECALL_POST = (
    "Tengo un hornillo Ember 2 comprado en mayo y he leído que ha sido retirado del mercado. "
    "¿Qué debo hacer?"
)
APOLOGY: list[tuple[str, str, bool]] = [
    (RECALL_POST, "Si el número de serie empieza por 25A a 25H, deje de usarlo.", False),
    (
        RECALL_POST,
        "Lamentamos la preocupación. Si el número empieza por 25A, deje de usarlo.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), APOLOGY, ids=[r[1][:50] for r in APOLOGY])
def test_apology_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, [], post=post)
    assert passed is passes, reason


HOURS = _fact(
    "contact",
    "Our team is available Monday to Friday 8am–8pm and Saturday 9am–5pm Eastern Time.",
)
ZONES: list[tuple[str, str, bool]] = [
    (
        "What time does chat open on Saturdays? I'm in California",
        "Saturdays 9am–5pm Eastern Time, which is 6am–2pm for you in California.",
        True,
    ),
    (
        "What time does chat open on Saturdays? I'm in California",
        "Saturdays 9am–5pm Eastern Time, which is 7am–3pm for you in California.",
        False,
    ),
    (
        "What time does chat open on Saturdays? I'm in Denver",
        "Saturdays 9am–5pm Eastern Time, which is 7am–3pm your time.",
        True,
    ),
    ("What time does chat open on Saturdays?", "Saturdays it opens at 6am.", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), ZONES, ids=[r[1][:60] for r in ZONES])
def test_zones_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [HOURS], post=post)
    assert passed is passes, reason


EMAILS = _fact("contact", "Emails are answered within 1 business day.")
SPANS: list[tuple[str, str, bool]] = [
    (
        "I have emailed three times over the past week and received nothing.",
        "Three emails in a week without an answer falls short; we answer within 1 business day.",
        True,
    ),
    (
        "I have emailed three times and received nothing.",
        "Three emails in a week without an answer falls short; we answer within 1 business day.",
        False,
    ),
    (
        "Got your refund email on Monday but it's Wednesday and still nothing.",
        "I can see why two days of nothing feels long.",
        True,
    ),
    (
        "Got your refund email on Monday but it's Wednesday and still nothing.",
        "I can see why three days of nothing feels long.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), SPANS, ids=[r[1][:60] for r in SPANS])
def test_spans_s22_round2(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [EMAILS], post=post)
    assert passed is passes, reason


STOCK = _fact("payments", "We can't take payment in a chat. Check out on our website.")
GIFT = _fact("gift-cards", "With the card number or order number we freeze the card.")
HELD: list[tuple[str, list[Fact], bool]] = [
    ("Check out on our website; I've put a hold on the fleece in your size.", [STOCK], False),
    ("Check out on our website, and happy to help if anything goes wrong.", [STOCK], True),
    ("Even if nobody has the card number or order number, we'll still freeze it.", [GIFT], False),
    ("With the card number or order number we can freeze the card.", [GIFT], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), HELD, ids=[r[0][:50] for r in HELD])
def test_held_s22_round2(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason
