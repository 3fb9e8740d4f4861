"""The openai provider with an injected HTTP transport: faults, retries, the ladder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import pytest

from socialreply.errors import (
    ModelNotFoundError,
    ProviderError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)
from socialreply.generation.providers.base import Capabilities, Message
from socialreply.generation.providers.openai import LADDER_FILE, OpenAIChatModel
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import generate_structured

pytestmark = pytest.mark.usefixtures("allow_model_requests")

MESSAGES = [Message("system", "You write replies."), Message("user", "Where is my order?")]
VALID = json.dumps({"reply": "It ships today!", "cited_fact_ids": ["shipping#1"]})

Handler = Callable[[httpx2.Request], httpx2.Response]


def completion(
    content: str | None = VALID,
    *,
    finish_reason: str = "stop",
    tool_args: str | None = None,
    usage: tuple[int, int] = (20, 8),
) -> httpx2.Response:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_args is not None:
        message["tool_calls"] = [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "DraftOutput", "arguments": tool_args},
            }
        ]
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "served-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": 0},
    }
    return httpx2.Response(200, json=body)


def error(status: int, message: str, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, json={"error": {"message": message}}, headers=headers)


class Recorder:
    """A mock transport handler answering from a script; records request bodies."""

    def __init__(self, *responses: httpx2.Response | Exception | Handler) -> None:
        self.script = list(responses)
        self.bodies: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.bodies.append(body)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        if callable(item):
            return item(request)
        return item

    @property
    def formats(self) -> list[str | None]:
        modes = []
        for body in self.bodies:
            if "tools" in body:
                modes.append("tools")
            else:
                modes.append((body.get("response_format") or {}).get("type"))
        return modes


def make_model(
    recorder: Recorder, tmp_path: Path, *, max_retries: int = 0, **kwargs: Any
) -> OpenAIChatModel:
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder))
    return OpenAIChatModel(
        "test-model",
        api_key="sk-test",
        base_url="http://llm.invalid/v1",
        timeout=2,
        max_retries=max_retries,
        cache_dir=tmp_path,
        http_client=client,
        **kwargs,
    )


async def test_json_schema_request_shape_and_usage(tmp_path: Path) -> None:
    recorder = Recorder(completion())
    result = await make_model(recorder, tmp_path).complete(
        MESSAGES, schema=DraftOutput, max_tokens=99, temperature=0.1
    )
    body = recorder.bodies[0]
    assert body["max_tokens"] == 99  # llama.cpp ignores max_completion_tokens
    assert "max_completion_tokens" not in body
    assert body["temperature"] == 0.1
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["required"] == ["reply"]
    assert result.mode == "json_schema"
    assert result.text == VALID
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (20, 8)
    assert result.model == "served-model"
    assert result.finish_reason == "stop"


async def test_request_goes_to_chat_completions_with_the_api_key(tmp_path: Path) -> None:
    # the adapter posts the plain JSON body itself (no SDK parameter transform); auth,
    # path and the message list must be exactly what chat.completions.create would send
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return completion()

    await make_model(Recorder(handler), tmp_path).complete(MESSAGES, schema=DraftOutput)
    request = seen[0]
    assert request.method == "POST"
    assert request.url.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    body = json.loads(request.content)
    assert body["model"] == "test-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


async def test_ladder_falls_back_from_json_schema_and_remembers(tmp_path: Path) -> None:
    # llama.cpp's server answers json_schema with a 500 naming response_format.
    rejected = error(500, "response_format.type: Input should be 'text' or 'json_object'")
    recorder = Recorder(rejected, completion())
    model = make_model(recorder, tmp_path, max_retries=2)
    result = await model.complete(MESSAGES, schema=DraftOutput)
    assert result.mode == "json_object"
    # Probing uses no SDK retries: one rejected request, not three.
    assert recorder.formats == ["json_schema", "json_object"]
    json_object = recorder.bodies[1]
    sent_schema = json_object["response_format"]["schema"]  # llama.cpp's non-standard key
    assert sent_schema["required"] == ["reply"]
    # Bounded so a looping small model still closes its JSON within max_tokens.
    assert sent_schema["properties"]["reply"]["maxLength"] == (400 - 24) * 3 // 4 * 2
    assert "JSON schema" in json_object["messages"][0]["content"]  # described in the prompt
    assert model.remembered_mode == "json_object"
    # Remembered: the next call starts at json_object ...
    await model.complete(MESSAGES, schema=DraftOutput)
    assert recorder.formats[-1] == "json_object" and len(recorder.bodies) == 3
    # ... and persisted per endpoint for the next process.
    saved = json.loads((tmp_path / LADDER_FILE).read_text())
    assert saved == {"http://llm.invalid/v1#test-model": "json_object"}


async def test_remembered_mode_is_loaded_from_the_cache_file(tmp_path: Path) -> None:
    (tmp_path / LADDER_FILE).write_text(json.dumps({"http://llm.invalid/v1#test-model": "tools"}))
    from socialreply.generation.providers import openai as openai_provider

    openai_provider._memories.clear()  # a fresh process
    recorder = Recorder(completion(content=None, tool_args=VALID))
    result = await make_model(recorder, tmp_path).complete(MESSAGES, schema=DraftOutput)
    assert recorder.formats == ["tools"]
    assert recorder.bodies[0]["tool_choice"]["function"]["name"] == "DraftOutput"
    assert result.mode == "tools" and result.text == VALID


async def test_ladder_down_to_plain_text(tmp_path: Path) -> None:
    recorder = Recorder(
        error(400, "response_format json_schema is not supported"),
        error(400, "response_format json_object is not supported"),
        error(400, "tools are not supported by this model"),
        completion(content="Sure! ```json\n" + VALID + "\n```"),
    )
    model = make_model(recorder, tmp_path)
    value, result = await generate_structured(model, MESSAGES, DraftOutput)
    assert recorder.formats == ["json_schema", "json_object", "tools", None]
    assert result.mode == "text" and value.reply == "It ships today!"
    assert "JSON schema" in recorder.bodies[-1]["messages"][0]["content"]


async def test_capabilities_bound_the_ladder(tmp_path: Path) -> None:
    recorder = Recorder(completion())
    model = make_model(recorder, tmp_path, capabilities=Capabilities(tools=True))
    await model.complete(MESSAGES, schema=DraftOutput)
    assert recorder.formats == ["tools"]


async def test_no_schema_sends_no_format(tmp_path: Path) -> None:
    recorder = Recorder(completion(content="plain"))
    result = await make_model(recorder, tmp_path).complete(MESSAGES)
    assert result.text == "plain" and recorder.formats == [None]


@pytest.mark.parametrize(
    ("response", "error_type", "message"),
    [
        (error(429, "slow down", {"retry-after": "0"}), RateLimitedError, "HTTP 429"),
        (error(500, "internal error"), ProviderUnavailableError, "HTTP 500"),
        (error(503, "overloaded"), ProviderUnavailableError, "HTTP 503"),
        (error(404, "model not found"), ModelNotFoundError, "not found"),
        (error(401, "bad key"), ProviderError, "HTTP 401"),
        (httpx2.ReadTimeout("read timed out"), ProviderTimeoutError, "timed out"),
        (httpx2.ConnectError("refused"), ProviderUnavailableError, "cannot connect"),
        (
            httpx2.Response(
                200,
                content=b'{"id": "x", "choices": [',
                headers={"content-type": "application/json"},
            ),
            ProviderUnavailableError,
            "malformed",
        ),
        (
            httpx2.Response(200, json={"id": "x", "choices": []}),
            ProviderUnavailableError,
            "without choices",
        ),
    ],
)
async def test_transport_faults_become_typed_errors(
    tmp_path: Path, response: httpx2.Response | Exception, error_type: type[Exception], message: str
) -> None:
    recorder = Recorder(response)
    model = make_model(recorder, tmp_path)
    with pytest.raises(error_type, match=message) as info:
        await model.complete(MESSAGES)
    assert getattr(info.value, "provider", None) == "openai"


def _body(choices: Any, **extra: Any) -> httpx2.Response:
    return httpx2.Response(200, json={"id": "x", "choices": choices, **extra})


@pytest.mark.parametrize(
    ("response", "text", "finish_reason", "tokens", "model"),
    [
        # The JSON body is read as is (no ChatCompletion model): every field we use.
        (completion(usage=(7, 3)), VALID, "stop", (7, 3), "served-model"),
        (completion(content=None), "", "stop", (20, 8), "served-model"),
        (_body([{"message": {"content": "hi"}}]), "hi", None, (0, 0), "test-model"),
        (
            _body([{"message": {"content": "hi"}}], usage={"prompt_tokens": None}),
            "hi",
            None,
            (0, 0),
            "test-model",
        ),
        # A JSON body labelled as text is still decoded (as the SDK did for a model type).
        (
            httpx2.Response(
                200,
                content=json.dumps({"choices": [{"message": {"content": "ok"}}]}).encode(),
                headers={"content-type": "text/plain"},
            ),
            "ok",
            None,
            (0, 0),
            "test-model",
        ),
    ],
)
async def test_response_body_fields(
    tmp_path: Path,
    response: httpx2.Response,
    text: str,
    finish_reason: str | None,
    tokens: tuple[int, int],
    model: str,
) -> None:
    result = await make_model(Recorder(response), tmp_path).complete(MESSAGES)
    assert result.text == text and result.finish_reason == finish_reason
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == tokens
    assert result.model == model


@pytest.mark.parametrize(
    "response",
    [
        _body(None),
        _body(["not an object"]),
        httpx2.Response(200, json=["a", "list"]),
        httpx2.Response(200, content=b"not json", headers={"content-type": "text/plain"}),
    ],
)
async def test_bodies_that_are_not_completions_fail_as_provider_errors(
    tmp_path: Path, response: httpx2.Response
) -> None:
    with pytest.raises(ProviderUnavailableError, match="without choices"):
        await make_model(Recorder(response), tmp_path).complete(MESSAGES)


async def test_tool_call_arguments_are_the_text(tmp_path: Path) -> None:
    recorder = Recorder(completion(content=None, tool_args=VALID))
    model = make_model(recorder, tmp_path, capabilities=Capabilities(tools=True))
    result = await model.complete(MESSAGES, schema=DraftOutput)
    assert result.mode == "tools" and result.text == VALID


async def test_sdk_retries_transient_faults_before_failing(tmp_path: Path) -> None:
    recorder = Recorder(
        error(429, "slow down", {"retry-after": "0"}), error(500, "oops"), completion()
    )
    model = make_model(recorder, tmp_path, max_retries=2)
    result = await model.complete(MESSAGES)
    assert result.text == VALID and len(recorder.bodies) == 3


async def test_transient_fault_while_probing_is_retried_not_demoted(tmp_path: Path) -> None:
    recorder = Recorder(error(503, "busy"), completion())
    model = make_model(recorder, tmp_path, max_retries=1)
    result = await model.complete(MESSAGES, schema=DraftOutput)
    assert result.mode == "json_schema"
    assert recorder.formats == ["json_schema", "json_schema"]


async def test_malformed_and_truncated_content_is_reasked(tmp_path: Path) -> None:
    recorder = Recorder(
        completion(content="Happy to help with your order!"),
        completion(content=VALID[:25], finish_reason="length"),
        completion(),
    )
    model = make_model(recorder, tmp_path)
    value, result = await generate_structured(model, MESSAGES, DraftOutput, reasks=2)
    assert value.reply == "It ships today!"
    assert result.attempts == 3
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (60, 24)
    last_messages = recorder.bodies[-1]["messages"]
    assert "cut off by the token limit" in last_messages[-1]["content"]
