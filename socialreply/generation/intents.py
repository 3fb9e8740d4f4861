"""Reply intents: what a post asks for, from multilingual keyword patterns.

The intent picks the macro template (``prompts/macros/<intent>.j2``) and the vocabulary
the fact-sentence selection favours; `REQUIRED_MACROS` is the list a prompt pack must
provide. Apart from `macros.py` because it is a table (one entry per intent, patterns in
seven languages) that grows on its own, while the drafting logic does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    patterns: tuple[str, ...]
    # Informational intents have nothing to say without facts; the others route the
    # customer to a private channel and are still useful when retrieval found nothing.
    needs_facts: bool
    # Vocabulary that marks a fact sentence as on-topic for this intent.
    terms: tuple[str, ...] = ()
    # Ties between intents are broken by this order (lower wins).
    priority: int = 50
    # Added to the retrieval query: customers name the thing ("Canada", "my boots"), the
    # store's pages name the topic ("international shipping").
    hint: str = ""

    def score(self, text: str) -> int:
        return sum(1 for rx in self._compiled if rx.search(text))

    @property
    def _compiled(self) -> tuple[re.Pattern[str], ...]:
        return _COMPILED[self.name]


# English first, then cheap Spanish/French/German/Portuguese keywords.
INTENTS: tuple[Intent, ...] = (
    Intent(
        "damaged_item",
        (
            r"\b(damaged|broken|broke|torn|ripped|defective|faulty|cracked|leak(s|ing|ed)?)\b",
            r"\b(fell apart|stopped working|came apart|doesn'?t work|does not work)\b",
            r"\b(roto|rota|dañad[oa]|cassée?|endommagée?|kaputt|beschädigt|defekt)\b",
        ),
        needs_facts=False,
        terms=("damaged", "defective", "warranty", "photo", "replacement", "repair", "claim"),
        priority=10,
        hint="damaged or defective item",
    ),
    Intent(
        "wrong_item",
        (
            r"\bwrong (item|size|colou?r|product|order|jacket|one)\b",
            r"\b(not what i ordered|sent me (the |a )?wrong|incorrect (item|order)|missing item)",
            r"\b(producto equivocado|mauvais article|falsche[sn]? (artikel|produkt))\b",
        ),
        needs_facts=False,
        terms=("wrong", "incorrect", "exchange", "return", "label", "replacement"),
        priority=11,
        hint="wrong item received",
    ),
    Intent(
        "cancellation",
        (r"\bcancel(l?ing|l?ed|lation)?\b", r"\b(cancelar|annuler|stornieren|storno)\b"),
        needs_facts=False,
        terms=("cancel", "cancellation", "order", "shipped", "processed"),
        priority=5,
        hint="cancel an order",
    ),
    Intent(
        "refund_status",
        (
            r"\brefund(ed|s)?\b",
            r"\bmoney back\b",
            r"\b(reembolso|remboursement|rückerstattung|erstattung|reembolsar)\b",
        ),
        needs_facts=False,
        terms=("refund", "refunds", "processed", "original", "payment", "business", "days"),
        priority=13,
        hint="refund timing",
    ),
    Intent(
        "return_request",
        (
            r"\breturn(ing|s|ed)?\b",
            r"\b(send (it|them) back|exchange)\b",
            r"\b(devolver|devolución|retour(ner)?|rücksendung|zurückschicken|umtausch)\b",
        ),
        needs_facts=False,
        terms=("return", "returns", "exchange", "label", "days", "unworn", "condition"),
        priority=14,
        hint="return policy",
    ),
    Intent(
        "order_status",
        (
            r"\bwhere('?s| is) my (order|package|parcel|stuff|delivery)\b",
            r"\b(order status|tracking|track my|not (arrived|received))\b",
            r"\bhasn'?t (arrived|shipped|come)\b",
            r"\b(still waiting|never (arrived|received|came))\b",
            r"\bwhen will (it|my order) (arrive|ship)\b",
            r"\b(dónde está mi pedido|mi pedido|ma commande|meine bestellung|meu pedido)\b",
        ),
        needs_facts=False,
        terms=("order", "tracking", "shipped", "confirmation", "email", "status", "dispatch"),
        priority=15,
        hint="order tracking",
    ),
    Intent(
        "account_login",
        (
            r"\b(log ?in|sign ?in|password|locked out|reset|two-factor|2fa|verification code)\b",
            r"\bmy account\b",
            r"\b(contraseña|mot de passe|passwort|cuenta|compte|konto)\b",
        ),
        needs_facts=False,
        terms=("account", "password", "reset", "login", "email", "sign"),
        priority=16,
        hint="account sign in password",
    ),
    Intent(
        "international_shipping",
        (
            r"\b(international(ly)?|overseas|abroad|worldwide|customs|duties|import (tax|fees))\b",
            r"\b(ship|deliver|shipping|send)\w* (to|in) (canada|the uk|uk|europe|australia|mexico|"
            r"germany|france|spain|japan|brazil|india|ireland|italy|new zealand)\b",
            r"\b(envío internacional|livraison internationale|internationaler versand)\b",
        ),
        needs_facts=True,
        terms=("international", "countries", "customs", "duties", "ship", "shipping", "canada"),
        priority=20,
        hint="international shipping countries",
    ),
    Intent(
        "shipping_times",
        (
            r"\bhow (long|fast|quickly)\b.*\b(ship|shipping|deliver|delivery|arrive|take)",
            r"\b(shipping|delivery) (time|times|cost|costs|speed|options|date)\b",
            r"\b(express|expedited|overnight|standard shipping|free shipping)\b",
            r"\b(envío|livraison|lieferzeit|versand|entrega)\b",
        ),
        needs_facts=True,
        terms=("shipping", "delivery", "business", "days", "standard", "express", "orders"),
        priority=21,
        hint="shipping delivery times",
    ),
    Intent(
        "out_of_stock",
        (
            r"\b(out of stock|sold out|back in stock|restock(ed|ing)?|available again)\b",
            r"\b(agotado|épuisée?|ausverkauft|esgotado)\b",
        ),
        needs_facts=True,
        terms=("stock", "restock", "available", "notify", "waitlist", "inventory"),
        priority=22,
        hint="back in stock restock",
    ),
    Intent(
        "price_discount",
        (
            r"\b(discount|coupon|promo|voucher|sale|deal|price match|cheaper)\b",
            r"\b(price|prices|how much|cost)\b",
            r"\b(descuento|precio|réduction|prix|rabatt|preis|desconto)\b",
        ),
        needs_facts=True,
        terms=("price", "discount", "code", "sale", "promotion", "match", "$"),
        priority=23,
        hint="price promo code discount",
    ),
    Intent(
        "product_question",
        (
            r"\b(waterproof|water-resistant|insulated|warm enough|breathable|material|fabric)\b",
            r"\b(size|sizing|fit|fits|weight|dimensions|capacity|compatible|recommend)\b",
            r"\b(does|will|can) (it|this)\b[^.?!]*\?",
            r"\b(talla|taille|größe|impermeable|imperméable|wasserdicht)\b",
        ),
        needs_facts=True,
        terms=("material", "waterproof", "size", "fit", "weight", "features"),
        priority=30,
    ),
    Intent(
        "general_complaint",
        (
            r"\b(terrible|awful|worst|disappointed|disappointing|unacceptable|ridiculous)\b",
            r"\b(horrible|never (again|buying)|rude|waste of money|fed up|frustrat\w*|angry)\b",
            r"\b(pésimo|horrible|nul|enttäuscht|schrecklich|decepcionad[oa])\b",
        ),
        needs_facts=False,
        terms=("help", "support", "team", "contact"),
        priority=40,
    ),
    Intent(
        "praise_thanks",
        (
            r"\b(thank(s| you)|love (it|my|this|your|the)|amazing|awesome|fantastic)\b",
            r"\b(great (service|job|product|quality)|best (jacket|gear|brand|purchase))\b",
            r"\b(gracias|merci|danke|obrigad[oa])\b",
            r"[😍❤💚🙌👏🔥]",
            r"\b(survived|held up|holds up|still going strong)\b",
        ),
        needs_facts=False,
        priority=45,
    ),
)
HOLDING_INTENT = "crisis_holding"
REQUIRED_MACROS: tuple[str, ...] = (
    *(i.name for i in INTENTS),
    HOLDING_INTENT,
    "no_knowledge",
    "extractive",
    "acknowledge",
)
_COMPILED: dict[str, tuple[re.Pattern[str], ...]] = {
    i.name: tuple(re.compile(p, re.IGNORECASE) for p in i.patterns) for i in INTENTS
}
_BY_NAME = {i.name: i for i in INTENTS}


def get_intent(name: str) -> Intent | None:
    return _BY_NAME.get(name)


def classify_intent(text: str) -> str | None:
    """The best-matching intent name, or None when no pattern matches."""
    best: tuple[int, int, str] | None = None
    for intent in INTENTS:
        hits = intent.score(text)
        if hits and (best is None or (-hits, intent.priority) < (best[0], best[1])):
            best = (-hits, intent.priority, intent.name)
    return best[2] if best else None
