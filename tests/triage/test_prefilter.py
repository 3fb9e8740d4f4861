"""The literal prefilter: the strings it reads off a pattern are necessary for a match, and
skipping the rules it rules out never changes a signal."""

from __future__ import annotations

import json
import random
import re

import pytest

from socialreply.triage.normalize import prepare
from socialreply.triage.prefilter import (
    GatedPattern,
    RulePrefilter,
    required_literals,
    whole_word,
)
from socialreply.triage.rules import apply_rules, default_prefilter, default_rules

from .support import REPO


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bsue you\b", {"sue you"}),
        # The longest part wins over a short one ("my" is in every other post).
        (r"\bmy\s+lawyer\b", {"lawyer"}),
        (r"\b(?:sue|suing)\b", {"sue", "suing"}),
        # Small finite parts are expanded: every spelling is one string.
        (r"\bi'?l\s+sue\b", {"sue"}),
        (r"\bcolou?r run\b", {"color run", "colour run"}),
        (r"\bgr[ae]y area\b", {"gray area", "grey area"}),
        (
            r"\b(?:i|you|we) (?:won|win)\b",
            {f"{a} {b}" for a in ("i", "you", "we") for b in ("won", "win")},
        ),
        # An alternation needs one string from every alternative.
        (r"\b(?:burn(?:ed|t)|scald\w*)\b", {"burned", "burnt", "scald"}),
        # (A first letter common to every alternative is factored out by the parser and
        # dropped: still necessary, a little less selective.)
        (r"\b(?:burn(?:ed|t)|blister\w*)\b", {"urned", "urnt", "lister"}),
        (r"(?:fire|smoke)[^.]{0,20}\bcharger", {"charger"}),
        (r"\U0001f52a[^.!?]{0,60}\byou\b", {"\U0001f52a"}),
        # Nothing required: an optional part, a short alternative, a bare class, a flag.
        (r"\b(?:lawyer)?\w+", None),
        (r"(?:tv|news)\b", None),
        (r"\b(?:tv|news)", None),
        (r"\b\w+ing\b", {"ing"}),
        (r"\b\w+in\b", None),
        # Case-insensitive patterns give case-folded strings; verbose ones give none.
        (r"(?i)LaWyer", {"lawyer"}),
        (r"(?x) lawyer  # comment", None),
        (r"\bs\b", None),
        # A short string between two word boundaries is required as a whole word (session
        # 20), also inside alternatives and groups that sit between the boundaries.
        (r"\b(?:tv|news)\b", {whole_word("tv"), "news"}),
        (r"\bsu\b", {whole_word("su")}),
        (r"\b(?:(?:ftc|fc|cv)\b|sue you)", {"ftc", whole_word("fc"), whole_word("cv"), "sue you"}),
        # (Only letters and digits make a whole word.)
        (r"\b(?:i'|fc)\b", None),
        # Brackets are rare in posts: "<<" is enough.
        (r"(?:<<|\[\[)\s*(?:ai|bot)\b", {"<<", "[["}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    literals = required_literals(re.compile(pattern))
    assert (None if literals is None else set(literals)) == expected


def test_required_literals_are_necessary_on_generated_text() -> None:
    """Random texts made of the patterns' own pieces: whenever a pattern matches, one of its
    strings is in the text."""
    patterns = [
        r"\b(?:i'?l|we'?l|gona)\s+(?:\w+\s+)?(?:sue|suing)\b",
        r"\b(?:burn(?:ed|t)|blister\w*)\s+(?:my|his|her)\s+(?:hand|arm)s?\b",
        r"\b(?:i|you|we) (?:won|win)\b[^.!?]{0,20}\b(?:pay|fe|card)",
        r"\bcolou?r (?:run|bleed)s?\b",
    ]
    words = "i il i'l we'l gona really sue suing burned burnt blister blistered my his hand "
    words += "arms you won win pay fe card colour color run bleeds . ! x"
    vocabulary = words.split()
    rng = random.Random(7)
    for raw in patterns:
        pattern = re.compile(raw)
        literals = required_literals(pattern)
        assert literals is not None
        matched = 0
        for _ in range(3000):
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 9)))
            if pattern.search(text):
                matched += 1
                assert any(s in text for s in literals), (raw, text)
        assert matched > 0, raw


