"""Shared fixtures. Every test runs with an isolated HOME and working directory and no
SOCIALREPLY_* / OPENAI_* variables from the developer's shell."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    for key in list(os.environ):
        if key.startswith(("SOCIALREPLY_", "OPENAI_")):
            monkeypatch.delenv(key)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    # Model files assembled once per machine stay shared across tests (see providers).
    yield


@pytest.fixture
def repo() -> Path:
    return REPO
