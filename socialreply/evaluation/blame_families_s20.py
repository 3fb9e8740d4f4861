"""Session 20's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind88-91 (spent) missed. Each is a mechanism in the seven supported languages, not the
batch's sentence:

- the counterfactual that puts the fault on the customer's side: "if someone had been home
  to take it in, this wouldn't have happened" (not "if we had ...", the team owning it);
- the reproach for timing or neglect: "rather than days before", "instead of ignoring
  them", "it really pays to read those reminders";
- "it would have been worth ordering ..." (pt "valia ter pedido"): advice about a choice
  already made;
- the customer's feeling minimised: "two days is hardly a reason to panic";
- the tautology that closes the subject: "opened is opened", "rules are rules";
- the put-down aside: "as we tell everyone who asks", "not much more to say", "nothing to
  complain about", "not sure this needed a public post", "sorry ..., I guess", "parcels
  don't just vanish", "just what boots do".

Each is said at the customer, so it counts after an apology too (the drafts that missed
all began with one).
"""

from __future__ import annotations

SESSION20_BLAME = [
    # The counterfactual with the customer (or their household) as the subject.
    r"\bif (?:you|someone|somebody|anyone|anybody)(?:'d| had)(?! not\b)[^.!?]{0,60}?\b(?:this|"
    r"that|it) (?:probably |likely |most likely |almost certainly )?(?:would(?:n't| not) have "
    r"(?:happened|been an issue|been a problem)|could have been avoided)\b|\b(?:this|that|it) "
    r"(?:probably |likely )?(?:would(?:n't| not) have happened|could have been avoided) if "
    r"(?:you|someone|somebody|anyone)(?:'d| had)\b|"
    r"\bsi (?:hubiera|hubieras|hubiese|alguien hubiera)\b[^.!?]{0,60}?\bno (?:habría|hubiera) "
    r"(?:pasado|ocurrido|sucedido)\b|\bsi (?:vous aviez|tu avais|quelqu'un avait)\b[^.!?]"
    r"{0,60}?\b(?:cela|ça|ceci) ne (?:serait|se serait) (?:probablement )?pas (?:arrivé|"
    r"produit)\b|\b(?:wenn|hätten) (?:sie|du|jemand)\b[^.!?]{0,60}?\bwäre (?:das|dies) "
    r"(?:wahrscheinlich |vermutlich )?nicht (?:passiert|geschehen)\b|\bse (?:avesse|avessi|"
    r"qualcuno avesse)\b[^.!?]{0,60}?\bnon sarebbe (?:probabilmente )?(?:successo|accaduto)\b|"
    r"\bse (?:você tivesse|tivesse|alguém tivesse)\b[^.!?]{0,60}?\bnão (?:teria|tinha) "
    r"(?:acontecido|ocorrido)\b|\bals (?:u|je|iemand)\b[^.!?]{0,60}?\bwas (?:dit|dat|het) "
    r"(?:waarschijnlijk )?niet gebeurd\b",
    # Reproach for timing or neglect: "rather than days before", "instead of ignoring them",
    # "it really pays to read those reminders".
    r"\b(?:rather than|instead of) (?:just )?(?:days|hours|the day|the night|a day|last "
    r"minute|at the last minute) before\b|\b(?:instead of|rather than) (?:ignoring|skipping|"
    r"deleting) (?:them|it|those|these|the)\b|\b(?:it )?(?:really |always )pays to (?:read|"
    r"check|open|keep an eye|look)\b|\ben vez de ignorarl[oa]s?\b|\bau lieu de les ignorer\b|"
    r"\bstatt sie zu ignorieren\b|\binvece di ignorarl[ei]\b|\bem vez de (?:as |os )?ignorar\b|"
    r"\bin plaats van ze te negeren\b",
    # "It would have been worth ordering/choosing ..." about a choice already made.
    r"\b(?:it )?would have been (?:worth|wise|smart|better) (?:ordering|choosing|checking|"
    r"reading|picking|going)\b|\bvalia (?:a pena )?ter (?:pedido|escolhido|verificado|lido|"
    r"comprado)\b|\bhabría valido la pena (?:pedir|elegir|revisar|haber)\b|\bil aurait valu "
    r"la peine de (?:commander|choisir|vérifier)\b|\bhätte sich gelohnt,? (?:\w+ )?(?:zu "
    r")?(?:bestellen|wählen|prüfen)\b|\bsarebbe valsa la pena (?:ordinare|scegliere|"
    r"controllare)\b|\bwas het de moeite waard geweest\b",
    # The customer's feeling minimised: "two days is hardly a reason to panic".
    r"\b(?:is|are|'s) hardly (?:a |any )?(?:reason|cause|grounds|call) (?:to|for)\b|\bapenas "
    r"es (?:motivo|razón) para\b|\bn'est guère une raison\b|\bist kaum ein grund\b|\bnon è "
    r"(?:certo|proprio) un motivo per\b|\bnão é (?:bem )?motivo para (?:pânico|entrar)\b|\bis "
    r"nauwelijks een reden\b|\bno reason to (?:panic|freak out|get upset|be upset)\b",
    # The tautology that closes the subject: "opened is opened", "rules are rules".
    r"\b(opened|used|worn|open|final|rules|policy|sold|late|expired|abierto|usado|ouvert|"
    r"utilisé|geöffnet|offen|benutzt|aperto|usato|aberto|geopend|gebruikt),? (?:is|are|es|"
    r"c'est|est|ist|sind|è|é|son|zijn) \1\b",
    # The put-down aside.
    r"\bas (?:we|i) (?:tell|say to|keep telling|have told|'ve told) (?:everyone|everybody|all|"
    r"anyone) (?:who|that)\b|\bcomo (?:le |les )?decimos a todos\b|\bcomme nous le disons à "
    r"tout le monde\b|\bwie wir (?:es )?jedem sagen\b|\bcome diciamo a tutti\b|\bcomo dizemos "
    r"a todos\b|\bzoals we iedereen vertellen\b|"
    r"\bnot much (?:more )?(?:else )?to say\b|\bnothing (?:really |much )?(?:more )?to "
    r"(?:complain about|add)(?: here)?\.?$|\bnothing (?:really )?to complain about\b|\bnot sure "
    r"(?:this|that|it) (?:needed|warranted|deserved|was worth) (?:a |its own )?(?:public|whole|"
    r"post)\b|\bthere you go\.?$|"
    r"\bsorry\b[^.!?]{0,40}, i guess\b|\b(?:don't|do not|doesn't|does not) (?:usually |normally "
    r"|generally |often )?just (?:vanish|disappear)\b|\bis (?:just|simply) what (?:\w+ ){1,2}"
    r"(?:do|does)\b",
]
