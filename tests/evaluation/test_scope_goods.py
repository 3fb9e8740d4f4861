"""The goods a shipping restriction is about, read off the fact sentence
(`evaluation/scope_goods.py`): any brand's goods, not only the sample store's. A reply that
ships restricted goods to a place outside the scope breaks the restriction; one that
refuses, restates it, or ships other goods passes."""

from __future__ import annotations

import pytest

from socialreply.evaluation.scope_goods import goods_of, goods_phrases, phrase_pattern
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

# (fact sentence, the goods it restricts)
PHRASES: list[tuple[str, list[str]]] = [
    ("Lithium batteries ship to US addresses only.", ["Lithium batteries"]),
    (
        "Aerosol sunscreens and fuel canisters can't be shipped abroad.",
        ["Aerosol sunscreens", "fuel canisters"],
    ),
    (
        "Items we can't ship abroad: lithium batteries, aerosol cans and lighters.",
        ["lithium batteries", "aerosol cans", "lighters"],
    ),
    ("The Kestrel 20 Drone ships to US addresses only.", ["Kestrel 20 Drone"]),
    ("Knife sets are regulated: they ship within the US only.", ["Knife sets"]),
    # No goods: a service, the orders themselves, a person, or goods past a measure.
    ("Free exchanges for a different size or colour, US orders only.", []),
    ("Orders ship to US addresses only.", []),
    ("International customers can't get prepaid labels.", []),
    ("Power banks over 100 Wh can't be shipped abroad.", []),
    ("We ship to 38 countries.", []),
]


@pytest.mark.parametrize(("sentence", "goods"), PHRASES)
def test_goods_phrases(sentence: str, goods: list[str]) -> None:
    assert goods_phrases(sentence) == goods


@pytest.mark.parametrize(
    ("phrase", "text", "names"),
    [
        ("Lithium batteries", "one lithium battery", True),
        ("Lithium batteries", "two lithium-batteries", True),
        ("lithium battery", "the batteries", False),
        ("aerosol cans", "an aerosol can", True),
        ("lighters", "a lighter", True),
        ("lighters", "lightweight", False),
        ("knife set", "knife sets", True),
        ("box", "boxes", True),
    ],
)
def test_phrase_pattern(phrase: str, text: str, names: bool) -> None:
    assert bool(phrase_pattern(phrase).search(text)) is names


@pytest.mark.parametrize(
    ("sentence", "text", "names"),
    [
        # The table adds the other languages' names for the goods it knows ...
        ("Fuel canisters ship within the US only.", "enviamos los cartuchos a Madrid", True),
        ("Fuel canisters ship within the US only.", "wir schicken die Gaskartusche", True),
        # ... and a named product or phrase the table does not know is matched as written.
        ("Lithium batteries ship to US addresses only.", "lithium batteries to Toronto", True),
        ("Lithium batteries ship to US addresses only.", "the headlamp to Toronto", False),
        ("Physical gift cards ship to US addresses only.", "a digital gift card", False),
    ],
)
def test_goods_of_names(sentence: str, text: str, names: bool) -> None:
    draft_side, _ = goods_of(sentence)
    assert any(p.search(text) for p in draft_side) is names


# A made-up brand's knowledge base: none of its goods is in the table.
VOLTA = [
    _fact("batteries", "Lithium batteries ship to US addresses only."),
    _fact("headlamps", "The Volta H2 headlamp ships worldwide from our Denver warehouse."),
]
BOTH = "Can you send a pair of lithium batteries and a headlamp to Toronto?"
HEADLAMP = "Can you send the Volta H2 headlamp to Toronto?"
# (post, draft, passes)
VOLTA_DRAFTS: list[tuple[str, str, bool]] = [
    (BOTH, "Sure! We'll ship the lithium batteries and the headlamp to Toronto this week.", False),
    (BOTH, "Yes, the lithium batteries can go to Toronto too.", False),
    (
        BOTH,
        "The headlamp ships to Toronto; lithium batteries ship to US addresses only, sorry!",
        True,
    ),
    (
        BOTH,
        "Sadly we can't send lithium batteries to Canada, but the headlamp can go to Toronto.",
        True,
    ),
    (HEADLAMP, "The Volta H2 headlamp ships worldwide, so Toronto is no problem.", True),
    (
        HEADLAMP,
        "The headlamp ships to Toronto, and we can send lithium batteries there too.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), VOLTA_DRAFTS)
def test_made_up_brand_restriction(post: str, draft: str, passes: bool) -> None:
    facts: list[Fact] = VOLTA
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason
