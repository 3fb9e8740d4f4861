"""The ASCII fast path of X length counting agrees with twitter-text-parser."""

from __future__ import annotations

import random
import string

import pytest
from twitter_text import parse_tweet

from socialreply.platforms import count_length

ALPHABET = string.ascii_letters + string.digits + " .,!?@#$%&*()-_/\n:;'\""


@pytest.mark.parametrize("seed", range(2))
def test_fast_path_matches_parse_tweet(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(250):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))
        if rng.random() < 0.3:
            text += rng.choice([" see example.com/x", " www.a.co", " http://t.co/abc", " a.b"])
        assert count_length(text, "x_weighted") == parse_tweet(text).weightedLength, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hello", 5), ("see example.com", 27), ("café", 4), ("🙂", 2), ("a" * 300, 300)],
)
def test_known_lengths(text: str, expected: int) -> None:
    assert count_length(text, "x_weighted") == expected
