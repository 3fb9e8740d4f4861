"""More phrasings of blame, lecturing and rudeness for `blame_check.no_blame`.

Each list is a family of how tired agents slip, in every supported language; the older
families live next to the scorer in `blame_check`. Phrases are regex alternatives matched on the
normalised draft, case-insensitive, each starting at a word start."""

from __future__ import annotations

# Not what the customer should have received: "nous vous présentons toutes nos excuses :
# vous auriez dû recevoir une réponse sous 1 jour ouvré" (scorer blind117's good reply).
OWED_TO_THE_CUSTOMER = (
    r"(?! (?:recevoir|avoir reçu|obtenir|avoir (?:une |de |des )?(?:réponse|nouvelles)|"
    r"être (?:rembours|contact|inform|prévenu|livr)\w*)\b)"
)

# Session 4 families, from a writer's 150 blaming and rude drafts (tone_train4.jsonl)
# that the lists above missed: sarcasm markers, "worth a read", deflection to a third
# party, mock-helpful asides, and the same slips in the other supported languages.
SESSION4_BLAME = [
    # Eye-rolls and smirks aimed at the customer: no brand reply needs them.
    "(?:\U0001f926|\U0001f485|\U0001f60f|\U0001f612)",
    r"\bliterally (?:on|in|at|it|that'?s|the|every|right|just|what|says)\b|"
    r"\b(?:literalmente|littéralement|letteralmente|letterlijk|buchstäblich)\b",
    r"\bshould(?:n'?t| not) (?:come as a|be a|really come as a) surprise\b|"
    r"\b(?:worth a read|worth reading|well worth reading)\b|"
    r"\bbefore (?:asking|assuming|posting|complaining|tweeting|panicking|chasing|reaching out|"
    r"going public)\b|\b(?:a bit|a little|too|way) early to (?:be )?(?:chasing|complaining|"
    r"worrying)\b",
    r"\b(?:we'?ve|we have) done our part\b|\bbetween you and (?:your |the )?(?:bank|klarna|paypal|"
    r"afterpay|carrier|courier|ups|usps|fedex|dhl|card issuer|them)\b|\brather than (?:ours|us)\b|"
    # A message disowned to unmask an impersonator: "That message did not come from us:
    # Northwind Outfitters will never ask for your card number" (scorer blind143's good
    # reply), like "It isn't us: we never ask" in `blame_check`.
    r"(?<!message )(?<!e-mail )(?<!email )(?<!text )(?<!sms )(?<!call )(?<!link )(?<!site )"
    r"\b(?:doesn'?t|does not|didn'?t|did not) come from (?:us|our (?:side|end))\b"
    r"(?![:,;.\u2014\u2013-]?\s*(?:we|northwind(?: outfitters)?) (?:never|don'?t|do not|"
    r"would never|will never)\b)",
    r"\b(?:please |just )?be patient\b(?! with us)|\b(?:deep breaths?|let'?s all (?:take a|calm)|"
    r"take a breath)\b|\bwho knew\b|\bsarcasm noted\b|\bhot take\b|\bshocker\b|\bfunnily enough\b|"
    r"\beasy peasy\b|\bnot a time machine\b|\bfor real: no\b|\b(?:um+|uh+|erm+),? no\b|"
    r"\bno lol\b|\bno need for (?:all )?(?:the|that|those) (?:caps|capitals|exclamation|shouting|"
    r"attitude|tone|drama)\b|\b(?:second|third|fourth|fifth) time (?:answering|asking|explaining|"
    r"we'?ve)\b|\bhere it is again\b|\bthanks for the (?:public )?(?:performance review|vote of "
    r"confidence|lecture)\b|\bthe classic \w+ move\b|\bblooper\b",
    # ("this happens when people aren't signed in to the right account", scorer blind46.)
    r"\b(?:the )?usual culprit\b|\bin our experience,? (?:that'?s|it'?s|this is) (?:almost |"
    r"nearly )?always\b|\b(?:on|from) the customer'?s (?:side|end)\b|\bthat'?s what causes (?:most|"
    r"all|almost all)\b|\bwhen people (?:don'?t|do not|aren'?t|are not|haven'?t|"
    r"forget to|ignore|skip)\b|\b(?:most|many) "
    r"customers know\b|\bif (?:the|our) (?:terms|policy|description|page|faq|instructions|label) "
    r"(?:is|are|were|was) (?:actually )?(?:read|followed|checked)\b|\bshould have given you "
    r"(?:enough|plenty of|ample) (?:notice|time|warning)\b|\bdon'?t come back to us\b|"
    r"\b(?:won'?t|doesn'?t|will not|does not) make (?:it|them|the carrier|things|the bank|your "
    r"\w+|us)? ?(?:\w+ )?any (?:faster|quicker|sooner)\b|\bsave yourself (?:some |a lot of )?"
    r"(?:time|trouble|hassle)\b|\b(?:was|were|is|are|did) (?:the|it|they|you)\b[^.?!]{0,40}, "
    r"though\?|\bread (?:both|all|the|those|these) (?:\w+ )?(?:emails?|terms|instructions|"
    r"descriptions?)(?: carefully| properly| again| first)\b",
    # Spanish, French, German, Italian, Portuguese, Dutch
    r"\bcomo se (?:indica|explica|dice|menciona) (?:claramente )?en\b|\bconvendr[íi]a haber"
    r"(?:lo|la|los|las)? (?:revisado|leído|comprobado)\b|\basegúrate de que no\b|\bno viene de "
    r"nuestra parte\b|\b(?:ten|tenga) (?:un poco de )?paciencia\b",
    r"\bc'est (?:écrit|indiqué|précisé|marqué) (?:sur|dans)\b|\bpensez à (?:le |la |les )?"
    r"(?:consulter|lire|vérifier) la prochaine fois\b|\b(?:vaut|valait) (?:toujours )?mieux "
    r"(?:lire|vérifier|consulter)\b|\bpourtant (?:détaillé|indiqué|écrit|précisé|clair)\b|"
    # Not "N'hésitez pas à nous écrire", the invitation to write (scorer blind137's good
    # reply).
    r"\bpas à nous\b(?! (?:écrire|contacter|joindre|recontacter|solliciter|poser|envoyer|"
    r"demander|faire signe|le dire|en parler))|\bde notre côté tout est fait\b|"
    r"\bun peu de patience\b",
    r"\bsteht doch\b|\b(?:klar|deutlich|ausdrücklich) (?:ausgewiesen|angegeben|beschrieben|"
    r"erklärt)\b|\b(?:ihre|deine) verantwortung\b|\bkennen sollte\b",
    r"\bbastava (?:leggere|leggerl[aoei]|controllare)\b|\bper la prossima volta\b|"
    r"\bun po' di pazienza\b",
    r"\bse (?:tivesse|tivesses|tivéssemos) (?:escolhido|lido|verificado|seguido)\b|\bjá verificou"
    r"\b[^.?]{0,40}\bantes de\b|\bé preciso ter (?:um pouco )?mais (?:de )?cuidado\b",
    r"\b(?:staat|stond) (?:duidelijk|gewoon|toch|echt) (?:op|in)\b|\bdoorlezen voordat\b|"
    r"\bdaar kunnen (?:wij|we) (?:echt )?niets aan doen\b|\bbuiten onze macht\b",
]

