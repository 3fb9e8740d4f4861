"""The `local` provider in process with the real default model (short generations)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from socialreply.generation.providers.base import Message
from socialreply.generation.providers.local import LocalLlamaModel
from socialreply.generation.structured import generate_structured

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("allow_model_requests")]


class ShortDraft(BaseModel):
    reply: str = Field(max_length=60)
    cited_fact_ids: list[str] = Field(default_factory=list, max_length=2)


async def test_local_model_structured_output_and_concurrency(local_model_path: Path) -> None:
    model = LocalLlamaModel(local_model_path, n_threads=1, n_ctx=1024)
    messages = [
        Message(
            "system", "You reply to customers of an outdoor store. Fact [ret#1]: free returns."
        ),
        Message("user", "Can I return boots?"),
    ]
    try:
        # Two concurrent calls share one model: the lock serialises them safely.
        results = await asyncio.gather(
            generate_structured(model, messages, ShortDraft, max_tokens=40, temperature=0),
            model.complete(messages, max_tokens=5),
        )
    finally:
        model.close()
    (value, completion), plain = results
    assert value.reply.strip()
    assert completion.mode == "json_object"
    assert completion.usage.prompt_tokens > 0 and completion.usage.completion_tokens > 0
    assert plain.mode == "text" and plain.usage.completion_tokens <= 5


async def test_judge_schemas_with_a_large_budget_do_not_crash_the_grammar(
    local_model_path: Path,
) -> None:
    # A 400-token budget once bounded the rubric's one free-text field at 1,128 characters:
    # llama.cpp refused the grammar and the process died (SIGSEGV), taking `eval
    # calibrate --judge local` with it. Every judge schema must now run.
    from socialreply.evaluation.judge import ClaimVerdicts, PairwiseVerdict, RubricVerdict

    model = LocalLlamaModel(local_model_path, n_threads=1, n_ctx=1024)
    messages = [Message("user", "Rate the reply 'Thanks, DM us your order number.' from 1 to 5.")]
    try:
        for schema in (RubricVerdict, ClaimVerdicts, PairwiseVerdict):
            completion = await model.complete(
                messages, schema=schema, max_tokens=400, temperature=0
            )
            assert completion.mode == "json_object" and completion.text.strip().startswith("{")
    finally:
        model.close()
