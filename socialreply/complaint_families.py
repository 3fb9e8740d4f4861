"""Session 14 families for `complaints.is_complaint`, written from the spent scorer batches
blind42 to blind55 (the complaints the rules missed there, and the neutral question they
took for one), each in the supported languages where it applies; the second round from
blind56 and blind57 (spent): tracking stuck for days, something coming apart, delivered but
not at the door, no answer to messages, "is anyone actually working there??" (rhetorical,
so no plain question), "I want answers". Regex alternatives that `complaints` splices into
its own lists, so the order of checks there (hypotheticals, plain questions, the
customer's own slip) applies to them too.
"""

from __future__ import annotations

import re

from . import complaint_families_s15, complaint_families_s16

# How the customer feels, counted anywhere (joined into `UPSET`, spliced into
# `complaints._UPSET`).
# A formal complaint in every language ("Quiero presentar una queja formal").
FORMAL_COMPLAINT = (
    r"(?:queja|reclamaci[óo]n|denuncia) formal|presentar una (?:queja|reclamaci[óo]n)|"
    r"(?:plainte|réclamation) (?:formelle|officielle)|(?:porter|déposer) (?:une )?(?:plainte|"
    r"réclamation)|(?:förmliche|offizielle|formelle) beschwerde|beschwerde einreichen|reclamo "
    r"(?:formale|ufficiale)|(?:presentare|sporgere) (?:un )?reclamo|reclamação formal|"
    r"(?:apresentar|fazer) uma reclamação|formele klacht|(?:een )?klacht indienen"
)
# "Nobody has answered me" in the past tense ("nadie me ha respondido"; the English is in
# `complaints`).
NOBODY_ANSWERED = (
    r"nadie me ha (?:respondido|contestado)|nadie (?:me )?(?:respondió|contestó)|personne ne "
    r"m'a (?:répondu|rappelée?|recontactée?)|niemand hat (?:mir )?(?:geantwortet|zurückgerufen)|"
    r"niemand hat sich (?:\w+ ){0,2}gemeldet|nessuno mi ha (?:risposto|richiamat[oa]|"
    r"ricontattat[oa])|"
    r"ninguém me (?:respondeu|ligou|contactou)|niemand heeft (?:me |mij )?(?:geantwoord|"
    r"gereageerd|teruggebeld)"
)
# Bad faith: "Sneaky.", "Feels a bit sneaky tbh", "that's honestly shady".
BAD_FAITH = (
    r"sneaky|shady|dodgy|shifty|underhanded|deceptive|bait[- ]and[- ]switch|dishonest|"
    r"engañoso|tramposo|malhonnête|louche|trompeur|unseriös|hinterhältig|irreführend|"
    r"ingannevole|scorrett[oa]|disonest[oa]|enganos[oa]|desonest[oa]|oneerlijk|misleidend"
)
# "and NOW you tell me it's out of stock??"
NOW_YOU_TELL_ME = (
    r"now you(?:'re| are)? tell(?:ing)? me|y ahora me (?:dicen|dices|decís)|et maintenant (?:vous "
    r"me dites|on me dit|tu me dis)|und jetzt (?:sagen sie|sagt ihr|sagst du) mir|e (?:ora|adesso) "
    r"mi (?:dite|dici|dice)|e agora (?:dizem-me|me dizem|dizes-me)|en nu (?:zeggen jullie|zegt u|"
    r"zeg je)"
)
# Disappointment as a noun ("Che delusione.", "what a letdown").
DISAPPOINTMENT = (
    r"delusione|decepción|déception|enttäuschung|teleurstelling|(?:a |such a |what a |real )"
    r"let-?down|(?:very|so|really|pretty|totally|feeling|feel|felt) let down"
)
# Demanding answers ("I want answers.", "j'exige une explication").
WANT_ANSWERS = (
    r"i (?:want|need|demand|expect) (?:some |real |an )?(?:answers|explanation)|quiero "
    r"(?:respuestas|una explicaci[óo]n)|exijo (?:una )?(?:respuesta|explicaci[óo]n)|j'exige "
    r"(?:une |des )?(?:r[ée]ponses?|explications?)|je veux des (?:r[ée]ponses|explications)|ich "
    r"(?:will|verlange|fordere|erwarte) (?:eine )?(?:antworten|erkl[äa]rung)|voglio (?:delle )?"
    r"(?:risposte|spiegazioni)|pretendo (?:una )?(?:risposta|spiegazione)|quero (?:respostas|uma "
    r"explica[çc][ãa]o)|exijo (?:uma )?explica[çc][ãa]o|ik (?:wil|eis) (?:antwoorden|een "
    r"verklaring)"
)
UPSET = "|".join(
    (
        FORMAL_COMPLAINT,
        NOBODY_ANSWERED,
        BAD_FAITH,
        NOW_YOU_TELL_ME,
        DISAPPOINTMENT,
        WANT_ANSWERS,
        complaint_families_s15.UPSET,
        complaint_families_s16.UPSET,
    )
)

