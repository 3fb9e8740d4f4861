"""Cross-language queries: customers' questions in Spanish, French, German, Portuguese,
Italian or Dutch against the English store.

The store is English, the query embedder (MiniLM) is an English model and BM25 matches
words, so "¿cuánto tardan en devolverme el dinero?" finds the refund page by neither
ranking. `QueryTranslator` rewrites such a question into English with a bilingual glossary
of customer-service and outdoor-store vocabulary (`glossary/terms.tsv`: about 430 concepts,
each with its words in the six languages), the way a shop's search maps "devolución",
"retour" and "Rückgabe" to "return":

- Plain English takes the vocabulary fast path of `triage.language.detect_language`
  (about 10 µs, no model) and the query is left exactly as it is. Otherwise every
  language's glossary is tried and the one that explains most of the query's words wins;
  the language `detect_language` names (function words, then lingua's low-accuracy
  trigrams, which misname some short questions) wins ties.
- Words are matched after accent folding and the language's Snowball stemmer (one glossary
  form covers plurals and most inflections); the longest phrase wins ("tarjeta de regalo" is
  "gift card", not "card of gift"); German and Dutch compounds not in the glossary are split
  into two known words ("Regenjacke" -> "rain jacket", "zurückzuschicken" -> "return").
- Product names, SKUs, handles, numbers and clothing sizes in capitals ("talla M") are
  never translated (`keep` tells which words name a product in this store), and an English
  word in a foreign question is matched only as the glossary lists it, not by its stem
  ("Apple Pay" is not French "pays").
- `Translation.text` (the glossary's first English word for each matched word, function
  words dropped, everything else kept in place) is what the embedder sees;
  `Translation.expanded` adds the glossary's other English words (synonyms) for BM25.

A query is translated only with evidence: a matched word that is neither an English word
nor the English term itself (a Spanish "gas" or a German "Beanie" is none), or, in the
language the detector named, a word the glossary turns into another one ("marche" ->
"work", but not a French "long" -> "long"). So an English question the fast path missed
("cloudrest wide long price", detected as French) is not rewritten. When lingua calls a
text English, two foreign words are needed; "¿" or "¡" make it Spanish.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GlossaryError

GLOSSARY = Path(__file__).with_name("glossary") / "terms.tsv"
# ISO 639-1 code -> PyStemmer (Snowball) algorithm.
STEMMERS: dict[str, str] = {
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "pt": "portuguese",
    "it": "italian",
    "nl": "dutch",
}
LANGUAGES: tuple[str, ...] = tuple(STEMMERS)
PLAIN_ENGLISH = "en-plain"  # `QueryTranslator.detect`: English by the fast path
MAX_CHARS = 1000  # of a query, translated
DROP = "-"  # English cell of a function word: dropped from the query
_COMPOUNDING = frozenset({"de", "nl"})
# Linking letters between the parts of a compound ("Lieferungsdatum", "Kinderjacke").
_LINKS = ("s", "es", "n", "en", "e")
_MIN_PART = 3  # shortest part of a split compound
_MIN_HEAD = 4  # shortest known last part when the first part is unknown
_APOSTROPHE = re.compile(r"['\u2019`´]")
# Words and codes joined by hyphens or dots ("NW-RJW-S-BERR", "t-shirt", "2.5").
_TOKEN = re.compile(r"\w+(?:[-.]\w+)*")
_SEPARATOR = re.compile(r"[-.]")
# A query word and the apostrophe after it, if any (French and Italian elision: "l'",
# "qu'", "dell'").
_QUERY_TOKEN = re.compile(r"(\w+(?:[-.]\w+)*)(['\u2019`´](?=\w))?")
_SPANISH_MARKS = re.compile("[\u00bf\u00a1]")  # ¿ ¡
_SIZES = frozenset(["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"])
_DIGIT = re.compile(r"\d")
_UMLAUT_SPELLING = re.compile(r"(?<=[a-z])(ae|oe|ue)|^(ae|oe|ue)")


def _umlaut(match: re.Match[str]) -> str:
    return match.group(0)[0]


@functools.lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """`word` in lower case without accents ("Rückgabe" -> "ruckgabe", "ß" -> "ss")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """Lower-case words of a glossary phrase, split at apostrophes and hyphens the same way
    query words are ("d'origine" -> "d", "origine"; "t-shirt" -> "t", "shirt")."""
    out: list[str] = []
    for token in _TOKEN.findall(_APOSTROPHE.sub(" ", text.lower())):
        out += [part for part in _SEPARATOR.split(token) if part]
    return out


