"""``socialreply feedback stats`` and ``socialreply feedback export``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._common import err, json_option, print_json, settings

_database_option = click.option(
    "--database-url",
    default=None,
    help="sqlite:///PATH or postgresql://… (env SOCIALREPLY_DATABASE_URL).",
)
_since_option = click.option(
    "--since", default=None, help="Only since then: 7d, 12h, 30m or an ISO date/datetime (UTC)."
)
_tenant_option = click.option(
    "--tenant", default=None, help="One tenant (brand) only; default: every tenant."
)


def register(group: click.Group) -> None:
    group.add_command(feedback)


@click.group(help="Agent decisions on drafts: metrics and export to eval suites.")
def feedback() -> None:
    pass


@feedback.command(help="Acceptance, edit and rejection rates, edit distance, escalations.")
@_database_option
@_since_option
@_tenant_option
@json_option
@click.pass_context
def stats(
    ctx: click.Context,
    database_url: str | None,
    since: str | None,
    tenant: str | None,
    as_json: bool,
) -> None:
    from ..feedback import FeedbackStore, parse_since

    cfg = settings(ctx, database_url=database_url)
    moment = parse_since(since) if since else None
    with FeedbackStore.from_settings(cfg) as store:
        metrics = store.metrics(tenant=tenant, since=moment)
    if as_json:
        print_json(metrics.model_dump(mode="json"))
        return
    click.echo(
        f"drafts {metrics.drafts}  decided {metrics.decided}  pending {metrics.pending}"
        + (f"  (since {metrics.since})" if metrics.since else "")
    )
    click.echo(
        f"accepted {metrics.accepted} ({_pct(metrics.acceptance_rate)})  "
        f"edited {metrics.edited} ({_pct(metrics.edit_rate)})  "
        f"rejected {metrics.rejected} ({_pct(metrics.rejection_rate)})  "
        f"mean edit distance {_num(metrics.mean_edit_distance)}"
    )
    click.echo("escalations: " + "  ".join(f"{lvl} {n}" for lvl, n in metrics.escalations.items()))
    for title, split in (
        ("platform", metrics.by_platform),
        ("intent", metrics.by_intent),
        ("provider", metrics.by_provider),
        ("prompt version", metrics.by_prompt_version),
    ):
        if not split:
            continue
        click.echo(f"\nby {title}:")
        width = max(len(k) for k in split)
        click.echo(
            f"  {'':<{width}}  {'drafts':>7}  {'decided':>7}  {'accepted':>8}  {'edited':>7}"
            f"  {'rejected':>8}  {'edit dist':>9}"
        )
        for key, c in split.items():
            click.echo(
                f"  {key:<{width}}  {c.drafts:>7}  {c.decided:>7}  {_pct(c.acceptance_rate):>8}"
                f"  {_pct(c.edit_rate):>7}  {_pct(c.rejection_rate):>8}"
                f"  {_num(c.mean_edit_distance):>9}"
            )


@feedback.command(help="Write edited and rejected drafts as an eval suite (YAML).")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Suite file to write, e.g. evals/feedback.yaml.",
)
@_database_option
@_since_option
@_tenant_option
@click.option("--name", default=None, help="Suite name (default: the file name).")
@click.option(
    "--judge",
    default=None,
    help="Judge model spec: adds a pairwise check against the agent's reply.",
)
@click.pass_context
def export(
    ctx: click.Context,
    out: Path,
    database_url: str | None,
    since: str | None,
    tenant: str | None,
    name: str | None,
    judge: str | None,
) -> None:
    from ..feedback import FeedbackStore, parse_since
    from ..feedback.export import build_suite, validate_suite, write_suite

    cfg = settings(ctx, database_url=database_url)
    moment = parse_since(since) if since else None
    with FeedbackStore.from_settings(cfg) as store:
        decided = store.decided(tenant=tenant, since=moment, actions=("edited", "rejected"))
    suite = build_suite(decided, name=name or out.stem, judge=judge, since=moment)
    validate_suite(suite, path=str(out))
    write_suite(suite, out)
    counts: dict[str, Any] = {"edited": 0, "rejected": 0}
    for stored in decided:
        if stored.feedback is not None:
            counts[stored.feedback.action] += 1
    err(
        f"wrote {out}: {len(suite['cases'])} case(s) "
        f"({counts['edited']} edited, {counts['rejected']} rejected)"
    )


def _pct(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.1f}%"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
