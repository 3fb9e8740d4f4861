"""The learned "needs an apology" detector (`complaint_head.py`): the shipped weights match
the training script and data, the scoring and combining mechanics, laziness, and how the
empathy and blame checks read it (the suite's ``expect.complaint`` still overrides)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from socialreply.evaluation import complaint_head
from socialreply.evaluation.complaint_head import (
    COMPLAINT_HEAD_FILE,
    COMPLAINT_HEAD_VERSION,
    ComplaintHead,
)
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.empathy_check import empathy
from socialreply.evaluation.suites import Expectations
from socialreply.triage.ngram_features import hashed_ngrams
from socialreply.types import Post

from .training_scripts import training_script

REPO = Path(__file__).resolve().parents[2]


def _training_script() -> ModuleType:
    return training_script("train_complaint_head")


# --- the shipped weights ----------------------------------------------------------------


def test_shipped_head_matches_the_training_script_and_data() -> None:
    script = _training_script()
    head = ComplaintHead.load(COMPLAINT_HEAD_FILE)
    assert head.version == COMPLAINT_HEAD_VERSION
    assert head.bits == script.BITS
    assert 0.0 <= head.low < head.high <= 1.0
    assert len(head.buckets) > 1000
    # A change to the labelled batches or the training settings without rerunning the
    # script fails here.
    assert head.data_digest == script.data_digest(script.training_files(), "positive"), (
        "complaint_head.npz is stale: rerun benchmarks/train_complaint_head.py --write"
    )


def test_the_head_loads_lazily() -> None:
    code = (
        "from socialreply.evaluation import complaint_head, empathy_check\n"
        "assert complaint_head.shipped_head.loaded == [], 'loaded at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# --- mechanics, a toy head -----------------------------------------------------------------

_BITS = 16


def _toy_head(high: float = 0.6, low: float = 0.2) -> ComplaintHead:
    """Weight on the buckets of "bonus credit" (up) and "wrong size" (down) that
    "hello there" (no weight: p = 0.5) does not share."""
    neutral = hashed_ngrams("hello there", _BITS)
    up = np.setdiff1d(hashed_ngrams("bonus credit", _BITS), neutral)
    down = np.setdiff1d(hashed_ngrams("wrong size", _BITS), np.union1d(up, neutral))
    buckets = np.concatenate([up, down])
    weights = np.concatenate([np.full(len(up), 3.0), np.full(len(down), -3.0)])
    order = np.argsort(buckets)
    return ComplaintHead(
        _BITS, buckets[order], weights[order].astype(np.float32), 0.0, high=high, low=low
    )


def test_score_is_the_logistic_of_the_unit_length_row() -> None:
    head = _toy_head()
    ids = hashed_ngrams("bonus credit", _BITS)
    hits = len(np.setdiff1d(ids, hashed_ngrams("hello there", _BITS)))
    expected = 1 / (1 + np.exp(-3.0 * hits / np.sqrt(len(ids))))
    assert head.score("bonus credit") == pytest.approx(expected)
    assert head.score("hello there") == pytest.approx(0.5)
    assert head.score("") == pytest.approx(0.5)
    assert head.score("wrong size") < 0.05


@pytest.mark.parametrize(
    ("text", "rules", "expected"),
    [
        ("bonus credit", False, True),  # confident: overrules the rules' "no"
        ("hello there", False, False),  # unsure: the rules stand
        ("hello there", True, True),  # the rules' "yes" stands above low
        ("wrong size", True, False),  # very sure it is not: the veto
        ("wrong size", False, False),
    ],
)
def test_decide_combines_with_the_rules(text: str, rules: bool, expected: bool) -> None:
    assert _toy_head().decide(text, rules) is expected


def test_low_zero_never_vetoes() -> None:
    assert _toy_head(low=0.0).decide("wrong size", True) is True


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weights": np.zeros(3, dtype=np.float32)}, "one weight per bucket"),
        ({"buckets": np.array([3, 1], dtype=np.int64)}, "sorted"),
        ({"high": 1.5}, "probabilities"),
        ({"low": -0.1}, "probabilities"),
    ],
)
def test_invalid_heads_are_refused(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "bits": _BITS,
        "buckets": np.array([1, 3], dtype=np.int64),
        "weights": np.zeros(2, dtype=np.float32),
        "bias": 0.0,
        "high": 0.6,
        "low": 0.2,
    }
    base.update(kwargs)
    with pytest.raises(ValueError, match=message):
        ComplaintHead(**base)  # type: ignore[arg-type]


# --- wiring: the empathy check reads the combined verdict ---------------------------------


def _ctx(post: str, draft: str, complaint: bool | None = None) -> ScoringContext:
    return ScoringContext(
        post=Post(text=post, platform="x"),
        text=draft,
        expect=Expectations(complaint=complaint),
    )


@pytest.fixture
def toy_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(complaint_head.shipped_head, "loaded", [_toy_head()])
    complaint_head.needs_apology.cache_clear()
    yield
    complaint_head.needs_apology.cache_clear()


@pytest.mark.parametrize(
    ("post", "draft", "complaint", "passed"),
    [
        # invented rows: the head hears a complaint the rules miss ...
        ("Where is the bonus credit?", "The credit posts in 3 days.", None, False),
        ("Where is the bonus credit?", "Sorry! It posts in 3 days.", None, True),
        # ... and, very sure, lets off a post the rules call a complaint
        ("wrong size delivered, this is ridiculous", "Swap it in the app.", None, True),
        # unsure: the rules stand
        ("Hello there, ridiculous!", "Thanks for the note.", None, False),
        ("Hello there", "Thanks for the note.", None, True),
        # the suite's expectation still overrides the detector both ways
        ("wrong size delivered, this is ridiculous", "Swap it in the app.", True, False),
        ("Where is the bonus credit?", "It posts in 3 days.", False, True),
    ],
)
def test_empathy_reads_the_combined_verdict(
    toy_shipped: None, post: str, draft: str, complaint: bool | None, passed: bool
) -> None:
    assert (empathy(_ctx(post, draft, complaint), None).score == 1.0) is passed


# --- the shipped head on invented posts (in no training file) -----------------------------


@pytest.mark.parametrize(
    ("post", "needs"),
    [
        # the store's failure in words the rules do not list
        ("My tracking has said 'Label created' since Monday morning. Is it lost?", True),
        ("Order says 'Label created' since last night, is my parcel lost?", True),
        # a rule complaint stays one
        ("Sent back boots two weeks ago and still nothing on my card. Where is it?", True),
        # plain questions and a customer's own slip asked about calmly
        ("Can I pick up my order in store tomorrow?", False),
        ("Does the Ridgeline jacket come in green?", False),
        ("Hi, I typed my own address wrong, can you still fix it before it ships?", False),
    ],
)
def test_shipped_verdicts_on_invented_posts(post: str, needs: bool) -> None:
    complaint_head.needs_apology.cache_clear()
    assert complaint_head.needs_apology(post) is needs
