"""Shared knowledge-base fixtures: one embedder (the ONNX model loads once per session) and
one ingested copy of the project's sample store, reused by every read-only test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialreply.knowledge import KnowledgeBase
from socialreply.knowledge.embeddings import MiniLMEmbedder

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "kb"
SAMPLE_STORE = REPO / "knowledge"


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture
def fixture_store(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/kb (tests edit and delete files in it)."""
    target = tmp_path / "src"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def kb(tmp_path: Path, embedder: MiniLMEmbedder) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.open(tmp_path / "kb", embedder=embedder)
    yield base
    base.close()


@pytest.fixture(scope="session")
def sample_kb(
    tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedder
) -> Iterator[KnowledgeBase]:
    """The sample store (knowledge/), ingested once per test session."""
    if not SAMPLE_STORE.is_dir():
        pytest.skip("the sample store knowledge/ is not in this checkout")
    base = KnowledgeBase.open(tmp_path_factory.mktemp("sample") / "kb", embedder=embedder)
    report = base.ingest([SAMPLE_STORE])
    assert not report.skipped, report.summary()
    yield base
    base.close()
