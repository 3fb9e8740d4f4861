"""Values a user can mistype on the command line: each is a usage error (exit 2) or one
clear line (exit 1), never a silently disabled gate or a run where every case times out.
Found by session 20's QA pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialreply.cli.main import main
from socialreply.config import Settings
from socialreply.errors import UnknownProviderError
from socialreply.generation.providers import resolve_model

_SUITE = (
    "cases:\n  - id: c0\n    post: {text: hi, platform: x}\n"
    "    knowledge: [{id: f1, text: Hello.}]\n"
    "    assert: [{type: icontains, value: zzz}]\n"
)


@pytest.mark.parametrize(
    ("option", "value"),
    [("--fail-under", "nan"), ("--timeout", "0"), ("--timeout", "-1"), ("--timeout", "nan")],
)
def test_eval_run_refuses_a_value_that_disables_the_gate_or_every_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(_SUITE, encoding="utf-8")
    out = tmp_path / "run"
    args = ["eval", "run", str(suite), "--provider", "macros", "--output", str(out)]
    assert main([*args, option, value]) == 2
    assert option in capsys.readouterr().err
    assert not out.exists()


def test_macros_with_an_argument_is_an_unknown_spec_not_a_lecture() -> None:
    with pytest.raises(UnknownProviderError) as info:
        resolve_model("macros:foo", Settings())
    message = str(info.value)
    assert "unknown provider 'macros:foo'" in message and "did you mean 'macros'" in message
    assert "not with resolve_model" not in message


def test_eval_score_bad_lines_exit_1_and_keep_their_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like `triage --input` and `draft --input`: a bad line is keyed by its id when it has
    one, the others are scored, and the exit code says that something was not scored."""
    good = {"id": "g", "platform": "x", "post": "hi", "draft": "Hello!"}
    lines = [
        json.dumps(good),
        json.dumps({**good, "id": "b", "platform": "myspace"}),
        json.dumps({**good, "id": 7, "draft": 3}),
        "{broken",
    ]
    path = tmp_path / "drafts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["eval", "score", str(path), "--json"]) == 1
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert out[0]["id"] == "g" and out[0]["passed"] is True
    assert [(o["id"], o["line"]) for o in out[1:]] == [("b", 2), ("7", 3), (None, 4)]
    assert all("error" in o for o in out[1:])


def test_eval_score_without_bad_lines_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "drafts.jsonl"
    path.write_text(
        json.dumps({"id": "g", "platform": "x", "post": "hi", "draft": "Hello!"}) + "\n",
        encoding="utf-8",
    )
    assert main(["eval", "score", str(path), "--json"]) == 0


