"""`benchmarks/triage_metrics.py --data FILE...` scores given files (the spent batches in
`benchmarks/data/pending/`, which the built-in list does not read) with the same metrics,
one column per split, and never writes the README (session 21 QA)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .support import REPO, load_benchmark


def _rows(split: str, prefix: str) -> list[dict[str, object]]:
    return [
        {
            "id": f"{prefix}-1",
            "text": "I'm going to sue you, my lawyer has the paperwork ready",
            "platform": "x",
            "categories": ["legal_threat"],
            "level": "urgent",
            "split": split,
        },
        {
            "id": f"{prefix}-2",
            "text": "love the new boots, they fit perfectly",
            "platform": "instagram",
            "categories": [],
            "level": "none",
            "split": split,
            "hard_negative": True,
        },
    ]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_data_scores_the_given_files_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    metrics = load_benchmark("triage_metrics")
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n", encoding="utf-8")
    monkeypatch.setattr(metrics, "README", readme)
    first = _write(tmp_path / "a.jsonl", _rows("blind901", "a"))
    second = _write(tmp_path / "b.jsonl", _rows("blind902", "b"))
    assert metrics.main(["--data", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert "| check | target | blind901 | blind902 |" in out
    assert "| posts | | 2 | 2 |" in out
    assert "| legal_threat | 1.00 | 1.00 | 1 | 1.00 | 1.00 | 1 |" in out
    assert "dev" not in out.split("\n", 1)[0]
    assert readme.read_text(encoding="utf-8") == "# Benchmarks\n"  # never written


def test_data_replays_a_pending_batch() -> None:
    pending = sorted((REPO / "benchmarks" / "data" / "pending").glob("triage_blind*.jsonl"))
    assert pending, "the spent batches of benchmarks/data/pending/"
    metrics = load_benchmark("triage_metrics")
    rows = metrics.load((pending[0],))
    split = rows[0]["split"]
    report = metrics.evaluate(rows, split)
    assert report.posts == len(rows) and report.checks()


def test_data_with_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    metrics = load_benchmark("triage_metrics")
    with pytest.raises(SystemExit) as info:
        metrics.main(["--data", str(tmp_path / "nope.jsonl")])
    assert info.value.code == 2 and "nope.jsonl" in capsys.readouterr().err
