"""The learned empathy recogniser (`empathy_head.py`) and the recall question
(`recall_questions.py`): the shipped weights match the training script and data, the
scoring mechanics on a toy head, laziness, and how the `empathy` check's opt-in values
("learned", "recall") use them while the default stays the lexicon alone."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from socialreply.evaluation import empathy_head
from socialreply.evaluation.assertions import check_value
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.empathy_check import empathy
from socialreply.evaluation.empathy_head import (
    EMPATHY_HEAD_FILE,
    EMPATHY_HEAD_VERSION,
    EmpathyHead,
)
from socialreply.evaluation.recall_questions import asks_about_recall
from socialreply.evaluation.suites import AssertionSpec, Expectations
from socialreply.triage.ngram_features import hashed_ngrams
from socialreply.types import Post

from .training_scripts import training_script

REPO = Path(__file__).resolve().parents[2]


def _training_script() -> ModuleType:
    return training_script("train_empathy_head")


# --- the shipped weights ----------------------------------------------------------------


def test_shipped_head_matches_the_training_script_and_data() -> None:
    script = _training_script()
    head = EmpathyHead.load(EMPATHY_HEAD_FILE)
    assert head.version == EMPATHY_HEAD_VERSION
    assert head.bits == script.BITS
    assert 0.0 < head.threshold <= 1.0
    assert len(head.buckets) > 1000
    assert EMPATHY_HEAD_FILE.stat().st_size < 1_000_000
    # A change to the labelled batches without rerunning the script fails here.
    assert head.data_digest == script.data_digest(script.training_files()), (
        "empathy_head.npz is stale: rerun benchmarks/train_empathy_head.py --write"
    )


@pytest.mark.parametrize(
    ("sentence", "empathic"),
    [
        ("We're so sorry for the worry.", True),
        ("Lo sentimos mucho, qué rabia.", True),
        ("Please send us your order number in a DM.", False),
        ("Orders ship within 1 business day.", False),
    ],
)
def test_shipped_head_reads_plain_sentences(sentence: str, empathic: bool) -> None:
    head = EmpathyHead.load(EMPATHY_HEAD_FILE)
    assert (head.sentence_score(sentence) >= head.threshold) is empathic


def test_the_head_loads_lazily() -> None:
    code = (
        "from socialreply.evaluation import empathy_check, empathy_head\n"
        "assert empathy_head.shipped_head.loaded == [], 'loaded at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# --- mechanics, a toy head -----------------------------------------------------------------

_BITS = 16


def _toy_head(threshold: float = 0.6) -> EmpathyHead:
    """Weight on the buckets of "what a letdown" (up) and "send the order" (down) that
    "hello there" (no weight: p = 0.5) does not share."""
    neutral = hashed_ngrams("hello there", _BITS)
    up = np.setdiff1d(hashed_ngrams("what a letdown", _BITS), neutral)
    down = np.setdiff1d(hashed_ngrams("send the order", _BITS), np.union1d(up, neutral))
    buckets = np.concatenate([up, down])
    weights = np.concatenate([np.full(len(up), 3.0), np.full(len(down), -3.0)])
    order = np.argsort(buckets)
    return EmpathyHead(_BITS, buckets[order], weights[order].astype(np.float32), 0.0, threshold)


def test_sentence_score_is_the_logistic_of_the_unit_length_row() -> None:
    head = _toy_head()
    ids = hashed_ngrams("what a letdown", _BITS)
    hits = len(np.setdiff1d(ids, hashed_ngrams("hello there", _BITS)))
    expected = 1 / (1 + np.exp(-3.0 * hits / np.sqrt(len(ids))))
    assert head.sentence_score("what a letdown") == pytest.approx(expected)
    assert head.sentence_score("hello there") == pytest.approx(0.5)
    assert head.sentence_score("send the order") < 0.05


@pytest.mark.parametrize(
    ("draft", "shows"),
    [
        ("Send the order. What a letdown!", True),  # the best sentence counts
        ("What a letdown", True),
        ("Send the order. Hello there.", False),  # 0.5 is under the threshold
        ("Send the order.", False),
        ("", False),
    ],
)
def test_a_draft_is_its_best_sentence(draft: str, shows: bool) -> None:
    assert _toy_head().shows_empathy(draft) is shows


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weights": np.zeros(3, dtype=np.float32)}, "one weight per bucket"),
        ({"buckets": np.array([3, 1], dtype=np.int64)}, "sorted"),
        ({"threshold": 0.0}, "probability"),
        ({"threshold": 1.5}, "probability"),
    ],
)
def test_invalid_heads_are_refused(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "bits": _BITS,
        "buckets": np.array([1, 2], dtype=np.int64),
        "weights": np.zeros(2, dtype=np.float32),
        "bias": 0.0,
        "threshold": 0.5,
    }
    base.update(kwargs)
    with pytest.raises(ValueError, match=message):
        EmpathyHead(**base)  # type: ignore[arg-type]


# --- the recall question -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("is my Ember 2 with serial 25C affected by the recall?", True),
        ("Hallo, meine Seriennummer beginnt mit 25C. Ist der vom Rückruf betroffen?", True),
        ("Bonjour, j'ai un réchaud acheté en mai. Est-il concerné par le rappel ?", True),
        ("Ik heb een brander gekocht. Valt die onder de terugroepactie?", True),
        ("Tengo una estufa, ¿está afectada por la retirada?", True),
        ("Ho un fornellino, numero di serie 25D. È tra quelli richiamati?", True),
        ("Tenho um fogão com número de série 25D. Está abrangido pela recolha?", True),
        ("I'm a reporter covering the stove recall. Who can I speak to?", False),
        ("is the Ember 2.1 part of the recall too? just bought one", False),
        ("Do I need my receipt for the recall? Mine was a gift", False),
        ("Is my order lost? It has not moved in a week.", False),  # no recall
        ("Great to see how clearly the recall was handled.", False),  # no question, not own
    ],
)
def test_asks_about_recall(post: str, asks: bool) -> None:
    assert asks_about_recall(post) is asks


# --- wiring: the empathy check's values ------------------------------------------------------


def _ctx(post: str, draft: str, complaint: bool | None = None) -> ScoringContext:
    return ScoringContext(
        post=Post(text=post, platform="x"),
        text=draft,
        expect=Expectations(complaint=complaint),
    )


@pytest.fixture
def toy_shipped(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(empathy_head.shipped_head, "loaded", [_toy_head()])
    yield


_COMPLAINT = "My parcel arrived with the jacket torn. This is unacceptable."
_RECALL = "is my Ember 2 with serial 25C part of the recall?"
_CONFIRM = "Yes, serial 25C is recalled. Stop using it and call our recall line."


@pytest.mark.parametrize(
    ("value", "post", "draft", "passed"),
    [
        # The lexicon alone (the default) does not know the toy head's phrase.
        (None, _COMPLAINT, "What a letdown. Send the order number.", False),
        ("learned", _COMPLAINT, "What a letdown. Send the order number.", True),
        ("learned", _COMPLAINT, "Send the order number.", False),
        ("learned", _COMPLAINT, "We're sorry. Send the order number.", True),  # lexicon
        # The recall question needs regret only with "recall".
        (None, _RECALL, _CONFIRM, True),
        ("recall", _RECALL, _CONFIRM, False),
        ("recall", _RECALL, "Sorry for the worry! " + _CONFIRM, True),
        ("learned+recall", _RECALL, "What a letdown. " + _CONFIRM, True),
        ("recall", "What are your opening hours?", _CONFIRM, True),
    ],
)
def test_empathy_values(
    toy_shipped: None, value: str | None, post: str, draft: str, passed: bool
) -> None:
    assert (empathy(_ctx(post, draft), value).score == 1.0) is passed


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, False),
        ("learned", False),
        ("recall", False),
        ("learned+recall", False),
        ("strict", True),
        (3, True),
    ],
)
def test_empathy_value_is_checked(value: object, problem: bool) -> None:
    assert (check_value(AssertionSpec(type="empathy", value=value)) is not None) is problem
    if problem:
        with pytest.raises(ValueError, match="empathy takes"):
            empathy(_ctx(_COMPLAINT, "Sorry!"), value)


# --- reassurance counts before the own-slip refusal ---------------------------------------

_SLIP = "I ordered boots an hour ago and picked the wrong size 🙈 Can I change it?"
_WINDOW = "once the order reaches the warehouse it can't be changed anymore."


@pytest.mark.parametrize(
    ("draft", "passed"),
    [
        (f"No worries, you're still in time! Use the Manage order link now: {_WINDOW}", True),
        (f"Easily done! Use the Manage order link now: {_WINDOW}", True),
        (f"Use the Manage order link now: {_WINDOW}", False),  # turned down, no warm word
        (f"It can't be changed. {_WINDOW}", False),
    ],
)
def test_reassurance_to_an_own_slip_counts_even_when_a_sentence_declines(
    draft: str, passed: bool
) -> None:
    assert (empathy(_ctx(_SLIP, draft), None).score == 1.0) is passed
