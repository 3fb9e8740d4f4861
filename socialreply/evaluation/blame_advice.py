"""Advice that serves the customer, told apart from blame, for `blame_check.no_blame`.

"Next time" and "worth checking" open both kinds of sentence. Over every labelled scorer
file (session 17's reading of all their hits) the blame ones state the customer's part:
an order ("go half a size up next time", "please check"), a duty ("you should", "make
sure", "remember"), where it was written ("the product page does say", "right there"),
the customer's own act ("you picked", "if you'd") or a thing that went out to everyone
and was missed ("the recall was emailed to every customer, so it's worth checking your
inbox"). The good ones, each after the draft has shown regret, give the advice as what
helps, said of the product or the method ("boots run half a size small, so going half a
size up usually solves it", "a cold cycle works best"), or point to the team's own
routine message as a place to look ("we also send a reminder 30 days before, so it may
be worth checking your inbox"). Only hits that are themselves advice ("next time", "in
future", "worth checking", in the seven languages) are ever set aside, so a cause blamed
in the same sentence still counts.
"""

from __future__ import annotations

import re

# The hit is advice: a "next time" or a "worth checking", in any supported language.
_ADVICE_HIT = re.compile(
    r"\b(?:next (?:time|trip|order)|in (?:the )?future|going forward|from now on|worth "
    r"(?:checking|double-checking|a look)|(?:la )?próxima vez|(?:la )?prochaine fois|nächstes "
    r"mal|(?:la )?prossima volta|da próxima vez|para a próxima|(?:de )?volgende keer|voortaan|"
    r"vale la pena (?:revisar|comprobar|mirar)|vaut (?:la peine|mieux) (?:de )?vérifier|lohnt "
    r"sich (?:ein blick|zu prüfen)|vale la pena (?:controllare|verificare)|vale a pena "
    r"(?:verificar|conferir)|de moeite (?:waard )?om te controleren)\b",
    re.IGNORECASE,
)

# What the advice is said to do: help, not be owed. "so going half a size up usually
# solves it", "works best", "is the easiest fix", "suele solucionarlo", "règle
# généralement le problème", "löst das meistens", "di solito risolve", "costuma
# resolver", "lost het meestal op".
_HELPS = re.compile(
    r"\b(?:(?:usually|normally|generally|often|typically) (?:solves|fixes|sorts|does the "
    r"trick|helps|takes care of)|works? best|(?:is|are) the (?:best|easiest|simplest|safest) "
    r"(?:way|bet|option|fix)|suele (?:solucionarlo|resolverlo|bastar|funcionar)|funciona "
    r"mejor|(?:règle|résout) (?:généralement|souvent|en général) (?:le problème|ça)|suffit "
    r"(?:généralement|souvent)|fonctionne le mieux|(?:löst|behebt) (?:das|es) (?:meistens|"
    r"meist|in der regel)|hilft (?:meistens|meist|in der regel)|funktioniert am besten|di "
    r"solito (?:risolve|basta|funziona)|(?:risolve|basta) di solito|funziona meglio|costuma "
    r"(?:resolver|bastar|funcionar)|resolve (?:normalmente|geralmente)|funciona melhor|lost "
    r"(?:het|dat) (?:meestal|vaak) op|werkt (?:het )?(?:best|het beste)|helpt (?:meestal|"
    r"vaak))\b",
    re.IGNORECASE,
)

# The sentence turns the advice into the customer's duty or fault after all.
_DUTY = re.compile(
    r"\b(?:please|you (?:should|must|need|have to|forgot|missed|picked|chose|ordered|"
    r"selected|didn'?t|did not)|you'?d|if you had|make sure|remember|be (?:more )?careful|"
    r"properly|instead of|on you|right there|(?:does|do|clearly) (?:say|says|state|states|"
    r"mention)|as (?:it|we|the \w+) (?:says?|said|always)|like (?:it|the \w+) says|would have|"
    r"saved? you|por favor|deber(?:ías|ia|ía)s?|asegúr(?:ate|ese)|recuerd[ae]|veuillez|"
    r"s'il vous pla[iî]t|vous (?:devez|auriez)|tu dois|pensez à|bitte|sollten|müssen|denken "
    r"sie daran|per favore|devi|dovresti|ricorda|deve(?:ria)?|lembre|graag|moet|zou moeten|"
    r"let op)\b",
    re.IGNORECASE,
)

# The team's routine message as the place to look: "We also send a reminder email 30 days
# before they expire, so it may be worth checking your inbox" (present tense, the team as
# subject), not "the recall was emailed to every customer, so ..." (done, and missed).
_OUR_ROUTINE = re.compile(
    r"^(?:and )?(?:we|we'll) (?:also |always |automatically |usually )?(?:send|email|e-mail|"
    r"text|mail)s?\b|^(?:también )?(?:te |le )?(?:enviamos|mandamos)\b|^(?:nous )?(?:vous |te )?"
    r"(?:envoyons|envoyons aussi)\b|^(?:on (?:vous|t') envoie)\b|^wir (?:senden|schicken) "
    r"(?:ihnen|dir)?\b|^(?:ti |le )?(?:inviamo|mandiamo)\b|^(?:também )?(?:te |lhe )?"
    r"(?:enviamos|mandamos)\b|^we (?:sturen|mailen) (?:je|u)?\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentence_of(hit: str, text: str) -> str:
    """The sentence of `text` holding `hit` (the first one that does)."""
    for sentence in _SENTENCE_END.split(text):
        if hit.strip() and hit.strip() in sentence:
            return sentence
    return ""


def serves_customer(hit: str, text: str) -> bool:
    """Whether the blame hit `hit` is advice that serves the customer: a "next time" or
    "worth checking" in a sentence that says what helps, with no duty or fault in it, or
    that points to the team's own routine message. Only for drafts that show regret (the
    caller checks): the same tip without a word of sympathy still reads as a lecture."""
    if not _ADVICE_HIT.search(hit):
        return False
    sentence = _sentence_of(hit, text)
    if not sentence or _DUTY.search(sentence):
        return False
    return bool(_HELPS.search(sentence) or _OUR_ROUTINE.search(sentence.strip()))


# "..., which is why we ask customers to try boots on indoors" tells the customer what they
# should have done. After a bare "Sorry to hear that." it still lectures (scorer blind23,
# blind24, blind29: labelled blame); after the customer's feeling is named ("I'm really
# sorry the boots hurt your feet, and I understand how frustrating the rejection is",
# scorer blind95's good reply) it explains the rule. Only this hit, only in a draft that
# names the feeling.
_WHY_WE_ASK = re.compile(r"^which is (?:exactly )?why we (?:always )?ask\b", re.IGNORECASE)
_FEELING_NAMED = re.compile(
    r"\b(?:understand|know|get|see|imagine|appreciate)\b[^.!?]{0,40}\b(?:frustrat\w*|"
    r"disappoint\w*|annoy\w*|upsetting|stressful|maddening)|\b(?:that'?s|it'?s|this is|how) "
    r"(?:so |really |very |incredibly )?(?:frustrating|disappointing|annoying|upsetting)\b",
    re.IGNORECASE,
)


def explains_after_feeling(hit: str, text: str) -> bool:
    """Whether the blame hit `hit` is "which is why we ask ..." in a draft that has named
    the customer's feeling, where it explains the rule rather than lecturing."""
    return bool(_WHY_WE_ASK.match(hit.strip()) and _FEELING_NAMED.search(text))
