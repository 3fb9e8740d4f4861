"""`socialreply demo`: ingest the sample store, triage and draft sample posts, report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ._common import err, json_option, print_json, prompts_option, settings

if TYPE_CHECKING:
    from ..demo import DemoResult


def register(group: click.Group) -> None:
    group.add_command(demo_command)


@click.command(
    "demo",
    help="Ingest the sample store (knowledge/) into a demo knowledge base, triage and draft "
    "the sample posts, print a table and write drafts.json and a report; then run the "
    "shipped eval suites.",
)
@click.option(
    "--provider",
    default=None,
    help="macros (instant), local (llama.cpp), openai:MODEL or test "
    "(default: settings 'provider').",
)
@click.option(
    "--output",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Where to write drafts.json and the report (default: .socialreply/demo).",
)
@click.option(
    "--kb",
    "kb_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Demo knowledge base folder (default: .socialreply/demo-kb).",
)
@click.option(
    "--knowledge",
    "knowledge_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Knowledge folder to ingest (default: ./knowledge).",
)
@prompts_option
@click.option("--evals/--no-evals", default=True, help="Run the shipped eval suites after.")
@click.option(
    "--eval-provider",
    default="macros",
    show_default=True,
    help="Provider for the eval suites (macros finishes in seconds; a local model takes "
    "minutes per suite).",
)
@json_option
@click.pass_context
def demo_command(
    ctx: click.Context,
    provider: str | None,
    output_dir: Path | None,
    kb_dir: Path | None,
    knowledge_dir: Path | None,
    prompts_dir: Path | None,
    evals: bool,
    eval_provider: str,
    as_json: bool,
) -> int:
    from ..demo import DEMO_KB_DIR, DEMO_OUTPUT_DIR, find_knowledge_dir, run_demo, run_demo_evals

    cfg = settings(ctx, provider=provider, kb_dir=kb_dir or DEMO_KB_DIR, chroma_url=None)
    if cfg.chroma_url:  # the demo never writes into a shared server's collection
        cfg = cfg.model_copy(update={"chroma_url": None})
    from ..generation.providers import check_spec

    # Before the ingest and the drafts: a mistyped spec failed only after them.
    for spec in (cfg.provider, eval_provider) if evals else (cfg.provider,):
        check_spec(spec, cfg)
    out = output_dir or DEMO_OUTPUT_DIR
    result = run_demo(
        cfg,
        knowledge_dir=find_knowledge_dir(knowledge_dir),
        output_dir=out,
        prompts_dir=prompts_dir,
        progress=err,
    )
    if evals:
        result.evals = run_demo_evals(
            cfg, provider=eval_provider, output_dir=out, prompts_dir=prompts_dir, progress=err
        )
        if result.evals is not None:
            from ..demo import write_outputs

            result.files = write_outputs(result, out)
    if as_json:
        print_json(
            {
                "provider": result.provider,
                "prompt_version": result.prompt_version,
                "seconds": round(result.seconds, 2),
                "files": {k: str(v) for k, v in result.files.items()},
                "evals": result.evals,
                "items": [
                    {"post": i.post.model_dump(mode="json"), "draft": i.draft} for i in result.items
                ],
            }
        )
    else:
        _print_table(result)
    return 0


def _print_table(result: DemoResult) -> None:
    from rich.console import Console
    from rich.table import Table

    colours = {"crisis": "bold red", "urgent": "red", "review": "yellow", "none": "green"}
    table = Table(
        title=f"socialreply demo · provider {result.provider} · {len(result.items)} posts "
        f"in {result.seconds:.1f}s",
        show_lines=True,
        expand=True,
    )
    table.add_column("post", ratio=3)
    table.add_column("triage", ratio=1)
    table.add_column("draft", ratio=4)
    table.add_column("notes", ratio=2)
    for item in result.items:
        d = item.draft
        esc = d["escalation"]
        level = esc["level"]
        triage = f"[{colours.get(level, '')}]{level}[/]\n" + "\n".join(esc["categories"])
        notes = [f"{d['provider']} · {d['length']}/{d['limit']}"]
        notes += [f"cite {c['id']}" for c in d["citations"]]
        notes += [f"⚠ {w['code']}" for w in d["warnings"]]
        if not esc["auto_send"]:
            notes.append("needs review")
        table.add_row(
            f"[dim]{item.post.id} · {item.post.platform}[/]\n{_escape(item.post.text)}",
            triage,
            _escape(d["text"]),
            "\n".join(_escape(n) for n in notes),
        )
    console = Console()
    console.print(table)
    if result.evals:
        o = result.evals["overall"]
        console.print(
            f"evals: {o.get('passed')}/{o.get('cases')} cases passed "
            f"({o.get('pass_rate', 0):.1%}); report {result.evals.get('report')}"
        )
    for name, path in result.files.items():
        console.print(f"{name}: {path}", highlight=False)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
