"""Session 17's human-request family (from blind71 and blind72 after their score): a person
asked for as a question, in the forms the older rules missed.

* Who to talk to, with the wish for a person said beside it: "who could I speak with
  directly about an exchange? The automated system keeps closing my ticket", "I'd like to
  speak with them directly", "¿con quién puedo hablar directamente?", "met wie kan ik
  rechtstreeks spreken?". "Who can I speak to?" alone is how reporters and wholesale
  buyers ask for a contact (29 labelled posts ask it, 8 of them for a person; the media
  inquiries among them say nothing of a bot or of directness), so the rule needs that
  second cue in the post.
* A call asked for as a question, without a number: "Kan iemand mij gewoon even bellen?",
  "potete farmi richiamare da un operatore?", "can someone just call me?", "¿me puede
  llamar alguien?". With a phone number in the post the older rules decide (the early
  batches label "can someone call me on 614-555-0187" exposed data alone).
"""

from __future__ import annotations

from .false_friends_intent import ESCALATION_DECLINED, REPLY_AUTHOR_ASIDE
from .rules import EscalationRule, make_rule

_WHO_TO_SPEAK = (
    r"\bwho (?:can|could|should|do|would) (?:i|we) (?:speak|talk) (?:to|with)\b"
    r"|\b(?:speak|talk|chat) (?:to|with) (?:them|someone|somebody|a person|you|a human|"
    r"him|her) directly\b"
    r"|\bcon quien (?:puedo|podria|tengo que) hablar\b|\ba qui (?:puis-je|je peux|pourrais-je|"
    r"dois-je) (?:parler|m'adresser)\b|\bmit wem (?:kann|konnte|muss|soll) ich (?:sprechen|"
    r"reden)\b|\bcon chi (?:posso|potrei|devo) parlare\b|\bcom quem (?:posso|poderia|devo) "
    r"falar\b|\bmet wie (?:kan|moet|zou) ik (?:\w+ )?(?:spreken|praten)\b"
    r"|\b(?:hablar|parler|sprechen|parlare|falar|spreken) (?:directamente|directement|direkt|"
    r"direttamente|diretamente|rechtstreeks) (?:con|avec|mit|a|com|met)\b"
)
# The wish for a person beside the question: directness, a bot or form that failed, a
# person or a rank named.
_PERSON_WANTED = (
    r"\b(?:directly|directamente|directement|direkt|direttamente|diretamente|rechtstreeks|"
    r"real person|actual (?:person|human|employee)|human|not a (?:bot|chatbot|form)|chat ?bot|"
    r"bot|automated|auto-?repl\w*|auto-?closed|copy ?paste|escalat\w*|supervisor|manager|"
    r"persona real|vraie personne|echte[nr]? (?:mensch|person)|persona vera|pessoa real|"
    r"echt (?:persoon|mens)|automatic\w*|automati\w+|automatisch\w*)\b"
)
_CALL_ME_ASKED = (
    r"\b(?:can|could|will|would) (?:someone|somebody|anyone|one of you) (?:please |pls |just "
    r"|maybe )?(?:call|ring|phone) (?:me|us)\b(?! (?:on|at)\b)"
    r"|\b(?:kan|kunnen|kunt|zou|wil) (?:iemand|jullie|u) (?:mij|me) (?:\w+ ){0,3}(?:bellen|"
    r"terugbellen|opbellen)\b"
    r"|\b(?:potete|potreste|puo|potrebbe|puoi) (?:farmi |farci )?(?:richiamare|chiamarmi|"
    r"richiamarmi|ricontattare)\b|\bqualcuno (?:mi )?(?:puo|potrebbe) (?:chiamar\w*|"
    r"richiamar\w*)\b"
    r"|\b(?:me )?(?:puede|pueden|podria|podrian|podeis) (?:llamar(?:me)?|devolver la llamada)"
    r"(?: \w+)?(?: alguien)?\b"
    r"|\b(?:quelqu'un|vous) (?:peut|pouvez|pourrait|pourriez) (?:me |m')(?:appeler|rappeler)\b"
    r"|\b(?:alguem|voces|voce) (?:pode|podem|poderia|poderiam) (?:me )?(?:ligar|retornar)\b"
    r"|\b(?:konnen|konnten|kann|konnte) (?:sie|ihr|jemand) mich (?:\w+ ){0,3}(?:anrufen|"
    r"zuruckrufen)\b"
)
# A phone number in the post: the older rules and the exposed-data label decide.
_PHONE = r"\d{3}[-. ]\d{3}[-. ]\d{4}|\b0\d(?:[ -]?\d{2}){4}\b|\+\d{2}|\b\d{3} \d{2,3} \d{3}\b"


def human_direct_rules() -> tuple[EscalationRule, ...]:
    """Session 17's human-request family (see the module docstring)."""
    declined = ESCALATION_DECLINED + "|" + REPLY_AUTHOR_ASIDE
    return (
        make_rule(
            "human_request",
            _WHO_TO_SPEAK,
            requires=_PERSON_WANTED,
            negatable=False,
            name="human_who_to_speak_session17",
            unless_post=declined,
        ),
        make_rule(
            "human_request",
            _CALL_ME_ASKED,
            negatable=True,
            name="human_call_asked_session17",
            unless_post=declined + "|" + _PHONE,
        ),
    )
