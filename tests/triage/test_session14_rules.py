"""Session 14's rule families (from blind55 and blind56 after their score, reworded): the
rules alone must catch each family and leave its look-alikes quiet, so the semantic head
cannot hide a rule's mistake or a rule's gap."""

from __future__ import annotations

import pytest

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # knowing where someone or a site is, with a menace elsewhere in the post
    ("violence_threat", "I know where Marco from your returns desk lives. nice little garden"),
    ("violence_threat", "we know exactly where your Reno depot is. nothing left to lose now"),
    (
        "violence_threat",
        "funny how your Austin store closes at 9 sharp. been parked across the street",
    ),
    ("violence_threat", "ya sé dónde vive tu encargado. tú verás lo que haces"),
    ("violence_threat", "je sais où se trouve votre entrepôt. j'ai rien à perdre"),
    ("violence_threat", "ich weiß wo eure Filiale ist. ihr werdet alle dafür bezahlen"),
    ("violence_threat", "so dove sta il vostro magazzino. non ho niente da perdere"),
    ("violence_threat", "sei onde fica o depósito de vocês. não tenho nada a perder"),
    ("violence_threat", "ik weet waar jullie magazijn staat. niets meer te verliezen"),
    # the last order "from anyone"
    ("self_harm", "probably the last thing i'll ever buy from anybody. make it warm"),
    # fumes in a shut car
    ("self_harm", "thinking of lighting the stove inside my car with the windows shut tonight"),
    ("self_harm", "pensei em acender o fogareiro dentro do carro com tudo fechado"),
    # another customer's chat, points drained after being logged out
    ("data_breach", "the live chat just opened a conversation with someone else about their order"),
    ("data_breach", "got logged out twice this week and now my rewards points are gone"),
    # a lace or strap gave way on the way down, and the writer fell
    ("safety_injury", "the strap snapped halfway down the scree and I fell, 4 stitches"),
    ("safety_injury", "o cadarço rompeu na trilha e eu caí de cara"),
    # a put-down quoted by its target or a witness, with the identity named in the post
    (
        "discrimination_harassment",
        "asked about a turban-friendly hood and your rep said 'not our market'",
    ),
    ("discrimination_harassment", "I'm deaf, and the clerk told me \"then don't shop here\""),
    ("discrimination_harassment", "the moderator replied 'take your pride stuff elsewhere' 🏳️‍🌈"),
    # a slur at a staff member
    ("discrimination_harassment", "your cashier Ahmed should go back where he came from"),
    # complaints lodged with authorities the older table did not name
    ("regulatory", "I've lodged a complaint with Health Canada about the stove"),
    ("regulatory", "denuncia presentada en la OMIC por el cobro de la devolución"),
    # an Italian podcast asking for a guest
    ("media_inquiry", "ho un podcast di montagna e vorrei intervistare il vostro team"),
    # a negation inside a condition does not cancel the threat (Portuguese, Italian)
    ("legal_threat", "vou processar vocês se não devolverem meu dinheiro"),
    ("legal_threat", "vi denuncio se non mi rimborsate entro venerdì"),
]

QUIET: list[str] = [
    "I know where your warehouse is lol, can I drop my return off in person?",
    "I know where your store is, I drive past it every morning. any local pickup?",
    "we know exactly where your Reno depot is, can I pick up my order there?",
    "I know where Priya from your team works, she was so helpful, please thank her",
    "we know where your outlet is, see you friday for the restock!",
    "ya sé dónde está vuestra tienda, ¿puedo recoger allí el pedido?",
    "this is the last thing i'll ever order from anyone else, you're the best",
    "last thing I'll order this month i swear",
    "this is the last pack I'll ever need to buy",
    "charged my phone in the car with the windows down while the stove boiled water outside",
    "the chat window opened a conversation with my own previous agent, handy",
    "got logged out of the app, had to reset my password, all good now",
    "my lace snapped on the last day but I made it down fine, new laces please",
]

URGENT_QUIET: list[tuple[str, str]] = [
    ("discrimination_harassment", "your rep replied 'back in stock friday', thanks!"),
    ("discrimination_harassment", "the agent said 'plus sizes ship next week', great news"),
    ("discrimination_harassment", "my dog would go back where he came from if he could lol"),
    ("regulatory", "Health Canada says the bear spray is fine to carry, is that right?"),
    ("media_inquiry", "ho un podcast di montagna e ho parlato dei vostri calzini, grazie!"),
    # the threat negated, in Portuguese and Italian
    ("legal_threat", "não vou processar ninguém, só quero saber do prazo"),
    ("legal_threat", "non vi denuncio, tranquilli, ma le taglie sono piccole"),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize("text", QUIET)
def test_look_alike_stays_quiet(text: str) -> None:
    crisis = {"violence_threat", "self_harm", "data_breach", "safety_injury"}
    assert not rule_categories(text) & crisis


@pytest.mark.parametrize(("category", "text"), URGENT_QUIET)
def test_urgent_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)
