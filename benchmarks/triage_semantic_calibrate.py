"""Calibrate the exemplar thresholds of the semantic triage on the labelled tuning splits.

This is the nearest-exemplar decision (``semantic: {head: false}``); the default decision
is the trained head, whose thresholds come from ``benchmarks/train_semantic_head.py``.

    .venv/bin/python benchmarks/triage_semantic_calibrate.py          # print the table
    .venv/bin/python benchmarks/triage_semantic_calibrate.py --write  # update the YAML
    .venv/bin/python benchmarks/triage_semantic_calibrate.py --splits dev

For each category with exemplars, the threshold is the lowest cosine similarity (0.40 to
0.90, step 0.01) at which the semantic pass *alone* keeps, on the chosen splits:
precision >= 0.85 for that category and at most one false positive per 100 hard negatives
(at least one). The default splits are dev, holdout and fresh: once the holdout and fresh
batches had been studied for errors they became tuning data; a newer blind batch, never
read by this script, is the unseen test.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from triage_metrics import DATA, FRESH, load

from socialreply.triage.semantic import EXEMPLARS_FILE, CategoryScore, SemanticTriage

MIN_PRECISION = 0.85
MAX_HARD_NEGATIVE_FP_RATE = 0.01
TUNING_SPLITS = ("dev", "holdout", "fresh")
GRID = [round(0.40 + i * 0.01, 2) for i in range(51)]


def calibrate(splits: tuple[str, ...] = TUNING_SPLITS) -> tuple[dict[str, float], list[str]]:
    # Only the files named here are read (never a blind batch next to them).
    rows = [r for r in load((DATA, FRESH)) if r["split"] in splits]
    runner = SemanticTriage(head=False)
    margin, rival = runner.exemplars.margin, runner.exemplars.rival_margin
    max_hn_fp = max(
        1, round(MAX_HARD_NEGATIVE_FP_RATE * sum(bool(r.get("hard_negative")) for r in rows))
    )
    scored: list[tuple[dict[str, Any], dict[str, CategoryScore]]] = []
    for row in rows:
        scores: dict[str, CategoryScore] = {s.category: s for s in runner.scores(row["text"])}
        scored.append((row, scores))
    chosen: dict[str, float] = {}
    lines = [
        f"| category | threshold | P (semantic alone) | R (semantic alone) | n "
        f"({'+'.join(splits)}) |",
        "|---|---:|---:|---:|---:|",
    ]
    for category in runner.exemplars.positive:
        best: tuple[float, float, float] | None = None
        n = sum(category in r["categories"] for r, _ in scored)
        for threshold in GRID:
            tp = fp = hn_fp = 0
            for row, scores in scored:
                s = scores[category]
                if not s.fires(threshold, margin, rival):
                    continue
                if category in row["categories"]:
                    tp += 1
                else:
                    fp += 1
                    hn_fp += int(bool(row.get("hard_negative")))
            precision = tp / (tp + fp) if tp + fp else 1.0
            if precision >= MIN_PRECISION and hn_fp <= max_hn_fp:
                best = (threshold, precision, tp / n if n else 1.0)
                break
        threshold, precision, recall = best if best else (0.99, 1.0, 0.0)
        chosen[category] = threshold
        lines.append(f"| {category} | {threshold:.2f} | {precision:.2f} | {recall:.2f} | {n} |")
    return chosen, lines


def write(thresholds: dict[str, float], path: Path = EXEMPLARS_FILE) -> None:
    text = path.read_text(encoding="utf-8")
    for category, value in thresholds.items():
        text, count = re.subn(
            rf"^(  {category}: )[0-9.]+$", rf"\g<1>{value:.2f}", text, count=1, flags=re.M
        )
        if not count:
            raise SystemExit(f"no threshold line for {category} in {path}")
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="update semantic_exemplars.yaml")
    parser.add_argument(
        "--splits",
        default=",".join(TUNING_SPLITS),
        help="comma-separated labelled splits to calibrate on (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    splits = tuple(s for s in args.splits.split(",") if s)
    unknown = sorted(set(splits) - set(TUNING_SPLITS))
    if unknown:
        parser.error(f"unknown split(s): {', '.join(unknown)}")
    thresholds, lines = calibrate(splits)
    print("\n".join(lines))
    if args.write:
        write(thresholds)
        print(f"thresholds written to {EXEMPLARS_FILE.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
