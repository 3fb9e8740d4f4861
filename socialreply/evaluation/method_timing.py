"""A time that the facts give one way of being refunded or paid, stated for another: part of
the ``numbers-supported`` scorer.

"On a card it then shows up within 24 hours" when the facts say a refund takes 5-10
business days to appear on a credit or debit card and 24 hours only for store credit or
gift cards (scorer blind57). The number is in the facts, so the plain lookup supports it;
and `accuracy`'s subject check sees "card" on both sides (a "gift card" is a card too).
Here each way (a card, a gift card or store credit, PayPal, Klarna, a bank transfer) is
told apart, in the supported languages, and a clause of the draft that names one way only
is held to the times the facts give that way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textutil import Claim, extract_claims

# Gift cards and store credit first: their "card" is not a payment card.
_METHODS = (
    (
        "store credit or a gift card",
        r"gift ?cards?|store credit|account credit|tarjetas? (?:de )?regalo|saldo (?:de|en) (?:la "
        r")?tienda|cr[ée]dito (?:de|en|na) (?:la )?(?:tienda|loja)|cartes?[- ]cadeaux?|bons? "
        r"d'achat|(?:un|votre|ton) avoir|geschenk(?:karte|gutschein)\w*|gutschein\w*|guthaben|"
        r"carta regalo|buono regalo|credito (?:del|in) negozio|cart[ãa]o[- ](?:presente|oferta)|"
        r"vale[- ]presente|cadeau(?:kaart|bon)\w*|tegoed",
    ),
    ("PayPal", r"paypal"),
    ("Klarna", r"klarna"),
    (
        "a card",
        r"(?:credit|debit|bank) ?cards?|cards?|tarjetas?|cartes?|\w*karten?|carta|cart[ãa]o|"
        r"cart[õo]es|\w*kaart(?:en)?|creditcards?",
    ),
    (
        "a bank transfer",
        r"bank transfer|wire transfer|transferencia|virement|[üu]berweisung|bonifico|"
        r"transfer[êe]ncia|overschrijving",
    ),
)
_METHOD_RES = [(name, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for name, p in _METHODS]
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\band\b|\bthen\b|\bwhile\b|\bwhereas\b", re.I)


def _methods(text: str) -> set[str]:
    """The ways of payment `text` names (a gift card is not also a card)."""
    found = set()
    for name, pattern in _METHOD_RES:
        if pattern.search(text):
            found.add(name)
            text = pattern.sub(" ", text)
    return found


def _clauses(text: str) -> list[str]:
    """Clauses with their own number; a clause without one (a subject: "On a card it") is
    joined to the next (the sentence's last one to the one before), never across a
    sentence end."""
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        pending, start = "", len(out)
        for part in _CLAUSE.split(sentence):
            pending = f"{pending} {part}" if pending else part
            if extract_claims(part):
                out.append(pending)
                pending = ""
        # A subject after the number ("5-10 business days for a card") stays with it.
        if pending.strip() and len(out) > start:
            out[-1] += " " + pending
    return out


@lru_cache(maxsize=1024)
def _fact_times(facts: str) -> tuple[tuple[frozenset[str], tuple[Claim, ...]], ...]:
    """Each fact clause that states a duration: the ways it names and its durations."""
    return tuple(
        (frozenset(_methods(clause)), durations)
        for clause in _clauses(facts)
        if (durations := tuple(c for c in extract_claims(clause) if c.kind == "duration"))
    )


def method_swaps(draft: str, facts: str) -> list[str]:
    """Durations the draft states for one way of payment that the facts state only for
    others, while giving that way a different time."""
    known = _fact_times(facts)
    if len({m for methods, _ in known for m in methods}) < 2:
        return []
    problems = []
    for clause in _clauses(draft):
        methods = _methods(clause)
        if len(methods) != 1:
            continue
        (method,) = methods
        for claim in (c for c in extract_claims(clause) if c.kind == "duration"):
            backing = [ms for ms, times in known if any(claim.matches(t) for t in times)]
            # Stated for this way, or in a clause that names no way at all: supported.
            if not backing or any(method in ms or not ms for ms in backing):
                continue
            own = [t for ms, times in known if ms == {method} for t in times]
            if not own or any(claim.matches(t) for t in own):
                continue
            others = sorted(set().union(*backing))
            problems.append(
                f"{claim.text!r} is the facts' time for {' / '.join(others)}; for {method} "
                f"they say {own[0].text!r}"
            )
    return problems
