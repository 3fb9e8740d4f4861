"""Shipped fakes for tests: scripted and function models, and a switch forbidding real calls.

Modelled on pydantic-ai's test models. `TestModel` replays scripted outputs (or a valid
default object built from the schema) and records every call; `FunctionModel` answers with
your function. `forbid_model_requests()` makes every real provider (openai, local,
langchain) raise `ModelRequestsForbiddenError`, so a test suite can never reach a real
endpoint by accident::

    forbid_model_requests()              # switch on for the whole process
    with forbid_model_requests(False):   # temporarily allow (a test that starts a server)
        ...
"""

from __future__ import annotations

import asyncio
import inspect
import json
import threading
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from ...errors import ModelRequestsForbiddenError, UserError
from ...types import Usage
from .base import Capabilities, Completion, Message

__all__ = [
    "FunctionModel",
    "ModelCall",
    "TestModel",
    "ensure_model_requests_allowed",
    "forbid_model_requests",
    "model_requests_forbidden",
]

_switch_lock = threading.Lock()
_forbidden = False


def model_requests_forbidden() -> bool:
    return _forbidden


class _SwitchRestorer:
    """Returned by `forbid_model_requests`: the switch is already set; using the result as a
    context manager restores the previous value on exit."""

    def __init__(self, previous: bool) -> None:
        self._previous = previous

    def __enter__(self) -> _SwitchRestorer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.restore()

    def restore(self) -> None:
        global _forbidden
        with _switch_lock:
            _forbidden = self._previous


def forbid_model_requests(forbidden: bool = True) -> _SwitchRestorer:
    """Set the global switch; real providers refuse to call a model while it is on."""
    global _forbidden
    with _switch_lock:
        previous = _forbidden
        _forbidden = forbidden
    return _SwitchRestorer(previous)


def ensure_model_requests_allowed(provider: str) -> None:
    """Called by real providers before any model request."""
    if _forbidden:
        raise ModelRequestsForbiddenError(
            f"real model requests are forbidden (provider {provider!r}); use the "
            "`test` provider, or allow them for this test with "
            "`forbid_model_requests(False)` (fixture `allow_model_requests`)",
            provider=provider,
        )


@dataclass(frozen=True)
class ModelCall:
    """One recorded call to a fake model."""

    messages: tuple[Message, ...]
    schema: type[BaseModel] | None
    max_tokens: int
    temperature: float

    @property
    def prompt(self) -> str:
        """All message contents joined, handy for `in` assertions."""
        return "\n".join(m.content for m in self.messages)


