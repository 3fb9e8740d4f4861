"""What a scorer sees (`ScoringContext`) and what it returns (`Outcome`,
`AssertionResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pydantic import BaseModel

from ..config import BrandSettings
from ..platforms import PlatformProfile, get_profile
from ..types import Citation, Escalation, Fact, PIIMatch, Post
from .suites import Expectations


@dataclass(frozen=True)
class Outcome:
    """A scorer's verdict: a score in [0, 1] and a reason a support lead can read."""

    score: float
    reason: str

    @classmethod
    def ok(cls, reason: str) -> Outcome:
        return cls(1.0, reason)

    @classmethod
    def fail(cls, reason: str, score: float = 0.0) -> Outcome:
        return cls(score, reason)


class AssertionResult(BaseModel):
    type: str
    metric: str
    score: float
    passed: bool
    weight: float
    reason: str
    grader: str | None = None


@dataclass
class ScoringContext:
    """One draft to score, with everything the scorers may compare it against."""

    post: Post
    text: str  # the draft reply
    facts: list[Fact] = field(default_factory=list)  # retrieved or given facts
    expect: Expectations = field(default_factory=Expectations)
    escalation: Escalation | None = None  # the draft's escalation, when a draft was produced
    citations: list[Citation] = field(default_factory=list)
    brand: BrandSettings = field(default_factory=BrandSettings)
    platform_limits: dict[str, int] = field(default_factory=dict)

    @cached_property
    def profile(self) -> PlatformProfile:
        return get_profile(self.post.platform, self.platform_limits)

    @cached_property
    def fact_text(self) -> str:
        """All text a claim may be grounded in: facts, expected facts, brand settings."""
        parts = [f.text for f in self.facts]
        for item in self.expect.must_include_facts:
            parts.extend([item] if isinstance(item, str) else item)
        if self.expect.reference:
            parts.append(self.expect.reference)
        parts.append(self.brand.support_hours)
        if self.brand.help_url:
            parts.append(self.brand.help_url)
        return "\n".join(parts)

    @cached_property
    def loose_text(self) -> str:
        """The draft as `textutil.phrase_in_loose` compares it, built once per draft for
        every phrase of the expected-facts and forbidden-phrase checks."""
        from .textutil import loose_text

        return loose_text(self.text)

    @cached_property
    def post_pii(self) -> list[PIIMatch]:
        from .pii import find_pii

        return find_pii(self.post.text)

    @cached_property
    def draft_pii(self) -> list[PIIMatch]:
        from .pii import find_pii

        return find_pii(self.text)
