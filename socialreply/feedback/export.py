"""Turn agent decisions into an evaluation suite (``socialreply feedback export``).

- An **edited** draft becomes a case whose reference reply is the text the agent sent. The
  prices, percentages and durations the agent's text states are expected facts, and the
  ones the agent deleted from the draft must not come back (an agent who removes "60 days"
  is usually correcting a wrong claim). With a judge model, a ``pairwise`` assertion also
  compares new drafts with the agent's reply.
- A **rejected** draft becomes a case whose original draft must not be reproduced
  (``not-equals``), with the agent's reason in its description.
- Accepted drafts are not exported: they add no signal that a prompt change could lose
  beyond what the shipped suites already check.

Every case also gets the deterministic tone checks in ``defaults``. The suite validates with
`socialreply.evaluation.suites` and runs with ``socialreply eval run``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from ..errors import FeedbackError
from .store import StoredDraft

DEFAULT_CHECKS: tuple[str, ...] = ("within-limit", "no-blame", "no-robotic", "no-pii-echo")

# Money, percentages and durations: the claims the accuracy scorers verify.
_CLAIM = re.compile(
    r"(?:[$€£]\s?\d[\d,]*(?:\.\d+)?"
    r"|\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b)"
    r"|\b\d+(?:\.\d+)?(?:\s?-\s?\d+)?\s(?:business\s|calendar\s|working\s)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)


def claims(text: str) -> list[str]:
    """Prices, percentages and durations in `text`, in order, without duplicates."""
    seen: dict[str, None] = {}
    for match in _CLAIM.finditer(text):
        seen.setdefault(" ".join(match.group(0).split()), None)
    return list(seen)


def build_suite(
    decided: Sequence[StoredDraft],
    *,
    name: str = "feedback",
    judge: str | None = None,
    since: datetime | None = None,
) -> dict[str, Any]:
    """The suite as a mapping ready for YAML; raises `FeedbackError` if nothing to export."""
    cases = [case for stored in decided if (case := _case(stored, judge)) is not None]
    if not cases:
        raise FeedbackError(
            "no edited or rejected drafts to export"
            + (f" since {since.isoformat(timespec='seconds')}" if since else "")
        )
    now = datetime.now(UTC).isoformat(timespec="seconds")
    suite: dict[str, Any] = {
        "name": name,
        "description": (
            f"Agent feedback exported {now}: {len(cases)} case(s) from edited and rejected drafts."
        ),
    }
    if judge:
        suite["judge"] = judge
    suite["defaults"] = {"assert": [{"type": check} for check in DEFAULT_CHECKS]}
    suite["cases"] = cases
    return suite


def write_suite(suite: dict[str, Any], out: str | Path) -> Path:
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")
    return path


def _post(stored: StoredDraft) -> dict[str, Any]:
    post = stored.post.model_dump(
        mode="json", exclude_none=True, exclude_defaults=True, exclude={"id"}
    )
    post["text"] = stored.post.text
    post["platform"] = stored.post.platform
    return post


def _knowledge(case: dict[str, Any], stored: StoredDraft) -> None:
    """The facts the draft was grounded on, as the case's knowledge override: the case
    replays what the agent saw, and runs without the knowledge base."""
    if stored.facts:
        case["knowledge"] = [
            {
                "id": f.id,
                "doc_id": f.doc_id,
                "source": f.source,
                "title": f.title,
                "text": f.text,
            }
            for f in stored.facts
        ]


def _case(stored: StoredDraft, judge: str | None) -> dict[str, Any] | None:
    feedback = stored.feedback
    if feedback is None or feedback.action == "accepted":
        return None
    tags = ["feedback", feedback.action, f"platform:{stored.draft.platform}"]
    if stored.intent:
        tags.append(f"intent:{stored.intent}")
    when = feedback.created_at[:10]
    case: dict[str, Any] = {"id": f"fb-{feedback.action}-{stored.id}"}
    if feedback.action == "edited":
        final_text = feedback.final_text or ""
        kept = claims(final_text)
        removed = [c for c in claims(stored.draft.text) if c not in kept]
        distance = feedback.edit_distance or 0.0
        case["description"] = (
            f"Edited by {feedback.agent} on {when} (normalised edit distance {distance:.2f})."
        )
        case["post"] = _post(stored)
        _knowledge(case, stored)
        expect: dict[str, Any] = {"reference": final_text}
        if kept:
            expect["must_include_facts"] = kept
        if removed:
            expect["must_not_include"] = removed
        case["expect"] = expect
        if judge:
            case["assert"] = [{"type": "pairwise", "metric": "agent_reference"}]
    else:
        reason = feedback.reason or "no reason given"
        case["description"] = f"Rejected by {feedback.agent} on {when}: {reason}"
        case["post"] = _post(stored)
        _knowledge(case, stored)
        case["assert"] = [
            {"type": "not-equals", "value": stored.draft.text, "metric": "not_rejected_draft"}
        ]
    case["tags"] = tags
    return case


def validate_suite(suite: dict[str, Any], *, path: str = "<export>") -> None:
    """Check the mapping with the evaluation suite loader (raises `SuiteError`)."""
    from ..evaluation.suites import parse_suite

    parse_suite(suite, path)
