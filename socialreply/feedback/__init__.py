"""Agent feedback: drafts shown to agents, their decisions (accepted, edited, rejected),
metrics over them and the export of decisions to evaluation suites."""

from __future__ import annotations

from .metrics import Counts, FeedbackMetrics, normalised_edit_distance
from .store import (
    DEFAULT_TENANT,
    FEEDBACK_ACTIONS,
    FeedbackAction,
    FeedbackRecord,
    FeedbackStore,
    StoredDraft,
    parse_since,
)

__all__ = [
    "Counts",
    "DEFAULT_TENANT",
    "FEEDBACK_ACTIONS",
    "FeedbackAction",
    "FeedbackMetrics",
    "FeedbackRecord",
    "FeedbackStore",
    "StoredDraft",
    "normalised_edit_distance",
    "parse_since",
]
