"""Killing the server mid-burst loses no acknowledged feedback (SQLite, WAL, FULL sync)."""

from __future__ import annotations

import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from socialreply.feedback import FeedbackStore

from .conftest import KEY_ACME, KEYS, bearer
from .servers import free_port, start_stub_server, stop

pytestmark = [pytest.mark.server, pytest.mark.timeout(120)]

DRAFTS = 120


def test_sigkill_during_feedback_burst_loses_no_acknowledged_row(tmp_path: Path) -> None:
    db = tmp_path / "feedback.db"
    env = {
        "SOCIALREPLY_DATABASE_URL": f"sqlite:///{db}",
        "SOCIALREPLY_API_KEYS": ",".join(KEYS),
        "SOCIALREPLY_RATE_LIMIT_PER_MINUTE": "0",
    }
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_stub_server(env, port)
    try:
        with httpx.Client(base_url=base, headers=bearer(KEY_ACME), timeout=10) as client:
            ids = [
                client.post("/v1/drafts", json={"text": f"post {i}", "platform": "x"}).json()["id"]
                for i in range(DRAFTS)
            ]
        acknowledged: list[str] = []
        lock = threading.Lock()
        half = threading.Event()

        def send(draft_id: str) -> None:
            body = {"action": "edited", "agent": "ana", "final_text": f"final {draft_id}"}
            try:
                with httpx.Client(base_url=base, headers=bearer(KEY_ACME), timeout=5) as c:
                    r = c.post(f"/v1/drafts/{draft_id}/feedback", json=body)
            except httpx.HTTPError:
                return  # the server died before answering: not acknowledged
            if r.status_code == 201:
                with lock:
                    acknowledged.append(draft_id)
                    if len(acknowledged) >= DRAFTS // 3:
                        half.set()

        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(send, draft_id) for draft_id in ids]
            assert half.wait(timeout=60), "the burst never got going"
            server.send_signal(signal.SIGKILL)
            for future in futures:
                future.result()
        server.wait(timeout=10)
        assert server.returncode == -signal.SIGKILL
    finally:
        stop(server)

    assert DRAFTS // 3 <= len(acknowledged) < DRAFTS, "the kill must land mid-burst"
    # Restart on the same file: every acknowledged decision is there, with its text.
    server = start_stub_server(env, port)
    try:
        metrics = httpx.get(f"{base}/v1/metrics", headers=bearer(KEY_ACME), timeout=10).json()
        assert metrics["edited"] >= len(acknowledged)
    finally:
        stop(server)
    with FeedbackStore.open(f"sqlite:///{db}") as store:
        for draft_id in acknowledged:
            feedback = store.get_draft(draft_id).feedback
            assert feedback is not None and feedback.final_text == f"final {draft_id}"
