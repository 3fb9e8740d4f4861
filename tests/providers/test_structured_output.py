from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from socialreply.errors import InvalidOutputError, ProviderTimeoutError
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.test import TestModel
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import (
    OutputParseError,
    extract_json_object,
    generate_structured,
)

VALID = {"reply": "Hi! Returns are free within 30 days.", "cited_fact_ids": ["returns#1"]}
MESSAGES = [Message("system", "You write replies."), Message("user", "Can I return this?")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"reply": "a"}', {"reply": "a"}),
        ('  \n{"reply": "a"}\n', {"reply": "a"}),
        ('\ufeff{"reply": "a"}', {"reply": "a"}),
        ('```json\n{"reply": "a"}\n```', {"reply": "a"}),
        ('```\n{"reply": "a"}\n```', {"reply": "a"}),
        ('Sure! Here it is:\n```json\n{"reply": "a"}\n```\nAnything else?', {"reply": "a"}),
        ('Here you go: {"reply": "a", "n": {"x": 1}} hope it helps', {"reply": "a", "n": {"x": 1}}),
        ('{"reply": "brace } inside"}', {"reply": "brace } inside"}),
        ('noise {not json} then {"reply": "b"}', {"reply": "b"}),
        ('[1, 2] {"reply": "c"}', {"reply": "c"}),
    ],
)
def test_extract_json_object_tolerates_wrapping(text: str, expected: dict[str, object]) -> None:
    assert extract_json_object(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("Thanks for your message!", "not JSON"),
        ('{"reply": "cut off here', "truncated"),
        ("[1, 2, 3]", "not an object"),
    ],
)
def test_extract_json_object_rejects(text: str, reason: str) -> None:
    with pytest.raises(OutputParseError, match=reason):
        extract_json_object(text)


async def test_valid_first_output_needs_no_reask() -> None:
    model = TestModel([VALID])
    value, completion = await generate_structured(model, MESSAGES, DraftOutput)
    assert value.reply == VALID["reply"]
    assert value.cited_fact_ids == ["returns#1"]
    assert completion.attempts == 1
    assert len(model.calls) == 1
    assert model.last_call.schema is DraftOutput


async def test_invalid_output_is_reasked_with_the_error_and_usage_accumulates() -> None:
    model = TestModel(["I'd love to help!", '{"cited_fact_ids": []}', VALID])
    value, completion = await generate_structured(model, MESSAGES, DraftOutput, reasks=2)
    assert value.reply == VALID["reply"]
    assert completion.attempts == 3
    second, third = model.calls[1], model.calls[2]
    # The re-ask shows the model its bad output and what was wrong.
    assert second.messages[-2] == Message("assistant", "I'd love to help!")
    assert "not JSON" in second.messages[-1].content
    assert "reply: Field required" in third.messages[-1].content
    assert '"reply"' in third.messages[-1].content  # the schema is restated
    # Usage is the sum over the three calls.
    assert completion.usage.prompt_tokens > 0
    assert completion.usage.completion_tokens == sum(
        max(1, len(t) // 4)
        for t in ["I'd love to help!", '{"cited_fact_ids": []}', json.dumps(VALID)]
    )


async def test_exhausted_reasks_raise_with_last_output() -> None:
    model = TestModel(["nope", "still nope", '{"reply": 42}'])
    with pytest.raises(InvalidOutputError) as info:
        await generate_structured(model, MESSAGES, DraftOutput, reasks=2)
    assert info.value.last_output == '{"reply": 42}'
    assert info.value.provider == "test"
    assert "2 re-ask" in str(info.value)
    assert len(model.calls) == 3


async def test_zero_reasks_means_one_attempt() -> None:
    model = TestModel(["nope"])
    with pytest.raises(InvalidOutputError):
        await generate_structured(model, MESSAGES, DraftOutput, reasks=0)
    assert len(model.calls) == 1


async def test_provider_errors_are_not_reasked() -> None:
    model = TestModel([ProviderTimeoutError("slow", provider="test"), VALID])
    with pytest.raises(ProviderTimeoutError):
        await generate_structured(model, MESSAGES, DraftOutput)
    assert len(model.calls) == 1


async def test_truncated_output_reask_asks_for_a_shorter_reply() -> None:
    from socialreply.generation.providers.base import Completion
    from socialreply.generation.providers.test import FunctionModel

    outputs = iter(
        [
            Completion(text='{"reply": "a very long', finish_reason="length"),
            Completion(text=json.dumps(VALID), finish_reason="stop"),
        ]
    )
    model = FunctionModel(lambda messages, call: next(outputs))
    value, _ = await generate_structured(model, MESSAGES, DraftOutput)
    assert value.reply == VALID["reply"]
    assert "cut off by the token limit" in model.calls[1].messages[-1].content


async def test_max_tokens_and_temperature_are_passed_through() -> None:
    model = TestModel()
    await generate_structured(model, MESSAGES, DraftOutput, max_tokens=77, temperature=0.0)
    assert (model.last_call.max_tokens, model.last_call.temperature) == (77, 0.0)


async def test_other_schemas_work_too() -> None:
    class Verdict(BaseModel):
        score: int
        label: str

    value, _ = await generate_structured(TestModel(), MESSAGES, Verdict)
    assert isinstance(value, Verdict)


def test_length_bounded_schema_splits_the_budget_between_unbounded_fields() -> None:
    from typing import Literal

    from pydantic import Field

    from socialreply.generation.structured import length_bounded_schema

    class Example(BaseModel):
        text: str
        short: str = Field(max_length=10)
        tags: list[str]
        kind: Literal["a", "b"]
        count: int

    budget = (124 - 24) * 3  # characters for max_tokens=124
    props = length_bounded_schema(Example, max_tokens=124)["properties"]
    # text and tags share the budget; both required, so equally.
    assert props["text"]["maxLength"] == budget // 4 * 2
    assert props["short"]["maxLength"] == 10  # an explicit bound is kept
    assert props["tags"]["maxItems"] == 4
    assert props["tags"]["items"]["maxLength"] == budget // 4 * 2 // 4
    assert "maxLength" not in props["kind"] and "maxLength" not in props["count"]
    tiny = length_bounded_schema(Example, max_tokens=1)["properties"]
    assert tiny["text"]["maxLength"] == 16


def test_bounded_draft_schema_fits_its_token_budget() -> None:
    from socialreply.generation.structured import length_bounded_schema

    props = length_bounded_schema(DraftOutput, max_tokens=400)["properties"]
    worst_case_chars = (
        props["reply"]["maxLength"]
        + props["reason"]["maxLength"]
        + props["cited_fact_ids"]["maxItems"] * props["cited_fact_ids"]["items"]["maxLength"]
    )
    assert worst_case_chars <= (400 - 24) * 3
    assert props["reply"]["maxLength"] == (400 - 24) * 3 // 4 * 2  # twice the reason's share
    assert props["reason"]["maxLength"] == (400 - 24) * 3 // 4


def test_bounds_stay_within_what_llama_cpp_grammars_accept() -> None:
    from socialreply.evaluation.judge import ClaimList, RubricVerdict
    from socialreply.generation.structured import length_bounded_schema

    # One free-text field and a 400-token budget: 1,128 characters before the cap.
    assert (
        length_bounded_schema(RubricVerdict, max_tokens=400)["properties"]["reason"]["maxLength"]
        == 800
    )
    claims = length_bounded_schema(ClaimList, max_tokens=4000)["properties"]["claims"]
    assert claims["maxItems"] * claims["items"]["maxLength"] <= 1600
