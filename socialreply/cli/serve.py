"""``socialreply serve``: the HTTP API and the review page (FastAPI + uvicorn)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._common import err, kb_options, missing_default_kb_note, require_named_kb, settings


class PortNumber(click.IntRange):
    """1-65535, one message for every bad value: click's own names the range for 70000 but
    not for "abc". 0 (any free port) is refused: the server announces the port it got."""

    name = "port"

    def __init__(self) -> None:
        super().__init__(1, 65535)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(f"must be a port number from 1 to 65535, not {value}", param, ctx)


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command(
    help="Serve the HTTP API and the review page. Every option also reads SOCIALREPLY_*."
)
@click.option("--host", default=None, help="Interface to bind (env SOCIALREPLY_HOST; 127.0.0.1).")
@click.option(
    "--port", type=PortNumber(), default=None, help="Port, 1-65535 (env SOCIALREPLY_PORT; 8000)."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes, 1-64 (env SOCIALREPLY_WORKERS; 1).",
)
@kb_options
@click.option(
    "--provider",
    default=None,
    help="macros, openai:MODEL, local[:PATH] (env SOCIALREPLY_PROVIDER).",
)
@click.option(
    "--database-url",
    default=None,
    help="sqlite:///PATH (default) or postgresql://… (env SOCIALREPLY_DATABASE_URL).",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str | None,
    port: int | None,
    workers: int | None,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    provider: str | None,
    database_url: str | None,
    log_level: str,
) -> None:
    from ..service.auth import ApiKeyRing
    from ..service.server import export_settings
    from ..service.server import serve as run_server

    overrides = {
        "host": host,
        "port": port,
        "workers": workers,
        "kb_dir": kb_dir,
        "chroma_url": chroma_url,
        "collection": collection,
        "provider": provider,
        "database_url": database_url,
    }
    # Validate flags, environment, file and keys here: one clear error line, before any
    # worker process starts.
    cfg = settings(ctx, **overrides)
    require_named_kb(cfg)
    ApiKeyRing.parse(cfg.api_keys)
    note = missing_default_kb_note(cfg)
    if note:
        err(f"warning: {note}")
    if not cfg.api_keys:
        err("warning: no API keys (SOCIALREPLY_API_KEYS=tenant:key,…): every /v1 call gets 401")
    obj = ctx.find_root().obj
    export_settings(obj.get("config") if isinstance(obj, dict) else None, overrides)
    err(f"socialreply: serving on http://{cfg.host}:{cfg.port} (review page: /review)")
    run_server(cfg, log_level=log_level)
