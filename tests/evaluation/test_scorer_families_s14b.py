"""Session 14's second round (what scorer blind56 and blind57 missed or flagged wrongly), each
family next to look-alikes that must still pass, in the supported languages where it
applies: complaints told without the usual words (tracking stuck for days, something
coming apart, delivered but not at the door, no answer to messages, doubting anyone is
there, demanding answers); telling the customer to relax, "it's not that complicated",
"hardly a surprise", "zippers don't last forever", "if you really must"; advice before a
purchase to a customer still deciding; reassurance after the customer's own slip; a year
as twelve months; a refund time stated for the wrong way of payment; a "non-" prefix that
negates nothing; a class of members granted an exception. Every row is invented for the
test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, RETURNS, _score


def _fact(text: str) -> Fact:
    return Fact(id="policy#1", doc_id="policy", source="knowledge/policy.md", text=text)


# (post, complaint)
COMPLAINTS = [
    # Tracking stuck on one status for three days or more.
    ("My parcel has been stuck on 'in transit' for 5 days.", True),
    ("Order's been sitting at 'processing' for over a week.", True),
    ("Tracking has shown 'out for delivery' for three days straight. Hello??", True),
    ("El seguimiento lleva 6 días en 'etiqueta creada'.", True),
    ("Le suivi indique 'étiquette créée' depuis 5 jours.", True),
    ("Il tracciamento del pacco dice 'in lavorazione' da 4 giorni.", True),
    ("O rastreio da encomenda está igual há 5 dias.", True),
    ("De status van mijn pakket staat al 4 dagen op 'label aangemaakt'.", True),
    ("Tracking has said 'label created' for 2 days now, is it lost??", False),
    ("Is it normal that tracking has said 'label created' for 4 days?", False),
    ("I've had the jacket for 3 weeks and love it.", False),
    ("My order has shown up after 3 days, thanks!", False),
    # Something coming apart as the customer writes.
    ("The waist buckle on my pack is cracking after one trip.", True),
    ("The sole of my boots is starting to peel.", True),
    ("The hood drawcord came loose and disappeared into the channel.", True),
    ("La suela de mis botas se está despegando.", True),
    ("La fermeture éclair est en train de lâcher.", True),
    ("Der Gurt reißt langsam ab.", True),
    ("La suola si sta staccando.", True),
    ("A sola está a descolar.", True),
    ("De zool laat los.", True),
    ("Does the seam tape start to peel after a few years?", False),
    ("Can I split the payment into four?", False),
    ("Is splitting the order into two shipments possible?", False),
    # A finished tear asked about under warranty stays a claim in the other languages.
    ("Die Naht hat sich nach drei Jahren gelöst. Greift da noch die Garantie?", False),
    # Delivered, but not at the door.
    ("Tracking says delivered. Not at my door, not at the neighbours.", True),
    ("UPS says it was delivered at 2pm and it's nowhere to be found.", True),
    ("It isn't in the mailbox or the lobby.", True),
    ("Figura como entregado. No está en mi puerta.", True),
    ("Marqué livré. Aucune trace du colis.", True),
    ("Laut DHL zugestellt, liegt aber nicht vor meiner Tür.", True),
    ("Risulta consegnato. Nessuna traccia del pacco.", True),
    ("Diz entregue. Nem sinal da encomenda.", True),
    ("Volgens de tracking bezorgd, geen spoor van het pakket.", True),
    ("Can you leave it at my door if I'm not in?", False),
    # No answer to messages or calls.
    ("I emailed twice last week and heard nothing back.", True),
    ("Called on Friday, left a voicemail, never heard back.", True),
    ("He escrito tres veces y no he recibido ninguna respuesta.", True),
    ("J'ai écrit lundi et je n'ai eu aucune réponse.", True),
    ("Ich habe zweimal geschrieben und keine Antwort bekommen.", True),
    ("Ho scritto due volte e non ho ricevuto nessuna risposta.", True),
    ("Mandei dois emails e não recebi nenhuma resposta.", True),
    ("Ik heb twee keer gemaild en geen antwoord gekregen.", True),
    ("Will I hear back by email or by DM?", False),
    # Doubting anyone is there: rhetorical, not a plain question.
    ("Is anyone even reading these DMs?", True),
    ("Is my parcel actually real??", True),
    ("¿Hay alguien trabajando ahí?", True),
    ("Y a-t-il quelqu'un qui lit ces messages ?", True),
    ("Ist da überhaupt jemand?", True),
    ("C'è qualcuno che legge questi messaggi?", True),
    ("Tem alguém a trabalhar aí?", True),
    ("Is er eigenlijk iemand die dit leest?", True),
    ("Is anyone around to help me pick a sleeping bag?", False),
    ("Is someone available to chat about sizing?", False),
    # Demanding answers.
    ("Charged for a parcel I never saw. I want answers.", True),
    ("Quiero respuestas, no otro formulario.", True),
    ("Hi! Which tent is better for two people?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (draft, passes): rudeness no context excuses.
BLAME = [
    # Telling the customer to relax.
    ("We're on it, so relax - it will arrive Friday.", False),
    ("Sorry for the delay, but relax — your jacket is on its way.", False),
    ("Tranquilícese, el paquete llegará.", False),
    ("Détendez-vous, le colis arrive.", False),
    ("Entspannen Sie sich, das Paket kommt.", False),
    ("Si rilassi, il pacco arriverà.", False),
    ("Acalme-se, a encomenda vai chegar.", False),
    ("Rustig aan, het pakket komt eraan.", False),
    ("Sit back and relax: your tent ships today.", True),
    ("Pitch it, light the stove and relax.", True),
    # "It's not that complicated."
    ("The form is two fields. It's not that complicated.", False),
    ("Honestly, it isn't that hard.", False),
    ("No es tan complicado.", False),
    ("Ce n'est pas si compliqué.", False),
    ("So schwer ist das doch nicht.", False),
    ("Non è così complicato.", False),
    ("Não é assim tão complicado.", False),
    ("Zo moeilijk is het toch niet.", False),
    ("It's not that hard to re-seal: clean it, then apply the seam grip.", True),
    # "Hardly a surprise."
    ("After five winters of use that's hardly surprising.", False),
    ("Unsurprisingly, the coating wore off.", False),
    ("No wonder it leaked, the seams were never sealed.", False),
    ("Nach fünf Jahren ist das kaum überraschend.", False),
    ("Dopo cinque inverni non c'è da stupirsi.", False),
    ("No wonder you're frustrated, that's a long wait. Sorry!", True),
    ("No wonder the Summit is our bestseller!", True),
    # "Zippers don't last forever."
    ("Zippers don't last forever.", False),
    ("Nada dura para siempre.", False),
    ("Rien ne dure éternellement.", False),
    ("Reißverschlüsse halten nun mal nicht ewig.", False),
    ("Niente dura per sempre.", False),
    ("Nada dura para sempre.", False),
    ("Ritsen gaan nu eenmaal niet eeuwig mee.", False),
    ("Our Lifetime Warranty means your pack is covered for as long as you own it.", True),
    # Grudging.
    ("DM us the order number if you really must.", False),
    ("We're sorry! DM us the order number and we'll fix it.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (post, draft, passes): advice before a purchase.
BEFORE_PURCHASE = [
    (
        "We're considering ordering 20 tents for our school. Are duties included for Norway?",
        "Duties are collected on delivery, so it's worth checking the expected charges with "
        "customs before placing a larger order.",
        True,
    ),
    (
        "Thinking of buying the Ridgeline, which size for a 40 chest?",
        "It's best to check the size chart before you order: a 40 chest is a Medium.",
        True,
    ),
    (
        "Estamos pensando en comprar diez mochilas. ¿Hay descuento?",
        "No hay descuento por volumen; revise los gastos de envío antes de comprar.",
        True,
    ),
    # Once the customer has bought, the same advice is after the fact.
    (
        "The jacket I ordered is too small.",
        "It's best to check the size chart before you order.",
        False,
    ),
    (
        "Can I use two codes on the same order?",
        "No, one code per order. Read the terms before ordering next time.",
        False,
    ),
    (
        "Thinking of buying the Ridgeline, which size?",
        "You should have read the size chart before ordering.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), BEFORE_PURCHASE, ids=[r[1] for r in BEFORE_PURCHASE]
)
def test_advice_before_a_purchase(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason


# (post, draft, passes): reassurance after the customer's own slip counts as sympathy; to
# the store's failure it does not.
EMPATHY = [
    (
        "Ordered yesterday and totally forgot to use my code 🤦 too late?",
        "Not too late at all, it happens! DM us the order number.",
        True,
    ),
    (
        "Ugh, forgot to put in my promo code. Too late now I guess?",
        "No worries, tell us within 7 days and we'll refund the code's value.",
        True,
    ),
    (
        "Me equivoqué de talla al pedir, ¿es demasiado tarde?",
        "¡No te preocupes! Aún puedes cambiarla.",
        True,
    ),
    (
        "Ugh, forgot to put in my promo code. Too late now I guess?",
        "Tell us within 7 days and we'll refund the code's value.",
        False,
    ),
    (
        "My order is 10 days late and nobody answers. Unacceptable.",
        "It happens! Parcels get delayed. DM us the order number.",
        False,
    ),
    (
        "My order is 10 days late and nobody answers. Unacceptable.",
        "No worries, DM us the order number.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), EMPATHY, ids=[r[1] for r in EMPATHY])
def test_reassurance_after_own_slip(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=post)
    assert passed is passes, reason


VERIFICATION = [
    _fact(
        "The verification is valid for 12 months, then you verify again. Orders placed by 2pm "
        "leave within 24 hours. Support replies within 2 days; repairs take 2 weeks."
    )
]
# (draft, facts, passes)
NUMBERS = [
    # Equal durations in other units.
    ("Your verification lasts 1 year.", VERIFICATION, True),
    ("Su verificación dura 1 año.", VERIFICATION, True),
    ("Die Verifizierung gilt 1 Jahr.", VERIFICATION, True),
    ("Orders leave within 1 day.", VERIFICATION, True),
    ("Support replies within 48 hours; repairs take 14 days.", VERIFICATION, True),
    ("Your verification lasts 2 years.", VERIFICATION, False),
    ("Support replies within 3 days.", VERIFICATION, False),
    # A refund time stated for the wrong way of payment.
    ("On a card it then shows up within 24 hours.", [RETURNS], False),
    ("Con tarjeta, el reembolso aparece en 24 horas.", [RETURNS], False),
    ("Sur votre carte bancaire, le remboursement apparaît sous 24 heures.", [RETURNS], False),
    ("Auf der Kreditkarte ist die Erstattung nach 24 Stunden sichtbar.", [RETURNS], False),
    ("Store credit or a gift card shows up within 24 hours.", [RETURNS], True),
    (
        "On a card it then takes 5-10 business days; store credit is there within 24 hours.",
        [RETURNS],
        True,
    ),
    (
        "We issue it within 3 business days; Klarna updates your plan within 3 business days.",
        [RETURNS],
        True,
    ),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_number_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


DUTIES = [
    _fact(
        "For other countries we ship to, duties and taxes are collected by DHL on delivery and "
        "are paid by the recipient."
    )
]
PEAK = [
    _fact(
        "Trailhead Rewards Peak members have 60 days from delivery to return items. Tents, "
        "sleeping bags and pads: you may set them up indoors to check the size and fit."
    )
]
# (draft, facts, passes)
PROMISES = [
    # A "non-" prefix negates its own word, not the promise after it.
    ("You're a non-profit, so we'll cover the duties.", DUTIES, False),
    ("As a not-for-profit, you qualify and we will cover the duties.", DUTIES, False),
    ("We can't cover the duties: DHL collects them on delivery.", DUTIES, True),
    ("Duties are not included, and we will not cover them.", DUTIES, True),
    # A class of customers granted an exception.
    ("Plus, Peak members can return tents even after using them on a trip.", PEAK, False),
    (
        "Los miembros Peak pueden devolver tiendas incluso después de usarlas en una excursión.",
        PEAK,
        False,
    ),
    ("Les membres Peak peuvent retourner une tente même après une randonnée.", PEAK, False),
    ("Peak members can return items within 60 days of delivery.", PEAK, True),
    (
        "Peak members can set tents up indoors to check the fit, even after the first 30 days.",
        PEAK,
        True,
    ),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason
