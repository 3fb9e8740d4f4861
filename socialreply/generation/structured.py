"""Structured output for every provider: tolerant parsing, schema validation, bounded re-ask.

Providers return raw text. This module turns it into a validated pydantic object the same
way for all of them (the schema is the contract, as in *instructor*): strip code fences,
take the first JSON object in the text, validate; when that fails, show the model its
output and the validation error and ask again, at most ``reasks`` times, then raise
`InvalidOutputError` carrying the last raw output. Transport failures (`ProviderError`
subclasses raised by the provider) are not re-asked: retrying the transport is the SDK's
job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from ..errors import InvalidOutputError
from ..types import Usage
from .providers.base import ChatModel, Completion, Message
from .schema import json_schema

T = TypeVar("T", bound=BaseModel)

_FENCE = re.compile(r"```[ \t]*(?:json|JSON|javascript)?[ \t]*\r?\n?(.*?)```", re.DOTALL)
# How much of a bad output is echoed back in a re-ask: enough to see the mistake, bounded
# so a runaway generation does not blow the context window.
_ECHO_LIMIT = 2000


class OutputParseError(ValueError):
    """The text contains no parseable JSON object."""


def extract_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in `text`, tolerating code fences and chatter around it.

    Raises `OutputParseError` with a short reason when there is none.
    """
    stripped = text.strip().lstrip("\ufeff")
    if not stripped:
        raise OutputParseError("the output is empty")
    candidates = [stripped]
    candidates.extend(m.group(1).strip() for m in _FENCE.finditer(stripped))
    decoder = json.JSONDecoder()
    not_an_object = False
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
        not_an_object = True
    # No candidate parses as a whole: scan for the first decodable object, so prose before
    # or after the JSON ("Sure! Here is the reply: {...}") does not matter.
    start = stripped.find("{")
    while start != -1:
        try:
            value, _ = decoder.raw_decode(stripped, start)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return value
        start = stripped.find("{", start + 1)
    if not_an_object:
        raise OutputParseError("the output is JSON but not an object")
    if "{" in stripped:
        raise OutputParseError("the output contains no complete JSON object (truncated?)")
    raise OutputParseError("the output is not JSON")


def parse_output(text: str, schema: type[T]) -> T:
    """Parse and validate one output; raises `OutputParseError` or `ValidationError`."""
    return schema.model_validate(extract_json_object(text))


@lru_cache(maxsize=64)
def describe_schema(schema: type[BaseModel]) -> str:
    """The JSON schema as compact text, for prompts that must describe the output.

    Titles and the class docstring are dropped: they cost prompt tokens without telling the
    model anything, which matters for small local models.
    """
    described = _without_titles(json_schema(schema))
    described.pop("description", None)  # the class docstring is for developers
    return json.dumps(described, separators=(",", ":"), ensure_ascii=False)


def length_bounded_schema(schema: type[BaseModel], max_tokens: int) -> dict[str, Any]:
    """The JSON schema with every unbounded string and array given a maximum, so the whole
    object fits in `max_tokens`, for grammar-constrained backends (llama.cpp).

    Small models sometimes loop ("It is available in XS, but ...") until the token limit,
    leaving JSON that never closes. With bounds in the grammar the object always closes in
    budget, and the guardrails judge the text instead of the re-ask loop burning time.
    The character budget (about 3 characters per token, less room for keys and
    punctuation) is split between the unbounded fields, required ones getting twice the
    share of optional ones.
    """
    return cast(dict[str, Any], _bound(json_schema(schema), (max_tokens - 24) * 3))


_ARRAY_ITEMS = 4
# llama.cpp expands a bounded repetition into that many copies of the repeated rule and
# refuses grammars past about 2,000 copies in total ("number of rules that are going to
# be repeated multiplied by the new repetition exceeds sane defaults"); llama-cpp-python
# then crashed the process instead of raising (a judge's one free-text field got 1,128
# characters from a 400-token budget). No string or array is bounded above these.
_MAX_STRING = 800
_MAX_ITEMS_CHARS = 1600


