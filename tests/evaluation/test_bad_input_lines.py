"""`eval score` and `eval calibrate` on files with bad lines: each bad line (not UTF-8,
invalid JSON, a missing field) is reported with its number and a readable reason, and the
good lines around it are still scored. Before session 19's QA pass one Latin-1 line made
both commands stop with "internal error (UnicodeDecodeError ...)" and score nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialreply.cli.main import main
from socialreply.config import Settings
from socialreply.evaluation import calibrate

_GOOD = {
    "id": "good",
    "platform": "x",
    "post": "How long do returns take?",
    "draft": "You have 30 days to return unworn items.",
    "facts": ["Returns within 30 days of delivery."],
}


@pytest.mark.parametrize(
    ("bad", "reason", "bad_id"),
    [
        (
            b'{"id": "latin", "platform": "x", "post": "caf\xe9", "draft": "ok"}',
            "not valid UTF-8",
            None,
        ),
        (b"\xff\xfe\x00\x01 binary", "not valid UTF-8", None),
        (b'{"id": "cut", "platform": ', "invalid JSON", None),
        (b'{"id": "no-draft", "platform": "x", "post": "hi"}', "draft: Field", "no-draft"),
        (b'{"id": "p", "platform": "myspace", "post": "hi", "draft": ""}', "platform: Input", "p"),
    ],
)
def test_eval_score_reports_a_bad_line_and_scores_the_others(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    bad: bytes,
    reason: str,
    bad_id: str | None,
) -> None:
    path = tmp_path / "drafts.jsonl"
    good = json.dumps(_GOOD).encode()
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"good"', b'"after"') + b"\n")
    # Exit 1 since session 20, as `triage --input` and `draft --input`: a line was not scored.
    assert main(["eval", "score", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(x) for x in captured.out.splitlines()]
    assert [o.get("id") for o in out] == ["good", bad_id, "after"]
    assert out[1]["line"] == 2 and reason in out[1]["error"]
    assert out[0]["passed"] is True and out[2]["passed"] is True
    assert f"{path}:2: " in captured.err and "internal error" not in captured.err


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (b'{"label": "fail", "predicted": "caf\xe9"}', "not valid UTF-8"),
        (b'{"id": 9, "label": "pass", "platform": "x", "post": "hi"}', "draft: Field required"),
        (b"{bad", "Expecting property name"),
        (b'{"predicted": "pass"}', "needs a 'label'"),
    ],
)
def test_calibrate_names_the_bad_line(tmp_path: Path, bad: bytes, reason: str) -> None:
    path = tmp_path / "labels.jsonl"
    rows = [{"label": "pass", "predicted": "pass"}, {"label": "fail", "predicted": "fail"}]
    good = [json.dumps(r).encode() for r in rows]
    path.write_bytes(good[0] + b"\n" + bad + b"\n" + good[1] + b"\n")
    result = calibrate(path, Settings())
    assert result["n"] == 2 and result["accuracy"] == 1.0
    assert [b["line"] for b in result["bad_lines"]] == [2]
    assert reason in result["bad_lines"][0]["error"]
    assert "validation error for" not in result["bad_lines"][0]["error"]


def test_calibrate_cli_names_a_bad_label_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Session 20 QA: stderr read "labels.jsonl:2: labels.jsonl:2: a label must be ...";
    a bad line's error is the reason alone, the CLI adds the file and line once."""
    path = tmp_path / "labels.jsonl"
    rows = [
        {"label": "pass", "predicted": "pass"},
        {"label": "maybe", "predicted": "pass"},
        {"label": "fail", "predicted": "nah"},
        {"predicted": "pass"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["eval", "calibrate", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:2: a label must be 'pass', 'fail' or a boolean, not 'maybe'" in err
    assert f"{path}:3: a label must be 'pass', 'fail' or a boolean, not 'nah'" in err
    assert f"{path}:4: each line needs a 'label'" in err
    assert err.count(str(path)) == 3
    errors = [b["error"] for b in calibrate(path, Settings())["bad_lines"]]
    assert not any(str(path) in e for e in errors)


def test_score_and_calibrate_accept_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `triage --input` and `draft --input` do (session 19): a file saved by Excel or
    Notepad starts with a BOM, and its first line was "invalid JSON: Unexpected UTF-8 BOM"."""
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_bytes(b"\xef\xbb\xbf" + json.dumps(_GOOD).encode() + b"\r\n")
    assert main(["eval", "score", str(drafts), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "good"
    labels = tmp_path / "labels.jsonl"
    labels.write_bytes(b'\xef\xbb\xbf{"label": "pass", "predicted": "pass"}\r\n')
    result = calibrate(labels, Settings())
    assert (result["n"], result["bad_lines"]) == (1, [])


_FACT_HINT = "must be a string or an object with 'id' and 'text'"


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"facts": ["x", {"id": "f1"}]}, "facts[1].text: Field required"),
        ({"facts": [{"text": "t"}]}, "facts[0].id: Field required"),
        (
            {"facts": ["x", "y", {"id": 5, "text": "t"}]},
            "facts[2].id: Input should be a valid string",
        ),
        ({"facts": [3]}, f"facts[0]: {_FACT_HINT}"),
        ({"facts": ["x", None]}, f"facts[1]: {_FACT_HINT}"),
        ({"facts": [["a"]]}, f"facts[0]: {_FACT_HINT}"),
        ({"facts": "one fact"}, "facts: Input should be a valid list"),
        ({"expected_facts": [3]}, "expected_facts[0]: must be a string or a list of strings"),
        ({"expected_facts": [["a", 3]]}, "expected_facts[0][1]: Input should be a valid string"),
        ({"must_not_include": ["a", 3]}, "must_not_include[1]: Input should be a valid string"),
        ({"id": ["a"]}, "id: must be a string or a whole number"),
        (
            {"platform": "myspace", "facts": [{"id": "f"}]},
            "platform: Input should be 'x', 'x_dm', 'facebook', 'messenger', 'instagram', "
            "'instagram_dm', 'linkedin', 'tiktok' or 'youtube'; facts[0].text: Field required",
        ),
    ],
)
def test_a_bad_field_is_named_as_the_input_spells_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict[str, object], error: str
) -> None:
    """Session 21 QA: errors named the internal class and union members ("facts.1._FactIn.text:
    Field required; facts.1.str: Input should be a valid string"); the same input is still
    accepted or refused, for `eval score` and `eval calibrate` alike."""
    line = {**_GOOD, "id": "bad", **fields}
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert main(["eval", "score", str(drafts), "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"] == error
    assert f"{drafts}:1: {error}\n" in captured.err
    labels = tmp_path / "labels.jsonl"
    rows = [{**line, "label": "fail"}, {"label": "pass", "predicted": "pass"}]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert calibrate(labels, Settings())["bad_lines"] == [{"line": 1, "error": error}]


@pytest.mark.parametrize(
    "fields",
    [
        {"facts": ["a", {"id": "f1", "text": "t", "extra": 1}, {"id": "f2#3", "text": "u"}]},
        {"expected_facts": ["a", ["b", "c"]], "must_not_include": ["d"], "id": 7},
    ],
)
def test_the_accepted_input_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict[str, object]
) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text(json.dumps({**_GOOD, **fields}) + "\n", encoding="utf-8")
    assert main(["eval", "score", str(drafts), "--json"]) in (0, None)
    assert "error" not in json.loads(capsys.readouterr().out)


def test_a_line_that_is_not_an_object_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('[1, 2]\n"text"\n', encoding="utf-8")
    assert main(["eval", "score", str(drafts)]) == 1
    err = capsys.readouterr().err
    expected = "expected a JSON object with 'id', 'post' and 'draft'"
    assert f"{drafts}:1: {expected}\n{drafts}:2: {expected}\n" in err
    assert "DraftLine" not in err
