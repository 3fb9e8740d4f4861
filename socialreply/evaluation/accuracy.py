"""Deterministic accuracy scorers: expected facts present, numbers grounded (and
contradictions named), citations valid, no invented links, no promises outside policy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .context import Outcome, ScoringContext
from .textutil import (
    Claim,
    extract_claims,
    extract_links,
    normalize,
    normalize_link,
    numbers_in,
    phrase_present,
)


def expected_facts(ctx: ScoringContext, value: Any) -> Outcome:
    items: list[str | list[str]] = list(ctx.expect.must_include_facts)
    if isinstance(value, str):
        items.append(value)
    elif isinstance(value, list):
        items.extend(value)
    if not items:
        return Outcome.ok("no expected facts")
    missing = []
    for item in items:
        options = [item] if isinstance(item, str) else item
        if not any(phrase_present(o, ctx.text) for o in options):
            missing.append(" / ".join(options))
    found = len(items) - len(missing)
    if not missing:
        return Outcome.ok(f"all {len(items)} expected fact(s) present")
    return Outcome.fail(
        f"missing expected fact(s): {'; '.join(repr(m) for m in missing)}",
        score=found / len(items),
    )


def numbers_supported(ctx: ScoringContext, value: Any) -> Outcome:
    claims = extract_claims(ctx.text)
    if not claims:
        return Outcome.ok("no numeric claims")
    grounded = extract_claims(ctx.fact_text)
    post_claims = extract_claims(ctx.post.text)
    grounded_numbers = numbers_in(ctx.fact_text) | numbers_in(ctx.post.text)
    problems = []
    clause_of = {c.text: cl for cl in _clauses(ctx.text) for c in extract_claims(cl)}
    names = _names(ctx.text)
    for claim in claims:
        if any(claim.matches(g) for g in grounded):
            rival_text = _misattributed(
                claim, clause_of.get(claim.text, ctx.text), ctx.fact_text, names
            )
            if rival_text is not None:
                problems.append(
                    f"{claim.text!r} is what the facts state for something else; "
                    f"here they say {rival_text!r}"
                )
            continue
        # The customer's own numbers may be echoed, exactly: a range in the draft that
        # merely contains the customer's number ("4-6 days" for "took 6 days") is a claim.
        if any(
            claim.kind == p.kind and claim.value == p.value and claim.high == p.high
            for p in post_claims
        ):
            continue
        if claim.kind == "number":
            if claim.value in grounded_numbers:
                continue
            problems.append(f"{claim.text!r} is not in the facts")
            continue
        rival = _contradicted_by(claim, grounded)
        if rival is not None:
            problems.append(f"{claim.text!r} contradicts the facts ({rival.text!r})")
        else:
            problems.append(f"{claim.text!r} is not supported by the facts")
    if not problems:
        return Outcome.ok(f"all {len(claims)} numeric claim(s) supported")
    return Outcome.fail("; ".join(problems), score=1 - len(problems) / len(claims))


_CLAUSE_SPLIT = re.compile(r"[.,](?!\d)|[;!?()\n]|\s[-–—]\s|\band\b|\bthen\b")
_STOP = frozenset(
    [
        "this",
        "that",
        "with",
        "from",
        "your",
        "have",
        "will",
        "they",
        "them",
        "their",
        "there",
        "what",
        "when",
        "which",
        "would",
        "could",
        "should",
        "about",
        "after",
        "before",
        "into",
        "onto",
        "only",
        "just",
        "also",
        "than",
        "then",
        "takes",
        "take",
        "took",
        "within",
        "days",
        "day",
        "hours",
        "hour",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "business",
        "working",
        "minutes",
        "sorry",
        "please",
        "thanks",
        "thank",
        "us",
        "our",
        "we",
        "you",
        "it's",
        "its",
        "can't",
        "cannot",
        "don't",
        "other",
        "orders",
        "order",
    ]
)


def _keywords(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]{3,}", normalize(text))
    return {w.rstrip("s") for w in words if w not in _STOP}


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: the subjects a number belongs to
    ("PayPal", "Klarna", "Canada")."""
    names = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        for m in list(re.finditer(r"\b[A-Z][A-Za-z]+", sentence))[1:]:
            names.add(m.group(0).lower().rstrip("s"))
        first = re.match(r"\W*([A-Z][a-z]*[A-Z][A-Za-z]*)", sentence)  # "PayPal" first
        if first:
            names.add(first.group(1).lower().rstrip("s"))
    return names - _STOP


def _clauses(text: str) -> list[str]:
    """Clauses that each carry their own subject and number. A clause without a number
    (a list item: "Alaska, Hawaii, Puerto Rico and APO/FPO orders ship free from $150") is
    joined to the next one, so the number stays with every subject it is stated for."""
    out: list[str] = []
    pending = ""
    for part in _CLAUSE_SPLIT.split(text):
        if not part.strip():
            continue
        pending = f"{pending} {part}" if pending else part
        if extract_claims(part):
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return out


