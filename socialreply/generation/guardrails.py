"""Checks and repairs applied to every draft before it is returned.

- Grounding: every number, price, percentage, duration, policy term and promise in a draft
  must be supported by a retrieved fact (or the brand settings the prompt gave the model).
  `find_ungrounded_claims` lists the ones that are not; the assistant re-asks the model
  once and, if the claim is still there, replaces the draft with the macro draft (which
  only contains fact sentences) — an unsupported price or deadline is worse than a plainer
  reply.
- Length: `truncate` cuts at a sentence boundary (a word boundary plus "…" when one
  sentence is already too long), counting as the platform counts.
- PII: personal data the customer posted is never repeated in a public reply.
- Links and e-mail addresses: only those that appear in the knowledge base or brand
  settings survive.
- Banned phrases: the sentence containing one is removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..platforms import Counting, PlatformProfile, count_length
from ..types import DraftWarning, PIIMatch


@lru_cache(maxsize=4096)
def _count(text: str, counting: Counting) -> int:
    return count_length(text, counting)


def length(text: str, profile: PlatformProfile) -> int:
    """`text`'s length as `profile`'s platform counts it. Memoised: X's weighted count
    parses the text (about 1.5 ms), and a draft is measured several times."""
    return _count(text, profile.counting)


# --- grounding ----------------------------------------------------------------------
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
_NUMBER_WORD_RE = re.compile(
    r"\b(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_NUM = r"\d+(?:[.,]\d+)*"
_MONEY_RE = re.compile(
    rf"(?:[$€£]\s?{_NUM}|{_NUM}\s?(?:USD|EUR|GBP|CAD|dollars?|euros?|pounds?)\b)", re.IGNORECASE
)
_PERCENT_RE = re.compile(rf"{_NUM}\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_DURATION_RE = re.compile(
    rf"{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?[\s-]+(?:business\s+|working\s+|calendar\s+)?"
    r"(?:minute|hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)
_PLAIN_NUMBER_RE = re.compile(_NUM)
_DIGITS_RE = re.compile(_NUM)

# Policy terms a reply may only use when a fact uses them; `None` = the phrase itself.
_POLICY_TERMS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (r"free (?:shipping|delivery)", None),
    (r"free (?:returns?|exchanges?)", None),
    (r"free (?:replacement|repair)s?", None),
    (r"full refund", None),
    (r"(?:money[- ]back|satisfaction|lifetime|price[- ]match) guarantee", None),
    (r"lifetime warranty", None),
    (r"warranty", None),
    (r"store credit", None),
    (r"price match(?:ing)?", ("price match",)),
    (r"no questions asked", None),
    (r"prepaid (?:return )?label", ("prepaid",)),
    (r"restocking fee", None),
    (r"gift card", None),
    (r"(?:discount|promo|coupon) code", ("code",)),
    (r"compensation", ("compensat",)),
)
_POLICY_RE = tuple((re.compile(rf"\b{p}\b", re.IGNORECASE), p, s) for p, s in _POLICY_TERMS)
_PROMISE_RE = re.compile(
    r"\b(?:we(?:'ll| will| can| are going to)|i(?:'ll| will| can)|you(?:'ll| will) (?:get|receive))"
    r"\s+(?:(?:be\s+)?(?:happy to|able to|gladly)\s+)?"
    r"(refund|replace|reimburse|compensate|credit|waive|upgrade|a refund|a replacement|a discount)",
    re.IGNORECASE,
)
_PROMISE_SUPPORT = {
    "refund": "refund",
    "a refund": "refund",
    "replace": "replac",
    "a replacement": "replac",
    "reimburse": "reimburs",
    "compensate": "compensat",
    "credit": "credit",
    "waive": "waive",
    "upgrade": "upgrade",
    "a discount": "discount",
}


def words_to_digits(text: str) -> str:
    """``thirty days`` -> ``30 days``, so spelled-out numbers are checked like digits."""
    return _NUMBER_WORD_RE.sub(lambda m: str(_NUMBER_WORDS[m.group(1).lower()]), text)


def _norm_number(raw: str) -> str:
    value = raw.replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value or "0"


def _numbers(text: str) -> set[str]:
    return {_norm_number(m.group(0)) for m in _DIGITS_RE.finditer(text)}


@lru_cache(maxsize=4096)
def _fact_reading(text: str) -> tuple[str, frozenset[str]]:
    """A fact or brand text as the checks read it (number words as digits, lower case)
    and its numbers. Why cached: the same knowledge-base facts and brand texts come back
    for post after post, and every draft builds its `GroundingSources`."""
    read = words_to_digits(text).lower()
    return read, frozenset(_numbers(read))


@dataclass(frozen=True)
class Claim:
    kind: str  # money | percent | duration | number | policy | promise
    text: str


def find_claims(text: str) -> list[Claim]:
    """Checkable statements in a draft: amounts, rates, durations, numbers, policy terms."""
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    normalised = words_to_digits(text)

    def overlaps(span: tuple[int, int]) -> bool:
        return any(span[0] < end and start < span[1] for start, end in taken)

    for kind, rx in (("money", _MONEY_RE), ("percent", _PERCENT_RE), ("duration", _DURATION_RE)):
        for m in rx.finditer(normalised):
            if not overlaps(m.span()):
                taken.append(m.span())
                claims.append(Claim(kind, m.group(0)))
    for m in _PLAIN_NUMBER_RE.finditer(normalised):
        if not overlaps(m.span()):
            claims.append(Claim("number", m.group(0)))
    for rx, _pattern, _support in _POLICY_RE:
        for m in rx.finditer(text):
            claims.append(Claim("policy", m.group(0)))
    for m in _PROMISE_RE.finditer(text):
        claims.append(Claim("promise", m.group(0)))
    return claims


@dataclass
class GroundingSources:
    """Text a draft may draw claims from. Numbers the customer wrote may be echoed (an
    item count, a date); amounts, rates, durations and policy must come from facts."""

    facts: list[str]
    brand: list[str] = field(default_factory=list)
    post: str = ""

    def __post_init__(self) -> None:
        read = [_fact_reading(t) for t in [*self.facts, *self.brand]]
        self._fact_texts = [text for text, _ in read]
        self._fact_numbers = [numbers for _, numbers in read]
        self._all_fact_numbers = set().union(*self._fact_numbers) if self._fact_numbers else set()
        self._post_numbers = _numbers(words_to_digits(self.post))

    def supports(self, claim: Claim) -> bool:
        if claim.kind in ("money", "percent", "duration"):
            needed = _numbers(claim.text)
            unit = _unit_marker(claim)
            return any(
                needed <= numbers and (unit is None or unit in text)
                for text, numbers in zip(self._fact_texts, self._fact_numbers, strict=True)
            )
        if claim.kind == "number":
            value = _norm_number(claim.text)
            return value in self._all_fact_numbers or value in self._post_numbers
        if claim.kind == "policy":
            stems = _policy_support(claim.text)
            return any(all(s in text for s in stems) for text in self._fact_texts)
        stem = _PROMISE_SUPPORT.get(_promise_verb(claim.text), _promise_verb(claim.text))
        return any(stem in text for text in self._fact_texts)


def _unit_marker(claim: Claim) -> str | None:
    if claim.kind == "percent":
        return None  # "%", "percent" and "per cent" all state the same rate
    if claim.kind == "duration":
        m = re.search(r"(minute|hour|day|week|month|year)", claim.text, re.IGNORECASE)
        return m.group(1).lower() if m else None
    return None


def _policy_support(term: str) -> tuple[str, ...]:
    low = " ".join(term.lower().replace("-", " ").split())
    for rx, _pattern, support in _POLICY_RE:
        if rx.fullmatch(term):
            return support or (low,)
    return (low,)


def _promise_verb(promise: str) -> str:
    m = _PROMISE_RE.search(promise)
    return m.group(1).lower() if m else promise.lower()


def find_ungrounded_claims(text: str, sources: GroundingSources) -> list[str]:
    """The claims in `text` that no source supports, in order, without duplicates."""
    out: list[str] = []
    for claim in find_claims(text):
        if not sources.supports(claim) and claim.text not in out:
            out.append(claim.text)
    return out


# --- length -------------------------------------------------------------------------
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+")


# --- non-replies ------------------------------------------------------------------------
# Small models sometimes answer with the customer's own words or a canned refusal. Neither
# is a reply an agent could send, so the pipeline treats both like invalid output.
_REFUSAL_RE = re.compile(
    r"\bI\s*(?:can(?:no|['’])t|cannot|am unable to|['’]m unable to|am not able to)\s+"
    r"(?:assist|help)\s+with\s+(?:that|this|your)\b",
    re.IGNORECASE,
)
_WORDS_RE = re.compile(r"\w+")


def _plain(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text.lower()))


def non_reply_reason(reply: str, post: str) -> str | None:
    """Why `reply` is not a reply to `post` (a refusal, or the post repeated), else None."""
    from rapidfuzz import fuzz

    text = reply.strip()
    if _REFUSAL_RE.search(text) and len(text) < 240:
        return "the model refused to answer"
    answer, asked = _plain(text), _plain(post)
    if not asked:
        return None
    if fuzz.ratio(answer, asked) >= 85:
        return "the model repeated the customer's post instead of replying"
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if (
        first.endswith("?")
        and len(_plain(first)) >= 15
        and fuzz.partial_ratio(_plain(first), asked) >= 85
    ):
        return "the model repeated the customer's question instead of answering it"
    return None


def truncate(text: str, profile: PlatformProfile) -> str:
    """`text` cut to the platform limit at a sentence boundary, else a word boundary."""
    if length(text, profile) <= profile.limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END_RE.split(text):
        candidate = f"{kept} {sentence}".strip()
        if length(candidate, profile) > profile.limit:
            break
        kept = candidate
    if kept:
        return kept
    words = text.split()
    kept = ""
    for word in words:
        candidate = f"{kept} {word}".strip()
        if length(candidate + "…", profile) > profile.limit:
            break
        kept = candidate
    return (kept.rstrip(",;:") + "…") if kept else text[: max(profile.limit - 1, 0)] + "…"


# --- PII, links, banned phrases -----------------------------------------------------
_PII_REPLACEMENT = {
    "email": "your e-mail address",
    "phone": "your phone number",
    "card_number": "your card",
    "order_number": "your order",
    "address": "your address",
}
_DIGIT_RUN_RE = re.compile(r"\+?\d[\d\s().-]{4,}\d")


def scrub_pii(text: str, pii: Sequence[PIIMatch], *, public: bool) -> tuple[str, list[str]]:
    """Replace personal data from the post that the draft repeats. In a private message
    only card numbers are removed; in public everything is."""
    removed: list[str] = []
    for match in pii:
        if not public and match.kind != "card_number":
            continue
        replacement = _PII_REPLACEMENT[match.kind]
        value = match.text.strip()
        if not value:
            continue
        pattern = re.compile(re.escape(value), re.IGNORECASE)
        if pattern.search(text):
            text = pattern.sub(replacement, text)
            removed.append(match.kind)
        digits = re.sub(r"\D", "", value)
        if len(digits) >= 5:

            def repl(m: re.Match[str], digits: str = digits, replacement: str = replacement) -> str:
                return replacement if re.sub(r"\D", "", m.group(0)) == digits else m.group(0)

            new_text = _DIGIT_RUN_RE.sub(repl, text)
            if new_text != text:
                text = new_text
                removed.append(match.kind)
            bare = re.compile(rf"(?<!\d){digits}(?!\d)")
            if bare.search(text):
                text = bare.sub(replacement, text)
                removed.append(match.kind)
    return _tidy(text), sorted(set(removed))


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|shop|store|uk|de|fr|es|ly)"
    r"(?:/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)


def _norm_link(link: str) -> str:
    link = link.lower().rstrip(".,;:!?")
    link = re.sub(r"^https?://", "", link)
    return link.removeprefix("www.").rstrip("/")


def scrub_links(text: str, allowed_text: Iterable[str]) -> tuple[str, list[str]]:
    """Remove links and e-mail addresses that do not appear in `allowed_text`."""
    haystack = " ".join(_norm_link(t) for t in allowed_text)
    removed: list[str] = []

    def check(m: re.Match[str]) -> str:
        value = m.group(0)
        core = _norm_link(value)
        if core and core in haystack:
            return value
        removed.append(value.rstrip(".,;:!?"))
        trailing = value[len(value.rstrip(".,;:!?")) :]
        return trailing

    text = _EMAIL_RE.sub(check, text)
    text = _LINK_RE.sub(check, text)
    return _tidy(text), removed


def scrub_banned(text: str, banned: Sequence[str]) -> tuple[str, list[str]]:
    """Drop every sentence containing a banned phrase (case-insensitive)."""
    found = [p for p in banned if p and p.lower() in text.lower()]
    if not found:
        return text, []
    kept = [
        s for s in _SENTENCE_END_RE.split(text) if not any(p.lower() in s.lower() for p in found)
    ]
    return _tidy(" ".join(kept)), found


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    text = re.sub(r"([:,])(?=[.!?])", "", text)
    return " ".join(text.split())


# --- the combined pass --------------------------------------------------------------
@dataclass
class GuardrailResult:
    text: str
    warnings: list[DraftWarning] = field(default_factory=list)


def scrub(
    text: str,
    *,
    profile: PlatformProfile,
    pii: Sequence[PIIMatch],
    allowed_link_text: Iterable[str],
    banned_phrases: Sequence[str],
) -> GuardrailResult:
    """PII, link and banned-phrase repairs, then the length cut; each adds a warning."""
    warnings: list[DraftWarning] = []
    text, kinds = scrub_pii(text, pii, public=profile.public)
    if kinds:
        warnings.append(
            DraftWarning(
                code="pii_removed",
                message="removed personal data repeated from the post: " + ", ".join(kinds),
            )
        )
    text, links = scrub_links(text, allowed_link_text)
    if links:
        warnings.append(
            DraftWarning(
                code="link_removed",
                message="removed links not found in the knowledge base: " + ", ".join(links),
            )
        )
    text, phrases = scrub_banned(text, banned_phrases)
    if phrases:
        warnings.append(
            DraftWarning(
                code="banned_phrase",
                message="removed sentences with banned phrases: " + ", ".join(phrases),
            )
        )
    before = length(text, profile)
    if before > profile.limit:
        text = truncate(text, profile)
        warnings.append(
            DraftWarning(
                code="over_limit_truncated",
                message=f"draft was {before} of {profile.limit} allowed; cut to "
                f"{length(text, profile)} at a sentence boundary",
            )
        )
    return GuardrailResult(text=text, warnings=warnings)
