"""The HTTP API in process (TestClient) with the stand-in assistant."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from socialreply.config import Settings
from socialreply.errors import ConfigError
from socialreply.service import create_app
from socialreply.service.auth import ApiKeyRing, hash_key
from socialreply.service.limits import RateLimiter
from socialreply.types import Draft

from .conftest import KEY_ACME, KEY_GLOBEX, bearer
from .stub import StubAssistant

REPO = Path(__file__).resolve().parents[2]
POST = {"text": "Can I return my boots?", "platform": "x"}


def create(client: TestClient, key: str = KEY_ACME, **body: object) -> dict[str, object]:
    response = client.post("/v1/drafts", json={**POST, **body}, headers=bearer(key))
    assert response.status_code == 201, response.text
    return response.json()


def assert_error(response: object, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_create_draft_returns_the_design_draft_json(client: TestClient) -> None:
    response = client.post("/v1/drafts", json=POST, headers=bearer(KEY_ACME))
    assert response.status_code == 201
    body = response.json()
    draft = Draft.model_validate(body)  # exactly the Draft JSON, no extra field
    assert response.headers["location"] == f"/v1/drafts/{draft.id}"
    fetched = client.get(f"/v1/drafts/{draft.id}", headers=bearer(KEY_ACME))
    assert fetched.status_code == 200 and fetched.json() == body


def test_provider_fallback_warning_is_passed_through(client: TestClient) -> None:
    body = create(client, text="the model will fail here")
    assert [w["code"] for w in body["warnings"]] == ["llm_fallback"]  # type: ignore[index]


# (method, path template, body) for every authenticated endpoint
ENDPOINTS = [
    ("POST", "/v1/drafts", POST),
    ("GET", "/v1/drafts", None),
    ("GET", "/v1/drafts/{id}", None),
    ("POST", "/v1/drafts/{id}/feedback", {"action": "rejected", "agent": "ana", "reason": "x"}),
    ("POST", "/v1/triage", POST),
    ("GET", "/v1/metrics", None),
]
AUTH_HEADERS = [
    ({}, 401),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Bearer wrong-key-0123456789"}, 401),
    ({"Authorization": f"Basic {KEY_ACME}"}, 401),
    ({"Authorization": KEY_ACME}, 401),
    ({"Authorization": f"Bearer {KEY_ACME}x"}, 401),
]


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
@pytest.mark.parametrize(("headers", "status"), AUTH_HEADERS)
def test_auth_matrix(
    client: TestClient,
    method: str,
    path: str,
    body: object,
    headers: dict[str, str],
    status: int,
) -> None:
    draft_id = create(client)["id"]
    response = client.request(method, path.format(id=draft_id), json=body, headers=headers)
    assert_error(response, status, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_tenant_isolation(client: TestClient) -> None:
    mine = create(client, KEY_ACME)
    theirs = create(client, KEY_GLOBEX, text="Where is my parcel?")
    # Another tenant's draft answers exactly like a missing one.
    for draft_id in (theirs["id"], "drf_does_not_exist"):
        assert_error(
            client.get(f"/v1/drafts/{draft_id}", headers=bearer(KEY_ACME)), 404, "not_found"
        )
        feedback = client.post(
            f"/v1/drafts/{draft_id}/feedback",
            json={"action": "accepted", "agent": "ana"},
            headers=bearer(KEY_ACME),
        )
        assert_error(feedback, 404, "not_found")
    queue = client.get("/v1/drafts", headers=bearer(KEY_ACME)).json()["items"]
    assert [item["draft"]["id"] for item in queue] == [mine["id"]]
    metrics = client.get("/v1/metrics", headers=bearer(KEY_GLOBEX)).json()
    assert metrics["drafts"] == 1 and metrics["decided"] == 0


def test_feedback_flow_and_metrics(client: TestClient) -> None:
    accepted, edited, rejected = (create(client) for _ in range(3))
    h = bearer(KEY_ACME)
    r = client.post(
        f"/v1/drafts/{accepted['id']}/feedback",
        json={"action": "accepted", "agent": "ana"},
        headers=h,
    )
    assert r.status_code == 201 and r.json()["edit_distance"] == 0.0
    final = "Thanks! Returns are free within 30 days of delivery."
    r = client.post(
        f"/v1/drafts/{edited['id']}/feedback",
        json={"action": "edited", "agent": "bo", "final_text": final},
        headers=h,
    )
    assert r.status_code == 201 and 0 < r.json()["edit_distance"] < 1
    r = client.post(
        f"/v1/drafts/{rejected['id']}/feedback",
        json={"action": "rejected", "agent": "bo", "reason": "wrong policy"},
        headers=h,
    )
    assert r.status_code == 201 and r.json()["reason"] == "wrong policy"
    again = client.post(
        f"/v1/drafts/{rejected['id']}/feedback",
        json={"action": "accepted", "agent": "bo"},
        headers=h,
    )
    assert_error(again, 409, "conflict")
    m = client.get("/v1/metrics", headers=h).json()
    assert (m["accepted"], m["edited"], m["rejected"], m["pending"]) == (1, 1, 1, 0)
    assert m["by_intent"]["returns"]["decided"] == 3
    assert m["by_provider"]["macros"]["edit_rate"] == pytest.approx(0.3333)
    assert client.get("/v1/drafts", headers=h).json()["items"] == []
    assert_error(client.get("/v1/metrics?since=yesterday", headers=h), 422, "invalid_request")
    assert client.get("/v1/metrics?since=1d", headers=h).json()["drafts"] == 3


def test_crisis_draft_needs_explicit_confirmation(client: TestClient) -> None:
    h = bearer(KEY_ACME)
    crisis = create(client, text="My kid got hurt by the stove you sold")
    assert crisis["escalation"]["level"] == "crisis"  # type: ignore[index]
    url = f"/v1/drafts/{crisis['id']}/feedback"
    for body in (
        {"action": "accepted", "agent": "ana"},
        {"action": "edited", "agent": "ana", "final_text": "We are so sorry."},
    ):
        error = assert_error(client.post(url, json=body, headers=h), 422, "invalid_request")
        assert "confirm_crisis" in str(error["message"])
    ok = client.post(
        url, json={"action": "accepted", "agent": "ana", "confirm_crisis": True}, headers=h
    )
    assert ok.status_code == 201


def test_triage_json(client: TestClient) -> None:
    r = client.post(
        "/v1/triage", json={**POST, "text": "my lawyer will call"}, headers=bearer(KEY_ACME)
    )
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"level", "categories", "signals", "auto_send", "pii", "language"}
    assert body["level"] == "urgent" and body["signals"][0]["evidence"] == "lawyer"


# (raw body, content type, the error location it must name)
BAD_BODIES = [
    (b"{not json", "application/json", "body"),
    (b"", "application/json", "body"),
    (b"[]", "application/json", "body"),
    (b'{"platform": "x"}', "application/json", "body.text"),
    (b'{"text": "", "platform": "x"}', "application/json", "body.text"),
    (b'{"text": "hi", "platform": "myspace"}', "application/json", "body.platform"),
    (b'{"text": "hi", "platform": "x", "colour": "red"}', "application/json", "body.colour"),
    (b'{"text": 5, "platform": "x"}', "application/json", "body.text"),
    (
        b'{"text": "hi", "platform": "x", "metrics": {"likes": -1}}',
        "application/json",
        "body.metrics.likes",
    ),
    (b'{"text": "hi", "platform": "x"}', "text/plain", "body"),
    (b"\xff\xfe\x00", "application/json", "body"),
    (b"[" * 30_000, "application/json", "body"),
    (b'{"text": "\\ud800", "platform": "x"}', "application/json", "body.text"),
]


@pytest.mark.parametrize(("raw", "content_type", "loc"), BAD_BODIES)
@pytest.mark.parametrize("path", ["/v1/drafts", "/v1/triage"])
def test_invalid_bodies_get_422_json(
    client: TestClient, raw: bytes, content_type: str, loc: str, path: str
) -> None:
    headers = {**bearer(KEY_ACME), "Content-Type": content_type}
    error = assert_error(client.post(path, content=raw, headers=headers), 422, "invalid_request")
    locs = [".".join(str(p) for p in d["loc"]) for d in error["details"]]  # type: ignore[union-attr]
    assert any(item.startswith(loc) for item in locs), locs


BAD_FEEDBACK = [
    ({"action": "sent", "agent": "ana"}, "body.action"),
    ({"action": "accepted"}, "body.agent"),
    ({"action": "accepted", "agent": ""}, "body.agent"),
    ({"action": "edited", "agent": "ana"}, None),  # semantic: needs final_text
    ({"action": "accepted", "agent": "ana", "final_text": "different"}, None),
    ({"action": "rejected", "agent": "ana", "final_text": "x"}, None),
]


@pytest.mark.parametrize(("body", "loc"), BAD_FEEDBACK)
def test_invalid_feedback_gets_422(
    client: TestClient, body: dict[str, object], loc: str | None
) -> None:
    draft_id = create(client)["id"]
    r = client.post(f"/v1/drafts/{draft_id}/feedback", json=body, headers=bearer(KEY_ACME))
    error = assert_error(r, 422, "invalid_request")
    if loc:
        assert loc in [".".join(str(p) for p in d["loc"]) for d in error["details"]]  # type: ignore[union-attr]
    assert client.get(f"/v1/drafts/{draft_id}", headers=bearer(KEY_ACME)).status_code == 200


@pytest.mark.parametrize("chunked", [False, True])
def test_body_limit(make_client: Callable[..., TestClient], chunked: bool) -> None:
    client = make_client(max_body_bytes=2048)
    big = json.dumps({**POST, "text": "x" * 4000}).encode()

    def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(big), 512):
            yield big[i : i + 512]

    content = chunks() if chunked else big
    headers = {**bearer(KEY_ACME), "Content-Type": "application/json"}
    assert_error(client.post("/v1/drafts", content=content, headers=headers), 413, "body_too_large")
    small = json.dumps({**POST, "text": "x" * 1000}).encode()
    assert client.post("/v1/drafts", content=small, headers=headers).status_code == 201


def test_rate_limit_per_key(make_client: Callable[..., TestClient]) -> None:
    client = make_client(rate_limit_per_minute=60, rate_limit_burst=3)
    for _ in range(3):
        assert client.get("/v1/metrics", headers=bearer(KEY_ACME)).status_code == 200
    limited = client.get("/v1/metrics", headers=bearer(KEY_ACME))
    assert_error(limited, 429, "rate_limited")
    assert 1 <= int(limited.headers["retry-after"]) <= 2
    # Another key has its own bucket; unauthenticated calls are 401, not 429.
    assert client.get("/v1/metrics", headers=bearer(KEY_GLOBEX)).status_code == 200
    assert client.get("/v1/metrics").status_code == 401


def test_token_bucket_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert [limiter.acquire("k") for _ in range(2)] == [0.0, 0.0]
    assert limiter.acquire("k") == pytest.approx(1.0)
    now[0] = 1.0
    assert limiter.acquire("k") == 0.0
    assert RateLimiter(per_minute=0, burst=1).acquire("k") == 0.0


@pytest.mark.parametrize(
    ("entries", "error"),
    [
        (["nokey"], "expected 'tenant:key'"),
        (["acme:short"], "at least 16"),
        (["bad tenant:0123456789abcdef"], "invalid tenant"),
        (["a:0123456789abcdef", "b:0123456789abcdef"], "duplicate"),
    ],
)
def test_bad_key_configuration(entries: list[str], error: str) -> None:
    with pytest.raises(ConfigError, match=error):
        ApiKeyRing.parse(entries)


def test_keys_may_be_configured_as_digests() -> None:
    ring = ApiKeyRing.parse([f"acme:sha256:{hash_key(KEY_ACME)}"])
    found = ring.authenticate(KEY_ACME)
    assert found is not None and found.tenant == "acme"
    assert ring.authenticate(KEY_GLOBEX) is None
    assert KEY_ACME not in repr(found)


def test_keys_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOCIALREPLY_API_KEYS", f"acme:{KEY_ACME}, globex:{KEY_GLOBEX}")
    settings = Settings.load()
    app = create_app(settings, assistant=StubAssistant(), store=None)
    assert len(app.state.socialreply.keys) == 2


def test_cors(make_client: Callable[..., TestClient]) -> None:
    client = make_client(cors_origins=["https://helpdesk.example"])
    pre = client.options(
        "/v1/drafts",
        headers={
            "Origin": "https://helpdesk.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert pre.status_code == 200
    assert pre.headers["access-control-allow-origin"] == "https://helpdesk.example"
    other = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "checks": {}}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {
        "database": "ok",
        "pipeline": "ok",
    }


def test_not_ready_when_database_cannot_open(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    settings = Settings(
        api_keys=[f"acme:{KEY_ACME}"], database_url=f"sqlite:///{blocker}/x/db.sqlite"
    )
    with TestClient(create_app(settings, assistant=StubAssistant())) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "unavailable"
        assert_error(client.get("/v1/metrics", headers=bearer(KEY_ACME)), 503, "unavailable")


def test_unknown_route_and_method_are_json(client: TestClient) -> None:
    assert_error(client.get("/v1/nope"), 404, "not_found")
    assert_error(client.delete("/v1/metrics"), 405, "method_not_allowed")


def test_review_page_is_self_contained(client: TestClient) -> None:
    page = client.get("/review")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    html = page.text
    assert "http://" not in html and "https://" not in html
    for asset in ("/review/review.js", "/review/review.css"):
        r = client.get(asset)
        assert r.status_code == 200 and "http" not in r.text.replace("httpx", "")
    script = client.get("/review/review.js").text
    assert ".innerHTML" not in script and "insertAdjacentHTML" not in script


def test_committed_openapi_is_current(client: TestClient) -> None:
    committed = json.loads((REPO / "docs" / "openapi.json").read_text(encoding="utf-8"))
    served = client.get("/openapi.json").json()
    assert served == committed, (
        "docs/openapi.json is stale: run `python -m socialreply.service.openapi docs/openapi.json`"
    )
