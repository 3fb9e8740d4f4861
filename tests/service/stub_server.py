"""uvicorn factory for tests that need a real server process: the service with the
stand-in assistant and the store named by ``SOCIALREPLY_DATABASE_URL``."""

from __future__ import annotations

from fastapi import FastAPI

from socialreply.config import Settings
from socialreply.service import create_app

from .stub import StubAssistant


def app() -> FastAPI:
    return create_app(Settings.load(), assistant=StubAssistant())
