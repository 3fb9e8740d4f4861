"""One model turn of a draft: generate the structured reply, then at most one grounding
re-ask and one shortening re-ask.

Kept apart from `ReplyAssistant` (which decides *whether* the model is asked: triage,
holding replies, macros) because this is the part that talks to providers: every way a
provider or its output can fail ends here in `Fallback`, which the assistant turns into
the macro draft with warning ``llm_fallback``, so a draft is never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
from dataclasses import dataclass, field

from ..config import Settings
from ..errors import ModelRequestsForbiddenError, ProviderError
from ..platforms import PlatformProfile
from ..types import DraftWarning, Usage
from . import guardrails
from .providers.base import ChatModel, Completion, Message
from .schema import DraftOutput

# Set by `adraft_many`: bounds the model requests in flight across its posts.
MODEL_SLOTS: contextvars.ContextVar[asyncio.Semaphore | None] = contextvars.ContextVar(
    "socialreply_model_slots", default=None
)


@dataclass
class Generated:
    text: str
    cited: list[str]
    needs_human: bool = False
    reason: str = ""
    warnings: list[DraftWarning] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    model: str | None = None


class Fallback(Exception):
    """Use the macro draft, with these warnings (and the tokens spent so far)."""

    def __init__(self, warnings: list[DraftWarning], usage: Usage) -> None:
        super().__init__("fallback")
        self.warnings = warnings
        self.usage = usage


async def generate_reply(
    model: ChatModel,
    settings: Settings,
    provider: str,
    messages: list[Message],
    profile: PlatformProfile,
    sources: guardrails.GroundingSources,
    post_text: str,
) -> Generated:
    """Generate, then at most one grounding re-ask and one shortening re-ask."""
    usage = Usage()
    warnings: list[DraftWarning] = []
    call = functools.partial(_call, model, settings, provider)

    output, completion = await call(messages, usage, warnings, profile=profile)
    not_a_reply = guardrails.non_reply_reason(output.reply, post_text)
    if not_a_reply:
        warnings.append(fallback_warning(provider, not_a_reply))
        raise Fallback(warnings, usage)
    ungrounded = guardrails.find_ungrounded_claims(output.reply, sources)
    if ungrounded:
        listed = ", ".join(f'"{c}"' for c in ungrounded)
        followup = [
            *messages,
            Message("assistant", completion.text),
            Message(
                "user",
                f"Your reply states {listed}, which the FACTS do not support. Rewrite "
                "the reply without any number, price, duration or policy that is not "
                "in the FACTS. Answer with the JSON object only.",
            ),
        ]
        output, completion = await call(followup, usage, warnings, profile=profile, reasks=0)
        still = guardrails.find_ungrounded_claims(output.reply, sources)
        resolution = "removed after one re-ask"
        if still:
            warnings.append(
                DraftWarning(
                    code="ungrounded_claim",
                    message=f"model stated {listed} without a supporting fact and "
                    "kept unsupported claims after a re-ask; used the macro draft",
                )
            )
            warnings.append(fallback_warning(provider, "ungrounded claims"))
            raise Fallback(warnings, usage)
        warnings.append(
            DraftWarning(
                code="ungrounded_claim",
                message=f"model stated {listed} without a supporting fact; {resolution}",
            )
        )
    size = guardrails.length(output.reply, profile)
    if size > profile.limit:
        followup = [
            *messages,
            Message("assistant", completion.text),
            Message(
                "user",
                f"The reply is {size} characters; the limit is "
                f"{profile.limit}. Rewrite it shorter, same facts, JSON only.",
            ),
        ]
        try:
            shorter, _ = await call(followup, usage, warnings, profile=profile, reasks=0)
        except Fallback:
            shorter = None  # keep the long grounded reply; the guardrail cuts it
        if shorter is not None and not guardrails.find_ungrounded_claims(shorter.reply, sources):
            output = shorter
    return Generated(
        text=output.reply.strip(),
        cited=list(output.cited_fact_ids),
        needs_human=output.needs_human,
        reason=output.reason,
        warnings=warnings,
        usage=usage,
        model=completion.model,
    )


async def _call(
    model: ChatModel,
    settings: Settings,
    provider: str,
    messages: list[Message],
    usage: Usage,
    warnings: list[DraftWarning],
    *,
    profile: PlatformProfile,
    reasks: int | None = None,
) -> tuple[DraftOutput, Completion]:
    from .structured import generate_structured

    slots = MODEL_SLOTS.get()
    try:
        async with slots if slots is not None else contextlib.nullcontext():
            output, completion = await generate_structured(
                model,
                messages,
                DraftOutput,
                reasks=settings.reasks if reasks is None else reasks,
                max_tokens=token_budget(profile, settings.max_output_tokens),
                temperature=settings.temperature,
            )
    except ModelRequestsForbiddenError:
        raise  # a test that forgot to allow model calls must fail, not fall back
    except ProviderError as exc:
        warnings.append(fallback_warning(provider, f"{type(exc).__name__}: {exc}"))
        raise Fallback(warnings, usage) from exc
    usage.prompt_tokens += completion.usage.prompt_tokens
    usage.completion_tokens += completion.usage.completion_tokens
    if not output.reply.strip():
        warnings.append(fallback_warning(provider, "empty reply"))
        raise Fallback(warnings, usage)
    return output, completion


def token_budget(profile: PlatformProfile, configured: int) -> int:
    """Output tokens for one reply: the JSON wrapper plus the platform's limit at about
    three characters per token, capped by the setting. A short platform then cannot make a
    slow local model generate hundreds of tokens."""
    return max(64, min(configured, 120 + profile.limit // 2))


def fallback_warning(provider: str, reason: str) -> DraftWarning:
    return DraftWarning(
        code="llm_fallback",
        message=f"provider {provider!r} gave no usable draft ({reason}); macro draft used",
    )