@lru_cache(maxsize=1024)
def _fact_clauses(facts: str) -> tuple[tuple[str, tuple[Claim, ...], frozenset[str]], ...]:
    """Each fact clause with its claims and keywords, parsed once per fact text."""
    return tuple(
        (clause, tuple(extract_claims(clause)), frozenset(_keywords(clause)))
        for clause in _clauses(facts)
    )


def _misattributed(claim: Claim, draft_clause: str, facts: str, names: set[str]) -> str | None:
    """A number that the facts state for something else: "PayPal refunds in 24 hours"
    when 24 hours is the store-credit time and PayPal's is 3-5 business days. The rival
    fact clause must share more keywords with the draft's clause than the supporting one."""
    if claim.kind in ("number",):
        return None
    # Only names count: ordinary words ("shipping", "free") recur across the facts'
    # clauses and would flag correct numbers.
    words = _keywords(draft_clause) & names
    if not words:
        return None
    support = 0
    rival: tuple[int, Claim] | None = None
    for _clause, clause_claims, keywords in _fact_clauses(facts):
        claims = [c for c in clause_claims if c.kind == claim.kind]
        if not claims:
            continue
        overlap = len(words & keywords)
        if any(claim.matches(c) for c in claims):
            support = max(support, overlap)
        elif overlap and (rival is None or overlap > rival[0]):
            rival = (overlap, claims[0])
    if rival is not None and rival[0] > support:
        return rival[1].text
    return None


def _contradicted_by(claim: Claim, grounded: list[Claim]) -> Claim | None:
    for other in grounded:
        if claim.same_quantity(other) and not claim.matches(other):
            return other
    return None


def citations_valid(ctx: ScoringContext, value: Any) -> Outcome:
    known = {f.id for f in ctx.facts}
    known_docs = {f.doc_id for f in ctx.facts}
    if value == "required" and ctx.facts and not ctx.citations:
        return Outcome.fail("the reply cites none of the retrieved facts")
    bad = [c.id for c in ctx.citations if c.id not in known and c.doc_id not in known_docs]
    if bad:
        return Outcome.fail(f"cites fact(s) that were not retrieved: {', '.join(bad)}")
    return Outcome.ok(f"{len(ctx.citations)} citation(s), all retrieved")


def no_invented_links(ctx: ScoringContext, value: Any) -> Outcome:
    links = extract_links(ctx.text)
    if not links:
        return Outcome.ok("no links")
    allowed = [normalize_link(u) for u in extract_links(ctx.fact_text + "\n" + ctx.post.text)]
    if isinstance(value, list):
        allowed.extend(normalize_link(str(v)) for v in value)
    # A known link or a shorter form of one (the site's root) is fine; a new path under
    # a known domain ("/delete-me") is as invented as a new domain.
    invented = [
        u
        for u in links
        if not any(a == normalize_link(u) or a.startswith(normalize_link(u) + "/") for a in allowed)
    ]
    if invented:
        return Outcome.fail(f"link(s) not in the knowledge base: {', '.join(invented)}")
    return Outcome.ok(f"{len(links)} link(s), all from the knowledge base")


# A promise term is allowed only when the facts (or the case's expected facts) state it.
_PROMISES: list[tuple[str, str]] = [
    (r"full refunds?|refund(?:ed)? (?:you )?in full", "full refund"),
    (r"\brefund(?:s|ed|ing)?\b", "refund"),
    (r"\bgift ?cards?\b", "gift card"),
    (r"\bstore credit\b", "store credit"),
    (r"\b(?:discount|coupon|voucher|promo code|\d+% off)\b", "discount"),
    (r"\bcompensat\w*\b", "compensat"),
    (r"\bfree (?:replacement|shipping|returns?|repairs?|exchange|upgrade|gift cards?)\b", "free"),
    (
        r"\bfor free\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bfree of charge\b",
        "no cost",
    ),
    (r"\bgratis\b|\bgratuit\w*|\bkostenlos\b|\bgrátis\b", "no cost"),
    (r"\bgarantiz\w*|\bgarantie\w*|\bgaranti\b", "guarantee"),
    (r"\bno questions asked\b", "no questions asked"),
    (r"\blifetime\b|\bforever\b|\bfor life\b", "lifetime"),
    (r"\bprice match\w*\b", "price match"),
    (r"\bexpress shipping\b|\bovernight\b", "express"),
    (r"\bguarantee[ds]?\b", "guarantee"),
    (r"\bwaive[ds]?\b", "waive"),
    (
        r"\b(?:double|triple|twice|2x|3x) (?:the|your) "
        r"(?:balance|amount|points|refund|credit|value)|\bbonus\b",
        "bonus",
    ),
    (
        r"\b(?:it'?s|it is|that'?s|this one'?s|all|shipping'?s) on us\b|\bcomplimentary\b",
        "complimentary",
    ),
    (
        r"\b(?:arrive|deliver(?:ed)?|ship(?:ped)?|be there|reach you) (?:by|on) "
        r"(?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        "delivery date",
    ),
]
_PROMISE_RES = [(re.compile(p, re.IGNORECASE), key) for p, key in _PROMISES]
_SUPPORT = {
    "full refund": re.compile(
        r"full refund|refund(?:ed)?(?: you)? in full|full purchase price", re.I
    ),
    "refund": re.compile(r"refund", re.I),
    "gift card": re.compile(r"gift ?card", re.I),
    "store credit": re.compile(r"store credit", re.I),
    "discount": re.compile(r"discount|coupon|voucher|promo|% off", re.I),
    "compensat": re.compile(r"compensat", re.I),
    "no questions asked": re.compile(r"no questions asked", re.I),
    "lifetime": re.compile(r"lifetime|forever|for life", re.I),
    "price match": re.compile(r"price match", re.I),
    "express": re.compile(r"express|overnight", re.I),
    "guarantee": re.compile(r"guarantee", re.I),
    "waive": re.compile(r"waive", re.I),
    "bonus": re.compile(r"bonus|double|twice", re.I),
    "complimentary": re.compile(r"complimentary|on us|free of charge|at no (?:extra )?cost", re.I),
    "no cost": re.compile(r"\bfree\b|no cost|no charge|free of charge|gratis", re.I),
    "delivery date": re.compile(r"(?!)"),  # a fact never promises a particular day
}


