"""A customer's own slip turned down: owed a word of sympathy though the post complains of
nothing.

"I ordered the wrong colour this morning, can you cancel it?" is not a complaint (the
slip is the customer's own), and a reply that says "yes, you're still in time" needs no
apology. A reply that says no ("it's already with the warehouse, so we can't stop this
one") delivers bad news, and every writer's good reply to such a post softens it ("Ah,
I'm sorry!", "Oh no, sorry about that"): scorer blind19, blind44 and blind52.
"""

from __future__ import annotations

import re

from ..complaints import is_own_slip

# The slip in the other supported languages ("me equivoqué de color", "je me suis trompé
# de taille", "ich habe die falsche Farbe bestellt", "ho sbagliato taglia", "pedi a cor
# errada", "ik heb de verkeerde maat besteld").
_SLIP = re.compile(
    r"\b(?:me equivoqu[ée] de|eleg[íi] (?:la|el) (?:talla|color|tamaño) equivocad[oa]|"
    r"ped[íi] (?:la|el) (?:talla|color) equivocad[oa]|je me suis tromp[ée]e? de|j'ai "
    r"(?:command[ée]|choisi|pris) (?:la|le) mauvaise?|(?:habe|hab) (?:aus versehen |"
    r"versehentlich )?(?:die|den|das) falschen? (?:\w+ )?(?:bestellt|gewählt|ausgewählt)|"
    r"ho sbagliato (?:la |il )?(?:taglia|colore|misura|articolo)|ho (?:ordinato|scelto) (?:la|"
    r"il) (?:taglia|colore|misura) sbagliat[oa]|(?:pedi|escolhi|encomendei) (?:o|a) "
    r"(?:tamanho|cor|número) errad[oa]|enganei-me n[oa]|me enganei n[oa]|(?:heb|had) (?:per "
    r"ongeluk )?(?:de|het) verkeerde (?:\w+ )?(?:besteld|gekozen)|"
    # Any wrong thing the customer picked: "I picked the wrong jacket" (scorer blind74),
    # not only a size or colour (`complaints.is_own_slip`).
    r"\bi (?:just |accidentally |mistakenly )?(?:picked|chose|ordered|selected|bought|clicked "
    r"on) (?:the |a )?wrong [\w-]+|"
    # The same "I" carried over a "but": "I ordered the fleece 20 minutes ago but picked the
    # wrong colour" (scorer blind78's good reply answers "Good news, you caught it in
    # time"), "aber die falsche Farbe gewählt", "maar de verkeerde maat gekozen".
    r"\bbut (?:then )?(?:just |accidentally |mistakenly )?(?:picked|chose|selected|clicked on|"
    r"typed|entered) (?:the |a )?wrong [\w-]+|\baber (?:aus versehen |versehentlich )?(?:die|"
    r"den|das) falschen? (?:\w+ )?(?:bestellt|gewählt|ausgewählt)|\bmaar (?:per ongeluk )?"
    r"(?:de|het) verkeerde (?:\w+ )?(?:besteld|gekozen)|"
    # The thing named before its wrong variant: "I just ordered the Alpine fleece in the
    # wrong colour" (scorer blind77's good reply answers "No worries, it happens!"), "pedí
    # la chaqueta en la talla equivocada", "j'ai commandé la veste dans la mauvaise taille",
    # "ich habe die Jacke in der falschen Größe bestellt".
    r"\bi (?:just |accidentally |mistakenly )?(?:picked|chose|ordered|selected|bought|got) "
    r"(?:the |a |an |my )?(?:(?!(?:but|and|it|they|came|arrived|was|were|got|showed)\b)"
    r"[\w-]+ ){0,4}in the wrong (?:size|colou?r|variant|model|style|"
    r"length|width|fit)\b|\b(?:ped[íi]|compr[ée]|eleg[íi]) (?:[\w-]+ ){0,4}en (?:la|el) "
    r"(?:talla|color|tamaño|modelo) equivocad[oa]\b|\bj'ai (?:command[ée]|choisi|pris|"
    r"acheté) (?:[\w'-]+ ){0,4}dans (?:la|le) mauvaise? (?:taille|couleur|pointure|modèle)\b|"
    r"\b(?:habe|hab) (?:[\w-]+ ){0,4}in der falschen (?:größe|farbe|variante) (?:bestellt|"
    r"gekauft|gewählt)\b|\bho (?:ordinato|comprato|scelto) (?:[\w'-]+ ){0,4}(?:nella taglia|"
    r"nel colore|nella misura) sbagliat[oa]\b|\b(?:pedi|encomendei|comprei|escolhi) (?:[\w-]+ )"
    r"{0,4}(?:no tamanho|na cor|no número) errad[oa]\b|\b(?:heb|had) (?:[\w-]+ ){0,4}in de "
    r"verkeerde (?:maat|kleur) (?:besteld|gekocht|gekozen)\b|"
    # The same without its "I" and with the time between: "ordered a jacket like 20 min ago
    # in the wrong colour 😩 can i still change it??" (scorer blind114's good reply answers
    # "Good news, you're in time!"); not "ordered a jacket and it came in the wrong colour".
    r"(?:^|(?<=[.!?] ))(?:just |accidentally )?(?:ordered|picked|chose|bought) (?:the |a |an |"
    r"my )?(?:(?!(?:but|and|it|they|came|arrived|was|were|got|showed)\b)[\w-]+ ){0,6}in the "
    r"wrong (?:size|colou?r|variant|model|style|length)\b)",
    re.IGNORECASE | re.MULTILINE,
)

