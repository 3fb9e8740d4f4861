"""Session 13 and 14 families of blame and rudeness for `blame_check.no_blame`
(`blame_phrases` holds the earlier sessions). Each is a way agents slip, written in the
supported languages where it applies; regex alternatives matched on the normalised draft,
case-insensitive, each starting at a word start. Session 13's from what scorer blind52 and
blind53 missed, session 14's from blind42 to blind55 (all spent): `SESSION14_BLAME` always
counts, `SESSION14_CURT` only in a draft without a word of sympathy (like
`blame_phrases.CURT`), `SESSION14_DISMISSIVE` only there and to a complaint. Session 14's
second round (`SESSION14B_BLAME`) from scorer blind56 and blind57 (spent): telling the
customer to relax, "it's not that complicated", "hardly a surprise", "zippers don't last
forever". `BEFORE_PURCHASE` marks advice given before a purchase, which `blame_check`
counts only while the customer is still deciding (`STILL_DECIDING`)."""

from __future__ import annotations

# What follows "you shouldn't have" in an apology for the customer's trouble: "(had) to chase
# us", "waited", "needed to" (session 16, from scorer blind68's good reply).
HAD_TO_FR = (
    r"(?! (?:avoir à|avoir besoin|attendre|patienter|être|nous relancer|nous recontacter|"
    r"insister|vous déplacer)\b)"
)
HAD_TO_IT = r"(?! (?:aspettare|avere|essere|sollecitar\w*|ricontattar\w*|insistere|scriverci)\b)"
# (Dutch: "je had niet zo lang moeten wachten", only with "niet": "je had moeten wachten op
# de uitverkoop" is a lesson.)
HAD_TO_NL = r"(?!niet (?:\w+ ){0,3}(?:moeten|hoeven) (?:wachten|navragen|aandringen|herinneren)\b)"

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
    r"crushed|overloaded|handled|treated|mishandled|overfilled|forced|pulled|yanked|tugged|"
    r"worn|thrown|torn|mixed up|"
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
    # (Nor, in any language, "vous n'auriez pas dû avoir à nous relancer": scorer blind68's
    # good reply apologises that the customer had to chase; `HAD_TO_FR`, `HAD_TO_IT`.)
    r"\b(?:vous n'auriez|tu n'aurais) (?:jamais |pas )dû\b" + HAD_TO_FR + r"|\bnon avresti "
    r"dovuto\b" + HAD_TO_IT + r"|\bnon avrebbe dovuto (?!succedere|accadere|capitare|essere)"
    r"\w+|\bnão (?:deveria|devia) ter (?!acontecido|sido|recebido|tido|de\b|que\b|esperado)"
    r"\w+|\b(?:had je|had u|je had|u had) (?:dat |het )?(?:echt )?niet (?:\w+ )?moeten\b"
    r"(?! (?:wachten|navragen|herinneren|aandringen)\b)",
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


