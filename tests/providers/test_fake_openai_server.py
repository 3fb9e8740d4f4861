"""FakeOpenAIServer over real HTTP, through the openai provider: faults, latency, ladder."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Literal

import pytest

from socialreply.errors import (
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.openai import OpenAIChatModel
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import generate_structured
from socialreply.testing import DEFAULT_REPLY, FakeOpenAIServer

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("allow_model_requests")]

MESSAGES = [Message("user", "Where is my order?")]


def model_for(
    server: FakeOpenAIServer,
    tmp_path: Path,
    *,
    timeout: float = 5,
    max_retries: int = 0,
    transport: Literal["httpx", "aiohttp", "aiohttp-direct"] = "httpx",
) -> OpenAIChatModel:
    return OpenAIChatModel(
        "fake-model",
        api_key="sk-test",
        base_url=server.base_url,
        timeout=timeout,
        max_retries=max_retries,
        cache_dir=tmp_path,
        transport=transport,
    )


async def test_default_reply_is_a_valid_draft(tmp_path: Path) -> None:
    with FakeOpenAIServer() as server:
        value, completion = await generate_structured(
            model_for(server, tmp_path), MESSAGES, DraftOutput
        )
    assert value.reply == DEFAULT_REPLY["reply"]
    assert completion.mode == "json_schema"
    assert server.requests[0]["messages"][-1]["content"] == "Where is my order?"


async def test_scripted_replies_then_reply_function(tmp_path: Path) -> None:
    def fn(body: dict[str, object]) -> dict[str, object]:
        return {"reply": f"echo {len(body['messages'])}"}  # type: ignore[arg-type]

    with FakeOpenAIServer(replies=["not json", {"reply": "scripted"}], reply_fn=fn) as server:
        model = model_for(server, tmp_path)
        value, completion = await generate_structured(model, MESSAGES, DraftOutput)
        assert value.reply == "scripted" and completion.attempts == 2
        value, _ = await generate_structured(model, MESSAGES, DraftOutput)
        assert value.reply == "echo 1"


async def test_rejected_json_schema_falls_back_like_llama_cpp(tmp_path: Path) -> None:
    with FakeOpenAIServer(reject_json_schema=True) as server:
        model = model_for(server, tmp_path, max_retries=2)
        completion = await model.complete(MESSAGES, schema=DraftOutput)
        await model.complete(MESSAGES, schema=DraftOutput)
    assert completion.mode == "json_object"
    types = [r.get("response_format", {}).get("type") for r in server.requests]
    assert types == ["json_schema", "json_object", "json_object"]


@pytest.mark.parametrize("transport", ["httpx", "aiohttp-direct"])
async def test_rejected_json_schema_after_a_429_on_the_probe_still_falls_back(
    tmp_path: Path, transport: Literal["httpx", "aiohttp-direct"]
) -> None:
    """A transient failure of the first probe is retried; the retry's answer may be the
    format rejection itself, which must move down the ladder, not end the call as a 500
    (README, "Testing with fakes": rate_limit then reject_json_schema did exactly that)."""
    with FakeOpenAIServer(reject_json_schema=True) as server:
        server.fail_next("rate_limit", retry_after=0.05)
        model = model_for(server, tmp_path, max_retries=2, transport=transport)
        completion = await model.complete(MESSAGES, schema=DraftOutput)
    assert completion.mode == "json_object"
    types = [r.get("response_format", {}).get("type") for r in server.requests]
    # The retry runs with the SDK's retries, which also retry the 500 naming the format.
    assert types[:2] == ["json_schema", "json_schema"] and types[2:].count("json_schema") <= 2
    assert types[-1] == "json_object" and types.count("json_object") == 1


async def test_forced_tool_calls_are_answered_as_tool_calls(tmp_path: Path) -> None:
    from socialreply.generation.providers.base import Capabilities

    with FakeOpenAIServer() as server:
        model = OpenAIChatModel(
            "m", api_key="k", base_url=server.base_url, capabilities=Capabilities(tools=True)
        )
        completion = await model.complete(MESSAGES, schema=DraftOutput)
    assert completion.mode == "tools" and completion.finish_reason == "tool_calls"
    assert json.loads(completion.text)["reply"] == DEFAULT_REPLY["reply"]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("rate_limit", RateLimitedError),
        ("server_error", ProviderUnavailableError),
        ("malformed_body", ProviderUnavailableError),
    ],
)
async def test_faults_become_typed_errors(
    tmp_path: Path, fault: str, error: type[Exception]
) -> None:
    with FakeOpenAIServer() as server:
        server.fail_next(fault)  # type: ignore[arg-type]
        with pytest.raises(error):
            await model_for(server, tmp_path).complete(MESSAGES)


async def test_hang_times_out_and_server_stops_promptly(tmp_path: Path) -> None:
    server = FakeOpenAIServer(hang_seconds=30).start()
    try:
        server.fail_next("hang")
        with pytest.raises(ProviderTimeoutError):
            await model_for(server, tmp_path, timeout=0.3).complete(MESSAGES)
    finally:
        start = time.monotonic()
        server.stop()
    assert time.monotonic() - start < 5


async def test_sdk_retries_429_with_retry_after_then_succeeds(tmp_path: Path) -> None:
    with FakeOpenAIServer() as server:
        server.fail_next("rate_limit", retry_after=0.1)
        server.fail_next("server_error")
        completion = await model_for(server, tmp_path, max_retries=2).complete(MESSAGES)
    assert json.loads(completion.text)["reply"] == DEFAULT_REPLY["reply"]
    assert server.request_count == 3


async def test_malformed_and_truncated_content_are_reasked(tmp_path: Path) -> None:
    with FakeOpenAIServer() as server:
        server.fail_next("malformed_content")
        server.fail_next("truncated_content")
        value, completion = await generate_structured(
            model_for(server, tmp_path), MESSAGES, DraftOutput, reasks=2
        )
    assert value.reply == DEFAULT_REPLY["reply"] and completion.attempts == 3


async def test_latency_overlaps_across_concurrent_requests(tmp_path: Path) -> None:
    with FakeOpenAIServer(latency=0.2) as server:
        model = model_for(server, tmp_path)
        start = time.monotonic()
        await asyncio.gather(*(model.complete(MESSAGES) for _ in range(16)))
        elapsed = time.monotonic() - start
    assert server.max_active == 16
    assert elapsed < 1.5  # 16 x 0.2 s one after another would be 3.2 s


def test_unknown_fault_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        FakeOpenAIServer().fail_next("explode")  # type: ignore[arg-type]


def test_one_model_survives_repeated_event_loops(tmp_path: Path) -> None:
    # Sync wrappers call asyncio.run per draft; the SDK client must follow the loop.
    with FakeOpenAIServer() as server:
        model = model_for(server, tmp_path)
        texts = [asyncio.run(model.complete(MESSAGES)).text for _ in range(3)]
    assert len(set(texts)) == 1 and server.request_count == 3
