from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialreply.cli import main


def test_single_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "gonna suuue you, order NW-123456", "--platform", "x", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"escalation", "pii", "language"}
    assert data["escalation"]["categories"] == ["legal_threat", "privacy_exposure"]
    assert data["escalation"]["level"] == "urgent"
    assert data["escalation"]["auto_send"] is False
    assert data["pii"][0]["kind"] == "order_number"
    assert data["language"] == "en"


def test_single_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "the stove burned my hand", "-p", "facebook"]) == 0
    out = capsys.readouterr().out
    assert "crisis (auto-send: no)" in out
    assert "safety_injury: 'burned my hand' (rule)" in out


def test_empty_text_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "   ", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == "error: the post text is empty"


def test_text_or_input_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage"]) == 2
    assert "give either TEXT or --input" in capsys.readouterr().err


def test_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "i will \x00sue\x07 you", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["escalation"]["categories"] == ["legal_threat"]


def test_policy_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("levels:\n  legal_threat: crisis\n")
    assert main(["triage", "I'll sue", "--policy", str(policy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["escalation"]["level"] == "crisis"
    policy.write_text("levels:\n  legal_threat: huge\n")
    assert main(["triage", "I'll sue", "--policy", str(policy)]) == 1
    assert "levels.legal_threat" in capsys.readouterr().err


def test_batch_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "a", "text": "I will burn your shop down", "platform": "facebook"}),
        "{not json",
        "",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "d", "text": "", "platform": "x"}),
        json.dumps({"id": "e", "text": "hello", "platform": "myspace"}),
        json.dumps({"id": 7, "text": "¿Tienen esta mochila en verde?", "platform": "instagram"}),
        json.dumps(
            {
                "id": "g",
                "text": "my boots fell apart after a week",
                "metrics": {"likes": 9000, "replies": 100, "reposts": 900, "age_minutes": 60},
                "categories": ["ignored extra key"],
            }
        ),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe\n")
    assert main(["triage", "--input", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [r.get("id") for r in out] == ["a", None, None, "d", "e", "7", "g", None]
    assert out[0]["escalation"]["level"] == "crisis"
    assert set(out[0]) == {"id", "escalation", "pii", "language"}
    assert out[1] == {"id": None, "line": 2, "error": out[1]["error"]}
    assert out[1]["error"].startswith("invalid JSON")
    assert out[2]["line"] == 4 and "'id'" in out[2]["error"]
    assert out[3]["line"] == 5 and "empty" in out[3]["error"]
    assert out[4]["line"] == 6 and "platform" in out[4]["error"]
    assert out[5]["language"] == "es"
    assert out[6]["escalation"]["categories"] == ["viral_risk"]
    assert out[7]["line"] == 9 and "UTF-8" in out[7]["error"]
    err = captured.err
    for number in (2, 4, 5, 6, 9):
        assert f"{path}:{number}:" in err
    assert "5 of 8 lines could not be triaged" in err


def test_batch_table_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"id": "p1", "text": "I need a human"}) + "\n")
    assert main(["triage", "--input", str(path)]) == 0
    assert capsys.readouterr().out.split() == ["p1", "review", "human_request"]


def test_missing_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--input", str(tmp_path / "none.jsonl")]) == 1
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(("flags", "categories"), [([], ["self_harm"]), (["--no-semantic"], [])])
def test_semantic_pass_is_on_by_default(
    capsys: pytest.CaptureFixture[str], flags: list[str], categories: list[str]
) -> None:
    text = "lately i feel like the world would be lighter without me in it"
    assert main(["triage", text, "--json", *flags]) == 0
    escalation = json.loads(capsys.readouterr().out)["escalation"]
    assert escalation["categories"] == categories
    assert all(s["source"] == "semantic" for s in escalation["signals"])


def test_batch_no_semantic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.jsonl"
    text = "gonna smash your manager's face in"
    path.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    assert main(["triage", "--input", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["escalation"]["level"] == "crisis"
    assert main(["triage", "--input", str(path), "--json", "--no-semantic"]) == 0
    assert json.loads(capsys.readouterr().out)["escalation"]["level"] == "none"
