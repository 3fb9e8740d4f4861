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

# Round 3 (scorer blind78 and blind79, spent): the conversation closed, the customer's case
# counted as one of many, the terms the customer agreed to and the team's message guessed
# lost in their spam. Over every labelled scorer file these phrasings occur only in drafts
# labelled blame or rude.
SESSION17_ROUND3_BLAME = [
    # The matter closed to discussion: "there's really nothing to discuss here", "not up
    # for debate", "no hay nada que discutir", "il n'y a rien à discuter", "da gibt es
    # nichts zu diskutieren", "non c'è niente da discutere", "não há nada a discutir",
    # "daar valt niets over te discussiëren".
    r"\b(?:there'?s|there is|there'?s really|there is really|we have) nothing (?:more |else |"
    r"further )?to (?:discuss|debate|argue about|talk about)\b|\bnot up for (?:debate|"
    r"discussion|negotiation)\b|\bend of (?:the )?discussion\b|\bno hay (?:nada|mucho) (?:más )?"
    r"que (?:discutir|debatir|hablar)\b|\bil n'y a (?:rien|pas grand-chose) (?:de plus )?à "
    r"(?:discuter|débattre)\b|\b(?:da|darüber) gibt es nichts (?:mehr )?zu (?:diskutieren|"
    r"besprechen)\b|\bdarüber (?:lässt sich|kann man) nicht (?:diskutieren|streiten)\b|\bnon "
    r"c'è (?:niente|nulla) (?:altro )?da (?:discutere|dibattere)\b|\bnão há (?:nada|muito) "
    r"(?:mais )?(?:a|para|que) (?:discutir|debater)\b|\b(?:daar|er) valt niets (?:over )?te "
    r"(?:bespreken|discussiëren)\b",
    # The customer's case as one of many, flatly: "Right, we get a lot of these.", "we see
    # so many of these", "recibimos muchos de estos", "on en reçoit plein", "so etwas
    # bekommen wir ständig", "ne riceviamo tantissime", "recebemos muitos destes", "dit
    # krijgen we dagelijks" ("we get this a lot" as a sentence is in `blame_families`; "We
    # get that a tracking page that won't move is nerve-racking" sympathises).
    r"\b(?:we|i) (?:get|see|receive|deal with|hear) (?:a lot|lots|so many|tons|loads|plenty|"
    r"dozens|hundreds) of (?:these|those|them)(?: (?:requests|messages|questions|complaints|"
    r"cases|every day|daily|a day|a week))?(?:[.!]|,? (?:so|but|honestly|to be honest)\b)|"
    r"\brecibimos (?:muchos|muchas|montones|decenas) (?:de )?(?:estos|estas|así)\b|\bnos llegan "
    r"(?:muchos|muchas|montones) (?:de )?(?:estos|estas|así)\b|\bon en (?:reçoit|voit|a) "
    r"(?:plein|beaucoup|des dizaines|tous les jours)\b|\bso (?:etwas|was) (?:bekommen|sehen|"
    r"hören) wir (?:ständig|dauernd|täglich|oft|jeden tag)\b|\bne (?:riceviamo|vediamo) "
    r"(?:tant[ei]|tantissim[ei]|moltissim[ei]|di continuo)\b|\brecebemos (?:muitos|muitas|"
    r"imensos|imensas) (?:destes|destas|assim)\b|\bdit (?:krijgen|zien) we (?:dagelijks|"
    r"constant|zo vaak|heel vaak)\b",
    # The terms the customer agreed to, held up: "the program terms you signed up to", "the
    # Returns Policy page, which you agreed to" (with "which", in `blame_check`), "la política
    # que aceptaste", "les conditions que vous avez acceptées", "den Bedingungen, denen Sie
    # zugestimmt haben", "i termini che hai accettato", "a Política de Devoluções, que
    # aceitou", "de voorwaarden waarmee je akkoord ging" (not "what you signed up for").
    r"\b(?:terms|conditions|policy|policies|rules|t&cs|agreement)(?: page)? (?:that |which )?"
    r"you (?:signed up (?:to|for)|agreed to|accepted|consented to)\b|\b(?:términos|condiciones|"
    r"política|normas|reglas),? que (?:usted |tú )?(?:aceptaste|aceptó|ha aceptado|has "
    r"aceptado)\b|\b(?:conditions|politique|règles|cgv),? que (?:vous avez|tu as) "
    r"accepté(?:e|es|s)?\b|\b(?:bedingungen|agb|richtlinien?|regeln),? (?:denen|der|die) (?:sie|"
    r"du) (?:\w+ ){0,3}(?:zugestimmt|akzeptiert) (?:haben|hast)\b|\b(?:termini|condizioni|"
    r"regole|politica),? che (?:hai|ha|avete) accettat[oaie]\b|\b(?:termos|condições|política|"
    r"regras|devoluções),? que (?:você |o senhor |a senhora )?(?:aceitou|aceitaste)\b|"
    r"\b(?:voorwaarden|regels|beleid),? (?:waarmee|waar) (?:je|u) (?:mee )?akkoord (?:ging|"
    r"bent gegaan|gaat)\b",
    # The team's message guessed lost in the customer's spam, as the likely fact: "our
    # reminder probably went to your spam", "it most likely ended up in your spam folder"
    # (not "which may have landed in a spam folder", a hedge beside a way to look).
    r"\b(?:probably|likely|most likely|must have|almost certainly|surely) (?:\w+ )?(?:went|"
    r"ended up|landed|gone|got lost|wound up) (?:to|in|into) (?:your|the) (?:spam|junk|"
    r"promotions)\b|\b(?:probablemente|seguramente) (?:acabó|terminó|fue|llegó|cayó) (?:a|en) "
    r"(?:tu|su) (?:carpeta de )?(?:spam|correo no deseado)\b|\ba (?:probablement|sûrement|"
    r"dû) (?:atterri|finir|arriver|terminer) dans (?:vos|tes) (?:spams?|courriers? "
    r"indésirables?)\b|\b(?:ist|landete) (?:wahrscheinlich|vermutlich|wohl|sicher) (?:im|in "
    r"ihrem|in deinem) spam\b|\b(?:probabilmente|sicuramente) (?:è|sarà) finit[oa] (?:nello|"
    r"nella tua cartella|nella sua cartella) spam\b|\b(?:provavelmente|com certeza) (?:foi "
    r"parar|acabou|caiu) (?:no|na (?:sua|tua) pasta de) (?:spam|lixo)\b|\b(?:is|zit) "
    r"(?:waarschijnlijk|vast) in (?:je|uw) spam\b",
]
