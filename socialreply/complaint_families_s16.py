"""Session 16's complaint families, from the complaints scorer blind68 and blind69 missed
(spent): complaints said mildly. Each is written as a way customers complain in every
supported language rather than as the batch's sentence, and each is spliced into
`complaints._UPSET` through `complaint_families.UPSET` (counted anywhere, like "still
haven't"). Over every labelled scorer file, each good reply to a post these match shows
sympathy (session 16's count).

Not here, on purpose: asking whether one's stove is part of the recall (the good replies of
31 such posts have no apology, 47 have one), and an order placed by mistake (13 good
replies without sympathy, 9 with): the writers disagree, so no rule can follow them.
"""

from __future__ import annotations

# Understatement: "Not ideal when I leave for a trip next week.", "Feels pretty bad as a
# loyal customer", "pas terrible", "nicht gerade ideal". A sentence of its own or a verdict
# ("that's not ideal"); not "not great for snow" or "not ideal if ..." (a question of fit).
_VERDICT = r"(?:^|(?<=[.!?] )|(?<=[.!?])|\b(?:that'?s|this is|which is|it'?s|honestly|kinda|so) )"
UNDERSTATED = (
    _VERDICT + r"not (?:ideal|great|cool|good|okay|ok)\b(?! (?:for|at|if|to|with|in|on)\b)|"
    r"\bfeels? (?:pretty |really |so |kinda |kind of |a bit |quite |very |super )?(?:bad|"
    r"awful|terrible|crap|crappy|rubbish|unfair|wrong)\b(?! (?:for (?:you|them|him|her)|about "
    r"asking)\b)|\b(?:a bit|a little|slightly|kinda|kind of|pretty|somewhat|rather|quite) "
    r"disappoint(?:ing|ed)\b|"
    r"\bno es (?:lo )?(?:ideal|lo suyo)(?! (?:para|si)\b)|\b(?:qué|que) (?:mala )?(?:sensación|"
    r"rabia da)\b|\bpas (?:très )?(?:idéal|top|terrible|génial)(?! (?:pour|si)\b)|\bnicht "
    r"(?:gerade |so |ganz |wirklich )?(?:ideal|toll|optimal|schön)(?=[.!,]| wenn| dass| so "
    r"kurz)|\bnon (?:è|e) (?:proprio |certo )?(?:l'ideale|il massimo|granché)(?! (?:per|se)\b)|"
    r"\bnão é (?:nada )?(?:o )?(?:ideal|fixe|agradável)(?! (?:para|se)\b)|\bniet (?:echt |"
    r"bepaald |zo )?(?:ideaal|fijn|handig)(?=[.!,]| als| nu| wanneer| zo)"
)

# Contact ignored: "got total silence", "radio silence", "asked twice and still ...", "ik
# heb al twee keer gevraagd", "j'ai déjà demandé trois fois".
_TIMES = (
    r"(?:twice|two times|three times|\d+ times|several times|multiple times|repeatedly|dos "
    r"veces|tres veces|varias veces|\d+ veces|deux fois|trois fois|plusieurs fois|\d+ fois|à "
    r"(?:deux|trois|plusieurs) reprises|zweimal|dreimal|mehrmals|mehrfach|\d+ ?mal|due volte|tre "
    r"volte|più volte|diverse volte|\d+ volte|duas vezes|três vezes|várias vezes|\d+ vezes|twee "
    r"keer|drie keer|meerdere keren|meermaals|\d+ keer)"
)
_ASKED = (
    r"(?:asked|requested|told you|emailed|e-mailed|called|rung|phoned|written|wrote|messaged|"
    r"dm'?d|contacted (?:you|support)|solicitado|escrito|llamado|reclamado|escribí|llamé|"
    r"demandé|écrit|appelé|relancé|contacté|gebeten|gefragt|geschrieben|angerufen|"
    r"gemailt|kontaktiert|chiesto|scritto|chiamato|contattato|sollecitato|escrevi|liguei|"
    r"solicitei|contactei|gevraagd|gemaild|gebeld|geschreven|verzocht|gecontacteerd)"
)
IGNORED = (
    r"\b(?:got|get|getting|met with|nothing but|total|complete|utter|radio|dead) silence\b|"
    r"\bsilence (?:radio|total|complet)\b|\bsilencio (?:total|absoluto|sepulcral)\b|"
    r"\bfunkstille\b|\bsilenzio (?:totale|assoluto|tombale)\b|\bsil[êe]ncio (?:total|"
    r"absoluto)\b|\b(?:totale|complete|oorverdovende) stilte\b|"
    r"\b"
    + _ASKED
    + r" (?:\w+ ){0,3}?(?:already |ya |déjà |schon |bereits |già |já |al )?"
    + _TIMES
    + r"\b|\b(?:already|ya|déjà|schon|bereits|già|já|al) "
    + _TIMES
    + r" (?:\w+ ){0,6}?"
    + _ASKED
    + r"\b"
)

UPSET = "|".join((UNDERSTATED, IGNORED))

