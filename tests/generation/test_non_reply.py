"""Refusals and echoes of the post are not replies: the pipeline falls back to macros."""

from __future__ import annotations

from typing import Any

import pytest

from socialreply.generation.guardrails import non_reply_reason
from socialreply.generation.providers.test import TestModel

POST = "Do you ship to Canada?? need the Ridgeline jacket before winter"


@pytest.mark.parametrize(
    ("reply", "post", "expected"),
    [
        ("I'm sorry, but I can't assist with that request.", POST, "refused"),
        ("I cannot help with that.", POST, "refused"),
        (POST, POST, "repeated the customer's post"),
        ("do you ship to canada need the ridgeline jacket before winter!", POST, "post"),
        (
            "The promo code still works? Yes, it is valid for 7 days.",
            "does the promo code still work?",
            "question",
        ),
        # real replies
        ("Yes! We ship to Canada: $14.95, free from $150, 5-9 business days.", POST, None),
        ("Sorry to hear that. I can help with that: send us a DM.", POST, None),
        ("Do you have your order number? Send it by DM and we'll check.", POST, None),
        ("Thanks!", "", None),
    ],
)
def test_non_reply_reason(reply: str, post: str, expected: str | None) -> None:
    reason = non_reply_reason(reply, post)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason


def test_echoed_post_falls_back_to_the_macro_draft(make_assistant: Any) -> None:
    text = "How long does standard shipping take?"
    model = TestModel([{"reply": text, "cited_fact_ids": []}])
    draft = make_assistant(model).draft(text)
    assert draft.provider == "macros"
    assert [w.code for w in draft.warnings] == ["llm_fallback"]
    assert "repeated" in draft.warnings[0].message
    assert "3-5 business days" in draft.text
