"""Session 17's families (what scorer blind74 and blind75 missed or flagged wrongly), each
next to look-alikes that must still fail or pass, in the supported languages where the
family applies: policy restated rather than promised (a negation that stops at the fact's
line, "sans attendre" as "right away", a refund named as an email or as the subject of its
usual timing, a refund the customer may already have, the gift card the customer bought);
a refunded fee named before its pronoun, "as an exception", an arrangement "on request",
"nor" as a negation, a pairing made beside a negation; numbers (a line break, "and" in
every language, a negated clause, "1 jour ouvré", a phone line's hours); the request-logged
line with the request's kind; a formal post in French or German; the customer's own slip
with any noun; the wrong variant delivered; "Not broken, promise!". Every row is invented
for the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.slips import WRONG_DELIVERY
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score

_GIFT_LOST = _fact(
    "giftcard",
    "If it is lost or stolen, contact us with the card number, or the order number of the "
    "purchase if you bought it. We freeze the card and issue a replacement.",
)
_CHANGE = _fact("change", "You can change or cancel an order within 60 minutes of placing it.")
_PAYPAL = _fact(
    "paypal",
    "It then takes 5–10 business days to appear on a card and 3–5 business days for PayPal.",
)
_SCAM = _fact("scam", "We never ask for your CVV, PIN or password.")
_FX = _fact(
    "fx",
    "Your bank may add a foreign-transaction fee; we don't control that fee and can't refund it.",
)
_FX_NEVER = _fact("fee", "The restocking fee never applies to items that arrive damaged.")
_NO_PO = _fact("po", "Purchase orders or invoices (we don't offer business accounts).")
_ZIP = _fact(
    "zip", "Outside the warranty our repair team replaces zippers for $25 plus return shipping."
)
_EXPIRY = _fact(
    "expiry",
    "Gift cards never expire, and there are no fees of any kind.\nMonday to Friday 8am-8pm "
    "and Saturday 9am-5pm Eastern Time",
)
_STACK = _fact(
    "student",
    "Students get 15% off. This discount can't be combined with a promo code. WELCOME10 is "
    "10% off your first order.",
)

# (draft, facts, passes)
PROMISES: list[tuple[str, list[Fact], bool]] = [
    # A negation in one fact line says nothing about the next line's names.
    ("Gift cards never expire. Time for some new gear!", [_EXPIRY], True),
    ("Gift cards never expire, so yours is still good.", [_EXPIRY], True),
    # "Right away" is the customer's step; "without waiting for the return" skips the policy's.
    ("Nous vous conseillons de le faire sans attendre.", [_CHANGE], True),
    ("Te recomendamos hacerlo sin esperar.", [_CHANGE], True),
    ("Ti consigliamo di farlo senza aspettare.", [_CHANGE], True),
    ("Nous envoyons la nouvelle veste sans attendre le retour.", [_CHANGE], False),
    ("Enviamos la chaqueta nueva sin esperar la devolución.", [_CHANGE], False),
    ("We ship the new one without waiting for the return.", [_CHANGE], False),
    # A refund named as a thing, or as the subject of its usual timing.
    ("Since you've had our refund email, the money is on its way.", [_PAYPAL], True),
    ("PayPal refunds usually take 3–5 business days to show up.", [_PAYPAL], True),
    ("Vous avez bien reçu l'e-mail de remboursement, l'argent arrive.", [_PAYPAL], True),
    ("We'll refund you today.", [_PAYPAL], False),
    ("We'll send you a refund right away.", [_PAYPAL], False),
    # A refund the customer may already have.
    ("If you do have a refund in progress, I'm happy to check on it.", [_SCAM], True),
    ("Se hai un rimborso in corso, lo controlliamo volentieri.", [_SCAM], True),
    ("If you have a receipt, we'll refund you.", [_SCAM], False),
    ("That message isn't from us, but we'll refund you anyway.", [_SCAM], False),
    # The gift card the customer bought is no gift card promised.
    ("Send us the order number of the gift card purchase.", [_GIFT_LOST], True),
    ("Just share the balance on your gift card.", [_GIFT_LOST], True),
    ("We'll send you a gift card for the trouble.", [_GIFT_LOST], False),
    # A fee named before its pronoun: the refund must come from what the facts allow.
    ("Se la banca aggiunge una commissione, nessun problema: te la rimborsiamo noi.", [_FX], False),
    ("Si tu banco cobra una comisión, te la reembolsamos.", [_FX], False),
    ("Não controlamos essa taxa nem a podemos reembolsar.", [_FX], True),
    ("We don't control that fee and can't refund it.", [_FX], True),
    ("The fee never applies to damaged items, so we'll get the fee refunded.", [_FX_NEVER], True),
    # An exception granted as an adverb.
    ("Per eccezione, il ritorno lo paghiamo noi.", [_ZIP], False),
    ("As an exception, we'll pay the return shipping.", [_ZIP], False),
    ("De forma excepcional, pagamos el envío de vuelta.", [_ZIP], False),
    ("Bij uitzondering betalen wij de retourzending.", [_ZIP], False),
    ("The zipper replacement costs $25 plus return shipping.", [_ZIP], True),
    # An arrangement offered on request.
    ("For guiding companies we can set up invoicing on request.", [_NO_PO], False),
    ("Pour les clubs, nous pouvons établir une facture sur demande.", [_NO_PO], False),
    ("Für Vereine können wir auf Anfrage eine Rechnung ausstellen.", [_NO_PO], False),
    ("Nous ne pouvons pas créer de codes promotionnels sur demande.", [_NO_PO], True),
    ("We can't set up invoicing on request, sorry.", [_NO_PO], True),
    # A pairing beside a negation in another clause.
    ("WELCOME10 doesn't expire, and you can stack it with your student discount.", [_STACK], False),
    ("WELCOME10 can't be combined with your student discount.", [_STACK], True),
    ("The discount works with rewards; it can't be used alongside a promo code.", [_STACK], True),
    ("It can't be combined with a promo code, but it does work with rewards.", [_STACK], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


_CUTOFF = _fact(
    "cutoff",
    "Orders placed after 2pm ET ship the next business day.\nnext business day\nMonday to "
    "Friday 8am-8pm and Saturday 9am-5pm Eastern Time",
)
_COMPLAINT = _fact(
    "complaint",
    'Formal complaints go to support@example.com with "Complaint" in the subject line; we '
    "acknowledge them within 1 business day and aim to resolve them within 10 business days.",
)
_PRICE = _fact(
    "price",
    "Contact us with your order number; the difference goes back within 3 business days.\n"
    "Not available for: Final Sale and clearance items, flash sales lasting less than 24 hours.",
)
_RECALL = _fact(
    "recall",
    "How to register: call the recall line, 1-800-555-0199, open 7 days a week, 8am–8pm "
    "Eastern Time.\nMonday to Friday 8am-8pm and Saturday 9am-5pm Eastern Time",
)

# (draft, facts, passes)
NUMBERS: list[tuple[str, list[Fact], bool]] = [
    ("Orders placed Friday after 2pm ET go out the next business day.", [_CUTOFF], True),
    ("Orders placed Friday after 9am ET go out the next business day.", [_CUTOFF], False),
    (
        "Nous en accusons réception sous 1 jour ouvré et nous la résolvons sous 10 jours ouvrés, "
        "« Complaint » dans l'objet.",
        [_COMPLAINT],
        True,
    ),
    ("Wir bestätigen den Eingang in 1 Werktag und lösen sie in 10 Werktagen.", [_COMPLAINT], True),
    ("Nous en accusons réception sous 3 jours ouvrés.", [_COMPLAINT], False),
    (
        "As long as it isn't a Final Sale or clearance item, the difference goes back within 3 "
        "business days.",
        [_PRICE],
        True,
    ),
    ("Final Sale items get the difference back within 24 hours.", [_PRICE], False),
    ("Call 1-800-555-0199 (7 days a week, 8am–8pm ET).", [_RECALL], True),
    ("Call 1-800-555-0199 (7 days a week, 9am–5pm ET).", [_RECALL], False),
    ("Our team answers Saturday 9am–5pm ET.", [_RECALL], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_number_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


# (draft, passes)
ROBOTIC = [
    ("Your data deletion request has been noted.", False),
    ("Your refund request has been logged.", False),
    ("Votre demande de suppression a bien été enregistrée.", False),
    ("Su solicitud de baja ha sido registrada.", False),
    ("Ihre Löschanfrage wurde erfasst.", False),
    ("La sua richiesta di cancellazione è stata registrata.", False),
    ("Uw verwijderverzoek is ontvangen.", False),
    ("Send the deletion request from your account email and we'll finish it in 30 days.", True),
    ("Your data will be deleted within 30 days of verification.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_robotic_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


def _score_post(scorer: str, draft: str, post: str, platform: str = "x") -> tuple[bool, str]:
    ctx = ScoringContext(post=Post(text=post, platform=platform), text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type=scorer), ctx)
    return result.passed, result.reason


_FORMAL_FR = "Madame, Monsieur, je vous prie de bien vouloir m'indiquer où en est ma commande."
_FORMAL_DE = "Sehr geehrte Damen und Herren, wo ist meine Bestellung?"
_PLAIN_FR = "coucou, elle est où ma commande ?"
# (draft, post, passes)
FORMALITY = [
    ("Bonjour, envoyez-nous votre numéro de commande en message privé.", _FORMAL_FR, True),
    ("Bonjour, envoie-nous ton numéro de commande en message privé.", _FORMAL_FR, False),
    ("Coucou ! Envoie-nous ton numéro 😅", _FORMAL_FR, False),
    ("Guten Tag, bitte senden Sie uns Ihre Bestellnummer.", _FORMAL_DE, True),
    ("Hallo, schick uns bitte deine Bestellnummer, dann prüfen wir das sofort.", _FORMAL_DE, False),
    ("Salut, envoie-nous ton numéro de commande en MP.", _PLAIN_FR, True),
]


@pytest.mark.parametrize(("draft", "post", "passes"), FORMALITY, ids=[r[0] for r in FORMALITY])
def test_formality_families(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score_post("formality", draft, post, platform="facebook")
    assert passed is passes, reason


_SLIP = "I placed an order a few hours ago and I picked the wrong jacket. Please cancel it!"
_WRONG_DE = "Ich habe die Regenjacke in Schwarz bestellt und in Moosgrün bekommen. Was nun?"
_WRONG_EN = "I ordered a medium but got a large. What now?"
_WRONG_FR = "J'ai commandé la veste en noir et reçu en vert. Que faire ?"
_WORRY = "my rain jacket doesn't bead water anymore 😭 is it broken??"
_CHECKOUT = "Checkout won't let me order bear spray to Honolulu. Is it broken?"
# (draft, post, passes)
EMPATHY = [
    ("Orders can only be cancelled within 60 minutes, so I can't cancel this one.", _SLIP, False),
    ("Sorry! Orders can only be cancelled within 60 minutes, so I can't cancel it.", _SLIP, True),
    ("Falsche Artikel können Sie innerhalb von 14 Tagen melden.", _WRONG_DE, False),
    (
        "Das tut uns leid! Falsche Artikel können Sie innerhalb von 14 Tagen melden.",
        _WRONG_DE,
        True,
    ),
    ("Send us your order number and we'll ship the medium.", _WRONG_EN, False),
    ("Envoyez-nous votre numéro de commande.", _WRONG_FR, False),
    ("Not broken, promise! Tumble dry low for 20 minutes.", _WORRY, True),
    ("Tumble dry low for 20 minutes to restore the coating.", _WORRY, False),
    ("Checkout isn't broken. Bear spray can't ship to Hawaii.", _CHECKOUT, False),
]


@pytest.mark.parametrize(("draft", "post", "passes"), EMPATHY, ids=[r[0] for r in EMPATHY])
def test_empathy_families(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score_post("empathy", draft, post)
    assert passed is passes, reason


# (post, another variant delivered)
DELIVERIES = [
    ("Ich habe die Jacke in Schwarz bestellt und in Moosgrün bekommen.", True),
    ("I ordered the jacket in black and got it in green.", True),
    ("I ordered a medium but got a large.", True),
    ("Pedí la chaqueta en negro y me llegó en verde.", True),
    ("J'ai commandé la veste en noir et reçu en vert.", True),
    ("Ho ordinato la giacca in nero e mi è arrivata in verde.", True),
    ("Encomendei o casaco em preto e recebi em verde.", True),
    ("Ik heb de jas in zwart besteld en in groen gekregen.", True),
    ("I ordered the stove in May and got it in perfect shape.", False),
    ("Ordered the tent in green and received it in two days.", False),
    ("Pedí la tienda en verde y me llegó en dos días.", False),
    ("J'ai commandé la tente en vert et reçue en deux jours.", False),
    ("Ich habe die Jacke in Schwarz bestellt und in 2 Tagen bekommen.", False),
]


@pytest.mark.parametrize(("post", "wrong"), DELIVERIES, ids=[r[0] for r in DELIVERIES])
def test_wrong_delivery(post: str, wrong: bool) -> None:
    assert (WRONG_DELIVERY.search(post) is not None) is wrong


# --- round 2 (what scorer blind76 and blind77 missed or flagged wrongly) -------------------

_EN_POST = "What are your support hours? I need help with an order I placed yesterday."
# (draft, post, passes): times, schedules and acronyms carry no language.
LANGUAGE = [
    (
        "We answer DMs within 2 hours during support hours (Mon–Fri 8am–8pm, Sat 9am–5pm "
        "ET). Hang tight, we'll get to yours!",
        _EN_POST,
        True,
    ),
    ("Orders after 2pm ET ship the next business day; order by 2pm ET Mon–Fri.", _EN_POST, True),
    ("Nous répondons du lundi au vendredi de 8h à 20h (ET), et le samedi aussi.", _EN_POST, False),
    (
        "Wir antworten Mo–Fr 8–20 Uhr ET und samstags von 9 bis 17 Uhr, versprochen.",
        _EN_POST,
        False,
    ),
    (
        "Hola, respondemos de lunes a viernes de 8am a 8pm ET y los sábados por la mañana. "
        "Escríbenos cuando quieras.",
        _EN_POST,
        False,
    ),
]


@pytest.mark.parametrize(("draft", "post", "passes"), LANGUAGE, ids=[r[0] for r in LANGUAGE])
def test_language_read_from_words(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score_post("language-match", draft, post)
    assert passed is passes, reason


# (draft, passes): the complaint judged trivial, the customer's duty, the customer as cause.
BLAME_S17 = [
    ("We apologise for the delay, although it hardly seemed worth a public post.", False),
    ("There's really no need for a formal complaint over something this simple.", False),
    ("Prices change, that's kind of how sales work.", False),
    ("No hacía falta una reclamación por algo tan sencillo.", False),
    ("Pas besoin d'une réclamation pour si peu.", False),
    ("Wegen so einer Kleinigkeit ist keine Beschwerde nötig.", False),
    ("È così che funzionano i saldi.", False),
    ("Zo werken kortingen nu eenmaal.", False),
    ("That's exactly why we always say to double-check your code before you pay.", False),
    ("Entering the code at checkout is really your job.", False),
    ("C'est votre responsabilité de vérifier l'adresse.", False),
    ("Delays usually happen because the customer sent an incomplete claim.", False),
    ("Thanks for the post! No need for a receipt: your order number is enough.", True),
    ("Here's how the price adjustment works: send us the order number.", True),
    ("It's our job to get this right, and we're sorry we didn't.", True),
    ("We always recommend trying boots on indoors first, and we're happy to help.", True),
    ("Delays usually happen when the carrier scans a parcel late.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME_S17, ids=[r[0] for r in BLAME_S17])
def test_blame_families_s17(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


_DOWN = "Washed my down jacket and now it's flat and clumpy 😫 did I ruin it?"
# (draft, post, passes): care advice said of the method after an apology.
NEXT_TIME = [
    (
        "Oh no, sorry for the scare! Tumble dry it on low for 2–3 hours. Next time, a cold, "
        "gentle cycle with a down-specific soap works best.",
        _DOWN,
        True,
    ),
    (
        "Oh no, sorry for the scare! Tumble dry it on low. Next time, turn it inside out and "
        "wash it cold.",
        _DOWN,
        False,
    ),
    ("Tumble dry it on low. Next time, a cold, gentle cycle works best.", _DOWN, False),
]


@pytest.mark.parametrize(("draft", "post", "passes"), NEXT_TIME, ids=[r[0] for r in NEXT_TIME])
def test_next_time_care_advice(draft: str, post: str, passes: bool) -> None:
    ctx = ScoringContext(post=Post(text=post, platform="x"), text=draft, facts=POLICY)
    result = run_deterministic(AssertionSpec(type="no-blame"), ctx)
    assert result.passed is passes, result.reason


_BOOTS = _fact(
    "boots",
    "Footwear can be returned within 30 days of delivery only if it is unworn: please try "
    "boots on indoors on a clean surface.",
)
_CANCEL = _fact(
    "cancel",
    "Within 60 minutes of placing the order you can cancel it. After 60 minutes the order "
    "can't be changed or cancelled.",
)
_GIFT = _fact("gift", "We freeze the card and issue a replacement for the remaining balance.")
_MATCH = _fact(
    "match", "We match the price of an identical item in stock at an authorised US retailer."
)
_CREDIT = _fact(
    "credit",
    "Choose store credit when you start the return and we add a 10% bonus. It takes 5–10 "
    "business days to appear on a card.",
)
_WELCOME = _fact(
    "welcome", "Forgot a code? Tell us within 7 days and we refund the value of the code."
)

# (draft, facts, passes): a condition waived, an offer the facts do not contain.
PROMISES_S17 = [
    ("¡Tienes 30 días para devolverlas, aunque ya las hayas estrenado!", [_BOOTS], False),
    ("Puoi restituirle anche se li hai già usati.", [_BOOTS], False),
    ("Tienes 30 días para devolverlas si no las has estrenado.", [_BOOTS], True),
    ("And if you miss that, no problem: we can still cancel it for you later.", [_CANCEL], False),
    ("If you miss that, we can't cancel it, but you can return it.", [_CANCEL], True),
    ("Since it was a birthday present we'll add a little extra on top.", [_GIFT], False),
    ("We'll freeze the card and issue a replacement for the remaining balance.", [_GIFT], True),
    ("Since you missed it we'll let you use it again on your next order.", [_WELCOME], False),
    ("Tell us within 7 days and we refund the value of the code.", [_WELCOME], True),
    ("For team orders, though, we're happy to beat the competitor's price.", [_MATCH], False),
    ("We match the price of an identical item at an authorised US retailer.", [_MATCH], True),
    ("Pick store credit and we add a little extra on top.", [_CREDIT], True),
    (
        "A refund to your card takes 5–10 business days to appear after we issue it.",
        [_CREDIT],
        True,
    ),
    ("We'll refund it to your card today.", [_CREDIT], False),
]


@pytest.mark.parametrize(
    ("draft", "facts", "passes"), PROMISES_S17, ids=[r[0] for r in PROMISES_S17]
)
def test_promise_families_s17(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


_HOURS = _fact(
    "hours", "Saturday: 9am–5pm Eastern Time.\nMonday to Friday 8am-8pm and Saturday 9am-5pm"
)
# (draft, facts, passes): opening hours given to the wrong weekday.
HOURS = [
    ("Notre équipe répond le samedi de 8am–8pm, heure de l'Est.", [_HOURS], False),
    ("On Saturdays we're open 8am–8pm ET.", [_HOURS], False),
    ("Notre équipe répond le samedi de 9am–5pm, heure de l'Est.", [_HOURS], True),
    ("On Saturdays chat is open 9am–5pm ET (weekdays 8am–8pm).", [_HOURS], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), HOURS, ids=[r[0] for r in HOURS])
def test_weekday_hours(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


# (post, draft, passes): a stalled parcel owes an apology; the customer's own slip, a word
# of reassurance.
EMPATHY_S17 = [
    (
        "Mijn bestelling staat al bijna twee weken op 'in transit' en er gebeurt niets.",
        "Stuur ons je bestelnummer, dan starten we een onderzoek.",
        False,
    ),
    (
        "Mijn bestelling staat al bijna twee weken op 'in transit' en er gebeurt niets.",
        "Wat vervelend, sorry! Stuur ons je bestelnummer, dan starten we een onderzoek.",
        True,
    ),
    (
        "I just ordered the Alpine fleece in the wrong colour 🤦 Can I still change it?",
        "No worries, it happens! Orders can be changed within 60 minutes.",
        True,
    ),
    (
        "The jacket you sent came in the wrong colour and I'm upset.",
        "No worries, it happens! Send it back within 30 days.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY_S17, ids=[r[1] for r in EMPATHY_S17])
def test_empathy_families_s17(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score_post("empathy", draft, post)
    assert passed is passes, reason


# Round 3 (scorer blind78 and blind79): mechanisms, each beside rows that must still fail.
_BLISTERS = "My new boots gave me blisters and the return got rejected. Ridiculous."
_POINTS = "My 850 Trailhead points are gone?! I had been saving them."
# (draft, post, passes): advice that serves the customer after regret vs blame.
ADVICE_S17 = [
    (
        "I'm really sorry about the blisters. For next time, Northwind boots run about half a "
        "size small, so going half a size up usually solves it.",
        _BLISTERS,
        True,
    ),
    (
        "Lo siento mucho por las ampollas. La próxima vez, las botas tallan medio número "
        "pequeño, así que pedir medio número más suele solucionarlo.",
        _BLISTERS,
        True,
    ),
    (
        "Oh no, I'm sorry. We also send a reminder email 30 days before they expire, so it may "
        "be worth checking your inbox.",
        _POINTS,
        True,
    ),
    # An order, a duty, the page pointed at, or no regret at all: still blame.
    (
        "I'm really sorry. Northwind boots run half a size small, so go half a size up next time.",
        _BLISTERS,
        False,
    ),
    (
        "I'm really sorry. For next time, please go half a size up, that usually solves it.",
        _BLISTERS,
        False,
    ),
    (
        "I'm sorry. The size guide does say to size up, so for next time going half a size "
        "up usually solves it.",
        _BLISTERS,
        False,
    ),
    (
        "Northwind boots run half a size small. For next time, going half a size up usually "
        "solves it.",
        _BLISTERS,
        False,
    ),
    (
        "We also send a reminder email 30 days before they expire, so it may be worth checking "
        "your inbox.",
        _POINTS,
        False,
    ),
    (
        "We're sorry for the worry. The recall was emailed to every customer who bought an "
        "affected stove, so it's worth checking your inbox.",
        _POINTS,
        False,
    ),
]


@pytest.mark.parametrize(("draft", "post", "passes"), ADVICE_S17, ids=[r[0] for r in ADVICE_S17])
def test_advice_that_serves_the_customer(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score_post("no-blame", draft, post)
    assert passed is passes, reason


# (draft, passes): the matter closed, the case one of many, the terms agreed to, the
# team's message guessed lost in spam.
BLAME_S17_ROUND3 = [
    ("Sorry it came as a surprise, but there's really nothing to discuss here.", False),
    ("No hay nada que discutir: la tasa se aplica.", False),
    ("Non c'è niente da discutere.", False),
    ("Right, we get a lot of these. Send us your order number.", False),
    ("The expiry rules are in the program terms you signed up to.", False),
    ("Les frais figurent dans les conditions que vous avez acceptées.", False),
    ("A taxa está indicada na nossa Política de Devoluções, que aceitou ao fazer a compra.", False),
    ("Our reminder probably went to your spam.", False),
    ("Happy to discuss it by DM if you'd like.", True),
    ("We get a lot of questions about sizing, so here's the chart.", True),
    ("We get that a tracking page that won't move is nerve-racking.", True),
    ("We're sorry, waiting 6 days isn't what you signed up for.", True),
    ("Send us the email you signed up with and we'll apply the code.", True),
    ("We also email a reminder 30 days before, which may have landed in a spam folder.", True),
]


@pytest.mark.parametrize(
    ("draft", "passes"), BLAME_S17_ROUND3, ids=[r[0] for r in BLAME_S17_ROUND3]
)
def test_blame_families_s17_round3(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


_VAT_FACT = _fact("vat", "Prices include VAT. Support hours are Eastern Time.")
# (draft, passes): acronyms in any language are no raised voice; shouting still is.
SHOUTING_S17 = [
    ("Temos sim! Seg a sex 8h–20h (horário do Leste dos EUA). Fora dos EUA, use o chat.", True),
    ("Los precios incluyen el IVA. Fuera de EEUU, escríbenos por chat.", True),
    ("Les prix incluent la TVA, et la TVA est remboursée hors UE.", True),
    ("De prijzen zijn inclusief BTW; bel ons vanuit de VS of gebruik de chat.", True),
    ("Great choice for the JMT and the PCT!", True),
    ("Please DO NOT use it again, NOT EVEN once.", False),
    ("WHY would you WASH it hot?", False),
    ("Fora dos EUA, NÃO LIGUE para este número.", False),
]


@pytest.mark.parametrize(("draft", "passes"), SHOUTING_S17, ids=[r[0] for r in SHOUTING_S17])
def test_shouting_ignores_acronyms(draft: str, passes: bool) -> None:
    passed, reason = _score("no-shouting", draft, [_VAT_FACT])
    assert passed is passes, reason


_TIER = _fact("tier", "| Peak | $1,500 or more | 1.5 points | Free Expedited shipping |")
# (draft, passes): a rate's unit of one is no amount; another amount still is.
RATE_UNITS = [
    ("You now earn 1.5 points per $1 and get free Expedited shipping.", True),
    ("You earn 1.5 points for every $1 you spend.", True),
    ("Ganas 1,5 puntos por cada R$ 1.", True),
    ("You now earn 1.5 points per $2 spent.", False),
    ("Peak starts at $1 of spending.", False),
    ("Peak starts at $1,200 a year.", False),
]


@pytest.mark.parametrize(("draft", "passes"), RATE_UNITS, ids=[r[0] for r in RATE_UNITS])
def test_rate_unit_is_no_amount(draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [_TIER])
    assert passed is passes, reason


_FLEECE = (
    "Hi, I ordered the Trailblazer fleece 20 minutes ago but picked the wrong colour. Can I "
    "still change it?"
)
_PROMO = "Ugh, I placed an order yesterday and completely forgot to put in my promo code."
# (post, draft, passes): the slip caught in time; a groaned slip wants a warm word.
EMPATHY_S17_ROUND3 = [
    (
        _FLEECE,
        "Hi! Good news, you caught it in time. Orders can be changed within 60 minutes.",
        True,
    ),
    (
        "Hallo, ich habe die Jacke bestellt, aber die falsche Farbe gewählt. Geht das noch?",
        "Hallo! Sie sind noch rechtzeitig: Bestellungen lassen sich 60 Minuten lang ändern.",
        True,
    ),
    (_FLEECE, "Orders can be changed within 60 minutes of placing them.", False),
    (
        "The jacket you sent came in the wrong colour and I'm upset.",
        "Good news, you caught it in time. Send it back within 30 days.",
        False,
    ),
    (_PROMO, "Not too late at all! Tell us within 7 days and we refund the code's value.", True),
    (_PROMO, "Good news, that's fixable! Tell us within 7 days.", True),
    (_PROMO, "You're within our window: tell us within 7 days and we refund the code.", False),
    (
        "I placed an order yesterday and forgot to put in my promo code.",
        "You're within our window: tell us within 7 days and we refund the code.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), EMPATHY_S17_ROUND3, ids=[r[1] for r in EMPATHY_S17_ROUND3]
)
def test_empathy_families_s17_round3(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score_post("empathy", draft, post)
    assert passed is passes, reason


_STUDENT = _fact(
    "student",
    "Students get 15% off full-price items. It counts as your one discount, so it can't be "
    "combined with a promo code, but it works with rewards and gift cards.",
)
_CREDIT = _fact("credit", "Choose store credit when you start the return and we add a 10% bonus.")
_CARD = _fact("card", "We never ask for your full card number, CVV, PIN or password.")
_KLARNA = _fact("klarna", "Klarna Pay in 4 for US customers; Klarna runs its own approval check.")
_PACKS = _fact(
    "packs",
    "Northwind packs have a Lifetime Warranty against defects. If we can judge it from the "
    "photos, we decide within 3 business days.",
)
# (draft, facts, passes): invented policy as mechanisms in the seven languages.
PROMISES_S17_ROUND3: list[tuple[str, list[Fact], bool]] = [
    (
        "Os estudantes têm 15% de desconto. E pode juntá-lo a qualquer código promocional.",
        [_STUDENT],
        False,
    ),
    (
        "Los estudiantes tienen un 15% de descuento. Y puedes combinarlo con cualquier código.",
        [_STUDENT],
        False,
    ),
    ("Students get 15% off. And you can combine it with any promo code.", [_STUDENT], False),
    (
        "Students get 15% off. You can still combine it with rewards and gift cards.",
        [_STUDENT],
        True,
    ),
    (
        "Os estudantes têm 15% de desconto. Não pode juntá-lo a um código promocional.",
        [_STUDENT],
        True,
    ),
    ("In più, se scegli il credito, la spedizione del reso te la paghiamo noi.", [_CREDIT], False),
    ("Además, el envío de la devolución te lo pagamos nosotros.", [_CREDIT], False),
    ("Se scegli il credito, aggiungiamo un bonus del 10%.", [_CREDIT], True),
    ("No need to try again: I'll pass these card details to our billing team.", [_CARD], False),
    ("Pasaré los datos de tu tarjeta al equipo de facturación.", [_CARD], False),
    ("Please don't share your card details here: we never ask for them.", [_CARD], True),
    (
        "Klarna hace su propia comprobación, pero no te preocupes: te reservamos la tienda y "
        "nos la pagas a plazos directamente a nosotros.",
        [_KLARNA],
        False,
    ),
    ("Si Klarna no te aprueba, puedes pagar con tarjeta o PayPal.", [_KLARNA], True),
    (
        "Stitching failures are always covered, so you'll get a new pack either way.",
        [_PACKS],
        False,
    ),
    ("Recibirás una mochila nueva en cualquier caso.", [_PACKS], False),
    (
        "Either way you won't lose out: send photos and we decide within 3 business days.",
        [_PACKS],
        True,
    ),
]


@pytest.mark.parametrize(
    ("draft", "facts", "passes"), PROMISES_S17_ROUND3, ids=[r[0] for r in PROMISES_S17_ROUND3]
)
def test_promise_families_s17_round3(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason
