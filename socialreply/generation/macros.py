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

from ..platforms import PlatformProfile
from ..types import Fact
from .prompting import PromptPack

MacroKind = Literal["intent", "extractive", "no_knowledge", "acknowledge", "holding"]


@dataclass(frozen=True)
class Intent:
    name: str
    patterns: tuple[str, ...]
    # Informational intents have nothing to say without facts; the others route the
    # customer to a private channel and are still useful when retrieval found nothing.
    needs_facts: bool
    # Vocabulary that marks a fact sentence as on-topic for this intent.
    terms: tuple[str, ...] = ()
    # Ties between intents are broken by this order (lower wins).
    priority: int = 50

    def score(self, text: str) -> int:
        return sum(1 for rx in self._compiled if rx.search(text))

    @property
    def _compiled(self) -> tuple[re.Pattern[str], ...]:
        return _COMPILED[self.name]


# English first, then cheap Spanish/French/German/Portuguese keywords.
INTENTS: tuple[Intent, ...] = (
    Intent(
        "damaged_item",
        (
            r"\b(damaged|broken|torn|ripped|defective|faulty|cracked|leak(s|ing|ed)?)\b",
            r"\b(fell apart|stopped working|came apart|doesn'?t work|does not work)\b",
            r"\b(roto|rota|dañad[oa]|cassée?|endommagée?|kaputt|beschädigt|defekt)\b",
        ),
        needs_facts=False,
        terms=("damaged", "defective", "warranty", "photo", "replacement", "repair", "claim"),
        priority=10,
    ),
    Intent(
        "wrong_item",
        (
            r"\bwrong (item|size|colou?r|product|order|jacket|one)\b",
            r"\b(not what i ordered|sent me (the |a )?wrong|incorrect (item|order)|missing item)",
            r"\b(producto equivocado|mauvais article|falsche[sn]? (artikel|produkt))\b",
        ),
        needs_facts=False,
        terms=("wrong", "incorrect", "exchange", "return", "label", "replacement"),
        priority=11,
    ),
    Intent(
        "cancellation",
        (r"\bcancel(l?ing|l?ed|lation)?\b", r"\b(cancelar|annuler|stornieren|storno)\b"),
        needs_facts=False,
        terms=("cancel", "cancellation", "order", "shipped", "processed"),
        priority=12,
    ),
    Intent(
        "refund_status",
        (
            r"\brefund(ed|s)?\b",
            r"\bmoney back\b",
            r"\b(reembolso|remboursement|rückerstattung|erstattung|reembolsar)\b",
        ),
        needs_facts=False,
        terms=("refund", "refunds", "processed", "original", "payment", "business", "days"),
        priority=13,
    ),
    Intent(
        "return_request",
        (
            r"\breturn(ing|s|ed)?\b",
            r"\b(send (it|them) back|exchange)\b",
            r"\b(devolver|devolución|retour(ner)?|rücksendung|zurückschicken|umtausch)\b",
        ),
        needs_facts=False,
        terms=("return", "returns", "exchange", "label", "days", "unworn", "condition"),
        priority=14,
    ),
    Intent(
        "order_status",
        (
            r"\bwhere('?s| is) my (order|package|parcel|stuff|delivery)\b",
            r"\b(order status|tracking|track my|not (arrived|received))\b",
            r"\bhasn'?t (arrived|shipped|come)\b",
            r"\b(still waiting|never (arrived|received|came))\b",
            r"\bwhen will (it|my order) (arrive|ship)\b",
            r"\b(dónde está mi pedido|mi pedido|ma commande|meine bestellung|meu pedido)\b",
        ),
        needs_facts=False,
        terms=("order", "tracking", "shipped", "confirmation", "email", "status", "dispatch"),
        priority=15,
    ),
    Intent(
        "account_login",
        (
            r"\b(log ?in|sign ?in|password|locked out|reset|two-factor|2fa|verification code)\b",
            r"\bmy account\b",
            r"\b(contraseña|mot de passe|passwort|cuenta|compte|konto)\b",
        ),
        needs_facts=False,
        terms=("account", "password", "reset", "login", "email", "sign"),
        priority=16,
    ),
    Intent(
        "international_shipping",
        (
            r"\b(international(ly)?|overseas|abroad|worldwide|customs|duties|import (tax|fees))\b",
            r"\b(ship|deliver|shipping|send)\w* (to|in) (canada|the uk|uk|europe|australia|mexico|"
            r"germany|france|spain|japan|brazil|india|ireland|italy|new zealand)\b",
            r"\b(envío internacional|livraison internationale|internationaler versand)\b",
        ),
        needs_facts=True,
        terms=("international", "countries", "customs", "duties", "ship", "shipping", "canada"),
        priority=20,
    ),
    Intent(
        "shipping_times",
        (
            r"\bhow (long|fast|quickly)\b.*\b(ship|shipping|deliver|delivery|arrive|take)",
            r"\b(shipping|delivery) (time|times|cost|costs|speed|options|date)\b",
            r"\b(express|expedited|overnight|standard shipping|free shipping)\b",
            r"\b(envío|livraison|lieferzeit|versand|entrega)\b",
        ),
        needs_facts=True,
        terms=("shipping", "delivery", "business", "days", "standard", "express", "orders"),
        priority=21,
    ),
    Intent(
        "out_of_stock",
        (
            r"\b(out of stock|sold out|back in stock|restock(ed|ing)?|available again)\b",
            r"\b(agotado|épuisée?|ausverkauft|esgotado)\b",
        ),
        needs_facts=True,
        terms=("stock", "restock", "available", "notify", "waitlist", "inventory"),
        priority=22,
    ),
    Intent(
        "price_discount",
        (
            r"\b(discount|coupon|promo|voucher|sale|deal|price match|cheaper)\b",
            r"\b(price|prices|how much|cost)\b",
            r"\b(descuento|precio|réduction|prix|rabatt|preis|desconto)\b",
        ),
        needs_facts=True,
        terms=("price", "discount", "code", "sale", "promotion", "match", "$"),
        priority=23,
    ),
    Intent(
        "product_question",
        (
            r"\b(waterproof|water-resistant|insulated|warm enough|breathable|material|fabric)\b",
            r"\b(size|sizing|fit|fits|weight|dimensions|capacity|compatible|recommend)\b",
            r"\b(does|will|can) (it|this)\b[^.?!]*\?",
            r"\b(talla|taille|größe|impermeable|imperméable|wasserdicht)\b",
        ),
        needs_facts=True,
        terms=("material", "waterproof", "size", "fit", "weight", "features"),
        priority=30,
    ),
    Intent(
        "general_complaint",
        (
            r"\b(terrible|awful|worst|disappointed|disappointing|unacceptable|ridiculous)\b",
            r"\b(horrible|never (again|buying)|rude|waste of money|fed up|frustrat\w*|angry)\b",
            r"\b(pésimo|horrible|nul|enttäuscht|schrecklich|decepcionad[oa])\b",
        ),
        needs_facts=False,
        terms=("help", "support", "team", "contact"),
        priority=40,
    ),
    Intent(
        "praise_thanks",
        (
            r"\b(thank(s| you)|love (it|my|this|your|the)|amazing|awesome|fantastic)\b",
            r"\b(great (service|job|product|quality)|best (jacket|gear|brand|purchase))\b",
            r"\b(gracias|merci|danke|obrigad[oa])\b",
            r"[😍❤💚🙌👏]",
        ),
        needs_facts=False,
        priority=45,
    ),
)
HOLDING_INTENT = "crisis_holding"
REQUIRED_MACROS: tuple[str, ...] = (
    *(i.name for i in INTENTS),
    HOLDING_INTENT,
    "no_knowledge",
    "extractive",
    "acknowledge",
)
_COMPILED: dict[str, tuple[re.Pattern[str], ...]] = {
    i.name: tuple(re.compile(p, re.IGNORECASE) for p in i.patterns) for i in INTENTS
}
_BY_NAME = {i.name: i for i in INTENTS}


