"""Drafts prepared ahead (`ReplyAssistant.prepare_drafts`, `draft_prep.py`): what the
prefetch thread prepares equals what the event loop prepares for the same post and facts,
the draft made from it equals the one made without it, and a prepared draft is only
taken for the very post and facts it was prepared for, once."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest

from socialreply.generation.draft_prep import describe, prepare_async, prepare_sync
from socialreply.generation.providers.test import TestModel
from socialreply.types import Author, Draft, Fact, Post

from .support import FACTS

GIVEN = list(FACTS[:2])

POSTS = [
    # (post, facts given: None = retrieval)
    (Post(text="How long does standard shipping take?", platform="facebook"), None),
    (Post(text="Can I return a jacket I wore once?", platform="x"), GIVEN),
    (Post(text="What is the meaning of life?", platform="instagram"), None),  # no_knowledge
    (Post(text="I want to kill myself, nothing helps", platform="x"), None),  # holding
    (
        Post(
            text="My email is jane.doe@example.com and my order never came",
            platform="x",
            author=Author(name="Jane Doe"),
        ),
        None,
    ),  # PII redacted for the model, first name
    (Post(text="bad bytes \ud800 in here, where is my parcel?", platform="x"), None),
    (Post(text="word " * 1200, platform="linkedin"), GIVEN),  # clipped for the prompt
]


def _draft_data(draft: Draft) -> dict[str, Any]:
    data = draft.model_dump(mode="json")
    data.pop("id")
    data.pop("latency_ms")
    return data


@pytest.mark.parametrize("with_model", [True, False])
@pytest.mark.parametrize(("post", "facts"), POSTS)
def test_prepared_off_the_loop_equals_prepared_on_it(
    make_assistant: Any, post: Post, facts: Sequence[Fact] | None, with_model: bool
) -> None:
    assistant = make_assistant(TestModel() if with_model else None)
    on_loop = asyncio.run(prepare_async(assistant, post, facts, post.platform))
    off_loop = prepare_sync(assistant, post, facts, post.platform)
    assert describe(off_loop) == describe(on_loop)
    assert bool(on_loop.messages) is (with_model and not on_loop.holding)


def test_the_rows_cover_holding_no_knowledge_and_repairs(make_assistant: Any) -> None:
    """The rows above are not all alike: a holding post, a no_knowledge signal and an
    input repair are among them (the equality test would pass trivially otherwise)."""
    assistant = make_assistant(TestModel())
    prepared = [prepare_sync(assistant, post, facts, post.platform) for post, facts in POSTS]
    assert any(p.holding for p in prepared) and not all(p.holding for p in prepared)
    assert any("no_knowledge" in p.escalation.categories for p in prepared)
    assert any(w.code == "invalid_input" for p in prepared for w in p.warnings)


@pytest.mark.parametrize(("post", "facts"), POSTS)
def test_draft_from_a_prepared_draft_equals_the_plain_draft(
    make_assistant: Any, post: Post, facts: Sequence[Fact] | None
) -> None:
    plain = make_assistant(TestModel())
    ahead = make_assistant(TestModel())
    ahead.prepare_drafts([(post, facts)])
    assert len(ahead._prepared) == 1
    expected = asyncio.run(plain.adraft_trace(post, facts=facts))
    got = asyncio.run(ahead.adraft_trace(post, facts=facts))
    assert ahead._prepared == {}  # taken
    assert _draft_data(got.draft) == _draft_data(expected.draft)
    assert got.facts == expected.facts and got.messages == expected.messages


def _spy_prepare(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from socialreply.generation import assistant as assistant_module

    prepared_on_loop: list[str] = []
    real = assistant_module.prepare_async

    async def spy(assistant: Any, post: Any, facts: Any, platform: str) -> Any:
        prepared_on_loop.append(post.text if isinstance(post, Post) else post)
        return await real(assistant, post, facts, platform)

    monkeypatch.setattr(assistant_module, "prepare_async", spy)
    return prepared_on_loop


@pytest.mark.parametrize(
    ("drafted", "taken"),
    [
        ("same", True),
        ("equal copy of the post", False),
        ("equal copy of the facts", False),
        ("no facts", False),
        ("drafted twice", False),
    ],
)
def test_a_prepared_draft_is_taken_only_for_its_post_and_facts_once(
    make_assistant: Any, monkeypatch: pytest.MonkeyPatch, drafted: str, taken: bool
) -> None:
    post = Post(text="Can I return a jacket I wore once?", platform="x")
    facts = list(GIVEN)
    assistant = make_assistant(TestModel())
    assistant.prepare_drafts([(post, facts)])
    on_loop = _spy_prepare(monkeypatch)
    if drafted == "equal copy of the post":
        post = post.model_copy()
    elif drafted == "equal copy of the facts":
        facts = list(facts)
    elif drafted == "drafted twice":
        asyncio.run(assistant.adraft_trace(post, facts=facts))
    draft_facts = None if drafted == "no facts" else facts
    asyncio.run(assistant.adraft_trace(post, facts=draft_facts))
    assert (on_loop == []) is taken
    # Taken (or dropped as not matching) by the draft of the original post object.
    left = 1 if drafted == "equal copy of the post" else 0
    assert len(assistant._prepared) == left


def test_a_post_that_fails_to_prepare_is_left_to_its_draft(make_assistant: Any) -> None:
    assistant = make_assistant(TestModel())
    empty = Post.model_construct(text="   ", platform="x")
    fine = Post(text="Where is my order?", platform="x")
    assistant.prepare_drafts([(empty, None), (fine, None)])
    assert list(assistant._prepared) == [id(fine)]
