"""Pydantic types shared by every layer: the contract between triage, retrieval,
generation, evaluation and the interfaces (CLI, HTTP, Python).

`Draft.model_dump(mode="json")` is the stable JSON documented in DESIGN.md; keep field
names and order unchanged.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

Platform = Literal[
    "x",
    "x_dm",
    "facebook",
    "messenger",
    "instagram",
    "instagram_dm",
    "linkedin",
    "tiktok",
    "youtube",
]
PLATFORMS: tuple[str, ...] = get_args(Platform)

EscalationLevel = Literal["none", "review", "urgent", "crisis"]
LEVELS: tuple[str, ...] = get_args(EscalationLevel)

Category = Literal[
    "legal_threat",
    "regulatory",
    "safety_injury",
    "self_harm",
    "violence_threat",
    "data_breach",
    "fraud_payment",
    "privacy_exposure",
    "discrimination_harassment",
    "media_inquiry",
    "human_request",
    "high_anger",
    "viral_risk",
    "no_knowledge",
    "prompt_injection",
]
CATEGORIES: tuple[str, ...] = get_args(Category)

SignalSource = Literal["rule", "llm", "policy", "retrieval", "metrics", "semantic"]

PIIKind = Literal["email", "phone", "card_number", "order_number", "address"]


def new_id(prefix: str) -> str:
    """A short random id such as ``drf_3f9a…``; prefixes say what the id names."""
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Author(_Model):
    handle: str | None = None
    name: str | None = None
    followers: int | None = Field(default=None, ge=0)
    verified: bool = False


class PostMetrics(_Model):
    """Optional engagement numbers; `viral_risk` is computed from them."""

    likes: int = Field(default=0, ge=0)
    replies: int = Field(default=0, ge=0)
    reposts: int = Field(default=0, ge=0)
    views: int | None = Field(default=None, ge=0)
    age_minutes: float | None = Field(default=None, ge=0)
    followers: int | None = Field(default=None, ge=0)
    verified: bool | None = None


# C0 controls but tab, newline and carriage return, and DEL: each becomes a space.
_CONTROLS = {code: " " for code in (*range(0x20), 0x7F) if chr(code) not in "\t\n\r"}


class Post(_Model):
    """A customer post (public comment or private message) to reply to."""

    id: str = Field(default_factory=lambda: new_id("post"))
    text: str
    platform: Platform = "x"
    author: Author | None = None
    metrics: PostMetrics | None = None
    thread: list[str] = Field(default_factory=list)
    language: str | None = None

    @field_validator("text")
    @classmethod
    def _no_nul(cls, value: str) -> str:
        # NUL and other C0 controls (except tab/newline) carry no meaning in a post and
        # break downstream tools (SQLite, terminals); they are replaced, never fatal.
        # (One `str.translate`, not a loop over every character: the batch CLI's hot path.)
        return value.translate(_CONTROLS)


class Fact(_Model):
    """A retrieved knowledge-base chunk."""

    id: str
    doc_id: str
    source: str
    title: str = ""
    score: float = 0.0
    text: str
    metadata: dict[str, Any] = Field(default_factory=dict)


class Signal(_Model):
    category: Category
    evidence: str
    source: SignalSource = "rule"
    start: int | None = Field(default=None, exclude=True)
    end: int | None = Field(default=None, exclude=True)


class Escalation(_Model):
    level: EscalationLevel = "none"
    categories: list[Category] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)
    auto_send: bool = True


class PIIMatch(_Model):
    kind: PIIKind
    text: str
    start: int
    end: int


class TriageResult(_Model):
    escalation: Escalation
    pii: list[PIIMatch] = Field(default_factory=list)
    language: str | None = None


class Citation(_Model):
    id: str
    doc_id: str
    source: str


class DraftWarning(_Model):
    code: str
    message: str


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Draft(_Model):
    id: str = Field(default_factory=lambda: new_id("drf"))
    platform: Platform
    text: str
    length: int
    limit: int
    provider: str
    model: str | None = None
    prompt_version: str
    escalation: Escalation
    citations: list[Citation] = Field(default_factory=list)
    warnings: list[DraftWarning] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0

    def has_warning(self, code: str) -> bool:
        return any(w.code == code for w in self.warnings)