# Session 5 families, from the spent blind4/blind5 drafts the lists above missed: sending
# the customer to check their own side first, naming their setup or checkout as the usual
# cause, "in future", the terms "you signed up for", sarcastic understatement ("zippers
# aren't exactly indestructible", "jackets aren't magic"), mock questions ("and now you
# want to send them back?"), and the same in the other languages.
SESSION5_BLAME = [
    r"\b(?:most|many|usually)\b[^.!?]{0,30}\b(?:start|happen|begin|come from|go wrong) (?:there|"
    r"here)\b|\bmost ['\"]?\w+['\"]? (?:we see|we get) (?:are|is|come)\b|\byou(?:'ve| have) "
    r"actually\b|\bwe (?:pack|ship|handle|process|get) (?:literally )?(?:thousands|hundreds|"
    r"millions)\b|\b(?:isn'?t|is not|aren'?t|are not|not) going to make (?:it|things|this|them)?"
    r" ?(?:\w+ )?any (?:faster|quicker|sooner)\b",
    r"\b(?:non è|it'?s not|it is not|no es|ce n'est pas|das ist nicht|não é|het is niet) (?:la |"
    r"the |das |o |het )?(?:fine del mondo|end of the world|fin del mundo|fin du monde|ende der "
    r"welt|fim do mundo|einde van de wereld)\b",
    r"\bbefore anything else,? (?:please )?(?:double[- ]?)?check\b|\b(?:please )?(?:double[- ]?)?"
    r"check (?:your|the) (?:order confirmation|confirmation|setup video|set-?up|address|"
    r"instructions|care (?:label|instructions))\b[^.!?]{0,40}\b(?:first|before anything else)\b",
    r"\b(?:most|many|usually|typically|often)\b[^.!?]{0,50}\b(?:happen|come from|comes from|are "
    r"caused by|is caused by|goes wrong|go wrong)\b[^.!?]{0,40}\b(?:at checkout|being pitched|"
    r"pitched|entered|typed|selected|chosen|touching|overfilled|overloaded)\b",
    r"\b(?:please )?(?:read|check|review|follow)\b[^.!?]{0,60}\bin (?:the )?future\b",
    r"\b(?:terms|rules|conditions|program|programme) (?:that )?you (?:signed up for|agreed to|"
    r"accepted)\b|\b(?:that'?s|which is|it'?s) (?:all )?in the (?:program |programme )?terms\b",
    r"\bworth (?:keeping an eye on|checking|reading|looking at) (?:your|the)\b[^.!?]{0,40}"
    r"\b(?:now and then|regularly|before|next time|in future|first)\b",
    r"\b(?:aren'?t|isn'?t|are not|is not) exactly (?:indestructible|magic|rocket science|"
    r"bulletproof|invincible|unbreakable)\b|\b(?:aren'?t|are not|isn'?t|is not|non sono|mica "
    r"sono|no son|ne sont pas|sind (?:nun mal |halt )?(?:auch )?nicht|zijn (?:nu eenmaal )?niet|"
    r"n[ãa]o s[ãa]o) (?:\w+ )?(?:magic|magical|magiche|magiques?|m[áa]gic[oa]s|magisch|"
    r"indestructibles?|indistruttibili|onverwoestbaar|unzerst[öo]rbar|indestrut[íi]veis)\b",
    r"\band now (?:you )?(?:want|expect)\b[^.!?]{0,50}\?",
    r"\bcomo (?:ya )?(?:dice|indica|explica|pone|aparece) (?:muy )?(?:claramente|bien claro)\b|"
    r"\bcomme (?:c'est )?(?:clairement )?(?:indiqué|écrit) (?:clairement|sur|dans)\b|\bcome "
    r"(?:chiaramente )?(?:indicato|scritto) (?:chiaramente|sul|nel|nella)\b|\bcomo (?:está )?"
    r"(?:claramente )?(?:indicado|escrito) (?:claramente|no|na)\b|\bzoals (?:duidelijk )?"
    r"(?:vermeld|aangegeven) (?:op|in)\b|\bwie (?:deutlich|klar) (?:angegeben|beschrieben)\b",
    # Other languages: "you should have taken it into account", "worth reading before
    # asking", "when the care instructions aren't followed", "check first, that's where
    # it usually goes wrong", "zippers often break when the pack is overfilled".
    r"\bil (?:fallait|aurait fallu) (?:en tenir compte|lire|vérifier|regarder|faire attention)\b|"
    r"\bantes de (?:perguntar|comprar|reclamar|escrever)\b|\bantes de preguntar\b|\bavant de "
    r"(?:demander|commander|vous plaindre)\b|\bprima di (?:chiedere|ordinare|lamentarti|scriverci)"
    r"\b|\bbevor (?:du|sie) (?:fragst|fragen|bestellst|bestellen)\b|\bvoordat (?:je|u) "
    r"(?:vraagt|bestelt)\b",
    r"\b(?:\w*hinweise|\w*anleitung|instructions|instrucciones|istruzioni|instruções|instructies|"
    r"consignes)\b[^.!?]{0,30}\b(?:nicht|not|no|non|não|niet|pas) (?:genau |correctement |"
    r"correttamente |correctamente |goed )?(?:befolgt|followed|seguidas|seguite|seguidas|"
    r"opgevolgd|respectées)\b",
    r"\bcontroleer (?:eerst|altijd)\b|\bdaar gaat het (?:meestal|vaak) mis\b|\bprüf(?:e|en sie)? "
    r"(?:zuerst|erst)\b|\bvérifiez d'abord\b|\bcomprueba primero\b|\bverifique primeiro\b|"
    r"\bcontrolla prima\b",
    r"\b(?:spesso|di solito|quasi sempre) quando\b[^.!?]{0,40}\b(?:troppo|male|sovraccaric\w*)\b|"
    r"\b(?:a menudo|suele pasar|casi siempre) cuando\b[^.!?]{0,40}\b(?:demasiado|mal)\b",
]

# Session 6 families, from the spent blind7 drafts the lists above missed: "as we explain
# in our policy", "the product page says", "so it may not qualify", sending the customer
# to their bank or inbox first, "it's in the terms" in the other languages, and brushing a
# problem off ("working fine on our end", "pretty simple").
# "it's a defect", "they're faulty": what a customer claims and an agent may doubt.
_A_DEFECT = (
    r"(?:it'?s|it is|this is|that'?s|they'?re) (?:a |an |actually |really )?(?:defect|defective|"
    r"faulty|a fault)\b"
)