# Session 14 families, written from the spent scorer batches blind42 to blind55 (what the
# lists above missed there), each as a way of slipping rather than as the batch's sentence,
# in the supported languages where it applies.
# Chosen by mistake, for the usual cause named as the customer's own click.
_CLICKED = (
    r"(?:selected|chosen|picked|entered|ordered|clicked|selezionat[oa]|scelt[oa]|seleccionad[oa]|"
    r"elegid[oa]|sélectionnée?|choisie?|ausgewählt|gewählt|angeklickt|selecionad[oa]|"
    r"escolhid[oa]|geselecteerd|gekozen|aangeklikt)"
)
_BY_MISTAKE = (
    r"(?:by mistake|accidentally|in error|per errore|per sbaglio|por error|par erreur|par "
    r"mégarde|versehentlich|aus versehen|por engano|sem querer|per ongeluk|per vergissing)"
)
_CLEARLY = r"(?:pretty |very |quite |really |super |perfectly |abundantly |fairly )?"
_WRITTEN = (
    r"(?:says|said|states|stated|listed|written|explained|spelled out|mentioned|noted|"
    r"indicated|laid out|set out)"
)
_NOT_BEFORE = r"(?<!not )(?<!n't )(?<!never )(?<!pas )(?<!nicht )(?<!non )(?<!não )(?<!niet )"
SESSION14_BLAME = [
    # Obviousness: "as it says pretty clearly on our website", "CLEARLY listed on our returns
    # page", "c'est écrit noir sur blanc" (not "the photo clearly shows the defect", nor
    # directions ahead: "the status should be clearly displayed").
    # Not the team owning that it was not clear: "our apologies that the cancellation was
    # not explained clearly" (scorer blind84's good reply).
    _NOT_BEFORE
    + r"\b"
    + _WRITTEN
    + r" "
    + _CLEARLY
    + r"(?:clearly|plainly|explicitly)\b|(?<!be )"
    + _NOT_BEFORE
    + r"\b"
    + _CLEARLY
    + r"(?:clearly|plainly|explicitly) (?:listed|explained|spelled out|mentioned|noted|"
    r"indicated|laid out|set out)\b|"
    r"\b(?:dice|indica|pone|explica|está) (?:muy |bien )?claramente\b|\bclaramente "
    r"(?:indicad|especificad|escrit|explicad|detallad)[oa]s?\b|\blo pone (?:bien |muy )?claro\b|"
    r"(?<!pas )\b(?:clairement|explicitement) (?:indiqué|écrit|précisé|mentionné|affiché|"
    r"stipulé)e?s?\b|"
    r"\b(?:indiqué|écrit|précisé|mentionné)e?s? (?:très |bien )?clairement\b|"
    r"\bnoir sur blanc\b|\bschwarz auf weiß\b|\bnero su bianco\b|\bpreto no branco\b|"
    r"\bzwart op wit\b|\b(?:klar|deutlich|eindeutig|ausdrücklich) (?:vermerkt|aufgeführt|erwähnt|"
    r"geschrieben)\b|\bsteht (?:doch |ganz |klar und )?(?:klar|deutlich|eindeutig)\b|"
    r"\b(?:chiaramente|esplicitamente) (?:indicat|scritt|specificat|spiegat|riportat)[oaie]\b|"
    r"\b(?:claramente|explicitamente) (?:indicad|escrit|explicad|especificad|referid)[oa]s?\b|"
    r"\b(?:duidelijk|expliciet) (?:vermeld|aangegeven|beschreven|uitgelegd|weergegeven)\b|"
    r"\bstaat (?:heel |toch |gewoon )?(?:duidelijk|expliciet) (?:vermeld|aangegeven|op|in)\b",
    # "Read the care label. It's all there.", "it's right there in the FAQ", "it's all on the
    # care label".
    r"(?:^|(?<=[.!?] ))(?:it'?s|it is|everything'?s|everything is) (?:all )?right there\b|"
    r"\b(?:it'?s|that'?s|this is|everything'?s|everything is) all (?:on|in) (?:the|our|your) "
    r"(?:care )?(?:label|tag|faq|instructions|guide|page|policy|terms|email|confirmation|"
    r"listing|description)\b|"
    r"(?:^|(?<=[.!?] ))(?:it'?s|everything'?s|it is|everything is) all (?:in )?there[.!]|"
    r"\bread the care (?:label|instructions|guide|tag)\b|\bestá todo ahí\b|\btout y est "
    r"(?:écrit|indiqué|expliqué)\b|\bsteht alles (?:da|drin|dort)\b|\bc'è scritto tutto\b|"
    r"\bestá tudo (?:lá|aí|escrito)\b|\bstaat (?:er )?allemaal (?:in|op)\b",
    # Grudging: "Fine, send the card number ... I guess.", "if you insist".
    r"(?:^|(?<=[.!?] ))(?:ok(?:ay)?,? )?fine[,.] |,? i (?:guess|suppose)[.!]|\bif you (?:really )?"
    r"insist\b|\bsi (?:insistes|insiste|no hay más remedio)\b|, supongo[.!]|\bsi vous y tenez\b|"
    r"\bsi tu y tiens\b|\bsi vous insistez\b|, je suppose[.!]|\bwenn (?:sie|du) (?:unbedingt )?"
    r"(?:darauf bestehen|darauf bestehst|müssen|musst)\b|\bmeinetwegen\b|\bvon mir aus\b|"
    r", schätze ich[.!]|\bse (?:proprio )?(?:insisti|insiste|ci tieni|ci tiene)\b|, suppongo[.!]|"
    r"\bse (?:insiste|insistes|faz questão|fazes questão)\b|, suponho[.!]|\bals (?:het|je|u) "
    r"(?:echt )?(?:moet|erop staat|erop staan)\b|\bvooruit dan maar\b|, neem ik aan[.!]",
    # Sarcasm: "Yes, believe it or not, Canada is on our list", "shocking, I know" (not "who
    # would have thought", as often glad: "who'd have thought a tent could take that storm").
    r"\bbelieve it or not\b|\bshocking,? i know\b|\bsurprise,? surprise\b|\bimagine that[.!]|"
    r"\bgo figure\b|\bcolou?r me surprised\b|\baunque no lo creas?\b|\blo creas? o no\b|"
    r"\bsorpresa,? sorpresa\b|\bcroyez-le ou non\b|\bcrois-le ou non\b|\bob (?:sie|du) es "
    r"glaub(?:en|st) oder nicht\b|\bche (?:tu )?ci creda o no\b|\bacredite(?:s)? ou não\b|"
    r"\bgeloof het of niet\b",
    # Dismissive closers: "Pretty sure that answers it." (not "Hope that answers it!").
    r"\bpretty sure (?:that|this) (?:answers|covers|clears up|settles)\b|(?<!hope )(?<!hope that )"
    r"(?<!hopefully )(?:^|(?<=[.!?] ))(?:that|this) (?:answers|settles) (?:it|that|your "
    r"question)[.!]",
    # You should have ordered earlier, in the modal past: "had je wel wat eerder mogen
    # bestellen", "hätten Sie früher bestellen sollen", "tendrías que haber pedido antes" (not
    # "you should have received an email": the team's lapse).
    r"\b(?:had|hadden) (?:je|u|jij|jullie) " + HAD_TO_NL + r"(?:\w+ ){0,4}(?:moeten|mogen|kunnen) "
    r"(?!ontvangen|krijgen|horen|zien|hebben)\w+|\b(?:je|u|jij|jullie) (?:had|hadden) "
    + HAD_TO_NL
    + r"(?:\w+ ){0,4}(?:moeten|mogen) (?!ontvangen|krijgen|horen|zien|hebben)\w+|"
    r"\b(?:hätten sie|hättest du) (?:\w+ ){0,4}(?<!erhalten )(?<!bekommen )(?:sollen|müssen)\b|"
    r"\b(?:tendrías|tendría|tenías|debías|debiste|hubieras debido) (?:que )?haber(?:lo|la|los|"
    r"las)? (?!recibido|llegado|pasado|ocurrido|sucedido|tardado|sido|tenido)\w+|"
    r"\b(?:vous auriez|tu aurais) pu (?!recevoir|être|avoir)\w+|\bil (?:vous |te )?(?:aurait "
    r"fallu|fallait) (?:commander|lire|vérifier|prévoir|anticiper|choisir|consulter|regarder)\b|"
    r"\b(?:avresti|avreste) (?:dovuto|potuto)"
    + HAD_TO_IT
    + r" (?!ricevere|essere|avere)\w+|\bavrebbe (?:dovuto|"
    r"potuto) (?:ordinare|leggere|controllare|scegliere|verificare|comprare|acquistare|misurare|"
    r"provare|conservare|lavare)\b|\b(?:devias|deverias|podias|poderias|tinhas (?:de|que)) ter "
    r"(?!recebido|chegado|sido|acontecido|tido|de\b|que\b)\w+|\b(?:devia|deveria|podia|poderia|"
    r"tinha (?:de|que)) ter (?:encomendado|pedido|lido|verificado|escolhido|comprado|medido|"
    r"contactado)\b|"
    # ("but you could have waited for the sale", scorer blind63.)
    r"\byou could(?:'ve| have) (?:just |easily |always |simply )?(?:ordered|checked|read|"
    r"chosen|picked|measured|looked|sized|bought|waited|held off|asked|contacted|called|"
    r"noticed|double-checked)\b",
    # "the ideal would have been to order half a size up" in every language.
    r"\b(?:it would have been|it'?d have been|would'?ve been) (?:best|better|ideal|wiser|"
    r"smarter) to (?:order|check|read|choose|pick|buy|size|measure)\b|\blo (?:ideal|mejor) "
    r"(?:era|hubiera sido|habría sido) (?:pedir|comprar|elegir|leer|revisar|consultar)\b|"
    r"\b(?:l'idéal|le mieux) (?:aurait été|était) de (?:commander|vérifier|lire|choisir|prendre|"
    r"consulter)\b|\b(?:besser|am besten) wäre (?:es )?gewesen\b|\b(?:l'ideale|la cosa migliore) "
    r"(?:era|sarebbe stat[oa]) (?:di )?(?:ordinare|controllare|leggere|scegliere|prendere)\b|"
    r"\bsarebbe stato meglio (?:ordinare|controllare|leggere|scegliere|prendere)\b|\bo (?:ideal|"
    r"melhor) (?:era|teria sido) (?:encomendar|pedir|verificar|ler|escolher)\b|\bhet (?:was|"
    r"zou) (?:beter|verstandiger|handiger) (?:geweest zijn|zijn geweest|was geweest)\b",
    # The damage put in the customer's hands: "the seal was most likely damaged before you
    # sent it back" (not "damaged before you received it").
    r"\b(?:was|were|got|had been|must have been|been) (?:\w+ ){0,2}(?:damaged|broken|opened|torn|"
    r"cracked|scratched|dented|used|worn|washed|bent|punctured) (?:before you (?:sent|returned|"
    r"shipped|mailed|posted|dropped|packed)|while you (?:were )?(?:using|used|had|wore|wearing)|"
    r"when you (?:used|wore|washed|packed|handled))\b",
    # "please pack returns more carefully" (not "we'll pack it more carefully", nor care tips:
    # "wash it more gently").
    r"(?<!we )(?<!we'll )(?<!i'll )(?<!i )(?<!they )(?<!will )(?<!need to )(?<!going to )"
    r"(?<!have to )(?<!want to )\b(?:pack|handle|measure|choose|pick) (?:\w+ ){0,3}?more "
    r"(?:carefully|attentively)\b|\b(?:empaqueta|embala|empaquete|embale|maneja|maneje) "
    r"(?:\w+ ){0,3}con más cuidado\b|\b(?:emballez|manipulez) (?:\w+ ){0,3}(?:avec )?plus "
    r"(?:de )?(?:soin|précaution)\b|\b(?:verpacken|behandeln) sie (?:\w+ ){0,3}(?:sorgfältiger|"
    r"vorsichtiger|behutsamer)\b|\b(?:imballa|imballi|maneggia|maneggi) (?:\w+ ){0,3}con più "
    r"(?:cura|attenzione)\b|\b(?:embale|embala|manuseie) (?:\w+ ){0,3}com mais cuidado\b|"
    r"\b(?:verpak|behandel) (?:\w+ ){0,3}(?:zorgvuldiger|voorzichtiger)\b",
    # "Un sac ne se déchire pas tout seul": it doesn't tear on its own, in the other languages.
    r"\bne se (?:déchire|casse|brise|fissure|troue|décolle|perd|vide|abîme|déchirent|cassent|"
    r"brisent|perdent) pas (?:tout(?:e|es)? )?seule?s?\b|\bno se (?:rompe|rasga|raja|despega|"
    r"pierde|estropea|pincha)n? (?:sol[oa]s?|por sí sol[oa]s?)\b|\b(?:reißt|reißen|bricht|"
    r"brechen|platzt|platzen|löst sich|verschwindet|verschwinden) (?:doch |ja )?nicht (?:einfach "
    r")?(?:so )?von (?:allein|alleine|selbst)\b|\bnon si (?:strappa|strappano|rompe|rompono|"
    r"scolla|scollano|buca|crepa|perde|perdono) da (?:sol[oaie]|sé)\b|\bnão se (?:rasga|parte|"
    r"quebra|rompe|estraga|descola|perde)m? (?:sozinh[oa]s?|por si)\b|\b(?:scheurt|scheuren|"
    r"breekt|breken|knapt|knappen|verdwijnt|verdwijnen) (?:toch )?niet (?:zomaar )?(?:vanzelf|"
    r"uit zichzelf)\b",
    # "As our agent already explained", "as we already mention in our bio".
    r"\bas (?:(?:our|my|the|your) (?:\w+ )?(?:agent|colleague|team|rep|representative|advisor|"
    r"chat|staff|team member)|i|we|they|he|she)(?: have| has|'ve|'s)? (?:already|previously|"
    r"clearly) (?:said|say|mention(?:ed)?|explain(?:ed)?|told you|tell you|state[ds]?|"
    r"point(?:ed)? out|advised|informed you|note[ds]?|indicated)\b|\bcomo ya (?:te |le |les )?"
    r"(?:dijo|explicó|indicó|comentó|mencionó|hemos (?:dicho|explicado|indicado|comentado))\b|"
    r"\bcomme (?:notre|votre|mon|ma) (?:\w+ )?(?:agent|conseiller|conseillère|collègue|équipe) "
    r"(?:vous |te )?l'a (?:déjà )?(?:expliqué|dit|indiqué|précisé)\b|\bcomme (?:nous )?(?:vous |"
    r"te )?l'(?:avons|a) déjà (?:dit|expliqué|indiqué|précisé)\b|\bwie (?:ihnen |dir )?(?:unser|"
    r"ihr|dein|mein)e? (?:\w+ )?(?:kollege|kollegin|mitarbeiter|mitarbeiterin|team|berater|"
    r"support) (?:bereits|schon) (?:erklärt|gesagt|mitgeteilt|erläutert)\b|\bwie (?:schon|"
    r"bereits) (?:mehrfach )?(?:gesagt|erwähnt|erklärt|mitgeteilt)\b|\bcome già (?:detto|spiegato|"
    r"indicato|scritto|comunicato)\b|\bcome (?:ti |le |vi )?(?:ha|abbiamo|avevamo) già (?:detto|"
    r"spiegato|indicato|scritto)\b|\bcomo já (?:lhe |te )?(?:dissemos|explicámos|explicamos|"
    r"referimos|indicámos|indicamos|foi (?:dito|explicado|referido))\b|\bzoals (?:we |ik )?"
    r"(?:al|eerder|reeds) (?:gezegd|uitgelegd|aangegeven|vermeld|gemeld)\b|\bzoals (?:onze|de|"
    r"mijn) (?:\w+ )?(?:collega|medewerker|team) (?:je |u )?(?:al|eerder) (?:heeft )?(?:uitgelegd|"
    r"gezegd|verteld|laten weten)\b",
    # The terms "you accept when you order" (the past tense is in the lists above).
    r"\b(?:which|that) you (?:accept|agree to|consent to|acknowledge)\b|\byou (?:accept|agree "
    r"to) (?:it|this|them|these|that|the (?:\w+ )?(?:terms|policy|conditions|fee)) (?:when|by|at|"
    r"before) (?:you )?(?:order|check|buy|purchas|plac|sign)\w*|\bque (?:aceptas|acepta|"
    r"aceptaste|aceptó) al (?:hacer|realizar|comprar|pedir)\b|\bque vous (?:acceptez|avez "
    r"acceptée?s?) (?:lors de|en passant|au moment de)\b|\b(?:die|denen) sie (?:bei|mit) der "
    r"bestellung (?:akzeptiert|akzeptieren|zugestimmt|zustimmen)\b|\bche (?:accetti|accetta|hai "
    r"accettato|ha accettato) (?:al momento dell'|quando (?:fai|effettui) l'|con l')ordine\b|"
    r"\bque (?:aceita|aceitas|aceitou|aceitaste) ao (?:fazer|efetuar) (?:a|uma) encomenda\b|"
    r"\b(?:waarmee|waar) (?:je|u) (?:mee )?(?:akkoord gaat|instemt) (?:bij|wanneer|als)\b",
    # Asking again named as what slows things: "sending three doesn't speed things up".
    r"\b(?:sending|writing|emailing|e-mailing|messaging|calling|posting|asking|chasing|"
    r"following up|repeating|resending|dming|tweeting)\b[^.!?]{0,40}\b(?:doesn'?t|does not|won'?t|"
    r"will not|isn'?t going to|can'?t) (?:really |actually )?(?:speed (?:\w+ )?up|make (?:it|"
    r"things|this|them|us|the \w+)? ?(?:go |move |any )*(?:faster|quicker|sooner))|"
    r"\b(?:escribir|enviar|mandar|llamar)\w* (?:\w+ ){0,5}no (?:va a )?(?:acelera|agiliza)\w*|"
    r"\b(?:écrire|envoyer|relancer|appeler)\w* (?:\w+ ){0,5}(?:n'accélère|ne fait pas avancer|"
    r"n'accélérera|ne va pas accélérer)\b|\b(?:mehrfach|mehrmals|nochmal|öfter|erneut|"
    r"wiederholt)\w* (?:\w+ ){0,4}(?:beschleunigt|beschleunigen) (?:\w+ )?nicht\b|"
    r"\b(?:scrivere|mandare|inviare|chiamare)\w* (?:\w+ ){0,5}non (?:accelera|velocizza)\w*|"
    r"\b(?:enviar|escrever|mandar|ligar)\w* (?:\w+ ){0,5}não (?:acelera|agiliza|vai acelerar)\b|"
    r"\b(?:vaker|meerdere keren|opnieuw|nogmaals)\w* (?:\w+ ){0,4}(?:mailen|schrijven|bellen|"
    r"sturen|berichten) (?:versnelt|maakt het niet sneller)\b",
    # "that's considered normal wear rather than a defect".
    r"\b(?:normal|expected|regular|ordinary|natural|everyday) (?:wear|use|aging|ageing|wear and "
    r"tear)\b[^.!?]{0,15}\b(?:rather than|not|and not|instead of|as opposed to) (?:a |an )?"
    r"(?:defect|fault|manufacturing)|\bdesgaste normal\b[^.!?]{0,15}\b(?:y no|no|más que|"
    r"en lugar de|e não|não|em vez de) (?:un |um )?defe(?:c)?to\b|\busure normale\b"
    r"[^.!?]{0,15}\b(?:et non|pas|plutôt qu'?) ?(?:un )?défaut\b|\bnormaler verschleiß\b"
    r"[^.!?]{0,15}\b(?:und kein|kein|statt|nicht)[^.!?]{0,6}(?:mangel|defekt|fehler)\b|"
    r"\bnormale usura\b[^.!?]{0,15}\b(?:e non|non|piuttosto che) (?:un )?difetto\b|"
    r"\bnormale slijtage\b[^.!?]{0,15}\b(?:en geen|geen|in plaats van) (?:een )?(?:defect|"
    r"gebrek|fabricagefout)\b",
    # The usual cause named as the customer's own click: "spesso la misura sbagliata viene
    # selezionata per errore", "meestal wordt de maat per ongeluk gekozen".
    r"\b(?:often|usually|most often|typically|commonly|frequently|spesso|di solito|solitamente|"
    r"a menudo|normalmente|por lo general|souvent|généralement|oft|meistens|häufig|muitas vezes|"
    r"geralmente|frequentemente|vaak|meestal)\b[^.!?]{0,60}\b(?:"
    + _CLICKED
    + r" "
    + _BY_MISTAKE
    + r"|"
    + _BY_MISTAKE
    + r" (?:\w+ )?"
    + _CLICKED
    + r")\b",
    # A guess that the customer forced or dropped it: "conviene comprobar que no se haya
    # forzado al sacar la chaqueta".
    r"(?<!we'll )(?<!we will )(?<!we )(?<!i'll )(?<!i )(?<!to )\b(?:check|make sure|confirm|see) "
    r"(?:that |whether |if )?(?:it|the \w+|they) (?:wasn'?t|"
    r"weren'?t|hasn'?t been|haven'?t been|was not|were not) (?:\w+ )?(?:forced|yanked|pulled|"
    r"dropped|washed|bent|stretched|overloaded)\b|\bque no (?:se )?(?:haya|hayas|hubiera|"
    r"hubieras) (?:sido )?(?:forzad|tirad|lavad|mojad|golpead|caíd|doblad|estirad)\w*|\bque "
    r"(?:vous n'avez|tu n'as) pas (?:forcé|tiré|lavé|plié|laissé tomber)\b|\bob (?:sie|du) "
    r"(?:\w+ ){0,3}nicht (?:\w+ )?(?:gezogen|gewaschen|geknickt|gezerrt|fallen gelassen)\b|"
    r"\bche non (?:sia stat[oa]|l'abbia|l'abbiate|abbia) (?:\w+ )?(?:forzat|tirat|lavat|"
    r"piegat)\w*|\bque não (?:foi|tenha sido|forçou|puxou|lavou) (?:\w+ )?(?:forçad|puxad|"
    r"lavad|dobrad)\w*|\bof (?:je|u) (?:\w+ ){0,3}niet (?:hebt|heeft) (?:geforceerd|getrokken|"
    r"gewassen|geknikt)\b",
    # Advice after the fact: "so it's worth checking the care label", "it's best to check
    # availability before you mail your return", "Keeping an eye on your account activity
    # avoids this" (not a care tip: "drying it flat prevents this").
    # (Not "worth checking your spam folder for the label email": the page is the object.)
    r"\bworth (?:checking|reading|a look at|looking at|reviewing|double-checking) (?:the |our |"
    r"your )?(?:\w+ ){0,2}?(?:care label|care instructions|care guide|label|faq|size (?:chart|"
    r"guide)|policy|terms|instructions|product page|description|listing)\b|"
    r"\b(?:it'?s|it is) (?:always |usually |generally )?(?:best|better|wise|worth|a good idea|"
    r"smart|advisable|safest) (?:to )?"
    r"(?:check|checking|read|reading|look|looking|double-check|double-checking|verify|"
    r"verifying|review|reviewing|wait|waiting)\b[^.!?]{0,50}\bbefore (?:you|sending|mailing|"
    r"returning|posting|shipping|writing|messaging|contacting|reaching|ordering|buying)\b|"
    r"\b\w+ing\b[^.!?]{0,50}\b(?:avoids|would (?:have )?avoided?|helps (?:to )?avoid) (?:this|"
    r"that|it|the (?:issue|problem|hassle))\b",
    # "Antes de escribir aquí, revisa bien con tus vecinos": before writing to us, in the other
    # languages (the English is in the lists above).
    r"\bantes de (?:escribir|publicar|quejarte|quejarse|reclamar|contactar|comentar)(?:nos)?\b|"
    r"\bavant de (?:nous )?(?:écrire|contacter|publier|poster|vous plaindre|te plaindre|"
    r"réclamer)\b|\bbevor (?:sie|du) (?:uns |hier )?(?:schreiben|schreibst|posten|postest|"
    r"kontaktieren|kontaktierst|sich beschweren|dich beschwerst|reklamieren)\b|\bprima di "
    r"(?:scriverci|scrivere|contattarci|lamentarti|lamentarsi|lamentarvi|reclamare|"
    r"pubblicare)\b|\bantes de (?:nos )?(?:escrever|contactar|reclamar|publicar|queixar-se|"
    r"queixar)\b|\bvoordat (?:je|u) (?:ons )?(?:schrijft|mailt|contact opneemt|klaagt|iets "
    r"plaatst|post)\b",
]
# Said to a complaint with no word of sympathy (see `blame_phrases.CURT`).
SESSION14_CURT = [
    # "That's not fraud.", "It isn't broken, it just doesn't apply." (not "It's not broken!
    # Just hold the button for five seconds").
    r"(?:^|(?<=[.!?] ))(?:it'?s|that'?s|this is|it is|that is|it isn'?t|that isn'?t|this "
    r"isn'?t) (?:not )?(?:fraud|a scam|theft|hacked|(?:broken|faulty|defective)(?=[.,;]))",
    # "It's in the carrier's hands. You could try contacting them."
    r"\byou (?:could|can|might|may) (?:always |also )?try (?:contacting|calling|asking|emailing|"
    r"reaching out to|getting in touch with|messaging) (?:them|the (?:carrier|courier|bank|post "
    r"office|driver|seller|manufacturer)|ups|usps|fedex|dhl|your bank)\b|\b(?:it'?s|it is|"
    r"that'?s|they'?re|the (?:parcel|package|order) is) (?:now |then )?in (?:the )?(?:carrier|"
    r"courier|ups|dhl|fedex|usps|post office)'?s? hands\b",
    # "Yes, the sale price is shown on the product page."
    r"\b(?:is|are) (?:shown|listed|displayed|posted|stated) on the (?:product page|website|site|"
    r"faq|listing)\b",
    # A bare closer: "That's it.", "c'est tout."
    r"(?:^|(?<=[.!?] ))(?:that'?s it|eso es todo|c'est tout|das war'?s|das ist alles|è tutto|é "
    r"tudo|é isso|dat is alles|dat was het)\.$",
]
# Dismissing a complaint, counted only when the post complains and the draft shows no
# sympathy: the same words answer a plain question kindly ("Is it normal for down to shed a
# little?" "Completely normal!").
SESSION14_DISMISSIVE = [
    # "Our phone wait is usually under 10 minutes, so 25 sounds unusual."
    r"\b(?:so|which) (?:\w+ )?(?:sounds|seems) (?:a bit |rather |quite |very |pretty |highly )?"
    r"(?:unusual|unlikely|odd|strange|surprising|hard to believe|doubtful)\b",
    # "'Label created' is completely normal ... Just give it some time."
    r"(?:^|(?<=[.!?] ))just (?:give it|wait|sit tight|hang tight|be patient)\b|\b(?:completely|"
    r"totally|perfectly|entirely) normal\b|\bes (?:completamente|totalmente) normal\b|\bc'est "
    r"(?:tout à fait|complètement) normal\b|\bist (?:völlig|ganz) normal\b|\bè (?:del tutto|"
    r"completamente|assolutamente) normale\b|\bé (?:completamente|totalmente) normal\b|\bis "
    r"(?:heel|volkomen|helemaal) normaal\b",
]


