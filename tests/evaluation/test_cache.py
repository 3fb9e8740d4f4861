"""The response cache: keyed by the full request, torn entries are misses, usage metered
per context."""

from __future__ import annotations

import asyncio
from pathlib import Path

from socialreply.evaluation.cache import CachingChatModel, ResponseCache, UsageMeter, metering
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.test import TestModel
from socialreply.generation.schema import DraftOutput

HELLO = [Message("user", "hello")]


def _call(model: CachingChatModel, messages: list[Message], **kwargs: object) -> str:
    return asyncio.run(model.complete(messages, **kwargs)).text  # type: ignore[arg-type]


def test_every_part_of_the_request_is_in_the_key(tmp_path: Path) -> None:
    inner = TestModel(default_text="hi")
    model = CachingChatModel(inner, ResponseCache(tmp_path))
    _call(model, HELLO)
    _call(model, HELLO)
    assert len(inner.calls) == 1
    _call(model, [Message("user", "hello!")])
    _call(model, HELLO, temperature=0.9)
    _call(model, HELLO, max_tokens=10)
    _call(model, HELLO, schema=DraftOutput)
    assert len(inner.calls) == 5

    async def sampled() -> None:
        with metering(UsageMeter(), sample=1):
            await model.complete(HELLO)

    asyncio.run(sampled())  # a second repeat is a separate sample
    assert len(inner.calls) == 6


def test_torn_entry_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    inner = TestModel(default_text="hi")
    model = CachingChatModel(inner, ResponseCache(tmp_path))
    _call(model, HELLO)
    (entry,) = list(tmp_path.rglob("*.json"))
    entry.write_text('{"text": "hi", "us', encoding="utf-8")
    assert _call(model, HELLO) == "hi"
    assert len(inner.calls) == 2
    assert _call(model, HELLO) == "hi" and len(inner.calls) == 2


def test_meter_counts_requests_hits_and_tokens(tmp_path: Path) -> None:
    model = CachingChatModel(TestModel(default_text="a reply"), ResponseCache(tmp_path))
    meter = UsageMeter()

    async def run() -> None:
        with metering(meter):
            await model.complete(HELLO)
            await model.complete(HELLO)

    asyncio.run(run())
    assert (meter.requests, meter.cache_hits) == (1, 1)
    assert meter.prompt_tokens > 0 and meter.cached_prompt_tokens == meter.prompt_tokens
    assert model.totals.requests == 1


def test_no_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    inner = TestModel()
    model = CachingChatModel(inner, ResponseCache(tmp_path), read=False)
    _call(model, HELLO)
    _call(model, HELLO)
    assert len(inner.calls) == 2 and not list(tmp_path.rglob("*.json"))
