"""Agreement between a scorer (or judge) and human pass/fail labels: Cohen's kappa,
accuracy and the confusion matrix.

Each line of the labels file has ``"label"`` (``"pass"``/``"fail"`` or a boolean, the
human verdict) and either ``"predicted"`` (the scorer's verdict, e.g. exported from a judge
run) or the draft fields of `eval score` (``post``, ``draft``, ``platform``, ``facts``…),
in which case the deterministic checks predict (all of them, or the one named by
``scorer``).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..batch_lines import NOT_UTF8, utf8_lines
from ..config import Settings, validation_details
from ..errors import InputError
from .assertions import ASSERTION_TYPES
from .score_file import DEFAULT_CHECKS, draft_line, score_draft

if TYPE_CHECKING:
    from .judge import Judge


def _verdict(value: Any) -> bool:
    # The message is the reason alone: a bad line's file and number are added once, by
    # whoever reports it (the CLI prints "FILE:LINE: reason").
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("pass", "fail", "good", "bad"):
        return value.lower() in ("pass", "good")
    raise InputError(f"a label must be 'pass', 'fail' or a boolean, not {value!r}")


def cohen_kappa(matrix: dict[str, dict[str, int]]) -> float | None:
    """Kappa for a 2x2 matrix ``{human: {predicted: count}}`` over pass/fail."""
    labels = ("pass", "fail")
    n = sum(matrix[h][p] for h in labels for p in labels)
    if n == 0:
        return None
    observed = sum(matrix[x][x] for x in labels) / n
    expected = sum(
        (sum(matrix[x][p] for p in labels) / n) * (sum(matrix[h][x] for h in labels) / n)
        for x in labels
    )
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return round((observed - expected) / (1 - expected), 4)


def calibrate(
    path: Path,
    settings: Settings,
    *,
    scorer: str | None = None,
    judge: Judge | None = None,
    rubric: str = "helpfulness",
    threshold: float = 0.75,
    concurrency: int = 8,
) -> dict[str, Any]:
    """Agreement of the deterministic checks (all, or `scorer`) or of an LLM `judge`
    (`rubric`, or ``"faithfulness"``; pass at `threshold`) with the human labels."""
    return asyncio.run(
        acalibrate(
            path,
            settings,
            scorer=scorer,
            judge=judge,
            rubric=rubric,
            threshold=threshold,
            concurrency=concurrency,
        )
    )


async def acalibrate(
    path: Path,
    settings: Settings,
    *,
    scorer: str | None = None,
    judge: Judge | None = None,
    rubric: str = "helpfulness",
    threshold: float = 0.75,
    concurrency: int = 8,
) -> dict[str, Any]:
    if scorer is not None and scorer not in ASSERTION_TYPES:
        raise InputError(f"unknown scorer {scorer!r}; known: {', '.join(sorted(ASSERTION_TYPES))}")
    checks = (scorer,) if scorer else DEFAULT_CHECKS
    items, bad_lines = _read(path)
    gate = asyncio.Semaphore(concurrency)

    async def predict(data: dict[str, Any]) -> bool:
        if "predicted" in data:
            return _verdict(data["predicted"])
        line = draft_line(data)
        if judge is None:
            return bool(score_draft(line, settings, checks)[0]["passed"])
        ctx = line.context(settings)
        async with gate:
            if rubric == "faithfulness":
                outcome = await judge.faithfulness(ctx)
            else:
                outcome = await judge.rubric(ctx, rubric)
        return outcome.score >= threshold - 1e-9

    async def one(number: int, data: dict[str, Any]) -> tuple[int, dict[str, Any], bool | str]:
        try:
            return number, data, await predict(data)
        except ValidationError as exc:
            return number, data, validation_details(exc)
        except (ValueError, InputError) as exc:
            return number, data, str(exc).splitlines()[0]

    results = await asyncio.gather(*(one(n, d) for n, d in items))
    matrix = {"pass": {"pass": 0, "fail": 0}, "fail": {"pass": 0, "fail": 0}}
    disagreements: list[dict[str, Any]] = []
    for number, data, predicted in results:
        if isinstance(predicted, str):
            bad_lines.append({"line": number, "error": predicted})
            continue
        h = "pass" if _verdict(data["label"]) else "fail"
        p = "pass" if predicted else "fail"
        matrix[h][p] += 1
        if h != p:
            disagreements.append({"id": data.get("id"), "human": h, "predicted": p})
    bad_lines.sort(key=lambda b: int(b["line"]))
    n = sum(matrix[h][p] for h in matrix for p in matrix[h])
    if n == 0:
        # The bad lines are not printed when nothing could be measured: say why here.
        why = (
            f" ({len(bad_lines)} bad line(s); line {bad_lines[0]['line']}: {bad_lines[0]['error']})"
            if bad_lines
            else ""
        )
        raise InputError(f"{path}: no usable labelled lines{why}")
    agree = matrix["pass"]["pass"] + matrix["fail"]["fail"]
    if judge is not None:
        name = f"judge {judge.spec} ({rubric}, pass at {threshold:g})"
    else:
        name = scorer or "all deterministic checks"
    return {
        "scorer": name,
        "n": n,
        "accuracy": round(agree / n, 4),
        "kappa": cohen_kappa(matrix),
        "confusion": {
            f"human_{h}": {f"predicted_{p}": c for p, c in row.items()} for h, row in matrix.items()
        },
        "disagreements": disagreements[:50],
        "bad_lines": bad_lines,
    }


def _read(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[dict[str, Any]]]:
    items: list[tuple[int, dict[str, Any]]] = []
    bad: list[dict[str, Any]] = []
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    # Decoded per line, so one non-UTF-8 line is a bad line, not an aborted run.
    for number, raw in utf8_lines(blob.splitlines(), path):
        if raw is None:
            bad.append({"line": number, "error": NOT_UTF8})
            continue
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:  # worded as in `eval score`
            bad.append({"line": number, "error": f"invalid JSON: {exc.msg}"})
            continue
        try:
            if not isinstance(data, dict) or "label" not in data:
                raise InputError("each line needs a 'label'")
            _verdict(data["label"])
        except (ValueError, InputError) as exc:
            bad.append({"line": number, "error": str(exc).splitlines()[0]})
            continue
        items.append((number, data))
    return items, bad
