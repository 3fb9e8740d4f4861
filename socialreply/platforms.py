"""Platform profiles: limits, how length is counted, tone and what may be said in public.

Profiles are data. Templates and guardrails read these fields; nothing in the package
branches on a platform's name. Limits can be overridden in `Settings.platform_limits`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .errors import UnknownPlatformError
from .types import PLATFORMS

Counting = Literal["chars", "x_weighted"]
EmojiPolicy = Literal["none", "sparing", "welcome"]
Formality = Literal["formal", "neutral", "casual"]


class PlatformProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    display_name: str
    limit: int
    counting: Counting = "chars"
    public: bool = True
    adds_handle: bool = False
    formality: Formality = "neutral"
    emoji: EmojiPolicy = "sparing"
    max_hashtags: int = 0
    dm_channel: str | None = None
    tone: str = ""
    # Said once to the model and checked by guardrails: never in a public reply.
    never_in_public: tuple[str, ...] = ()

    def count(self, text: str) -> int:
        return count_length(text, self.counting)


_PUBLIC_NEVER = (
    "order numbers",
    "postal addresses",
    "e-mail addresses",
    "phone numbers",
    "payment details",
)

_PROFILES: dict[str, PlatformProfile] = {
    p.name: p
    for p in [
        PlatformProfile(
            name="x",
            display_name="X (public reply)",
            limit=280,
            counting="x_weighted",
            adds_handle=True,
            formality="neutral",
            emoji="sparing",
            max_hashtags=0,
            dm_channel="x_dm",
            never_in_public=_PUBLIC_NEVER,
            tone="Short and direct. One or two sentences. The platform shows the @handle.",
        ),
        PlatformProfile(
            name="x_dm",
            display_name="X direct message",
            limit=10_000,
            public=False,
            formality="neutral",
            emoji="sparing",
            tone="Private and helpful; you may ask for the order number here.",
        ),
        PlatformProfile(
            name="facebook",
            display_name="Facebook comment",
            limit=8_000,
            formality="neutral",
            emoji="sparing",
            dm_channel="messenger",
            never_in_public=_PUBLIC_NEVER,
            tone="Warm and conversational; address the person by first name if known.",
        ),
        PlatformProfile(
            name="messenger",
            display_name="Facebook Messenger",
            limit=2_000,
            public=False,
            formality="neutral",
            emoji="sparing",
            tone="Private and helpful; short paragraphs.",
        ),
        PlatformProfile(
            name="instagram",
            display_name="Instagram comment",
            limit=2_200,
            adds_handle=False,
            formality="casual",
            emoji="welcome",
            max_hashtags=2,
            dm_channel="instagram_dm",
            never_in_public=_PUBLIC_NEVER,
            tone="Casual and upbeat; an emoji is fine; keep it brief.",
        ),
        PlatformProfile(
            name="instagram_dm",
            display_name="Instagram direct message",
            limit=1_000,
            public=False,
            formality="casual",
            emoji="welcome",
            tone="Friendly and personal; short.",
        ),
        PlatformProfile(
            name="linkedin",
            display_name="LinkedIn comment",
            limit=1_250,
            formality="formal",
            emoji="none",
            max_hashtags=0,
            dm_channel="linkedin_dm",
            never_in_public=_PUBLIC_NEVER,
            tone="Professional and courteous; complete sentences; no slang, no emoji.",
        ),
        PlatformProfile(
            name="tiktok",
            display_name="TikTok comment",
            limit=150,
            formality="casual",
            emoji="welcome",
            max_hashtags=1,
            dm_channel="tiktok_dm",
            never_in_public=_PUBLIC_NEVER,
            tone="Very short, casual and friendly; one sentence.",
        ),
        PlatformProfile(
            name="youtube",
            display_name="YouTube comment",
            limit=10_000,
            formality="neutral",
            emoji="sparing",
            dm_channel=None,
            never_in_public=_PUBLIC_NEVER,
            tone="Friendly and clear; point to the help centre for account issues.",
        ),
    ]
}
assert set(_PROFILES) == set(PLATFORMS)


def get_profile(name: str, limits: Mapping[str, int] | None = None) -> PlatformProfile:
    """The profile for `name`, with its limit overridden by `limits` if given."""
    try:
        profile = _PROFILES[name]
    except KeyError:
        raise UnknownPlatformError(
            f"unknown platform {name!r}; choose one of: {', '.join(PLATFORMS)}"
        ) from None
    if limits and name in limits:
        profile = profile.model_copy(update={"limit": int(limits[name])})
    return profile


def all_profiles(limits: Mapping[str, int] | None = None) -> list[PlatformProfile]:
    return [get_profile(name, limits) for name in PLATFORMS]


# --- X weighted length -----------------------------------------------------------------
# X counts with twitter-text's v3 configuration: most Latin code points weigh 1, CJK and
# others 2, an emoji sequence 2 as a whole, every URL 23 whatever its length (the official
# TLD list decides what is a URL). `twitter-text-parser` ports that algorithm; it is
# imported on first use because it takes ~0.2 s to load.


_MAYBE_URL = re.compile(r"\.[A-Za-z0-9]")


def count_length(text: str, counting: Counting) -> int:
    """Length of `text` as the platform counts it."""
    if counting == "chars":
        return len(text)
    if text.isascii() and not _MAYBE_URL.search(text):
        # Fast path (parse_tweet costs ~3 ms): every ASCII character weighs 1, and with no
        # "." followed by a letter or digit there is no URL to weigh 23.
        return len(text)
    from twitter_text import parse_tweet

    return int(parse_tweet(text).weightedLength)
