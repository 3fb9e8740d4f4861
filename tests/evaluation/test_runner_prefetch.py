"""The runner prepares the triage of upcoming cases in batches (`evaluation/prefetch.py`):
every case's post is handed to the drafter's ``prefetch`` once, before the case is
drafted, and the results are those of a run without it (or with a prefetch that fails)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from socialreply.config import Settings
from socialreply.evaluation import RunOptions, Variant, evaluate
from socialreply.evaluation.prefetch import CHUNKS, LARGEST_CHUNK, SPREAD_CHUNKS
from socialreply.evaluation.runner import Drafter, assistant_drafter_factory
from socialreply.knowledge.query_embedding import clear_query_caches
from socialreply.types import Fact, Post

REPO = Path(__file__).resolve().parents[2]
SUITE = REPO / "evals" / "escalation.yaml"


class _Plain:
    """The assistant's drafter without ``prefetch`` (the per-post path)."""

    def __init__(self, inner: Drafter) -> None:
        self.inner = inner

    async def __call__(self, post: Post, facts: list[Fact] | None) -> Any:
        return await self.inner(post, facts)


class _Failing(_Plain):
    def prefetch(self, posts: Sequence[Post]) -> None:
        raise RuntimeError("prefetch broke")


class _Spy(_Plain):
    def __init__(self, inner: Drafter, log: list[tuple[str, Any]]) -> None:
        super().__init__(inner)
        self.log = log

    def prefetch(self, posts: Sequence[Post]) -> None:
        from socialreply.knowledge import embeddings

        self.log.append(("prefetch", [p.text for p in posts]))
        self.log.append(("threads", embeddings._CALL_THREADS.get()))
        self.inner.prefetch(posts)  # type: ignore[attr-defined]

    async def __call__(self, post: Post, facts: list[Fact] | None) -> Any:
        self.log.append(("draft", post.text))
        return await self.inner(post, facts)


def _records(
    tmp_path: Path, name: str, wrap: Callable[[Drafter], Drafter] | None
) -> dict[str, dict[str, Any]]:
    clear_query_caches()
    base = assistant_drafter_factory()

    def factory(variant: Variant, settings: Settings, wrap_model: Any) -> Drafter:
        drafter = base(variant, settings, wrap_model)
        return drafter if wrap is None else wrap(drafter)

    out = tmp_path / name
    asyncio.run(
        evaluate(
            [SUITE],
            [Variant("macros")],
            RunOptions(output=out, concurrency=4, cache_dir=tmp_path / f"cache-{name}"),
            Settings(cache_dir=tmp_path / "cache", kb_dir=tmp_path / "kb"),
            drafter_factory=factory,
        )
    )
    records = {}
    for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        # What differs between any two runs: timings and the draft's random id.
        record.pop("latency_ms")
        if record["draft"] is not None:
            record["draft"].pop("id")
            record["draft"].pop("latency_ms")
        records[record["key"]] = record
    return records


@pytest.mark.parametrize(
    ("name", "wrap"),
    [("failing", _Failing), ("shipped", None)],
)
def test_results_do_not_depend_on_the_prefetch(
    tmp_path: Path, name: str, wrap: Callable[[Drafter], Drafter] | None
) -> None:
    plain = _records(tmp_path, "plain", _Plain)
    other = _records(tmp_path, name, wrap)
    assert other == plain
    assert any(r["draft"]["escalation"]["categories"] for r in plain.values())


def test_each_post_is_prefetched_once_before_its_draft(tmp_path: Path) -> None:
    log: list[tuple[str, Any]] = []
    records = _records(tmp_path, "spy", lambda inner: _Spy(inner, log))
    chunks = [texts for kind, texts in log if kind == "prefetch"]
    prefetched = [text for chunk in chunks for text in chunk]
    assert sorted(prefetched) == sorted(r["post"]["text"] for r in records.values())
    expected = [*CHUNKS, *[LARGEST_CHUNK] * len(records)]
    assert [len(c) for c in chunks[:-1]] == expected[: len(chunks) - 1]
    seen: set[str] = set()
    for kind, value in log:
        if kind == "prefetch":
            seen.update(value)
        elif kind == "draft":
            assert value in seen, f"drafted before its prefetch: {value!r}"
    # The first chunks embed on every core (later ones: `test_only_the_first_chunks...`).
    threads = [value for kind, value in log if kind == "threads"]
    assert len(threads) == len(chunks) <= SPREAD_CHUNKS
    assert all(t is not None and t >= 1 for t in threads)


