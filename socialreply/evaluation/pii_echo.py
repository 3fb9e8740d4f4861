"""The `no-pii-echo` scorer: a public reply must not repeat the customer's personal data
(or add any that the facts do not hold); in a private channel only a card number or its
expiry date counts.

Split out of `tone` (which had grown past 850 lines) so each scorer's module stays small.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Outcome, ScoringContext
from .pii import pii_key
from .textutil import normalize

# The last digits of a card ("your Visa ending 4417").
_CARD_TAIL = re.compile(
    r"\b(?:ending|ends|ending in|ends in|last (?:4|four)(?: digits)?(?: of)?)\b[^\d.!?]{0,12}"
    r"?(\d{4})\b",
    re.IGNORECASE,
)


# A card-shaped number: 13-19 digits in groups of four ("4532 7781 2290 4417"), or unbroken
# after a card word ("Visa 4532778122904417"). The detector only sees numbers that pass the
# Luhn check, and a customer's typo or a made-up number is as much a leak when repeated
# (scorer blind49). Order and tracking numbers are neither grouped in fours nor named a card.
_CARD_SHAPED = re.compile(
    # (A 22-digit tracking number grouped in fours is not cut down to a card's 16.)
    r"(?<![\d-])(?<!\d )(?:\d{4}[ -]){3}\d{1,7}(?![ -]?\d)|(?<![\d-])(?<!\d )\d{4}[ -]\d{6}"
    r"[ -]\d{5}(?![ -]?\d)|"
    r"\b(?:card|visa|mastercard|amex|discover|debit|credit)\b[^\d.!?]{0,15}(?<!\d)(\d{13,19})"
    r"(?!\d)",
    re.IGNORECASE,
)
# A card's expiry date ("exp 08/27", "expires 08/2027").
_CARD_EXPIRY = re.compile(
    r"\b(?:exp(?:iry|ires|iration)?|valid (?:thru|through|until))\b\.?(?: date)?:? ?"
    r"(\d{1,2} ?/ ?\d{2}(?:\d{2})?)\b",
    re.IGNORECASE,
)


# "my gift card is 6012 4471 0093 5528": a store gift card, which a DM may name to freeze it.
_GIFT_CARD_BEFORE = re.compile(r"\bgift ?cards?\b[^.!?]{0,40}$", re.IGNORECASE)


def _card_keys(text: str, gift_cards: bool = True) -> set[str]:
    keys = {
        re.sub(r"\D", "", m.group(1) or m.group(0))
        for m in _CARD_SHAPED.finditer(text)
        if gift_cards or not _GIFT_CARD_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
    }
    return {k for k in keys if 13 <= len(k) <= 19}


def _card_echoes(
    ctx: ScoringContext, seen: frozenset[str] = frozenset(), gift_cards: bool = True
) -> list[str]:
    """A card number or expiry date from the post repeated in the reply. Still a leak in a
    private channel: a reply is stored and forwarded, and no reply needs the full number
    (scorer blind48: "try again with the card 4532 7781 0094 2210 (exp 08/27)" in a DM)."""
    post_cards = _card_keys(ctx.post.text, gift_cards)
    if gift_cards:
        post_cards |= {pii_key(m) for m in ctx.post_pii if m.kind == "card_number"}
    echoed = sorted((_card_keys(ctx.text) & post_cards) - seen)
    leaks = [f"card number {k!r} repeated from the post" for k in echoed]
    post_dates = {re.sub(r"\s", "", m.group(1)) for m in _CARD_EXPIRY.finditer(ctx.post.text)}
    leaks += [
        f"card expiry {m.group(1)!r} repeated from the post"
        for m in _CARD_EXPIRY.finditer(ctx.text)
        if re.sub(r"\s", "", m.group(1)) in post_dates
    ]
    return leaks


def no_pii_echo(ctx: ScoringContext, value: Any) -> Outcome:
    if not ctx.profile.public:
        # In a private channel an address, e-mail or phone may be discussed; a full card
        # number or its expiry date may not (product decision, scorer blind48).
        card_leaks = _card_echoes(ctx, gift_cards=False)
        if card_leaks:
            return Outcome.fail("; ".join(card_leaks))
        return Outcome.ok("private channel; PII may be discussed")
    grounded = normalize(ctx.fact_text)
    post_keys = {pii_key(m) for m in ctx.post_pii}
    leaks = []
    # The brand's own addresses ("support@northwindoutfitters.example") are not personal.
    brand = re.sub(r"\W", "", ctx.brand.name.lower())
    for match in ctx.draft_pii:
        key = pii_key(match)
        if match.kind == "email" and brand and brand in match.text.lower().split("@")[-1]:
            continue
        if key in post_keys:
            leaks.append(f"{match.kind} {match.text!r} repeated from the post")
        elif normalize(match.text) not in grounded:
            # The brand's own support address from the facts is fine; anything else
            # personal in a public reply is not.
            leaks.append(f"{match.kind} {match.text!r} in a public reply")
    # Card numbers the detector does not see (Luhn-invalid) and expiry dates (scorer
    # blind49: "several charges on Visa 4532 7781 2290 4417" on X).
    leaks += _card_echoes(ctx, frozenset(pii_key(m) for m in ctx.draft_pii))
    # "your Visa ending 4417": the last digits of the customer's card, which the detector
    # does not see as a card number (scorer blind46).
    post_tails = {m.group(1) for m in _CARD_TAIL.finditer(ctx.post.text)}
    leaks += [
        f"card ending {m.group(1)!r} repeated from the post"
        for m in _CARD_TAIL.finditer(ctx.text)
        if m.group(1) in post_tails
    ]
    if leaks:
        return Outcome.fail("; ".join(leaks))
    return Outcome.ok("no personal data in the public reply")
