"""The openai provider's lean requests: an absolute chat URL (one URL parse per request in
the SDK) that reaches exactly what the SDK's own joining of ``/chat/completions`` reaches (a
base URL with a query string keeps the SDK's joining), and the SDK's platform headers left
out with ``lean_headers`` (the per-request ones kept)."""

from __future__ import annotations

import json

import httpx2
import pytest
from openai import AsyncOpenAI

from socialreply.generation.providers.base import Message
from socialreply.generation.providers.openai import PLATFORM_HEADERS, OpenAIChatModel, chat_url

pytestmark = pytest.mark.usefixtures("allow_model_requests")

BODY = {
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}],
    "model": "m",
}


def recording_client(seen: list[str]) -> httpx2.AsyncClient:
    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(str(request.url))
        return httpx2.Response(200, json=BODY)

    return httpx2.AsyncClient(transport=httpx2.MockTransport(handler))


@pytest.mark.parametrize(
    ("base_url", "absolute"),
    [
        ("http://127.0.0.1:8080/v1", True),
        ("http://127.0.0.1:8080/v1/", True),
        ("https://api.openai.com/v1", True),
        ("http://localhost:11434", True),
        ("https://host.example/openai/deployments/x", True),
        ("https://host.example/openai?api-version=2024-06-01", False),
        ("https://host.example/v1#frag", False),
    ],
)
async def test_chat_url_reaches_what_the_sdk_joins(base_url: str, absolute: bool) -> None:
    assert chat_url(base_url).startswith("http") is absolute
    ours: list[str] = []
    sdks: list[str] = []
    model = OpenAIChatModel(
        "m", api_key="k", base_url=base_url, max_retries=0, http_client=recording_client(ours)
    )
    completion = await model.complete([Message("user", "hello")])
    assert completion.text == "hi"
    sdk = AsyncOpenAI(
        api_key="k",
        base_url=base_url.rstrip("/"),
        max_retries=0,
        http_client=recording_client(sdks),
    )
    await sdk.post("/chat/completions", body={}, cast_to=object)
    assert ours == sdks
    assert len(ours) == 1


async def test_probe_and_body_unchanged_with_the_absolute_url() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=BODY)

    client = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    model = OpenAIChatModel("m", api_key="k", base_url="http://h/v1", http_client=client)
    await model.complete([Message("user", "hello")], max_tokens=7)
    assert str(seen[0].url) == "http://h/v1/chat/completions"
    assert seen[0].headers["authorization"] == "Bearer k"
    assert json.loads(seen[0].content)["max_tokens"] == 7


@pytest.mark.parametrize(
    ("lean", "platform_sent"),
    [(True, False), (False, True), (None, True)],  # None: the httpx transport's default
)
async def test_lean_headers_leave_out_only_the_platform_headers(
    lean: bool | None, platform_sent: bool
) -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=BODY)

    client = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    model = OpenAIChatModel(
        "m", api_key="k", base_url="http://h/v1", http_client=client, lean_headers=lean
    )
    await model.complete([Message("user", "hello")])
    headers = seen[0].headers
    for name in PLATFORM_HEADERS:
        assert (name in headers) is platform_sent
    # what the SDK sends per request stays
    assert headers["authorization"] == "Bearer k"
    assert headers["x-stainless-retry-count"] == "0"
    assert "x-stainless-read-timeout" in headers
    assert headers["content-type"] == "application/json"


def test_the_aiohttp_transport_is_lean_by_default() -> None:
    assert OpenAIChatModel("m", api_key="k", transport="aiohttp")._lean_headers is True
    assert OpenAIChatModel("m", api_key="k")._lean_headers is False