# What went wrong (joined into `PROBLEM`, spliced into `complaints._PROBLEM`, so not counted
# in a hypothetical or a plain question).
# Nobody told the customer ("Nobody emailed me.", "niemand hat mich informiert").
NOBODY_TOLD = (
    # (Not praise: "nobody told me how comfy these boots are!")
    r"(?:no ?one|nobody|no-one) (?:ever )?(?:told|emailed|e-mailed|warned|notified|informed|"
    r"mentioned (?:it|this|that) to|let) (?:me|us)\b(?! how\b| what a\b)|niemand hat (?:mich|"
    r"uns) (?:\w+ ){0,4}"
    r"(?:informiert|gewarnt|benachrichtigt|angeschrieben)|niemand hat (?:mir|uns) (?:\w+ )?"
    r"(?:gesagt|bescheid gesagt|geschrieben|gemailt)|niemand heeft (?:me|mij|ons) (?:\w+ )?"
    r"(?:ingelicht|gewaarschuwd|gemaild|geïnformeerd|verteld|laten weten)|nadie me (?:dijo|"
    r"informó|escribió)|personne ne (?:m'|nous )a (?:dit|informée?s?|écrit)|nessuno mi ha "
    r"(?:detto|informat[oa]|scritto)|ninguém me (?:disse|informou|escreveu)"
)
# A card charged several times ("why did you charge my card THREE times").
CHARGED_REPEATEDLY = (
    r"charg(?:e|ed|ing) (?:my (?:credit |debit )?(?:card|account)|me|us) (?:\w+ )?(?:twice|two "
    r"times|three times|\d+ times|multiple times|several times)"
)
# A device that fails to work ("The unit fails to acquire a satellite signal") and a code
# that won't apply ("WELCOME10 ... just won't apply").
FAILS_TO_WORK = (
    r"(?:fails|failed|keeps failing|kept failing) to (?:acquire|connect|charge|turn on|power on|"
    r"switch on|start|light|ignite|inflate|hold|seal|sync|pair|load|lock|zip|work|find|get a "
    r"(?:signal|fix)|stay)|(?:won'?t|wont|will not|refuses to) (?:\w+ )?(?:apply|go through|"
    r"accept|redeem)|no me deja (?:aplicar|usar|pagar|canjear)|ne veut pas (?:s'appliquer|"
    r"passer)|lässt sich nicht (?:einlösen|anwenden)|non (?:vuole|si lascia) (?:applicare|"
    r"applicarsi|usare)|não (?:quer|deixa) (?:aplicar|passar|usar)|wil (?:maar )?niet "
    r"(?:toegepast worden|werken)|no (?:consigue|logra) (?:conectarse|conectar|captar|cargar|"
    r"encenderse)|n'arrive pas à (?:se connecter|capter|charger|s'allumer)|non riesce a "
    r"(?:connettersi|captare|caricarsi|accendersi)|não consegue (?:ligar-se|conectar|captar|"
    r"carregar)|(?:findet|bekommt) kein(?:en)? (?:satelliten|signal|gps|empfang)|(?:vindt|krijgt) "
    r"geen (?:signaal|satellieten|verbinding)"
)
# Session 14's second round (scorer blind56 and blind57, spent): the commonest complaints a
# store gets, told without the usual words.
# Tracking stuck on one status for longer than its normal day or two ("has said 'Label
# created' for 6 days straight", "lleva cinco días en 'etiqueta creada'"). Two days is
# still the normal wait (scorer blind's "for 2 days now, is my order lost??" is a worried
# question its good reply answers without an apology), so the count starts at three.
_MANY_DAYS = (
    r"(?:(?:over |more than |almost |nearly )?(?:a|one|1) weeks?|(?:[3-9]|[1-9]\d|three|four|"
    r"five|six|seven|eight|nine|ten|several|many|multiple) (?:\w+ )?(?:days|weeks)|days|weeks)"
)
_STATUS = (
    r"(?:tracking|status|tracker|order|package|parcel|shipment|it|seguimiento|rastreo|estado|"
    r"pedido|paquete|env[íi]o|suivi|statut|colis|commande|sendung|sendungsverfolgung|paket|"
    r"bestellung|tracciamento|stato|pacco|ordine|spedizione|rastreio|rastreamento|encomenda|"
    r"pacote|bestelling|pakket|zending|track (?:&|and) trace)"
)
STUCK_TRACKING = (
    r"\b" + _STATUS + r"\b[^.!?]{0,25}?\b(?:has|have|'s) (?:said|shown|showed|read|displayed|"
    r"stayed (?:on|at)|sat (?:on|at)|been (?:stuck|sitting|showing|saying|frozen)(?: (?:on|at|"
    r"in))?)\b[^.!?]{0,40}?\bfor "
    + _MANY_DAYS
    + r"|\b(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?days (?:straight|in "
    r"a row|running)\b|"
    r"\b(?:lleva|llevan|lleve)\b[^.!?]{0,20}\b(?:[3-9]|[1-9]\d|tres|cuatro|cinco|seis|siete|"
    r"ocho|varios|muchos) d[íi]as\b[^.!?]{0,20}\b(?:en|con|sin|igual|parad|atascad|estancad)|"
    r"\b(?:[3-9]|[1-9]\d|tres|cuatro|cinco|seis|siete) d[íi]as seguidos\b|"
    r"\b"
    + _STATUS
    + r"\b[^.!?]{0,50}\b(?:desde hace|depuis|da|h[áa]|al|sinds) (?:(?:[3-9]|[1-9]\d|tres|"
    r"trois|tre|três|drie|cuatro|quatre|quattro|quatro|vier|cinco|cinq|cinque|vijf|seis|six|sei|"
    r"zes|siete|sept|sette|sete|zeven|varios|plusieurs|diversi|vari|vários|meerdere) "
    r"(?:d[íi]as|jours|giorni|dias|dagen|semanas|semaines|settimane|weken)|una semana|une "
    r"semaine|una settimana|uma semana|een week)\b|"
    r"\b(?:[3-9]|trois|quatre|cinq) jours d'affilée\b|\b(?:[3-9]|tre|quattro|cinque) giorni di "
    r"fila\b|\b(?:[3-9]|três|quatro|cinco) dias seguidos\b|\b(?:[3-9]|drie|vier|vijf) dagen "
    r"(?:achter elkaar|op rij)\b|\b(?:[3-9]|drei|vier|fünf) tage(?:n)? (?:am stück|in folge)\b"
)
# Something breaking, tearing or coming apart as the customer writes ("the strap seam is
# tearing away from the body", "la costura se está descosiendo", "the sole is starting to
# peel"). English also counts the finished break, as `complaints` does ("came loose",
# "snapped off"); in the other languages only the break under way does: a finished tear
# asked about under warranty ("a alça rasgou bem na costura. Tem garantia?", "die Naht hat
# sich einfach gelöst") is a claim the writers of scorer blind23, blind36, blind39 and
# blind42 answer without an apology. Not a payment split ("splitting it into payments").
_COMING_APART = (
    r"(?:tear|rip|fray|split|crack|peel|come apart|come loose|unravel|delaminate|fall apart|"
    r"separate)"
)
BROKE_OR_TORE = (
    r"(?:tearing|ripping|fraying|cracking|unravell?ing|delaminat\w+|"
    r"splitting(?! (?:it|them|this|that|the (?:cost|payment|bill|price|total|order)|payments?|"
    r"(?:it |them )?into|up|(?:my|an|the) order|across|between))|"
    r"(?:came|coming|come|comes|popping|popped|working|worked) (?:loose|undone|unstitched|"
    r"unglued)|(?:snapped|broke|broken|ripped|torn) off|worn through|wore through|"
    r"(?:starting|started|beginning|began|begun) to " + _COMING_APART + r")|"
    r"(?:se (?:me |le )?(?:est[áa]n?|empez[óo] a|empieza a) (?:romp|rasg|descos|despeg|"
    r"deshilach|agriet|solt|abr)\w*)|"
    r"(?:(?:est|sont) en train de|commencen?t à) (?:se )?(?:déchirer|découdre|décoller|"
    r"détacher|casser|fissurer|effilocher|lâcher)|"
    r"(?:reißt|reissen|reißen) (?:gerade |langsam |immer (?:mehr|weiter) )?(?:\w+ ){0,3}(?:ab|"
    r"auf|aus|ein)\b|löst sich (?:gerade |langsam |immer mehr )?(?:\w+ ){0,4}(?:ab|auf|vom|von "
    r"der|von dem)\b|franst (?:\w+ ){0,3}aus\b|platzt (?:\w+ ){0,3}auf\b|(?:fängt|fangen) "
    r"(?:\w+ ){0,3}an,? (?:sich )?(?:zu reißen|zu lösen|auszufransen|aufzuplatzen)|"
    r"si (?:sta|stanno) (?:strappando|scucendo|staccando|sfilacciando|rompendo|crepando|"
    r"aprendo)|(?:inizia|comincia|iniziano|cominciano) a (?:strapparsi|scucirsi|staccarsi|"
    r"sfilacciarsi|rompersi)|"
    r"(?:est[áa]|est[ãa]o|anda|come[çc]a|come[çc]ou) a (?:rasgar|descoser|descolar|desfiar|"
    r"soltar|partir|rachar)|est[áa] (?:rasgando|descosendo|descolando|desfiando|soltando|"
    r"rachando)|"
    r"scheurt (?:\w+ ){0,3}(?:los|open|in|af|uit)\b|laat (?:\w+ ){0,3}los\b|rafelt (?:\w+ ){0,3}"
    r"(?:uit|af)\b|is aan het (?:scheuren|rafelen|loslaten|breken|barsten)|begint (?:\w+ ){0,2}"
    r"(?:te scheuren|los te laten|te rafelen)"
)
# Delivered but not there, told without a "but" ("says delivered yesterday. It is NOT on my
# porch.", "aucune trace du colis").
NOT_AT_THE_DOOR = (
    r"(?:(?:(?:is|are|was|were|it'?s|'s|'re) (?:not|nowhere)|isn'?t|aren'?t|wasn'?t|weren'?t) "
    r"(?:\w+ )?|(?:^|(?<=[.!?] ))not )(?:on|at|in|by|outside|near) (?:my|the|our) (?:porch|door|"
    r"doorstep|front door|front step|steps?|stoop|mailbox|letterbox|mail ?room|lobby|building|"
    r"garage|locker|parcel locker|reception|front desk)|"
    r"nowhere to be (?:found|seen)|no sign of (?:it|them|the (?:package|parcel|box|order|"
    r"delivery|shipment)|my (?:package|parcel|box|order|delivery|shipment))|"
    r"no est[áa] en (?:mi|la|el) (?:puerta|portal|buz[óo]n|porche|entrada|casa|conserjer[íi]a)|"
    r"ni rastro (?:del|de mi|de la) (?:paquete|pedido|caja|env[íi]o)|"
    r"n'est pas (?:devant|sur|dans) (?:ma|la|mon|le) (?:porte|paillasson|bo[îi]te aux lettres|"
    r"palier|perron|loge)|aucune trace (?:du|de mon|de ma|de la) (?:colis|commande|livraison)|"
    r"(?:ist )?nicht (?:vor (?:meiner|der) (?:haus)?t[üu]r|im briefkasten|beim nachbarn)|"
    r"keine spur (?:vom|von meinem|von der) (?:paket|p[äa]ckchen|bestellung|sendung)|"
    r"non (?:c'[èe]|[èe]) (?:davanti alla|sulla|nella) (?:porta|cassetta|pianerottolo|zerbino)|"
    r"nessuna traccia (?:del|di) (?:pacco|ordine|spedizione)|"
    r"n[ãa]o est[áa] (?:na|[àa]) (?:porta|caixa de correio|entrada|rece[çc][ãa]o)|"
    r"nem sinal (?:da|do) (?:encomenda|pacote|caixa)|"
    r"(?:ligt|staat|is) niet (?:voor|bij|in) (?:de|mijn|onze) (?:deur|brievenbus|portiek|hal)|"
    r"geen spoor van (?:het|mijn) (?:pakket|bestelling|pakje)"
)
# No answer to the customer's messages or calls ("Sent you 3 DMs yesterday and heard
# nothing", "no he recibido ninguna respuesta"). "No reply" itself is in `complaints`.
NO_ANSWER = (
    r"heard (?:absolutely )?(?:nothing|zilch|zip|nada)|(?:got|get|getting|received|had) nothing "
    r"back|never heard (?:back|anything|a thing|from)|not (?:heard |had )?(?:a (?:single )?"
    r"(?:word|peep|reply|response)|a thing) back|"
    r"no (?:he|hemos) (?:recibido|tenido) (?:ninguna |ni una )?respuesta|no me (?:han|habéis|"
    r"has) (?:respondido|contestado)|ni una respuesta|"
    r"(?:je n'ai|nous n'avons) (?:eu|reçu) aucune (?:réponse|nouvelle)|(?:vous ne m'avez|on ne "
    r"m'a) (?:toujours )?pas répondu|aucune réponse|"
    r"(?:noch |nie |bisher )?keine (?:antwort|rückmeldung|reaktion) (?:bekommen|erhalten|"
    r"gekriegt)|nichts (?:mehr )?gehört|(?:hat|haben) (?:mir )?(?:\w+ )?nicht geantwortet|"
    r"non ho (?:ricevuto|avuto) (?:nessuna |alcuna )?risposta|non mi (?:avete|hanno|ha) "
    r"(?:ancora )?risposto|nessuna risposta|"
    r"n[ãa]o (?:recebi|tive) (?:nenhuma |qualquer )?resposta|n[ãa]o me (?:responderam|"
    r"respondeu|responderem)|nenhuma resposta|"
    r"(?:nog )?(?:geen |nooit (?:een )?)(?:antwoord|reactie) (?:gekregen|ontvangen|gehad)|"
    r"(?:niets|niks) (?:meer )?(?:gehoord|vernomen)"
)
# Session 14's third round, from the complaints scorer blind58 and blind59 missed (spent).
# Two charges for one order, stated ("I see two charges from you ... for one order"): the
# post's "Did you charge me twice??" alone is a plain question.
TWO_CHARGES = (
    r"(?:two|2|double|duplicate|several|multiple) (?:separate )?(?:charges|payments|"
    r"transactions|debits)\b[^.!?]{0,70}\bfor (?:one|a single|the same|1) (?:order|purchase)|"
    r"double[- ]charged|charged (?:me )?(?:twice|double)|dos cargos|cargo duplicado|cobrado dos "
    r"veces|me (?:han )?cobrado dos veces|deux (?:prélèvements|débits|paiements)|(?:débitée?|"
    r"prélevée?) deux fois|double (?:prélèvement|débit)|(?:zweimal|doppelt) (?:abgebucht|belastet|"
    r"berechnet)|zwei abbuchungen|doppelte abbuchung|due addebiti|addebitat[oa] due volte|doppio "
    r"addebito|duas cobranças|cobrança duplicada|cobrad[oa] duas vezes|(?:twee keer|dubbel) "
    r"(?:afgeschreven|betaald|gerekend)|twee afschrijvingen"
)
# An order that came without an item ("my order arrived without the trekking poles listed
# on the packing slip"), not "arrived without a scratch".
_NOT_A_LOSS = (
    r"(?!(?:a |any |the slightest |one )?(?:scratch|damage|issues?|problems?|hitch|delay|dent|"
    r"mark|incident|trouble|rasguño|daño|problemas?|retraso|rayure|dommage|problèmes?|retard|"
    r"kratzer|schaden|schäden|probleme?|verzögerung|graffio|danni|problemi|ritardo|arranhão|"
    r"danos|problemas?|atraso|kras|schade|problemen|vertraging)\b)"
)
ARRIVED_WITHOUT = (
    r"(?:arrived|came|showed up|turned up|was delivered) without (?:the |my |a |an |any |its )"
    + _NOT_A_LOSS
    + r"|(?:llegó|ha llegado|vino) sin (?:el |la |los |las |mi |mis |ningún |ninguna )"
    + _NOT_A_LOSS
    + r"|(?:est )?arrivée? sans (?:le |la |les |mon |ma |mes |l')"
    + _NOT_A_LOSS
    + r"|ohne (?:den|die|das|meine?n?) (?:\w+ ){1,3}(?:angekommen|geliefert|gekommen)|(?:è )?"
    r"arrivat[oa] senza (?:il |lo |la |i |gli |le |l')"
    + _NOT_A_LOSS
    + r"|chegou sem (?:o |a |os |as )"
    + _NOT_A_LOSS
    + r"|(?:kwam|is) (?:\w+ ){0,3}(?:aan|binnen) zonder (?:de |het |mijn )"
    + _NOT_A_LOSS
    + r"|(?:listed|printed) on the packing slip but|(?:on|in) the packing slip but (?:not|isn'?t|"
    r"wasn'?t)"
)
# A size or item out of stock that the customer needs ("the site says it's out of stock. I
# need it for a trip next month").
OUT_OF_STOCK_NEEDED = (
    r"(?:out of stock|sold out|unavailable)\b[^?]{0,80}?\b(?:i|we) (?:really )?(?:need|needed) "
    r"(?:it|them|this|one|the \w+) (?:for|by|before)\b|agotad[oa]s?\b[^?]{0,80}?\b(?:lo|la|los|"
    r"las) necesito para\b|(?:en rupture|épuisée?s?)\b[^?]{0,80}?\bj'en ai besoin (?:pour|"
    r"avant)\b|(?:ausverkauft|nicht (?:mehr )?(?:vorrätig|verfügbar|lieferbar))\b[^?]{0,80}?"
    r"\b(?:ich|wir) (?:brauche|brauchen) (?:sie|es|ihn|die \w+|den \w+|das \w+) (?:für|bis)"
    r"\b|esaurit[oaie]\b[^?]{0,80}?\b(?:mi|ci) serv(?:e|ono) (?:per|entro)\b|esgotad[oa]s?\b"
    r"[^?]{0,80}?\bpreciso (?:dele|dela|deles|delas|disso) (?:para|até)\b|(?:uitverkocht|niet "
    r"(?:meer )?(?:op voorraad|leverbaar))\b[^?]{0,80}?\b(?:ik|we) (?:heb|hebben) (?:het|hem|ze) "
    r"nodig (?:voor|op)\b"
)
PROBLEM = "|".join(
    (
        NOBODY_TOLD,
        CHARGED_REPEATEDLY,
        FAILS_TO_WORK,
        STUCK_TRACKING,
        BROKE_OR_TORE,
        NOT_AT_THE_DOOR,
        NO_ANSWER,
        TWO_CHARGES,
        ARRIVED_WITHOUT,
        OUT_OF_STOCK_NEEDED,
        complaint_families_s15.PROBLEM,
    )
)

