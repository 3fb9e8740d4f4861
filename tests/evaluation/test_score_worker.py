"""The runner's deterministic checks in a worker process (`evaluation/score_worker.py`):
the same results as in-process scoring, graded assertions kept in place, a worker killed
mid-run costs no case, and the process goes when a run is cancelled or its caller exits.

These tests start a real worker process (about a second each), so they are few; every
other runner test stays in-process (the default: `RunOptions.score_workers` = 0)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from socialreply.config import Settings
from socialreply.errors import EvaluationError
from socialreply.evaluation import RunOptions, Variant, evaluate, score_worker
from socialreply.evaluation.runner import Drafter, assistant_drafter_factory
from socialreply.knowledge.query_embedding import clear_query_caches
from socialreply.types import Fact, Post

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted((REPO / "evals").glob("*.yaml"))
# Graded assertions between deterministic ones: without a judge they fail with a reason,
# on the loop, and must keep their place in the results.
GRADED = """
name: graded
defaults:
  platform: x_dm
  assert:
    - type: within-limit
    - type: llm-rubric
      value: "Is the reply kind?"
    - type: no-blame
    - type: faithfulness
    - type: empathy
cases:
  - id: returns
    post: {text: "How long do I have to return boots?"}
    knowledge:
      - {id: "returns-policy#1", text: "You have 30 days from delivery to return unworn items."}
    expect:
      must_include_facts: ["30 days"]
  - id: late
    post: {text: "My parcel is a week late and nobody answers. Useless."}
"""


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    score_worker.shutdown_shared()


def _run(
    tmp_path: Path,
    name: str,
    suites: list[Path],
    workers: int,
    drafter: Any = None,
) -> list[dict[str, Any]]:
    clear_query_caches()
    out = tmp_path / name
    asyncio.run(
        evaluate(
            suites,
            [Variant("macros")],
            RunOptions(
                output=out, concurrency=16, cache_dir=tmp_path / f"c-{name}", score_workers=workers
            ),
            Settings(cache_dir=tmp_path / "cache", kb_dir=tmp_path / "kb"),
            drafter_factory=drafter,
        )
    )
    return _records(out)


def _records(out: Path) -> list[dict[str, Any]]:
    records = []
    for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("latency_ms")  # timings and the draft's random id differ between runs
        if record["draft"] is not None:
            record["draft"].pop("id")
            record["draft"].pop("latency_ms")
        records.append(record)
    return sorted(records, key=lambda r: r["key"])


def test_worker_results_are_those_of_in_process_scoring(tmp_path: Path) -> None:
    graded = tmp_path / "graded.yaml"
    graded.write_text(GRADED, encoding="utf-8")
    suites = [*SHIPPED, graded]
    here = _run(tmp_path, "here", suites, 0)
    assert score_worker.running_worker() is None  # 0: no process at all
    _run(tmp_path, "warm-up", suites, 1)  # the worker starts; early cases scored here
    worker = score_worker.running_worker()
    assert worker is not None and worker.wait_ready(60)
    before = worker.scored
    there = _run(tmp_path, "there", suites, 1)
    # Some cases went to the worker (how many depends on timing: a case finds the worker
    # full, with --concurrency cases in flight, and is scored here).
    assert worker.scored > before
    assert there == here
    kinds = [a["type"] for a in next(r for r in there if r["case"] == "returns")["assertions"]]
    assert kinds[:5] == ["within-limit", "llm-rubric", "no-blame", "faithfulness", "empathy"]


class _KillsTheWorker:
    """Kills the worker process (SIGKILL) when the run's 40th case is drafted."""

    def __init__(self, inner: Drafter) -> None:
        self.inner, self.count = inner, 0

    async def __call__(self, post: Post, facts: list[Fact] | None) -> Any:
        self.count += 1
        worker = score_worker.running_worker()
        if self.count == 40 and worker is not None:
            os.kill(worker.process.pid, signal.SIGKILL)
        return await self.inner(post, facts)


def test_a_worker_killed_mid_run_loses_no_case(tmp_path: Path) -> None:
    suites = SHIPPED[:2]  # 88 cases
    here = _run(tmp_path, "here", suites, 0)
    _run(tmp_path, "warm-up", suites, 1)
    worker = score_worker.running_worker()
    assert worker is not None and worker.wait_ready(60)
    base = assistant_drafter_factory()
    there = _run(
        tmp_path,
        "killed",
        suites,
        1,
        drafter=lambda v, s, w: _KillsTheWorker(base(v, s, w)),
    )
    assert worker.process.poll() is not None  # it did die
    assert worker.scored > 0  # after scoring cases of this run
    assert there == here  # every case, same results: the rest scored in-process
    assert score_worker.running_worker() is None


class _Slow:
    def __init__(self, inner: Drafter) -> None:
        self.inner = inner

    async def __call__(self, post: Post, facts: list[Fact] | None) -> Any:
        await asyncio.sleep(0.05)
        return await self.inner(post, facts)


def test_a_cancelled_run_stops_the_worker(tmp_path: Path) -> None:
    base = assistant_drafter_factory()

    async def cancelled() -> None:
        task = asyncio.create_task(
            evaluate(
                SHIPPED,
                [Variant("macros")],
                RunOptions(output=tmp_path / "out", concurrency=2, score_workers=1),
                Settings(cache_dir=tmp_path / "cache", kb_dir=tmp_path / "kb"),
                drafter_factory=lambda v, s, w: _Slow(base(v, s, w)),
            )
        )
        while score_worker.running_worker() is None:
            await asyncio.sleep(0.01)
        worker = score_worker.running_worker()
        assert worker is not None
        await asyncio.sleep(0.3)
        task.cancel()  # what Ctrl-C does to asyncio.run's main task
        with pytest.raises(asyncio.CancelledError):
            await task
        assert worker.process.poll() is not None
        assert score_worker.running_worker() is None

    asyncio.run(cancelled())


def test_the_worker_exits_with_the_process_that_ran_the_eval(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import asyncio
        from pathlib import Path
        from socialreply.config import Settings
        from socialreply.evaluation import RunOptions, Variant, evaluate, score_worker

        tmp = Path({str(tmp_path)!r})
        asyncio.run(evaluate(
            [Path({str(SHIPPED[0])!r})], [Variant("macros")],
            RunOptions(output=tmp / "out", score_workers=1),
            Settings(cache_dir=tmp / "cache", kb_dir=tmp / "kb"),
        ))
        print(score_worker.running_worker().process.pid, flush=True)
        """
    )  # no __main__ guard: the worker must not re-run its caller's script
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    pid = int(done.stdout.split()[-1])
    stat = Path(f"/proc/{pid}/stat")
    # Gone, or a zombie its new parent has not reaped yet: not running either way.
    assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")


def test_the_default_scores_in_process() -> None:
    # The worker costs ~94 MB and did not bring the speed benchmark to its target on 2
    # cores (session 21): only a run that asks for it gets one.
    assert RunOptions(output=Path("out")).score_workers == 0


def test_score_workers_takes_0_or_1(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="score_workers"):
        _run(tmp_path, "bad", SHIPPED[:1], 2)
