"""A disk cache of model responses, as a `ChatModel` wrapper, and per-case usage meters.

Every model call an evaluation makes (drafts and judge calls alike) goes through
`CachingChatModel`, keyed by the full request: provider, model, every message, the output
schema, max_tokens, temperature and the repeat index (so ``--repeat 3`` samples three
times, and a rerun replays the same three). A fully cached rerun therefore makes zero
model requests. Entries are small JSON files written atomically (crash-safe; several runs
may share the folder).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..generation.providers.base import Capabilities, ChatModel, Completion, Message
from ..generation.schema import schema_json
from ..types import Usage
from .pricing import cost_usd


@dataclass
class UsageMeter:
    """Model usage of one case (or one run): real requests, cache hits, tokens, cost."""

    requests: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_prompt_tokens: int = 0
    cached_completion_tokens: int = 0
    cost_usd: float = 0.0
    models: set[str] = field(default_factory=set)

    def add(self, other: UsageMeter) -> None:
        self.requests += other.requests
        self.cache_hits += other.cache_hits
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.cached_prompt_tokens += other.cached_prompt_tokens
        self.cached_completion_tokens += other.cached_completion_tokens
        self.cost_usd += other.cost_usd
        self.models |= other.models

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "cache_hits": self.cache_hits,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cached_prompt_tokens": self.cached_prompt_tokens,
            "cached_completion_tokens": self.cached_completion_tokens,
            "cost_usd": round(self.cost_usd, 6),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UsageMeter:
        keys = cls().as_dict().keys()
        return cls(**{k: data[k] for k in keys if k in data})


_meter: contextvars.ContextVar[UsageMeter | None] = contextvars.ContextVar(
    "socialreply_eval_meter", default=None
)
_sample: contextvars.ContextVar[int] = contextvars.ContextVar("socialreply_eval_sample", default=0)


@contextmanager
def metering(meter: UsageMeter, *, sample: int = 0) -> Iterator[UsageMeter]:
    """Attribute every model call in this context (an asyncio task copies it) to `meter`;
    `sample` is the repeat index, part of the cache key."""
    t1 = _meter.set(meter)
    t2 = _sample.set(sample)
    try:
        yield meter
    finally:
        _meter.reset(t1)
        _sample.reset(t2)


class ResponseCache:
    """JSON files under ``root/<2 hex>/<sha256>.json``."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or torn entry: a miss, recomputed and rewritten
        return data if isinstance(data, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


def request_key(
    model: ChatModel,
    messages: Sequence[Message],
    schema: type[BaseModel] | None,
    max_tokens: int,
    temperature: float,
    sample: int,
) -> str:
    payload = {
        "v": 1,
        "provider": model.provider,
        "model": model.model_name,
        "messages": [[m.role, m.content] for m in messages],
        "schema": schema_json(schema) if schema is not None else None,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "sample": sample,
    }
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class CachingChatModel:
    """Wraps a `ChatModel`: answers from the disk cache when it can, meters every call.

    With ``read=False`` (``--no-cache``) every call goes to the model and nothing is
    stored. `slots`, when given, returns the semaphore that bounds model requests in
    flight (the runner's ``--concurrency``); cache hits do not take a slot."""

    def __init__(
        self,
        inner: ChatModel,
        cache: ResponseCache | None,
        *,
        read: bool = True,
        slots: Callable[[], asyncio.Semaphore | None] | None = None,
    ) -> None:
        self.inner = inner
        self.slots = slots
        self.cache = cache
        self.read = read and cache is not None
        self.provider: str = inner.provider
        self.model_name: str | None = inner.model_name
        self.capabilities: Capabilities = inner.capabilities
        self.totals = UsageMeter()

    async def aclose(self) -> None:
        """Close the wrapped model's HTTP client, if it has one to close."""
        close = getattr(self.inner, "aclose", None)
        if close is not None:
            await close()

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        meter = _meter.get()
        sample = _sample.get()

        def lookup() -> tuple[str, dict[str, Any] | None]:
            # Hashing the request (prompt and facts) and the file read both happen off the
            # event loop: together they would stall every other case for ~0.5 ms.
            key = request_key(self.inner, messages, schema, max_tokens, temperature, sample)
            found = self.cache.get(key) if self.read and self.cache is not None else None
            return key, found

        key, hit = await asyncio.to_thread(lookup)
        if hit is not None:
            completion = _from_json(hit)
            for m in (meter, self.totals):
                if m is not None:
                    m.cache_hits += 1
                    m.cached_prompt_tokens += completion.usage.prompt_tokens
                    m.cached_completion_tokens += completion.usage.completion_tokens
            return completion
        limiter = self.slots() if self.slots is not None else None
        async with limiter or contextlib.nullcontext():
            completion = await self.inner.complete(
                messages, schema=schema, max_tokens=max_tokens, temperature=temperature
            )
        cost = cost_usd(
            completion.model or self.model_name,
            completion.usage.prompt_tokens,
            completion.usage.completion_tokens,
        )
        for m in (meter, self.totals):
            if m is not None:
                m.requests += 1
                m.prompt_tokens += completion.usage.prompt_tokens
                m.completion_tokens += completion.usage.completion_tokens
                m.cost_usd += cost
                m.models.add(f"{self.provider}:{completion.model or self.model_name}")
        if self.cache is not None and self.read:
            await asyncio.to_thread(self.cache.put, key, _to_json(completion))
        return completion


def _to_json(c: Completion) -> dict[str, Any]:
    return {
        "text": c.text,
        "usage": c.usage.model_dump(),
        "model": c.model,
        "mode": c.mode,
        "finish_reason": c.finish_reason,
    }


def _from_json(data: dict[str, Any]) -> Completion:
    return Completion(
        text=str(data.get("text", "")),
        usage=Usage.model_validate(data.get("usage") or {}),
        model=data.get("model"),
        mode=str(data.get("mode", "text")),
        finish_reason=data.get("finish_reason"),
    )
