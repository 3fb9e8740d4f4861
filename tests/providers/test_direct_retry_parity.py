"""The direct transport's own retry policy and errors (`http_retry.py`) against the SDK's
aiohttp path: for each scripted sequence of answers (status, headers, body) both give the
same outcome (the completion, or the same socialreply error and message) after the same
number of attempts; and the policy's waits, row by row."""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import time
from typing import Any, Literal

import pytest

from socialreply.errors import (
    ModelNotFoundError,
    ProviderError,
    ProviderUnavailableError,
    RateLimitedError,
)
from socialreply.generation.providers.http_retry import (
    MAX_RETRY_AFTER,
    RetryPolicy,
    header_view,
    retry_after,
    status_failure,
)
from socialreply.generation.providers.openai import OpenAIChatModel

from .test_fake_openai_server import MESSAGES

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("allow_model_requests")]

Transport = Literal["aiohttp", "aiohttp-direct"]
Answer = tuple[int, dict[str, str], str]
OK: Answer = (
    200,
    {"Content-Type": "application/json"},
    json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}),
)
FAST = {"retry-after-ms": "1"}  # a retry waits 1 ms
JSON = {"Content-Type": "application/json"}


def _err(message: str) -> str:
    return json.dumps({"error": {"message": message, "type": "x", "code": "c"}})


async def _run(transport: Transport, answers: list[Answer], max_retries: int) -> tuple[Any, int]:
    """The outcome of one `complete` against a server giving `answers` in turn (the last
    one repeated), and the number of requests it received."""
    from aiohttp import web

    count = 0

    async def handle(request: web.Request) -> web.Response:
        nonlocal count
        await request.read()
        status, headers, body = answers[min(count, len(answers) - 1)]
        count += 1
        return web.Response(status=status, headers=headers, body=body.encode())

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}/v1"
    model = OpenAIChatModel(
        "m", api_key="k", base_url=url, transport=transport, max_retries=max_retries
    )
    outcome: Any
    try:
        outcome = (await model.complete(MESSAGES)).text
    except ProviderError as exc:
        outcome = (type(exc), str(exc).replace(url, "URL"))
    finally:
        await model.aclose()
        await runner.cleanup()
    return outcome, count


# (answers, max_retries, expected error type or None for success, expected attempts)
ROWS: list[tuple[list[Answer], int, type[Exception] | None, int]] = [
    ([(429, FAST, _err("slow down")), OK], 2, None, 2),
    ([(429, FAST, _err("slow down"))], 2, RateLimitedError, 3),
    ([(429, FAST, _err("slow down"))], 0, RateLimitedError, 1),
    ([(500, FAST, _err("boom"))], 1, ProviderUnavailableError, 2),
    ([(503, FAST, "down for maintenance")], 1, ProviderUnavailableError, 2),
    ([(502, FAST, "")], 1, ProviderUnavailableError, 2),
    (
        [(500, {**FAST, **JSON}, json.dumps({"detail": "no error key"}))],
        1,
        ProviderUnavailableError,
        2,
    ),
    ([(408, FAST, _err("request timeout")), OK], 1, None, 2),
    ([(409, FAST, _err("lock timeout")), OK], 1, None, 2),
    ([(400, FAST, _err("bad request"))], 2, ProviderError, 1),
    ([(400, FAST, "plain text complaint")], 2, ProviderError, 1),
    ([(401, FAST, _err("bad key"))], 2, ProviderError, 1),
    ([(403, FAST, json.dumps(["not", "a", "mapping"]))], 2, ProviderError, 1),
    ([(404, FAST, _err("no such model"))], 2, ModelNotFoundError, 1),
    ([(422, FAST, _err("unprocessable"))], 2, ProviderError, 1),
    ([(400, {**FAST, "x-should-retry": "true"}, _err("try again")), OK], 1, None, 2),
    ([(500, {**FAST, "x-should-retry": "false"}, _err("give up"))], 2, ProviderUnavailableError, 1),
    ([(429, {"Retry-After": "600"}, _err("much later"))], 2, RateLimitedError, 1),
    ([(429, {"retry-after-ms": "1e400"}, _err("overflow"))], 2, RateLimitedError, 1),
    ([(500, {}, _err("backoff")), OK], 1, None, 2),  # no header: ~0.4-0.5 s backoff
    ([(200, JSON, "{not json")], 2, ProviderUnavailableError, 1),
    ([(200, {"Content-Type": "text/plain"}, OK[2])], 2, None, 1),
]


