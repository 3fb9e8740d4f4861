"""Load benchmark of the HTTP service on 127.0.0.1.

Starts real servers (uvicorn, as `socialreply serve` runs them) and drives them with an
async httpx client at a fixed concurrency:

- ``bare``: a bare FastAPI endpoint (parse a small JSON body with pydantic, answer JSON):
  the ceiling for this machine, client and server stack;
- ``triage``: ``POST /v1/triage`` (rules plus, by default, the semantic pass: a MiniLM
  embedding of each sentence; no knowledge base); target: at least 50% of the ceiling's
  requests/s. ``--no-semantic`` serves a triage policy with the semantic pass off;
- ``drafts``: ``POST /v1/drafts`` with the macros provider (triage, hybrid retrieval on the
  sample store with the MiniLM embedder, macro drafting, guardrails, SQLite write);
- ``feedback``: ``POST /v1/drafts/{id}/feedback`` (one fsynced SQLite commit per request).

Every request carries a different post (the project's labelled triage posts, each tagged
with a unique word at both ends): the service caches embeddings per sentence, and ten
posts repeated 2,000 times would measure that cache. ``--posts repeated`` does exactly
that, for comparison.

The load generator runs on the same 2 cores as the server, so all figures include its
cost; the ceiling is measured the same way. Each target runs ``--runs`` times; the table
shows medians. Usage::

    .venv/bin/python benchmarks/bench_service.py            # 2,000 requests, concurrency 50
    .venv/bin/python benchmarks/bench_service.py --requests 500 --runs 1   # quick look
    .venv/bin/python benchmarks/bench_service.py --no-semantic   # rules-only triage policy
    .venv/bin/python benchmarks/bench_service.py --static        # semantic pass on the static table
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
BIN = Path(sys.executable).parent
KEY = "bench-key-0123456789abcdef"
POSTS = [
    ("Can I return boots I wore once on a trail?", "x"),
    ("Where is my order? It has been two weeks!!", "facebook"),
    ("Do you ship to Canada and how much does it cost?", "instagram"),
    ("What's the warranty on the Summit 2 tent?", "x_dm"),
    ("My jacket zipper broke after a month, not happy", "x"),
    ("Is the trail runner true to size?", "tiktok"),
    ("Can I change the address on my order?", "messenger"),
    ("Do you price match?", "youtube"),
    ("Your support never answers, third time asking", "linkedin"),
    ("How do I wash a down sleeping bag?", "instagram_dm"),
]


# --- the ceiling: a bare FastAPI endpoint ------------------------------------------------
class _Body(BaseModel):
    text: str
    platform: str


bare_app = FastAPI()


@bare_app.post("/echo")
async def echo(body: _Body) -> dict[str, Any]:
    return {"ok": True, "platform": body.platform, "length": len(body.text)}


# --- servers -----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(url)


def start_bare(port: int) -> subprocess.Popen[bytes]:
    cmd = [
        str(BIN / "python"),
        "-m",
        "uvicorn",
        "--app-dir",
        str(REPO / "benchmarks"),
        "bench_service:bare_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd)
    wait_ready(f"http://127.0.0.1:{port}/docs", proc)
    return proc


def start_service(
    port: int, kb: Path, db: Path, workers: int, policy: Path | None = None
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "SOCIALREPLY_API_KEYS": f"bench:{KEY}",
        "SOCIALREPLY_DATABASE_URL": f"sqlite:///{db}",
        # The limiter stays in the request path, with a limit the benchmark never reaches.
        "SOCIALREPLY_RATE_LIMIT_PER_MINUTE": "100000000",
        "SOCIALREPLY_RATE_LIMIT_BURST": "100000000",
    }
    if policy is not None:
        env["SOCIALREPLY_TRIAGE_POLICY"] = str(policy)
    cmd = [
        str(BIN / "socialreply"),
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--kb",
        str(kb),
        "--provider",
        "macros",
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=WORK)
    wait_ready(f"http://127.0.0.1:{port}/readyz", proc)
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def ensure_kb(kb: Path) -> None:
    if (kb / "chroma.sqlite3").exists():
        return
    print(f"ingesting the sample store into {kb} …", file=sys.stderr)
    subprocess.run(
        [str(BIN / "socialreply"), "kb", "ingest", str(REPO / "knowledge"), "--kb", str(kb)],
        check=True,
        cwd=WORK,
    )


# --- load ---------------------------------------------------------------------------------
@dataclass
class Result:
    target: str
    requests: int
    concurrency: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float


async def load(
    target: str,
    base: str,
    requests: list[tuple[str, dict[str, Any]]],
    concurrency: int,
    expect: int,
    collect: list[str] | None = None,
) -> Result:
    latencies: list[float] = []
    errors = 0
    next_index = 0
    headers = {"Authorization": f"Bearer {KEY}"}
    # aiohttp rather than httpx for the load: its client costs far less CPU per request,
    # and the client shares the 2 cores with the server.
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(
        base_url=base, connector=connector, headers=headers, timeout=timeout
    ) as client:

        async def worker() -> None:
            nonlocal next_index, errors
            while next_index < len(requests):
                path, body = requests[next_index]
                next_index += 1
                start = time.perf_counter()
                try:
                    async with client.post(path, json=body) as response:
                        payload = await response.read()
                        status = response.status
                except aiohttp.ClientError:
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - start) * 1000)
                if status != expect:
                    errors += 1
                elif collect is not None:
                    collect.append(json.loads(payload)["id"])

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - began
    latencies.sort()

    def pct(q: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1)

    return Result(
        target=target,
        requests=len(requests),
        concurrency=concurrency,
        errors=errors,
        seconds=round(seconds, 2),
        rps=round(len(requests) / seconds, 1),
        p50_ms=pct(0.50),
        p95_ms=pct(0.95),
        p99_ms=pct(0.99),
    )


def _tag(n: int) -> str:
    """A unique lowercase word for request `n` ("qa", "qb", …): no digits, so it reads as
    no order number, phone or price to the triage rules."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = letters[r] + out
        if n == 0:
            return "q" + out


