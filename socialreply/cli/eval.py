"""`socialreply eval run|score|compare|calibrate`: prompt evaluations."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from ._common import (
    err,
    json_option,
    kb_options,
    no_facts_notes,
    not_nan,
    print_json,
    require_named_kb,
    settings,
)


def register(group: click.Group) -> None:
    group.add_command(eval_group)


@click.group(name="eval", help="Evaluate drafts: run suites, score files, compare runs.")
def eval_group() -> None:
    pass


@eval_group.command(name="run", help="Run evaluation suites (YAML files or folders).")
@click.argument("suites", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--provider",
    "providers",
    multiple=True,
    help="Provider spec to draft with (repeatable): macros, openai:MODEL, local, test.",
)
@click.option(
    "--prompts",
    "prompts",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Prompt folder to evaluate (repeatable: compares prompt versions).",
)
@click.option(
    "--concurrency",
    default=8,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Model requests in flight at most (drafts and judge calls).",
)
@click.option("--repeat", default=1, show_default=True, type=click.IntRange(1, 100))
@click.option(
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Run folder (default: .socialreply/eval-runs/<UTC time>).",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    callback=not_nan,
    help="Exit 3 when the pass rate is below this (0.9 or 90).",
)
@click.option("--resume", is_flag=True, help="Continue the run in --output, skipping done cases.")
@click.option("--no-cache", is_flag=True, help="Call the models even for cached requests.")
@click.option(
    "--timeout",
    default=120.0,
    show_default=True,
    type=click.FloatRange(0, min_open=True),
    callback=not_nan,
    help="Seconds per case.",
)
@click.option("--judge", default=None, help="Judge model spec for graded assertions.")
@click.option(
    "--score-workers",
    type=click.Choice(["0", "1"]),
    default="0",
    show_default=True,
    help="1: deterministic checks in a worker process (another core; about 94 MB more).",
)
@kb_options
@json_option
@click.pass_context
def run(
    ctx: click.Context,
    suites: tuple[Path, ...],
    providers: tuple[str, ...],
    prompts: tuple[Path, ...],
    concurrency: int,
    repeat: int,
    output: Path | None,
    fail_under: float | None,
    resume: bool,
    no_cache: bool,
    timeout: float,
    judge: str | None,
    score_workers: str,
    kb_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    as_json: bool,
) -> None:
    from ..evaluation.evaluate import evaluate
    from ..evaluation.runner import RunOptions, Variant

    if resume and output is None:
        raise click.UsageError("--resume needs --output (the run folder to continue)")
    cfg = settings(ctx, kb_dir=kb_dir, chroma_url=chroma_url, collection=collection)
    # Cases without `knowledge:` retrieve from it; a mistyped one is an error before
    # anything runs, not a run graded on drafts that could cite nothing.
    require_named_kb(cfg)
    specs = providers or (cfg.provider,)
    from ..generation.providers import check_spec

    # Before the run folder is made: a judge is otherwise resolved only by a graded
    # assertion, so a mistyped --judge on a suite without one went unnoticed.
    for spec in (*specs, *([judge] if judge else [])):
        check_spec(spec, cfg)
    prompt_dirs: list[Path | None] = list(prompts) or [None]
    variants = [Variant(p, d) for p in specs for d in prompt_dirs]
    out = output or Path(".socialreply/eval-runs") / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    options = RunOptions(
        output=out,
        concurrency=concurrency,
        repeat=repeat,
        timeout=timeout,
        resume=resume,
        use_cache=not no_cache,
        score_workers=int(score_workers),
    )
    with no_facts_notes(), _Progress() as bar:
        outcome = asyncio.run(
            evaluate(
                list(suites),
                variants,
                options,
                cfg,
                fail_under=None,
                judge=judge,
                progress=bar.update,
            )
        )
    _print_run(outcome.summary, outcome.files, as_json)
    overall = outcome.summary["overall"]
    if overall["cases"] and overall["errors"] == overall["cases"]:
        # Nothing was evaluated (a broken prompt pack, an unreachable provider): exiting 0
        # would let a CI gate without --fail-under pass on a run that measured nothing.
        from ..errors import EvaluationError

        raise EvaluationError(
            f"every case errored ({overall['errors']} of {overall['cases']}), nothing was "
            f"evaluated; each case's error is in {outcome.files['results']}"
        )
    if fail_under is not None:
        from ..evaluation.evaluate import check_gate

        check_gate(outcome, fail_under)


class _Progress:
    """A rich progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None
        self._failed = 0

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self._progress = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("evaluating", total=None)
        return self

    def update(self, done: int, total: int, passed: bool) -> None:
        self._failed += int(not passed)
        if self._progress is not None:
            self._progress.update(
                self._task,
                completed=done,
                total=total,
                description=f"evaluating ({self._failed} failed)",
            )

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _print_run(summary: dict[str, Any], files: dict[str, Path], as_json: bool) -> None:
    if as_json:
        print_json({"summary": summary, "files": {k: str(v) for k, v in files.items()}})
        return
    for g in summary["groups"]:
        metrics = "  ".join(f"{k} {v:.2f}" for k, v in g["metrics"].items())
        click.echo(
            f"{g['suite']:<16} {g['variant']:<24} {g['passed']:>4}/{g['cases']:<4} "
            f"pass {g['pass_rate']:.1%}  {metrics}"
        )
        esc = g.get("escalation")
        if esc:
            e = esc["escalate"]
            click.echo(
                f"{'':<16} escalation precision {_pct(e['precision'])} "
                f"recall {_pct(e['recall'])} level accuracy {_pct(esc['level_accuracy'])}"
            )
    o = summary["overall"]
    u = summary["this_invocation"]["usage"]
    flaky = summary["flaky"]
    click.echo(
        f"overall: {o['passed']}/{o['cases']} passed ({o['pass_rate']:.1%}), "
        f"{o['errors']} error(s); model requests {u['requests']}, cache hits {u['cache_hits']}, "
        f"tokens {u['prompt_tokens'] + u['completion_tokens']}, cost ${u['cost_usd']:.4f}"
    )
    if flaky["checked"]:
        click.echo(f"flaky cases: {len(flaky['cases'])}")
        for key in flaky["cases"][:50]:
            click.echo(f"  {key}")
    err(f"report: {files['html']}")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


