"""Session 20 (from blind89-92 after their score, reworded and in other languages), by
family: delight that reads as anger (`false_friends_delight`), another company's breach in
the news and a scam mail in the brand's name (`false_friends_not_our_breach`), a regulator
named as a yardstick or the writer's own audit (`false_friends_regulator_aside`), "where I'm
going" with the place named (`false_friends_destination`), a pay-later plan collecting on a
cancelled order and its look-alike (`instalment_rules`, `false_friends_instalments`), heat
that scorched a surface (`heat_scorch_rules`) and a "pov:" failure told in the present. The
rules alone must catch each family and leave its look-alikes quiet; the head's signal must
fall on a post of a family and stand on a real one beside it."""

from __future__ import annotations

import pytest

from socialreply import triage
from socialreply.triage.semantic_gates import semantic_signal_stands

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # instalments taken on a cancelled or never-placed order, in several languages
    ("fraud_payment", "afterpay took the 2nd instalment on an order I cancelled last week"),
    ("fraud_payment", "Klarna me pide la segunda cuota de un pedido que cancelé hace un mes"),
    ("fraud_payment", "Klarna verlangt die zweite Rate, obwohl ich die Bestellung storniert habe"),
    ("fraud_payment", "klarna keeps charging me for boots i never ordered, who did this"),
    # the look-alikes' neighbours: a breach at the brand, still a breach
    ("data_breach", "read your email about the data breach, was my card in it?"),
    # an authority complained to about the goods, still regulatory
    ("regulatory", "I filed a complaint with the FDA about the bottle leaching plastic"),
    # heat that scorched a surface, in several languages
    ("safety_injury", "the power bank got so hot while charging it scorched my desk"),
    ("safety_injury", "la frontale a tellement chauffé qu'il y a une tache noire sur la table"),
    ("safety_injury", "de lamp werd zo heet bij het opladen dat er een zwarte plek op de kast zit"),
    ("safety_injury", "die Lampe ist beim Laden richtig heiß geworden und hat gequalmt"),
    # a "pov:" failure in the present, with its treatment
    ("safety_injury", "pov: your pole snaps on the scree and now you're 4 weeks in a brace"),
    # "where I'm going" as a farewell, still self-harm
    ("self_harm", "giving my gear away. won't need any of it where i'm going. thanks for it all"),
    # the writer's absence told as a fact, found warm, quiet for good
    ("self_harm", "leaving my boots to my brother since i won't be around after friday"),
    ("self_harm", "will the store credit still work if i'm not here anymore? it's for my mom"),
    ("self_harm", "got the warmest bag you sell so they'll find me cozy at least"),
    ("self_harm", "i just want my mind to go quiet for good. thanks for the nice chats"),
]

QUIET: list[tuple[str, str]] = [
    # a pay-later question with no cancelled order
    ("fraud_payment", "can I cancel my order if I paid with klarna?"),
    # another company's breach read about, in several languages
    ("data_breach", "Good read this morning on the TrailMart data breach, do you do 2FA?"),
    ("data_breach", "j'ai lu l'article sur la fuite de données d'une autre marque, et vous ?"),
    ("data_breach", "ho letto della fuga di dati di un'altra azienda, voi come fate?"),
    # an authority as a yardstick, or the writer's own audit
    ("regulatory", "is the lunch box BPA-free and FDA approved?"),
    ("regulatory", "we passed our annual OSHA inspection at the plant, treating myself!"),
    # the place named after "where I'm going"
    ("self_harm", "won't need the down parka where I'm headed (Lisbon!) so returning it"),
    ("self_harm", "wont need my snow boots where im going: it's summer there till march"),
    # a surface mark with no heat
    ("safety_injury", "the boots left a black mark on the kitchen floor lol"),
    # an absence with a return
    ("self_harm", "won't be around to sign for it next week, work trip, can you hold it?"),
    ("self_harm", "I won't be here in august, back on the 3rd, ship it after that please"),
    ("self_harm", "my search party will never find me in this camo jacket lol"),
    ("self_harm", "won't be around to sign for the parcel tomorrow, leave it with a neighbour"),
    # the sale as the writer's killer, the law against its temptation
    ("self_harm", "estas rebajas me van a matar 💀 mi cuenta llora"),
    ("self_harm", "i will actually die if the sage fleece doesn't restock by friday"),
    ("legal_threat", "cease and desist with the cute new colours, my bank account is crying"),
    # a consumer body imagined giving top marks
    ("regulatory", "Which? would give you five stars for this returns service honestly"),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


# Delight that reads as anger, and real anger beside it.
ANGER: list[tuple[str, bool]] = [
    ("I'm SO angry I didn't get these boots years ago!!! total game changer", False),
    ("ich bin so sauer, dass ich die Jacke nicht schon früher gekauft habe 😂", False),
    ("estoy furiosa por no haberlas comprado antes, qué botas!!!", False),
    ("UNGLAUBLICH!!! die beste Hose EVER!!!", False),
    ("SICK COLOURS ON THE NEW DROP!!!!! NEED THEM ALL", False),
    ("I'm furious. The boots fell apart after a week and nobody answers!!!", True),
    ("WORST JACKET EVER!!! the zipper broke after two days", True),
    # abuse at staff and the goods: a slur, sent home, insults
    ("tell that r*tard on your chat to do his job. go back to your own country", True),
    ("get me someone who speaks english, not some call centre foreigner. useless", True),
    ("the zip broke in a week, you pricks. go to hell", True),
    ("this stove is a piece of s***. who the hell tested it??", True),
    # sent home alone, no insult: discrimination, not anger (as the labels have it)
    ("tell her to go back to her own country and hire someone local", False),
    # a delay, in French: not a slur
    ("je prépare un article sur les retards de livraison, pouvez-vous commenter ?", False),
]


@pytest.mark.parametrize(("text", "angry"), ANGER)
def test_delight_is_not_anger(text: str, angry: bool) -> None:
    assert ("high_anger" in triage(text).escalation.categories) is angry


# The head's signal: vetoed on a post of the family, standing on a real one beside it.
GATES: list[tuple[str, str, bool]] = [
    ("fraud_payment", "paid with afterpay and it shows 4 payments scheduled, right?", False),
    ("fraud_payment", "4 payments scheduled on klarna for an order I cancelled!", True),
    ("data_breach", "recibí un correo 'Northwind Puntos' pidiendo la tarjeta, es estafa?", False),
    ("data_breach", "got an email 'Northwind' with my name and my exact order, how?", True),
    ("fraud_payment", "saw the news about that airline's data breach, do you store cards?", False),
    ("regulatory", "are the bottles food-safe per FDA? for my kid's lunch", False),
    ("regulatory", "de Consumentenbond zou jullie een 10 geven voor de service!", False),
    (
        "data_breach",
        "got a 'new login from iPhone' alert, that was me at the gym, all good?",
        False,
    ),
    ("data_breach", "got a 'new login from iPhone' alert and it wasn't me. help", True),
    ("regulatory", "ik heb een klacht ingediend bij de Consumentenbond over jullie", True),
    ("self_harm", "questi saldi mi ammazzano 😩 carrello pieno di nuovo", False),
    ("self_harm", "won't need it where i'm going - which is Hawaii lol", False),
    ("self_harm", "won't need it where i'm going. thanks for everything", True),
]


@pytest.mark.parametrize(("category", "text", "stands"), GATES)
def test_head_signal_gate(category: str, text: str, stands: bool) -> None:
    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]
