"""Numbered schema migrations, applied in order and recorded in ``schema_migrations``.

Append new migrations at the end with the next number; never edit one that has shipped.
The SQL is the common subset of SQLite and PostgreSQL (TEXT ids, ISO-8601 UTC timestamps
as TEXT so ordering and ``--since`` filters behave the same on both backends).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "drafts and feedback",
        (
            """CREATE TABLE drafts (
                id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                post_id TEXT NOT NULL,
                post_json TEXT NOT NULL,
                draft_json TEXT NOT NULL,
                intent TEXT,
                provider TEXT NOT NULL,
                prompt_version TEXT NOT NULL,
                platform TEXT NOT NULL,
                level TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX drafts_tenant_created ON drafts (tenant, created_at)",
            """CREATE TABLE feedback (
                id TEXT PRIMARY KEY,
                draft_id TEXT NOT NULL UNIQUE REFERENCES drafts (id),
                tenant TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('accepted', 'edited', 'rejected')),
                agent TEXT NOT NULL,
                final_text TEXT,
                reason TEXT,
                edit_distance DOUBLE PRECISION,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX feedback_tenant_created ON feedback (tenant, created_at)",
        ),
    ),
    Migration(
        2,
        "facts behind each draft",
        # The facts retrieved for the draft (JSON list): exported eval cases carry them as
        # their knowledge override, so a case replays what the agent saw.
        ("ALTER TABLE drafts ADD COLUMN facts_json TEXT",),
    ),
)
