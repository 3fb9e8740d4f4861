"""Triage speed: per-post latency of `triage()` (rules, PII, language; no model) and the
throughput of the batch CLI on one core.

    .venv/bin/python benchmarks/bench_triage.py            # print and update README
    .venv/bin/python benchmarks/bench_triage.py --no-write

Posts are the labelled set (benchmarks/data/triage_labelled.jsonl: short social posts, 16%
of them not in English, which is more than typical traffic and so conservative for the
language detector). The batch file repeats them to `--batch-size` lines. The CLI runs
pinned to one core with ``taskset -c 0`` when available; its time includes start-up.
Medians of `--runs` runs are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from triage_metrics import DATA, README, load, write_section  # noqa: E402

from socialreply.triage import triage  # noqa: E402
from socialreply.triage.language import _detector, detect_language  # noqa: E402
from socialreply.types import Post  # noqa: E402

START, END = "<!-- triage-bench:start -->", "<!-- triage-bench:end -->"


def _posts(rows: list[dict[str, Any]]) -> list[Post]:
    return [
        Post.model_validate({k: r[k] for k in ("id", "text", "platform", "metrics") if k in r})
        for r in rows
    ]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    return {
        "p50": pct(0.5),
        "p90": pct(0.9),
        "p99": pct(0.99),
        "mean": statistics.mean(ordered) * 1000,
    }


def latency(posts: list[Post], repeats: int) -> tuple[dict[str, float], dict[str, float]]:
    """Wall-clock and CPU-time percentiles per call. On a shared machine the wall clock
    includes time spent waiting for the CPU; the thread's CPU time does not."""
    for post in posts[:50]:  # warm-up: compiles rules, loads lingua and phonenumbers
        triage(post)
    detect_language("bonjour, je voudrais savoir où est ma commande")
    wall, cpu = [], []
    for _ in range(repeats):
        for post in posts:
            start, start_cpu = time.perf_counter(), time.thread_time()
            triage(post)
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.perf_counter() - start)
    return _percentiles(wall), _percentiles(cpu)


def lingua_only(posts: list[Post], repeats: int) -> dict[str, float]:
    """What language detection would cost if every post went to lingua (no fast path)."""
    detector = _detector(("en", "es", "fr", "de", "it", "pt", "nl"))
    samples = []
    for _ in range(repeats):
        for post in posts:
            start = time.perf_counter()
            detector.detect_language_of(post.text[:600])
            samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def long_post() -> float:
    text = ("the tent arrived fine but the zip sticks a little, otherwise great. " * 1500)[:100_000]
    start = time.perf_counter()
    triage(text)
    return (time.perf_counter() - start) * 1000


def batch_throughput(rows: list[dict[str, Any]], size: int, runs: int) -> dict[str, Any]:
    exe = REPO / ".venv" / "bin" / "socialreply"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "socialreply.cli"]
    pinned = shutil.which("taskset") is not None
    if pinned:
        cmd = ["taskset", "-c", "0", *cmd]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(size):
                row = rows[i % len(rows)]
                line = {k: row[k] for k in ("text", "platform", "metrics") if k in row}
                fh.write(json.dumps({"id": f"p{i}", **line}, ensure_ascii=False) + "\n")
        times, cpu_times = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            out = subprocess.run(
                [*cmd, "triage", "--input", str(path), "--json", "--no-semantic"],
                capture_output=True,
                check=True,
                cwd=tmp,
            )
            times.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            assert out.stdout.count(b"\n") == size, out.stderr[-500:]
    wall = statistics.median(times)
    cpu = statistics.median(cpu_times)
    return {
        "posts": size,
        "seconds": wall,
        "rate": size / wall,
        "cpu_seconds": cpu,
        "cpu_rate": size / cpu,
        "pinned": pinned,
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average {load:.1f} when measured"
    )


def render(
    lat: dict[str, float],
    lat_cpu: dict[str, float],
    lingua: dict[str, float],
    long_ms: float,
    batch: dict[str, Any],
    posts: int,
    repeats: int,
) -> str:
    pinned = "one core (`taskset -c 0`)" if batch["pinned"] else "not pinned (no taskset)"
    return "\n".join(
        [
            f"Machine: {machine()}. Posts: the {posts} labelled posts, {repeats} passes.",
            "",
            "| measure | result | target |",
            "|---|---:|---:|",
            f"| `triage()` p50 per post (rules, PII, language), CPU time | {lat_cpu['p50']:.3f} ms "
            "| ≤ 1 ms |",
            f"| `triage()` CPU time p90 / p99 / mean | {lat_cpu['p90']:.3f} / "
            f"{lat_cpu['p99']:.3f} / {lat_cpu['mean']:.3f} ms | |",
            f"| `triage()` wall clock p50 / p90 / mean (shared machine) | {lat['p50']:.3f} / "
            f"{lat['p90']:.3f} / {lat['mean']:.3f} ms | |",
            f"| lingua alone on every post (no fast path), p50 / mean | {lingua['p50']:.3f} / "
            f"{lingua['mean']:.3f} ms | |",
            f"| one 100 KB post | {long_ms:.1f} ms | |",
            f"| batch CLI, {batch['posts']:,} posts, {pinned}, incl. start-up: per CPU-second "
            f"| {batch['cpu_rate']:,.0f} posts/s ({batch['cpu_seconds']:.2f} CPU-s) "
            "| ≥ 2,000 posts/s |",
            f"| same, per wall-clock second (shared machine, see load) | "
            f"{batch['rate']:,.0f} posts/s ({batch['seconds']:.2f} s) | |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=20_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    rows = load((DATA,))
    posts = _posts(rows)
    lat, lat_cpu = latency(posts, args.repeats)
    lingua = lingua_only(posts, args.repeats)
    long_ms = statistics.median(long_post() for _ in range(3))
    batch = batch_throughput(rows, args.batch_size, args.runs)
    table = render(lat, lat_cpu, lingua, long_ms, batch, len(posts), args.repeats)
    print(table)
    if not args.no_write:
        intro = (
            "### Speed\n\n"
            "Regenerate with `.venv/bin/python benchmarks/bench_triage.py` (medians of 3 CLI "
            "runs). The machine is shared by several concurrent jobs, so wall-clock figures "
            "include time spent waiting for a core; CPU time (per call: the thread's CPU "
            "time; for the CLI: the child process's user + system time) is what one "
            "dedicated core would take."
        )
        write_section(README, (START, END), table, intro)
    return 0


if __name__ == "__main__":
    sys.exit(main())