# The store sent another variant than the one ordered: "ich habe die Regenjacke in Schwarz
# bestellt und in Moosgrün bekommen" (scorer blind75), "ordered a medium but got a large".
# A complaint the post states without a complaint word; only the scorer reads it (the
# triage rules in `complaints` are left alone).
# A variant, not a time or a verdict: "received it in two days", "in perfect shape".
_VARIANT = (
    r"(?!\d|(?:a|an|one|two|three|four|five|time|days?|perfect|good|great|zwei|drei|tagen?|"
    r"perfekt|deux|trois|jours?|parfait|bon|dos|tres|d[íi]as|perfecto|buen|due|tre|giorni|"
    r"perfetto|ottimo|dois|três|perfeito|twee|drie|dagen|perfect|goede)\b)[\w-]+"
)
_V = _VARIANT
WRONG_DELIVERY = re.compile(
    rf"\bordered (?:[\w-]+ ){{0,5}}in [\w-]+,? (?:and|but) (?:i )?(?:got|received) "
    rf"(?:[\w-]+ ){{0,3}}in {_V}|\bordered\b[^.!?]{{0,60}}?\bbut (?:i )?(?:got|received|"
    r"was sent|they sent)\b|"
    rf"\bin [\w-]+ bestellt,? (?:und|aber) (?:\w+ ){{0,3}}in {_V} (?:bekommen|erhalten|"
    r"geliefert)\b|\bbestellt,? aber (?:\w+ ){0,4}(?:bekommen|erhalten|geliefert)\b|"
    r"\bped[íi]\b[^.!?]{0,60}?\bpero (?:me )?(?:lleg[óo]|recib[íi]|enviaron|mandaron)\b|"
    rf"\bped[íi] (?:[\w-]+ ){{0,4}}en [\w-]+ y (?:me )?(?:lleg[óo]|recib[íi]) (?:[\w-]+ ){{0,3}}"
    rf"en {_V}|\bcommandée?s?\b[^.!?]{{0,60}}?\b(?:mais|et) (?:j'ai reçu|on m'a envoyé|"
    rf"reçue?s?) (?:[\w'-]+ ){{0,3}}en {_V}|\bcommandée?s?\b[^.!?]{{0,60}}?\bmais (?:j'ai "
    r"reçu|on m'a envoyé)\b|\bordinat[oaie]\b[^.!?]{0,60}?\bma (?:ho ricevuto|mi (?:è|sono) "
    r"arrivat\w+|mi avete (?:mandato|inviato))\b|"
    rf"\bordinat[oaie] (?:[\w-]+ ){{0,4}}in [\w-]+ e (?:ho ricevuto|mi (?:è|sono) arrivat\w+) "
    rf"(?:[\w-]+ ){{0,3}}in {_V}|\b(?:encomendei|pedi)\b[^.!?]{{0,60}}?\bmas (?:recebi|chegou|"
    rf"veio|me mandaram)\b|\b(?:encomendei|pedi) (?:[\w-]+ ){{0,4}}(?:em|na cor) [\w-]+ e "
    rf"(?:recebi|chegou|veio) (?:[\w-]+ ){{0,3}}(?:em|na cor) {_V}|\bin [\w-]+ besteld,? "
    rf"(?:en|maar) (?:\w+ ){{0,3}}in {_V} (?:gekregen|ontvangen|geleverd)\b|\bbesteld,? maar "
    r"(?:\w+ ){0,4}(?:gekregen|ontvangen|geleverd)\b",
    re.IGNORECASE,
)
# The reply turns the request down. "Not too late!" says yes.
_DECLINED = re.compile(
    r"\b(?:can'?t|cannot|can no longer|unable to|not able to|won'?t be able|no longer "
    r"possible|(?:isn'?t|is not|not) possible|(?<!not )(?<!n't )too late|"
    r"no (?:podemos|es posible|se puede)|ya no (?:se )?puede|(?:ne|n') (?:pouvons|peut|"
    r"pourrons) (?:plus|pas)|impossible|trop tard|(?:können|kann) (?:wir |sie |es |ich )?"
    r"(?:leider )?(?:nicht|keine)\b|nicht mehr möglich|zu spät|non (?:possiamo|è possibile|si "
    r"può)|troppo tardi|não (?:podemos|é possível|conseguimos)|tarde demais|(?:kunnen|kan) "
    r"(?:we |het |ik )?(?:\w+ )?niet\b|niet meer mogelijk|te laat)",
    re.IGNORECASE,
)


