"""The trained semantic head: the shipped weights match the repository's training data,
the decision mechanics (thresholds, policy, evidence, fallback to the exemplars), the
fitting code, and behaviour on posts that are in no training file."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.knowledge.embeddings import Vectors, normalise
from socialreply.triage import TriagePolicy, triage
from socialreply.triage.head_inputs import head_inputs
from socialreply.triage.head_training import Bag, fit_category, fit_logistic
from socialreply.triage.semantic import Exemplars, SemanticTriage
from socialreply.triage.semantic_head import (
    HEAD_FILES,
    HEAD_VERSION,
    SemanticHead,
    default_head,
)

from .support import REPO, load_benchmark


def _training_script() -> ModuleType:
    return load_benchmark("train_semantic_head")


# --- the shipped weights ----------------------------------------------------------------


@pytest.mark.parametrize(("embedder", "dimension"), [("minilm", 384), ("static-minilm", 256)])
def test_shipped_head_matches_the_training_script_and_data(embedder: str, dimension: int) -> None:
    script = _training_script()
    head = SemanticHead.load(HEAD_FILES[embedder])
    assert head.version == HEAD_VERSION
    assert head.embedder == embedder
    assert head.categories == script.CATEGORIES
    assert head.weights.shape == (dimension, len(script.CATEGORIES))
    assert head.bias.shape == (len(script.CATEGORIES),)
    assert all(0.0 < head.thresholds[c] < 1.0 for c in head.categories)
    # The digest covers the training files, the exemplars, the training settings and the
    # embedder: a change to any of them without rerunning the script fails here.
    files = [*script.TRAIN_FILES, script.EXEMPLARS_FILE, *script.INPUT_FILES]
    assert head.data_digest == script.digest(files, embedder), (
        f"{HEAD_FILES[embedder].name} is stale: rerun "
        f"benchmarks/train_semantic_head.py --embedder {embedder} --write"
    )


def test_the_training_data_never_includes_the_blind_batch() -> None:
    script = _training_script()
    assert script.BLIND not in script.TRAIN_FILES
    assert script.BLIND.name == "triage_blind15.jsonl"
    assert not {path.name for path in script.TRAIN_FILES} & {script.BLIND.name}
    rows = script.read_rows(script.TRAIN_FILES)
    assert rows and not any(r["split"].startswith("blind1") for r in rows)


def test_folds_are_seeded_and_stratified() -> None:
    script = _training_script()
    posts = script.post_examples(script.read_rows(script.TRAIN_FILES))
    first, second = script.folds(posts), script.folds(posts)
    assert first == second
    assert set(first) == set(range(script.FOLDS))
    # Each category's posts are spread over the folds, not piled into one.
    self_harm = [
        f for p, f in zip(posts, first, strict=True) if min(p.categories, default="") == "self_harm"
    ]
    assert max(self_harm.count(f) for f in set(self_harm)) <= len(self_harm) // script.FOLDS + 1


# --- behaviour with the real model: posts written for this test, in no data file --------

NEW_CRISES = [
    ("self_harm", "honestly i don't see myself being here next month"),
    ("self_harm", "what's the point of waking up anymore"),
    ("violence_threat", "if I see your delivery guy again he's leaving in an ambulance"),
    ("safety_injury", "the heater sparked and burned my son's hand, we spent the night in the ER"),
    ("data_breach", "someone in another country logged into my account and changed my email"),
    ("legal_threat", "my attorney will be filing a claim against your company next week"),
    (
        "media_inquiry",
        "I'm a journalist writing a piece on your recall, can your press office comment?",
    ),
]
NEW_FALSE_FRIENDS = [
    "this sale is absolutely killing me",
    "I'd murder someone for that jacket lol",
    "my sister is a lawyer and she loves your boots",
    "the reviews of this tent are fire",
    "my kid's jacket got a small tear but he's totally fine",
    "that hike nearly killed me but the boots were perfect",
    "I'm dying to know when the sale starts",
]


@pytest.fixture(scope="module")
def minilm() -> SemanticTriage:
    return SemanticTriage()


def test_new_posts_are_in_no_data_file() -> None:
    texts = {
        json.loads(line)["text"].casefold()
        for path in (REPO / "benchmarks" / "data").glob("triage_*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for text in [t for _, t in NEW_CRISES] + NEW_FALSE_FRIENDS:
        assert text.casefold() not in texts


@pytest.mark.parametrize(("category", "text"), NEW_CRISES)
def test_head_flags_new_crisis_phrasings(minilm: SemanticTriage, category: str, text: str) -> None:
    assert minilm.head is not None
    signals = minilm.signals(text)
    assert category in {s.category for s in signals}
    signal = next(s for s in signals if s.category == category)
    assert signal.source == "semantic" and signal.evidence in text
    assert triage(text, semantic=minilm).escalation.level in {"urgent", "crisis"}


@pytest.mark.parametrize("text", NEW_FALSE_FRIENDS)
def test_head_leaves_new_false_friends_alone(minilm: SemanticTriage, text: str) -> None:
    assert minilm.signals(text) == []
    assert triage(text, semantic=minilm).escalation.categories == []


class CountingEmbedder:
    """Wraps an embedder and records each call's texts."""

    def __init__(self, inner: SemanticTriage) -> None:
        self.inner = inner.embedder
        self.calls: list[list[str]] = []

    @property
    def spec(self) -> str:
        return self.inner.spec

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return self.inner.embed(texts)


