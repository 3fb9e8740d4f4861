"""Where the eval runner's CPU per case goes, on `bench_eval.py`'s speed workload.

The speed benchmark's wall time is bound by the runner's event loop (one thread), so
this splits the CPU by thread and phase rather than timing the run as a whole:

    .venv/bin/python benchmarks/profile_eval.py                  # default triage
    .venv/bin/python benchmarks/profile_eval.py --no-semantic    # rules only
    .venv/bin/python benchmarks/profile_eval.py --static         # static-table head
    .venv/bin/python benchmarks/profile_eval.py --cprofile out   # also out-main.prof ...

It runs one warm-up and `--runs` cold runs of 500 cases against the fake server (a child
process, 100 ms per answer, concurrency 20) and prints per case: the process CPU, the
event loop thread's CPU, split into the timed run (`EvalRunner.run`, what the benchmark's
wall time measures) and the work around it (loading the suite, writing summary.json,
junit.xml and report.html: the loop thread's CPU, but outside `run_seconds`); inside the
run, scoring (`run_assertions`), prompt rendering and the openai provider
(`OpenAIChatModel.complete`: SDK and HTTP); the CPU of the triage prefetch thread and of
the per-case triage threads. The run's remainder is the pipeline's own steps (intent,
guardrails, retrieval), the event loop and aiohttp callbacks, and writing results.

With ``--cprofile PREFIX`` the last run is also profiled with a CPU-time clock
(`time.thread_time`, so time spent waiting for the GIL is not charged to the function
that waited): PREFIX-main.prof for the event loop thread, PREFIX-prefetch.prof for the
prefetch thread; read them with ``python -m pstats``. cProfile's own overhead inflates
call-heavy code, so compare shares, not absolute times.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import functools
import importlib
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_eval

CASES = 500


class PhaseClock:
    """CPU seconds per phase, each measured with the CPU clock of the thread it ran on."""

    def __init__(self) -> None:
        self.seconds: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()

    def wrap_sync(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return func(*args, **kwargs)
            finally:
                with self._lock:
                    self.seconds[name] += time.thread_time() - started

        return timed

    def wrap_async(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """For coroutines that never suspend in this workload (deterministic scoring), or
        whose awaits only let other work of the same thread run (the whole run)."""

        @functools.wraps(func)
        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return await func(*args, **kwargs)
            finally:
                self.seconds[name] += time.thread_time() - started

        return timed

    def wrap_steps(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """For coroutines that suspend while other cases run: the CPU of each step between
        two awaits (what the coroutine and the calls inside it run), not the time between
        its start and end."""

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            return _StepTimed(func(*args, **kwargs), self, name)

        return timed


class _StepTimed:
    """Awaitable driving `coro` step by step and charging each step's thread CPU to
    `name` (the awaits of the coroutine pass through unchanged)."""

    def __init__(self, coro: Any, clock: PhaseClock, name: str) -> None:
        self.coro, self.clock, self.name = coro, clock, name

    def __await__(self) -> Any:
        value: Any = None
        error: BaseException | None = None
        while True:
            started = time.thread_time()
            try:
                yielded = self.coro.send(value) if error is None else self.coro.throw(error)
            except StopIteration as stop:
                return stop.value
            finally:
                self.clock.seconds[self.name] += time.thread_time() - started
            try:
                value, error = (yield yielded), None
            except BaseException as exc:  # cancellation and the like go to the coroutine
                value, error = None, exc


def instrument(clock: PhaseClock, prefetch_profile: list[cProfile.Profile | None]) -> None:
    from socialreply.evaluation import prefetch, runner
    from socialreply.generation.prompting import PromptPack
    from socialreply.generation.providers.openai import OpenAIChatModel

    triage_pkg = importlib.import_module("socialreply.triage")
    triage_pkg.triage = clock.wrap_sync("triage threads", triage_pkg.triage)  # type: ignore[attr-defined]
    PromptPack.render = clock.wrap_sync("  prompt render", PromptPack.render)  # type: ignore[method-assign]
    runner.run_assertions = clock.wrap_async("  scoring", runner.run_assertions)  # type: ignore[assignment]
    # With the worker process, the loop's side of scoring (pickling the case, reading the
    # answer, merging with graded results) suspends while the worker scores: step-timed.
    runner.EvalRunner._assertions = clock.wrap_steps(  # type: ignore[method-assign]
        "  scoring, loop side", runner.EvalRunner._assertions
    )
    # The whole run is one coroutine on the loop thread: its thread CPU is the loop's CPU
    # inside the timed window (awaits hand the thread to other cases of the same run).
    runner.EvalRunner.run = clock.wrap_async("  in the timed run", runner.EvalRunner.run)  # type: ignore[method-assign]
    # The provider awaits HTTP: timed step by step, so other cases' work is not counted.
    OpenAIChatModel.complete = clock.wrap_steps(  # type: ignore[method-assign]
        "  openai provider", OpenAIChatModel.complete
    )
    run_chunk = prefetch._run

    def profiled_chunk(groups: Any) -> None:
        profile = prefetch_profile[0]
        if profile is not None:
            profile.enable()
        try:
            run_chunk(groups)
        finally:
            if profile is not None:
                profile.disable()

    prefetch._run = clock.wrap_sync("prefetch thread", profiled_chunk)


def _worker_cpu() -> tuple[float, int]:
    """CPU seconds (user + system) of the scoring worker process so far, and the cases it
    scored; zeros without one. Read from /proc, so the worker needs no instrumenting."""
    import os

    from socialreply.evaluation.score_worker import running_worker

    worker = running_worker()
    if worker is None:
        return 0.0, 0
    fields = Path(f"/proc/{worker.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK"), worker.scored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--static", action="store_true")
    parser.add_argument("--cprofile", metavar="PREFIX", default=None)
    parser.add_argument("--score-workers", type=int, choices=[0, 1], default=0)
    args = parser.parse_args()
    bench_eval.SCORE_WORKERS = args.score_workers
    clock = PhaseClock()
    prefetch_profile: list[cProfile.Profile | None] = [None]
    instrument(clock, prefetch_profile)
    with tempfile.TemporaryDirectory(prefix="profile-eval-") as tmp:
        work = Path(tmp)
        if args.no_semantic:
            bench_eval.TRIAGE_POLICY = work / "rules-only.yaml"
            bench_eval.TRIAGE_POLICY.write_text("semantic:\n  enabled: false\n", encoding="utf-8")
        elif args.static:
            bench_eval.TRIAGE_POLICY = work / "static.yaml"
            bench_eval.TRIAGE_POLICY.write_text(
                "semantic:\n  embedder: static-minilm\n", encoding="utf-8"
            )
        suite = bench_eval.write_suite(work / "speed.yaml", CASES)
        server = bench_eval.ServerProcess(0.1)
        try:
            url = server.base_url
            asyncio.run(bench_eval.run_once(suite, work / "warm", work / "cache-w", 20, url))
            for r in range(args.runs):
                clock.seconds.clear()
                main_profile = None
                if args.cprofile and r == args.runs - 1:
                    main_profile = cProfile.Profile(time.thread_time)
                    prefetch_profile[0] = cProfile.Profile(time.thread_time)
                    main_profile.enable()
                worker_before = _worker_cpu()
                loop_cpu, process_cpu = time.thread_time(), time.process_time()
                result = asyncio.run(
                    bench_eval.run_once(suite, work / f"cold-{r}", work / f"cache-{r}", 20, url)
                )
                loop_cpu = time.thread_time() - loop_cpu
                process_cpu = time.process_time() - process_cpu
                worker_after = _worker_cpu()
                if main_profile is not None:
                    main_profile.disable()
                    main_profile.dump_stats(f"{args.cprofile}-main.prof")
                    assert prefetch_profile[0] is not None
                    prefetch_profile[0].dump_stats(f"{args.cprofile}-prefetch.prof")
                seconds = result["run_seconds"]
                note = " (under cProfile: inflated)" if main_profile is not None else ""
                print(f"run {r + 1}: {seconds:.2f} s = {seconds / 2.5:.2f}x the ideal{note}")
                per_case = {
                    "process": process_cpu,
                    "event loop thread": loop_cpu,
                    "  suite load, reports": loop_cpu - clock.seconds["  in the timed run"],
                    **{
                        k: clock.seconds[k]
                        for k in (
                            "  in the timed run",
                            "  scoring",
                            "  scoring, loop side",
                            "  prompt render",
                            "  openai provider",
                        )
                    },
                    **{k: clock.seconds[k] for k in ("prefetch thread", "triage threads")},
                    "scoring worker process": worker_after[0] - worker_before[0],
                }
                for name, cpu in per_case.items():
                    print(f"  {name:22s} {cpu / CASES * 1000:6.2f} ms CPU per case")
                print(f"  cases scored in the worker: {worker_after[1] - worker_before[1]}")
        finally:
            server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
