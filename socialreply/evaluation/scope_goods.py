"""The goods a shipping restriction in the facts is about, for `scope`: read off the fact
sentence itself, so a restriction on any brand's goods is recognised, not only the sample
store's.

"Lithium batteries ship to US addresses only", "Fuel canisters and bear spray are hazardous
materials: they ship by ground only ...", "Items we can't ship abroad: fuel canisters, bear
spray and power banks over 100 Wh": the goods are the sentence's subject, or the list after
a colon that follows a shipping verb. Each noun phrase, cut at its qualifiers ("for a
different size") and without its article, is matched in a reply as written, singular or
plural. A subject that names no goods ("Free exchanges", "Orders", "International
customers") is left out, and so are goods restricted only past a measure ("power banks
over 100 Wh": whether a reply's 37 Wh power bank is one of them is not for a word match to
say). A product named by its line and number ("Basecamp 150") counts on its own.

Replies in the other languages name the goods in translation: `scope_goods.yaml` holds
those names, keyed by the English phrase, as data beside this module.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

GOODS_FILE = Path(__file__).with_name("scope_goods.yaml")

# The subject: up to a colon, a parenthesis, a comma or its verb.
_SUBJECT = re.compile(
    r"^\s*(?P<np>[^:;,.()]+?)\s*(?::|\(|,|\s(?:are|is|ship|ships|shipped|can't|cannot|can not|"
    r"won't|may|must|only)\b)",
    re.I,
)
# A list of goods after "Items we can't ship abroad:" (a shipping verb before the colon).
_LIST_AFTER = re.compile(r"\b(?:ship\w*|sen[dt]|deliver\w*)\b[^:]*:(?P<list>[^.]+)", re.I)
_PARENTHESES = re.compile(r"\([^)]*\)?")
_LIST_BREAK = re.compile(r",|;|\s(?:and|or|&)\s", re.I)
# A noun phrase ends where its qualifiers start: "exchanges for a different size".
_QUALIFIER = re.compile(
    r"\s(?:with|without|for|of|from|to|in|on|at|within|by|that|which)\b.*$", re.I | re.S
)
# Goods restricted only past a measure are not read (see the module doc).
_MEASURE = re.compile(
    r"\s(?:over|above|under|below|more than|less than|at least|up to|exceeding|larger|bigger|"
    r"heavier|smaller|lighter|weighing)\s",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|our|all|any|some|these|those|a|an|your|their)\s+", re.I)
# Subjects that are no goods: a service, a person, a place, a pronoun.
_NOT_GOODS = re.compile(
    r"exchange|return|refund|order|shipping|shipment|delivery|customer|replacement|item|"
    r"product|package|parcel|address|benefit|point|reward|warehouse|store|team|we|it|they|"
    r"this|that|everything|nothing|express|standard|overnight|expedited|label|resident|"
    r"recipient|shopper|buyer|member|account|country|state|region|service|option|method|"
    r"plan|payment",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][\w'-]*|\d+(?:\.\d)?")
# "Basecamp 150 Power Station" is named by its product line and number.
_PRODUCT = re.compile(r"\b([A-Z][a-z]{3,} \d+(?:\.\d)?)\b")
_MAX_WORDS = 5


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def _plural_free(word: str) -> str:
    """`word` (singular, lower case) as a pattern that also matches its plural."""
    stem = re.escape(word)
    if re.search(r"[^aeiou]y$", word):
        return stem[:-1] + "(?:y|ies)"
    if word.endswith(("ch", "sh", "x", "s")):
        return stem + "(?:es)?"
    return stem + "s?"


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A goods phrase ("fuel canister", "Lithium batteries") as a case-insensitive pattern
    that matches it singular or plural, with a space or a hyphen between its words."""
    words = phrase.split()
    parts = [re.escape(w.lower()) for w in words[:-1]] + [_plural_free(_singular(words[-1]))]
    return re.compile(rf"\b{'[ -]'.join(parts)}\b", re.I)


def _noun_phrase(text: str) -> str | None:
    """`text` cut to a noun phrase naming goods, or None when it names none."""
    if _MEASURE.search(text):
        return None
    text = _QUALIFIER.sub("", _ARTICLE.sub("", text.strip())).strip()
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_WORDS or " ".join(words) != text:
        return None
    if any(_NOT_GOODS.fullmatch(w) or _NOT_GOODS.fullmatch(_singular(w)) for w in words):
        return None
    return text


def goods_phrases(sentence: str) -> list[str]:
    """The goods `sentence` restricts, as noun phrases: its subject's, and those listed
    after a colon that follows a shipping verb."""
    found: list[str] = []
    pieces: list[str] = []
    subject = _SUBJECT.match(sentence)
    if subject is not None:
        # Qualifiers first: "Free exchanges for a different size or colour" is no list.
        pieces += _LIST_BREAK.split(_QUALIFIER.sub("", subject.group("np")))
    listed = _LIST_AFTER.search(sentence)
    if listed is not None:
        pieces += _LIST_BREAK.split(_PARENTHESES.sub(" ", listed.group("list")))
    for piece in pieces:
        phrase = _noun_phrase(piece)
        if phrase is not None and phrase.lower() not in (p.lower() for p in found):
            found.append(phrase)
    return found


@lru_cache(maxsize=1)
def _translations() -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """(the English phrase's pattern, the patterns a reply may use instead) per entry."""
    import yaml

    try:
        data = yaml.safe_load(GOODS_FILE.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {GOODS_FILE}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{GOODS_FILE}: a mapping of English goods phrases")
    out = []
    for phrase, entry in data.items():
        draft = entry.get("draft") if isinstance(entry, dict) else None
        if not isinstance(phrase, str) or not isinstance(draft, list):
            raise ConfigError(f"{GOODS_FILE}: {phrase!r}: needs a 'draft' list of patterns")
        try:
            compiled = tuple(re.compile(p, re.I) for p in draft)
        except (re.error, TypeError) as exc:
            raise ConfigError(f"{GOODS_FILE}: {phrase!r}: {exc}") from None
        out.append((phrase_pattern(phrase), compiled))
    return tuple(out)


def goods_of(sentence: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """How a reply may name the goods `sentence` restricts, and how another fact does
    (for a grant elsewhere): the noun phrases read off the sentence, the translations of
    the goods the table knows, and the products named by line and number."""
    draft_side: list[re.Pattern[str]] = []
    fact_side: list[re.Pattern[str]] = []
    for english, translated in _translations():
        if english.search(sentence):
            draft_side += [english, *translated]
            fact_side.append(english)
    for phrase in goods_phrases(sentence):
        named = phrase_pattern(phrase)
        draft_side.append(named)
        fact_side.append(named)
    for name in _PRODUCT.findall(sentence):
        named = re.compile(rf"\b{re.escape(name)}\b", re.I)
        draft_side.append(named)
        fact_side.append(named)
    return tuple(draft_side), tuple(fact_side)