# Session 14's second round, from the rudeness scorer blind56 and blind57 missed (spent),
# each in the supported languages.
SESSION14B_BLAME = [
    # Telling the customer to relax or calm down ("Sorry for the wait, but relax — your
    # package is very much real"), not "sit back and relax" or "relax and enjoy the trip".
    r"\b(?:but|so|just|please|now|ok(?:ay)?|hey|look|honestly),? relax\b(?! and (?:enjoy|let))|"
    # (Matched on the normalised draft, where every dash is a hyphen.)
    r"(?:^|(?<=[.!?,;:-] )|(?<=[.!?,;:-]))relax(?=\s*[,.!-]|\s*$)|\b(?:relájate|relájese|"
    r"relajaos|tranquilízate|tranquilícese)\b|\b(?:détendez-vous|"
    r"détends-toi|calme-toi|du calme)\b|\b(?:entspannen sie sich|entspann dich|beruhig dich|ganz "
    r"ruhig)\b|\b(?:si rilassi|rilassati|si calmi|calmati|stia calmo|stai calmo|stia "
    r"tranquill[oa])\b|\b(?:relaxe|relaxa|acalme-se|acalma-te|tenha calma|tem calma|calma "
    r"aí)\b(?! e aproveit)|\b(?:ontspan (?:je|u)|rustig aan|kalm aan|doe (?:even |eens )?rustig|"
    r"blijf kalm)\b",
    # "It's not that complicated" (the version with "right?" is in `SESSION13_BLAME`).
    r"\b(?:(?:it'?s|it is|this is|that'?s|that is) (?:really |honestly |actually |just )?not|"
    r"(?:it|this|that) (?:really |honestly |actually )?(?:isn'?t|is not)) (?:that|so|all that) "
    # (Standalone: "it's not that hard to re-proof: wash, then tumble dry" encourages.)
    r"(?:complicated|hard|difficult|complex|tricky)(?=\s*[.!,;:)-]|\s*$)|"
    r"\bno es (?:tan|nada|para tanto) (?:complicado|difícil)\b|\bce n'est (?:pourtant |vraiment "
    r")?pas (?:si|aussi) (?:compliqué|difficile)\b|\bce n'est pourtant pas (?:compliqué|"
    r"difficile|sorcier)\b|\bce n'est pas sorcier\b|"
    r"\bc'est pas (?:sorcier|si compliqué|si difficile)\b|\b(?:so|gar nicht so) (?:schwer|"
    r"kompliziert) ist (?:das|es) (?:doch |wirklich |eigentlich )?nicht\b|\bist (?:doch |"
    r"wirklich |eigentlich )?nicht so (?:schwer|kompliziert)\b|\bnon è (?:poi )?(?:così|tanto) "
    r"(?:complicato|difficile)\b|\bnão é (?:assim )?(?:tão|nada) (?:complicado|difícil)\b|"
    r"\b(?:zo|echt niet zo) (?:moeilijk|ingewikkeld) is (?:het|dat) (?:toch |echt )?niet\b|"
    r"\bis (?:toch |echt )?niet zo (?:moeilijk|ingewikkeld)\b",
    # "After 3 years of use that's hardly a surprise" (not "no wonder you're annoyed").
    r"\b(?:hardly|scarcely|not exactly) (?:a )?surpris(?:e|ing)\b|\bunsurprisingly\b|\bnot "
    r"(?:really |very )?surprising\b(?! (?:that )?(?:you|your)\b)|\b(?:it'?s|that'?s|which is|"
    r"this is) no surprise\b(?! (?:that )?(?:you|your)\b)|\bshould come as no surprise\b|\bno "
    r"wonder (?:it|they|this|that|the \w+|your \w+) (?:\w+ )?(?:broke|leaked|leaks|tore|ripped|"
    r"failed|wore|split|cracked|faded|shrank|shrunk|stopped|died|came|fell|gave|went|didn'?t|"
    r"doesn'?t|won'?t|wouldn'?t|isn'?t|wasn'?t)\b|\b(?:no es de extrañar|nada sorprendente|poco "
    r"sorprendente)\b|\b(?:guère|rien de|peu) (?:surprenant|étonnant)\b|\b(?:kaum|wenig) "
    r"überraschend\b|\bkein wunder,? (?:dass|das) (?:es|er|sie|das|die|der)\b|\b(?:poco|niente "
    r"di) sorprendente\b|\bnon c'è da stupirsi\b|\b(?:nada|pouco) surpreendente\b|\bnão é de "
    r"(?:admirar|estranhar)\b|\b(?:weinig|niet) verrassend\b|\bgeen wonder dat (?:het|hij|ze|de|"
    r"dat)\b",
    # "Zippers don't last forever" as a put-down of a failed product.
    r"\b(?:don'?t|doesn'?t|won'?t|do not|does not|will not|can'?t|cannot) last forever\b|"
    r"\bnothing lasts forever\b|\b(?:aren'?t|isn'?t|are not|is not) (?:meant|made|built|"
    r"designed) to last forever\b|\bno (?:dura|duran) para siempre\b|\bnada dura para siempre\b|"
    r"\bne (?:dure|durent) pas (?:éternellement|toujours|indéfiniment)\b|\brien ne dure "
    r"(?:toujours|éternellement)\b|\b(?:hält|halten) (?:eben |halt |nun mal )?nicht ewig\b|"
    r"\bnichts hält ewig\b|\bnon (?:dura|durano) (?:per sempre|in eterno)\b|\bniente dura per "
    r"sempre\b|\bnão (?:dura|duram) para sempre\b|\bnada dura para sempre\b|\b(?:gaat|gaan|"
    r"duurt|duren|blijft|blijven) (?:nu eenmaal )?niet eeuwig\b|\bniets (?:duurt|is) eeuwig\b",
    # Grudging: "DM us your order number if you really must."
    r"\bif you (?:really|absolutely) must\b|\bsi (?:de verdad |realmente )?no (?:hay|queda) más "
    r"remedio\b|\bs'il le faut vraiment\b|\bwenn es (?:denn )?(?:unbedingt )?sein muss\b|\bse "
    r"proprio (?:devi|deve)\b|\bse (?:tem mesmo|tens mesmo) de\b|\bals het (?:dan )?echt moet\b",
]

