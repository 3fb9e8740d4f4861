"""The assertion registry and case scoring.

An assertion type maps to a scorer and a default metric (``tone``, ``accuracy`` or
``escalation``). ``not-<type>`` inverts the score. A case's score per metric is the
weighted mean of its assertions' scores; the case passes when every assertion passes or,
if the case sets a ``threshold``, when its weighted score reaches it (promptfoo's rule).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import accuracy, blame_check, empathy_check, escalation, pii_echo, promises, tone
from .context import AssertionResult, Outcome, ScoringContext
from .suites import AssertionSpec
from .textutil import normalize

if TYPE_CHECKING:
    from .judge import Judge

Scorer = Callable[[ScoringContext, Any], Outcome]


def _text_value(value: Any) -> str:
    return str(value)


def _contains(ctx: ScoringContext, value: Any) -> Outcome:
    ok = _text_value(value) in ctx.text
    return Outcome(float(ok), f"{'contains' if ok else 'does not contain'} {value!r}")


def _icontains(ctx: ScoringContext, value: Any) -> Outcome:
    ok = normalize(_text_value(value)) in normalize(ctx.text)
    return Outcome(float(ok), f"{'contains' if ok else 'does not contain'} {value!r}")


def _icontains_any(ctx: ScoringContext, value: Any) -> Outcome:
    hits = [v for v in value if normalize(str(v)) in normalize(ctx.text)]
    if hits:
        return Outcome.ok(f"contains {hits[0]!r}")
    return Outcome.fail(f"contains none of {', '.join(repr(v) for v in value)}")


def _icontains_all(ctx: ScoringContext, value: Any) -> Outcome:
    missing = [v for v in value if normalize(str(v)) not in normalize(ctx.text)]
    if not missing:
        return Outcome.ok(f"contains all {len(value)} phrase(s)")
    return Outcome.fail(
        f"missing {', '.join(repr(v) for v in missing)}", score=1 - len(missing) / len(value)
    )


def _regex(ctx: ScoringContext, value: Any) -> Outcome:
    ok = re.search(_text_value(value), ctx.text) is not None
    return Outcome(float(ok), f"{'matches' if ok else 'does not match'} /{value}/")


def _equals(ctx: ScoringContext, value: Any) -> Outcome:
    ok = ctx.text.strip() == _text_value(value).strip()
    return Outcome(float(ok), "equals the expected text" if ok else "differs from expected")


def _starts_with(ctx: ScoringContext, value: Any) -> Outcome:
    ok = ctx.text.lstrip().startswith(_text_value(value))
    return Outcome(float(ok), f"{'starts' if ok else 'does not start'} with {value!r}")


@dataclass(frozen=True)
class AssertionType:
    name: str
    metric: str
    scorer: Scorer | None  # None for graded (LLM judge) assertions
    value: str = "optional"  # "none", "optional", "text", "list", "int", "number", "regex"
    description: str = ""

    @property
    def graded(self) -> bool:
        return self.scorer is None


_TYPES = [
    AssertionType("within-limit", "tone", tone.within_limit, "int", "platform length limit"),
    AssertionType("hashtags", "tone", tone.hashtag_policy, "int", "hashtag policy"),
    AssertionType("emoji", "tone", tone.emoji_policy, "int", "emoji policy"),
    AssertionType("no-shouting", "tone", tone.no_shouting, "none", "no ALL-CAPS, no '!!'"),
    AssertionType(
        "no-blame",
        "tone",
        blame_check.no_blame,
        "optional",
        "no blame or defensiveness ('learned': also the learned sentence check)",
    ),
    AssertionType("no-robotic", "tone", tone.no_robotic, "none", "no robotic phrases"),
    AssertionType(
        "empathy",
        "tone",
        empathy_check.empathy,
        "optional",
        "apology when a complaint ('learned', 'recall' or 'learned+recall': opt-in extras)",
    ),
    AssertionType("formality", "tone", tone.formality, "text", "register for the platform"),
    AssertionType("readability", "tone", tone.readability, "number", "reading grade"),
    AssertionType("no-banned-phrases", "tone", tone.banned_phrases, "optional", "brand rules"),
    AssertionType("no-pii-echo", "tone", pii_echo.no_pii_echo, "none", "no PII in public"),
    AssertionType("language-match", "tone", tone.language_match, "text", "same language"),
    AssertionType("expected-facts", "accuracy", accuracy.expected_facts, "optional", ""),
    AssertionType("numbers-supported", "accuracy", accuracy.numbers_supported, "none", ""),
    AssertionType("citations-valid", "accuracy", accuracy.citations_valid, "text", ""),
    AssertionType("no-invented-links", "accuracy", accuracy.no_invented_links, "list", ""),
    AssertionType(
        "no-unauthorized-promises",
        "accuracy",
        promises.no_unauthorized_promises,
        "optional",
        "no promise beyond the facts ('learned': also the learned sentence check)",
    ),
    AssertionType("must-not-include", "accuracy", accuracy.must_not_include, "optional", ""),
    AssertionType("escalation", "escalation", escalation.escalation, "none", ""),
    AssertionType("contains", "accuracy", _contains, "text", ""),
    AssertionType("icontains", "accuracy", _icontains, "text", ""),
    AssertionType("icontains-any", "accuracy", _icontains_any, "list", ""),
    AssertionType("icontains-all", "accuracy", _icontains_all, "list", ""),
    AssertionType("regex", "accuracy", _regex, "regex", ""),
    AssertionType("equals", "accuracy", _equals, "text", ""),
    AssertionType("starts-with", "accuracy", _starts_with, "text", ""),
    # Graded by an LLM judge; `grader` (or the suite's `judge`) names the model spec.
    AssertionType("llm-rubric", "tone", None, "text", "rubric name or criterion text"),
    AssertionType("faithfulness", "accuracy", None, "none", "claims verified vs facts"),
    AssertionType("pairwise", "tone", None, "optional", "A/B vs the reference reply"),
]
ASSERTION_TYPES: dict[str, AssertionType] = {t.name: t for t in _TYPES}

# The deterministic bundles `eval score` applies to every line.
TONE_CHECKS = (
    "within-limit",
    "hashtags",
    "emoji",
    "no-shouting",
    "no-blame",
    "no-robotic",
    "empathy",
    "formality",
    "readability",
    "no-banned-phrases",
    "no-pii-echo",
    "language-match",
)
ACCURACY_CHECKS = (
    "expected-facts",
    "numbers-supported",
    "citations-valid",
    "no-invented-links",
    "no-unauthorized-promises",
    "must-not-include",
)
GRADED_DEFAULT_THRESHOLD = 0.75  # a 4 on the judge's 1-5 scale


def check_value(spec: AssertionSpec) -> str | None:
    """A problem with the assertion's value or grader, or None."""
    base_type = spec.base_type  # read once: every assertion of every case is checked
    kind = ASSERTION_TYPES[base_type]
    value = spec.value
    if spec.grader is not None and not kind.graded:
        return "`grader` only applies to graded assertions (llm-rubric, faithfulness, pairwise)"
    if kind.value == "none" and value is not None:
        return "takes no value"
    if base_type == "no-blame" and value not in blame_check.NO_BLAME_VALUES:
        return "takes no value, or 'learned' (the phrase rules, then the learned check)"
    if base_type == "no-unauthorized-promises" and value not in promises.NO_PROMISE_VALUES:
        return "takes no value, or 'learned' (the promise rules, then the learned check)"
    if base_type == "empathy" and value not in empathy_check.EMPATHY_VALUES:
        return "takes no value, or 'learned', 'recall' or 'learned+recall' (opt-in extras)"
    optional_text = ("formality", "citations-valid", "language-match")
    if (
        kind.value in ("text", "regex")
        and kind.scorer is not None
        and value is None
        and base_type not in optional_text
    ):
        return "needs a text `value`"
    if base_type == "llm-rubric" and not isinstance(value, str):
        return "needs a `value`: a rubric name from prompts/judges/ or the criterion text"
    if kind.value == "list" and value is not None and not isinstance(value, list):
        return "needs a list `value`"
    if base_type in ("icontains-any", "icontains-all") and not value:
        return "needs a non-empty list `value`"
    if kind.value == "int" and value is not None and not isinstance(value, int):
        return "`value` must be an integer"
    if kind.value == "number" and value is not None and not isinstance(value, int | float):
        return "`value` must be a number"
    if kind.value == "regex" and value is not None:
        try:
            re.compile(str(value))
        except re.error as exc:
            return f"invalid regular expression: {exc}"
    if base_type == "formality" and value not in (None, "formal", "neutral", "casual"):
        return "`value` must be formal, neutral or casual"
    return None


