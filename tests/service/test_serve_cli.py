"""`socialreply serve` as a deployment runs it: flags and SOCIALREPLY_* variables, two
worker processes sharing one SQLite database, graceful stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from socialreply.feedback import FeedbackStore

from .conftest import KEY_ACME, KEYS, bearer
from .servers import free_port, stop, wait_http

pytestmark = [pytest.mark.server, pytest.mark.timeout(180)]


def test_serve_with_two_workers(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "feedback.db"
    (tmp_path / "empty-kb").mkdir()  # a named knowledge base must exist (session 21)
    env = {
        **os.environ,
        "SOCIALREPLY_API_KEYS": ",".join(KEYS),
        "SOCIALREPLY_DATABASE_URL": f"sqlite:///{db}",
        "SOCIALREPLY_PROVIDER": "macros",
    }
    cli = Path(sys.executable).parent / "socialreply"
    proc = subprocess.Popen(
        [
            str(cli),
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
            "--kb",
            str(tmp_path / "empty-kb"),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/readyz", proc, timeout=90)
        ids = []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=bearer(KEY_ACME)) as c:
            for i in range(6):  # new connections: both workers get requests
                r = httpx.post(
                    f"http://127.0.0.1:{port}/v1/drafts",
                    json={"text": f"Do you ship to Canada? ({i})", "platform": "x"},
                    headers=bearer(KEY_ACME),
                    timeout=30,
                )
                assert r.status_code == 201, r.text
                assert r.json()["provider"] == "macros"
                ids.append(r.json()["id"])
            for draft_id in ids:
                assert c.get(f"/v1/drafts/{draft_id}").status_code == 200
                feedback = {"action": "rejected", "agent": "ana", "reason": "vague"}
                assert c.post(f"/v1/drafts/{draft_id}/feedback", json=feedback).status_code == 201
            triage = c.post("/v1/triage", json={"text": "I'll sue you", "platform": "x"})
            assert triage.status_code == 200 and "legal_threat" in triage.json()["categories"]
            assert c.get("/v1/metrics").json()["rejected"] == 6
            assert c.get("/review").status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        finally:
            stop(proc)
    assert code == 0
    with FeedbackStore.open(f"sqlite:///{db}") as store:
        assert store.metrics().rejected == 6
