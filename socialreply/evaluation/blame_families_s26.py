"""Session 22's first round of blame and rudeness families for `blame_check.no_blame`, from
what scorer blind128-134 missed. Each is a mechanism that recurred across batches (the
typed-it-wrong family alone: 24 labelled blame drafts in 22 batches, no good draft), written
for the supported languages rather than for the batch's sentence. Over every labelled draft
the fifteen patterns match 54 drafts, all labelled failing:

- the customer typed it wrong: "you've almost certainly typed your billing address wrong",
  "most of these turn out to be a typo in the address", "the address was typed wrong";
- the slip of a finger: "it's easy to tap XL by mistake";
- the care label not followed: "seam tape usually peels when the care label isn't followed";
- read it before you ask: "our hours are listed on the website, so please check them before
  calling", "it's been all over our page for weeks";
- what the customer could have done: "you really could have refused the delivery", "c'est à
  vous de les prévoir";
- the curt and the condescending: "Sorry, but no.", "It's not complicated.", "If you really
  can't manage it", "A little patience goes a long way.", "mas vá lá", "natuurlijk betaal je
  dat zelf", "Well, you'd better hurry".
"""

from __future__ import annotations

_ADDRESS = (
    r"(?:\w+ )?(?:address|e-?mail(?: address)?|zip(?: code)?|post ?code|postal code|card "
    r"(?:number|details)|details)"
)

