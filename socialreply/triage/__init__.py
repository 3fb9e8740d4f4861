"""Triage: escalation signals with evidence, personal data and language of a post.

``from socialreply import triage`` is the *function* `triage` (this package is re-exported
eagerly by ``socialreply/__init__``). Import-time cost stays small: regular expressions are
compiled on first use, and `phonenumbers`, `lingua` and `yaml` are imported inside the
functions that need them.
"""

from __future__ import annotations

from .engine import BLOCK_AUTO_SEND, build_escalation, is_question, merge_signals, triage
from .pii import find_pii, redact_pii
from .policy import TriagePolicy

__all__ = [
    "BLOCK_AUTO_SEND",
    "TriagePolicy",
    "build_escalation",
    "find_pii",
    "is_question",
    "merge_signals",
    "redact_pii",
    "triage",
]
