"""`socialreply draft`: draft a reply to one post, or to every line of a JSON Lines file."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._common import (
    err,
    input_option,
    json_option,
    kb_options,
    platform_option,
    print_json,
    prompts_option,
    require_named_kb,
    settings,
)

if TYPE_CHECKING:
    from ..config import Settings
    from ..generation.assistant import ReplyAssistant
    from ..generation.batch import BatchRecord
    from ..types import Draft


def register(group: click.Group) -> None:
    group.add_command(draft_command)


provider_option = click.option(
    "--provider",
    default=None,
    help="macros, openai:MODEL, local[:PATH.gguf] or test (default: settings 'provider', "
    "else macros).",
)


def build_assistant(cfg: Settings, prompts_dir: Path | None) -> ReplyAssistant:
    from ..generation.assistant import ReplyAssistant

    require_named_kb(cfg)
    assistant = ReplyAssistant.from_settings(cfg, prompts_dir=prompts_dir)
    # On every run while the knowledge base is missing or empty (said when it is opened).
    assistant.on_no_facts = lambda note: err(f"note: {note}")
    return assistant


@click.command(
    "draft",
    help="Draft a reply to TEXT (a customer post), grounded in the knowledge base. "
    "--input reads JSON Lines ({'id', 'text', 'platform', ...}) and writes one JSON line per "
    "input line, keyed by 'id'. Nothing is ever sent.",
)
@click.argument("text", required=False)
@platform_option
@provider_option
@input_option
@click.option(
    "--concurrency",
    type=click.IntRange(1, 256),
    default=8,
    show_default=True,
    help="Posts drafted at the same time with --input.",
)
@prompts_option
@kb_options
@json_option
@click.pass_context
def draft_command(
    ctx: click.Context,
    text: str | None,
    platform: str,
    provider: str | None,
    input_path: Path | None,
    concurrency: int,
    prompts_dir: Path | None,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    as_json: bool,
) -> int:
    if (text is None) == (input_path is None):
        raise click.UsageError("give either TEXT or --input FILE")
    cfg = settings(
        ctx, provider=provider, kb_dir=kb_dir, chroma_url=chroma_url, collection=collection
    )
    if input_path is not None:
        return _batch(cfg, prompts_dir, input_path, platform, concurrency, as_json)
    assert text is not None
    assistant = build_assistant(cfg, prompts_dir)
    try:
        draft = assistant.draft(text, platform=platform)
    finally:
        assistant.close()
    if as_json:
        print_json(draft.model_dump(mode="json"))
    else:
        _print_draft(draft)
    return 0


def _batch(
    cfg: Settings,
    prompts_dir: Path | None,
    path: Path,
    platform: str,
    concurrency: int,
    as_json: bool,
) -> int:
    from ..errors import InputError
    from ..generation.batch import draft_records, parse_lines

    try:
        if str(path) == "-":
            records = parse_lines(sys.stdin.buffer, platform=platform)
        else:
            with path.open("rb") as stream:
                records = parse_lines(stream, platform=platform)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except InputError as exc:  # a UTF-16 file, named
        raise InputError(f"{path}: {exc}") from None
    for record in records:
        if record.error is not None:
            err(f"{path}:{record.line}: {record.error}")
    if not records:  # nothing in, nothing out: said, so an empty export is not silent
        err(f"note: {path} has no posts (no lines to draft)")
        return 0
    assistant = build_assistant(cfg, prompts_dir)
    todo = sum(1 for r in records if r.post is not None)
    done = 0
    # Written in input order as soon as a line and every line before it are done, so a
    # Ctrl-C (or a crash) mid-batch keeps the drafts already made instead of losing all.
    finished = [False] * len(records)
    index = {id(r): i for i, r in enumerate(records)}
    written = 0

    def progress(record: BatchRecord) -> None:
        nonlocal done, written
        finished[index[id(record)]] = True
        if record.post is not None:
            done += 1
            if record.error is not None:
                err(f"{path}:{record.line}: {record.error}")
            if done == todo or done % 10 == 0:
                err(f"drafted {done}/{todo}")
        while written < len(records) and finished[written]:
            _write(records[written], as_json)
            written += 1
        sys.stdout.flush()

    try:
        asyncio.run(draft_records(assistant, records, concurrency=concurrency, on_done=progress))
    finally:
        assistant.close()
    for record in records[written:]:  # none unless a callback was skipped
        _write(record, as_json)
    sys.stdout.flush()
    failed = sum(1 for r in records if r.error is not None)
    if failed:
        err(f"{failed} of {len(records)} lines could not be drafted")
        return 1
    return 0


def _write(record: BatchRecord, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    else:
        _print_row(record)


def _print_row(record: BatchRecord) -> None:
    if record.draft is None:
        click.echo(f"{record.post_id!s:<14} ERROR    line {record.line}: {record.error}")
        return
    d = record.draft
    text = " ".join(d.text.split())
    click.echo(f"{record.post_id!s:<14} {d.escalation.level:<8} {text[:90]}")


def _print_draft(draft: Draft) -> None:
    click.echo(draft.text)
    click.echo()
    esc = draft.escalation
    rows = [
        ("platform", f"{draft.platform} ({draft.length}/{draft.limit})"),
        ("provider", draft.provider + (f" ({draft.model})" if draft.model else "")),
        (
            "escalation",
            f"{esc.level}{': ' + ', '.join(esc.categories) if esc.categories else ''} "
            f"(auto-send: {'yes' if esc.auto_send else 'no'})",
        ),
    ]
    rows += [("citation", f"{c.id} ({c.source})") for c in draft.citations]
    rows += [("warning", f"{w.code}: {w.message}") for w in draft.warnings]
    for name, value in rows:
        click.echo(f"{name:<11} {value}", err=False)
