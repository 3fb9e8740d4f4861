"""LLM providers: one protocol (`ChatModel`), one adapter module per SDK, imported lazily.

| spec | class | module |
|---|---|---|
| ``openai:MODEL`` | `OpenAIChatModel` | `.openai` (the openai SDK; any OpenAI-compatible server) |
| ``local[:PATH.gguf]`` | `LocalLlamaModel` | `.local` (llama-cpp-python in process) |
| ``test`` | `TestModel` | `.test` (shipped fakes) |
| (Python only) | `LangChainChatModel` | `.langchain` (any LangChain ``BaseChatModel``) |

``macros`` is not a model: the assistant pipeline handles it before calling `resolve_model`.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from ...config import Settings
from ...errors import ConfigError, UnknownProviderError
from .base import Capabilities, ChatModel, Completion, Message

__all__ = [
    "Capabilities",
    "ChatModel",
    "Completion",
    "KNOWN_SPECS",
    "Message",
    "check_spec",
    "resolve_model",
]

KNOWN_SPECS: tuple[str, ...] = ("openai:MODEL", "local", "local:PATH.gguf", "test")
_PREFIXES = ("openai", "local", "test", "macros", "langchain")

# Local servers (llama.cpp, vLLM, Ollama) ignore the key but the SDK insists on one.
_PLACEHOLDER_API_KEY = "sk-no-key-required"


def check_spec(spec: str, settings: Settings) -> None:
    """Raise `UnknownProviderError` now for a spec `resolve_model` would refuse by its
    shape, without building a model (no SDK import, no key read): a command can refuse
    it before minutes of other work. ``macros`` is accepted."""
    name, _, arg = spec.strip().partition(":")
    name = name.lower()
    if (name in ("macros", "test") and not arg) or (name == "openai" and arg) or name == "local":
        return
    resolve_model(spec, settings)  # raises the error that names the spec


def resolve_model(
    spec: str,
    settings: Settings,
    *,
    env: Mapping[str, str] | None = None,
    transport: Literal["httpx", "aiohttp", "aiohttp-direct"] = "httpx",
) -> ChatModel:
    """The `ChatModel` for a provider spec such as ``openai:gpt-4o-mini`` or ``local``.

    `transport` picks the HTTP client of the ``openai`` provider (see `OpenAIChatModel`):
    ``aiohttp`` and ``aiohttp-direct`` only for an owner that closes the model on its event
    loop.

    ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` are read from `env` (default: the process
    environment) now, at resolve time, never at import. Raises `UnknownProviderError` for a
    spec nobody understands and `ConfigError` for a missing API key.
    """
    env = os.environ if env is None else env
    name, _, arg = spec.strip().partition(":")
    name = name.lower()
    if name == "test" and not arg:
        from .test import TestModel

        return TestModel()
    if name == "openai":
        if not arg:
            raise UnknownProviderError(
                "provider 'openai' needs a model name, e.g. 'openai:gpt-4o-mini' (or the "
                "name your OpenAI-compatible server serves)"
            )
        base_url = env.get("OPENAI_BASE_URL") or None
        api_key = env.get("OPENAI_API_KEY") or None
        if api_key is None:
            if base_url is None:
                raise ConfigError(
                    "provider 'openai' needs OPENAI_API_KEY (or OPENAI_BASE_URL pointing to "
                    "an OpenAI-compatible server that needs no key)"
                )
            api_key = _PLACEHOLDER_API_KEY
        from .openai import OpenAIChatModel

        return OpenAIChatModel(
            arg,
            api_key=api_key,
            base_url=base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
            cache_dir=settings.cache_dir,
            transport=transport,
        )
    if name == "local":
        from .local import LocalLlamaModel
        from .model_store import default_model_path

        path = Path(arg).expanduser() if arg else default_model_path(settings)
        return LocalLlamaModel(path, default_model=not arg)
    if name == "macros" and not arg:  # "macros:x" falls through: an unknown spec
        raise UnknownProviderError(
            "'macros' is not an LLM provider: use it as the assistant's provider "
            "(--provider macros, Settings(provider='macros')), not with resolve_model"
        )
    if name == "langchain":
        raise UnknownProviderError(
            "LangChain models cannot be named by a spec: wrap one in Python with "
            "LangChainChatModel(your_chat_model) and pass it as the assistant's model"
        )
    hint = ""
    close = difflib.get_close_matches(name, _PREFIXES, n=1)
    if close:
        hint = f" (did you mean {close[0]!r}?)"
    raise UnknownProviderError(
        f"unknown provider {spec!r}{hint}; known: {', '.join(KNOWN_SPECS)}, macros"
    )
