"""Language of a post, so the reply is written in the customer's language.

`lingua-language-detector` runs offline from the models inside its wheel. It is imported and
built on first use, for a limited set of languages (fewer candidates: faster and fewer
confusions), and cached per language set. Loading its models takes about a second once.

Most posts are plain English: a text without accented letters, with several English function
words and hardly any of the other languages', or made (almost) only of common English words
("killer price on the 2-person tent", "restock date?"), is answered without lingua (the
fast path, about 20 µs); everything else goes to lingua. Very short texts ("ok", "lol 😂")
carry no language evidence and return ``None`` rather than a guess.

lingua runs in its low-accuracy mode (trigram models only): about 30 MB of memory instead of
about 200 MB for the high-accuracy models, and about 0.5 ms instead of several ms per post.
On the project's first 918 language-labelled posts both modes got 916 right once short
English texts took the vocabulary fast path (without it, low accuracy mode misread a few of
them); on the 4,163 non-English labelled posts of today the detector gets 4,126 right.
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
# Links, @handles, #tags and product codes ("NW-TLB-RUST", "TT-FUEL-450G") say nothing
# about the language.
_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+|\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
# Frequent English function words that are rare as whole words in the other supported
# languages ("a", "in", "is", "die", "me", "no", "van" are deliberately missing).
_EN_WORDS = frozenset(
    """the and you your my our are was were it's i'm don't can't won't have has had this that
    with for what where when why how not but just been will would should could there their
    they them get got please thanks thank from any about order it of to i i've i'll we us he
    she his her its be do does did can if or so all out up no yes been being than then too
    very much more some still again after before because into over only also who which
    when while these those am""".split()  # noqa: SIM905
)
# Frequent function words of the other languages that are not English words.
_FOREIGN_WORDS = frozenset(
    """el la los las que y por para con una del al es mi tu su pero como muy tienen puedo
    hola gracias pedido esta le les des du un une et est pas je vous nous avec dans sur mon
    ma mes bonjour merci qui der das und ist nicht ich sie wir mit fur auf ein eine dem zu
    bitte danke habt il di che per non sono ciao grazie della o os um uma nao obrigado voce
    voces het een en ik je niet voor zijn jullie hebben""".split()  # noqa: SIM905
)
# Function words that belong to one language only (not "la", "que", "il", "es", "en",
# shared by several; not "je", which is Dutch as well as French). Two or more of
# one language and none of another decide a post that failed the English fast path before
# lingua is asked: on short questions ("¿Tienen esta mochila en verde?") lingua's
# low-accuracy trigrams can pick a neighbouring language.
_MARKERS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "es": "el los las y pero muy tienen tiene puedo hola gracias pedido esta está tengo "
        "quiero dónde cuándo envío mis usted ustedes",
        "fr": "les des du une et est pas vous nous avec dans sur mon mes bonjour merci "
        "où était j'ai c'est",
        "de": "der das und ist nicht ich wir mit für auf ein eine dem zu bitte danke habt "
        "meine mein wo bestellung",
        "it": "di che sono ciao grazie della gli perché mio mia ho",
        "pt": "os um uma não nao obrigado você voce vocês meu minha",
        "nl": "het een niet ik jullie bedankt mijn hebben naar zijn voor maar ook graag jouw "
        "heb nog bestelling",
    }.items()
}
_ANY_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
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
        .with_low_accuracy_mode()
        .build()
    )


def _english_fast_path(sample: str) -> bool:
    """Plain English without a model: no accented letters, several English function words
    and (almost) none of the other languages'. Links, @handles and #tags are ignored."""
    text = sample.replace("\u2019", "'")
    if _NON_ASCII_LETTER.search(text):
        return False
    words = _WORD.findall(text.lower())
    en = sum(1 for word in words if word in _EN_WORDS)
    foreign = sum(1 for word in words if word in _FOREIGN_WORDS)
    if (en >= 2 and foreign == 0) or (en >= 4 and en >= 3 * foreign):
        return True
    return foreign == 0 and _mostly_english_words(words)


def _marked_language(sample: str, languages: tuple[str, ...]) -> str | None:
    """The one language among `languages` with two or more of its own function words in
    `sample` when no other language has any; else ``None``."""
    words = _ANY_WORD.findall(sample.lower())
    hits = {
        code: sum(1 for w in words if w in markers)
        for code, markers in _MARKERS.items()
        if code in languages
    }
    found = [code for code, n in hits.items() if n]
    if len(found) == 1 and hits[found[0]] >= 2:
        return found[0]
    return None


def _mostly_english_words(words: list[str]) -> bool:
    """At least two words, 85% of them common English words (the MiniLM vocabulary): short
    product questions without function words, where lingua's trigrams are unreliable."""
    from ..knowledge.spelling import english_words

    vocabulary = english_words()
    long_words = [w for w in words if len(w) > 1]
    if len(long_words) < 2 or not vocabulary:
        return False
    known = sum(1 for w in long_words if w in vocabulary or w in _EN_WORDS)
    return known >= 0.85 * len(long_words)


def is_plain_english(text: str) -> bool:
    """True when `text` is plain English by the vocabulary fast path of `detect_language`
    alone (no model): callers that only need "English or not" skip lingua for it."""
    return _english_fast_path(_NOISE.sub(" ", text[:_MAX_CHARS]))


def _without_trigrams(sample: str, languages: tuple[str, ...]) -> tuple[bool, str | None]:
    """``(True, answer)`` when the English fast path, too few letters or two marker words
    decide `sample`'s language without lingua's trigrams, else ``(False, None)``."""
    if "en" in languages and _english_fast_path(sample):
        return True, "en"
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return True, None
    marked = _marked_language(sample, languages)
    if marked is not None:
        return True, marked
    return False, None


def detect_language(
    text: str, languages: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt", "nl")
) -> str | None:
    """ISO 639-1 code of `text`'s language among `languages`, or ``None`` if unclear."""
    sample = _NOISE.sub(" ", text[:_MAX_CHARS])
    decided, answer = _without_trigrams(sample, languages)
    if decided:
        return answer
    found = _detector(tuple(languages)).detect_language_of(sample)
    if found is None:
        return None
    code: str = found.iso_code_639_1.name.lower()
    return code


def language_confidences(
    text: str, languages: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt", "nl")
) -> dict[str, float]:
    """How much lingua's trigrams favour each of `languages` for `text` (summing to 1), or
    an empty dict when `detect_language` decides without them (the English fast path, two
    marker words, too few letters). Why: `detect_language` returns lingua's best guess
    however close the race; on a four-word post ("Avete sconti per studenti?") English
    wins 0.61 to Italian's 0.32, and a check that fails a reply for its language must know
    the guess was a coin toss."""
    sample = _NOISE.sub(" ", text[:_MAX_CHARS])
    if _without_trigrams(sample, languages)[0]:
        return {}
    values = _detector(tuple(languages)).compute_language_confidence_values(sample)
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