def test_head_costs_one_embedding_batch_per_post(minilm: SemanticTriage) -> None:
    counting = CountingEmbedder(minilm)
    runner = SemanticTriage(counting)
    assert runner.head is default_head()
    runner.signals("the order was late, anyway i just want to disappear for good")
    runner.signals("hello")
    # No exemplar phrases embedded: one batch (the clauses) per post, and one whole post
    # when a category only the head found is checked against the labelled neighbours.
    assert [len(c) for c in counting.calls] == [3, 1, 1]


# --- mechanics with a fake embedder (no model) ------------------------------------------

_VOCAB = ("sue", "court", "kill", "sale", "refund")


class KeywordEmbedder:
    """One dimension per vocabulary word plus a constant, L2-normalised."""

    spec = "keywords"

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = []
        for text in texts:
            words = re.findall(r"\w+", text.casefold())
            rows.append([float(w in words) for w in _VOCAB] + [0.2])
        return normalise(np.array(rows, dtype=np.float32))


def _keyword_head(**thresholds: float) -> SemanticHead:
    # legal_threat: "sue" or "court"; violence_threat: "kill" unless "sale" is there.
    weights = np.zeros((len(_VOCAB) + 1, 2), dtype=np.float32)
    weights[0, 0] = weights[1, 0] = 12.0
    weights[2, 1], weights[3, 1] = 12.0, -12.0
    return SemanticHead(
        categories=("legal_threat", "violence_threat"),
        weights=weights,
        bias=np.array([-4.0, -4.0], dtype=np.float32),
        thresholds={"legal_threat": 0.5, "violence_threat": 0.5, **thresholds},
        embedder="keywords",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will sue", ["legal_threat"]),
        ("see you in court. and I will kill", ["legal_threat", "violence_threat"]),
        ("this sale will kill me", []),
        ("where is my refund", []),
    ],
)
def test_head_decides_per_category_threshold(text: str, expected: list[str]) -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    assert sorted(s.category for s in runner.signals(text)) == expected


def test_head_evidence_is_the_best_clause_with_offsets() -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    text = "Order was late again. Honestly, I will sue. Anyway thanks"
    (signal,) = runner.signals(text)
    assert signal.evidence == "Honestly, I will sue."
    assert signal.start is not None and text[signal.start : signal.end] == signal.evidence
    assert signal.source == "semantic"