def reports_own_slip(post: str) -> bool:
    """Whether `post` reports the customer's own slip, in any supported language."""
    return bool(is_own_slip(post) or _SLIP.search(post))


# A refusal inside a condition ("If the window has already passed, the order ... can't be
# changed", scorer blind63's good reply, which first says "You can change or cancel") says
# what happens otherwise; it does not turn the customer down.
_CONDITIONAL = re.compile(
    r"^\W*(?:if|unless|in case|should the|si|sinon|sauf si|wenn|falls|sollte|se|caso|als|"
    r"indien|mocht)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def own_slip_declined(post: str, draft: str) -> bool:
    """Whether `post` reports the customer's own slip and `draft` turns their request
    down, outside a conditional sentence."""
    if not reports_own_slip(post):
        return False
    return any(_DECLINED.search(s) and not _CONDITIONAL.search(s) for s in _SENTENCE.split(draft))


# A parcel or claim stalled for days with nothing moving: "Mijn bestelling staat al bijna
# twee weken op 'in transit' bij DHL en er gebeurt niets" (scorer blind76), "zwei Wochen
# beim Zoll, keine Bewegung", "12 giorni, nessun aggiornamento", "2 days now ... nothing is
# moving". A complaint without a complaint word, owed an apology; like `WRONG_DELIVERY`,
# only the scorer reads it.
_NOTHING_MOVES = (
    r"\b(?:nothing (?:is |has )?(?:happen(?:s|ing|ed)|mov(?:es|ing|ed)|chang(?:es|ing|ed))|no "
    r"(?:movement|updates?|progress)|(?:er )?gebeurt (?:er )?niets|er verandert niets|geen "
    r"(?:beweging|update)|no (?:pasa|se mueve) nada|sin (?:movimiento|novedades)|rien ne "
    r"(?:bouge|se passe)|il ne se passe rien|aucun (?:mouvement|changement)|(?:es )?(?:passiert|"
    r"tut sich|bewegt sich) nichts|keine (?:bewegung|änderung)|non (?:succede|si muove|cambia) "
    r"(?:niente|nulla)|nessun (?:movimento|aggiornamento)|nada (?:acontece|muda|se mexe)|sem "
    r"(?:movimento|atualizaç\w+))\b"
)
_DAYS = (
    r"\b(?:\d+|two|three|four|several|a few|twee|drie|vier|dos|tres|deux|trois|zwei|drei|due|"
    r"tre|dois|três) (?:weeks?|days?|weken|dagen|semanas|días|dias|semaines|jours|wochen|tagen?|"
    r"settimane|giorni)\b"
)
STALLED = re.compile(
    rf"{_DAYS}[\s\S]{{0,80}}?{_NOTHING_MOVES}|{_NOTHING_MOVES}[\s\S]{{0,80}}?{_DAYS}", re.IGNORECASE
)


# The customer's own slip told with a groan: "Ugh, I ... completely forgot to put in my
# promo code" (scorer blind78), "argh", a facepalm, "ay no", "zut", "Mist", "uffa", "que
# raiva", "balen". Even a yes owes it a warm word: every good reply to such a post in the
# labelled files has one (sympathy, reassurance or `WARM_YES`); blind78's missing apology
# ("You're within our window: ...") has none.
GROAN = re.compile(
    r"(?:^|(?<=[\s,.!?@]))(?:ugh+|argh+|dang|dammit|ay no|zut|mist|uffa|que raiva|balen|"
    r"mannaggia|jolín)\b|\U0001F926|\U0001F629|\U0001F62B",
    re.IGNORECASE,
)
# A warm yes to a slip: "Good news, that's fixable!", "Easy fix!", "Not gone!", "Not too
# late at all!", "Not out of luck at all!", "¡Buenas noticias!", "Bonne nouvelle", "Gute
# Nachricht", "Buone notizie", "Boa notícia", "Goed nieuws".
WARM_YES = re.compile(
    r"\b(?:good news|easy fix|(?:that'?s|it'?s) (?:an easy fix|fixable|easily fixed)|not "
    r"(?:gone|lost|out of luck|too late)|no es (?:demasiado )?tarde|pas trop tard|nicht zu "
    r"spät|non è troppo tardi|não é tarde demais|niet te laat|buenas noticias|tiene (?:fácil "
    r")?arreglo|bonne nouvelle|ça se rattrape|gute nachrichten?|lässt sich (?:leicht )?beheben|"
    r"buone notizie|si rimedia|boas? not[íi]cias?|tem solução|goed nieuws|dat is (?:zo )?"
    r"opgelost)\b",
    re.IGNORECASE,
)
