"""A literal prefilter for the rule table: which rules could match a post at all.

Every rule is a regular expression, and most posts match none of them, yet the regex
engine still walks each post once per rule. Almost every rule, though, cannot match
without one of a set of plain strings: ``\\b(?:sue you|my lawyer will)`` needs "sue you"
or "my lawyer will". `required_literals` reads that set off the parsed pattern (a
*necessary* condition, never a sufficient one), and `RulePrefilter` finds every required
string of every rule in one Aho-Corasick pass over the post (`pyahocorasick`). A rule
none of whose strings occurs is skipped — it could not have matched, so the signals are
exactly those of running every rule; a rule whose pattern yields no usable strings
(very short ones, classes, optional parts) always runs.

A short string between two word boundaries (``\\b(?:ftc|fcc|accc)\\b``: "fc" and "ac" once
squeezed) is required as a whole word instead: "ac" is inside every other post ("back"),
the word "ac" in few. Such rules used to run on every post (session 20: four of the five
unfiltered rules, about a fifth of rules-only triage's time).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# A string set wider than this stops growing by cross product ("colou?r" -> 2 strings,
# but five optional letters would be 32) and falls back to the parts on either side.
_MAX_EXPANSION = 16
# Strings shorter than this occur in almost every post: a rule needing one is not worth
# filtering.
MIN_LITERAL = 3

_Literals = frozenset[str]

# A required whole word is written between two of these (a character no rule needs): the
# string "\0ac\0" in a text would be the word "ac" as well, so reading it as "the word ac"
# is never stricter than reading it as a string.
WORD_MARK = "\0"
# ASCII characters about as rare in posts as an emoji: a config block's "<<" or "[[".
_RARE_ASCII = frozenset("<>[]{}")


def whole_word(word: str) -> str:
    """The literal that stands for `word` required as a whole word (between boundaries)."""
    return f"{WORD_MARK}{word}{WORD_MARK}"


def _weight(literal: str) -> int:
    """How rare a string is, roughly: its length, an emoji or other non-Latin character
    (which `normalize` leaves in place) or a bracket counting as three letters; a whole
    word one letter more than its letters."""
    if literal.startswith(WORD_MARK) and len(literal) > 2:
        return _weight(literal[1:-1]) + 1
    return sum(3 if not ch.isascii() or ch in _RARE_ASCII else 1 for ch in literal)


def _is_boundary(item: Any) -> bool:
    op, av = item
    return op is sre.AT and av is sre.AT_BOUNDARY


def _bounded(literals: frozenset[str] | set[str]) -> _Literals:
    """`literals` matched between two word boundaries: the short ones made of letters and
    digits become whole words (see `whole_word`); the others stay strings."""
    return frozenset(
        whole_word(s) if s and s.isascii() and s.isalnum() and _weight(s) < MIN_LITERAL else s
        for s in literals
    )


def _score(literals: _Literals) -> tuple[int, int]:
    """Higher is more selective: the rarest-looking shortest string (capped: past six
    letters every string is rare), then fewer strings."""
    return (min(min(_weight(s) for s in literals), 6), -len(literals))


def _best(candidates: list[_Literals]) -> _Literals | None:
    usable = [c for c in candidates if c and all(c)]
    return max(usable, key=_score) if usable else None


def _plain_group(av: Any) -> Any:
    """The body of a group, or None when its flags (ignore case, verbose) change how its
    letters match."""
    _group, add_flags, _del_flags, sub = av
    return None if add_flags & (re.IGNORECASE | re.VERBOSE) else sub


def _union(alternatives: Any, strings_of: Callable[[Any], _Literals | None]) -> _Literals | None:
    """The strings of every alternative together, or None when one has none."""
    union: set[str] = set()
    for alternative in alternatives:
        strings = strings_of(alternative)
        if strings is None:
            return None
        union |= strings
    return frozenset(union)


def _exact(op: Any, av: Any) -> _Literals | None:
    """Every string the node (`op`, `av`) can match, when that is a small finite set
    (``sue|suing``, ``i'?l``, ``[ae]``), else None."""
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:
        if len(av) <= 4 and all(item_op is sre.LITERAL for item_op, _ in av):
            return frozenset(chr(item_av) for _, item_av in av)
        return None
    if op is sre.SUBPATTERN:
        sub = _plain_group(av)
        return None if sub is None else _exact_sequence(sub)
    if op is sre.BRANCH:
        union = _union(av[1], _exact_sequence)
        return union if union is not None and len(union) <= _MAX_EXPANSION else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        strings = _exact_sequence(sub)
        if strings is None or high > 2:
            return None
        options = {""} if low == 0 else set()
        options |= strings
        if high == 2:
            options |= {a + b for a in strings for b in strings}
        return frozenset(options) if len(options) <= _MAX_EXPANSION else None
    return None


def _exact_sequence(items: Any) -> _Literals | None:
    strings: set[str] = {""}
    for op, av in items:
        node = _exact(op, av)
        if node is None or len(strings) * len(node) > _MAX_EXPANSION:
            return None
        strings = {a + b for a in strings for b in node}
    return frozenset(strings)


def _sequence(items: Any, bounded: tuple[bool, bool] = (False, False)) -> _Literals | None:
    """Strings one of which every match of the sequence `items` contains. `bounded`: whether
    a word boundary comes right before and right after the sequence."""
    items = list(items)
    candidates: list[_Literals] = []
    run: set[str] = {""}
    run_start = 0

    def boundary_before(i: int) -> bool:
        return _is_boundary(items[i - 1]) if i > 0 else bounded[0]

    def boundary_after(i: int) -> bool:
        return _is_boundary(items[i]) if i < len(items) else bounded[1]

    def flush(end: int) -> None:
        nonlocal run
        if run != {""}:
            whole = boundary_before(run_start) and boundary_after(end)
            candidates.append(_bounded(run) if whole else frozenset(run))
        run = {""}

    for i, (op, av) in enumerate(items):
        exact = _exact(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_EXPANSION:
            if run == {""}:
                run_start = i
            run = {a + b for a in run for b in exact}
            continue
        flush(i)
        if exact is not None:
            run, run_start = set(exact), i
            continue
        child = _node(op, av, (boundary_before(i), boundary_after(i + 1)))
        if child is not None:
            candidates.append(child)
    flush(len(items))
    return _best(candidates)


def _node(op: Any, av: Any, bounded: tuple[bool, bool] = (False, False)) -> _Literals | None:
    """Strings one of which every match of the single node (`op`, `av`) contains."""
    if op is sre.SUBPATTERN:
        sub = _plain_group(av)
        return None if sub is None else _sequence(sub, bounded)
    if op is sre.BRANCH:
        return _union(av[1], lambda alternative: _sequence(alternative, bounded))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, bounded)
    # Zero-width assertions, wide classes, categories, back-references: nothing required.
    return None


def split_top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# The only characters the regex engine's IGNORECASE treats as equal to a letter that
# `str.casefold` does not fold to the same string (checked over every code point in
# tests/triage/test_prefilter_fold.py): dotted capital I (casefold "i̇") and dotless i
# (kept as "ı") both match "i".
_FOLD_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i"})


def fold_case(text: str) -> str:
    """`text` folded so that characters IGNORECASE matches to each other fold alike: a
    string the engine finds in a text is then in the folded text as its folded self."""
    if "\u0130" in text or "\u0131" in text:  # rare: skip translate's per-character walk
        text = text.translate(_FOLD_FIXES)
    return text.casefold()


def _usable(literals: _Literals | None, flags: int) -> _Literals | None:
    if literals is None or min(_weight(s) for s in literals) < MIN_LITERAL:
        return None
    if flags & re.IGNORECASE:
        return frozenset(fold_case(s) for s in literals)
    return literals


def required_literals(pattern: re.Pattern[str]) -> _Literals | None:
    """Strings one of which occurs in every text `pattern` matches, or None when no such
    set of strings at least `MIN_LITERAL` long can be read off the pattern. For a pattern
    compiled with IGNORECASE the strings are folded by `fold_case`: look for them in the
    text folded the same way (`str.casefold`, "ſ" to "s" included, plus "ı" and "İ" to "i",
    which the engine matches to "i" and casefold does not fold to it).
    A string made by `whole_word` is required as a whole word."""
    if pattern.flags & re.VERBOSE:
        return None
    return _usable(_sequence(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.flags)


class RulePrefilter:
    """For a fixed sequence of patterns, the indexes of those that could match a text."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str]],
        literal_sets: Sequence[_Literals | None] | None = None,
    ) -> None:
        """`literal_sets`, when given, are the patterns' required strings already read."""
        by_literal: dict[str, set[int]] = {}
        by_word: dict[str, set[int]] = {}
        always = set()
        # Case-insensitive patterns are looked up in the case-folded text; that is only
        # sound when every pattern is (a case-sensitive "NOW" is not in "now").
        self._fold = bool(patterns) and all(p.flags & re.IGNORECASE for p in patterns)
        for index, pattern in enumerate(patterns):
            literals = (
                (required_literals(pattern) if literal_sets is None else literal_sets[index])
                if self._fold or not (pattern.flags & re.IGNORECASE)
                else None
            )
            if literals is None:
                always.add(index)
                continue
            for literal in literals:
                if literal.startswith(WORD_MARK) and len(literal) > 2:
                    by_word.setdefault(literal[1:-1], set()).add(index)
                else:
                    by_literal.setdefault(literal, set()).add(index)
        self._always: frozenset[int] = frozenset(always)
        self._automaton: Any = None
        if by_literal:
            automaton = ahocorasick.Automaton()
            for literal, indexes in by_literal.items():
                automaton.add_word(literal, frozenset(indexes))
            automaton.make_automaton()
            self._automaton = automaton
        # Whole words (letters and digits only) are found in the text as written, with
        # the patterns' own boundaries and case rule: every word between two boundaries
        # is one match, none hides another.
        self._words = {word: frozenset(indexes) for word, indexes in by_word.items()}
        # A word the engine's case rule matches but `casefold` does not fold to a key
        # ("ı" for "i"): every pattern with a word, to stay a superset.
        self._any_word: frozenset[int] = frozenset().union(*self._words.values())
        self._word_finder: re.Pattern[str] | None = None
        if by_word:
            alternatives = "|".join(sorted(by_word, key=lambda w: (-len(w), w)))
            flags = re.IGNORECASE if self._fold else 0
            self._word_finder = re.compile(rf"\b(?:{alternatives})\b", flags)
        self.filtered = len(patterns) - len(always)

    def candidates(self, text: str) -> set[int]:
        """Indexes of the patterns that may match `text` (a superset of those that do)."""
        found = set(self._always)
        if self._automaton is not None:
            for _end, indexes in self._automaton.iter(fold_case(text) if self._fold else text):
                found |= indexes
        if self._word_finder is not None:
            for word in self._word_finder.findall(text):
                found |= self._words.get(fold_case(word) if self._fold else word, self._any_word)
        return found


_UNSET: Any = object()


class GatedPattern:
    """A pattern searched only when its required strings occur in the part of the text
    searched: same result as searching it, without the regex engine's walk when it cannot
    match. Why: the rules' exceptions (the false-friend families) are patterns of thousands
    of characters searched whenever a rule would fire, and were half the rules' time in the
    batch CLI (session 20).

    Most of them are alternations of which one or two alternatives require no string (a
    lookahead, a bare class); those alone make a small pattern searched when none of the
    other alternatives' strings occurs (no match of the others is possible then, and a
    match of the whole is a match of one alternative). The strings are read on the first
    search, so an exception never searched costs nothing at start-up."""

    __slots__ = ("_gate", "_rest", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._gate: RulePrefilter | None = _UNSET
        self._rest: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def _build(self) -> None:
        regex = self.regex
        self._gate = None
        if regex.flags & re.VERBOSE:
            return
        tree = list(sre_parse.parse(regex.pattern, regex.flags))
        sources = split_top_level(regex.pattern)
        # Split only a plain alternation whose parts the parser kept as they are written
        # (no common prefix factored out, no group numbers to shift, no inline flags).
        if len(tree) == 1 and tree[0][0] is sre.BRANCH and len(sources) == len(tree[0][1][1]):
            alternatives = tree[0][1][1]
            if regex.groups or re.search(r"\(\?[aiLmsux]+\)", regex.pattern):
                alternatives, sources = [tree], [regex.pattern]
        else:
            alternatives, sources = [tree], [regex.pattern]
        literal_sets = [_usable(_sequence(a), regex.flags) for a in alternatives]
        found = [s for s in literal_sets if s is not None]
        if not found:
            return
        rest = [src for src, s in zip(sources, literal_sets, strict=True) if s is None]
        if rest:
            self._rest = re.compile("|".join(rest), regex.flags)
        self._gate = RulePrefilter([regex], [frozenset().union(*found)])

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._gate is _UNSET:
            self._build()
        gate = self._gate
        if gate is not None:
            # A match lies inside string[pos:endpos], and so do the strings it contains
            # (none is read off a lookaround).
            part = string if pos <= 0 and endpos >= len(string) else string[pos:endpos]
            if not gate.candidates(part):
                rest = self._rest
                return None if rest is None else rest.search(string, pos, endpos)
        return self.regex.search(string, pos, endpos)
