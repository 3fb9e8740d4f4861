"""Cost accounting: USD per million tokens for well-known hosted models.

Local, test and unknown models cost 0 (reported as such); prices change, so the table is
deliberately small and easy to edit. Matching is by prefix of the model name, longest
first, so dated snapshots (``gpt-4o-mini-2024-07-18``) find their family.
"""

from __future__ import annotations

# model prefix -> (input USD / 1M tokens, output USD / 1M tokens)
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
}
_BY_LENGTH = sorted(PRICES, key=len, reverse=True)


def price_of(model: str | None) -> tuple[float, float] | None:
    if not model:
        return None
    name = model.lower().rsplit("/", 1)[-1]
    for prefix in _BY_LENGTH:
        if name.startswith(prefix):
            return PRICES[prefix]
    return None


def cost_usd(model: str | None, prompt_tokens: int, completion_tokens: int) -> float:
    price = price_of(model)
    if price is None:
        return 0.0
    return (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000
