"""Compare two runs: per-metric paired deltas with a bootstrap confidence interval, and the
cases that newly fail or newly pass.

Cases are paired by suite, case id and repeat. When both runs evaluated exactly one
variant (the usual "prompt v1 vs prompt v2" question) the variant label is ignored for
pairing; otherwise it is part of the key.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError, InvalidOutputError, ProviderError
from ..types import Post
from .runner import RESULTS_FILE, read_results

if TYPE_CHECKING:
    from .judge import Judge


@dataclass(frozen=True)
class _Row:
    passed: bool
    score: float
    scores: dict[str, float]


def _load(run: Path, unreadable: list[int]) -> tuple[dict[tuple[str, ...], _Row], set[str]]:
    rows: dict[tuple[str, ...], _Row] = {}
    variants: set[str] = set()
    for r in read_results(run, unreadable=unreadable):
        variant = str(r.get("variant"))
        variants.add(variant)
        key = (str(r.get("suite")), str(r.get("case")), str(r.get("repeat", 0)), variant)
        where = f"{run}: case {key[1]}"
        scores = r.get("scores") or {}
        if not isinstance(scores, dict):
            raise EvaluationError(f"{where}: scores: expected a mapping, got {scores!r}")
        rows[key] = _Row(
            bool(r.get("passed")),
            _number(r.get("score") or 0.0, where, "score"),
            {k: _number(v, where, f"scores.{k}") for k, v in scores.items()},
        )
    if not rows:
        # Said of the run it is true of: "A and B have no case in common" sent the user
        # looking for a mismatch between two runs when one of them holds nothing.
        file = run / RESULTS_FILE if run.is_dir() else run
        why = (
            f"{len(unreadable)} line(s) are not result records"
            if unreadable
            else "the file is empty"
        )
        raise EvaluationError(f"{file}: no results to compare ({why})")
    return rows, variants


def _number(value: object, where: str, field: str) -> float:
    """A score from a results file edited or damaged by hand: a typed error naming the run,
    the case and the field rather than an internal ValueError."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise EvaluationError(f"{where}: {field}: expected a number, got {value!r}")


def bootstrap_ci(
    deltas: list[float], *, resamples: int = 2000, confidence: float = 0.95, seed: int = 7
) -> tuple[float, float]:
    """Percentile bootstrap CI of the mean of paired deltas (seeded: reproducible)."""
    if not deltas:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(deltas)
    means = sorted(sum(rng.choices(deltas, k=n)) / n for _ in range(resamples))
    lo = means[int((1 - confidence) / 2 * resamples)]
    hi = means[min(resamples - 1, int((1 + confidence) / 2 * resamples))]
    return (round(lo, 4), round(hi, 4))


def compare_runs(run_a: Path, run_b: Path, *, resamples: int = 2000) -> dict[str, Any]:
    unreadable: dict[str, list[int]] = {"a": [], "b": []}
    rows_a, variants_a = _load(run_a, unreadable["a"])
    rows_b, variants_b = _load(run_b, unreadable["b"])
    single = len(variants_a) == 1 and len(variants_b) == 1

    def norm(key: tuple[str, ...]) -> tuple[str, ...]:
        return key[:3] if single else key

    a = {norm(k): v for k, v in rows_a.items()}
    b = {norm(k): v for k, v in rows_b.items()}
    common = sorted(set(a) & set(b))
    if not common:
        raise EvaluationError(f"{run_a} and {run_b} have no case in common to compare")
    metrics = sorted({m for k in common for m in a[k].scores} | {"score", "pass_rate"})
    out_metrics: dict[str, Any] = {}
    for metric in metrics:
        vals: list[tuple[float, float]] = []
        for k in common:
            x, y = _value(a[k], metric), _value(b[k], metric)
            if x is not None and y is not None:
                vals.append((x, y))
        if not vals:
            continue
        deltas = [y - x for x, y in vals]
        mean_a = sum(x for x, _ in vals) / len(vals)
        mean_b = sum(y for _, y in vals) / len(vals)
        lo, hi = bootstrap_ci(deltas, resamples=resamples)
        out_metrics[metric] = {
            "a": round(mean_a, 4),
            "b": round(mean_b, 4),
            "delta": round(mean_b - mean_a, 4),
            "ci95": [lo, hi],
            "n": len(vals),
            # The interval excludes 0: the change is unlikely to be noise.
            "significant": lo > 0 or hi < 0,
        }
    newly_failing = ["::".join(k) for k in common if a[k].passed and not b[k].passed]
    newly_passing = ["::".join(k) for k in common if not a[k].passed and b[k].passed]
    return {
        "run_a": str(run_a),
        "run_b": str(run_b),
        "paired_cases": len(common),
        "only_in_a": len(set(a) - set(b)),
        "only_in_b": len(set(b) - set(a)),
        # Line numbers of results.jsonl that were not records: left out, and said so.
        "unreadable_lines": unreadable,
        "metrics": out_metrics,
        "newly_failing": newly_failing,
        "newly_passing": newly_passing,
    }


