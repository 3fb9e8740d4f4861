"""Session 17's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind76 and blind77 missed (spent). Each is a mechanism in the seven supported languages,
not the batch's sentence: the writer judges the complaint trivial, unnecessary or obvious;
the writer states the customer's duty ("it's your job", "that's why we always say").
Over every labelled scorer file these phrasings occur only in drafts labelled rude or
blame (session 17's count), so they always count.
"""

from __future__ import annotations

SESSION17_BLAME = [
    # The complaint, or its channel, was not worth making: "although it hardly seemed worth
    # a public post", "there's really no need for a formal complaint", "no hacía falta una
    # reclamación", "pas besoin d'une réclamation", "keine Beschwerde nötig" (not "no need
    # for a receipt", a reassurance about the process).
    r"\b(?:hardly|barely|not really|scarcely|not exactly) (?:seemed|seems|was|is|felt|feels) "
    r"worth (?:a|the|all this|such a) (?:\w+ )?(?:post|complaint|tweet|review|fuss|thread|"
    r"rant|comment)\b|\b(?:wasn'?t|isn'?t) (?:really )?worth (?:a|the|all this|such a) "
    r"(?:public |formal |whole )?(?:post|complaint|tweet|review|fuss|thread|rant)\b|"
    r"\b(?:no|there'?s (?:really )?no|there was (?:really )?no|didn'?t|don'?t|did not|do not) "
    r"need (?:for|to (?:make|file|write|post|raise|send)) (?:a |an |such a |this )?(?:formal |"
    r"public |official |whole )?(?:complaint|post|review|tweet|rant|thread)\b|\bno (?:hac[íi]a|"
    r"era|es) (?:falta|necesari[oa]) (?:una |poner una |presentar una )?(?:queja|"
    r"reclamaci[óo]n|publicaci[óo]n)\b|\bno (?:merec[íi]a|merece|val[íi]a|vale) (?:la pena )?"
    r"(?:una queja|una reclamaci[óo]n|un post|una publicaci[óo]n)\b|\bpas (?:besoin|la peine) "
    r"d'(?:une|faire une|déposer une) (?:réclamation|plainte|publication)\b|\bne (?:méritait|"
    r"mérite) (?:guère|pas vraiment|pas) (?:un post|une plainte|une réclamation|une "
    r"publication)\b|\bkeine (?:formelle |offizielle )?beschwerde (?:nötig|notwendig|wert)\b|"
    r"\bnon c'era bisogno di (?:un |una |fare un |fare una )?(?:reclamo|lamentela|post)\b|"
    r"\bnão (?:era|havia) (?:preciso|necessário|necessidade de) (?:uma |fazer uma )?"
    r"(?:reclamação|queixa|publicação)\b|\bgeen (?:formele |officiële )?klacht (?:nodig|"
    r"waard)\b",
    # The matter called small: "over something this simple", "por algo tan sencillo", "pour
    # si peu", "wegen so einer Kleinigkeit", "per così poco", "por tão pouco", "om zo'n
    # kleinigheid".
    r"\b(?:over|about|for) (?:something|anything|a thing|an issue|a matter) (?:this|that|so|as) "
    r"(?:simple|small|minor|trivial|tiny|basic|little)\b|\b(?:over|about|for) (?:such )?(?:a )?"
    r"(?:small|minor|trivial|tiny) (?:thing|issue|matter|detail)\b|\bpor algo tan (?:simple|"
    r"sencillo|pequeño|tonto)\b|\bpor tan poco\b|\bpour (?:quelque chose|une chose) d'aussi "
    r"(?:simple|petit|anodin)\b|\bpour si peu\b|\bwegen (?:so )?(?:einer|so einer) "
    r"kleinigkeit\b|\bfür so etwas (?:einfaches|kleines|banales)\b|\bper una cosa così "
    r"(?:semplice|piccola|banale)\b|\bper così poco\b|\bpor algo tão (?:simples|pequeno|"
    r"básico)\b|\bpor tão pouco\b|\bvoor zoiets (?:simpels|kleins|eenvoudigs)\b|\bom zo'?n "
    r"kleinigheid\b",
    # The grievance is how the thing works, hedged or not: "prices change, that's kind of how
    # sales work", "that's just how customs works" (`blame_phrases` has the bare "that's how
    # it works"), "así funcionan las rebajas", "c'est comme ça que marchent les soldes", "so
    # funktionieren Rabatte nun mal", "è così che funzionano i saldi", "é assim que funcionam
    # as promoções", "zo werken kortingen nu eenmaal".
    r"\b(?:that'?s|that is|this is|it'?s) (?:kind of |sort of |just |simply |basically |"
    r"pretty much |kinda |literally |exactly )?how (?:\w+ ){1,3}(?:works?|goes|go)\b|\bas[íi] "
    r"(?:es como )?funcionan (?:las|los) (?:rebajas|ofertas|precios|descuentos)\b|\bc'est "
    r"(?:comme ça|ainsi) que (?:fonctionnent|marchent) les (?:soldes|promotions|prix|"
    r"réductions)\b|\bso funktionieren (?:rabatte|sales|angebote|preise) (?:nun mal|halt|"
    r"eben)\b|\bso ist das (?:nun mal|halt|eben) (?:bei|mit) (?:rabatten|angeboten|preisen)\b|"
    r"\bè così che funzionano (?:i saldi|le offerte|i prezzi|gli sconti)\b|\b(?:i saldi|le "
    r"offerte|gli sconti) funzionano così\b|\bé assim que funcionam (?:as promoções|os saldos|"
    r"os preços|os descontos)\b|\bzo werk(?:t|en) (?:dat|aanbiedingen|prijzen|kortingen) nu "
    r"eenmaal\b",
    # The customer's duty, stated: "that's exactly why we always say to double-check your
    # code", "which is why we always ask", "por eso siempre decimos", "c'est pour ça qu'on
    # répète toujours", "deshalb empfehlen wir immer" ("as we always say" is in
    # `blame_families_s16`).
    r"\b(?:that'?s|this is|which is) (?:exactly |precisely |just )?why (?:we|i) (?:always|"
    r"keep|constantly) (?:say|tell|remind|recommend|advise|ask|saying|telling|reminding|"
    r"repeat)\b|\bas we (?:always|constantly|keep) remind\w*\b|\bpor eso (?:siempre )?"
    r"(?:decimos|recomendamos|recordamos|insistimos) siempre\b|\bpor eso siempre (?:decimos|"
    r"recomendamos|recordamos|insistimos)\b|\bcomo siempre recordamos\b|\bc'est (?:justement |"
    r"exactement |bien )?pour ça que (?:nous|on) (?:disons|dit|répétons|répète|conseillons|"
    r"conseille|rappelons|rappelle) (?:toujours|sans cesse)\b|\bdeshalb (?:sagen|empfehlen|"
    r"erinnern|betonen) wir (?:auch )?(?:immer|ständig)\b|\b(?:proprio )?per questo "
    r"(?:diciamo|ricordiamo|consigliamo|raccomandiamo) sempre\b|\bcome ricordiamo sempre\b|"
    r"\b(?:é )?por isso que (?:sempre )?(?:dizemos|lembramos|recomendamos|insistimos) "
    r"sempre\b|\bé por isso que sempre (?:dizemos|lembramos|recomendamos)\b|\bdaarom "
    r"(?:zeggen|adviseren|herinneren|raden) we (?:altijd|steeds)\b",
    # "Entering the code at checkout is really your job", "it's your responsibility to",
    # "es tu responsabilidad", "c'est votre responsabilité", "ist Ihre Aufgabe", "è compito
    # tuo", "é sua responsabilidade", "is jouw taak" (not "it's our job", the team's).
    r"\b(?:is|was) (?:really |actually |ultimately |entirely |honestly |solely )?(?:your|the "
    r"customer'?s|the buyer'?s) (?:job|responsibility|duty|task)\b|\bit'?s (?:really |actually "
    r"|ultimately |entirely )?(?:your|the customer'?s) (?:job|responsibility|duty) to\b|"
    r"\b(?:is|was) (?:really |entirely )?up to (?:you|the customer) to (?:enter|check|read|"
    r"remember|apply|add|double-check|measure|make sure)\b|\b(?:es|era) (?:realmente |en "
    r"realidad )?(?:tu|su) (?:responsabilidad|trabajo|tarea|obligación)\b|\b(?:c'est|c'était) "
    r"(?:vraiment |bien )?(?:votre|ta) (?:responsabilité|travail|rôle|boulot)\b|\bil vous "
    r"appartient de\b|\b(?:ist|war) (?:wirklich |eigentlich )?(?:ihre|deine) (?:aufgabe|"
    r"verantwortung|pflicht)\b|\bliegt in (?:ihrer|deiner) verantwortung\b|\b(?:è|era) "
    r"(?:davvero |proprio )?(?:compito|responsabilità) (?:tuo|tua|suo|sua|del cliente)\b|"
    r"\b(?:é|era) (?:realmente |mesmo )?(?:sua|tua) (?:responsabilidade|tarefa|obrigação)\b|"
    r"\b(?:is|was) (?:echt |eigenlijk )?(?:jouw|uw) (?:taak|verantwoordelijkheid)\b",
    # The customer named as the usual cause: "delays beyond that usually happen because the
    # customer sent an incomplete claim" (`blame_families_s16` has "when customers don't").
    r"\bhappens? (?:\w+ ){0,2}(?:when|if|because) (?:the |a )?(?:customers?|people|buyers?|"
    r"shoppers?|someone|folks|senders?) (?:\w+ ){0,3}(?:an? |the )?(?:incomplete|wrong|"
    r"incorrect|missing|invalid|unclear|outdated|partial)\b|\bcuando el cliente (?:\w+ ){0,3}"
    r"(?:incomplet|incorrect|equivocad)\w*|\bquand le client (?:\w+ ){0,3}(?:incomplet|"
    r"incorrect|erroné)\w*|\bwenn (?:der kunde|kunden) (?:\w+ ){0,3}(?:unvollständig|falsch)"
    r"\w*|\bquando il cliente (?:\w+ ){0,3}(?:incomplet|sbagliat|errat)\w*|\bquando o cliente "
    r"(?:\w+ ){0,3}(?:incomplet|errad|incorret)\w*|\bals de klant (?:\w+ ){0,3}(?:onvolledig|"
    r"verkeerd|fout)\w*",
]
