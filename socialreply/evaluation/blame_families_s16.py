"""Session 16's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind68 and blind69 missed (spent), each written as a way agents talk down to a customer
in the supported languages rather than as the batch's sentence. Over every labelled scorer
file these phrasings occur only in drafts labelled rude or blame (session 16's count), so
they always count.
"""

from __future__ import annotations

SESSION16_BLAME = [
    # Telling the customer the answer has been repeated to everyone: "as we keep telling
    # everyone", "as we always say", "como no paramos de repetir", "wie wir allen ständig
    # sagen". (The past "as we've said before" is in `blame_phrases`.)
    r"\bas (?:we|i) (?:keep|kept|always|constantly) (?:telling|saying|explaining|repeating|"
    r"say|tell)\b|\bcomo (?:no (?:paramos|dejamos) de|siempre) (?:repetir|decir|decimos|"
    r"repetimos)\b|\bcomo (?:le|te|les) (?:repetimos|decimos) (?:siempre|a todos)\b|\bcomme "
    r"(?:on|nous) (?:le )?(?:répète|répétons|dit|disons) (?:sans cesse|tout le temps|à tout le "
    r"monde|toujours)\b|\bwie wir (?:es )?(?:allen|jedem|immer wieder|ständig) (?:\w+ )?"
    r"(?:sagen|erklären|predigen)\b|\bcome (?:ripetiamo|diciamo) (?:sempre|a tutti|di "
    r"continuo)\b|\bcomo (?:estamos sempre a dizer|dizemos sempre|repetimos sempre|dizemos a "
    r"toda a gente)\b|\bzoals we (?:iedereen )?(?:steeds|altijd|telkens) (?:\w+ )?(?:zeggen|"
    r"vertellen|herhalen)\b",
    # The question is common, said as a reproach: "Sure, everyone asks this.", "todo el mundo
    # pregunta lo mismo", "das fragt jeder". ("Great question, we get this a lot!" is in
    # `blame_families` as a welcome, not here.)
    r"\b(?:everyone|everybody|every customer) (?:always )?asks (?:this|that|us this|the same)"
    r"\b|\btodo el mundo (?:nos )?pregunta (?:esto|lo mismo|eso)\b|\btout le monde (?:nous )?"
    r"(?:demande|pose) (?:ça|cela|la même (?:chose|question)|cette question)\b|\bdas fragt "
    r"(?:uns )?(?:jeder|jede|jedermann)\b|\b(?:lo|ce lo) chiedono tutti\b|\btutti (?:ci )?"
    r"chiedono (?:questo|la stessa cosa)\b|\btoda a gente (?:nos )?pergunta (?:isto|isso|o "
    r"mesmo)\b|\biedereen vraagt (?:dit|dat|hetzelfde)\b",
    # It is not hard, said of the customer's question: "Not that complicated.", "no es tan
    # difícil", "c'est pas si compliqué", "so schwer ist das nicht" (not "it's not that hard
    # to fix: we'll send a new buckle", about the team's work).
    r"(?:^|(?<=[.!?] )|\b(?:it'?s|it is|that'?s|this is|really|honestly) )not (?:that|so|very|"
    r"all that) (?:complicated|hard|difficult|tricky)\b(?! to\b)|\bno es (?:tan|nada) "
    r"(?:complicado|difícil)\b|\b(?:ce n'est|c'est) pas (?:si|bien|très|aussi) (?:compliqué|"
    r"difficile|sorcier)\b|\bso (?:schwer|kompliziert) ist das (?:doch )?nicht\b|\b(?:ist|das ist) "
    r"(?:doch )?nicht so (?:schwer|kompliziert)\b|\bnon è (?:poi )?così (?:complicato|"
    r"difficile)\b|\bnão é (?:assim )?tão (?:complicado|difícil)\b|\b(?:is|het is) (?:toch )?"
    r"niet zo (?:moeilijk|ingewikkeld)\b",
    # What the customer complains of is the nature of the thing, so no grievance: "dates
    # moving is kind of the whole deal with pre-orders", "c'est un peu le principe".
    r"\b(?:kind of|sort of|kinda|pretty much|basically|literally) the whole (?:deal|point|"
    r"idea|thing) (?:with|of|about)\b|\b(?:es|eso es) (?:un poco|básicamente) (?:la gracia|el "
    r"punto) de\b|\bc'est (?:un peu|justement|tout) le principe\b|\bdas ist (?:ja |halt )?"
    r"(?:genau )?der (?:sinn|witz) (?:von|bei|der)\b|\bè (?:un po'|proprio) il bello (?:dei|"
    r"delle|del)\b|\bé (?:basicamente|mesmo) a graça (?:das|dos)\b|\bdat is (?:nou eenmaal|"
    r"juist) het (?:idee|punt) (?:van|bij)\b",
    # The rule is old news: "That's been the rule forever, so just pick one.", "siempre ha
    # sido así", "c'est comme ça depuis toujours".
    r"\b(?:that'?s|it'?s|this has|that has|it has) (?:always )?been (?:the rule|the policy|"
    r"like that|that way|the case) (?:forever|for years|for ages|since forever|from day one)"
    r"\b|\b(?:so|then) just pick one\b|\b(?:siempre ha sido así|ha sido así (?:desde siempre|"
    r"toda la vida))\b|\bc'est comme ça depuis (?:toujours|des années)\b|\bdas war (?:schon "
    r")?(?:immer|seit jeher) so\b|\bè (?:sempre stato|stato sempre) così\b|\bsempre foi "
    r"assim\b|\bdat is (?:altijd|al jaren) zo (?:geweest)?\b",
    # The thing the customer missed is in plain view: "the code box is right there at
    # checkout", "está justo ahí", "c'est juste là, au moment du paiement".
    r"\b(?:is|are|'s|'re) (?:just |literally )?right there\b|\b(?:está|están) (?:justo ahí|"
    r"ahí mismo|bien a la vista)\b|\b(?:est|sont|se trouve|se trouvent) (?:juste|bien) là\b|"
    r"\b(?:ist|steht|sind|stehen) (?:doch )?direkt (?:da|dort)\b|\b(?:è|sono|si trova) proprio "
    r"(?:lì|là)\b|\b(?:está|estão) (?:mesmo ali|ali mesmo|logo ali)\b|\bstaat (?:er )?(?:toch "
    r")?gewoon (?:bij|op|in)\b",
]

# Round 2 (spent scorer blind70 and blind71).
SESSION16_ROUND2_BLAME = [
    # A retort that the complaint is unreasonable because everyone does it, tacked on after
    # a comma and ending the sentence: "Well, we're closed on Sundays, like plenty of
    # places.", "como la mayoría de las tiendas.", "wie die meisten Läden."
    r"(?<=,)\s*(?:like (?:plenty of|most|many|lots of|every other|any other|loads of) "
    r"(?:other )?(?:places|stores|shops|businesses|companies|retailers|brands)|como (?:muchas|"
    r"tantas|la mayoría de las|casi todas las) (?:otras )?(?:tiendas|empresas)|comme "
    r"(?:beaucoup de|la plupart des|plein de|tous les) (?:autres )?(?:magasins|boutiques|"
    r"entreprises|enseignes)|wie (?:viele|die meisten|fast alle) (?:anderen )?(?:läden|"
    r"geschäfte|firmen|shops|händler)|come (?:tanti|molti|la maggior parte dei|quasi tutti i) "
    r"(?:altri )?(?:negozi|aziende)|como (?:muitas|a maioria das|quase todas as) (?:outras )?"
    r"(?:lojas|empresas)|zoals (?:veel|de meeste|bijna alle) (?:andere )?(?:winkels|bedrijven|"
    r"zaken))\s*[.!]",
    # A correction said as a put-down: "there's no mystery here: nobody charged you twice",
    # "Simple maths.", "no hay ningún misterio", "il n'y a aucun mystère".
    r"\bthere(?:'s| is) no mystery\b|(?:^|(?<=[.!?] ))simple math(?:s|ematics)?\s*[.!]|"
    r"\b(?:it'?s|that'?s) (?:just )?(?:simple|basic) math(?:s)?\b|\bno hay (?:ningún |ningun )?"
    r"misterio\b|\bil n'y a (?:aucun|pas de) mystère\b|\bda ist (?:kein|gar kein) (?:geheimnis|"
    r"rätsel)\b|\bnon c'è (?:nessun|alcun) mistero\b|\bnão há (?:nenhum )?mistério\b|\ber is "
    r"geen (?:enkel )?mysterie\b",
    # The customer's own carelessness as the reason for a charge: "Since you opened it without
    # checking the brightness specs first, a 15% restocking fee applies", "since you didn't
    # read the size chart".
    r"\b(?:since|because|as) you (?:\w+ ){1,4}without (?:first )?(?:checking|reading|looking "
    r"at|measuring|testing|consulting)\b|\b(?:since|because) you (?:didn'?t|did not|never) "
    r"(?:bother to )?(?:check|read|look at|measure|test)\b|\b(?:ya que|como|porque) (?:lo |la |"
    r"los |las )?\w+ sin (?:comprobar|revisar|mirar|leer|medir)\b|\b(?:puisque|comme|parce "
    r"que) vous (?:l'|les )?(?:avez|aviez) \w+ sans (?:vérifier|regarder|lire|mesurer)\b|"
    r"\b(?:da|weil) (?:sie|du) (?:\w+ ){1,4}ohne (?:vorher )?(?:\w+ ){0,2}(?:zu prüfen|"
    r"nachzusehen|zu lesen|zu messen|zu checken)\b|\b(?:visto che|dato che|poiché|siccome) "
    r"l'(?:hai|ha) \w+ senza (?:controllare|verificare|leggere|misurare)\b|\b(?:já que|como|"
    r"porque) (?:o |a )?\w+ sem (?:verificar|ler|conferir|medir)\b|\b(?:omdat|aangezien) je "
    r"het \w+ zonder (?:te checken|te controleren|na te kijken|te lezen|te meten)\b",
]

