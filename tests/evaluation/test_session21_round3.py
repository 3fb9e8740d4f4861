"""Session 21's third scorer round (what scorer blind112-119 missed or false-alarmed on),
each family next to look-alikes that must keep their outcome: the situations that need
regret though the post reads calm (a recall question about the customer's own stove in the
other languages, a code that "funktioniert nicht", "did I ruin it?", a charge paid without
knowing), the blame and rudeness families ("don't get your hopes up", "that's really on
you", "should be treated like cash", "Did you try reading the card?", "il fallait bien
vérifier"), and the false alarms ("vous auriez dû recevoir une réponse", thanks for the
contact to a polite request, a weekday's hours, "get it moving", the customer's own
discount, a local store for the next trip, "No stress", a change of mind, a wrong colour
ordered without an "I"). Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.apology_situations import needs_regret
from socialreply.evaluation.complaint_head import needs_apology
from socialreply.evaluation.slips import reports_own_slip
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (post, needs regret)
SITUATIONS: list[tuple[str, bool]] = [
    (
        "Hallo, ich habe einen Ember 2 Kocher, Seriennummer 25E-100200. Ist der vom Rückruf "
        "betroffen?",
        True,
    ),
    (
        "Bonjour, j'ai un réchaud Ember 2 (NW-ST200), numéro de série 25C-100883. Que dois-je "
        "faire ?",
        True,
    ),
    ("Ho una Ember 2, numero di serie 25B-1002. È tra quelle richiamate?", True),
    ("Hola, tengo una estufa Ember 2 con número de serie 25F-1002. ¿Está en el retiro?", True),
    ("Ik heb een Ember 2 brander, serienummer 25A-1. Valt die onder de terugroepactie?", True),
    # English recall questions split the writers: left to the opt-in "recall" value.
    ("Is my Ember 2 part of the recall? Serial starts 25D.", False),
    # The redesigned model and the press ask something else.
    ("Bonjour, est-ce que l'Ember 2.1 est concerné par le rappel ? Numéro de série 26A.", False),
    ("Ich bin Journalistin und schreibe über den Rückruf des Ember 2. Wer ist zuständig?", False),
    ("Der Code WELCOME10 funktioniert bei meiner zweiten Bestellung nicht. Warum?", True),
    ("Le code ne fonctionne pas au moment du paiement.", True),
    ("Wie funktioniert das, wenn die Jacke nicht passt?", False),
    ("Hoe werkt retourneren als iets niet past?", False),
    ("Washed my down jacket and it came out lumpy. Did I ruin it?", True),
    ("J'ai payé 14,95 $ de livraison, je ne savais pas qu'il y avait un seuil.", True),
    ("I didn't know you had a store in Denver! Do you stock tents there?", False),
    ("The zip on my rain jacket just died after 8 months", True),
    ("Un ramo ha spezzato la paleria. Si può riparare? Sono molto dispiaciuto.", True),
    ("Je suis très triste, ma tente préférée est déchirée. Réparable ?", True),
    ("Broke college hiker here, any student discount?", False),
]


@pytest.mark.parametrize(("post", "needs"), SITUATIONS, ids=[r[0][:50] for r in SITUATIONS])
def test_situations_needing_regret(post: str, needs: bool) -> None:
    assert needs_regret(post) is needs


RECALL_DE = "Hallo, ich habe einen Ember 2 Kocher, Seriennummer 25E-100200. Bin ich betroffen?"
# (post, draft, passes)
EMPATHY: list[tuple[str, str, bool]] = [
    (RECALL_DE, "Ja, Ihr Kocher ist betroffen. Bitte benutzen Sie ihn nicht mehr.", False),
    (RECALL_DE, "Das tut uns leid: Ihr Kocher ist betroffen. Bitte nicht mehr benutzen.", True),
    (RECALL_DE, "Ja, leider ist Ihr Kocher betroffen. Bitte nicht mehr benutzen.", True),
    # "Yes, unfortunately" confirms bad news with regret, in each language.
    (
        "Ho una Ember 2, numero di serie 25C-1. È tra quelle richiamate?",
        "Sì, purtroppo: le Ember 2 con numero di serie da 25A a 25H sono richiamate.",
        True,
    ),
    (
        "Help! I just ordered the same backpack twice by accident. Can I cancel one?",
        "No stress, that's an easy one to fix! You're still inside the 60 minutes.",
        True,
    ),
    (
        "ordered a jacket like 20 min ago in the wrong colour 😩 can i still change it??",
        "Good news, you're in time! Orders can be changed within 60 minutes.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1][:50] for r in EMPATHY])
def test_empathy_s21_round3(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, [], post=post)
    assert passed is passes, reason


# (post, own slip)
SLIPS: list[tuple[str, bool]] = [
    ("ordered a jacket like 20 min ago in the wrong colour 😩 can i still change it??", True),
    ("I just ordered the Alpine fleece in the wrong colour", True),
    ("I ordered a jacket and it came in the wrong colour", False),
    ("Ordered boots last week and they arrived in the wrong size.", False),
]


@pytest.mark.parametrize(("post", "slip"), SLIPS, ids=[r[0][:50] for r in SLIPS])
def test_own_slip_without_i(post: str, slip: bool) -> None:
    assert reports_own_slip(post) is slip


def test_change_of_mind_needs_no_apology() -> None:
    post = (
        "Hey, the flannel I ordered arrived 3 weeks ago and it's just not my style. Still "
        "unworn with tags. Can I send it back?"
    )
    assert needs_apology(post) is False


# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    ("It's already shipped, so don't get your hopes up.", False),
    ("No te hagas ilusiones, ya salió del almacén.", False),
    ("Send the order number if you want us to bother checking.", False),
    ("Y no, no se puede combinar con un código, así que ni lo intentes.", False),
    ("If you haven't shopped with us in a year, that's really on you.", False),
    ("That's on us, sorry! We'll fix it.", True),
    ("Honestly, you should really have sized up in the first place.", False),
    ("You should have received a confirmation email, sorry about that.", True),
    ("If this keeps happening, you should be choosing a safer delivery address.", False),
    ("Bonjour, il fallait bien vérifier votre panier avant de valider.", False),
    ("Il faudrait y aller plus doucement à l'avenir avec la fermeture.", False),
    ("Gift cards really should be treated like cash and kept somewhere safe.", False),
    ("Please make sure you give consistent information from now on.", False),
    ("We're sorry, but next time please order earlier in the day.", False),
    ("Next time we'll double-check your order before it ships.", True),
    ("Did you try reading the card? They never expire.", False),
    ("Did you get the card? Let us know!", True),
    ("I'm sorry about the delay, but there's no need for the dramatic tone.", False),
    ("Honestly it's not complicated: the headlamp had been opened.", False),
    ("It's not complicated at all: start the return in Account > Orders.", True),
    ("Come on, a marketplace seller? We don't match those.", False),
    ("Pues sí, otra vez la misma pregunta... Los estudiantes tienen un 15%.", False),
    ("That's all there is to it, nothing more for me to look into.", False),
    # What the customer should have received is our lapse, not theirs.
    (
        "Nous vous présentons toutes nos excuses : vous auriez dû recevoir une réponse sous "
        "1 jour ouvré.",
        True,
    ),
    ("Vous auriez dû vérifier l'adresse avant de valider.", False),
    # Where to buy it instead is no caution about next time.
    (
        "We're sorry, it's a frustrating one. A local outdoor store should be able to help "
        "you stock up before your next trip.",
        True,
    ),
    ("Check the size chart before your next order.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0][:50] for r in BLAME])
def test_blame_s21_round3(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, [])
    assert passed is passes, reason


DAMAGE = _fact(
    "damage",
    "If an item arrives damaged, report it within 14 days of delivery for a free replacement.",
)
CODES = _fact(
    "codes",
    "Forgot to enter a code? Tell us within 7 days of placing the order and we refund the "
    "value of the code to your original payment method.",
)
# (post, draft, facts, passes)
PROMISES: list[tuple[str, str, list[Fact], bool]] = [
    (
        "My tent arrived with a bent pole.",
        "So sorry! Send us photos by DM and we'll get it moving straight away.",
        [DAMAGE],
        True,
    ),
    (
        "My tent arrived with a bent pole.",
        "So sorry! We'll get it to you straight away.",
        [DAMAGE],
        False,
    ),
    (
        "I typed my SPRING15 code but the discount never showed up.",
        "I'm sorry the discount didn't come through. Tell us within 7 days and we refund the "
        "value of the code.",
        [CODES],
        True,
    ),
    (
        "I typed my SPRING15 code but the discount never showed up.",
        "Sorry! We'll give you a discount on your next order.",
        [CODES],
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), PROMISES, ids=[r[1][:50] for r in PROMISES]
)
def test_promises_s21_round3(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


HOURS = _fact(
    "contact",
    "Our team is available Monday to Friday 8am–8pm and Saturday 9am–5pm Eastern Time, by "
    "live chat and phone (1-800-555-0142). We're closed on Sundays.",
)
# (draft, passes)
NUMBERS: list[tuple[str, bool]] = [
    ("We're back Monday from 8am–8pm Eastern Time on live chat and by phone.", True),
    ("We're back Saturday from 9am–5pm Eastern Time on live chat and by phone.", True),
    ("We're back Saturday from 8am–8pm Eastern Time on live chat and by phone.", False),
]


@pytest.mark.parametrize(("draft", "passes"), NUMBERS, ids=[r[0][:50] for r in NUMBERS])
def test_weekday_hours(draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [HOURS], post="Open on Sundays?")
    assert passed is passes, reason


POLITE = "Buongiorno, vorrei richiedere la cancellazione del mio account. Qual è la procedura?"
# (post, draft, passes)
ROBOTIC: list[tuple[str, str, bool]] = [
    (
        POLITE,
        "Buongiorno, grazie per averci contattato. Può inviare la richiesta dal suo account.",
        True,
    ),
    # To a chatty question it reads as a form letter (session 18).
    ("Question?", "Grazie per averci contattato. Ci mandi una foto.", False),
    (POLITE, "Grazie per averci contattato. La sua richiesta è stata registrata.", False),
    ("Refund?", "Thank you for contacting us. Please be advised that refunds take 3 days.", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), ROBOTIC, ids=[r[1][:50] for r in ROBOTIC])
def test_contact_thanks_to_a_polite_request(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, [], post=post)
    assert passed is passes, reason