def get_intent(name: str) -> Intent | None:
    return _BY_NAME.get(name)


def classify_intent(text: str) -> str | None:
    """The best-matching intent name, or None when no pattern matches."""
    best: tuple[int, int, str] | None = None
    for intent in INTENTS:
        hits = intent.score(text)
        if hits and (best is None or (-hits, intent.priority) < (best[0], best[1])):
            best = (-hits, intent.priority, intent.name)
    return best[2] if best else None


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
_MARKDOWN_RE = re.compile(r"^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)", re.MULTILINE)
_LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


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


def split_sentences(text: str) -> list[str]:
    """Fact text as clean sentences: Markdown markers removed, one sentence per item."""
    text = _LINK_RE.sub(r"\1 (\2)", text.replace("**", "").replace("__", ""))
    text = _MARKDOWN_RE.sub("", text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\S)", text):
        block = " ".join(block.split())
        if not block:
            continue
        for sentence in _SENTENCE_RE.split(block):
            sentence = sentence.strip()
            # Headings and table fragments are not sentences a reply can reuse.
            if len(sentence) >= 20 and " " in sentence:
                if sentence[-1] not in ".!?":
                    sentence += "."
                out.append(sentence)
    return out


@dataclass(frozen=True)
class ScoredSentence:
    text: str
    fact: Fact
    score: float


