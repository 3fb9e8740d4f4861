"""`triage(post)`: escalation signals, personal data and language — no model, no network.

Signals come from the rules (`rules`), intensity and metrics (`intensity`), the brand's
keywords and personal data found in a public post. `merge_signals` adds signals from
elsewhere (an LLM classifier, retrieval's ``no_knowledge``) without ever removing one, and
recomputes the level and ``auto_send`` from the policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ..errors import InvalidPostError, UnknownPlatformError
from ..platforms import get_profile
from ..surrogates import replace_lone_surrogates
from ..types import (
    CATEGORIES,
    LEVELS,
    Escalation,
    EscalationLevel,
    PIIMatch,
    Post,
    Signal,
    TriageResult,
)
from .intensity import anger_signal, viral_signal
from .language import detect_language
from .normalize import prepare
from .pii import find_pii
from .policy import TriagePolicy
from .rules import apply_rules, default_prefilter, default_rules, keyword_rules
from .threat_anger import threat_shouted

if TYPE_CHECKING:
    from .semantic import SemanticTriage

# Categories whose presence alone stops automatic sending, whatever their level: exposed
# personal data must be handled in private by a person, and an attempt to steer the bot
# deserves human eyes before anything is posted under the brand's name.
BLOCK_AUTO_SEND: frozenset[str] = frozenset({"privacy_exposure", "prompt_injection"})
# A post longer than this is analysed on its head and tail only (a 100 KB paste is almost
# always a log or a copied thread; the rules still see where people usually write).
_MAX_ANALYSED = 20_000

_CATEGORY_ORDER = {c: i for i, c in enumerate(CATEGORIES)}
_LEVEL_ORDER = {lvl: i for i, lvl in enumerate(LEVELS)}


def _as_post(post: Post | str, platform: str) -> Post:
    if isinstance(post, Post):
        return post
    if not isinstance(post, str):
        raise InvalidPostError(f"a post must be a Post or a str, not {type(post).__name__}")
    get_profile(platform)  # UnknownPlatformError with the list of platforms
    try:
        return Post(text=post, platform=platform)  # type: ignore[arg-type]
    except ValidationError as exc:  # pragma: no cover - platform is validated above
        raise InvalidPostError(str(exc)) from None


def build_escalation(signals: Iterable[Signal], policy: TriagePolicy) -> Escalation:
    """Deduplicated signals, their categories (in the canonical order), the highest level
    and ``auto_send``, per `policy`."""
    disabled = set(policy.disabled)
    kept: list[Signal] = []
    seen: set[tuple[str, str, str]] = set()
    for signal in signals:
        if signal.category in disabled:
            continue
        key = (signal.category, signal.evidence.casefold(), signal.source)
        if key in seen:
            continue
        seen.add(key)
        kept.append(signal)
    categories = sorted({s.category for s in kept}, key=_CATEGORY_ORDER.__getitem__)
    level: EscalationLevel = max(
        (policy.level_of(c) for c in categories), key=_LEVEL_ORDER.__getitem__, default="none"
    )
    auto_send = level not in ("urgent", "crisis") and not (BLOCK_AUTO_SEND & set(categories))
    # Built from validated parts: construct without re-validating (hot path of the batch CLI).
    return Escalation.model_construct(
        level=level, categories=categories, signals=kept, auto_send=auto_send
    )


def merge_signals(
    escalation: Escalation, signals: Iterable[Signal], policy: TriagePolicy | None = None
) -> Escalation:
    """`escalation` plus `signals` (union), with level and ``auto_send`` recomputed.

    Signals from an LLM (``source="llm"``) pass through the policy's ``llm.merge``:
    ``union`` keeps them all, ``categories`` only those in ``llm.categories``, ``ignore``
    none. Existing signals are never removed.
    """
    policy = policy or TriagePolicy.default()
    added: list[Signal] = []
    for signal in signals:
        if signal.source == "llm":
            if policy.llm.merge == "ignore":
                continue
            if policy.llm.merge == "categories" and signal.category not in policy.llm.categories:
                continue
        added.append(signal)
    return build_escalation([*escalation.signals, *added], policy)


class _Window:
    """The part of a long post that is analysed: head + newline + tail. Spans found in it
    are shifted back to the original post's offsets."""

    def __init__(self, text: str) -> None:
        self.cut = len(text) > _MAX_ANALYSED
        half = _MAX_ANALYSED // 2
        self.text = text[:half] + "\n" + text[-half:] if self.cut else text
        self.tail = half + 1  # where the tail starts in the analysed text
        self.shift = len(text) - half - self.tail

    def signal(self, signal: Signal) -> Signal:
        if not self.cut or signal.start is None or signal.start < self.tail:
            return signal
        end = None if signal.end is None else signal.end + self.shift
        return signal.model_copy(update={"start": signal.start + self.shift, "end": end})

    def pii(self, match: PIIMatch) -> PIIMatch:
        if not self.cut or match.start < self.tail:
            return match
        return match.model_copy(
            update={"start": match.start + self.shift, "end": match.end + self.shift}
        )


