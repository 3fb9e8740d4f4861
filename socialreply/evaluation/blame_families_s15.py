"""Session 15's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind60 and blind61 missed (spent), each written as a way agents slip in the supported
languages rather than as the batch's sentence. `SESSION15_BLAME` always counts;
`TO_A_COMPLAINT` only when the post complains: "delivery times are estimates, not
guarantees" is a fact to a customer planning a trip (scorer blind61's good reply) and a
brush-off to one whose parcel is late.
"""

from __future__ import annotations

from .blame_families import HAD_TO_FR

# How the customer handled it, as nouns and participles (a shorter list than
# `blame_check._HANDLING`: these follow "down to", "due to").
_MISHANDLING = (
    r"(?:washing|drying|storing|packing|folding|ironing|bleaching|using|wearing|handling|"
    r"treating|tumble[- ]drying|compressing|forcing|pulling|how (?:you|it was|it'?s|they were|"
    r"they'?re) (?:washed|dried|stored|packed|cared for|treated|used|worn|handled)|(?:improper|"
    r"incorrect|wrong|poor|bad) (?:care|washing|drying|storage|use|handling|cleaning))"
)

# How often, in the supported languages: "most of the time", "in most cases".
_USUALLY = (
    r"(?:most of the time|in most cases|more often than not|nine times out of ten|usually|"
    r"typically|generally|normally|almost always|la mayoría de las veces|en la mayoría de los "
    r"casos|casi siempre|normalmente|generalmente|la plupart du temps|dans la plupart des cas|"
    r"le plus souvent|généralement|meistens|in den meisten fällen|in der regel|la maggior parte "
    r"delle volte|nella maggior parte dei casi|di solito|solitamente|na maioria das vezes|na "
    r"maioria dos casos|geralmente|meestal|in de meeste gevallen|doorgaans)"
)
_BECAUSE = (
    r"(?:because|it'?s that|comes? down to|porque|se debe a que|parce que|c'est que|weil|"
    r"liegt (?:\w+ )?daran,? dass|perché|poiché|dovuto al fatto che|porque|deve-se a|omdat|"
    r"doordat|komt (?:\w+ )?doordat)"
)
# The customer's own typing or choice gone wrong.
_TYPO = (
    r"(?:\b(?:typed|entered|spelled|filled in|put in|selected|chosen|picked|written)\b[^.!?]"
    r"{0,20}\b(?:wrong|wrongly|incorrectly|by mistake)\b|\b(?:typo|mistyped|misspelled)\b|"
    r"\byou (?:\w+ ){0,2}(?:forgot|missed|skipped|mistyped|misspelled|entered the wrong|typed "
    r"the wrong|chose the wrong|picked the wrong|selected the wrong)\b|\b(?:escrib|introduj|"
    r"introduc|pus|pue|ingres)\w* (?:\w+ )?mal\b|\bmal (?:escrit|introducid|puest|ingresad)\w*|"
    r"\berror (?:al|de) (?:escribir|introducir|tecleo)\b|\bmal (?:saisi|tapé|écrit|renseigné)e?s?"
    r"\b|\bfaute de frappe\b|\b(?:vous avez|tu as) (?:\w+ )?(?:oublié|mal)\b|\bfalsch (?:\w+ )?"
    r"(?:eingegeben|eingetippt|geschrieben|angegeben|ausgefüllt|gewählt)\b|\btippfehler\b|"
    r"\b(?:inserit|digitat|scritt|compilat|selezionat)\w* (?:\w+ )?(?:male|in modo errato|"
    r"sbagliat\w*)\b|\berrore di battitura\b|\b(?:digitad|inserid|escrit|preenchid|selecionad)"
    r"\w* (?:\w+ )?(?:errad|incorret|mal)\w*|\berro de digitação\b|\b(?:digitou|escreveu|"
    r"inseriu) (?:\w+ )?errad\w*|\bverkeerd (?:\w+ )?(?:ingevuld|ingetypt|getypt|ingevoerd|"
    r"gespeld|opgegeven|gekozen)\b|\b(?:typfout|tikfout)\b)"
)

