"""Session 21's second round of blame and rudeness families for `blame_check.no_blame`, from
what scorer blind108-111 missed. Each is a mechanism in the supported languages, not the
batch's sentence:

- the sarcastic opener "Uh, yes?" / "Um, no 🙄" before an answer, "like it says
  everywhere", "which isn't exactly a secret", "try calling when we're actually open";
- the counterfactual with an irregular verb: "if you'd kept an eye on your inbox" (the
  older rule took "-ed" verbs and a few others), and the German du-form in question word
  order, "Da hättest du einfach besser aufpassen ... müssen" (the older rule had "du
  hättest" only) with "hätten Sie" in the same order before "sollen/müssen";
- a guess at rough handling asked as a question: "misschien heb je het pakket iets te ruw
  opengemaakt?", "maybe you opened it a bit roughly?", in each language;
- neglect as the usual cause in the present perfect: "leaks like this usually happen when
  a shell hasn't been cared for properly", and "check your washing routine first";
- the cost put on the customer: "the fee is really down to you".

`SESSION23_CURT` holds the reminder "pour rappel" and its translations, moved here from
`blame_phrases.SESSION6_BLAME`: it lectures only where the reply shows no regret ("Pour
rappel, un article erroné doit être signalé dans les 14 jours", scorer blind8); after
"Nous sommes sincèrement désolés" it recalls a warranty in the customer's favour (scorer
blind110's good reply).
"""

from __future__ import annotations

SESSION23_BLAME = [
    # The sarcastic opener and the pointer to where it is written.
    # The opener as a question or with an eye-roll ("Uh, yes?", "Uh, no 🙄"), in each
    # language ("Euh, oui ?", "Äh, ja?"); "Um, yes, we ship there!" hesitates.
    r"^(?:uh|uhh|um|umm|erm|euh|äh|ähm|ehm|hã|uhm), (?:yes|no|yeah|nope|yep|oui|non|ja|nein|sí|"
    r"si|sim|não|nee)(?: ?\?| ?🙄)",
    r"\b(?:like|as) it says (?:everywhere|all over|literally everywhere)\b|\b(?:is|was|are|were)"
    r"(?:n'?t| not) exactly (?:a secret|news|hidden|a mystery)\b|\bwhen we(?:'re| are) "
    r"actually (?:open|available|here|in)\b",
    # The counterfactual with an irregular past participle.
    r"\bif you(?:'d| had) (?:just |simply |only |actually )?(?:kept|held|made|bought|"
    r"caught|thought|told|spent)\b",
    # The same counterfactual with its result denied, where the earlier rules had none:
    # "Wenn du dein Postfach im Blick behalten hättest, wären die Punkte nicht verfallen",
    # "Si vous aviez surveillé votre boîte mail, vous ne les auriez pas perdus", "Als je je
    # inbox in de gaten had gehouden, was je ze niet kwijtgeraakt".
    r"\bwenn (?:du|sie|ihr) [^.!?]{1,60}\b(?:hättest|hätten|hättet),? (?:wäre|wären|wärst|"
    r"hättest|hätten|hättet)\b[^.!?]{0,50}\bnicht\b|"
    r"\bsi (?:vous|tu) (?:aviez|avais|étiez|étais)\b[^.!?]{1,60}?,? (?:vous|tu) (?:ne |n')"
    r"(?:\w+ |l')?(?:auriez|aurais|seriez|serais)\b|"
    r"\bals (?:je|u|jij) [^.!?]{1,60}\b(?:had|hadden)(?: \w+)?,? (?:was|had|waren|hadden|"
    r"zou|zouden) (?:je|u|jij)\b[^.!?]{0,40}\bniet\b",
    # German modal past in question order ("Da hättest du ... müssen"); "hätten Sie" only with
    # "sollen/müssen" after it and not of what the customer should have received.
    r"\b(?:hättest du|hättet ihr)\b|\bhätten sie (?:(?!nicht\b|bekommen\b|erhalten\b)\w+ ){0,8}"
    r"(?:sollen|müssen)\b",
    # "Maybe you opened it a bit too roughly?" in each language.
    r"\b(?:maybe|perhaps|possibly)\b[^.!?]{0,50}\b(?:(?:a bit |a little |too |rather )?"
    r"(?:roughly|forcefully)|too hard(?! to))\b|"
    r"\b(?:misschien|wellicht|mogelijk)\b[^.!?]{0,50}\bte (?:ruw|hard|strak|krachtig|grof|"
    r"ruig|heet)\b|"
    r"\b(?:vielleicht|eventuell|möglicherweise)\b[^.!?]{0,50}\bzu (?:grob|fest|ruppig|unsanft|"
    r"kräftig|heiß)\b|"
    r"\bpeut-être\b[^.!?]{0,50}\btrop (?:brutalement|fort|violemment|brusquement)\b|"
    r"\b(?:quizás?|tal vez|a lo mejor)\b[^.!?]{0,50}\b(?:con (?:demasiada|mucha) fuerza|"
    r"demasiado (?:fuerte|brusco|bruscamente))\b|"
    r"\bforse\b[^.!?]{0,50}\b(?:con troppa forza|troppo (?:forte|bruscamente|energicamente))\b|"
    r"\btalvez\b[^.!?]{0,50}\b(?:com (?:muita|demasiada) força|(?:muito|demasiado) "
    r"(?:bruscamente|forte))\b",
    # Neglect as the usual cause: "usually happen when a shell hasn't been cared for".
    r"\b(?:usually|typically|often|generally|normally|mostly|almost always)\b[^.!?]{0,40}?"
    r"\b(?:when|if|because)\b[^.!?]{0,40}?\b(?:hasn'?t|haven'?t|hadn'?t|wasn'?t|weren'?t|"
    r"isn'?t|aren'?t|has not|have not|was not|were not) been (?:\w+ )?(?:cared for|maintained|"
    r"cleaned|washed|dried|stored|reproofed|re-proofed|treated|looked after)\b|"
    r"\bcheck your (?:washing|care|cleaning|storage|drying) (?:routine|habits)\b",
    # The same in the other languages: "suelen pasar cuando la chaqueta no se ha cuidado bien",
    # "entstehen meist, wenn die Jacke nicht richtig gepflegt wurde".
    r"\b(?:suele|suelen|normalmente|casi siempre|generalmente)\b[^.!?]{0,40}\bcuando\b"
    r"[^.!?]{0,40}\bno se (?:ha|han) (?:\w+ )?(?:cuidado|lavado|secado|guardado|mantenido)\b|"
    r"\b(?:meist|meistens|normalerweise|oft|häufig|in der regel)\b[^.!?]{0,40}\bwenn\b"
    r"[^.!?]{0,40}\bnicht (?:richtig |korrekt |ordentlich |gut )?(?:gepflegt|gewaschen|"
    r"getrocknet|gelagert|imprägniert)\b|"
    r"\b(?:souvent|généralement|en général|habituellement)\b[^.!?]{0,40}\b(?:quand|lorsque|"
    r"si)\b[^.!?]{0,40}\b(?:n'a|n'ont|n'est|ne sont) pas (?:été )?(?:bien |correctement )?"
    r"(?:entretenu|lavé|séché|rangé)\w*|"
    r"\b(?:di solito|spesso|in genere|generalmente)\b[^.!?]{0,40}\bquando\b[^.!?]{0,40}\bnon "
    r"(?:è|sono) stat[oaie] (?:\w+ )?(?:curat|lavat|asciugat|conservat|mantenut)\w*|"
    r"\b(?:geralmente|normalmente|muitas vezes)\b[^.!?]{0,40}\bquando\b[^.!?]{0,40}\bnão "
    r"(?:foi|foram|é|são) (?:bem )?(?:cuidad|lavad|secad|guardad|mantid)\w*|"
    r"\b(?:meestal|vaak|doorgaans)\b[^.!?]{0,40}\b(?:als|wanneer)\b[^.!?]{0,40}\bniet (?:goed |"
    r"juist )?(?:onderhouden|gewassen|gedroogd|opgeborgen|verzorgd)\b",
    # The cost put on the customer.
    r"\b(?:is|was|'s) (?:really |entirely |all |completely |simply )?down to you\b",
]

# Lectures only without a word of regret (`blame_check._CURT_RE`).
SESSION23_CURT = [
    r"\bpour rappel\b|\bzur erinnerung\b|\bter herinnering\b|\bcome promemoria\b",
]
