from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from socialreply.errors import (
    ConfigError,
    DraftNotFoundError,
    FeedbackConflictError,
    InputError,
)
from socialreply.feedback import FeedbackStore, normalised_edit_distance, parse_since
from socialreply.feedback.migrations import MIGRATIONS
from socialreply.types import Draft, Escalation, Post


def make_draft(
    text: str = "Returns are free within 30 days.",
    *,
    platform: str = "x",
    level: str = "none",
    provider: str = "macros",
    prompt_version: str = "sha256:a",
) -> Draft:
    return Draft(
        platform=platform,  # type: ignore[arg-type]
        text=text,
        length=len(text),
        limit=280,
        provider=provider,
        prompt_version=prompt_version,
        escalation=Escalation(level=level),  # type: ignore[arg-type]
    )


def save(store: FeedbackStore, *, tenant: str = "default", intent: str | None = None, **kw: str):
    draft = make_draft(**kw)
    return store.save_draft(
        draft,
        post=Post(text="Can I return boots?", platform=draft.platform),
        tenant=tenant,
        intent=intent,
    )


def test_round_trip_and_tenant_isolation(store: FeedbackStore) -> None:
    stored = save(store, tenant="acme", intent="returns")
    again = store.get_draft(stored.id, tenant="acme")
    assert again.draft == stored.draft
    assert again.post.text == "Can I return boots?"
    assert again.intent == "returns" and again.feedback is None
    with pytest.raises(DraftNotFoundError):
        store.get_draft(stored.id, tenant="globex")
    with pytest.raises(DraftNotFoundError):
        store.record_feedback(stored.id, "accepted", "ana", tenant="globex")
    assert store.get_draft(stored.id).tenant == "acme"  # library use: any tenant


@pytest.mark.parametrize(
    ("action", "final_text", "reason", "error"),
    [
        ("sent", None, None, "action must be one of"),
        ("accepted", "something else", None, "use action 'edited'"),
        ("edited", None, None, "needs the final_text"),
        ("edited", "   ", None, "needs the final_text"),
        ("rejected", "text", "bad", "no final_text"),
    ],
)
def test_inconsistent_feedback_is_refused(
    store: FeedbackStore, action: str, final_text: str | None, reason: str | None, error: str
) -> None:
    stored = save(store)
    with pytest.raises(InputError, match=error):
        store.record_feedback(stored.id, action, "ana", final_text=final_text, reason=reason)
    assert store.get_draft(stored.id).feedback is None


def test_empty_agent_is_refused(store: FeedbackStore) -> None:
    with pytest.raises(InputError, match="agent"):
        store.record_feedback(save(store).id, "accepted", "  ")


def test_one_decision_per_draft(store: FeedbackStore) -> None:
    stored = save(store)
    record = store.record_feedback(stored.id, "accepted", "ana")
    assert record.final_text == stored.draft.text and record.edit_distance == 0.0
    with pytest.raises(FeedbackConflictError):
        store.record_feedback(stored.id, "rejected", "bo", reason="late")
    assert store.get_draft(stored.id).feedback == record


def test_unknown_draft() -> None:
    with FeedbackStore.open("sqlite:///:memory:") as mem, pytest.raises(DraftNotFoundError):
        mem.record_feedback("drf_missing", "accepted", "ana")


def test_pending_queue_orders_by_level_then_age(store: FeedbackStore) -> None:
    ids = {lvl: save(store, level=lvl).id for lvl in ("none", "review", "crisis", "urgent")}
    decided = save(store, level="crisis")
    store.record_feedback(decided.id, "rejected", "ana", reason="wrong")
    queue = [s.id for s in store.pending()]
    assert queue == [ids["crisis"], ids["urgent"], ids["review"], ids["none"]]
    assert [s.id for s in store.pending(limit=2, offset=1)] == [ids["urgent"], ids["review"]]


# (action, draft text, final text, expected normalised distance)
EDITS = [
    ("accepted", "Hi there", None, 0.0),
    ("edited", "abcd", "abcx", 0.25),
    ("edited", "abcd", "wxyz", 1.0),
    ("rejected", "abcd", None, None),
]


