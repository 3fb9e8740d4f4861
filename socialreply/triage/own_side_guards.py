"""Session 17: the own-side false friends (`false_friends_own_side`) as vetoes on every rule
of their category, and on the semantic head's signals of it (`semantic_gates`).

Why every rule of the category, not the one that fired on the source post: the family is
about who did it (the writer's child, the writer's own brain, the writer's past career), so
no rule's evidence of the category stands on such a post, whichever words it keyed on.
Two families need their match near the evidence rather than anywhere in the post (a duty
charged by the courier; the writer staring at a thing): those veto in the rule's window.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from ..types import Category
from . import false_friends_figurative as ff
from . import false_friends_own_side as fo
from .false_friends_elsewhere import ELSEWHERE
from .false_friends_misattributed import MISATTRIBUTED
from .false_friends_misread import INJECTION_CONTEXT
from .false_friends_shopping_death import SHOPPING_FIGURES
from .normalize import compile_rule
from .rules import AnyPattern, EscalationRule, Exception_

# Category -> families that cancel any rule of the category, searched in the whole post.
POST_VETOES: dict[Category, tuple[str, ...]] = {
    "data_breach": (fo.OWN_SIDE_INTRUDER, fo.BRAND_NOT_AFFECTED, ff.HEART_HACKED),
    # "scam" written inside an order to the bot is the text it was told to produce.
    "fraud_payment": (fo.SELF_SCAMMED, INJECTION_CONTEXT, ff.SCAM_AS_PRAISE),
    "legal_threat": (fo.LAWYER_JOKE,),
    "regulatory": (fo.AUTHORITY_CAREER, ff.AD_DISCLOSURE),
    "safety_injury": (fo.HOSPITAL_AS_REASON, ff.INJURY_BESIDE_UNUSED_GOODS),
    "violence_threat": (ff.HARM_DISOWNED,),
}
# Category -> families that cancel a rule's match when found in its window.
WINDOW_VETOES: dict[Category, tuple[str, ...]] = {
    "fraud_payment": (fo.DUTIES_AT_DOOR,),
    "discrimination_harassment": (fo.OBJECT_STARED_AT,),
    "safety_injury": (ff.VOMIT_EMOJI,),
}
# The same families, for the semantic head's signals (a post of the family).
# Three more only the head misreads: contact declined once settled, where to serve legal
# papers, a charge the writer explains themselves.
SEMANTIC_FAMILIES: dict[str, tuple[str, ...]] = {
    "data_breach": (fo.OWN_SIDE_INTRUDER, fo.BRAND_NOT_AFFECTED, ff.HEART_HACKED),
    "fraud_payment": (
        fo.SELF_SCAMMED,
        fo.DUTIES_AT_DOOR,
        fo.OWN_PAYMENT_EXPLAINS,
        ff.SCAM_AS_PRAISE,
    ),
    "legal_threat": (fo.LAWYER_JOKE,),
    "regulatory": (fo.AUTHORITY_CAREER, ff.AD_DISCLOSURE),
    "safety_injury": (fo.HOSPITAL_AS_REASON, ff.INJURY_BESIDE_UNUSED_GOODS),
    "violence_threat": (ff.HARM_DISOWNED,),
    "self_harm": (fo.CONTACT_NOT_NEEDED,),
    "human_request": (fo.CONTACT_NOT_NEEDED, fo.LEGAL_SERVICE_ADDRESS),
}

# Families that veto a whole category, for the rules and the head alike: a crisis or urgent
# word that belongs to someone or something else (session 19, `false_friends_misattributed`:
# a lookalike site, a sport's court, harm wished on others), whose subject is elsewhere
# (session 19, `false_friends_elsewhere`: a relative's job, another company's news, an
# interview or an advert disowned), the sale as the writer's killer and the law against its
# temptation (session 20, `false_friends_shopping_death`).
for _table in (MISATTRIBUTED, ELSEWHERE, SHOPPING_FIGURES):
    for _category, _families in _table.items():
        POST_VETOES[_category] = POST_VETOES.get(_category, ()) + _families
        SEMANTIC_FAMILIES[_category] = SEMANTIC_FAMILIES.get(_category, ()) + _families


@functools.cache
def _compiled_families(extra: tuple[str, ...]) -> re.Pattern[str]:
    """The families as one pattern, compiled once for every rule of the category."""
    return compile_rule("|".join(extra))


def _joined(old: Exception_ | None, extra: tuple[str, ...]) -> Exception_:
    """`old` or the families: searched as their alternation would be, with the families
    compiled once (`AnyPattern`) rather than again inside each rule's pattern."""
    added = _compiled_families(extra)
    if old is None:
        return added
    olds = old.patterns if isinstance(old, AnyPattern) else (old,)
    return AnyPattern((*olds, added))


def with_own_side_guards(rules: Iterable[EscalationRule]) -> tuple[EscalationRule, ...]:
    """`rules` with the own-side vetoes of their category added (order kept, so the
    prefilter built from the result stays aligned)."""
    guarded = []
    for rule in rules:
        post = POST_VETOES.get(rule.category)
        window = WINDOW_VETOES.get(rule.category)
        if post:
            rule = dataclasses.replace(rule, unless_post=_joined(rule.unless_post, post))
        if window:
            rule = dataclasses.replace(rule, unless=_joined(rule.unless, window))
        guarded.append(rule)
    return tuple(guarded)
