"""Query-side text handling for retrieval: BM25 tokens for codes (SKUs, model and phone
numbers), spelling correction against the corpus, and products named by SKU or style code."""

from __future__ import annotations

import pytest

from socialreply.knowledge.documents import MetaValue
from socialreply.knowledge.retrieval import CorpusIndex, split_words
from socialreply.knowledge.spelling import SpellingCorrector, english_words, within_one_edit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rain jacket", ["rain", "jacket"]),
        ("a b cd", ["cd"]),  # one-letter words are dropped, as bm25s does
        ("NW-RJW-S-BERR", ["nw", "rjw", "berr", "nw-rjw-s-berr", "nw-rjw", "nw-rjw-s"]),
        ("is NW-ST200 recalled", ["is", "nw", "st200", "recalled", "nw-st200"]),
        ("1-800-555-0199", ["800", "555", "0199", "1-800-555-0199", "1-800", "1-800-555"]),
        ("2.5-layer shell", ["layer", "shell", "2.5-layer", "2.5"]),
        ("full-length zips", ["full", "length", "zips", "full-length"]),
    ],
)
def test_split_words_keeps_codes_whole_and_their_leading_parts(
    text: str, expected: list[str]
) -> None:
    assert split_words(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("retrun", "return", True),  # transposition
        ("windw", "window", True),  # a letter left out
        ("shoees", "shoes", True),  # a letter too many
        ("jaket", "jacket", True),
        ("canda", "canada", True),
        ("shoos", "shoes", True),  # substitution
        ("itme", "item", True),
        ("itme", "time", True),
        ("return", "return", False),  # equal is not an edit
        ("boots", "botas", False),  # two edits
        ("ab", "abcd", False),
        ("abcd", "badc", False),  # two transpositions
    ],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


CORPUS = [
    "Return window: 30 days. Return the item unworn.",
    "Shipping to Canada takes 5-9 days. Shipping time depends on the carrier.",
    "Time to ship: one day. Delivery time varies. Filled with down.",
    "Thumb loops keep the sleeves down. Microspikes for icy trails. Payer layer.",
    "Doesn't fit? Exchange it. Does it ship today? Killer deals over there.",
]
KNOWN = frozenset({"killed", "doesn", "they", "min", "pay", "shoo"})


def _strip_s(word: str) -> str:  # a toy stemmer
    return word[:-1] if word.endswith("s") else word


@pytest.fixture(scope="module")
def speller() -> SpellingCorrector:
    return SpellingCorrector(CORPUS, stem=_strip_s, known=KNOWN)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("retrun windw", "return window"),
        ("how long to canda", "how long to canada"),
        ("Shiping to Canda?", "shipping to canada?"),
        ("mircospikes size", "microspikes size"),
        ("a sale itme", "a sale item"),  # first letter kept: not "time"
        ("oops wrong colour", "oops wrong colour"),  # not "loops"
        ("you killed my order", "you killed my order"),  # an English word, not "killer"
        ("it doesnt fit, theyre small", "it doesnt fit, theyre small"),  # contractions
        ("20 mins ago", "20 mins ago"),  # plural of a known word
        ("size 8", "size 8"),
        ("NW-ST200 retrun", "NW-ST200 return"),  # codes untouched
        ("je dois payer des frais", "je dois payer des frais"),  # French, not misspelt
        ("¿cuánto tarda en llegar a Canda?", "¿cuánto tarda en llegar a Canda?"),
        ("ordr", "ordr"),  # no corpus word one edit away
    ],
)
def test_spelling_correction(speller: SpellingCorrector, query: str, expected: str) -> None:
    assert speller.correct(query) == expected


def test_words_sharing_a_corpus_stem_are_not_corrected() -> None:
    speller = SpellingCorrector(["one return"], stem=_strip_s, known=frozenset())
    assert speller.correct("returns retrun") == "returns return"


def test_the_most_frequent_candidate_wins() -> None:
    speller = SpellingCorrector(["boots", "boots again", "bolts"], known=frozenset())
    assert speller.correct("boxts") == "boots"


def test_english_vocabulary_ships_with_the_package() -> None:
    words = english_words()
    assert {"killed", "return", "window"} <= words
    assert "retrun" not in words and "##ing" not in words


def _product(handle: str, title: str, skus: str) -> dict[str, MetaValue]:
    return {"doc_type": "product", "doc_id": handle, "handle": handle, "title": title, "skus": skus}


@pytest.fixture(scope="module")
def index() -> CorpusIndex:
    metadatas: list[dict[str, MetaValue]] = [
        _product("rain-jacket", "Ridgeline Rain Jacket", "NW-RJW-S-BERR,NW-RJW-M-BERR"),
        _product("rain-pants", "Packable Rain Pants", "NW-PRP-S,NW-PRP-M"),
        _product("stove", "Ember 2 Stove", "NW-ST200"),
        {"doc_type": "policy", "doc_id": "returns", "title": "Returns"},
    ]
    texts = [
        "Ridgeline Rain Jacket. Variants: SKU NW-RJW-S-BERR, SKU NW-RJW-M-BERR.",
        "Packable Rain Pants. Variants: SKU NW-PRP-S, SKU NW-PRP-M.",
        "Ember 2 Stove, model NW-ST200. Recalled.",
        "Return window: 30 days. Call 1-800-555-0199 about the NW-ST200 recall.",
    ]
    return CorpusIndex([f"c{i}" for i in range(4)], texts, metadatas)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("is NW-RJW-S-BERR on sale", {"rain-jacket"}),  # a full SKU
        ("nw-rjw in medium?", {"rain-jacket"}),  # a style code: the SKU's leading parts
        ("NW-PRP over boots", {"rain-pants"}),
        ("is nw-st200 recalled", {"stove"}),
        ("rain-pants sizes", {"rain-pants"}),  # a handle
        ("anything from NW?", set()),  # shared by every SKU: names nothing
        ("ridgeline rain jacket", {"rain-jacket"}),  # a full title
        ("the ridgeline one", set()),  # one title word is not an exact name
    ],
)
def test_products_named_exactly(index: CorpusIndex, query: str, expected: set[str]) -> None:
    assert index.exactly_named_products(query) == expected


def test_bm25_matches_whole_codes(index: CorpusIndex) -> None:
    # "nw" is in every text; the whole code is in one product's text only.
    best, _ = index.bm25("NW-PRP-M", 4, None)[0]
    assert index.doc_ids[best] == "rain-pants"
    best, _ = index.bm25("call 1-800-555-0199", 4, None)[0]
    assert index.doc_ids[best] == "returns"


def test_index_corrects_spelling_to_its_own_vocabulary(index: CorpusIndex) -> None:
    assert index.correct_spelling("retrun windw for the stvoe") == "return window for the stove"