@pytest.mark.parametrize(("action", "text", "final", "distance"), EDITS)
def test_edit_distance_recorded(
    store: FeedbackStore, action: str, text: str, final: str | None, distance: float | None
) -> None:
    stored = save(store, text=text)
    reason = "wrong" if action == "rejected" else None
    record = store.record_feedback(stored.id, action, "ana", final_text=final, reason=reason)
    assert record.edit_distance == distance


def test_normalised_edit_distance_bounds() -> None:
    assert normalised_edit_distance("same", "same") == 0.0
    assert normalised_edit_distance("", "abc") == 1.0
    assert 0 < normalised_edit_distance("kitten", "sitting") < 1


def test_metrics_rates_and_splits(store: FeedbackStore) -> None:
    a = save(store, platform="x", intent="returns", text="abcd")
    b = save(store, platform="x", intent="returns", text="abcd")
    c = save(store, platform="facebook", intent=None, level="crisis", provider="openai")
    save(store, platform="facebook", prompt_version="sha256:b", level="urgent")
    save(store, tenant="other")
    store.record_feedback(a.id, "accepted", "ana")
    store.record_feedback(b.id, "edited", "ana", final_text="abxy")  # distance 0.5
    store.record_feedback(c.id, "rejected", "ana", reason="tone")
    m = store.metrics(tenant="default")
    assert (m.drafts, m.decided, m.pending) == (4, 3, 1)
    assert (m.accepted, m.edited, m.rejected) == (1, 1, 1)
    assert m.acceptance_rate == m.edit_rate == m.rejection_rate == pytest.approx(0.3333)
    assert m.mean_edit_distance == pytest.approx(0.25)  # (0 + 0.5) / 2 sent drafts
    assert m.escalations == {"none": 2, "review": 0, "urgent": 1, "crisis": 1}
    assert m.by_platform["x"].acceptance_rate == 0.5
    assert m.by_platform["facebook"].rejected == 1
    assert m.by_intent["returns"].drafts == 2 and m.by_intent["(none)"].drafts == 2
    assert m.by_provider["openai"].rejection_rate == 1.0
    assert m.by_prompt_version["sha256:b"].pending == 1
    assert store.metrics().drafts == 5  # every tenant


def test_metrics_empty_and_since(store: FeedbackStore) -> None:
    empty = store.metrics()
    assert empty.drafts == 0 and empty.acceptance_rate is None
    save(store)
    future = datetime.now(UTC) + timedelta(hours=1)
    assert store.metrics(since=future).drafts == 0
    assert store.metrics(since=future).since is not None
    assert store.metrics(since=datetime.now(UTC) - timedelta(hours=1)).drafts == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7d", datetime(2026, 11, 15, 12, tzinfo=UTC)),
        ("12h", datetime(2026, 11, 22, 0, tzinfo=UTC)),
        ("30m", datetime(2026, 11, 22, 11, 30, tzinfo=UTC)),
        ("2026-11-01", datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01T08:00:00+01:00", datetime(2026, 11, 1, 7, tzinfo=UTC)),
    ],
)
def test_parse_since(text: str, expected: datetime) -> None:
    assert parse_since(text, now=datetime(2026, 11, 22, 12, tzinfo=UTC)) == expected


@pytest.mark.parametrize("text", ["99999999d", "9999999999999999999999h", "10000000000000m"])
def test_parse_since_refuses_a_span_before_the_year_1(text: str) -> None:
    """Session 22 QA: `GET /v1/metrics?since=99999999d` answered 500 and `feedback stats
    --since 99999999d` was 'internal error (OverflowError: date value out of range)'."""
    with pytest.raises(InputError, match="too far back"):
        parse_since(text, now=datetime(2026, 11, 22, 12, tzinfo=UTC))


def test_parse_since_rejects_garbage() -> None:
    with pytest.raises(InputError, match="7d, 12h"):
        parse_since("last week")


def test_sqlite_is_wal_full_sync_and_migrated_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'fb.db'}"
    FeedbackStore.open(url).close()
    FeedbackStore.open(url).close()  # reopening applies nothing twice
    conn = sqlite3.connect(tmp_path / "sub" / "fb.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == [m.version for m in MIGRATIONS]
    conn.close()


def test_unsupported_url() -> None:
    with pytest.raises(ConfigError, match="unsupported database URL"):
        FeedbackStore.open("mysql://root:secret@db/x")