# Exasperation that ends in its question mark, counted whatever else the post says (joined
# into `EXASPERATED`).
# "Is my pack lost or what?" (Only in English: "¿Me devuelven la diferencia o qué?" is a
# plain question, scorer blind11's good reply.)
OR_WHAT = r"\bor what\?"
# "... I've NEVER used it. Explain?"
EXPLAIN = (
    r"(?:^|(?<=[.!?] ))(?:explain|care to explain|please explain|explain (?:this|that|"
    r"yourselves|please)|¿?me lo (?:explican|pueden explicar)|expliquez(?:-moi)?(?: ça)?|"
    r"erklären sie (?:mir )?das|spiegatemi|expliquem|leg (?:dat|het) (?:eens )?uit) ?[?!]"
)
# Resignation ("Too late now I guess? 🙃"), which a slip of the customer's own does not
# excuse (a plain "is it too late?" stays a question).
RESIGNED = (
    r"\b(?:too late|no (?:chance|luck)|out of luck|(?:all )?gone|lost)(?: now| then| forever)?,? "
    r"i (?:guess|suppose)\b|\bdemasiado tarde,? supongo\b|\bsupongo que ya (?:es tarde|no)\b|"
    r"\btrop tard,? (?:je suppose|j'imagine)\b|\bzu spät,? (?:nehme ich an|schätze ich|vermute "
    r"ich)\b|\btroppo tardi,? (?:immagino|suppongo)\b|\btarde demais,? (?:imagino|suponho)\b|"
    r"\bte laat,? (?:neem ik aan|denk ik|zeker)\b"
)
# Doubting that anyone is there, or that the order exists ("Is anyone actually working
# there??", "Is my package even real??"): rhetorical, so not a plain question, in every
# language. (A bare "is anyone there?" may be a chat's hello, so the doubt word or "working"
# must be there.)
RHETORICAL = (
    r"\bis (?:any|some)(?:one|body) (?:actually |even |really |still )?(?:working|reading|"
    r"listening|monitoring|answering|awake|alive)\b|\bis (?:any|some)(?:one|body) (?:actually|"
    r"even|really) (?:there|home|out there)\b|\bdoes (?:any|some)(?:one|body) (?:actually |even |"
    r"ever )?(?:read|answer|check|work|reply|respond|monitor)\b[^.!?]{0,40}\?|\bdo you (?:guys |"
    r"people |folks |even )?(?:actually|even|ever) (?:read|answer|check|reply|respond|care|work|"
    r"have (?:a |any )?(?:\w+ )?(?:support|customer service|team|staff))\b|"
    r"\b(?:is|was) my (?:\w+ )?(?:order|package|parcel|refund|shipment|delivery) (?:even|"
    r"actually) (?:real|a thing)\b|"
    r"¿?\s?(?:hay|est[áa]) (?:alguien|nadie) (?:ah[íi]|trabajando|leyendo|atendiendo)\b|"
    r"¿?\s?alguien (?:lee|contesta|responde|trabaja) (?:esto|aqu[íi]|ah[íi])\b|"
    r"\b(?:il y a|y a-t-il) quelqu'un (?:qui (?:travaille|lit|r[ée]pond)|l[àa])\b|"
    r"\bquelqu'un (?:lit|r[ée]pond) (?:vraiment|m[êe]me|encore)\b|"
    r"\b(?:ist|sitzt) da (?:überhaupt|eigentlich|wirklich) (?:noch )?jemand\b|"
    r"\b(?:liest|arbeitet) (?:da|hier|das|bei euch) (?:überhaupt|eigentlich|wirklich) jemand\b|"
    r"\bc'[èe] qualcuno (?:che (?:lavora|legge|risponde)|l[ìi]|dall'altra parte)\b|"
    r"\bqualcuno (?:legge|risponde) (?:davvero|mai|ancora)\b|"
    r"\b(?:h[áa]|tem) algu[ée]m (?:a trabalhar|trabalhando|a ler|lendo|a responder|a[íi])\b|"
    r"\balgu[ée]m (?:l[êe]|responde) (?:isto|isso|mesmo)\b|"
    r"\b(?:is|zit) er (?:überhaupt|eigenlijk|wel|nog) iemand\b|"
    r"\b(?:leest|werkt) er (?:hier )?(?:eigenlijk|wel|überhaupt|nog) iemand\b"
)
EXASPERATED = re.compile("|".join((OR_WHAT, EXPLAIN, RESIGNED, RHETORICAL)), re.IGNORECASE)

