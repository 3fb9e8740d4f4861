"""CLI: `socialreply draft` (single and batch), `socialreply prompts lint`, `socialreply demo`.

A small knowledge base is ingested once per module through the real `kb ingest` command.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from socialreply.cli import main

POLICIES = {
    "shipping.md": """---
id: shipping-domestic
title: Shipping in the US
tags: [shipping]
---

# Shipping in the US

Standard shipping takes 5-7 business days and costs $6.95. Orders of $75 or more ship free.
Expedited shipping takes 2-3 business days and costs $14.95.
""",
    "returns.md": """---
id: returns-policy
title: Returns Policy
tags: [returns]
---

# Returns Policy

You have 30 days from the delivery date to start a return. Items must be unworn, with the
original tags attached.
""",
}


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("knowledge")
    for name, text in POLICIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def kb_dir(knowledge: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kb") / "kb"
    assert main(["kb", "ingest", str(knowledge), "--kb", str(folder)]) == 0
    return folder


@pytest.fixture(autouse=True)
def _cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_draft_json(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "draft",
            "How long does standard shipping take?",
            "--platform",
            "facebook",
            "--kb",
            str(kb_dir),
            "--provider",
            "macros",
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    draft = json.loads(out)
    assert draft["platform"] == "facebook" and draft["provider"] == "macros"
    assert "5-7 business days" in draft["text"]
    assert draft["citations"][0]["doc_id"] == "shipping-domestic"
    assert draft["prompt_version"].startswith("sha256:")


def test_draft_human_output(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "Do you sell spaceships?", "--kb", str(kb_dir)]) == 0
    out = capsys.readouterr().out
    assert "escalation  review: no_knowledge (auto-send:" in out


def test_draft_with_test_provider(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "hello there", "--kb", str(kb_dir), "--provider", "test", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["provider"] == "test"


def test_draft_usage_and_errors(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--kb", str(kb_dir)]) == 2
    assert main(["draft", "   ", "--kb", str(kb_dir)]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == "error: the post text is empty"
    assert main(["draft", "hi", "--provider", "nope:x", "--kb", str(kb_dir)]) == 1
    assert "error:" in capsys.readouterr().err


def test_draft_batch(kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "a", "text": "How long does standard shipping take?"}).encode(),
        b"{not json",
        json.dumps({"id": 7, "text": "return window?", "platform": "linkedin"}).encode(),
        b"",
        json.dumps({"id": "empty", "text": "  "}).encode(),
        b'{"id": "bytes", "text": "Where is my refund \xff\xfe?"}',
        json.dumps({"id": "p", "text": "hi", "platform": "myspace"}).encode(),
        json.dumps({"text": "no id"}).encode(),
        json.dumps({"id": "jinja", "text": "{{ 7*7 }} {% raw %}"}).encode(),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code = main(["draft", "--input", str(path), "--kb", str(kb_dir), "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["line"], "draft" in r) for r in records] == [
        ("a", 1, True),
        (None, 2, False),
        ("7", 3, True),
        ("empty", 5, False),
        ("bytes", 6, True),
        ("p", 7, False),
        (None, 8, False),
        ("jinja", 9, True),
    ]
    assert records[2]["draft"]["platform"] == "linkedin"
    assert "invalid_input" in [w["code"] for w in records[4]["draft"]["warnings"]]
    assert f"{path}:2: invalid JSON" in err
    # The same words as triage (session 20): the line's id is in its JSON record.
    assert f"{path}:5: the post text is empty" in err
    assert "drafted 5/5" in err
    assert "4 of 8 lines could not be drafted" in err


def test_draft_batch_interrupted_keeps_the_lines_already_drafted(
    kb_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C mid-batch printed nothing: every draft made so far was lost (found by session
    22's QA pass, 60 of 400 drafted and 0 written). Lines are written in input order as
    soon as they and every line before them are done."""
    from socialreply.generation.assistant import ReplyAssistant

    original = ReplyAssistant.adraft

    async def adraft(self: ReplyAssistant, post: Any, **kwargs: Any) -> Any:
        if post.id == "c":
            raise KeyboardInterrupt
        return await original(self, post, **kwargs)

    monkeypatch.setattr(ReplyAssistant, "adraft", adraft)
    lines = [
        json.dumps({"id": "a", "text": "How long does standard shipping take?"}),
        "{not json",
        json.dumps({"id": "b", "text": "return window?"}),
        json.dumps({"id": "c", "text": "interrupted here"}),
        json.dumps({"id": "d", "text": "never drafted"}),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["draft", "--input", str(path), "--kb", str(kb_dir), "--concurrency", "1", "--json"]
    assert main(args) == 130
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["line"], "draft" in r) for r in records] == [
        ("a", 1, True),
        (None, 2, False),
        ("b", 3, True),
    ]
    assert "aborted" in err


def test_prompts_lint(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["prompts", "lint", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["issues"] == [] and report["templates"] >= 25
    broken = tmp_path / "prompts"
    shutil.copytree(report["prompts"], broken)
    (broken / "x.j2").write_text("{{ nope }}", encoding="utf-8")
    assert main(["prompts", "lint", "--prompts", str(broken)]) == 1
    captured = capsys.readouterr()
    assert "x.j2: unknown variable 'nope'" in captured.out
    assert captured.err.strip().splitlines()[-1].startswith("error: 1 template issue")


def test_demo_with_macros(
    knowledge: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    code = main(
        [
            "demo",
            "--provider",
            "macros",
            "--knowledge",
            str(knowledge),
            "--kb",
            str(tmp_path / "demo-kb"),
            "--output",
            str(out_dir),
            "--no-evals",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    drafts = json.loads((out_dir / "drafts.json").read_text(encoding="utf-8"))
    assert len(drafts) >= 14
    assert len({d["post"]["platform"] for d in drafts}) >= 5
    levels = [d["draft"]["escalation"]["level"] for d in drafts]
    assert levels.count("crisis") >= 2
    categories = {c for d in drafts for c in d["draft"]["escalation"]["categories"]}
    assert {"prompt_injection", "privacy_exposure", "no_knowledge"} <= categories
    assert all(d["draft"]["text"] for d in drafts)
    assert (out_dir / "report.md").read_text(encoding="utf-8").startswith("# socialreply demo")
    assert "<table>" in (out_dir / "report.html").read_text(encoding="utf-8")
    assert "socialreply demo" in out and "drafting 16 posts" in err


def test_demo_evals_run_again_in_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socialreply.demo as demo
    from socialreply.config import Settings

    suites = tmp_path / "evals"
    suites.mkdir()
    (suites / "mini.yaml").write_text(
        "name: mini\n"
        "defaults: {platform: x_dm, assert: [{type: within-limit}]}\n"
        "cases:\n"
        "  - id: c1\n"
        '    post: {text: "How long do I have to return boots?"}\n'
        '    knowledge: [{id: "returns#1", text: "You have 30 days to return unworn items."}]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(demo, "find_evals_dir", lambda: suites)
    out = tmp_path / "out"
    (out / "eval").mkdir(parents=True)
    (out / "eval" / "notes.txt").write_text("mine", encoding="utf-8")
    settings = Settings(cache_dir=tmp_path / "cache", kb_dir=tmp_path / "kb")
    for _ in range(2):  # e.g. `make demo` after `make demo-macros`
        result = demo.run_demo_evals(settings, provider="macros", output_dir=out)
        assert result is not None and result["overall"]["cases"] == 1
    lines = (out / "eval" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1  # a new run, not the old one appended to
    assert (out / "eval" / "notes.txt").read_text(encoding="utf-8") == "mine"
