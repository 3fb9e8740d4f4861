"""Work shared across the checks of one draft: the loose phrase form built once per
`ScoringContext`, the ASCII shortcut of the emoji count, and the assertion result a
check's outcome becomes. Each must give exactly what the per-call code gave."""

from __future__ import annotations

import pytest

from socialreply.evaluation.assertions import default_threshold, finish
from socialreply.evaluation.context import Outcome, ScoringContext
from socialreply.evaluation.suites import AssertionSpec, Expectations
from socialreply.evaluation.surface_text import count_emoji
from socialreply.evaluation.textutil import (
    loose_text,
    phrase_in_loose,
    phrase_present,
)
from socialreply.types import Post

PHRASE_ROWS = [
    ("30 days", "You can return it within 30 days.", True),
    ("30-day", "within thirty days of delivery", True),
    ("refund", "that item is refunded to you", True),
    ("30 Tage", "innerhalb von 30 Tagen ungetragen", True),
    ("$1,000", "orders over $1000 ship free", True),
    ("refund", "we can replace it", False),
    ("30 Tage", "innerhalb von 14 Tagen", False),
    ("free shipping", "shipping is $5", False),
    ("  ", "anything at all", False),
]


@pytest.mark.parametrize(("phrase", "text", "present"), PHRASE_ROWS)
def test_phrase_in_loose_agrees_with_phrase_present(phrase: str, text: str, present: bool) -> None:
    assert phrase_present(phrase, text) is present
    assert phrase_in_loose(phrase, loose_text(text)) is present


def _ctx(text: str, must_include: list[str | list[str]] | None = None) -> ScoringContext:
    return ScoringContext(
        post=Post(id="p", text="Where is my refund?"),
        text=text,
        expect=Expectations(must_include_facts=must_include or []),
    )


@pytest.mark.parametrize(
    ("text", "phrase", "present"),
    [
        ("Your refund was sent within 5 days.", "5 days", True),
        ("Your refund is on its way.", "5 days", False),
    ],
)
def test_loose_text_belongs_to_its_draft(text: str, phrase: str, present: bool) -> None:
    # A second draft's context is built fresh: nothing of the first draft's form leaks in.
    first = _ctx("Something else entirely about 5 days.")
    assert phrase_in_loose(phrase, first.loose_text)
    ctx = _ctx(text)
    assert ctx.loose_text == loose_text(text)
    assert phrase_in_loose(phrase, ctx.loose_text) is present


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("plain ASCII, no emoji :) <3", 0),
        ("", 0),
        ("café, naïve — still none", 0),
        ("thanks 👍", 1),
        ("🇨🇦🇺🇸 and 👍🏽", 3),
        ("done ✅ and ❤️", 2),
    ],
)
def test_count_emoji(text: str, count: int) -> None:
    assert count_emoji(text) == count


@pytest.mark.parametrize(
    ("spec", "score", "expected_score", "passed"),
    [
        (AssertionSpec(type="no-blame"), 1.0, 1.0, True),
        (AssertionSpec(type="no-blame"), 0.99, 0.99, False),
        (AssertionSpec(type="not-contains", value="x"), 1.0, 0.0, False),
        (AssertionSpec(type="not-contains", value="x"), 0.0, 1.0, True),
        (AssertionSpec(type="readability", threshold=0.5), 0.5, 0.5, True),
        (AssertionSpec(type="pairwise"), 0.5, 0.5, True),
        (AssertionSpec(type="llm-rubric", value="r"), 0.7, 0.7, False),
        (AssertionSpec(type="emoji"), 1.7, 1.0, True),
    ],
)
def test_finish(spec: AssertionSpec, score: float, expected_score: float, passed: bool) -> None:
    result = finish(spec, Outcome(score, "why"))
    assert result.score == expected_score and result.passed is passed
    assert result.reason == ("not: why" if spec.type.startswith("not-") else "why")
    assert default_threshold(spec) >= 0.5