# Round 2 (spent scorer blind70): a bad time at another shop, told as the reason for the
# question ("Avec une autre boutique, j'ai dû payer des frais de douane surprises à la
# livraison et ça m'a vraiment déçue", "got burned by another store last year"), is no
# complaint about this one. The whole sentence is set aside before the complaint words are
# looked for; "every other store does it" (a complaint about this shop) is not matched, and
# the sentence stops at a turn to this shop ("..., mais chez vous ma commande est en retard").
_CONTRAST = r"(?:(?!\b(?:but|mais|pero|aber|ma|mas|maar|however|sin embargo)\b)[^.!?])*"
OTHER_SHOP = (
    r"\b(?:(?:with|at|from|by) (?:another|a different|some other) (?:store|shop|"
    r"retailer|brand|site|website|company|seller)|avec (?:une autre (?:boutique|enseigne|marque)|"
    r"un autre (?:magasin|site|vendeur|marchand))|con otra (?:tienda|marca|web)|com outra "
    r"(?:loja|marca)|con un altr[oa] (?:negozio|sito|marca|venditore)|bei einem anderen (?:shop|"
    r"händler|laden|geschäft|anbieter)|bij een andere (?:winkel|webshop|zaak))\b"
)
# The sentence around it, up to a turn to this shop.
OTHER_SHOP_SENTENCE = _CONTRAST + OTHER_SHOP + _CONTRAST

# Round 3 (spent scorer blind73's good reply): a wish for another variant, "I'd love it in
# green instead of grey", asks for an exchange; "instead of" there is no wrong delivery.
WISH_INSTEAD = (
    r"\b(?:i'?d|i would|we'?d|we would) (?:really )?(?:love|like|prefer|rather have|want)\b"
    r"[^.!?]{0,40}?\binstead of\b|\b(?:me|nos) (?:gustaría|encantaría)\b[^.!?]{0,40}?\ben "
    r"(?:vez|lugar) de\b|\b(?:j'aimerais|je préférerais|je voudrais|nous aimerions)\b[^.!?]"
    r"{0,40}?\bau lieu d[eu']|\b(?:ich hätte|ich möchte|ich würde|wir hätten) (?:\w+ )?(?:gern|"
    r"gerne|lieber)\b[^.!?]{0,40}?\b(?:statt|anstatt)\b|\b(?:vorrei|preferirei|mi piacerebbe)\b"
    r"[^.!?]{0,40}?\binvece d[ie]l?\b|\b(?:gostaria|queria|preferia)\b[^.!?]{0,40}?\bem vez "
    r"d[eao]\b|\bik (?:zou|wil) (?:\w+ )?(?:graag|liever)\b[^.!?]{0,40}?\bin plaats van\b"
)

# Tracking stuck for a short while is a worried question (`complaint_families.STUCK_TRACKING`
# counts from three days), but a complaint once the customer doubts the order or has a date
# to meet: "has said 'Label created' since yesterday morning. Is my order actually coming??
# Need these boots for a trip Saturday" (scorer blind73's good reply apologises, as do the
# earlier batches' to "for 2 days now. did you even ship it??" and "we leave Saturday").
STUCK_SINCE = (
    r"\b(?:tracking|status|tracker)\b[^.!?]{0,25}?\b(?:has|have|'s) (?:said|shown|showed|read|"
    r"been (?:stuck|sitting|showing|saying)(?: (?:on|at|in))?)\b[^.!?]{0,40}?\b(?:since|for)\b|"
    r"\b(?:seguimiento|rastreo|estado)\b[^.!?]{0,30}\b(?:dice|pone|indica|marca|sigue)\b"
    r"[^.!?]{0,40}\bdesde\b|\b(?:suivi|statut)\b[^.!?]{0,30}\b(?:indique|affiche|dit|reste)\b"
    r"[^.!?]{0,40}\bdepuis\b|\b(?:sendungsverfolgung|tracking|status)\b[^.!?]{0,30}\b(?:zeigt|"
    r"steht|sagt)\b[^.!?]{0,40}\bseit\b|\b(?:tracciamento|stato|tracking)\b[^.!?]{0,30}\b(?:dice|"
    r"indica|segna|è fermo)\b[^.!?]{0,40}\bda\b|\b(?:rastreio|rastreamento|estado)\b[^.!?]{0,30}"
    r"\b(?:diz|indica|mostra)\b[^.!?]{0,40}\b(?:desde|há)\b|\b(?:track (?:&|and) trace|status|"
    r"tracking)\b[^.!?]{0,30}\b(?:zegt|staat|geeft)\b[^.!?]{0,40}\bsinds\b"
)
PRESSED = (
    r"\bneed (?:it|them|these|this|those|the \w+|my \w+)(?: \w+)? (?:for|by|before) (?:a |my |"
    r"the |our |this )?(?:trip|weekend|birthday|wedding|hike|holiday|vacation|event|race|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b|\b(?:actually|even|"
    r"ever|really) (?:coming|arriving|going to (?:come|arrive|ship)|ship(?:ped)?|real|on (?:its|"
    r"the) way)\b|\b(?:lo|la|los|las) necesito para (?:el |un |mi )?(?:viaje|sábado|domingo|"
    r"viernes|fin de semana|cumpleaños)\b|\bde verdad (?:va a llegar|viene|llega)\b|\bj'en ai "
    r"besoin (?:pour|avant)\b|\bvraiment arriver\b|\bbrauche (?:sie|ihn|es|die \w+|den \w+|das "
    r"\w+) (?:bis|für|am)\b|\bkommt (?:sie|es|er|das paket|die bestellung) (?:überhaupt|"
    r"wirklich)\b|\bmi serv(?:e|ono) per\b|\barriv(?:a|erà) davvero\b|\bpreciso (?:dele|dela|"
    r"deles|delas) (?:para|até)\b|\bvai mesmo chegar\b|\bik heb (?:ze|het|hem) nodig (?:voor|"
    r"op)\b|\bkomt (?:het|hij|mijn bestelling|mijn pakket) (?:echt|überhaupt|ooit)\b"
)
