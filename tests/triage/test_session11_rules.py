"""Session 11's look-alikes (from blind47 and blind48 after their scores, reworded): each
row must not get the named category from the rules, and each real twin beside it still
must. Tested on the rules alone, so the semantic head cannot hide a rule's mistake."""

from __future__ import annotations

import pytest

from .support import rule_categories

QUIET: list[tuple[str, str]] = [
    # two charges explained by a split shipment
    ("fraud_payment", "two charges on my card, I guess because it shipped in two parcels?"),
    (
        "fraud_payment",
        "saw 2 charges, then noticed the boots and socks were sent in separate boxes",
    ),
    # thanks for a person who already answered; a compliment on a human
    ("human_request", "thank you to the real person who answered my DM last night, so kind"),
    ("human_request", "whoever writes these replies is obviously a real human with good jokes"),
    # another company's hack or leak
    ("data_breach", "a huge outdoor gear chain had a data leak last week, do you keep cards?"),
    ("data_breach", "read that another big sports retailer got hacked, scary stuff"),
    # "discriminating" as taste, or a wallet's complaint
    ("discrimination_harassment", "for the discriminating hiker who wants a lighter shell"),
    ("discrimination_harassment", "this sale is discriminating against my bank account 😭"),
    # an injury with no product in it, a back nearly broken by snacks
    ("safety_injury", "sprained my wrist in a bike crash, no Northwind gear involved, need gloves"),
    ("safety_injury", "twisted my ankle on the stairs at home, not even on a trail lol"),
    ("safety_injury", "this pack nearly broke my back once I loaded it with books 😂"),
    # a lawsuit in jest
    (
        "legal_threat",
        "suing you all for emotional damage, the green fleece sold out (jk pls restock)",
    ),
    ("legal_threat", "I will sue northwind for this sale, just kidding lol"),
    ("legal_threat", "court case of the year: me vs my wallet at the northwind sale"),
]

FIRES: list[tuple[str, str]] = [
    ("fraud_payment", "two charges on my card for one order and only one box arrived"),
    ("human_request", "I need a real person, not the bot, to look at my refund"),
    ("data_breach", "your site leaked my address: a stranger mailed me my own order details"),
    (
        "discrimination_harassment",
        "your store clerk was discriminating against my son for his accent",
    ),
    ("safety_injury", "the trekking pole snapped and I broke my wrist on the descent"),
    ("safety_injury", "the buckle failed on the trail and I broke my ankle"),
    ("legal_threat", "are you kidding me? I'm suing you, my lawyer already has the emails"),
    ("legal_threat", "not kidding: I will sue northwind if the refund isn't here by Friday"),
]


@pytest.mark.parametrize(("category", "text"), QUIET)
def test_look_alike_stays_quiet(category: str, text: str) -> None:
    assert category not in rule_categories(text)


@pytest.mark.parametrize(("category", "text"), FIRES)
def test_real_twin_still_fires(category: str, text: str) -> None:
    assert category in rule_categories(text)
