"""Session 13 families of blame and rudeness for `blame_check.no_blame` (`blame_phrases` holds the
earlier sessions). Each is a way agents slip, written in the supported languages where it
applies; regex alternatives matched on the normalised draft, case-insensitive, each
starting at a word start. From what scorer blind52 and blind53 missed (spent)."""

from __future__ import annotations

# Who may cause a problem without it being the customer's doing: "that's what happens when
# the carrier scans early" explains, "that's what happens when a down bag lives in its
# stuff sack" blames.
_NOT_THE_CUSTOMER = (
    r"(?! (?:we|our|us|the (?:carrier|courier|warehouse|system|site|label|scanner|driver|"
    r"sale|price)|a (?:carrier|courier|driver|scanner)|ups|usps|fedex|dhl|orders?|parcels?|"
    r"packages?|an order|a parcel|a package|prices?|sales?)\b)"
)

SESSION13_BLAME = [
    # "That's what happens when ...": the customer's doing as the cause, in every language
    # ("das passiert eben, wenn man die Pflegehinweise nicht beachtet").
    r"\b(?:that'?s|that is|this is|it'?s) (?:just |exactly |simply )?what (?:happens (?:when|if)"
    + _NOT_THE_CUSTOMER
    + r"|comes (?:of|from) (?:not )?\w+ing\b)"
    + r"|\bdas passiert (?:eben|halt|nun mal)\b|\bwenn man (?:\w+ ){0,4}nicht (?:beachtet|"
    r"befolgt|liest|pflegt|lüftet|trocknet)\b|\b(?:eso|esto) es lo que pasa (?:cuando|si)\b|"
    r"\bc'est ce qui arrive (?:quand|lorsqu'|si)|\bè quello che succede (?:quando|se)\b|"
    r"\bé o que acontece (?:quando|se)\b|\bdat (?:is wat er )?gebeurt (?:nu eenmaal )?(?:als|"
    r"wanneer)\b|\bdat krijg je (?:ervan )?(?:als|wanneer)\b",
    # "The care instructions are there for a reason."
    r"\b(?:instructions|guidelines|rules|warnings?|labels?|limits?|terms|recommendations|"
    r"guides?|tags?) (?:are|is|exist) (?:(?:all )?there )?for a (?:good )?reason\b|"
    r"\b(?:no están|no está) (?:ahí )?(?:por casualidad|de adorno)\b|\bne (?:sont|est) pas là "
    r"pour rien\b|\b(?:sind|ist) nicht (?:umsonst|ohne grund) (?:da|dabei)\b|\bnon (?:sono|è) "
    r"lì per caso\b|\bnão (?:estão|está) lá por acaso\b|\b(?:staan|staat) er niet voor niets\b",
    # A guess at what the customer did: "you've most likely kept it squashed".
    r"\byou(?:'ve| have)? (?:most likely|more than likely|probably|likely|presumably) (?:just "
    r")?(?:been )?(?:kept|left|stored|packed|washed|dried|dropped|stuffed|squashed|compressed|"
    r"crushed|overloaded|overfilled|forced|pulled|yanked|tugged|worn|thrown|torn|mixed up|"
    r"mistyped|misread|missed|ignored|skipped|forgot(?:ten)?|tumble[- ]dried|ironed|bleached)\b",
    # "please be more careful", "so take more care this time" (not "we'll be more careful").
    r"(?<!we'll )(?<!we will )(?<!i'll )(?<!i will )(?<!we're going to )(?<!we need to )"
    r"(?<!we )(?<!i )(?<!they )(?<!team will )"
    r"\b(?:be (?:a (?:bit|little) )?more careful|take (?:a (?:bit|little) )?more care)\b|"
    r"\b(?:ten|tenga|tened) (?:un poco )?más cuidado\b|\bsoyez (?:un peu )?plus (?:prudente?s?|"
    r"attentif|attentive|vigilante?)\b|\bfaites (?:un peu )?plus attention\b|\b(?:seien sie|sei) "
    r"(?:bitte |künftig |nächstes mal )?(?:etwas )?(?:vorsichtiger|sorgfältiger|aufmerksamer)\b|"
    r"\b(?:stia|sii|state) più attent[oaie]\b|\bfaccia più attenzione\b|\b(?:tenha|tem) mais "
    r"cuidado\b|\bwees (?:voortaan |de volgende keer )?(?:wat )?(?:voorzichtiger|zorgvuldiger)\b|"
    r"\blet (?:voortaan |de volgende keer )?(?:wat )?beter op\b",
    # "You shouldn't have come that close to replying" (not "you shouldn't have had to
    # wait", "you should never have been charged").
    r"\byou (?:really |honestly |definitely |probably )?(?:shouldn'?t|should not|should never)"
    r"(?:'ve| have)\b(?! (?:to|been|had|needed|gotten|got|received|seen|waited|paid)\b)|"
    r"\b(?:vous n'auriez|tu n'aurais) (?:jamais |pas )dû\b|\bnon avresti dovuto\b|"
    r"\bnon avrebbe dovuto (?!succedere|accadere|capitare|essere)\w+|\bnão (?:deveria|devia) ter "
    r"(?!acontecido|sido|recebido)\w+|\b(?:had je|had u|je had|u had) (?:dat |het )?(?:echt )?"
    r"niet (?:\w+ )?moeten\b",
    # "Not that hard, right?", "Niet zo moeilijk toch?"
    r"\bnot (?:that|so|too) (?:hard|difficult|complicated),? (?:right|is it|eh|huh)\?|"
    r"\b(?:niet|no es|pas|nicht|non è|não é) (?:zo|tan|si|so|così|tão) (?:moeilijk|lastig|"
    r"ingewikkeld|difícil|complicad[oa]|compliqué|difficile|schwer|kompliziert),? (?:toch|hè|"
    r"¿?verdad|non|hein|oder|vero|né|no)\s?\?|\bniet zo moeilijk toch\b",
    # "Zoals gewoon op de site staat": where it was written, with "simply" or "clearly".
    r"\bzoals (?:gewoon|duidelijk|toch) (?:op|in) \w+|\bcomo (?:bien |claramente )(?:dice|pone|"
    r"indica)\b|\bcomme (?:c'est )?(?:clairement|bien) (?:indiqué|écrit|précisé)\b|\bwie "
    r"(?:klar|deutlich|eindeutig) (?:auf|in) \w+|\bcome (?:chiaramente|ben) (?:scritto|"
    r"indicato|spiegato)\b|\bcomo (?:claramente|bem) (?:diz|indicado|escrito)\b",
    # "Así funciona y no es cosa nuestra": not our business, that's how it works.
    r"\bno es (?:cosa|asunto|problema) nuestr[oa]\b|\bno es (?:nuestro problema|culpa nuestra|"
    r"nuestra culpa)\b|\basí funciona(?:n)?(?=[.,;!]| y\b)|\bce n'est pas (?:notre problème|de "
    r"notre faute|notre affaire)\b|\bça ne (?:nous )?regarde pas\b|\bnicht unser "
    r"(?:problem|fehler)\b|\bnicht unsere (?:schuld|sache)\b|\bso läuft das "
    r"(?:eben|halt|nun mal)\b|\bnon è (?:un )?(?:nostro problema|colpa nostra|affare nostro)\b|"
    r"\bfunziona così(?=[.,;!]| e basta)|\bnão é (?:problema nosso|culpa nossa|nossa culpa)\b|"
    r"\bé assim que funciona(?=[.,;!])|\bniet (?:ons probleem|onze schuld)\b|\bzo werkt het nu "
    r"eenmaal\b|\bzo gaat dat nu eenmaal\b",
]
