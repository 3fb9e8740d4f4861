"""Check that prefetching triage in batches changes no result.

`prefetch_triage` (what the eval runner does ahead of its cases) embeds many posts'
clauses in padded MiniLM batches and looks their clause neighbours up in one product;
each post's `triage()` then reads both from the caches. This script compares, on every
labelled post (`triage_metrics.load()`) and every post of the shipped eval suites:

1. vectors: each unit text embedded alone vs in the batches `MiniLMEmbedder` makes of all
   of them (max absolute difference, and how many differ at all);
2. clause neighbours: each unit looked up alone vs in one product per chunk (the k
   nearest labelled units, in order);
3. triage: `triage(post, semantic=True)` per post with every cache emptied before it
   (the per-post path) vs after `prefetch_triage` of its chunk (the batched path): the
   whole result (level, categories, signals with evidence and offsets, personal data,
   language) and the head's probabilities must be identical.

    .venv/bin/python benchmarks/check_triage_prefetch.py            # everything
    .venv/bin/python benchmarks/check_triage_prefetch.py --limit 500 --chunk 64
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import triage_metrics as tm  # noqa: E402

from socialreply.knowledge.query_embedding import clear_query_caches  # noqa: E402
from socialreply.triage import triage  # noqa: E402
from socialreply.triage.engine import prefetch_triage  # noqa: E402
from socialreply.triage.semantic import default_semantic_triage, split_clauses  # noqa: E402
from socialreply.types import Post  # noqa: E402


def labelled_posts(limit: int | None) -> list[Post]:
    """The labelled posts, then the shipped eval suites' posts (one of each text)."""
    posts: list[Post] = []
    for row in tm.load():
        fields = {k: row[k] for k in ("id", "text", "platform", "metrics") if k in row}
        posts.append(Post.model_validate(fields))
    for suite in sorted((HERE.parent / "evals").glob("*.yaml")):
        for case in yaml.safe_load(suite.read_text(encoding="utf-8"))["cases"]:
            posts.append(Post.model_validate({"platform": "x", **case["post"]}))
    seen: set[tuple[str, str]] = set()
    unique = [
        p for p in posts if not ((p.text, p.platform) in seen or seen.add((p.text, p.platform)))
    ]
    return unique[:limit] if limit else unique


def forget() -> None:
    """Empty the query-embedding cache and the neighbour indexes' answers."""
    clear_query_caches()
    default_semantic_triage().forget_lookups()


def result_of(post: Post) -> dict[str, Any]:
    semantic = default_semantic_triage()
    result = triage(post, semantic=True)
    probabilities = [
        (s.category, s.probability) for s in semantic.head_scores(post.text, result.language)
    ]
    return {"triage": result.model_dump(mode="json"), "head": probabilities}


def unit_texts(posts: list[Post]) -> list[str]:
    from socialreply.triage.head_inputs import head_inputs

    texts = [t for p in posts for t in head_inputs([c.text for c in split_clauses(p.text)], None)]
    return list(dict.fromkeys(texts))


def check_vectors(texts: list[str]) -> tuple[float, int]:
    from socialreply.knowledge.embeddings import MiniLMEmbedder

    embedder = MiniLMEmbedder(threads=1)
    alone = np.concatenate([embedder.embed([t]) for t in texts])
    batched = embedder.embed(texts)
    differ = int((alone != batched).any(axis=1).sum())
    return float(np.abs(alone - batched).max()), differ


def check_neighbours(texts: list[str], chunk: int) -> int:
    from socialreply.knowledge.query_embedding import query_embedder, shared_embedder
    from socialreply.triage.clause_neighbours import DEFAULT_K, default_clause_neighbours

    vectors = query_embedder(shared_embedder("minilm")).embed(texts)
    index = default_clause_neighbours()
    differ = 0
    for start in range(0, len(vectors), chunk):
        rows = vectors[start : start + chunk]
        index.forget()
        together = index.nearest_many(rows, DEFAULT_K)
        index.forget()
        alone = [index.nearest_many(row[None, :], DEFAULT_K)[0] for row in rows]
        differ += sum(a != b for a, b in zip(alone, together, strict=True))
    index.forget()
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N posts")
    parser.add_argument("--chunk", type=int, default=64, help="posts per prefetch")
    args = parser.parse_args()
    posts = labelled_posts(args.limit)
    print(f"{len(posts)} posts")
    started = time.perf_counter()
    texts = unit_texts(posts)
    worst, differ = check_vectors(texts)
    print(f"vectors: {len(texts)} unit texts, max |alone - batched| {worst:.3g}, {differ} differ")
    changed = check_neighbours(texts, args.chunk)
    print(f"clause neighbours: {changed} of {len(texts)} units' nearest differ")

    alone: list[dict[str, Any]] = []
    for post in posts:
        forget()
        alone.append(result_of(post))
    forget()
    batched: list[dict[str, Any]] = []
    for start in range(0, len(posts), args.chunk):
        chunk = posts[start : start + args.chunk]
        prefetch_triage(chunk)
        batched.extend(result_of(post) for post in chunk)
    mismatched = [p.id for p, a, b in zip(posts, alone, batched, strict=True) if a != b]
    escalated = sum(bool(r["triage"]["escalation"]["categories"]) for r in alone)
    print(
        f"triage: {len(posts) - len(mismatched)} of {len(posts)} identical "
        f"({escalated} with categories); differ: {mismatched[:20]}"
    )
    print(f"{time.perf_counter() - started:.0f} s")
    return 1 if mismatched or differ or changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
