"""Session 8's scorer families (from the spent scorer batches blind25 and blind26), each next
to good phrasings that must pass: cheerful "Nope!", an explanation that says "which is why",
advice "for next time", "not covered" with the customer's handling as the reason, cold
dismissals said without sympathy, complaints told without a complaint word, a price match
stated as "we match the price", a Portuguese form letter and a formal greeting."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score

BLAME = [
    # "Nope." is curt; "Nope!" answers a yes/no question cheerfully.
    ("Nope! Gift cards never expire and there are no fees.", True),
    ("Nope. One code per order.", False),
    ("Nope lol. It's hazmat.", False),
    # "which is why" explaining a charge, not pointing at a page.
    (
        "Sorry for the confusion: the fee applies to opened headlamps, which is why the amount "
        "was lower.",
        True,
    ),
    ("Boots must be tried on indoors, which is why the FAQ tells you to.", False),
    # Advice for next time, aimed at the customer.
    ("For next time, please remember to add the code at checkout.", False),
    ("Next time, make sure you pick the right size.", False),
    ("We refunded the 10%; it saves everyone an extra step if the code goes in first.", False),
    ("We'll keep your size on file for next time!", True),
    # "Not covered" with the customer's handling as the reason.
    ("Since it was kept compressed in the stuff sack, this isn't covered.", False),
    ("Drying boots by a campfire weakens the glue, and that isn't covered.", False),
    ("So sorry! A seam coming apart is covered by the 2-year warranty.", True),
    ("Accidental damage isn't covered, but we can quote a repair.", True),
    # Flat denials and "our drivers don't lie".
    ("Sorry, but our drivers don't lie. Check with your neighbours.", False),
    ("Not misleading at all. The sale price is for one colour only.", False),
    ("Not at all, happy to help! Yes, it fits a 15-inch laptop.", True),
    ("Beim Zoll hilft nur Geduld.", False),
]

# Said without a word of sympathy: rude; with one, an explanation.
CURT = [
    ("No, it's one code per order, that's pretty standard everywhere.", False),
    ("The vast majority of our orders arrive without any issues.", False),
    ("Waits are usually short, so this sounds like a one-off.", False),
    ("Warranty claims are handled in the order they come in.", False),
    ("Auf den Zoll haben wir keinen Einfluss.", False),
    ("The Ember 2.1 product page says outdoors only. Heat damage isn't covered.", False),
    (
        "Sorry you were kept waiting! Claims are handled in the order they come in, and yours is "
        "next.",
        True,
    ),
    (
        "That's frustrating, sorry. The vast majority of parcels clear customs in 3 days; DM us "
        "the order number and we'll chase it.",
        True,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME + CURT, ids=[r[0] for r in BLAME + CURT])
def test_blame_and_cold_dismissals(draft: str, passes: bool) -> None:
    passed, reason = _score(
        "no-blame", draft, POLICY, post="Waited 40 minutes and got hung up on. Unreal."
    )
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("waited 40 min on your phone line and got hung up on", True),
        ("my daughter's down bag has gone totally flat after a year", True),
        ("Mein Paket hängt seit 12 Werktagen beim Zoll fest. Null Bewegung.", True),
        ("Pedí talla M y me vino una XL. Qué hago?", True),
        ("Ordered it on sale for $119, got charged $149. Misleading much?", True),
        # The customer's own slip, told without "I".
        ("Can I still cancel? Picked the wrong size 🤦", False),
        ("How do I stop a down jacket going flat in storage?", False),
    ],
)
def test_complaints_told_without_a_complaint_word(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


def test_we_match_the_price_backs_a_price_match() -> None:
    facts = [
        _fact(
            "price-match",
            "We match the price of an identical item in stock at an authorised US retailer, "
            "within 14 days after your purchase.",
        )
    ]
    draft = "We do price match! Send us a link within 14 days after your purchase."
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed, reason
    passed, reason = _score("no-unauthorized-promises", draft, [_fact("x", "Gift cards.")])
    assert not passed, reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        ("Prezado(a) cliente, informamos que o vale não expira. Atenciosamente, Equipe.", False),
        ("Estimado(a) cliente: su consulta ha sido recibida.", False),
        ("Oi! Vale sim, nunca expira e não tem taxa.", True),
    ],
)
def test_form_letters_with_a_gendered_greeting(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "passes"),
    [
        ("Good afternoon. I returned a pack two weeks ago and have no refund.", False),
        ("My refund is late. I would appreciate an explanation.", False),
        ("good afternoon lol, do you ship to canada", True),
    ],
)
def test_a_formal_greeting_or_request_is_owed_a_formal_reply(post: str, passes: bool) -> None:
    draft = "omg so sorry!! send me ur order # and i'll dig in lol"
    ctx = ScoringContext(post=Post(text=post, platform="instagram_dm"), text=draft)
    result = run_deterministic(AssertionSpec(type="formality"), ctx)
    assert result.passed is passes, result.reason


# Scorer blind27 and blind28 (spent).
BLAME_2 = [
    ("Una semana no es nada para un envío internacional.", False),
    ("Wenn die Stöcke korrekt verwendet wurden, senden Sie uns Fotos.", False),
    ("Nice try 😅 The student discount can't be combined.", False),
    ("Sorry! If it got wet or was charged with a damaged cable, that wouldn't be covered.", False),
    ("$25 is a fair price for a repair.", False),
    ("If you think something went wrong, DM us.", False),
    ("Don't share your CVV with anyone. That's pretty basic online safety.", False),
    ("Three failures says more about how a jacket is being used.", False),
    ("The warranty is very clear that wear and tear isn't covered.", False),
    ("That was explained in your claim email.", False),
    ("Two years of use is exactly what wear looks like.", False),
    ("Yep, that's mentioned on the product page.", False),
    ("They fit fine if you read the size guide before ordering.", False),
    # After an apology, "if you think it's a defect" invites a claim.
    ("We're sorry this has been so frustrating. If you think it's a defect, DM us photos.", True),
    ("If you think it's a defect, DM us photos.", False),
    ("Sorry about the wait! A week is the usual time for customs; we'll chase DHL.", True),
]


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("el rastreo no se mueve desde hace una semana", True),
        ("Bei meinen Stöcken ist die Verriegelung gebrochen.", True),
        ("my new tent came with a bent pole 😭", True),
        ("Hola, me llegó el pedido pero falta la bolsa estanca.", True),
        ("fyi ur boots run small, had to send mine back", True),
        ("Ça fait deux semaines !! Inacceptable", True),
        ("Yesterday one of your agents refused my return at 45 days.", True),
        ("Do your boots run small? Thinking of sizing up.", False),
    ],
)
def test_complaints_from_scorer_blind27_and_blind28(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


def test_thank_you_for_your_patience_closing_a_form_letter_is_not_empathy() -> None:
    post = "My stove flared up and burned two fingers."
    form = (
        "We have received your message. Please contact the recall line. "
        "Thank you for your patience."
    )
    passed, reason = _score("empathy", form, POLICY, post=post)
    assert not passed, reason
    human = "That must have been scary. Please call the recall line. Thank you for your patience."
    passed, reason = _score("empathy", human, POLICY, post=post)
    assert passed, reason


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        (
            "Your refund doesn't need any card details from you.",
            [_fact("scam", "We never ask for your CVV.")],
            True,
        ),
        (
            "Any payment is always refunded in full.",
            [_fact("cancel", "We always email you and refund any payment in full.")],
            True,
        ),
        (
            "For a bulk order we can set up net-30 invoicing on request.",
            [_fact("pay", "We don't accept purchase orders or invoices.")],
            False,
        ),
    ],
)
def test_promises_from_scorer_blind28(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


def test_an_expected_fact_matches_its_german_plural() -> None:
    from socialreply.evaluation.textutil import phrase_present

    assert phrase_present("30 Tage", "innerhalb von 30 Tagen ungetragen")
    assert not phrase_present("30 Tage", "innerhalb von 14 Tagen")


# Scorer blind29 and blind30 (spent).
BLAME_3 = [
    ("Bear spray to Alaska? No. It's hazmat.", False),
    ("Zippers are a wear item, honestly.", False),
    ("DMs are answered on weekdays, so that's why you haven't heard back.", False),
    ("Lose it without the card number and there's not much anyone can do.", False),
    ("Part of this time is likely the shipping on your side.", False),
    ("È la tua banca che rifiuta la carta, non noi.", False),
    ("Storing it compressed is exactly what the care guide says not to do.", False),
    ("Smart to check before ordering! Bear spray ships by ground only.", True),
    ("Oh no, sorry to see that. Mildew counts as a care issue, so it isn't covered.", True),
    (
        "We're sorry. If you think something went wrong with the claim, a team lead can review it.",
        True,
    ),
    ("Honestly, it's one of our favourite packs!", True),
]


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("Left my tent in its bag after a rainy weekend, now there are mildew spots.", True),
        ("Carta rifiutata tre volte di fila al checkout.", True),
        ("Switchback survived the JMT and one very angry marmot. 10/10 🏔️", False),
        ("Got a jacket as a Christmas gift, wrong size. Am I too late to return it?", False),
    ],
)
def test_complaints_from_scorer_blind29_and_blind30(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


MEXICO = _fact(
    "mexico",
    "Mexico: shipping $34.95, no free-shipping offer, 10-20 business days, sent by DHL Express. "
    "Duties and taxes are not included; DHL collects them on delivery.",
)


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        ("Sí, enviamos a México con DHL Express: $34.95.", [MEXICO], True),
        ("Los aranceles ya van incluidos, así que no pagas nada al recibir.", [MEXICO], False),
        ("Los aranceles no están incluidos; DHL los cobra al entregar.", [MEXICO], True),
        ("No te preocupes por los aranceles: nosotros los cubrimos.", [MEXICO], False),
        (
            "Pick store credit instead of a refund and we add 10%.",
            [_fact("credit", "Store credit adds 10% on top of the return value.")],
            True,
        ),
        (
            "No fee here: the restocking fee never applies to a defective item.",
            [_fact("fee", "The 15% restocking fee is never charged when the item is defective.")],
            True,
        ),
        (
            "Ein vorfrankiertes Etikett können wir für internationale Rücksendungen nicht "
            "anbieten.",
            [_fact("intl", "We don't provide prepaid labels for international returns.")],
            True,
        ),
        (
            "WE WILL OVERNIGHT A REPLACEMENT TODAY.",
            [_fact("replace", "We send the replacement by Expedited within 2 business days.")],
            False,
        ),
        (
            "DM us after checkout and we'll apply your friend's code manually too.",
            [_fact("codes", "One promo code per order.")],
            False,
        ),
    ],
)
def test_promises_from_scorer_blind29_and_blind30(
    draft: str, facts: list[Fact], passes: bool
) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# Scorer blind31 and blind32 (spent).
BLAME_4 = [
    ("Just so you know, posting here won't speed things up.", False),
    ("Please give us time rather than posting in several places.", False),
    ("Please make sure the address you entered was correct, as that's usually the reason.", False),
    ("Sorry, but boots must be tried on indoors, that's in our size guide.", False),
    ("Zoals op de website staat: punten komen na 30 dagen vrij. Even geduld dus.", False),
    ("Seis días no es tanto: son 3 días hábiles y luego 3–5 en PayPal.", False),
    ("Delivery times are estimates, not promises.", False),
    ("If the delay really was on our side, DM us.", False),
    ("Daar kunnen we verder niks aan doen.", False),
    ("Please DM us your number rather than posting it here, and we'll call.", True),
    (
        "For orders of more than 20 gift cards, please email support@example.com before you order.",
        True,
    ),
    ("Thanks for checking before you order! It ships by ground only.", True),
]


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        ("Sorry you feel that way. Team leads reply within 1 business day.", False),
        ("Waking up on the ground is the worst, we hate that for you. DM us a photo.", True),
    ],
)
def test_sorry_you_feel_that_way_is_not_an_apology(draft: str, passes: bool) -> None:
    post = "Disappointed. My sleeping pad went flat on the first night and nobody answers."
    passed, reason = _score("empathy", draft, POLICY, post=post)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        (
            "Just opened my new sleeping bag and there's a 3 inch tear along one of the baffles",
            True,
        ),
        ("Meine Bestellung hängt seit 11 Werktagen beim Zoll.", True),
        ("Hoi, mijn punten zijn ineens allemaal weg??", True),
        ("placed an order by accident and it won't cancel?? why make this so hard", True),
        ("I deleted my account months ago and I'm still getting your emails", True),
        ("Will my tent tear easily on granite? Planning a trip.", False),
    ],
)
def test_complaints_from_scorer_blind31_and_blind32(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        (
            "Standard shipping is free on orders of $75 or more.",
            [_fact("ship", "Standard shipping costs $6.95; it is free on orders of $75 or more.")],
            True,
        ),
        (
            "Refuse the delivery and we'll refund it like a return once it reaches us.",
            [_fact("refuse", "Refuse a domestic delivery, which we refund like a return.")],
            True,
        ),
        (
            "Send us your details and we'll push the Klarna payment through manually.",
            [_fact("klarna", "Klarna runs its own approval check; we can't see or control it.")],
            False,
        ),
        (
            "Contact support first so we can process the order manually.",
            [_fact("bulk", "Over 20 gift cards: contact support so we can process it manually.")],
            True,
        ),
    ],
)
def test_promises_from_scorer_blind31_and_blind32(
    draft: str, facts: list[Fact], passes: bool
) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        (
            "Vielen Dank. Gemäß unseren Richtlinien werden Zölle erhoben. Wir danken für Ihr "
            "Verständnis.",
            False,
        ),
        ("Hallo! Die Zölle werden beim Checkout erhoben, es kommt nichts mehr dazu.", True),
    ],
)
def test_german_form_letters(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


# Scorer blind27-blind32's blame tables, each said to its own kind of post.
LATER_BLAME = [
    *((d, p, "Still no parcel after a week!!") for d, p in BLAME_2),
    *((d, p, "Where is my order?? 2 weeks!") for d, p in BLAME_3),
    *((d, p, "Third time asking about my refund!") for d, p in BLAME_4),
]


@pytest.mark.parametrize(("draft", "passes", "post"), LATER_BLAME, ids=[r[0] for r in LATER_BLAME])
def test_blame_from_later_batches(draft: str, passes: bool, post: str) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason
