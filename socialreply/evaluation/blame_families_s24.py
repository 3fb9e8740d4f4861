"""Session 21's third round of blame and rudeness families for `blame_check.no_blame`, from
what scorer blind112-119 missed. Each is a mechanism in the supported languages, not the
batch's sentence:

- hope dashed and effort begrudged: "don't get your hopes up", "if you want us to bother
  checking", "ni lo intentes";
- the fault put on the customer as a verdict: "that's really on you", "you should really
  have sized up", "you should be choosing a safer delivery address", "il fallait bien
  vérifier", "il faudrait y aller plus doucement";
- the lecture on how to keep things: "gift cards should be treated like cash and kept
  somewhere safe", "make sure you give consistent information from now on", "next time
  please order earlier";
- sarcasm and scorn: "Did you try reading the card?", "there's no need for the dramatic
  tone", "honestly it's not complicated", "Come on, a marketplace seller?", "Pues sí, otra
  vez la misma pregunta".
"""

from __future__ import annotations

SESSION24_BLAME = [
    # Hope dashed, effort begrudged.
    r"\bdon'?t get your hopes up\b|\bne (?:vous faites|te fais) pas (?:trop )?d'illusions?\b|"
    r"\bno te hagas (?:muchas )?ilusiones\b|\bno se haga (?:muchas )?ilusiones\b|"
    r"\bmach (?:dir|euch) (?:mal )?keine (?:großen )?hoffnungen\b|\bmachen sie sich (?:mal )?"
    r"keine (?:großen )?hoffnungen\b|\bnon farti (?:troppe )?illusioni\b|\bnão (?:te )?"
    r"(?:crie|cries) (?:muitas )?expectativas\b|\bmaak je (?:maar )?geen (?:grote )?illusies\b",
    r"\bif you want (?:us|me) to (?:even )?bother\b|\bni lo intentes\b|\bni lo intente\b|"
    r"\bn'essayez même pas\b|\bn'essaie même pas\b|\bnon provarci nemmeno\b|\bnem tente\b|"
    r"\bversuch(?:en sie)? es gar nicht erst\b",
    # The fault as a verdict on the customer.
    r"\b(?:that'?s|that is|this is|it'?s|it is) (?:really |honestly |entirely |totally |all )"
    r"on you\b",
    r"\byou (?:really |honestly |probably )?should (?:really |honestly |probably )have "
    r"(?:sized|ordered|checked|read|looked|picked|chosen|gone)\b",
    r"\byou should (?:really |honestly )?be (?:choosing|picking|using|ordering|checking|"
    r"reading|keeping)\b",
    r"\bil (?:fallait|aurait fallu) (?:bien |mieux )?(?:vérifier|lire|regarder|relire|"
    r"contrôler|faire attention)\b",
    r"\bil faudrait (?:y aller|faire|manipuler|l'utiliser|les utiliser|la manipuler|le "
    r"manipuler) (?:\w+ )?(?:plus doucement|plus délicatement|avec plus de (?:soin|douceur|"
    r"précaution))\b|\bplus (?:doucement|délicatement) à l'avenir\b",
    # The lecture on how the customer should keep or tell things.
    r"\bshould (?:really |always )?be (?:treated|kept|stored|handled) (?:like|as) (?:cash|"
    r"money)\b",
    r"\bmake sure you (?:give|provide|send|use|keep) (?:us )?(?:consistent|the same|correct|"
    r"accurate) (?:information|details|info)\b",
    r"^(?:(?:we'?re|i'?m) sorry,? but )?next time,? please (?:order|check|read|measure|"
    r"choose|pick|double-check|make sure)\b|\bbut next time,? please (?:order|check|read|"
    r"measure|choose|pick|double-check|make sure)\b",
    # Sarcasm and scorn.
    r"\bdid you (?:try|think of|bother) (?:reading|looking at|checking)\b",
    r"\b(?:there'?s|there is) no need for (?:the|all the|that|this) (?:dramatic|dramatics|"
    r"drama|attitude|tone|theatrics)\b|\bno need (?:for|to be) (?:so )?dramatic\b",
    r"\b(?:honestly|seriously|really),? (?:it'?s|it is|this is|this isn'?t|it isn'?t) (?:not )?"
    r"(?:complicated|rocket science|hard|difficult)\b",
    r"^come on,? (?:a|an|the|really|seriously)\b",
    r"\b(?:pues sí|pues si),? otra vez\b|\botra vez la misma pregunta\b|\bencore la même "
    r"question\b|\bschon wieder (?:die|diese) gleiche frage\b|\bancora la stessa domanda\b|"
    r"\bde novo a mesma pergunta\b|\balweer dezelfde vraag\b",
    r"\bthat'?s all there is to it\b|\bnothing more for (?:me|us) to (?:look into|do|check)\b",
]
