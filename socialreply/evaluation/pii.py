"""PII detection for the no-PII-echo scorer.

Uses the triage layer's detector when it is installed (one definition of PII for the
whole library); falls back to conservative regular expressions otherwise so the scorers
never depend on the import order of other layers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..types import PIIKind, PIIMatch

_PATTERNS: tuple[tuple[PIIKind, re.Pattern[str]], ...] = (
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("card_number", re.compile(r"\b(?:\d[ -]?){13,19}\b")),
    (
        "phone",
        re.compile(r"(?<![\w#])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]\d{3}[\s.-]\d{4}\b"),
    ),
    (
        "order_number",
        re.compile(r"(?:#\s?|order\s+(?:no\.?|number|#)?\s*)([A-Z]{0,3}-?\d{4,})", re.I),
    ),
    (
        "address",
        re.compile(
            r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}"
            r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Dr|Drive|Way|Court|Ct)\b\.?"
        ),
    ),
)


def _fallback(text: str) -> list[PIIMatch]:
    found: list[PIIMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span(1) if m.groups() else m.span()
            if any(not (end <= s or start >= e) for s, e in taken):
                continue
            taken.append((start, end))
            found.append(PIIMatch(kind=kind, text=text[start:end], start=start, end=end))
    return found


@lru_cache(maxsize=1)
def _detector() -> Callable[[str], list[PIIMatch]]:
    try:
        from ..triage import pii as triage_pii  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback
    for name in ("detect_pii", "find_pii", "scan_pii"):
        fn = getattr(triage_pii, name, None)
        if callable(fn):
            return _wrap(fn)
    return _fallback


def _wrap(fn: Callable[..., object]) -> Callable[[str], list[PIIMatch]]:
    def detect(text: str) -> list[PIIMatch]:
        result = fn(text)
        if isinstance(result, list) and all(isinstance(m, PIIMatch) for m in result):
            return result
        return _fallback(text)

    return detect


def find_pii(text: str) -> list[PIIMatch]:
    return _detector()(text)


def pii_key(match: PIIMatch) -> str:
    """Comparable form: digits only for numbers, lower-case for the rest."""
    if match.kind in ("phone", "card_number", "order_number"):
        return re.sub(r"\D", "", match.text)
    return " ".join(match.text.lower().split())
