"""The HTTP API: `create_app(settings, *, assistant=None, store=None)`.

Helpdesk plugins (often JavaScript or Ruby) call it; agents use its review page. Every
response to bad input is a JSON error body (`schemas.ErrorBody`) with a 4xx status, never a
traceback. Feedback is committed to the database before its 201 is sent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal, Protocol

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Settings
from ..errors import (
    DraftNotFoundError,
    FeedbackConflictError,
    FeedbackStoreError,
    InputError,
    ProviderError,
    SocialReplyError,
)
from ..feedback import FeedbackMetrics, FeedbackStore, parse_since
from ..types import Draft, Fact, Post, TriageResult
from . import review
from .auth import ApiKey, ApiKeyRing
from .limits import BodyLimitMiddleware, RateLimiter
from .schemas import (
    ErrorBody,
    FeedbackRequest,
    FeedbackResponse,
    Health,
    PostRequest,
    QueueItem,
    QueueResponse,
    Readiness,
    TriageResponse,
    error_body,
)

log = logging.getLogger("socialreply.service")


class DraftTraceLike(Protocol):
    @property
    def draft(self) -> Draft: ...

    @property
    def intent(self) -> str | None: ...

    @property
    def facts(self) -> list[Fact]: ...


# Rules-only triage of a post up to this long takes well under a millisecond: run inline.
_INLINE_TRIAGE_CHARS = 2000


class DraftingAssistant(Protocol):
    """What the service needs from `ReplyAssistant` (tests may pass a stand-in)."""

    async def adraft_trace(self, post: Post) -> DraftTraceLike: ...

    def triage(self, post: Post) -> TriageResult: ...


def build_assistant(settings: Settings) -> DraftingAssistant:
    """The real pipeline, imported only when a server starts."""
    from ..generation.assistant import ReplyAssistant

    assistant = ReplyAssistant.from_settings(settings)
    # Open the knowledge base and load the embedder now rather than on the first request;
    # a knowledge base that cannot be opened makes /readyz report why.
    assistant.knowledge_base.search("warm-up", k=1)
    built: DraftingAssistant = assistant
    return built


def _knowledge_warnings(assistant: DraftingAssistant | None) -> list[str]:
    """Why drafts have no facts, asked now (an ingest since start-up clears it): the
    knowledge base of a real pipeline does not exist yet or holds 0 chunks. Requests that
    need no facts are served either way, so this never fails readiness."""
    from ..knowledge.availability import no_facts_note

    try:
        kb = getattr(assistant, "knowledge_base", None)
        if kb is None:
            return []
        note = no_facts_note(kb)
    except SocialReplyError as exc:
        note = f"knowledge base: {exc}"
    return [note] if note else []


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Missing or unknown API key"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Malformed JSON or invalid fields"},
    429: {"model": ErrorBody, "description": "Rate limit exceeded (see Retry-After)"},
}
_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
}


class _State:
    """Resources built at start-up (lifespan) and shared by the requests of one worker."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.keys = ApiKeyRing.parse(settings.api_keys)
        self.limiter = RateLimiter(
            per_minute=settings.rate_limit_per_minute, burst=settings.rate_limit_burst
        )
        self.assistant: DraftingAssistant | None = None
        self.store: FeedbackStore | None = None
        self.startup_error: str | None = None

    def require_assistant(self) -> DraftingAssistant:
        if self.assistant is None:
            raise _Unavailable(self.startup_error or "the drafting pipeline is not ready")
        return self.assistant

    def require_store(self) -> FeedbackStore:
        if self.store is None:
            raise _Unavailable(self.startup_error or "the feedback store is not ready")
        return self.store


class _Unavailable(Exception):
    pass