# Questions asked before buying, beside `blame_families.STILL_DECIDING` (round 3, from scorer
# blind73's good reply): "Do you ship here and will I need to pay import taxes?" comes from a
# customer who has not ordered, so "it's worth checking before you order" is a tip.
PRE_PURCHASE_QUESTION = (
    r"\b(?:do|can|would|will) you (?:ship|deliver|send) (?:here|there|to|internationally|"
    r"abroad|outside)\b|\b(?:will|would|do) (?:i|we) (?:need|have) to pay (?:any )?(?:import|"
    r"customs|duties|duty|taxes|vat)\b|\b(?:envían|enviáis|hacen envíos|entregan) (?:a|al|"
    r"aquí|hasta)\b|\b(?:tendré|tendremos) que pagar (?:impuestos|aduana|aranceles)\b|"
    r"\b(?:livrez|expédiez|envoyez)-vous (?:en|au|aux|à|ici)\b|\b(?:devrai|devrons)-(?:je|nous) "
    r"payer (?:des )?(?:droits|taxes|frais de douane)\b|\b(?:liefern|versenden|verschicken) "
    r"sie (?:auch )?(?:nach|in|ins)\b|\bmuss (?:ich|man) (?:\w+ )?(?:zoll|einfuhr\w*|steuern) "
    r"(?:\w+ )?(?:zahlen|bezahlen)\b|\b(?:spedite|consegnate|spedisci) (?:anche )?(?:in|a|"
    r"qui)\b|\bdovrò pagare (?:dazi|tasse|dogana)\b|\b(?:enviam|entregam|fazem envios) "
    r"(?:para|a|aqui)\b|\b(?:terei|vou ter) de pagar (?:impostos|taxas|alfândega)\b|"
    r"\b(?:leveren|verzenden|versturen) jullie (?:ook )?(?:naar|in|hier)\b|\bmoet ik "
    r"(?:\w+ )?(?:invoerrechten|douane\w*|belasting\w*) (?:\w+ )?betalen\b"
)

