from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from socialreply.config import Settings
from socialreply.errors import (
    ConfigError,
    ModelNotFoundError,
    ModelRequestsForbiddenError,
    ProviderUnavailableError,
    UnknownProviderError,
    UserError,
)
from socialreply.generation.providers import ChatModel, resolve_model
from socialreply.generation.providers.base import Completion, Message
from socialreply.generation.providers.local import LocalLlamaModel
from socialreply.generation.providers.openai import OpenAIChatModel
from socialreply.generation.providers.test import (
    FunctionModel,
    ModelCall,
    TestModel,
    forbid_model_requests,
    model_requests_forbidden,
)
from socialreply.generation.schema import DraftOutput

MESSAGES = [Message("user", "hello")]


async def test_test_model_defaults_to_a_valid_object_for_the_schema() -> None:
    model = TestModel()
    completion = await model.complete(MESSAGES, schema=DraftOutput)
    value = DraftOutput.model_validate_json(completion.text)
    assert value.reply == model.default_text
    assert (await model.complete(MESSAGES)).text == model.default_text
    assert isinstance(model, ChatModel)


async def test_test_model_replays_script_and_records_calls() -> None:
    model = TestModel(["raw", {"reply": "dict"}, DraftOutput(reply="obj"), ValueError("boom")])
    assert (await model.complete(MESSAGES, max_tokens=5)).text == "raw"
    assert json.loads((await model.complete(MESSAGES)).text) == {"reply": "dict"}
    assert json.loads((await model.complete(MESSAGES)).text)["reply"] == "obj"
    with pytest.raises(ValueError, match="boom"):
        await model.complete(MESSAGES)
    assert model.remaining == 0
    with pytest.raises(UserError, match="ran out of scripted outputs"):
        await model.complete(MESSAGES)
    assert len(model.calls) == 5
    assert model.calls[0].max_tokens == 5
    assert model.calls[0].prompt == "hello"


async def test_test_model_latency_overlaps_under_concurrency() -> None:
    model = TestModel(latency=0.1)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(model.complete(MESSAGES) for _ in range(20)))
    assert loop.time() - start < 1.0  # 20 x 0.1 s sequentially would be 2 s


async def test_function_model_sync_and_async() -> None:
    def echo(messages: list[Message], call: ModelCall) -> str:
        return messages[-1].content.upper()

    async def full(messages: list[Message], call: ModelCall) -> Completion:
        return Completion(text="x", model="m", mode="tools")

    assert (await FunctionModel(echo).complete(MESSAGES)).text == "HELLO"
    completion = await FunctionModel(full).complete(MESSAGES, schema=DraftOutput)
    assert completion.mode == "tools"
    bad = FunctionModel(lambda messages, call: 42)  # type: ignore[arg-type,return-value]
    with pytest.raises(UserError, match="must return str or Completion"):
        await bad.complete(MESSAGES)


def test_forbid_switch_is_on_in_tests_and_restorable() -> None:
    assert model_requests_forbidden()  # the autouse fixture
    with forbid_model_requests(False):
        assert not model_requests_forbidden()
    assert model_requests_forbidden()


async def test_real_providers_refuse_while_forbidden(tmp_path: Path) -> None:
    openai_model = OpenAIChatModel("gpt", api_key="k", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ModelRequestsForbiddenError, match="allow_model_requests"):
        await openai_model.complete(MESSAGES)
    with pytest.raises(ModelRequestsForbiddenError):
        await LocalLlamaModel(tmp_path / "x.gguf").complete(MESSAGES)


async def test_allow_fixture_lets_real_providers_run(
    allow_model_requests: None, tmp_path: Path
) -> None:
    model = LocalLlamaModel(tmp_path / "missing.gguf", default_model=True)
    with pytest.raises(ModelNotFoundError, match="socialreply models pull"):
        await model.complete(MESSAGES)
    other = LocalLlamaModel(tmp_path / "mine.gguf")
    with pytest.raises(ModelNotFoundError, match="model file not found"):
        await other.complete(MESSAGES)


async def test_a_file_that_is_not_a_model_is_a_clear_error(
    allow_model_requests: None, tmp_path: Path
) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a gguf file" * 100)
    with pytest.raises((ModelNotFoundError, ProviderUnavailableError), match=r"bogus\.gguf|llama"):
        await LocalLlamaModel(bogus).complete(MESSAGES)


def _settings(tmp_path: Path) -> Settings:
    return Settings(model_dir=tmp_path / "models", cache_dir=tmp_path / "cache")


@pytest.mark.parametrize(
    ("spec", "env", "cls", "model_name"),
    [
        ("test", {}, TestModel, "test"),
        ("openai:gpt-4o-mini", {"OPENAI_API_KEY": "sk-x"}, OpenAIChatModel, "gpt-4o-mini"),
        ("openai:qwen", {"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"}, OpenAIChatModel, "qwen"),
        ("local", {}, LocalLlamaModel, "qwen2.5-coder-0.5b-instruct"),
        ("local:/models/my-model.gguf", {}, LocalLlamaModel, "my-model"),
        (" OpenAI:gpt-4o ", {"OPENAI_API_KEY": "sk-x"}, OpenAIChatModel, "gpt-4o"),
    ],
)
def test_resolve_model(
    tmp_path: Path, spec: str, env: dict[str, str], cls: type, model_name: str
) -> None:
    model = resolve_model(spec, _settings(tmp_path), env=env)
    assert isinstance(model, cls)
    assert model.model_name == model_name
    assert isinstance(model, ChatModel)


def test_resolve_openai_uses_settings_and_env(tmp_path: Path) -> None:
    settings = Settings(llm_timeout=7, llm_max_retries=0, cache_dir=tmp_path)
    env = {"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://127.0.0.1:8080/v1/"}
    model = resolve_model("openai:m", settings, env=env)
    assert isinstance(model, OpenAIChatModel)
    assert model.base_url == "http://127.0.0.1:8080/v1"
    assert (model._timeout, model._max_retries) == (7, 0)


def test_resolve_local_default_path_comes_from_settings(tmp_path: Path) -> None:
    model = resolve_model("local", _settings(tmp_path))
    assert isinstance(model, LocalLlamaModel)
    assert model.path == tmp_path / "models" / "qwen2.5-coder-0.5b-instruct.gguf"


@pytest.mark.parametrize(
    ("spec", "env", "error", "message"),
    [
        ("gpt-4o", {}, UnknownProviderError, "unknown provider 'gpt-4o'"),
        ("opneai:gpt-4o", {}, UnknownProviderError, "did you mean 'openai'"),
        ("openai", {"OPENAI_API_KEY": "k"}, UnknownProviderError, "needs a model name"),
        ("openai:gpt-4o", {}, ConfigError, "OPENAI_API_KEY"),
        ("macros", {}, UnknownProviderError, "not an LLM provider"),
        ("langchain", {}, UnknownProviderError, "LangChainChatModel"),
        ("test:extra", {}, UnknownProviderError, "known: openai:MODEL"),
        ("", {}, UnknownProviderError, "unknown provider"),
    ],
)
def test_resolve_model_errors(
    tmp_path: Path, spec: str, env: dict[str, str], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        resolve_model(spec, _settings(tmp_path), env=env)


def test_resolve_model_reads_the_process_environment_at_call_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError):
        resolve_model("openai:m", _settings(tmp_path))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-later")
    assert isinstance(resolve_model("openai:m", _settings(tmp_path)), OpenAIChatModel)
