"""`socialreply kb ingest|search|stats`: the knowledge base from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._common import err, json_option, kb_options, print_json, settings

if TYPE_CHECKING:
    from ..knowledge import KnowledgeBase


def _open(
    ctx: click.Context,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    *,
    create: bool = False,
) -> KnowledgeBase:
    """Only `kb ingest` creates a missing folder: `search` and `stats` on a mistyped
    `--kb` would otherwise create it and answer "no results" / zero documents."""
    from ..knowledge import KnowledgeBase

    return KnowledgeBase.from_settings(
        settings(ctx, kb_dir=kb_dir, chroma_url=chroma_url, collection=collection),
        create=create,
    )


@click.group(name="kb", help="Build and query the knowledge base (Chroma).")
def kb_group() -> None:
    pass


@kb_group.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--strict", is_flag=True, help="Fail on the first broken file instead of skipping it."
)
@kb_options
@json_option
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    strict: bool,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    as_json: bool,
) -> None:
    """Load Markdown, Shopify CSV and JSON/JSONL files under PATHS into the knowledge base."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    kb = _open(ctx, kb_dir, chroma_url, collection, create=True)
    console = Console(stderr=True)
    with (
        kb,
        Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,  # no bar in logs and pipes
        ) as bar,
    ):
        task = bar.add_task("embedding chunks", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        report = kb.ingest(list(paths), strict=strict, progress=progress)
    if as_json:
        print_json(report.to_dict())
    else:
        err(report.summary())


def _no_results_reason(query: str, doc_type: str | None, tags: tuple[str, ...]) -> str:
    """Dense search always returns neighbours, so no result has one of three causes; only
    the last is an empty knowledge base."""
    if not query.strip():
        return "no results: the query is empty"
    if doc_type or tags:
        named = ([f"--type {doc_type}"] if doc_type else []) + [f"--tag {t}" for t in tags]
        return f"no results with {' '.join(named)} (see `socialreply kb stats` for the types)"
    return "no results (is the knowledge base empty? run `socialreply kb ingest PATH`)"


@kb_group.command("search")
@click.argument("query")
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--tag", "tags", multiple=True, help="Only facts with this tag (repeatable: any).")
@click.option(
    "--type", "doc_type", default=None, help="Only this document type (policy, product, faq…)."
)
@click.option(
    "--mode",
    type=click.Choice(["hybrid", "dense", "bm25"]),
    default="hybrid",
    show_default=True,
    help="Retrieval method.",
)
@kb_options
@json_option
@click.pass_context
def search(
    ctx: click.Context,
    query: str,
    k: int,
    tags: tuple[str, ...],
    doc_type: str | None,
    mode: str,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    as_json: bool,
) -> None:
    """Search the knowledge base."""
    filters: dict[str, Any] = {}
    if tags:
        filters["tags"] = list(tags)
    if doc_type:
        filters["doc_type"] = doc_type
    with _open(ctx, kb_dir, chroma_url, collection) as kb:
        facts = kb.search(query, k, filters=filters or None, mode=mode)  # type: ignore[arg-type]
        relevant = kb.is_relevant(facts)
    if as_json:
        print_json(
            [
                {
                    "id": f.id,
                    "doc_id": f.doc_id,
                    "source": f.source,
                    "title": f.title,
                    "score": f.score,
                    "text": f.text,
                }
                for f in facts
            ]
        )
        return
    if not facts:
        err(_no_results_reason(query, doc_type, tags))
        return
    for rank, f in enumerate(facts, start=1):
        click.echo(
            f"{rank}. {f.title} [{f.doc_id}] score {f.score:.4f} "
            f"similarity {f.metadata.get('similarity', 0):.2f}  ({f.source})"
        )
        snippet = " ".join(f.text.split())
        click.echo(f"   {snippet[:240]}{'…' if len(snippet) > 240 else ''}")
    if not relevant:
        err("note: no fact looks relevant enough (the store may not answer this)")


@kb_group.command("stats")
@kb_options
@json_option
@click.pass_context
def stats(
    ctx: click.Context,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    as_json: bool,
) -> None:
    """Documents, chunks and sources in the knowledge base."""
    with _open(ctx, kb_dir, chroma_url, collection) as kb:
        data = kb.stats()
    if as_json:
        print_json(data)
        return
    click.echo(f"knowledge base: {data['location']} (collection {data['collection']})")
    click.echo(f"embedder:       {data['embedder']}")
    click.echo(f"documents:      {data['documents']} from {data['sources']} sources")
    types = ", ".join(f"{n} {t}" for t, n in data["doc_types"].items()) or "none"
    click.echo(f"types:          {types}")
    tokens = data["chunk_tokens"]
    click.echo(
        f"chunks:         {data['chunks']} (mean {tokens['mean']} tokens, max {tokens['max']})"
    )


def register(group: click.Group) -> None:
    group.add_command(kb_group)
