"""Session 14 families for `complaints.is_complaint`, written from the spent scorer batches
blind42 to blind55 (the complaints the rules missed there, and the neutral question they
took for one), each in the supported languages where it applies. Regex alternatives that
`complaints` splices into its own lists, so the order of checks there (hypotheticals,
plain questions, the customer's own slip) applies to them too.
"""

from __future__ import annotations

import re

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
UPSET = "|".join((FORMAL_COMPLAINT, NOBODY_ANSWERED, BAD_FAITH, NOW_YOU_TELL_ME, DISAPPOINTMENT))

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
PROBLEM = "|".join((NOBODY_TOLD, CHARGED_REPEATEDLY, FAILS_TO_WORK))

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
EXASPERATED = re.compile("|".join((OR_WHAT, EXPLAIN, RESIGNED)), re.IGNORECASE)

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
