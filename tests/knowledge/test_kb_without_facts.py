"""Drafting from a knowledge base with no facts says so on every run and creates nothing
(session 21 QA: the first `draft` without `--kb` created an empty `.socialreply/kb`, so the
note appeared on that run only and every later draft silently had no facts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialreply import KnowledgeBase, ReplyAssistant, Settings
from socialreply.cli import main
from socialreply.knowledge.availability import PendingKnowledgeBase, no_facts_note

MISSING = "knowledge base .socialreply/kb does not exist yet; drafts will have no facts"
EMPTY = "knowledge base .socialreply/kb is empty (0 chunks); drafts will have no facts"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_draft_without_a_kb_notes_it_on_every_run_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        code, out, err = _run(capsys, "draft", "Do you ship to Canada?")
        assert code == 0 and out
        assert f"note: {MISSING} (run: socialreply kb ingest knowledge/)\n" in err
        assert not (tmp_path / ".socialreply" / "kb").exists()


def test_draft_batch_without_a_kb_notes_it_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": "1", "text": "Do you ship to Canada?"}\n', encoding="utf-8")
    code, out, err = _run(capsys, "draft", "--input", str(posts))
    assert code == 0 and out and MISSING in err
    assert not (tmp_path / ".socialreply" / "kb").exists()


def test_draft_with_an_empty_default_kb_notes_it_on_every_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store created empty (by an earlier version's first run, or an ingest of nothing)."""
    monkeypatch.chdir(tmp_path)
    KnowledgeBase.open(".socialreply/kb").close()
    for _ in range(2):
        code, out, err = _run(capsys, "draft", "Do you ship to Canada?")
        assert code == 0 and out
        assert f"note: {EMPTY} (run: socialreply kb ingest knowledge/)\n" in err


def test_draft_with_a_named_empty_kb_notes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    code, _, err = _run(capsys, "draft", "Do you ship to Canada?", "--kb", str(kb))
    assert code == 0
    assert "is empty (0 chunks); drafts will have no facts (run: socialreply kb ingest " in err
    assert f"--kb {kb})" in err


@pytest.mark.parametrize("existing", [True, False])
def test_the_note_names_a_collection_that_is_not_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], existing: bool
) -> None:
    """The command in the note reaches the same collection (an ingest without
    `--collection` would fill the default one and the drafts would still have no facts)."""
    kb = tmp_path / "kb"
    if existing:
        KnowledgeBase.open(kb, collection="spring").close()
    argv = ("draft", "Do you ship to Canada?", "--kb", str(kb), "--collection", "spring")
    code, _, err = _run(capsys, *argv)
    if existing:  # drafts without facts, and says how to fill the collection
        assert code == 0
        assert "is empty (0 chunks); drafts will have no facts" in err
        assert f"(run: socialreply kb ingest knowledge/ --kb {kb} --collection spring)\n" in err
    else:  # a named folder that does not exist is a typo: refused
        assert code == 1
        assert f"(run `socialreply kb ingest PATH --kb {kb} --collection spring` first)" in err
        assert not kb.exists()


def test_the_pending_note_names_a_collection_that_is_not_the_default(tmp_path: Path) -> None:
    settings = Settings(kb_dir=tmp_path / "kb", collection="spring")
    note = no_facts_note(PendingKnowledgeBase(settings)) or ""
    assert note.endswith(
        f"(run: socialreply kb ingest knowledge/ --kb {tmp_path / 'kb'} --collection spring)"
    )


def test_draft_with_facts_has_no_note(
    tmp_path: Path, fixture_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "kb"
    assert _run(capsys, "kb", "ingest", str(fixture_store / "faq"), "--kb", str(kb))[0] == 0
    code, _, err = _run(capsys, "draft", "Do gift cards expire?", "--kb", str(kb))
    assert code == 0 and "drafts will have no facts" not in err


_RETRIEVING_SUITE = (
    "cases:\n  - id: c0\n    post: {text: Do you ship to Canada?, platform: x}\n"
    "    assert: [{type: not-icontains, value: zzz}]\n"
)
_GIVEN_FACTS_SUITE = (
    "cases:\n  - id: c0\n    post: {text: hi, platform: x}\n"
    "    knowledge: [{id: f1, text: Hello.}]\n"
    "    assert: [{type: icontains, value: hello}]\n"
)


@pytest.mark.parametrize(
    ("suite", "warned"), [(_RETRIEVING_SUITE, True), (_GIVEN_FACTS_SUITE, False)]
)
def test_eval_run_without_a_kb_warns_when_a_case_retrieves_and_creates_nothing(
    suite: str,
    warned: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "suite.yaml").write_text(suite, encoding="utf-8")
    argv = ("eval", "run", "suite.yaml", "--provider", "macros", "--output", "run")
    code, _, err = _run(capsys, *argv)
    assert code == 0, err
    assert (MISSING in err) is warned
    assert not (tmp_path / ".socialreply" / "kb").exists()


def test_python_drafts_without_a_kb_create_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "kb"
    assistant = ReplyAssistant.from_settings(Settings(provider="macros", kb_dir=missing))
    notes: list[str] = []
    assistant.on_no_facts = notes.append
    try:
        assert assistant.draft("Do you ship to Canada?").citations == []
        assistant.draft("Do you ship to Canada?")
    finally:
        assistant.close()
    assert not missing.exists()
    assert len(notes) == 1 and "does not exist yet" in notes[0]
    assert assistant.no_facts_note == notes[0]


def test_a_pending_kb_picks_up_the_first_ingest(tmp_path: Path, fixture_store: Path) -> None:
    """A service started before the first `kb ingest` answers with facts after it, as it
    picks up later ingests (previously: the empty store it had created)."""
    folder = tmp_path / "kb"
    pending = PendingKnowledgeBase(Settings(kb_dir=folder), recheck_seconds=0)
    assert pending.search("gift cards") == [] and not folder.exists()
    assert "does not exist yet" in (no_facts_note(pending) or "")
    with KnowledgeBase.open(folder) as kb:
        kb.ingest(fixture_store / "faq")
    assert pending.search("do gift cards expire")
    assert no_facts_note(pending) is None
    pending.close()