SESSION26_BLAME = [
    # The customer typed it wrong. Not "if you typed your address wrong, we can fix it".
    r"(?<!if )(?<!if you )(?<!in case )\b(?:you(?:'ve| have)? |people |customers |buyers |"
    r"the buyer )?(?:most likely |probably |almost certainly |likely |just )?(?:typed|type|"
    r"mistyped|entered|enter) (?:your|their|the|his|her) " + _ADDRESS + r" (?:wrong|"
    r"incorrectly)\b",
    r"\b(?:because|when|since|as) (?:the |your |their )?" + _ADDRESS + r" (?:was|were|got|is|"
    r"gets) (?:typed|entered|mistyped|put in|filled in) (?:wrong|incorrectly)\b",
    r"\b(?:turns? out to be|turned out to be|(?:usually|almost always|nearly always|most "
    r"likely|probably|mostly|often|normally)) (?:just )?(?:a|because of a|due to a|down to a) "
    r"typo\b",
    r"\b(?:escribiste|escribió|tecleaste|introdujiste|introdujo) mal (?:la|tu|su) (?:dirección|"
    r"direccion|correo|e-?mail)\b|\b(?:avez|as) mal (?:saisi|tapé|écrit|renseigné) (?:votre|"
    r"ton|l'|l’)\s?(?:adresse|e-?mail)\b|\b(?:haben Sie|hast du) (?:Ihre|deine|die) \w*"
    r"(?:adresse|e-?mail) falsch (?:eingegeben|eingetippt|geschrieben)\b|\b(?:hai|ha) "
    r"(?:scritto|digitato|inserito) male (?:l'|l’|il tuo |il suo )\s?(?:indirizzo|e-?mail)\b|"
    r"\b(?:digitou|digitaste|escreveu|escreveste) (?:mal |errado )o (?:seu |teu )?(?:endereço|"
    r"e-?mail)\b|\b(?:digitou|digitaste|escreveu|escreveste) o (?:seu |teu )?(?:endereço|"
    r"e-?mail) (?:errado|mal)\b|\b(?:heb je|"
    r"hebt u|heeft u) (?:je|uw|het) \w*(?:adres|e-?mail) verkeerd (?:ingetypt|getypt|"
    r"ingevuld)\b",
    # The slip of a finger: "it's easy to tap XL by mistake".
    r"\b(?:it'?s|it is|so) easy to (?:tap|click|pick|select|choose|hit|press|mix up)\b"
    r"[^.!?]{0,30}\bby (?:mistake|accident)\b|\bes fácil (?:pulsar|tocar|elegir|seleccionar)"
    r"[^.!?]{0,30}\bpor error\b|\bil est facile de (?:cliquer|appuyer|choisir|sélectionner)"
    r"[^.!?]{0,30}\bpar erreur\b|\bè facile (?:toccare|cliccare|scegliere|selezionare)"
    r"[^.!?]{0,30}\bper errore\b|\bé fácil (?:tocar|clicar|escolher|selecionar)[^.!?]{0,30}"
    r"\bpor engano\b|\b(?:man|du) (?:tippt|klickt|wählt|tippst|klickst|wählst) leicht\b"
    r"[^.!?]{0,30}\b(?:versehentlich|aus Versehen)\b|\b(?:je tikt|je klikt|het is makkelijk "
    r"om)\b[^.!?]{0,30}\bper ongeluk\b",
    # The care label not followed, as the cause.
    r"\b(?:when|if|because|since|unless) (?:the )?care (?:label|instructions?)(?: is| are|'s)? "
    r"(?:isn'?t|aren'?t|is not|are not|wasn'?t|weren'?t|was not|were not|not|never) "
    r"(?:followed|read|respected)\b|\bcuando no se (?:sigue|siguen|respeta|respetan) (?:la "
    r"etiqueta|las instrucciones) de (?:cuidado|lavado)\b|\bquand (?:l'|l’)\s?étiquette "
    r"(?:d'|d’)\s?entretien n'est pas (?:respectée|suivie)\b|\bwenn (?:die )?(?:Pflegehinweise|"
    r"Pflegeanleitung|Pflegeetikett) nicht (?:befolgt|beachtet)\b|\bquando non si (?:seguono|"
    r"segue|rispettano|rispetta) (?:le istruzioni|l'etichetta|l’etichetta)\b|\bquando (?:a "
    r"etiqueta|as instruções) de (?:cuidados?|lavagem) não (?:é|são) (?:seguidas?|respeitadas?)"
    r"\b|\bals (?:het )?(?:waslabel|wasvoorschrift|onderhoudslabel) niet (?:wordt )?(?:gevolgd|"
    r"opgevolgd)\b",
    # Read it before you ask: "our hours are listed on the website, so please check them
    # before calling"; "it's been all over our page for weeks".
    r"\b(?:listed|posted|shown|stated|written|published) (?:on|in) (?:our|the) (?:website|"
    r"site|page|faq|help cent(?:re|er)|product page)\b[^.!?]{0,20}\bso (?:please )?(?:check|"
    r"read|look at) (?:them|it|those|that)\b|\b(?:está|es|está bien) (?:escrito|publicado) en "
    r"nuestra (?:página|web)\b[^.!?]{0,15}\bpero\b|\bestá escrito na nossa página\b|"
    r"\bera só ter (?:lido|visto|verificado|olhado)\b|\bbastaba con (?:leer|mirar)\b|\bil "
    r"suffisait de (?:lire|regarder)\b|\bbastava (?:leggere|guardare)\b",
    r"\b(?:it'?s|it has|has|have|they'?ve|they have) been (?:all )?over our (?:page|feed|site|"
    r"website|socials|instagram|account|channels)\b|\b(?:está|lleva) (?:semanas|meses) en "
    r"nuestr[ao]s? (?:página|web|redes)\b|\bdepuis des (?:semaines|mois) sur notre (?:page|"
    r"site)\b|\bseit Wochen auf unserer (?:Seite|Website)\b|\bda settimane sulla nostra "
    r"pagina\b|\bhá semanas na nossa página\b|\bal weken op onze (?:pagina|site)\b",
    # What the customer could have done.
    r"\byou (?:really |honestly |simply |easily |just |always )?could(?:'ve| have) (?:really |"
    r"easily |simply |just )?(?:refused|rejected|declined|checked|read|asked|contacted|"
    r"measured|looked|noticed)\b|\bpodrías haber (?:rechazado|revisado|leído|preguntado)\b|"
    r"\b(?:vous auriez|tu aurais) (?:très bien |tout à fait )?pu (?:refuser|vérifier|lire|"
    r"demander)\b|\bavresti (?:benissimo |tranquillamente )?potuto (?:rifiutare|controllare|"
    r"leggere|chiedere)\b|\b(?:podia|poderia|podias) (?:perfeitamente )?ter (?:recusado|"
    r"verificado|lido|perguntado)\b|\bje had (?:de levering |het pakket )?(?:best |ook )?"
    r"(?:kunnen weigeren|kunnen controleren|kunnen lezen)\b",
    r"\bc'est à (?:vous|toi) de (?:les |le |la |l'|l’|y )?(?:prévoir|anticiper|calculer|"
    r"vérifier|lire|faire attention|tenir compte)\b|\b(?:it'?s|it is) (?:up to you|on you|your "
    r"job) to (?:plan for|allow for|account for|factor in|check|read)\b|\b(?:te|le) (?:toca|"
    r"corresponde) (?:a (?:ti|usted) )?(?:preverl[oa]s?|tenerl[oa]s? en cuenta|calcularl[oa]s?)"
    r"\b|\b(?:sta|tocca) a (?:te|lei|voi) (?:prevederl[oiae]|tenerne conto|calcolarl[oiae])\b|"
    r"\bcabe a (?:si|você|ti|vocês) (?:prevê-l[oa]s?|prever|contar com|ter em conta)\b|"
    r"\b(?:moet je|moet u) (?:daar )?zelf (?:rekening mee houden|incalculeren|inplannen)\b|"
    r"\bmüssen Sie (?:schon )?selbst einplanen\b",
    # The curt refusal: "Sorry, but no." as a sentence of its own.
    r"\b(?:sorry|apologies),? but no[.!]|\blo siento,? pero no[.!]|\bdésolée?s?,? mais non[.!]|"
    r"\btut mir leid,? aber nein[.!]|\bmi dispiace,? ma no[.!]|\b(?:desculpe|desculpa|"
    r"lamento),? mas não[.!]|\bsorry,? maar nee[.!]",
    # The condescending: "It's not complicated.", "If you really can't manage it".
    r"\bit'?s (?:really )?not (?:that |so |very )?(?:complicated|hard|difficult|rocket science)"
    r"[.!]|\bif you (?:really |honestly |still |truly )(?:can'?t|cannot) (?:manage|figure|work "
    r"it out|do)\b|\bno es (?:tan |nada )?complicado[.!]|\bce n'est pas (?:si |bien |très )?"
    r"compliqué[.!]|\b(?:das )?ist (?:doch )?nicht (?:so )?kompliziert[.!]|\bnon è (?:poi )?"
    r"(?:così )?complicato[.!]|\bnão é (?:assim )?(?:tão )?complicado[.!]|\b(?:het )?is niet "
    r"(?:zo )?ingewikkeld[.!]",
    r"\ba little patience goes a long way\b|\bpatience is a virtue\b|\bun poco de paciencia no "
    r"(?:hace daño|viene mal)\b|\bla patience est une vertu\b|\bgeduld ist eine tugend\b|\bla "
    r"pazienza è una virtù\b|\ba paciência é uma virtude\b|\bgeduld is een schone zaak\b",
    r"\bmas vá lá\b|\bbut come on\b|\bpero vamos,|\bmaar ja, natuurlijk\b|\bnatuurlijk betaal "
    r"je (?:dat|die|het) zelf\b|\b(?:of course|obviously|naturally) you pay (?:for )?"
    r"(?:that|those|it|them) yourself\b",
    r"\b(?:well,? )?you'?d better hurry\b|\bmás vale que te (?:des prisa|apresures)\b|\bvous "
    r"feriez mieux de vous dépêcher\b|\bfaresti meglio a sbrigarti\b|\bé melhor (?:se )?"
    r"(?:despachar|apressar)\b|\bdan moet je (?:wel )?opschieten\b|\bbeeilen Sie sich "
    r"(?:besser|lieber)\b",
]
