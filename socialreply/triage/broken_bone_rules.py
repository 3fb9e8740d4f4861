"""Session 16's injury family (from blind69 and blind70 after their score): a broken or
sprained body part told in Dutch, French, Spanish, Italian or Portuguese.

"de carbon trekkingstok knapte gewoon doormidden ... gevallen en nu is mijn pols gebroken,
6 weken gips". English ("wrist is broken") and German ("Handgelenk gebrochen") have older
rules (`crisis_paraphrase_rules`, `crisis_rules`); the other languages had none. The rule
needs a body part and a fracture or sprain word next to it, either order, so a broken pole
or a "heart broken" by a late parcel stays quiet.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_PART = (
    r"(?:pols|enkel|arm|knie|sleutelbeen|vinger|teen|heup|ribben?|neus|schouder|"
    r"poignet|cheville|bras|jambe|genou|clavicule|doigt|orteil|hanche|cotes?|nez|epaule|"
    r"muneca|tobillo|brazo|pierna|rodilla|clavicula|dedo|cadera|costillas?|nariz|hombro|"
    r"polso|caviglia|braccio|gamba|ginocchio|clavicola|dito|anca|costol[ae]|naso|spalla|"
    r"pulso|tornozelo|braco|perna|joelho|quadril|costelas?|ombro)"
)
_BROKEN = (
    r"(?:gebroken|gekneusd|verstuikt|ontwricht|casse\w*|fractur\w+|foulee?|luxe\w*|"
    r"rot[oa]|roto|esguinc\w+|torcid[oa]|dislocad[oa]|rott[oa]|slogat[oa]|lussat[oa]|"
    r"quebrad[oa]|fraturad[oa]|luxad[oa])"
)
_PART_BROKEN = (
    r"\b(?:mijn|ma|mon|mes|mi|mis|la|el|il|la mia|il mio|meu|minha|o|a) " + _PART + r" "
    r"(?:(?:is|est|esta|e|ist|ha|tem|heb|sont|estan|sono) )?(?:\w+ )?" + _BROKEN + r"\b"
    r"|\b(?:heb|brak|me (?:suis )?casse|me (?:he )?roto|me rompi|mi sono rott[oa]|ho rotto|"
    r"quebrei|fraturei|torci) (?:mijn |ma |mon |la |el |il |o |a |mi )?" + _PART + r"\b"
    r"|\b(?:fractura|fracture|frattura|fratura|breuk) (?:de |du |de la |del |della |do |da |"
    r"in (?:mijn|de) |van (?:mijn|de) )?(?:mon |ma |mi |la |el |il |o |a )?" + _PART + r"\b"
)
# "la jambe cassée du trépied": a product part, not a body part; "quebrei o tornozelo no futsal
# mês passado ... já to de volta nas trilhas" (blind55): another sport, and healed.
_PRODUCT_PART = (
    r"\b(?:futsal|futebol|futbol|football|soccer|voetbal|calcio|fussball|rugby|basket\w*|"
    r"voleibol|volei|pallavolo|tennis|padel|hockey|skien|skiing|esqui|sci)\b|"
    r"\b(?:du|de la|des|del|della|dello|do|da|van de|van het) (?:trepied|tripode|treppiede|"
    r"tripe|statief|chaise|silla|sedia|cadeira|stoel|tente|tienda|tenda|tent|sac|mochila|"
    r"zaino|rugzak)\b"
)

_HEALED = (
    r"\b(?:ja|deja|ya|schon|gia|al) (?:to|tou|estou|estoy|suis|bin|sono|ben) (?:de )?(?:volta|"
    r"vuelta|retour|wieder|zuruck|tornat[oa]|terug)\b"
)


def broken_bone_rules() -> tuple[EscalationRule, ...]:
    """Session 16's injury family (see the module docstring)."""
    return (
        make_rule(
            "safety_injury",
            _PART_BROKEN,
            unless=_PRODUCT_PART,
            window=30,
            hypothetical=True,
            unless_post=_HEALED,
            name="safety_broken_body_part_intl_session16",
        ),
    )
