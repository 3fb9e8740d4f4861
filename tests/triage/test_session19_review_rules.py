"""Session 19's urgent and review families (from blind79-82 after their score, reworded and
in other languages): a role or an authority named for something else (`false_friends_roles`),
a Dutch writer for a paper, a masked slur at a person, and a shopper's shouted "NOW". The
rules alone must catch each family and leave its look-alikes quiet; the head's signal must
fall on a post of a family and stand on a real one beside it."""

from __future__ import annotations

import pytest

from socialreply import triage
from socialreply.triage.semantic_gates import semantic_signal_stands

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # a writer for a paper who asks for a quote or a comment, Dutch and beside it
    ("media_inquiry", "ik schrijf voor een dagblad, mogen we jullie woordvoerder quoten?"),
    ("media_inquiry", "escribo para un diario de Sevilla, ¿podemos citar a alguien?"),
    # a reporter who is on duty
    ("media_inquiry", "I'm a reporter at a paper in Akron working on a story about the recall"),
    # a customer counting their own followers is still a viral risk
    ("viral_risk", "no refund after 6 weeks, telling my 80k followers to avoid you"),
    # the authority itself, complained to
    ("regulatory", "filed a complaint with the consumer protection agency about my refund"),
    ("regulatory", "reclamação feita no Procon, vocês não devolvem meu dinheiro"),
    # a person asked for, no press office
    ("human_request", "can I speak to a real person please, the bot keeps looping"),
    # a masked slur aimed at a member of staff
    ("discrimination_harassment", "not talking to that f****t Sam in returns ever again"),
]

QUIET: list[tuple[str, str]] = [
    # a reporter writing as a customer
    ("media_inquiry", "I'm a reporter at a local paper but this is personal: does the tent fit 3?"),
    ("media_inquiry", "soy periodista pero esto es personal jaja, ¿la mochila entra en cabina?"),
    # the audience counted is the writer's outlet's
    ("viral_risk", "Host of a gear podcast here (~25k listeners), could we get a quote on it?"),
    ("viral_risk", "I'm an editor for a hiking newsletter (60k subscribers), any comment?"),
    # "consumer rights" names a channel
    ("regulatory", "I run a consumer rights show and we'd like your side before Friday"),
    # an authority's prize, a price too low to believe
    ("regulatory", "the BBB should give you guys an award, best service ever"),
    ("regulatory", "the FTC should look into how this beanie is only $12 lol"),
    # the press office asked for
    ("human_request", "¿Puedo hablar con alguien de prensa para una entrevista?"),
    ("human_request", "journalist here, can I speak to someone from your press team?"),
    # a masked swear is not a slur
    ("discrimination_harassment", "that f*****g courier threw my parcel over the fence"),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


# Intensity: a shopper shouting for the goods is not angry; shouting a demand still is.
ANGER: list[tuple[str, bool]] = [
    ("THE NEW BEANIES ARE SO GOOD!!!!! I WANT THE GREEN ONE RIGHT NOW!!!!!", False),
    ("OMG THE RESTOCK!!!!! I NEED THE ORANGE VERSION RIGHT NOW!!!!!", False),
    ("YOU SENT THE WRONG SIZE AGAIN!!!!! FIX IT NOW!!!!!", True),
    ("I WANT THE BLUE ONE AND YOU SENT RED AGAIN!!!!! SEND IT NOW!!!!!", True),
]


@pytest.mark.parametrize(("text", "angry"), ANGER)
def test_shouted_want_is_not_anger(text: str, angry: bool) -> None:
    assert ("high_anger" in triage(text).escalation.categories) is angry


# The head's signal: vetoed on a post of the family, standing on a real one beside it.
GATES: list[tuple[str, str, bool]] = [
    ("media_inquiry", "journalist by trade but it's personal: which pack for a 3 day hike?", False),
    ("media_inquiry", "journalist at a Toledo paper, can someone comment on the recall?", True),
    ("regulatory", "Procon deveria dar um prêmio pra loja de vocês", False),
    ("regulatory", "vou abrir uma reclamação no Procon amanhã", True),
    ("regulatory", "the FTC should investigate how these socks are just $9", False),
    ("human_request", "could someone from your press office call me for the article?", False),
    ("human_request", "could someone from your team call me about my refund?", True),
]


@pytest.mark.parametrize(("category", "text", "stands"), GATES)
def test_head_signal_gate(category: str, text: str, stands: bool) -> None:
    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]
