"""Run outputs and the offline commands: report.html self-contained, JUnit XML, compare
(bootstrap CI, newly failing/passing), calibrate (kappa, confusion), eval score."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from socialreply.cli.main import main
from socialreply.config import Settings
from socialreply.evaluation import bootstrap_ci, calibrate, cohen_kappa, compare_runs, finish_run
from socialreply.evaluation.runner import RunStats


def _record(case: str, passed: bool, tone: float, **extra: Any) -> dict[str, Any]:
    return {
        "key": f"s::{case}::v::0",
        "suite": "s",
        "case": case,
        "variant": "v",
        "repeat": 0,
        "post": {"text": f'post <{case}> & "quotes"', "platform": "x"},
        "draft": {
            "text": f"draft for {case} <script>alert(1)</script>",
            "provider": "test",
            "length": 10,
            "limit": 280,
            "escalation": {"level": "none", "categories": []},
        },
        "facts": [{"id": "f#1", "text": "A fact."}],
        "assertions": [
            {
                "type": "no-blame",
                "metric": "tone",
                "score": tone,
                "passed": passed,
                "weight": 1,
                "reason": "ok" if passed else "blaming: 'calm down'",
            }
        ],
        "scores": {"tone": tone},
        "score": tone,
        "passed": passed,
        "error": None,
        "usage": {"requests": 1, "prompt_tokens": 10, "completion_tokens": 5},
        "latency_ms": 5.0,
        **extra,
    }


def _run_dir(tmp_path: Path, name: str, records: list[dict[str, Any]]) -> Path:
    run = tmp_path / name
    run.mkdir()
    lines = [json.dumps(r) for r in records]
    (run / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run


def test_report_html_is_self_contained_and_failures_come_first(tmp_path: Path) -> None:
    run = _run_dir(
        tmp_path,
        "run",
        [_record("ok-case", True, 1.0), _record("bad-case", False, 0.0)],
    )
    outcome = finish_run(run, RunStats())
    html = outcome.files["html"].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html)
    assert "http" not in " ".join(re.findall(r"(?:src|href)=[\"'][^\"']*", html))
    assert "<script>" not in html  # user text is escaped, and the page has no scripts
    assert "<svg" in html and "<style>" in html
    assert html.index("bad-case") < html.index("ok-case")
    assert "blaming: &#x27;calm down&#x27;" in html or "blaming: 'calm down'" in html
    root = ET.parse(outcome.files["junit"]).getroot()
    assert root.get("tests") == "2" and root.get("failures") == "1"
    failure = root.find(".//testcase[@name='bad-case']/failure")
    assert failure is not None and "no-blame" in (failure.get("message") or "")
    summary = json.loads(outcome.files["summary"].read_text())
    assert summary["overall"]["pass_rate"] == 0.5
    assert summary["overall"]["failed_assertions"] == {"no-blame": 1}


def test_compare_reports_deltas_with_ci_and_changed_cases(tmp_path: Path) -> None:
    a = _run_dir(
        tmp_path,
        "a",
        [_record(f"c{i}", i != 0, 0.5) for i in range(30)],
    )
    b_records = [_record(f"c{i}", i != 1, 0.9) for i in range(30)]
    for r in b_records:
        r["variant"] = "other-prompts"  # a different prompt version: still paired
    b = _run_dir(tmp_path, "b", b_records)
    result = compare_runs(a, b)
    assert result["paired_cases"] == 30
    tone = result["metrics"]["tone"]
    assert tone["delta"] == pytest.approx(0.4)
    assert tone["ci95"][0] > 0 and tone["significant"]
    assert result["newly_failing"] == ["s::c1::0"]
    assert result["newly_passing"] == ["s::c0::0"]
    assert result["metrics"]["pass_rate"]["delta"] == 0.0
    assert not result["metrics"]["pass_rate"]["significant"]


def test_bootstrap_ci_contains_the_mean_and_is_reproducible() -> None:
    deltas = [0.1, -0.2, 0.3, 0.0, 0.05, 0.15, -0.1, 0.2]
    lo, hi = bootstrap_ci(deltas)
    mean = sum(deltas) / len(deltas)
    assert lo <= mean <= hi
    assert bootstrap_ci(deltas) == (lo, hi)


@pytest.mark.parametrize(
    ("matrix", "kappa"),
    [
        ({"pass": {"pass": 10, "fail": 0}, "fail": {"pass": 0, "fail": 10}}, 1.0),
        ({"pass": {"pass": 5, "fail": 5}, "fail": {"pass": 5, "fail": 5}}, 0.0),
        # Worked example: po = 0.7, pe = 0.5 -> kappa 0.4
        ({"pass": {"pass": 20, "fail": 5}, "fail": {"pass": 10, "fail": 15}}, 0.4),
    ],
)
def test_cohen_kappa(matrix: dict[str, dict[str, int]], kappa: float) -> None:
    assert cohen_kappa(matrix) == pytest.approx(kappa)


def test_calibrate_against_human_labels(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"id": 1, "label": "pass", "predicted": "pass"},
        {"id": 2, "label": "fail", "predicted": "fail"},
        {"id": 3, "label": "fail", "predicted": "pass"},
        # Predicted by the deterministic checks from the draft itself:
        {"id": 4, "label": "fail", "platform": "x", "post": "Where is it?!", "draft": "Calm down."},
        {
            "id": 5,
            "label": "pass",
            "platform": "x",
            "post": "Do returns cost anything?",
            "draft": "Returns are free with a prepaid label.",
            "facts": ["Returns are free with a prepaid return label."],
        },
    ]
    text = "\n".join(json.dumps(r) for r in rows) + "\nnot json\n"
    labels.write_text(text, encoding="utf-8")
    result = calibrate(labels, Settings())
    assert result["n"] == 5
    assert result["confusion"]["human_fail"] == {"predicted_pass": 1, "predicted_fail": 2}
    assert result["confusion"]["human_pass"] == {"predicted_pass": 2, "predicted_fail": 0}
    assert result["bad_lines"][0]["line"] == 6
    assert result["disagreements"] == [{"id": 3, "human": "fail", "predicted": "pass"}]
    assert 0 < result["kappa"] < 1


def test_eval_score_cli_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = tmp_path / "drafts.jsonl"
    lines = [
        {
            "id": "a",
            "platform": "x",
            "post": "How long do returns take?",
            "draft": "You have 30 days to return unworn items.",
            "facts": [{"id": "returns#1", "text": "Returns within 30 days of delivery."}],
            "expected_facts": ["30 days"],
        },
        {
            "id": "b",
            "platform": "x",
            "post": "My boots broke after a week, terrible.",
            "draft": "You should have read the care guide. Returns are 60 days.",
            "facts": ["Returns within 30 days of delivery."],
        },
    ]
    body = json.dumps(lines[0]) + "\n{broken\n" + json.dumps(lines[1]) + "\n"
    drafts.write_text(body, encoding="utf-8")
    assert main(["eval", "score", str(drafts), "--json"]) == 1  # a line was not scored
    captured = capsys.readouterr()
    out = [json.loads(x) for x in captured.out.splitlines()]
    assert out[0]["id"] == "a" and out[0]["passed"] is True
    assert out[0]["scores"] == {"tone": 1.0, "accuracy": 1.0}
    assert out[1] == {"id": None, "line": 2, "error": out[1]["error"]}
    assert "invalid JSON" in out[1]["error"]
    failures = {f["assertion"] for f in out[2]["failures"]}
    assert {"no-blame", "empathy", "numbers-supported"} <= failures
    assert out[2]["passed"] is False
    assert f"{drafts}:2:" in captured.err


def test_compare_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _run_dir(tmp_path, "a", [_record("c0", True, 1.0), _record("c1", True, 1.0)])
    b = _run_dir(tmp_path, "b", [_record("c0", True, 1.0), _record("c1", False, 0.0)])
    assert main(["eval", "compare", str(a), str(b), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["newly_failing"] == ["s::c1::0"]
    assert main(["eval", "compare", str(a), str(b)]) == 0
    assert "newly failing: 1" in capsys.readouterr().out


def test_pairwise_compare_of_two_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio
    from collections.abc import Sequence

    from socialreply.evaluation import Judge
    from socialreply.evaluation.compare import pairwise_runs
    from socialreply.generation.providers.base import Message
    from socialreply.generation.providers.test import FunctionModel, ModelCall

    a_records = [_record(f"c{i}", True, 1.0) for i in range(4)]
    b_records = [_record(f"c{i}", True, 1.0) for i in range(4)]
    for i, r in enumerate(b_records):
        r["draft"] = {**r["draft"], "text": "You have 30 days." if i < 3 else "Soon."}
    for r in a_records:
        r["draft"] = {**r["draft"], "text": "Soon."}
    a, b = _run_dir(tmp_path, "a", a_records), _run_dir(tmp_path, "b", b_records)

    def prefers_facts(messages: Sequence[Message], call: ModelCall) -> str:
        first = messages[-1].content.split("Reply A:")[1].split("Reply B:")[0]
        second = messages[-1].content.split("Reply B:")[1]
        if ("30 days" in first) == ("30 days" in second):
            return json.dumps({"winner": "tie", "reason": "same"})
        return json.dumps({"winner": "A" if "30 days" in first else "B", "reason": "r"})

    result = asyncio.run(pairwise_runs(a, b, Judge(FunctionModel(prefers_facts))))
    assert (result["a_wins"], result["b_wins"], result["ties"]) == (0, 3, 1)
    assert result["position_bias"] == 0
    # The CLI with the shipped test model: it always answers "A", so every verdict flips
    # when the drafts are swapped and no win survives.
    assert main(["eval", "compare", str(a), str(b), "--judge", "test", "--json"]) == 0
    pairwise = json.loads(capsys.readouterr().out)["pairwise"]
    assert pairwise["ties"] == pairwise["position_bias"] == 4


def test_calibrate_an_llm_judge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from collections.abc import Sequence

    from socialreply.evaluation import Judge
    from socialreply.generation.providers.base import Message
    from socialreply.generation.providers.test import FunctionModel, ModelCall

    def grader(messages: Sequence[Message], call: ModelCall) -> str:
        good = "30 days" in messages[-1].content.split("Reply drafted")[1]
        return json.dumps({"score": 5 if good else 2, "reason": "r"})

    labels = tmp_path / "labels.jsonl"
    rows = [
        {
            "id": i,
            "label": "pass" if i % 2 else "fail",
            "post": "Return window?",
            "draft": "You have 30 days." if i % 2 else "Soon.",
            "platform": "x",
        }
        for i in range(6)
    ]
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    model = FunctionModel(grader)
    result = calibrate(labels, Settings(), judge=Judge(model, spec="fn"), rubric="helpfulness")
    assert result["kappa"] == 1.0 and result["n"] == 6
    assert result["scorer"].startswith("judge fn (helpfulness")
    assert len(model.calls) == 6
    # Through the CLI with the shipped test model (its default verdict is a 1/5: all fail).
    assert main(["eval", "calibrate", str(labels), "--judge", "test", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["confusion"]["human_pass"] == {"predicted_pass": 0, "predicted_fail": 3}