def _estimate_tokens(text: str) -> int:
    # About four characters per token for English; fakes only need plausible numbers.
    return max(1, len(text) // 4) if text else 0


def _usage_for(messages: Sequence[Message], text: str) -> Usage:
    return Usage(
        prompt_tokens=sum(_estimate_tokens(m.content) for m in messages),
        completion_tokens=_estimate_tokens(text),
    )


def sample_object(schema: type[BaseModel], text: str) -> dict[str, Any]:
    """A valid instance of `schema` as a dict: defaults kept, required fields filled
    (strings with `text`, numbers with 0, booleans False, lists empty, models recursively)."""
    data: dict[str, Any] = {}
    for name, field in schema.model_fields.items():
        if not field.is_required():
            continue
        data[name] = _sample_value(field.annotation, text)
    return json.loads(schema.model_validate(data).model_dump_json())  # type: ignore[no-any-return]


def _sample_value(annotation: Any, text: str) -> Any:
    origin = get_origin(annotation)
    if origin is Literal:
        return get_args(annotation)[0]
    if origin in (list, tuple, set, frozenset):
        return []
    if origin is dict:
        return {}
    if origin is not None:  # Optional / Union: sample the first non-None member
        members = [a for a in get_args(annotation) if a is not type(None)]
        return _sample_value(members[0], text) if members else None
    if inspect.isclass(annotation):
        if issubclass(annotation, BaseModel):
            return sample_object(annotation, text)
        if issubclass(annotation, bool):
            return False
        if issubclass(annotation, int | float):
            return 0
    return text


ScriptedOutput = str | dict[str, Any] | BaseModel | Exception


class TestModel:
    """A fake `ChatModel` that replays scripted outputs and records every call.

    Each call consumes the next item of `outputs`: a string (returned as is, so invalid
    JSON exercises the re-ask), a dict or pydantic object (returned as JSON), or an
    exception instance (raised, e.g. `ProviderTimeoutError`). With no outputs, every call
    returns a valid object built from the requested schema (reply text `default_text`), or
    `default_text` itself when no schema is requested. `latency` (seconds) makes each call
    sleep, for concurrency tests.
    """

    __test__ = False  # not a pytest test class, despite the name

    provider = "test"

    def __init__(
        self,
        outputs: Iterable[ScriptedOutput] | None = None,
        *,
        default_text: str = "Thanks for reaching out! We're looking into this for you.",
        latency: float = 0.0,
        model_name: str = "test",
    ) -> None:
        self._outputs: list[ScriptedOutput] | None = list(outputs) if outputs is not None else None
        self._position = 0
        self.default_text = default_text
        self.latency = latency
        self.model_name: str | None = model_name
        self.capabilities = Capabilities(json_schema=True, json_object=True, tools=True)
        self.calls: list[ModelCall] = []

    @property
    def last_call(self) -> ModelCall:
        if not self.calls:
            raise UserError("TestModel has not been called")
        return self.calls[-1]

    @property
    def remaining(self) -> int:
        """Scripted outputs not used yet (0 when unscripted)."""
        return 0 if self._outputs is None else len(self._outputs) - self._position

    def _next_text(self, schema: type[BaseModel] | None) -> str:
        if self._outputs is None:
            if schema is None:
                return self.default_text
            return json.dumps(sample_object(schema, self.default_text), ensure_ascii=False)
        if self._position >= len(self._outputs):
            raise UserError(
                f"TestModel ran out of scripted outputs after {len(self._outputs)} call(s)"
            )
        item = self._outputs[self._position]
        self._position += 1
        if isinstance(item, Exception):
            raise item
        if isinstance(item, BaseModel):
            return item.model_dump_json()
        if isinstance(item, dict):
            return json.dumps(item, ensure_ascii=False)
        return item

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        self.calls.append(ModelCall(tuple(messages), schema, max_tokens, temperature))
        if self.latency:
            await asyncio.sleep(self.latency)
        text = self._next_text(schema)
        return Completion(
            text=text,
            usage=_usage_for(messages, text),
            model=self.model_name,
            mode="json_schema" if schema is not None else "text",
            finish_reason="stop",
        )


ModelFunction = Callable[
    [Sequence[Message], ModelCall], "str | Completion | Awaitable[str | Completion]"
]


class FunctionModel:
    """A fake `ChatModel` that answers with `fn(messages, call)`.

    `fn` may be sync or async and returns the output text or a full `Completion`; `call`
    carries the schema, max_tokens and temperature. Calls are recorded like `TestModel`'s.
    """

    provider = "test"

    def __init__(self, fn: ModelFunction, *, model_name: str | None = None) -> None:
        self.fn = fn
        self.model_name: str | None = model_name or f"function:{getattr(fn, '__name__', 'fn')}"
        self.capabilities = Capabilities(json_schema=True, json_object=True, tools=True)
        self.calls: list[ModelCall] = []

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        call = ModelCall(tuple(messages), schema, max_tokens, temperature)
        self.calls.append(call)
        result = self.fn(messages, call)
        if inspect.isawaitable(result):
            result = await result
        if isinstance(result, Completion):
            return result
        if not isinstance(result, str):
            raise UserError(
                f"FunctionModel function must return str or Completion, not {type(result).__name__}"
            )
        return Completion(
            text=result,
            usage=_usage_for(messages, result),
            model=self.model_name,
            mode="json_schema" if schema is not None else "text",
            finish_reason="stop",
        )