@functools.cache
def labelled_posts() -> list[tuple[str, str]]:
    path = REPO / "benchmarks" / "data" / "triage_labelled.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(r["text"], r.get("platform", "x")) for r in rows]


def post_bodies(
    n: int, *, start: int = 0, distinct: bool = True, tag_offset: int = 0
) -> list[dict[str, Any]]:
    """`n` request bodies. Distinct: labelled posts, each tagged with a word unique to the
    request at both ends (so neither first nor last sentence repeats); else `POSTS` cycled."""
    if not distinct:
        return [
            {"text": POSTS[i % len(POSTS)][0], "platform": POSTS[i % len(POSTS)][1]}
            for i in range(n)
        ]
    posts = labelled_posts()
    out = []
    for i in range(start, start + n):
        text, platform_name = posts[i % len(posts)]
        tag = _tag(i + tag_offset)
        out.append({"text": f"{tag}: {text} {tag}", "platform": platform_name})
    return out


def median_result(results: list[Result]) -> Result:
    first = results[0]
    return Result(
        target=first.target,
        requests=first.requests,
        concurrency=first.concurrency,
        errors=sum(r.errors for r in results),
        seconds=round(statistics.median(r.seconds for r in results), 2),
        rps=round(statistics.median(r.rps for r in results), 1),
        p50_ms=round(statistics.median(r.p50_ms for r in results), 1),
        p95_ms=round(statistics.median(r.p95_ms for r in results), 1),
        p99_ms=round(statistics.median(r.p99_ms for r in results), 1),
    )


def machine() -> str:
    cpu = "unknown CPU"
    lscpu = shutil.which("lscpu")
    if lscpu:
        out = subprocess.run([lscpu], capture_output=True, text=True).stdout
        fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
        cpu = f"{fields.get('Model name', cpu).strip()}, {fields.get('CPU(s)', '?').strip()} CPUs"
    return f"{cpu}; Python {platform.python_version()}; {platform.system()}"


