"""Language of a post, so the reply is written in the customer's language.

`lingua-language-detector` runs offline from the models inside its wheel. It is imported and
built on first use, for a limited set of languages (fewer candidates: faster and fewer
confusions), and cached per language set. Loading its models takes about a second once.

Most posts are plain English: an ASCII text with enough English function words is answered
without lingua (the fast path); everything else goes to lingua. Very short texts ("ok",
"lol 😂") carry no language evidence and return ``None`` rather than a guess.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# ISO 639-1 code -> lingua's Language enum member name.
SUPPORTED_LANGUAGES: dict[str, str] = {
    "en": "ENGLISH",
    "es": "SPANISH",
    "fr": "FRENCH",
    "de": "GERMAN",
    "it": "ITALIAN",
    "pt": "PORTUGUESE",
    "nl": "DUTCH",
    "sv": "SWEDISH",
    "da": "DANISH",
    "nb": "BOKMAL",
    "pl": "POLISH",
    "tr": "TURKISH",
    "ja": "JAPANESE",
    "zh": "CHINESE",
    "ko": "KOREAN",
    "ar": "ARABIC",
    "ru": "RUSSIAN",
}

_WORD = re.compile(r"[a-z']+")
_LETTER = re.compile(r"[^\W\d_]")
# Frequent English function words that are rare as whole words in the other supported
# languages ("a", "in", "is", "die", "me", "no" are deliberately missing).
_EN_WORDS = frozenset(
    """the and you your my our is are was were it's i'm don't can't won't have has had
    this that with for what where when why how not but just been will would should could
    there their they them get got please thanks thank from any about order it of to""".split()  # noqa: SIM905
)
_MIN_LETTERS = 8
# Only this many characters are looked at: language is clear after a few sentences and a
# 100 KB post must stay fast.
_MAX_CHARS = 600


@functools.cache
def _detector(languages: tuple[str, ...]) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    members = [getattr(Language, SUPPORTED_LANGUAGES[code]) for code in languages]
    return (
        LanguageDetectorBuilder.from_languages(*members)
        .with_minimum_relative_distance(0.05)
        .build()
    )


def _english_fast_path(text: str) -> bool:
    if not text.isascii():
        return False
    words = _WORD.findall(text.lower())
    if len(words) < 3:
        return False
    hits = sum(1 for word in words if word in _EN_WORDS)
    return hits >= 2 and hits * 5 >= len(words)


def detect_language(
    text: str, languages: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt", "nl")
) -> str | None:
    """ISO 639-1 code of `text`'s language among `languages`, or ``None`` if unclear."""
    sample = text[:_MAX_CHARS]
    if "en" in languages and _english_fast_path(sample):
        return "en"
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    found = _detector(tuple(languages)).detect_language_of(sample)
    if found is None:
        return None
    code: str = found.iso_code_639_1.name.lower()
    return code
