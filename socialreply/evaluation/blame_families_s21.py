"""Session 20's second round of blame and rudeness families for `blame_check.no_blame`, from
what scorer blind94-97 missed. Each is a mechanism in the supported languages, not the
batch's sentence:

- the cause put on the customer's omission: "it's probably because you hadn't given us the
  information we needed", "parce que vous ne nous aviez pas fourni", "weil Sie uns ... nicht
  angegeben haben";
- doubting the customer's own order with any subject: "are you sure orange wasn't selected
  at checkout?" (not only "are you sure you ...");
- the general observation about "customers" that names the customer's part: "conflicting
  answers usually happen when customers leave the order number out", "many customers
  mistake a pending authorisation for a charge", with "make sure you include it this time"
  and "read your statement more carefully";
- the duty laid on the customer with an adverb: "keeping them safe is really on you", "a
  decline is down to your own credit check, not our site";
- the check the customer should have made on delivery: "should be checked at the door
  before you accept a parcel";
- the put-down comparison with everywhere else: "Nope, Sundays are a day off, like pretty
  much everywhere".

Each is said at the customer, so it counts after an apology too.
"""

from __future__ import annotations

SESSION21_BLAME = [
    # The customer's omission as the cause.
    r"\b(?:because|since) you (?:didn'?t|did not|hadn'?t|had not|never) (?:\w+ )?(?:provide|"
    r"send|include|give|tell|mention|attach|fill|enter|add)\w*\b|"
    r"\bparce que (?:vous|tu) (?:ne |n')(?:nous |m')?(?:\w+ )?(?:aviez|avez|avais|as) pas "
    r"(?:\w+ )?(?:fourni|envoyé|indiqué|donné|précisé|joint|communiqué|mentionné)\b|"
    r"\bporque no (?:nos )?(?:\w+ )?(?:proporcionaste|proporcionó|enviaste|envió|indicaste|"
    r"indicó|diste|incluiste|incluyó)\b|\bweil (?:sie|du) uns (?:\w+ ){0,4}nicht (?:\w+ )?"
    r"(?:angegeben|mitgeteilt|geschickt|gesendet|genannt|beigefügt)\b|\bperché non (?:ci )?"
    r"(?:aveva|avevi|ha|hai) (?:\w+ )?(?:fornito|inviato|indicato|dato|allegato|comunicato)\b|"
    r"\bporque (?:você |o senhor |a senhora )?não (?:nos )?(?:\w+ )?(?:forneceu|enviou|"
    r"indicou|incluiu|informou)\b|\bomdat (?:u|je|jij) ons (?:\w+ ){0,4}niet (?:\w+ )?"
    r"(?:doorgegeven|gestuurd|vermeld|gegeven|meegestuurd)\b",
    # Doubting the customer's own order, whatever the subject.
    r"\bare you (?:sure|certain|positive) (?:\w+ ){1,3}(?:wasn'?t|weren'?t|was not|were not|"
    r"isn'?t|didn'?t|hadn'?t)\b|\b(?:estás|está|êtes-vous|es-tu|sind sie|bist du|sei|è|"
    r"tem|weet (?:u|je)) (?:segur[oa]|sûre?|sicher|sicur[oa]|certeza|zeker) (?:de )?(?:que|dass|"
    r"che|dat),? [^.!?]{0,40}\b(?:(?:no|nicht|non|não|niet)\s|n')",
    # The general observation about customers that names the customer's part.
    r"\b(?:usually|often|typically|mostly|generally|normally|tends? to) (?:happens?|occurs?|"
    r"comes? up|arises?) when (?:customers|people|folks|shoppers|buyers|you)\b|"
    r"\b(?:many|most|a lot of|lots of) (?:customers|people|shoppers) (?:mistake|confuse|misread|"
    r"misunderstand|mix up|forget|overlook|miss)\b|(?<!we'll )(?<!we will )(?<!i'll )(?<!i will )"
    r"(?<!we )(?<!i )\b(?:(?:make|be) sure (?:you|to|it'?s|they'?re|it is|they are)|remember "
    r"(?:to|you))\b[^.!?]{0,30}\bthis time\b|\b(?:read|check|look at|review) (?:\w+ ){0,3}"
    r"(?:more carefully|more closely)\b",
    # The duty laid on the customer, with an adverb.
    r"\b(?:is|was|'s|are) (?:really|all|entirely|totally|squarely|honestly|kind of|pretty "
    r"much|ultimately|very much) on you\b|\bdown to your own\b",
    # The check the customer should have made on delivery.
    r"\bbefore you (?:accept|sign for) (?:a|the|any|your) (?:parcel|package|delivery|box)\b",
    # The put-down comparison with everywhere else.
    r"\b(?:like|same as) (?:pretty much |basically |just about |almost )?(?:everywhere|"
    r"anywhere)(?: else)?\b",
]
