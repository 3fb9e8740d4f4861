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
