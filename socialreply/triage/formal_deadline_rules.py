"""Session 16's legal family (from blind66 after its score): the formal deadline letter.

"my solicitor's advised me to give you 14 days to replace the jacket or refund it before we
issue proceedings"; "sollte bis Freitag keine Erstattung ... erfolgen, werde ich die
Angelegenheit meinem Anwalt übergeben. Mit freundlichen Grüßen". The older legal rules read
"my lawyer" but cancel it near a friend ("freundlichen" holds "freund") or miss the
contraction "solicitor's advised". These phrasings are the letter's own formulas — handing
the matter to a lawyer, issuing proceedings after a deadline, asking for the address for
service or the registered agent ("asking for my attorney") — and no labelled post uses
them for anything but a threat, so they stand alone, in the seven languages.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_HAND_TO_LAWYER = (
    r"\b(?:hand|pass|refer|turn|forward) (?:the|this) (?:matter|case|issue|file) (?:over )?to "
    r"(?:my|a|our) (?:lawyer|solicitor|attorney)s?\b"
    r"|\b(?:address for (?:legal )?service|registered agent'?s?)\b"
    r"|\bbefore (?:we|i) (?:issue|start|commence|file|begin) (?:court |legal )?proceedings\b"
    r"|\bmy (?:solicitor|lawyer|attorney)(?:'s| has) advised me to (?:give|send|start|issue)\b"
    r"|\b(?:die|diese) (?:angelegenheit|sache) (?:\w+ )?(?:meinem|einem|an meinen|an einen) "
    r"(?:rechts)?anwalt (?:ubergeben|weitergeben|weiterleiten)\b"
    r"|\b(?:pasare|pondre|dejare|trasladare) (?:el|este) (?:asunto|caso|tema) (?:en manos de|a) "
    r"(?:mi|un) abogad[oa]\b"
    r"|\b(?:je )?(?:transmettrai|confierai|remettrai) (?:le|ce) (?:dossier|litige) a (?:mon|un) "
    r"avocat\b"
    r"|\b(?:passero|affidero|consegnero) (?:la|questa) (?:questione|pratica|faccenda) "
    r"(?:al mio|a un) avvocato\b"
    r"|\b(?:vou passar|passarei|entregarei|vou entregar) (?:o|este) (?:caso|assunto) (?:para o|"
    r"ao|a um|para um|para meu|pro meu) (?:meu )?advogad[oa]\b"
    r"|\b(?:draag|geef|overdragen|doorgeven) (?:ik )?(?:de|deze) (?:zaak|kwestie) (?:over |door )?"
    r"(?:aan|naar) (?:mijn|een) advocaat\b"
)


def formal_deadline_rules() -> tuple[EscalationRule, ...]:
    """Session 16's formal deadline letter (see the module docstring)."""
    return (
        make_rule(
            "legal_threat",
            _HAND_TO_LAWYER,
            negatable=False,
            name="legal_formal_deadline_session16",
        ),
    )
