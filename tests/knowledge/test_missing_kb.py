"""A read-only use of a knowledge base folder that does not exist is one clear error and
creates nothing (session 20 QA: `kb search QUERY --kb typo_dir` created `typo_dir` and
answered "no results"); `kb ingest` and `KnowledgeBase.open(path)` still create it, and
`draft` without `--kb` before the first ingest still drafts without facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialreply import KnowledgeBase, KnowledgeBaseNotFoundError, StoreError
from socialreply.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ("kb", "search", "do gift cards expire"),
        ("kb", "search", "tent", "--json"),
        ("kb", "stats"),
        ("kb", "stats", "--json"),
        ("draft", "Do you ship to Canada?"),
        ("draft", "Do you ship to Canada?", "--json"),
    ],
)
def test_read_only_command_on_a_missing_kb_is_one_error(
    argv: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "typo_dir"
    code, out, err = _run(capsys, *argv, "--kb", str(typo))
    assert (code, out) == (1, "")
    assert err == (
        f"error: knowledge base not found: {typo} "
        f"(run `socialreply kb ingest PATH --kb {typo}` first)\n"
    )
    assert not typo.exists()


def test_draft_batch_on_a_missing_kb_is_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": "1", "text": "hello"}\n', encoding="utf-8")
    typo = tmp_path / "typo_dir"
    code, out, err = _run(capsys, "draft", "--input", str(posts), "--kb", str(typo))
    assert (code, out) == (1, "") and "knowledge base not found" in err
    assert not typo.exists()


def test_kb_dir_from_the_environment_counts_as_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typo = tmp_path / "typo_dir"
    monkeypatch.setenv("SOCIALREPLY_KB_DIR", str(typo))
    code, _, err = _run(capsys, "draft", "hello")
    assert code == 1 and "knowledge base not found" in err
    assert not typo.exists()


def test_ingest_still_creates_the_folder(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "new" / "kb"
    assert _run(capsys, "kb", "ingest", str(fixture_store / "faq"), "--kb", str(kb))[0] == 0
    code, out, _ = _run(capsys, "kb", "search", "gift cards", "--kb", str(kb), "--json")
    assert code == 0 and out.startswith("[")


def test_draft_with_the_default_kb_before_the_first_ingest_still_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run (no --kb, nothing ingested yet) keeps its note and no-facts reply."""
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "draft", "Do you ship to Canada?")
    assert code == 0 and out
    assert "does not exist yet; drafts will have no facts" in err


def test_api_open_without_create_raises_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo_dir"
    with pytest.raises(KnowledgeBaseNotFoundError, match="knowledge base not found") as info:
        KnowledgeBase.open(typo, create=False)
    assert isinstance(info.value, StoreError)
    assert not typo.exists()


def test_api_open_creates_by_default_for_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    with KnowledgeBase.open(folder) as kb:
        assert kb.stats()["documents"] == 0
    assert folder.is_dir()
    with KnowledgeBase.open(folder, create=False) as kb:  # exists now
        assert kb.stats()["documents"] == 0