@pytest.mark.parametrize(("answers", "max_retries", "error", "attempts"), ROWS)
def test_the_same_outcome_and_attempts_on_both_transports(
    answers: list[Answer], max_retries: int, error: type[Exception] | None, attempts: int
) -> None:
    sdk = asyncio.run(_run("aiohttp", answers, max_retries))
    direct = asyncio.run(_run("aiohttp-direct", answers, max_retries))
    assert direct == sdk
    outcome, count = direct
    assert count == attempts
    if error is None:
        assert outcome == "hi"
    else:
        assert outcome[0] is error


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("max_retries", [0, 1])
def test_a_refused_connection_is_the_same_error_after_the_same_waits(max_retries: int) -> None:
    """Compared with the SDK over httpx (the provider's default transport): the SDK's
    vendored aiohttp transport maps every aiohttp connection error to a connect *timeout*
    (its AIOHTTP_EXC_MAP), so there a refused connection reads "timed out"; the direct
    transport keeps it a connection error, as it was before. The waits are the same on
    all three."""

    async def run(transport: Literal["httpx", "aiohttp", "aiohttp-direct"]) -> tuple[Any, float]:
        url = f"http://127.0.0.1:{_free_port()}/v1"
        model = OpenAIChatModel(
            "m", api_key="k", base_url=url, transport=transport, max_retries=max_retries
        )
        started = time.perf_counter()
        try:
            await model.complete(MESSAGES)
        except ProviderError as exc:
            return (type(exc), str(exc).replace(url, "URL")), time.perf_counter() - started
        finally:
            await model.aclose()
        raise AssertionError("no error")

    waits = {}
    outcomes = {}
    for transport in ("httpx", "aiohttp", "aiohttp-direct"):
        outcomes[transport], waits[transport] = asyncio.run(run(transport))  # type: ignore[arg-type]
    assert outcomes["aiohttp-direct"] == outcomes["httpx"]
    assert outcomes["aiohttp-direct"][0] is ProviderUnavailableError
    for wait in waits.values():  # one backoff (0.375-0.5 s) per retry
        assert (wait >= 0.37) is (max_retries == 1)


def _http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "retries_taken", "rand", "low", "high"),
    [
        ({}, 0, 0.0, 0.5, 0.5),  # backoff 0.5 s ...
        ({}, 0, 1.0, 0.375, 0.375),  # ... less up to 25 %
        ({}, 2, 0.0, 2.0, 2.0),  # doubled per retry taken
        ({}, 6, 0.0, 8.0, 8.0),  # at most 8 s
        ({"retry-after-ms": "1500"}, 0, 0.5, 1.5, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0, 0.5, 0.25, 0.25),  # ms first
        ({"retry-after": "2"}, 1, 0.5, 2.0, 2.0),
        ({"retry-after": "2.5"}, 1, 0.5, 2.5, 2.5),
        ({"retry-after": "0"}, 0, 0.0, 0.5, 0.5),  # not positive: backoff
        ({"retry-after": "-3"}, 0, 0.0, 0.5, 0.5),
        ({"retry-after": str(MAX_RETRY_AFTER + 1)}, 1, 0.0, 1.0, 1.0),  # over the cap
        ({"retry-after": "soon"}, 0, 0.0, 0.5, 0.5),  # unreadable
        ({"retry-after": "DATE+30"}, 0, 0.0, 25.0, 31.0),  # a date (made when the row runs)
        ({"retry-after": "DATE-30"}, 0, 0.0, 0.5, 0.5),  # a date gone by
    ],
)
def test_the_wait_before_a_retry(
    headers: dict[str, str], retries_taken: int, rand: float, low: float, high: float
) -> None:
    headers = {
        k: _http_date(float(v[4:])) if v.startswith("DATE") else v for k, v in headers.items()
    }
    delay = RetryPolicy(3, random=lambda: rand).delay(retries_taken, headers)
    assert low <= delay <= high


@pytest.mark.parametrize(
    ("status", "headers", "retried"),
    [
        (408, {}, True),
        (409, {}, True),
        (429, {}, True),
        (500, {}, True),
        (599, {}, True),
        (400, {}, False),
        (401, {}, False),
        (404, {}, False),
        (422, {}, False),
        (400, {"x-should-retry": "true"}, True),
        (503, {"x-should-retry": "false"}, False),
        (503, {"x-should-retry": "maybe"}, True),  # neither word: the status decides
        (429, {"retry-after": "121"}, False),  # asks for more than the cap
        (429, {"retry-after": "120"}, True),
        (429, {"retry-after-ms": "1e400"}, False),  # overflow: too long, not "no wait"
        (429, {"retry-after": "inf", "x-should-retry": "true"}, True),  # inf literal
    ],
)
def test_which_answers_are_retried(status: int, headers: dict[str, str], retried: bool) -> None:
    assert RetryPolicy(2).should_retry(status, headers) is retried


@pytest.mark.parametrize(
    ("status", "raw", "message", "body"),
    [
        (400, b'{"error": {"message": "bad"}}', "Error code: 400 - bad", {"message": "bad"}),
        (500, b'{"detail": "x"}', "Error code: 500", {"detail": "x"}),
        (503, b"  down  ", "Error code: 503", "down"),
        (502, b"", "Error code: 502", ""),
        (400, b'{"error": {"message": ""}}', "Error code: 400", {"message": ""}),
        (400, b'{"error": "flat"}', "Error code: 400", "flat"),
    ],
)
def test_status_failure_words_as_the_sdk(
    status: int, raw: bytes, message: str, body: object
) -> None:
    failure = status_failure(status, raw)
    assert (str(failure), failure.status_code, failure.body) == (message, status, body)


def test_header_view_reads_any_case_and_joins_repeats() -> None:
    from multidict import CIMultiDict, CIMultiDictProxy

    raw = CIMultiDict([("Retry-After", "1"), ("X-A", "a"), ("x-a", "b")])
    assert header_view(CIMultiDictProxy(raw)) == {"retry-after": "1", "x-a": "a, b"}
    assert retry_after(header_view({"Retry-After-Ms": "20"})) == 0.02
    assert retry_after(None) is None
