"""What the trained semantic head reads for each clause of a post.

MiniLM is an English model: a Spanish or German clause embeds near other Spanish or
German text whatever it says, so the head (fitted mostly on English posts) could not
tell "me quiero morir" from "me muero por esas botas". A post in one of the glossary
languages is therefore read through the retrieval translator
(`knowledge/crosslingual.py`) with two glossaries: the store vocabulary
(`knowledge/glossary/terms.tsv`) and the vocabulary of crises, threats, complaints and
their false friends (`triage/glossary/crisis_terms.tsv`, idioms mapped to their harmless
meaning: "me muero por" -> "I really want"). Each clause is rewritten word by word into
English (unknown words kept), then embedded. The training script builds its inputs with
the same function, so the head is fitted on exactly what it reads at triage time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

CRISIS_GLOSSARY = Path(__file__).with_name("glossary") / "crisis_terms.tsv"

# Elongations ("gonna suuue you", "pleeease") break into word pieces the model never saw
# together ("su", "##uu", "##e"); a run of three or more of one letter is read as one.
_ELONGATION = re.compile(r"([^\W\d_])\1{2,}")


def _squeeze(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    whole_word = (start == 0 or not text[start - 1].isalpha()) and (
        end == len(text) or not text[end].isalpha()
    )
    # A whole word of three identical letters is an acronym ("www", "bbb"): kept.
    return match.group(0) if whole_word and end - start == 3 else match.group(1)


def head_text(clause: str) -> str:
    """The clause as the trained head reads it (training and triage alike)."""
    return _ELONGATION.sub(_squeeze, clause)


def head_inputs(clauses: Sequence[str], language: str | None) -> list[str]:
    """The texts the head embeds for `clauses` of a post in `language` (ISO code; None
    or "en": read as written)."""
    texts = [head_text(clause) for clause in clauses]
    if language is None or language == "en":
        return texts
    from ..knowledge.crosslingual import translator as glossary_translator

    translator = glossary_translator(CRISIS_GLOSSARY)
    return [translator.translate_as(text, language) for text in texts]
