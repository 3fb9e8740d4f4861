"""`openai:MODEL` — the openai SDK against OpenAI or any OpenAI-compatible server.

Structured output climbs down a capability ladder until a rung works:

1. ``json_schema``  — ``response_format={"type": "json_schema", ...}`` (OpenAI, vLLM);
2. ``json_object``  — ``response_format={"type": "json_object", "schema": ...}``; the
   non-standard ``schema`` key makes llama.cpp's server constrain the output to the
   schema, other servers ignore it; the schema is also described in the system message;
3. ``tools``        — one function whose parameters are the schema, forced by
   ``tool_choice``; the arguments are the output;
4. ``text``         — no constraint; the prompt describes the schema and
   `socialreply.generation.structured` parses tolerantly.

A rung is abandoned when the server rejects the request format (HTTP 400/422, or a 500
that names the format, as llama.cpp's server does for ``json_schema``). The rung that
worked is remembered per endpoint (base URL + model) in the process and in
``<cache_dir>/openai_ladder.json``, so only the first request to an endpoint probes.

Transport retries (408, 409, 429, 5xx, timeouts, connection errors) are ``max_retries``:
the SDK's, or on the direct transport `http_retry.py`'s equivalent; after them the
failure becomes socialreply's typed `ProviderError` subclasses (`map_openai_error`).
``max_tokens`` is sent rather than ``max_completion_tokens``: llama.cpp ignores the latter.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from pydantic import BaseModel

from ...errors import (
    ModelNotFoundError,
    ProviderError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
)
from ...types import Usage
from ..schema import json_schema as cached_json_schema
from ..structured import describe_schema, length_bounded_schema
from .base import Capabilities, Completion, Message
from .http_retry import ConnectFailure, RequestFailure, StatusFailure, TimeoutFailure
from .test import ensure_model_requests_allowed

if TYPE_CHECKING:
    import httpx2
    from openai import AsyncOpenAI

    from .openai_direct import DirectPoster

Mode = Literal["json_schema", "json_object", "tools", "text"]
LADDER: tuple[Mode, ...] = ("json_schema", "json_object", "tools", "text")
LADDER_FILE = "openai_ladder.json"
DEFAULT_BASE_URL = "https://api.openai.com/v1"

# The SDK's platform headers (its own telemetry: language, versions, OS, architecture,
# async library), left out by ``lean_headers``: every header is copied and looked up several
# times per request by the SDK and httpx, and these seven are 13 % of the function calls of
# a request (cProfile counts). The SDK's per-request headers (auth, retry count, read
# timeout, idempotency key) are kept.
PLATFORM_HEADERS = (
    "X-Stainless-Lang",
    "X-Stainless-Package-Version",
    "X-Stainless-OS",
    "X-Stainless-Arch",
    "X-Stainless-Runtime",
    "X-Stainless-Runtime-Version",
    "X-Stainless-Async",
)

# Words in an error body that mean "this request format is not supported here".
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "tool_choice", "tools")


class LadderMemory:
    """Which ladder rung works for each endpoint: in process, persisted to a JSON file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._modes: dict[str, Mode] | None = None

    def _load(self) -> dict[str, Mode]:
        if self._modes is None:
            modes: dict[str, Mode] = {}
            if self.path is not None:
                try:
                    raw = json.loads(self.path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    raw = {}
                if isinstance(raw, dict):
                    modes = {k: cast(Mode, v) for k, v in raw.items() if v in LADDER}
            self._modes = modes
        return self._modes

    def get(self, endpoint: str) -> Mode | None:
        with self._lock:
            return self._load().get(endpoint)

    def set(self, endpoint: str, mode: Mode) -> None:
        with self._lock:
            modes = self._load()
            if modes.get(endpoint) == mode:
                return
            modes[endpoint] = mode
            if self.path is not None:
                self._write(modes)

    def _write(self, modes: dict[str, Mode]) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".ladder-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(modes, fh, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            pass  # a cache: losing it only costs one probe next time


# One memory per file, shared by every model instance of the process.
_memories: dict[Path | None, LadderMemory] = {}
_memories_lock = threading.Lock()


def ladder_memory(cache_dir: Path | None) -> LadderMemory:
    path = Path(cache_dir).expanduser() / LADDER_FILE if cache_dir is not None else None
    with _memories_lock:
        memory = _memories.get(path)
        if memory is None:
            memory = _memories[path] = LadderMemory(path)
        return memory


class _FormatUnsupported(Exception):
    """The server rejected the structured-output format of this rung."""


class OpenAIChatModel:
    """A `ChatModel` over the openai SDK's async client.

    `http_client` (an ``httpx2.AsyncClient`` or ``httpx.AsyncClient``) is handed to the SDK
    as is: inject one with a mock transport for fault-injection tests. `capabilities`
    bounds the ladder (e.g. ``Capabilities(json_object=True)`` skips ``json_schema``).

    `transport="aiohttp"` sends requests through the SDK's aiohttp client instead of
    httpx's connection pool: less CPU per request (measured by the eval runner's
    benchmark on a saturated event loop), but its session belongs to one event loop and
    must be closed by its owner with `aclose()` before that loop ends. Callers that
    run many short loops (the sync wrappers) keep the default. `lean_headers` (default: on
    with the aiohttp transports) leaves the SDK's platform headers out (`PLATFORM_HEADERS`).
    `transport="aiohttp-direct"` (the eval runner's) posts with aiohttp itself, with the
    library's retry policy and errors (`openai_direct.py`, `http_retry.py`, held to the
    SDK's by the tests): about a fifth of the SDK's CPU per request. It needs an absolute
    chat URL and lean headers; otherwise (a base URL with a query string,
    ``lean_headers=False``) it is the SDK's aiohttp.
    """

    provider = "openai"

    def __init__(
        self,
        model: str,
        *,
        api_key: str,
        base_url: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        cache_dir: Path | None = None,
        http_client: httpx2.AsyncClient | Any | None = None,
        capabilities: Capabilities | None = None,
        transport: Literal["httpx", "aiohttp", "aiohttp-direct"] = "httpx",
        lean_headers: bool | None = None,
    ) -> None:
        self.model_name: str | None = model
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self._chat_url = chat_url(self.base_url)
        self.capabilities = capabilities or Capabilities(
            json_schema=True, json_object=True, tools=True
        )
        self._api_key = api_key
        self._timeout = timeout
        self._max_retries = max_retries
        self._http_client = http_client
        self._transport = transport
        aiohttp_family = transport in ("aiohttp", "aiohttp-direct")
        self._lean_headers = aiohttp_family if lean_headers is None else lean_headers
        # Successful round trips without the SDK (`openai_direct.py`); an injected client
        # is the caller's, used as is.
        self._direct: DirectPoster | None = None
        absolute = self._chat_url.startswith(("http://", "https://"))
        if transport == "aiohttp-direct" and http_client is None and absolute:
            from .openai_direct import DirectPoster

            if self._lean_headers:  # it sends the lean headers only
                self._direct = DirectPoster(self._chat_url, api_key, timeout)
        self._memory = ladder_memory(cache_dir)
        self._client_obj: AsyncOpenAI | None = None
        self._client_loop: weakref.ReferenceType[asyncio.AbstractEventLoop] | None = None

    def __repr__(self) -> str:
        return f"OpenAIChatModel(model={self.model_name!r}, base_url={self.base_url!r})"

    @property
    def endpoint(self) -> str:
        return f"{self.base_url}#{self.model_name}"

    @property
    def remembered_mode(self) -> Mode | None:
        """The ladder rung remembered for this endpoint, if any."""
        return self._memory.get(self.endpoint)

    def _ladder(self) -> list[Mode]:
        allowed = {
            "json_schema": self.capabilities.json_schema,
            "json_object": self.capabilities.json_object,
            "tools": self.capabilities.tools,
            "text": True,
        }
        rungs = [m for m in LADDER if allowed[m]]
        remembered = self.remembered_mode
        if remembered in rungs:
            rungs = rungs[rungs.index(remembered) :]
        return rungs

    def _client(self) -> AsyncOpenAI:
        # httpx connection pools belong to one event loop; sync wrappers call asyncio.run
        # repeatedly, so a new loop gets a new client (unless one was injected). Loops are
        # compared by identity through a weak reference: ids of dead loops get reused.
        from openai import AsyncOpenAI, omit

        loop = asyncio.get_running_loop()
        if self._client_obj is not None and (
            self._http_client is not None
            or (self._client_loop is not None and self._client_loop() is loop)
        ):
            return self._client_obj
        http_client = self._http_client
        if http_client is None and self._transport in ("aiohttp", "aiohttp-direct"):
            from openai import DefaultAioHttpClient

            http_client = DefaultAioHttpClient()
        # `omit` as a header's value removes the SDK's default (typed as str by the SDK).
        lean = cast("dict[str, str]", dict.fromkeys(PLATFORM_HEADERS, omit))
        self._client_obj = AsyncOpenAI(
            api_key=self._api_key,
            base_url=self.base_url,
            timeout=self._timeout,
            max_retries=self._max_retries,
            http_client=http_client,
            default_headers=lean if self._lean_headers else None,
        )
        self._client_loop = weakref.ref(loop)
        return self._client_obj

    async def aclose(self) -> None:
        """Close the HTTP client this model opened on the running loop (an injected
        `http_client` belongs to its caller and is left open)."""
        if self._direct is not None:
            await self._direct.aclose()
        client, self._client_obj = self._client_obj, None
        if client is None or self._http_client is not None:
            return
        if self._client_loop is not None and self._client_loop() is asyncio.get_running_loop():
            await client.close()

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        ensure_model_requests_allowed(self.provider)
        if schema is None:
            return await self._request("text", messages, None, max_tokens, temperature)
        rungs = self._ladder()
        remembered = self.remembered_mode
        for index, mode in enumerate(rungs):
            last_rung = index == len(rungs) - 1
            # An endpoint whose rung is unknown is probed without SDK retries, so a
            # rejected format costs one request rather than max_retries + 1 of them.
            probing = mode != remembered and not last_rung
            try:
                completion = await self._request(
                    mode, messages, schema, max_tokens, temperature, probe=probing
                )
            except _FormatUnsupported:
                continue
            self._memory.set(self.endpoint, mode)
            return completion
        raise ProviderError(  # unreachable: the "text" rung never reports _FormatUnsupported
            f"no structured-output mode works for {self.endpoint}", provider=self.provider
        )

    async def _request(
        self,
        mode: Mode,
        messages: Sequence[Message],
        schema: type[BaseModel] | None,
        max_tokens: int,
        temperature: float,
        *,
        probe: bool = False,
    ) -> Completion:
        import openai

        kwargs = self._build_request(mode, messages, schema, max_tokens, temperature)
        try:
            try:
                response = await self._post(kwargs, retries=not probe)
            except (openai.APIStatusError, StatusFailure) as exc:
                self._raise_if_format_rejected(mode, exc)
                if not probe:
                    raise
                # A transient failure while probing: retry this rung with its retries.
                response = await self._post_checking_format(mode, kwargs)
            except (openai.APIConnectionError, ConnectFailure):
                if not probe:
                    raise
                response = await self._post_checking_format(mode, kwargs)
        except _FormatUnsupported:
            raise
        except (openai.OpenAIError, RequestFailure) as exc:
            raise map_openai_error(exc, self.endpoint) from exc
        except ValueError as exc:  # the SDK could not decode the response body
            raise ProviderUnavailableError(
                f"{self.endpoint} returned a malformed response: {exc}", provider=self.provider
            ) from exc
        return self._to_completion(mode, response)

    @staticmethod
    def _raise_if_format_rejected(mode: Mode, exc: Exception) -> None:
        if mode != "text" and _rejects_format(exc):
            raise _FormatUnsupported(str(exc)) from exc

    async def _post_checking_format(self, mode: Mode, body: dict[str, Any]) -> Any:
        """The retry of a probe that failed transiently (429, 5xx, connection): its answer
        may be the format rejection the probe was looking for, which moves down the ladder
        rather than failing the call."""
        import openai

        try:
            return await self._post(body)
        except (openai.APIStatusError, StatusFailure) as exc:
            self._raise_if_format_rejected(mode, exc)
            raise

    async def _post(self, body: dict[str, Any], *, retries: bool = True) -> Any:
        """One chat request with `max_retries` retries (none when probing a rung): posted
        directly (`openai_direct.py`, with `http_retry.py`'s policy, which matches the
        SDK's), else through the SDK. The SDK client is made only for the latter."""
        if self._direct is not None:
            return await self._direct.post(body, self._max_retries if retries else 0)
        client = self._client()
        if not retries:
            client = client.with_options(max_retries=0)
        return await _post_chat(client, self._chat_url, body)

    def _build_request(
        self,
        mode: Mode,
        messages: Sequence[Message],
        schema: type[BaseModel] | None,
        max_tokens: int,
        temperature: float,
    ) -> dict[str, Any]:
        chat = [{"role": m.role, "content": m.content} for m in messages]
        kwargs: dict[str, Any] = {
            "model": self.model_name,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if schema is not None:
            json_schema = cached_json_schema(schema)
            name = schema.__name__
            if mode == "json_schema":
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": name, "schema": json_schema, "strict": False},
                }
            elif mode == "json_object":
                # llama.cpp turns `schema` into a grammar; bounded lengths keep the JSON
                # closing within max_tokens (see length_bounded_schema).
                kwargs["response_format"] = {
                    "type": "json_object",
                    "schema": length_bounded_schema(schema, max_tokens),
                }
            elif mode == "tools":
                kwargs["tools"] = [
                    {
                        "type": "function",
                        "function": {
                            "name": name,
                            "description": (schema.__doc__ or name).strip(),
                            "parameters": json_schema,
                        },
                    }
                ]
                kwargs["tool_choice"] = {"type": "function", "function": {"name": name}}
            if mode in ("json_object", "text"):
                chat = _with_schema_instruction(chat, schema)
        kwargs["messages"] = chat
        return kwargs

    def _to_completion(self, mode: Mode, response: Any) -> Completion:
        """The completion from the response's JSON (a dict: `_post_chat` skips the SDK's
        `ChatCompletion` model). A body that is not a chat completion is a provider
        failure, never an internal error. The SDK hands back the text of a body not labelled
        JSON; it is decoded here, as the SDK did for a model type."""
        if isinstance(response, str | bytes):
            try:
                response = json.loads(response)
            except ValueError:
                response = None
        choices = response.get("choices") if isinstance(response, dict) else None
        choice = choices[0] if isinstance(choices, list) and choices else None
        if not isinstance(choice, dict):
            raise ProviderUnavailableError(
                f"{self.endpoint} returned a response without choices", provider=self.provider
            )
        message = choice.get("message")
        message = message if isinstance(message, dict) else {}
        text = message.get("content") or ""
        tool_calls = message.get("tool_calls")
        if mode == "tools" and isinstance(tool_calls, list) and tool_calls:
            call = tool_calls[0]
            function = call.get("function") if isinstance(call, dict) else None
            arguments = function.get("arguments") if isinstance(function, dict) else None
            text = arguments or text
        usage = Usage()
        counts = response.get("usage")
        if isinstance(counts, dict):
            usage = Usage(
                prompt_tokens=counts.get("prompt_tokens") or 0,
                completion_tokens=counts.get("completion_tokens") or 0,
            )
        return Completion(
            text=text,
            usage=usage,
            model=response.get("model") or self.model_name,
            mode=mode,
            finish_reason=choice.get("finish_reason"),
        )


def chat_url(base_url: str) -> str:
    """The chat endpoint of `base_url` as the SDK would join it, given to the SDK as an
    absolute URL: it then parses that URL once per request instead of parsing the path and
    copying its base URL around it (twice: the SDK's join and httpx's), ~4 % of the calls
    the SDK makes per request. A base URL with a query string keeps the relative path, so
    the SDK's own joining (and its query handling) stays in charge there."""
    base = base_url.rstrip("/")
    if "?" in base or "#" in base:
        return "/chat/completions"
    return f"{base}/chat/completions"


async def _post_chat(client: AsyncOpenAI, url: str, body: dict[str, Any]) -> Any:
    """POST /chat/completions through the SDK client (its auth, retries, timeouts and error
    types), without `chat.completions.create`'s recursive TypedDict transform of the
    parameters: our body is already plain JSON, and that transform was the largest CPU cost
    per request (it bounds throughput at high concurrency; see benchmarks/README.md). The
    answer is the decoded JSON (``cast_to=object``), not a `ChatCompletion`: building that
    model of nested models cost about a fifth of the SDK's CPU per request, to read four
    fields (`OpenAIChatModel._to_completion`)."""
    return await client.post(
        url,
        body=body,
        cast_to=object,
        options={"security": {"bearer_auth": True}},
    )


def _with_schema_instruction(
    chat: list[dict[str, str]], schema: type[BaseModel]
) -> list[dict[str, str]]:
    """Describe the expected JSON in the system message (json_object and text rungs)."""
    instruction = (
        "Answer with only one JSON object, no prose and no code fences, matching this "
        f"JSON schema: {describe_schema(schema)}"
    )
    if chat and chat[0]["role"] == "system":
        first = dict(chat[0])
        first["content"] = f"{first['content']}\n\n{instruction}"
        return [first, *chat[1:]]
    return [{"role": "system", "content": instruction}, *chat]


def _rejects_format(exc: Any) -> bool:
    """Whether an HTTP error means "this structured-output format is not supported"."""
    status = getattr(exc, "status_code", 0)
    if status not in (400, 422, 500, 501):
        return False
    body = getattr(exc, "body", None)
    text = (json.dumps(body, default=str) if body is not None else "") + " " + str(exc)
    return any(word in text for word in _FORMAT_WORDS)


def map_openai_error(exc: Exception, endpoint: str, provider: str = "openai") -> ProviderError:
    """The SDK's exception (after its own retries), or the direct transport's failure
    (`http_retry.py`, after its retries), as a typed socialreply error: the same error
    and message for the same fault on either path."""
    import openai

    if isinstance(exc, openai.APITimeoutError | TimeoutFailure):
        return ProviderTimeoutError(f"{endpoint} timed out", provider=provider)
    if isinstance(exc, openai.APIConnectionError | ConnectFailure):
        return ProviderUnavailableError(f"cannot connect to {endpoint}: {exc}", provider=provider)
    if isinstance(exc, openai.APIStatusError | StatusFailure):
        return _status_error(exc.status_code, exc, endpoint, provider)
    if isinstance(exc, openai.APIResponseValidationError):
        return ProviderUnavailableError(
            f"{endpoint} returned an invalid response", provider=provider
        )
    return ProviderError(f"{endpoint}: {type(exc).__name__}: {exc}", provider=provider)


def _status_error(status: int, exc: Exception, endpoint: str, provider: str) -> ProviderError:
    """An HTTP error answer by its status (the SDK's RateLimitError is its 429 and
    NotFoundError its 404), worded with the exception's text."""
    if status == 429:
        return RateLimitedError(
            f"{endpoint} is rate limiting requests (HTTP 429)", provider=provider
        )
    if status == 404:
        return ModelNotFoundError(
            f"{endpoint}: model or endpoint not found (HTTP 404)", provider=provider
        )
    if status >= 500:
        return ProviderUnavailableError(
            f"{endpoint} failed with HTTP {status}: {_short(exc)}", provider=provider
        )
    return ProviderError(
        f"{endpoint} rejected the request (HTTP {status}): {_short(exc)}",
        provider=provider,
    )


def _short(exc: Exception, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + " …"
