"""`adraft_many` throughput against an OpenAI-compatible server that answers in 200 ms.

200 posts, concurrency 16, through the real `openai:` provider (openai SDK, HTTP to
`socialreply.testing.FakeOpenAIServer` on 127.0.0.1). Ideal wall time: 200 / 16 x 0.2 s =
2.5 s. Two configurations:

- ``sample store``: full pipeline with hybrid retrieval on the ingested sample store (the
  embedder and BM25 run in worker threads while other posts wait on the server);
- ``given facts``: retrieval replaced by fixed facts (`adraft_trace(post, facts=...)`), to
  show the pipeline's own concurrency overhead (here `concurrency` posts are under way,
  not only `concurrency` model requests as in `adraft_many`).

The posts are 200 distinct customer questions (both labelled retrieval sets), and the
query-embedding cache is emptied before each run, so triage and retrieval embed every post
for real rather than answering from the per-text cache. The server reports the most requests it
had in flight at once, which must not exceed the concurrency.

The fake server runs in its own process (like a real endpoint), so its request handling
does not compete with the pipeline for the GIL. Reports the median of `--runs` runs.

    .venv/bin/python benchmarks/bench_concurrency.py [--runs 3] [--posts 200] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path

from socialreply.config import Settings
from socialreply.generation.assistant import ReplyAssistant
from socialreply.generation.providers import resolve_model
from socialreply.knowledge import KnowledgeBase
from socialreply.knowledge.query_embedding import clear_query_caches
from socialreply.testing import FakeOpenAIServer
from socialreply.types import Fact

REPO = Path(__file__).resolve().parent.parent
FACTS = [
    Fact(
        id="shipping-domestic#1",
        doc_id="shipping-domestic",
        source="knowledge/policies/shipping-domestic.md",
        title="Shipping in the US",
        text="Standard shipping takes 5-7 business days and costs $6.95.",
    )
]


def questions(n: int) -> list[str]:
    """`n` distinct customer questions: the two labelled retrieval sets (274 in all)."""
    from bench_retrieval import load_questions  # same folder: benchmarks/

    data = REPO / "benchmarks" / "data"
    found = [
        q["question"]
        for name in ("retrieval_questions.jsonl", "retrieval_questions_hard.jsonl")
        for q in load_questions(data / name)
    ]
    distinct = list(dict.fromkeys(found))
    if n > len(distinct):
        raise SystemExit(f"--posts {n}: only {len(distinct)} distinct questions")
    return distinct[:n]


def serve(latency: float, urls: multiprocessing.Queue[str], stop: object) -> None:
    with FakeOpenAIServer(latency=latency) as server:
        urls.put(server.base_url)
        stop.wait()  # type: ignore[attr-defined]
        urls.put(str(server.max_active))  # the most requests it had in flight at once


async def timed_runs(
    assistant: ReplyAssistant, questions: list[str], concurrency: int, given: bool, runs: int
) -> list[float]:
    """Warm-up plus `runs` timed runs, all in one event loop: the SDK's HTTP client and
    its connection pool belong to the loop that created them."""

    async def once() -> float:
        posts = questions
        # Every run embeds every post for real: nothing from the previous run's cache.
        clear_query_caches()
        started = time.perf_counter()
        if given:
            semaphore = asyncio.Semaphore(concurrency)

            async def one(post: str) -> None:
                async with semaphore:
                    await assistant.adraft_trace(post, facts=FACTS)

            await asyncio.gather(*(one(p) for p in posts))
        else:
            drafts = await assistant.adraft_many(posts, concurrency=concurrency)
            fallbacks = sum(d.has_warning("llm_fallback") for d in drafts)
            if fallbacks:
                raise SystemExit(f"{fallbacks} drafts fell back to macros: check the server")
        return time.perf_counter() - started

    await once()  # warm-up: language models, BM25 index, HTTP pool
    return [await once() for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()
    posts = questions(args.posts)
    ideal = args.posts / args.concurrency * args.latency
    rows = []
    urls: multiprocessing.Queue[str] = multiprocessing.Queue()
    stop = multiprocessing.Event()
    process = multiprocessing.Process(target=serve, args=(args.latency, urls, stop), daemon=True)
    process.start()
    base_url = urls.get(timeout=60)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(provider="openai:fake-model", llm_max_retries=0)
        kb = KnowledgeBase.open(Path(tmp) / "kb")
        kb.ingest([REPO / "knowledge"])
        for name, given in (("sample store", False), ("given facts", True)):
            # One assistant (one HTTP client) per configuration, as an application would.
            model = resolve_model(settings.provider, settings, env={"OPENAI_BASE_URL": base_url})
            assistant = ReplyAssistant.from_settings(settings, knowledge_base=kb, model=model)
            times = asyncio.run(timed_runs(assistant, posts, args.concurrency, given, args.runs))
            rows.append((name, statistics.median(times)))
            assistant.close()
        kb.close()
    stop.set()
    in_flight = int(urls.get(timeout=30))
    process.join(timeout=10)
    print(
        f"{args.posts} posts, concurrency {args.concurrency}, server latency "
        f"{args.latency * 1000:.0f} ms, ideal {ideal:.2f} s; median of {args.runs} runs\n"
    )
    print("| configuration | wall time (s) | x ideal | drafts/s |")
    print("|---|---:|---:|---:|")
    for name, wall in rows:
        print(f"| {name} | {wall:.2f} | {wall / ideal:.2f} | {args.posts / wall:.1f} |")
    print(f"\nMost requests in flight at the server: {in_flight} (concurrency {args.concurrency})")


if __name__ == "__main__":
    main()
