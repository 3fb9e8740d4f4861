"""Session 19's families of blame and rudeness for `blame_check.no_blame`, from what scorer
blind84-87 (spent) missed. Each is a mechanism in the seven supported languages, not the
batch's sentence:

- counterfactual advice: what the customer should have chosen or done ("a faster shipping
  method would have been the better choice", "it should have been kept somewhere safe",
  "hätten Sie ... schonender behandeln können", "il fallait la vérifier");
- the duty put on the customer ("it's really up to you to check before paying", "keeping
  an eye on expiry dates is up to you"), not a choice left to them ("à vous de choisir",
  "that's completely up to you", both in good replies);
- "it was stated, though": "la puissance était pourtant indiquée", "stand doch auf der
  Seite", "eppure era indicato" (the masculine, singular forms were already listed);
- the obvious step, as a put-down ("have you tried the obvious thing?").

Over every labelled scorer file (the repo's and the spent blind82-87) these phrasings occur
only in drafts labelled blame or rude (session 19's count), so they always count.
"""

from __future__ import annotations

# Nouns for "choice" or "option" in each language.
_CHOICE = r"(?:choice|option|bet|call|idea|way to go)"

SESSION19_BLAME = [
    # "X would have been the better choice"; "habría sido la mejor opción", "aurait été un
    # meilleur choix", "wäre die bessere Wahl gewesen", "sarebbe stata la scelta migliore",
    # "teria sido a melhor escolha", "was de betere keuze geweest". Not "would be the better
    # choice", advice for an order still to come.
    r"\b(?:would|might)(?: have|'ve) been (?:a |the )?(?:much |far )?(?:better|smarter|safer|"
    r"wiser|best|right) " + _CHOICE + r"\b|\b(?:habría|hubiera) sido (?:la |una )?(?:mejor|"
    r"más (?:segura|sensata)) (?:opción|elección)\b|\baurait été (?:le |un )?(?:meilleur|plus "
    r"judicieux|plus sûr) (?:choix|option)\b|\bwäre (?:die|eine) (?:bessere|sicherere|"
    r"klügere) (?:wahl|option) gewesen\b|\bsarebbe stat[ao] (?:la |una )?(?:scelta|opzione) "
    r"(?:migliore|più sicura)\b|\bteria sido (?:a |uma )?(?:melhor|mais segura) "
    r"(?:escolha|opção)\b|\bwas (?:de|een) (?:betere|veiligere|slimmere) (?:keuze|optie) "
    r"geweest\b",
    # What the customer should have done with the item: "it should have been kept somewhere
    # safe", "debería haberse guardado", "aurait dû être conservée", "hätte sicher
    # aufbewahrt werden müssen", "avrebbe dovuto essere custodita", "deveria ter sido
    # guardado", "had veilig bewaard moeten worden". Not "should have been refunded" (the
    # team's lapse, in good replies).
    r"\bshould(?: have|'ve) been (?:kept|stored|treated|handled|looked after|put away) "
    r"(?:somewhere|in a|more|with|like|safely|carefully)\b|\bdebería haberse (?:guardado|"
    r"conservado)\b|\baurait dû être (?:conservée?s?|rangée?s?|gardée?s?)\b|\bhätte (?:\w+ )?"
    r"(?:aufbewahrt|verwahrt) werden (?:müssen|sollen)\b|\bavrebbe dovuto essere "
    r"(?:conservat|custodit)[oa]\b|\bdeveria ter sido (?:guardad|conservad)[oa]\b|\bhad "
    r"(?:\w+ )?bewaard moeten worden\b",
    # "hätten Sie ... schonender behandeln können": a comparative of care with "could have"
    # ("Sie hätten ... früher prüfen sollen"), not "Sie hätten ... erhalten sollen" (our
    # lapse) nor "hätten Sie nicht ... müssen" (sympathy).
    r"\b(?:hätten sie|sie hätten|hättest du|du hättest)\b(?:(?! nicht\b)[^.!?]){0,60}?\b"
    r"(?:schonender|sorgfältiger|vorsichtiger|pfleglicher|genauer|besser|früher|rechtzeitig) "
    r"(?:\w+ )?(?:behandeln|pflegen|aufbewahren|prüfen|lesen|wählen|bestellen|nachsehen|"
    r"kontrollieren|waschen|lagern) (?:können|sollen|müssen)\b",
    # "il fallait la vérifier avant d'ouvrir": the object pronoun the lists did not allow
    # ("il fallait vérifier" is listed).
    r"\bil (?:vous |te )?(?:fallait|aurait fallu) (?:l[ae] |les |l')(?:vérifier|lire|"
    r"regarder|consulter|contrôler|choisir)\b",
    # The duty put on the customer: "it's (really) up to you to check", "keeping an eye on
    # expiry dates is really up to you"; "depende de ti comprobar", "c'est à vous de
    # vérifier", "liegt in Ihrer Verantwortung", "sta a te controllare", "cabe a si
    # verificar", "is aan jou om te controleren".
    r"\b(?:it'?s|it is|that'?s|that is|was) (?:really |entirely |ultimately |always )?up to "
    r"you to (?:check|make sure|verify|keep|watch|track|look|read|confirm|notice|get in "
    r"touch|contact|remember)\b|\b(?:keeping|checking|tracking|watching) [^.!?]{0,40} is "
    r"(?:really |entirely |ultimately )?(?:up to you|your (?:job|responsibility))\b|"
    r"\bdepende de (?:ti|usted) (?:comprobar|revisar|verificar|fijarte|fijarse)\b|\bc'est à "
    r"(?:vous|toi) de (?:vérifier|surveiller|contrôler|faire attention|lire)\b|\bliegt in "
    r"(?:ihrer|deiner) verantwortung\b|\bsta a (?:te|lei) (?:controllare|verificare)\b|\bcabe "
    r"a (?:si|você|ti) (?:verificar|confirmar|controlar)\b|\bis aan (?:jou|u) om (?:te )?"
    r"(?:controleren|checken|letten)\b",
    # "It was stated, though", with the participle's agreement: "était pourtant indiquée",
    # "sont pourtant indiquées"; "stand doch auf der Seite", "war doch angegeben"; "eppure
    # era indicato"; "y eso que estaba indicado"; "e no entanto estava indicado"; "stond
    # toch op de site".
    r"\bpourtant (?:bien |clairement )?(?:indiqu|écrit|précis|mentionn|affich|signal|"
    r"expliqu|détaill)\w*|\b(?:stand|standen) (?:doch|ja) (?:\w+ )?(?:auf|in|im|bei)\b|"
    r"\bwar (?:doch|ja) (?:\w+ )?(?:angegeben|beschrieben|vermerkt|aufgeführt)\b|\beppure "
    r"(?:era|erano|è|sono) (?:\w+ )?(?:indicat|scritt|specificat|riportat)\w*|\by eso que "
    r"(?:estaba|está|lo pone|lo dice)\b|\bno entanto,? (?:estava|está) (?:indicad|escrit)\w*|"
    r"\bstond (?:er )?toch (?:\w+ )?(?:op|in|bij|vermeld)\b",
    # The obvious step as a put-down: "have you tried the obvious thing?", "¿probaste lo
    # obvio?", "avez-vous essayé le plus évident ?", "haben Sie das Offensichtliche
    # versucht?", "hai provato la cosa più ovvia?", "já tentou o óbvio?", "heb je het
    # voor de hand liggende geprobeerd?".
    r"\b(?:tried|checked|done|looked (?:in|at)) the (?:most )?obvious\b|\b(?:probado|"
    r"probaste|revisado|revisaste) lo (?:más )?obvio\b|\b(?:essayé|vérifié) (?:le plus "
    r"évident|l'évidence)\b|\bdas offensichtliche (?:versucht|geprüft|nachgesehen)\b|"
    r"\b(?:provato|controllato) (?:la cosa più ovvia|l'ovvio)\b|\b(?:tentou|tentaste|"
    r"verificou) o (?:mais )?óbvio\b|\bhet (?:meest )?voor de hand liggende "
    r"(?:geprobeerd|gecontroleerd)\b",
]
