"""Shared CLI plumbing: settings from flags, JSON output, common options."""

from __future__ import annotations

import json
import logging
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ..config import Settings
from ..types import PLATFORMS

F = TypeVar("F", bound=Callable[..., Any])


def kb_options(func: F) -> F:
    """`--kb`, `--chroma-url` and `--collection`, accepted by every command that reads the
    knowledge base."""
    func = click.option(
        "--collection", default=None, help="Chroma collection name (default: socialreply)."
    )(func)
    func = click.option(
        "--chroma-url",
        default=None,
        help="Chroma server URL, e.g. http://127.0.0.1:8000 (env SOCIALREPLY_CHROMA_URL).",
    )(func)
    func = click.option(
        "--kb",
        "kb_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Knowledge base folder for embedded Chroma (default: .socialreply/kb).",
    )(func)
    return func


platform_option = click.option(
    "--platform",
    "-p",
    type=click.Choice(PLATFORMS),
    default="x",
    show_default=True,
    help="Where the post was made (default for --input lines without 'platform').",
)
input_option = click.option(
    "--input",
    "input_path",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=None,
    help="JSON Lines file of posts ('-' for stdin).",
)
prompts_option = click.option(
    "--prompts",
    "prompts_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Prompt pack folder (default: the shipped prompts/).",
)

json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document on stdout and nothing else."
)


def settings(ctx: click.Context, **overrides: Any) -> Settings:
    """Settings for this invocation: flags (non-None) > env > config file > defaults."""
    obj = ctx.find_root().obj
    config_file = obj.get("config") if isinstance(obj, dict) else None
    return Settings.load(config_file, **overrides)


def require_named_kb(cfg: Settings) -> None:
    """Stop with `KnowledgeBaseNotFoundError` when the knowledge base folder was named (by
    --kb, SOCIALREPLY_KB_DIR or the config file) and does not exist: a named folder is
    meant to be used, so a missing one is a typo, and `draft`, `serve` and `eval run` must
    say so instead of creating it and running on an empty store. Only `kb ingest` and
    `demo` create a knowledge base."""
    if not cfg.chroma_url and "kb_dir" in cfg.model_fields_set and not cfg.kb_dir.is_dir():
        from ..knowledge.knowledge_base import knowledge_base_not_found

        raise knowledge_base_not_found(cfg.kb_dir, cfg.collection)


def missing_default_kb_note(cfg: Settings) -> str | None:
    """`serve`'s note before it starts: the default knowledge base folder does not exist
    yet (nothing creates it but `kb ingest`; the service drafts without facts until then);
    None when it exists. Cheap: the workers open the store, and log the same note (or that
    it is empty) at start-up."""
    if cfg.chroma_url or cfg.kb_dir.exists():
        return None
    from ..knowledge.availability import PendingKnowledgeBase, no_facts_note

    return no_facts_note(PendingKnowledgeBase(cfg))


@contextmanager
def no_facts_notes(prefix: str = "note") -> Iterator[None]:
    """Print on stderr, once each, the notes of the assistants built inside (a knowledge
    base that is missing or empty when a draft first retrieves): `eval run` builds its
    assistants in the runner, which logs them."""
    seen: set[str] = set()

    class _Once(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if message not in seen:
                seen.add(message)
                err(f"{prefix}: {message}")

    logger = logging.getLogger("socialreply.knowledge")
    handler, propagate = _Once(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def print_json(value: Any) -> None:
    """Write one JSON document to stdout (UTF-8, newline-terminated)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def err(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()


def not_nan(_ctx: click.Context, _param: click.Parameter, value: float | None) -> float | None:
    """Click's FloatRange lets "nan" through (every comparison with NaN is false), and a
    NaN --fail-under never fails the gate: refuse it as a usage error."""
    if value is not None and math.isnan(value):
        raise click.BadParameter("must be a number, not nan")
    return value
