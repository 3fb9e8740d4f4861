"""`socialreply prompts lint`: render every drafting template with sample data."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import PromptError
from ._common import err, json_option, print_json, prompts_option, settings


def register(group: click.Group) -> None:
    group.add_command(prompts_group)


@click.group("prompts", help="Check the prompt pack (templates in prompts/).")
def prompts_group() -> None:
    pass


@prompts_group.command(
    "lint",
    help="Render every platform and macro template with sample data; report syntax errors, "
    "missing templates and unknown or undefined variables. Exit 1 if any.",
)
@prompts_option
@json_option
@click.pass_context
def lint_command(ctx: click.Context, prompts_dir: Path | None, as_json: bool) -> int:
    from ..generation.prompting import PromptPack

    pack = PromptPack(prompts_dir, brand=settings(ctx).brand)
    issues = pack.lint()
    count = len(pack.template_files())
    if as_json:
        print_json(
            {
                "prompts": str(pack.root),
                "prompt_version": pack.version,
                "templates": count,
                "issues": [{"template": i.template, "message": i.message} for i in issues],
            }
        )
    else:
        for issue in issues:
            click.echo(str(issue))
        err(f"{count} templates in {pack.root}: {len(issues)} issue(s); {pack.version}")
    if issues:
        raise PromptError(f"{len(issues)} template issue(s) in {pack.root}")
    return 0
