"""The review page: ``GET /review`` plus its script and style sheet, all served by this
app (no external assets, no build step).

Authentication: the page itself holds no data. The agent enters an API key and a name once;
both are kept in the tab's ``sessionStorage`` (gone when the tab closes, never in a cookie,
so there is no CSRF surface) and the key is sent as ``Authorization: Bearer`` by ``fetch``.
A strict Content-Security-Policy allows only this origin's script and style.
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI
from fastapi.responses import Response

_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
_ASSETS = {
    "review.html": "text/html; charset=utf-8",
    "review.js": "text/javascript; charset=utf-8",
    "review.css": "text/css; charset=utf-8",
}


def _read(name: str) -> bytes:
    return resources.files(__package__).joinpath("review_assets", name).read_bytes()


def install(app: FastAPI) -> None:
    content = {name: _read(name) for name in _ASSETS}
    headers = {
        "Content-Security-Policy": _CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
    }

    def asset(name: str) -> Response:
        return Response(content[name], media_type=_ASSETS[name], headers=headers)

    @app.get("/review", include_in_schema=False)
    async def review_page() -> Response:
        return asset("review.html")

    @app.get("/review/review.js", include_in_schema=False)
    async def review_script() -> Response:
        return asset("review.js")

    @app.get("/review/review.css", include_in_schema=False)
    async def review_style() -> Response:
        return asset("review.css")
