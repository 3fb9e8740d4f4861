"""A real Chroma server (`chroma run`) started by the test, used through
`KnowledgeBase.connect`."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialreply.knowledge import KnowledgeBase
from socialreply.knowledge.embeddings import MiniLMEmbedder
from socialreply.knowledge.store import wait_for_server

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = Path(sys.executable).with_name("chroma")
    if not binary.exists():
        found = shutil.which("chroma")
        if found is None:
            pytest.skip("the chroma command (chromadb package) is not installed")
        binary = Path(found)
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = (data / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            str(binary),
            "run",
            "--path",
            str(data / "db"),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(url, timeout=60)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_ingest_and_search_through_a_server(
    chroma_url: str, fixture_store: Path, embedder: MiniLMEmbedder
) -> None:
    with KnowledgeBase.connect(chroma_url, collection="server-test", embedder=embedder) as kb:
        report = kb.ingest([fixture_store])
        assert len(report.docs_added) == 8
        facts = kb.search("how long do I have to return something", k=3)
        assert facts[0].doc_id == "returns-policy"
        assert facts[0].metadata["similarity"] > 0.3
        assert kb.stats()["location"] == chroma_url
    # A second worker connects without an embedder: the registered function is rebuilt.
    with KnowledgeBase.connect(chroma_url, collection="server-test") as worker:
        assert worker.embedder.spec == "minilm"
        again = worker.ingest([fixture_store])
        assert (again.chunks_added, again.embedded) == (0, 0)
        assert worker.search("NW-S2T", k=1)[0].doc_id == "summit-2-tent"


def test_search_sees_another_workers_ingest(
    chroma_url: str, fixture_store: Path, embedder: MiniLMEmbedder
) -> None:
    reader = KnowledgeBase.connect(
        chroma_url, collection="shared", embedder=embedder, refresh_seconds=0
    )
    assert reader.search("gift cards") == []
    with KnowledgeBase.connect(chroma_url, collection="shared", embedder=embedder) as writer:
        writer.ingest([fixture_store / "faq"])
    assert reader.search("do gift cards expire", k=1)[0].doc_id == "faq-gift-cards"
    reader.close()


def test_cli_against_the_server(
    chroma_url: str, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from socialreply.cli import main

    assert main(["kb", "ingest", str(fixture_store), "--chroma-url", chroma_url]) == 0
    capsys.readouterr()
    assert (
        main(["kb", "search", "rain jacket", "--chroma-url", chroma_url, "--json", "-k", "1"]) == 0
    )
    out, _ = capsys.readouterr()
    assert '"doc_id": "trailblazer-rain-jacket"' in out
