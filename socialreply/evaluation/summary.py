"""Summaries computed by streaming a run's ``results.jsonl`` (never held in memory whole):
pass rates and mean scores per suite x variant and per metric, escalation precision and
recall, flaky cases across repeats, usage and cost."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import UsageMeter
from .escalation import EscalationStats
from .runner import read_results

SUMMARY_FILE = "summary.json"


@dataclass
class _Group:
    cases: int = 0
    passed: int = 0
    errors: int = 0
    score_sum: float = 0.0
    metric_sums: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    metric_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failed_assertions: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    escalation: EscalationStats = field(default_factory=EscalationStats)
    usage: UsageMeter = field(default_factory=UsageMeter)
    latency_sum: float = 0.0

    def add(self, record: dict[str, Any]) -> None:
        self.cases += 1
        self.passed += int(bool(record.get("passed")))
        self.errors += int(record.get("error") is not None)
        self.score_sum += float(record.get("score") or 0.0)
        for metric, value in (record.get("scores") or {}).items():
            self.metric_sums[metric] += float(value)
            self.metric_counts[metric] += 1
        for a in record.get("assertions") or []:
            if not a.get("passed"):
                self.failed_assertions[a.get("type", "?")] += 1
        exp = record.get("expected_escalation")
        draft = record.get("draft")
        if exp and draft:
            got = draft.get("escalation") or {}
            self.escalation.add(
                exp.get("level"),
                list(exp.get("categories") or []),
                str(got.get("level", "none")),
                list(got.get("categories") or []),
            )
        self.usage.add(UsageMeter.from_dict(record.get("usage") or {}))
        self.latency_sum += float(record.get("latency_ms") or 0.0)

    def as_dict(self) -> dict[str, Any]:
        n = self.cases or 1
        out: dict[str, Any] = {
            "cases": self.cases,
            "passed": self.passed,
            "failed": self.cases - self.passed,
            "errors": self.errors,
            "pass_rate": round(self.passed / n, 4),
            "mean_score": round(self.score_sum / n, 4),
            "metrics": {
                m: round(self.metric_sums[m] / self.metric_counts[m], 4)
                for m in sorted(self.metric_sums)
            },
            "failed_assertions": dict(
                sorted(self.failed_assertions.items(), key=lambda kv: (-kv[1], kv[0]))
            ),
            "usage": self.usage.as_dict(),
            "mean_latency_ms": round(self.latency_sum / n, 1),
        }
        if self.escalation.cases:
            out["escalation"] = self.escalation.as_dict()
        return out


def summarize(run_dir: Path) -> dict[str, Any]:
    """The summary of a run folder (streams results.jsonl once)."""
    overall = _Group()
    groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
    repeats: dict[str, set[bool]] = defaultdict(set)
    for record in read_results(run_dir):
        overall.add(record)
        groups[(str(record.get("suite")), str(record.get("variant")))].add(record)
        base_key = str(record.get("key", "")).rsplit("::", 1)[0]
        repeats[base_key].add(bool(record.get("passed")))
    flaky = sorted(k for k, outcomes in repeats.items() if len(outcomes) > 1)
    multi = _max_repeat(run_dir) > 1
    summary: dict[str, Any] = {
        "overall": overall.as_dict(),
        "groups": [
            {"suite": suite, "variant": variant, **g.as_dict()}
            for (suite, variant), g in sorted(groups.items())
        ],
        "flaky": {
            "checked": multi,
            "cases": flaky,
            "rate": round(len(flaky) / len(repeats), 4) if repeats and multi else None,
        },
    }
    manifest = run_dir / "run.json" if run_dir.is_dir() else None
    if manifest is not None and manifest.is_file():
        summary["run"] = json.loads(manifest.read_text(encoding="utf-8"))
    return summary


def _max_repeat(run_dir: Path) -> int:
    manifest = run_dir / "run.json" if run_dir.is_dir() else None
    if manifest is None or not manifest.is_file():
        return 1
    try:
        return int(json.loads(manifest.read_text(encoding="utf-8")).get("repeat", 1))
    except (ValueError, TypeError):
        return 1


def write_summary(run_dir: Path, summary: dict[str, Any]) -> Path:
    path = run_dir / SUMMARY_FILE
    path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
