"""Direct aiohttp posts (`OpenAIChatModel(transport="aiohttp-direct")`, `openai_direct.py`)
send what the SDK's aiohttp client sends and fail, retry and wait as it does."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, Literal

import httpx2
import pytest

from socialreply.errors import ProviderError, RateLimitedError
from socialreply.generation.providers.openai import OpenAIChatModel
from socialreply.testing import FakeOpenAIServer

from .test_fake_openai_server import MESSAGES, model_for

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("allow_model_requests")]

Transport = Literal["aiohttp", "aiohttp-direct"]
ANSWER = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}


async def _recorded_request(transport: Transport, max_tokens: int) -> dict[str, Any]:
    """The headers and JSON body one `complete` sends, seen by a small aiohttp server."""
    from aiohttp import web

    seen: dict[str, Any] = {}

    async def handle(request: web.Request) -> web.Response:
        seen["path"] = request.path
        seen["headers"] = {k.lower(): v for k, v in request.headers.items()}
        seen["body"] = json.loads(await request.read())
        return web.json_response(ANSWER)

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    model = OpenAIChatModel(
        "m", api_key="sk-x", base_url=f"http://127.0.0.1:{port}/v1", transport=transport
    )
    try:
        completion = await model.complete(MESSAGES, max_tokens=max_tokens)
    finally:
        await model.aclose()
        await runner.cleanup()
    assert completion.text == "hi"
    seen["headers"].pop("content-length")  # the same body, serialised more compactly
    seen["headers"].pop("host")  # the port
    return seen


@pytest.mark.parametrize("max_tokens", [7, 400])
def test_direct_posts_send_what_the_sdk_sends(max_tokens: int) -> None:
    sdk = asyncio.run(_recorded_request("aiohttp", max_tokens))
    direct = asyncio.run(_recorded_request("aiohttp-direct", max_tokens))
    assert direct == sdk
    assert sdk["body"]["max_tokens"] == max_tokens
    assert sdk["headers"]["authorization"] == "Bearer sk-x"


def _error_text(transport: Transport, tmp_path: Path, fault: str) -> tuple[type, str]:
    async def run() -> tuple[type, str]:
        with FakeOpenAIServer() as server:
            server.fail_next(fault)  # type: ignore[arg-type]
            model = model_for(server, tmp_path, transport=transport)
            try:
                await model.complete(MESSAGES)
            except ProviderError as exc:
                return type(exc), str(exc).replace(server.base_url, "URL")
            finally:
                await model.aclose()
        raise AssertionError("no error")

    return asyncio.run(run())


@pytest.mark.parametrize("fault", ["rate_limit", "server_error", "malformed_body"])
def test_the_same_errors_as_the_sdk(tmp_path: Path, fault: str) -> None:
    assert _error_text("aiohttp-direct", tmp_path, fault) == _error_text("aiohttp", tmp_path, fault)


@pytest.mark.parametrize("transport", ["aiohttp", "aiohttp-direct"])
@pytest.mark.parametrize(
    ("retry_after", "max_retries", "retried"),
    [
        (0.4, 1, True),  # waits what Retry-After says, then succeeds
        (0.4, 0, False),  # no retries left
        (600.0, 1, False),  # a Retry-After over the SDK's maximum (120 s) is not waited for
    ],
)
def test_retry_after_as_the_sdk(
    tmp_path: Path, transport: Transport, retry_after: float, max_retries: int, retried: bool
) -> None:
    async def run() -> tuple[float, int, bool]:
        with FakeOpenAIServer() as server:
            server.fail_next("rate_limit", retry_after=retry_after)
            model = model_for(server, tmp_path, transport=transport, max_retries=max_retries)
            started = time.perf_counter()
            try:
                await model.complete(MESSAGES)
                ok = True
            except RateLimitedError:
                ok = False
            finally:
                await model.aclose()
            return time.perf_counter() - started, server.request_count, ok

    elapsed, requests, ok = asyncio.run(run())
    assert ok is retried
    assert requests == (2 if retried else 1)
    if retried:
        assert elapsed >= retry_after
    else:
        assert elapsed < 1.0


@pytest.mark.parametrize(
    ("kwargs", "direct"),
    [
        ({}, True),
        ({"base_url": "https://h.example/v1/"}, True),
        ({"base_url": "https://h.example/openai?api-version=1"}, False),  # SDK joins it
        ({"lean_headers": False}, False),  # the platform headers: the SDK sends them
        ({"http_client": httpx2.AsyncClient()}, False),  # the caller's client
        ({"transport": "aiohttp"}, False),
        ({"transport": "httpx"}, False),
    ],
)
def test_direct_posts_only_where_they_send_the_same(kwargs: dict[str, Any], direct: bool) -> None:
    options: dict[str, Any] = {"base_url": "http://127.0.0.1:1/v1", "transport": "aiohttp-direct"}
    model = OpenAIChatModel("m", api_key="k", **{**options, **kwargs})
    assert (model._direct is not None) is direct
