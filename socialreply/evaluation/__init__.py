"""Evaluation: YAML suites of cases, deterministic and LLM-judged scorers for tone,
accuracy and escalation, a concurrent cached runner, reports, run comparison and
calibration against human labels.

    suites.py      suite format (promptfoo concepts) and validation (`SuiteError`)
    tone.py, accuracy.py, escalation.py   deterministic scorers (tone's larger ones in
                   blame_check.py, empathy_check.py, pii_echo.py)
    assertions.py  the assertion registry, weights, thresholds, `not-` negation
    judge.py       LLM judges: rubrics, faithfulness, pairwise A/B in both orders
    cache.py       disk cache of model responses (a `ChatModel` wrapper), usage meters
    runner.py      suites x providers x prompt versions, streamed to results.jsonl
    score_worker.py   the runner's deterministic checks in a worker process (big runs)
    summary.py, reports.py   summary.json, JUnit XML, self-contained report.html
    compare.py, calibrate.py, score_file.py   `eval compare|calibrate|score`
"""

from __future__ import annotations

from .assertions import ASSERTION_TYPES, aggregate, run_assertions
from .cache import CachingChatModel, ResponseCache, UsageMeter
from .calibrate import calibrate, cohen_kappa
from .compare import bootstrap_ci, compare_runs
from .context import AssertionResult, Outcome, ScoringContext
from .evaluate import EvalOutcome, check_gate, evaluate, finish_run
from .judge import Judge, PairwiseResult
from .runner import DraftResult, EvalRunner, RunOptions, RunStats, Variant, read_results
from .score_file import DraftLine, score_draft, score_file
from .suites import AssertionSpec, CaseSpec, Suite, load_suite, load_suites
from .summary import summarize

__all__ = [
    "ASSERTION_TYPES",
    "AssertionResult",
    "AssertionSpec",
    "CachingChatModel",
    "CaseSpec",
    "DraftLine",
    "DraftResult",
    "EvalOutcome",
    "EvalRunner",
    "Judge",
    "Outcome",
    "PairwiseResult",
    "ResponseCache",
    "RunOptions",
    "RunStats",
    "ScoringContext",
    "Suite",
    "UsageMeter",
    "Variant",
    "aggregate",
    "bootstrap_ci",
    "calibrate",
    "check_gate",
    "cohen_kappa",
    "compare_runs",
    "evaluate",
    "finish_run",
    "load_suite",
    "load_suites",
    "read_results",
    "run_assertions",
    "score_draft",
    "score_file",
    "summarize",
]