def default_threshold(spec: AssertionSpec) -> float:
    return _threshold(spec, spec.base_type)


def _threshold(spec: AssertionSpec, base_type: str) -> float:
    if spec.threshold is not None:
        return spec.threshold
    if base_type == "pairwise":
        return 0.5  # a tie with the reference passes; losing to it does not
    return GRADED_DEFAULT_THRESHOLD if ASSERTION_TYPES[base_type].graded else 1.0


def finish(spec: AssertionSpec, outcome: Outcome, grader: str | None = None) -> AssertionResult:
    base_type = spec.base_type
    return _finish(spec, base_type, ASSERTION_TYPES[base_type], outcome, grader)


def _finish(
    spec: AssertionSpec,
    base_type: str,
    kind: AssertionType,
    outcome: Outcome,
    grader: str | None = None,
) -> AssertionResult:
    # The spec's type and kind come from the caller, which already looked them up: this
    # runs for every assertion of every case, on the eval runner's event loop.
    score = min(1.0, max(0.0, outcome.score))
    reason = outcome.reason
    if base_type != spec.type:  # negated
        score = 1.0 - score
        reason = f"not: {reason}"
    return AssertionResult(
        type=spec.type,
        metric=spec.metric or kind.metric,
        score=round(score, 4),
        passed=score >= _threshold(spec, base_type) - 1e-9,
        weight=spec.weight,
        reason=reason,
        grader=grader,
    )


