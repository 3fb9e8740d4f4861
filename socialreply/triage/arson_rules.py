"""Session 15's violence family (from blind59 and blind60 after their score): setting the
brand's site on fire.

"je vais venir à votre entrepôt et tout cramer avec vos employés dedans", "im torching the
warehouse", "ik steek die winkel van jullie in de fik", "YOU'RE LUCKY I DON'T BURN YOUR
WAREHOUSE TO THE GROUND": an arson verb and a site of the brand's (a warehouse, a store, an
office) in the same sentence, or the fire with the staff inside.

A product that caught fire is a safety report, not a threat ("your stove set my tent on fire
with my daughter inside", "la batterie a pris feu sur mon bureau"): the verbs here are the
ones of doing it on purpose, in the infinitive or the future ("tout cramer", "mettre le feu
à", "torch", "burn down your"), never a past participle, and the "inside" form needs staff,
not family. A negation does not cancel it ("lucky I don't burn your warehouse").
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_SITE = (
    r"(?:warehouse|store|shop|office|offices|hq|headquarters|depot|distribution center|"
    r"pop-?up|entrepot|magasin|boutique|bureaux|locaux|siege|almacen|tienda|oficinas?|lager|"
    r"laden|filiale|zentrale|magazzino|negozio|uffici?|armazem|loja|escritorio|magazijn|"
    r"winkel|kantoor|hoofdkantoor)"
)
_ARSON = (
    r"(?:(?:tout )?cramer|incendier|(?:mettre|mets|mettrai|vais mettre|foutre|fous|foutrai) "
    r"le feu (?:a|au|aux|dans)|torch\w*|burn(?:ing)? (?:down |up )?(?:your|ur|that|the whole|"
    r"the)|set (?:fire|alight) to|set\w* (?:your|ur|that|the) \w+ on fire|light\w* (?:your|ur|"
    r"that|the) (?:whole )?(?:\w+ )?up|quemar(?:os|les)?|prender(?:le)? fuego|incendiar\w*|"
    r"abfackeln|abbrennen|anzunden|fackel\w* (?:\w+ )?ab|dar(?:e|o|gli)? fuoco|tocar fogo|"
    r"por fogo|queimar|in de fik|platbranden|in brand steken|steek \w+ (?:\w+ ){0,4}in "
    r"(?:de )?(?:brand|fik))"
)
_STAFF_INSIDE = (
    r"(?:avec|with|con|mit|com|met) (?:\w+ ){0,2}(?:staff|employees|managers|workers|people|"
    r"employes|personnel|empleados|trabajadores|mitarbeiter\w*|angestellten|dipendenti|"
    r"impiegati|funcionarios|medewerkers|personeel) (?:still )?(?:dedans|inside|in it|dentro|"
    r"drin|binnen)"
)


def arson_rules() -> tuple[EscalationRule, ...]:
    """Session 15's arson menace (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            rf"\b{_ARSON}\b[^.!?]{{0,60}}?\b{_SITE}\b|\b{_SITE}\b[^.!?]{{0,40}}?\b{_ARSON}\b"
            rf"|\b{_ARSON}\b[^.!?]{{0,60}}?\b{_STAFF_INSIDE}\b",
            negatable=False,
            name="violence_arson_site_session15",
        ),
    )