def test_only_the_first_chunks_embed_on_every_core() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from socialreply.evaluation.prefetch import ahead
    from socialreply.knowledge import embeddings

    calls: list[tuple[int, int | None]] = []

    def prefetch(posts: Sequence[Post]) -> None:
        calls.append((len(posts), embeddings._CALL_THREADS.get()))

    async def drain() -> None:
        with ThreadPoolExecutor(1) as pool:
            jobs = iter(range(300))
            async for _job, ready in ahead(
                jobs, lambda _: prefetch, lambda j: Post(text=f"{j}"), pool
            ):
                if ready is not None:
                    await ready

    asyncio.run(drain())
    assert [n for n, _ in calls] == [*CHUNKS, *[LARGEST_CHUNK] * 3, 300 - sum(CHUNKS) - 192]
    spread = [threads for _, threads in calls]
    assert all(t is not None and t >= 1 for t in spread[:SPREAD_CHUNKS])
    assert spread[SPREAD_CHUNKS:] == [None] * (len(calls) - SPREAD_CHUNKS)
    assert embeddings._CALL_THREADS.get() is None


def test_a_post_that_cannot_be_built_is_left_to_its_case() -> None:
    """`ahead` builds each job's post on the event loop; a job whose post raises is still
    handed out (its case reports the error when it runs) and the others are prefetched."""
    from concurrent.futures import ThreadPoolExecutor

    from socialreply.evaluation.prefetch import ahead

    seen: list[str] = []

    def prefetch(posts: Sequence[Post]) -> None:
        seen.extend(p.text for p in posts)

    def post_of(job: int) -> Post:
        if job == 1:
            raise ValueError("bad case")
        return Post(text=f"post {job}")

    async def collect() -> list[int]:
        out = []
        with ThreadPoolExecutor(1) as pool:
            async for job, ready in ahead(iter(range(4)), lambda _: prefetch, post_of, pool):
                if ready is not None:
                    await ready
                out.append(job)
        return out

    assert asyncio.run(collect()) == [0, 1, 2, 3]
    assert seen == ["post 0", "post 2", "post 3"]


@pytest.mark.parametrize("prefetching", [True, False])
def test_each_case_builds_its_post_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefetching: bool
) -> None:
    """The prefetch and the drafting share one `Post` per case (built once on the loop),
    with or without a drafter that prefetches."""
    from socialreply.evaluation.suites import CaseSpec

    built: list[Post] = []  # kept alive: the ids compared below stay unique
    to_post = CaseSpec.to_post

    def counting(self: CaseSpec) -> Post:
        post = to_post(self)
        built.append(post)
        return post

    monkeypatch.setattr(CaseSpec, "to_post", counting)
    log: list[tuple[str, Any]] = []

    class _Ids(_Spy):
        def prefetch(self, posts: Sequence[Post]) -> None:
            self.log.append(("prefetch", list(posts)))

        async def __call__(self, post: Post, facts: list[Fact] | None) -> Any:
            self.log.append(("draft", post))
            return await self.inner(post, facts)

    wrap = (lambda inner: _Ids(inner, log)) if prefetching else _Plain
    records = _records(tmp_path, "once", wrap)
    assert len(built) == len(records)
    if prefetching:
        prefetched = {id(p) for kind, posts in log if kind == "prefetch" for p in posts}
        drafted = [id(post) for kind, post in log if kind == "draft"]
        assert len(drafted) == len(records)
        assert set(drafted) <= prefetched


@pytest.mark.parametrize(("wrap", "on_loop"), [(None, False), (_Plain, True), (_Failing, True)])
def test_the_shipped_drafter_prepares_every_case_off_the_loop(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wrap: Callable[[Drafter], Drafter] | None,
    on_loop: bool,
) -> None:
    """With the assistant's drafter (``prepare``) no case is prepared on the event loop;
    a drafter without ``prepare`` (or whose prefetch fails) prepares each one there."""
    from socialreply.generation import assistant as assistant_module

    prepared_on_loop: list[str] = []
    real = assistant_module.prepare_async

    async def spy(assistant: Any, post: Any, facts: Any, platform: str) -> Any:
        prepared_on_loop.append(post.text)
        return await real(assistant, post, facts, platform)

    monkeypatch.setattr(assistant_module, "prepare_async", spy)
    records = _records(tmp_path, "where", wrap)
    expected = sorted(r["post"]["text"] for r in records.values()) if on_loop else []
    assert sorted(prepared_on_loop) == expected