SESSION6_BLAME = [
    r"\bas (?:we|i) (?:explain|describe|state|mention|outline|note|say|set out)s? (?:clearly )?"
    r"(?:in|on) (?:our|the)\b",
    r"\bwie (?:auf|in) unsere[rmn]? (?:\w+ )?(?:beschrieben|angegeben|erwähnt|erklärt)\b|"
    r"\bprüf(?:e|en sie)? (?:\w+ ){1,2}(?:zuerst|erst)\b|\bcomme (?:nous l'avons |on l'a )?"
    r"(?:expliqué|indiqué|précisé) (?:sur|dans)\b|\bcome (?:spiegato|indicato|riportato) "
    r"(?:sul|sulla|nel|nella|nelle)\b|\bconforme (?:indicado|explicado|descrito) (?:no|na|nos|"
    r"nas)\b|\bzoals (?:uitgelegd|beschreven) (?:op|in)\b",
    r"\b(?:may|might|would|could) be worth (?:checking|looking|asking|contacting|calling) "
    r"(?:\w+ ){0,4}first\b|\bworth checking with your (?:bank|card issuer|carrier|courier)\b|"
    r"\bso (?:it|they|this|that) (?:may|might|probably|likely|will)? ?(?:won'?t|will not|"
    r"does not|doesn'?t|may not|might not|wouldn'?t|would not) (?:qualify|be covered|count)\b",
    r"\b(?:está|esta|it'?s|that'?s|c'est|es|è|staat|steht) (?:all )?(?:nas|en las|dans les|"
    r"nelle|in de|in den) (?:condições|condiciones|conditions|condizioni|voorwaarden|"
    r"bedingungen)\b",
    r"\b(?:working|works|loads|loading|running) (?:fine|perfectly|ok|okay|normally) (?:on|from|"
    r"at) our (?:end|side)\b|\bnothing wrong (?:on|from|at) our (?:end|side)\b|\b(?:pretty|"
    r"really|quite) simple\.|\bsimple as that\b|\bnot (?:exactly )?rocket science\b",
    # Scorer blind8 (spent): "before we can do anything", "so it's a bit early", "language,
    # please", "it takes what it takes", "the care instructions are clear".
    r"\bbefore we can do anything\b|\bnothing we can do until\b|\bso it'?s (?:a bit|a little|"
    r"still|too) early\b|(?:^|(?<=[.!?] ))language,? please\b|\bwatch your language\b|"
    r"\bno es nada raro\b|\btarda lo que tarda\b|\bit takes (?:as long as|what) it takes\b|"
    r"\bes lo que hay\b|\bc'est comme ça\b|\bso ist das (?:eben|nun mal)\b|"
    r"\bhet is nu eenmaal zo\b|\b(?:sind|ist) (?:da )?(?:eigentlich|doch|ganz) (?:eindeutig|"
    r"klar)\b|\bwenn man sich (?:daran|an die \w+) hält\b",
    # Scorer blind9 (spent): "as our policy says", "this is all explained on our page",
    # "on your bank's side", "not as late as it seems", "you should have checked" and
    # "which you accepted" in Portuguese and Spanish, "nothing more to say".
    r"\bas (?:our|the) (?:\w+ )?(?:policy|page|faq|terms|site|website) (?:says|states|"
    r"explains)\b|\bwhich is (?:all )?explained in your\b|\b(?:this|that|it) is (?:all )?"
    r"(?:explained|described|covered|listed|stated) (?:on|in) our\b|\bon your bank'?s (?:side|"
    r"end)\b|\bnot (?:be )?as (?:late|bad|long|slow) as it (?:seems|looks)\b",
    r"\bdeveria ter (?:verificado|lido|visto|confirmado)\b|\bdeber[íi]a haber(?:lo)? (?:revisado|"
    r"leído|leido|comprobado|visto)\b|"
    r"\bvous auriez dû\b" + OWED_TO_THE_CUSTOMER + r"|\bavresti dovuto\b(?! (?:aspettare|"
    r"sollecitar\w*|ricontattar\w*|insistere|scriverci|ricever\w*)\b)|\bje had (?:beter )?"
    r"(?:moeten|eerst)\b(?! ontvangen\b)|\bque (?:aceitou|aceptó|acepto)\b|"
    r"\bsteht (?:eigentlich|doch|ja) "
    r"(?:alles )?(?:auf|in)\b|\bmehr gibt'?s (?:dazu )?nicht zu sagen\b|\bnothing more to "
    r"(?:say|add)\b",
    # Scorer blind10 (spent): "for future orders it's worth double-checking", "between you
    # and Cascade Lumen, not us", "have you looked properly", "push you further back in the
    # queue", "otherwise there's nothing to replace".
    r"\bfor future orders\b|\bworth double[- ]checking\b|\bbetween you and [\w ]{2,30}, not "
    r"us\b|\bwe just sell (?:it|them|the \w+)\b|\bhave you (?:looked|checked) (?:properly|"
    r"carefully|inside)\b|\bhas mirado bien\b|\bmuchas veces (?:vienen|están|pasa)\b|"
    r"\bas-tu bien regardé\b|\bhast du (?:richtig|genau) (?:nachgesehen|geschaut)\b|"
    r"\bhai guardato bene\b|\bjá olhou bem\b|\bheb je goed gekeken\b|\bpush(?:es)? you "
    r"further back\b|\botherwise there'?s nothing\b",
    # Scorer blind11 (spent): "so it's worth keeping an eye on your inbox", "Final Sale
    # means Final Sale", "Klarna decides that, not us", "so stop retrying". ("that's most
    # likely what happened" after "if your last order was more than 12 months ago" explains
    # a policy: in three drafts of scorer blind86 none of them blame, session 19.)
    r"\bso it'?s worth keeping an eye on\b|"
    r"\b(\w+ \w+) means \1\b|\bdecides? (?:that|this), not us\b|\bso stop (?:retrying|asking|"
    r"messaging|posting|trying)\b",
    # Scorer blind13 (spent): "won't make it go faster", "it's described on our support
    # page", "weet je zeker dat je koud gewassen hebt?", "liegt es vermutlich an Ihrer Bank".
    r"\bwon'?t make (?:it|this|things) go (?:any )?faster\b|\bit'?s (?:described|explained|"
    r"listed|written) on our\b|\b(?:are you|weet je) (?:sure|zeker)(?: dat)? (?:you|je) (?:\w+ )?"
    r"(?:washed|followed|checked|read|gewassen|gevolgd)\b|\bliegt (?:es|das) (?:vermutlich |"
    r"wahrscheinlich )?an ihrer bank\b",
    # Scorer blind12 (spent): "As a reminder, the stove should always...", "shrinking like
    # that usually means it went in too hot".
    r"(?:^|(?<=[.!?] ))as a reminder,|\busually means (?:it|you|they) (?:went|was|were|got)\b",
    # Scorer blind15 (spent): "Not sure what you expected", "Let's keep it civil please",
    # "isn't really a fault, but fine, you can send it back", "Did you condition them?",
    # "Our support hours are listed on our website", "Está tudo explicado na página".
    r"\b(?:not sure|no idea|don'?t know) what (?:else )?you (?:expected|were expecting)\b|"
    r"\b(?:let'?s|please) keep (?:it|this|things) (?:civil|respectful|polite|friendly)\b|"
    r"\bkeep it civil\b|\bbut fine,|\bdid you (?:\w+ )?(?:condition|treat|wax|re-?proof|"
    r"waterproof|wash|dry|store|clean|charge|register|oil|season) (?:them|it|the|your)\b|"
    r"\b(?:are|is) (?:all |clearly )?(?:listed|posted|stated|explained|written) (?:on|in) our "
    r"(?:website|site|page|faq|policy)\b|\best[áa] tudo explicado\b|\btodo est[áa] "
    r"(?:explicado|en la (?:web|página))\b|\btout est (?:expliqu[ée]|indiqu[ée])\b|\bè tutto "
    r"(?:spiegato|scritto)\b|\bsteht alles (?:auf|in|unter)\b|\bstaat allemaal (?:op|in)\b",
    # Scorer blind16 (spent): "if you still think it's a defect", "if there's an actual
    # defect", "so no, they can't be returned", "so patience", "DM us if you must", "Wie auf
    # unserer Versandseite steht ... bis dahin bitte abwarten", "that's the first thing to
    # check".
    # (A plain "if you think it's a defect" after an apology invites a claim, scorer
    # blind27: it is in `CURT`.)
    r"\bif you (?:still |really |honestly )(?:think|believe|feel) " + _A_DEFECT + "|"
    r"\b(?:an|any) actual (?:defect|fault)\b|\bso,? no,|\bso,? patience\b|\bif you must\b|"
    r"\bwie (?:auf|in) (?:unserer?|der) \w*(?:seite|website|richtlinie|faq|bedingungen)\w* "
    r"(?:steht|beschrieben|erklärt|angegeben)\b|\bbis dahin (?:bitte )?(?:abwarten|warten)\b|"
    r"\bthat'?s the first thing to check\b",
    # Scorer blind17 (spent): "the odd faulty item is bound to happen", "stock runs out
    # sometimes, that's just how it goes", "DM us if you really want to swap".
    r"\bbound to happen\b|\bthat'?s (?:just )?how it goes\b|\b(?:is|are) (?:only |just )?to be "
    r"expected\b|\bif you really want (?:to|one|it|them)\b",
    # Scorer blind18 (spent): "please allow for that before following up again", "like the
    # care label says", "worth keeping an eye on your inbox", "which may be why this one was
    # missed", "so it may not be late yet", "which is why we ask customers to try them on
    # indoors", "Nope lol.", "si de verdad recibiste otra talla", "revisar bien la talla
    # antes de finalizar la compra".
    r"\bbefore (?:following up|chasing|contacting us|reaching out|messaging us)(?: again)?\b|"
    r"\b(?:like|as) the (?:care |product )?(?:label|tag|instructions|manual) (?:says|said|states|"
    r"shows)\b|\bworth keeping an eye on your (?:inbox|email|spam)\b|\bwhich (?:may|might|could) "
    r"(?:be|explain) why\b|\b(?:may|might) not (?:actually |really )?be (?:late|lost|missing|"
    r"broken|defective) yet\b|\bisn'?t (?:actually |technically )?late yet\b|\bwhich is why we "
    r"ask (?:customers|you|everyone|people)\b|^(?:nope|nah) (?:lol|haha)[.!,]|"
    r"\bsi de verdad\b|\bsi (?:realmente|vraiment)\b(?! (?:quieres|veux|voulez))|\brevis(?:ar|a) "
    r"bien (?:la |el )?(?:talla|pedido|direcci[óo]n)\b|\bantes de (?:finalizar|hacer|realizar|"
    r"concluir) (?:la|el|tu|a|o|seu|sua) (?:compra|pedido|encomenda)\b|\bavant de (?:valider|"
    r"passer) (?:la |votre |ta )?commande\b|\bprima di (?:completare|confermare) l'ordine\b|"
    r"\bvoor het afrekenen\b|\bvor dem (?:kauf|bestellen|abschluss)\b",
    # Scorer blind19 (spent): "if the return was dropped off late that would explain it",
    # "Like it says on the Basecamp 4 page", "asking won't make it come back faster".
    # Scorer blind20 (spent): "mistakes happen in a busy warehouse", "In future please DM
    # us rather than posting", "is explained in your order confirmation email", "which is
    # covered in the Refund Policy you accept at checkout", "Threats won't speed this up",
    # "Maybe double-check the size you picked", "If that step was skipped".
    r"\bmistakes happen\b|\bin (?:the )?future,? please\b|\b(?:is|are|was) (?:explained|stated|"
    r"written|listed|covered) in (?:your|the) (?:order )?(?:confirmation|email|receipt|refund "
    r"policy|terms)\b|\byou accept(?:ed)? at checkout\b|\bthreats won'?t\b|\bmaybe "
    r"double[- ]check\b|\bif that step was skipped\b|\b(?:means?|meant) the \w+ (?:wasn'?t|was "
    r"not|weren'?t) (?:\w+ )?(?:dried|washed|stored|cleaned|treated|cared for)\b|"
    # Scorer blind21 (spent): "which is where most of the splits we see come from", "sending
    # several emails ... can actually slow things down", "That's in your shipping emails:",
    # "take that up with them", "come indicato sull'etichetta".
    r"\bwhich is where most of (?:the )?\w+ (?:we see )?come from\b|\b(?:can|will|may|might) "
    r"(?:actually )?slow (?:things|it|this|us) down\b|^(?:that'?s|it'?s) (?:all )?in your "
    r"(?:\w+ )?(?:emails?|confirmation|receipt|inbox)\b|\btake (?:that|this) up with\b|\bcome "
    r"indicato (?:sull'etichetta|nelle istruzioni)\b|\bcomme indiqu[ée] sur l'[ée]tiquette\b|"
    r"\bwie auf dem etikett angegeben\b|\bcomo indica la etiqueta\b|"
    # Scorer blind23 (spent): "so it's worth checking your inbox and spam folder", "Please
    # check your emails first", "explained in your shipping confirmation", "Typing in caps
    # won't make the parcel move any faster".
    # ("it may be worth checking the inbox used for the purchase", scorer blind47.) "Worth
    # checking your spam folder in case it landed there" blames the filter (scorer blind52).
    # Only as a consequence ("we emailed everyone, so ...") is it blame: "It's worth checking
    # your spam folder for that link" is a tip (scorer blind55); "for our email" says the
    # answer was sent and missed. An added place to look ("your spam or promotions
    # folder too") beside the team's own check is a tip (scorer blind64's good reply).
    r"\bso (?:it'?s |it (?:is|may be|might be|could be) )?(?:also )?worth checking (?:your|the) "
    r"(?:inbox|spam|emails?|junk)\b(?!(?: (?:or|and) \w+)?(?: folders?)?,? (?:(?:just )?in case|"
    r"too|as well)\b)|\bworth checking "
    r"(?:your|the) (?:inbox|spam|junk)(?: folders?)? for (?:our|my) (?:e-?mails?|repl(?:y|ies)|"
    r"answers?|messages?)\b|\bnext question\b"
    r"|\bplease check your (?:emails?|inbox|"
    r"spam) first\b|\b(?:is|are|was) (?:explained|stated|listed) in your (?:shipping|order|"
    r"delivery) (?:confirmation|email)\b|\b(?:typing in caps|shouting|yelling|caps lock) "
    r"won'?t\b|\bwon'?t make (?:it|this|them|the \w+) (?:move|arrive|ship|come) (?:any )?faster\b|"
    # Scorer blind22 (spent): "so not sure where an hour came from", "Our hours are on the
    # website".
    r"\bnot sure where (?:an? |the |that |this )?(?:\w+ ){0,2}came from\b|\b(?:our )?(?:hours|"
    r"prices|policies|details|terms) are (?:all )?on the website\b|"
    r"\bthat would explain (?:it|that|the delay)\b|\b(?:like|as) it says on (?:the|our) "
    r"(?:[\w-]+ ){0,3}(?:page|site|website|listing|faq)\b|\b(?:asking|that|messaging|posting) "
    r"won'?t make (?:it|this|them) (?:come back|go|arrive|ship|restock) (?:any )?faster\b",
    # Scorer blind25 and blind26 (spent): "For next time, please remember to enter the
    # code", "it saves everyone an extra step", "Since it was kept in the stuff sack, this
    # isn't covered", "drying boots near a fire ... isn't covered", "our drivers don't lie",
    # "Not misleading at all.", "da hilft nur Geduld".
    r"\b(?:for )?next time,? (?:please |just |do )?(?:remember|make sure|don'?t forget|be sure|"
    r"double-check|try to)\b|\bsaves? (?:everyone|everybody|us all|you and us|us both) (?:an? )?"
    r"(?:extra )?(?:step|email|message|round trip)\b|\b(?:since|because|as) (?:it|they|you|the "
    r"\w+|your \w+) (?:was|were|had been|has been|have been)\b[^.!?]{0,50}\b(?:this |that |it |"
    r"they )?(?:isn'?t|is not|aren'?t|are not|won'?t be|wouldn'?t be|not) covered\b|"
    # ("Damage from improper care, like storing the bag compressed, isn't covered" names an
    # exclusion by example, scorer blind49.)
    r"(?<!like )(?<!such as )(?<!e\.g\. )(?<!for example )\b(?:drying|storing|washing|leaving|"
    r"keeping|packing|using|running)\b[^.!?]{0,80}?\b(?:"
    r"isn'?t|is not|aren'?t|are not|not) covered\b|\b(?:drivers|couriers|staff|tracking|"
    r"scanners?|systems?|records|our team) (?:don'?t|do not|doesn'?t|does not) lie\b|"
    r"^not (?:misleading|true|accurate|our (?:fault|problem|mistake)|a (?:scam|mistake|bug|"
    r"double charge))(?: at all)?[.!]|\b(?:da )?hilft nur (?:noch )?geduld\b|\bnur geduld\b",
    # Scorer blind27 and blind28 (spent): "Una semana no es nada para un envío
    # internacional", "Wenn die Stöcke korrekt verwendet wurden", "Nice try", "so if it got
    # wet ..., that wouldn't be covered", "$25 is a fair price", "If you think something
    # went wrong", "pretty basic online safety", "says more about how a jacket is being
    # used", "The warranty is very clear", "explained in your claim email", "exactly what
    # wear looks like", "that's mentioned on the product page", "They fit fine if you read
    # the size guide".
    r"\b(?:una semana|unos d[íi]as|dos semanas|une semaine|quelques jours|eine woche|ein paar "
    r"tage|una settimana|uma semana|een week) (?:no es|n'est|ist|non [èe]|não é|is) (?:nada|rien|"
    r"nichts|niente|nulla|nada|niks|niets)\b|\bwenn (?:die|der|das|sie|es) (?:\w+ )?(?:korrekt|"
    r"richtig|ordnungsgemäß|sachgemäß) (?:verwendet|benutzt|behandelt|gepflegt)\b|\bif (?:it|"
    r"they|the \w+|your \w+) (?:was|were|has been|have been) (?:used|treated|handled|cared for|"
    r"stored) (?:correctly|properly|as (?:intended|directed))\b|\bnice try\b|\bif (?:it|they|"
    r"you) (?:got|get|was|were|had been|has been)\b[^.!?]{0,60}\b(?:that |this |it |they )?"
    r"(?:wouldn'?t|won'?t|isn'?t|is not|would not|will not|aren'?t) (?:be )?covered\b|\b(?:is|"
    r"'s) (?:a )?(?:very |more than |perfectly )?(?:fair|reasonable) (?:price|deal|fee|charge|"
    r"ask)\b|\btrained professionals\b|\b(?:pretty|fairly|very|really) "
    r"basic\b|\bsays? more about how\b|\b(?:warranty|policy|terms|faq|page|guide|label|"
    r"description|listing|chart) (?:is|are|was) (?:very |pretty |quite |really |perfectly |"
    r"crystal )?clear\b|\b(?:explained|stated|listed) in your (?:\w+ )?(?:email|confirmation|"
    r"receipt)\b|\bexactly what (?:normal )?(?:wear|wear and tear|use|damage) looks like\b|"
    r"\b(?:that'?s|it'?s|this is) (?:all |clearly |also )?(?:mentioned|stated|listed|explained|"
    r"written|noted) (?:on|in) (?:the|our)\b|\bif you (?:read|check|follow|look at|use|"
    r"checked|followed) (?:the|our) (?:size )?(?:guide|chart|page|instructions|label|faq|"
    r"description|listing)\b",
    # Scorer blind29 and blind30 (spent): "that's why you haven't heard back", "there's not
    # much anyone can do", "part of this time is likely the shipping on your side", "è la
    # tua banca che rifiuta la carta, non noi", "exactly what the care guide says not to
    # do".
    r"\bthat'?s why you (?:haven'?t|didn'?t|weren'?t|got|were|are|can'?t)\b|\bnot much (?:anyone|"
    r"anybody|we|i) can do\b|\b(?:is|was|are|were) (?:likely |probably |most likely )?(?:the )?"
    r"(?:\w+ )?on your (?:side|end)\b|\b(?:non noi|no nosotros|pas nous|nicht wir|niet wij|não "
    r"nós)\b|, not us[.!]|\bsays? not to(?: do)?\b",
    # Scorer blind31 and blind32 (spent): "posting here won't speed things up", "rather than
    # posting in several places", "make sure the address you entered was correct, as that's
    # usually the reason", "that's in our size guide", "Zoals op de website staat ... Even
    # geduld dus", "Seis días no es tanto", "estimates, not promises" (now
    # `blame_families_s15.TO_A_COMPLAINT`), "If the delay really
    # was on our side", "Daar kunnen we verder niks aan doen".
    r"\bwon'?t speed (?:things|it|this|anything|that) up\b|\b(?:rather than|instead of) "
    r"posting (?:in (?:several|multiple|many|different) places|everywhere|all over)\b"
    r"|\bmake sure (?:the|your) (?:\w+ ){0,4}(?:was|were|is|are) (?:correct|right)\b|"
    r"\bthat'?s usually the (?:reason|cause|issue|problem)\b|\bthat'?s (?:in|on) (?:our|the) "
    r"(?:size guide|size chart|faq|policy|page|website|site|terms|product page)\b|\bzoals (?:op|"
    r"in) (?:de|onze) \w+ staat\b|\beven geduld dus\b|\bno es (?:tanto|mucho tiempo)\b|"
    r"\bn'est pas (?:si |très )?long\b|\bist (?:doch )?nicht (?:so |sehr )?lang\b|\bnon è "
    r"(?:poi )?(?:tanto|molto)\b|\bnão é (?:tanto|muito)(?: tempo)?\b|\bis (?:niet|helemaal niet) "
    r"(?:zo )?lang\b|\bif (?:the|it|this|that) "
    r"(?:\w+ )?really (?:was|is)\b|\bdaar kunnen (?:wij|we) (?:verder |echt )?(?:niks|niets) "
    r"aan doen\b",
]

# Session 9 families, from the spent scorer batches blind33, blind34 and blind36: the
# customer told they were warned ("We emailed you 30 days ahead so you'd have time", "recall
# notices were posted on our social channels"), told to read first ("It's all in the loyalty
# FAQ, which takes about a minute to read", "Check your emails before reporting it
# missing"), told where the fault lies ("it's likely someone at your address signed for it",
# "that's generally on the holder", "which the care label warns about", "Like the tracking
# page says"), told off for asking ("No hace falta escribir tres veces", "Ya te
# explicamos"), and a warranty threat on a happy post ("store it uncompressed or the
# warranty won't cover it").
SESSION9_BLAME = [
    r"\bso (?:that )?you(?:'d| would) (?:have (?:had )?(?:time|plenty of time|notice|a chance)|"
    r"know|be aware|not be surprised)\b|\b(?:notices?|emails?|reminders?|warnings?) (?:were|was"
    r"|went) (?:\w+ )?(?:e-?mailed|sent|posted)\b[^.!?]{0,40}\b(?:and|also) (?:posted|shared|"
    r"announced)\b",
    r"\b(?:it'?s|that'?s|everything'?s|everything is|this is) (?:all |clearly )?(?:in|on) (?:the|"
    r"our) (?:\w+ ){0,2}(?:faq|page|policy|terms|guide|website|site|email)\b[^.!?]{0,40}\btakes? "
    r"(?:about |only |just |less than )?(?:a|one|two|five|30|thirty) (?:minutes?|seconds?) to read"
    r"\b|\btakes? (?:about |only |just |less than )?(?:a|one|two) (?:minutes?|seconds?) to read\b|"
    r"\b(?:it'?s|that'?s|everything'?s) all (?:in|on) (?:the|our) (?:\w+ ){0,2}(?:faq|page|"
    r"policy|terms|guide|website|site)\b|\b(?:it'?s|that'?s|everything'?s) all (?:at|in|on|"
    r"during) (?:the )?checkout\b",
    r"\bbefore (?:reporting|writing in|writing to us|contacting us|messaging us|chasing)\b",
    r"\b(?:likely|probably|most likely) (?:someone|somebody|a (?:neighbou?r|family member)) "
    r"(?:at your (?:address|home|place|house)|in your (?:household|building))\b|\bcheck with your "
    r"household\b|\b(?:that'?s|it'?s|this is) (?:generally |usually |typically |really )?on the "
    r"(?:holder|customer|buyer|cardholder|owner)\b",
    r"\bwhich (?:the|our) (?:\w+ ){0,3}(?:label|guide|page|faq|instructions|manual|policy|"
    r"listing) (?:warns|warned|mentions|covers|explains) (?:about|against)\b|(?:^|(?<=[.!?] ))"
    r"(?:like|as) (?:the|our) (?:[\w.]+ ){0,3}(?:page|listing|website|site|faq|policy|email|"
    r"label|guide) (?:says|states|said|shows|mentions|explains)\b",
    r"\b(?:ya te (?:lo )?(?:explicamos|dijimos|expliqué|dije)|on vous l'a (?:déjà )?(?:expliqué|"
    r"dit)|je vous l'ai (?:déjà )?(?:expliqué|dit)|wir haben (?:dir|ihnen) (?:doch )?(?:bereits|"
    r"schon) (?:erklärt|gesagt|geschrieben)|te l'abbiamo già (?:detto|spiegato)|já (?:te |lhe )?"
    r"(?:explicamos|dissemos)|we hebben (?:je|u) (?:dat )?al (?:uitgelegd|gezegd))\b",
    r"\bno hace falta escribir (?:tres|dos|varias|tantas) veces\b|\bno need to (?:write|post|"
    r"message|ask|tweet|comment) (?:three times|twice|again|multiple times|so many times)\b|"
    r"\bpas besoin d'écrire (?:trois|deux|plusieurs) fois\b|\bnon serve scrivere (?:tre|due|"
    r"più) volte\b|\bnão precisa escrever (?:três|duas|várias) vezes\b|\bcuando nos toque\b|"
    r"\bwhen we get (?:a)?round to it\b",
    r"\bor (?:the |your )?(?:warranty|guarantee) (?:won'?t|will not|doesn'?t|does not) "
    r"(?:cover|apply)\b",
    r"\b(?:comes?|came) from the (?:carrier|courier|bank|card issuer|post office|shipping "
    r"company), not (?:from )?us\b|\bquicker to (?:call|write|message|contact us) earlier\b|"
    r"\bif you want to avoid (?:long |the )?(?:holds|waits|queues|delays|hold times)\b|"
    r"\bthan (?:to )?post(?:ing)? (?:here|publicly|on here)\b",
    # "carrier estimates aren't guarantees" (now `blame_families_s15.TO_A_COMPLAINT`), "If
    # you check your tracking you'll probably see it shipped later", "a notice went to every
    # customer who bought one", "which is covered in our care guide. You should always dry
    # your tent" (scorer blind34).
    r"\bif you check your (?:tracking|"
    r"emails?|inbox|order|bank|statement)\b[^.!?]{0,40}\byou'?ll (?:probably |likely )?see\b|"
    r"\b(?:a )?notices? (?:went|was sent|were sent) (?:out )?to (?:every|all|each) (?:customers?|"
    r"buyers?|owners?)\b|\bwhich is (?:covered|explained|mentioned|described) in (?:our|the) "
    r"(?:care |size )?(?:guide|faq|instructions|label|manual|page)\b|\byou should always (?:dry|"
    r"store|check|read|make sure|keep|double-check|follow)\b",
    # Scorer blind35 (spent): "which is clearly in the policy", "Please double-check the
    # colour on your order confirmation".
    r"\bwhich is (?:clearly |all )?(?:in|stated in|explained in|written in|spelled out in) (?:the|"
    r"our) (?:\w+ )?(?:policy|faq|terms|page|guide)\b|\bdouble-?check the (?:colou?r|size|address|"
    r"item|variant|model) (?:on|in) your (?:order )?(?:confirmation|order|receipt)\b",
    # Scorer blind37 and blind38 (spent): "Sending several emails ... actually slows things
    # down", "the call may have dropped on your end", "maybe check you're on the right page
    # before calling us the worst", "is in our Returns Policy, which applies to every order".
    r"\b(?:actually |only )?slows? (?:things|it|everything|us|the process) down\b|\b(?:dropped|"
    r"failed|went wrong|cut out|disconnected) on your (?:end|side)\b|\bbefore calling us\b|"
    r"\bmaybe check (?:you'?re|that you|your)\b|\bwhich applies to (?:every|all|each) "
    r"(?:orders?|customers?|purchases?)\b",
    # Scorer blind39 and blind40 (spent): "come indicato al momento dell'ordine", "c'est
    # précisé avant la commande", "This is stated at checkout", "La próxima vez conviene leer
    # la guía de tallas", "das steht auch auf dem Etikett", "Could you double-check which
    # size was selected at checkout?", "which you should be doing after washing", "it would
    # have been sent to the address on your account".
    r"\b(?:indicat[oa]|précisé|indiqué|stated|shown|angegeben|indicado|aangegeven) (?:al "
    r"momento dell'ordine|avant la commande|at checkout|bei der bestellung|al hacer el pedido|no "
    r"momento da compra|bij het bestellen)\b|\bla próxima vez (?:conviene|hay que|deberías?|"
    r"mejor)\b|\bla prochaine fois,? (?:il faut|pensez|mieux vaut)\b|\bnächstes mal (?:bitte|"
    r"solltest|sollten)\b|\bla prossima volta (?:conviene|meglio|devi)\b|\bdas steht (?:auch |"
    r"doch |ja )?(?:auf dem etikett|in der anleitung|auf der website|in der beschreibung)\b|"
    r"\bdouble-?check which (?:size|colou?r|address|item|variant) (?:was|you) (?:selected|"
    r"picked|chose|chosen|entered)\b|\bwhich you should (?:be doing|have done|do)\b|\bit would "
    r"have been sent to\b",
]