def select_sentences(
    query: str, facts: Sequence[Fact], *, intent: str | None = None, limit: int = 3
) -> list[ScoredSentence]:
    """The fact sentences most related to the query and the intent, best first.

    Query words count fully, intent vocabulary by half, and a small bonus follows the
    retrieval rank; a sentence must share at least one query or intent word.
    """
    query_tokens = tokens(query)
    spec = get_intent(intent) if intent else None
    intent_tokens = tokens(" ".join(spec.terms)) if spec else set()
    scored: list[ScoredSentence] = []
    seen: set[str] = set()
    for rank, fact in enumerate(facts):
        for sentence in split_sentences(fact.text):
            key = sentence.lower()
            if key in seen:
                continue
            seen.add(key)
            words = tokens(sentence)
            q = len(words & query_tokens)
            t = len(words & intent_tokens)
            if not q and not t:
                continue
            # Normalise by sentence length so long catalogue rows do not always win.
            density = (q + 0.5 * t) / (1.0 + len(words) ** 0.5)
            scored.append(ScoredSentence(sentence, fact, density + 0.3 / (rank + 1)))
    scored.sort(key=lambda s: s.score, reverse=True)
    return scored[:limit]


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
    ) -> MacroDraft:
        if holding:
            return self._render(HOLDING_INTENT, "holding", post, profile, [], name)
        intent_name = classify_intent(post)
        spec = get_intent(intent_name) if intent_name else None
        usable = list(facts) if relevant else []
        if spec is not None and (
            not spec.needs_facts
            or (usable and select_sentences(post, usable, intent=spec.name, limit=1))
        ):
            return self._render(spec.name, "intent", post, profile, usable, name)
        if usable and select_sentences(post, usable, limit=1):
            return self._render("extractive", "extractive", post, profile, usable, name)
        if not question:
            # A remark, not a question: thank and offer help instead of "good question".
            return self._render("acknowledge", "acknowledge", post, profile, [], name)
        return self._render("no_knowledge", "no_knowledge", post, profile, [], name)

    def _render(
        self,
        intent: str,
        kind: MacroKind,
        post: str,
        profile: PlatformProfile,
        facts: Sequence[Fact],
        name: str | None,
    ) -> MacroDraft:
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
                },
            )
            if profile.count(text) <= profile.limit or n <= 1:
                break
        cited: list[Fact] = []
        for s in used:
            if all(f.id != s.fact.id for f in cited):
                cited.append(s.fact)
        return MacroDraft(text=text, intent=intent, kind=kind, facts=cited)
