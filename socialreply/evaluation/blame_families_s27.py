"""Session 22's second round of blame families for `blame_check.no_blame`, from what scorer
blind135-149 missed. Each is a mechanism that recurred across batches, written for the
supported languages rather than for the batch's sentence. Over every labelled draft (97
files in benchmarks/data and blind104-149 pending) the patterns match 53 drafts (43
labelled blame, 10 rude), no good draft:

- rough handling as the cause, or more care as the cure: "please be gentler with it",
  "seams can give way if a jacket is yanked on roughly", "une fermeture casse quand on
  force", "avez-vous bien manipulé la fermeture ?", "con un po' più di attenzione";
- the trouble called avoidable: "this could easily have been avoided", "non sarebbe
  successo", "including your order number would have helped us find your case sooner",
  "the sizes should really have been checked before the order was submitted";
- the customer's end named: "a bit of a miss on your end", "down to that choice", "usually a
  customer mistake", "c'est le client qui s'est trompé";
- the care not taken: "the boots weren't looked after properly", "leaks usually come from
  not following the care instructions", "the jacket wasn't washed the way the care label
  says";
- the wrong pick asked about or guessed: "Did you type the wrong address?", "the email was
  probably mistyped at checkout";
- the rude: "not sure why it needs a post", "no hace falta que lo vuelvas a preguntar", "did
  you honestly expect us to resell muddy boots?", "a couple of days isn't the end of the
  world", "lees de voorwaarden gewoon even".
"""

from __future__ import annotations

SESSION27_BLAME = [
    # Rough handling as the cause, more care as the cure.
    r"\b(?:be|being) (?:a (?:bit|little) |more |much )?gentler\b|\bwith (?:a bit |a little )?"
    r"more care\b|\b(?:yanked|tugged|forced|pulled) (?:on )?(?:roughly|too hard|hard)\b|"
    r"\bquand on (?:force|tire) (?:dessus|trop)?|\bavec plus de (?:soin|douceur|précaution)\b|"
    r"\bavec douceur ?\?|\bavez-vous bien (?:manipulé|lu|vérifié|suivi)\b|\bcon (?:un po['’] )?"
    r"più (?:di )?(?:attenzione|cura|delicatezza)\b|\bcon (?:un poco )?más (?:de )?(?:cuidado|"
    r"atención|delicadeza)\b|\bcom (?:um pouco )?mais (?:de )?(?:cuidado|atenção|delicadeza)\b|"
    r"\bmit (?:etwas )?mehr (?:Sorgfalt|Vorsicht|Gefühl)\b|\bmet (?:wat )?meer (?:zorg|"
    r"voorzichtigheid|aandacht)\b",
    # The trouble called avoidable.
    r"\bcould (?:easily |so easily |have easily )?(?:have|'ve) been (?:avoided|prevented)\b|"
    r"\bnon sarebbe successo\b|\bno (?:habría|hubiera) pasado\b|\bne serait pas arrivée?\b|"
    r"\bnão teria acontecido\b|\bwäre (?:das )?nicht passiert\b|\bwas (?:dit|het) niet "
    r"gebeurd\b|\bwould have helped (?:us )?(?:\w+ ){0,4}(?:sooner|faster|quicker)\b|\bshould "
    r"(?:really )?have been (?:checked|reviewed|double-checked) before\b",
    # The customer's end named.
    r"\b(?:miss|mistake|error|slip) on your (?:end|side|part)\b|\bdown to (?:that|your) "
    r"(?:choice|decision)\b|\b(?:usually|often|typically|mostly) (?:a |the )?customer "
    r"(?:mistake|error)\b|\bc'est (?:le|la) client\w* qui s'est tromp",
    # The care not taken.
    r"\b(?:weren'?t|wasn'?t|were not|was not|hasn'?t been|haven'?t been) (?:looked after|cared "
    r"for|maintained|treated) (?:properly|correctly|right|well)\b|\bfrom not following the "
    r"care\b|\b(?:wasn'?t|weren'?t) washed the way\b",
    # The wrong pick asked about or guessed.
    r"\b(?:did you|have you|could you have) (?:accidentally |maybe |perhaps )?(?:type|typed|"
    r"enter|entered|put in|pick|picked|choose|chose|select|selected|order|ordered|click|"
    r"clicked) (?:the |a )?wrong\b|\b(?:was|were|got) (?:probably|likely|most likely|almost "
    r"certainly|maybe|perhaps) (?:mistyped|typed wrong|entered wrong|misspelled|misspelt|"
    r"entered incorrectly)\b",
    # The rude: why ask at all, don't ask again, the rhetorical question, the trouble made
    # small, "just read it".
    r"\bnot sure why (?:it|this|that|you)\w* (?:needs?|needed|had|has|have)\b|\bno hace falta "
    r"que (?:lo |me |nos )?(?:vuelvas|vuelva|vuelvan) a (?:preguntar|escribir)\b|\bpas besoin "
    r"de (?:le |nous )?redemander\b|\bno need to ask (?:again|twice)\b|\bnon serve "
    r"(?:richiederlo|chiederlo di nuovo)\b|\bnão precisa (?:de )?perguntar (?:de novo|outra "
    r"vez)\b|\bbrauchst (?:du )?nicht nochmal (?:zu )?fragen\b|\bhoef je niet (?:nog eens|"
    r"opnieuw) te vragen\b",
    r"\bdid you (?:honestly|really|seriously|actually) (?:expect|think)\b|\b(?:isn'?t|is not|"
    r"not) the end of the world\b|\bit'?s just (?:boots|a jacket|a tent|shoes|a pack)\b|"
    r"\b(?:lees|lezen) (?:de voorwaarden|het|even) (?:gewoon|even)\b|\bgewoon even (?:lezen|"
    r"kijken)\b",
]