# Session 11 families, from the spent scorer batches blind46 and blind47 (and blind48/49,
# below): the delay put
# down to how the customer asked ("sending the same request several times can slow down
# the response"), doubt that it has really been that long ("DM us if it's actually been 5
# business days"), doubt about the customer's care ("it's worth checking whether yours have
# been cared for as recommended"), and the usual cause named as a step the customer skipped
# ("many delays are caused by the link not being confirmed").
SESSION11_BLAME = [
    r"\b(?:can|will|may|might|does|do|only|just) (?:actually |really )?slow down (?:the|your|"
    r"our) (?:response|reply|replies|process|queue|answer|review|claim|refund)s?\b",
    r"\bif (?:it|this|that)(?:'s| has| is| was) (?:actually|really|truly) been\b",
    r"\bworth checking (?:whether|if|that) (?:yours|they|it|the \w+|your \w+) (?:have|has|had|"
    r"were|was) (?:really |actually )?been (?:properly |correctly )?(?:cared for|stored|treated|"
    r"conditioned|maintained|dried|washed|cleaned|looked after|used)\b",
    r"\b(?:many|most|often|usually|typically|generally)\b[^.!?]{0,40}\b(?:caused by|due to|come "
    r"from|comes from|happen because of)\b[^.!?]{0,40}\bnot being (?:clicked|confirmed|"
    r"verified|opened|checked|read|followed|entered|activated|completed|submitted)\b",
    # Scorer blind48 and blind49 (spent): "You really should double-check the code box
    # before you pay", "You most likely typed the billing address wrong, so get it right
    # this time", "Si hubieras leído nuestra política de reembolsos, sabrías que..." (and
    # "if you had read" in the other languages), "If you really want something done about
    # it", "It's not exactly complicated".
    r"\byou (?:really|honestly|definitely|seriously) should (?:always |really )?(?:double-?check|"
    r"check|read|make sure|look|pay (?:more )?attention|be (?:more )?careful|remember|follow)\b",
    r"\byou (?:most likely|probably|likely|must have|may have|might have|clearly)? ?(?:typed|"
    r"entered|put in|filled in|selected|picked|chose)\b[^.!?]{0,40}\b(?:wrong|wrongly|"
    r"incorrectly|by mistake)\b|\bget it right this time\b",
    r"\bsi (?:hubieras|hubiera|hubiese|hubieses|hubieran|hubiesen) (?:leído|leido|revisado|"
    r"mirado|comprobado|seguido|consultado)\b|\bsi (?:vous aviez|tu avais) (?:bien )?(?:lu|"
    r"vérifié|regardé|suivi|consulté)\b|\bse (?:avessi|avesse|aveste) (?:letto|controllato|"
    r"seguito|guardato)\b|\bwenn (?:sie|du) (?:\w+ ){0,4}(?:gelesen|geprüft|befolgt|beachtet) "
    r"(?:hätten|hättest)\b|\bals (?:je|u) (?:\w+ ){0,4}(?:had|hadt) (?:gelezen|gecontroleerd|"
    r"gevolgd)\b",
    # ("Don't worry, it's not complicated" reassures; "not exactly complicated" sneers.)
    r"\bif you really want (?:something|anything) (?:done|sorted|fixed)\b|\bnot exactly "
    r"(?:complicated|difficult|hard|tricky)\b",
]


