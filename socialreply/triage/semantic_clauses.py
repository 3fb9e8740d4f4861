"""Clauses of a post for the semantic pass: sentences and the clauses within them, with
their offsets, plus the whole post as one more unit for the trained head.

Shared by triage (`semantic.py`) and the scripts that train the head and build the
neighbour indexes (``benchmarks/train_semantic_head.py``, ``build_triage_neighbours.py``):
they must cut a post exactly as triage does, or the head would score units it never saw.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

# More clauses than this are not embedded: a long paste is cut to its first clauses (the
# rules still read all of it) so one post cannot cost a large embedding batch.
MAX_CLAUSES = 32
_MIN_CLAUSE_CHARS = 8
_MAX_CLAUSE_CHARS = 400

# Sentence ends, line breaks, and connectives where people glue two thoughts together
# ("...the order mess, anyway where's my refund").
_SENTENCE = re.compile(r"[^.!?;\n…]+[.!?;…]*", re.UNICODE)
_CLAUSE_BREAK = re.compile(
    r",|\s[-–—]\s|\s(?:but|anyway|and then|so|because|bc|tbh|lol|honestly)\s", re.IGNORECASE
)


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    end: int


def split_clauses(text: str) -> list[Clause]:
    """Sentences of `text` and, for sentences with several parts, their clauses, with
    offsets into `text`. Whole sentences keep context ("I don't want to wake up tomorrow");
    clauses isolate a thought buried in a complaint ("..., gonna end it, anyway refund")."""
    out: list[Clause] = []
    seen: set[str] = set()

    def add(start: int, end: int) -> None:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        piece = text[start:end]
        key = piece.casefold()
        if len(piece) >= _MIN_CLAUSE_CHARS and key not in seen:
            seen.add(key)
            out.append(Clause(piece[:_MAX_CLAUSE_CHARS], start, min(end, start + 400)))

    for sentence in _SENTENCE.finditer(text):
        s_start, s_end = sentence.span()
        add(s_start, s_end)
        cuts = [m for m in _CLAUSE_BREAK.finditer(text, s_start, s_end)]
        prev = s_start
        for cut in cuts:
            add(prev, cut.start())
            prev = cut.end()
        if cuts:
            add(prev, s_end)
        if len(out) >= MAX_CLAUSES:
            break
    if not out and text.strip():
        stripped = text.strip()
        start = text.index(stripped)
        out.append(Clause(stripped[:_MAX_CLAUSE_CHARS], start, start + len(stripped)))
    return out[:MAX_CLAUSES]


def whole_post(text: str, clauses: Sequence[Clause]) -> Clause | None:
    """The whole post as one more unit for the trained head, when it has several
    sentences (None otherwise, or when a clause already is the whole post).

    A crisis told across sentences ("bought the bag for one last trip. won't be needing
    the return label") is in no single clause. The unit's vector is the normalised mean
    of the clause vectors (`with_whole_post`), not another pass of the model: out of fold
    it found as much as embedding the whole post did (crisis recall 0.62 -> 0.68, urgent
    0.77 -> 0.84 against clauses alone; session 5, `benchmarks/train_semantic_head.py`)
    at no extra inference."""
    sentences = sum(1 for m in _SENTENCE.finditer(text) if m.group(0).strip())
    stripped = text.strip()
    if sentences < 2 or not stripped:
        return None
    start = text.index(stripped)
    whole = stripped[:_MAX_CLAUSE_CHARS]
    if whole.casefold() in {c.text.casefold() for c in clauses}:
        return None
    return Clause(whole, start, start + len(whole))


F = TypeVar("F", bound=np.floating[Any])


def with_whole_post(vectors: npt.NDArray[F]) -> npt.NDArray[F]:
    """`vectors` (one L2-normalised row per clause) plus the whole-post row: their
    normalised mean, in the vectors' own precision (the training script calls it on its
    float64 design matrix, triage on the embedder's float32 vectors)."""
    mean = vectors.mean(axis=0)
    mean = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return np.vstack([vectors, mean[None, :]]).astype(vectors.dtype, copy=False)
