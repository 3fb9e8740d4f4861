"""Session 15's legal family: going to court said the way Portuguese, Dutch and Spanish
customers say it, which the legal tables (written mostly around "sue" and "lawyer") missed.

"Vou entrar com uma ação no juizado de pequenas causas", "vou entrar na justiça contra
vocês", "ik ga jullie aanklagen", "dan stap ik naar de kantonrechter", "schakel ik een
advocaat in", "dien ik een vordering in", "we zien elkaar in de rechtbank", "presentaré una
demanda": eleven labelled threats in older batches no rule caught. The labelled false
friends are jokes ("ik ga jullie aanklagen wegens te mooie jassen 😂") and denials ("ich
will niemanden verklagen"): a negation before the words, a laugh or "just kidding" in the
post cancels the rule.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_COURT_ACTION = (
    # Portuguese: "vou entrar com uma ação", "entrar na justiça", "no juizado especial".
    r"\b(?:vou|vamos|irei) (?:entrar|abrir|mover|dar entrada) (?:com |na |no |numa |num )?"
    r"(?:uma )?(?:acao|processo|justica|juizado)\b|\bvou processar\b"
    r"|\b(?:entrar|abrir) (?:com )?(?:uma )?(?:acao|processo) (?:judicial|no juizado|contra)\b"
    # Dutch: "ik ga jullie aanklagen", "stap ik naar de kantonrechter", "een advocaat in".
    r"|\b(?:ik ga|ik zal|we gaan|wij gaan|ga ik) (?:jullie|je|u|northwind) (?:\w+ )?"
    r"(?:aanklagen|voor de rechter slepen)\b"
    r"|\b(?:stap|stappen) (?:ik|we) (?:naar|bij) de (?:vrede|kanton)?rechter\b"
    r"|\b(?:schakel|schakelen) (?:ik|we) (?:een|mijn) advocaat in\b"
    r"|\bdien (?:ik|we) een (?:vordering|klacht|aanklacht) in bij de (?:\w+)?rechter\b"
    r"|\b(?:we )?zien (?:elkaar|jullie) (?:\w+ )?in de rechtbank\b"
    # Spanish: "presentaré una demanda", "os voy a demandar" (the first form was missing).
    r"|\bpresentare (?:una )?demanda\b"
)
# English, session 19 (blind82, spent): the claim filed in a named court ("I've filed a claim
# in district court", "filing suit ... in county court"); 6 labelled posts, all legal. Read
# without the clause-wide negation ("after 6 weeks of nothing I've filed a claim"); only a
# negation of the filing itself cancels it.
_CLAIM_FILED = (
    r"\b(?:filed|filing|file|lodged|submitted|opened) (?:a |my |an )?(?:claim|suit|lawsuit|"
    r"case|complaint|petition)s? (?:\w+ ){0,3}?(?:in|with|at) (?:the )?(?:\w+ ){0,2}?"
    r"(?:district|small claims|county|magistrates?'?|civil|circuit|municipal|justice) court\b"
)
_FILING_DENIED = (
    r"\b(?:not|never|haven'?t|have not|hasn'?t|didn'?t|did not|won'?t|will not|no need to|"
    r"no plans? to) (?:yet |ever |actually )?(?:be )?(?:filed|file|filing|lodged|submitted)\b"
)


def court_action_rules() -> tuple[EscalationRule, ...]:
    """Session 15's legal family (see the module docstring)."""
    return (
        make_rule(
            "legal_threat",
            _COURT_ACTION,
            unless_post=r"\b(?:lol|lmao|haha\w*|kidding|grapje|brincadeira|broma)\b"
            r"|\U0001f602|\U0001f604|\U0001f606|\U0001f923",
            name="legal_court_action_pt_nl_es_session15",
        ),
        make_rule(
            "legal_threat",
            _CLAIM_FILED,
            unless=_FILING_DENIED,
            unless_post=r"\b(?:lol|lmao|haha\w*|kidding)\b|\U0001f602|\U0001f923",
            negatable=False,
            name="legal_claim_filed_in_court_session19",
        ),
    )
