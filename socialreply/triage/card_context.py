"""Card numbers told by their context, for `pii.find_pii`.

A Luhn check finds well-formed card numbers, but customers also paste mistyped numbers and
gift-card numbers (which follow no card network's check digit) with the tell-tale context:
"my card keeps getting declined, 4532 7781 0093 2216 exp 09/27", "Kartennummer 6011 4402
8871 3350, PIN 7734". Those are exactly what a public reply must never echo and what must
be redacted before a post reaches an external LLM, so a number shaped like a card counts
as one when

* it is grouped like a card: 4-4-4-4, 4-6-5 (American Express) or unbroken, 13-19 digits
  in all; a number grouped otherwise ("+55 11 98765-4321", a 22-digit tracking number in
  fours) is something else, and
* a card label stands right before it ("card number", "Kartennummer", "gift card", "my
  card is", seven languages), or an expiry date, CVV/CVC or PIN follows right after it,
  and no other label does ("tracking", "order", "invoice": those numbers are not cards).

The expiry, CVV and PIN that follow a card (any card, Luhn-valid or not) are personal data
of the same kind: `card_secrets` finds them, with their labels, so they are redacted too.
"""

from __future__ import annotations

import re

# 4-4-4-4, 4-6-5 or 13-19 unbroken digits, not cut out of a longer grouped number. A
# bare expiry right after ("... 2216 09/27") does not make the number longer.
CARD_GROUPED = re.compile(
    r"(?<![\d-])(?<!\d )"
    r"(?:\d{4}(?P<s>[ -])\d{4}(?P=s)\d{4}(?P=s)\d{4}|\d{4}(?P<t>[ -])\d{6}(?P=t)\d{5}|\d{13,19})"
    r"(?!\d)(?![ -]\d(?!\d ?/ ?\d{2}))"
)

# The card words of the supported languages, gift cards included; a label must end right
# before the number ("card number: ", "my card is ", "Kartennummer ", "tarjeta regalo ").
_CARD_WORD = (
    r"(?:credit |debit |gift ?|bank |visa |prepaid )?card|cc|visa|master ?card|amex|discover|"
    r"maestro|tarjeta(?: de (?:cr[ée]dito|d[ée]bito|regalo)| regalo)?|carte(?: bancaire| de "
    r"cr[ée]dit|[- ]cadeau)?|\w*karte|carta(?: di credito| regalo)?|cart[ãa]o(?: de cr[ée]dito|"
    r"[- ]presente)?|\w*kaart"
)
_CARD_LABEL = re.compile(
    rf"(?:\b(?:{_CARD_WORD})(?:[ -]?(?:number|no\.?|num|nr\.?|#))?|"
    r"\bn[úu]mero de(?: la| mi| tu)? tarjeta(?: de (?:cr[ée]dito|d[ée]bito|regalo)| regalo)?|"
    r"\bnum[ée]ro de(?: la| ma)? carte(?: bancaire| de cr[ée]dit|[- ]cadeau)?|"
    r"\w*kartennummer|\bnumero (?:di|della) carta(?: regalo)?|"
    r"\bn[úu]mero do(?: meu)? cart[ãa]o(?: presente)?|\w*kaartnummer)"
    r"\s*(?:is|es|est|ist|è|é|era|was)?\s*[:=#]?\s*$",
    re.IGNORECASE,
)
_LABEL_REACH = 48
# Numbers named as something else right before them are not cards, whatever follows:
# "tracking 9400 1111 2222 3333", "order 1234567890123", "IMEI 3548 ...".
_OTHER_LABEL = re.compile(
    r"\b(?:tracking|track|order|invoice|ref|reference|confirmation|serial|imei|sku|iban|"
    r"account|acct|phone|tel|pedido|seguimiento|rastreo|commande|suivi|facture|bestell\w*|"
    r"sendung\w*|rechnung\w*|ordine|fattura|spedizione|encomenda|rastreio|fatura|"
    r"bestelling|factuur|zending)\b(?:[ -]?(?:number|no\.?|num|nr\.?|#|id|code|nummer|"
    r"n[úu]mero|num[ée]ro|numero))?\s*(?:is|es|est|ist|è|é|era|was)?\s*[:=#]?\s*$",
    re.IGNORECASE,
)

