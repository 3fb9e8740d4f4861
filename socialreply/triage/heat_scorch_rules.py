"""Session 20's injury family (from blind92 after its score): a product that grew hot enough
to scorch what it stood on, or to smoke.

"Die Beacon 400 ist beim Laden so heiß geworden, dass das Holzregal jetzt einen schwarzen
Fleck hat. Mein Kind schläft in dem Zimmer." Every labelled post where a charging light, a
power bank or a stove scorched a table, a nightstand or a shelf is labelled safety_injury
(a fire that nearly was); the English ones said "scorched" or "melted" and the rules read
them, the other languages' marks ("schwarzer Fleck", "mancha negra", "tache noire") were
not read. The rule needs the heat first (`heat_mark_rules.HEATED`) and the scorch within a
few words after it, so a black mark on its own ("a black mark on the sole") stays out.
"""

from __future__ import annotations

from .heat_mark_rules import HEATED
from .rules import EscalationRule, make_rule

_SCORCH = (
    r"\b(?:scorch\w*|singed|charred|black(?:ened)? (?:mark|spot|patch)|burn marks?|brown "
    r"(?:mark|spot)|schwarze[nrs]? (?:fleck|stelle|rand)|brandfleck\w*|brandspur\w*|angesengt|"
    r"versengt|verkohlt|angekokelt|mancha (?:negra|quemada|preta)|marca (?:negra|quemada|preta)|"
    r"chamuscad[oa]|tache (?:noire|brulee)|trace (?:noire|brulee)|roussi\w*|noirci\w*|"
    r"macchia (?:nera|bruciata)|bruciacchiat\w*|annerit\w*|zwarte (?:plek|vlek|rand)|"
    r"schroeiplek\w*|verschroeid|geblakerd"
    # Or it smoked: "richtig heiß geworden und hat angefangen zu qualmen", "werd zo heet ...
    # de hele tent stond vol rook" (14 labelled posts with the heat and the smoke, all
    # safety_injury).
    r"|smok\w*|qualm\w*|rauch\w*|humo|humea\w*|fumo|fumaca|fumegou|fumee|rook|rookte|"
    r"roken|smeul\w*)\b"
)


def heat_scorch_rules() -> tuple[EscalationRule, ...]:
    """Session 20's heat-scorch injury (see the module docstring)."""
    return (
        make_rule(
            "safety_injury",
            HEATED + r"(?:\W+\w+){0,24}?\W+" + _SCORCH,
            negatable=False,
            name="injury_heat_scorched_surface_session20",
        ),
    )
