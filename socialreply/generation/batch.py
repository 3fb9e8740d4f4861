"""Batch drafting of JSON Lines exports: one output record per input line, in order.

Input lines are objects ``{"id", "text", "platform"?, "author"?, "metrics"?, "thread"?,
"language"?}``; other keys are ignored. Output records are ``{"id", "line", "draft"}`` or,
for a line that cannot be drafted, ``{"id", "line", "error"}``; the other lines still run.

Bytes that are not valid UTF-8 do not reject a line: a customer's post still needs a
reply. They are kept as lone surrogates by the decoder and the assistant replaces them
with U+FFFD and adds an ``invalid_input`` warning to the draft.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..batch_lines import json_object_line, refuse_utf16
from ..config import format_validation_error
from ..errors import InputError, UnknownPlatformError
from ..types import Draft, Post

if TYPE_CHECKING:
    from .assistant import ReplyAssistant

_POST_FIELDS = ("id", "text", "platform", "author", "metrics", "thread", "language")


@dataclass
class BatchRecord:
    line: int
    post_id: str | None
    post: Post | None = None
    draft: Draft | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.draft is not None:
            return {
                "id": self.post_id,
                "line": self.line,
                "draft": self.draft.model_dump(mode="json"),
            }
        return {"id": self.post_id, "line": self.line, "error": self.error}


def parse_line(raw: bytes | str, line: int, *, platform: str) -> BatchRecord | None:
    """One input line as a post (or an error record); None for a blank line."""
    if line == 1 and isinstance(raw, bytes):
        refuse_utf16(raw)
    text = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw
    data = json_object_line(text, line)
    if data is None:
        return None
    if isinstance(data, str):
        return BatchRecord(line, None, error=data)
    raw_id = data.get("id")
    if raw_id is None or isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return BatchRecord(line, None, error="missing or invalid 'id' (a string or a number)")
    post_id = str(raw_id)
    if not isinstance(data.get("text"), str):
        return BatchRecord(line, post_id, error="missing or invalid 'text' (a string)")
    fields = {k: data[k] for k in _POST_FIELDS if k in data}
    fields["id"] = post_id
    fields.setdefault("platform", platform)
    try:
        post = Post.model_validate(fields)
    except ValidationError as exc:
        return BatchRecord(line, post_id, error=format_validation_error(exc, "post"))
    return BatchRecord(line, post_id, post=post)


def parse_lines(lines: Iterable[bytes | str], *, platform: str = "x") -> list[BatchRecord]:
    out: list[BatchRecord] = []
    for number, raw in enumerate(lines, start=1):
        record = parse_line(raw, number, platform=platform)
        if record is not None:
            out.append(record)
    return out


async def draft_records(
    assistant: ReplyAssistant,
    records: list[BatchRecord],
    *,
    concurrency: int = 8,
    on_done: Callable[[BatchRecord], None] | None = None,
) -> list[BatchRecord]:
    """Draft every parsed record in place (at most `concurrency` at a time); a post that
    cannot be drafted gets an error instead. Returns `records` in input order."""
    semaphore = asyncio.Semaphore(max(1, concurrency))

    async def one(record: BatchRecord) -> None:
        if record.post is not None:
            async with semaphore:
                try:
                    record.draft = await assistant.adraft(record.post)
                except (InputError, UnknownPlatformError) as exc:
                    record.error = str(exc)
        if on_done is not None:
            on_done(record)

    await asyncio.gather(*(one(r) for r in records))
    return records
