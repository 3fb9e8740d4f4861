"""Feedback metrics: what agents did with the drafts, overall and split by dimension.

Definitions (every rate is over *decided* drafts, so the three rates sum to 1):
- ``acceptance_rate``: drafts sent unchanged / decided;
- ``edit_rate``: drafts sent after an edit / decided;
- ``rejection_rate``: drafts rejected / decided;
- ``mean_edit_distance``: mean normalised Levenshtein distance (0 = unchanged,
  1 = rewritten; `rapidfuzz`) between the draft and the text the agent sent, over the drafts
  that were sent (accepted ones count 0).
Rates are ``None`` when nothing has been decided yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, Field
from rapidfuzz.distance import Levenshtein

from ..types import LEVELS

NO_INTENT = "(none)"


def normalised_edit_distance(draft_text: str, final_text: str) -> float:
    """0.0 for identical texts, 1.0 for entirely different ones."""
    return float(Levenshtein.normalized_distance(draft_text, final_text))


class Counts(BaseModel):
    drafts: int = 0
    decided: int = 0
    pending: int = 0
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    acceptance_rate: float | None = None
    edit_rate: float | None = None
    rejection_rate: float | None = None
    mean_edit_distance: float | None = None


class FeedbackMetrics(Counts):
    since: str | None = None
    escalations: dict[str, int] = Field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    by_platform: dict[str, Counts] = Field(default_factory=dict)
    by_intent: dict[str, Counts] = Field(default_factory=dict)
    by_provider: dict[str, Counts] = Field(default_factory=dict)
    by_prompt_version: dict[str, Counts] = Field(default_factory=dict)


@dataclass
class GroupRow:
    """One row of the grouped SQL query (see `FeedbackStore.metrics`)."""

    platform: str
    intent: str | None
    provider: str
    prompt_version: str
    level: str
    drafts: int
    decided: int
    accepted: int
    edited: int
    rejected: int
    distance_sum: float
    distance_count: int


@dataclass
class _Acc:
    drafts: int = 0
    decided: int = 0
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    distance_sum: float = 0.0
    distance_count: int = 0

    def add(self, row: GroupRow) -> None:
        self.drafts += row.drafts
        self.decided += row.decided
        self.accepted += row.accepted
        self.edited += row.edited
        self.rejected += row.rejected
        self.distance_sum += row.distance_sum
        self.distance_count += row.distance_count

    def counts(self) -> dict[str, int | float | None]:
        def rate(n: int) -> float | None:
            return round(n / self.decided, 4) if self.decided else None

        return {
            "drafts": self.drafts,
            "decided": self.decided,
            "pending": self.drafts - self.decided,
            "accepted": self.accepted,
            "edited": self.edited,
            "rejected": self.rejected,
            "acceptance_rate": rate(self.accepted),
            "edit_rate": rate(self.edited),
            "rejection_rate": rate(self.rejected),
            "mean_edit_distance": (
                round(self.distance_sum / self.distance_count, 4) if self.distance_count else None
            ),
        }


def aggregate(rows: Iterable[GroupRow], *, since: str | None = None) -> FeedbackMetrics:
    total = _Acc()
    escalations = dict.fromkeys(LEVELS, 0)
    splits: dict[str, dict[str, _Acc]] = {
        "by_platform": {},
        "by_intent": {},
        "by_provider": {},
        "by_prompt_version": {},
    }
    for row in rows:
        total.add(row)
        escalations[row.level] = escalations.get(row.level, 0) + row.drafts
        keys = {
            "by_platform": row.platform,
            "by_intent": row.intent or NO_INTENT,
            "by_provider": row.provider,
            "by_prompt_version": row.prompt_version,
        }
        for split, key in keys.items():
            splits[split].setdefault(key, _Acc()).add(row)
    return FeedbackMetrics(
        **total.counts(),
        since=since,
        escalations=escalations,
        **{
            split: {key: Counts(**acc.counts()) for key, acc in sorted(groups.items())}
            for split, groups in splits.items()
        },
    )
