"""Personal data in a post: e-mail addresses, phone numbers, card numbers, order numbers and
postal addresses.

Phone numbers are validated with `phonenumbers` (Google's libphonenumber metadata) for the
policy's regions; card numbers must pass the Luhn check or, grouped like a card, have a
card label or an expiry/CVV/PIN next to them (`card_context`), and the expiry, CVV and PIN
digits after a card count as card data too; order numbers follow the policy's patterns;
postal addresses are a heuristic (house number + street type, US ZIP with state, UK
postcode, continental "Street 12, 12345 City"). `redact_pii` replaces found spans with a
placeholder before a post is sent to an external LLM.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..errors import InputError
from ..types import PIIKind, PIIMatch
from .card_context import CARD_GROUPED, card_secrets, grouped_like_a_card, has_card_context
from .policy import PIIPolicy

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# A shop's or a company's role mailbox ("support@northwindoutfitters.example", "press@…")
# is a business address, not a person's data, as business phone lines are not (blind48,
# spent, session 11: "is support@… the right address to send warranty photos to?").
_ROLE_MAILBOX = re.compile(
    r"(?:support|help|helpdesk|info|service|customerservice|customer-service|customercare|"
    r"care|contact|hello|press|media|privacy|security|returns|orders|sales|billing|"
    r"no-?reply)@",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
# A stretch that could be a phone number: 7+ digits with the usual separators.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+@#/])\+?\(?\d[\d ().\-/]{5,20}\d(?!\d)")
_STREET_TYPES = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|trl|close|crescent"
)
_ADDRESSES = (
    # "1420 Maple Ave", "221B Baker Street, Apt 4", "10 N Main St, Springfield IL 62704"
    re.compile(
        r"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\s+){1,4}"
        rf"(?i:{_STREET_TYPES})\b\.?"
        r"(?:,?\s+(?i:apt|apartment|suite|unit|#)\.?\s*\w+)?"
        r"(?:,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,?\s+[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?)?"
    ),
    # "Springfield, IL 62704" on its own
    re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"),
    # UK postcode "SW1A 1AA"
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),
    # "Hauptstraße 5, 10115 Berlin", "Calle Mayor 12", "12 rue de la Paix, 75002 Paris"
    re.compile(
        r"\b[A-ZÄÖÜ][\wäöüß-]*(?i:stra(?:ss|ß)e|str\.|weg|allee|gasse|platz)\s+\d{1,4}[a-z]?"
        r"(?:,\s*\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    ),
    re.compile(
        r"\b(?i:calle|avenida|avda\.|plaza|paseo|carrer)\s+(?:[\w'-]+\s+){1,4}\d{1,4}\b"
        r"|\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|place|chemin|allée)"
        r"\s+(?:[\w'-]+\s+){0,4}[\w'-]+(?:,\s*\d{5}\s+[A-Z][\w-]+)?"
    ),
    # "Via Garibaldi 14, 20121 Milano", "Rua das Flores 12", "Kerkstraat 12" (blind19:
    # an Italian address in a public post went unflagged). Names are capitalised, so "via
    # DHL 12 days" is not an address.
    re.compile(
        r"\b(?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Rr]ua|[Tt]ravessa|[Pp]ra[çc]a)\s+"
        r"(?:(?:d[aeio]s?|del|della|dei|di)\s+)?(?:[A-Z][a-zà-ü][\w'-]*\s+){1,3}\d{1,4}[a-z]?\b"
        r"(?!\s*(?:days?|hours?|weeks?|business|giorni|ore|dias|%))"
        r"(?:,\s*\d{4,5}(?:-\d{3})?\s+[A-Z][\w-]+)?"
        r"|\b[A-Z][a-z][\w-]*(?:straat|laan|plein|gracht|kade|singel|dijk)\s+\d{1,4}[a-z]?\b"
    ),
)

PLACEHOLDERS: dict[str, str] = {
    "email": "[email]",
    "phone": "[phone]",
    "card_number": "[card number]",
    "order_number": "[order number]",
    "address": "[address]",
}


def card_length_ok(digits: str) -> bool:
    """Whether `digits` has a length the card network of its prefix issues (IIN ranges):
    a Luhn check alone accepts one random digit string in ten (tracking and order numbers)."""
    n = len(digits)
    if digits[0] == "4":  # Visa
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):  # American Express
        return n == 15
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":  # Mastercard
        return n == 16
    if digits[:2] in ("36", "38", "30"):  # Diners Club
        return 14 <= n <= 16
    if digits[:1] in ("3", "6"):  # JCB, Discover, UnionPay
        return 16 <= n <= 19
    return False


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@functools.cache
def _order_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


def _find_phones(
    text: str, regions: tuple[str, ...], taken: list[tuple[int, int]]
) -> list[PIIMatch]:
    found: list[PIIMatch] = []
    candidates = [m for m in _PHONE_CANDIDATE.finditer(text) if not _overlaps(m.span(), taken)]
    if not candidates:
        return found
    pn = _phonenumbers()
    # A toll-free, premium-rate, shared-cost or universal-access number is a business line,
    # not a person's: "the recall line is 1-800-555-0199" in a public post exposes nobody
    # (blind42).
    t = pn.PhoneNumberType
    business = {t.TOLL_FREE, t.PREMIUM_RATE, t.SHARED_COST, t.UAN}
    for cand in candidates:
        if sum(ch.isdigit() for ch in cand.group()) < 7:
            continue
        # Only the candidate is given to libphonenumber: scanning a 100 KB post with it per
        # region would be slow. "+44 ..." is unambiguous, so a possible number is enough; a
        # national number must be valid in one of the policy's regions.
        leniency = pn.Leniency.POSSIBLE if cand.group().startswith("+") else pn.Leniency.VALID
        for region in regions:
            matches = [
                m
                for m in pn.PhoneNumberMatcher(cand.group(), region, leniency=leniency)
                if pn.number_type(m.number) not in business
            ]
            if matches:
                for m in matches:
                    start = cand.start() + m.start
                    found.append(
                        PIIMatch(
                            kind="phone",
                            text=m.raw_string,
                            start=start,
                            end=start + len(m.raw_string),
                        )
                    )
                break
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _card_spans(text: str) -> list[tuple[int, int]]:
    """Spans of card numbers in `text`, in order: Luhn-valid ones, and numbers grouped like
    a card with card context (`card_context`); a mistyped or gift-card number fails Luhn,
    its label or expiry/PIN tells it."""
    cards: list[tuple[int, int]] = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and card_length_ok(digits) and luhn_valid(digits):
            cards.append(m.span())
    for m in CARD_GROUPED.finditer(text):
        if (
            not _overlaps(m.span(), cards)
            and grouped_like_a_card(m.group())
            and has_card_context(text, *m.span())
        ):
            cards.append(m.span())
    return sorted(cards)


def find_pii(text: str, policy: PIIPolicy | None = None) -> list[PIIMatch]:
    """All personal data found in `text`, in order of position; spans never overlap."""
    policy = policy or PIIPolicy()
    kinds = set(policy.kinds)
    found: list[PIIMatch] = []
    taken: list[tuple[int, int]] = []

    def add(kind: PIIKind, start: int, end: int) -> None:
        if kind in kinds and not _overlaps((start, end), taken):
            found.append(PIIMatch(kind=kind, text=text[start:end], start=start, end=end))
            taken.append((start, end))

    if "@" in text:
        for m in _EMAIL.finditer(text):
            if not _ROLE_MAILBOX.match(m.group()):
                add("email", *m.span())
    for pattern in _order_patterns(policy.order_number_patterns):
        for m in pattern.finditer(text):
            add("order_number", *m.span())
    if _DIGIT.search(text) is None:  # cards, phones and addresses all contain digits
        found.sort(key=lambda p: p.start)
        return found
    if "card_number" in kinds:
        for start, end in _card_spans(text):
            if not _overlaps((start, end), taken):
                add("card_number", start, end)
                for span in card_secrets(text, end):
                    add("card_number", *span)
    if "phone" in kinds:
        for match in _find_phones(text, policy.phone_regions, taken):
            add("phone", match.start, match.end)
    if "address" in kinds:
        for pattern in _ADDRESSES:
            for m in pattern.finditer(text):
                add("address", *m.span())
    found.sort(key=lambda p: p.start)
    return found


def redact_pii(text: str, matches: list[PIIMatch]) -> str:
    """`text` with each match replaced by a placeholder such as ``[email]``."""
    out = text
    for match in sorted(matches, key=lambda p: p.start, reverse=True):
        if out[match.start : match.end] != match.text:
            # The matches belong to another text; refuse rather than corrupt it.
            raise InputError("PII matches do not correspond to this text")
        out = out[: match.start] + PLACEHOLDERS[match.kind] + out[match.end :]
    return out