SESSION15_BLAME = [
    # Mock-obvious: the product used as designed named as the cause, with a sarcastic
    # "actually" ("jackets do tend to get dirty when you actually use them", "if you
    # actually read the label").
    r"\b(?:when|if|once) you (?:actually|really actually) (?:use|wear|take|read|look|check|"
    r"follow|open|try|go)\w*\b|\b(?:do|does) tend to (?:get|look|wear|go|become) (?:\w+ )?"
    r"(?:dirty|muddy|worn|scuffed|scratched|smelly|grubby|dusty|wet|faded)\b|\bcuando (?:de "
    r"verdad|realmente) (?:se )?(?:la |lo |las |los )?(?:usa|usas|usan|lleva|llevas)\b|\bquand "
    r"on (?:s'en sert|les utilise|l'utilise|les porte|la porte|le porte) (?:vraiment|"
    r"réellement)\b|\bwenn man (?:sie|ihn|es|die \w+) (?:tatsächlich|wirklich) (?:benutzt|"
    r"trägt|nutzt)\b|\bquando (?:la |lo |le |li )?(?:si )?(?:usa|usi|usano|indossa|indossi) "
    r"(?:davvero|veramente)\b|\bquando (?:a |o |as |os )?(?:usa|usas|usam|veste|vestes) "
    r"(?:de verdade|mesmo|realmente)\b|\bals je (?:ze|hem|het|die \w+) (?:echt|daadwerkelijk|"
    r"werkelijk) (?:gebruikt|draagt)\b",
    # Dismissing the customer's feeling: "no need to make a drama of it", "pas la peine
    # d'en faire un drame" ("calm down" and "don't be dramatic" are in `blame_check`).
    r"\b(?:no need to|don'?t|do not|there'?s no need to|let'?s not) make (?:such )?(?:a |an )?"
    r"(?:big |huge )?(?:fuss|drama|scene|big deal|song and dance|mountain out of)\b|\b(?:a bit|"
    r"a little|rather|so|being|quite) (?:over)?dramatic\b|\bdrama queen\b|"
    r"\b(?:no hace falta|no hay que|no hay por qué) (?:hacer|montar|armar) (?:un )?(?:drama|"
    r"escándalo|lío)\b|\b(?:tampoco )?es para tanto\b|\bpas la peine d'en faire (?:un drame|"
    r"toute une histoire|tout un plat|une montagne)\b|\bn'en (?:faites|fais) pas (?:un drame|"
    r"toute une histoire|tout un plat)\b|"
    r"\bpas de quoi en faire (?:un drame|toute une histoire|tout un plat)\b|\b(?:kein grund,? "
    r"(?:gleich )?ein drama|machen sie (?:doch )?kein drama|mach (?:doch )?kein drama)\b|"
    r"\bnon (?:c'è bisogno di|serve) fare (?:un dramma|tante storie|una tragedia)\b|\bnon "
    r"(?:faccia|fare|facciamo) (?:un dramma|tante storie|una tragedia)\b|\bnão (?:é preciso|"
    r"precisa|há necessidade de) fazer (?:um )?(?:drama|escândalo|alarido)\b|\bnão (?:faça|"
    r"faças) (?:um )?drama\b|\bnão é para tanto\b|\bmaak er (?:nou )?geen drama van\b|"
    r"\b(?:hoeft|hoef) (?:er )?geen drama (?:van )?te maken\b|\bstel (?:je|u) niet (?:zo )?aan\b",
    # Doubting the customer's competence: "assuming you can manage a form", "even you can
    # do it".
    r"\bassuming you (?:can|know how to|are able to|'re able to) (?:manage|handle|fill|follow|"
    r"read|figure|work out|click|type|use|find)\b|\bif you (?:can|could) (?:manage|handle|cope "
    r"with|figure out|work out) (?:a|an|the|that|it|this|to)\b|\beven you (?:can|could|should|"
    r"will)\b|\b(?:simple|easy) enough (?:even )?for (?:you|anyone|a child)\b|\bsuponiendo que "
    r"(?:sepas|sepa|puedas|pueda) (?:rellenar|usar|leer|seguir|manejar)\b|\bhasta (?:tú|usted) "
    r"(?:puedes|puede|podrías)\b|\bà (?:supposer|condition) que (?:vous sachiez|tu saches|vous "
    r"soyez capable|tu sois capable)\b|\bsi (?:toutefois )?(?:vous en êtes|tu en es) capable\b|"
    r"\bmême (?:vous|toi) (?:pouvez|peux|devriez|devrais|y arriverez|y arriveras)\b|"
    r"\bvorausgesetzt,? (?:sie|du) (?:bekommen|bekommst|kriegen|kriegst|schaffen|schaffst) das\b|"
    r"\bfalls (?:sie|du) das (?:hinbekommen|hinbekommst|schaffen|schaffst)\b|\bselbst (?:sie|du) "
    r"(?:können|kannst|sollten|solltest) das\b|\bammesso che (?:tu |lei )?(?:sappia|riesca|"
    r"sia capace)\b|\banche tu (?:puoi|potresti|dovresti) farcela\b|\bsupondo que (?:você |tu )?"
    r"(?:saiba|consiga|saibas|consigas)\b|\b(?:até|mesmo) (?:você|tu) (?:consegue|consegues)\b|"
    r"\bmits (?:je|u) (?:dat )?(?:kunt|kan)\b|\bzelfs (?:jij|u) (?:kunt|kan|moet)\b",
    # "You really should enter codes at checkout": the present "you should" with an
    # intensifier, as a lesson (not "you really should try the merino", a tip, nor "you
    # should always receive an email", the team's promise).
    r"\byou (?:really|honestly|seriously|definitely|truly) (?:should|need to|ought to|must|have "
    r"to)(?! (?:try|check out|see|visit|treat|grab|get|receive|hear|be able|love|enjoy|come)\b)"
    r"\b|\b(?:realmente|de verdad) (?:deberías|debería|tienes que|tiene que)\b|\b(?:vous devriez|"
    r"tu devrais|il faudrait|il faut) vraiment(?! (?:essayer|profiter|recevoir))\b|\b(?:sie "
    r"sollten|du solltest|sie müssen|du musst) (?:wirklich|echt)\b|\b(?:dovresti|dovreste|"
    r"dovrebbe) (?:davvero|proprio)\b|\b(?:você |tu )?(?:devia|deveria|deverias|tem que|tens "
    r"de) (?:mesmo|realmente)\b|\b(?:je|u) (?:moet|moest|zou) (?:echt|toch echt|echt wel)\b",
    # The customer's own action as the simple cause: "you're simply looking too early",
    # "je kijkt eigenlijk gewoon te vroeg".
    r"\byou(?:'re| are)? (?:\w+ ){0,2}?(?:just|simply|basically|actually|only) (?:a bit |a "
    r"little )?(?:too (?:early|soon|impatient|eager)|(?:checking|looking|asking|panicking|"
    r"worrying) (?:a bit |a little )?too (?:early|soon|much))\b|\byou(?:'re| are) (?:checking|"
    r"looking|asking) too (?:early|soon)\b|\b(?:je|u) (?:kijkt|checkt|vraagt|bent|kijk) "
    r"(?:\w+ )?(?:eigenlijk |gewoon |gewoonweg |simpelweg |gewoon wat )+te (?:vroeg|snel|"
    r"ongeduldig)\b|\b(?:sie|du) (?:schauen|schaust|sind|bist|fragen|fragst|prüfen|prüfst) "
    r"(?:\w+ )?(?:einfach|eigentlich|schlicht|halt|nur) (?:\w+ )?zu (?:früh|ungeduldig)\b|"
    r"\b(?:simplemente|solo|sólo) (?:estás|está|miras|mira|revisas|revisa|consultas|consulta) "
    r"(?:\w+ )?(?:demasiado|muy) pronto\b|\bvous (?:regardez|vérifiez|êtes|consultez) "
    r"(?:simplement|juste|tout simplement) (?:\w+ )?trop tôt\b|\b(?:stai|sta|guardi|controlli) "
    r"(?:semplicemente|solo|soltanto) (?:\w+ )?troppo presto\b|\b(?:está|estás) (?:simplesmente|"
    r"só|apenas) (?:a )?(?:olhar|verificar|olhando|verificando) (?:\w+ )?(?:cedo demais|muito "
    r"cedo)\b",
    # A look at the chart "would have prevented this", in the other languages (the English
    # is in `blame_check`): "hätte das allerdings verhindert".
    r"\bhätte (?:das|dies|es) (?:\w+ )?(?:verhindert|vermieden)\b|\b(?:habría|hubiera) "
    r"evitado\b|\baurait (?:évité|permis d'éviter)\b|\bavrebbe evitato\b|\bteria evitado\b|"
    r"\bhad (?:dit|dat|het) (?:\w+ )?(?:kunnen )?(?:voorkomen|vermeden)\b",
    # The usual cause put on the customer's care: "is usually down to washing it wrong",
    # "generally due to incorrect washing" (the "caused by" forms with handling words are in
    # `blame_check`).
    r"\b(?:usually|typically|often|generally|normally|mostly|almost always|most often|"
    r"commonly|most likely|probably)\b[^.!?]{0,40}?\b(?:down to|due to|caused by|because of|"
    r"the result of|a sign of)\b[^.!?]{0,15}?\b" + _MISHANDLING + r"\b|\b(?:down to|due to) "
    r"(?:\w+ )?" + _MISHANDLING + r" (?:it|them|the \w+) (?:wrong|wrongly|incorrectly|"
    r"improperly)\b|\b(?:suele|normalmente|generalmente|casi siempre)\b[^.!?]{0,30}\b(?:deberse "
    r"a|se debe a|es por|viene de) (?:un |una )?(?:mal |lavarl|lavado|secado|uso|guardar)\w*|"
    r"\b(?:généralement|souvent|en général|presque toujours)\b[^.!?]{0,30}\b(?:dû|due|lié|liée)s? "
    r"à (?:un |une )?(?:mauvais|mauvaise|lavage|séchage|entretien)\w*|\b(?:meist|meistens|oft|"
    r"in der regel|fast immer)\b[^.!?]{0,40}\b(?:falsche[mnrs]?|unsachgemäße[mnrs]?) (?:waschen|"
    r"wäsche|pflege|lagerung|trocknen|behandlung)\b|\b(?:di solito|spesso|in genere|quasi "
    r"sempre)\b[^.!?]{0,30}\b(?:dovut|causat)[oa] (?:a|da) (?:un |una )?(?:lavaggi|asciugatur|"
    r"uso|conservazion)\w* (?:sbagliat|scorrett|non corrett|errat)\w*|\b(?:normalmente|"
    r"geralmente|muitas vezes|quase sempre)\b[^.!?]{0,30}\b(?:se deve|é devido|deve-se) a (?:uma "
    r")?(?:lavagem|secagem|utilização|uso) (?:incorret|errad|inadequad)\w*|\b(?:meestal|vaak|"
    r"bijna altijd)\b[^.!?]{0,30}\b(?:het gevolg van|te wijten aan|komt door) (?:verkeerd|"
    r"onjuist|slecht) (?:wassen|drogen|onderhoud|gebruik|bewaren)\b",
    # The usual cause put on the customer's typing or choice (round 2, from scorer blind63):
    # "Most of the time this happens because the address was typed wrong at checkout", "in
    # most cases it's because you entered ...". A usual-cause phrase, "because", then the
    # customer's error in the same sentence; "usually because the carrier ..." is no blame.
    r"\b" + _USUALLY + r"\b[^.!?]{0,40}?\b" + _BECAUSE + r"\b[^.!?]{0,60}?" + _TYPO,
]

