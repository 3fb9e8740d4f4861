"""`FeedbackStore`: drafts shown to agents and what the agents did with them.

Usable without the server::

    store = FeedbackStore.open("sqlite:///.socialreply/socialreply.db")
    stored = store.save_draft(draft, post=post, tenant="northwind", intent="returns")
    store.record_feedback(stored.id, "edited", agent="ana", final_text="Hi! …")
    print(store.metrics().acceptance_rate)

Every write is one committed transaction: when a method returns, the row is durable (see
`socialreply.feedback.database`). Tenants isolate brands sharing one database; library
callers that do not care about tenants use the default tenant.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Literal, get_args

from pydantic import BaseModel, Field, TypeAdapter

from ..config import Settings
from ..errors import (
    DraftNotFoundError,
    FeedbackConflictError,
    InputError,
)
from ..types import Draft, Fact, Post, new_id
from .database import Database, format_timestamp, is_integrity_error, open_database, utc_now
from .metrics import FeedbackMetrics, GroupRow, aggregate, normalised_edit_distance

_FACTS = TypeAdapter(list[Fact])
FeedbackAction = Literal["accepted", "edited", "rejected"]
FEEDBACK_ACTIONS: tuple[str, ...] = get_args(FeedbackAction)
DEFAULT_TENANT = "default"

_DRAFT_COLUMNS = (
    "d.id, d.tenant, d.post_json, d.draft_json, d.intent, d.created_at, "
    "f.id, f.action, f.agent, f.final_text, f.reason, f.edit_distance, f.created_at, "
    "d.facts_json"
)
# Review queue order: the most serious escalations first, then the oldest.
_LEVEL_ORDER = (
    "CASE d.level WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 WHEN 'review' THEN 2 ELSE 3 END"
)


class FeedbackRecord(BaseModel):
    id: str
    draft_id: str
    tenant: str
    action: FeedbackAction
    agent: str
    final_text: str | None = None
    reason: str | None = None
    edit_distance: float | None = None
    created_at: str


class StoredDraft(BaseModel):
    """A draft as shown to an agent, with the post it answers and the decision, if any."""

    id: str
    tenant: str
    post: Post
    draft: Draft
    intent: str | None = None
    created_at: str
    feedback: FeedbackRecord | None = None
    facts: list[Fact] = Field(default_factory=list)


class FeedbackStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    @classmethod
    def open(cls, url: str) -> FeedbackStore:
        """Open (and migrate) the database at ``sqlite:///PATH`` or ``postgresql://…``."""
        return cls(open_database(url))

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedbackStore:
        return cls.open(settings.database_url)

    @property
    def description(self) -> str:
        """The database URL with any password hidden."""
        return self._db.description

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FeedbackStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def ping(self) -> None:
        """Raise `FeedbackStoreError` if the database cannot answer a query."""
        with self._db.transaction() as cur:
            cur.execute("SELECT 1")

    # -- drafts ----------------------------------------------------------------------------

    def save_draft(
        self,
        draft: Draft,
        *,
        post: Post,
        tenant: str = DEFAULT_TENANT,
        intent: str | None = None,
        facts: Sequence[Fact] = (),
    ) -> StoredDraft:
        """Store a draft shown (or about to be shown) to an agent, with its post and the
        facts it was grounded on."""
        stored = StoredDraft(
            id=draft.id,
            tenant=tenant,
            post=post,
            draft=draft,
            intent=intent,
            created_at=utc_now(),
            facts=list(facts),
        )
        try:
            with self._db.transaction() as cur:
                cur.execute(
                    "INSERT INTO drafts (id, tenant, post_id, post_json, draft_json, intent, "
                    "provider, prompt_version, platform, level, created_at, facts_json) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        draft.id,
                        tenant,
                        post.id,
                        post.model_dump_json(),
                        draft.model_dump_json(),
                        intent,
                        draft.provider,
                        draft.prompt_version,
                        draft.platform,
                        draft.escalation.level,
                        stored.created_at,
                        _FACTS.dump_json(stored.facts).decode() if stored.facts else None,
                    ),
                )
        except Exception as exc:
            if is_integrity_error(exc):
                raise FeedbackConflictError(f"draft {draft.id} is already stored") from None
            raise
        return stored

    def get_draft(self, draft_id: str, *, tenant: str | None = None) -> StoredDraft:
        """The draft with its decision; `DraftNotFoundError` if absent or another tenant's."""
        sql = (
            f"SELECT {_DRAFT_COLUMNS} FROM drafts d LEFT JOIN feedback f ON f.draft_id = d.id "
            "WHERE d.id = ?"
        )
        params: list[str] = [draft_id]
        if tenant is not None:
            sql += " AND d.tenant = ?"
            params.append(tenant)
        with self._db.transaction() as cur:
            rows = cur.execute(sql, params)
        if not rows:
            raise DraftNotFoundError(f"no draft {draft_id!r}")
        return _stored_draft(rows[0])

    def pending(
        self, *, tenant: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[StoredDraft]:
        """Drafts with no decision yet, most serious escalation first, then oldest."""
        where, params = _where(tenant, None, column="d.tenant")
        sql = (
            f"SELECT {_DRAFT_COLUMNS} FROM drafts d LEFT JOIN feedback f ON f.draft_id = d.id "
            f"WHERE f.id IS NULL{where} ORDER BY {_LEVEL_ORDER}, d.created_at, d.id "
            "LIMIT ? OFFSET ?"
        )
        with self._db.transaction() as cur:
            rows = cur.execute(sql, [*params, int(limit), int(offset)])
        return [_stored_draft(row) for row in rows]

    def decided(
        self,
        *,
        tenant: str | None = None,
        since: datetime | None = None,
        actions: tuple[str, ...] = FEEDBACK_ACTIONS,
    ) -> list[StoredDraft]:
        """Drafts with a decision recorded since `since` (feedback time), oldest first."""
        where, params = _where(tenant, since, column="f.tenant", time_column="f.created_at")
        marks = ", ".join("?" for _ in actions)
        sql = (
            f"SELECT {_DRAFT_COLUMNS} FROM drafts d JOIN feedback f ON f.draft_id = d.id "
            f"WHERE f.action IN ({marks}){where} ORDER BY f.created_at, f.id"
        )
        with self._db.transaction() as cur:
            rows = cur.execute(sql, [*actions, *params])
        return [_stored_draft(row) for row in rows]

    # -- feedback --------------------------------------------------------------------------

    def record_feedback(
        self,
        draft_id: str,
        action: str,
        agent: str,
        final_text: str | None = None,
        reason: str | None = None,
        *,
        tenant: str | None = None,
    ) -> FeedbackRecord:
        """Record an agent's decision; durable when this returns.

        ``accepted``: the draft was sent unchanged (``final_text`` may repeat it);
        ``edited``: sent as ``final_text``; ``rejected``: not used (``reason`` says why).
        Raises `DraftNotFoundError`, `FeedbackConflictError` (already decided) or
        `InputError` (inconsistent fields).
        """
        if action not in FEEDBACK_ACTIONS:
            raise InputError(f"action must be one of {', '.join(FEEDBACK_ACTIONS)}, not {action!r}")
        agent = agent.strip()
        if not agent:
            raise InputError("agent must not be empty")
        stored = self.get_draft(draft_id, tenant=tenant)
        draft_text = stored.draft.text
        distance: float | None
        if action == "accepted":
            if final_text is not None and final_text != draft_text:
                raise InputError("final_text differs from the draft: use action 'edited'")
            final_text, distance = draft_text, 0.0
        elif action == "edited":
            if final_text is None or not final_text.strip():
                raise InputError("action 'edited' needs the final_text the agent sent")
            distance = normalised_edit_distance(draft_text, final_text)
        else:
            if final_text is not None:
                raise InputError("a rejected draft has no final_text")
            distance = None
        record = FeedbackRecord(
            id=new_id("fbk"),
            draft_id=stored.id,
            tenant=stored.tenant,
            action=action,  # type: ignore[arg-type]  # checked against FEEDBACK_ACTIONS above
            agent=agent,
            final_text=final_text,
            reason=reason.strip() if reason and reason.strip() else None,
            edit_distance=distance,
            created_at=utc_now(),
        )
        try:
            with self._db.transaction() as cur:
                cur.execute(
                    "INSERT INTO feedback (id, draft_id, tenant, action, agent, final_text, "
                    "reason, edit_distance, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.id,
                        record.draft_id,
                        record.tenant,
                        record.action,
                        record.agent,
                        record.final_text,
                        record.reason,
                        record.edit_distance,
                        record.created_at,
                    ),
                )
        except Exception as exc:
            if is_integrity_error(exc):
                raise FeedbackConflictError(f"draft {draft_id} already has a decision") from None
            raise
        return record

    # -- metrics ---------------------------------------------------------------------------

    def metrics(
        self, *, tenant: str | None = None, since: datetime | None = None
    ) -> FeedbackMetrics:
        """Counts and rates over drafts created since `since` (see `feedback.metrics`)."""
        where, params = _where(tenant, since, column="d.tenant", time_column="d.created_at")
        sql = (
            "SELECT d.platform, d.intent, d.provider, d.prompt_version, d.level, "
            "COUNT(*), COUNT(f.id), "
            "SUM(CASE WHEN f.action = 'accepted' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN f.action = 'edited' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN f.action = 'rejected' THEN 1 ELSE 0 END), "
            "SUM(COALESCE(f.edit_distance, 0)), COUNT(f.edit_distance) "
            "FROM drafts d LEFT JOIN feedback f ON f.draft_id = d.id "
            f"WHERE 1 = 1{where} "
            "GROUP BY d.platform, d.intent, d.provider, d.prompt_version, d.level"
        )
        with self._db.transaction() as cur:
            rows = cur.execute(sql, params)
        groups = [
            GroupRow(
                platform=str(r[0]),
                intent=r[1],
                provider=str(r[2]),
                prompt_version=str(r[3]),
                level=str(r[4]),
                drafts=int(r[5]),
                decided=int(r[6]),
                accepted=int(r[7] or 0),
                edited=int(r[8] or 0),
                rejected=int(r[9] or 0),
                distance_sum=float(r[10] or 0.0),
                distance_count=int(r[11]),
            )
            for r in rows
        ]
        return aggregate(groups, since=format_timestamp(since) if since else None)