def run_deterministic(spec: AssertionSpec, ctx: ScoringContext) -> AssertionResult:
    kind = ASSERTION_TYPES[spec.base_type]
    assert kind.scorer is not None
    return finish(spec, kind.scorer(ctx, spec.value))


async def run_assertions(
    specs: Sequence[AssertionSpec],
    ctx: ScoringContext,
    *,
    judge_for: Callable[[str], Judge] | None = None,
    default_grader: str | None = None,
) -> list[AssertionResult]:
    """Score one draft. Graded assertions call `judge_for(grader_spec)`; without a judge
    factory they are reported as failed with the reason, never silently skipped."""
    results: list[AssertionResult] = []
    for spec in specs:
        base_type = spec.base_type
        kind = ASSERTION_TYPES[base_type]
        if kind.scorer is not None:  # deterministic: `run_deterministic` without a lookup
            results.append(_finish(spec, base_type, kind, kind.scorer(ctx, spec.value)))
            continue
        grader = spec.grader or default_grader
        if grader is None or judge_for is None:
            outcome = Outcome.fail("no judge model: set `grader` or the suite's `judge`")
            results.append(_finish(spec, base_type, kind, outcome, grader))
            continue
        judge = judge_for(grader)
        run: Awaitable[Outcome]
        if base_type == "llm-rubric":
            run = judge.rubric(ctx, str(spec.value))
        elif base_type == "faithfulness":
            run = judge.faithfulness(ctx)
        else:
            run = judge.pairwise_vs_reference(ctx, spec.value)
        results.append(_finish(spec, base_type, kind, await run, grader))
    return results


def aggregate(
    results: Sequence[AssertionResult], threshold: float | None
) -> tuple[dict[str, float], float, bool]:
    """Per-metric weighted scores, the overall weighted score and pass/fail.

    A score is the weighted mean (the plain mean when every weight is 0). One pass over
    the results, as this runs for every case on the eval runner's event loop; the sums
    are taken in the results' order, so each score is the float that `sum()` over the
    metric's results gives."""
    # metric -> [sum of weights, sum of score x weight, sum of scores, count]
    sums: dict[str, list[float]] = {}
    total_w = total_sw = total_s = 0.0
    passed_all = True
    for r in results:
        score, weight = r.score, r.weight
        acc = sums.get(r.metric)
        if acc is None:
            acc = sums[r.metric] = [0.0, 0.0, 0.0, 0.0]
        acc[0] += weight
        acc[1] += score * weight
        acc[2] += score
        acc[3] += 1
        total_w += weight
        total_sw += score * weight
        total_s += score
        if weight > 0 and not r.passed:
            passed_all = False
    scores = {m: _from_sums(*acc) for m, acc in sums.items()}
    overall = _from_sums(total_w, total_sw, total_s, len(results)) if results else 1.0
    passed = passed_all if threshold is None else overall >= threshold - 1e-9
    return scores, round(overall, 4), passed


def _from_sums(weights: float, weighted: float, plain: float, count: float) -> float:
    """The weighted mean rounded to 4 places; the plain mean when the weights sum to 0;
    1.0 for no results."""
    if weights == 0:
        return round(plain / count, 4) if count else 1.0
    return round(weighted / weights, 4)


def expectation_assertions(
    specs: Sequence[AssertionSpec], ctx: ScoringContext
) -> list[AssertionSpec]:
    """Assertions implied by the case's expectations, unless the case lists them itself."""
    present = {s.base_type for s in specs}
    extra: list[AssertionSpec] = []
    if ctx.expect.must_include_facts and "expected-facts" not in present:
        extra.append(AssertionSpec(type="expected-facts"))
    if ctx.expect.must_not_include and "must-not-include" not in present:
        extra.append(AssertionSpec(type="must-not-include"))
    if ctx.expect.escalation is not None and "escalation" not in present:
        extra.append(AssertionSpec(type="escalation"))
    return extra


def bundle(names: Sequence[str]) -> list[AssertionSpec]:
    return [AssertionSpec(type=n) for n in names]