# Advice before a purchase ("worth checking the expected charges with Swiss customs before
# placing a larger order", "check the size chart before you order"): blame once the
# customer has bought and it went wrong, advice to a customer still deciding
# (`STILL_DECIDING`, in the post).
BEFORE_WORD = r"\b(?:before|antes de|avant|bevor|prima di|voordat)\b"
BEFORE_PURCHASE = (
    r"\bbefore (?:you |your |placing |making )?(?:hit buy|order|buy|check ?out|purchase|place|pay|"
    r"ordering|buying|purchasing|placing|paying|checking out|committing|a (?:larger |bigger |big "
    r"|bulk )?(?:order|purchase))|\bantes de (?:comprar|pedir|encargar|hacer (?:el|un|tu|su) "
    r"pedido|realizar (?:el|un|tu|su) pedido|encomendar|fazer a encomenda|pagar)\b|\bavant "
    r"(?:de |d')(?:commander|acheter|passer (?:une |votre |la )?commande|payer)\b|\bbevor (?:du|"
    r"sie|ihr) (?:\w+ )?(?:bestellst|bestellen|bestellt|kaufst|kaufen|kauft|bezahlst|bezahlen)\b|"
    r"\bprima di (?:ordinare|acquistare|comprare|pagare|effettuare (?:l'|un )ordine)\b|\bvoordat "
    r"(?:je|u) (?:iets )?(?:bestelt|koopt|betaalt)\b"
)
STILL_DECIDING = (
    r"\b(?:considering|thinking (?:of|about) (?:buying|ordering|getting|purchasing)|plan(?:ning)? "
    r"to (?:buy|order|get|purchase)|about to (?:buy|order|check ?out|purchase)|before (?:i|we) "
    r"(?:buy|order|purchase|check ?out|commit)|(?:want|wanting|would like|'d like|looking|hoping|"
    r"going) to (?:buy|order|get|purchase|place)|interested in (?:buying|ordering|getting)|if "
    r"(?:i|we) (?:buy|order|purchase)|should (?:i|we) (?:buy|order|get)|(?:can|could) (?:i|we) "
    r"(?:use|combine|stack|order|buy|pay)|deciding between|torn between|on the fence|"
    # Asking how to pay, before paying: "Posso pagar em euros?" ("worth checking with your
    # bank before buying" is then a tip, scorer blind65's good reply).
    r"(?:posso|puedo|podemos|possiamo) pagar\w*|se puede pagar|(?:puis-je|je peux|peut-on) "
    r"payer|kann (?:ich|man) (?:\w+ )?(?:bezahlen|zahlen)|kan (?:ik|je) (?:\w+ )?betalen|"
    r"(?:estoy|estamos) (?:pensando en|considerando) (?:comprar|pedir|encargar)|(?:quiero|"
    r"queremos|me gustaría|nos gustaría) (?:comprar|pedir|encargar)|antes de (?:comprar|pedir)|si "
    r"(?:compro|pido|compramos|pedimos)|(?:je|nous) (?:pense|pensons|compte|comptons|voudrais|"
    r"voudrions|souhaite|souhaitons|veux|voulons) (?:\w+ )?(?:commander|acheter)|envisage\w* de "
    r"(?:commander|acheter)|avant de (?:commander|acheter)|si (?:je|nous) (?:commande|achète|"
    r"commandons|achetons)|(?:ich|wir) (?:möchte|möchten|will|wollen|überlege|überlegen|plane|"
    r"planen)[^.!?]{0,30}\b(?:bestellen|kaufen)|bevor (?:ich|wir) (?:\w+ )?(?:bestelle|bestellen|"
    r"kaufe|kaufen)|wenn (?:ich|wir) (?:\w+ )?(?:bestelle|bestellen|kaufe|kaufen)|(?:vorrei|"
    r"vorremmo|voglio|pensavo di|stiamo valutando di|sto pensando di) (?:\w+ )?(?:ordinare|"
    r"acquistare|comprare)|prima di (?:ordinare|acquistare|comprare)|se (?:ordino|compro)|"
    r"(?:queria|gostaria de|quero|estou a pensar em|estamos a considerar) (?:\w+ )?(?:encomendar|"
    r"comprar)|antes de (?:encomendar|comprar)|(?:ik|wij|we) (?:wil|willen|overweeg|overwegen)"
    r"[^.!?]{0,30}\b(?:bestellen|kopen)|voordat (?:ik|we) (?:\w+ )?(?:bestel|bestellen|koop|"
    r"kopen))\b"
)