def triage(
    post: Post | str,
    *,
    platform: str = "x",
    policy: TriagePolicy | None = None,
    semantic: bool | SemanticTriage = False,
) -> TriageResult:
    """Escalation signals, personal data and language of `post`.

    `platform` applies when `post` is a string; a `Post` carries its own. `semantic`
    adds the embedding pass (`semantic.py`) unless ``policy.semantic.enabled`` is false:
    ``True`` uses the shared MiniLM `SemanticTriage`, or pass your own; the default
    (rules only) loads no model. Raises
    `InvalidPostError` for an empty post and `UnknownPlatformError` for an unknown
    platform. Needs no knowledge base and no model.
    """
    post = _as_post(post, platform)
    policy = policy or TriagePolicy.default()
    # Lone surrogates (bytes that were not UTF-8, kept by a "surrogateescape" decoder)
    # crash the encoders below; one U+FFFD each keeps every offset, as `draft` does.
    text = replace_lone_surrogates(post.text)
    if not text.strip():
        raise InvalidPostError("the post text is empty")
    try:
        profile = get_profile(post.platform)
    except UnknownPlatformError:  # pragma: no cover - Post validates the platform
        raise
    window = _Window(text)
    analysed = window.text
    prepared = prepare(analysed)

    signals = list(apply_rules(prepared, default_rules(), prefilter=default_prefilter()))
    if policy.keywords:
        grouped = tuple((k.category, k.terms) for k in policy.keywords)
        signals.extend(apply_rules(prepared, keyword_rules(grouped)))
    anger = anger_signal(prepared, policy.anger)
    if anger is not None:
        signals.append(anger)
    pii = [window.pii(m) for m in find_pii(analysed, policy.pii)]
    language = post.language or detect_language(analysed, policy.languages)
    exposed = bool(pii) and profile.public
    if semantic is not False and policy.semantic.enabled:
        from .semantic import rule_vetoed, semantic_signals

        found = {s.category for s in signals}
        if exposed:
            found.add("privacy_exposure")
        # The language first: the head reads a non-English post through the glossaries.
        signals.extend(semantic_signals(analysed, policy, semantic, language, found))
        signals = rule_vetoed(analysed, signals, policy, semantic)
    # A rule's threat of violence that still stands, shouted, is anger as well
    # (`threat_anger`); after the veto, so a vetoed threat brings no anger.
    shouted = threat_shouted(analysed, signals)
    if shouted is not None:
        signals.append(shouted)
    signals = [window.signal(s) for s in signals]
    if exposed:
        kinds = sorted({p.kind.replace("_", " ") for p in pii})
        first = pii[0]
        signals.append(
            Signal(
                category="privacy_exposure",
                # The kind, never the data itself: evidence is stored and shown widely.
                evidence=f"{', '.join(kinds)} in a public post",
                source="rule",
                start=first.start,
                end=first.end,
            )
        )
    if post.metrics is not None or post.author is not None:
        viral = viral_signal(post, prepared.norm, policy.viral, negative=bool(signals))
        if viral is not None:
            signals.append(viral)
    escalation = build_escalation(_breach_not_scam(signals), policy)
    return TriageResult.model_construct(escalation=escalation, pii=pii, language=language)


