"""Deterministic accuracy scorers: expected facts present, numbers grounded (and
contradictions named), citations valid, no invented links. Promises outside policy are
scored in `promises`."""

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
    names = _names(ctx.text, ctx.fact_text)
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


_SUBJECT = re.compile(
    r"\b((?:[a-z][a-z'-]+ ){0,2}[a-z][a-z'-]+) (?:have|has|come with|comes with|carry|carries|"
    r"get|gets|(?:is|are) (?:only )?covered (?:for|by))\b"
)
# "2-3 business days ($14.95)": a bracketed amount belongs to the clause it follows.
_BRACKETED_NUMBER = re.compile(r"\s*\(([^()]{0,24}\d[^()]{0,24})\)")


_SHORT_NAME = re.compile(r"\b[A-Z]{2,3}\b")  # "UK", "EU", "US": names too short for words
_NOT_NAMES = frozenset(["et", "am", "pm", "dm", "faq", "ok"])


def _keywords(text: str) -> set[str]:
    # Hyphenated words count by their parts: "Northwind-brand packs" ~ "Northwind packs".
    words = re.findall(r"[a-z][a-z']{3,}", normalize(text))
    short = {w.lower() for w in _SHORT_NAME.findall(text)} - _NOT_NAMES
    return {w.rstrip("s") for w in words if w not in _STOP} | short


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+")
_CAMEL_FIRST = re.compile(r"\W*([A-Z][a-z]*[A-Z][A-Za-z]*)")  # "PayPal" first
_FIRST_WORD = re.compile(r"\W*([A-Z][A-Za-z]+)")


@lru_cache(maxsize=1024)
def _mid_sentence_names(text: str) -> frozenset[str]:
    """Capitalised words that do not start a sentence: the subjects a number belongs to
    ("PayPal", "Klarna", "Canada")."""
    names = set()
    for sentence in _SENTENCE_SPLIT.split(text.strip()):
        for m in list(_CAPITALISED.finditer(sentence))[1:]:
            names.add(m.group(0).lower().rstrip("s"))
        first = _CAMEL_FIRST.match(sentence)
        if first:
            names.add(first.group(1).lower().rstrip("s"))
    return frozenset(names - _STOP)


def _names(text: str, facts: str) -> set[str]:
    """The draft's names, including one that opens a sentence ("Klarna refunds ...") when
    the facts write it as a name mid-sentence."""
    names = set(_mid_sentence_names(text))
    known = _mid_sentence_names(facts)
    for sentence in _SENTENCE_SPLIT.split(text.strip()):
        first = _FIRST_WORD.match(sentence)
        if first and first.group(1).lower().rstrip("s") in known:
            names.add(first.group(1).lower().rstrip("s"))
    return names


def _clauses(text: str) -> list[str]:
    """Clauses that each carry their own subject and number. A clause without a number
    (a list item: "Alaska, Hawaii, Puerto Rico and APO/FPO orders ship free from $150") is
    joined to the next one, so the number stays with every subject it is stated for, but
    never across a sentence end ("..., Monday to Friday, leave the same day." says nothing
    about the next sentence's "Orders ship within 1 business day")."""
    out: list[str] = []
    pending = ""
    for sentence in _SENTENCE_SPLIT.split(_BRACKETED_NUMBER.sub(r" \1", text)):
        for part in _CLAUSE_SPLIT.split(sentence):
            if not part.strip():
                continue
            pending = f"{pending} {part}" if pending else part
            if extract_claims(part):
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
            pending = ""
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
    fact clause must share more of the draft clause's subjects than the supporting one.
    Subjects are names, the subject of "X have a N-year ..." and, for clock times, every
    word; ordinary words ("standard shipping", "warranty") recur across the facts'
    clauses and sit as often in the wrong clause as in the right one."""
    if claim.kind in ("number",):
        return None
    words = _keywords(draft_clause)
    # Clock times are few and easily swapped (support hours vs order cut-off).
    subjects = set(words) if claim.kind == "time" else words & names
    # "Tents have a 1-year warranty" when the facts give tents a Lifetime Warranty and
    # electronics 1 year.
    subject = _SUBJECT.search(normalize(draft_clause))
    if subject:
        subjects |= _keywords(subject.group(1))
    if not subjects:
        return None
    support = 0
    rival: tuple[int, Claim] | None = None
    for _clause, clause_claims, keywords in _fact_clauses(facts):
        claims = [c for c in clause_claims if c.kind == claim.kind]
        if not claims:
            continue
        overlap = len(subjects & keywords)
        if any(claim.matches(c) for c in claims):
            support = max(support, overlap)
        elif overlap and (rival is None or overlap > rival[0]):
            rival = (overlap, claims[0])
    if rival is not None and rival[0] > support:
        return rival[1].text
    return None


def _contradicted_by(claim: Claim, grounded: list[Claim]) -> Claim | None:
    rivals = [o for o in grounded if claim.same_quantity(o) and not claim.matches(o)]
    # Name the fact stated in the same unit when there is one ("7-14 business days"
    # against "5-10 business days", not against "30 days").
    same_unit = [o for o in rivals if o.unit == claim.unit]
    best = same_unit or rivals
    return best[0] if best else None


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
