"""Session 19, round 2 (from blind83-86 after their score, reworded and in other languages):
the word's subject elsewhere (`false_friends_elsewhere`), the call or a transfer asked for
directly, a weapon turned on a person, a house looked up, and a shouted threat as anger
(`threat_anger`). The rules alone must catch each family and leave its look-alikes quiet;
the head's signal must fall on a post of a family and stand on a real one beside it."""

from __future__ import annotations

import pytest

from socialreply import triage
from socialreply.triage.semantic_gates import semantic_signal_stands
from socialreply.triage.threat_anger import shouts

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # the call asked for directly, and a transfer, in several languages
    ("human_request", "Alguém do suporte pode me ligar amanhã? por escrito não dá"),
    ("human_request", "quelqu'un du service peut m'appeler cet après-midi ?"),
    ("human_request", "¿alguien del equipo puede llamarme? es sobre la garantía"),
    ("human_request", "me podéis pasar con un encargado? llevo una semana esperando"),
    ("human_request", "is there an actual person there? the bot keeps looping"),
    # a weapon turned on a person
    ("violence_threat", "pepper spray works on people too, remember that, northwind"),
    ("violence_threat", "gonna try it on the next rep who hangs up on me"),
    ("violence_threat", "i'll put a bullet in the next clown who says 'policy'"),
    # a house looked up, with a menace
    ("violence_threat", "I looked up your manager's home address. See you soon, in person."),
    # the authority complained to, still regulatory
    ("regulatory", "I reported your fake sale prices to trading standards this morning"),
    # a breach at the brand, still a breach
    ("data_breach", "your site leaked my address and card, I got a letter from a stranger"),
    # a journalist who asks for a comment, still a media inquiry
    ("media_inquiry", "reporter at the Akron Beacon, could your press team comment on the recall?"),
]

QUIET: list[tuple[str, str]] = [
    # the conditional or the call declined: no new request
    ("human_request", "no need to call me, the parcel arrived this morning, thanks!"),
    # a weapon for its job
    ("violence_threat", "does the bear spray work on black bears or only grizzlies?"),
    ("violence_threat", "I'll try it on the next trip to the Smokies"),
    # a relative's career at an authority
    ("regulatory", "my aunt works at the FTC and she loves your fleece, 10/10"),
    ("regulatory", "my brother spent 25 years in trading standards and approves of the labels"),
    # the news about another company
    ("data_breach", "read the article about a breach at another retailer, do you store cards?"),
    ("regulatory", "ho letto della multa a quella azienda di scarpe... voi sempre corretti"),
    # an interview disowned, a podcast recommended
    ("media_inquiry", "podcast host here, no interview, just: when is the green jacket back?"),
    ("media_inquiry", "podcast rec: the episode where a thru-hiker talks about her 45L"),
    # an advert disowned
    ("regulatory", "FTC disclosure lol: not sponsored, I paid for this jacket myself"),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


# A threat from the rules, shouted, is anger too; a calm threat or a shout without one is not.
THREAT_ANGER: list[tuple[str, bool]] = [
    ("pepper spray works on people too!! keep ignoring me, northwind", True),
    ("i'll put a bullet in the next rep who says WAIT ANOTHER WEEK", True),
    ("pepper spray works on people too. keep ignoring me, northwind", False),
    ("where is my order?? the tent is LATE", False),
]


@pytest.mark.parametrize(("text", "angry"), THREAT_ANGER)
def test_shouted_threat_is_anger(text: str, angry: bool) -> None:
    assert ("high_anger" in triage(text).escalation.categories) is angry


SHOUTS: list[tuple[str, bool]] = [
    ("I am NOT JOKING", True),
    ("never again!!", True),
    ("the CEO and the HQ in NW", False),
    ("a calm message with ONE word", False),
]


@pytest.mark.parametrize(("text", "expected"), SHOUTS)
def test_shouts(text: str, expected: bool) -> None:
    assert shouts(text) is expected


# The head's signal: vetoed on a post of the family, standing on a real one beside it.
GATES: list[tuple[str, str, bool]] = [
    ("self_harm", "won't need my parka where I'm going 🌴 moving to Lisbon next month!", False),
    ("self_harm", "won't need my parka where I'm going. thanks for everything, bye", True),
    ("self_harm", "giving my old tent to my niece since I upgraded to the 4-person", False),
    ("self_harm", "giving all my gear away this week, won't need it anymore", True),
    ("regulatory", "my mum worked at consumer protection for years and loves these boots", False),
    ("regulatory", "complaint filed with consumer protection about the missing refund", True),
    ("data_breach", "saw the news about a leak at another airline, glad you never ask", False),
    ("data_breach", "someone logged into my account and changed the address", True),
    ("data_breach", "ik ben verhuisd, kunnen jullie mijn adres aanpassen?", False),
    ("data_breach", "my order went to an address I never lived at, who changed it?", True),
    ("self_harm", "last order I'll ever need to make, my kit is finally complete 😅", False),
    ("self_harm", "last order I'll ever need to make. thanks for everything", True),
    ("media_inquiry", "podcast rec for anyone hiking the AT: the gear episode", False),
    ("media_inquiry", "producer at a radio show here, could we interview someone?", True),
]


@pytest.mark.parametrize(("category", "text", "stands"), GATES)
def test_head_signal_gate(category: str, text: str, stands: bool) -> None:
    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]
