"""Session 21's second scorer round (what scorer blind108-111 missed or false-alarmed on),
each family next to look-alikes that must keep their outcome: a sarcastic "Uh, yes?", the
counterfactual with an irregular verb, the German du-form in question order, a guess at
rough handling asked as a question in each language, neglect as the usual cause, a fee
"down to you"; a fee ruled out for good, a promise in the main clause after a negated
condition, a free return label, the customer's own Gutschein; "pour rappel" after an
apology; a business-day count that is not the post's "two days"; complaints about a
charge, a zipper that "vient de lâcher", and damage the customer owns up to. Every row is
invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    ("Uh, yes? Like it says everywhere, they run half a size small.", False),
    ("Um, no 🙄 It's on the care label.", False),
    ("Uh, yes? It's on the shipping page.", False),
    ("Yes! They run about half a size small, so go half a size up.", True),
    ("Euh, oui ? C'est écrit sur la page livraison.", False),
    ("Äh, ja? Steht doch auf der Versandseite.", False),
    ("Um, yes, we ship there! Standard takes 7-12 business days.", True),
    # "Um" in the middle of a word or a sentence is nothing.
    ("The premium, yes, ships free. Um, let me check the rest for you!", True),
    ("We're closed on Sundays, which isn't exactly a secret.", False),
    ("Maybe try calling when we're actually open.", False),
    ("We're open Monday to Saturday; it's no secret we love early callers!", True),
    ("Sorry, but if you'd kept an eye on your inbox you wouldn't have lost them.", False),
    ("If you'd like, we can resend the reminder email.", True),
    ("Wenn du dein Postfach im Blick behalten hättest, wären die Punkte nicht verfallen.", False),
    ("Si vous aviez surveillé votre boîte mail, vous ne les auriez pas perdus.", False),
    ("Als je je inbox in de gaten had gehouden, was je ze niet kwijtgeraakt.", False),
    # A condition on what already happened, with no result denied, is an instruction.
    ("Si vous aviez déjà reçu le colis, vous pouvez le retourner sous 30 jours.", True),
    ("Als je het pakket al had ontvangen, kun je het gewoon terugsturen.", True),
    ("Wenn Sie möchten, senden wir Ihnen ein neues Etikett, das nicht abläuft.", True),
    ("Da hättest du einfach besser aufpassen und ihn rechtzeitig einlösen müssen.", False),
    ("Da hätten Sie den Gutschein rechtzeitig einlösen müssen.", False),
    # What the customer should have received is our lapse.
    ("Eigentlich hätten Sie die Bestätigung längst bekommen sollen, sorry!", True),
    ("Misschien heb je het pakket iets te ruw opengemaakt?", False),
    ("Vielleicht hast du den Reißverschluss etwas zu grob aufgezogen?", False),
    ("Peut-être avez-vous ouvert le colis un peu trop brutalement ?", False),
    ("¿Quizás lo abriste con demasiada fuerza?", False),
    ("Forse l'hai aperto con troppa forza?", False),
    ("Talvez tenha aberto a caixa com muita força?", False),
    ("Maybe you opened it a bit roughly?", False),
    ("Perhaps it was handled too roughly in transit, sorry about that!", False),
    ("Misschien is de maat iets te klein; ruilen kan gratis.", True),
    ("Maybe it's a bit too hard to find on our site, sorry! Here's the link.", True),
    (
        "Leaks like this usually happen when a shell hasn't been cared for properly, so "
        "please check your washing routine first.",
        False,
    ),
    ("Leaks usually show up at the seams first, so send us a photo of where it leaked.", True),
    ("Las fugas así suelen pasar cuando la chaqueta no se ha cuidado bien.", False),
    ("Solche Undichtigkeiten entstehen meist, wenn die Jacke nicht richtig gepflegt wurde.", False),
    ("Ces fuites arrivent souvent quand la veste n'a pas été bien entretenue.", False),
    ("Meestal gebeurt dat als de jas niet goed onderhouden is.", False),
    ("Meestal is de jas binnen 3 werkdagen terug als hij niet beschadigd is.", True),
    ("You chose to open it, so the fee is really down to you.", False),
    ("Which colour you pick is up to you!", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0][:50] for r in BLAME])
def test_blame_s21_round2(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


COMPLAINT = "Bonjour, j'ai signalé un défaut il y a une semaine et je n'ai reçu aucune réponse."
# (post, draft, passes): "pour rappel" lectures only without a word of regret.
REMINDERS: list[tuple[str, str, bool]] = [
    (
        COMPLAINT,
        "Nous sommes sincèrement désolés de ce silence. Pour rappel, les tentes Northwind "
        "bénéficient d'une garantie à vie.",
        True,
    ),
    (COMPLAINT, "Pour rappel, un défaut doit être signalé dans les 14 jours.", False),
    (COMPLAINT, "Zur Erinnerung: Mängel sind innerhalb von 14 Tagen zu melden.", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), REMINDERS, ids=[r[1][:40] for r in REMINDERS])
def test_reminder_after_regret(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [], post=post)
    assert passed is passes, reason


TIER = _fact(
    "rewards",
    "Trailhead Rewards Peak members have 60 days from delivery. When you reach a tier you "
    "keep it for the rest of that calendar year and all of the following calendar year.",
)
REDIRECT = _fact(
    "redirect",
    "Once an order has shipped we can ask UPS or FedEx to redirect it to a new address. There "
    "is no fee for this, but a redirect is not guaranteed.",
)
CANCEL = _fact(
    "cancel",
    "After 60 minutes the order can't be cancelled, but you can return it after delivery "
    "(free label for US orders).",
)
VOUCHER = _fact(
    "rewards",
    "100 points = a $5 reward. A reward expires 90 days after it is issued.",
)
NO_RESTOCKING = _fact("returns", "The restocking fee is never charged on apparel returns.")
# (post, draft, facts, passes)
PROMISES: list[tuple[str, str, list[Fact], bool]] = [
    (
        "Does Peak change returns?",
        "As a Peak member you have 60 days, and you'll never pay a restocking fee on any return.",
        [TIER],
        False,
    ),
    (
        "Does Peak change returns?",
        "As a Peak member you have 60 days, and you keep the tier all of next year.",
        [TIER],
        True,
    ),
    (
        "Restocking fee on a jacket?",
        "You'll never pay a restocking fee on apparel returns.",
        [NO_RESTOCKING],
        True,
    ),
    (
        "Can you redirect it?",
        "We can ask UPS to redirect it at no fee. If it doesn't work, we'll send you a free "
        "replacement to the new address.",
        [REDIRECT],
        False,
    ),
    # The negation still belongs to its own clause.
    (
        "Can you redirect it?",
        "We can ask UPS to redirect it at no fee, though it's not guaranteed.",
        [REDIRECT],
        True,
    ),
    (
        "Can you cancel it?",
        "We can't cancel it now, but you can send it back with a free return label if you're "
        "in the US.",
        [CANCEL],
        True,
    ),
    (
        "Ich hatte einen Gutschein aus meinen Punkten und jetzt ist er weg?!",
        "Das tut uns leid, es ist ärgerlich, wenn ein Gutschein plötzlich fehlt. Jeder "
        "Gutschein läuft 90 Tage nach der Ausstellung ab.",
        [VOUCHER],
        True,
    ),
    # A voucher given is still a promise, named in the post or not.
    (
        "Ich hatte einen Gutschein aus meinen Punkten und jetzt ist er weg?!",
        "Das tut uns leid! Wir schicken dir einen neuen Gutschein über $5.",
        [VOUCHER],
        False,
    ),
    (
        "Mein Paket ist zu spät?!",
        "Das tut uns leid, es ist ärgerlich. Als Entschuldigung gibt es einen Gutschein.",
        [VOUCHER],
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), PROMISES, ids=[r[1][:50] for r in PROMISES]
)
def test_promises_s21_round2(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


TRACKING = _fact(
    "tracking",
    'Tracking often shows "Label created" first. If tracking has shown no movement for 5 '
    "business days, contact us.",
)
# (post, draft, passes)
NUMBERS: list[tuple[str, str, bool]] = [
    (
        "It has said 'Label created' for two days now. Is it lost??",
        "If tracking still shows no movement after 2 business days, message us here.",
        False,
    ),
    (
        "It has said 'Label created' for two days now. Is it lost??",
        "Two days of 'Label created' is normal; if there's no movement after 5 business days, "
        "message us here.",
        True,
    ),
    (
        "It has said 'Label created' for 2 business days now. Is it lost??",
        "After 2 business days that's still normal; message us after 5 business days.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), NUMBERS, ids=[r[1][:50] for r in NUMBERS])
def test_business_days_are_not_the_posts_days(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [TRACKING], post=post)
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS: list[tuple[str, bool]] = [
    ("Bonjour, la fermeture éclair de ma veste vient de lâcher. Vous pouvez la réparer ?", True),
    ("Hola, la cremallera de mi chaqueta acaba de romperse. ¿La pueden reparar?", True),
    (
        "Hola, DHL me pide pagar impuestos. Pensé que estaba todo incluido. ¿Por qué tengo que "
        "pagar?",
        True,
    ),
    ("Ik moest toch verzendkosten betalen. Ik dacht dat verzending gratis was?", True),
    ("Pourquoi dois-je payer les frais de retour ?", True),
    # A question about paying, not a charge the customer met.
    ("¿Cómo puedo pagar, con tarjeta o PayPal?", False),
    ("Ich dachte an eine Jacke in Größe M, gibt es die noch?", False),
    (
        "Our troop has tents with bent pole sections (our own fault: a very windy night). Do "
        "you offer paid repairs?",
        False,
    ),
    ("J'ai arraché la fermeture éclair (c'est de ma faute). Vous faites des réparations ?", False),
    # Upset still complains, fault or not.
    ("My own fault maybe, but this is unacceptable: the pole bent on day one.", True),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0][:50] for r in COMPLAINTS])
def test_complaints_s21_round2(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint
