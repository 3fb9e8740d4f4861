"""The runner through the real pipeline with the shipped test models: cache (a cached
rerun makes no model call), streaming, resume after a crash, timeouts, repeats and
flakiness, and the CLI's exit code 3."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from socialreply.cli.main import main
from socialreply.config import Settings
from socialreply.errors import EvalBelowThresholdError, EvaluationError
from socialreply.evaluation import EvalRunner, RunOptions, Variant, evaluate, load_suite
from socialreply.generation.providers.base import ChatModel, Message
from socialreply.generation.providers.test import FunctionModel, ModelCall, TestModel

SUITE = """
name: mini
defaults:
  platform: x_dm
  assert:
    - type: within-limit
    - type: no-blame
cases:
"""
CASE = """
  - id: c{i}
    post: {{text: "How long do I have to return boots? ({i})"}}
    knowledge:
      - {{id: "returns-policy#1", text: "You have 30 days from delivery to return unworn items."}}
    expect:
      must_include_facts: ["30 days"]
"""
GOOD = '{"reply": "You have 30 days from delivery to return them.", "cited_fact_ids": []}'
BAD = '{"reply": "Thanks for reaching out!", "cited_fact_ids": []}'


def _suite(tmp_path: Path, n: int = 4) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(SUITE + "".join(CASE.format(i=i) for i in range(n)), encoding="utf-8")
    return path


def _settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=tmp_path / "cache", kb_dir=tmp_path / "kb")


def _run(
    tmp_path: Path,
    model: ChatModel,
    out: str,
    *,
    n: int = 4,
    **options: object,
) -> dict[str, object]:
    suite = _suite(tmp_path, n)
    outcome = asyncio.run(
        evaluate(
            [suite],
            [Variant("test")],
            RunOptions(output=tmp_path / out, **options),  # type: ignore[arg-type]
            _settings(tmp_path),
            model_factory=lambda spec, settings: model,
        )
    )
    return outcome.summary


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_cached_rerun_makes_no_model_call(tmp_path: Path) -> None:
    model = TestModel(default_text="You have 30 days from delivery to return them.")
    first = _run(tmp_path, model, "run1")
    calls = len(model.calls)
    assert calls == 4
    second = _run(tmp_path, model, "run2")
    assert len(model.calls) == calls  # everything answered from the disk cache
    assert second["this_invocation"]["usage"]["requests"] == 0  # type: ignore[index]
    assert second["this_invocation"]["usage"]["cache_hits"] == 4  # type: ignore[index]
    assert first["overall"]["pass_rate"] == second["overall"]["pass_rate"] == 1.0  # type: ignore[index]
    third = _run(tmp_path, model, "run3", use_cache=False)
    assert len(model.calls) == calls + 4
    assert third["this_invocation"]["usage"]["cache_hits"] == 0  # type: ignore[index]


def test_results_are_streamed_as_each_case_finishes(tmp_path: Path) -> None:
    seen: list[int] = []
    results = tmp_path / "run" / "results.jsonl"

    async def answer(messages: Sequence[Message], call: ModelCall) -> str:
        if "(3)" in messages[-1].content:  # the last case waits for the other three
            for _ in range(300):
                if results.exists() and len(_lines(results)) == 3:
                    break
                await asyncio.sleep(0.01)
            seen.append(len(_lines(results)) if results.exists() else 0)
        return GOOD

    _run(tmp_path, FunctionModel(answer), "run", concurrency=4)
    assert seen == [3]  # written while the run was still going


def test_concurrency_bounds_model_requests_in_flight(tmp_path: Path) -> None:
    active = 0
    peak = 0
    # The first requests wait until three are in flight (or 2 s pass), so a loaded machine
    # that starts cases slowly cannot make the peak look lower than the limit allows.
    three: asyncio.Event | None = None

    async def answer(messages: Sequence[Message], call: ModelCall) -> str:
        nonlocal active, peak, three
        three = three or asyncio.Event()
        active += 1
        peak = max(peak, active)
        if active >= 3:
            three.set()
        try:
            await asyncio.wait_for(three.wait(), 2.0)
        except TimeoutError:
            pass
        await asyncio.sleep(0.01)
        active -= 1
        return GOOD

    summary = _run(tmp_path, FunctionModel(answer), "run", n=12, concurrency=3, use_cache=False)
    assert peak == 3
    assert summary["overall"]["passed"] == 12  # type: ignore[index]


def test_resume_after_a_crash_skips_done_cases(tmp_path: Path) -> None:
    model = TestModel(default_text="You have 30 days from delivery to return them.")
    _run(tmp_path, model, "run", use_cache=False)
    results = tmp_path / "run" / "results.jsonl"
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    # Simulate a crash after two cases, in the middle of writing the third line.
    results.write_text(lines[0] + lines[1] + lines[2][:40], encoding="utf-8")
    before = len(model.calls)
    summary = _run(tmp_path, model, "run", use_cache=False, resume=True)
    assert len(model.calls) - before == 2
    records = _lines(results)
    assert sorted(r["case"] for r in records) == ["c0", "c1", "c2", "c3"]  # type: ignore[type-var]
    assert summary["this_invocation"]["skipped_done"] == 2  # type: ignore[index]


def test_existing_results_need_resume(tmp_path: Path) -> None:
    model = TestModel()
    _run(tmp_path, model, "run", n=1)
    with pytest.raises(EvaluationError, match="--resume"):
        _run(tmp_path, model, "run", n=1)


def test_slow_case_times_out_and_the_run_goes_on(tmp_path: Path) -> None:
    async def slow(messages: Sequence[Message], call: ModelCall) -> str:
        if "(1)" in messages[-1].content:
            await asyncio.sleep(5)
        return GOOD

    summary = _run(tmp_path, FunctionModel(slow), "run", timeout=0.3)
    records = {r["case"]: r for r in _lines(tmp_path / "run" / "results.jsonl")}
    assert "timed out" in str(records["c1"]["error"])
    assert records["c0"]["passed"] and not records["c1"]["passed"]
    assert summary["overall"]["errors"] == 1  # type: ignore[index]
    # --resume runs the errored case again (and only it), keeping one record per case.
    fast = TestModel(default_text="You have 30 days from delivery to return them.")
    summary = _run(tmp_path, fast, "run", timeout=5, resume=True)
    records_after = _lines(tmp_path / "run" / "results.jsonl")
    assert len(fast.calls) == 1 and len(records_after) == 4
    assert summary["overall"]["errors"] == 0 and summary["overall"]["passed"] == 4  # type: ignore[index]


def test_repeat_reports_flaky_cases(tmp_path: Path) -> None:
    c0_calls = 0

    def alternate(messages: Sequence[Message], call: ModelCall) -> str:
        nonlocal c0_calls
        if "(0)" in messages[-1].content:  # c0 answers well once, then badly
            c0_calls += 1
            return GOOD if c0_calls == 1 else BAD
        return GOOD

    summary = _run(tmp_path, FunctionModel(alternate), "run", n=2, repeat=2, concurrency=1)
    flaky = summary["flaky"]
    assert flaky["checked"] is True  # type: ignore[index]
    assert flaky["cases"] == ["mini::c0::test"]  # type: ignore[index]


def test_matrix_of_providers_and_prompt_versions(tmp_path: Path, repo: Path) -> None:
    suite = load_suite(_suite(tmp_path, 2))
    runner = EvalRunner(
        _settings(tmp_path), model_factory=lambda spec, s: TestModel(default_text=GOOD)
    )
    variants = [
        Variant("macros"),
        Variant("test"),
        Variant("test", repo / "prompts"),
    ]
    stats = asyncio.run(runner.run([suite], variants, RunOptions(output=tmp_path / "m")))
    assert stats.done == 6
    labels = {r["variant"] for r in _lines(tmp_path / "m" / "results.jsonl")}
    assert labels == {"macros", "test", "test@prompts"}


def test_fail_under_raises_and_cli_exits_3(tmp_path: Path) -> None:
    suite = _suite(tmp_path, 2)
    # The test provider's default reply does not contain "30 days": every case fails.
    with pytest.raises(EvalBelowThresholdError):
        asyncio.run(
            evaluate(
                [suite],
                [Variant("test")],
                RunOptions(output=tmp_path / "gate"),
                _settings(tmp_path),
                fail_under=0.9,
            )
        )
    code = main(
        [
            "eval",
            "run",
            str(suite),
            "--provider",
            "test",
            "--output",
            str(tmp_path / "cli"),
            "--fail-under",
            "90",
        ]
    )
    assert code == 3
    assert (tmp_path / "cli" / "report.html").is_file()
    assert (tmp_path / "cli" / "junit.xml").is_file()
    code = main(["eval", "run", str(suite), "--provider", "test", "--output", str(tmp_path / "ok")])
    assert code == 0


def test_cli_exits_1_when_every_case_errored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run that evaluated nothing (here a prompt pack with a broken template) must not
    pass a CI step that has no --fail-under; one errored case among others still exits 0."""
    pack = tmp_path / "broken-prompts"
    shutil.copytree(Path(__file__).resolve().parents[2] / "prompts", pack)
    (pack / "x_dm.j2").write_text("{% for %}", encoding="utf-8")
    suite = _suite(tmp_path, 2)
    args = ["eval", "run", str(suite), "--provider", "test", "--no-cache"]
    assert main([*args, "--prompts", str(pack), "--output", str(tmp_path / "all")]) == 1
    err = capsys.readouterr().err
    assert "every case errored (2 of 2)" in err and "results.jsonl" in err
    assert (tmp_path / "all" / "report.html").is_file()  # the outputs are still written
    assert main([*args, "--output", str(tmp_path / "none")]) == 0


