"""`LangChainChatModel` — any LangChain ``BaseChatModel`` as a socialreply `ChatModel`.

Structured output uses the model's own ``with_structured_output`` where it has one
(OpenAI, Anthropic, … implement it with tools or JSON schema). Models without it, and
endpoints that reject the format it sends (llama.cpp's server answers ``json_schema`` with
HTTP 500), fall back to a plain call whose prompt describes the schema; the text is then
parsed by `socialreply.generation.structured`. The fallback is remembered per instance.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel

from ...errors import ProviderError
from ...types import Usage
from ..structured import describe_schema
from .base import Capabilities, Completion, Message
from .test import ensure_model_requests_allowed

StructuredMode = Literal["auto", "native", "parse"]
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "tool_choice", "tools")


class LangChainChatModel:
    """Wrap a LangChain chat model.

    `structured`: ``"auto"`` (native structured output, falling back to parsing),
    ``"native"`` (always ``with_structured_output``) or ``"parse"`` (never). `method` is
    passed to ``with_structured_output`` (e.g. ``"function_calling"``, ``"json_mode"``).
    """

    provider = "langchain"

    def __init__(
        self,
        model: Any,
        *,
        structured: StructuredMode = "auto",
        method: str | None = None,
    ) -> None:
        from langchain_core.language_models import BaseChatModel

        if not isinstance(model, BaseChatModel):
            raise TypeError(
                f"LangChainChatModel wraps a langchain_core BaseChatModel, not "
                f"{type(model).__name__}"
            )
        self.model = model
        self.model_name: str | None = (
            getattr(model, "model_name", None) or getattr(model, "model", None) or None
        )
        if self.model_name is not None and not isinstance(self.model_name, str):
            self.model_name = str(self.model_name)
        self.structured: StructuredMode = structured
        self.method = method
        self._native_works: bool | None = None if structured == "auto" else structured == "native"
        self.capabilities = Capabilities(json_schema=structured != "parse")

    def __repr__(self) -> str:
        return f"LangChainChatModel({type(self.model).__name__}, model={self.model_name!r})"

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        ensure_model_requests_allowed(self.provider)
        if schema is not None and self._native_works is not False:
            try:
                completion = await self._native(messages, schema)
            except _NativeUnsupported:
                if self.structured == "native":
                    raise ProviderError(
                        f"{type(self.model).__name__} has no usable with_structured_output",
                        provider=self.provider,
                    ) from None
                self._native_works = False
            else:
                self._native_works = True
                return completion
        return await self._plain(messages, schema)

    async def _native(self, messages: Sequence[Message], schema: type[BaseModel]) -> Completion:
        kwargs: dict[str, Any] = {"include_raw": True}
        if self.method is not None:
            kwargs["method"] = self.method
        try:
            runnable = self.model.with_structured_output(schema, **kwargs)
        except NotImplementedError as exc:
            raise _NativeUnsupported() from exc
        try:
            result = await runnable.ainvoke(_to_langchain(messages))
        except NotImplementedError as exc:
            raise _NativeUnsupported() from exc
        except Exception as exc:
            if _rejects_format(exc):
                raise _NativeUnsupported() from exc
            raise _map_error(exc) from exc
        raw = result.get("raw") if isinstance(result, dict) else None
        parsed = result.get("parsed") if isinstance(result, dict) else result
        if isinstance(parsed, BaseModel):
            text = parsed.model_dump_json()
        elif isinstance(parsed, dict):
            text = json.dumps(parsed, ensure_ascii=False)
        else:  # the model answered but LangChain could not parse it: let us try
            text = _raw_text(raw)
        return Completion(
            text=text,
            usage=_usage(raw),
            model=self.model_name,
            mode="native",
            finish_reason=_finish_reason(raw),
        )

    async def _plain(
        self, messages: Sequence[Message], schema: type[BaseModel] | None
    ) -> Completion:
        lc_messages = _to_langchain(messages, schema)
        try:
            response = await self.model.ainvoke(lc_messages)
        except Exception as exc:
            raise _map_error(exc) from exc
        return Completion(
            text=_raw_text(response),
            usage=_usage(response),
            model=self.model_name,
            mode="text",
            finish_reason=_finish_reason(response),
        )


class _NativeUnsupported(Exception):
    pass


def _to_langchain(messages: Sequence[Message], schema: type[BaseModel] | None = None) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    converted: list[Any] = []
    for message in messages:
        if message.role == "system":
            converted.append(SystemMessage(content=message.content))
        elif message.role == "assistant":
            converted.append(AIMessage(content=message.content))
        else:
            converted.append(HumanMessage(content=message.content))
    if schema is not None:
        instruction = (
            "Answer with only one JSON object, no prose and no code fences, matching this "
            f"JSON schema: {describe_schema(schema)}"
        )
        if converted and isinstance(converted[0], SystemMessage):
            converted[0] = SystemMessage(content=f"{converted[0].content}\n\n{instruction}")
        else:
            converted.insert(0, SystemMessage(content=instruction))
    return converted


def _raw_text(message: Any) -> str:
    if message is None:
        return ""
    tool_calls = getattr(message, "tool_calls", None)
    if tool_calls:
        return json.dumps(tool_calls[0].get("args", {}), ensure_ascii=False)
    content = getattr(message, "content", "")
    if isinstance(content, str):
        return content
    # Content blocks (a list of strings / {"type": "text", "text": ...} dicts).
    parts = []
    for block in content or []:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "".join(parts)


def _usage(message: Any) -> Usage:
    metadata = getattr(message, "usage_metadata", None) or {}
    return Usage(
        prompt_tokens=int(metadata.get("input_tokens", 0) or 0),
        completion_tokens=int(metadata.get("output_tokens", 0) or 0),
    )


def _finish_reason(message: Any) -> str | None:
    metadata = getattr(message, "response_metadata", None) or {}
    reason = metadata.get("finish_reason")
    return str(reason) if reason is not None else None


def _rejects_format(exc: Exception) -> bool:
    status = getattr(exc, "status_code", None)
    if status not in (400, 422, 500, 501):
        return False
    return any(word in str(exc) for word in _FORMAT_WORDS)


def _map_error(exc: Exception) -> ProviderError:
    """Errors from LangChain models: the openai SDK's are typed like the openai provider's."""
    if isinstance(exc, ProviderError):
        return exc
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a core dependency
        openai = None  # type: ignore[assignment]
    if openai is not None and isinstance(exc, openai.OpenAIError):
        from .openai import map_openai_error

        return map_openai_error(exc, "LangChain model", provider="langchain")
    return ProviderError(
        f"LangChain model failed: {type(exc).__name__}: {exc}", provider="langchain"
    )
