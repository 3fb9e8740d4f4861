"""Session 20's scorer round (what scorer blind94-97 missed or false-alarmed on), each family
next to look-alikes that must keep their outcome: a detector's coin toss on a short post,
the formal letter's own formulas, regret in the formal registers, a refund described
rather than promised, a timing question with no trouble in it, a rule explained after the
feeling is named, care advice after an apology, a number inside a name; and the misses:
blame through the customer's omission, doubt with any subject, "customers usually ...",
the duty "really on you", "like pretty much everywhere", a lifetime without the word, an
action already set going, a top-up, "but for you", complaints in words the rules lacked.
Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.complaint_head import needs_apology
from socialreply.evaluation.plain_questions import plain_timing_question
from socialreply.types import Fact

from .test_scorer_families import POLICY, _fact, _score

# (post, draft, passes)
LANGUAGE: list[tuple[str, str, bool]] = [
    # A short post the detector reads as English 0.6 to Italian 0.3: an Italian reply passes.
    ("Avete sconti per studenti? 🎒", "Sì! Gli studenti hanno il 15% di sconto.", True),
    ("Avete sconti per studenti?", "Sì, gli studenti hanno uno sconto del 15%.", True),
    # Marker words decide: a French post still fails an English reply.
    ("Où est mon remboursement ?", "Your refund takes 5-10 business days.", False),
    (
        "Il mio zaino dopo due anni non è più impermeabile, come posso sistemarlo?",
        "Hi! Wash it cold and tumble dry low for 20 minutes to restore the coating.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), LANGUAGE, ids=[r[1] for r in LANGUAGE])
def test_language_match_low_confidence(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("language-match", draft, POLICY, post=post)
    assert passed is passes, reason


FORMAL_FR = "Madame, Monsieur, je souhaite déposer une réclamation formelle. Merci."
FORMAL_DE = "Sehr geehrte Damen und Herren, ich möchte mich formell beschweren."
CHATTY_FR = "Coucou ! Ma gourde est arrivée cabossée 😕"
CHATTY_DE = "Hallo! Kann ich die Jacke umtauschen?"
# (post, draft, passes)
LETTER_FORMULAS: list[tuple[str, str, bool]] = [
    (
        FORMAL_FR,
        "Madame, Monsieur, écrivez à support@northwind.example. Veuillez agréer nos "
        "salutations distinguées.",
        True,
    ),
    (
        CHATTY_FR,
        "Madame, Monsieur, écrivez à support@northwind.example. Veuillez agréer nos "
        "salutations distinguées.",
        False,
    ),
    (FORMAL_DE, "Sehr geehrte Frau Weber, schreiben Sie uns. Mit freundlichen Grüßen", True),
    (CHATTY_DE, "Sehr geehrte Kundin, schreiben Sie uns. Mit freundlichen Grüßen", False),
    # The form letter to a formal post has marks besides its formulas.
    (
        FORMAL_DE,
        "Sehr geehrte Damen und Herren, Ihre Anfrage wurde an die zuständige Abteilung "
        "weitergeleitet.",
        False,
    ),
    (FORMAL_FR, "Votre demande a été transmise au service compétent.", False),
    (FORMAL_FR, "Su caso ha pasado al departamento correspondiente.", False),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), LETTER_FORMULAS, ids=[r[1][:50] for r in LETTER_FORMULAS]
)
def test_letter_formulas_to_a_formal_post(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY, post=post)
    assert passed is passes, reason


COMPLAINT = "Still no refund after three weeks. This is unacceptable."
# (draft, passes): regret as the formal registers say it.
REGRET: list[tuple[str, bool]] = [
    ("Nous regrettons sincèrement ce délai. Écrivez-nous en privé.", True),
    ("Je regrette ce contretemps, envoyez-nous votre numéro de commande.", True),
    ("Wir bedauern die Verzögerung sehr. Schreiben Sie uns privat.", True),
    ("Siamo spiacenti per il ritardo. Scriveteci in privato.", True),
    ("Ci rammarica il ritardo: scriveteci in privato.", True),
    ("Wij betreuren de vertraging. Stuur ons een bericht.", True),
    ("Mi dispiace per il ritardo: scrivici in privato.", True),
    ("Écrivez-nous en privé avec votre numéro de commande.", False),
    ("Schreiben Sie uns privat mit Ihrer Bestellnummer.", False),
]


@pytest.mark.parametrize(("draft", "passes"), REGRET, ids=[r[0] for r in REGRET])
def test_regret_in_formal_registers(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=COMPLAINT)
    assert passed is passes, reason


PAYPAL = _fact("refund-arrival", "It then takes 3-5 business days for PayPal.")
RESTOCKING = _fact(
    "restocking", "A 15% restocking fee applies to opened electronics such as headlamps."
)
PRICE_DROP = _fact(
    "price-drop",
    "If an item drops in price within 14 days of your purchase, we refund the difference.",
)
CHECKOUT = _fact("declines", "After 3 declined attempts checkout is paused for 30 minutes.")
GIFT_CARD = _fact(
    "gift-card", "We freeze the card and issue a replacement for the remaining balance."
)
ZIP = _fact(
    "zip",
    "If it's a defect within the warranty period the repair is free. Outside the warranty, "
    "our repair team replaces zippers for $25.",
)
# (draft, facts, passes)
PROMISES: list[tuple[str, list[Fact], bool]] = [
    # The refund's process described, in the participle, before or after its noun.
    ("Una vez emitido el reembolso, PayPal suele tardar 3-5 días hábiles.", [PAYPAL], True),
    ("Une fois le remboursement émis, PayPal met 3-5 jours ouvrés.", [PAYPAL], True),
    ("Una volta emesso il rimborso, PayPal impiega 3-5 giorni lavorativi.", [PAYPAL], True),
    ("Once issued, the refund takes 3-5 business days to reach PayPal.", [PAYPAL], True),
    ("Te hacemos el reembolso hoy mismo.", [PAYPAL], False),
    # The refund's amount worked out with the fee the facts state.
    ("Since it's opened, the refund would be the price minus that fee.", [RESTOCKING], True),
    ("El reembolso sería el precio menos esa tarifa del 15%.", [RESTOCKING], True),
    ("Since it's opened, we'll refund you the full price.", [RESTOCKING], False),
    # A lifetime without the word.
    ("We refund the difference, and if it drops again we'll refund that too.", [PRICE_DROP], True),
    ("We'll refund any later drop too, with no time limit.", [PRICE_DROP], False),
    ("Le remboursement de la différence est valable sans limite de temps.", [PRICE_DROP], False),
    # An action the agent says is already set going; a check is not.
    ("I've asked our team to put the order through manually for you.", [CHECKOUT], False),
    ("We've asked the payments team to approve it for you.", [CHECKOUT], False),
    ("I've asked our team to look into why it was declined.", [CHECKOUT], True),
    # Money added to a card.
    ("We'll top up anything already spent back to the full value.", [GIFT_CARD], False),
    (
        "We can freeze the card and issue a replacement for the remaining balance.",
        [GIFT_CARD],
        True,
    ),
    # The exception made for this customer.
    ("Le remplacement coûte $25, mais pour vous nous le ferons gratuitement.", [ZIP], False),
    ("Replacing the zip costs $25, but for you we'll do it for free.", [ZIP], False),
    ("Outside the warranty, our repair team replaces zippers for $25.", [ZIP], True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promises_s20(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    # The customer's omission as the cause.
    ("Sorry, that's probably because you didn't send us your order number.", False),
    ("C'est sans doute parce que vous ne nous aviez pas fourni les informations.", False),
    ("Seguramente porque no nos enviaste el número de pedido.", False),
    ("Das liegt wohl daran, weil Sie uns die Nummer nicht angegeben haben.", False),
    ("Because we didn't send the label, we'll refund the postage.", True),
    # Doubting the customer's own order, whatever the subject.
    ("Thanks! But are you sure orange wasn't selected at checkout?", False),
    ("Are you sure the size wasn't changed in your cart?", False),
    ("Êtes-vous sûr que la taille n'a pas été changée ?", False),
    ("Are you free to send us a photo of the label?", True),
    # "Customers usually ..." naming the customer's part.
    ("Mix-ups usually happen when customers leave the order number out.", False),
    ("Many customers mistake a pending authorisation for a charge.", False),
    ("Please make sure you include it this time.", False),
    ("Please read your statement more carefully.", False),
    ("Delays usually happen when the carrier is short of drivers.", True),
    ("We'll make sure it ships this time by Expedited, at no cost.", True),
    ("Make sure it's completely dry this time before you store it.", False),
    # The duty laid on the customer, with an adverb.
    ("Gift cards are like cash, and keeping them safe is really on you.", False),
    ("A Klarna decline is down to your own credit check, not our site.", False),
    ("That one's really on us, sorry!", True),
    # The check the customer should have made on delivery.
    ("Damage really should be checked at the door before you accept a parcel.", False),
    ("Before you accept our offer, have a look at the repair quote.", True),
    # The put-down comparison.
    ("Nope, Sundays are a day off, like pretty much everywhere.", False),
    ("Duties are on you, same as everywhere outside the US.", False),
    ("We ship everywhere in the EU from $200.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_s20(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


REJECTED = "My return got rejected because the boots were 'worn outside'. This is ridiculous."
# (draft, passes): "which is why we ask ..." explains after the feeling is named.
WHY_WE_ASK: list[tuple[str, bool]] = [
    (
        "I'm really sorry, and I understand how frustrating the rejection is. Footwear can "
        "only be returned unworn, which is why we ask people to try boots on indoors.",
        True,
    ),
    (
        "Sorry to hear that. Boots worn outside can't be returned, which is why we ask "
        "everyone to try them on indoors first.",
        False,
    ),
    (
        "Boots worn outside can't be returned, which is why we ask customers to try them on "
        "indoors.",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), WHY_WE_ASK, ids=[r[0][:60] for r in WHY_WE_ASK])
def test_rule_explained_after_the_feeling(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=REJECTED)
    assert passed is passes, reason


# (draft, passes): care advice "next time" after an apology is a tip.
CARE: list[tuple[str, bool]] = [
    (
        "Oh no, sorry for the scare! Tumble dry it low with dryer balls. Next time, wash it "
        "cold on a gentle cycle with a down-specific soap.",
        True,
    ),
    ("Tumble dry it low with dryer balls. Next time, wash it cold on a gentle cycle.", False),
    (
        "Sorry, but this is what happens when the care label gets ignored. Next time, wash "
        "it cold on a gentle cycle.",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), CARE, ids=[r[0][:60] for r in CARE])
def test_care_advice_next_time(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post="Washed my down jacket, now flat 😩")
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS: list[tuple[str, bool]] = [
    ("Personne ne parle français sur le chat, c'est frustrant.", True),
    ("Nadie me contesta en el chat, es frustrante.", True),
    ("Me dijeron que el reembolso ya salió, pero en PayPal no veo nada. ¿Cuánto tarda?", True),
    ("Recebi o email do reembolso mas não vejo nada no PayPal.", True),
    ("La fermeture éclair de ma veste a lâché. Vous pouvez la réparer ?", True),
    ("The zipper gave out after two trips.", True),
    ("My down bag isn't warm anymore 😞 Is it covered?", True),
    ("Le chat est-il disponible en français ?", False),
    # The customer's own pick, named by what it should have been, is a slip, not a complaint.
    ("Just realised I picked size M instead of L for the fleece. Can I still change it?", False),
    ("J'ai commandé la taille M au lieu de la L, je peux encore changer ?", False),
    ("I ordered the M but you sent an L instead of the M!", True),
    ("Does the jacket pack into its own pocket?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaints_s20(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (post, plain timing question)
TIMING: list[tuple[str, bool]] = [
    (
        "Hi! I returned a sleeping pad I paid for with Klarna and just got your email saying "
        "the refund was issued. When will my Klarna plan update?",
        True,
    ),
    ("Hola, ¿cuándo llega el pedido a Madrid?", True),
    (
        "I got the refund email 2 days ago but there's nothing in PayPal yet. When will it show?",
        False,
    ),
    ("When will my order arrive?? It's been two weeks.", False),
    ("Do you ship to Canada?", False),
]


@pytest.mark.parametrize(("post", "plain"), TIMING, ids=[r[0][:50] for r in TIMING])
def test_plain_timing_question(post: str, plain: bool) -> None:
    assert plain_timing_question(post) is plain


def test_plain_timing_question_needs_no_apology() -> None:
    post = TIMING[0][0]
    assert not needs_apology(post)
    draft = "Hi! Klarna takes up to 3 business days to update your plan after a refund."
    passed, reason = _score("empathy", draft, POLICY, post=post)
    assert passed, reason


KLARNA = _fact("klarna", "Available on orders from $35 to $1,000.")
# (draft, passes): a number inside a name is no claim.
NAMES: list[tuple[str, bool]] = [
    ("Pay in 4 works on orders from $35 to $1,000.", True),
    ("Klarna Pay in 4 works on orders from $35 to $1,000.", True),
    ("Your Beacon 400 is covered on orders from $35.", True),
    ("Klarna splits it into 4 payments.", False),
    ("It works on orders from $35 to $2,000.", False),
]


@pytest.mark.parametrize(("draft", "passes"), NAMES, ids=[r[0] for r in NAMES])
def test_numbers_in_names(draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [KLARNA])
    assert passed is passes, reason
