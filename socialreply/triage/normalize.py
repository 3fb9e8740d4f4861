"""Text normalisation for the rules, and the pattern compiler that makes them robust.

Two ideas keep the rules readable and the evidence exact:

* `normalize` maps a post to lower case, without accents, with typographic apostrophes
  made plain and hashtag/handle markers turned into spaces — **one character for one
  character**, so a match at ``[start:end]`` in the normalised text is the same span of the
  original post and the evidence shown to agents is the customer's own words.
* `compile_rule` turns each literal letter of a rule into "one or more of it" and merges
  doubled letters, so a rule written ``sue`` also matches "suuuue", ``lawyer`` matches
  "laaawyer" and ``kill`` matches "kil" and "killll". Rules are therefore written in plain
  lower-case spelling, without accents.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "#": " ",
    "@": " ",
    "_": " ",
    "\u00df": "s",  # ß: "strasse" is written with one stretched s in the rules
    "\u00a0": " ",
}


@functools.cache
def _fold(ch: str) -> str:
    """One character, lower-cased and without its accent; the character itself when that
    would not be exactly one character (e.g. "İ")."""
    if ch in _PUNCT:
        return _PUNCT[ch]
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    base = decomposed[0] if decomposed else low
    if len(base) == 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return base
    return low


# Latin-1 and Latin Extended-A cover the languages the rules are written for; other
# characters are folded one by one (cached).
_TABLE = str.maketrans({chr(i): _fold(chr(i)) for i in range(0x250) if _fold(chr(i)) != chr(i)})
_TABLE.update({ord(k): v for k, v in _PUNCT.items()})


def normalize(text: str) -> str:
    """Lower-case, unaccented copy of `text` with exactly the same length."""
    folded = text.translate(_TABLE)
    if folded.isascii():
        return folded
    out = [c if c.isascii() else _fold(c) for c in folded]
    return "".join(out)


_QUANTIFIERS = frozenset("?*+{")
# Escapes longer than two characters: \xhh, \uhhhh, \Uhhhhhhhh.
_ESCAPE_SIZE = {"x": 4, "u": 6, "U": 10}


def stretch(pattern: str) -> str:
    """Rewrite a regular expression so each literal letter matches one or more of itself,
    with doubled letters merged ("ll" -> "l+") and longer runs kept ("bbb" -> "b{3,}").
    Escapes, character classes and group prefixes such as ``(?:``, ``(?<!`` or ``(?i)`` are
    copied unchanged."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            size = _ESCAPE_SIZE.get(pattern[i + 1 : i + 2], 2)
            if pattern.startswith("N{", i + 1):
                size = pattern.index("}", i) + 1 - i
            out.append(pattern[i : i + size])
            i += size
            continue
        if ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if ch == "(" and pattern.startswith("(?", i):
            j = i + 2
            if pattern.startswith(("<=", "<!"), j):
                j += 2
            elif j < n and pattern[j] in ":=!":
                j += 1
            elif j < n and pattern[j] == "P":
                j = pattern.index(">", j) + 1
            else:  # inline flags: (?i) or (?i:...)
                while j < n and pattern[j] not in ":)":
                    j += 1
                j += 1
            out.append(pattern[i:j])
            i = j
            continue
        if ch.isalpha():
            run = 1
            while i + run < n and pattern[i + run] == ch:
                run += 1
            quantified = i + run < n and pattern[i + run] in _QUANTIFIERS
            if quantified and run > 1:  # "ss?" -> "s+" then the quantified "s"
                out.append(f"{ch}+")
                i += run - 1
                run = 1
            if quantified:
                out.append(f"(?:{ch}+)")
            elif run >= 3:  # "bbb" (an acronym) must not match "b"
                out.append(f"{ch}{{{run},}}")
            else:
                out.append(f"{ch}+")
            i += run
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule written in plain lower-case spelling (see the module docstring)."""
    return re.compile(stretch(pattern))
