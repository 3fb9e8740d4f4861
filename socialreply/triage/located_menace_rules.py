"""Session 15's violence family (from blind59 and blind60 after their score): finding out
where a staff member lives, and a countdown.

Session 14's `crisis_menace_rules` reads "I know where X lives" with a menace. The same
threat comes as a discovery ("POV: you finally find out where the northwind customer service
lady lives 🔪 #revenge", "found your store manager on linkedin, his house is right there on
google maps too. let's see how long he keeps ignoring my emails 🙂", "Adresse hab ich"), and
as a countdown to the person ("to whoever packed my tent: enjoy your last quiet week").

Knowing an address is ordinary on its own ("I have her address, the parcel went to my
neighbour"), so the discovery needs a menace in the post: a knife, revenge, "my turn", "let's
see how long", "he'll regret", a visit, in the seven languages. The countdown is specific
enough alone: "enjoy your last" with quiet, peaceful or calm days.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_FOUND_WHERE = (
    r"\b(?:find|found|finding|figured|figure|worked) out where (?:[\w']+ ){1,6}?(?:lives?|"
    r"works?|parks?|sleeps?|stays?)\b"
    r"|\b(?:his|her|their) (?:house|home|address|place) (?:is|was) (?:\w+ ){0,2}on (?:google|"
    r"linkedin|maps|street ?view|zillow)\b"
    r"|\badresse hab ich\b|\bich hab (?:seine|ihre|die|eure) (?:private )?adresse\b"
    r"|\b(?:i'?ve got|i have|i got) (?:his|her|their) (?:home )?address\b"
    r"|\btengo su direccion\b|\bj'ai (?:son|leur) adresse\b|\bho (?:il suo|trovato il suo) "
    r"indirizzo\b|\btenho o endereco d(?:ele|ela)\b|\bik heb (?:zijn|haar) (?:huis)?adres\b"
)
_MENACE = (
    r"\U0001f52a|\U0001f608|\U0001f642|\U0001f60a|\brevenge\b|\bmy turn\b|\bitsmyturn\b"
    r"|\bregret\w*\b|\blet'?s see (?:how|if|who)\b|\bwe'?ll see (?:how|if|who)\b|\bon verra\b"
    r"|\bvamos a ver\b|\bvamos ver\b|\bvediamo\b|\bmal sehen\b|\bwe zullen zien\b|\bfresse\b"
    r"|\b(?:a little |a )?visit\b|\bin person\b|\bsee (?:you|him|her) soon\b|\bvenganza\b"
    r"|\bvengeance\b|\brache\b|\bvendetta\b|\bvinganca\b|\bwraak\b"
)
_COUNTDOWN = (
    r"\benjoy (?:your|ur) (?:last|final|remaining) (?:few )?(?:quiet|peaceful|calm|normal|"
    r"safe) (?:days?|weeks?|nights?|weekend|evenings?)\b"
    r"|\bprofite[zs]? (?:bien )?de (?:tes|vos) derni\w+ (?:jours|nuits|semaines) "
    r"(?:tranquilles|calmes|paisibles)\b"
    r"|\bdisfruta\w* (?:de )?(?:tus|sus|vuestros) ultimos (?:dias|noches) (?:tranquil\w+|"
    r"en paz)\b|\bgenies\w* (?:deine|eure|ihre) letzten (?:ruhigen|friedlichen) \w+\b"
    r"|\bgoditi (?:gli )?ultimi giorni (?:tranquill\w|di pace)\b"
    r"|\baproveit\w+ (?:os )?(?:seus|teus) ultimos dias (?:tranquil\w+|de paz)\b"
    r"|\bgeniet (?:nog )?(?:maar )?van je laatste (?:rustige|kalme) \w+\b"
)


def located_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 15's located menace and countdown (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _FOUND_WHERE,
            requires=_MENACE,
            negatable=False,
            name="violence_found_where_menace_session15",
        ),
        make_rule(
            "violence_threat",
            _COUNTDOWN,
            negatable=False,
            name="violence_countdown_session15",
        ),
    )
