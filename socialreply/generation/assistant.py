"""`ReplyAssistant`: the drafting pipeline (triage, retrieve, render, generate, guardrails).

Async core, thin sync wrappers. One draft:

1. validate the post (empty -> `InvalidPostError`; very long -> truncated for the prompt;
   lone surrogates from bad bytes -> U+FFFD), each repair adds an ``invalid_input`` warning;
2. triage (rules, no model);
3. retrieve facts (in a worker thread: Chroma and the embedder are blocking) unless the
   caller gives them; add a ``no_knowledge`` signal when nothing relevant came back and
   the post needs an answer;
4. crisis or urgent posts get the deterministic holding reply and never reach the model;
5. otherwise render the platform prompt and generate (or build the macro draft when the
   provider is ``macros``); ungrounded claims and over-long replies are re-asked once;
6. guardrails repair PII echoes, foreign links, banned phrases and length.

A provider failure after its retries, output still invalid after re-asks, or a claim
still unsupported after the grounding re-ask all give the macro draft with warning
``llm_fallback``: a draft is never lost.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import Settings
from ..errors import ConfigError, InvalidPostError
from ..platforms import PlatformProfile, get_profile
from ..surrogates import has_lone_surrogates, replace_lone_surrogates
from ..triage.engine import prefetch_triage
from ..types import (
    Citation,
    Draft,
    DraftWarning,
    Fact,
    Post,
    Signal,
    TriageResult,
    Usage,
)
from . import guardrails
from .draft_prep import PreparedDraft, prepare_async, prepare_many
from .macros import MacroEngine
from .model_turns import MODEL_SLOTS, Fallback, generate_reply
from .prompting import PromptPack
from .providers.base import ChatModel, Message

if TYPE_CHECKING:
    from ..feedback import FeedbackRecord, FeedbackStore
    from ..knowledge.retrieval import Retriever

T = TypeVar("T")
log = logging.getLogger("socialreply.knowledge")

# Longer posts are cut for triage-independent steps (retrieval query, prompt): nobody
# writes a real 100 KB comment, and the model's context is finite.
MAX_PROMPT_POST_CHARS = 4000
MAX_THREAD_MESSAGES = 5
# Drafts whose intent and facts `record_feedback` can still store (the latest ones made).
REMEMBERED_DRAFTS = 1024


@dataclass
class DraftTrace:
    """A draft with what produced it (for evaluation, debugging and the demo)."""

    draft: Draft
    facts: list[Fact]
    triage: TriageResult
    intent: str | None = None
    messages: list[Message] = field(default_factory=list)


class ReplyAssistant:
    """Drafts replies to customer posts. Build once with `from_settings`, reuse."""

    def __init__(
        self,
        settings: Settings,
        *,
        knowledge_base: Retriever | None = None,
        knowledge_base_factory: Callable[[], Retriever] | None = None,
        model: ChatModel | None = None,
        prompts: PromptPack | None = None,
        feedback_store: FeedbackStore | None = None,
    ) -> None:
        self.settings = settings
        self._feedback_store = feedback_store
        self.model = model
        self.prompts = prompts or PromptPack(brand=settings.brand)
        self.macros = MacroEngine(self.prompts)
        self._kb = knowledge_base
        self._kb_factory = knowledge_base_factory
        # Why drafts will have no facts (the knowledge base opened from settings does not
        # exist yet or is empty), set when it is opened and then passed to `on_no_facts`
        # (a warning in the log; the CLI prints it).
        self.no_facts_note: str | None = None
        self.on_no_facts: Callable[[str], None] = log.warning
        self._kb_lock = threading.Lock()
        self._policy: Any = None
        # Drafts prepared ahead (`prepare_drafts`), by id of their post; each is taken once.
        self._prepared: dict[int, PreparedDraft] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_lock = threading.Lock()
        self._feedback_lock = threading.Lock()
        # What the service stores with a draft but a `Draft` does not carry (its intent and
        # facts live on the trace), by draft id: `record_feedback(draft=, post=)` stores
        # them too, so `feedback stats` groups a Python draft by intent like a served one.
        self._made: OrderedDict[str, tuple[str | None, list[Fact]]] = OrderedDict()
        self._made_lock = threading.Lock()

    @classmethod
    def from_settings(
        cls,
        settings: Settings | None = None,
        *,
        knowledge_base: Retriever | None = None,
        model: ChatModel | Any | None = None,
        prompts_dir: str | Path | None = None,
    ) -> ReplyAssistant:
        """The assistant for `settings`: the provider from ``settings.provider`` unless
        `model` is given (a `ChatModel` or a LangChain chat model), the knowledge base
        from ``settings`` (opened on first use) unless `knowledge_base` is given."""
        settings = settings or Settings.load()
        chat_model: ChatModel | None
        if model is not None:
            chat_model = _as_chat_model(model)
        elif settings.provider.strip().lower() == "macros":
            chat_model = None
        else:
            from .providers import resolve_model

            chat_model = resolve_model(settings.provider, settings)

        def open_kb() -> Retriever:
            # Reading never creates the store: a missing folder gives no facts (and a note)
            # until `kb ingest` creates it.
            from ..knowledge.availability import open_for_drafting

            return open_for_drafting(settings)

        return cls(
            settings,
            knowledge_base=knowledge_base,
            knowledge_base_factory=None if knowledge_base is not None else open_kb,
            model=chat_model,
            prompts=PromptPack(prompts_dir, brand=settings.brand),
        )

    # --- public API ---------------------------------------------------------------------
    @property
    def provider(self) -> str:
        return self.model.provider if self.model is not None else "macros"

    @property
    def prompt_version(self) -> str:
        return self.prompts.version

    @property
    def knowledge_base(self) -> Retriever:
        with self._kb_lock:
            if self._kb is None:
                if self._kb_factory is None:
                    raise ConfigError(
                        "no knowledge base configured: pass knowledge_base= or facts="
                    )
                from ..knowledge.availability import no_facts_note

                kb = self._kb_factory()
                self.no_facts_note = no_facts_note(kb)
                self._kb = kb
                if self.no_facts_note:
                    self.on_no_facts(self.no_facts_note)
            return self._kb

    def triage(self, post: Post | str, *, platform: str = "x") -> TriageResult:
        from ..triage import triage as run_triage

        checked, _warnings, _text = self._validate(post, platform)
        # The semantic pass (embeddings vs exemplars) runs unless the triage policy turns
        # it off: a reworded crisis must not get an auto-sent reply.
        result: TriageResult = run_triage(
            checked, platform=checked.platform, policy=self._triage_policy(), semantic=True
        )
        return result

    def prefetch_triage(self, posts: Sequence[Post]) -> None:
        """`triage.engine.prefetch_triage` with this assistant's policy (same results)."""
        prefetch_triage(posts, policy=self._triage_policy())

    def draft(self, post: Post | str, *, platform: str = "x") -> Draft:
        return self._run_sync(self.adraft(post, platform=platform))

    async def adraft(self, post: Post | str, *, platform: str = "x") -> Draft:
        return (await self.adraft_trace(post, platform=platform)).draft

    async def adraft_many(
        self,
        posts: Sequence[Post | str],
        concurrency: int = 8,
        *,
        platform: str = "x",
        on_done: Callable[[int, Draft], None] | None = None,
    ) -> list[Draft]:
        """Draft many posts with at most `concurrency` model requests in flight; results
        in input order. About 1.5 x `concurrency` posts are under way at once, so one
        post's local work (triage, retrieval, guardrails) overlaps others' model calls.
        `on_done(index, draft)` is called as each one finishes (progress bars).

        Every post is checked first: an invalid one (empty, not a post) raises
        `InvalidPostError` naming its index before any model request, so no draft is made
        and then lost with the batch. (`draft_records`, the CLI's batch, reports such a
        post on its line and drafts the others instead.)"""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        for index, post in enumerate(posts):
            try:
                self._validate(post, platform)
            except InvalidPostError as exc:
                raise InvalidPostError(f"post {index}: {exc}") from None
        under_way = asyncio.Semaphore(concurrency + max(2, concurrency // 2))

        async def one(index: int, post: Post | str) -> Draft:
            async with under_way:
                result = await self.adraft(post, platform=platform)
            if on_done is not None:
                on_done(index, result)
            return result

        # The tasks gather() creates copy this context, slots included.
        token = MODEL_SLOTS.set(asyncio.Semaphore(concurrency))
        try:
            return list(await asyncio.gather(*(one(i, p) for i, p in enumerate(posts))))
        finally:
            MODEL_SLOTS.reset(token)

    def draft_many(
        self, posts: Sequence[Post | str], concurrency: int = 8, *, platform: str = "x"
    ) -> list[Draft]:
        return self._run_sync(self.adraft_many(posts, concurrency, platform=platform))

    async def adraft_trace(
        self,
        post: Post | str,
        *,
        facts: Sequence[Fact] | None = None,
        platform: str = "x",
    ) -> DraftTrace:
        """Draft one post and return the facts, triage and prompt behind it. `facts`
        replaces retrieval (evaluation with a fixed knowledge override). A draft prepared
        ahead for this very post and `facts` (`prepare_drafts`) is used instead of
        preparing it here."""
        started = time.perf_counter()
        prepared = self._take_prepared(post, facts)
        if prepared is None:
            prepared = await prepare_async(self, post, facts, platform)
        trace = await self._draft_prepared(prepared, started)
        with self._made_lock:
            self._made[trace.draft.id] = (trace.intent, list(trace.facts))
            while len(self._made) > REMEMBERED_DRAFTS:
                self._made.popitem(last=False)
        return trace

    def prepare_drafts(self, items: Sequence[tuple[Post, Sequence[Fact] | None]]) -> None:
        """Prepare the drafts of many (post, facts) pairs ahead, off the event loop (the
        eval runner's prefetch thread): their triage batched, then for each what
        `adraft_trace(post, facts=facts)` does before asking the model (`draft_prep.py`).
        That call then takes the prepared draft (once) instead of preparing it; a post
        that fails to prepare is left to it (it raises there)."""
        self._prepared.update(prepare_many(self, items))

    def _take_prepared(
        self, post: Post | str, facts: Sequence[Fact] | None
    ) -> PreparedDraft | None:
        if not self._prepared or isinstance(post, str):
            return None
        prepared = self._prepared.pop(id(post), None)
        if prepared is None or not prepared.matches(post, facts):
            return None
        return prepared

    async def _draft_prepared(self, prepared: PreparedDraft, started: float) -> DraftTrace:
        """Ask the model (unless a holding reply or the macros stand in), repair, build
        the draft."""
        from ..triage import merge_signals

        policy = self._triage_policy()
        checked, warnings, text = prepared.checked, prepared.warnings, prepared.text
        profile, found, tri = prepared.profile, prepared.found, prepared.tri
        relevant, question, holding = prepared.relevant, prepared.question, prepared.holding
        escalation, name, intent = prepared.escalation, prepared.name, prepared.intent
        messages = prepared.messages
        usage = Usage()
        provider = self.provider
        model_name = self.model.model_name if self.model is not None else None
        citations: list[Fact]

        if holding or self.model is None:
            macro = self.macros.draft(
                text,
                profile,
                found,
                relevant=relevant,
                holding=holding,
                question=question,
                name=name,
                private=bool(tri.pii),
            )
            body, citations, intent = macro.text, macro.facts, macro.intent
            if holding:
                escalation = escalation.model_copy(update={"auto_send": False})
                warnings.append(
                    DraftWarning(
                        code="holding_reply",
                        message=f"{escalation.level} escalation "
                        f"({', '.join(escalation.categories)}): holding reply, "
                        "a person must handle this post",
                    )
                )
            provider, model_name = "macros", None
        else:
            labelled, sources = prepared.labelled, prepared.sources
            assert self.model is not None and sources is not None
            try:
                generated = await generate_reply(
                    self.model,
                    self.settings,
                    self.provider,
                    messages,
                    profile,
                    sources,
                    checked.text,
                )
            except Fallback as fb:
                macro = self.macros.draft(
                    text,
                    profile,
                    found,
                    relevant=relevant,
                    question=question,
                    name=name,
                    private=bool(tri.pii),
                )
                body, citations, intent = macro.text, macro.facts, macro.intent
                warnings.extend(fb.warnings)
                usage = fb.usage
                provider, model_name = "macros", None
            else:
                body = generated.text
                warnings.extend(generated.warnings)
                usage = generated.usage
                model_name = generated.model or model_name
                by_id = {**{f.id: f for f in found}, **labelled}
                cited = [by_id[i.strip()] for i in generated.cited if i.strip() in by_id]
                citations = list({f.id: f for f in cited}.values())
                if generated.needs_human:
                    signal = Signal(
                        category="human_request",
                        evidence=(generated.reason or "the model asked for a human")[:200],
                        source="llm",
                    )
                    escalation = merge_signals(escalation, [signal], policy)
                    escalation = escalation.model_copy(update={"auto_send": False})

        body, repair_warnings = self._repair(body, profile, found, tri)
        if not body:
            # Every sentence was removed (e.g. all banned): the macro draft stands in.
            macro = self.macros.draft(
                text,
                profile,
                found,
                relevant=relevant,
                holding=holding,
                question=question,
                name=name,
                private=bool(tri.pii),
            )
            body, repair_more = self._repair(macro.text, profile, found, tri)
            citations, provider, model_name = macro.facts, "macros", None
            repair_warnings.extend(repair_more)
        warnings.extend(repair_warnings)

        draft = Draft(
            platform=checked.platform,
            text=body,
            length=guardrails.length(body, profile),
            limit=profile.limit,
            provider=provider,
            model=model_name,
            prompt_version=self.prompts.version,
            escalation=escalation,
            citations=[Citation(id=f.id, doc_id=f.doc_id, source=f.source) for f in citations],
            warnings=_dedupe(warnings),
            usage=usage,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
        )
        return DraftTrace(draft=draft, facts=found, triage=tri, intent=intent, messages=messages)

    def as_runnable(self) -> Any:
        """This assistant as a LangChain ``Runnable`` (input: Post, text or dict; output:
        Draft), so it composes with LCEL chains. Imports langchain-core on call."""
        try:
            from langchain_core.runnables import RunnableLambda
        except ImportError as exc:  # pragma: no cover - depends on the install
            from ..errors import UserError

            raise UserError(
                "as_runnable() needs langchain-core: pip install 'socialreply[langchain]'"
            ) from exc

        def to_post(value: Any) -> Post | str:
            if isinstance(value, Post | str):
                return value
            if isinstance(value, dict):
                return Post.model_validate(value)
            raise InvalidPostError(f"cannot draft a {type(value).__name__}")

        def invoke(value: Any) -> Draft:
            return self.draft(to_post(value))

        async def ainvoke(value: Any) -> Draft:
            return await self.adraft(to_post(value))

        return RunnableLambda(invoke, afunc=ainvoke, name="socialreply_draft")

    # --- agent feedback (socialreply.feedback) ----------------------------------------------
    @property
    def feedback_store(self) -> FeedbackStore:
        """Where drafts and agent decisions are kept: ``settings.database_url``, opened
        on first use, unless a store was passed to the constructor."""
        with self._feedback_lock:
            if self._feedback_store is None:
                from ..feedback import FeedbackStore

                self._feedback_store = FeedbackStore.from_settings(self.settings)
            return self._feedback_store

    def record_feedback(
        self,
        draft_id: str,
        action: str,
        agent: str,
        final_text: str | None = None,
        reason: str | None = None,
        *,
        draft: Draft | None = None,
        post: Post | None = None,
    ) -> FeedbackRecord:
        """Record what an agent did with a draft: ``accepted``, ``edited`` (with the
        ``final_text`` sent) or ``rejected`` (with a ``reason``). Durable on return.

        The service stores every draft it returns; a library caller passes the `draft` and
        its `post` so that the draft is stored first, with the intent and facts this
        assistant drafted it with (among its latest `REMEMBERED_DRAFTS`; none for a draft
        made elsewhere). See `FeedbackStore.record_feedback`.
        """
        from ..errors import DraftNotFoundError

        if draft is not None and draft.id != draft_id:
            raise InvalidPostError(f"draft.id {draft.id!r} is not {draft_id!r}")
        store = self.feedback_store
        if draft is not None and post is not None:
            with self._made_lock:
                intent, facts = self._made.get(draft_id, (None, []))
            try:
                store.get_draft(draft_id)
            except DraftNotFoundError:
                store.save_draft(draft, post=post, intent=intent, facts=facts)
        return store.record_feedback(draft_id, action, agent, final_text, reason)

    def close(self) -> None:
        """Stop the background loop used by the sync wrappers (if one was started)."""
        with self._loop_lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)

    # --- steps ------------------------------------------------------------------------
    def _validate(self, post: Post | str, platform: str) -> tuple[Post, list[DraftWarning], str]:
        """The post, input warnings, and the (possibly shortened) text for the pipeline."""
        if isinstance(post, str):
            get_profile(platform)  # a clear UnknownPlatformError before pydantic's
            post = Post(text=post, platform=platform)  # type: ignore[arg-type]
        elif not isinstance(post, Post):
            raise InvalidPostError(f"expected a Post or str, got {type(post).__name__}")
        warnings: list[DraftWarning] = []
        text = post.text
        if has_lone_surrogates(text):
            text = replace_lone_surrogates(text)
            post = post.model_copy(update={"text": text})
            warnings.append(
                DraftWarning(
                    code="invalid_input",
                    message="the post contained bytes that are not valid UTF-8; replaced",
                )
            )
        if not text.strip():
            raise InvalidPostError("the post text is empty")  # the words triage uses
        if len(text) > MAX_PROMPT_POST_CHARS:
            warnings.append(
                DraftWarning(
                    code="invalid_input",
                    message=f"the post has {len(text)} characters; only the first "
                    f"{MAX_PROMPT_POST_CHARS} were used for retrieval and the prompt",
                )
            )
            text = _clip(text)
        return post, warnings, text

    @property
    def triage_runs_model(self) -> bool:
        """Whether `triage()` runs the semantic pass on MiniLM (milliseconds of CPU, worth a
        worker thread) or only the rules, or the static table (sub-millisecond)."""
        semantic = self._triage_policy().semantic
        # Without the head the exemplars decide, on MiniLM whatever the embedder setting.
        return bool(semantic.enabled) and (semantic.embedder == "minilm" or not semantic.head)

    def _triage_policy(self) -> Any:
        if self._policy is None:
            from ..triage import TriagePolicy

            path = self.settings.triage_policy
            self._policy = TriagePolicy.load(path) if path else TriagePolicy.default()
        return self._policy

    def _is_relevant(self, facts: list[Fact]) -> bool:
        judge = getattr(self.knowledge_base, "is_relevant", None)
        if callable(judge):
            return bool(judge(facts))
        return bool(facts)

    def _redact_for_model(self, post: Post, tri: TriageResult) -> tuple[str, list[str]]:
        """The post and its last thread messages as the model may see them: personal data
        stays on the machine unless the model runs on it too."""
        thread = post.thread[-MAX_THREAD_MESSAGES:]
        if not self.settings.redact_pii_for_llm or self.provider == "local":
            return post.text, thread
        from ..triage import find_pii, redact_pii

        text: str = redact_pii(post.text, tri.pii) if tri.pii else post.text
        return text, [redact_pii(m, find_pii(m)) for m in thread]

    def _sources(self, facts: Sequence[Fact], post_text: str) -> guardrails.GroundingSources:
        brand = self.settings.brand
        return guardrails.GroundingSources(
            facts=[f"{f.title}. {f.text}" for f in facts],
            brand=[brand.name, brand.support_hours, brand.help_url, brand.sign_off],
            post=post_text,
        )

    def _repair(
        self, text: str, profile: PlatformProfile, facts: Sequence[Fact], tri: TriageResult
    ) -> tuple[str, list[DraftWarning]]:
        brand = self.settings.brand
        result = guardrails.scrub(
            text,
            profile=profile,
            pii=tri.pii,
            allowed_link_text=[*(f.text for f in facts), brand.help_url],
            banned_phrases=brand.banned_phrases,
        )
        return result.text, result.warnings

    # --- sync bridge ------------------------------------------------------------------
    def _run_sync(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on this assistant's background loop, so async clients (httpx
        pools, semaphores) stay bound to one loop across sync calls, and so sync calls
        also work from inside a running event loop."""
        with self._loop_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="socialreply-sync", daemon=True
                )
                thread.start()
                self._loop = loop
            loop = self._loop
        future: Future[T] = asyncio.run_coroutine_threadsafe(coro, loop)
        return future.result()


def _dedupe(warnings: list[DraftWarning]) -> list[DraftWarning]:
    seen: set[tuple[str, str]] = set()
    out: list[DraftWarning] = []
    for w in warnings:
        if (w.code, w.message) not in seen:
            seen.add((w.code, w.message))
            out.append(w)
    return out


def _clip(text: str, limit: int = MAX_PROMPT_POST_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit * 0.8 else cut) + " …"


def _first_name(post: Post) -> str | None:
    if post.author is None or not post.author.name:
        return None
    first = post.author.name.split()[0]
    return first if first.isalpha() and len(first) <= 30 else None


def _as_chat_model(model: Any) -> ChatModel:
    if isinstance(model, ChatModel):
        return model
    if hasattr(model, "ainvoke") and hasattr(model, "invoke"):
        # A LangChain BaseChatModel: wrap it without importing langchain here.
        from .providers.langchain import LangChainChatModel

        wrapped: ChatModel = LangChainChatModel(model)
        return wrapped
    raise TypeError(f"not a chat model: {type(model).__name__}")
