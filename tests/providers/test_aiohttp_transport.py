"""The openai provider over aiohttp: the SDK's aiohttp client and the direct posts the eval
runner uses (``aiohttp-direct``, `openai_direct.py`): the same typed errors, retries,
re-asks and timeouts as over httpx, and `aclose()` leaves no unclosed session behind."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import warnings
from pathlib import Path
from typing import Any, Literal

import pytest

from socialreply.errors import (
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)
from socialreply.generation.providers.openai import OpenAIChatModel
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import generate_structured
from socialreply.testing import DEFAULT_REPLY, FakeOpenAIServer

from .test_fake_openai_server import MESSAGES, model_for

pytestmark = [
    pytest.mark.server,
    pytest.mark.usefixtures("allow_model_requests"),
    pytest.mark.parametrize("transport", ["aiohttp", "aiohttp-direct"]),
]


def aiohttp_model(
    server: FakeOpenAIServer,
    tmp_path: Path,
    transport: Literal["aiohttp", "aiohttp-direct"],
    *,
    timeout: float = 5,
    max_retries: int = 0,
) -> OpenAIChatModel:
    model = model_for(
        server, tmp_path, timeout=timeout, max_retries=max_retries, transport=transport
    )
    assert (model._direct is not None) is (transport == "aiohttp-direct")
    return model


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("rate_limit", RateLimitedError),
        ("server_error", ProviderUnavailableError),
        ("malformed_body", ProviderUnavailableError),
    ],
)
async def test_faults_become_the_same_typed_errors(
    tmp_path: Path, transport: Any, fault: str, error: type[Exception]
) -> None:
    with FakeOpenAIServer() as server:
        server.fail_next(fault)  # type: ignore[arg-type]
        model = aiohttp_model(server, tmp_path, transport)
        try:
            with pytest.raises(error):
                await model.complete(MESSAGES)
        finally:
            await model.aclose()


async def test_retries_then_succeeds_and_reasks_malformed_content(
    tmp_path: Path, transport: Any
) -> None:
    with FakeOpenAIServer() as server:
        server.fail_next("rate_limit", retry_after=0.1)
        server.fail_next("server_error")
        model = aiohttp_model(server, tmp_path, transport, max_retries=2)
        completion = await model.complete(MESSAGES)
        assert json.loads(completion.text)["reply"] == DEFAULT_REPLY["reply"]
        server.fail_next("malformed_content")
        value, structured = await generate_structured(model, MESSAGES, DraftOutput, reasks=2)
        await model.aclose()
    assert value.reply == DEFAULT_REPLY["reply"] and structured.attempts == 2


async def test_hang_times_out(tmp_path: Path, transport: Any) -> None:
    server = FakeOpenAIServer(hang_seconds=30).start()
    model = aiohttp_model(server, tmp_path, transport, timeout=0.3)
    try:
        server.fail_next("hang")
        with pytest.raises(ProviderTimeoutError):
            await model.complete(MESSAGES)
    finally:
        await model.aclose()
        server.stop()


async def test_concurrent_requests_overlap(tmp_path: Path, transport: Any) -> None:
    with FakeOpenAIServer(latency=0.2) as server:
        model = aiohttp_model(server, tmp_path, transport)
        await asyncio.gather(*(model.complete(MESSAGES) for _ in range(16)))
        await model.aclose()
    assert server.max_active == 16


def test_aclose_leaves_no_unclosed_session(
    tmp_path: Path, transport: Any, caplog: pytest.LogCaptureFixture
) -> None:
    async def use_and_close(model: OpenAIChatModel) -> None:
        await model.complete(MESSAGES)
        await model.aclose()
        await model.aclose()  # twice is harmless

    with FakeOpenAIServer() as server:
        model = aiohttp_model(server, tmp_path, transport)
        with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.ERROR):
            warnings.simplefilter("always")
            asyncio.run(use_and_close(model))
            asyncio.run(use_and_close(model))  # a new loop opens a new session
            gc.collect()
    assert server.request_count == 2
    assert not [w for w in caught if "Unclosed" in str(w.message)]
    assert "Unclosed" not in caplog.text
