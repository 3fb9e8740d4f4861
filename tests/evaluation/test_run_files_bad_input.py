"""`eval compare` and `eval run --resume` on run folders whose results.jsonl was damaged
(copied through a Latin-1 tool, edited by hand): a typed error naming the run, or the
readable records used, never "internal error (UnicodeDecodeError ...)". Before session
20's QA pass a byte that is not UTF-8, or a score that is not a number, stopped both
commands with an internal error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from socialreply.cli.main import main
from socialreply.errors import EvaluationError
from socialreply.evaluation import compare_runs, read_results


def _record(case: str, passed: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "key": f"s::{case}::v::0",
        "suite": "s",
        "case": case,
        "variant": "v",
        "repeat": 0,
        "scores": {"tone": 1.0 if passed else 0.0},
        "score": 1.0 if passed else 0.0,
        "passed": passed,
        "error": None,
        **extra,
    }


def _run(tmp_path: Path, name: str, body: bytes) -> Path:
    run = tmp_path / name
    run.mkdir()
    (run / "results.jsonl").write_bytes(body)
    return run


def _lines(*records: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def test_a_latin1_byte_in_a_record_keeps_the_record(tmp_path: Path) -> None:
    good = _lines(_record("c0"), _record("c1"))
    damaged = good.replace(b'"case": "c1"', b'"case": "c1", "note": "caf\xe9"')
    a = _run(tmp_path, "a", good)
    b = _run(tmp_path, "b", damaged)
    assert [r["case"] for r in read_results(b)] == ["c0", "c1"]
    assert compare_runs(a, b)["paired_cases"] == 2


def test_compare_with_a_binary_results_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _run(tmp_path, "a", _lines(_record("c0")))
    b = _run(tmp_path, "b", b"\xff\xfe garbage\n")
    assert main(["eval", "compare", str(a), str(b)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: {b / 'results.jsonl'}: no results to compare (1 line(s) are not result records)\n"
    )


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"", "the file is empty"),
        (b"\n  \n\n", "the file is empty"),
        (b"<html>\n</html>\n", "2 line(s) are not result records"),
    ],
)
@pytest.mark.parametrize("side", ["a", "b"])
def test_compare_with_a_run_without_results_says_which_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bytes, why: str, side: str
) -> None:
    """Session 21 QA: an empty results file (a run that was stopped at once, or a file
    passed by mistake) read "A and B have no case in common to compare"."""
    runs = {"a": _run(tmp_path, "a", _lines(_record("c0"))), "b": tmp_path / "b.jsonl"}
    if side == "a":
        runs["a"], runs["b"] = tmp_path / "a.jsonl", _run(tmp_path, "b", _lines(_record("c0")))
    runs[side].write_bytes(body)
    assert main(["eval", "compare", str(runs["a"]), str(runs["b"])]) == 1
    assert capsys.readouterr().err == f"error: {runs[side]}: no results to compare ({why})\n"


def test_compare_without_a_common_case_still_says_so(tmp_path: Path) -> None:
    a = _run(tmp_path, "a", _lines(_record("c0")))
    b = _run(tmp_path, "b", _lines(_record("c1")))
    with pytest.raises(EvaluationError, match="have no case in common"):
        compare_runs(a, b)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"score": "bad"}, "score"),
        ({"scores": {"tone": None}}, "scores.tone"),
        ({"scores": "x"}, "scores"),
    ],
)
def test_compare_names_a_record_field_that_is_not_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, Any], field: str
) -> None:
    a = _run(tmp_path, "a", _lines(_record("c0")))
    b = _run(tmp_path, "b", _lines(_record("c0", **extra)))
    with pytest.raises(EvaluationError, match=field) as info:
        compare_runs(a, b)
    assert str(b) in str(info.value) and "case c0" in str(info.value)
    assert main(["eval", "compare", str(a), str(b)]) == 1
    assert "internal error" not in capsys.readouterr().err


def test_resume_over_a_results_file_with_a_bad_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "cases:\n  - id: c0\n    post: {text: hi, platform: x}\n"
        "    knowledge: [{id: f1, text: Hello.}]\n"
        "    assert: [{type: within-limit}]\n",
        encoding="utf-8",
    )
    run = _run(tmp_path, "run", b"\xff\xfe garbage\n")
    code = main(["eval", "run", str(suite), "--provider", "test", "--output", str(run), "--resume"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "internal error" not in err
    assert [r["case"] for r in read_results(run)] == ["c0"]


def test_compare_says_which_lines_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A torn or hand-broken line used to vanish from the comparison without a word."""
    a = _run(tmp_path, "a", _lines(_record("c0"), _record("c1")))
    b = _run(tmp_path, "b", _lines(_record("c0")) + b"{torn\n[1, 2]\n")
    result = compare_runs(a, b)
    assert result["paired_cases"] == 1
    assert result["unreadable_lines"] == {"a": [], "b": [2, 3]}
    assert main(["eval", "compare", str(a), str(b), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["unreadable_lines"]["b"] == [2, 3]
    assert "2 line(s) could not be read (2, 3)" in captured.err and str(b) in captured.err
