"""Session 22's first scorer round (what scorer blind128-134 missed or false-alarmed on),
each family in several languages next to look-alikes that must keep their outcome: the
customer typed it wrong, the slip of a finger, the care label not followed, "read it before
you ask", what the customer "could have" done, the curt and the condescending; favours no
policy grants (stock held, the exchange shipped before the return, a perk for followers, a
fee waived "in your case", an unused gift card refunded); the situations that need regret
(items missing from a parcel, a charge after cancelling) and "You're right" alone; and the
false alarms (care advice asked for, "happy to answer anything else before you order",
"then it's up to the carrier", "you should have heard from a team lead", "For next time,
skip fabric softener" after regret, "de 8 h à 20 h"). Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.apology_situations import needs_regret
from socialreply.evaluation.number_forms import clock_times
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    # The customer typed it wrong.
    ("Sorry, but you've almost certainly typed your billing address wrong.", False),
    ("It's almost always because people type their shipping address wrong.", False),
    ("This usually happens when the address was typed wrong at checkout.", False),
    ("Most of these turn out to be a typo in the address, so check what you typed.", False),
    ("Lo siento, pero escribiste mal la dirección al pagar.", False),
    ("Désolés, mais vous avez mal saisi votre adresse.", False),
    ("Leider haben Sie Ihre Lieferadresse falsch eingegeben.", False),
    ("Purtroppo hai scritto male l'indirizzo.", False),
    ("Infelizmente digitou o endereço errado.", False),
    ("Helaas heb je je adres verkeerd ingetypt.", False),
    # The team's offer, a condition, a kind word.
    ("We can fix it before it ships if the address was entered incorrectly.", True),
    ("We'll resend to a corrected address if there was a typo.", True),
    ("Oh no, such an easy typo to make, sorry for the hassle!", True),
    # The slip of a finger.
    ("Sorry, but it's easy to tap XL by mistake, so check your order.", False),
    ("Es fácil pulsar la talla equivocada por error.", False),
    ("Sorry the size was wrong! DM us your order number and we'll sort it.", True),
    # The care label not followed.
    ("Seam tape usually peels when the care label isn't followed.", False),
    ("Das passiert, wenn die Pflegehinweise nicht befolgt werden.", False),
    ("Sorry! If it shrank while washed the way the care label says, DM us photos.", True),
    # Read it before you ask.
    ("Our hours are listed on the website, so please check them before calling.", False),
    ("Honestly it's been all over our page for weeks.", False),
    ("Está escrito na nossa página de reembolsos. Era só ter lido.", False),
    ("Our hours are 8am-8pm ET, Monday to Friday. Sorry you couldn't get through!", True),
    # What the customer could have done.
    ("Sorry, though you really could have refused the delivery.", False),
    ("Les délais de douane, c'est à vous de les prévoir.", False),
    ("C'est à vous de choisir : remboursement ou échange.", True),
    # The curt and the condescending.
    ("Sorry, but no. That isn't covered.", False),
    ("Desculpe, mas não. Isso não está coberto.", False),
    ("Sorry for the wait, but no need to worry: it's on its way.", True),
    ("It's not complicated. If you really can't manage it, reply here.", False),
    ("No es complicado. Usa el enlace del correo.", False),
    ("It's 'label created' for now. A little patience goes a long way.", False),
    ("Thank you for your patience! It ships tomorrow.", True),
    ("Está na página, mas vá lá: escolha crédito na loja.", False),
    ("Maar ja, natuurlijk betaal je dat zelf.", False),
    ("Bij internationale bestellingen betaal je de retourzending zelf.", True),
    ("Well, you'd better hurry then.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0][:50] for r in BLAME])
def test_blame_s22_round1(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


# (post, draft, passes): the false alarms' families.
BLAME_IN_CONTEXT: list[tuple[str, str, bool]] = [
    (
        "Back from five nights out, the down bag was great! Any tips for storing it over the "
        "winter?",
        "So glad! Store it uncompressed in the cotton sack; let it breathe until your next trip.",
        True,
    ),
    # Unasked, after a complaint, the same sentence still lectures.
    (
        "My down bag has lost its loft and I've only had it a year. Not happy.",
        "Store it uncompressed in the cotton sack; let it breathe until your next trip.",
        False,
    ),
    (
        "Does the warranty cover normal wear? Weighing up a team order.",
        "It covers defects, not normal wear. Happy to answer anything else before you order.",
        True,
    ),
    (
        "ordered monday, had it wednesday, how are you this fast",
        "Love to hear it! Orders ship within 1 business day, then it's up to the carrier.",
        True,
    ),
    (
        "Where is my parcel? It's been two weeks.",
        "Once it's handed over, the timing is really up to the carrier.",
        False,
    ),
    (
        "I escalated my complaint on Monday and have heard nothing.",
        "We apologise. You should have heard from a team lead within 1 business day.",
        True,
    ),
    (
        "My rain shell soaks through since I washed it with softener.",
        "We're sorry it's letting water through. For next time, skip fabric softener and bleach.",
        True,
    ),
    (
        "My rain shell soaks through since I washed it with softener.",
        "For next time, skip fabric softener and bleach.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), BLAME_IN_CONTEXT, ids=[r[1][:50] for r in BLAME_IN_CONTEXT]
)
def test_blame_in_context_s22_round1(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [], post=post)
    assert passed is passes, reason


GIFT = _fact("gift-cards", "Northwind gift cards never expire and have no fees.")
EXCHANGE = _fact(
    "exchanges",
    "A size swap is free within 30 days of delivery: start an exchange and print the prepaid "
    "label. The new size ships once the carrier scans your return.",
)
SHIPPING_CA = _fact("shipping", "Shipping to Canada costs $14.95 and is free from $150.")
RETURNS = _fact("returns", "You have 30 days from delivery to start a return.")
STOCK = _fact("stock", "After 3 declined attempts, checkout is paused for 30 minutes.")
# (post, draft, facts, passes)
FAVOURS: list[tuple[str, str, list[Fact], bool]] = [
    (
        "Can my card be declined for the jacket? It might sell out.",
        "Don't worry about it selling out: I've put the jacket on hold for you until you pay.",
        [STOCK],
        False,
    ),
    (
        "The tent is out of stock, will it come back?",
        "It'll be back next Friday! DM us and we'll hold one for you.",
        [STOCK],
        False,
    ),
    (
        "I was on hold for an hour!",
        "We're really sorry, an hour on hold isn't OK. DM us your order number.",
        [STOCK],
        True,
    ),
    (
        "Too snug, can I swap?",
        "Sure! We'll ship the 10.5 today, before you even send the first pair back.",
        [EXCHANGE],
        False,
    ),
    (
        "Too snug, can I swap?",
        "Sure! Start an exchange and print the prepaid label; the new size ships once the "
        "carrier scans your return.",
        [EXCHANGE],
        True,
    ),
    (
        "Do you ship to Canada?",
        "Yes! $14.95, free from $150. And for our followers, the first shipment is free!",
        [SHIPPING_CA],
        False,
    ),
    (
        "Vocês enviam para o Canadá?",
        "Enviamos sim! E pra quem segue a gente aqui, o primeiro envio sai grátis!",
        [SHIPPING_CA],
        False,
    ),
    (
        "Vocês enviam para o Canadá?",
        "Enviamos sim! O frete custa $14.95 e é grátis a partir de $150.",
        [SHIPPING_CA],
        True,
    ),
    (
        "Posso devolver a lanterna?",
        "Pode! Normalmente aplica-se uma taxa, mas no seu caso vamos isentá-la.",
        [RETURNS],
        False,
    ),
    (
        "Can I return the headlamp?",
        "Yes! There's usually a fee, but in your case we'll waive it.",
        [RETURNS],
        False,
    ),
    (
        "Is a gift card a good present?",
        "Gift cards never expire and there are no fees, and if he never uses it we'll refund "
        "you in full.",
        [GIFT],
        False,
    ),
    (
        "Is a gift card a good present?",
        "Great idea! Gift cards never expire and there are no fees.",
        [GIFT],
        True,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), FAVOURS, ids=[r[1][:50] for r in FAVOURS]
)
def test_favours_s22_round1(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


# (post, needs regret)
SITUATIONS: list[tuple[str, bool]] = [
    ("Only got half my order, jacket's here but no pants.", True),
    ("My order said 3 items but the box only had the jacket and the socks.", True),
    ("Il manque les gants dans mon colis.", True),
    ("In meiner Bestellung fehlen die Handschuhe.", True),
    ("Cancelé mi pedido pero sigo viendo el cargo pendiente en mi tarjeta.", True),
    ("J'ai annulé ma commande mais je vois toujours le débit sur ma carte.", True),
    # A plain order question, a plain cancellation question.
    ("Can I order the jacket and the pants together?", False),
    ("¿Cómo cancelo mi pedido?", False),
]


@pytest.mark.parametrize(("post", "needs"), SITUATIONS, ids=[r[0][:50] for r in SITUATIONS])
def test_situations_needing_regret_s22_round1(post: str, needs: bool) -> None:
    assert needs_regret(post) is needs


# (post, draft, passes)
EMPATHY: list[tuple[str, str, bool]] = [
    (
        "I'm a Peak member and my return was rejected at 45 days. I thought Peak members got "
        "longer?",
        "You're right. As a Peak member you have 60 days, so we'll reopen the return.",
        False,
    ),
    (
        "I'm a Peak member and my return was rejected at 45 days. I thought Peak members got "
        "longer?",
        "You're right, and we apologise for the mix-up. We'll reopen the return.",
        True,
    ),
    (
        "My parcel is a week late and nobody answers.",
        "You're right to be frustrated. We'll chase the carrier today.",
        True,
    ),
    # A care question after praise; a customer's own slip after a groan.
    (
        "First night out in the tent and it was perfect! It got soaked in the morning dew "
        "though, what's the best way to clean and store it?",
        "Love this! Let it dry completely before you pack it away.",
        True,
    ),
    (
        "Ugh, just ordered the wrong colour trail runners like 20 min ago. Can I still cancel??",
        "No worries, you're still in time! Use the Manage order link.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1][:50] for r in EMPATHY])
def test_empathy_s22_round1(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, [], post=post)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("de 8 h à 20 h, heure de l'est", "de 8:00 à 20:00, heure de l'est"),
        ("de 8 a 20 h", "de 8:00 a 20:00"),
        ("entre 24 h et 48 h", "entre 24 h et 48 h"),
    ],
)
def test_hour_range_with_h_after_each_end(text: str, read: str) -> None:
    assert clock_times(text) == read


CUTOFF = [
    _fact(
        "shipping",
        "Orders placed by 2pm Eastern Time, Monday to Friday, with Expedited or Overnight "
        "shipping leave the warehouse the same day.",
    ),
    _fact("shipping", "Overnight takes 1 business day ($29.95)."),
]
ROWS = [_fact("shipping", "Canada ships free from $150 and the UK and EU from $200.")]
# (post, draft, facts, passes): a cut-off named after its time, a country for its row.
NUMBERS: list[tuple[str, str, list[Fact], bool]] = [
    (
        "If I order Overnight at 3pm ET, will it arrive tomorrow?",
        "At 3pm ET you're still inside the 5pm Eastern Time cut-off, so it ships today.",
        CUTOFF,
        False,
    ),
    (
        "If I order Overnight at 3pm ET, will it arrive tomorrow?",
        "The cut-off is 5pm ET, so it ships today.",
        CUTOFF,
        False,
    ),
    (
        "If I order Overnight at 3pm ET, will it arrive tomorrow?",
        "At 3pm ET you'd just miss the 2pm Eastern Time cut-off, so it ships the next day.",
        CUTOFF,
        True,
    ),
    ("¿Envío gratis a España?", "El envío a España es gratis desde $150.", ROWS, False),
    ("Free shipping to Germany?", "Shipping to Germany is free from $150.", ROWS, False),
    ("¿Envío gratis a España?", "El envío a España es gratis desde $200.", ROWS, True),
    ("Free shipping to Toronto?", "Shipping to Toronto is free from $150.", ROWS, True),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), NUMBERS, ids=[r[1][:50] for r in NUMBERS]
)
def test_numbers_s22_round1(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason
