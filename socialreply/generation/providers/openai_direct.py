"""Chat requests posted with aiohttp directly (`OpenAIChatModel(transport="aiohttp-direct")`,
the eval runner's), without the openai SDK.

Why: on the eval runner's saturated event loop the SDK's request path (its options and
header models, an httpx2 request and response around every aiohttp call) cost ~0.85 ms of
CPU per request against ~0.18 ms for the same POST with aiohttp alone (1,000 requests,
concurrency 20), and the loop's CPU bounds the run's wall time.

What a failed request does is `http_retry.py`'s, written to match the SDK path (the tests
run both): which failures are retried, how long to wait, and the failure raised, which
`openai.map_openai_error` turns into the same socialreply error and message as the SDK's
exception. Only public SDK API is used here (its version, for the user agent). Timeouts
are the ones the SDK's aiohttp transport sets (connect, socket read, pool); the headers are
those it sends with ``lean_headers`` (auth, JSON, user agent, retry count, read timeout). A
2xx body labelled JSON is decoded; any other is returned as text, as the SDK does for
``cast_to=object``.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from typing import TYPE_CHECKING, Any

from .http_retry import (
    ConnectFailure,
    RequestFailure,
    RetryPolicy,
    TimeoutFailure,
    header_view,
    status_failure,
)

if TYPE_CHECKING:
    import aiohttp

# The SDK's default connection limits (max_connections=1000, keep-alive expiry 5 s).
_CONNECTION_LIMIT = 1000
_KEEPALIVE_SECONDS = 5.0


class DirectPoster:
    """POSTs JSON bodies to one URL with an aiohttp session of the running loop (a new
    loop gets a new session; `aclose` closes it while its loop still runs)."""

    def __init__(self, url: str, api_key: str, timeout: float) -> None:
        from openai import __version__

        self.url = url
        self.timeout = timeout
        self._headers = {
            "Accept-Encoding": "gzip, deflate",
            "Connection": "keep-alive",
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": f"AsyncOpenAI/Python {__version__}",
            "X-Stainless-Read-Timeout": str(timeout),
        }
        self._session: aiohttp.ClientSession | None = None
        self._loop: weakref.ReferenceType[asyncio.AbstractEventLoop] | None = None
        self._client_timeout: aiohttp.ClientTimeout | None = None

    def _session_for_loop(self) -> aiohttp.ClientSession:
        import aiohttp

        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is not None and self._loop() is loop:
            return self._session
        connector = aiohttp.TCPConnector(
            limit=_CONNECTION_LIMIT, keepalive_timeout=_KEEPALIVE_SECONDS
        )
        self._session = aiohttp.ClientSession(connector=connector)
        self._loop = weakref.ref(loop)
        # As the SDK's aiohttp transport maps httpx's timeout (connect, read, pool).
        self._client_timeout = aiohttp.ClientTimeout(
            sock_connect=self.timeout, sock_read=self.timeout, connect=self.timeout
        )
        return self._session

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is None or self._loop is None:
            return
        if self._loop() is asyncio.get_running_loop():
            await session.close()

    async def post(self, body: dict[str, Any], max_retries: int) -> Any:
        """The decoded answer to `body`, with up to `max_retries` retries under
        `RetryPolicy`; raises `StatusFailure`, `ConnectFailure` or `TimeoutFailure` after
        the last attempt (`http_retry.py`), and ValueError for a 2xx body labelled JSON
        that is not."""
        import aiohttp

        session = self._session_for_loop()
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        policy = RetryPolicy(max_retries)
        for retries_taken in range(max_retries + 1):
            headers = {**self._headers, "X-Stainless-Retry-Count": str(retries_taken)}
            remaining = max_retries - retries_taken
            failed: RequestFailure | None = None
            try:
                async with session.post(
                    self.url,
                    data=payload,
                    headers=headers,
                    timeout=self._client_timeout,
                    allow_redirects=False,
                ) as response:
                    status = response.status
                    raw = await response.read()
                    if 200 <= status < 300:
                        content_type = response.headers.get("Content-Type", "*")
                        return _decode(raw, content_type, response.charset)
                    answer_headers = header_view(response.headers)
                    charset = response.charset
            except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
                failed = TimeoutFailure()
                failed.__cause__ = exc
            except aiohttp.ClientError as exc:
                failed = ConnectFailure()
                failed.__cause__ = exc
            if failed is not None:
                if remaining > 0:
                    await asyncio.sleep(policy.delay(retries_taken, None))
                    continue
                raise failed
            if remaining > 0 and policy.should_retry(status, answer_headers):
                await asyncio.sleep(policy.delay(retries_taken, answer_headers))
                continue
            raise status_failure(status, raw, charset)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _decode(raw: bytes, content_type: str, charset: str | None) -> Any:
    """A JSON body decoded (a ValueError when it is not JSON, as the SDK raises); any
    other body as text."""
    if content_type.split(";")[0].strip().endswith("json"):
        return json.loads(raw)
    return raw.decode(charset or "utf-8", errors="replace")
