"""A public post that holds personal data gets a macro reply that asks for it privately
(a DM, or the support team where the platform has no DM) and never repeats it, whatever
macro answers the rest of the post; a private channel, or a public post without personal
data, gets no such request. Before session 19's QA pass only the macros that need an
order number asked for a DM: a card number posted with a product question got "Thanks for
sharing this with us." and nothing else."""

from __future__ import annotations

import re
from typing import Any

import pytest

from socialreply.generation.macros import MacroEngine
from socialreply.generation.prompting import PromptPack
from socialreply.platforms import all_profiles, get_profile

from .support import FACTS

_CARD = "4111 1111 1111 1111"
_ASK_PRIVATELY = re.compile(r"\bDM\b|support team", re.IGNORECASE)
_PRIVACY_NOTE = "For your privacy"


@pytest.mark.parametrize(
    ("post", "platform", "asks"),
    [
        # Personal data in public, answered by macros that need no order number:
        (f"my card {_CARD} was charged twice, is the rain jacket waterproof?", "x", True),
        ("Love the Summit pack!! reach me at jo.doe@example.com", "instagram", True),
        ("call me on 614-555-0187, do you ship to Canada?", "tiktok", True),
        (f"card {_CARD} - how long does shipping take?", "linkedin", True),
        ("email me at jo.doe@example.com about the warranty", "youtube", True),
        # Private channels, and public posts without personal data:
        (f"my card {_CARD} was charged twice, is the rain jacket waterproof?", "x_dm", False),
        ("reach me at jo.doe@example.com, love the pack", "messenger", False),
        ("Is the Ridgeline jacket waterproof?", "x", False),
        ("Love the Summit pack!!", "instagram", False),
    ],
)
def test_public_post_with_personal_data_is_moved_to_private(
    make_assistant: Any, post: str, platform: str, asks: bool
) -> None:
    draft = make_assistant().draft(post, platform=platform)
    assert (_PRIVACY_NOTE in draft.text or "please don't post it here" in draft.text) is asks
    if asks:
        assert _ASK_PRIVATELY.search(draft.text)
    for value in (_CARD, "jo.doe@example.com", "614-555-0187"):
        assert value not in draft.text
    assert draft.length <= draft.limit


@pytest.mark.parametrize("profile", all_profiles(), ids=lambda p: p.name)
@pytest.mark.parametrize("intent", ["extractive", "praise_thanks", "product_question"])
def test_the_request_survives_the_length_limit(profile: Any, intent: str) -> None:
    """On the shortest platforms the fact sentences give way, not the request."""
    engine = MacroEngine(PromptPack())
    post = "my card 4111 1111 1111 1111, tell me everything about the rain jacket and returns"
    macro = engine._render(intent, "intent", post, profile, list(FACTS), "Sam", private=True)
    assert (_PRIVACY_NOTE in macro.text) is profile.public
    plain = engine._render(intent, "intent", post, profile, list(FACTS), "Sam")
    assert _PRIVACY_NOTE not in plain.text


def test_no_dm_channel_points_to_the_support_team() -> None:
    youtube = get_profile("youtube")
    assert youtube.public and youtube.dm_channel is None
    macro = MacroEngine(PromptPack())._render(
        "praise_thanks", "intent", "love it, jo@example.com", youtube, [], None, private=True
    )
    assert "support team" in macro.text and "DM" not in macro.text
