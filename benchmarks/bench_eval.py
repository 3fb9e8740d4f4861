"""Evaluation runner benchmark: throughput against a slow model, memory on a big run,
and a fully cached rerun.

The fake OpenAI-compatible server (`socialreply.testing.FakeOpenAIServer`) runs in a
child process, so its work does not share the runner's interpreter; the runner drafts
through the real pipeline (`openai:` provider, real openai SDK and HTTP), scores every case
with the shipped tone and accuracy checks and streams results to disk.

    .venv/bin/python benchmarks/bench_eval.py                # all three, 3 runs each
    .venv/bin/python benchmarks/bench_eval.py --only speed --runs 5
    .venv/bin/python benchmarks/bench_eval.py --only speed --no-semantic   # runner overhead
    .venv/bin/python benchmarks/bench_eval.py --only speed --static        # static-table head
    .venv/bin/python benchmarks/bench_eval.py --only speed --spread-chunks 0  # no spread

1. speed: 500 cases, server latency 100 ms, concurrency 20. Ideal = 500 / 20 x 0.1 s =
   2.5 s; target <= 1.15x (2.875 s).
2. memory: 5,000 cases (server latency 20 ms, concurrency 50); peak RSS of the runner
   process (target < 500 MB).
3. cache: rerun the speed workload on a warm cache; model requests counted on the server
   (target 0).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

IDEAL_CONCURRENCY = 20
# Set by --no-semantic: a triage policy file turning the semantic pass off.
TRIAGE_POLICY: Path | None = None
# Set by --score-workers: RunOptions.score_workers (0: in-process, the default; 1: a worker).
SCORE_WORKERS = 0
_SERVER = """
import sys
from socialreply.testing import FakeOpenAIServer
server = FakeOpenAIServer(latency=float(sys.argv[1])).start()
print(server.base_url, flush=True)
for line in sys.stdin:
    if line.strip() == "count":
        print(server.request_count, flush=True)
    elif line.strip() == "max":
        print(server.max_active, flush=True)
    elif line.strip() == "stop":
        break
