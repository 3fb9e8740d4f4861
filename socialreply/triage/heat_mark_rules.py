"""Session 16's injury family (from blind65 after its score): a product that grew hot enough
to leave a mark on the skin.

"el frontal Beacon 900 se calentó tanto que me dejó una marca roja en la frente, ya me salió
ampolla": no word of burning, yet every labelled post where a headlamp, a power bank or a
pot handle "got so hot" and then a red mark, a blister or a burn follows is an injury. The
heat alone is a complaint ("gets so hot on high, the battery drains"), and a blister alone
is the boots' most common false friend ("zero blisters"), so the rule needs the heat first
and the mark within a few words after it, in the seven languages.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

HEATED = (
    r"\b(?:got (?:so|super|really|very|too) hot|got hot enough|(?:heated|warmed) up (?:so|too)"
    r" much|overheated|se (?:calento|puso|recalento) (?:tanto|tan caliente|muchisimo)|"
    r"(?:a|avait) (?:tellement |trop )?chauffe|est devenue? (?:tellement|si|tres|trop) chaude?|"
    # Session 20: "richtig heiß geworden" (blind61).
    r"(?:so|zu|sehr|richtig|extrem|total|mega) heis geworden|uberhitzt|"
    r"si e (?:surriscaldat\w|scaldat\w tantissimo)|"
    r"e diventat\w (?:cosi|molto|troppo) cald\w|esquentou (?:tanto|demais|muito)|"
    r"ficou (?:tao|muito|super) quente|superaqueceu|werd (?:zo|heel|erg) heet|oververhit)\b"
)
_MARK = (
    r"\b(?:red (?:mark|patch|spot|blister\w*)|blister\w*|burn mark|burned|burnt|marca roja|"
    r"ampolla|quem\w+|marque rouge|cloques?|brul\w+|roten fleck|blasen?|verbrann\w*|"
    r"verbrennung|segno rosso|vescic\w+|ustion\w+|bruciat\w+|marca vermelha|bolhas?|"
    r"queim\w+|rode plek|blaren?|blaar|brandwond\w*|verbrand)\b"
)


def heat_mark_rules() -> tuple[EscalationRule, ...]:
    """Session 16's heat-mark injury (see the module docstring)."""
    return (
        make_rule(
            "safety_injury",
            # Session 17 (blind71): up to 24 words, the mark may come after where it
            # happened ("werd zo heet tijdens het opladen in de tent dat ... een blaar").
            HEATED + r"(?:\W+\w+){0,24}?\W+" + _MARK,
            negatable=False,
            name="injury_heat_left_mark_session16",
        ),
    )
