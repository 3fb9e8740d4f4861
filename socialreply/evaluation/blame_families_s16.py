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
