"""Session 19, round 2: a threat of violence that is shouted is anger as well.

Why: the anger score (`intensity.anger_signal`) weighs words, capitals and "!!!" against
delight, so a threat in plain words with one shouted tail ("I swear I will break his
jaw!!", "somebody is getting hurt. IM NOT JOKING") can stay under the threshold. Over
every labelled post, the 32 violence threats that shout ("!!" or two words in capitals)
are all labelled high_anger too, and the five the rules flagged as threats without anger
(blind55, blind73, blind76, blind86 x2) are all high_anger. A threat read only by the
semantic head does not count: the head's false threats would bring false anger with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Signal

# Three or more capitals as a word: "IM NOT JOKING", "USED", "ONE MORE TIME".
_CAPS_WORD = re.compile(r"\b[A-Z\u00c0-\u00de]{3,}\b")
# Capitals that are names, not shouting.
_ACRONYMS = frozenset(
    {"NW", "CEO", "HQ", "DM", "USA", "PCT", "JMT", "LOL", "OMG", "UPS", "DHL", "ASAP", "FTC"}
)


def shouts(text: str) -> bool:
    """Whether `text` has "!!" or at least two words in capitals (acronyms aside)."""
    sample = text[:2000]
    if "!!" in sample:
        return True
    words = [w for w in _CAPS_WORD.findall(sample) if w not in _ACRONYMS]
    return len(words) >= 2


def threat_shouted(text: str, signals: Sequence[Signal]) -> Signal | None:
    """A high_anger signal for a rule's violence threat in a shouting post, else None
    (also None when anger is already signalled)."""
    if any(s.category == "high_anger" for s in signals):
        return None
    threat = next(
        (s for s in signals if s.category == "violence_threat" and s.source == "rule"), None
    )
    if threat is None or not shouts(text):
        return None
    return Signal(
        category="high_anger",
        evidence=threat.evidence,
        source="rule",
        start=threat.start,
        end=threat.end,
    )
