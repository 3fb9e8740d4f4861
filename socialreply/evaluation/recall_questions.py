"""A customer asking whether their own product is recalled (or what to do about it).

Why: writers label a reply that confirms a customer's product is recalled, with no word of
regret, as ``missing_apology`` ("Oui, votre réchaud est concerné : le rappel porte sur
l'Ember 2 ...", scorer blind79, blind82 and blind83), yet the post ("is my Ember 2 with
serial 25C affected?") is a calm question that neither `complaints.is_complaint` nor the
learned complaint head calls a complaint. This reads the question in the seven supported
languages: a recall word, the customer's own product (a possessive, "I have / bought", or a
serial number) and a question or a "what do I do". Press enquiries, questions about the
redesigned model (2.1), receipts and which countries the remedy covers ask something else.

Not on by default: up to scorer batch 44 the writers answered the same question without
regret (19 good drafts), so calling it a complaint fails them. The `empathy` check uses it
with the value ``"recall"`` (`empathy_check.EMPATHY_VALUES`).
"""

from __future__ import annotations

import re

_RECALL = re.compile(
    r"\b(?:recall\w*|rückruf\w*|zurückgerufen\w*|rappel\w*|retirada|retiro|llamada a revisión|"
    r"richiam\w*|recolha|terugroep\w*|teruggeroepen|"
    # Withdrawn from the market: "he leído que ha sido retirado del mercado" (scorer
    # blind136; over every labelled group 1 missing apology, no good draft without regret).
    r"retirad[oa]s? del mercado|retiré\w* du marché|ritirat[oa] dal mercato|retirad[oa] do "
    r"mercado|vom markt genommen|uit de (?:handel|markt) (?:genomen|gehaald))",
    re.IGNORECASE,
)
_OWN = re.compile(
    r"\b(?:my|mine|i have|i'?ve got|i got|i bought|j'ai|le mien|la mienne|ich habe|meiner?|"
    r"tengo|compré|la mía|el mío|ho (?:una?|comprato)|comprat[oa]|la mia|il mio|tenho|comprei|"
    r"o meu|a minha|ik heb|mijn|serial|seriennummer|numéro de série|numero di serie|"
    r"número de s[ée]rie|serienummer)\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\?|\bwhat (?:do|should|am) i\b|\bqu'est-ce que je dois\b|\bque dois-je\b|\bwas soll ich\b|"
    r"\bwas muss ich\b|\bqué (?:tengo|debo) que\b|\bqué hago\b|\bcosa devo\b|"
    r"\bo que (?:devo|faço)\b|\bwat moet ik\b",
    re.IGNORECASE,
)
# Another question about the recall: the press, the redesigned model, the receipt, and
# whether the remedy reaches another country.
_OTHER_QUESTION = re.compile(
    r"\b(?:2\.1|reporter|journalist\w*|press|media|presse|receipt|reçu|ticket|quittung|"
    r"kassenbon|scontrino|recibo|bon|outside|hors des|au canada|aussi au|außerhalb|"
    r"fuera de|fuori dagli|fora dos|buiten)\b",
    re.IGNORECASE,
)


def asks_about_recall(post: str) -> bool:
    """Whether the post asks if the customer's own product is recalled, or what to do."""
    return bool(
        _RECALL.search(post)
        and _OWN.search(post)
        and _ASKS.search(post)
        and not _OTHER_QUESTION.search(post)
    )
