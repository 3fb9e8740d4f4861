"""Test doubles for the drafting pipeline: an in-memory keyword retriever over a few facts.

The real knowledge base (Chroma + embeddings) has its own tests; the pipeline only needs
something with the `Retriever` protocol's ``search`` and, optionally, ``is_relevant``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from socialreply.types import Fact

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "are",
        "to",
        "of",
        "for",
        "my",
        "i",
        "you",
        "your",
        "do",
        "does",
        "can",
        "how",
        "what",
        "and",
        "or",
        "in",
        "on",
    ]
)

FACTS: tuple[Fact, ...] = (
    Fact(
        id="returns-policy#1",
        doc_id="returns-policy",
        source="knowledge/policies/returns.md",
        title="Returns Policy",
        text="You have 30 days from the delivery date to start a return. Items must be "
        "unworn, unwashed and unused, with the original tags attached.",
    ),
    Fact(
        id="refunds#1",
        doc_id="refunds",
        source="knowledge/policies/refunds.md",
        title="Refunds",
        text="Refunds are issued to the original payment method within 5-7 business days "
        "after your return is received and inspected.",
    ),
    Fact(
        id="shipping-domestic#1",
        doc_id="shipping-domestic",
        source="knowledge/policies/shipping-domestic.md",
        title="Shipping in the US",
        text="Standard shipping takes 3-5 business days. Express shipping takes 1-2 business "
        "days. Orders over $75 ship free with standard shipping.",
    ),
    Fact(
        id="shipping-international#1",
        doc_id="shipping-international",
        source="knowledge/policies/shipping-international.md",
        title="International shipping",
        text="We ship to Canada, the UK, the EU and Australia. International delivery takes "
        "7-14 business days; customs duties are collected at checkout. Track orders at "
        "https://northwind.example/track.",
    ),
    Fact(
        id="ridgeline-waterproof-rain-jacket",
        doc_id="ridgeline-waterproof-rain-jacket",
        source="knowledge/products/catalog.csv",
        title="Men's Ridgeline Waterproof Rain Jacket",
        text="The Ridgeline is a fully waterproof, breathable 2.5-layer shell. Waterproof "
        "rating 20,000 mm. Price $149.00.",
    ),
    Fact(
        id="warranty#1",
        doc_id="warranty",
        source="knowledge/policies/warranty.md",
        title="Warranty",
        text="Our gear carries a 2-year warranty against manufacturing defects. Send a photo "
        "of the damage with your order number to start a warranty claim.",
    ),
)


def _tokens(text: str) -> set[str]:
    words = (m.group(0).lower() for m in _WORD.finditer(text))
    return {
        w[:-1] if len(w) > 3 and w.endswith("s") else w
        for w in words
        if w not in _STOP and len(w) > 1
    }


class MemoryRetriever:
    """Keyword-overlap retrieval over a fixed list of facts; records queries."""

    def __init__(self, facts: Sequence[Fact] = FACTS, *, min_overlap: int = 1) -> None:
        self.facts = list(facts)
        self.min_overlap = min_overlap
        self.queries: list[str] = []

    def search(
        self, query: str, k: int = 5, *, filters: dict[str, Any] | None = None
    ) -> list[Fact]:
        self.queries.append(query)
        words = _tokens(query)
        scored = []
        for fact in self.facts:
            overlap = len(words & _tokens(f"{fact.title} {fact.text}"))
            if overlap:
                scored.append((overlap, fact))
        scored.sort(key=lambda pair: -pair[0])
        return [
            fact.model_copy(update={"score": float(n), "metadata": {"similarity": n / 10}})
            for n, fact in scored[:k]
        ]

    def is_relevant(self, facts: Sequence[Fact]) -> bool:
        return any(f.score >= self.min_overlap for f in facts)
