"""The part of a draft that does not need the model, as one value (`PreparedDraft`).

`ReplyAssistant.adraft_trace` validates the post, classifies its intent, triages it,
retrieves facts (unless given), decides whether a holding reply stands in, and renders
the prompt, all before the model is asked. None of it depends on the model's answer, so
the eval runner, which knows a suite's posts before it drafts any, has it done ahead in
its prefetch thread (`ReplyAssistant.prepare_drafts`) while other cases wait on the
model: the event loop, whose CPU bounds the run's wall time, then only sends the request
and checks the answer. Both paths run the same steps on the same inputs (`begin`,
`finish`), so a prepared draft equals the one the loop would have prepared; only the
draft's ``latency_ms`` differs (it no longer includes this part).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..platforms import PlatformProfile, get_profile
from ..types import DraftWarning, Escalation, Fact, Post, Signal, TriageResult
from .guardrails import GroundingSources
from .macros import classify_intent, get_intent
from .providers.base import Message

if TYPE_CHECKING:
    from .assistant import ReplyAssistant
    from .intents import Intent

HOLDING_LEVELS = frozenset({"urgent", "crisis"})


@dataclass
class _Start:
    """What validation and the intent give, before triage and retrieval."""

    checked: Post
    warnings: list[DraftWarning]
    text: str
    profile: PlatformProfile
    intent: str | None
    spec: Intent | None

    @property
    def query(self) -> str:
        """The retrieval query: the post, with the intent's hint when it has one."""
        spec = self.spec
        return f"{self.text}\n{spec.hint}" if spec is not None and spec.hint else self.text


@dataclass
class PreparedDraft:
    """Everything `adraft_trace` knows before it asks the model. ``post`` and
    ``facts_given`` are the caller's objects (the prepared draft is used only for those:
    compared by identity), ``messages`` is the rendered prompt (empty when a holding reply
    or the macros stand in), ``labelled`` the facts by the short labels the prompt uses."""

    post: Post
    facts_given: Sequence[Fact] | None
    checked: Post
    warnings: list[DraftWarning]
    text: str
    profile: PlatformProfile
    intent: str | None
    tri: TriageResult
    found: list[Fact]
    relevant: bool
    escalation: Escalation
    question: bool
    holding: bool
    name: str | None
    messages: list[Message]
    labelled: dict[str, Fact]
    sources: GroundingSources | None  # what the model's claims are checked against

    def matches(self, post: Post, facts: Sequence[Fact] | None) -> bool:
        return self.post is post and self.facts_given is facts


def begin(assistant: ReplyAssistant, post: Post | str, platform: str) -> _Start:
    checked, warnings, text = assistant._validate(post, platform)
    profile = get_profile(checked.platform, assistant.settings.platform_limits)
    intent = classify_intent(text)
    spec = get_intent(intent) if intent else None
    return _Start(checked, warnings, text, profile, intent, spec)


def finish(
    assistant: ReplyAssistant,
    post: Post | str,
    facts: Sequence[Fact] | None,
    start: _Start,
    tri: TriageResult,
    found: list[Fact],
    relevant: bool,
) -> PreparedDraft:
    """The escalation (with ``no_knowledge`` when nothing relevant came back for a post
    that needs an answer), the holding decision and the prompt."""
    from ..triage import is_question, merge_signals
    from .assistant import _clip, _first_name

    policy = assistant._triage_policy()
    text, spec, checked = start.text, start.spec, start.checked
    escalation = tri.escalation
    question = is_question(text)
    if not relevant and (question or (spec is not None and spec.needs_facts)):
        signal = Signal(
            category="no_knowledge",
            evidence=" ".join(text.split())[:80],
            source="retrieval",
        )
        escalation = merge_signals(escalation, [signal], policy)
    holding = escalation.level in HOLDING_LEVELS
    name = _first_name(checked)
    messages: list[Message] = []
    labelled: dict[str, Fact] = {}
    sources = None
    if not holding and assistant.model is not None:
        post_for_model, thread_for_model = assistant._redact_for_model(checked, tri)
        # The model cites short labels (F1, F2 …) rather than content-hash chunk ids:
        # fewer output tokens, and a small model copies them correctly.
        labelled = {f"F{i}": fact for i, fact in enumerate(found, start=1)}
        messages = assistant.prompts.render(
            post=_clip(post_for_model),
            profile=start.profile,
            facts=[f.model_copy(update={"id": label}) for label, f in labelled.items()],
            language=tri.language,
            thread=[_clip(m, 1000) for m in thread_for_model],
            author=name,
            escalation=escalation.model_dump(mode="json"),
        )
        sources = assistant._sources(found, checked.text)
    return PreparedDraft(
        post=post if isinstance(post, Post) else checked,
        facts_given=facts,
        checked=checked,
        warnings=start.warnings,
        text=text,
        profile=start.profile,
        intent=start.intent,
        tri=tri,
        found=found,
        relevant=relevant,
        escalation=escalation,
        question=question,
        holding=holding,
        name=name,
        messages=messages,
        labelled=labelled,
        sources=sources,
    )


