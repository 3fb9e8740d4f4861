"""Shared fixtures. Every test runs with an isolated HOME and working directory and no
SOCIALREPLY_* / OPENAI_* variables from the developer's shell."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Captured at import, before any test isolates HOME: where `socialreply models pull` (run by
# `make local-model` before the tests) put the default model. SOCIALREPLY_MODEL_DIR
# overrides; SOCIALREPLY_SKIP_MODEL_TESTS=1 skips the real-model tests instead of failing.
REAL_MODEL_DIR = Path(
    os.environ.get("SOCIALREPLY_MODEL_DIR") or Path.home() / ".cache" / "socialreply" / "models"
).expanduser()
SKIP_MODEL_TESTS = os.environ.get("SOCIALREPLY_SKIP_MODEL_TESTS") == "1"


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    for key in list(os.environ):
        if key.startswith(("SOCIALREPLY_", "OPENAI_")):
            monkeypatch.delenv(key)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    # Model files assembled once per machine stay shared across tests (see providers),
    # and so does the static MiniLM table derived from the embedder's model.
    from socialreply.knowledge import static_embeddings

    monkeypatch.setattr(static_embeddings, "TABLE_DIR", REAL_MODEL_DIR)
    yield


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture(autouse=True)
def _forbid_model_requests() -> Iterator[None]:
    """No test reaches a real model unless it asks for `allow_model_requests`."""
    from socialreply.generation.providers.test import forbid_model_requests

    with forbid_model_requests():
        yield


@pytest.fixture
def allow_model_requests(_forbid_model_requests: None) -> Iterator[None]:
    """Opt in to real model requests (a local server or model the test itself starts)."""
    from socialreply.generation.providers.test import forbid_model_requests

    with forbid_model_requests(False):
        yield


@pytest.fixture(scope="session")
def local_model_path() -> Path:
    """The pulled default GGUF model; fails (not skips) when missing, unless
    SOCIALREPLY_SKIP_MODEL_TESTS=1."""
    from socialreply.generation.providers.model_store import DEFAULT_MODEL, verify_model_file

    path = REAL_MODEL_DIR / DEFAULT_MODEL.filename
    if verify_model_file(path):
        return path
    message = (
        f"the local model is missing or corrupt at {path}: run `make local-model` "
        "(socialreply models pull) first, or set SOCIALREPLY_SKIP_MODEL_TESTS=1 to skip "
        "the real-model tests"
    )
    if SKIP_MODEL_TESTS:
        pytest.skip(message)
    pytest.fail(message)
