"""tr16b's category-confusion families (`false_friends_confusion`): look-alikes written
fresh for these tests (none is a labelled post) whose crisis word belongs to another
company or another category, beside the real report in the same words, which must still
fire. QUIET rows are checked on the rules and on the semantic gates, GATE_QUIET rows on
the gates only (no rule reads them), FIRES rows on both, GATE_STANDS on the gates."""

from __future__ import annotations

import pytest

from socialreply.triage.semantic_gates import semantic_signal_stands
from socialreply.types import Category

from .support import rule_categories

QUIET: list[tuple[str, str]] = [
    # Another shop's breach, said in the other languages; a named company disowned.
    ("data_breach", "vi que hackearon a otra tienda de montaña, espero que ustedes estén bien"),
    ("data_breach", "Gelezen dat een andere fietswinkel gelekt is, jullie zijn hopelijk veilig"),
    ("data_breach", "A rival's 2022 data breach came up at the meetup, scary stuff for retail"),
    ("data_breach", "Read about the Crestway Gear data breach. No connection to Northwind, fyi."),
    # An injury the goods did not cause, in the other languages; a first-aid kit praised.
    ("safety_injury", "me torcí el tobillo jugando al fútbol, nada que ver con ustedes"),
    ("safety_injury", "hab mir das Handgelenk verstaucht, war aber meine eigene Schuld"),
    ("safety_injury", "the first aid kit was clutch when my cousin cut his hand on a rock"),
    # Staff's quoted words are not fraud; a charge worry resolved; the bank asked.
    ("fraud_payment", "the clerk told me 'your kind always scam the returns desk'. wow"),
    ("fraud_payment", "thought i got charged 3 times for the tent, nvm figured it out"),
    ("fraud_payment", "my bank texted to ask about the Northwind charge. yes it was me lol"),
    # tr16e: the goods disowned in other words, a sport or the writer's own stairs, a cast
    # the goods must fit over; an insult shouted at the brand; staff described by post.
    ("safety_injury", "broke my wrist on my own stairs lol, not gear related, back out soon"),
    ("safety_injury", "Meine Tochter hat sich beim Handball das Handgelenk gebrochen"),
    ("safety_injury", "mi hijo se rompió el brazo jugando al fútbol, ¿qué talla sobre el yeso?"),
    ("safety_injury", "il s'est blessé au foot, une veste qui passe par-dessus le plâtre?"),
    ("fraud_payment", "la chica de la tienda me dijo que 'ustedes siempre hacen fraude', racista"),
]
# Read by the rules in the window around the match only: the head reads the whole post.
RULES_QUIET: list[tuple[str, str]] = [
    # Burned as cheated or hurried; a hazard asked about; injuries counted by the press.
    ("safety_injury", "report this fake shop before anyone else gets burned, Northwind"),
    ("safety_injury", "on a brûlé les étapes: commandé mardi, reçu jeudi, parfait"),
    ("safety_injury", "can I keep the gas canister in the trunk in summer or will it explode?"),
    (
        "safety_injury",
        "Writer at a trade magazine: how many injuries have been linked to the stove?",
    ),
    # tr16e: something physical breached, by an animal or the weather.
    ("data_breach", "a bear breached the food bag at 2am, the canister held though"),
    ("fraud_payment", "Was für ein Saftladen, drei Wochen keine Antwort. Ihr Abzocker!!!"),
    ("data_breach", "water breached the vestibule in the storm but the inner tent stayed dry"),
]
GATE_QUIET: list[tuple[str, str]] = [
    # A scam in the brand's name, received, is fraud; the warehouse's address; a relative's
    # computer; passwords left for a relative.
    (
        "data_breach",
        "iemand doet zich voor als jullie klantenservice op whatsapp en vraagt mijn pincode",
    ),
    ("data_breach", "un faux compte 'Northwind Promo' demande les codes de carte cadeau"),
    ("data_breach", "kreeg een mail van 'Northwind Service' om mijn kaartgegevens te bevestigen"),
    ("data_breach", "je connais l'adresse de votre entrepôt, vous allez m'entendre"),
    ("data_breach", "logged in on my brother's laptop and saw all his orders, still logged in"),
    ("data_breach", "Checked my account after that other shop's leak, all normal, thanks"),
    # A product-safety report with no harm; a warning read.
    ("safety_injury", "I'm filing a safety complaint with the CPSC about your tent poles bending"),
    ("safety_injury", "read the manual about never running the heater in a closed van. noted"),
    # Staff's remark reported: discrimination, not a threat or self-harm.
    ("violence_threat", "la dependienta me dijo que 'las gitanas siempre roban', qué vergüenza"),
    ("self_harm", "your agent made a joke about my wheelchair when I asked about the ramp"),
    ("violence_threat", "in der Mail sehe ich die Namen und Adressen von fremden Kunden"),
    # tr16e: the writer's own email given, in Portuguese and Spanish.
    ("data_breach", "meu pedido não chegou, meu email é ana.souza@gmail.com se precisarem"),
    ("data_breach", "el pedido sigue sin llegar, mi correo es luis.m@hotmail.com por si acaso"),
]
FIRES: list[tuple[str, str]] = [
    # A breach of this store, with another shop named beside it; an injury the goods did.
    ("data_breach", "unlike that other store, your site leaked my address and password"),
    ("data_breach", "your site was hacked and my card details were leaked"),
    ("safety_injury", "the stove caught fire and burned my hand, had to go to urgent care"),
    ("safety_injury", "der Gurt ist gerissen und ich habe mir den Knöchel verstaucht"),
    ("safety_injury", "my friend got burned by the stove when it flared up"),
    # Real card fraud beside an insult; an unknown charge.
    ("fraud_payment", "there's a charge I never made on my card, scammers all of you"),
    ("fraud_payment", "I was charged twice for one order and nobody answers"),
    # tr16e: the goods failed at the game; a breach of the store; a charge beside an insult.
    (
        "safety_injury",
        "beim Fußball ist der Schienbeinschoner kaputt gegangen und ich habe mir das Bein verletzt",
    ),
    ("data_breach", "hackers breached your database and my card details were leaked"),
    (
        "fraud_payment",
        "ihr habt mir den Betrag dreimal abgebucht und keiner antwortet seit zwei Wochen auf "
        "meine Mails zu der ganzen Sache, ihr Abzocker",
    ),
]
GATE_STANDS: list[tuple[str, str]] = [
    # The scammers knew what only the store had; the warehouse's address and a threat.
    (
        "data_breach",
        "got a mail from 'Northwind' with my exact order and address asking for my card",
    ),
    ("violence_threat", "your rep said 'whatever' and I'll be waiting outside after his shift"),
    ("fraud_payment", "my bank called about a Northwind charge. it was not me, someone used it"),
    ("safety_injury", "filed a report with the CPSC: the headlamp melted and burned my son"),
]


@pytest.mark.parametrize(("category", "text"), QUIET + RULES_QUIET)
def test_look_alikes_stay_quiet_on_the_rules(category: str, text: str) -> None:
    assert category not in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET + GATE_QUIET)
def test_a_head_signal_does_not_stand_on_a_look_alike(category: Category, text: str) -> None:
    assert not semantic_signal_stands(category, text)


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_the_real_thing_still_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), FIRES + GATE_STANDS)
def test_a_head_signal_stands_on_the_real_thing(category: Category, text: str) -> None:
    assert semantic_signal_stands(category, text)
