"""The service and `record_feedback` with the real drafting pipeline (macros provider and
a failing model), the knowledge base replaced by an in-memory retriever."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from socialreply.config import Settings
from socialreply.errors import DraftNotFoundError, ProviderUnavailableError
from socialreply.feedback import FeedbackStore
from socialreply.generation.assistant import ReplyAssistant
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.test import FunctionModel, ModelCall
from socialreply.service import create_app
from socialreply.types import Fact, Post

from .conftest import KEY_ACME, KEYS, bearer

FACTS = [
    Fact(
        id="returns-policy#1",
        doc_id="returns-policy",
        source="knowledge/policies/returns.md",
        title="Returns",
        text="Unworn items can be returned within 30 days of delivery for a full refund.",
        score=0.9,
        metadata={"similarity": 0.9},
    )
]


class MemoryRetriever:
    def search(
        self, query: str, k: int = 5, *, filters: Mapping[str, Any] | None = None
    ) -> list[Fact]:
        return FACTS[:k]

    def is_relevant(self, facts: Sequence[Fact]) -> bool:
        return bool(facts)


def failing(messages: Sequence[Message], call: ModelCall) -> str:
    raise ProviderUnavailableError("upstream down", provider="test")


def assistant(model: Any = None, store: FeedbackStore | None = None) -> ReplyAssistant:
    built = ReplyAssistant.from_settings(
        Settings(provider="macros"), knowledge_base=MemoryRetriever(), model=model
    )
    if store is not None:
        built._feedback_store = store
    return built


@pytest.fixture
def real_client(store: FeedbackStore) -> TestClient:
    app = create_app(
        Settings(api_keys=KEYS, rate_limit_per_minute=0), assistant=assistant(), store=store
    )
    return TestClient(app)


def test_draft_from_the_real_pipeline_is_stored_with_its_intent(
    real_client: TestClient, store: FeedbackStore
) -> None:
    r = real_client.post(
        "/v1/drafts",
        json={"text": "How do I return my boots?", "platform": "x"},
        headers=bearer(KEY_ACME),
    )
    assert r.status_code == 201
    body = r.json()
    assert body["provider"] == "macros" and body["text"]
    stored = store.get_draft(body["id"], tenant="acme")
    assert stored.draft.model_dump(mode="json") == body
    metrics = real_client.get("/v1/metrics", headers=bearer(KEY_ACME)).json()
    assert metrics["drafts"] == 1 and list(metrics["by_provider"]) == ["macros"]


def test_real_triage_endpoint(real_client: TestClient) -> None:
    r = real_client.post(
        "/v1/triage",
        json={"text": "I will sue you, my lawyer is ready", "platform": "x"},
        headers=bearer(KEY_ACME),
    )
    assert r.status_code == 200
    assert "legal_threat" in r.json()["categories"] and r.json()["auto_send"] is False


def test_provider_failure_still_returns_a_draft(store: FeedbackStore) -> None:
    app = create_app(
        Settings(api_keys=KEYS, rate_limit_per_minute=0),
        assistant=assistant(FunctionModel(failing)),
        store=store,
    )
    r = TestClient(app).post(
        "/v1/drafts",
        json={"text": "Can I return unworn boots?", "platform": "facebook"},
        headers=bearer(KEY_ACME),
    )
    assert r.status_code == 201
    body = r.json()
    assert body["provider"] == "macros" and body["text"]
    assert "llm_fallback" in [w["code"] for w in body["warnings"]]


def test_assistant_record_feedback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    helper = ReplyAssistant.from_settings(
        Settings(provider="macros", database_url=url), knowledge_base=MemoryRetriever()
    )
    post = Post(text="Can I return unworn boots?", platform="x")
    draft = helper.draft(post)
    with pytest.raises(DraftNotFoundError):
        helper.record_feedback(draft.id, "accepted", "ana")  # never stored
    record = helper.record_feedback(
        draft.id, "edited", "ana", final_text=draft.text + " Thanks!", draft=draft, post=post
    )
    assert record.action == "edited" and record.edit_distance is not None
    assert 0 < record.edit_distance < 0.2
    helper.close()
    with FeedbackStore.open(url) as store:
        stored = store.get_draft(draft.id)
        assert stored.feedback == record and stored.post.text == post.text


@pytest.mark.parametrize("how", ["draft", "adraft"])
def test_python_drafts_are_stored_with_the_intent_and_facts_the_service_stores(
    how: str, real_client: TestClient, store: FeedbackStore, tmp_path: Path
) -> None:
    """Session 21 QA: a draft made in Python and given to `record_feedback` was stored
    without its intent (`feedback stats`: "(none)") and without its facts, because the
    intent lives on the trace, not on the `Draft`; the service stores both."""
    import asyncio

    text = "How do I return my boots?"
    r = real_client.post(
        "/v1/drafts", json={"text": text, "platform": "x"}, headers=bearer(KEY_ACME)
    )
    served = store.get_draft(r.json()["id"], tenant="acme")
    assert served.intent

    url = f"sqlite:///{tmp_path / 'fb.db'}"
    helper = ReplyAssistant.from_settings(
        Settings(provider="macros", database_url=url), knowledge_base=MemoryRetriever()
    )
    post = Post(text=text, platform="x")
    draft = helper.draft(post) if how == "draft" else asyncio.run(helper.adraft(post))
    helper.record_feedback(draft.id, "accepted", "ana", draft=draft, post=post)
    helper.close()
    with FeedbackStore.open(url) as python_store:
        stored = python_store.get_draft(draft.id)
        assert stored.intent == served.intent
        assert [f.id for f in stored.facts] == [f.id for f in served.facts]
        stats = python_store.metrics()
    assert list(stats.by_intent) == [served.intent]
