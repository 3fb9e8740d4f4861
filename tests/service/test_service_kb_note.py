"""The service with a knowledge base that has no facts (its folder does not exist yet, or
it holds 0 chunks): it starts, drafts (without facts), creates nothing, logs why at
start-up, and `/readyz` says so in `warnings` without failing readiness (session 21 QA)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from socialreply import KnowledgeBase
from socialreply.config import Settings
from socialreply.feedback import FeedbackStore
from socialreply.service import create_app

from .conftest import KEY_ACME, KEYS, bearer


def _client(kb: Path, store: FeedbackStore) -> TestClient:
    settings = Settings(api_keys=KEYS, rate_limit_per_minute=0, provider="macros", kb_dir=kb)
    return TestClient(create_app(settings, store=store))


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_service_without_facts_is_ready_and_says_why(
    state: str, tmp_path: Path, store: FeedbackStore, caplog: pytest.LogCaptureFixture
) -> None:
    kb = tmp_path / "kb"
    if state == "empty":
        KnowledgeBase.open(kb).close()
    expected = "does not exist yet" if state == "missing" else "is empty (0 chunks)"
    with caplog.at_level(logging.WARNING), _client(kb, store) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ok"
        warnings = ready.json()["warnings"]
        assert len(warnings) == 1 and expected in warnings[0]
        assert "drafts will have no facts" in warnings[0]
        r = client.post(
            "/v1/drafts",
            json={"text": "How do I return my boots?", "platform": "x"},
            headers=bearer(KEY_ACME),
        )
        assert r.status_code == 201 and r.json()["citations"] == []
        triaged = client.post(
            "/v1/triage",
            json={"text": "love these boots", "platform": "x"},
            headers=bearer(KEY_ACME),
        )
        assert triaged.status_code == 200
    assert any(expected in m for m in caplog.messages)  # the start-up log
    assert kb.exists() is (state == "empty")


def test_readyz_has_no_warnings_with_a_stand_in_pipeline(client: TestClient) -> None:
    assert client.get("/readyz").json()["warnings"] == []
