"""Property-based tests generated from the OpenAPI schema (schemathesis): whatever the
input, the service answers without a 5xx, and every error is the documented JSON body."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation.modes import GenerationMode

from socialreply.config import Settings
from socialreply.feedback import FeedbackStore
from socialreply.service import create_app

from .conftest import KEY_ACME, KEYS, bearer
from .stub import StubAssistant

app = create_app(
    Settings(api_keys=KEYS, rate_limit_per_minute=0, max_body_bytes=16 * 1024),
    assistant=StubAssistant(),
    store=FeedbackStore.open("sqlite:///:memory:"),
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
# Valid and invalid data alike: bad input must be a 4xx, never a 5xx.
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], database="none"
)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_on_generated_input(case: schemathesis.Case) -> None:
    response = case.call(headers=bearer(KEY_ACME))
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
