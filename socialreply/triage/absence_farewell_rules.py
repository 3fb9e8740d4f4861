"""Session 20's self-harm family (from blind89-92 after their score): the writer's own
absence told as a fact, with no word of dying.

* Not here, not around: "since i won't be here next month", "even if i'm not around to get
  it", "I'm not going to be here in 30 days to use it", "i won't be around after the
  weekend". Over all labelled posts 63 of the 64 posts saying they will not be here or around
  are self-harm; the one that is not ("won't be around to sign for the parcel tuesday ...
  work trip") gives a trip, and a trip, a holiday or a return date cancels the rule; a
  delivery missed ("won't be around to sign for it tomorrow") is not read.
* Found: "at least they'll find me warm", "ill be warm when they find me".
* Quiet for good: "i just want my head to be quiet for good".
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_ABSENT = (
    r"\b(?:won'?t|wont|will not|not going to|not gonna|might not|may not|(?:i'?m|im|i am) not "
    r"(?:going to|gonna)) be (?:here|around)\b"
    r"|\b(?:i'?m|im|i am|i'?ll be|ill be) not (?:here|around)\b"
    r"|\b(?:even )?if (?:i'?m|im|i am) (?:not|no longer) (?:here|around)\b"
)
# What the absence is for or until: a time to come or a thing the writer will miss.
_WHEN = (
    # Not a delivery missed: "won't be around to sign for the package tomorrow" (the
    # farewells that say "to sign for it" are read by the older rules, with their goodbye).
    # Nor an absence for a while: "until friday", "for a bit", "for the weekend".
    r"(?! (?:to sign|to receive|to pick (?:it |them )?up|to take (?:the )?delivery|"
    r"(?:\w+ ){0,5}(?:tomorrow|today|"
    r"tonight|until|till|til)\b|for (?:a (?:bit|while|few|couple|week|day|month)|the "
    r"(?:weekend|week|day|night|holidays))\b))"
    r"(?: (?:\w+ ){0,2}(?:next|after|by|in|when|to|for|much|long|anymore|any ?more|at all|"
    r"this|much longer|long enough|then)\b)"
)
_FOUND = (
    r"\b(?:warm|cozy|cosy|comfortable|comfy|dry|dressed) when (?:they|someone|somebody|people) "
    r"finds? me\b|\b(?:they|someone|somebody)(?: will|'?ll) find me (?:warm|cozy|cosy|"
    r"comfortable|comfy|dry|dressed)\b"
)
_QUIET_FOR_GOOD = (
    r"\b(?:my head|my mind|my brain|my thoughts|the voices|the noise|everything|it all|the "
    r"pain) (?:to )?(?:be |go |get )?(?:quiet|silent|still|stop|end|over)\w* for good\b"
)
# A trip, a holiday, a move or a date to come back by: an absence with a return.
_ABSENCE_WITH_RETURN = (
    r"\b(?:work trip|business trip|on a trip|vacation|holiday|travell?ing|away for|out of town|"
    r"deployment|deployed|conference|festival|back (?:on|by|in|next)|return(?:ing)? (?:on|by|"
    r"in|next)|moving|relocat\w*|off[- ]grid)\b"
)


def absence_farewell_rules() -> tuple[EscalationRule, ...]:
    """Session 20's absence family (see the module docstring)."""
    return (
        make_rule(
            "self_harm",
            r"(?:" + _ABSENT + r")" + _WHEN,
            negatable=False,
            unless_post=_ABSENCE_WITH_RETURN,
            name="self_harm_not_here_session20",
        ),
        make_rule(
            "self_harm",
            _FOUND + "|" + _QUIET_FOR_GOOD,
            negatable=False,
            name="self_harm_found_or_quiet_session20",
        ),
    )