def _needs_bound(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    if node.get("type") == "string":
        return "maxLength" not in node and "enum" not in node
    if node.get("type") == "array":
        return "maxItems" not in node or _needs_bound(node.get("items"))
    if "properties" in node:
        return any(_needs_bound(v) for v in node["properties"].values())
    return False


def _bound(node: Any, budget: int) -> Any:
    """Bound `node` to about `budget` characters."""
    if not isinstance(node, dict):
        return node
    bounded = dict(node)
    budget = max(16, budget)
    if node.get("type") == "string" and _needs_bound(node):
        bounded["maxLength"] = min(budget, _MAX_STRING)
    elif node.get("type") == "array" and _needs_bound(node):
        items = bounded.setdefault("maxItems", _ARRAY_ITEMS)
        per_item = min(budget, _MAX_ITEMS_CHARS) // max(1, items)
        bounded["items"] = _bound(node.get("items"), per_item)
    elif isinstance(node.get("properties"), dict):
        properties: dict[str, Any] = node["properties"]
        required = set(node.get("required", ()))
        # Required fields (the reply) get twice the share of optional ones (the reason).
        weights = {k: 2 if k in required else 1 for k, v in properties.items() if _needs_bound(v)}
        unit = budget // max(1, sum(weights.values()))
        bounded["properties"] = {
            k: _bound(v, unit * weights[k]) if k in weights else v for k, v in properties.items()
        }
    return bounded


def _without_titles(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _without_titles(v)
            for k, v in node.items()
            if not (k == "title" and isinstance(v, str))
        }
    if isinstance(node, list):
        return [_without_titles(v) for v in node]
    return node


def _error_summary(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "(root)"
            parts.append(f"{loc}: {err['msg']}")
        return "; ".join(parts)
    return str(exc)


def reask_messages(
    output: str, error: Exception, schema: type[BaseModel], *, truncated: bool
) -> list[Message]:
    """The two messages appended for a re-ask: the model's output and what was wrong."""
    echoed = output if len(output) <= _ECHO_LIMIT else output[:_ECHO_LIMIT] + " …"
    hint = " Your reply was cut off by the token limit: keep it shorter." if truncated else ""
    return [
        Message("assistant", echoed),
        Message(
            "user",
            f"That output is invalid: {_error_summary(error)}.{hint} Reply again with only "
            f"one JSON object matching this JSON schema, and nothing else: "
            f"{describe_schema(schema)}",
        ),
    ]


async def generate_structured(
    model: ChatModel,
    messages: Sequence[Message],
    schema: type[T],
    *,
    reasks: int = 2,
    max_tokens: int = 400,
    temperature: float = 0.2,
) -> tuple[T, Completion]:
    """Ask `model` for an object of type `schema`; re-ask on invalid output.

    Returns the validated object and a `Completion` whose ``usage`` sums every attempt and
    whose ``text`` is the output that validated. Raises `InvalidOutputError` (with
    ``last_output``) after ``reasks`` failed re-asks, and lets provider errors through.
    """
    if reasks < 0:
        raise ValueError("reasks must be >= 0")
    history = list(messages)
    usage = Usage()
    last: Completion | None = None
    last_error: Exception | None = None
    for _attempt in range(reasks + 1):
        completion = await model.complete(
            history, schema=schema, max_tokens=max_tokens, temperature=temperature
        )
        usage = Usage(
            prompt_tokens=usage.prompt_tokens + completion.usage.prompt_tokens,
            completion_tokens=usage.completion_tokens + completion.usage.completion_tokens,
        )
        last = completion
        try:
            value = parse_output(completion.text, schema)
        except (OutputParseError, ValidationError) as exc:
            last_error = exc
            history.extend(
                reask_messages(
                    completion.text,
                    exc,
                    schema,
                    truncated=completion.finish_reason == "length",
                )
            )
            continue
        return value, Completion(
            text=completion.text,
            usage=usage,
            model=completion.model,
            mode=completion.mode,
            finish_reason=completion.finish_reason,
            attempts=_attempt + 1,
        )
    assert last is not None and last_error is not None  # the loop ran at least once
    raise InvalidOutputError(
        f"{model.provider} output is still invalid after {reasks} re-ask(s): "
        f"{_error_summary(last_error)}",
        last_output=last.text,
        provider=model.provider,
    )