# Counted only when the post complains (see the module docstring); moved here from
# `blame_phrases.SESSION4_BLAME` and `SESSION9_BLAME` in session 15.
TO_A_COMPLAINT = [
    r"\bestimates?,? not (?:promises|guarantees)\b|\bestimates (?:aren'?t|are not) "
    r"(?:promises|guarantees)\b",
    # Pointing the customer at what they should have read (round 2, from scorer blind63):
    # "Our hours are on the site, worth checking before you try". To a complaint only: to a
    # customer planning a visit, "worth checking the hours before you go" is a tip.
    r"\bworth (?:checking|a look|looking|a check|double-checking)\b[^.!?]{0,30}\bbefore you "
    r"(?:try|come|visit|call|contact|reach|message|write|go|head|order|buy|drive|shop)\b|"
    r"\b(?:is|are) (?:all |clearly |listed |posted |stated )*(?:on|in) (?:the|our) (?:site|"
    r"website|faq|app|help (?:centre|center|page))[,;:] (?:worth|so (?:check|have a look|look)|"
    r"just check|check)\b|\bvale la pena (?:revisar|consultar|mirar)\w* antes de (?:intentar|"
    r"venir|llamar|escribir|contactar|ir|comprar)\w*|\b(?:ça vaut|il vaut) (?:la peine|le coup|"
    r"mieux) de (?:vérifier|consulter|regarder)\b[^.!?]{0,30}\bavant de\b|\bes lohnt sich,? "
    r"(?:\w+ )?(?:vorher|zuerst) (?:nachzusehen|nachzuschauen|zu prüfen|zu schauen)\b|\bvale la "
    r"pena (?:controllar|verificar|guardar)\w* prima di\b|\bvale a pena (?:verificar|consultar|"
    r"ver) antes de\b|\bhet loont (?:de moeite )?om (?:\w+ )?(?:eerst|vooraf) (?:\w+ )?te "
    r"(?:checken|controleren|kijken)\b",
]

