"""`socialreply triage`: escalation signals, personal data and language of posts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._common import err, input_option, json_option, platform_option, print_json, settings

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..triage import TriagePolicy
    from ..triage.batch import BatchItem
    from ..types import TriageResult


def register(group: click.Group) -> None:
    group.add_command(triage_command)


def _policy(ctx: click.Context, policy_file: Path | None) -> TriagePolicy:
    from ..triage import TriagePolicy

    if policy_file is None:
        policy_file = settings(ctx).triage_policy
    return TriagePolicy.load(policy_file) if policy_file else TriagePolicy.default()


@click.command(
    "triage",
    help="Flag posts that need a human (crisis, legal, safety, personal data...), "
    "with evidence. TEXT is one post; --input reads JSON Lines ({'id', 'text', 'platform', "
    "'metrics'}) and writes one result per line.",
)
@click.argument("text", required=False)
@platform_option
@input_option
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Triage policy YAML (default: settings 'triage_policy', else built-in).",
)
@click.option(
    "--semantic/--no-semantic",
    default=True,
    show_default=True,
    help="Add the embedding pass that catches reworded crises the rules miss (offline "
    "MiniLM, ~10-40 ms a post); --no-semantic is rules only (well under 1 ms a post). "
    "A policy with 'semantic: {enabled: false}' also turns it off.",
)
@json_option
@click.pass_context
def triage_command(
    ctx: click.Context,
    text: str | None,
    platform: str,
    input_path: Path | None,
    policy_file: Path | None,
    semantic: bool,
    as_json: bool,
) -> int:
    if (text is None) == (input_path is None):
        raise click.UsageError("give either TEXT or --input FILE")
    policy = _policy(ctx, policy_file)
    if input_path is not None:
        return _batch(input_path, platform, policy, as_json, semantic)
    from ..triage import triage

    assert text is not None
    result = triage(text, platform=platform, policy=policy, semantic=semantic)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        _print_table(result)
    return 0


def _batch(path: Path, platform: str, policy: TriagePolicy, as_json: bool, semantic: bool) -> int:
    from ..errors import InputError
    from ..triage.batch import triage_lines

    try:
        stream = sys.stdin.buffer if str(path) == "-" else path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    failed = total = 0
    out = sys.stdout
    with stream:
        items = triage_lines(stream, platform=platform, policy=policy, semantic=semantic)
        for item in _named(items, path):
            total += 1
            if item.error is not None:
                failed += 1
                err(f"{path}:{item.line}: {item.error}")
            if as_json:
                out.write(json.dumps(item.record, ensure_ascii=False) + "\n")
            else:
                _print_row(item.record)
    out.flush()
    if total == 0:  # nothing in, nothing out: said, so an empty export is not silent
        err(f"note: {path} has no posts (no lines to triage)")
    if failed:
        err(f"{failed} of {total} lines could not be triaged")
        return 1
    return 0


def _named(items: Iterator[BatchItem], path: Path) -> Iterator[BatchItem]:
    """`items`, with a whole-file InputError (a UTF-16 file) naming `path`."""
    from ..errors import InputError

    try:
        yield from items
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def _print_row(record: dict[str, Any]) -> None:
    if "error" in record:
        click.echo(
            f"{record.get('id')!s:<14} {'ERROR':<8} line {record['line']}: {record['error']}"
        )
        return
    esc = record["escalation"]
    cats = ", ".join(esc["categories"]) or "-"
    click.echo(f"{record['id']!s:<14} {esc['level']:<8} {cats}")


def _print_table(result: TriageResult) -> None:
    esc = result.escalation
    rows = [
        ("level", f"{esc.level} (auto-send: {'yes' if esc.auto_send else 'no'})"),
        ("categories", ", ".join(esc.categories) or "-"),
        ("language", result.language or "unknown"),
    ]
    for signal in esc.signals:
        rows.append(("signal", f"{signal.category}: {signal.evidence!r} ({signal.source})"))
    for match in result.pii:
        rows.append(("pii", f"{match.kind} at {match.start}-{match.end}"))
    for name, value in rows:
        click.echo(f"{name:<11} {value}")
