"""LLM judges: rubric scoring (1-5 with a reason), faithfulness (claim decomposition and
verification against the facts) and pairwise A/B comparison judged in both orders.

Rubrics are Jinja templates in ``prompts/judges/`` (editable by support leads, rendered in
a sandbox with `StrictUndefined`); the judge model is any `ChatModel` (resolved from the
spec named in the suite). Output is validated JSON with a bounded re-ask
(`generate_structured`), so a chatty judge model is asked again rather than mis-scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, Field

from ..errors import EvaluationError, InvalidOutputError, ProviderError
from ..generation.providers.base import ChatModel, Message
from ..types import Post
from .context import Outcome, ScoringContext

# A judge that fails (transport, invalid output after re-asks, a fake model that cannot
# build a valid verdict) fails its assertion with the reason; it never stops the run.
_JUDGE_ERRORS = (InvalidOutputError, ProviderError, ValueError)

_SYSTEM = (
    "You are a strict, fair evaluator of customer-support replies written for social "
    "media. Judge only what is asked. Reply with one JSON object and nothing else."
)


class RubricVerdict(BaseModel):
    reason: str = Field(description="One or two sentences explaining the score.")
    score: int = Field(ge=1, le=5, description="1 (very poor) to 5 (excellent).")


class ClaimList(BaseModel):
    claims: list[str] = Field(
        default_factory=list, description="Atomic factual claims the reply makes."
    )


class ClaimVerdict(BaseModel):
    claim: str
    verdict: Literal["supported", "contradicted", "not_found"]
    reason: str = ""


class ClaimVerdicts(BaseModel):
    verdicts: list[ClaimVerdict] = Field(default_factory=list)


class PairwiseVerdict(BaseModel):
    reason: str = ""
    winner: Literal["A", "B", "tie"]


@dataclass(frozen=True)
class PairwiseResult:
    """The outcome of judging A against B twice, once in each position."""

    winner: Literal["A", "B", "tie"]
    consistent: bool  # both orders agreed
    reasons: tuple[str, str]


def default_judges_dir() -> Path:
    from ..generation.prompting import default_prompts_dir

    return default_prompts_dir() / "judges"


class Judge:
    """Judge calls against one model. Stateless apart from the template environment."""

    def __init__(
        self,
        model: ChatModel,
        *,
        spec: str | None = None,
        judges_dir: Path | None = None,
        reasks: int = 1,
        max_tokens: int = 400,
    ) -> None:
        self.model = model
        self.spec = spec or f"{model.provider}:{model.model_name or ''}"
        self.dir = judges_dir or default_judges_dir()
        self.reasks = reasks
        self.max_tokens = max_tokens
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader(str(self.dir)),
            undefined=StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )

    # --- plumbing --------------------------------------------------------------------
    def _render(self, template: str, **variables: Any) -> str:
        try:
            return self.env.get_template(template).render(**variables).strip()
        except TemplateNotFound:
            raise EvaluationError(f"judge rubric not found: {self.dir / template}") from None
        except TemplateError as exc:
            raise EvaluationError(f"{self.dir / template}: {exc}") from None

    def has_rubric(self, name: str) -> bool:
        return (self.dir / f"{name}.j2").is_file()

    async def _ask(self, prompt: str, schema: type[Any]) -> Any:
        from ..generation.structured import generate_structured

        messages = [Message("system", _SYSTEM), Message("user", prompt)]
        value, _ = await generate_structured(
            self.model,
            messages,
            schema,
            reasks=self.reasks,
            max_tokens=self.max_tokens,
            temperature=0.0,
        )
        return value

    @staticmethod
    def _variables(ctx: ScoringContext) -> dict[str, Any]:
        return {
            "post": ctx.post.text,
            "platform": ctx.profile.display_name,
            "platform_tone": ctx.profile.tone,
            "draft": ctx.text,
            "facts": [{"id": f.id, "text": f.text} for f in ctx.facts],
            "reference": ctx.expect.reference or "",
            "brand": ctx.brand.name,
            "voice": ctx.brand.voice,
        }

    # --- rubric ----------------------------------------------------------------------
    async def rubric(self, ctx: ScoringContext, rubric: str) -> Outcome:
        """Score against ``judges/<rubric>.j2`` or, if no such file, the free-text
        criterion `rubric` with the generic ``judges/criterion.j2``."""
        variables = self._variables(ctx)
        if self.has_rubric(rubric):
            prompt = self._render(f"{rubric}.j2", **variables)
        else:
            prompt = self._render("criterion.j2", criterion=rubric, **variables)
        try:
            verdict: RubricVerdict = await self._ask(prompt, RubricVerdict)
        except _JUDGE_ERRORS as exc:
            return Outcome.fail(f"judge failed: {exc}")
        return Outcome((verdict.score - 1) / 4, f"{verdict.score}/5: {verdict.reason}")

    # --- faithfulness ----------------------------------------------------------------
    async def faithfulness(self, ctx: ScoringContext) -> Outcome:
        """Decompose the reply into claims, verify each against the facts; the score is
        the share of claims supported. A contradicted claim caps the score at 0.25."""
        variables = self._variables(ctx)
        try:
            claims: ClaimList = await self._ask(
                self._render("faithfulness_claims.j2", **variables), ClaimList
            )
            if not claims.claims:
                return Outcome.ok("no factual claims")
            verdicts: ClaimVerdicts = await self._ask(
                self._render("faithfulness_verify.j2", claims=claims.claims, **variables),
                ClaimVerdicts,
            )
        except _JUDGE_ERRORS as exc:
            return Outcome.fail(f"judge failed: {exc}")
        by_claim = {v.claim.strip(): v for v in verdicts.verdicts}
        supported = 0
        bad = []
        for i, claim in enumerate(claims.claims):
            v = by_claim.get(claim.strip())
            if v is None and i < len(verdicts.verdicts):
                v = verdicts.verdicts[i]  # judges sometimes paraphrase the claim
            if v is not None and v.verdict == "supported":
                supported += 1
            else:
                label = v.verdict if v is not None else "unverified"
                bad.append(f"{claim!r} ({label}{': ' + v.reason if v and v.reason else ''})")
        score = supported / len(claims.claims)
        if any(v.verdict == "contradicted" for v in verdicts.verdicts):
            score = min(score, 0.25)
        if not bad:
            return Outcome.ok(f"all {len(claims.claims)} claim(s) supported by the facts")
        return Outcome(score, f"{supported}/{len(claims.claims)} supported; " + "; ".join(bad))

    # --- pairwise --------------------------------------------------------------------
    async def pairwise(
        self, post: Post, a: str, b: str, *, criterion: str = "overall quality"
    ) -> PairwiseResult:
        """Judge A vs B in both positions. A win counts only if it survives the swap;
        otherwise (position bias, or a genuine tie) the result is a tie."""
        first = await self._pair(post, a, b, criterion)
        second = await self._pair(post, b, a, criterion)
        swapped = {"A": "B", "B": "A", "tie": "tie"}[second.winner]
        consistent = first.winner == swapped
        winner: Literal["A", "B", "tie"] = first.winner if consistent else "tie"
        return PairwiseResult(winner, consistent, (first.reason, second.reason))

    async def _pair(self, post: Post, a: str, b: str, criterion: str) -> PairwiseVerdict:
        prompt = self._render(
            "pairwise.j2",
            post=post.text,
            platform=post.platform,
            reply_a=a,
            reply_b=b,
            criterion=criterion,
        )
        verdict: PairwiseVerdict = await self._ask(prompt, PairwiseVerdict)
        return verdict

    async def pairwise_vs_reference(self, ctx: ScoringContext, value: Any) -> Outcome:
        reference = ctx.expect.reference
        if not reference:
            return Outcome.fail("pairwise needs the case's `expect.reference` reply")
        criterion = str(value) if value else "overall quality"
        try:
            result = await self.pairwise(ctx.post, ctx.text, reference, criterion=criterion)
        except _JUDGE_ERRORS as exc:
            return Outcome.fail(f"judge failed: {exc}")
        if result.winner == "A":
            return Outcome.ok(f"beats the reference in both orders: {result.reasons[0]}")
        if result.winner == "B":
            return Outcome.fail(f"the reference is better in both orders: {result.reasons[0]}")
        why = "judge changed its mind when swapped" if not result.consistent else "a tie"
        return Outcome(0.5, f"no clear winner ({why})")
