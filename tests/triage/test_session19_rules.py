"""Session 19's rule families and gates (from blind79 to blind82 after their score, reworded
and in other languages): the rules alone must catch each family and leave its look-alikes
quiet; the misattributed families must silence the head's signal of their category, and a
real crisis beside them must not be silenced."""

from __future__ import annotations

import pytest

from socialreply.triage.semantic_gates import semantic_signal_stands

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # knowing where or when, with company or a warning
    (
        "violence_threat",
        "I know where your Denver depot is. I'll be there friday, bringing my boys",
    ),
    ("violence_threat", "ya sé dónde está vuestra tienda de Bilbao. que tengan cuidado, avisados"),
    (
        "violence_threat",
        "so a che ora esce il vostro magazziniere. non vengo da solo, ricordatevelo",
    ),
    ("violence_threat", "ik weet waar hij woont. de wereld is klein, zeg dat maar tegen hem"),
    ("violence_threat", "we know what time your staff clock out. think twice before you ignore me"),
    ("violence_threat", "laat die medewerker maar goed over z'n schouder kijken"),
    # a club carried to the site
    ("violence_threat", "I'm driving to your store with a crowbar tomorrow morning"),
    ("violence_threat", "ich komme mit dem Baseballschläger in eure Filiale, versprochen"),
    ("violence_threat", "voy a vuestra oficina con un bate de beisbol y ya veremos"),
    # a message greeting another name, which the writer disowns
    (
        "data_breach",
        "your shipping email says 'Hello Marguerite' and shows her address. I'm not Marguerite",
    ),
    ("data_breach", "el correo dice 'Hola Ramiro' con su pedido y su teléfono. no soy Ramiro"),
    # a stranger's parcel in the writer's order history
    ("data_breach", "my order history shows a stove shipped to some Dave in Boise, not me"),
    ("data_breach", "in mijn bestellingen staat een jas verzonden naar een zekere Piet uit Gent"),
    # an open test copy of the shop
    ("data_breach", "your dev server is publicly reachable and lists customer emails"),
    ("data_breach", "a staging database of yours is exposed without a password, full of orders"),
    # soon gone
    ("self_harm", "cancel my subscription, I won't be around much longer anyway"),
    ("self_harm", "la tarjeta regalo para mi hermano. pronto ya no voy a estar, gracias"),
    ("self_harm", "dat tegoed mag naar mijn zus, ik ben er straks toch niet meer"),
    # a claim filed in a named court
    ("legal_threat", "I have filed a lawsuit in county court over the tent you never refunded"),
    ("legal_threat", "we filed our claim with the small claims court this morning"),
]

QUIET: list[tuple[str, str]] = [
    # knowing where the warehouse is, friendly, with friends
    (
        "violence_threat",
        "I know where your warehouse is lol, can I bring my friends to pick up my order?",
    ),
    # a warning with no knowledge of a place or a person
    ("violence_threat", "think twice before buying the cheap tent, mine leaked"),
    # a bat that is an animal or a cricket game, no "with"
    ("violence_threat", "a bat flew into the tent last night, scared the kids"),
    # coming for you with a gift
    ("violence_threat", "I know where your store is and I'm coming for you... with brownies"),
    # a greeting to the writer's own name
    ("data_breach", "the email says 'Hi Jonas' and I'm not happy, the order is late"),
    # the writer's own order going to a named friend
    ("data_breach", "my order history shows the gift shipped to my sister in Leeds, perfect"),
    # a test of the gear, not a system
    ("data_breach", "the test showed the seams are exposed to rain, can you fix them?"),
    # soon gone on a trip
    ("self_harm", "bientôt je ne serai plus là, je déménage à Montréal en mai"),
    # a claim not filed
    ("legal_threat", "I haven't filed a claim in district court yet, hoping you fix it"),
    # the misattributed families veto every rule of their category
    ("legal_threat", "see you in court! (the basketball court, these shoes grip so well)"),
    ("legal_threat", "sono avvocato e vado in montagna ogni sabato, scarponi perfetti"),
    ("fraud_payment", "Northwind gift voucher scam?? nah, my aunt sent a real one for my birthday"),
    (
        "data_breach",
        "got an SMS linking to northwind-parcel-help.shop asking for a fee, is it you?",
    ),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


# The head's signal: vetoed on a post of the family, standing on a real one beside it.
GATES: list[tuple[str, str, bool]] = [
    ("data_breach", "a text sent me to northwind-rewards-club.co to enter my CVV. legit?", False),
    ("data_breach", "Er staat een afschrijving op mijn kaart, wie gebruikt mijn kaart?", False),
    (
        "data_breach",
        "that breach at the big shoe chain (not Northwind, to be clear) was bad",
        False,
    ),
    ("data_breach", "saw my husband's order in my account, never mind, all good", False),
    ("data_breach", "a fake caller knew my order and my home address, did you get hacked?", True),
    ("self_harm", "somebody should burn that depot down with the bosses in it", False),
    ("self_harm", "ich bring mich um, wenn die Schuhe ausverkauft sind 😂", False),
    ("self_harm", "I'm going to kill myself tonight, I have the pills ready", True),
    ("violence_threat", "estou pensando em me matar, ninguém liga", False),
    ("violence_threat", "I'll kill him and then kill myself, tell your manager", True),
    ("legal_threat", "see you in court 🎾 the tennis court, wearing the new visor", False),
    ("fraud_payment", "the 'worn outside' rule is a scam, so petty", False),
]


@pytest.mark.parametrize(("category", "text", "stands"), GATES)
def test_head_signal_gate(category: str, text: str, stands: bool) -> None:
    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]