def test_cli_reports_a_bad_suite_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("cases:\n  - id: a\n    post: {text: hi, platform: myspace}\n")
    assert main(["eval", "run", str(bad), "--provider", "test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "case a" in err and err.count("\n") == 1


def test_variants_need_distinct_labels(tmp_path: Path) -> None:
    suite = load_suite(_suite(tmp_path, 1))
    runner = EvalRunner(_settings(tmp_path), model_factory=lambda spec, s: TestModel())
    a, b = tmp_path / "a" / "prompts", tmp_path / "b" / "prompts"
    variants = [Variant("test", a), Variant("test", b)]
    with pytest.raises(EvaluationError, match="distinct names"):
        asyncio.run(runner.run([suite], variants, RunOptions(output=tmp_path / "o")))


class _ClosingModel(TestModel):
    """A test model that records when its owner closes it."""

    def __init__(self) -> None:
        super().__init__(default_text="You have 30 days from delivery to return them.")
        self.closed_on: list[asyncio.AbstractEventLoop] = []

    async def aclose(self) -> None:
        self.closed_on.append(asyncio.get_running_loop())


def test_the_run_closes_every_model_it_opened_on_its_loop(tmp_path: Path) -> None:
    model = _ClosingModel()
    _run(tmp_path, model, "run1")
    assert len(model.closed_on) == 1 and model.closed_on[0].is_closed()
    _run(tmp_path, model, "run2")  # a second run opens (and closes) its models again
    assert len(model.closed_on) == 2


def test_the_default_factory_posts_openai_requests_with_aiohttp_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from socialreply.evaluation.runner import default_model_factory

    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")

    model = default_model_factory(
        "openai:fake-model",
        _settings(tmp_path).model_copy(update={"cache_dir": tmp_path}),
    )
    assert getattr(model, "_transport", None) == "aiohttp-direct"
    assert getattr(model, "_direct", None) is not None
