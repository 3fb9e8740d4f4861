"""Entry point: builds the click group and maps errors to exit codes.

Exit codes: 0 ok, 1 error (one line on stderr, no traceback), 2 usage, 3 evaluation below
threshold (raised by `eval run --fail-under`). ``SOCIALREPLY_DEBUG=1`` re-raises
unexpected exceptions with their traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from .. import __version__
from ..errors import EvalBelowThresholdError, SocialReplyError


@click.group(
    name="socialreply",
    help="Draft replies to customer posts on social media, grounded in your knowledge base.",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Settings file (default: ./socialreply.toml).",
)
@click.version_option(__version__, prog_name="socialreply")
@click.pass_context
def app(ctx: click.Context, config: Path | None) -> None:
    ctx.obj = {"config": config}


# Command modules; each defines `register(group)`. Imported when the CLI starts.
_COMMAND_MODULES: tuple[str, ...] = (
    "kb",
    "models",
    "triage",
    "draft",
    "prompts",
    "demo",
    "eval",
    "feedback",
    "serve",
)

for _name in _COMMAND_MODULES:
    importlib.import_module(f"{__package__}.{_name}").register(app)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of raising."""
    try:
        result = app.main(args=argv, prog_name="socialreply", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.UsageError as exc:
        exc.show()
        return 2
    except click.exceptions.ClickException as exc:
        exc.show()
        return 1
    except (click.exceptions.Abort, KeyboardInterrupt):
        sys.stderr.write("aborted\n")
        return 130
    except EvalBelowThresholdError as exc:
        sys.stderr.write(f"error: {_one_line(str(exc))}\n")
        return 3
    except SocialReplyError as exc:
        sys.stderr.write(f"error: {_one_line(str(exc))}\n")
        return 1
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("SOCIALREPLY_DEBUG"):
            raise
        sys.stderr.write(
            f"error: internal error ({type(exc).__name__}: {_one_line(str(exc))}); "
            "set SOCIALREPLY_DEBUG=1 for a traceback\n"
        )
        return 1
    return result if isinstance(result, int) else 0


def _one_line(text: str) -> str:
    return " ".join(text.split())