server.stop()
"""


class ServerProcess:
    def __init__(self, latency: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()

    def count(self) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("count\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def max_active(self) -> int:
        """The most requests the server ever had in flight at once."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("max\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("stop\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=20)


def write_suite(path: Path, n: int) -> Path:
    """`n` distinct cases (unique posts, so nothing is answered from the cache within a
    run) over the sample store's facts, with the shipped tone and accuracy checks."""
    repo = Path(__file__).resolve().parent.parent
    source = yaml.safe_load((repo / "evals" / "accuracy.yaml").read_text(encoding="utf-8"))
    tone = yaml.safe_load((repo / "evals" / "tone.yaml").read_text(encoding="utf-8"))
    base = source["cases"]
    cases = []
    for i in range(n):
        case = dict(base[i % len(base)])
        case["id"] = f"{case['id']}-{i}"
        case["post"] = {**case["post"], "text": f"{case['post']['text']} (ref {i})"}
        cases.append(case)
    suite = {
        "name": "bench",
        "defaults": {"assert": source["defaults"]["assert"] + tone["defaults"]["assert"]},
        "cases": cases,
    }
    path.write_text(yaml.safe_dump(suite, sort_keys=False), encoding="utf-8")
    return path


async def run_once(
    suite: Path, out: Path, cache: Path, concurrency: int, base_url: str
) -> dict[str, Any]:
    from socialreply.config import Settings
    from socialreply.evaluation import RunOptions, Variant, evaluate
    from socialreply.knowledge.query_embedding import clear_query_caches

    os.environ["OPENAI_BASE_URL"] = base_url
    os.environ["OPENAI_API_KEY"] = "bench-key"
    # Every run embeds its posts for real (triage): nothing from the warm-up's cache.
    clear_query_caches()
    settings = Settings(
        cache_dir=cache, kb_dir=out / "kb", llm_max_retries=0, triage_policy=TRIAGE_POLICY
    )
    started = time.perf_counter()
    cpu = time.process_time()
    outcome = await evaluate(
        [suite],
        [Variant("openai:fake-model")],
        RunOptions(
            output=out, concurrency=concurrency, cache_dir=cache, score_workers=SCORE_WORKERS
        ),
        settings,
    )
    run_seconds = outcome.stats.seconds
    return {
        "cpu_seconds": time.process_time() - cpu,
        "run_seconds": run_seconds,
        "total_seconds": time.perf_counter() - started,
        "summary": outcome.summary,
    }


def bench_speed(runs: int, work: Path) -> tuple[list[float], list[float], int, list[float], int]:
    """Cold runs (fresh cache each) and one warm rerun per cold run."""
    suite = write_suite(work / "speed.yaml", 500)
    cold: list[float] = []
    warm: list[float] = []
    warm_requests = 0
    cpu: list[float] = []
    server = ServerProcess(0.1)
    try:
        asyncio.run(run_once(suite, work / "warmup", work / "cache-w", 20, server.base_url))
        for r in range(runs):
            cache = work / f"cache-{r}"
            result = asyncio.run(run_once(suite, work / f"cold-{r}", cache, 20, server.base_url))
            cold.append(result["run_seconds"])
            cpu.append(result["cpu_seconds"])
            before = server.count()
            result = asyncio.run(run_once(suite, work / f"warm-{r}", cache, 20, server.base_url))
            warm.append(result["run_seconds"])
            warm_requests += server.count() - before
        peak = server.max_active()
    finally:
        server.close()
    return cold, warm, warm_requests, cpu, peak


def worker_peak_mb() -> float:
    """Peak RSS of the runner's scoring worker process (0 when the run had none)."""
    from socialreply.evaluation.score_worker import running_worker

    worker = running_worker()
    if worker is None:
        return 0.0
    status = Path(f"/proc/{worker.process.pid}/status").read_text(encoding="utf-8")
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_memory(work: Path) -> tuple[float, float, float]:
    suite = write_suite(work / "memory.yaml", 5000)
    server = ServerProcess(0.02)
    try:
        result = asyncio.run(run_once(suite, work / "big", work / "cache-big", 50, server.base_url))
    finally:
        server.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak_mb, worker_peak_mb(), result["run_seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["speed", "memory"], default=None)
    parser.add_argument(
        "--no-semantic",
        action="store_true",
        help="a triage policy without the semantic pass (the runner's own overhead)",
    )
    parser.add_argument(
        "--static",
        action="store_true",
        help="a triage policy whose semantic pass reads the static MiniLM table",
    )
    parser.add_argument(
        "--score-workers",
        type=int,
        choices=[0, 1],
        default=0,
        help="deterministic checks in-process (0, the runner's default) or in the worker "
        "process (1)",
    )
    parser.add_argument(
        "--spread-chunks",
        type=int,
        default=None,
        help="prefetch chunks whose embedding runs on every core (default: the shipped "
        "evaluation.prefetch.SPREAD_CHUNKS; 0: none)",
    )
    args = parser.parse_args()
    if args.spread_chunks is not None:
        from socialreply.evaluation import prefetch

        prefetch.SPREAD_CHUNKS = args.spread_chunks
    global SCORE_WORKERS
    SCORE_WORKERS = args.score_workers
    with tempfile.TemporaryDirectory(prefix="bench-eval-") as tmp:
        work = Path(tmp)
        global TRIAGE_POLICY
        if args.no_semantic:
            TRIAGE_POLICY = work / "rules-only.yaml"
            TRIAGE_POLICY.write_text("semantic:\n  enabled: false\n", encoding="utf-8")
        elif args.static:
            TRIAGE_POLICY = work / "static.yaml"
            TRIAGE_POLICY.write_text("semantic:\n  embedder: static-minilm\n", encoding="utf-8")
        print("| measurement | result | target |")
        print("|---|---|---|")
        if args.only in (None, "speed"):
            cold, warm, warm_requests, cpu, in_flight = bench_speed(args.runs, work)
            med = statistics.median(cold)
            print(
                f"| 500 cases, 100 ms server, concurrency 20 (median of {len(cold)}: "
                f"{', '.join(f'{c:.2f}' for c in cold)} s) | {med:.2f} s = "
                f"{med / 2.5:.2f}x the ideal 2.5 s | <= 1.15x |"
            )
            print(f"| most requests in flight at the server | {in_flight} | <= 20 |")
            print(
                f"| runner CPU per case, cold (median) | "
                f"{statistics.median(cpu) / 500 * 1000:.1f} ms | - |"
            )
            print(
                f"| same 500 cases, warm cache (median of {len(warm)}) | "
                f"{statistics.median(warm):.2f} s, {warm_requests} model requests on the "
                f"server | 0 requests |"
            )
        if args.only in (None, "memory"):
            peak, worker_peak, seconds = bench_memory(work)
            print(
                f"| 5,000 cases (20 ms server, concurrency 50) | peak RSS {peak:.0f} MB, "
                f"{seconds:.1f} s | < 500 MB |"
            )
            print(
                f"| same run, scoring worker process | peak RSS {worker_peak:.0f} MB "
                f"(runner + worker {peak + worker_peak:.0f} MB) | - |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