@eval_group.command(name="score", help="Score existing drafts from a JSON Lines file.")
@click.argument("drafts", type=click.Path(path_type=Path, dir_okay=False))
@json_option
@click.pass_context
def score(ctx: click.Context, drafts: Path, as_json: bool) -> int | None:
    from ..evaluation.score_file import score_file

    cfg = settings(ctx)
    total = failed = bad = 0
    for result in score_file(drafts, cfg):
        if "error" in result:
            bad += 1
            err(f"{drafts}:{result['line']}: {result['error']}")
            if as_json:
                print_json(result)
            continue
        total += 1
        failed += int(not result["passed"])
        if as_json:
            print_json(result)
        else:
            mark = "PASS" if result["passed"] else "FAIL"
            s = result["scores"]
            click.echo(f"{mark} {result['id']}  tone {s['tone']:.2f}  accuracy {s['accuracy']:.2f}")
            for f in result["failures"]:
                click.echo(f"     {f['assertion']}: {f['reason']}")
    if total == bad == 0:
        # As `eval calibrate` and a run where every case errored: scoring nothing is not a
        # pass (an export that failed upstream would otherwise go through a CI gate).
        from ..errors import InputError

        raise InputError(f"{drafts}: no drafts to score (the file is empty or only blank lines)")
    err(f"{total} draft(s) scored, {failed} failed, {bad} bad line(s)")
    if bad:  # as `triage --input` and `draft --input`: a line was not scored
        return 1
    return None


