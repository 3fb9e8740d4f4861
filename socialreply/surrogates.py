"""Lone surrogates: bytes that were not UTF-8, kept by a ``surrogateescape`` decoder (the
batch readers, Python's command-line arguments). They crash UTF-8 encoders (the
tokenizers, JSON output, Chroma), so every reader of user text replaces each with one
U+FFFD, which keeps every other character's offset."""

from __future__ import annotations

import re

# One regex pass instead of a Python loop over every character (the batch hot paths).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogates(text: str) -> bool:
    return _LONE_SURROGATE.search(text) is not None


def replace_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)
