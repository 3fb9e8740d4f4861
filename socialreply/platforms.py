"""Platform profiles: limits, how length is counted, tone and what may be said in public.

Profiles are data. Templates and guardrails read these fields; nothing in the package
branches on a platform's name. Limits can be overridden in `Settings.platform_limits`.
"""

from __future__ import annotations

import re
import unicodedata
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


# --- X weighted length (twitter-text v3 configuration) -----------------------------------
# Code points in these ranges weigh 1, everything else 2; an emoji sequence weighs 2 as a
# whole; every URL weighs 23 whatever its length. Text is NFC-normalised first.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_X_URL_LENGTH = 23
_URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|uk|de|fr|es)(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)


def _is_emoji_char(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2300 <= cp <= 0x23FF
        or 0x2B00 <= cp <= 0x2BFF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D)
    )


_JOINERS = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}


def _x_weight(segment: str) -> int:
    weight = 0
    i = 0
    n = len(segment)
    while i < n:
        ch = segment[i]
        cp = ord(ch)
        if _is_emoji_char(ch) or (0x1F1E6 <= cp <= 0x1F1FF):
            # Consume the whole emoji sequence: modifiers, ZWJ joins, flags, keycaps.
            j = i + 1
            if 0x1F1E6 <= cp <= 0x1F1FF and j < n and 0x1F1E6 <= ord(segment[j]) <= 0x1F1FF:
                j += 1
            while j < n:
                nxt = ord(segment[j])
                if nxt in _JOINERS or 0x1F3FB <= nxt <= 0x1F3FF or 0xE0020 <= nxt <= 0xE007F:
                    j += 1
                    if nxt == 0x200D and j < n:
                        j += 1
                else:
                    break
            weight += 2
            i = j
            continue
        weight += 1 if any(lo <= cp <= hi for lo, hi in _X_LIGHT_RANGES) else 2
        i += 1
    return weight


def count_length(text: str, counting: Counting) -> int:
    """Length of `text` as the platform counts it."""
    if counting == "chars":
        return len(text)
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for match in _URL_RE.finditer(text):
        total += _x_weight(text[pos : match.start()]) + _X_URL_LENGTH
        pos = match.end()
    return total + _x_weight(text[pos:])