# A phishing text or e-mail that knows the order is a data breach; the "scam" or
# "confirm payment" words in it are not a second, payment problem. A charge the customer
# never made ("someone used my card") stays fraud_payment.
_SCAM_EVIDENCE = re.compile(
    r"phish|scam|confirm payment|re-?enter|link|fake (?:text|sms|e-?mail|message)|hack|"
    r"arnaque|escroc|estafa|betrug|betr[üu]ger|truffa|golpe|oplicht|"
    # "un mail « Northwind » ... qui me demandait de payer à nouveau" (blind24)
    r"payer (?:à|a|de) nouveau|repayer|pagar de nuevo|nochmals? (?:zu )?(?:be)?zahlen|"
    r"pagare di nuovo|pagar novamente|opnieuw (?:te )?betalen",
    re.IGNORECASE,
)
_CHARGE_EVIDENCE = re.compile(
    r"charg|debit|bought|order|placed|spen[dt]|purchas|paid|used my card|\$\d", re.IGNORECASE
)


def _breach_not_scam(signals: list[Signal]) -> list[Signal]:
    if not any(s.category == "data_breach" for s in signals):
        return signals
    return [
        s
        for s in signals
        if not (
            s.category == "fraud_payment"
            and _SCAM_EVIDENCE.search(s.evidence)
            and not _CHARGE_EVIDENCE.search(s.evidence)
        )
    ]


_QUESTION_START = re.compile(
    r"^\s*(?:how|what|when|where|why|who|which|whose|can|could|do|does|did|is|are|was|were|"
    r"will|would|should|shall|may|might|any|anyone|has|have|qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|"
    r"por qu[eé]|puedo|pueden|tienen|hay|est-ce|pourquoi|quand|comment|o[uù]|combien|"
    r"pouvez|wie|was|wann|wo|warum|kann|k[oö]nnen|gibt es|habt)\b(?!['’])",
    re.IGNORECASE,
)


def is_question(text: str) -> bool:
    """Whether `text` asks something: a question mark, or a sentence opening with a
    question word ("how do I return…"), in the supported languages."""
    if "?" in text or "¿" in text:
        return True
    return any(_QUESTION_START.match(s) for s in re.split(r"(?<=[.!\n])\s+", text) if s)


def prefetch_triage(
    posts: Iterable[Post],
    *,
    policy: TriagePolicy | None = None,
    semantic: bool | SemanticTriage = True,
) -> None:
    """Prepare the semantic pass of `triage(post, policy=policy, semantic=semantic)` for
    many `posts` at once: their clauses embedded in padded batches and their clause
    neighbours looked up in one product (`SemanticTriage.prefetch`), so that triaging
    them one by one afterwards finds both cached. Why: the eval runner knows a suite's
    posts before it drafts any, and batches cost about half the CPU per post. Changes no
    result; does nothing when the semantic pass is off. Posts it cannot read are skipped
    (their `triage()` raises as usual)."""
    policy = policy or TriagePolicy.default()
    if semantic is False or not policy.semantic.enabled:
        return
    from .semantic import SemanticTriage, default_semantic_triage

    runner = (
        semantic
        if isinstance(semantic, SemanticTriage)
        else default_semantic_triage(policy.semantic.embedder)
    )
    items: list[tuple[str, str | None]] = []
    for post in posts:
        # The text and language `triage()` hands the semantic pass.
        analysed = _Window(post.text).text
        if analysed.strip():
            items.append((analysed, post.language or detect_language(analysed, policy.languages)))
    runner.prefetch(items, policy)
