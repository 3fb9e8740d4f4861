"""Drafts prepared ahead of the eval runner's cases, in batches on one worker thread.

A suite's posts are all known before the first request is sent, and a post's triage does
not depend on its draft. MiniLM costs about half the CPU per text in a padded batch than
one post at a time, and the clause-neighbour lookups read their 20k-row index once per
batch instead of once per post (`SemanticTriage.prefetch`). So the runner hands the
posts of upcoming cases to the drafter's ``prefetch`` in chunks (small first, so the
first requests go out at once, then larger), one chunk ahead of the cases, and a case
waits for its chunk before drafting. The drafter then triages as before and finds the
vectors and lookups cached: no result changes, and a failed or skipped prefetch only
costs the time it would have saved. The first chunks embed on every core
(`SPREAD_CHUNKS`): the run's first requests wait for them.

A drafter with ``prepare`` is handed (post, facts) pairs instead and does, per post,
everything before the model request there (`generation/draft_prep.py`: triage,
retrieval, the prompt): the event loop's CPU bounds the run's wall time, and this work
then runs while the loop's cases wait on the model.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import Executor
from typing import TypeVar

from ..knowledge.embeddings import spread_over_cores

J = TypeVar("J")
T = TypeVar("T")
# Posts per chunk: the first ones small (the first cases wait for theirs), then the size
# at which a batch stops getting cheaper per text (measured 16-64 alike on 2 cores).
CHUNKS = (8, 16, 32)
LARGEST_CHUNK = 64
# The first chunks embed on every core (`spread_over_cores`): while they run, the cases
# are waiting for them and the event loop has next to nothing to do. Later chunks keep
# to one thread, which leaves the other core to the loop. Measured (500 cases, 100 ms
# model, 2 cores, interleaved runs): the first 3 chunks spread 0.12-0.18 s faster than
# none, every chunk spread 0.08 s.
SPREAD_CHUNKS = 3

Prefetch = Callable[[Sequence[T]], None]


async def ahead(
    jobs: Iterator[J],
    prefetch_for: Callable[[J], Prefetch[T] | None],
    post_of: Callable[[J], T],
    executor: Executor,
) -> AsyncIterator[tuple[J, asyncio.Future[None] | None]]:
    """Each job of `jobs` with the future of its chunk's prefetch (None: nothing to wait
    for). One chunk is always submitted ahead of the one being handed out. Shared by
    every worker: it never awaits, so workers cannot interleave inside it. `post_of` gives
    what the job's prefetch takes (its post, or its post and facts)."""
    loop = asyncio.get_running_loop()
    sizes = itertools.chain(CHUNKS, itertools.repeat(LARGEST_CHUNK))

    def submit(chunk: list[J]) -> asyncio.Future[None] | None:
        groups: dict[Prefetch[T], list[T]] = {}
        for job in chunk:
            prefetch = prefetch_for(job)
            if prefetch is None:
                continue
            try:
                post = post_of(job)
            except Exception:  # that case reports its own error when it runs
                continue
            groups.setdefault(prefetch, []).append(post)
        if not groups:
            return None
        spread = next(chunk_numbers) < SPREAD_CHUNKS
        return loop.run_in_executor(executor, _run, groups, spread)

    chunk_numbers = itertools.count()
    current = list(itertools.islice(jobs, next(sizes)))
    ready = submit(current)
    while current:
        following = list(itertools.islice(jobs, next(sizes)))
        following_ready = submit(following) if following else None
        for job in current:
            yield job, ready
        current, ready = following, following_ready


def _run(groups: dict[Prefetch[T], list[T]], spread: bool) -> None:
    with spread_over_cores() if spread else contextlib.nullcontext():
        for prefetch, posts in groups.items():
            try:
                prefetch(posts)
            except Exception:  # a cache not filled: the cases triage as before
                continue