# What may follow a card: an expiry date (with or without its label: "exp 09/27", "scad
# 09/27", "09/2027"), or a CVV/CVC/PIN with its digits ("PIN 7734", "cvv: 123").
_EXPIRY_LABEL = (
    r"exp(?:iry|ires|iration)?|valid (?:thru|through|until)|good thru|scad(?:enza|e)?|"
    r"vence|vencimiento|vencimento|caduca|caducidad|expire|date d'expiration|"
    r"g[üu]ltig bis|ablaufdatum|validade|validit[àa]|geldig tot|vervaldatum"
)
_SECRET_LABEL = (
    r"cvv2?|cvc2?|cid|csc|security code|pin(?: code)?|pincode|code pin|c[óo]digo(?: de "
    r"seguridad| de seguran[çc]a| pin)?|code de s[ée]curit[ée]|cryptogramme|pr[üu]fziffer|"
    r"sicherheitscode|codice(?: di sicurezza| pin)?|beveiligingscode"
)
_FILLER = r"(?:\s*(?:is|es|est|ist|è|é|=|:|#)\s*|\s+)"
# A bare date needs a two-digit month ("09/27"): "3/4 of" is no expiry. A value's span
# takes its label with it ("PIN 7734"): the reply guardrail removes a repeated value by its
# text, and "7734" alone would also match inside an order number.
_EXPIRY = (
    rf"(?P<expiry>(?:\b(?:{_EXPIRY_LABEL})\b\.?(?: date)?{_FILLER}?(?:0?[1-9]|1[0-2])|"
    r"(?:0[1-9]|1[0-2])) ?/ ?(?:20)?\d{2})(?![\d/])"
)
_SECRET = rf"(?P<secret>\b(?:{_SECRET_LABEL})\b\.?{_FILLER}?\d{{3,4}})(?![\d/])"
# One value right after the card or the previous value: separators and an "and" only.
_NEXT_VALUE = re.compile(
    rf"[\s,;:()\[\]/-]*(?:(?:and|y|et|und|e|en)\s+)?(?:{_EXPIRY}|{_SECRET})", re.IGNORECASE
)
# A labelled CVV/CVC/PIN further on in the post ("..., pin is 4412") belongs to the card.
_LABELLED_SECRET = re.compile(_SECRET, re.IGNORECASE)


def grouped_like_a_card(number: str) -> bool:
    """Whether `number` (digits with spaces or hyphens) is grouped 4-4-4-4, 4-6-5 or not
    at all, with 13-19 digits."""
    groups = [len(g) for g in re.split(r"[ -]", number)]
    if len(groups) == 1:
        return 13 <= groups[0] <= 19
    return groups in ([4, 4, 4, 4], [4, 6, 5])


def labelled_as_card(text: str, start: int) -> bool:
    """Whether a card label ends right before `start` ("card number: 4532 ...")."""
    return _CARD_LABEL.search(text, max(0, start - _LABEL_REACH), start) is not None


def card_secrets(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the expiry dates, CVVs and PINs, with their labels, that follow a card
    number ending at `end`, one after another ("4532 ... exp 09/27, CVV 123"), plus a
    labelled CVV or PIN further on in the post ("..., pin is 4412")."""
    spans: list[tuple[int, int]] = []
    pos = end
    while len(spans) < 4:
        m = _NEXT_VALUE.match(text, pos)
        if m is None:
            break
        spans.append(m.span("expiry" if m.group("expiry") is not None else "secret"))
        pos = m.end()
    for m in _LABELLED_SECRET.finditer(text, pos):
        spans.append(m.span("secret"))
    return spans


def has_card_context(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` has a card label right before it or an expiry,
    CVV or PIN right after it, and is not named as another kind of number."""
    if _OTHER_LABEL.search(text, max(0, start - _LABEL_REACH), start):
        return False
    return labelled_as_card(text, start) or _NEXT_VALUE.match(text, end) is not None
