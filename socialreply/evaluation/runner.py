"""The evaluation runner: suites x providers x prompt versions, concurrently, streamed.

Each finished case is appended to ``results.jsonl`` at once (a crash or Ctrl-C loses
nothing; ``resume=True`` skips the cases already there), so memory stays flat whatever
the run's size: the summary and reports are computed afterwards by streaming that file.
Every model call goes through `CachingChatModel` (drafts and judges), so a rerun replays
from disk and makes no model request.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..config import Settings
from ..errors import EvaluationError, SocialReplyError
from ..generation.providers.base import ChatModel
from ..types import Draft, Fact, Post
from .assertions import aggregate, expectation_assertions, run_assertions
from .cache import CachingChatModel, ResponseCache, UsageMeter, metering
from .context import AssertionResult, ScoringContext
from .judge import Judge
from .prefetch import ahead
from .score_worker import ScoreWorker, deterministic, is_deterministic, shared_worker
from .suites import AssertionSpec, CaseSpec, Suite

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from ..generation.assistant import ReplyAssistant

RESULTS_FILE = "results.jsonl"
MANIFEST_FILE = "run.json"
_FACT_TEXT_LIMIT = 800  # per fact in results.jsonl: enough to read, bounded for big runs


@dataclass(frozen=True)
class Variant:
    """One column of the matrix: a provider spec and a prompt folder (None = default)."""

    provider: str
    prompts: Path | None = None

    @property
    def label(self) -> str:
        return self.provider if self.prompts is None else f"{self.provider}@{self.prompts.name}"


@dataclass
class DraftResult:
    draft: Draft
    facts: list[Fact]


class Drafter(Protocol):
    async def __call__(self, post: Post, facts: list[Fact] | None) -> DraftResult: ...


# (variant, settings, wrap) -> drafter; `wrap` puts the caching/metering wrapper around the
# model the drafter will use.
DrafterFactory = Callable[[Variant, Settings, Callable[[ChatModel], ChatModel]], Drafter]
ModelFactory = Callable[[str, Settings], ChatModel]


def default_model_factory(spec: str, settings: Settings) -> ChatModel:
    """The runner's models: the ``openai`` provider posting with aiohttp directly (the SDK
    kept for retries and errors), which costs less CPU per request on the runner's busy
    event loop than the SDK's request path (`EvalRunner.run` closes every model it
    wrapped before its loop ends)."""
    from ..generation.providers import resolve_model

    return resolve_model(spec, settings, transport="aiohttp-direct")


def assistant_drafter_factory(
    knowledge_base: Any | None = None, model_factory: ModelFactory = default_model_factory
) -> DrafterFactory:
    """Drafts through the real pipeline (`ReplyAssistant.adraft_trace`)."""

    def make(
        variant: Variant, settings: Settings, wrap: Callable[[ChatModel], ChatModel]
    ) -> Drafter:
        from ..generation.assistant import ReplyAssistant

        run_settings = settings.model_copy(update={"provider": variant.provider})
        model = None
        if variant.provider.strip().lower() != "macros":
            model = wrap(model_factory(variant.provider, run_settings))
        assistant = ReplyAssistant.from_settings(
            run_settings,
            knowledge_base=knowledge_base,
            model=model,
            prompts_dir=variant.prompts,
        )

        return _AssistantDrafter(assistant)

    return make


class _AssistantDrafter:
    """A `Drafter` over `ReplyAssistant`, with the runner's optional hooks for upcoming
    cases (`evaluation/prefetch.py`): ``prepare``, everything about their drafts that does
    not need the model (triage in batches, retrieval, the prompt) done in the prefetch
    thread; ``prefetch``, only their triage batched (drafters without ``prepare``)."""

    def __init__(self, assistant: ReplyAssistant) -> None:
        self.assistant = assistant

    async def __call__(self, post: Post, facts: list[Fact] | None) -> DraftResult:
        trace = await self.assistant.adraft_trace(post, facts=facts)
        return DraftResult(trace.draft, list(trace.facts))

    def prefetch(self, posts: Sequence[Post]) -> None:
        self.assistant.prefetch_triage(posts)

    def prepare(self, items: Sequence[tuple[Post, list[Fact] | None]]) -> None:
        self.assistant.prepare_drafts(items)


@dataclass
class RunOptions:
    output: Path
    concurrency: int = 8
    repeat: int = 1
    timeout: float = 120.0
    resume: bool = False
    use_cache: bool = True
    cache_dir: Path | None = None  # default: <settings.cache_dir>/eval
    # Deterministic checks in a worker process (`score_worker.py`): 0 = in the runner's
    # process (the default), 1 = in the worker.
    score_workers: int = 0


@dataclass
class _Job:
    suite: Suite
    case: CaseSpec
    variant: Variant
    repeat: int

    @property
    def key(self) -> str:
        return f"{self.suite.name}::{self.case.id}::{self.variant.label}::{self.repeat}"

    @cached_property
    def post(self) -> Post:
        """The case's post, built once for the triage prefetch and the drafting and
        scoring (both on the event loop; drafters do not mutate it). A post that fails to
        build raises again in `_score_case`, where the case reports the error."""
        return self.case.to_post()

    @cached_property
    def facts(self) -> list[Fact] | None:
        """The case's knowledge override, built once: a draft prepared ahead is used only
        for this very list (compared by identity). Raises again in `_score_case`."""
        return self.case.facts_override()


@dataclass
class RunStats:
    """What the run did (the scores are summarised from results.jsonl afterwards)."""

    total: int = 0
    skipped: int = 0
    done: int = 0
    errors: int = 0
    usage: UsageMeter = field(default_factory=UsageMeter)
    seconds: float = 0.0


ProgressFn = Callable[[int, int, bool], None]  # (done, total, passed)


class EvalRunner:
    def __init__(
        self,
        settings: Settings,
        *,
        drafter_factory: DrafterFactory | None = None,
        model_factory: ModelFactory = default_model_factory,
        judges_dir: Path | None = None,
        judge: str | None = None,
    ) -> None:
        self.settings = settings
        self.judge = judge  # overrides every suite's `judge`
        self.model_factory = model_factory
        self.drafter_factory = drafter_factory or assistant_drafter_factory(
            model_factory=model_factory
        )
        self.judges_dir = judges_dir
        self._judges: dict[str, Judge] = {}
        self._cache: ResponseCache | None = None
        self._read_cache = True
        self._slots: asyncio.Semaphore | None = None
        self._opened: list[CachingChatModel] = []
        self._scorer: ScoreWorker | None = None

    def _wrap(self, model: ChatModel) -> ChatModel:
        wrapped = CachingChatModel(
            model, self._cache, read=self._read_cache, slots=lambda: self._slots
        )
        self._opened.append(wrapped)
        return wrapped

    async def _close_models(self) -> None:
        """Close the HTTP clients of every model this run opened (drafters and judges)
        while their event loop still runs; judges are rebuilt by the next run."""
        opened, self._opened = self._opened, []
        self._judges.clear()
        for model in opened:
            try:
                await model.aclose()
            except Exception:  # a failed close must not fail a finished run
                continue

    def _judge_for(self, spec: str) -> Judge:
        judge = self._judges.get(spec)
        if judge is None:
            model = self._wrap(self.model_factory(spec, self.settings))
            judge = Judge(model, spec=spec, judges_dir=self.judges_dir)
            self._judges[spec] = judge
        return judge

    async def run(
        self,
        suites: Sequence[Suite],
        variants: Sequence[Variant],
        options: RunOptions,
        *,
        progress: ProgressFn | None = None,
    ) -> RunStats:
        if not variants:
            raise EvaluationError("no provider to evaluate")
        labels = [v.label for v in variants]
        if len(set(labels)) != len(labels):
            raise EvaluationError(
                f"two variants share a label ({', '.join(sorted(labels))}): prompt folders "
                "need distinct names"
            )
        if options.concurrency < 1 or options.repeat < 1:
            raise EvaluationError("--concurrency and --repeat must be at least 1")
        if options.score_workers not in (0, 1):
            raise EvaluationError("score_workers must be 0 (in-process) or 1 (a worker process)")
        out = options.output
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            # Under a file, on a read-only disk: one clear line, not an internal error.
            raise EvaluationError(
                f"cannot create the run folder {out}: {exc.strerror or exc}"
            ) from None
        results_path = out / RESULTS_FILE
        done_keys = _done_keys(results_path) if options.resume else set()
        if not options.resume and results_path.exists() and results_path.stat().st_size:
            raise EvaluationError(
                f"{results_path} already has results: use --resume to continue that run "
                "or choose another --output"
            )
        cache_root = options.cache_dir or (self.settings.cache_dir / "eval")
        self._cache = ResponseCache(cache_root)
        self._read_cache = options.use_cache
        _write_manifest(out, suites, variants, options)

        drafters = {v: self.drafter_factory(v, self.settings, self._wrap) for v in variants}
        stats = RunStats(total=_count(suites, variants, options.repeat))
        started = time.perf_counter()

        def pending() -> Iterator[_Job]:
            for job in _jobs(suites, variants, options.repeat):
                if job.key in done_keys:
                    stats.skipped += 1
                else:
                    yield job

        jobs = pending()
        self._scorer = None
        if options.score_workers:
            self._scorer = shared_worker()
            self._scorer.attach(asyncio.get_running_loop(), options.concurrency)
        mode = "a" if options.resume else "w"
        # One thread prepares the triage of upcoming cases in batches (`prefetch.py`).
        prefetcher = ThreadPoolExecutor(1, thread_name_prefix="eval-prefetch")
        with results_path.open(mode, encoding="utf-8") as sink:

            async def worker(
                queue: AsyncIterator[tuple[_Job, asyncio.Future[None] | None]],
            ) -> None:
                async for job, prepared in queue:
                    if prepared is not None:
                        # Shielded: one worker cancelled must not cancel the others' wait.
                        await asyncio.shield(prepared)
                    record = await self._run_job(job, drafters[job.variant], options)
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                    sink.flush()
                    stats.done += 1
                    stats.errors += int(record["error"] is not None)
                    stats.usage.add(UsageMeter.from_dict(record["usage"]))
                    if progress is not None:
                        progress(stats.done + stats.skipped, stats.total, bool(record["passed"]))

            hooks = {v: _prefetch_hook(d) for v, d in drafters.items()}
            shared = ahead(
                jobs,
                lambda job: hooks[job.variant][0],
                lambda job: hooks[job.variant][1](job),
                prefetcher,
            )
            # `concurrency` bounds the model requests in flight (drafts and judge calls:
            # what a provider's rate limit sees). Twice as many cases are under way, so
            # their CPU work (triage, retrieval, prompt, scoring) is done while other cases
            # wait on the model instead of between requests. Measured on 2 cores (500
            # cases, 100 ms model): 1.5x as many cases took 1.30x the ideal time, 2x took
            # 1.24x, 3x took 1.35x (more cases only add contention).
            self._slots = asyncio.Semaphore(options.concurrency)
            workers = 2 * options.concurrency
            try:
                await asyncio.gather(*(worker(shared) for _ in range(workers)))
            except BaseException:
                # Cancelled (Ctrl-C) or failed: the worker process goes with the run.
                if self._scorer is not None:
                    self._scorer.shutdown()
                raise
            finally:
                if self._scorer is not None:
                    self._scorer.detach()  # kept for the next run in this process
                    self._scorer = None
                self._slots = None
                prefetcher.shutdown(wait=False, cancel_futures=True)
                await self._close_models()
        stats.seconds = time.perf_counter() - started
        return stats

    async def _run_job(self, job: _Job, drafter: Drafter, options: RunOptions) -> dict[str, Any]:
        meter = UsageMeter()
        started = time.perf_counter()
        case = job.case
        record: dict[str, Any] = {
            "key": job.key,
            "suite": job.suite.name,
            "case": case.id,
            "description": case.description,
            "tags": case.tags,
            "variant": job.variant.label,
            "provider": job.variant.provider,
            "prompts": str(job.variant.prompts) if job.variant.prompts else None,
            "repeat": job.repeat,
            "post": {"text": case.post.text, "platform": case.post.platform},
            "threshold": case.threshold,
        }
        try:
            # A deadline on the worker's own task (no task per case, as wait_for makes):
            # on expiry the case is cancelled and TimeoutError raised, as with wait_for.
            with metering(meter, sample=job.repeat):
                async with asyncio.timeout(options.timeout):
                    result = await self._score_case(job, drafter)
            record.update(result)
            record["error"] = None
        except TimeoutError:
            record.update(_failed(f"timed out after {options.timeout:g} s"))
        except SocialReplyError as exc:
            record.update(_failed(f"{type(exc).__name__}: {exc}"))
        except Exception as exc:  # one broken case must not stop a 5,000-case run
            record.update(_failed(f"internal error: {type(exc).__name__}: {exc}"))
        record["usage"] = meter.as_dict()
        record["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
        return record

    async def _score_case(self, job: _Job, drafter: Drafter) -> dict[str, Any]:
        case = job.case
        post = job.post  # one model for prefetch, drafting and scoring
        produced = await drafter(post, job.facts)
        draft = produced.draft
        ctx = ScoringContext(
            post=post,
            text=draft.text,
            facts=produced.facts,
            expect=case.expect,
            escalation=draft.escalation,
            citations=draft.citations,
            brand=self.settings.brand,
            platform_limits=self.settings.platform_limits,
        )
        specs = list(case.assert_) + expectation_assertions(case.assert_, ctx)
        results = await self._assertions(job.suite, specs, ctx)
        scores, overall, passed = aggregate(results, case.threshold)
        return {
            "prompt_version": draft.prompt_version,
            "draft": draft.model_dump(mode="json"),
            "facts": [
                {
                    "id": f.id,
                    "doc_id": f.doc_id,
                    "source": f.source,
                    "text": f.text[:_FACT_TEXT_LIMIT],
                }
                for f in produced.facts
            ],
            "expected_escalation": (
                case.expect.escalation.model_dump(mode="json") if case.expect.escalation else None
            ),
            "assertions": _assertion_dicts(results),
            "scores": scores,
            "score": overall,
            "passed": passed,
        }

    async def _assertions(
        self, suite: Suite, specs: list[AssertionSpec], ctx: ScoringContext
    ) -> list[AssertionResult]:
        """`run_assertions`, with the deterministic checks scored in the worker process
        when the run has one and it takes the case (else here, as without a worker)."""
        scorer = self._scorer
        if scorer is not None:
            checks = deterministic(specs)
            scored = await scorer.score(checks, ctx) if checks else None
            if scored is not None:
                graded = [s for s in specs if not is_deterministic(s)]
                judged = iter(
                    await run_assertions(
                        graded, ctx, judge_for=self._judge_for, default_grader=self._grader(suite)
                    )
                    if graded
                    else ()
                )
                done = iter(scored)
                return [next(done) if is_deterministic(s) else next(judged) for s in specs]
        return await run_assertions(
            specs, ctx, judge_for=self._judge_for, default_grader=self._grader(suite)
        )

    def _grader(self, suite: Suite) -> str | None:
        return self.judge or suite.judge


@cache
def _results_adapter() -> TypeAdapter[list[AssertionResult]]:
    from pydantic import TypeAdapter

    return TypeAdapter(list[AssertionResult])


def _assertion_dicts(results: list[AssertionResult]) -> list[dict[str, Any]]:
    """The case's assertion results as `model_dump(mode="json")` gives them, in one call
    into pydantic for the list instead of one per assertion (about 18 per case)."""
    dumped: list[dict[str, Any]] = _results_adapter().dump_python(results, mode="json")
    return dumped


def _prefetch_hook(drafter: Drafter) -> tuple[Any, Callable[[_Job], Any]]:
    """What the prefetch thread calls for a drafter's upcoming cases, and what it hands
    it per case: ``prepare`` with (post, facts) pairs, else ``prefetch`` with posts, else
    nothing (None)."""
    prepare = getattr(drafter, "prepare", None)
    if prepare is not None:
        return prepare, lambda job: (job.post, job.facts)
    return getattr(drafter, "prefetch", None), lambda job: job.post


def _failed(reason: str) -> dict[str, Any]:
    return {
        "prompt_version": None,
        "draft": None,
        "facts": [],
        "expected_escalation": None,
        "assertions": [],
        "scores": {},
        "score": 0.0,
        "passed": False,
        "error": reason,
    }


def _jobs(suites: Sequence[Suite], variants: Sequence[Variant], repeat: int) -> Iterator[_Job]:
    for suite in suites:
        for variant in variants:
            for case in suite.cases:
                for r in range(repeat):
                    yield _Job(suite, case, variant, r)


def _count(suites: Sequence[Suite], variants: Sequence[Variant], repeat: int) -> int:
    return sum(len(s.cases) for s in suites) * len(variants) * repeat


def _done_keys(path: Path) -> set[str]:
    """Keys of the cases that finished without error. The file is rewritten without torn
    lines (a crash mid-write) and without errored cases (timeouts, provider failures),
    which the resumed run tries again: the file stays valid JSON Lines, one record per
    case."""
    if not path.exists():
        return set()
    keys: set[str] = set()
    kept: list[str] = []
    changed = False
    # errors="replace": a byte that is not UTF-8 (a file passed through a Latin-1 tool)
    # costs that character, not the run; a line it breaks is dropped like a torn one.
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except ValueError:
                changed = True
                continue
            if not isinstance(record, dict) or not isinstance(record.get("key"), str):
                changed = True
                continue
            if record.get("error") is not None or record["key"] in keys:
                changed = True
                continue
            keys.add(record["key"])
            kept.append(line if line.endswith("\n") else line + "\n")
    if changed:
        tmp = path.with_suffix(".tmp")
        tmp.write_text("".join(kept), encoding="utf-8")
        tmp.replace(path)
    return keys


def _write_manifest(
    out: Path, suites: Sequence[Suite], variants: Sequence[Variant], options: RunOptions
) -> None:
    manifest = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "suites": [{"name": s.name, "path": s.path, "cases": len(s.cases)} for s in suites],
        "variants": [
            {"label": v.label, "provider": v.provider, "prompts": str(v.prompts or "")}
            for v in variants
        ],
        "repeat": options.repeat,
        "concurrency": options.concurrency,
        "cache": options.use_cache,
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def read_results(path: Path, *, unreadable: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """Stream the records of a run (a run folder or its results.jsonl). Lines that are not
    a JSON object (torn by a crash, broken by hand) are left out; their numbers are
    appended to `unreadable` when given, so a caller can say so."""
    file = path / RESULTS_FILE if path.is_dir() else path
    if not file.is_file():
        raise EvaluationError(f"no results found at {file}")
    # As in _done_keys: a byte that is not UTF-8 costs a character, not the whole file.
    with file.open(encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                yield record
            elif unreadable is not None:
                unreadable.append(number)


def run_sync(coro: Awaitable[RunStats]) -> RunStats:
    async def main() -> RunStats:
        return await coro

    return asyncio.run(main())
