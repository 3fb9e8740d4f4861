"""Database connections for the feedback store: SQLite (default) and PostgreSQL by URL.

Both backends expose the same tiny interface: `transaction()` yields a `Cursor` whose
`execute(sql, params)` takes ``?`` placeholders and returns rows as tuples. SQLite: one
connection guarded by a lock (SQLite serialises writers anyway). PostgreSQL: a small pool
per process (`POSTGRES_POOL_SIZE` connections, opened as needed), so concurrent requests
of one server worker run their transactions side by side.

Durability: SQLite runs in WAL mode with ``synchronous=FULL``, so a commit is on disk
(fsync of the WAL) before `transaction()` returns; PostgreSQL commits are durable with its
default ``synchronous_commit=on``. Callers acknowledge feedback only after the commit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError, FeedbackStoreError
from .migrations import MIGRATIONS

Row = tuple[Any, ...]
Params = Sequence[Any]

# Arbitrary constant: serialises concurrent migrators (several workers starting at once).
_PG_MIGRATION_LOCK = 7_270_001


class Cursor(Protocol):
    def execute(self, sql: str, params: Params = ()) -> list[Row]: ...


class Database(Protocol):
    dialect: str
    description: str

    def transaction(self, *, immediate: bool = False) -> AbstractContextManager[Cursor]: ...

    def close(self) -> None: ...


def utc_now() -> str:
    """Timestamps are ISO-8601 UTC text with microseconds: sortable on both backends."""
    return format_timestamp(datetime.now(UTC))


def format_timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def open_database(url: str) -> Database:
    """``sqlite:///relative.db``, ``sqlite:////absolute.db``, ``sqlite:///:memory:`` or
    ``postgresql://user@host:port/dbname``; applies pending migrations."""
    database: Database
    if url.startswith("sqlite:///"):
        database = SQLiteDatabase(url.removeprefix("sqlite:///"))
    elif url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        database = PostgresDatabase(url.replace("postgresql+psycopg://", "postgresql://", 1))
    else:
        raise ConfigError(
            f"unsupported database URL {_redact(url)!r}: use sqlite:///PATH or "
            "postgresql://USER@HOST:PORT/DBNAME"
        )
    try:
        migrate(database)
    except Exception:
        database.close()
        raise
    return database


def migrate(database: Database) -> list[int]:
    """Apply pending migrations in one transaction; returns the versions applied."""
    applied_now: list[int] = []
    with database.transaction(immediate=True) as cur:
        if database.dialect == "postgresql":
            cur.execute(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {int(row[0]) for row in cur.execute("SELECT version FROM schema_migrations")}
        for migration in MIGRATIONS:
            if migration.version in done:
                continue
            for statement in migration.statements:
                cur.execute(statement)
            cur.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, utc_now()),
            )
            applied_now.append(migration.version)
    return applied_now


class _SQLiteCursor:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        return [tuple(row) for row in self._conn.execute(sql, tuple(params)).fetchall()]


class SQLiteDatabase:
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        self.description = f"sqlite:///{path}"
        if path != ":memory:":
            try:
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FeedbackStoreError(
                    f"cannot create database folder for {path}: {exc}"
                ) from None
        self._lock = threading.Lock()
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (explicit transactions).
            self._conn = sqlite3.connect(
                str(Path(path).expanduser()) if path != ":memory:" else path,
                isolation_level=None,
                check_same_thread=False,
                timeout=30.0,
            )
            self._conn.execute("PRAGMA busy_timeout = 30000")
            self._conn.execute("PRAGMA journal_mode = WAL")
            # FULL: the WAL is fsynced at every commit, so an acknowledged write survives
            # a process kill or power loss (NORMAL may lose the last commits on power loss).
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise FeedbackStoreError(f"cannot open SQLite database {path}: {exc}") from None

    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[Cursor]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
                try:
                    yield _SQLiteCursor(self._conn)
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.IntegrityError:
                raise
            except sqlite3.Error as exc:
                raise FeedbackStoreError(f"SQLite error: {exc}") from None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _PostgresCursor:
    def __init__(self, cur: Any) -> None:
        self._cur = cur

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        # Our SQL uses "?" placeholders and never contains a literal "?" or "%".
        self._cur.execute(sql.replace("?", "%s"), tuple(params))
        if self._cur.description is None:
            return []
        return [tuple(row) for row in self._cur.fetchall()]


POSTGRES_POOL_SIZE = 8


class PostgresDatabase:
    dialect = "postgresql"

    def __init__(self, url: str, *, pool_size: int = POSTGRES_POOL_SIZE) -> None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is pinned in requirements.lock
            raise ConfigError(
                "PostgreSQL needs the psycopg package: pip install 'psycopg[binary]'"
            ) from None
        if pool_size < 1:
            raise ConfigError("the PostgreSQL pool needs at least one connection")
        self._psycopg = psycopg
        self._url = url
        self.description = _redact(url)
        self.pool_size = pool_size
        self._cond = threading.Condition()
        self._idle: list[Any] = [self._connect()]  # fail fast on a wrong URL
        self._open = 1
        self._closed = False

    def _connect(self) -> Any:
        try:
            return self._psycopg.connect(self._url, autocommit=False, connect_timeout=10)
        except self._psycopg.Error as exc:
            raise FeedbackStoreError(
                f"cannot connect to PostgreSQL at {self.description}: {_first_line(exc)}"
            ) from None

    def _acquire(self) -> Any:
        with self._cond:
            while True:
                if self._closed:
                    raise FeedbackStoreError(f"{self.description}: the store is closed")
                while self._idle:
                    conn = self._idle.pop()
                    if not (conn.closed or conn.broken):
                        return conn
                    self._open -= 1
                if self._open < self.pool_size:
                    self._open += 1  # reserved; connected outside the lock
                    break
                self._cond.wait()
        try:
            return self._connect()
        except BaseException:
            with self._cond:
                self._open -= 1
                self._cond.notify()
            raise

    def _release(self, conn: Any) -> None:
        with self._cond:
            if self._closed or conn.closed or conn.broken:
                self._open -= 1
                if not conn.closed:
                    conn.close()
            else:
                self._idle.append(conn)
            self._cond.notify()

    @contextmanager
    def transaction(self, *, immediate: bool = False) -> Iterator[Cursor]:
        psycopg = self._psycopg
        conn = self._acquire()
        try:
            with conn.cursor() as cur:
                try:
                    yield _PostgresCursor(cur)
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
        except psycopg.errors.IntegrityError:
            raise
        except psycopg.Error as exc:
            if not conn.closed:
                conn.rollback()
            raise FeedbackStoreError(f"PostgreSQL error: {_first_line(exc)}") from None
        finally:
            self._release(conn)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._open -= len(idle)
            self._cond.notify_all()
        for conn in idle:
            conn.close()


def is_integrity_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.IntegrityError):
        return True
    return type(exc).__module__.startswith("psycopg") and "IntegrityError" in [
        k.__name__ for k in type(exc).__mro__
    ]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _redact(url: str) -> str:
    """Hide a password in a database URL before it reaches a message or a log."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else f"{scheme}://{user}@{host}"