def test_policy_thresholds_disabled_and_head_switch() -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    strict = TriagePolicy.from_dict({"semantic": {"thresholds": {"legal_threat": 1.0}}})
    assert runner.signals("I will sue", strict) == []
    muted = TriagePolicy.from_dict({"disabled": ["legal_threat"]})
    assert runner.signals("I will sue", muted) == []
    # head: false decides with the exemplars instead (here: none for legal_threat).
    exemplars = Exemplars(
        positive={"violence_threat": ("kill",)},
        negative=(),
        thresholds={"violence_threat": 0.8},
        margin=0.0,
    )
    both = SemanticTriage(KeywordEmbedder(), exemplars, head=_keyword_head())
    off = TriagePolicy.from_dict({"semantic": {"head": False}})
    assert [s.category for s in both.signals("I will sue")] == ["legal_threat"]
    assert both.signals("I will sue", off) == []
    assert [s.category for s in both.signals("I will kill", off)] == ["violence_threat"]


class RecordingEmbedder(KeywordEmbedder):
    """`KeywordEmbedder` that remembers what it was asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.seen.extend(texts)
        return super().embed(texts)


def test_a_non_english_post_is_read_through_the_glossaries() -> None:
    # "demandar" is Spanish for "sue": only the translated clause reaches the keyword.
    embedder = RecordingEmbedder()
    runner = SemanticTriage(embedder, head=_keyword_head())
    text = "os voy a demandar"
    assert runner.signals(text) == []  # read as written (no language given)
    (signal,) = runner.signals(text, language="es")
    assert signal.category == "legal_threat"
    assert signal.evidence == text  # evidence is the post's own words, not the translation
    assert any("sue" in seen for seen in embedder.seen)
    # English is never rewritten.
    assert head_inputs(["I will suuue"], "en") == ["I will sue"]
    assert head_inputs(["I will sue"], None) == ["I will sue"]


def test_translated_posts_use_their_own_thresholds() -> None:
    head = replace(
        _keyword_head(),
        translated_thresholds={"legal_threat": 1.0, "violence_threat": 0.5},
    )
    runner = SemanticTriage(KeywordEmbedder(), head=head)
    assert head.thresholds_for("en") is head.thresholds
    assert head.thresholds_for(None) is head.thresholds
    assert head.thresholds_for("es")["legal_threat"] == 1.0
    assert [s.category for s in runner.signals("I will sue", language="en")] == ["legal_threat"]
    assert runner.signals("os voy a demandar", language="es") == []
    # Policy thresholds override both.
    loose = TriagePolicy.from_dict({"semantic": {"thresholds": {"legal_threat": 0.5}}})
    assert runner.signals("os voy a demandar", loose, language="es") != []


def test_the_shipped_head_is_only_used_with_its_embedder() -> None:
    assert SemanticTriage(KeywordEmbedder()).head is None  # falls back to the exemplars
    assert SemanticTriage(head=False).head is None
    assert SemanticTriage().head is default_head()


def test_head_round_trips_and_rejects_bad_files(tmp_path: Path) -> None:
    head = _keyword_head()
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = SemanticHead.load(path)
    assert loaded.categories == head.categories
    assert np.array_equal(loaded.weights, head.weights)
    assert dict(loaded.thresholds) == dict(head.thresholds)
    assert loaded.translated_thresholds is None
    both = replace(head, translated_thresholds={"legal_threat": 0.9, "violence_threat": 0.7})
    both.save(path)
    assert SemanticHead.load(path).translated_thresholds == {
        "legal_threat": 0.9,
        "violence_threat": 0.7,
    }
    with pytest.raises(ConfigError, match="no translated threshold for violence_threat"):
        replace(head, translated_thresholds={"legal_threat": 0.9})
    with pytest.raises(ConfigError, match="cannot read the semantic head"):
        SemanticHead.load(tmp_path / "missing.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="cannot read the semantic head"):
        SemanticHead.load(tmp_path / "junk.npz")
    old = tmp_path / "old.npz"
    with old.open("wb") as fh:
        np.savez(fh, weights=head.weights, bias=head.bias, meta=np.array('{"version": 0}'))
    with pytest.raises(ConfigError, match="format version 0"):
        SemanticHead.load(old)
    with pytest.raises(ConfigError, match="do not fit"):
        SemanticHead(("self_harm",), head.weights, head.bias, {"self_harm": 0.5})
    with pytest.raises(ConfigError, match="expects 6-dimensional"):
        head.probabilities(np.zeros((1, 384), dtype=np.float32))


# --- fitting ----------------------------------------------------------------------------


def test_fit_logistic_separates_and_is_deterministic() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 5))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(np.float64)
    w = np.ones(200)
    coef, bias = fit_logistic(x, y, w, 1e-3)
    again = fit_logistic(x, y, w, 1e-3)
    assert np.array_equal(coef, again[0]) and bias == again[1]
    accuracy = float(((x @ coef + bias > 0) == (y == 1)).mean())
    assert accuracy > 0.95
    assert coef[0] > abs(coef[2]) and coef[0] > abs(coef[3])
    with pytest.raises(ValueError, match="l2"):
        fit_logistic(x, y, w, 0.0)


def test_fit_category_finds_the_positive_clause_in_each_post() -> None:
    # Each positive post has one clause along dimension 0 among noise clauses; negative
    # posts only have noise. Multiple-instance fitting must put weight on dimension 0.
    rng = np.random.default_rng(1)
    rows: list[np.ndarray] = []
    bags: list[Bag] = []
    for i in range(60):
        positive = i % 2 == 0
        clauses = [rng.normal(scale=0.3, size=4) for _ in range(3)]
        if positive:
            clauses[i % 3] = clauses[i % 3] + np.array([2.0, 0.0, 0.0, 0.0])
        bags.append(Bag(tuple(range(len(rows), len(rows) + 3)), positive))
        rows.extend(clauses)
    x = np.stack(rows)
    coef, bias = fit_category(x, bags, l2=1e-3)
    assert coef[0] > 3 * float(np.abs(coef[1:]).max())
    scores = x @ coef + bias
    hits = [max(scores[list(b.rows)]) > 0 for b in bags]
    assert hits == [b.positive for b in bags]
    with pytest.raises(ValueError, match="positive and negative"):
        fit_category(x, [b for b in bags if b.positive], l2=1e-3)


def test_policy_embedder_picks_the_static_head_and_table() -> None:
    from socialreply.triage.semantic import default_semantic_triage, semantic_signals

    runner = default_semantic_triage("static-minilm")
    assert runner.head is default_head("static-minilm")
    assert runner.embedder.spec == "static-minilm"
    assert default_semantic_triage() is default_semantic_triage("minilm")  # the default
    assert default_semantic_triage("minilm").head is default_head("minilm")
    assert default_semantic_triage("minilm").embedder.spec == "minilm"
    assert TriagePolicy().semantic.embedder == "minilm"
    policy = TriagePolicy.model_validate({"semantic": {"embedder": "static-minilm"}})
    text = "the buckle on the harness snapped and my son fell, he has a concussion"
    assert [s.category for s in semantic_signals(text, policy, True)] == [
        s.category for s in runner.signals(text, policy)
    ]
    with pytest.raises(ConfigError, match="no shipped semantic head"):
        default_head("openai:text-embedding-3-small")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gonna suuue you", "gonna sue you"),
        ("pleeease help!!!", "please help!!!"),
        ("www.example.com and the bbb", "www.example.com and the bbb"),
        ("NOOOO 1000 days", "NO 1000 days"),
    ],
)
def test_head_reads_elongations_as_one_letter(text: str, expected: str) -> None:
    from socialreply.triage.head_inputs import head_text

    assert head_text(text) == expected


@pytest.mark.parametrize(
    ("rule_categories", "secondary", "expected"),
    [
        # No rule signal: the head's own threshold.
        ((), 0.99999, ["legal_threat"]),
        # The rules found the same category: no extra bar.
        (("legal_threat",), 0.99999, ["legal_threat"]),
        # The rules found another one: the head's category needs the secondary bar.
        (("human_request",), 0.99999, []),
        (("human_request",), 0.9, ["legal_threat"]),
        (("human_request",), 0.0, ["legal_threat"]),
        # Unset: the shipped bar of the head's embedder; this test head's has none.
        (("human_request",), None, ["legal_threat"]),
    ],
)
def test_a_second_category_needs_the_secondary_threshold(
    rule_categories: tuple[str, ...], secondary: float | None, expected: list[str]
) -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    policy = TriagePolicy.from_dict({"semantic": {"secondary_threshold": secondary}})
    signals = runner.signals("I will sue", policy, rule_categories=rule_categories)  # type: ignore[arg-type]
    assert [s.category for s in signals] == expected


def test_triage_passes_the_rules_categories_to_the_head() -> None:
    runner = SemanticTriage(KeywordEmbedder(), head=_keyword_head())
    text = "I want to speak to a manager about the court date on my order"
    strict = TriagePolicy.from_dict({"semantic": {"secondary_threshold": 0.99999}})
    off = TriagePolicy.from_dict({"semantic": {"secondary_threshold": 0}})
    assert set(triage(text, semantic=runner, policy=off).escalation.categories) == {
        "human_request",
        "legal_threat",
    }
    assert triage(text, semantic=runner, policy=strict).escalation.categories == ["human_request"]


def test_secondary_threshold_is_validated() -> None:
    with pytest.raises(ConfigError, match="secondary_threshold"):
        TriagePolicy.from_dict({"semantic": {"secondary_threshold": 1.5}})


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        ("Did someone use my card on your site? $199 charge I never made", False),
        ("Qualcuno ha usato la mia carta sul vostro sito?", False),
        ("Someone used my card and changed the email on my account", True),
        ("Your site leaked my card details, someone used my card", True),
    ],
)
def test_a_strangers_card_charge_is_not_a_breach(text: str, stands: bool) -> None:
    from socialreply.triage.semantic_gates import semantic_signal_stands

    assert semantic_signal_stands("data_breach", text) is stands
    assert semantic_signal_stands("fraud_payment", text)


def test_the_card_charge_gate_reads_squeezed_text() -> None:
    from socialreply.triage.semantic_gates import semantic_signal_stands

    # "address" and "password" read "adres" and "pasword" once doubled letters are squeezed.
    assert semantic_signal_stands("data_breach", "Someone used my card and my address changed")
    assert semantic_signal_stands("data_breach", "someone used my card, my password was reset")


@pytest.mark.parametrize(
    ("category", "text", "stands"),
    [
        ("legal_threat", "Geen advocaat nodig: al opgelost, bedankt!", False),
        ("legal_threat", "Kein Anwalt nötig, alles geklärt. Danke!", False),
        ("regulatory", "My complaint got sorted the same day, thanks a lot.", False),
        ("human_request", "No need for a human, the FAQ answered it. Thanks!", False),
        ("human_request", "Not asking for a manager, just a restock date.", False),
        # Settled but no thanks, or thanks but nothing settled: the head decides.
        ("legal_threat", "It got sorted, but my lawyer still wants the receipts.", True),
        ("legal_threat", "Thanks for nothing. My lawyer will be in touch.", True),
        ("regulatory", "Thanks. I've filed a complaint with the FTC.", True),
        # Crisis categories are never gated this way.
        ("self_harm", "All sorted with the order, thanks. I don't want to be here anymore.", True),
    ],
)
def test_a_thank_you_for_something_settled_is_not_an_escalation(
    category: str, text: str, stands: bool
) -> None:
    from socialreply.triage.semantic_gates import semantic_signal_stands

    assert semantic_signal_stands(category, text) is stands  # type: ignore[arg-type]


# --- recall ceilings and precision floors on the shipped head ------------------------------


def test_shipped_minilm_head_applies_its_recall_ceilings_and_precision_floors() -> None:
    from socialreply.triage.semantic_head import PRECISION_FLOORS, RECALL_CEILINGS

    trained = SemanticHead.load(HEAD_FILES["minilm"])
    shipped = default_head("minilm")
    english, translated = RECALL_CEILINGS["minilm"]
    floor_en, floor_tr = PRECISION_FLOORS["minilm"]
    assert trained.translated_thresholds is not None
    assert shipped.translated_thresholds is not None
    for category in trained.categories:
        assert shipped.thresholds[category] == max(
            min(trained.thresholds[category], english.get(category, 1.0)),
            floor_en.get(category, 0.0),
        )
        assert shipped.translated_thresholds[category] == max(
            min(trained.translated_thresholds[category], translated.get(category, 1.0)),
            floor_tr.get(category, 0.0),
        )
    # Each ceiling is below what training chose and each floor above, or it would do
    # nothing; no category has both.
    assert all(trained.thresholds[c] > v for c, v in english.items())
    assert all(trained.translated_thresholds[c] > v for c, v in translated.items())
    assert all(trained.thresholds[c] < v for c, v in floor_en.items())
    assert all(trained.translated_thresholds[c] < v for c, v in floor_tr.items())
    assert not set(english) & set(floor_en) and not set(translated) & set(floor_tr)
    # Everything else is the trained head.
    assert np.array_equal(shipped.weights, trained.weights)
    assert shipped.data_digest == trained.data_digest


@pytest.mark.parametrize(
    ("trained", "ceiling", "threshold", "expected"),
    [
        # The keyword head scores "kill" at sigmoid(12 * 0.98 - 4), about 0.9999.
        (0.99999, 0.9, 0.9, ["violence_threat"]),
        (0.99999, 0.99999, 0.99999, []),
        # A ceiling above the trained threshold never raises it.
        (0.5, 1.0, 0.5, ["violence_threat"]),
        (0.5, 0.99999, 0.5, ["violence_threat"]),
    ],
)
def test_a_ceiling_lowers_a_threshold_and_never_raises_one(
    trained: float, ceiling: float, threshold: float, expected: list[str]
) -> None:
    from socialreply.triage.semantic_head import with_ceilings

    head = with_ceilings(_keyword_head(violence_threat=trained), {"violence_threat": ceiling})
    assert head.thresholds == {"legal_threat": 0.5, "violence_threat": threshold}
    runner = SemanticTriage(KeywordEmbedder(), head=head)
    assert [s.category for s in runner.signals("I will kill")] == expected


@pytest.mark.parametrize(
    ("trained", "floor", "threshold", "expected"),
    [
        # The keyword head scores "kill" at about 0.9999: a floor above it silences it.
        (0.5, 0.99999, 0.99999, []),
        (0.5, 0.9, 0.9, ["violence_threat"]),
        # A floor below the trained threshold never lowers it.
        (0.99999, 0.5, 0.99999, []),
        (0.9, 0.5, 0.9, ["violence_threat"]),
    ],
)
def test_a_floor_raises_a_threshold_and_never_lowers_one(
    trained: float, floor: float, threshold: float, expected: list[str]
) -> None:
    from socialreply.triage.semantic_head import with_floors

    head = with_floors(_keyword_head(violence_threat=trained), {"violence_threat": floor})
    assert head.thresholds == {"legal_threat": 0.5, "violence_threat": threshold}
    runner = SemanticTriage(KeywordEmbedder(), head=head)
    assert [s.category for s in runner.signals("I will kill")] == expected
