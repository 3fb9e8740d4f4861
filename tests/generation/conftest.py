"""Fixtures for the drafting pipeline tests: an in-memory retriever and an assistant
factory (real triage, real prompt pack, fake or no model)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from socialreply.config import Settings
from socialreply.generation.assistant import ReplyAssistant
from socialreply.generation.providers.base import ChatModel

from .support import MemoryRetriever


@pytest.fixture
def retriever() -> MemoryRetriever:
    return MemoryRetriever()


@pytest.fixture
def make_assistant(retriever: MemoryRetriever) -> Iterator[Any]:
    made: list[ReplyAssistant] = []

    def make(model: ChatModel | None = None, **settings: Any) -> ReplyAssistant:
        assistant = ReplyAssistant.from_settings(
            Settings.load(**settings), knowledge_base=retriever, model=model
        )
        made.append(assistant)
        return assistant

    yield make
    for assistant in made:
        assistant.close()
