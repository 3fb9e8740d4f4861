"""Agreement between a scorer (or judge) and human pass/fail labels: Cohen's kappa,
accuracy and the confusion matrix.

Each line of the labels file has ``"label"`` (``"pass"``/``"fail"`` or a boolean, the
human verdict) and either ``"predicted"`` (the scorer's verdict, e.g. exported from a judge
run) or the draft fields of `eval score` (``post``, ``draft``, ``platform``, ``facts``…),
in which case the deterministic checks predict (all of them, or the one named by
``scorer``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..config import Settings
from ..errors import InputError
from .assertions import ASSERTION_TYPES
from .score_file import DEFAULT_CHECKS, DraftLine, score_draft


def _verdict(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("pass", "fail", "good", "bad"):
        return value.lower() in ("pass", "good")
    raise InputError(f"{where}: a label must be 'pass', 'fail' or a boolean, not {value!r}")


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


def calibrate(path: Path, settings: Settings, *, scorer: str | None = None) -> dict[str, Any]:
    if scorer is not None and scorer not in ASSERTION_TYPES:
        raise InputError(f"unknown scorer {scorer!r}; known: {', '.join(sorted(ASSERTION_TYPES))}")
    checks = (scorer,) if scorer else DEFAULT_CHECKS
    matrix = {"pass": {"pass": 0, "fail": 0}, "fail": {"pass": 0, "fail": 0}}
    disagreements: list[dict[str, Any]] = []
    bad_lines: list[dict[str, Any]] = []
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(raw)
                if not isinstance(data, dict) or "label" not in data:
                    raise InputError(f"{where}: each line needs a 'label'")
                human = _verdict(data["label"], where)
                if "predicted" in data:
                    predicted = _verdict(data["predicted"], where)
                else:
                    line = DraftLine.model_validate(data)
                    predicted = bool(score_draft(line, settings, checks)[0]["passed"])
            except (ValueError, ValidationError, InputError) as exc:
                bad_lines.append({"line": number, "error": str(exc).splitlines()[0]})
                continue
            h, p = ("pass" if human else "fail"), ("pass" if predicted else "fail")
            matrix[h][p] += 1
            if h != p:
                disagreements.append({"id": data.get("id"), "human": h, "predicted": p})
    n = sum(matrix[h][p] for h in matrix for p in matrix[h])
    if n == 0:
        raise InputError(f"{path}: no usable labelled lines")
    agree = matrix["pass"]["pass"] + matrix["fail"]["fail"]
    return {
        "scorer": scorer or "all deterministic checks",
        "n": n,
        "accuracy": round(agree / n, 4),
        "kappa": cohen_kappa(matrix),
        "confusion": {
            f"human_{h}": {f"predicted_{p}": c for p, c in row.items()} for h, row in matrix.items()
        },
        "disagreements": disagreements[:50],
        "bad_lines": bad_lines,
    }