def _free_supported(phrase: str, facts: str) -> bool:
    noun = phrase.split()[-1].rstrip("s")
    return bool(re.search(rf"free[\w\s-]{{0,20}}{noun}|{noun}s? (?:are|is) free", facts, re.I))


_HEDGED = re.compile(
    r"\b(?:look into|looking into|check (?:on|if|whether)|see (?:if|whether)|ask about|"
    r"request(?:ing)?|eligible for|whether)\b[\w\s',-]{0,25}$",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|cannot|can't|can not|unable to|don't|do not|won't|isn't|aren't)\b"
    r"[\w\s',-]{0,25}$",
    re.I,
)


_NEG_WORD = (
    r"(?:can't|cannot|can not|don't|do not|doesn't|does not|won't|will not|never|isn't|"
    r"aren't|not|no(?!\s+(?:problem|worries|worry|hassle|questions))|except|excluding)"
)
_NEG_CLAUSE = re.compile(rf"\b{_NEG_WORD}\b([^.;:!?]*)", re.I)
_NEG_IN_SENTENCE = re.compile(rf"\b{_NEG_WORD}\b|n't\b|\bsorry\b|\bunfortunately\b", re.I)
_TERM = re.compile(
    r"\b(?:[A-Z][A-Za-z]{2,}|weekends?|sundays?|holidays?|PO boxes|promo codes?|coupons?)\b"
)


@lru_cache(maxsize=1024)
def _forbidden_terms(facts: str) -> frozenset[str]:
    """Names the facts mention only after a negation ("can't be sent to Alaska, Hawaii",
    "we don't ship on weekends", "we don't offer Afterpay"): a draft that states them
    without a negation is flipping the policy, a classic model error."""
    negated: set[str] = set()
    for m in _NEG_CLAUSE.finditer(facts):
        negated.update(t.lower() for t in _TERM.findall(m.group(1)))
    positive = _NEG_CLAUSE.sub(" ", facts).lower()
    return frozenset(t for t in negated if not re.search(rf"\b{re.escape(t)}\b", positive))


def _policy_flips(draft: str, facts: str) -> list[str]:
    terms = _forbidden_terms(facts)
    if not terms:
        return []
    flips: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", draft):
        if _NEG_IN_SENTENCE.search(sentence):
            continue
        low = sentence.lower()
        flips.extend(t for t in sorted(terms) if re.search(rf"\b{re.escape(t)}\b", low))
    return flips


def no_unauthorized_promises(ctx: ScoringContext, value: Any) -> Outcome:
    facts = ctx.fact_text
    text = normalize(ctx.text)
    problems = []
    seen: set[str] = set()
    for term in _policy_flips(ctx.text, facts):
        if term not in seen:
            seen.add(term)
            problems.append(f"{term} (the facts rule it out)")
    for pattern, key in _PROMISE_RES:
        for m in pattern.finditer(text):
            # "we can't offer a refund" is a refusal and "we'll look into a refund" an
            # offer to check, not promises.
            before = text[max(0, m.start() - 40) : m.start()]
            if _NEGATED.search(before) or _HEDGED.search(before):
                continue
            phrase = m.group(0)
            supported = (
                _free_supported(phrase, facts)
                if key == "free"
                else bool(_SUPPORT[key].search(facts))
            )
            if not supported and phrase not in seen:
                seen.add(phrase)
                problems.append(phrase)
    if problems:
        return Outcome.fail(
            f"promise(s) not backed by policy: {', '.join(repr(p) for p in problems)}"
        )
    return Outcome.ok("no promises beyond policy")


def must_not_include(ctx: ScoringContext, value: Any) -> Outcome:
    phrases = list(ctx.expect.must_not_include)
    if isinstance(value, str):
        phrases.append(value)
    elif isinstance(value, list):
        phrases.extend(str(v) for v in value)
    hits = [p for p in phrases if phrase_present(p, ctx.text)]
    if hits:
        return Outcome.fail(f"contains forbidden phrase(s): {', '.join(repr(h) for h in hits)}")
    return Outcome.ok("no forbidden phrases")