def _triage(assistant: ReplyAssistant, checked: Post) -> TriageResult:
    from ..triage import triage as run_triage

    result: TriageResult = run_triage(
        checked, platform=checked.platform, policy=assistant._triage_policy(), semantic=True
    )
    return result


def _retrieve(assistant: ReplyAssistant, query: str) -> tuple[list[Fact], bool]:
    found = assistant.knowledge_base.search(query, assistant.settings.retrieval_k)
    return found, assistant._is_relevant(found)


async def prepare_async(
    assistant: ReplyAssistant, post: Post | str, facts: Sequence[Fact] | None, platform: str
) -> PreparedDraft:
    """On the event loop: triage and retrieval side by side in worker threads (each
    spends a few ms in a model; onnxruntime releases the GIL, so they take one core
    each)."""
    start = begin(assistant, post, platform)

    async def retrieve() -> tuple[list[Fact], bool]:
        if facts is not None:
            return list(facts), bool(facts)
        return await asyncio.to_thread(_retrieve, assistant, start.query)

    tri, (found, relevant) = await asyncio.gather(
        asyncio.to_thread(_triage, assistant, start.checked), retrieve()
    )
    return finish(assistant, post, facts, start, tri, found, relevant)


def prepare_sync(
    assistant: ReplyAssistant, post: Post, facts: Sequence[Fact] | None, platform: str
) -> PreparedDraft:
    """Off the event loop: the same steps in turn."""
    return _prepare_rest(assistant, post, facts, begin(assistant, post, platform))


def _prepare_rest(
    assistant: ReplyAssistant, post: Post, facts: Sequence[Fact] | None, start: _Start
) -> PreparedDraft:
    tri = _triage(assistant, start.checked)
    if facts is not None:
        found, relevant = list(facts), bool(facts)
    else:
        found, relevant = _retrieve(assistant, start.query)
    return finish(assistant, post, facts, start, tri, found, relevant)


def prepare_many(
    assistant: ReplyAssistant, items: Sequence[tuple[Post, Sequence[Fact] | None]]
) -> dict[int, PreparedDraft]:
    """The prepared drafts of many (post, facts) pairs, by id of the post (the eval
    runner's prefetch thread). The posts are validated first and their triage batched
    (`prefetch_triage`) over the validated text, as `triage` will read it. A post that
    fails to prepare is left out: its draft prepares it again and raises there."""
    from ..triage.engine import prefetch_triage

    started: list[tuple[Post, Sequence[Fact] | None, _Start]] = []
    for post, facts in items:
        try:
            started.append((post, facts, begin(assistant, post, post.platform)))
        except Exception:
            continue
    try:
        checked = [start.checked for _post, _facts, start in started]
        prefetch_triage(checked, policy=assistant._triage_policy())
    except Exception:  # a cache not filled: each post triages on its own below
        pass
    prepared: dict[int, PreparedDraft] = {}
    for post, facts, start in started:
        try:
            prepared[id(post)] = _prepare_rest(assistant, post, facts, start)
        except Exception:
            continue
    return prepared


def describe(prepared: PreparedDraft) -> dict[str, Any]:
    """The prepared draft as comparable plain data (tests compare both paths)."""
    return {
        "checked": prepared.checked.model_dump(mode="json"),
        "warnings": [w.model_dump(mode="json") for w in prepared.warnings],
        "text": prepared.text,
        "profile": prepared.profile.model_dump(mode="json"),
        "intent": prepared.intent,
        "triage": prepared.tri.model_dump(mode="json"),
        "found": [f.model_dump(mode="json") for f in prepared.found],
        "relevant": prepared.relevant,
        "escalation": prepared.escalation.model_dump(mode="json"),
        "question": prepared.question,
        "holding": prepared.holding,
        "name": prepared.name,
        "messages": [(m.role, m.content) for m in prepared.messages],
        "labelled": {k: f.model_dump(mode="json") for k, f in prepared.labelled.items()},
        "sources": None if prepared.sources is None else vars(prepared.sources),
    }
