"""The demo: ingest the sample store, triage and draft sample posts, write a report.

`run_demo` is what ``socialreply demo`` runs; the CLI only prints. The sample posts
(`posts.jsonl`, package data) cover every kind of post the pipeline treats differently:
plain questions on several platforms, two crises, personal data in a public post, a
prompt-injection attempt, a question the store cannot answer, template syntax, a private
message, praise and a post in Spanish.
"""

from __future__ import annotations

import asyncio
import html
import importlib.util
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import UserError
from ..types import Post

DEMO_KB_DIR = Path(".socialreply/demo-kb")
DEMO_OUTPUT_DIR = Path(".socialreply/demo")

Progress = Callable[[str], None]


@dataclass
class DemoItem:
    post: Post
    draft: dict[str, Any]
    intent: str | None
    language: str | None
    facts: list[str]


@dataclass
class DemoResult:
    items: list[DemoItem]
    provider: str
    prompt_version: str
    ingest_summary: str
    seconds: float
    files: dict[str, Path] = field(default_factory=dict)
    evals: dict[str, Any] | None = None


def load_demo_posts() -> list[Post]:
    text = resources.files(__package__).joinpath("posts.jsonl").read_text(encoding="utf-8")
    return [Post.model_validate_json(line) for line in text.splitlines() if line.strip()]


def find_knowledge_dir(explicit: Path | None = None) -> Path:
    """`explicit`, else ``knowledge/`` in the working directory, else the source tree's."""
    candidates = [explicit] if explicit else [Path("knowledge"), _source_tree() / "knowledge"]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise UserError(
        "no knowledge folder found: run the demo from the repository root or pass --knowledge DIR"
    )


