"""Card numbers told by their context (`socialreply/triage/card_context.py`): a number
grouped like a card that fails Luhn (mistyped, or a gift card) is a card when a card label
stands right before it or an expiry/CVV/PIN right after it; the expiry, CVV and PIN digits
after any card are redacted with it. Order, tracking and phone numbers and prices are not
cards. Every number below fails Luhn unless its row says otherwise."""

from __future__ import annotations

import pytest

from socialreply.triage import find_pii, redact_pii, triage
from socialreply.triage.card_context import grouped_like_a_card
from socialreply.triage.pii import luhn_valid

# (post, the card data found: the number, then its expiry/CVV/PIN values with their labels)
CARDS: list[tuple[str, list[str]]] = [
    (
        "payment keeps bouncing, 4929 1830 5512 7764 exp 11/26, what gives",
        ["4929 1830 5512 7764", "exp 11/26"],
    ),
    (
        "número de tarjeta 5412 7700 3318 9052, caduca 03/28",
        ["5412 7700 3318 9052", "caduca 03/28"],
    ),
    ("numéro de carte : 4970 1100 2233 4455 refusé", ["4970 1100 2233 4455"]),
    ("Kartennummer 6011 2290 4417 3301, PIN 5521", ["6011 2290 4417 3301", "PIN 5521"]),
    (
        "numero di carta 4023 6001 2345 7781 scadenza 10/29",
        ["4023 6001 2345 7781", "scadenza 10/29"],
    ),
    ("número do cartão 5502 1234 9876 0012, cvv 447", ["5502 1234 9876 0012", "cvv 447"]),
    ("mijn kaartnummer is 6703 4410 2288 1937", ["6703 4410 2288 1937"]),
    ("gift card 6006 4922 7810 3345 isn't loading", ["6006 4922 7810 3345"]),
    (
        "tarjeta regalo 6011 3300 4455 6617 no funciona, el pin es 9921",
        ["6011 3300 4455 6617", "pin es 9921"],
    ),
    ("amex 3782 822463 10006 cvc 1234", ["3782 822463 10006", "cvc 1234"]),  # 4-6-5
    (
        "my card is 4929183055127764, valid thru 11/26",
        ["4929183055127764", "valid thru 11/26"],
    ),  # unbroken
    ("can't pay with 4532 0151 1283 0367 02/29 at all", ["4532 0151 1283 0367", "02/29"]),
    ("card 4111 1111 1111 1112 declined", ["4111 1111 1111 1112"]),
    # Luhn-valid: a card as before, and now its expiry and CVV are card data too.
    ("card 4556 7375 8689 9855 exp 09/28 cvv 123", ["4556 7375 8689 9855", "exp 09/28", "cvv 123"]),
]

# (post, the PII kinds found): none of these is a card.
NOT_CARDS: list[tuple[str, list[str]]] = [
    ("4111 1111 1111 1112 is not a valid card number", []),  # a label after it does not count
    ("ref 4532 7781 0093 2216 from the bank statement", []),  # no card context
    ("my card was charged twice for order 1234567890123", []),  # "card" not right before it
    ("tracking 9400 1111 2222 3333 09/27 still not moving", []),  # named a tracking number
    ("order 4532 7781 0093 2210 exp 09/27??", []),  # named an order number
    ("Tracking 9400 1111 2222 3333 4444 55 shows it moving, exp 09/27", []),  # 22 digits
    ("card 4532 77 81 00 93 22 16 exp 09/27", []),  # not grouped like a card
    ("gift card 6006 4922 7810, pin 4471", []),  # 12 digits
    ("card 45327781009322160000 exp 09/27", []),  # 20 digits
    ("paid $1,249.99 on my card ending 4417, exp 09/27", []),  # a price and the last four
    ("order #45327781 declined, card exp 09/27", ["order_number"]),
    ("text me at +49 1512 3456 7890, PIN 4471", ["phone"]),
]


@pytest.mark.parametrize("number", [r[1][0] for r in CARDS])
def test_rows_are_what_they_say(number: str) -> None:
    digits = "".join(ch for ch in number if ch.isdigit())
    assert luhn_valid(digits) is (digits == "4556737586899855")


@pytest.mark.parametrize(("text", "found"), CARDS)
def test_card_found_with_its_context(text: str, found: list[str]) -> None:
    matches = find_pii(text)
    assert [(m.kind, m.text) for m in matches] == [("card_number", f) for f in found]
    for m in matches:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(("text", "kinds"), NOT_CARDS)
def test_not_a_card(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in find_pii(text)] == kinds


@pytest.mark.parametrize(
    ("number", "card_like"),
    [
        ("4532 7781 0093 2216", True),
        ("4532-7781-0093-2216", True),
        ("3782 822463 10006", True),
        ("4532778100932216", True),
        ("4532 7781 0093 2216 123", False),
        ("45 32 77 81 00 93 22 16", False),
        ("4532 7781 0093", False),
        ("453277810093", False),
    ],
)
def test_grouped_like_a_card(number: str, card_like: bool) -> None:
    assert grouped_like_a_card(number) is card_like


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Kartennummer 6011 2290 4417 3301, PIN 5521",
            "Kartennummer [card number], [card number]",
        ),
        (
            "keeps failing, 4929 1830 5512 7764 exp 11/26 cvc 093",
            "keeps failing, [card number] [card number] [card number]",
        ),
        ("pay with 4532 0151 1283 0367 02/29", "pay with [card number] [card number]"),
        # Without a card, an expiry or a PIN is not redacted.
        ("the promo runs until 09/27, PIN 4471 is the lock code", None),
    ],
)
def test_redaction_covers_expiry_cvv_and_pin(text: str, redacted: str | None) -> None:
    assert redact_pii(text, find_pii(text)) == (text if redacted is None else redacted)


@pytest.mark.parametrize(
    "text",
    ["Kartennummer 6011 2290 4417 3301, PIN 5521", "gift card 6006 4922 7810 3345 isn't loading"],
)
@pytest.mark.parametrize(
    ("platform", "exposed"), [("x", True), ("facebook", True), ("x_dm", False)]
)
def test_context_card_is_privacy_exposure_in_public(
    text: str, platform: str, exposed: bool
) -> None:
    result = triage(text, platform=platform)
    assert "card_number" in {m.kind for m in result.pii}
    assert ("privacy_exposure" in result.escalation.categories) is exposed
    for signal in result.escalation.signals:
        assert "6011" not in signal.evidence and "6006" not in signal.evidence
