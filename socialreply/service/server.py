"""Run the service with uvicorn (``socialreply serve``).

Workers are separate processes, so settings reach them through the environment: the CLI
exports its flags as ``SOCIALREPLY_*`` variables (the same ones a deployment would set) and
each worker builds its app with `app_from_env`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from ..config import Settings
from .app import create_app

# Not a settings field: tells workers which config file the parent process was given.
CONFIG_FILE_ENV = "SOCIALREPLY_CONFIG_FILE"


def app_from_env() -> FastAPI:
    """uvicorn factory: settings from ``SOCIALREPLY_*`` variables and the config file."""
    config_file = os.environ.get(CONFIG_FILE_ENV) or None
    return create_app(Settings.load(config_file))


def export_settings(config_file: Path | None, overrides: dict[str, Any]) -> None:
    """Put CLI flags where every worker process finds them."""
    if config_file is not None:
        os.environ[CONFIG_FILE_ENV] = str(Path(config_file).resolve())
    for name, value in overrides.items():
        if value is not None:
            os.environ[f"SOCIALREPLY_{name.upper()}"] = str(value)


def serve(settings: Settings, *, log_level: str = "info") -> None:
    """Serve until interrupted; `settings` (already validated) give host, port, workers."""
    import uvicorn

    uvicorn.run(
        "socialreply.service.server:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=10,
    )
