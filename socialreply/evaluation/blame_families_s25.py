"""Session 21's fourth round of blame and rudeness families for `blame_check.no_blame`, from
what scorer blind120-127 missed. Each is a mechanism in the supported languages, not the
batch's sentence:

- the fault as a verdict: "this one's really on you", "keeping it crammed ... was your
  mistake", "you should really be treating them regularly";
- the checkout lecture: "please double-check the inseam you select at checkout next time",
  "since it's easy to tap the wrong one";
- the customer's trouble made small: "ten days really isn't long given how many complaints
  we deal with", "that's shipping for you", "that's your bank, not us", "Sin dramas, por
  favor";
- the team's comfort over the customer's: "le dimanche on se repose, comme tout le monde",
  "à vous de patienter", "sería más fácil para todos si intentaras escribir en inglés".
"""

from __future__ import annotations

_PLEASE = (
    r"(?:please|por favor|s'il vous plaît|s'il te plaît|bitte|per favore|alsjeblieft|"
    r"alstublieft)"
)

SESSION25_BLAME = [
    # The fault as a verdict on the customer.
    r"\b(?:this one'?s|this one is|that one'?s|that one is) (?:really |honestly |entirely |"
    r"totally |all )?on you\b",
    r"(?<!not )(?<!n't )\b(?:was|were) (?:all )?your (?:own )?mistake\b|\b(?:c'était|c'est) "
    r"(?:votre|ton) erreur\b|\bfue (?:tu|su) (?:propio )?error\b|\bwar (?:ihr|dein) "
    r"(?:eigener )?fehler\b|\b(?:è|era) stato (?:un )?(?:tuo|suo) errore\b|\bfoi (?:um )?"
    r"(?:erro )?(?:seu|teu) erro\b|\bfoi um erro (?:seu|teu)\b|\bwas (?:je|uw|jouw) "
    r"(?:eigen )?fout\b",
    r"\byou should (?:really |honestly |probably )?be (?:treating|conditioning|cleaning|"
    r"waterproofing|maintaining|storing|washing|drying|charging)\b",
    # The checkout lecture.
    r"\bplease double-check [^.!?]{0,60}\bnext time\b|\bsince it'?s easy to (?:tap|click|pick|"
    r"select|choose) the wrong\b",
    # The customer's trouble made small.
    r"\bgiven how many (?:complaints|messages|emails|requests|tickets|cases) we\b|"
    r"\bdays? (?:really|honestly) (?:isn'?t|is not) (?:that |very |so )?long\b",
    r"\bthat'?s (?:shipping|the post|the mail|couriers|carriers|delivery) for you\b|"
    r"\basí (?:es|son) (?:el correo|los envíos|la mensajería)\b|\bc'est ça,? la (?:poste|"
    r"livraison)\b|\bso ist (?:die post|der versand) (?:eben|halt|nun mal)\b|\bcosì è la "
    r"posta\b|\bé assim (?:o correio|a entrega|com os envios)\b|\bzo gaat dat (?:nu eenmaal )?"
    r"met (?:de post|verzending|pakketten)\b",
    r"\b(?:bank|card issuer|carrier|courier|banco|banque|banca|transportista|transporteur|"
    r"vervoerder),? (?:not us|no nosotros|pas nous|non noi|não nós|niet wij|nicht wir|nicht "
    r"an uns)\b",
    r"\b(?:sin dramas?|no drama|pas de drame|kein drama|niente drammi|sem dramas?|geen drama)"
    r",? " + _PLEASE + r"\b",
    # The team's comfort over the customer's.
    r"\b(?:on se repose|descansamos|wir ruhen uns aus|ci riposiamo|rusten wij|we rest),? "
    r"(?:comme tout le monde|como todo el mundo|wie alle anderen|wie alle|come tutti|como toda "
    r"a gente|como todo mundo|zoals iedereen|like everyone else)\b",
    r"\bà vous de patienter\b|\bà toi de patienter\b|\bte toca esperar\b|\ble toca esperar\b|"
    r"\bsta a te aspettare\b|\bup to you to (?:wait|be patient)\b",
    r"\b(?:it would|it'?d|would) be (?:a lot |much )?easier for (?:everyone|all of us|us all) "
    r"if you\b|\bsería (?:mucho )?más fácil para todos si\b|\bce serait (?:bien |beaucoup )?plus "
    r"(?:simple|facile) pour tout le monde si\b|\bwäre (?:es )?für alle (?:viel )?einfacher,? "
    r"wenn\b|\bsarebbe (?:molto )?più (?:facile|semplice) per tutti se\b|\bseria (?:muito )?mais "
    r"(?:fácil|simples) para todos se\b|\bzou (?:voor iedereen )?(?:veel )?makkelijker zijn "
    r"(?:voor iedereen )?als je\b",
]