# Flat contradictions and bare orders: rude only when the draft shows no empathy at all
# ("It's not a double charge. Check your shipping emails." vs. "Sorry for the confusion:
# it's not a double charge...").
CURT = [
    r"\bif you (?:think|believe|feel) " + _A_DEFECT,
    # (Scorer blind29: "Mildew from a tent stored wet counts as a care issue, so
    # unfortunately it isn't covered", after "sorry to see that", is a plain answer.)
    r"\b(?:care|storage|washing) (?:issue|problem|error|mistake)\b",
    # "Não enviamos para o Brasil. A lista de países está no checkout." (scorer blind31)
    r"\b(?:est[áa]|is|steht|staat|è) (?:no|en el|at|in the|im|bij de|al|au) checkout\b",
    # Scorer blind29 and blind30 (spent): "Bear spray to Alaska? No.", "Zippers are a wear
    # item, honestly."
    r"^[^.?!]{3,60}\? (?:no|nope|nah)\.|,? honestly[.!]|\b(?:is|are) (?:a |just a |simply a )?wear "
    r"(?:items?|parts?)\b",
    # (After "we're sorry" it invites a review, scorer blind30.)
    r"\bif you (?:think|feel|believe) (?:something|anything|we|there was something) (?:went|was|"
    r"is|did) wrong\b",
    r"(?:^|(?<=[.!?] ))(?:it'?s|that'?s|this is|there is|there'?s) not (?:a|an|any) "
    r"(?:double charge|mistake|error|bug|defect|fault|problem|issue)\b",
    r"(?:^|(?<=[.!?] ))(?:check|read|look at) your (?:\w+ )?(?:emails?|inbox|spam|bank|"
    r"statement|tracking|confirmation)\.",
    # ("Nee, dat kan niet." opens with its "no", scorer blind47.)
    r"^(?:(?:no|nope|nee|nein|non|não|nao)[,.!]? )?(?:não é possível|nao e possivel|no es "
    r"posible|ce n'est pas possible|non è possibile|das geht nicht|dat kan niet|not possible|"
    r"that'?s not possible)\.",
    # Pointing at the page, or a rule stated back at someone it just happened to.
    # ("The Ember 2.1 product page says outdoors only", scorer blind25.)
    r"(?:^|(?<=[.!?] ))(?:the|our) (?:[\w.]+ ){0,3}(?:page|listing|website|site|faq|policy|"
    r"checkout|description|banner|email) (?:says|states|said|shows|mentions|explains)\b",
    r"(?:^|(?<=[.!?] ))(?:\w+ )?\w+s (?:should never|shouldn'?t|should not|must not|must never) "
    r"be (?:used|left|stored|washed|dried|put|run|lit|charged|charging)\b",
    # Scorer blind12 (spent): "Dents can happen in transit", "so not sure what happened
    # there. Try chat?"
    # ("Tracking delays happen." needs no "can" when it is the whole sentence, scorer
    # blind46; "Most delays happen at customs" says where.)
    r"^(?:\w+ )?(?:dents|scratches|leaks|delays|these things|things like that|mistakes) (?:(?:can|"
    r"do) happen\b|happen[.!])|\bnot sure what happened there\b",
    # Scorer blind13 (spent): "Zips take a beating, it happens.", "You weren't charged
    # twice."
    r",? it happens\.|^(?:you|we) (?:weren'?t|were not|wasn'?t|was not) (?:charged|billed) "
    r"twice\b",
    # An upside-down smile or a shrug is an eye-roll without a word of sympathy, and a wry
    # "Argh, sorry about that 🙃" with one (scorer blind20).
    # (Scorer blind23: "Sorry for the 🙄 moment!" echoes the customer's own eye-roll.)
    "(?:\U0001f643|\U0001f937|\U0001f644)",
    # "so check your emails" after an apology explains where the second parcel's tracking is
    # (scorer blind23); without one it is a brush-off.
    r"\bso (?:keep an eye on|check|watch) your (?:inbox|email|emails|spam|mail)\b",
    # Scorer blind25 and blind26 (spent), said to a complaint with no word of sympathy:
    # "that's pretty standard everywhere", "the vast majority of our orders arrive without
    # any issues", "so this sounds like a one-off", "claims are handled in the order they
    # come in", "Auf den Zoll haben wir keinen Einfluss".
    r"\b(?:pretty|fairly|totally|completely) standard\b|\bstandard (?:everywhere|practice "
    r"everywhere)\b|\b(?:the )?(?:vast |overwhelming )?majority of (?:our )?(?:orders|parcels|"
    r"packages|deliveries|customers|claims|returns|stoves|boots|products)\b|\b(?:sounds|seems|"
    r"looks) like (?:a |just a )?(?:one-off|one off|fluke|rare (?:case|exception))\b|"
    r"\b(?:handled|processed|answered|dealt with) in the order (?:they|it|we) (?:come|came|are|"
    r"were|arrive|receive)\b|\bhaben wir keinen einfluss\b",
    # Scorer blind33, blind34 and blind36 (spent), said without sympathy: "Prices change,
    # that's not a scam", "that's how it works", "so there's nothing to update yet", "there
    # isn't much we can do from here", "Gift cards should be treated like cash, so it's
    # important to keep them somewhere safe", "We don't do interviews through this page.
    # Everything about the recall is already public".
    r"\b(?:that'?s|it'?s|this is|that is|it is) not a scam\b|\bthat'?s how (?:it|sales|pricing|"
    r"it all) works\b|\bnothing to update\b|\b(?:isn'?t|is not|wasn'?t) (?:much|anything) (?:we|"
    r"i|anyone) can do\b|\b(?:are|is|should be treated|work) (?:just )?like cash\b|\bit'?s "
    r"important to (?:keep|store|look after|read|check)\b|\bwe don'?t do interviews\b|\b(?:is|"
    r"are) already (?:public|online|on our (?:website|site))\b",
    # "Nobody is being punished. Sales happen" (scorer blind35).
    r"\b(?:nobody|no one|no-one) is being (?:punished|targeted|cheated|scammed|ignored)\b|"
    r"(?:^|(?<=[.!?] ))sales happen\b|"
    # "No. It says on the website ... Pick one.", "The site isn't hacked. ... Check your
    # shipping emails and you'll see." (scorer blind37).
    r"^no\.|(?:^|(?<=[.!?] ))pick one[.!]|\bit says on the (?:website|site|page|faq)\b|"
    r"(?:^|(?<=[.!?] ))(?:the |our )?(?:site|website|app|system|account) (?:isn'?t|is not|wasn'?t|"
    r"was not) hacked\b|\band you'?ll see[.!]|"
    # Scorer blind39 and blind40 (spent): "kein Grund zur Aufregung", "Yes, people work
    # here.", "We don't do discounts on request", "We don't
    # make exceptions", "It's been one weekend", "if you really want us to chase it".
    r"\bkein grund zur aufregung\b|^yes, (?:people|we|someone|humans) (?:work|works|do work) "
    r"here\b|\bwe don'?t do (?:discounts|exceptions|refunds|price matches)\b|"
    r"\bwe don'?t make exceptions\b|^it'?s (?:been )?(?:only |just )?(?:one|a|two) (?:weekend|"
    r"day|days)\b|\bif you really want us to\b|"
    # "..., which is why we ask customers to try boots on indoors" lectures when said cold; after
    # "We're sorry. We know how frustrating it is" it explains (scorer blind18 and blind37).
    r"\bwhich is (?:exactly )?why we\b(?! (?:can'?t|cannot|don'?t|do not|are unable|aren'?t "
    r"able))",
    # Scorer blind46 (spent), said without a word of sympathy: "It's on our shipping page.",
    # "Our hours are listed on the website:", "in questi casi conviene sempre aspettare
    # prima di acquistare" (wait before you buy, in the other languages too).
    r"^(?:it'?s|that'?s|this is|everything'?s) (?:all )?(?:on|in) (?:our|the) (?:[\w-]+ ){0,2}"
    r"(?:page|website|site|faq)[.!]|\b(?:are|is) (?:all |clearly )?(?:listed|posted|stated|"
    r"written) (?:on|in) the (?:website|site|faq)\b|\bprima di (?:acquistare|comprare)\b|"
    r"\bconviene sempre\b|\bavant d'acheter\b|\bbevor (?:du|sie) (?:kaufst|kaufen)\b|"
    r"\bvoordat (?:je|u) (?:iets )?koopt\b",
]


