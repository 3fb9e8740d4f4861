"""Session 18's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind81 (in the repo) and blind82/83 (spent) missed. Each is a mechanism in the seven
supported languages, not the batch's sentence:

- the writer points to where the answer was written as a rebuke ("as our payment page
  already says", "it's all on our site, you only had to read it", "era só ler");
- the writer waves the customer's reading away ("and that's all this is", "tutto qui");
- the writer helps grudgingly or doubts the customer ("I suppose we can", "if you really
  still have the card number", "send it over and we'll see");
- the writer presumes the customer's own slip with a hedge ("usually happens when the
  address wasn't typed quite right", "your message most likely went to the wrong address",
  "it's likely our replies went to your spam").

Over every labelled scorer file these phrasings occur only in drafts labelled rude or
blame (session 18's count), so they always count.
"""

from __future__ import annotations

# Where it is written, with a word that says the customer should have looked: "already",
# "plainly", "literally" (`blame_check` has "as our policy clearly says").
_WRITTEN_PLACE = (
    r"(?:page|site|website|faq|policy|policies|terms|listing|description|guide|chart|label|"
    r"instructions|email|confirmation|checkout|help cent(?:er|re))s?"
)

SESSION18_BLAME = [
    # "As our payment page already says", "as the FAQ plainly states"; "como ya dice nuestra
    # web", "comme l'indique déjà notre site", "wie auf unserer Website bereits steht", "come
    # già indicato sul nostro sito", "como já diz o nosso site", "zoals al op onze site staat".
    r"\bas (?:our|the) (?:[\w-]+ ){0,2}" + _WRITTEN_PLACE + r" (?:already|plainly|literally|"
    r"just|also|itself) (?:says|said|states|stated|explains|shows|mentions|notes|spells out|"
    r"tells you)\b|\bcomo ya (?:dice|indica|explica) (?:nuestra|la) (?:página|web|"
    r"política|faq)\b|\bcomme (?:l'indique|le dit|le précise|l'explique) déjà (?:notre|la) "
    r"(?:page|site|politique|faq)\b|\bwie (?:auf|in) (?:unserer|der) (?:website|seite|faq|"
    r"richtlinie) (?:bereits|schon|doch) (?:steht|erklärt)\b|\bcome già (?:indicato|scritto|"
    r"spiegato|riportato) (?:sul nostro sito|nella (?:nostra )?pagina|nelle faq)\b|\bcomo já "
    r"(?:diz|indica|explica) (?:o nosso site|a nossa página|a (?:nossa )?política)\b|\bzoals "
    r"(?:al|reeds) (?:op|in) (?:onze|de) (?:site|website|pagina|faq) (?:staat|vermeld)\b",
    # "You only had to read it", after pointing at the page: "it's all on the website.", "era
    # só ler", "bastava ler", "bastaba con leer", "il suffisait de lire", "hätten Sie nur
    # nachlesen müssen", "bastava leggere", "had je gewoon kunnen lezen".
    r"\byou (?:just |only |simply )?(?:had|needed) to (?:read|look|check|scroll)\b|"
    r"(?:^|(?<=[.!?] ))(?:it'?s|that'?s|this is|it is) (?:all )?(?:right )?(?:there )?(?:on|in) "
    r"(?:our|the) (?:site|website|faq|page|help cent(?:er|re))[.!]|\b(?:era|é) só ler\b|"
    r"\bbastava (?:ler|leggere|guardare)\b|\bsarebbe bastato leggere\b|\bbastaba con (?:leer|"
    r"mirar)\b|\b(?:solo|sólo) (?:tenías|tenía|había) que (?:leer|mirar)\b|\bil (?:vous |te )?"
    r"suffisait de (?:lire|regarder)\b|\b(?:nur|einfach) (?:nachlesen|lesen) müssen\b|"
    r"\bsteht (?:doch|ja) (?:alles )?(?:auf|in) (?:unserer|der) (?:website|seite|faq)\b|"
    r"\b(?:had|hadden) (?:je|u) (?:gewoon |even )?kunnen (?:lezen|zien|nalezen)\b|\bstaat "
    r"(?:gewoon|toch) (?:op|in) (?:onze|de) (?:site|website|faq|pagina)\b",
    # The customer's reading waved away: "and that's all this is", "tutto qui.", "das ist
    # alles.", "é só isso.", "meer is het niet.", "no es más que eso", "ce n'est rien de plus".
    r"\bthat'?s all (?:this|it|that) (?:is|was)\b|(?:^|(?<=[.!?] ))(?:tutto qui|das ist alles|"
    r"é só isso|meer is het niet|mehr ist es nicht|no es más que eso|ce n'est rien de plus)"
    r"[.!]",
    # Grudging help and doubt: "I suppose we can", "I guess we can ... if you really need us
    # to", "if you really still have the card number", "send it over and we'll see";
    # "supongo que podemos", "je suppose qu'on peut", "meinetwegen können wir", "suppongo che
    # possiamo", "suponho que podemos", "ik neem aan dat we wel kunnen".
    r"\bi (?:suppose|guess) (?:we|i) (?:can|could)\b|\bif you (?:really|truly) (?:still )?"
    r"(?:have|had) (?:the|your|it)\b|\bif you (?:really|truly) need us to\b|\band we'?ll see[.!]|"
    r"\bsupongo que (?:podemos|podríamos|se puede)\b|\bje suppose (?:qu'on|que nous) "
    r"(?:peut|pourrait|pouvons|pourrions)\b|\bmeinetwegen\b|\bsuppongo che (?:possiamo|"
    r"potremmo|si possa)\b|\bsuponho que (?:podemos|possamos|poderíamos)\b|\bik neem aan dat "
    r"(?:we|wij) (?:\w+ ){0,3}wel (?:kunnen|kan)\b",
    # The customer's slip presumed, with a hedge: "usually happens when the address wasn't
    # typed quite right", "your message most likely went to the wrong address or was never
    # sent properly"; "probablemente no se escribió bien", "n'a probablement pas été saisie
    # correctement", "wurde wahrscheinlich falsch eingegeben", "probabilmente è stato
    # digitato male", "provavelmente foi mal escrito", "is waarschijnlijk verkeerd ingevuld".
    r"\b(?:usually|typically|normally|often|most likely|probably|likely|almost certainly|most "
    r"often|generally|presumably)\b[^.!?]{0,60}?\b(?:(?:wasn'?t|weren'?t|was not|were not|was "
    r"never|were never|never) (?:\w+ )?(?:typed|entered|spelled|filled in|filled out|sent|"
    r"submitted|written|keyed in|addressed)(?: in| out)? (?:quite |fully |exactly )?(?:properly|"
    r"correctly|right|in full)|went to (?:the |a )?wrong (?:address|email|inbox|account)|"
    r"(?:was|were) (?:mistyped|misspelled|misentered|mis-typed))\b|"
    r"\b(?:probablemente|seguramente|normalmente)\b[^.!?]{0,40}?\b(?:(?:no )?se (?:escribió|"
    r"introdujo|envió) (?:mal|bien)|(?:fue|se envió) a (?:una|la) dirección equivocada)\b|"
    r"\b(?:probablement|sûrement|généralement)\b[^.!?]{0,40}?\b(?:(?:pas|jamais) été "
    r"(?:correctement )?(?:saisie?|envoyée?|tapée?)|mal (?:saisie?|tapée?|orthographiée?)|"
    r"(?:partie?|envoyée?) à la mauvaise adresse)\b|"
    r"\b(?:wahrscheinlich|vermutlich|meistens|normalerweise)\b[^.!?]{0,40}?\b(?:(?:falsch|nicht "
    r"richtig) (?:eingegeben|getippt|geschrieben|abgeschickt)|an die falsche adresse)\b|"
    r"\b(?:probabilmente|di solito|sicuramente)\b[^.!?]{0,40}?\b(?:(?:digitat|inserit|scritt|"
    r"inviat)[oa] (?:male|in modo errato)|(?:non è stat[oa]|mai) (?:inviat|digitat)[oa] "
    r"correttamente|all'indirizzo sbagliato)\b|"
    r"\b(?:provavelmente|normalmente|geralmente)\b[^.!?]{0,40}?\b(?:mal (?:digitad|escrit|"
    r"introduzid|preenchid)[oa]|não foi (?:bem |corretamente )?enviad[oa]|para o endereço "
    r"errado)\b|"
    r"\b(?:waarschijnlijk|meestal|vaak)\b[^.!?]{0,40}?\b(?:(?:verkeerd|niet goed) (?:ingevuld|"
    r"getypt|ingevoerd|verstuurd)|naar het verkeerde adres)\b",
    # The team's message guessed lost in the customer's spam, with the subject in between:
    # "it's likely our replies went to your spam" (`blame_families_s17` has "our reminder
    # probably went to your spam").
    r"\b(?:probably|likely|most likely|must have|almost certainly|surely) (?:[\w']+ ){2}(?:went|"
    r"ended up|landed|gone|got lost|wound up) (?:to|in|into) (?:your|the) (?:spam|junk|"
    r"promotions)\b",
]
