"""`socialreply models pull|list|path`: the local GGUF model."""

from __future__ import annotations

import click

from ._common import err, json_option, print_json, settings


def register(group: click.Group) -> None:
    group.add_command(models)


@click.group(help="Manage the local llama.cpp model used by the `local` provider.")
def models() -> None:
    pass


@models.command(help="Assemble the default model into the model folder and verify its sha256.")
@click.option("--force", is_flag=True, help="Re-assemble even when a verified copy exists.")
@json_option
@click.pass_context
def pull(ctx: click.Context, force: bool, as_json: bool) -> None:
    from ..generation.providers.model_store import pull_default_model

    result = pull_default_model(settings(ctx), progress=err, force=force)
    if as_json:
        print_json(
            {
                "path": str(result.path),
                "size": result.size,
                "sha256": result.sha256,
                "source": result.source,
            }
        )
    elif result.source == "present":
        err(f"already present and verified: {result.path}")
        click.echo(str(result.path))
    else:
        click.echo(str(result.path))


@models.command(name="list", help="List the GGUF models in the model folder.")
@json_option
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    from ..generation.providers.model_store import list_models

    rows = list_models(settings(ctx))
    if as_json:
        print_json(rows)
        return
    if not rows:
        err("no models; run `socialreply models pull`")
        return
    for row in rows:
        flag = " (default, verified)" if row["verified"] else " (default)" if row["default"] else ""
        click.echo(f"{row['name']}\t{row['size']}\t{row['path']}{flag}")


@models.command(help="Print the path of the default model (exit 1 if it is not pulled).")
@click.pass_context
def path(ctx: click.Context) -> None:
    from ..errors import ModelNotFoundError
    from ..generation.providers.model_store import default_model_path, missing_model_message

    target = default_model_path(settings(ctx))
    if not target.is_file():
        raise ModelNotFoundError(missing_model_message(target, default_model=True))
    click.echo(str(target))
