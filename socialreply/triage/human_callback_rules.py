"""Session 16's human-request family (from blind63 to blind66 after their score): a person
asked for in the forms the older rules missed.

* A terse demand, a sentence of its own: "manager. now. please.", "supervisor please",
  "un responsable, maintenant", "einen Vorgesetzten. Sofort.".
* A call asked for: "can someone give me a ring?" (the older rule reads "give me a call"
  and "ring me"), and the polite condition "se alguém puder me ligar", "si alguien puede
  llamarme", "si quelqu'un pouvait m'appeler", "se qualcuno potesse chiamarmi", "als iemand
  me kan bellen". A bare "me liguem por favor" beside a phone number stays out: the labels
  call those posts exposed data alone (blind42, blind43), while the conditional request is
  labelled a human request too (blind66).
* The German call with more words before the verb ("Kann mich bitte ein echter Mitarbeiter
  anrufen?", "Könnte mich bitte jemand von euch anrufen?"), a supervisor asked after
  ("is there a supervisor or anyone above the chat team I can talk to?") and the way to a
  person asked after ("how do you get a human at northwind", "does anyone know how to get
  through to a human").
"""

from __future__ import annotations

from .false_friends_intent import ESCALATION_DECLINED, REPLY_AUTHOR_ASIDE
from .rules import EscalationRule, make_rule

_PERSON = (
    r"(?:manager|supervisor|human|real person|team lead|gerente|encargad[oa]|supervisora?|"
    r"responsable|superviseur|vorgesetzte[nr]?|teamleiter|responsabile|direttore|"
    r"leidinggevende|teamleider)"
)
_NOW = (
    r"(?:now|right now|asap|please|pls|plz|ya|ahora|maintenant|tout de suite|jetzt|sofort|"
    r"subito|adesso|ora|agora|ja|nu|meteen|por favor|s'il vous plait|bitte|per favore|"
    r"alsjeblieft)"
)
_TERSE = (
    r"(?:^|[.!?\n]\s*)(?:(?:a|an|un|une|una|um|uma|een|einen)\s+)?" + _PERSON + r"[.!,]+\s*"
    r"(?:(?:now|ya|jetzt|agora|nu)[.!,]+\s*)?" + _NOW + r"\b"
)
_CALLBACK = (
    r"\bgive (?:me|us) a (?:ring|bell|buzz)\b"
    r"|\b(?:se|si|als|wenn) (?:alguem|alguien|quelqu'un|qualcuno|iemand|jemand) (?:\w+ )?"
    r"(?:puder|pudesse|podia|pode|puede|pudiera|podria|peut|pouvait|pourrait|puo|potesse|"
    r"potrebbe|kan|kon|zou|kann|konnte) (?:me |m'|mi )?(?:me )?(?:ligar|llamar(?:me)?|"
    r"appeler|rappeler|chiamar(?:mi)?|richiamar(?:mi)?|bellen|terugbellen|anrufen|"
    r"zuruckrufen|mich anrufen|mich zuruckrufen)\b"
    r"|\b(?:kann|konnte|konnen|konnten|wurde) mich (?:\w+ ){0,5}(?:anrufen|zuruckrufen)\b"
    r"|\bis there (?:a|an|any) (?:supervisor|manager|team lead|human|real person)(?: or "
    r"(?:anyone|someone|somebody)(?: \w+){0,4})? (?:i|we) (?:can|could) (?:talk|speak) "
    r"(?:to|with)\b"
    r"|\bhow (?:do (?:you|i|we)|to|can (?:i|you|we)|does one) (?:get|reach) (?:through to |"
    r"hold of )?(?:a|an) (?:human|real person|person|agent)\b"
    # ... at the brand, not "a human to carry a 70L pack up there".
    r"(?=\s*(?:[?.!,;(]|$|(?:at|on|in|from|over|there|here)\b))"
)
# Session 19, round 2 (blind83-86): the call asked for directly, without the condition
# ("Alguém da equipe pode me ligar?", "est-ce que qqn de votre équipe peut m'appeler svp?":
# eight labelled posts in French and Portuguese, all human requests), a transfer asked for
# in any language ("me podéis pasar con un supervisor", "put me through to a supervisor":
# six, all human requests) and "is there a real person there?".
_CALL_ASKED = (
    r"\b(?:alguem|alguien|quelqu'un|qqn|qqun|qualcuno|iemand|jemand)(?: \w+){0,4} (?:pode|podem|"
    r"poderia|puede|pueden|podria|peut|pourrait|puo|potrebbe|kan|kann|konnte) (?:me |m'|mi )?"
    r"(?:ligar|llamar(?:me)?|appeler|rappeler|chiamar(?:mi)?|richiamar(?:mi)?|bellen|"
    r"terugbellen|anrufen)\b"
    r"|\b(?:pasar|pasais|pasas|pasa|passar|passe[rz]?|transferir|transfer|put) (?:me )?(?:con|"
    r"com|avec|a|through to|to) (?:un |una |el |la |um |uma |a |an |the |alguien |someone )?"
    r"(?:supervisor\w*|encargad[oa]|responsable|gerente|manager|humano|persona real|real person|"
    r"human|superviseur)\b"
    r"|\bis there (?:a|an|any) (?:real|actual|living) (?:person|human)(?: there| here| on| at|"
    r" working| reading)?\s*\?"
)


def human_callback_rules() -> tuple[EscalationRule, ...]:
    """Session 16's human-request family (see the module docstring)."""
    return (
        make_rule(
            "human_request",
            _TERSE + "|" + _CALLBACK + "|" + _CALL_ASKED,
            negatable=True,
            name="human_callback_session16",
            # The escalation named and declined; who writes the replies asked.
            unless_post=ESCALATION_DECLINED + "|" + REPLY_AUTHOR_ASIDE,
        ),
    )