def parse_since(text: str, *, now: datetime | None = None) -> datetime:
    """``7d``, ``12h``, ``30m`` (relative to now) or an ISO date/datetime (UTC if naive)."""
    value = text.strip()
    match = re.fullmatch(r"(\d+)\s*([dhm])", value)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        try:
            delta = {"d": timedelta(days=amount), "h": timedelta(hours=amount)}.get(
                unit, timedelta(minutes=amount)
            )
            return (now or datetime.now(UTC)) - delta
        except OverflowError:  # a 500 from the service, an internal error in the CLI
            raise InputError(
                f"invalid since value {text!r}: too far back (before the year 1)"
            ) from None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"invalid since value {text!r}: use 7d, 12h, 30m or an ISO date such as 2026-11-01"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _where(
    tenant: str | None,
    since: datetime | None,
    *,
    column: str,
    time_column: str = "d.created_at",
) -> tuple[str, list[str]]:
    clauses, params = "", []
    if tenant is not None:
        clauses += f" AND {column} = ?"
        params.append(tenant)
    if since is not None:
        clauses += f" AND {time_column} >= ?"
        params.append(format_timestamp(since))
    return clauses, params


def _stored_draft(row: tuple[object, ...]) -> StoredDraft:
    feedback = None
    if row[6] is not None:
        feedback = FeedbackRecord(
            id=str(row[6]),
            draft_id=str(row[0]),
            tenant=str(row[1]),
            action=row[7],  # type: ignore[arg-type]  # constrained by the CHECK in the schema
            agent=str(row[8]),
            final_text=row[9],  # type: ignore[arg-type]
            reason=row[10],  # type: ignore[arg-type]
            edit_distance=float(row[11]) if row[11] is not None else None,  # type: ignore[arg-type]
            created_at=str(row[12]),
        )
    return StoredDraft(
        id=str(row[0]),
        tenant=str(row[1]),
        post=Post.model_validate(json.loads(str(row[2]))),
        draft=Draft.model_validate(json.loads(str(row[3]))),
        intent=row[4],  # type: ignore[arg-type]
        created_at=str(row[5]),
        feedback=feedback,
        facts=_FACTS.validate_json(str(row[13])) if row[13] else [],
    )