# Session 14's third round, from the rudeness and blame scorer blind58 and blind59 missed
# (spent), each as a family in the supported languages.
_GUESS_DE = r"(?:wahrscheinlich|vermutlich|wohl|bestimmt|sicher|offenbar)"
_PARTICIPLE_DE = (
    r"(?:behandelt|gezogen|gezerrt|gewaschen|getrocknet|geknickt|gelagert|gepackt|gestopft|"
    r"überladen|überdehnt|benutzt|verwendet|ausgewählt|gewählt|bestellt|übersehen|vergessen|"
    r"fallen gelassen|strapaziert|beansprucht)"
)
SESSION14C_BLAME = [
    # Sarcastic understatement: "Not exactly a mystery.", "hardly a fault", "no great
    # mystery" (the "rocket science" ones are in `blame_phrases`).
    r"\b(?:not exactly|hardly|scarcely|no great|not much of) (?:a )?(?:mystery|secret|puzzle|"
    r"riddle|brain surgery|rocket science|fault|defect|flaw)\b|\bnot exactly (?:hard|difficult|"
    r"complicated|complex|tricky|news|breaking news)\b|\bno es (?:precisamente|exactamente|"
    r"ningún) (?:un )?(?:misterio|secreto|difícil|complicado|defecto)\b|\bce n'est pas (?:vraiment|"
    r"exactement|franchement) (?:un )?(?:mystère|secret|sorcier|compliqué|difficile|défaut)\b|"
    r"\b(?:n'a|n'ont) rien de (?:mystérieux|sorcier|compliqué)\b|\b(?:ist|sind) (?:ja |doch )?"
    r"(?:nicht gerade|kaum) (?:ein |eine )?(?:geheimnis|rätsel|schwer|kompliziert|mangel|defekt|"
    r"fehler)\b|\bkein (?:großes )?(?:geheimnis|rätsel),? (?:oder|dass)\b|\bnon è (?:esattamente|"
    r"proprio|certo) (?:un )?(?:mistero|segreto|difficile|complicato|difetto)\b|\bnão é "
    r"(?:propriamente|exatamente|bem) (?:um )?(?:mistério|segredo|difícil|complicado|defeito)\b|"
    r"\b(?:is|zijn) (?:nu )?niet bepaald (?:een )?(?:raadsel|geheim|moeilijk|ingewikkeld|defect|"
    r"gebrek)\b",
    # "which is how returns work pretty much everywhere", "comme partout ailleurs".
    r"\bhow (?:\w+ ){0,3}works? (?:pretty much |just about |almost |basically |practically )?"
    r"(?:everywhere|anywhere|at (?:every|any) (?:store|shop|retailer))\b|\b(?:same|like|just like|"
    r"as) (?:pretty much |just about |basically )?(?:everywhere|anywhere|any other (?:store|shop|"
    r"retailer)) else\b|\basí funciona(?:n)? en (?:todas partes|todos lados|cualquier tienda)\b|"
    r"\bcomo en (?:todas partes|cualquier (?:otra )?tienda)\b|\bc'est (?:comme ça|pareil) partout"
    r"\b|\bcomme (?:partout|dans (?:toutes les|n'importe quelle) (?:boutiques?|magasins?))"
    r"(?: ailleurs)?[.,;!]|\b(?:so ist das|das ist) (?:doch |eben |halt |nun mal )?überall so\b|"
    r"\bwie (?:überall|in jedem (?:anderen )?(?:geschäft|laden|shop))(?: sonst| anders)?[.,;!]|"
    r"\bfunziona così (?:ovunque|dappertutto|in tutti i negozi)\b|\bcome (?:ovunque|dappertutto|"
    r"in (?:qualsiasi|ogni) (?:altro )?negozio)(?: altro)?[.,;!]|\bé assim em (?:todo o lado|toda "
    r"(?:a )?parte|qualquer loja)\b|\bcomo em (?:todo o lado|toda (?:a )?parte|qualquer (?:outra )?"
    r"loja)[.,;!]|\bzo werkt het (?:nu eenmaal )?overal\b|\b(?:net )?(?:zoals|als) overal"
    r"(?: anders)?[.,;!]",
    # Sighing at the customer: "Sigh, we get this one a lot.", "*sigh*" ("ugh" is not here:
    # "Ugh, sorry!" sympathises, see `empathy_check.EMPATHY`).
    r"\*(?:sigh|sighs|soupir|seufz|suspiro|sospiro|zucht)\*|(?:^|(?<=[.!?] ))(?:sigh|soupir|"
    r"seufz|suspiro|sospiro|zucht)(?=\s*[,.!…-])",
    # "we get this one a lot" as weariness: only after a sigh, or as its own flat sentence
    # ("Great question, we get this a lot!" welcomes it).
    # ("We get asked this constantly, but fine:" grudges it, scorer blind63.)
    r"(?:^|(?<=[.!?] ))(?:we|i) (?:get|hear|see|get asked|are asked|'re asked) (?:this|that) "
    r"(?:one |question )?(?:a lot|all the time|constantly|every day|daily)(?:\.|,? but (?:fine|"
    r"anyway|ok(?:ay)?|alright|whatever|here (?:goes|you go))\b)|"
    r"\byou'?re not the first (?:one )?to ask\b|"
    r"\b(?:nos|me) (?:lo )?preguntan (?:mucho|a diario|todo el tiempo)\.|\bon (?:nous )?"
    r"(?:la|le) (?:pose|demande) (?:souvent|tout le temps|tous les jours)\.|\bdiese frage "
    r"(?:bekommen|hören) wir (?:ständig|dauernd|täglich)\.|\bce la chiedono (?:spesso|sempre|"
    r"tutti i giorni)\.|\bperguntam-nos isso (?:muito|sempre|todos os dias)\.|\bdie vraag krijgen "
    r"we (?:vaak|constant|dagelijks)\.",
    # "it should be obvious that's not us": obviousness, with "says pretty clearly"
    # (`SESSION14_BLAME`) and "obviously" (`blame_check`); not "we know that's not obvious".
    r"\b(?:should|must|ought to) (?:really |honestly |surely |already )?(?:be|have been) "
    r"(?:pretty |fairly |quite |rather |very )?(?:obvious|self-explanatory|evident)\b|"
    r"\bdebería (?:ser|estar) (?:bastante |muy )?(?:obvio|evidente)\b|\b(?:ça|cela|ce) "
    r"(?:devrait|aurait dû) (?:être|paraître) (?:assez |plutôt )?évident\b|\bsollte (?:doch |"
    r"eigentlich )?(?:klar|offensichtlich|selbstverständlich|einleuchtend) sein\b|\bliegt (?:doch "
    r")?auf der hand\b|\bdovrebbe essere (?:abbastanza )?(?:ovvio|evidente)\b|\b(?:deveria|devia) "
    r"ser (?:bastante )?(?:óbvio|evidente)\b|\bzou (?:toch )?(?:duidelijk|vanzelfsprekend|"
    r"logisch) moeten zijn\b",
    # "Apparently choosing a colour isn't that simple": sarcasm about the customer's slip.
    r"\b(?:apparently|evidently)\b[^.!?]{0,60}(?:\bnot|n'?t) (?:that|so|as) (?:easy|simple|"
    r"obvious)\b|\b(?:por lo visto|al parecer|aparentemente)\b[^.!?]{0,60}\bno es tan (?:fácil|"
    r"sencillo|simple)\b|\b(?:visiblement|apparemment|manifestement)\b[^.!?]{0,60}\bpas (?:si|"
    r"aussi) (?:simple|facile|évident)\b|\b(?:offenbar|anscheinend|scheinbar)\b[^.!?]{0,60}"
    r"\bnicht so (?:einfach|leicht)\b|\b(?:a quanto pare|evidentemente|pare che)\b[^.!?]{0,60}"
    r"\bnon (?:è|sia) così (?:semplice|facile)\b|\b(?:pelos vistos|aparentemente)\b[^.!?]{0,60}"
    r"\bnão é (?:assim )?tão (?:simples|fácil)\b|\b(?:blijkbaar|kennelijk)\b[^.!?]{0,60}\bniet "
    r"zo (?:makkelijk|simpel|eenvoudig)\b",
    # What the customer should have done to avoid it: "that's how you avoid surprises like
    # this", "a pickup point is a safer choice next time", "should really be checked before
    # you accept the delivery".
    r"\b(?:that'?s|this is|which is|it'?s) how (?:you|to) (?:avoid|prevent)\b|\b(?:safer|better|"
    r"smarter|wiser) (?:choice|bet|option|idea)\b[^.!?]{0,20}\b(?:next time|in (?:the )?future|"
    r"going forward)\b|\bshould (?:really |always |ideally )?be (?:checked|inspected|opened|"
    r"examined|tested|tried on|measured) (?:\w+ )?before (?:you|accepting|signing|using|washing)\b|"
    r"\basí (?:es como )?(?:se )?evita(?:s|n)?\b|\b(?:más segur[oa]|mejor opción) (?:para )?la "
    r"próxima vez\b|\bc'est (?:comme ça|ainsi) qu'on évite\b|\b(?:plus sûr|préférable) la "
    r"prochaine fois\b|\bso (?:vermeidet man|vermeiden sie|vermeidest du)\b|\b(?:sicherer|die "
    r"bessere wahl) beim nächsten mal\b|\bcosì si evita(?:no)?\b|\b(?:più sicur[oa]|la scelta "
    r"migliore) la prossima volta\b|\bassim (?:se )?evita(?:m)?\b|\b(?:mais segur[oa]|a melhor "
    r"opção) da próxima vez\b|\bzo voorkom (?:je|u)\b|\b(?:veiliger|de betere keuze) (?:voor )?de "
    r"volgende keer\b",
    # The usual cause put on the customer's absence: "parcels often go missing when nobody
    # is home to take them in".
    r"\b(?:go|goes|get|gets|went) (?:missing|lost|stolen) (?:when|if) (?:nobody|no one|you'?re "
    r"not|you are not|you aren'?t|there'?s no one)\b",
    # A guess at the customer's mishandling in the other languages ("Wahrscheinlich haben
    # Sie den Reißverschluss zu grob behandelt"; the English is in `SESSION13_BLAME`).
    r"\b" + _GUESS_DE + r" (?:haben sie|hast du|habt ihr) (?:\w+ ){0,5}(?:zu (?:grob|fest|stark|"
    r"heiß|hart|heftig|oft|voll)|"
    + _PARTICIPLE_DE
    + r")\b|\b(?:haben sie|hast du|sie haben|du hast|ihr habt) "
    + _GUESS_DE
    + r" (?:\w+ ){0,5}(?:zu (?:grob|fest|stark|heiß|hart|heftig)|"
    + _PARTICIPLE_DE
    + r")\b|\b(?:seguramente|probablemente|seguro que|lo más probable es que) (?:usted |tú )?"
    r"(?:lo |la |los |las )?(?:(?:ha|has|haya|hayas) (?:\w+ )?(?:lavad|forzad|tirad|secad|"
    r"guardad|usad|dejad|doblad|estirad|metid|seleccionad|elegid|maltratad)\w*|(?:lavó|lavaste|"
    r"forzó|forzaste|tiró|tiraste|secó|secaste|dejó|dejaste|dobló|doblaste|estiró|estiraste|"
    r"eligió|elegiste|seleccionó|seleccionaste))\b|\b(?:vous avez|tu as) (?:sans doute|"
    r"probablement|sûrement|certainement|dû) (?:\w+ )?(?:forcé|tiré|lavé|séché|plié|rangé|"
    r"laissé|mal|trop|choisi|sélectionné|oublié|manqué|malmené)\w*|\b(?:vous l'avez|tu l'as) "
    r"(?:sans doute|probablement|sûrement|certainement) (?:forcé|tiré|lavé|séché|plié|malmené)"
    r"\w*|\b(?:probabilmente|sicuramente) (?:l'|lo |la |li |le )?(?:ha|hai|avete) (?:\w+ )?"
    r"(?:forzat|tirat|lavat|asciugat|piegat|lasciat|maltrattat|scelt|selezionat|trattat)\w*|"
    r"\b(?:provavelmente|com certeza|de certeza|certamente) (?:o |a |os |as )?(?:você |o senhor |"
    r"a senhora )?(?:forçou|puxou|lavou|secou|dobrou|escolheu|selecionou|tratou|(?:tem|terá) "
    r"(?:forçado|puxado|lavado|secado|dobrado))\b|\b(?:waarschijnlijk|vermoedelijk|vast|wellicht) "
    r"(?:heeft u|heb je|hebt u|hebt je|hebt) (?:\w+ ){0,4}(?:geforceerd|getrokken|gewassen|"
    r"gedroogd|geknikt|behandeld|te (?:ruw|hard|vaak))\b",
]
