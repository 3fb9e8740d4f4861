"""One line of a batch input file (a JSON object per line), read the same way by
`socialreply triage --input` and `socialreply draft --input`: a byte-order mark on the
first line is accepted (files saved by Excel or Notepad start with one), the line ending
goes before parsing (or a line cut short is reported at "column 1" of the next line
instead of where it stops), and a blank line is skipped."""

from __future__ import annotations

import json
from typing import Any


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
