"""The two batch readers (`triage --input`, `draft --input`) on the edges of a JSON line:
a byte-order mark on the first line (Excel, Notepad) and a line cut short, whose error
must point at the column where it stops rather than "column 1" of the line after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialreply.generation.batch import parse_line
from socialreply.triage.batch import triage_line
from socialreply.triage.policy import TriagePolicy

_CUT = b'{"id": "cut", "text": \n'  # stops at column 23


def _triage_error(raw: bytes, line: int) -> str | None:
    item = triage_line(raw, line, platform="x", policy=TriagePolicy(), semantic=False)
    assert item is not None
    return item.error


def _draft_error(raw: bytes, line: int) -> str | None:
    record = parse_line(raw, line, platform="x")
    assert record is not None
    return record.error


@pytest.mark.parametrize("reader", [_triage_error, _draft_error])
@pytest.mark.parametrize(
    ("raw", "line", "error"),
    [
        (b'\xef\xbb\xbf{"id": "a", "text": "where is my order"}\n', 1, None),
        (b'{"id": "a", "text": "where is my order"}\r\n', 3, None),
        (b'{"id": "a", "text": "where is my order"}', 2, None),
        (_CUT, 1, "invalid JSON: Expecting value (column 23)"),
        (_CUT.replace(b"\n", b"\r\n"), 4, "invalid JSON: Expecting value (column 23)"),
        (b'{"id": "a" "text": "x"}\n', 2, "invalid JSON: Expecting ',' delimiter (column 12)"),
        # A mark in the middle of a file is not a BOM: that line is still an error.
        (b'\xef\xbb\xbf{"id": "a", "text": "hi"}\n', 2, "invalid JSON: Unexpected UTF-8 BOM"),
    ],
)
def test_line_edges(reader: object, raw: bytes, line: int, error: str | None) -> None:
    got = reader(raw, line)  # type: ignore[operator]
    if error is None:
        assert got is None
    else:
        assert got is not None and got.startswith(error)


@pytest.mark.parametrize("semantic", [False, True])
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("caf\udce9 my lawyer will be in touch", "urgent"),
        ("\udcff\udcfe where is my order", "none"),
        ("caf\udce9 broken surrogate", "none"),
        ("my lawyer will be in touch", "urgent"),
    ],
)
def test_triage_takes_text_decoded_with_surrogateescape(
    text: str, level: str, semantic: bool
) -> None:
    """`open(..., errors="surrogateescape")` text must not crash triage()."""
    from socialreply.triage import triage

    result = triage(text, platform="x", semantic=semantic)
    assert result.escalation.level == level


_UTF16 = '{"id": "a", "text": "hi"}\n{"id": "b", "text": "yo"}\n'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_such_once(encoding: str) -> None:
    """A file saved as Notepad's 'Unicode' (UTF-16) was 'line is not valid UTF-8' or
    'invalid JSON: Expecting value (column 1)' on every line, three readers three ways
    (found by session 22's QA pass); now one InputError that says what to do."""
    from socialreply.batch_lines import utf8_lines
    from socialreply.errors import InputError

    blob = _UTF16.encode(encoding)
    if encoding != "utf-16":  # with a byte-order mark, as Notepad writes it
        blob = "\ufeff".encode(encoding) + blob
    first = blob.splitlines(keepends=True)[0]
    for read in (
        lambda: _triage_error(first, 1),
        lambda: _draft_error(first, 1),
        lambda: list(utf8_lines(blob.splitlines(keepends=True))),
    ):
        with pytest.raises(InputError, match=r"UTF-16.*save it as UTF-8"):
            read()


@pytest.mark.parametrize(("command", "verb"), [("triage", "triage"), ("draft", "draft")])
@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_an_empty_batch_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, verb: str, content: str
) -> None:
    """An empty export gave no output and no message (exit 0): now a note on stderr, still
    exit 0 and nothing on stdout (nothing in, nothing out; found by session 22's QA)."""
    from socialreply.cli import main

    posts = tmp_path / "posts.jsonl"
    posts.write_text(content, encoding="utf-8")
    code = main(
        [command, "--input", str(posts), "--json", "--provider", "macros"][
            : 4 if command == "triage" else 6
        ]
    )
    out, err = capsys.readouterr()
    assert (code, out) == (0, "")
    assert f"note: {posts} has no posts (no lines to {verb})" in err
