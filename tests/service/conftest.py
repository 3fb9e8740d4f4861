"""Fixtures for the service and feedback tests: a stand-in assistant, keys, stores."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from socialreply.config import Settings
from socialreply.feedback import FeedbackStore
from socialreply.service import create_app

from .stub import StubAssistant

KEY_ACME = "acme-key-0123456789abcdef"
KEY_GLOBEX = "globex-key-0123456789abcdef"
KEYS = [f"acme:{KEY_ACME}", f"globex:{KEY_GLOBEX}"]


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def store(tmp_path: Any) -> Iterator[FeedbackStore]:
    with FeedbackStore.open(f"sqlite:///{tmp_path / 'feedback.db'}") as opened:
        yield opened


@pytest.fixture
def make_client(store: FeedbackStore) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        settings = Settings(**{"api_keys": KEYS, "rate_limit_per_minute": 0, **overrides})
        client = TestClient(create_app(settings, assistant=StubAssistant(), store=store))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()
