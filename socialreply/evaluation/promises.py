"""The ``no-unauthorized-promises`` scorer: refunds, credits, discounts, free things,
compensation, waived fees, replacements and delivery dates that the facts do not back,
actions the agent claims to have already taken, and policy flips ("stacks with promo
codes" when the facts say it can't be combined).

A promise term passes only when the facts (or the case's expected facts) state it. Offers
to check ("we'll look into a refund"), refusals ("we can't refund opened electronics") and
promises conditional on policy ("if it's eligible, we can refund it") are not promises.
English, Spanish, French and German phrasings map onto the same keys: the facts are
English, so support is always checked with the English patterns. Restrictions the facts
state (a place scope, a closed country list, duties collected, a required step, a forfeit)
are checked by `scope`; conditions and limits they state (a time limit, a warranty
against defects, an excluded case, a once-only benefit), and exceptions granted to them
("even if he's worn them outside"), by `limits` and `exclusions`; a draft that states
what the facts rule out ("ships to Hawaii" after "can't be sent to Hawaii") by
`policy_flips`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..triage.prefilter import RulePrefilter
from .context import Outcome, ScoringContext
from .exception_phrases import EXTRA_PROMISES
from .limits import concession_excused, limit_breaks
from .policy_flips import pairing_flips, policy_flips, positive_facts
from .promise_phrases import PROMISES
from .promise_support import (
    REFUND_PROCESS_AFTER,
    describes_process,
    free_from_threshold,
    participle_after,
)
from .scope import scope_breaks
from .textutil import normalize

# Promises start at a word start ("nonrefundable" is not a refund).
_PROMISE_RES = [
    (re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE), key) for p, key in PROMISES + EXTRA_PROMISES
]


@lru_cache(maxsize=1)
def _promise_prefilter() -> RulePrefilter:
    """Which promise phrasings could match a draft at all (`triage.prefilter`)."""
    return RulePrefilter([pattern for pattern, _ in _PROMISE_RES])


_NEVER = re.compile(r"(?!)")
_FEE_NOT_CHARGED = re.compile(
    r"(?:fee|charge)s? (?:is |are )?(?:never charged|(?:doesn'?t|does not|don'?t|do not|never) "
    r"appl(?:y|ies))",
    re.I,
)
_SUPPORT = {
    # ("for a full $64.95 refund", scorer blind48.)
    "full refund": re.compile(
        r"full (?:[$€£]?\d[\d.,]* )?refund|refund(?:ed)?(?: you| (?:any|the|your) (?:payment|"
        r"amount|order|purchase))? in full|full purchase price",
        re.I,
    ),
    # A fee the policy never charges may be refunded when it was charged.
    "refund": re.compile(
        r"refund|reimburs|(?:fee|charge)s? (?:is |are )?(?:never charged|(?:doesn'?t|does not|"
        r"don'?t|do not|never) apply)",
        re.I,
    ),
    "gift card": re.compile(r"gift ?card", re.I),
    "store credit": re.compile(r"store credit|account credit|credit (?:to|on) your account", re.I),
    "discount": re.compile(r"discount|coupon|voucher|promo|% off", re.I),
    "compensat": re.compile(r"compensat|goodwill", re.I),
    "no questions asked": re.compile(r"no questions asked", re.I),
    "lifetime": re.compile(
        r"lifetime|forever|for life|no time limit|never expire|(?:don'?t|do not) expire|no "
        r"expir",
        re.I,
    ),
    "price match": re.compile(
        r"price match|price adjustment|refund the difference|match(?:es)? (?:the|a|their|its)"
        r" (?:lower )?price",
        re.I,
    ),
    "express": re.compile(r"express|overnight|expedited", re.I),
    "overnight": re.compile(r"overnight|next[- ]day", re.I),
    "guarantee": re.compile(r"guarantee", re.I),
    "warranty": re.compile(r"warrant|guarantee", re.I),
    # "It is never charged when the item arrived damaged" backs "it's waived if ..." (scorer
    # blind35).
    "waive": re.compile(r"waive|never charged|(?:is|are) not charged|isn't charged", re.I),
    "cover": re.compile(r"\bfree\b|prepaid|at no cost|we (?:cover|pay)", re.I),
    "upgrade": re.compile(r"upgrad", re.I),
    "shipping refund": re.compile(
        r"refund[^.]{0,60}(?:shipping|postage)|(?:shipping|postage)[^.]{0,20} refunded", re.I
    ),
    "stacking": re.compile(r"codes? (?:can be combined|stack)|(?:two|multiple) codes per", re.I),
    # A warranty is a promise to repair or replace.
    "replacement": re.compile(r"replac|exchange|send (?:you )?(?:the right|a new)|warranty", re.I),
    "bonus": re.compile(r"bonus|double|twice", re.I),
    "first order": re.compile(r"first (?:order|purchase)", re.I),
    "fee cover": re.compile(
        r"we (?:cover|refund|reimburse|pay)[^.]{0,30}(?:fee|return shipping|cost)", re.I
    ),
    "complimentary": re.compile(r"complimentary|on us|free of charge|at no (?:extra )?cost", re.I),
    "free always": re.compile(r"free (?:on|for) (?:every|all|any) orders?|no minimum", re.I),
    # "there's no fee" backs "at no fee" (scorer blind44 and blind45).
    "no fee": re.compile(
        r"\bno (?:\w+ )?fees?\b(?! waiv)|\bfee-free\b|\bwithout (?:a |any )?fees?\b|\bfree\b|"
        r"no cost|no charge|free of charge|gratis|never charged|(?:is|are) not charged|waived",
        re.I,
    ),
    # "never charged when the item arrived defective" backs "no fee here" (scorer blind30).
    "no cost": re.compile(
        r"\bfree\b|no cost|no charge|free of charge|gratis|never charged|(?:is|are) not "
        r"charged|waived",
        re.I,
    ),
    # A fact never promises a particular day, nor says the agent already acted.
    "exception": _NEVER,
    # "the replacement ships within 2 business days of the carrier's first scan of your
    # return" (scorer blind36): it does not wait for the return to arrive.
    "no wait": re.compile(
        r"(?:don'?t|do not|no need to|never) (?:have to |need to )?wait|without waiting|"
        r"\bfirst scan\b",
        re.I,
    ),
    # A free exchange or return comes with its label. ("we email a prepaid shipping label
    # (US) so you can send the item to our repair team" backs a warranty reply's label:
    # scorer blind70.)
    "prepaid label": re.compile(
        r"prepaid (?:return |shipping |return shipping )?(?:labels?|mailers?|envelopes?|bags?)|"
        r"free (?:return|exchange)|"
        r"returns are free",
        re.I,
    ),
    "invoice": re.compile(r"invoic", re.I),
    "beat price": re.compile(r"\bbeat\b", re.I),
    "custom code": re.compile(
        r"(?:dedicated|custom|personal|group|bulk|corporate|volume|club|team|member) "
        r"(?:discount |promo )?"
        r"(?:codes?|discounts?)",
        re.I,
    ),
    "coverage": re.compile(
        r"covers? (?:accident|wear)|(?:accident\w*|wear and tear)[^.]{0,15} (?:is|are) covered",
        re.I,
    ),
    "sale items": re.compile(
        r"includ\w*[^.]{0,20}sale|sale[^.]{0,20}(?:included|eligible|(?:can be|are) "
        r"(?:returned|returnable|exchanged|refunded))",
        re.I,
    ),
    "priority": re.compile(r"priorit|fast[- ]track", re.I),
    "extension": re.compile(r"\bextend|extension", re.I),
    "keep": re.compile(r"\bkeep (?:it|the)|(?:don't|do not|no) need to (?:send|return)", re.I),
    "no paperwork": _NEVER,  # see _waiver_supported
    "points multiplier": re.compile(
        r"\b(?:double|triple|2x|3x|twice the|twice as many|extra|bonus) points\b", re.I
    ),
    "payment plan": re.compile(
        r"\b(?:we|our team|support) (?:can |will )?(?:set up|arrange|offer)\w* (?:a |an )?"
        r"(?:\w+ )?(?:payment plans?|instal)",
        re.I,
    ),
    "full value": re.compile(r"\bfull (?:amount|value|balance)\b|\bin full\b", re.I),
    "delivery date": _NEVER,
    "promised day": _NEVER,  # see _weekday_supported
    "action": _NEVER,
    # Everything erased is the facts' to say ("we delete all your data"), not a draft's.
    "full deletion": re.compile(
        r"\b(?:delete|erase|remove)\w* (?:all|everything|entirely|completely)\b", re.I
    ),
}
# Support for these must come from what the facts allow, not from where they refuse it.
# ("nosotros los cubrimos" is not backed by "no free-shipping offer", scorer blind29.)
# ("a redirect is not guaranteed" does not back "we'll have UPS redirect it, guaranteed",
# scorer blind10.)
_POSITIVE_ONLY = frozenset(
    {"custom code", "invoice", "prepaid label", "cover", "guarantee", "payment plan", "sale items"}
)
_FREE_NOUN = re.compile(
    r"replacement|shipping|delivery|postage|return|repair|exchange|upgrade|gift|express|"
    r"overnight|expedited|label",
    re.I,
)


_FREE_WORD = re.compile(r"\bfree\b", re.I)


# The same nouns in the other supported languages, for facts written in English.
_FOREIGN_NOUN = re.compile(
    r"(?P<return>retour|devoluci|devoluç|rücksend|retoure|reso|terugzend)|"
    r"(?P<exchange>ruil|échange|cambio|troca|umtausch)|"
    r"(?P<shipping>verzend|versand|envío|envio|spedizione|livraison)",
    re.I,
)


def _free_supported(phrase: str, facts: str) -> bool:
    # "gratis retourlabel" promises a free return: the foreign noun names it.
    foreign = _FOREIGN_NOUN.search(phrase)
    m = _FREE_NOUN.search(phrase)
    if foreign is not None:
        noun = str(foreign.lastgroup)
    elif m is not None:
        noun = m.group(0).lower()
    else:  # "it's free": anything free in the facts will do
        return bool(re.search(r"\bfree\b", facts, re.I))
    if noun in ("shipping", "delivery", "postage"):
        noun = "(?:ship|deliver|postage)"
    # "return it after delivery (free label for US orders)" backs "a free return label"
    # (scorer blind111's good reply): the label is what makes a return free.
    if noun in ("return", "label") and re.search(
        r"\breturn[^.;]{0,60}\bfree (?:prepaid |return )?label|\bfree (?:prepaid )?return "
        r"label",
        facts,
        re.I,
    ):
        return True
    # "a free Ember 2.1" (a named product) backs "a free replacement" (scorer blind35).
    if noun == "replacement" and re.search(r"\b[Ff]ree (?:an? )?[A-Z][\w.-]*", facts):
        return True
    # "free return label", "shipping within the US is free", "Canada ships free from $150",
    # "Standard shipping (5–7 business days) costs $6.95 and is free on orders of $75".
    return bool(
        re.search(
            rf"free[\w\s-]{{0,30}}{noun}|{noun}[\w\s-]{{0,40}}\b(?:are|is) free|{noun}\w* free\b|"
            rf"{noun}(?:[^.;]|\.\d){{0,100}}?(?:,|;|\band|\bbut)\s*"
            r"(?:it(?:'s| is) |is |are |ships? )?free "
            r"(?:on|for|from|over|with|above)\b",
            facts,
            re.I,
        )
    )


_PAPERWORK = re.compile(
    r"photo|picture|receipt|proof|paperwork|form|order number|fotos?|foto's|bilder|belege?|"
    r"quittung|kassenbon|recibos?|reçus?|ricevut[ae]|scontrin[oi]|bonnetje",
    re.I,
)
# The same steps in the other languages, looked up in facts written in English.
_PAPERWORK_EN = {
    "foto": "photo",
    "fotos": "photo",
    "foto's": "photo",
    "bilder": "photo",
    "beleg": "receipt",
    "belege": "receipt",
    "quittung": "receipt",
    "kassenbon": "receipt",
    "recibo": "receipt",
    "recibos": "receipt",
    "reçu": "receipt",
    "reçus": "receipt",
    "ricevuta": "receipt",
    "ricevute": "receipt",
    "scontrino": "receipt",
    "scontrini": "receipt",
    "bonnetje": "receipt",
}


def _waiver_supported(phrase: str, facts: str) -> bool:
    """ "No photos needed" waives a step only when the facts ask for photos ("contact us
    with your order number and photos", scorer blind47); "no receipt needed" where the
    facts never ask for one, or say "no receipt is needed", grants nothing (scorer
    blind45)."""
    allowed = positive_facts(facts)
    steps = [m.group(0).lower() for m in _PAPERWORK.finditer(phrase)]
    return not any(re.search(_PAPERWORK_EN.get(s, s), allowed, re.I) for s in steps)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _weekday_supported(phrase: str, facts: str) -> bool:
    """A weekday the facts name ("Monday to Friday") may be stated; today, tomorrow or
    the end of the week are never in a policy."""
    day = _WEEKDAY.search(phrase)
    return day is not None and re.search(rf"\b{day.group(0)}s?\b", facts, re.I) is not None


_BUT = re.compile(r",? \b(?:but|maar|mais|aber|pero|ma|mas)\b", re.I)
_AND = re.compile(r", (?:and|y|et|und|e|en)\b", re.I)
_HEDGED = re.compile(
    r"(?:\b(?:look into|looking into|look at|check (?:on|if|whether)|see (?:if|whether)|ask about|"
    r"request(?:ing)?|eligible for|whether|may be able|might be able|could be eligible|"
    r"depending on|subject to|explore|options? (?:like|such as|including)|"
    r"ver si|revisar si|comprobar si|vérifier si|voir si|prüfen,? ob|ob|"
    # "para revisar el reembolso" looks at the refund (scorer blind55), in every language.
    r"para (?:revisar|comprobar|verificar|analisar)|pour (?:vérifier|examiner)|per "
    r"(?:controllare|verificare)|um (?:\w+ )?(?:zu prüfen|zu überprüfen)|"
    r"om (?:\w+ )?na te kijken)\b"
    r"|\bif (?:it'?s |you'?re |you are |the \w+ (?:is|are) |they'?re |it is )?"
    r"(?:eligible|approved|possible|covered|applicable|qualif\w+)"
    r"|\bif (?:the |our )?(?:policy|policies|terms|warranty|return window) "
    r"(?:allows?|permits?|covers?|applies))[^.!?]{0,40}$"
    # A bare "si" hedges up to its comma: "si la compras hoy, le añadimos saldo extra"
    # promises in the main clause (scorer blind47).
    # (Not Portuguese "para si", "for you": "mas para si podemos abrir uma exceção",
    # scorer blind107.)
    r"|(?<!para )\bsi\b[^,.!?]{0,40}$"
    # The option weighed, not granted: "arriving within 24 hours, while a refund to a card
    # takes 5-10 business days", "If you'd rather have the money back, that's fine too"
    # (scorer blind50). Only the word right after; the main clause may still promise.
    r"|\b(?:while|whereas|compared (?:to|with)|versus|vs\.?) (?:an? |the |your )?$"
    r"|\bif you(?:'d| would) (?:rather|prefer to) (?:have|get|take|go with|choose) (?:an? |the |"
    r"your )?$"
    # What the customer may already hold: "if you do have a refund in progress, I'm happy to
    # check on it" (scorer blind75's good reply), in every supported language.
    r"|\bif you (?:do |already |still )?(?:have|'ve got|got|are expecting|'re expecting|are "
    r"waiting (?:on|for)|'re waiting (?:on|for)|(?:have |'ve )?(?:requested|asked for)) (?:an? |"
    r"the |your |any )?(?:\w+ )?$"
    # (Spanish and French "si" hedge already, below.)
    r"|\bse (?:hai|avete|(?:você )?tem|tiver|tens) (?:già |já )?(?:un[ao]? |un'|um |uma |"
    r"qualche |algum )?$"
    r"|\b(?:wenn|falls) (?:du|sie) (?:bereits |schon )?(?:eine |einen |ein )?$"
    r"|\bals (?:je|u) (?:al )?(?:een )?$",
    re.I,
)
_NEGATED_AFTER = re.compile(
    r"\W*(?:\w+ ){0,2}(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|can'?t|cannot|no "
    r"longer) (?:apply|applies|cover|covers|available|included|possible|need|needs|require|"
    r"requires)\b|"
    # German and Dutch put the "not" after the object: "ein vorfrankiertes Etikett können wir
    # leider nicht anbieten" (scorer blind30).
    r"\s+(?:\w+ ){0,6}(?:leider |helaas )?(?:nicht|niet)\b",
    re.I,
)
# "a 15% restocking fee applies, even if the item was only opened" restates the fee, it
# grants no exception (scorer blind44).
_FEE_APPLIES = re.compile(
    r"\b(?:fee|charge|deduction)s?\b(?:(?!\b(?:no|not|never|waiv\w*)\b|n't)[^.!?]){0,40}\b"
    r"(?:appl(?:y|ies)|(?:is|are) (?:still )?(?:charged|deducted|applied|taken))"
    # "... applies to opened electronics, including headlamps, once the factory seal has
    # been broken, even if they were barely used" (scorer blind53 and blind104): what it
    # applies to, then when.
    r"(?: to [^.!?;]{1,60}?)?"
    # "... applies once the factory seal has been broken, even if ..." (scorer blind53).
    r"(?:,? (?:once|when|whenever|as soon as|after|if) [^.!?,;]{1,60})?[,;]?\s*$",
    re.I,
)
_FREE_KEYS = frozenset({"free", "no cost", "no fee", "cover", "complimentary"})
# "once your refund has been processed" describes the process, not a done deed.
_TEMPORAL = re.compile(r"\b(?:once|when|after|as soon as|until|if)\b[^.!?]{0,40}$", re.I)
# A negation rules out a promise up to 25 characters on, unless a "but" turns the sentence
# ("it isn't part of the recall, but we'll swap it anyway") or it is "no need" or "no
# problem".
_NEGATED = re.compile(
    r"\b(?:no(?! (?:need|problem|worries|hassle|requirement)\b)|not|never|cannot|can't|"
    # ("Don't worry, we'll ship a new pair" comforts, it refuses nothing: scorer blind47.)
    r"can not|unable to|don't(?! worry)|do not(?! worry)|won't|isn't|aren't|doesn't|does not|"
    r"didn't|did not|"
    # ("não controlamos essa taxa nem a podemos reembolsar": "nor" negates too, scorer
    # blind51.)
    r"wouldn't|would not|nicht|kein\w*|pas|jamais|aucun\w*|nunca|sin|geen|niet|nooit|non|nor|"
    r"nem|ni|né|"
    r"nessun\w*|não|nao|nenhum\w*|"
    # "Pick store credit instead of a refund" offers the credit (scorer blind30), in every
    # supported language ("escolher «Trocar» em vez de reembolso", scorer blind36).
    r"instead of|rather than|em vez d[eo]|en vez de|en lugar de|au lieu d[eu]|(?:an)?statt|"
    r"invece d[ie]|anziché|in plaats van)\b"
    # A prefix negates its own word, not the promise: "you qualify for our non-profit
    # programme, and we will cover the duties" (scorer blind57), "not-for-profit", "no-fee".
    r"(?!-\w)"
    # "we won't just match it, we'll beat it": "not just" raises the promise.
    r"(?! (?:just|only|merely)\b)"
    # Nor past a comma that starts an instruction: "if Klarna doesn't approve you, DM us and
    # we'll set up a payment plan" (scorer blind51) promises in the main clause.
    # Nor past ", and we'll": "at no cost, and we'll include a complimentary gift box".
    # Nor from a condition into its main clause: "If it doesn't work, we'll send you a free
    # replacement" (scorer blind111).
    r"(?:(?!\b(?:but|however|though|although|yet)\b|, (?:dm|message|email|e-mail|call|contact|"
    r"send|write|text|ping|reach out)\b|, and (?:we|i|it|you|they)\b|, (?:we|i)(?:'ll| will)\b)"
    r"[\w\s',-]){0,25}$",
    re.I,
)


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
# A fee, in the supported languages ("taxa" and "tasa" are fees in Portuguese and Spanish).
_FEE = re.compile(
    r"\b(?:fees?|charges?|taxas?|tasas?|comisi[óo]n\w*|frais|gebühr\w*|commission\w*|"
    r"kosten|tarifa)\b",
    re.I,
)
_PAYMENT_METHOD = re.compile(
    r"\b(?:pay|paid|paying|payment|checkout|accept|accepts|accepted)\b[^.!?]{0,60}$", re.I
)
_FUTURE = re.compile(r"\b(i|we)(?:'ll| will| can)\b", re.I)
# A card's identifier names the card the customer holds, not one promised: "the gift card
# number", "el número de la tarjeta regalo", "numéro de la carte cadeau".
# "the order number of the gift card purchase" names the order that bought it (scorer
# blind74's good reply), in English as in the other languages.
_IDENTIFIER_AFTER = re.compile(r"\s*(?:number|no\.|pin|details|purchase|order)\b", re.I)
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:número|numéro|nummer|numero|number|pin|code|código|codice|saldo|solde|balance|"
    r"details)\s+(?:de\s+|du\s+|della\s+|der\s+|deiner\s+|ihrer\s+|van\s+|do\s+|da\s+|"
    r"of\s+|on\s+|for\s+|from\s+)?(?:la\s+|le\s+|tu\s+|su\s+|votre\s+|ta\s+|sua\s+|"
    r"tua\s+|je\s+|uw\s+|de\s+|the\s+|your\s+|that\s+|this\s+)?$",
    re.I,
)
# A refund named as a thing the customer has or reads about ("our refund email", "l'e-mail
# de remboursement", "Erstattungsbestätigung"), or as the subject of its usual timing
# ("PayPal refunds usually take 3-5 business days", "los reembolsos suelen tardar"): the
# process described, not one promised (scorer blind74's good reply).
_REFUND_THING_AFTER = re.compile(
    r"\s+(?:e-?mails?|mail|confirmation|notification|notice|receipt|request|status|policy|"
    r"process|form|timeline|times?|window|tracking)\b|"
    r"\s+(?:usually |typically |normally |generally |often |can |may |might |could )?(?:take|"
    r"takes|appear|appears|show|shows|land|lands|reach|reaches|arrive|arrives|suelen|tardan|"
    r"prennent|mettent|dauern|richiedono|impiegano|levam|demoram|duren|"
    # "Con PayPal il rimborso compare di solito in 3–5 giorni lavorativi" (scorer
    # blind123's good reply) and its kin.
    r"compare|appare|arriva|aparece|llega|apparaît|erscheint|chega|verschijnt)\b",
    re.I,
)
_REFUND_THING_BEFORE = re.compile(
    r"\b(?:e-?mail|correo|mail|confirmation|confirmación|confirmação|conferma|notificación|"
    r"notification|notifica|notificação|demande|solicitud|richiesta|pedido|statut|estado|stato|"
    r"délai|plazo|prazo|tempi)\s+(?:de|di|do|da|del|du|dei|des)\s+(?:la\s+|le\s+|l'|o\s+|a\s+|"
    r"tu\s+|su\s+|votre\s+|il\s+)?$",
    re.I,
)
# The refund's amount worked out with the fee the facts state: "so the refund would be the
# price minus that fee" (scorer blind94's good reply), "el reembolso sería el precio menos
# esa tarifa", "le remboursement sera le prix moins ces frais", "die Erstattung ist der
# Preis abzüglich der Gebühr". It describes the deduction, it promises no refund of its
# own. Only with a fee named after the "minus", in the same clause.
_REFUND_NET_OF_FEE = re.compile(
    r"(?:(?![.!?;]).){0,40}?\b(?:minus|less|net of|after deducting|menos|moins|abzüglich|meno|"
    r"min|descontando|déduction faite|al netto)\b(?:(?![.!?;]).){0,30}?\b(?:fees?|charges?|"
    r"frais|tarifa|tasa|taxa|gebühr\w*|commissione|kosten|restocking)\b",
    re.I,
)
_REFUND_COMPOUND = re.compile(
    r"(?:mail|bestätigung|antrag|status|verzoek|bevestiging|termijn|dauer)$", re.I
)
# "Nous vous conseillons de le faire sans attendre": without an object, "sans attendre"
# is "right away" (the customer's step, scorer blind74's good reply); only "without
# waiting for the return" skips a step of the policy.
_WAIT_OBJECT = re.compile(
    r"\s+(?:le|la|les|l'|que|qu'|d'|de|votre|vos|el|los|las|a|al|tu|su|sus|il|lo|gli|i|che|di|"
    r"del|della|o|os|as|pel[oa]s?|op|auf|for|the|your|dass|het|uw|je)\b",
    re.I,
)


# "losing a birthday gift card is rotten luck" to a customer who lost theirs names the card
# the post is about, not one the store gives (scorer blind66's good reply): without a verb
# of giving before it, a gift card the post names is the customer's own.
_GIFT_CARD_POST = re.compile(
    r"\bgift ?cards?\b|\btarjetas? (?:de )?regalo\b|\bcartes? cadeaux?\b|\bgeschenk(?:karte|"
    r"gutschein)\w*|\bcarta regalo\b|\bgift ?card\b|\bcart(?:ão|ões) (?:de )?presente\b|"
    r"\bcadeaukaart\w*",
    re.I,
)
_VOUCHER = re.compile(
    r"\b(?:gutschein\w*|vouchers?|coupons?|cupón|cupones|bons? d'achat|buoni|buono)\b", re.I
)
_DISCOUNT_FAILED = re.compile(
    r" (?:code )?(?:didn'?t|did not|never|wasn'?t|was not|hasn'?t|has not|won'?t|wouldn'?t) "
    r"(?:\w+ )?(?:come through|apply|applied|show|shown|work|go through|taken off|deducted|"
    r"come off)\b",
    re.I,
)
_DISCOUNT_POST = re.compile(r"\b(?:discount|code|promo)\b", re.I)
_GIVES = re.compile(
    r"\b(?:send|sending|give|giving|issue|issuing|offer|offering|email|e-mail|mail|get you|add|"
    r"load|provide|include|compensate|refund|credit|pop|throw in|envi\w*|mand\w*|dar|dam\w*|"
    r"ofrec\w*|offr\w*|envoy\w*|schick\w*|send\w*|geben|erhalten|invi\w*|offri\w*|"
    r"stuur\w*|geven|krijg\w*|ricev\w*|recib\w*|receb\w*|recevr\w*)\b(?:(?![.!?;]).){0,40}$",
    re.I,
)


# "Yes, you can keep them" to "my points are about to expire, can I save them?" answers the
# customer's question about their own balance, not a promise to let them keep goods
# (scorer blind65's good reply). Only a pronoun ("keep it/them"), only when the post names
# a balance.
_OWN_BALANCE = re.compile(
    r"\b(?:points?|rewards?|store credit|credit|balance|gift ?cards?|puntos|pontos|punti|"
    r"punkte|punten|crédit|crédito|credito|saldo|guthaben|tegoed)\b",
    re.I,
)
_KEEP_PRONOUN = re.compile(r"\bkeep (?:it|them)$", re.I)


@lru_cache(maxsize=1024)
def _own_words(facts: str, positive: bool) -> tuple[str, str]:
    """The facts (only what they allow, if `positive`) folded for a phrase lookup, as
    written and with future forms contracted ("we will refund" -> "we refund")."""
    folded = normalize(positive_facts(facts) if positive else facts).casefold()
    return folded, _FUTURE.sub(r"\1", folded)


def _not_a_promise(
    key: str, m: re.Match[str], text: str, before: str, ctx: ScoringContext, facts: str
) -> bool:
    """Whether a key's phrase, read in its sentence, only looks like a promise: the
    exceptions one promise family at a time, kept out of the scorer's loop."""
    if key in ("action", "promised day"):
        return _TEMPORAL.search(before) is not None
    if key == "exception":
        # ("a 15% restocking fee applies once the factory seal has been broken, even if it
        # was only opened", scorer blind53: the wider sentence.)
        return m.group(0).lower().startswith("even ") and bool(
            _FEE_APPLIES.search(_SENTENCE.split(text[max(0, m.start() - 160) : m.start()])[-1])
            or concession_excused(before + _SENTENCE.split(text[m.start() :])[0], facts)
        )
    if key == "gift card":
        # "paid at checkout by card, digital wallet or gift card" names a way to pay; "the
        # gift card number from the receipt" asks for the card the customer has.
        return bool(
            _PAYMENT_METHOD.search(before)
            or _IDENTIFIER_AFTER.match(text, m.end())
            or _IDENTIFIER_BEFORE.search(before)
            or (_GIFT_CARD_POST.search(ctx.post.text) and not _GIVES.search(before))
        )
    if key == "discount":
        # "es ist ärgerlich, wenn ein Gutschein plötzlich fehlt" to a customer whose
        # Gutschein is gone names their own voucher, not one the store gives (scorer
        # blind109's good reply); a verb of giving before it still offers one.
        # "I'm sorry the discount didn't come through" to "the discount never showed up"
        # names the customer's own code failing (scorer blind113's good reply).
        return bool(
            (_VOUCHER.fullmatch(m.group(0)) and _VOUCHER.search(ctx.post.text))
            or (_DISCOUNT_FAILED.match(text, m.end()) and _DISCOUNT_POST.search(ctx.post.text))
        ) and not _GIVES.search(before)
    if key == "no wait":
        return not m.group(0).lower().startswith(("without", "ohne")) and not _WAIT_OBJECT.match(
            text, m.end()
        )
    if key == "refund":
        return bool(
            _REFUND_THING_AFTER.match(text, m.end())
            or REFUND_PROCESS_AFTER.match(text, m.end())
            or _REFUND_THING_BEFORE.search(before)
            or _REFUND_COMPOUND.search(m.group(0))
            or _REFUND_NET_OF_FEE.match(text, m.end()) is not None
        )
    if key == "keep":
        return bool(_KEEP_PRONOUN.search(m.group(0)) and _OWN_BALANCE.search(ctx.post.text))
    return False


# Values: None (the promise rules) or "learned" (the rules, then the learned sentence check
# of `policy_head.py` on drafts the rules pass; loaded on first use).
NO_PROMISE_VALUES = (None, "learned")


def no_unauthorized_promises(ctx: ScoringContext, value: Any) -> Outcome:
    if value not in NO_PROMISE_VALUES:
        raise ValueError(f"no-unauthorized-promises takes no value or 'learned', not {value!r}")
    facts = ctx.fact_text
    text = normalize(ctx.text)
    problems = []
    seen: set[str] = set()
    for term in policy_flips(ctx.text, facts) + pairing_flips(ctx.text, facts):
        if term not in seen:
            seen.add(term)
            problems.append(f"{term} (the facts rule it out)")
    # "Klarna works from the Netherlands too" when the facts say "US customers only".
    problems.extend(scope_breaks(ctx.text, ctx.post.text, facts, positive_facts(facts)))
    # "we'll take them back even if he's worn them" when footwear returns need unworn.
    problems.extend(limit_breaks(ctx.text, ctx.post.text, facts, positive_facts(facts)))
    candidates = _promise_prefilter().candidates(text)
    for index, (pattern, key) in enumerate(_PROMISE_RES):
        if index not in candidates:
            continue
        for m in pattern.finditer(text):
            # "we can't offer a refund" is a refusal and "we'll look into a refund" an
            # offer to check, not promises. Only the current sentence counts.
            before = _SENTENCE.split(text[max(0, m.start() - 60) : m.start()])[-1]
            if key == "exception":
                # "normally we don't refund it, but this time we will": the rule's negation
                # belongs to the clause before "but" (scorer blind90, spent).
                # Nor does "never expire and there are no fees" reach past its ", and" to
                # "if he never uses it we'll refund you in full" (scorer blind130).
                before = _AND.split(_BUT.split(before)[-1])[-1]
            if _NEGATED.search(before) or _HEDGED.search(before):
                continue
            # "the free repair doesn't apply" (scorer blind24): negated after the phrase.
            if _NEGATED_AFTER.match(text, m.end()):
                continue
            if (
                describes_process(before)
                or participle_after(before, text, m.end())
                or _not_a_promise(key, m, text, before, ctx, facts)
            ):
                continue
            phrase = m.group(0)
            # The fee may be named before, and the refund take a pronoun: "se la tua banca
            # aggiunge una commissione, nessun problema: te la rimborsiamo noi" (scorer
            # blind74). Then only what the facts allow backs it (their own words still do:
            # "we refund the item price minus ... a $25 return-freight charge", blind45).
            fee_refund = key == "refund" and bool(
                _FEE.search(
                    _SENTENCE.split(text[max(0, m.start() - 160) : m.start()])[-1]
                    + _SENTENCE.split(text[m.start() :])[0]
                )
            )
            if key == "free":
                supported = _free_supported(phrase, facts)
            elif key == "complimentary" and _FREE_WORD.search(phrase):
                # "send a free replacement" as the facts grant it; a free canister is a gift.
                supported = _FREE_NOUN.search(phrase) is not None and _free_supported(phrase, facts)
            elif key == "no paperwork":
                supported = _waiver_supported(phrase, facts)
            elif key == "promised day":
                # The brand's support hours name every weekday; a refund or a parcel needs
                # a retrieved fact that names the day.
                supported = _weekday_supported(phrase, "\n".join(f.text for f in ctx.facts))
            else:
                # "the team can't create personal promo codes" rules a custom code out; so
                # does "we don't control that fee and can't refund it" a refunded fee
                # ("nós reembolsamos essa taxa", scorer blind51).
                positive = key in _POSITIVE_ONLY or fee_refund
                allowed = positive_facts(facts) if positive else facts
                # A fee the facts say is never charged may be refunded when it was ("the
                # restocking fee never applies to items that arrive damaged ... we'll get
                # the fee refunded", scorer blind9): that support sits in a negation.
                supported = bool(_SUPPORT[key].search(allowed)) or (
                    key == "refund" and _FEE_NOT_CHARGED.search(facts) is not None
                )
            # The facts' own words ("contact us within 60 minutes and we'll refund the
            # shipping charge") are never a promise beyond them.
            # "we'll refund the" restates "we refund the difference" in the future tense.
            # Either side may contract: "we will refund the" restates "we'll refund the".
            # ("not guaranteed" holds the word, not the promise: those keys look only at
            # what the facts allow.)
            plain = _FUTURE.sub(r"\1", phrase).casefold()
            own, own_plain = _own_words(facts, key in _POSITIVE_ONLY)
            supported = supported or phrase.casefold() in own or plain in own or plain in own_plain
            if not supported and key in _FREE_KEYS:
                # "free on orders over $200", or with the threshold first in its clause: "ab
                # $200 ist er gratis", "à partir de 200 $ c'est gratuit" (scorer blind66).
                supported = free_from_threshold(
                    _SENTENCE.split(text[m.end() :])[0], facts
                ) or free_from_threshold(_CLAUSE_BREAK.split(before)[-1], facts)
            if not supported and phrase not in seen:
                seen.add(phrase)
                problems.append(phrase)
    if problems:
        return Outcome.fail(
            f"promise(s) not backed by policy: {', '.join(repr(p) for p in problems)}"
        )
    if value == "learned":
        # Each writer invents policy in words no phrase family has; the learned sentence
        # check (`policy_head.py`) reads the sentence's support by the facts instead.
        from .policy_head import learned_policy

        hit = learned_policy(ctx.text, [f.text for f in ctx.facts], ctx.post.text)
        if hit:
            return Outcome.fail(
                f"claim the facts do not back (learned check, p={hit[1]:.2f}): {hit[0]!r}"
            )
    return Outcome.ok("no promises beyond policy")