def server_cost_ms(
    kb: Path,
    db: Path,
    repeats: int = 5,
    calls: int = 1000,
    *,
    policy: Path | None = None,
    distinct: bool = True,
) -> dict[str, float]:
    """Server-side cost per request without network or client: the ASGI apps called
    directly in this process (best of `repeats`), and the triage call alone."""
    from socialreply.config import Settings
    from socialreply.feedback import FeedbackStore
    from socialreply.service import create_app
    from socialreply.service.app import build_assistant
    from socialreply.types import Post

    settings = Settings(
        api_keys=[f"bench:{KEY}"],
        rate_limit_per_minute=100_000_000,
        rate_limit_burst=100_000_000,
        kb_dir=kb,
        provider="macros",
        triage_policy=policy,
    )
    assistant = build_assistant(settings)
    store = FeedbackStore.open(f"sqlite:///{db}")
    service = create_app(settings, assistant=assistant, store=store)
    # Every measurement walks the same posts from the first one (same mix of languages and
    # lengths), each time with new tags (so the embedding cache never answers).
    walk = {"index": 0, "tags": 0}

    def next_body() -> bytes:
        index = walk["index"]
        walk["index"] += 1
        (body,) = post_bodies(1, start=index, distinct=distinct, tag_offset=walk["tags"])
        return json.dumps(body).encode()

    def restart() -> None:
        walk["index"] = 0
        walk["tags"] += 10**6

    def scope(path: str, raw: bytes) -> dict[str, Any]:
        headers = [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode()),
            (b"authorization", f"Bearer {KEY}".encode()),
        ]
        return {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": headers,
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 80),
        }

    async def call_many(app: Any, path: str, n: int) -> None:
        raw = b""

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": raw, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] >= 300:
                raise RuntimeError(f"{path}: HTTP {message['status']}")

        for _ in range(n):
            raw = next_body()
            await app(scope(path, raw), receive, send)

    def best(fn: Any) -> float:
        restart()
        fn(100)  # warm up
        times = []
        for _ in range(repeats):
            restart()
            began = time.perf_counter()
            fn(calls)
            times.append((time.perf_counter() - began) / calls * 1000)
        return round(min(times), 3)

    def triage_only(n: int) -> None:
        for _ in range(n):
            body = json.loads(next_body())
            assistant.triage(Post(text=body["text"], platform=body["platform"]))

    result = {
        "bare FastAPI endpoint": best(lambda n: asyncio.run(call_many(bare_app, "/echo", n))),
        "POST /v1/triage": best(lambda n: asyncio.run(call_many(service, "/v1/triage", n))),
        "triage() alone": best(triage_only),
    }
    store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1, help="service worker processes")
    parser.add_argument("--kb", type=Path, default=WORK / "kb")
    parser.add_argument("--output", type=Path, default=WORK / "service-results.json")
    parser.add_argument(
        "--server-cost-only", action="store_true", help="only the in-process cost per request"
    )
    parser.add_argument(
        "--posts",
        choices=("distinct", "repeated"),
        default="distinct",
        help="a different post per request (default) or ten posts cycled",
    )
    parser.add_argument(
        "--no-semantic", action="store_true", help="serve a triage policy without the semantic pass"
    )
    parser.add_argument(
        "--static",
        action="store_true",
        help="serve a triage policy whose semantic pass reads the static MiniLM table",
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_kb(args.kb)
    policy: Path | None = None
    if args.no_semantic:
        policy = WORK / "rules-only-policy.yaml"
        policy.write_text("semantic:\n  enabled: false\n", encoding="utf-8")
    elif args.static:
        policy = WORK / "static-policy.yaml"
        policy.write_text("semantic:\n  embedder: static-minilm\n", encoding="utf-8")
    distinct = args.posts == "distinct"
    cost = server_cost_ms(args.kb, WORK / "bench-cost.db", policy=policy, distinct=distinct)
    print("\nServer cost per request, in process (best of 5 x 1,000 calls):\n")
    print("| what | ms per request |\n|---|---:|")
    for what, ms in cost.items():
        print(f"| {what} | {ms} |")
    if args.server_cost_only:
        return 0
    # Request numbers never repeat across warm-up and runs (distinct posts).
    warmup = post_bodies(args.concurrency, start=10**6, distinct=distinct)
    names = {
        "bare": "bare FastAPI endpoint (ceiling)",
        "triage": "POST /v1/triage",
        "drafts": "POST /v1/drafts (macros)",
        "feedback": "POST /v1/drafts/{id}/feedback",
    }
    runs: dict[str, list[Result]] = {name: [] for name in names.values()}
    db = WORK / "bench-service.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    bare_port, service_port = free_port(), free_port()
    bare = start_bare(bare_port)
    try:
        service = start_service(service_port, args.kb, db, args.workers, policy)
    except BaseException:
        stop(bare)
        raise
    bare_url = f"http://127.0.0.1:{bare_port}"
    url = f"http://127.0.0.1:{service_port}"

    def run(
        target: str,
        base: str,
        reqs: list[tuple[str, dict[str, Any]]],
        expect: int,
        collect: list[str] | None = None,
    ) -> Result:
        return asyncio.run(load(target, base, reqs, args.concurrency, expect, collect))

    try:
        run("bare", bare_url, [("/echo", b) for b in warmup], 200)
        run("triage", url, [("/v1/triage", b) for b in warmup], 200)
        run("drafts", url, [("/v1/drafts", b) for b in warmup], 201)
        # Some labelled posts are crises: accepting their drafts needs the confirmation.
        feedback = {"action": "accepted", "agent": "bench", "confirm_crisis": True}
        # Interleaved, so that a change in the machine's load hits every target alike.
        for run_no in range(args.runs):
            bodies = post_bodies(args.requests, start=(2 * run_no + 2) * 10**6, distinct=distinct)
            # The drafts endpoint gets other posts than triage: its triage must not hit the
            # embeddings the triage run just cached.
            drafts = post_bodies(args.requests, start=(2 * run_no + 3) * 10**6, distinct=distinct)
            runs[names["bare"]].append(run("bare", bare_url, [("/echo", b) for b in bodies], 200))
            runs[names["triage"]].append(
                run("triage", url, [("/v1/triage", b) for b in bodies], 200)
            )
            ids: list[str] = []
            runs[names["drafts"]].append(
                run("drafts", url, [("/v1/drafts", b) for b in drafts], 201, collect=ids)
            )
            runs[names["feedback"]].append(
                run("feedback", url, [(f"/v1/drafts/{i}/feedback", feedback) for i in ids], 201)
            )
    finally:
        stop(service)
        stop(bare)

    table = {name: median_result(results) for name, results in runs.items()}
    ceiling_runs = runs[names["bare"]]
    # "vs ceiling": the median over runs of each run's ratio to the ceiling run just before
    # it (paired), which a change in the machine's load between runs affects far less than
    # a ratio of medians.
    shares = {
        name: statistics.median(r.rps / c.rps for r, c in zip(results, ceiling_runs, strict=True))
        for name, results in runs.items()
    }
    print(f"\nMachine: {machine()}; service workers: {args.workers}; medians of {args.runs} runs\n")
    print(
        "| endpoint | requests | concurrency | errors | requests/s | p50 ms | p95 ms | p99 ms "
        "| vs ceiling |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in table.items():
        share = f"{shares[name] * 100:.0f}%"
        print(
            f"| {name} | {r.requests} | {r.concurrency} | {r.errors} | {r.rps} | {r.p50_ms} "
            f"| {r.p95_ms} | {r.p99_ms} | {share} |"
        )
    args.output.write_text(
        json.dumps(
            {
                "machine": machine(),
                "workers": args.workers,
                "runs": {k: [asdict(r) for r in v] for k, v in runs.items()},
                "medians": {k: asdict(v) for k, v in table.items()},
                "share_of_ceiling": shares,
                "server_cost_ms": cost,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nraw results: {args.output}", file=sys.stderr)
    print(
        f"loadavg at the end: {os.getloadavg()[0]:.1f} (other processes share the cores)",
        file=sys.stderr,
    )
    return 1 if any(r.errors for r in table.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