def _source_tree() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def run_demo(
    settings: Settings,
    *,
    knowledge_dir: Path,
    output_dir: Path,
    prompts_dir: Path | None = None,
    posts: list[Post] | None = None,
    concurrency: int | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Ingest `knowledge_dir` into ``settings.kb_dir``, draft the demo posts with
    ``settings.provider`` and write drafts.json, report.md and report.html."""
    from ..generation.assistant import ReplyAssistant
    from ..knowledge import KnowledgeBase

    say = progress or (lambda _message: None)
    started = time.perf_counter()
    kb = KnowledgeBase.from_settings(settings)
    say(f"ingesting {knowledge_dir} into {kb.location} ...")
    report = kb.ingest([knowledge_dir])
    say(report.summary().splitlines()[0])
    assistant = ReplyAssistant.from_settings(settings, knowledge_base=kb, prompts_dir=prompts_dir)
    posts = posts if posts is not None else load_demo_posts()
    # An in-process model uses both cores for one request: more at once only adds waiting.
    limit = concurrency or (1 if assistant.provider == "local" else 4)
    say(f"drafting {len(posts)} posts with provider {settings.provider} ...")

    async def draft_all() -> list[DemoItem]:
        semaphore = asyncio.Semaphore(limit)
        done = 0

        async def one(post: Post) -> DemoItem:
            nonlocal done
            async with semaphore:
                trace = await assistant.adraft_trace(post)
            done += 1
            say(f"  {done}/{len(posts)} {post.id} ({trace.draft.latency_ms / 1000:.1f}s)")
            return DemoItem(
                post=post,
                draft=trace.draft.model_dump(mode="json"),
                intent=trace.intent,
                language=trace.triage.language,
                facts=[f.id for f in trace.facts],
            )

        return list(await asyncio.gather(*(one(p) for p in posts)))

    try:
        items = asyncio.run(draft_all())
    finally:
        assistant.close()
        kb.close()
    result = DemoResult(
        items=items,
        provider=settings.provider,
        prompt_version=assistant.prompt_version,
        ingest_summary=report.summary(),
        seconds=time.perf_counter() - started,
    )
    result.files = write_outputs(result, output_dir)
    return result


def write_outputs(result: DemoResult, output_dir: Path) -> dict[str, Path]:
    output_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "drafts": output_dir / "drafts.json",
        "markdown": output_dir / "report.md",
        "html": output_dir / "report.html",
    }
    records = [
        {
            "post": item.post.model_dump(mode="json"),
            "intent": item.intent,
            "language": item.language,
            "retrieved": item.facts,
            "draft": item.draft,
        }
        for item in result.items
    ]
    files["drafts"].write_text(
        json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    files["markdown"].write_text(_markdown(result), encoding="utf-8")
    files["html"].write_text(_html(result), encoding="utf-8")
    return files


def _summary_counts(result: DemoResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in result.items:
        level = item.draft["escalation"]["level"]
        counts[level] = counts.get(level, 0) + 1
    return counts


def _markdown(result: DemoResult) -> str:
    counts = ", ".join(f"{n} {level}" for level, n in sorted(_summary_counts(result).items()))
    lines = [
        "# socialreply demo",
        "",
        f"Provider `{result.provider}`, prompt version `{result.prompt_version[:19]}…`, "
        f"{len(result.items)} posts in {result.seconds:.1f}s. Escalation: {counts}.",
        "",
        f"Knowledge base: {result.ingest_summary.splitlines()[0]}",
        "",
    ]
    for item in result.items:
        d = item.draft
        esc = d["escalation"]
        lines += [
            f"## {item.post.id} · {item.post.platform}",
            "",
            "> " + " ".join(item.post.text.split()),
            "",
            f"- escalation: **{esc['level']}** {', '.join(esc['categories']) or ''}"
            f" (auto-send: {'yes' if esc['auto_send'] else 'no'})",
            f"- intent: {item.intent or '-'}; language: {item.language or '-'}; "
            f"provider: {d['provider']}; {d['length']}/{d['limit']} characters",
            f"- citations: {', '.join(c['id'] for c in d['citations']) or '-'}",
            f"- warnings: {', '.join(w['code'] for w in d['warnings']) or '-'}",
            "",
            "```text",
            d["text"],
            "```",
            "",
        ]
    if result.evals:
        lines += ["## Evaluation", "", "```json", json.dumps(result.evals, indent=2), "```", ""]
    return "\n".join(lines)


def _html(result: DemoResult) -> str:
    e = html.escape
    rows = []
    for item in result.items:
        d = item.draft
        esc = d["escalation"]
        rows.append(
            "<tr>"
            f"<td>{e(item.post.id)}<br><small>{e(item.post.platform)}</small></td>"
            f"<td>{e(item.post.text)}</td>"
            f"<td class='lvl-{e(esc['level'])}'>{e(esc['level'])}<br>"
            f"<small>{e(', '.join(esc['categories']))}</small></td>"
            f"<td>{e(d['text'])}<br><small>{e(d['provider'])} · {d['length']}/{d['limit']}"
            f" · {e(', '.join(c['id'] for c in d['citations']))}</small></td>"
            f"<td>{e(', '.join(w['code'] for w in d['warnings']))}</td>"
            "</tr>"
        )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>socialreply demo</title>"
        "<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:6px;vertical-align:top;max-width:28em}"
        ".lvl-crisis{background:#fdd}.lvl-urgent{background:#fed}.lvl-review{background:#ffc}"
        "</style></head><body>"
        f"<h1>socialreply demo</h1><p>Provider <code>{e(result.provider)}</code>, "
        f"{len(result.items)} posts in {result.seconds:.1f}s, prompt version "
        f"<code>{e(result.prompt_version[:19])}…</code></p>"
        "<table><tr><th>post</th><th>text</th><th>escalation</th><th>draft</th>"
        "<th>warnings</th></tr>" + "".join(rows) + "</table></body></html>\n"
    )


def find_evals_dir() -> Path | None:
    for candidate in (Path("evals"), _source_tree() / "evals"):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    return None


def run_demo_evals(
    settings: Settings,
    *,
    provider: str,
    output_dir: Path,
    prompts_dir: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, Any] | None:
    """Run the shipped eval suites (``evals/*.yaml``) with `provider` into
    ``output_dir/eval``; None when the evaluation module or the suites are absent."""
    if importlib.util.find_spec(f"{__package__.rsplit('.', 1)[0]}.evaluation") is None:
        return None
    suites_dir = find_evals_dir()
    if suites_dir is None:
        return None
    from ..evaluation.evaluate import evaluate
    from ..evaluation.reports import HTML_FILE, JUNIT_FILE
    from ..evaluation.runner import MANIFEST_FILE, RESULTS_FILE, RunOptions, Variant
    from ..evaluation.summary import SUMMARY_FILE

    say = progress or (lambda _message: None)
    suites = sorted(suites_dir.glob("*.yaml"))
    say(f"running {len(suites)} eval suites from {suites_dir} with provider {provider} ...")
    run_dir = output_dir / "eval"
    # Each demo is a new run (e.g. `make demo` after `make demo-macros`): the previous
    # demo's run files go, and only those (the folder may hold other things).
    for name in (RESULTS_FILE, MANIFEST_FILE, SUMMARY_FILE, JUNIT_FILE, HTML_FILE):
        (run_dir / name).unlink(missing_ok=True)
    options = RunOptions(output=run_dir, concurrency=4, resume=False)
    outcome = asyncio.run(
        evaluate(
            [str(p) for p in suites],
            [Variant(provider, prompts_dir)],
            options,
            settings,
        )
    )
    overall: dict[str, Any] = outcome.summary["overall"]
    return {
        "overall": overall,
        "groups": [
            {k: g[k] for k in ("suite", "variant", "cases", "passed", "pass_rate") if k in g}
            for g in outcome.summary["groups"]
        ],
        "report": str(outcome.files.get("html", "")),
    }
