"""The openai provider and ChatOpenAI end to end against a real llama.cpp server.

The server rejects ``json_schema`` response formats with HTTP 500, so the capability ladder
is exercised for real. Few calls, small ``max_tokens``: the 0.5B model runs on 2 cores.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from pydantic import BaseModel, Field

from socialreply.generation.providers.base import Message
from socialreply.generation.providers.langchain import LangChainChatModel
from socialreply.generation.providers.openai import LADDER_FILE, OpenAIChatModel
from socialreply.generation.structured import generate_structured

from .conftest import LlamaServer

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("allow_model_requests")]


class ShortDraft(BaseModel):
    """DraftOutput's shape with a bounded reply: llama.cpp's grammar enforces maxLength, so
    the JSON always closes within the small max_tokens these tests can afford."""

    reply: str = Field(max_length=60, description="The reply text.")
    cited_fact_ids: list[str] = Field(default_factory=list, max_length=2)


MESSAGES = [
    Message(
        "system",
        "You are a support agent for Northwind Outfitters. Facts: [returns#1] Returns are "
        "free within 30 days.",
    ),
    Message("user", "Can I return my jacket? I bought it last week."),
]


async def test_openai_provider_ladder_against_llama_cpp(
    llama_server: LlamaServer, tmp_path: Path
) -> None:
    sent: list[dict[str, Any]] = []

    async def record(request: httpx2.Request) -> None:
        sent.append(json.loads(request.content))

    def new_model() -> OpenAIChatModel:
        client = httpx2.AsyncClient(event_hooks={"request": [record]}, timeout=180)
        return OpenAIChatModel(
            llama_server.model,
            api_key="sk-no-key-required",
            base_url=llama_server.base_url,
            max_retries=0,
            cache_dir=tmp_path,
            http_client=client,
        )

    model = new_model()
    value, completion = await generate_structured(
        model, MESSAGES, ShortDraft, max_tokens=48, temperature=0.0
    )
    # json_schema was refused with a 500, json_object (with llama.cpp's schema key) worked.
    assert [(b.get("response_format") or {}).get("type") for b in sent[:2]] == [
        "json_schema",
        "json_object",
    ]
    assert completion.mode == "json_object"
    assert isinstance(value, ShortDraft) and value.reply.strip()
    assert 0 < completion.usage.completion_tokens <= 48 * completion.attempts
    assert completion.usage.prompt_tokens > 0
    # Remembered in the process and on disk: a new instance starts at json_object.
    assert model.remembered_mode == "json_object"
    assert json.loads((tmp_path / LADDER_FILE).read_text()) == {
        f"{llama_server.base_url}#{llama_server.model}": "json_object"
    }
    sent.clear()
    short = await new_model().complete(MESSAGES, schema=ShortDraft, max_tokens=8)
    assert [(b.get("response_format") or {}).get("type") for b in sent] == ["json_object"]
    assert sent[0]["max_tokens"] == 8
    assert short.usage.completion_tokens <= 8  # max_tokens is honoured (not ignored)


async def test_forced_tool_call_rung_works_against_llama_cpp(
    llama_server: LlamaServer, tmp_path: Path
) -> None:
    from socialreply.generation.providers.base import Capabilities

    model = OpenAIChatModel(
        llama_server.model,
        api_key="x",
        base_url=llama_server.base_url,
        max_retries=0,
        timeout=180,
        cache_dir=tmp_path,
        capabilities=Capabilities(tools=True),
    )
    completion = await model.complete(MESSAGES, schema=ShortDraft, max_tokens=40)
    assert completion.mode == "tools"
    assert "reply" in json.loads(completion.text)


async def test_langchain_chat_openai_against_llama_cpp(llama_server: LlamaServer) -> None:
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(
        model=llama_server.model,
        base_url=llama_server.base_url,
        api_key="sk-no-key-required",  # type: ignore[arg-type]
        max_tokens=48,  # type: ignore[call-arg]
        temperature=0,
        max_retries=0,
        timeout=180,
    )
    model = LangChainChatModel(chat)
    value, completion = await generate_structured(model, MESSAGES, ShortDraft, max_tokens=48)
    # ChatOpenAI's native structured output sends json_schema, which llama.cpp refuses:
    # the adapter falls back to a plain call and parses.
    assert completion.mode == "text"
    assert value.reply.strip()
    assert completion.usage.completion_tokens > 0
    assert model._native_works is False