_AMOUNT = (
    r"(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:\$|€|£|dollars?|bucks|euros?|dólares|"
    r"dollari))"
)

# Round 3 (spent scorer blind72 and blind73): the round 1 and 2 families in their other
# tenses, word orders and languages, and the customer's loss made small.
SESSION16_ROUND3_BLAME = [
    # "It was not that hard" in the past, as a verdict: "No era tan difícil.", "c'était pas
    # si compliqué", "so schwer war das nicht" (the present is in `SESSION16_BLAME`; not "it
    # wasn't that hard to fix", about the team's work).
    r"(?:^|(?<=[.!?] )|\b(?:it|that|this|really|honestly) )(?:wasn'?t|was not) (?:that|so|very|"
    r"all that) (?:complicated|hard|difficult|tricky)\b(?! (?:to|for)\b)|\b(?:no|tampoco) "
    r"(?:era|fue|resultaba) (?:tan|nada|muy) (?:complicado|difícil)\b|\b(?:ce n'était|c'était) "
    r"pas (?:si|bien|très|aussi) (?:compliqué|difficile|sorcier)\b|\bso (?:schwer|kompliziert) "
    r"war (?:das|es) (?:doch |ja )?nicht\b|\bwar (?:doch |ja )?nicht so (?:schwer|kompliziert)\b"
    r"|\bnon era (?:poi )?(?:così|tanto) (?:complicato|difficile)\b|\bnão era (?:assim )?tão "
    r"(?:complicado|difícil)\b|\b(?:was|het was) (?:toch |echt )?niet zo (?:moeilijk|"
    r"ingewikkeld)\b|\bzo (?:moeilijk|ingewikkeld) was (?:het|dat) (?:toch )?niet\b",
    # All the customer had to do was look: "bastava guardare", "il suffisait de regarder",
    # "bastaba con mirar", "you only had to check the page" (not "all you need to do is
    # check your email", an instruction).
    r"\ball (?:you|they) (?:had|needed) to do (?:was|is) (?:look|check|read|scroll|search|"
    r"click|open)\b|\byou (?:only|just) (?:had|needed) to (?:look|check|read|scroll|search)\b|"
    r"\bbastaba (?:con )?(?:mirar|leer|revisar|consultar|fijarse|echar un vistazo)\b|\bsolo "
    r"(?:tenías|tenía|tenían) que (?:mirar|leer|revisar|consultar)\b|\bil (?:vous |te )?"
    r"suffisait de (?:regarder|lire|vérifier|consulter|cliquer|chercher)\b|\b(?:vous n'aviez|"
    r"tu n'avais) qu'à (?:regarder|lire|vérifier|consulter|chercher)\b|\b(?:hätten sie|hättest "
    r"du) (?:doch )?(?:einfach )?nur (?:\w+ ){0,3}(?:nachsehen|nachlesen|schauen|lesen|gucken)"
    r"\b|\bein (?:kurzer )?blick (?:\w+ ){0,4}hätte (?:genügt|gereicht)\b|\bbastava "
    r"(?:guardare|leggere|controllare|dare un'occhiata|cercare)\b|\bbastava (?:ver|olhar|ler|"
    r"verificar|consultar|procurar)\b|\b(?:je|u) hoefde (?:alleen |enkel )?maar (?:\w+ ){0,3}te "
    r"(?:kijken|lezen|checken|zoeken)\b",
    # Written clearly, the participle first in es/it/pt ("è scritto chiaramente sul sito";
    # the other order and the other languages are in `blame_families.SESSION14_BLAME`).
    r"\b(?:escrit|indicad|especificad|detallad|explicad)[oa]s? (?:muy |bien )?claramente\b|"
    r"\b(?:scritt|indicat|specificat|riportat|spiegat)[oaie] (?:molto |ben )?(?:chiaramente|"
    r"chiaro)\b|\b(?:escrit|indicad|especificad|explicad)[oa]s? (?:muito |bem )?claramente\b",
    # Where the answer was, then a shrug: "Está en la web, pero bueno", "it's on the site,
    # but anyway", "it says so on the product page".
    r"\b(?:it'?s|it is|that'?s) (?:all )?(?:on|in) (?:the|our) (?:web)?(?:site|faq|product "
    r"page|page|app),? but (?:anyway|oh well|fine|whatever|hey)\b|\bit says so (?:right |"
    r"clearly |plainly )?(?:on|in) (?:the|our)\b|\b(?:está|lo pone|lo dice|viene) en (?:la "
    r"(?:web|página|ficha)|el (?:sitio|faq)),? pero (?:bueno|en fin|vaya)\b|\b(?:c'est|c'est "
    r"écrit|c'est indiqué) sur (?:le site|la page|la fiche),? mais (?:bon|enfin|bref)\b|"
    r"\bsteht (?:\w+ )?auf der (?:website|seite|webseite|produktseite),? aber (?:gut|egal|na "
    r"gut|naja)\b|\b(?:è|c'è scritto) sul (?:sito|la pagina),? ma (?:vabbè|vabbe|va bene|"
    r"comunque|pazienza)\b|\bestá no (?:site|sítio),? mas (?:pronto|enfim|bom)\b|\bstaat "
    r"(?:\w+ )?op de (?:site|website|pagina),? maar (?:goed|goed dan|enfin)\b",
    # Read the rules before trying: "please read the shipping restrictions before trying to
    # check out" (advice before a purchase is left alone for a customer still deciding,
    # `blame_check._before_purchase`).
    r"\bread (?:the|our) (?:\w+ ){0,2}(?:restrictions|rules|conditions|terms|policy|details|"
    r"page|listing|notes?|requirements) (?:first |carefully )?before (?:trying|you try|"
    r"attempting|placing|ordering|you order|checking out|you check out|you buy|buying)\b|"
    r"\b(?:lee|lea|leed) (?:bien )?(?:las|los|la|el) (?:\w+ ){0,2}antes de (?:intentar|"
    r"comprar|pedir|hacer)\b|\b(?:lisez|lis) (?:bien )?(?:les|la|le) (?:\w+ ){0,2}avant "
    r"(?:d'essayer|de commander|d'acheter)\b|\blesen sie (?:bitte )?(?:vorher |zuerst )?"
    r"(?:die|den|das) (?:\w+ ){0,2}(?:bevor|vor dem)\b|\b(?:leggi|legga) (?:bene )?(?:le|la|il|"
    r"i) (?:\w+ ){0,2}prima di (?:provare|ordinare|acquistare)\b|\b(?:leia|lê) (?:bem )?(?:as|"
    r"a|o|os) (?:\w+ ){0,2}antes de (?:tentar|encomendar|comprar)\b|\blees (?:eerst )?(?:de|"
    r"het) (?:\w+ ){0,2}(?:voordat|voor je) (?:je )?(?:probeert|bestelt)\b",
    # Not looked properly: "people just haven't looked properly, so please search more
    # carefully this time", "non hai guardato bene", "cherchez plus attentivement" (not
    # "we'll look more closely").
    r"\b(?:haven'?t|hasn'?t|didn'?t|did not|have not|has not) (?:\w+ )?(?:looked|checked|"
    r"searched|read) (?:\w+ )?(?:properly|carefully|closely|thoroughly)\b|(?<!we )(?<!we'll )"
    r"(?<!i )(?<!i'll )(?<!will )(?<!to )\b(?:look|search|check|read) (?:\w+ )?(?:a bit |a "
    r"little )?more (?:carefully|closely|thoroughly|properly)\b|\b(?:mira|busca|revisa|mire|"
    r"busque|revise|mirad|buscad) (?:\w+ )?(?:con )?más (?:cuidado|atención|detenimiento)\b|"
    r"\bno (?:ha|han|has|habéis) (?:mirado|buscado|revisado) bien\b|\b(?:cherchez|regardez|"
    r"vérifiez|cherche|regarde) (?:\w+ )?(?:plus attentivement|mieux|plus soigneusement)\b|"
    r"\b(?:n'avez|n'ont|n'as|n'a) pas bien (?:regardé|cherché|vérifié|lu)\b|\b(?:suchen|"
    r"schauen|sehen) sie (?:\w+ )?(?:genauer|gründlicher|sorgfältiger)\b|\bnicht (?:richtig|"
    r"genau|gründlich) (?:nachgesehen|geschaut|gesucht|gelesen)\b|\b(?:cerca|guarda|controlla|"
    r"cerchi|guardi|controlli) (?:\w+ )?(?:più attentamente|meglio|con più attenzione)\b|"
    r"\bnon (?:hai|ha|hanno|avete) (?:guardato|cercato|controllato|letto) bene\b|\b(?:procure|"
    r"procura|veja|verifique) (?:\w+ )?(?:com )?mais (?:atenção|cuidado)\b|\bnão (?:olhou|"
    r"procurou|viu|verificou|leu) bem\b|\b(?:zoek|kijk|controleer) (?:\w+ )?(?:beter|"
    r"grondiger|zorgvuldiger)\b|\bniet goed (?:gekeken|gezocht|gelezen)\b",
    # Customers in general named as the cause: "this usually happens when customers don't
    # double-check their address at checkout" (not "when the carrier scans early").
    r"\bhappens? (?:\w+ )?(?:when|if|because) (?:customers|people|buyers|shoppers|someone|"
    r"folks) (?:don'?t|do not|forget|skip|miss|mistype|fail|didn'?t|aren'?t|rush|ignore|"
    r"enter|type)\b|\b(?:pasar?|ocurrir?|ocurre|suceder?) (?:\w+ )?cuando (?:el cliente|los "
    r"clientes|la gente|uno) no\b|\b(?:arrive|arriver|produit) (?:\w+ )?(?:quand|lorsque) "
    r"(?:les clients|les gens|on) (?:ne|n')\b|\b(?:passiert|vorkommt|kommt \w+ vor) (?:\w+ )?"
    r"wenn (?:kunden|man|leute) (?:\w+ ){0,4}nicht\b|\b(?:succede|succedere|capita|capitare) "
    r"(?:\w+ )?quando (?:i clienti|la gente|si) non\b|\bacontecer? (?:\w+ )?quando (?:os "
    r"clientes|as pessoas|o cliente) não\b|\b(?:gebeurt|komt) (?:\w+ )?(?:als|wanneer) "
    r"(?:klanten|mensen|men) (?:\w+ ){0,3}niet\b",
    # The customer's loss made small: "on ne va pas en faire un drame pour 80 $, hein",
    # "it's only $80, eh", "we're not going to make a drama of it".
    r"\bpas (?:la peine d'|besoin d'|de quoi )?en faire (?:un drame|toute une histoire|tout un "
    r"plat|une montagne)\b|\b(?:not going to|won'?t|shouldn'?t) make (?:a |such a )?(?:drama|"
    r"fuss|big deal|scene) (?:out )?of\b|\bno vamos a (?:hacer|montar) un drama\b|\bkein "
    r"drama (?:draus|daraus)\b|\bnon (?:ne )?facciamo (?:un dramma|una tragedia)\b|\bnão vamos "
    r"fazer (?:um )?drama\b|\bgeen drama van (?:maken|te maken)\b|"
    r"\b(?:over|for|pour|por|wegen|per|voor) (?:just |only |seulement |juste |solo |sólo |nur |"
    r"só |maar )?" + _AMOUNT + r",? (?:eh|huh|hein|come on|¿no\?|oder|na|dai|né|hè|toch)\b|"
    r"\b(?:it'?s|that'?s|c'est|ce n'est que|son|es|sind|ist|sono|è|são|é|het is) (?:only|just|a "
    r"mere|seulement|juste|solo|sólo|nada más|doch nur|nur|solo|soltanto|só|apenas|maar|"
    r"slechts) " + _AMOUNT + r",? (?:after all|eh|huh|hein|après tout|después de todo|"
    r"hombre|oder|nicht wahr|alla fine|dai|afinal|né|hè|toch)\b",
]