def test_whole_words_are_necessary_on_generated_text() -> None:
    """A pattern with whole words is listed by the prefilter whenever it matches: next to
    other letters ("fcc" in "fccx"), punctuation, the start and end of the text, and in
    any case when the pattern ignores case."""
    patterns = [
        re.compile(r"\b(?:(?:ftc|fc|ac|cv)\b|sue you)"),
        re.compile(r"\b(?:tv|news)\b[^.]{0,10}\bon\b"),
        re.compile(r"\b(?:ac|id)\b", re.IGNORECASE),
    ]
    pieces = "ac AC Ac fc fcx xfc ftc cv cvc tv news on sue you back id ID \u0131d . , - ! ?"
    vocabulary = pieces.split()
    rng = random.Random(11)
    for pattern in patterns:
        prefilter = RulePrefilter([pattern])
        assert prefilter.filtered == 1, pattern.pattern
        matched = 0
        for _ in range(3000):
            words = (rng.choice(vocabulary) for _ in range(rng.randint(1, 7)))
            text = "".join(w + rng.choice(("", " ", " ", ".")) for w in words)
            if pattern.search(text):
                matched += 1
                assert prefilter.candidates(text) == {0}, (pattern.pattern, text)
        assert matched > 0, pattern.pattern
    assert RulePrefilter([patterns[0]]).candidates("back to fcx, a cvc") == set()


def _labelled_posts() -> list[str]:
    posts = []
    for path in sorted((REPO / "benchmarks" / "data").glob("triage_*.jsonl")):
        posts.extend(json.loads(line)["text"] for line in path.open(encoding="utf-8"))
    return posts


def test_prefilter_keeps_every_rule_that_matches_the_labelled_posts() -> None:
    rules = default_rules()
    prefilter = default_prefilter()
    # Every rule is filtered (session 20; five ran on every post before). A rule left
    # unfiltered costs speed, not correctness.
    assert prefilter.filtered == len(rules)
    skipped = 0
    for text in _labelled_posts():
        norm = prepare(text).norm
        candidates = prefilter.candidates(norm)
        skipped += len(rules) - len(candidates)
        for index, rule in enumerate(rules):
            if index not in candidates:
                assert rule.pattern.search(norm) is None, (rule.name, text)
    assert skipped > 0


def test_signals_are_the_same_with_and_without_the_prefilter() -> None:
    rules = default_rules()
    for text in _labelled_posts()[::3]:
        prepared = prepare(text)
        plain = list(apply_rules(prepared, rules))
        filtered = list(apply_rules(prepared, rules, prefilter=default_prefilter()))
        assert filtered == plain, text


def test_a_prefilter_of_unfilterable_patterns_returns_them_all() -> None:
    prefilter = RulePrefilter([re.compile(r"\w+"), re.compile(r"\bn\b")])
    assert prefilter.filtered == 0
    assert prefilter.candidates("anything") == {0, 1}
    assert RulePrefilter([]).candidates("text") == set()


def test_case_insensitive_patterns_are_looked_up_in_folded_text() -> None:
    folded = RulePrefilter([re.compile(r"\bcalm down\b", re.I), re.compile(r"straße", re.I)])
    assert folded.filtered == 2
    assert folded.candidates("CALM DOWN please") == {0}
    assert folded.candidates("Hauptstrasse") == {1}  # "ß" folds to "ss"
    # Mixed with a case-sensitive pattern, the case-insensitive one is not filtered.
    mixed = RulePrefilter([re.compile(r"\bNOW\b"), re.compile(r"calm down", re.I)])
    assert mixed.filtered == 1
    assert mixed.candidates("now") == {1}
    assert mixed.candidates("NOW") == {0, 1}


def test_gated_pattern_finds_what_the_pattern_finds() -> None:
    """A gated exception gives a match exactly where its pattern does, whole text or window,
    with alternatives that need no string (searched on their own when the others' strings
    are absent) and without them."""
    sources = [
        r"\bmy (?:son|kid)\b[^.]{0,20}\bdid it\b|^(?![^?]*\?)\w+ ok$|\bjust (?:kid|jok)ing\b",
        r"\bfalse alarm\b|\bnot (?:your|the) (?:fault|site)\b",
        r"(?:\w+ )?years? as|\bfc\b|\bsorted\b",
    ]
    vocabulary = "my son kid did it just joking kiding false alarm not your the fault site "
    vocabulary += "years year as fc sorted ok . ? x"
    words = vocabulary.split()
    rng = random.Random(5)
    for source in sources:
        regex = re.compile(source)
        gated = GatedPattern(regex)
        hits = 0
        for _ in range(3000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
            lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
            for pos, endpos in ((0, len(text)), (lo, hi)):
                expected = regex.search(text, pos, endpos) is not None
                hits += expected
                assert (gated.search(text, pos, endpos) is not None) == expected, (source, text)
        assert hits > 0, source


def test_gated_exceptions_of_the_rules_agree_on_the_labelled_posts() -> None:
    from socialreply.triage.rules import AnyPattern

    gated: dict[int, GatedPattern] = {}
    for rule in default_rules():
        for field in (rule.requires, rule.unless, rule.unless_post):
            parts = field.patterns if isinstance(field, AnyPattern) else (field,)
            gated.update({id(p): p for p in parts if isinstance(p, GatedPattern)})
    assert len(gated) > 50
    norms = [prepare(text).norm for text in _labelled_posts()[::25]]
    for pattern in gated.values():
        for norm in norms:
            expected = pattern.regex.search(norm) is not None
            assert (pattern.search(norm) is not None) == expected, (pattern.pattern[:80], norm)
