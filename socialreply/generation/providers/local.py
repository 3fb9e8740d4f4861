"""`local[:PATH.gguf]` — llama.cpp in process through llama-cpp-python.

The model loads on first use (about a second for the 0.5B default) and is shared by every
call of this instance. llama.cpp contexts are not thread-safe, so generation runs in a
worker thread under a lock: concurrent drafts queue rather than corrupt each other, and
the event loop stays free. Structured output uses llama.cpp's JSON grammar
(``response_format={"type": "json_object", "schema": ...}``), so the output is JSON of the
right shape by construction (it can still be cut by ``max_tokens``; the structured layer
re-asks then).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ...errors import ModelNotFoundError, ProviderError, ProviderUnavailableError
from ...types import Usage
from ..structured import describe_schema, length_bounded_schema
from .base import Capabilities, Completion, Message
from .model_store import missing_model_message
from .test import ensure_model_requests_allowed


def _default_threads() -> int:
    # llama.cpp is fastest with one thread per physical core; leave one core for the
    # event loop on bigger machines.
    count = os.cpu_count() or 2
    return count if count <= 4 else count - 1


class LocalLlamaModel:
    """A `ChatModel` running a GGUF model in process."""

    provider = "local"

    def __init__(
        self,
        path: str | Path,
        *,
        default_model: bool = False,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        seed: int = 0,
        repeat_penalty: float = 1.1,
    ) -> None:
        self.path = Path(path)
        self.model_name: str | None = self.path.stem
        self.capabilities = Capabilities(json_schema=False, json_object=True, tools=False)
        self._default_model = default_model
        self._n_ctx = n_ctx
        self._n_threads = n_threads or _default_threads()
        self._seed = seed
        # Small models loop on repeated phrases; llama.cpp's chat default is no penalty.
        self._repeat_penalty = repeat_penalty
        self._llama: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LocalLlamaModel(path={str(self.path)!r})"

    def _load(self) -> Any:
        """The `llama_cpp.Llama`, loaded once; the caller holds the lock."""
        if self._llama is not None:
            return self._llama
        if not self.path.is_file():
            raise ModelNotFoundError(
                missing_model_message(self.path, default_model=self._default_model),
                provider=self.provider,
            )
        try:
            import llama_cpp
        except ImportError as exc:
            raise ProviderUnavailableError(
                "the local provider needs llama-cpp-python: pip install "
                "'socialreply[local]' (or run `make local-model`)",
                provider=self.provider,
            ) from exc
        from .llama_compat import plain_cpu_buffers

        try:
            with plain_cpu_buffers():
                self._llama = llama_cpp.Llama(
                    model_path=str(self.path),
                    n_ctx=self._n_ctx,
                    n_threads=self._n_threads,
                    seed=self._seed,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelNotFoundError(
                f"cannot load the model {self.path}: {exc}", provider=self.provider
            ) from exc
        return self._llama

    def close(self) -> None:
        """Free the model's memory (it reloads on the next call)."""
        with self._lock:
            llama, self._llama = self._llama, None
        if llama is not None:
            llama.close()

    def _generate(
        self,
        messages: Sequence[Message],
        schema: type[BaseModel] | None,
        max_tokens: int,
        temperature: float,
    ) -> Completion:
        chat: list[dict[str, str]] = [{"role": m.role, "content": m.content} for m in messages]
        kwargs: dict[str, Any] = {
            "max_tokens": max_tokens,
            "temperature": temperature,
            "repeat_penalty": self._repeat_penalty,
        }
        if schema is not None:
            kwargs["response_format"] = {
                "type": "json_object",
                "schema": length_bounded_schema(schema, max_tokens),
            }
            # The grammar fixes the shape; describing it helps the model fill it sensibly.
            instruction = f"Answer with one JSON object matching: {describe_schema(schema)}"
            if chat and chat[0]["role"] == "system":
                chat[0] = {"role": "system", "content": f"{chat[0]['content']}\n\n{instruction}"}
            else:
                chat.insert(0, {"role": "system", "content": instruction})
        with self._lock:
            llama = self._load()
            try:
                response = llama.create_chat_completion(messages=chat, **kwargs)
            except ValueError as exc:  # e.g. the prompt exceeds the context window
                raise ProviderError(
                    f"local model {self.model_name}: {exc}", provider=self.provider
                ) from exc
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            usage=Usage(
                prompt_tokens=int(usage.get("prompt_tokens", 0)),
                completion_tokens=int(usage.get("completion_tokens", 0)),
            ),
            model=self.model_name,
            mode="json_object" if schema is not None else "text",
            finish_reason=choice.get("finish_reason"),
        )

    async def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: type[BaseModel] | None = None,
        max_tokens: int = 400,
        temperature: float = 0.2,
    ) -> Completion:
        ensure_model_requests_allowed(self.provider)
        return await asyncio.to_thread(self._generate, messages, schema, max_tokens, temperature)
