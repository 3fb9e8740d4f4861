"""Text normalisation for the rules, and the pattern compiler that makes them robust.

Three steps keep the rules readable, fast and their evidence exact:

* `normalize` maps a post to lower case, without accents, with typographic apostrophes
  made plain and hashtag/handle markers turned into spaces — one character for one
  character.
* `prepare` then *squeezes* runs of a repeated letter into one ("suuuue" -> "sue",
  "laaawyer" -> "lawyer", "kill" -> "kil") and keeps a map back to the original offsets, so
  the evidence shown to agents is the customer's own words ("suuuue").
* `compile_rule` squeezes the rule's literal letters the same way, so rules are written in
  plain lower-case spelling without accents ("kill", "attorney") and stay plain literals
  for the regex engine (much faster than "k+i+l+"). Whole three-letter runs such as "bbb"
  or "www" are kept in both, so an acronym never shrinks to one letter.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

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


def _keep_run(text: str, start: int, end: int) -> bool:
    """A whole word of three identical letters ("bbb", "www") is an acronym: keep it."""
    return (
        end - start == 3
        and (start == 0 or not text[start - 1].isalpha())
        and (end == len(text) or not text[end].isalpha())
    )


def squeeze_pattern(pattern: str) -> str:
    """Merge doubled literal letters of a regular expression ("ll" -> "l") the way
    `prepare` squeezes text. Escapes, character classes and group prefixes such as ``(?:``,
    ``(?<!`` or ``(?i)`` are copied unchanged; a letter followed by a quantifier is kept
    apart ("ss?" stays "ss?")."""
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
            after_escape = i >= 2 and pattern[i - 2] == "\\"
            before_ok = i == 0 or not pattern[i - 1].isalpha() or after_escape
            after_ok = i + run == n or not pattern[i + run].isalpha()
            if run == 3 and before_ok and after_ok:
                out.append(ch * run)
            elif quantified and run > 1:
                out.append(ch + ch)  # "ss?": one s, then the optional one (merged in text)
            else:
                out.append(ch)
            i += run
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule written in plain lower-case spelling (see the module docstring)."""
    return re.compile(squeeze_pattern(pattern))


_RUN = re.compile(r"([^\W\d_])\1+")


@dataclass(frozen=True)
class PreparedText:
    """A post ready for the rules: `text` as written, `norm` folded and squeezed, and the
    offsets to map a span of `norm` back to `text`."""

    text: str
    norm: str
    # For each squeezed run: its end in `norm`, and the letters removed up to and including it.
    _ends: list[int] = field(default_factory=list)
    _removed: list[int] = field(default_factory=list)

    def offset(self, index: int) -> int:
        """Position in `text` of position `index` of `norm` (an end position maps to the
        end of an elongation: "su" of "suuue" ends after the last "u")."""
        k = bisect.bisect_right(self._ends, index) - 1
        return index + (self._removed[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._ends, start - 1) - 1 if start else -1
        ostart = start + (self._removed[k] if k >= 0 else 0)
        return ostart, self.offset(end)

    def evidence(self, start: int, end: int) -> tuple[str, int, int]:
        ostart, oend = self.span(start, end)
        return self.text[ostart:oend].strip(), ostart, oend


def prepare(text: str) -> PreparedText:
    folded = normalize(text)
    if _RUN.search(folded) is None:
        return PreparedText(text, folded)
    parts: list[str] = []
    ends: list[int] = []
    removed: list[int] = []
    pos = length = total = 0
    for m in _RUN.finditer(folded):
        if _keep_run(folded, m.start(), m.end()):
            continue
        keep = folded[pos : m.start() + 1]
        parts.append(keep)
        length += len(keep)
        total += m.end() - m.start() - 1
        ends.append(length)
        removed.append(total)
        pos = m.end()
    parts.append(folded[pos:])
    return PreparedText(text, "".join(parts), ends, removed)
