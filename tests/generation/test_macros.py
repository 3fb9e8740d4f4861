"""Macro library: intent classification, sentence selection, length and grounding."""

from __future__ import annotations

import pytest

from socialreply.generation.guardrails import GroundingSources, find_ungrounded_claims
from socialreply.generation.macros import (
    INTENTS,
    REQUIRED_MACROS,
    MacroEngine,
    classify_intent,
    get_intent,
    is_upset,
    select_sentences,
    split_sentences,
)
from socialreply.generation.prompting import PromptPack, sample_macro_variables
from socialreply.platforms import all_profiles, get_profile

from .support import FACTS, MemoryRetriever


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Where is my order?? It's been 2 weeks", "order_status"),
        ("my package still hasn't arrived", "order_status"),
        ("¿Dónde está mi pedido?", "order_status"),
        ("Where is my refund? You got the return last week", "refund_status"),
        ("J'attends mon remboursement depuis un mois", "refund_status"),
        ("How do I return these boots?", "return_request"),
        ("Ich möchte eine Rücksendung machen", "return_request"),
        ("How long does shipping take to Ohio?", "shipping_times"),
        ("Do you ship to Canada?", "international_shipping"),
        ("Will I pay customs duties in the UK?", "international_shipping"),
        ("My tent arrived with a broken pole", "damaged_item"),
        ("La chaqueta llegó rota", "damaged_item"),
        ("You sent me the wrong size", "wrong_item"),
        ("Is the Ridgeline jacket waterproof?", "product_question"),
        ("Any discount code for students?", "price_discount"),
        ("I want to cancel my order", "cancellation"),
        ("I can't log in, password reset never arrives", "account_login"),
        ("When will the Summit pack be back in stock?", "out_of_stock"),
        ("Love my new jacket, thank you!", "praise_thanks"),
        ("Worst customer service ever, totally unacceptable", "general_complaint"),
        ("What's the weather like today", None),
    ],
)
def test_classify_intent(text: str, intent: str | None) -> None:
    assert classify_intent(text) == intent


def test_library_has_at_least_fifteen_intents_and_templates() -> None:
    assert len(INTENTS) + 1 >= 15  # + the crisis holding reply
    names = PromptPack().macro_names()
    assert set(REQUIRED_MACROS) <= set(names)


def test_split_sentences_strips_markdown() -> None:
    text = "# Returns\n\n- You have **30 days** to return.\n- Tags must be attached to items."
    assert split_sentences(text) == [
        "You have 30 days to return.",
        "Tags must be attached to items.",
    ]


def test_select_sentences_prefers_query_overlap() -> None:
    chosen = select_sentences("how long does express shipping take", FACTS, limit=2)
    assert chosen[0].text == "Express shipping takes 1-2 business days."
    assert chosen[0].fact.id == "shipping-domestic#1"


def test_select_sentences_needs_overlap() -> None:
    assert select_sentences("zebra", FACTS, limit=3) == []


@pytest.mark.parametrize("profile", all_profiles(), ids=lambda p: p.name)
@pytest.mark.parametrize("intent", REQUIRED_MACROS)
def test_every_macro_fits_and_invents_nothing(intent: str, profile: object) -> None:
    """Macro template text must add no number, price, duration or policy of its own:
    checked against nothing but the brand settings."""
    pack = PromptPack()
    assert hasattr(profile, "limit")
    variables = sample_macro_variables(profile)  # type: ignore[arg-type]
    spec = get_intent(intent)
    if intent != "extractive" and (spec is None or not spec.needs_facts):
        variables["sentences"] = []
    text = pack.render_macro(intent, variables)
    assert text
    brand = pack.brand
    sources = GroundingSources(facts=[], brand=[brand.support_hours, brand.name])
    assert find_ungrounded_claims(text, sources) == []
    assert "{" not in text and "  " not in text


@pytest.mark.parametrize(
    ("platform", "post", "kind", "intent", "cites"),
    [
        ("facebook", "How long does standard shipping take?", "intent", "shipping_times", True),
        ("x", "Do you ship to Canada?", "intent", "international_shipping", True),
        ("x", "My jacket arrived damaged", "intent", "damaged_item", False),
        ("tiktok", "love this brand, thank you!", "intent", "praise_thanks", False),
        ("x", "What is your CEO's favourite colour?", "no_knowledge", "no_knowledge", False),
        ("linkedin", "Tell me about the Ridgeline rating", "extractive", "extractive", True),
    ],
)
def test_macro_engine(platform: str, post: str, kind: str, intent: str, cites: bool) -> None:
    retriever = MemoryRetriever()
    facts = retriever.search(post)
    profile = get_profile(platform)
    draft = MacroEngine(PromptPack()).draft(
        post, profile, facts, relevant=retriever.is_relevant(facts), name="Sam"
    )
    assert (draft.kind, draft.intent) == (kind, intent)
    assert bool(draft.facts) == cites
    assert profile.count(draft.text) <= profile.limit
    for fact in draft.facts:
        assert any(s in draft.text for s in split_sentences(fact.text))


def test_holding_reply_ignores_facts() -> None:
    draft = MacroEngine(PromptPack()).draft(
        "Do you ship to Canada?", get_profile("x"), FACTS, relevant=True, holding=True
    )
    assert (draft.kind, draft.facts) == ("holding", [])
    assert "DM" in draft.text


def test_remark_without_facts_is_acknowledged() -> None:
    draft = MacroEngine(PromptPack()).draft(
        "Just got my boots", get_profile("x"), [], relevant=False, question=False
    )
    assert draft.kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "upset"),
    [
        ("Do you ship to Canada??", False),
        ("ok thanks", False),
        ("my order never came!!", True),
        ("still waiting on my refund", True),
        ("Where is my order?!", True),
        ("This is unacceptable", True),
        ("not cool 😤", True),
    ],
)
def test_is_upset(text: str, upset: bool) -> None:
    assert is_upset(text) is upset


def test_upset_post_gets_an_apology() -> None:
    profile = get_profile("x")
    engine = MacroEngine(PromptPack())
    calm = engine.draft("Where is my order?", profile, [], relevant=False)
    upset = engine.draft("Where is my order?! still waiting", profile, [], relevant=False)
    assert "Sorry" not in calm.text and upset.text.startswith("Sorry for the frustration!")
