"""Table-driven `high_anger` tests for the intensity score: insults in the languages
customers write in, exasperation, shouted phrases inside calm posts, and the look-alikes
(delight, a single strong word, a product name in capitals) that must stay below the
threshold."""

from __future__ import annotations

import pytest

from socialreply.triage import triage

ANGRY = [
    "are you brain dead?? I ordered a 9 not an 11. FOURTH TIME!!!",
    "what a f***ing joke, zip broke on day two and you want ME to pay for the return??",
    "f*** this shop honestly. you lost my return and now I have to prove I sent it??? unbelievable",
    "damn, $300 for a tent that leaks on night one??? embarrassing. do better",
    "fifth time asking for a human and I'm done being polite. GET ME SOMEONE NOW!!!",
    "WHERE IS MY MONEY. I am not asking again. fix this NOW",
    "I've never been treated like this. shame on you, cancelling my membership",
    "Siete dei pagliacci!!! Giacca rotta e nessuno risponde",
    "VERGONHA!!! paguei há um mês, que palhaçada de loja",
    "Servicio de atención al cliente de pena!!! sois unos payasos",
    "Bande d'incapables !!! Trois semaines sans remboursement",
    "Was für ein Scheißladen!!! Zum dritten Mal die falsche Größe",
    "Wat een kutwinkel. Drie keer gebeld, niemand helpt. Belachelijk!!!",
    "you absolute muppets sent the wrong tent. how. HOW",
    "refund me by friday 🤬🤬",
    "are you kidding me?? cancelled WITHOUT telling me. what a sh*t way to run a business",
    "what the hell is wrong with you people, the third damn time it's wrong",
    "soaked through in 20 minutes. What a load of CRAP. Never again.",
    "f*** this company honestly, nine days for expedited",
    "what the actual hell. waterproof my ass, soaked to the bone. pathetic company",
    # session 7 (blind17's misses, reworded)
    "your returns process is a f***ing joke. three weeks. never again",
    "you idiots sent my order to my old address after I changed it",
    "holy sh*t you people are dense. I asked for blue",
    "Siete dei cialtroni!!! Un mese per un rimborso, VERGOGNA",
    "are you f-ing kidding me. wrong size AGAIN. do you even have a warehouse?",
    "if that f***ing courier throws my box over the fence again!!!",
    "I am LIVID. Nobody answers emails, nobody answers DMs, NOTHING.",
    "holy shit how hard is it to put the right size in the box. twice.",
    "your support team are a bunch of condescending idiots. Done.",
]

CALM = [
    "OMG I LOVE THIS JACKET!!! best purchase ever",
    "the new ALPINE SERIES drop looks great, when does it restock?",
    "I'm done with my first thru-hike, these boots were perfect",
    "my third time ordering from you and it's always fast, thank you",
    "is it embarrassing to wear gaiters in the city? asking for a friend",
    "now that's a deal, ordering two",
    "the sale ends NOW? ok thanks for letting me know",
]


@pytest.mark.parametrize("text", ANGRY)
def test_angry_posts_raise_high_anger(text: str) -> None:
    assert "high_anger" in {s.category for s in triage(text).escalation.signals}


@pytest.mark.parametrize("text", CALM)
def test_calm_posts_do_not(text: str) -> None:
    assert "high_anger" not in {s.category for s in triage(text).escalation.signals}


def test_shouted_demand_is_the_evidence_when_nothing_stronger() -> None:
    signal = next(
        s
        for s in triage("WHERE IS MY MONEY. I am not asking again. fix this NOW").escalation.signals
        if s.category == "high_anger"
    )
    assert signal.evidence in {"WHERE IS MY MONEY", "NOW", "not asking again"}
