"""The semantic triage pass: reworded crises the rules miss, false friends that must not
fire, and the mechanics (clauses, thresholds, margin, policy) with a fake embedder."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.knowledge.embeddings import Vectors, normalise
from socialreply.triage import TriagePolicy, triage
from socialreply.triage.semantic import (
    Exemplars,
    SemanticTriage,
    split_clauses,
    whole_post,
    with_whole_post,
)
from socialreply.triage.semantic_gates import semantic_signal_stands
from socialreply.types import Fact


@pytest.fixture(scope="module")
def minilm() -> SemanticTriage:
    return SemanticTriage()  # the shipped exemplars and the offline MiniLM model


# Posts the rules do not flag (checked below, so the table stays meaningful when rules
# improve) and the semantic pass must.
# The session-4 head no longer flags "i keep wondering if anyone would even notice if i
# disappeared" (0.72 against a 0.96 threshold, raised by look-alike false friends such as
# "nobody would notice if i wore the same merino crew 5 days straight"), nor "the world
# would be quieter without me in it": recall on unseen posts is measured, not pinned here
# (benchmarks/README.md, "Triage").
PARAPHRASED = [
    ("self_harm", "kinda feels like there's no reason to stick around anymore"),
    ("violence_threat", "someone ought to shoot whoever runs your company"),
    ("violence_threat", "gonna smash your manager's face in"),
    ("data_breach", "there was a login to my account from a device that isn't mine"),
]


@pytest.mark.parametrize(("category", "text"), PARAPHRASED)
def test_semantic_catches_paraphrases_the_rules_miss(
    minilm: SemanticTriage, category: str, text: str
) -> None:
    assert category not in triage(text).escalation.categories
    result = triage(text, semantic=minilm)
    assert category in result.escalation.categories
    signal = next(s for s in result.escalation.signals if s.category == category)
    assert signal.source == "semantic"
    assert signal.evidence and signal.evidence in text
    assert result.escalation.auto_send is False


FALSE_FRIENDS = [
    "this sale is killing me",
    "these boots are to die for lol",
    "my lawyer friend loves your store",
    "how do I reset my password?",
    "the new fleece is fire",
    "I'm dying to try the new tent",
    "no one got hurt, the box was just crushed",
    "can I change the email on my account?",
    "I could murder a burrito after that hike",
    "what's your return policy?",
    "my wallet is crying after this haul 😂",
    "dead tired but the boots were great",
    # Families the rival and language baselines are for: ordinary requests in es/fr/de/it,
    # "nothing happened" reports, praise slang.
    "¿Tienen estas botas en talla 40?",
    "Je voudrais changer l'adresse de livraison",
    "Wann kommt meine Bestellung an?",
    "Avete la giacca in verde?",
    "the buckle snapped but nobody was hurt, just need a new one",
    "your support team is killing it this week",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_do_not_fire_with_semantic_on(minilm: SemanticTriage, text: str) -> None:
    assert triage(text, semantic=minilm).escalation.categories == []


def test_semantic_is_off_by_default_and_by_policy(minilm: SemanticTriage) -> None:
    text = PARAPHRASED[0][1]
    assert triage(text).escalation.categories == []
    assert "self_harm" in triage(text, semantic=minilm).escalation.categories
    off = TriagePolicy.from_dict({"semantic": {"enabled": False}})
    assert triage(text, policy=off, semantic=minilm).escalation.categories == []
    (score,) = [s for s in minilm.head_scores(text) if s.category == "self_harm"]
    # A policy threshold above the post's probability silences it.
    above = min(1.0, score.probability + 1e-9)
    strict = TriagePolicy.from_dict(
        {
            "semantic": {
                "thresholds": {"self_harm": above},
                "neighbours_to_add": 0,
                "clause_neighbours": 0,
            }
        }
    )
    assert "self_harm" not in triage(text, policy=strict, semantic=minilm).escalation.categories
    # The labelled clauses nearest one of its clauses all told a self-harm crisis.
    clauses = TriagePolicy.from_dict(
        {"semantic": {"thresholds": {"self_harm": above}, "neighbours_to_add": 0}}
    )
    assert "self_harm" in triage(text, policy=clauses, semantic=minilm).escalation.categories
    # Just under its threshold, a crisis most labelled neighbours carry is added back.
    nearly = TriagePolicy.from_dict({"semantic": {"thresholds": {"self_harm": above}}})
    assert "self_harm" in triage(text, policy=nearly, semantic=minilm).escalation.categories
    muted = TriagePolicy.from_dict({"disabled": ["self_harm"]})
    assert minilm.signals(text, muted) == []


def test_semantic_triage_object_and_default(minilm: SemanticTriage) -> None:
    text = PARAPHRASED[1][1]
    assert minilm.triage(text).escalation.level == "crisis"
    assert triage(text, semantic=True).escalation.level == "crisis"  # shared default


# --- mechanics, with a fake embedder (no model) -------------------------------------

_VOCAB = ("sue", "court", "kill", "sale", "boots", "refund", "hello")


class KeywordEmbedder:
    """One dimension per vocabulary word, plus a constant so no vector is zero."""

    spec = "keywords"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        rows = []
        for text in texts:
            words = re.findall(r"\w+", text.casefold())
            rows.append([float(w in words) for w in _VOCAB] + [0.2])
        return normalise(np.array(rows, dtype=np.float32))


def _exemplars(margin: float = 0.05) -> Exemplars:
    return Exemplars(
        positive={"legal_threat": ("sue", "court"), "violence_threat": ("kill",)},
        negative=("kill sale", "kill boots"),
        thresholds={"legal_threat": 0.8, "violence_threat": 0.8},
        margin=margin,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will sue", ["legal_threat"]),
        ("hello there. see you in court!", ["legal_threat"]),
        ("I will kill", ["violence_threat"]),
        ("this sale will kill me", []),  # closer to the false friend "kill sale"
        ("hello, where is my refund", []),
    ],
)
def test_threshold_and_false_friend_margin(text: str, expected: list[str]) -> None:
    runner = SemanticTriage(KeywordEmbedder(), _exemplars())
    assert sorted(s.category for s in runner.signals(text)) == expected


@pytest.mark.parametrize(
    ("rival", "text", "expected"),
    [
        (None, "sue court kill", ["legal_threat", "violence_threat"]),
        # In one clause, "kill" (0.58) is far below "sue court" (0.82): dropped.
        (0.10, "sue court kill", ["legal_threat"]),
        (0.30, "sue court kill", ["legal_threat", "violence_threat"]),
        # In separate clauses each category is its clause's best match: both kept.
        (0.10, "I will sue in court. I will kill.", ["legal_threat", "violence_threat"]),
    ],
)
def test_rival_margin_drops_a_category_far_below_another_in_the_same_clause(
    rival: float | None, text: str, expected: list[str]
) -> None:
    exemplars = Exemplars(
        positive={"legal_threat": ("sue court",), "violence_threat": ("kill",)},
        negative=(),
        thresholds={"legal_threat": 0.5, "violence_threat": 0.5},
        margin=0.05,
        rival_margin=rival,
    )
    runner = SemanticTriage(KeywordEmbedder(), exemplars)
    assert sorted(s.category for s in runner.signals(text)) == expected


def test_evidence_is_the_matching_clause_with_offsets() -> None:
    runner = SemanticTriage(KeywordEmbedder(), _exemplars())
    text = "Order was late again. Honestly, I will sue. Anyway thanks"
    (signal,) = runner.signals(text)
    assert signal.evidence == "Honestly, I will sue."  # the sentence, not the whole post
    assert signal.start is not None and text[signal.start : signal.end] == signal.evidence


def test_exemplars_are_embedded_once() -> None:
    embedder = KeywordEmbedder()
    runner = SemanticTriage(embedder, _exemplars())
    runner.signals("I will sue")
    runner.signals("see you in court")
    assert len(embedder.calls) == 3  # exemplars once, then one batch per post


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("short", ["short"]),  # a post with no full clause is matched whole
        ("I want my refund now", ["I want my refund now"]),
        (
            "the order mess was the last straw, anyway where's my refund?",
            [
                "the order mess was the last straw, anyway where's my refund?",
                "the order mess was the last straw",
                "where's my refund?",
            ],
        ),
        ("first sentence here. second one here!", ["first sentence here.", "second one here!"]),
    ],
)
def test_split_clauses(text: str, clauses: list[str]) -> None:
    found = split_clauses(text)
    assert [c.text for c in found] == clauses
    assert all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("I want my refund now", None),
        # One sentence in clauses: no whole-post unit.
        ("the order mess, anyway refund", None),
        (
            "  one last trip. won't be needing the return label ",
            "one last trip. won't be needing the return label",
        ),
    ],
)
def test_whole_post_unit_for_posts_of_several_sentences(text: str, whole: str | None) -> None:
    unit = whole_post(text, split_clauses(text))
    if whole is None:
        assert unit is None
    else:
        assert unit is not None and unit.text == whole
        assert text[unit.start : unit.end] == unit.text


def test_whole_post_unit_is_cut_to_400_characters() -> None:
    text = "First sentence here. " + "word " * 200
    unit = whole_post(text, split_clauses(text))
    assert unit is not None and len(unit.text) == 400
    assert text[unit.start : unit.end] == unit.text


def test_whole_post_vector_is_the_normalised_mean_of_the_clauses() -> None:
    vectors = normalise(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32))
    out = with_whole_post(vectors)
    assert out.shape == (3, 3) and out.dtype == np.float32
    assert np.allclose(out[2], [2**-0.5, 2**-0.5, 0.0])
    assert np.allclose(out[:2], vectors)


def test_shipped_exemplars_load_and_cover_the_text_categories() -> None:
    shipped = Exemplars.load()
    assert {"self_harm", "violence_threat", "safety_injury", "data_breach"} <= set(shipped.positive)
    assert set(shipped.thresholds) >= set(shipped.positive)
    assert shipped.negative


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("positive: {nope: [x]}\nthresholds: {}\n", "unknown category 'nope'"),
        ("positive: {self_harm: [x]}\n", "missing for self_harm"),
        ("positive: {self_harm: [x]}\nthresholds: {self_harm: 2}\n", "similarity in (0, 1]"),
        ("positive: {self_harm: ['']}\nthresholds: {self_harm: 0.5}\n", "non-empty strings"),
        ("- a list\n", "must be a mapping"),
        (
            "positive: {self_harm: [x]}\nthresholds: {self_harm: 0.5}\nrival_margin: 2\n",
            "rival_margin must be a number between 0 and 1",
        ),
    ],
)
def test_bad_exemplar_files_are_config_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "ex.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        Exemplars.load(path)


def test_policy_validates_semantic_thresholds() -> None:
    with pytest.raises(ConfigError, match="semantic"):
        TriagePolicy.from_dict({"semantic": {"thresholds": {"self_harm": 1.5}}})
    with pytest.raises(ConfigError, match="semantic"):
        TriagePolicy.from_dict({"semantic": {"thresholds": {"nope": 0.5}}})


class _NoFacts:
    """A retriever with an empty knowledge base (the triage is what is tested)."""

    def search(
        self, query: str, k: int = 5, *, filters: Mapping[str, Any] | None = None
    ) -> list[Fact]:
        return []


def test_reply_assistant_runs_the_semantic_pass(tmp_path: Path) -> None:
    from socialreply.config import Settings
    from socialreply.generation.assistant import ReplyAssistant

    text = PARAPHRASED[2][1]  # a reworded threat the rules miss
    assistant = ReplyAssistant.from_settings(
        Settings.load(provider="macros"), knowledge_base=_NoFacts()
    )
    try:
        assert assistant.triage(text).escalation.level == "crisis"
        draft = assistant.draft(text)
    finally:
        assistant.close()
    assert draft.escalation.level == "crisis" and draft.escalation.auto_send is False
    assert any(s.source == "semantic" for s in draft.escalation.signals)
    off = tmp_path / "policy.yaml"
    off.write_text("semantic: {enabled: false}\n", encoding="utf-8")
    rules_only = ReplyAssistant.from_settings(
        Settings.load(provider="macros", triage_policy=off),
        knowledge_base=_NoFacts(),
    )
    try:
        assert rules_only.triage(text).escalation.level == "none"
    finally:
        rules_only.close()


@pytest.mark.parametrize(
    ("policy", "runs_model"),
    [
        ("{}", True),  # MiniLM head
        ("semantic: {embedder: minilm}", True),
        ("semantic: {embedder: static-minilm}", False),  # table lookups: inline
        ("semantic: {embedder: static-minilm, head: false}", True),  # exemplars on MiniLM
        ("semantic: {enabled: false}", False),
    ],
)
def test_assistant_says_when_triage_runs_a_model(
    tmp_path: Path, policy: str, runs_model: bool
) -> None:
    from socialreply.config import Settings
    from socialreply.generation.assistant import ReplyAssistant

    path = tmp_path / "policy.yaml"
    path.write_text(policy + "\n", encoding="utf-8")
    assistant = ReplyAssistant.from_settings(
        Settings.load(provider="macros", triage_policy=path), knowledge_base=_NoFacts()
    )
    try:
        assert assistant.triage_runs_model is runs_model
    finally:
        assistant.close()


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        ("the buckle snapped but nobody was hurt, just need a new one", False),
        ("Personne n'a été blessé heureusement, mais le réchaud est fichu", False),
        ("nessuno si è fatto male per fortuna", False),
        ("Niemand wurde verletzt, aber der Kocher ist kaputt", False),
        ("the stove flared up and burned my hand", True),
        ("my son got hurt when the strap broke", True),
    ],
)
def test_nobody_hurt_vetoes_a_semantic_injury(text: str, stands: bool) -> None:
    assert semantic_signal_stands("safety_injury", text) is stands
    # Only injuries are vetoed; other categories always stand.
    assert semantic_signal_stands("violence_threat", text)
