"""Request and response bodies of the HTTP API (the OpenAPI schema is built from these)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..feedback import FeedbackAction
from ..types import (
    Author,
    Draft,
    EscalationLevel,
    PIIMatch,
    Platform,
    Post,
    PostMetrics,
    Signal,
)

MAX_TEXT = 10_000


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PostRequest(_Body):
    """A customer post, as a helpdesk has it."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    platform: Platform
    id: str | None = Field(
        default=None, min_length=1, max_length=200, description="The helpdesk's post id."
    )
    author: Author | None = None
    metrics: PostMetrics | None = None
    thread: list[str] = Field(default_factory=list, max_length=50)
    language: str | None = Field(default=None, min_length=2, max_length=16)

    def to_post(self) -> Post:
        data = self.model_dump(exclude_none=True)
        return Post.model_validate(data)


class TriageResponse(BaseModel):
    """The escalation object of DESIGN.md plus ``pii`` and ``language``."""

    level: EscalationLevel
    categories: list[str]
    signals: list[Signal]
    auto_send: bool
    pii: list[PIIMatch]
    language: str | None


class FeedbackRequest(_Body):
    action: FeedbackAction
    agent: str = Field(min_length=1, max_length=200)
    final_text: str | None = Field(default=None, max_length=MAX_TEXT)
    reason: str | None = Field(default=None, max_length=2_000)
    confirm_crisis: bool = Field(
        default=False,
        description="Must be true to accept or edit-and-accept a crisis-level draft.",
    )


class FeedbackResponse(BaseModel):
    id: str
    draft_id: str
    action: FeedbackAction
    agent: str
    final_text: str | None
    reason: str | None
    edit_distance: float | None
    created_at: str


class QueueItem(BaseModel):
    draft: Draft
    post: Post
    intent: str | None
    created_at: str
    status: Literal["pending", "accepted", "edited", "rejected"]


class QueueResponse(BaseModel):
    items: list[QueueItem]


class ErrorDetail(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorBody(BaseModel):
    error: ErrorInfo


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, str] = Field(default_factory=dict)


class Readiness(Health):
    """`/readyz`: `Health`, and what works but degrades drafts (a knowledge base with no
    facts: every draft that needs one escalates with ``no_knowledge``), which does not
    make the service unready."""

    warnings: list[str] = Field(default_factory=list)


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> Any:
    return ErrorBody(
        error=ErrorInfo(
            code=code,
            message=message,
            details=[ErrorDetail.model_validate(d) for d in details or []],
        )
    ).model_dump(mode="json")
