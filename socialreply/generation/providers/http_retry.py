"""The retry policy and failure types of the direct chat transport (`openai_direct.py`).

Why our own: the direct transport used to borrow the openai SDK's private members for
this (`_should_retry`, `_sleep_for_retry`, `_make_status_error_from_response`,
`FinalRequestOptions`), which an SDK upgrade may rename or change without notice. The rules
below are written down here instead, and the tests hold them to what the SDK path does (the
same socialreply error, message and number of attempts for each status, header and body):

* a connection error or a timeout is retried while retries remain;
* an HTTP error is retried when the server says so (``x-should-retry: true``), never when
  it says not to (``x-should-retry: false``) or asks for a wait over `MAX_RETRY_AFTER`
  (120 s); otherwise on 408, 409, 429 and 5xx;
* the wait is the server's (``retry-after-ms``, else ``Retry-After`` in seconds or as an
  HTTP date) when it is positive and at most `MAX_RETRY_AFTER`, else exponential backoff
  (0.5 s doubled per retry taken, at most 8 s) less a random 0-25 % jitter;
* the last failure is raised as a `StatusFailure` (its message as the SDK words it:
  ``Error code: N`` and `` - message`` from a JSON body's ``error.message``),
  a `ConnectFailure` or a `TimeoutFailure`; `openai.map_openai_error` types them as it
  types the SDK's exceptions.
"""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 120.0
RETRY_STATUSES = frozenset({408, 409, 429})


class RequestFailure(Exception):
    """A chat request that failed after the policy's retries (direct transport)."""


class ConnectFailure(RequestFailure):
    """No answer: the connection failed or broke (the SDK's ``APIConnectionError``)."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class TimeoutFailure(ConnectFailure):
    """No answer in time (the SDK's ``APITimeoutError``, a connection error too)."""

    def __init__(self) -> None:
        super().__init__("Request timed out.")


class StatusFailure(RequestFailure):
    """An HTTP error answer. `body` is the decoded JSON body's ``error`` member (or the
    whole JSON, or the text when it is not JSON), as the SDK's ``APIStatusError.body``."""

    def __init__(self, status_code: int, body: object, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.message = message


def status_failure(status_code: int, raw: bytes, charset: str | None = None) -> StatusFailure:
    """The failure for an HTTP error answer with body `raw`."""
    text = raw.decode(charset or "utf-8", errors="replace").strip()
    message = f"Error code: {status_code}"
    body: object = text
    try:
        body = json.loads(text)
    except ValueError:
        pass
    else:
        error = body.get("error", body) if isinstance(body, Mapping) else None
        detail = error.get("message") if isinstance(error, Mapping) else None
        if isinstance(detail, str) and detail:
            message += f" - {detail}"
    data = body.get("error", body) if isinstance(body, Mapping) else body
    return StatusFailure(status_code, data, message)


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds the server asks to wait (``retry-after-ms``, else ``Retry-After`` as a
    number or an HTTP date), None when it does not say or says it unreadably. A number too
    large for a float counts as a wait over the maximum, never as no wait."""
    if headers is None:
        return None
    for name, divisor in (("retry-after-ms", 1000), ("retry-after", 1)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            delay = float(value)
        except ValueError:
            continue
        if delay == math.inf and value.strip().lower() not in (
            "inf",
            "+inf",
            "infinity",
            "+infinity",
        ):
            return MAX_RETRY_AFTER + 1
        return delay / divisor
    date = headers.get("retry-after")
    if date is None:
        return None
    try:
        parsed = email.utils.parsedate_tz(date)
        if parsed is None:
            return None
        return float(email.utils.mktime_tz(parsed) - time.time())
    except (TypeError, ValueError, OverflowError, OSError):
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and after how long a failed chat request is sent again."""

    max_retries: int
    random: Callable[[], float] = random.random

    def should_retry(self, status_code: int, headers: Mapping[str, str]) -> bool:
        """Whether an HTTP error answer is worth another attempt (retries left aside)."""
        wait = retry_after(headers)
        if wait is not None and math.isfinite(wait) and wait > MAX_RETRY_AFTER:
            return False
        verdict = headers.get("x-should-retry")
        if verdict in ("true", "false"):
            return verdict == "true"
        return status_code in RETRY_STATUSES or status_code >= 500

    def delay(self, retries_taken: int, headers: Mapping[str, str] | None) -> float:
        """Seconds to wait before the retry after `retries_taken` retries."""
        wait = retry_after(headers)
        if wait is not None and math.isfinite(wait) and 0 < wait <= MAX_RETRY_AFTER:
            return wait
        backoff = min(INITIAL_DELAY * 2.0 ** min(retries_taken, 1000), MAX_DELAY)
        return max(backoff * (1 - 0.25 * self.random()), 0.0)


def header_view(raw: Any) -> dict[str, str]:
    """Response headers by lower-cased name, a repeated header's values joined with
    ``", "`` (as httpx reads them for the SDK); `raw` is an aiohttp ``CIMultiDictProxy`` or
    any mapping."""
    if hasattr(raw, "getall"):
        return {str(k).lower(): ", ".join(raw.getall(k)) for k in raw}
    return {str(k).lower(): v for k, v in dict(raw).items()}
