"""The provider protocol: one small async interface, adapters per SDK at the edge.

A provider turns chat messages into raw text (JSON when a schema is given). Parsing,
validation and the bounded re-ask live in `socialreply.generation.structured`, so every
provider gets the same contract for free. Transport retries belong to the SDK.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel

from ...types import Usage

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True)
class Capabilities:
    """What an endpoint supports; the structured-output ladder starts at the best one."""

    json_schema: bool = False
    json_object: bool = False
    tools: bool = False


@dataclass
class Completion:
    text: str
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    # Which structured-output mode produced `text` ("json_schema", "json_object", "tools",
    # "text", or "native" for LangChain's with_structured_output); informational.
    mode: str = "text"
    # "stop", "length" (cut by max_tokens), "tool_calls"… as reported by the endpoint.
    finish_reason: str | None = None
    # How many model calls produced this result (re-asks included); set by
    # `generate_structured`.
    attempts: int = 1


@runtime_checkable
class ChatModel(Protocol):
    """An LLM endpoint. `provider` is the spec prefix ("openai", "local", "langchain",
    "test"); `model_name` the model it serves, if known."""

    provider: str
    model_name: str | None
    capabilities: Capabilities

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion: ...
