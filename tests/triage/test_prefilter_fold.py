"""Case-insensitive prefiltering stays a necessary condition for every character the regex
engine's IGNORECASE matches to a letter: `re.search(r"\\bsuit\\b", "suıt", re.I)` matches
(dotless i), but "suıt".casefold() keeps "ı", so a prefilter over casefolded text skipped
the pattern (session 20)."""

from __future__ import annotations

import re
import string
import sys
from functools import cache

from socialreply.triage.prefilter import RulePrefilter, fold_case


@cache
def _ignorecase_letters() -> dict[str, list[str]]:
    """Every code point IGNORECASE matches to an ASCII letter, with those letters."""
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    found: dict[str, list[str]] = {}
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or not any_letter.fullmatch(c):
            continue
        found[c] = [
            ch for ch in string.ascii_lowercase if re.fullmatch(re.escape(ch), c, re.IGNORECASE)
        ]
    return found


def test_the_generated_set_includes_the_known_odd_ones() -> None:
    odd = {c for c, letters in _ignorecase_letters().items() if c.casefold() not in letters}
    assert odd == {"\u0130", "\u0131"}  # İ and ı; ſ (U+017F) and K (U+212A) casefold fine
    assert {"\u017f", "\u212a"} <= set(_ignorecase_letters())


def test_fold_case_folds_every_ignorecase_match_of_a_letter_to_that_letter() -> None:
    wrong = {
        c: letters
        for c, letters in _ignorecase_letters().items()
        if any(fold_case(c) != ch for ch in letters)
    }
    assert wrong == {}


def test_prefilter_keeps_every_pattern_the_engine_matches() -> None:
    for c, letters in _ignorecase_letters().items():
        for ch in letters:
            pattern = re.compile(rf"\bqu{ch}zz\b|ver{ch}fy", re.IGNORECASE)
            prefilter = RulePrefilter([pattern])
            assert prefilter.filtered == 1
            for text in (f"the qu{c}zz now", f"please VER{c}FY it"):
                assert pattern.search(text), (c, text)
                assert prefilter.candidates(text) == {0}, (hex(ord(c)), text)


def test_dotless_i_in_a_short_whole_word() -> None:
    pattern = re.compile(r"\bsuit\b", re.IGNORECASE)
    prefilter = RulePrefilter([pattern])
    for text in ("my su\u0131t ripped", "my SU\u0130T ripped"):
        assert pattern.search(text)
        assert prefilter.candidates(text) == {0}


def test_case_sensitive_prefilter_is_unchanged() -> None:
    prefilter = RulePrefilter([re.compile("suit")])
    assert prefilter.candidates("my su\u0131t ripped") == set()
