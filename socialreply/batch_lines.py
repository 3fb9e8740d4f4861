"""One line of a batch input file (a JSON object per line), read the same way by
`socialreply triage --input` and `socialreply draft --input` (`json_object_line`): a
byte-order mark on the first line is accepted (files saved by Excel or Notepad start with
one), the line ending goes before parsing (or a line cut short is reported at "column 1"
of the next line instead of where it stops), and a blank line is skipped. `eval score` and
`eval calibrate` share the decoding step (`utf8_lines`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError

NOT_UTF8 = "line is not valid UTF-8"
NOT_UTF16 = (
    "the file is UTF-16 text (Notepad's 'Unicode'), not UTF-8: save it as UTF-8 and run again"
)
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def is_utf16(data: bytes) -> bool:
    """Whether `data` starts with a UTF-16 byte-order mark (Notepad's 'Unicode')."""
    return data[:2] in _UTF16_MARKS


def decode_problem(exc: UnicodeDecodeError) -> str:
    """What is wrong with a file that failed to decode as UTF-8, in the words every reader
    of suites, policies and the config file uses: UTF-16 named as such, else the byte."""
    if is_utf16(exc.object):
        return NOT_UTF16
    return f"not valid UTF-8 (byte {exc.start})"


def refuse_utf16(first_line: bytes, source: object = None) -> None:
    """Raise InputError when the first line starts with a UTF-16 byte-order mark: every
    line of such a file would otherwise be reported as not UTF-8 or as invalid JSON at
    column 1, which says nothing about the one fix (re-save as UTF-8)."""
    if is_utf16(first_line):
        raise InputError(f"{source}: {NOT_UTF16}" if source is not None else NOT_UTF16)


def utf8_lines(lines: Iterable[bytes], source: object = None) -> Iterator[tuple[int, str | None]]:
    """Each line's number (1-based) and its text decoded as UTF-8, a byte-order mark
    dropped from the first; None for a line that is not UTF-8 (a past reply exported from
    a Latin-1 tool), so it is reported as that line's error instead of aborting the file.
    Used by `eval score` and `eval calibrate`, which read their files as bytes."""
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            refuse_utf16(raw, source)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, text.removeprefix("\ufeff") if number == 1 else text


def json_object_line(text: str, line: int) -> dict[str, Any] | str | None:
    """The JSON object on `line` (1-based), an error message for the line, or None for
    a blank line."""
    text = text.removeprefix("\ufeff") if line == 1 else text
    text = text.rstrip("\r\n")
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"invalid JSON: {exc.msg} (column {exc.colno})"
    if not isinstance(data, dict):
        return "expected a JSON object with 'id' and 'text'"
    return data