@dataclass(frozen=True)
class Entry:
    english: tuple[str, ...]  # empty: a function word
    words: tuple[str, ...]  # the source phrase's words


@dataclass
class Translation:
    """A non-English query rewritten into English."""

    language: str
    text: str  # for the embedder: translated words in place, other words kept
    expanded: str  # for BM25: `text` plus the other English words of each entry
    matched: int = 0  # glossary entries used (function words not counted)
    evidence: int = 0  # of those, entries with a word that is not also English
    changed: int = 0  # of those, entries with a word other than their English term
    covered: int = 0  # query words those entries explain
    function: int = 0  # function words of this language in the query (dropped)
    terms: list[tuple[str, str]] = field(default_factory=list)  # (source, English)


class LanguageGlossary:
    """One language's entries, keyed by their words as written, folded, and stemmed."""

    def __init__(self, language: str, entries: Sequence[tuple[str, tuple[str, ...]]]) -> None:
        import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no stubs

        self.language = language
        self._stemmer = Stemmer.Stemmer(STEMMERS[language])
        # Keys: the words as written, folded, stemmed, folded and stemmed. A word form the
        # glossary lists is found as written first, so two words that share a stem
        # (Portuguese "com" and "como", German "Wolle" and "wollen") keep their meanings.
        self._keys: tuple[dict[tuple[str, ...], Entry], ...] = ({}, {}, {}, {})
        self._starts: set[str] = set()  # every form of a phrase's first word
        self.max_words = 1
        for phrase, english in entries:
            words = tuple(_words(phrase))
            if not words:
                continue
            entry = Entry(english, words)
            # The first entry for a key wins: the file lists function words first, then
            # each concept once; a later duplicate is a synonym of an earlier concept.
            for keys, key in zip(self._keys, self._variants(words), strict=True):
                keys.setdefault(key, entry)
            if len(words) > 1:
                self._starts.update(v[0] for v in self._variants(words[:1]))
            self.max_words = max(self.max_words, len(words))

    def _variants(self, words: Sequence[str], kinds: int = 4) -> Iterator[tuple[str, ...]]:
        """`words` as written, folded, stemmed, and folded then stemmed (the first `kinds`),
        each built only when asked for."""
        yield tuple(words)
        if kinds > 1:
            yield tuple(fold(w) for w in words)
        if kinds > 2:
            yield tuple(self.stem(w) for w in words)
            yield tuple(self.stem(fold(w)) for w in words)

    def starts_phrase(self, word: str) -> bool:
        """Whether some phrase of several words may start with `word`."""
        return any(v[0] in self._starts for v in self._variants([word]))

    @functools.lru_cache(maxsize=20_000)  # noqa: B019  # one glossary per language per process
    def stem(self, word: str) -> str:
        stemmed: str = self._stemmer.stemWord(word)
        return stemmed

    def lookup(self, words: Sequence[str], *, stems: bool = True) -> Entry | None:
        """The entry for `words` (lower case): as written, folded, then (unless `stems` is
        false) by stems."""
        kinds = 4 if stems else 2
        for keys, key in zip(self._keys[:kinds], self._variants(words, kinds), strict=True):
            entry = keys.get(key)
            if entry is not None:
                return entry
        return None

    def split_compound(self, word: str) -> list[Entry] | None:
        """A German or Dutch compound as known words: "regenjacke" -> [rain, jacket],
        "zuruckzuschicken" -> [return] (the "zu" of an infinitive dropped); the longest
        known last part, with an unknown first part ignored ("kundenservice")."""
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            if word.startswith("zu", cut):
                whole = self.lookup([word[:cut] + word[cut + 2 :]])
                if whole is not None:
                    return [whole]
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head = self.lookup([word[cut:]])
            if head is None or not head.english:
                continue
            left = word[:cut]
            for link in ("", *_LINKS):
                if link and not left.endswith(link):
                    continue
                part = left[: len(left) - len(link)] if link else left
                modifier = self.lookup([part]) if len(part) >= _MIN_PART else None
                if modifier is not None and modifier.english:
                    return [modifier, head]
            if len(word) - cut >= _MIN_HEAD:
                return [head]
        return None


@dataclass
class _Unit:
    text: str  # as written in the query
    word: str  # lower case
    protected: bool


