"""The feedback store and the service against a real PostgreSQL server started here."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from socialreply.errors import FeedbackStoreError
from socialreply.feedback import FeedbackStore
from socialreply.feedback.database import PostgresDatabase
from socialreply.feedback.migrations import MIGRATIONS

from . import test_feedback_store as store_tests
from .conftest import KEY_ACME, KEY_GLOBEX, KEYS, bearer
from .servers import free_port, postgres_bin, postgres_server, start_stub_server, stop

pytestmark = [
    pytest.mark.server,
    pytest.mark.timeout(180),
    pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL not installed: make system-deps"),
]


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with postgres_server(tmp_path_factory.mktemp("postgres")) as url:
        yield url


@pytest.fixture
def pg_url(postgres: str) -> str:
    """A fresh database per test on the shared server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return postgres.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[FeedbackStore]:
    with FeedbackStore.open(pg_url) as store:
        yield store


def test_round_trip_and_tenants(pg_store: FeedbackStore) -> None:
    store_tests.test_round_trip_and_tenant_isolation(pg_store)


def test_one_decision_per_draft(pg_store: FeedbackStore) -> None:
    store_tests.test_one_decision_per_draft(pg_store)


def test_metrics(pg_store: FeedbackStore) -> None:
    store_tests.test_metrics_rates_and_splits(pg_store)


def test_queue_order(pg_store: FeedbackStore) -> None:
    store_tests.test_pending_queue_orders_by_level_then_age(pg_store)


def test_concurrent_openers_migrate_once(pg_url: str) -> None:
    def open_close(_: int) -> None:
        FeedbackStore.open(pg_url).close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(open_close, range(4)))
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT version FROM schema_migrations").fetchall()
    assert sorted(r[0] for r in rows) == [m.version for m in MIGRATIONS]


def test_pool_runs_transactions_side_by_side_and_stays_bounded(pg_url: str) -> None:
    database = PostgresDatabase(pg_url, pool_size=3)
    inside = threading.Barrier(3, timeout=10)

    def hold(_: int) -> int:
        with database.transaction() as cur:
            inside.wait()  # three transactions open at once: three connections
            (row,) = cur.execute("SELECT pg_backend_pid()")
            return int(row[0])

    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            pids = list(pool.map(hold, range(6)))
        assert len(set(pids)) == 3  # never more connections than the pool size
        # A connection the server dropped is replaced, not handed out again.
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        for _ in range(4):
            try:
                with database.transaction() as cur:
                    cur.execute("SELECT 1")
            except FeedbackStoreError:
                pass  # a terminated connection fails once and is discarded
        with database.transaction() as cur:
            assert cur.execute("SELECT 1") == [(1,)]
    finally:
        database.close()
    with pytest.raises(FeedbackStoreError, match="closed"), database.transaction():
        pass


def test_unreachable_server_is_a_clear_error() -> None:
    url = f"postgresql://nobody:secret@127.0.0.1:{free_port()}/none"
    with pytest.raises(FeedbackStoreError, match="cannot connect") as info:
        FeedbackStore.open(url)
    assert "secret" not in str(info.value)


def test_service_with_postgres(pg_url: str, tmp_path: Path) -> None:
    env = {
        "SOCIALREPLY_DATABASE_URL": pg_url,
        "SOCIALREPLY_API_KEYS": ",".join(KEYS),
        "SOCIALREPLY_RATE_LIMIT_PER_MINUTE": "0",
    }
    port = free_port()
    server = start_stub_server(env, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            ids = [
                client.post(
                    "/v1/drafts",
                    json={"text": f"post {i}", "platform": "x"},
                    headers=bearer(KEY_ACME),
                ).json()["id"]
                for i in range(6)
            ]
            for draft_id in ids[:4]:
                r = client.post(
                    f"/v1/drafts/{draft_id}/feedback",
                    json={"action": "accepted", "agent": "ana"},
                    headers=bearer(KEY_ACME),
                )
                assert r.status_code == 201
            assert client.get(f"/v1/drafts/{ids[5]}", headers=bearer(KEY_GLOBEX)).status_code == 404
            metrics = client.get("/v1/metrics", headers=bearer(KEY_ACME)).json()
            assert (metrics["drafts"], metrics["accepted"], metrics["acceptance_rate"]) == (
                6,
                4,
                1.0,
            )
            assert client.get("/readyz").json()["checks"]["database"] == "ok"
    finally:
        stop(server)
