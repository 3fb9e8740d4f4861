"""The learned blame check (`blame_head.py`, `no-blame` with value "learned"): the shipped
weights match the training script and data, the scoring mechanics, laziness, and
behaviour on phrasings that are in no training file."""

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
from socialreply.evaluation.blame_check import no_blame
from socialreply.evaluation.blame_head import (
    BLAME_HEAD_FILE,
    BLAME_HEAD_VERSION,
    BlameHead,
    ngrams,
    sentences,
    shipped_head,
)
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Post

from .training_scripts import training_script

REPO = Path(__file__).resolve().parents[2]


def _training_script() -> ModuleType:
    return training_script("train_blame_head")


def _ctx(text: str) -> ScoringContext:
    return ScoringContext(post=Post(text="where is my order??", platform="x"), text=text)


# --- the shipped weights ----------------------------------------------------------------


def test_shipped_head_matches_the_training_script_and_data() -> None:
    script = _training_script()
    head = BlameHead.load(BLAME_HEAD_FILE)
    assert head.version == BLAME_HEAD_VERSION
    assert 0.5 < head.threshold < 1.0
    assert len(head.vocabulary) == len(set(head.vocabulary)) > 1000
    assert head.vector_weights.shape == (384,)
    # A change to the labelled batches, the glossaries or the training settings without
    # rerunning the script fails here.
    assert head.data_digest == script.data_digest(script.training_files()), (
        "blame_head.npz is stale: rerun benchmarks/train_blame_head.py --write"
    )


def test_the_head_loads_lazily() -> None:
    code = (
        "from socialreply.evaluation import blame_check, blame_head\n"
        "from socialreply.evaluation.context import ScoringContext\n"
        "from socialreply.types import Post\n"
        "ctx = ScoringContext(post=Post(text='hi', platform='x'), text='Thanks! DM us.')\n"
        "blame_check.no_blame(ctx, None)\n"
        "assert blame_head.shipped_head.loaded == [], 'loaded without being asked for'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# --- mechanics, no model needed -----------------------------------------------------------


def test_sentences_and_ngrams() -> None:
    assert sentences("Sorry! Read the page.\nDM us 🙏 Thanks") == [
        "Sorry!",
        "Read the page.",
        "DM us 🙏",
        "Thanks",
    ]
    grams = ngrams("You should’ve read it!")
    assert {"<s>", "you", "should've", "read it !", "! </s>"} <= grams
    assert "it" in grams and "you should've read" in grams


def _toy_head(threshold: float = 0.5) -> BlameHead:
    return BlameHead(
        vocabulary=("read", "the", "read the"),
        ngram_weights=np.array([2.0, 0.0, 2.0], dtype=np.float32),
        vector_weights=np.zeros(384, dtype=np.float32),
        bias=-2.0,
        threshold=threshold,
    )


def _zeros(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    return np.zeros((len(texts), 384), dtype=np.float32)


def test_scores_and_flagged_sentences() -> None:
    head = _toy_head()
    # "read the page": 3 vocabulary n-grams, (2 + 0 + 2) / sqrt(3) - 2 = 0.31 -> 0.58
    p = head.scores(["Read the page.", "Thanks!"], embed=_zeros)
    assert p[0] == pytest.approx(1 / (1 + np.exp(-(4 / np.sqrt(3) - 2))))
    assert p[1] == pytest.approx(1 / (1 + np.exp(2.0)))
    assert head.flagged("Thanks! Read the page.", embed=_zeros) == [("Read the page.", p[0])]
    assert _toy_head(0.9).flagged("Thanks! Read the page.", embed=_zeros) == []


def test_no_blame_takes_no_value_or_learned() -> None:
    assert check_value(AssertionSpec(type="no-blame")) is None
    assert check_value(AssertionSpec(type="no-blame", value="learned")) is None
    assert check_value(AssertionSpec(type="no-blame", value="strict")) is not None


# --- the shipped head on phrasings in no training file ------------------------------------

NEW_BLAME = [
    "Maybe try reading the care label before throwing it in the dryer.",
    # ("That's what happens when you ignore the instructions." is a phrase rule since
    # session 13.)
    "Well, you did ignore the instructions.",
]
NEUTRAL = [
    "Sorry for the wait! DM us your order number and we'll check right away.",
    "Thanks for flagging this, we're really sorry the zip broke.",
    "Please stop using the stove now and call 1-800-555-0199 for a refund.",
    "Nos sabe muy mal que la chaqueta haya llegado rota. Escríbenos por privado.",
]


@pytest.mark.parametrize("text", NEW_BLAME)
def test_learned_check_catches_blame_the_rules_miss(text: str) -> None:
    assert no_blame(_ctx(text), None).score == 1.0  # the phrase rules alone miss it
    outcome = no_blame(_ctx(text), "learned")
    assert outcome.score == 0.0
    assert "learned check" in outcome.reason and text in outcome.reason


@pytest.mark.parametrize("text", NEUTRAL)
def test_learned_check_passes_ordinary_replies(text: str) -> None:
    assert no_blame(_ctx(text), "learned").score == 1.0


def test_rule_hits_are_reported_before_the_learned_check() -> None:
    outcome = no_blame(_ctx("As stated on our website, you should have read it."), "learned")
    assert outcome.score == 0.0 and "learned check" not in outcome.reason


def test_shipped_head_is_cached() -> None:
    assert shipped_head() is shipped_head()
