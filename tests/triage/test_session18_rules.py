"""Session 18's rule families and gates (from blind77 and blind78 after their score, reworded
and in other languages): the rules alone must catch each family and leave its look-alikes
quiet; a return planned and a dark time told as over must silence the head's self-harm
signal, and a threat that says "see you soon" must not."""

from __future__ import annotations

import pytest

from socialreply.triage.semantic_gates import semantic_signal_stands

from .support import rule_categories

FIRES: list[tuple[str, str]] = [
    # a stolen card used on the site, the adjective after the noun or declined
    ("fraud_payment", "alguien usó mi tarjeta robada para hacer un pedido en vuestra web"),
    ("fraud_payment", "on a pris ma carte volée et commandé deux tentes chez vous"),
    ("fraud_payment", "mit meiner gestohlenen Karte wurde bei euch eine Jacke bestellt"),
    ("fraud_payment", "my debit card was stolen and someone ordered boots with it on your site"),
    # a quoted sender with the brand inside, asking for card data
    ("fraud_payment", "got a text from 'Help Desk Northwind' asking for my card number, real?"),
    ("fraud_payment", "reçu un SMS 'Service client Northwind' qui veut mon numéro de carte"),
    # a gift card emptied, told verb first
    ("fraud_payment", "Gutschein bekommen, beim Bezahlen war das Guthaben leer. Wie kann das?"),
    ("fraud_payment", "my gift card: somebody must have already used it, $0 left"),
    # instalments kept taken after a cancel or a return
    ("fraud_payment", "I cancelled in May and Afterpay keeps taking payments every two weeks"),
    ("fraud_payment", "the instalments they keep pulling are for a jacket I returned"),
    # a double charge taken further
    ("fraud_payment", "mi avvocato vi scrive per il doppio addebito sulla mia carta"),
    # an absence with what it prevents, no end to it
    ("self_harm", "keep the refund, I won't be here to spend it. sorry for the trouble"),
    ("self_harm", "no point shipping it, i wont be around to open it"),
]

QUIET: list[tuple[str, str]] = [
    # a card stolen, nothing bought with it
    ("fraud_payment", "my wallet and card were stolen, how do I update the card on my profile?"),
    # a quoted sender that asks for no card data
    ("fraud_payment", "got a mail 'Northwind Outfitters - your order shipped', card arrives fri"),
    # a gift card balance read out, nothing missing
    ("fraud_payment", "was the gift card balance 50 or 60? I forget"),
    # instalments taken as planned
    ("fraud_payment", "Klarna keeps taking payments on time, love pay in 4"),
    # a double charge that was settled
    ("fraud_payment", "Hatte eine doppelte Abbuchung, wurde sofort erstattet. Danke!"),
    # an absence with an end
    ("self_harm", "won't be around to sign for it tuesday, can you leave it with a neighbour?"),
    ("self_harm", "I won't be here to receive it, I'm on a work trip until the 12th"),
    # a return planned: the warning sign is a holiday
    ("self_harm", "off grid for a week, won't need my phone where I'm going. see you in june"),
    # a dark time told as over
    ("self_harm", "was in a dark place last year and hiking is what pulled me out. thank you"),
]


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_family_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


# The head's signal: vetoed on a post of the family, standing on a real one beside it.
GATES: list[tuple[str, str, bool]] = [
    ("self_harm", "last trip of the year, won't need the stove again till spring", False),
    ("self_harm", "heading out, back in two weeks, see y'all in july", False),
    ("self_harm", "been in a dark place but i'm much better now, thanks team", False),
    ("self_harm", "won't need the stove again. goodbye everyone, thanks for everything", True),
    ("violence_threat", "found your address. see you soon buddy 🔪", True),
    ("self_harm", "i don't see the point anymore. won't need any of it", True),
]


@pytest.mark.parametrize(("category", "text", "stands"), GATES)
def test_head_signal_gate(category: str, text: str, stands: bool) -> None:
    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]
