"""Query spelling correction against the knowledge base's own vocabulary.

Customers type "retrun windw", "mircospikes" or "canda". BM25 finds nothing for a word that
is not in the index, and MiniLM's word pieces for a misspelling rarely land near the right
meaning, so both rankings lose the word. `SpellingCorrector` replaces such a word with the
corpus word one edit away (insertion, deletion, substitution or transposition of adjacent
letters), preferring the word that occurs most often in the corpus.

A word is left alone when it is in the corpus (or shares its stem with a corpus word), has
fewer than four letters, contains a digit, is (or shares its stem with) a whole word of the
MiniLM tokenizer's English vocabulary ("killed" is not a typo of "filled", nor "mins" of
"mens"), or is a contraction typed without its apostrophe ("doesnt", "theyre"). A
correction keeps the word's first letter, which typists rarely get wrong ("itme" -> "item",
not "time"; "oops" is not "loops"). Queries that look foreign (a non-ASCII letter, or a
frequent Spanish, French, German, Portuguese or Italian function word) are not corrected:
their words are not misspelt English.

Candidates are found through a deletion index (each corpus word under every single-letter
deletion), so a lookup costs a few dictionary probes, not a scan of the vocabulary.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

_TOKENIZER = Path(__file__).with_name("_minilm") / "tokenizer.json"
# Letters only: words with digits are codes, sizes or numbers, never corrected.
_WORD = re.compile(r"[^\W\d_]+")
# Corpus vocabulary: ASCII words suffice (queries with other letters are not corrected) and
# the ASCII pattern scans the 10k-product store's text twice as fast.
_ASCII_WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 4
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
# Frequent function words of other languages that are not English words.
_FOREIGN = frozenset(
    """el la los las que por para con una del es mi pero como muy tienen puedo hola gracias
    le les des du une et est pas je vous nous avec dans sur mon ma mes bonjour merci qui der
    das und ist nicht ich sie wir mit auf ein eine dem bitte danke il di che per sono ciao
    grazie della os um uma nao voce voces""".split()  # noqa: SIM905
)
_CONTRACTION_ENDINGS = ("re", "ve", "ll")


@functools.cache
def english_words() -> frozenset[str]:
    """Whole (non-suffix) alphabetic words of the MiniLM WordPiece vocabulary: about 22,000
    common English words. Empty when the tokenizer file is not shipped."""
    try:
        vocab = json.loads(_TOKENIZER.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and w.isascii() and len(w) > 1)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """True when `a` becomes `b` by one insertion, deletion, substitution or transposition
    of adjacent letters (optimal string alignment distance <= 1); False when equal."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):  # one insertion
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:  # one substitution
        return True
    return (  # one transposition
        start + 1 < len(a)
        and a[start] == b[start + 1]
        and a[start + 1] == b[start]
        and a[start + 2 :] == b[start + 2 :]
    )


class SpellingCorrector:
    """Corrects words of a query to the corpus's vocabulary (see the module docstring)."""

    def __init__(
        self,
        documents: Iterable[str],
        *,
        stem: Callable[[str], str] = lambda word: word,
        known: frozenset[str] | None = None,
    ) -> None:
        # Occurrences over the whole corpus (one pass over the joined text: the 10k-product
        # store's 11k chunks take about 0.1 s).
        counts = Counter(_ASCII_WORD.findall("\n".join(documents).lower()))
        frequency = Counter({word: n for word, n in counts.items() if len(word) > 1})
        self._frequency = frequency
        self._stem = stem
        self._stems = {stem(word) for word in frequency}
        self._known = english_words() if known is None else known
        self._known_stems = {stem(word) for word in self._known}
        self._by_deletion: dict[str, list[str]] = defaultdict(list)
        for word in frequency:
            if len(word) >= MIN_LENGTH - 1:
                for variant in _deletes(word):
                    self._by_deletion[variant].append(word)
        self._cache: dict[str, str] = {}

    def correct_word(self, word: str) -> str:
        """`word` (lower case) or its correction."""
        if word in self._cache:
            return self._cache[word]
        result = word
        if len(word) >= MIN_LENGTH and not self._is_known(word):
            candidates = set(self._by_deletion.get(word, ()))  # a letter was left out
            for variant in _deletes(word):
                if variant in self._frequency:  # a letter too many
                    candidates.add(variant)
                candidates.update(self._by_deletion.get(variant, ()))  # swapped or replaced
            best = [c for c in candidates if c[0] == word[0] and within_one_edit(word, c)]
            if best:
                result = max(best, key=lambda c: (self._frequency[c], c))
        if len(self._cache) < 10_000:
            self._cache[word] = result
        return result

    def _is_known(self, word: str) -> bool:
        if word in self._frequency or word in self._known:
            return True
        stem = self._stem(word)
        if stem in self._stems or stem in self._known_stems:
            return True
        if word.endswith("nt") and word[:-1] in self._known:  # doesnt, isnt, cant, dont
            return True
        return word.endswith(_CONTRACTION_ENDINGS) and word[:-2] in self._known  # theyre

    def correct(self, text: str) -> str:
        """`text` with misspelt words replaced (lower-cased where replaced); unchanged when
        it looks like another language than English."""
        if _NON_ASCII_LETTER.search(text):
            return text
        if any(word in _FOREIGN for word in _WORD.findall(text.lower())):
            return text
        return _WORD.sub(lambda m: self._replace(m.group(0)), text)

    def _replace(self, word: str) -> str:
        fixed = self.correct_word(word.lower())
        return word if fixed == word.lower() else fixed
