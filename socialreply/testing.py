"""Public test utilities: a fake OpenAI-compatible HTTP server with latency and faults.

`FakeOpenAIServer` is a real HTTP server (starlette on uvicorn, 127.0.0.1, a free port) in
a background thread, so code under test talks to it through the real openai SDK and HTTP
stack. It answers ``POST /v1/chat/completions`` and ``GET /v1/models``::

    from socialreply.testing import FakeOpenAIServer

    with FakeOpenAIServer(latency=0.2) as server:
        server.fail_next("rate_limit", retry_after=1)   # then "server_error", "hang", ...
        model = OpenAIChatModel("fake", api_key="x", base_url=server.base_url)

Replies come from, in order of precedence: a scripted queue (`replies=[...]`,
`server.add_reply(...)`), a reply function ``reply_fn(request_body) -> str | dict``, or a
default valid `DraftOutput`-shaped JSON object. Replies to a forced tool call are wrapped
as that tool call's arguments. Every request body is recorded in `requests`.

Faults (each consumed by one request, in order; `fail_next` queues them):

| fault | response |
|---|---|
| ``rate_limit`` | HTTP 429 with ``Retry-After`` |
| ``server_error`` | HTTP 500 |
| ``hang`` | no answer for `hang_seconds` (the client times out) |
| ``malformed_body`` | HTTP 200 whose body is not JSON |
| ``malformed_content`` | a completion whose content is not JSON |
| ``truncated_content`` | a completion whose JSON content is cut, ``finish_reason: length`` |

``reject_json_schema=True`` answers ``response_format.type == "json_schema"`` with HTTP 500,
as llama.cpp's server does.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal

Fault = Literal[
    "rate_limit",
    "server_error",
    "hang",
    "malformed_body",
    "malformed_content",
    "truncated_content",
]
FAULTS: tuple[str, ...] = (
    "rate_limit",
    "server_error",
    "hang",
    "malformed_body",
    "malformed_content",
    "truncated_content",
)

Reply = str | dict[str, Any]
ReplyFunction = Callable[[dict[str, Any]], Reply]

DEFAULT_REPLY: dict[str, Any] = {
    "reply": "Thanks for reaching out! We're looking into this and will get back to you.",
    "cited_fact_ids": [],
    "needs_human": False,
    "reason": "",
}


class FakeOpenAIServer:
    """An OpenAI-compatible chat completions server for tests and benchmarks."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        replies: list[Reply] | None = None,
        reply_fn: ReplyFunction | None = None,
        reject_json_schema: bool = False,
        hang_seconds: float = 30.0,
        model: str = "fake-model",
    ) -> None:
        self.latency = latency
        self.reply_fn = reply_fn
        self.reject_json_schema = reject_json_schema
        self.hang_seconds = hang_seconds
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self._replies: deque[Reply] = deque(replies or [])
        self._faults: deque[tuple[Fault, float | None]] = deque()
        self._lock = threading.Lock()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = 0
        self.active = 0
        self.max_active = 0
        self._closing = False

    # -- configuration ----------------------------------------------------------------
    def fail_next(self, fault: Fault, *, count: int = 1, retry_after: float | None = 1) -> None:
        """Queue `count` faults; each is consumed by one request."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
        with self._lock:
            for _ in range(count):
                self._faults.append((fault, retry_after))

    def add_reply(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> FakeOpenAIServer:
        import uvicorn

        self._closing = False
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app(),
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            backlog=512,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("FakeOpenAIServer did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._closing = True
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- the app ----------------------------------------------------------------------
    def _app(self) -> Any:
        from starlette.applications import Starlette
        from starlette.routing import Route

        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
            ]
        )

    async def _models(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        return JSONResponse(
            {"object": "list", "data": [{"id": self.model, "object": "model", "owned_by": "me"}]}
        )

    async def _chat(self, request: Any) -> Any:
        from starlette.responses import JSONResponse, Response

        try:
            body = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": {"message": "invalid JSON body"}}, status_code=400)
        with self._lock:
            self.requests.append(body)
            fault = self._faults.popleft() if self._faults else None
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            if fault is not None:
                kind, retry_after = fault
                if kind == "rate_limit":
                    headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
                    return JSONResponse(
                        _error("Rate limit reached", "rate_limit_exceeded"),
                        status_code=429,
                        headers=headers,
                    )
                if kind == "server_error":
                    return JSONResponse(_error("Internal error", "server_error"), status_code=500)
                if kind == "hang":
                    # Poll rather than one long sleep so stop() does not wait for it.
                    until = time.monotonic() + self.hang_seconds
                    while time.monotonic() < until and not self._closing:
                        await asyncio.sleep(0.02)
                    return JSONResponse(_error("hung", "server_error"), status_code=504)
                if kind == "malformed_body":
                    return Response(
                        '{"id": "chatcmpl-x", "choices": [', media_type="application/json"
                    )
                if kind == "malformed_content":
                    return JSONResponse(self._completion(body, "Sure! I can help with that."))
                if kind == "truncated_content":
                    text = json.dumps(DEFAULT_REPLY)[:40]
                    return JSONResponse(self._completion(body, text, finish_reason="length"))
            response_format = body.get("response_format") or {}
            if self.reject_json_schema and response_format.get("type") == "json_schema":
                return JSONResponse(
                    _error(
                        "response_format.type: Input should be 'text' or 'json_object'",
                        "internal_server_error",
                    ),
                    status_code=500,
                )
            return JSONResponse(self._completion(body, self._next_reply(body)))
        finally:
            with self._lock:
                self.active -= 1

    def _next_reply(self, body: dict[str, Any]) -> str:
        with self._lock:
            scripted = self._replies.popleft() if self._replies else None
        reply: Reply
        if scripted is not None:
            reply = scripted
        elif self.reply_fn is not None:
            reply = self.reply_fn(body)
        else:
            reply = DEFAULT_REPLY
        return reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)

    def _completion(
        self, body: dict[str, Any], text: str, *, finish_reason: str = "stop"
    ) -> dict[str, Any]:
        prompt = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
        message: dict[str, Any] = {"role": "assistant", "content": text}
        choice = body.get("tool_choice")
        if isinstance(choice, dict) and finish_reason == "stop":
            name = choice.get("function", {}).get("name", "tool")
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": f"call_{uuid.uuid4().hex[:12]}",
                        "type": "function",
                        "function": {"name": name, "arguments": text},
                    }
                ],
            }
            finish_reason = "tool_calls"
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": {
                "prompt_tokens": max(1, len(prompt) // 4),
                "completion_tokens": max(1, len(text) // 4),
                "total_tokens": max(1, len(prompt) // 4) + max(1, len(text) // 4),
            },
        }


def _error(message: str, code: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}