def load_glossary(path: Path = GLOSSARY) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """{language: [(source phrase, English words)]} from the tab-separated glossary."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GlossaryError(f"cannot read the glossary {path.name}: {exc}") from exc
    rows = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not rows:
        raise GlossaryError(f"{path.name} is empty")
    header = rows[0][1].split("\t")
    if header[0] != "en" or not set(header[1:]) <= set(STEMMERS):
        raise GlossaryError(f"{path.name}: header must be 'en' then codes of {LANGUAGES}")
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {code: [] for code in header[1:]}
    for number, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise GlossaryError(
                f"{path.name} line {number}: {len(cells)} columns, expected {len(header)}"
            )
        english = tuple(w.strip() for w in cells[0].split("|") if w.strip())
        if not english:
            raise GlossaryError(f"{path.name} line {number}: no English term")
        meaning = () if english == (DROP,) else english
        for code, cell in zip(header[1:], cells[1:], strict=True):
            out[code] += [(phrase.strip(), meaning) for phrase in cell.split("|") if phrase.strip()]
    return out


def _split_at_limit(text: str) -> tuple[str, str]:
    """(the first `MAX_CHARS` characters, cut at a space; the rest, stripped)."""
    cut = text.rfind(" ", 0, MAX_CHARS) if len(text) > MAX_CHARS else len(text)
    cut = cut if cut > 0 else min(len(text), MAX_CHARS)
    return text[:cut], text[cut:].strip()


class QueryTranslator:
    """Translates non-English queries to English with the glossary (module docstring)."""

    def __init__(
        self,
        glossary: Mapping[str, Sequence[tuple[str, tuple[str, ...]]]],
        *,
        english: frozenset[str] = frozenset(),
        detect: Callable[[str], str | None] | None = None,
    ) -> None:
        self._entries = glossary
        self._languages: dict[str, LanguageGlossary] = {}
        self._english = english
        self._detect = detect

    def language(self, code: str) -> LanguageGlossary:
        if code not in self._languages:  # built on first use: about 5 ms per language
            self._languages[code] = LanguageGlossary(code, self._entries[code])
        return self._languages[code]

    def detect(self, query: str) -> str | None:
        """ "en" for plain English (the vocabulary fast path, no model), else the language
        `detect_language` finds (``"en"`` from lingua is only a weak signal)."""
        if self._detect is not None:
            return self._detect(query)
        from ..triage.language import detect_language, is_plain_english

        if is_plain_english(query):
            return PLAIN_ENGLISH
        # The default language set: the same cached lingua detector as triage uses.
        return detect_language(query)

    def translate(
        self, query: str, keep: Callable[[str], bool] = lambda word: False
    ) -> Translation | None:
        """`query` in English, or ``None`` when it is English (or no language's glossary
        explains any of its words). `keep(word)` is true for words that name a product
        (lower case); they, codes, numbers and sizes are kept as written. Only the first
        `MAX_CHARS` characters are translated (a long post stays cheap); the rest is kept
        as written."""
        head, rest = _split_at_limit(query)
        result = self._translate_query(head, keep)
        if result is not None and rest:
            result.text = f"{result.text} {rest}"
            result.expanded = f"{result.expanded} {rest}"
        return result

    def translate_as(self, text: str, code: str) -> str:
        """`text` read as language `code` (already known, e.g. a whole post's language
        for one of its clauses), rewritten with that language's glossary; unchanged when
        there is no glossary for `code`. No evidence test: the caller knows the language."""
        if code not in self._entries:
            return text
        head, rest = _split_at_limit(text)
        units = _units(head, lambda word: False)
        if not units:
            return text
        result = self._translate(units, code).text
        return f"{result} {rest}" if rest else result

    def _translate_query(self, query: str, keep: Callable[[str], bool]) -> Translation | None:
        available = [code for code in LANGUAGES if code in self._entries]
        if _SPANISH_MARKS.search(query) and "es" in available:
            # "¿" and "¡" are Spanish whatever lingua would say about a short question, and
            # any glossary word will do ("¿el NW-RJW-S-BERR es impermeable?").
            spanish = self._translate(_units(query, keep), "es")
            return spanish if spanish.matched else None
        detected = self.detect(query)
        if detected == PLAIN_ENGLISH:
            return None
        units = _units(query, keep)
        if not units:
            return None
        # Every glossary is tried (about 50 µs each): lingua's low-accuracy trigrams misname
        # some short questions ("le sac à dos est-il garanti à vie ?" as Spanish), and the
        # glossary that explains most of the query's words is a good judge of its language.
        # The detected language wins ties.
        candidates = [self._translate(units, code) for code in available]
        # Evidence: a foreign word; in the detected language also a word the glossary turns
        # into another one even if MiniLM's vocabulary has it ("ne marche pas" -> "not
        # work"; a French "long" -> "long" is none). lingua's "en" on a text that missed the
        # fast path ("Avete sconti per studenti?") needs two foreign words.
        needed = 2 if detected == "en" else 1
        accepted = [
            t for t in candidates if t.evidence >= needed or (t.language == detected and t.changed)
        ]
        if not accepted:
            return None
        return max(
            accepted,
            key=lambda t: t.covered + t.function / 2 + (0.75 if t.language == detected else 0),
        )

    def _translate(self, units: list[_Unit], code: str) -> Translation:
        glossary = self.language(code)
        text: list[str] = []
        expanded: list[str] = []
        result = Translation(code, "", "")

        def use(entries: list[Entry], source: list[_Unit]) -> None:
            for entry in entries:
                if not entry.english:
                    result.function += len(source)
                    continue
                # Evidence of the language: a matched word that is neither an English word
                # nor the English term itself (loanwords: "beanie", "softshell", "online").
                loan = {w for term in entry.english for w in fold(term).split()}
                changed = [u for u in source if len(u.word) > 2 and fold(u.word) not in loan]
                foreign = any(fold(u.word) not in self._english for u in changed)
                text.append(entry.english[0])
                expanded.extend(entry.english)
                result.matched += 1
                result.terms.append((" ".join(u.text for u in source), entry.english[0]))
                result.evidence += foreign
                result.changed += bool(changed)
                result.covered += len(source) if changed else 0

        i = 0
        while i < len(units):
            unit = units[i]
            if unit.protected:
                text.append(unit.text)
                expanded.append(unit.text)
                i += 1
                continue
            size = min(glossary.max_words, len(units) - i)
            if size > 1 and not glossary.starts_phrase(unit.word):
                size = 1
            while size:
                span = units[i : i + size]
                if not any(u.protected for u in span):
                    # An English word in a foreign question ("Apple Pay") is matched only
                    # as the glossary writes it, not by its stem (French "pays").
                    english = size == 1 and unit.word in self._english
                    entry = glossary.lookup([u.word for u in span], stems=not english)
                    if entry is not None:
                        use([entry], span)
                        break
                size -= 1
            if size:
                i += size
                continue
            parts: list[Entry] | None = None
            if code == "de" and _UMLAUT_SPELLING.search(unit.word):
                # Umlauts typed as "ue", "oe", "ae" ("Rueckgabe", "Groesse").
                respelt = glossary.lookup([_UMLAUT_SPELLING.sub(_umlaut, unit.word)])
                parts = [respelt] if respelt is not None else None
            if parts is None and code in _COMPOUNDING and len(unit.word) >= 2 * _MIN_PART + 1:
                word = fold(unit.word)
                if code == "de":
                    word = _UMLAUT_SPELLING.sub(_umlaut, word)
                parts = glossary.split_compound(word)
            if parts:
                use(parts, [unit])
            else:
                text.append(unit.text)
                expanded.append(unit.text)
            i += 1
        result.text = " ".join(text)
        result.expanded = " ".join(expanded)
        return result


def _units(query: str, keep: Callable[[str], bool]) -> list[_Unit]:
    """The query's words. Codes (a digit, or upper-case parts joined by hyphens or dots),
    product names (`keep`) and clothing sizes in capitals ("talla M") are protected, except
    a word elided before an apostrophe ("L'article", "J'ai"); other hyphenated words are
    split into their parts ("t-shirt", "est-ce")."""
    units: list[_Unit] = []
    for match in _QUERY_TOKEN.finditer(query):
        token, elided = match.group(1), bool(match.group(2))
        lower = token.lower()
        joined = _SEPARATOR.search(token) is not None
        if not elided and (
            _DIGIT.search(token) or (joined and token.isupper()) or token in _SIZES or keep(lower)
        ):
            units.append(_Unit(token, lower, True))
        elif joined:
            units += [_Unit(part, part.lower(), False) for part in _SEPARATOR.split(token) if part]
        else:
            units.append(_Unit(token, lower, False))
    return units


@functools.cache
def translator(*extra: Path) -> QueryTranslator:
    """The process's translator: the packaged glossary, plus the entries of each `extra`
    glossary file after it (triage adds its crisis vocabulary), read on first use."""
    from .spelling import english_words

    merged = load_glossary()
    for path in extra:
        for code, entries in load_glossary(path).items():
            merged[code] = [*merged.get(code, []), *entries]
    return QueryTranslator(merged, english=english_words())