@eval_group.command(name="compare", help="Compare two runs: metric deltas and changed cases.")
@click.argument("run_a", type=click.Path(path_type=Path, exists=True))
@click.argument("run_b", type=click.Path(path_type=Path, exists=True))
@click.option(
    "--judge",
    default=None,
    help="Also judge each pair of drafts A vs B with this model, in both orders.",
)
@click.option("--criterion", default="overall quality for the customer", show_default=True)
@json_option
@click.pass_context
def compare(
    ctx: click.Context,
    run_a: Path,
    run_b: Path,
    judge: str | None,
    criterion: str,
    as_json: bool,
) -> None:
    from ..evaluation.compare import compare_runs

    result = compare_runs(run_a, run_b)
    for run, lines in (
        (run_a, result["unreadable_lines"]["a"]),
        (run_b, result["unreadable_lines"]["b"]),
    ):
        if lines:
            shown = ", ".join(str(n) for n in lines[:10]) + (", …" if len(lines) > 10 else "")
            err(f"note: {run}: {len(lines)} line(s) could not be read ({shown}); left out")
    if judge is not None:
        result["pairwise"] = _pairwise(ctx, run_a, run_b, judge, criterion)
    if as_json:
        print_json(result)
        return
    if "pairwise" in result:
        p = result["pairwise"]
        click.echo(
            f"judge {p['judge']}: A wins {p['a_wins']}, B wins {p['b_wins']}, ties {p['ties']} "
            f"({p['position_bias']} flipped when swapped), errors {p['errors']}"
        )
    click.echo(f"{result['paired_cases']} paired case(s)")
    click.echo(f"{'metric':<14}{'A':>8}{'B':>8}{'delta':>9}   95% CI")
    for name, m in result["metrics"].items():
        star = " *" if m["significant"] else ""
        click.echo(
            f"{name:<14}{m['a']:>8.3f}{m['b']:>8.3f}{m['delta']:>+9.3f}   "
            f"[{m['ci95'][0]:+.3f}, {m['ci95'][1]:+.3f}]{star}"
        )
    for label, key in (("newly failing", "newly_failing"), ("newly passing", "newly_passing")):
        cases = result[key]
        click.echo(f"{label}: {len(cases)}")
        for case in cases[:50]:
            click.echo(f"  {case}")


def _pairwise(
    ctx: click.Context, run_a: Path, run_b: Path, spec: str, criterion: str
) -> dict[str, Any]:
    from ..evaluation.cache import CachingChatModel, ResponseCache
    from ..evaluation.compare import pairwise_runs
    from ..evaluation.judge import Judge
    from ..generation.providers import resolve_model

    cfg = settings(ctx)
    model = CachingChatModel(resolve_model(spec, cfg), ResponseCache(cfg.cache_dir / "eval"))
    return asyncio.run(pairwise_runs(run_a, run_b, Judge(model, spec=spec), criterion=criterion))


@eval_group.command(name="calibrate", help="Agreement with human pass/fail labels.")
@click.argument("labels", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--scorer", default=None, help="One assertion type (default: all checks).")
@click.option("--judge", default=None, help="Calibrate an LLM judge (model spec) instead.")
@click.option(
    "--rubric",
    default="helpfulness",
    show_default=True,
    help="Judge rubric from prompts/judges/, criterion text, or 'faithfulness'.",
)
@click.option(
    "--threshold", default=0.75, show_default=True, type=click.FloatRange(0, 1), callback=not_nan
)
@json_option
@click.pass_context
def calibrate(
    ctx: click.Context,
    labels: Path,
    scorer: str | None,
    judge: str | None,
    rubric: str,
    threshold: float,
    as_json: bool,
) -> None:
    from ..evaluation.calibrate import calibrate as run_calibration

    cfg = settings(ctx)
    grader = None
    if judge is not None:
        from ..evaluation.cache import CachingChatModel, ResponseCache
        from ..evaluation.judge import Judge
        from ..generation.providers import resolve_model

        model = CachingChatModel(resolve_model(judge, cfg), ResponseCache(cfg.cache_dir / "eval"))
        grader = Judge(model, spec=judge)
    result = run_calibration(
        labels, cfg, scorer=scorer, judge=grader, rubric=rubric, threshold=threshold
    )
    if as_json:
        print_json(result)
        return
    click.echo(f"scorer: {result['scorer']}  n={result['n']}")
    kappa = result["kappa"]
    click.echo(
        f"accuracy {result['accuracy']:.1%}  Cohen's kappa {kappa if kappa is not None else '-'}"
    )
    c = result["confusion"]
    click.echo(f"{'':<14}{'pred pass':>10}{'pred fail':>10}")
    for h in ("pass", "fail"):
        row = c[f"human_{h}"]
        click.echo(f"{'human ' + h:<14}{row['predicted_pass']:>10}{row['predicted_fail']:>10}")
    for bad in result["bad_lines"]:
        err(f"{labels}:{bad['line']}: {bad['error']}")