# Round 3 (from scorer blind64 and blind65, spent), each as a family in en/es/fr/de/it/pt/nl.
SESSION15_ROUND3_BLAME = [
    # You should have been more careful, in the counterfactual: "il aurait fallu faire plus
    # attention à votre veste", "habría que haber tenido cuidado", "avrebbe dovuto fare più
    # attenzione", "devia ter tido mais cuidado", "you ought to have". (The plain "you should
    # have", "sie hätten", "had je ... moeten" are in `blame_check` and `blame_families`.)
    r"\bil (?:vous |te |leur )?(?:aurait fallu|fallait) (?:faire|être) (?:plus |davantage |un "
    r"peu plus |bien plus )?(?:attention|prudent\w*|attentif\w*|attentive?s?|soigneu\w*|"
    r"vigilant\w*)\b|\b(?:habría|hubiera|había) que haber(?:lo|la|los|las)? (?!recibido|"
    r"llegado|pasado|ocurrido|sucedido|tardado|sido)\w+|\b(?:tendrías|tendría|tenías|tenía|"
    r"hubieras debido|hubiera debido) (?:que )?haber tenido (?:más |un poco más de )?cuidado\b|"
    r"\b(?:avresti|avreste|avrebbe) dovuto (?:fare|stare|prestare) (?:più |maggiore |un po' "
    r"più di )?(?:attenzione|attent\w*)\b|\bbisognava (?:fare|stare) (?:più )?attent\w*|"
    r"\b(?:devia|deveria|devias|deverias|tinha (?:de|que)|tinhas (?:de|que)) ter tido (?:mais |"
    r"um pouco mais de )?cuidado\b|\bera (?:preciso|necessário) ter (?:tido )?mais cuidado\b|"
    r"\byou ought to(?: have|'ve)\b|\bhätten sie (?:\w+ ){0,3}(?:vorsichtiger|sorgfältiger) "
    r"sein (?:sollen|müssen)\b|\b(?:je|u) had (?:wat |iets )?(?:voorzichtiger|zorgvuldiger|"
    r"beter) (?:moeten|mogen) (?:zijn|opletten|kijken)\b",
    # Verdict on the customer: "so this one's on you", "exactly what the care instructions
    # tell you not to do" (round 3, scorer blind64).
    r"\b(?:this|that) one(?:'s| is) (?:all |entirely )?on you\b|\b(?:exactly |precisely )?what "
    r"(?:the |our |your )?(?:care )?(?:instructions|labels?|guides?|faq|manual|policy|page) "
    r"(?:tell|tells|say|says|told|said) (?:you )?not to\b",
    # Rules are rules, in every language: "Le regole sono queste", "las reglas son las
    # reglas", "Regeln sind nun mal Regeln" ("the rules of the offer are: ..." lists them).
    r"\b(?:those|these) are the rules\b|\bthe rules are the rules\b|\ble regole sono (?:queste|"
    r"le regole|così)\b|\blas (?:reglas|normas) son (?:estas|las (?:reglas|normas)|así)\b|"
    r"\bles règles sont (?:les règles|ainsi|comme ça)\b|\bregeln sind (?:nun mal |eben |halt )?"
    r"regeln\b|\bso sind (?:nun mal |eben |halt )die regeln\b|\bas regras são (?:estas|as "
    r"regras|assim)\b|\bregels zijn (?:nu eenmaal )?regels\b|\bzo zijn de regels\b",
    # Sarcastic rhetorical question: "Ever heard of reading the rewards page?"
    r"\bever heard of (?:reading|checking|looking|scrolling|googling|using)\b|\b(?:nunca|alguna "
    r"vez) (?:has|ha) oído hablar de (?:leer|revisar|mirar|consultar)\b|\b(?:jamais|déjà) "
    r"entendu parler de (?:lire|la lecture|vérifier|consulter)\b|\bmai sentito parlare di "
    r"(?:leggere|controllare|guardare)\b|\bj[áa] (?:ouviu|ouviste) falar (?:em|de) (?:ler|"
    r"verificar|consultar)\b|\bschon (?:mal|einmal) (?:was )?(?:vom|von) (?:lesen|nachlesen|"
    r"nachsehen)\b|\b(?:ooit|wel eens) gehoord van (?:lezen|kijken|checken|opzoeken)\b",
    # Mocking the giver of a gift: "Well, not everyone has great taste in gifts."
    r"\bnot everyone has (?:great |good |the best )?taste\b|\bno (?:todo el mundo|todos) "
    r"tienen? (?:buen )?gusto\b|\btout le monde n'a pas (?:bon )?goût\b|\bnicht jeder hat "
    r"(?:einen )?guten geschmack\b|\bnon tutti hanno (?:buon )?gusto\b|\bnem (?:todos|toda a "
    r"gente) (?:têm|tem) bom gosto\b|\bniet iedereen heeft (?:een )?goede smaak\b",
    # On a whim: "Orders can't just be edited whenever you feel like it", "just because you
    # want to", "cuando te dé la gana", "quand ça vous chante", "come ti pare".
    r"\bwhenever you feel like it\b|\bjust because you (?:want|wanted|feel like|changed your "
    r"mind)\b|\bcuando (?:te|le) (?:dé|de|da) la gana\b|\bporque (?:te|le) (?:dé|de|da) la "
    r"gana\b|\bquand (?:ça|cela) (?:vous|te) chante\b|\bcome (?:ti|le|vi) pare\b|\bquando (?:ti|"
    r"le) (?:pare|gira)\b|\bnach lust und laune\b|\bwann (?:es )?ihnen gerade (?:passt|einfällt)"
    r"\b|\bquando (?:lhe|te) (?:apetece|apetecer|der na (?:telha|gana))\b|\bwanneer (?:je|u) "
    r"(?:maar )?zin (?:heeft|hebt)\b",
]


