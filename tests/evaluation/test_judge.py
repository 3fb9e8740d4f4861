"""LLM judges with the shipped fake models: rubric scores, faithfulness, pairwise in both
orders (a position-biased judge yields a tie), invalid judge output, and graded
assertions in a suite run through the cache."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

from socialreply.config import Settings
from socialreply.evaluation import Judge, RunOptions, Variant, evaluate
from socialreply.evaluation.assertions import run_assertions
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec, Expectations
from socialreply.generation.providers.base import Message
from socialreply.generation.providers.test import FunctionModel, ModelCall, TestModel
from socialreply.types import Fact, Post

FACT = Fact(id="returns#1", doc_id="returns", source="s", text="Returns within 30 days.")


def _ctx(text: str = "You have 30 days to return it.") -> ScoringContext:
    return ScoringContext(
        post=Post(text="How long can I return things?"),
        text=text,
        facts=[FACT],
        expect=Expectations(reference="You can return items within 30 days of delivery."),
    )


def test_rubric_score_maps_1_to_5_onto_0_to_1() -> None:
    model = TestModel([{"score": 4, "reason": "Warm and specific."}])
    outcome = asyncio.run(Judge(model).rubric(_ctx(), "empathy"))
    assert outcome.score == 0.75 and "Warm and specific" in outcome.reason
    prompt = model.last_call.prompt
    assert "EMPATHY" in prompt and "You have 30 days" in prompt  # the empathy.j2 rubric


def test_free_text_criterion_uses_the_generic_rubric() -> None:
    model = TestModel([{"score": 2, "reason": "Vague."}])
    outcome = asyncio.run(Judge(model).rubric(_ctx(), "mentions the return label"))
    assert outcome.score == 0.25
    assert "mentions the return label" in model.last_call.prompt


def test_invalid_judge_output_is_reasked_then_fails_the_assertion() -> None:
    model = TestModel(["not json", {"score": 9, "reason": "out of range"}])
    outcome = asyncio.run(Judge(model, reasks=1).rubric(_ctx(), "empathy"))
    assert outcome.score == 0.0 and "judge failed" in outcome.reason
    assert len(model.calls) == 2


def test_faithfulness_catches_a_contradicted_claim() -> None:
    model = TestModel(
        [
            {"claims": ["Returns are accepted for 60 days.", "The label is free."]},
            {
                "verdicts": [
                    {"claim": "Returns are accepted for 60 days.", "verdict": "contradicted"},
                    {"claim": "The label is free.", "verdict": "not_found"},
                ]
            },
        ]
    )
    outcome = asyncio.run(Judge(model).faithfulness(_ctx("60 days, free label")))
    assert outcome.score == 0.0
    assert "contradicted" in outcome.reason and "not_found" in outcome.reason
    assert "Returns within 30 days." in model.calls[1].prompt  # verified against the facts


def test_faithfulness_all_supported() -> None:
    model = TestModel(
        [
            {"claims": ["Returns are accepted for 30 days."]},
            {"verdicts": [{"claim": "Returns are accepted for 30 days.", "verdict": "supported"}]},
        ]
    )
    assert asyncio.run(Judge(model).faithfulness(_ctx())).score == 1.0


def _pairwise_judge(prefer: str) -> FunctionModel:
    """`prefer="content"` always picks the reply containing "30 days" (a real
    preference); `prefer="first"` always picks position A (position bias)."""

    def fn(messages: Sequence[Message], call: ModelCall) -> str:
        prompt = messages[-1].content
        a = prompt.split("Reply A:")[1].split("Reply B:")[0]
        winner = "A" if prefer == "first" or "30 days" in a else "B"
        return json.dumps({"winner": winner, "reason": "r"})

    return FunctionModel(fn)


def test_pairwise_win_must_survive_the_swap() -> None:
    post = Post(text="How long can I return things?")
    good, vague = "You have 30 days.", "Soon-ish."
    real = asyncio.run(Judge(_pairwise_judge("content")).pairwise(post, good, vague))
    assert (real.winner, real.consistent) == ("A", True)
    real_b = asyncio.run(Judge(_pairwise_judge("content")).pairwise(post, vague, good))
    assert real_b.winner == "B"
    biased = asyncio.run(Judge(_pairwise_judge("first")).pairwise(post, good, vague))
    assert (biased.winner, biased.consistent) == ("tie", False)


def test_graded_assertions_without_a_judge_fail_with_a_reason() -> None:
    results = asyncio.run(run_assertions([AssertionSpec(type="llm-rubric", value="tone")], _ctx()))
    assert not results[0].passed and "no judge model" in results[0].reason


def test_suite_with_a_named_judge_runs_through_the_cache(tmp_path: Path) -> None:
    suite = tmp_path / "judged.yaml"
    suite.write_text(
        """
name: judged
judge: test
cases:
  - id: a
    post: {text: "How long can I return things?", platform: x_dm}
    knowledge: [{id: "returns#1", text: "Returns within 30 days."}]
    expect: {reference: "Within 30 days."}
    assert:
      - {type: llm-rubric, value: empathy, threshold: 0.5}
      - {type: pairwise}
""",
        encoding="utf-8",
    )
    judge_calls: list[str] = []

    def judge_fn(messages: Sequence[Message], call: ModelCall) -> str:
        judge_calls.append(messages[-1].content)
        if call.schema is not None and "winner" in call.schema.model_fields:
            return json.dumps({"winner": "tie", "reason": "same"})
        return json.dumps({"score": 4, "reason": "fine"})

    drafts = TestModel(default_text="You have 30 days.")
    judge = FunctionModel(judge_fn)
    settings = Settings(cache_dir=tmp_path / "cache")
    for out in ("r1", "r2"):
        # Each run asks for the drafting model first (when it builds the drafter), then
        # for the judge named in the suite.
        made: list[object] = []

        def pick(spec: str, settings: Settings, made: list[object] = made) -> object:
            made.append(spec)
            return drafts if len(made) == 1 else judge

        outcome = asyncio.run(
            evaluate(
                [suite],
                [Variant("test")],
                RunOptions(output=tmp_path / out),
                settings,
                model_factory=pick,  # type: ignore[arg-type]
            )
        )
        record = json.loads((tmp_path / out / "results.jsonl").read_text().splitlines()[0])
        graded = {a["type"]: a for a in record["assertions"]}
        assert graded["llm-rubric"]["passed"] and graded["llm-rubric"]["grader"] == "test"
        assert graded["pairwise"]["score"] == 0.5 and graded["pairwise"]["passed"]
    assert len(judge_calls) == 3  # rubric + both pairwise orders, once: run 2 is cached
    assert outcome.summary["this_invocation"]["usage"]["requests"] == 0
