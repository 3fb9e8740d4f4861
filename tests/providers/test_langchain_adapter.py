"""LangChainChatModel with langchain-core's own fake chat models."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage
from pydantic import Field

from socialreply.errors import ModelRequestsForbiddenError, ProviderError
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.langchain import LangChainChatModel
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import generate_structured

MESSAGES = [Message("system", "You write replies."), Message("user", "Where is my order?")]
VALID = {"reply": "It ships today!", "cited_fact_ids": ["shipping#1"]}


class ToolCallingFake(GenericFakeChatModel):
    """A fake that supports tools, so `with_structured_output` works natively."""

    bound: list[Any] = Field(default_factory=list)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any:
        self.bound.append((tools, kwargs))
        return self


def tool_message(args: dict[str, Any]) -> AIMessage:
    return AIMessage(
        content="",
        tool_calls=[{"name": "DraftOutput", "args": args, "id": "call_1"}],
        usage_metadata={"input_tokens": 11, "output_tokens": 7, "total_tokens": 18},
    )


pytestmark = pytest.mark.usefixtures("allow_model_requests")


async def test_models_without_structured_output_fall_back_to_parsing() -> None:
    fake = FakeListChatModel(responses=["Sure!", "```json\n" + json.dumps(VALID) + "\n```"])
    model = LangChainChatModel(fake)
    value, completion = await generate_structured(model, MESSAGES, DraftOutput)
    assert value.reply == "It ships today!"
    assert completion.mode == "text" and completion.attempts == 2
    assert model._native_works is False


async def test_native_structured_output_via_tool_calls() -> None:
    fake = ToolCallingFake(messages=iter([tool_message(VALID)]))
    model = LangChainChatModel(fake)
    value, completion = await generate_structured(model, MESSAGES, DraftOutput)
    assert value.cited_fact_ids == ["shipping#1"]
    assert completion.mode == "native"
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (11, 7)
    assert fake.bound  # the schema was bound as a tool


async def test_native_output_that_langchain_cannot_parse_is_reasked() -> None:
    fake = ToolCallingFake(messages=iter([tool_message({"oops": 1}), tool_message(VALID)]))
    value, completion = await generate_structured(LangChainChatModel(fake), MESSAGES, DraftOutput)
    assert value.reply == "It ships today!" and completion.attempts == 2


async def test_plain_text_calls_and_message_roles() -> None:
    fake = FakeListChatModel(responses=["hello there"])
    model = LangChainChatModel(fake, structured="parse")
    completion = await model.complete(
        [Message("system", "s"), Message("user", "u"), Message("assistant", "a")]
    )
    assert completion.text == "hello there"


async def test_native_mode_without_support_is_an_error() -> None:
    model = LangChainChatModel(FakeListChatModel(responses=["x"]), structured="native")
    with pytest.raises(ProviderError, match="with_structured_output"):
        await model.complete(MESSAGES, schema=DraftOutput)


async def test_model_failures_become_provider_errors() -> None:
    exhausted = GenericFakeChatModel(messages=iter([]))  # raises StopIteration inside
    with pytest.raises(ProviderError, match="LangChain model failed"):
        await LangChainChatModel(exhausted, structured="parse").complete(MESSAGES)


def test_rejects_non_langchain_objects() -> None:
    with pytest.raises(TypeError, match="BaseChatModel"):
        LangChainChatModel(object())


async def test_forbidden_without_opt_in() -> None:
    from socialreply.generation.providers.test import forbid_model_requests

    with forbid_model_requests(), pytest.raises(ModelRequestsForbiddenError):
        await LangChainChatModel(FakeListChatModel(responses=["x"])).complete(MESSAGES)