# Round 4, from what scorer blind66 and blind67 missed (spent), each as a family in the
# supported languages.
SESSION15_ROUND4_BLAME = [
    # "obviously" in the other languages ("Pues sí, obviamente se puede"): the English word
    # is in `blame_check`.
    r"\b(?:obviamente|ovviamente|évidemment|offensichtlich|evidentemente|(?:es|é|è) (?:obvio|"
    r"óbvio|ovvio)|c'est évident|das ist doch (?:klar|offensichtlich)|dat is (?:toch )?"
    r"(?:duidelijk|logisch) toch)\b",
    # "it's been a day, chill." ("chill out" and "relax" are in `blame_check`), "calm down"
    # in the other languages.
    r"(?:^|(?<=[.!?,;:-] )|(?<=[.!?,;:-]))chill(?: out)?(?=\s*[,.!-]|\s*$)|\b(?:just|so|now|"
    r"ok(?:ay)?|hey|but) chill\b|\b(?:cálmate|cálmese|calmaos|calmez-vous|beruhigen sie sich|"
    r"kalmeer (?:je|u|even)|acalma-te|se acalme)\b",
    # The customer's "Seriously?" echoed back: "Yes, seriously.", "Sí, en serio."
    r"(?:^|(?<=[.!?] ))(?:yes|yep|yeah|yup|no|nope|sí|si|oui|non|ja|nein|sim|não|nee),? "
    r"(?:seriously|really|en serio|de verdad|sérieusement|vraiment|im ernst|ernsthaft|"
    r"wirklich|sul serio|davvero|a sério|sério|de verdade|serieus|echt)[.!]",
    # "next time more care is needed", "la prossima volta serve un po' più di attenzione".
    r"\b(?:next time|la prossima volta|la próxima vez|la prochaine fois|(?:beim )?nächstes "
    r"mal|da próxima vez|para a próxima|(?:de )?volgende keer)\b[^.!?]{0,50}?\b(?:more|"
    r"più|más|plus|mehr|mais|meer|extra) (?:di |de |d')?(?:care|careful|attention|caution|"
    r"attenzione|cautela|cuidado|attention|prudence|prudent\w*|vorsicht|sorgfalt|aandacht|"
    r"voorzichtig\w*)\b",
    # A guess at what the customer did, past the verbs `blame_check` lists: "you've probably
    # been drying them next to a fire", "vous les avez probablement séchés".
    r"\byou(?:'ve| have|'re| are)? (?:probably|likely|most likely) (?:been )?(?!(?:wondering|"
    r"waiting|noticed|received|seen|heard|expecting|looking|thinking|tired|frustrated|annoyed|"
    r"used|excited|busy|right|aware|familiar|keen|eager|planning)\b)\w+(?:ed|ing)\b|"
    r"\b(?:probablemente|seguramente) (?:los |las |lo |la )?(?:has|habrás) \w+(?:ado|ido)\b|"
    r"\bvous (?:les |l'|la |le )?avez (?:probablement|sans doute) \w+(?:é|és|ée|ées)\b|"
    r"\bsie haben (?:sie |ihn |es )?(?:wahrscheinlich|vermutlich) (?:\w+ ){0,4}ge\w+(?:t|en)"
    r"\b|\b(?:probabilmente|sicuramente) (?:li |le |l'|lo |la )?(?:hai|avete) \w+(?:ato|ito|"
    r"uto|ati|iti|ate)\b|\b(?:provavelmente|certamente) (?:você |tu )?(?:os |as |o |a )?"
    r"\w+(?:ou|aste|eu|iu)\b|\bje hebt (?:ze |het )?(?:waarschijnlijk|vast) (?:\w+ ){0,3}ge"
    r"\w+(?:d|t|en)\b",
    # "you should not have paid it without checking with us first" (not "you shouldn't have
    # had to ask", an apology, nor "shouldn't have been charged").
    r"\byou (?:really |honestly )?(?:should not|shouldn'?t) have (?!to\b|had\b|been\b|needed\b|"
    r"received\b|got\w*\b)\w+|\bno (?:deberías|debiste) haber (?!tenido|sido|pasado|"
    r"ocurrido|sucedido|esperado|insistido|reclamado)\w+|"
    # (Not the apology "vous n'auriez pas dû avoir à nous relancer", "you shouldn't have had
    # to chase us", in any language: scorer blind68's good reply.)
    r"\bvous n'auriez pas dû\b" + HAD_TO_FR + r"|"
    r"\bsie hätten (?:\w+ ){0,4}nicht \w+ (?:sollen|dürfen)\b|"
    r"\bnon (?:avresti|avreste) dovuto (?!aspettare|avere|essere|succedere|accadere|"
    r"capitare|sollecitar|ricontattar|insistere|scriverci)\w+|\bnão "
    r"(?:devias|deverias) ter (?!tido|sido|esperado|acontecido|de\b|que\b|insistido)\w+|"
    r"\bje had (?:dat |het )?niet (?:\w+ )?(?:moeten|mogen) (?!wachten|navragen|"
    r"herinneren|aandringen)\w+",
]