_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer KEY`")


async def authenticate(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiKey:
    """The caller's key (its tenant); 401 if missing or unknown, 429 over the rate limit.

    ``async`` although nothing here awaits: a hash, a dict lookup and a token bucket take
    microseconds, and FastAPI would run a plain function in a worker thread (a thread hop
    per request on every endpoint)."""
    state: _State = request.app.state.socialreply
    key = state.keys.authenticate(credentials.credentials) if credentials else None
    if key is None:
        raise StarletteHTTPException(
            401, "missing or unknown API key", headers={"WWW-Authenticate": "Bearer"}
        )
    wait = state.limiter.acquire(key.key_id)
    if wait > 0:
        raise StarletteHTTPException(
            429,
            f"rate limit of {state.limiter.per_minute} requests per minute exceeded",
            headers={"Retry-After": RateLimiter.retry_after(wait)},
        )
    return key


Auth = Annotated[ApiKey, Depends(authenticate)]


def create_app(
    settings: Settings | None = None,
    *,
    assistant: DraftingAssistant | None = None,
    store: FeedbackStore | None = None,
    assistant_factory: Callable[[Settings], DraftingAssistant] = build_assistant,
) -> FastAPI:
    """Build the ASGI app. Missing `assistant` / `store` are built from `settings` at
    start-up (the app's lifespan); injected ones are used as they are and not closed."""
    settings = settings or Settings.load()
    state = _State(settings)
    state.assistant, state.store = assistant, store
    if not len(state.keys):
        log.warning("no API keys configured (SOCIALREPLY_API_KEYS): every /v1 call gets 401")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned_store = None
        try:
            if state.store is None:
                owned_store = await anyio.to_thread.run_sync(FeedbackStore.from_settings, settings)
                state.store = owned_store
            if state.assistant is None:
                built = await anyio.to_thread.run_sync(assistant_factory, settings)
                # One triage at start-up loads the embedder and language detector, so the
                # first request does not pay their ~3 s load.
                await anyio.to_thread.run_sync(built.triage, Post(text="warm up", platform="x"))
                state.assistant = built
        except SocialReplyError as exc:
            # Start anyway: /healthz answers, /readyz reports why the service is not ready.
            state.startup_error = str(exc)
            log.error("service not ready: %s", exc)
        try:
            yield
        finally:
            if owned_store is not None:
                owned_store.close()

    app = FastAPI(
        title="socialreply",
        version=__version__,
        summary="Draft replies to customer posts; record what agents did with them.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads assets from a CDN; the review page needs none.
        redoc_url=None,
    )
    app.state.socialreply = state
    _install_error_handlers(app)

    @app.post(
        "/v1/drafts",
        status_code=201,
        response_model=Draft,
        responses=_ERRORS,
        tags=["drafts"],
        summary="Draft a reply to a post (stored for feedback)",
    )
    async def create_draft(body: PostRequest, key: Auth) -> Response:
        post = body.to_post()
        trace = await state.require_assistant().adraft_trace(post)
        draft = trace.draft
        await anyio.to_thread.run_sync(
            lambda: state.require_store().save_draft(
                draft, post=post, tenant=key.tenant, intent=trace.intent, facts=trace.facts
            )
        )
        return Response(
            draft.model_dump_json(),
            status_code=201,
            media_type="application/json",
            headers={"Location": f"/v1/drafts/{draft.id}"},
        )

    @app.get(
        "/v1/drafts",
        response_model=QueueResponse,
        responses=_ERRORS,
        tags=["drafts"],
        summary="Drafts awaiting a decision (review queue), most serious first",
    )
    async def list_drafts(
        key: Auth,
        status: Literal["pending"] = "pending",
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> QueueResponse:
        stored = await anyio.to_thread.run_sync(
            lambda: state.require_store().pending(tenant=key.tenant, limit=limit, offset=offset)
        )
        return QueueResponse(
            items=[
                QueueItem(
                    draft=s.draft,
                    post=s.post,
                    intent=s.intent,
                    created_at=s.created_at,
                    status=s.feedback.action if s.feedback else "pending",
                )
                for s in stored
            ]
        )

    @app.get(
        "/v1/drafts/{draft_id}",
        response_model=Draft,
        responses={**_ERRORS, 404: {"model": ErrorBody, "description": "No such draft"}},
        tags=["drafts"],
        summary="A stored draft",
    )
    async def get_draft(draft_id: str, key: Auth) -> Response:
        stored = await anyio.to_thread.run_sync(
            lambda: state.require_store().get_draft(draft_id, tenant=key.tenant)
        )
        return Response(stored.draft.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/drafts/{draft_id}/feedback",
        status_code=201,
        response_model=FeedbackResponse,
        responses={
            **_ERRORS,
            404: {"model": ErrorBody, "description": "No such draft"},
            409: {"model": ErrorBody, "description": "The draft already has a decision"},
        },
        tags=["feedback"],
        summary="Record an agent's decision (durable before the 201)",
    )
    async def post_feedback(draft_id: str, body: FeedbackRequest, key: Auth) -> FeedbackResponse:
        store = state.require_store()

        def decide() -> FeedbackResponse:
            if body.action != "rejected" and not body.confirm_crisis:
                stored = store.get_draft(draft_id, tenant=key.tenant)
                if stored.draft.escalation.level == "crisis":
                    raise InputError(
                        "this is a crisis-level draft: set confirm_crisis to true to send it"
                    )
            saved = store.record_feedback(
                draft_id,
                body.action,
                body.agent,
                final_text=body.final_text,
                reason=body.reason,
                tenant=key.tenant,
            )
            return FeedbackResponse.model_validate(saved.model_dump(exclude={"tenant"}))

        # The commit (fsync) happens in this call: the 201 is only sent after it returns.
        return await anyio.to_thread.run_sync(decide)

    @app.post(
        "/v1/triage",
        response_model=TriageResponse,
        responses=_ERRORS,
        tags=["drafts"],
        summary="Escalation level, categories with evidence, PII and language of a post",
    )
    async def post_triage(body: PostRequest, key: Auth) -> Response:
        assistant = state.require_assistant()
        post = body.to_post()
        if getattr(assistant, "triage_runs_model", True) or len(post.text) > _INLINE_TRIAGE_CHARS:
            # A worker thread: the semantic pass spends milliseconds in onnxruntime (which
            # releases the GIL), and a long post's rules take as long; the event loop
            # keeps serving other requests meanwhile.
            result = await anyio.to_thread.run_sync(assistant.triage, post)
        else:
            result = assistant.triage(post)  # rules only: cheaper than a thread hop
        payload = TriageResponse(
            **result.escalation.model_dump(), pii=result.pii, language=result.language
        )
        return Response(payload.model_dump_json(), media_type="application/json")

    @app.get(
        "/v1/metrics",
        response_model=FeedbackMetrics,
        responses=_ERRORS,
        tags=["feedback"],
        summary="Acceptance, edit and rejection rates, edit distance, escalations",
    )
    async def get_metrics(
        key: Auth,
        since: Annotated[
            str | None,
            Query(max_length=64, description="7d, 12h, 30m or an ISO date/datetime (UTC)"),
        ] = None,
    ) -> FeedbackMetrics:
        moment = parse_since(since) if since else None
        return await anyio.to_thread.run_sync(
            lambda: state.require_store().metrics(tenant=key.tenant, since=moment)
        )

    @app.get("/healthz", response_model=Health, tags=["operations"], summary="Liveness")
    async def healthz() -> Health:
        return Health(status="ok")

    @app.get(
        "/readyz",
        response_model=Readiness,
        responses={503: {"model": Readiness, "description": "Not ready"}},
        tags=["operations"],
        summary="Readiness: database reachable, pipeline loaded; warnings: no facts",
    )
    async def readyz() -> JSONResponse:
        checks: dict[str, str] = {}
        try:
            await anyio.to_thread.run_sync(lambda: state.require_store().ping())
            checks["database"] = "ok"
        except (_Unavailable, SocialReplyError) as exc:
            checks["database"] = str(exc)
        checks["pipeline"] = "ok" if state.assistant is not None else "not loaded"
        if state.startup_error:
            checks["startup"] = state.startup_error
        ready = all(v == "ok" for v in checks.values())
        warnings = await anyio.to_thread.run_sync(_knowledge_warnings, state.assistant)
        health = Readiness(
            status="ok" if ready else "unavailable", checks=checks, warnings=warnings
        )
        return JSONResponse(health.model_dump(), status_code=200 if ready else 503)

    review.install(app)

    # Order matters: the body limit runs before anything parses the body; CORS is the
    # outermost layer so that error responses (413 included) carry its headers too.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["Retry-After", "Location"],
            max_age=600,
        )
    return app


def _install_error_handlers(app: FastAPI) -> None:
    def reply(status: int, code: str, message: str, **kwargs: Any) -> JSONResponse:
        return JSONResponse(error_body(code, message, **kwargs), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {
                "loc": [p if isinstance(p, int) else str(p) for p in err.get("loc", ())],
                "msg": str(err.get("msg", "")),
                "type": str(err.get("type", "")),
            }
            for err in exc.errors()
        ]
        first = details[0] if details else None
        message = (
            f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
            if first
            else "invalid request"
        )
        return reply(422, "invalid_request", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # FastAPI answers 400 for bodies it cannot decode at all (invalid UTF-8, JSON
            # nested too deep); to clients that is malformed JSON like any other: 422.
            detail = [{"loc": ["body"], "msg": str(exc.detail), "type": "json_invalid"}]
            return reply(422, "invalid_request", f"body: {exc.detail}", details=detail)
        response = reply(
            exc.status_code, _STATUS_CODES.get(exc.status_code, "error"), str(exc.detail)
        )
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(DraftNotFoundError)
    async def not_found(request: Request, exc: DraftNotFoundError) -> JSONResponse:
        # Another tenant's draft is reported exactly like a missing one.
        return reply(404, "not_found", str(exc))

    @app.exception_handler(FeedbackConflictError)
    async def conflict(request: Request, exc: FeedbackConflictError) -> JSONResponse:
        return reply(409, "conflict", str(exc))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return reply(422, "invalid_request", str(exc))

    @app.exception_handler(FeedbackStoreError)
    async def store_down(request: Request, exc: FeedbackStoreError) -> JSONResponse:
        log.error("feedback store error: %s", exc)
        return reply(503, "unavailable", "the feedback database is unavailable")

    @app.exception_handler(_Unavailable)
    async def not_ready(request: Request, exc: _Unavailable) -> JSONResponse:
        return reply(503, "unavailable", str(exc))

    @app.exception_handler(ProviderError)
    async def provider_failed(request: Request, exc: ProviderError) -> JSONResponse:
        log.error("provider error: %s", exc)
        return reply(502, "provider_error", "the language model provider failed")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return reply(500, "internal_error", "internal error")