def test_an_empty_post_reads_the_same_in_triage_and_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`draft "  "` said "post post_0f35… has no text", naming an id the user never gave."""
    assert main(["triage", "  ", "--platform", "x", "--no-semantic"]) == 1
    triage_err = capsys.readouterr().err.strip()
    # The default knowledge base, not ingested yet (a named missing `--kb` is an error).
    monkeypatch.chdir(tmp_path)
    assert main(["draft", "  ", "--platform", "x"]) == 1
    draft_err = capsys.readouterr().err.strip().splitlines()[-1]
    assert draft_err == triage_err == "error: the post text is empty"


@pytest.mark.parametrize("option", ["--provider", "--eval-provider"])
def test_demo_refuses_an_unknown_provider_before_ingesting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """`demo --provider bogus` ingested the sample store (about 30 s) and then failed;
    `--eval-provider bogus` failed after drafting all 16 posts."""
    kb = tmp_path / "kb"
    args = ["demo", option, "bogus", "--kb", str(kb), "--output", str(tmp_path / "out")]
    assert main(args) == 1
    assert "unknown provider 'bogus'" in capsys.readouterr().err
    assert not kb.exists()


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """`serve` in-process: records what it would serve instead of starting uvicorn."""
    from socialreply.service import server

    started: list[object] = []
    monkeypatch.setattr(server, "export_settings", lambda *_args: None)
    monkeypatch.setattr(server, "serve", lambda cfg, **_kw: started.append(cfg))
    return started


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--port", "70000", "must be a port number from 1 to 65535, not 70000"),
        ("--port", "65536", "must be a port number from 1 to 65535, not 65536"),
        ("--port", "0", "must be a port number from 1 to 65535, not 0"),
        ("--port", "-1", "must be a port number from 1 to 65535, not -1"),
        ("--port", "abc", "must be a port number from 1 to 65535, not abc"),
        ("--workers", "0", "0 is not in the range 1<=x<=64"),
        ("--workers", "65", "65 is not in the range 1<=x<=64"),
    ],
)
def test_serve_refuses_a_bad_port_or_worker_count_as_usage_before_starting(
    capsys: pytest.CaptureFixture[str],
    no_server: list[object],
    option: str,
    value: str,
    message: str,
) -> None:
    """Session 21 QA: `--port 70000` and `--workers 0` were runtime errors (exit 1) from the
    settings, `--port 0` started a server on a random port while announcing port 0."""
    assert main(["serve", option, value]) == 2
    err = capsys.readouterr().err
    assert f"Invalid value for '{option}': {message}" in err
    assert not no_server


@pytest.mark.parametrize("value", ["1", "8080", "65535"])
def test_serve_accepts_every_port_in_range(no_server: list[object], value: str) -> None:
    assert main(["serve", "--port", value]) == 0
    assert [cfg.port for cfg in no_server] == [int(value)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", ["70000", "0", "-1", "abc", " 8080x"])
def test_serve_refuses_a_bad_socialreply_port_as_one_config_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_server: list[object],
    value: str,
) -> None:
    monkeypatch.setenv("SOCIALREPLY_PORT", value)
    assert main(["serve"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "error: invalid settings: SOCIALREPLY_PORT: must be a port number from 1 to 65535, "
        f"not {value.strip()}\n"
    )
    assert not no_server


def test_a_port_flag_wins_over_a_bad_socialreply_port(
    monkeypatch: pytest.MonkeyPatch, no_server: list[object]
) -> None:
    monkeypatch.setenv("SOCIALREPLY_PORT", "abc")
    assert main(["serve", "--port", "8080"]) == 0
    assert [cfg.port for cfg in no_server] == [8080]  # type: ignore[attr-defined]


def _eval_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "folder": tmp_path / "folder",
        "empty": tmp_path / "empty.jsonl",
        "blank": tmp_path / "blank.jsonl",
        "list_suite": tmp_path / "list.yaml",
        "no_cases": tmp_path / "no_cases.yaml",
        "suite": tmp_path / "suite.yaml",
        "file": tmp_path / "existing.txt",
    }
    files["folder"].mkdir()
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b"\n   \n\r\n")
    files["list_suite"].write_text("- id: c0\n  post: {text: hi}\n", encoding="utf-8")
    files["no_cases"].write_text("cases: []\n", encoding="utf-8")
    files["suite"].write_text(_SUITE, encoding="utf-8")
    files["file"].write_text("notes\n", encoding="utf-8")
    return files


_RUN = ["eval", "run", "--provider", "macros"]

# (argv with {name} placeholders from _eval_inputs, exit code, the error line). Exit 1
# prints exactly this one line; exit 2 is click's usage block with this "Error:" line.
_EVAL_SWEEP = [
    # eval run
    ([*_RUN, "{folder}"], 1, "error: {folder}: no *.yaml suites in this directory"),
    (
        [*_RUN, "{empty}"],
        1,
        "error: {empty}: the file is empty; a suite is a mapping with `cases` (and optional "
        "`defaults`)",
    ),
    (
        [*_RUN, "{blank}"],
        1,
        "error: {blank}: the file is empty; a suite is a mapping with `cases` (and optional "
        "`defaults`)",
    ),
    (
        [*_RUN, "{list_suite}"],
        1,
        "error: {list_suite}: a suite is a mapping with `cases` (and optional `defaults`), not "
        "a list: put the cases under `cases:`",
    ),
    ([*_RUN, "{no_cases}"], 1, "error: {no_cases}: `cases` must be a non-empty list"),
    (
        [*_RUN, "{suite}", "--output", "{file}"],
        2,
        "Error: Invalid value for '--output': Directory '{file}' is a file.",
    ),
    (
        [*_RUN, "{suite}", "--repeat", "0"],
        2,
        "Error: Invalid value for '--repeat': 0 is not in the range 1<=x<=100.",
    ),
    (
        [*_RUN, "{suite}", "--concurrency", "0"],
        2,
        "Error: Invalid value for '--concurrency': 0 is not in the range 1<=x<=256.",
    ),
    (
        ["eval", "run", "{suite}", "--provider", "bogus"],
        1,
        "error: unknown provider 'bogus'; known: openai:MODEL, local, local:PATH.gguf, test, "
        "macros",
    ),
    # A judge nobody understands was ignored when the suite had no graded assertion.
    (
        [*_RUN, "{suite}", "--judge", "bogus"],
        1,
        "error: unknown provider 'bogus'; known: openai:MODEL, local, local:PATH.gguf, test, "
        "macros",
    ),
    # eval score
    (
        ["eval", "score", "{folder}"],
        2,
        "Error: Invalid value for 'DRAFTS': File '{folder}' is a directory.",
    ),
    (
        ["eval", "score", "{empty}"],
        1,
        "error: {empty}: no drafts to score (the file is empty or only blank lines)",
    ),
    (
        ["eval", "score", "{blank}", "--json"],
        1,
        "error: {blank}: no drafts to score (the file is empty or only blank lines)",
    ),
    # eval calibrate
    (
        ["eval", "calibrate", "{folder}"],
        2,
        "Error: Invalid value for 'LABELS': File '{folder}' is a directory.",
    ),
    (["eval", "calibrate", "{empty}"], 1, "error: {empty}: no usable labelled lines"),
    (["eval", "calibrate", "{blank}"], 1, "error: {blank}: no usable labelled lines"),
    (
        ["eval", "calibrate", "{file}"],
        1,
        "error: {file}: no usable labelled lines (1 bad line(s); line 1: invalid JSON: "
        "Expecting value)",
    ),
    # eval compare
    (
        ["eval", "compare", "{folder}", "{folder}"],
        1,
        "error: no results found at {folder}/results.jsonl",
    ),
    (
        ["eval", "compare", "{empty}", "{empty}"],
        1,
        "error: {empty}: no results to compare (the file is empty)",
    ),
    (
        ["eval", "compare", "{file}", "{file}"],
        1,
        "error: {file}: no results to compare (1 line(s) are not result records)",
    ),
]


@pytest.mark.parametrize(("argv", "code", "line"), _EVAL_SWEEP)
def test_eval_commands_on_bad_input_give_one_clear_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
    line: str,
) -> None:
    """Session 21 QA: the inputs a support lead gets wrong (a folder for a file, an empty
    file, a list for a suite, zero cases, an existing file for --output, 0 repeats or
    concurrency), for every `eval` command: the documented exit code, one clear line, no
    output on stdout and no run folder."""
    monkeypatch.chdir(tmp_path)
    files = _eval_inputs(tmp_path)
    names = {k: str(v) for k, v in files.items()}
    assert main([a.format(**names) for a in argv]) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    expected = line.format(**names)
    if code == 1:
        assert captured.err == expected + "\n"
    else:
        assert captured.err.rstrip("\n").splitlines()[-1] == expected
    assert not (tmp_path / ".socialreply" / "eval-runs").exists()


def test_eval_run_names_a_run_folder_it_cannot_create(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --output under a file (or on a read-only disk) was 'internal error
    (NotADirectoryError: ...)'; found by session 22's QA pass."""
    suite = tmp_path / "s.yaml"
    suite.write_text(_SUITE, encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = tmp_path / "afile" / "run"
    assert main(["eval", "run", str(suite), "--provider", "macros", "--output", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "internal error" not in err
    assert err.startswith("error: cannot create the run folder")
    assert str(out) in err and len(err.splitlines()) == 1
