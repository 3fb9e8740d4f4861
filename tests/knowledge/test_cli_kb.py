"""`socialreply kb ingest|search|stats` through `socialreply.cli.main(argv)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialreply import KnowledgeBase
from socialreply.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_search_stats(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = str(tmp_path / "kb")
    (fixture_store / "broken.md").write_bytes(b"\x00\x01binary")
    code, out, err = _run(capsys, "kb", "ingest", str(fixture_store), "--kb", kb)
    assert code == 0
    assert out == ""  # progress and the summary go to stderr
    assert "documents 8 added" in err
    assert "broken.md: binary file" in err

    code, out, err = _run(capsys, "kb", "ingest", str(fixture_store), "--kb", kb)
    assert code == 0 and "8 unchanged" in err and "chunks 0 added" in err

    code, out, _ = _run(
        capsys, "kb", "search", "do gift cards expire", "-k", "2", "--kb", kb, "--json"
    )
    assert code == 0
    results = json.loads(out)
    assert len(results) == 2
    assert set(results[0]) == {"id", "doc_id", "source", "title", "score", "text"}
    assert results[0]["doc_id"] == "faq-gift-cards"
    assert results[0]["source"].endswith("faq/faq.jsonl")

    code, out, _ = _run(capsys, "kb", "search", "tent", "--type", "product", "--kb", kb)
    assert code == 0 and out.startswith("1. Summit 2 Tent [summit-2-tent]")

    code, out, _ = _run(capsys, "kb", "stats", "--kb", kb, "--json")
    stats = json.loads(out)
    assert (stats["documents"], stats["collection"]) == (8, "socialreply")


def test_strict_ingest_fails_with_one_line(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (fixture_store / "empty.md").write_text("", encoding="utf-8")
    code, out, err = _run(
        capsys, "kb", "ingest", str(fixture_store), "--strict", "--kb", str(tmp_path / "kb")
    )
    assert code == 1 and out == ""
    assert err.strip().endswith("empty.md: empty file")
    assert err.startswith("error: ") and err.count("\n") == 1


def test_collection_option_and_missing_path(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = str(tmp_path / "kb")
    code, _, err = _run(
        capsys, "kb", "ingest", str(fixture_store / "faq"), "--kb", kb, "--collection", "faq"
    )
    assert code == 0
    code, out, _ = _run(capsys, "kb", "stats", "--kb", kb, "--collection", "faq", "--json")
    assert json.loads(out)["documents"] == 2
    code, _, err = _run(capsys, "kb", "ingest", str(tmp_path / "missing"), "--kb", kb)
    assert code == 1 and "no such file or folder" in err


def test_unreachable_server_is_one_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "kb", "stats", "--chroma-url", "http://127.0.0.1:9")
    assert code == 1 and out == ""
    assert err.startswith("error: cannot reach the Chroma server at http://127.0.0.1:9")


def test_no_results_says_why(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Session 20 QA: an empty query or a filter nothing matched was answered "is the
    knowledge base empty? run kb ingest" on a knowledge base that was not empty."""
    kb = str(tmp_path / "kb")
    KnowledgeBase.open(kb).close()  # an empty store (a missing folder is an error)
    code, _, err = _run(capsys, "kb", "search", "tent", "--kb", kb)
    assert code == 0 and "is the knowledge base empty?" in err
    assert _run(capsys, "kb", "ingest", str(fixture_store), "--kb", kb)[0] == 0
    code, out, err = _run(capsys, "kb", "search", "  ", "--kb", kb)
    assert (code, out) == (0, "") and "the query is empty" in err and "ingest" not in err
    code, out, err = _run(capsys, "kb", "search", "tent", "--type", "prodcut", "--kb", kb)
    assert (code, out) == (0, "") and "--type prodcut" in err and "ingest" not in err
    code, out, err = _run(capsys, "kb", "search", "tent", "--tag", "nope", "--kb", kb)
    assert (code, out) == (0, "") and "--tag nope" in err and "ingest" not in err
