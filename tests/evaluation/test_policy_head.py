"""The learned invented-policy check (`policy_head.py`, `no-unauthorized-promises` with value
"learned"): the shipped weights match the training script and data, the support features,
the scoring mechanics, laziness, and behaviour on rows that are in no training file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import numpy as np
import numpy.typing as npt
import pytest

from socialreply.evaluation.assertions import check_value
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.policy_head import (
    DENSE_FEATURES,
    POLICY_HEAD_FILE,
    POLICY_HEAD_VERSION,
    PolicyHead,
    content_words,
    dense_row,
    draft_inputs,
    shipped_head,
    support_grams,
    support_words,
)
from socialreply.evaluation.promises import no_unauthorized_promises
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .training_scripts import training_script

REPO = Path(__file__).resolve().parents[2]


def _training_script() -> ModuleType:
    return training_script("train_policy_head")


# --- the shipped weights ----------------------------------------------------------------


def test_shipped_head_matches_the_training_script_and_data() -> None:
    script = _training_script()
    head = PolicyHead.load(POLICY_HEAD_FILE)
    assert head.version == POLICY_HEAD_VERSION
    assert 0.5 < head.threshold < 1.0
    assert len(head.vocabulary) == len(set(head.vocabulary)) > 1000
    assert head.vector_weights.shape == (384,)
    assert head.dense_weights.shape == (len(DENSE_FEATURES),)
    # A change to the labelled batches, the glossaries or the training settings without
    # rerunning the script fails here.
    assert head.data_digest == script.data_digest(script.training_files()), (
        "policy_head.npz is stale: rerun benchmarks/train_policy_head.py --write"
    )
    assert POLICY_HEAD_FILE.stat().st_size < 3_000_000


def test_the_head_loads_lazily() -> None:
    code = (
        "from socialreply.evaluation import policy_head, promises\n"
        "from socialreply.evaluation.context import ScoringContext\n"
        "from socialreply.types import Post\n"
        "ctx = ScoringContext(post=Post(text='hi', platform='x'), text='Thanks! DM us.')\n"
        "promises.no_unauthorized_promises(ctx, None)\n"
        "assert policy_head.shipped_head.loaded == [], 'loaded without being asked for'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# --- support features, no model needed ------------------------------------------------------

FACTS = ["Northwind apparel has a two-year warranty: defects are repaired free of charge."]
POST = "The zipper on my rain jacket split after a year, is that covered?"


@pytest.mark.parametrize(
    ("reading", "supported", "unsupported"),
    [
        ("The repair is free under the warranty.", {"repair", "free", "warranty"}, set()),
        ("We'll send you a brand-new jacket straight away.", {"jacket"}, {"brand", "straight"}),
        ("Repaired for free, of course.", {"repaired", "free"}, {"course"}),
        ("Sorry about the zipper!", {"zipper"}, set()),  # "sorry", "about": stop words
    ],
)
def test_support_grams_mark_words_the_facts_and_post_lack(
    reading: str, supported: set[str], unsupported: set[str]
) -> None:
    grams = support_grams(reading, support_words([*FACTS, POST]))
    assert {"+" + w for w in supported} <= grams
    assert {"\u00ac" + w for w in unsupported} <= grams
    assert not {"\u00ac" + w for w in supported} & grams
    assert not {"+" + w for w in unsupported} & grams


@pytest.mark.parametrize(
    ("sentence", "new_numbers", "cues"),
    [
        ("The repair is free for 2 years.", 1, 1),  # "2" is not in the facts or post
        ("We'll always send a new one for free, whatever happened.", 0, 4),
        ("DM us your order number.", 0, 0),
        ("Refunded in 3 to 5 days, 10 at most.", 3, 1),
    ],
)
def test_dense_row_counts_new_numbers_and_cues(sentence: str, new_numbers: int, cues: int) -> None:
    row = dict(zip(DENSE_FEATURES, dense_row(sentence, sentence, set(), set(), 0.25), strict=True))
    assert row["unsupported_numbers"] == new_numbers
    assert row["cues"] == min(3, cues)
    assert row["cues_x_far"] == pytest.approx(min(3, cues) * 0.75)
    assert row["fact_cosine"] == 0.25


def test_content_words_skip_function_words() -> None:
    assert content_words("We'll send you a brand-new jacket!") == ["send", "brand", "new", "jacket"]


def _ones(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    return np.ones((len(texts), 384), dtype=np.float32)


def test_draft_inputs_shapes_and_fact_cosine() -> None:
    parts = ["Sorry!", "We'll send a new jacket."]
    inputs = draft_inputs(parts, "en", FACTS, POST, _ones)
    assert inputs.vectors.shape == (2, 384)
    assert inputs.dense.shape == (2, len(DENSE_FEATURES))
    assert inputs.dense[:, 0] == pytest.approx([1.0, 1.0])  # equal vectors: cosine 1
    no_facts = draft_inputs(parts, "en", [], POST, _ones)
    assert no_facts.dense[:, 0] == pytest.approx([0.0, 0.0])


# --- mechanics --------------------------------------------------------------------------------


def _toy_head(threshold: float = 0.5) -> PolicyHead:
    return PolicyHead(
        vocabulary=("\u00acbrand", "\u00acstraight", "+jacket"),
        gram_weights=np.array([2.0, 2.0, 0.0], dtype=np.float32),
        vector_weights=np.zeros(384, dtype=np.float32),
        dense_weights=np.zeros(len(DENSE_FEATURES), dtype=np.float32),
        bias=-2.0,
        threshold=threshold,
    )


def test_flagged_sentences() -> None:
    head = _toy_head()
    text = "Sorry about that! We'll send a brand-new jacket straight away."
    hits = head.flagged(text, FACTS, POST, "en", embed=_ones)
    # 3 vocabulary grams: (2 + 2 + 0) / sqrt(3) - 2 = 0.31 -> 0.58
    p = 1 / (1 + np.exp(-(4 / np.sqrt(3) - 2)))
    assert [s for s, _ in hits] == ["We'll send a brand-new jacket straight away."]
    assert hits[0][1] == pytest.approx(p)
    assert _toy_head(0.9).flagged(text, FACTS, POST, "en", embed=_ones) == []
    assert head.flagged("", FACTS, POST, "en", embed=_ones) == []


@pytest.mark.parametrize(
    ("value", "ok"), [(None, True), ("learned", True), ("strict", False), (1, False)]
)
def test_no_unauthorized_promises_takes_no_value_or_learned(value: object, ok: bool) -> None:
    spec = AssertionSpec(type="no-unauthorized-promises", value=value)
    assert (check_value(spec) is None) is ok


def test_shipped_head_is_cached() -> None:
    assert shipped_head() is shipped_head()


# --- the shipped head on rows in no training file ---------------------------------------------


def _ctx(text: str, facts: Sequence[str], post: str) -> ScoringContext:
    return ScoringContext(
        post=Post(text=post, platform="x"),
        text=text,
        facts=[Fact(id=f"f{i}", doc_id="d", source="s", text=t) for i, t in enumerate(facts)],
    )


WARRANTY = [
    "Northwind apparel has a two-year warranty against defects in materials and workmanship.",
    "Warranty repairs are free; send photos and your order number to start a claim.",
]
SHIPPING = [
    "Orders ship free over $75; otherwise standard shipping is $6.95.",
    "International orders pay duties at checkout.",
]
GIFT_CARD = ["A lost gift card can't be replaced or refunded, so please keep it somewhere safe."]
GIFT_POST = "I lost my gift card, can you replace it?"

# Invented policy the promise rules pass: a replacement the facts rule out.
NEW_INVENTED = [
    (
        "Sorry to hear that! We can cancel the old card and send you a new one with the "
        "same balance.",
        GIFT_CARD,
        GIFT_POST,
    ),
    # The head fitted on 87 files scored this 0.771 against its threshold 0.753; the refit on
    # 96 (session 21, blind94-103 added) scores it 0.756 against 0.785. Kept as a known miss
    # (strict: a refit that catches it again must drop the mark), not tuned around.
    pytest.param(
        "Lo sentimos mucho. Podemos bloquear la tarjeta y enviarte una nueva con el mismo saldo.",
        GIFT_CARD,
        GIFT_POST,
        marks=pytest.mark.xfail(strict=True, reason="below the 96-file head's threshold"),
    ),
]
SUPPORTED = [
    (
        "So sorry about the seam! It's covered by our two-year warranty, so the repair is "
        "free. DM us photos and your order number.",
        WARRANTY,
        "My hiking jacket's seam came apart after 8 months, covered?",
    ),
    (
        "Standard shipping is $6.95 on a $40 order; orders over $75 ship free.",
        SHIPPING,
        "How much is shipping to Ohio for a $40 order?",
    ),
    (
        "Sorry to hear that! Unfortunately a lost gift card can't be replaced or refunded.",
        GIFT_CARD,
        GIFT_POST,
    ),
]


@pytest.mark.parametrize(("text", "facts", "post"), NEW_INVENTED)
def test_learned_check_catches_invented_policy_the_rules_miss(
    text: str, facts: list[str], post: str
) -> None:
    ctx = _ctx(text, facts, post)
    assert no_unauthorized_promises(ctx, None).score == 1.0  # the rules alone miss it
    outcome = no_unauthorized_promises(ctx, "learned")
    assert outcome.score == 0.0 and "learned check" in outcome.reason


@pytest.mark.parametrize(("text", "facts", "post"), SUPPORTED)
def test_learned_check_passes_claims_the_facts_back(text: str, facts: list[str], post: str) -> None:
    assert no_unauthorized_promises(_ctx(text, facts, post), "learned").score == 1.0


def test_rule_hits_are_reported_before_the_learned_check() -> None:
    text = "Standard shipping is $6.95, but since it's your first order we'll cover it for you."
    outcome = no_unauthorized_promises(
        _ctx(text, SHIPPING, "How much is shipping for a $40 order?"), "learned"
    )
    assert outcome.score == 0.0 and "learned check" not in outcome.reason
