"""A tiny stand-in for the drafting pipeline, for the service tests only.

Deterministic: a few keyword rules decide the escalation; the reply is a fixed sentence.
The real `ReplyAssistant` is exercised by its own tests and by `test_service_real.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialreply.errors import InvalidPostError
from socialreply.platforms import get_profile
from socialreply.types import (
    Citation,
    Draft,
    DraftWarning,
    Escalation,
    Fact,
    Post,
    Signal,
    TriageResult,
)

RULES: tuple[tuple[str, str, str], ...] = (
    ("hurt", "safety_injury", "crisis"),
    ("lawyer", "legal_threat", "urgent"),
    ("manager", "human_request", "review"),
)


FACT = Fact(
    id="returns-policy#1",
    doc_id="returns-policy",
    source="knowledge/policies/returns.md",
    title="Returns",
    text="Unworn items can be returned within 30 days of delivery, free of charge.",
)


@dataclass
class StubTrace:
    draft: Draft
    intent: str | None
    facts: list[Fact]


class StubAssistant:
    def __init__(self) -> None:
        self.calls = 0

    def triage(self, post: Post) -> TriageResult:
        if "\x00boom" in post.text:
            raise InvalidPostError("unprocessable post")
        signals = [
            Signal(category=category, evidence=word)  # type: ignore[arg-type]
            for word, category, _ in RULES
            if word in post.text.lower()
        ]
        levels = [level for word, _, level in RULES if word in post.text.lower()]
        order = ["none", "review", "urgent", "crisis"]
        level = max(levels, key=order.index) if levels else "none"
        escalation = Escalation(
            level=level,  # type: ignore[arg-type]
            categories=[s.category for s in signals],
            signals=signals,
            auto_send=level in ("none", "review"),
        )
        return TriageResult(escalation=escalation, language="en")

    async def adraft_trace(self, post: Post) -> StubTrace:
        self.calls += 1
        triage = self.triage(post)
        profile = get_profile(post.platform)
        text = "Thanks for reaching out! Returns are free within 30 days of delivery."
        warnings = []
        if "fail" in post.text.lower():
            warnings.append(DraftWarning(code="llm_fallback", message="provider failed"))
        draft = Draft(
            platform=post.platform,
            text=text,
            length=profile.count(text),
            limit=profile.limit,
            provider="macros",
            prompt_version="sha256:stub",
            escalation=triage.escalation,
            citations=[
                Citation(
                    id="returns-policy#1",
                    doc_id="returns-policy",
                    source="knowledge/policies/returns.md",
                )
            ],
            warnings=warnings,
        )
        return StubTrace(draft=draft, intent="returns", facts=[FACT])