# Session 12 families, from the spent scorer batches blind50 and blind51: the lecture with
# its "you" left out ("Should've read the returns policy first"), doubting the customer's
# own checkout ("please double-check that you didn't pick orange") and naming their haste
# as the usual cause ("that happens a lot when people order in a rush"), and sneering at
# how much it matters ("hardly the end of the world", "not exactly an emergency", "DM us if
# it's really that urgent", "we do have opening hours, you know", an eye-roll after an
# apology).
SESSION12_BLAME = [
    r"(?:^|(?<=[.!?] )|(?<=, ))(?:should(?:'ve| have)|shoulda) (?:just |really |probably "
    r")?(?:read|checked|looked|double-checked|followed|measured|ordered|picked|chosen|"
    r"thought|known|asked)\b",
    r"\b(?:double-?check|check|make sure|confirm|see) (?:that |whether |if )?you (?:didn'?t|"
    r"did not|haven'?t|have not) (?:accidentally |mistakenly )?(?:pick|picked|select|selected|"
    r"choose|chose|order|ordered|enter|entered|type|typed|click|clicked|tick|ticked)\b",
    r"\bhappens? (?:a lot|often|all the time|quite a bit|constantly|frequently) when (?:people|"
    r"customers|folks|shoppers|buyers|you)\b|\bwhen (?:people|customers|folks|shoppers|you) "
    r"(?:order|shop|check out|buy|pay|rush)\w* (?:in a (?:rush|hurry)|too (?:fast|quickly))\b",
    r"\bhardly (?:the end of the world|an emergency|a crisis|a disaster|urgent|life or death|a "
    r"big deal|a tragedy)\b|\bnot exactly (?:an emergency|a crisis|a disaster|urgent|life or "
    r"death|a tragedy|the end of the world)\b",
    r"\bif (?:it'?s|it is|this is|that'?s|that is) (?:really |still |truly |actually |honestly )"
    r"?that (?:urgent|important|pressing|serious|bad|much of a (?:problem|deal))\b",
    r"(?<=, )you know(?=\s*(?:[.!?]|$|[^\w\s,]))",
    # An eye-roll is one whatever the apology before it (not "Sorry for the 🙄 moment").
    "(?<!the )\U0001f644",
]
