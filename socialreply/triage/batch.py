"""Batch triage of JSON Lines exports: one result record per input line.

Input lines are objects ``{"id", "text", "platform"?, "metrics"?, "author"?, "language"?}``
(other keys are ignored, so labelled or exported files can be fed as they are). A line that
cannot be processed yields an error record with its line number; the others still run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..batch_lines import json_object_line, refuse_utf16
from ..config import format_validation_error
from ..errors import SocialReplyError
from ..types import Post
from .engine import triage
from .policy import TriagePolicy

if TYPE_CHECKING:
    from .semantic import SemanticTriage

_POST_FIELDS = ("id", "text", "platform", "metrics", "author", "language", "thread")


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one input line: `record` is what the CLI prints for it."""

    line: int
    record: dict[str, Any]
    error: str | None = None


def _error(line: int, post_id: Any, message: str) -> BatchItem:
    record = {"id": post_id, "line": line, "error": message}
    return BatchItem(line=line, record=record, error=message)


def triage_line(
    raw: bytes | str,
    line: int,
    *,
    platform: str,
    policy: TriagePolicy,
    semantic: bool | SemanticTriage = False,
) -> BatchItem | None:
    """Triage one JSON line; ``None`` for a blank line. `semantic` as in `triage()`."""
    if line == 1 and isinstance(raw, bytes):
        refuse_utf16(raw)
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        return _error(line, None, "line is not valid UTF-8")
    data = json_object_line(text, line)
    if data is None:
        return None
    if isinstance(data, str):
        return _error(line, None, data)
    post_id = data.get("id")
    if post_id is None or not isinstance(post_id, str | int) or isinstance(post_id, bool):
        return _error(line, post_id, "missing or invalid 'id' (a string or a number)")
    post_id = str(post_id)
    if not isinstance(data.get("text"), str):
        return _error(line, post_id, "missing or invalid 'text' (a string)")
    fields = {k: data[k] for k in _POST_FIELDS if k in data}
    fields["id"] = post_id
    fields.setdefault("platform", platform)
    try:
        post = Post.model_validate(fields)
    except ValidationError as exc:
        return _error(line, post_id, format_validation_error(exc, "post"))
    try:
        result = triage(post, policy=policy, semantic=semantic)
    except SocialReplyError as exc:
        return _error(line, post_id, str(exc))
    return BatchItem(line=line, record={"id": post_id, **result.model_dump(mode="json")})


def triage_lines(
    lines: Iterable[bytes | str],
    *,
    platform: str = "x",
    policy: TriagePolicy | None = None,
    semantic: bool | SemanticTriage = False,
) -> Iterator[BatchItem]:
    """Results for JSON `lines` (numbered from 1), skipping blank lines."""
    policy = policy or TriagePolicy.default()
    for number, raw in enumerate(lines, start=1):
        item = triage_line(raw, number, platform=platform, policy=policy, semantic=semantic)
        if item is not None:
            yield item
