"""One call for a whole evaluation: load suites, run the matrix, write results.jsonl,
summary.json, junit.xml and report.html, then apply the ``fail_under`` gate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import EvalBelowThresholdError
from .reports import write_html, write_junit
from .runner import (
    DrafterFactory,
    EvalRunner,
    ModelFactory,
    ProgressFn,
    RunOptions,
    RunStats,
    Variant,
    default_model_factory,
)
from .suites import load_suites
from .summary import summarize, write_summary


@dataclass
class EvalOutcome:
    stats: RunStats
    summary: dict[str, Any]
    output: Path
    files: dict[str, Path]


def normalize_fail_under(value: float) -> float:
    """``--fail-under 0.9`` and ``--fail-under 90`` both mean a 90 % pass rate."""
    return value / 100 if value > 1 else value


async def evaluate(
    suite_paths: Sequence[str | Path],
    variants: Sequence[Variant],
    options: RunOptions,
    settings: Settings,
    *,
    fail_under: float | None = None,
    judge: str | None = None,
    drafter_factory: DrafterFactory | None = None,
    model_factory: ModelFactory = default_model_factory,
    progress: ProgressFn | None = None,
) -> EvalOutcome:
    suites = load_suites(suite_paths)
    runner = EvalRunner(
        settings, drafter_factory=drafter_factory, model_factory=model_factory, judge=judge
    )
    stats = await runner.run(suites, variants, options, progress=progress)
    return finish_run(options.output, stats, fail_under=fail_under)


def finish_run(output: Path, stats: RunStats, *, fail_under: float | None = None) -> EvalOutcome:
    summary = summarize(output)
    summary["this_invocation"] = {
        "ran": stats.done,
        "skipped_done": stats.skipped,
        "errors": stats.errors,
        "seconds": round(stats.seconds, 3),
        "usage": stats.usage.as_dict(),
    }
    files = {
        "results": output / "results.jsonl",
        "summary": write_summary(output, summary),
        "junit": write_junit(output, summary),
        "html": write_html(output, summary, title="socialreply evaluation"),
    }
    outcome = EvalOutcome(stats, summary, output, files)
    if fail_under is not None:
        check_gate(outcome, fail_under)
    return outcome


def check_gate(outcome: EvalOutcome, fail_under: float) -> None:
    """Raise `EvalBelowThresholdError` (CLI exit code 3) when the overall pass rate is
    below `fail_under`."""
    gate = normalize_fail_under(fail_under)
    rate = float(outcome.summary["overall"]["pass_rate"])
    if rate < gate:
        raise EvalBelowThresholdError(
            f"pass rate {rate:.1%} is below --fail-under {gate:.1%} "
            f"(report: {outcome.files['html']})",
            pass_rate=rate,
            threshold=gate,
        )
