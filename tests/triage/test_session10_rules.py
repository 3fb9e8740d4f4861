"""Session 10's look-alikes (from blind42-blind44 after their scores, reworded): each row
must not get the named category from the rules, and each real twin beside it still must.
Tested on the rules alone, so the semantic head cannot hide a rule's mistake."""

from __future__ import annotations

import pytest

from .support import rule_categories

QUIET: list[tuple[str, str]] = [
    # a threat said in jest, in another language, with a laugh or "just kidding"
    ("violence_threat", "vi ammazzo se non rimettete in stock il pile blu 😂😂 scherzo, vi prego"),
    ("violence_threat", "os voy a matar como no volváis a sacar la chaqueta en verde 😂😂"),
    ("violence_threat", "je vais vous tuer si le sac rouge n'est pas de retour, je plaisante"),
    # a body part or a wallet that "wants to end it all"
    ("self_harm", "my calves want to end it all after that climb 😵 worth it though"),
    ("self_harm", "my wallet wants to end it all after this restock"),
    # a tongue burnt on a hot drink
    ("safety_injury", "burned my tongue on coffee from the new mug, it keeps it way too hot"),
    # a lawyer who recommended the shop
    ("legal_threat", "mi abogado me recomendó vuestra tienda y tenía razón"),
    ("legal_threat", "mon avocat m'a recommandé votre boutique, super conseil"),
    # a journalist off duty
    ("media_inquiry", "journalist here but off the clock: this pack survived a month of rain"),
    # another company's hack
    ("data_breach", "saw that big retailer getting hacked on the news, glad it wasn't you"),
    ("data_breach", "a bit nervous after other shops got hacked. do you store card numbers?"),
    # praise for a person who already fixed it, a call declined
    ("human_request", "shoutout to Sam on live chat, an actual human who fixed my problem fast"),
    ("human_request", "no need to have someone call me, the FAQ answered it. thanks!"),
]

FIRES: list[tuple[str, str]] = [
    ("violence_threat", "vi ammazzo se non mi rimborsate entro venerdì, non scherzo"),
    ("violence_threat", "os voy a matar como no me devolváis el dinero"),
    ("self_harm", "i want to end it all, the trip is just an excuse"),
    ("safety_injury", "the stove flared and burned my hand badly"),
    ("legal_threat", "mi abogado ya tiene todos los correos, nos vemos en el juzgado"),
    ("media_inquiry", "journalist here, working on a story about the recall: can you comment?"),
    ("data_breach", "did northwind get hacked? a stranger knows my order and address"),
    ("human_request", "I need a real person, the bot keeps looping"),
    ("human_request", "please have someone call me about my return"),
]


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_real_twin_still_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)
