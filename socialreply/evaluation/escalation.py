"""Escalation scoring: per case (level and categories) and per suite (precision and
recall of "goes to a human" and of each category)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import LEVELS
from .context import Outcome, ScoringContext


def escalation(ctx: ScoringContext, value: Any) -> Outcome:
    exp = ctx.expect.escalation
    if exp is None:
        return Outcome.ok("no escalation expectation")
    if ctx.escalation is None:
        return Outcome.fail("no escalation data for this draft")
    got = ctx.escalation
    problems = []
    parts = 0.0
    total = 0.0
    if exp.level is not None:
        total += 1
        if got.level == exp.level:
            parts += 1
        else:
            # Partial credit by distance on the none < review < urgent < crisis ladder.
            dist = abs(LEVELS.index(got.level) - LEVELS.index(exp.level))
            parts += max(0.0, 1 - dist / 2)
            problems.append(f"level {got.level!r}, expected {exp.level!r}")
    if exp.categories or exp.exact:
        total += 1
        missing = [c for c in exp.categories if c not in got.categories]
        extra = [c for c in got.categories if c not in exp.categories] if exp.exact else []
        if missing:
            problems.append(f"missing categories: {', '.join(missing)}")
        if extra:
            problems.append(f"unexpected categories: {', '.join(extra)}")
        if exp.categories:
            parts += (len(exp.categories) - len(missing)) / len(exp.categories)
        else:
            parts += 0.0 if extra else 1.0
        if extra and exp.categories:
            parts -= 0.5 * min(1.0, len(extra) / len(exp.categories))
    if problems:
        return Outcome.fail("; ".join(problems), score=max(0.0, parts / total) if total else 0)
    cats = ", ".join(got.categories) or "no categories"
    return Outcome.ok(f"level {got.level} ({cats}) as expected")


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r}


@dataclass
class EscalationStats:
    """Accumulates per-case escalation outcomes into precision/recall, streaming."""

    escalate: _Counts = field(default_factory=_Counts)  # "needs a human": level != none
    categories: dict[str, _Counts] = field(default_factory=dict)
    level_correct: int = 0
    cases: int = 0

    def add(
        self,
        expected_level: str | None,
        expected_categories: list[str],
        got_level: str,
        got_categories: list[str],
    ) -> None:
        self.cases += 1
        if expected_level is not None:
            exp_pos = expected_level != "none"
            got_pos = got_level != "none"
            if exp_pos and got_pos:
                self.escalate.tp += 1
            elif got_pos:
                self.escalate.fp += 1
            elif exp_pos:
                self.escalate.fn += 1
            self.level_correct += int(expected_level == got_level)
        for cat in set(expected_categories) | set(got_categories):
            counts = self.categories.setdefault(cat, _Counts())
            if cat in expected_categories and cat in got_categories:
                counts.tp += 1
            elif cat in got_categories:
                # Extra categories only count against precision when the case states its
                # expected level: otherwise the suite does not claim to know.
                if expected_level is not None:
                    counts.fp += 1
            else:
                counts.fn += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "level_accuracy": self.level_correct / self.cases if self.cases else None,
            "escalate": self.escalate.as_dict(),
            "categories": {k: v.as_dict() for k, v in sorted(self.categories.items())},
        }