# An order placed by mistake is the customer's own slip (spliced into
# `complaints._OWN_MISTAKE`): "aus Versehen zwei Fleecejacken bestellt statt einer" asks to
# change it and complains of nothing (scorer blind54's good reply has no apology).
# What was ordered "instead of" what belongs to the slip too ("two instead of one").
_INSTEAD = (
    r"(?:[^.!?,]{0,30}?\b(?:instead of|rather than|statt|anstatt|en vez de|en lugar de|au lieu "
    r"de|invece di|anziché|em vez de|in plaats van)(?: \w+){1,2})?"
)
ACCIDENTAL_ORDER = (
    "(?:"
    + (
        r"\b(?:accidentally|mistakenly|by mistake|by accident)\b[^.!?]{0,40}\b(?:ordered|bought|"
        r"placed|selected|picked|chose|clicked|added)\b|\b(?:ordered|bought|placed|selected|picked|"
        r"chose|clicked|added) (?:\w+ ){0,5}(?:by mistake|by accident)\b|"
        r"\b(?:aus versehen|versehentlich)\b[^.!?]{0,40}\b(?:bestellt|gekauft|gewählt|ausgewählt|"
        r"angeklickt)\b|\b(?:por error|sin querer|por equivocación)\b[^.!?]{0,40}\b(?:pedí|compré|"
        r"encargué|elegí|seleccioné)|\b(?:pedí|compré|encargué|elegí|seleccioné) (?:\w+ ){0,5}"
        r"(?:por error|sin querer|por equivocación)\b|\b(?:par erreur|par mégarde)\b[^.!?]{0,40}"
        r"\b(?:commandé|acheté|choisi|sélectionné)|\b(?:commandé|acheté|choisi|sélectionné)e?s? "
        r"(?:\w+ ){0,5}(?:par erreur|par mégarde)\b|\b(?:per sbaglio|per errore)\b[^.!?]{0,40}"
        r"\b(?:ordinato|comprato|scelto|selezionato)|\b(?:ordinato|comprato|scelto|selezionato) "
        r"(?:\w+ ){0,5}(?:per sbaglio|per errore)\b|\b(?:por engano|sem querer)\b[^.!?]{0,40}"
        r"\b(?:encomendei|comprei|pedi|escolhi)|\b(?:encomendei|comprei|pedi|escolhi) (?:\w+ ){0,5}"
        r"(?:por engano|sem querer)\b|\b(?:per ongeluk|per vergissing)\b[^.!?]{0,40}\b(?:besteld|"
        r"gekocht|gekozen|aangeklikt)\b|\b(?:besteld|gekocht|gekozen) (?:\w+ ){0,5}(?:per ongeluk|"
        r"per vergissing)\b"
    )
    + ")"
    + _INSTEAD
)
