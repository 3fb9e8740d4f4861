"""Triage prefetched in batches (`prefetch_triage`, what the eval runner does ahead of
its cases) gives exactly the per-post triage, and the caches it fills are the ones the
per-post path reads. The full check over every labelled post is
``benchmarks/check_triage_prefetch.py``."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from socialreply.knowledge.query_embedding import clear_query_caches
from socialreply.triage import TriagePolicy, triage
from socialreply.triage.engine import prefetch_triage
from socialreply.triage.neighbours import LabelledNeighbours
from socialreply.triage.semantic import default_semantic_triage
from socialreply.triage.semantic_clauses import Clause
from socialreply.types import Post

# Crises, urgent posts, false friends, ordinary questions, several sentences, not English,
# a post of only punctuation (no clause) and a long one (the analysed window is cut).
POSTS = [
    ("x", "I don't want to wake up tomorrow. Nothing matters anymore."),
    ("x", "your CEO deserves a bullet for this"),
    ("facebook", "This sale is killing me, I want everything!"),
    ("x", "How long do I have to return boots? I wore them once indoors."),
    ("instagram", "Ya no aguanto más. Nadie me responde y me quiero morir."),
    ("x", "my card was charged twice, I'm calling my bank to dispute it"),
    ("x", "I'll see you in court. My lawyer has everything."),
    ("x", "Is the first aid kit enough to close up cuts on my arms? i do it to myself"),
    ("x", "?!"),
    ("x", "Order 4471 never arrived. " * 300),
]


@pytest.fixture
def fresh() -> Iterator[None]:
    def forget() -> None:
        clear_query_caches()
        default_semantic_triage().forget_lookups()

    forget()
    yield
    forget()


def _alone(post: Post) -> dict[str, object]:
    clear_query_caches()
    return triage(post, semantic=True).model_dump(mode="json")


@pytest.mark.parametrize("chunk", [1, 3, len(POSTS)])
def test_prefetched_triage_is_the_per_post_triage(chunk: int, fresh: None) -> None:
    posts = [Post(text=text, platform=platform) for platform, text in POSTS]  # type: ignore[arg-type]
    alone = [_alone(post) for post in posts]
    clear_query_caches()
    batched = []
    for start in range(0, len(posts), chunk):
        prefetch_triage(posts[start : start + chunk])
        batched += [
            triage(p, semantic=True).model_dump(mode="json") for p in posts[start : start + chunk]
        ]
    assert batched == alone
    assert any(r["escalation"]["categories"] for r in alone)  # not a vacuous comparison


def _query_model_calls() -> int:
    embedder = default_semantic_triage().embedder
    return int(embedder.inner.calls)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("policy", "prefetched"),
    [
        (TriagePolicy.default(), True),
        (TriagePolicy.model_validate({"semantic": {"enabled": False}}), False),
    ],
)
def test_prefetch_fills_the_cache_the_triage_reads(
    policy: TriagePolicy, prefetched: bool, fresh: None
) -> None:
    posts = [Post(text=f"{text} (case {i})", platform=p) for i, (p, text) in enumerate(POSTS[:6])]  # type: ignore[arg-type]
    before = _query_model_calls()
    prefetch_triage(posts, policy=policy)
    after_prefetch = _query_model_calls()
    for post in posts:
        triage(post, policy=policy, semantic=True)
    after_triage = _query_model_calls()
    assert (after_prefetch > before) is prefetched
    if prefetched:
        # Only the whole-post text of a post the neighbours check is embedded later.
        assert after_triage - after_prefetch <= len(posts)
    else:
        assert after_triage == after_prefetch == before


def test_prefetch_leaves_an_embedder_without_a_cache_alone(fresh: None) -> None:
    policy = TriagePolicy.model_validate({"semantic": {"embedder": "static-minilm"}})
    posts = [Post(text="your CEO deserves a bullet", platform="x")]
    before = _query_model_calls()
    prefetch_triage(posts, policy=policy)
    assert _query_model_calls() == before


def _toy_index() -> LabelledNeighbours:
    """Five units near [1, 0] witness self_harm, five near [0, 1] violence_threat."""
    return LabelledNeighbours.build(
        [[1, 0.01 * i] for i in range(5)] + [[0.01 * i, 1] for i in range(5)],
        [["self_harm"]] * 5 + [["violence_threat"]] * 5,
        ["a"] * 10,
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([[1.0, 0.0]], [["self_harm"] * 3]),
        ([[0.0, 1.0], [1.0, 0.0]], [["violence_threat"] * 3, ["self_harm"] * 3]),
        ([[0.6, 0.8], [0.0, 1.0]], [["violence_threat"] * 3, ["violence_threat"] * 3]),
    ],
)
def test_answers_are_remembered_and_unchanged(
    rows: list[list[float]], expected: list[list[str]]
) -> None:
    index = _toy_index()
    queries = np.array(rows, dtype=np.float32)
    first = index.nearest_many(queries, 3)
    assert [[sorted(labels)[0] for labels in row] for row in first] == expected
    # The second ask is answered from the memo: same answer, even row by row.
    assert index.nearest_many(queries, 3) == first
    assert [index.nearest(q, 3) for q in queries] == first
    assert len(index._memo._answers) == len({r.tobytes() for r in queries})
    # Another k is another question.
    assert len(index.nearest_many(queries[:1], 2)[0]) == 2


def test_triage_reads_the_head_units_prefetch_made(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socialreply.triage import semantic

    posts = [Post(text=text, platform=platform) for platform, text in POSTS[:7]]  # type: ignore[arg-type]
    alone = [_alone(post) for post in posts]
    clear_query_caches()
    prefetch_triage(posts)
    splits: list[str] = []
    real = semantic.split_clauses

    def counted(text: str) -> list[Clause]:
        splits.append(text)
        return real(text)

    monkeypatch.setattr(semantic, "split_clauses", counted)
    batched = [triage(p, semantic=True).model_dump(mode="json") for p in posts]
    assert batched == alone
    assert splits == []  # each post's clauses were split, embedded and scored once
    default_semantic_triage().forget_lookups()
    triage(posts[0], semantic=True)
    assert splits  # forgotten: the per-post path again
