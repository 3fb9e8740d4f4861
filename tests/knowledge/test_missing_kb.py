"""A read-only use of a knowledge base folder that does not exist is one clear error and
creates nothing (session 20 QA: `kb search QUERY --kb typo_dir` created `typo_dir` and
answered "no results"; session 21: `serve` and `eval run` did the same); `kb ingest`,
`demo` and `KnowledgeBase.open(path)` still create it, and `draft` or `serve` without
`--kb` before the first ingest still run without facts (with a note)."""

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


_SUITE = (
    "cases:\n  - id: c0\n    post: {text: hi, platform: x}\n"
    "    knowledge: [{id: f1, text: Hello.}]\n"
    "    assert: [{type: icontains, value: hello}]\n"
)


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """`serve` run in-process: records the settings it would serve with instead of
    starting uvicorn (and exporting SOCIALREPLY_* into this process)."""
    from socialreply.service import server

    started: list[object] = []
    monkeypatch.setattr(server, "export_settings", lambda *_args: None)
    monkeypatch.setattr(server, "serve", lambda cfg, **_kw: started.append(cfg))
    return started


def _service_or_eval_argv(command: str, tmp_path: Path) -> list[str]:
    if command == "serve":
        return ["serve"]
    suite = tmp_path / "suite.yaml"
    suite.write_text(_SUITE, encoding="utf-8")
    return ["eval", "run", str(suite), "--provider", "macros", "--output", str(tmp_path / "run")]


@pytest.mark.parametrize("command", ["serve", "eval run"])
@pytest.mark.parametrize("named_by", ["flag", "env"])
def test_serve_and_eval_run_on_a_missing_kb_stop_before_starting(
    command: str,
    named_by: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_server: list[object],
) -> None:
    """Session 21 QA: both created the mistyped folder and ran on an empty store (a service
    answering every post without facts, an eval run scoring drafts that could cite none)."""
    typo = tmp_path / "typo_dir"
    argv = _service_or_eval_argv(command, tmp_path)
    if named_by == "flag":
        argv += ["--kb", str(typo)]
    else:
        monkeypatch.setenv("SOCIALREPLY_KB_DIR", str(typo))
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (1, "")
    assert err == (
        f"error: knowledge base not found: {typo} "
        f"(run `socialreply kb ingest PATH --kb {typo}` first)\n"
    )
    assert not typo.exists() and not (tmp_path / "run").exists() and not no_server


def test_serve_with_the_default_kb_before_the_first_ingest_warns_and_serves(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_server: list[object],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "serve")
    assert code == 0 and len(no_server) == 1
    assert "knowledge base .socialreply/kb does not exist yet; drafts will have no facts" in err


def test_serve_and_eval_run_with_an_existing_kb_folder_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_server: list[object]
) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    assert _run(capsys, "serve", "--kb", str(kb))[0] == 0 and len(no_server) == 1
    code, _, err = _run(capsys, *_service_or_eval_argv("eval run", tmp_path), "--kb", str(kb))
    assert code == 0, err


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
