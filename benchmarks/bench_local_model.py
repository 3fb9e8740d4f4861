"""Local model throughput: drafts per minute and tokens/s of the `local` provider.

Runs the default GGUF model (pull it first: `socialreply models pull`) in process through
`LocalLlamaModel` + `generate_structured` (the JSON-grammar path the pipeline uses), on
real draft prompts rendered by the prompt pack (a fixed fallback prompt if the pack is not
available), for each thread count. Prints a Markdown table of medians over all drafts:

    .venv/bin/python benchmarks/bench_local_model.py [--threads 1,2] [--repeat 3]

Generation speed on a shared 2-core machine depends heavily on what else runs: the table
records the load average at the start of each configuration.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from socialreply.config import Settings
from socialreply.errors import InvalidOutputError
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.local import LocalLlamaModel
from socialreply.generation.providers.model_store import default_model_path
from socialreply.generation.schema import DraftOutput
from socialreply.generation.structured import generate_structured
from socialreply.types import Fact

POSTS = [
    ("x", "Where is my order #NW-20431? It was supposed to arrive on Monday."),
    ("instagram", "Love the Ridgeline jacket! Does it come in a size XS?"),
    ("facebook", "How long do I have to return boots that don't fit? Bought them last week."),
    ("x", "Do you ship to Canada and how much does it cost?"),
    ("linkedin", "Do you offer discounts for bulk orders for our hiking club?"),
    ("tiktok", "my tent zipper broke after 2 trips, what now??"),
]

FACTS = [
    Fact(
        id="returns-policy#1",
        doc_id="returns-policy",
        source="knowledge/policies/returns.md",
        title="Returns",
        text="Unworn items can be returned within 30 days of delivery for a full refund. "
        "Return shipping is free in the US.",
    ),
    Fact(
        id="shipping-policy#1",
        doc_id="shipping-policy",
        source="knowledge/policies/shipping.md",
        title="Shipping",
        text="US orders ship within 1-2 business days; standard delivery takes 3-5 business "
        "days. We ship to Canada for a flat $15; delivery takes 5-10 business days.",
    ),
    Fact(
        id="warranty#1",
        doc_id="warranty",
        source="knowledge/policies/warranty.md",
        title="Warranty",
        text="All tents and packs carry a 2-year warranty against manufacturing defects, "
        "including zippers. Send a photo to support to start a claim.",
    ),
]


def render(platform_name: str, post: str) -> list[Message]:
    try:
        from socialreply.generation.prompting import PromptPack
        from socialreply.platforms import get_profile

        return PromptPack().render(post=post, profile=get_profile(platform_name), facts=FACTS)
    except Exception as exc:  # the prompt pack is optional for this benchmark
        print(f"(prompt pack unavailable: {exc}; using a fixed prompt)", file=sys.stderr)
        facts = "\n".join(f"[{f.id}] {f.text}" for f in FACTS)
        return [
            Message(
                "system",
                "You are the social media support agent of Northwind Outfitters. Reply "
                f"briefly and kindly, using only these facts:\n{facts}",
            ),
            Message("user", post),
        ]


async def run(model: LocalLlamaModel, repeat: int, max_tokens: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(repeat):
        for platform_name, post in POSTS:
            messages = render(platform_name, post)
            start = time.perf_counter()
            ok = True
            try:
                _, completion = await generate_structured(
                    model, messages, DraftOutput, reasks=1, max_tokens=max_tokens
                )
                usage = completion.usage
                attempts = completion.attempts
            except InvalidOutputError:
                ok, usage, attempts = False, None, 2
            elapsed = time.perf_counter() - start
            rows.append(
                {
                    "seconds": elapsed,
                    "ok": ok,
                    "attempts": attempts,
                    "prompt_tokens": usage.prompt_tokens if usage else 0,
                    "completion_tokens": usage.completion_tokens if usage else 0,
                }
            )
            print(
                f"  {platform_name:9} {elapsed:6.2f}s attempts={attempts} ok={ok} "
                f"tokens={usage.completion_tokens if usage else '-'}",
                file=sys.stderr,
            )
    return rows


def raw_decode_speed(model: LocalLlamaModel, tokens: int = 64) -> float:
    """Plain generation tokens/s (no grammar, tiny prompt)."""
    start = time.perf_counter()
    completion = asyncio.run(
        model.complete([Message("user", "Write a long story about a hike.")], max_tokens=tokens)
    )
    return completion.usage.completion_tokens / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the sample posts")
    parser.add_argument("--max-tokens", type=int, default=200)
    parser.add_argument("--model", type=Path, default=None, help="GGUF path (default: pulled)")
    args = parser.parse_args()

    from socialreply.generation.providers.test import forbid_model_requests

    forbid_model_requests(False)
    path = args.model or default_model_path(Settings())
    if not path.is_file():
        print(f"model not found: {path}; run `socialreply models pull`", file=sys.stderr)
        return 1
    lines = [
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; model {path.name}; "
        f"{len(POSTS)} posts x {args.repeat} passes, max_tokens={args.max_tokens}, reasks=1.",
        "",
        "| threads | load avg at start | drafts/min | median s/draft | p90 s/draft "
        "| gen tokens/s (draft) | raw decode tokens/s | median prompt tokens "
        "| median completion tokens | valid first try |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    print("\n".join(lines), flush=True)  # rows follow as each configuration finishes
    for threads in [int(t) for t in args.threads.split(",")]:
        load = os.getloadavg()[0]
        print(f"threads={threads} (load {load:.2f})", file=sys.stderr)
        model = LocalLlamaModel(path, n_threads=threads)
        asyncio.run(model.complete([Message("user", "hi")], max_tokens=1))  # load + warm up
        decode = raw_decode_speed(model)
        rows = asyncio.run(run(model, args.repeat, args.max_tokens))
        model.close()
        seconds = sorted(r["seconds"] for r in rows)
        median = statistics.median(seconds)
        p90 = seconds[min(len(seconds) - 1, int(0.9 * len(seconds)))]
        tps = statistics.median(
            r["completion_tokens"] / r["seconds"] for r in rows if r["completion_tokens"]
        )
        first_try = sum(1 for r in rows if r["ok"] and r["attempts"] == 1) / len(rows)
        print(
            f"| {threads} | {load:.2f} | {60 / median:.1f} | {median:.2f} | {p90:.2f} "
            f"| {tps:.1f} | {decode:.1f} "
            f"| {statistics.median(r['prompt_tokens'] for r in rows):.0f} "
            f"| {statistics.median(r['completion_tokens'] for r in rows):.0f} "
            f"| {first_try:.0%} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