def _value(row: _Row, metric: str) -> float | None:
    if metric == "pass_rate":
        return 1.0 if row.passed else 0.0
    if metric == "score":
        return row.score
    return row.scores.get(metric)


def _drafts(run: Path) -> tuple[dict[tuple[str, ...], tuple[dict[str, Any], str]], set[str]]:
    rows: dict[tuple[str, ...], tuple[dict[str, Any], str]] = {}
    variants: set[str] = set()
    for r in read_results(run):
        variant = str(r.get("variant"))
        variants.add(variant)
        draft = r.get("draft") or {}
        if not draft.get("text"):
            continue
        key = (str(r.get("suite")), str(r.get("case")), str(r.get("repeat", 0)), variant)
        rows[key] = (r.get("post") or {}, str(draft["text"]))
    return rows, variants


async def pairwise_runs(
    run_a: Path,
    run_b: Path,
    judge: Judge,
    *,
    criterion: str = "overall quality for the customer",
    concurrency: int = 8,
) -> dict[str, Any]:
    """Judge each paired case's draft from run A against run B's, in both orders. Only a
    win that survives the swap counts; the rest are ties (or position-biased verdicts)."""
    rows_a, variants_a = _drafts(run_a)
    rows_b, variants_b = _drafts(run_b)
    single = len(variants_a) == 1 and len(variants_b) == 1
    a = {(k[:3] if single else k): v for k, v in rows_a.items()}
    b = {(k[:3] if single else k): v for k, v in rows_b.items()}
    common = sorted(set(a) & set(b))
    if not common:
        raise EvaluationError(f"{run_a} and {run_b} have no drafted case in common")
    gate = asyncio.Semaphore(concurrency)

    async def one(key: tuple[str, ...]) -> dict[str, Any]:
        post_data, text_a = a[key]
        _, text_b = b[key]
        post = Post(
            text=str(post_data.get("text") or "?"),
            platform=post_data.get("platform", "x"),
        )
        async with gate:
            try:
                result = await judge.pairwise(post, text_a, text_b, criterion=criterion)
            except (InvalidOutputError, ProviderError, ValueError) as exc:
                return {"case": "::".join(key), "winner": "error", "reason": str(exc)}
        return {
            "case": "::".join(key),
            "winner": result.winner,
            "consistent": result.consistent,
            "reason": result.reasons[0],
        }

    verdicts = await asyncio.gather(*(one(k) for k in common))
    count = {w: sum(1 for v in verdicts if v["winner"] == w) for w in ("A", "B", "tie", "error")}
    return {
        "judge": judge.spec,
        "criterion": criterion,
        "pairs": len(verdicts),
        "a_wins": count["A"],
        "b_wins": count["B"],
        "ties": count["tie"],
        "errors": count["error"],
        "position_bias": sum(1 for v in verdicts if v.get("consistent") is False),
        "cases": verdicts,
    }
