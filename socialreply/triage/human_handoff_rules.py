"""Session 15's human-request family (from blind57 to blind60 after their score): asking to
be handed to a person, in the forms the older rules missed.

"I'd like a team lead to look at my warranty case", "Get me a team lead please", "Can I get
a manager on this please?", "pls escalate to a supervisor", "I would appreciate being
connected with someone on Northwind's customer experience leadership team", "passez moi un
conseiller humain", "parler à un vrai conseiller", "mit nem echten Menschen sprechen" (the
older rule reads "nem" as the Portuguese negation), "vorrei parlare con un responsabile".

A request to be contacted ("can someone from northwind email me at ...", "chiamatemi al
+39 ...", "llámenme") is labelled a human request only when the usual channel has failed
("chat keeps timing out", "email hasn't worked", "non so più cosa fare"); the same words
with only an order number and the writer's details are labelled as exposed data alone, so
the second rule needs that failure in the post.
"""

from __future__ import annotations

from .false_friends_intent import ESCALATION_DECLINED, REPLY_AUTHOR_ASIDE
from .rules import EscalationRule, make_rule

_HANDOFF = (
    r"\b(?:i'?d like|i would like|i want|i need|get me|can i get|could i get|may i get|"
    r"give me|can i have|could i have) (?:a|an|the|your) (?:team lead|team leader|supervisor|"
    r"manager|senior agent|human)\b"
    # Session 16 round 3: "get me someone who actually speaks english"
    r"|\b(?:get|put|transfer) me (?:to )?(?:someone|somebody) (?:who|that) (?:actually |can )?"
    r"(?:speaks?|knows?|understands?)\b"
    r"|\bescalate (?:this |it |my \w+ )?to (?:a|an|the|your) (?:supervisor|manager|team lead|"
    r"human|person|real person)\b"
    r"|\b(?:be|being|get|getting) connected (?:with|to) (?:someone|somebody|a person|a human|"
    r"an agent|a manager|a supervisor|a team lead)\b"
    r"|\bpasse[zr]?[- ]?moi (?:un|une|quelqu'un) (?:\w+ )?(?:conseill\w+|humain|personne|"
    r"responsable|agent)\b|\b(?:un|une) (?:vrai|vraie) (?:conseill\w+|personne|humain|agent)\b"
    r"|\bmit (?:nem|'nem|einem|einer) (?:echten|richtigen) (?:menschen|person|mitarbeiter\w*)\b"
    r"|\bchiedo di parlare con\b|\bvorrei parlare con (?:un|una|qualcuno)\b"
)
_CONTACT_ME = (
    r"\b(?:someone|somebody|anyone|a human|a person|a real person|an? (?:agent|manager|"
    r"supervisor))\b (?:from|at|on|in) (?:northwind\w*|your|the|customer (?:service|support|"
    r"care)) (?:[\w']+ ){0,4}?(?:(?:please|"
    r"pls|plz) )?(?:email|e-mail|dm|message|text|call|contact|reach out to|get in touch with|"
    r"ring) me\b"
    r"|\b(?:chiamatemi|richiamatemi|contattatemi|llamadme|llamenme|llameme|bel me|belt u mij|"
    r"ligue-me|liguem-me|me liguem|me ligue|appelez-moi)\b"
)
# The usual channel failed, or the writer is at a loss.
_CHANNEL_FAILED = (
    r"\b(?:chat|chatbot|bot|email|e-mail|phone line|hotline|dms?)\b (?:\w+ ){0,2}(?:keeps|kept|"
    r"isn'?t|hasn'?t|doesn'?t|won'?t|not) (?:\w+ )?(?:timing out|working|worked|answering|"
    r"helping|loading|responding)\b|\bno (?:reply|answer|response)\b|\bhasn'?t worked\b"
    # Session 16 round 3: "commenting here bc chat was closed on sunday"
    r"|\b(?:chat|phone line|hotline|support|customer service) (?:was|is|is already|were) "
    r"closed\b"
    r"|\bnon so (?:piu )?cosa fare\b|\bno se (?:ya )?que hacer\b|\bje ne sais plus quoi faire\b"
    r"|\bweis (?:nicht mehr weiter|nicht mehr was ich tun soll)\b|\bnao sei mais o que fazer\b"
    r"|\bweet (?:niet meer wat ik moet doen|het niet meer)\b"
)


def human_handoff_rules() -> tuple[EscalationRule, ...]:
    """Session 15's human-request family (see the module docstring)."""
    return (
        make_rule(
            "human_request",
            _HANDOFF,
            negatable=False,
            name="human_handoff_session15",
            # tr16a, by speech act: the escalation named and declined; who writes asked.
            unless_post=ESCALATION_DECLINED + "|" + REPLY_AUTHOR_ASIDE,
        ),
        make_rule(
            "human_request",
            _CONTACT_ME,
            requires=_CHANNEL_FAILED,
            negatable=False,
            name="human_contact_after_failed_channel_session15",
        ),
    )
