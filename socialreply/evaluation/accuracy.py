"""Deterministic accuracy scorers: expected facts present, numbers grounded (and
contradictions named), citations valid, no invented links. Promises outside policy are
scored in `promises`."""

from __future__ import annotations

import re
from typing import Any

from .claim_checks import (
    is_complement_percent,
    is_converted_amount,
    is_derived_amount,
    is_derived_duration,
    is_rate_unit,
    is_worked_percent,
    step_remainders,
    unsupported_code_ranges,
    unsupported_dates,
    wrong_cutoffs,
    wrong_rates,
)
from .context import Outcome, ScoringContext
from .method_timing import method_swaps
from .number_attribution import (
    STOP_WORDS,
    contact_hours,
    draft_clauses,
    draft_names,
    misattributed,
    next_clause,
    off_row,
    weekday_hours,
)
from .number_spans import is_post_span, is_zone_converted
from .surface_text import extract_links, normalize_link
from .textutil import (
    Claim,
    extract_claims,
    normalize,
    numbers_in,
    phrase_in_loose,
)


def _sentence_of(text: str, claim_text: str) -> str:
    """The draft sentence that states a claim (the whole draft if none does, as written)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if claim_text in sentence:
            return sentence
    return text


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
        if not any(phrase_in_loose(o, ctx.loose_text) for o in options):
            missing.append(" / ".join(options))
    found = len(items) - len(missing)
    if not missing:
        return Outcome.ok(f"all {len(items)} expected fact(s) present")
    return Outcome.fail(
        f"missing expected fact(s): {'; '.join(repr(m) for m in missing)}",
        score=found / len(items),
    )


_HALF_SIZE = re.compile(r"\bhalf a size\b|\bhalf[- ]size\b", re.I)
# "run about a full size small" when the facts say half a size (scorer blind50): a whole
# size step where the facts advise a half one.
_WHOLE_SIZE = re.compile(
    r"(?<!half )\b(?:a (?:full |whole )|one (?:full |whole )?|1 (?:full |whole )?)size "
    r"(?:small|smaller|large|larger|big|bigger|up|down)\b|\b(?:a|one) full size\b",
    re.I,
)


# "Variant Price 269.00" in a catalogue fact is a price in dollars: "$269" (scorer blind49).
# A number that is part of a name is no claim: "Pay in 4 works on orders from $35" (Klarna's
# plan, scorer blind97's good reply), "the Basecamp 4", "your Beacon 400". A bare number
# right after a capitalised word in mid-sentence (not a weekday or a month, not before a
# unit), or Klarna's and PayPal's "Pay in 3/4" anywhere.
_MONTH_OR_DAY = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|ET|EST|PT|US|USD|EUR|NW|SKU|No|Nr)"
)
_NAME_NUMBER = re.compile(
    r"\bPay in ([34])\b|(?<=[\w,;:] )(?!" + _MONTH_OR_DAY + r"\b)[A-Z][A-Za-z]+ (\d{1,4})\b"
    r"(?![.,:/-]?\d|\s?(?:%|[$€£]|x\b|am\b|pm\b|h\b|(?:business |working )?(?:days?|"
    r"hours?|weeks?|months?|years?|minutes?|points?|items?|pairs?|orders?|pieces?)\b))"
)


# "The contiguous US" is the lower 48 states: "los 48 estados contiguos" restates the facts'
# "within the contiguous US" (scorer blind105's good reply), in every supported language.
_CONTIGUOUS_FACT = re.compile(r"\bcontiguous\b|\blower 48\b", re.I)
_FORTY_EIGHT = re.compile(
    r"\b48 (?:\w+ )?(?:contiguous|contiguos|contigus|contigui|contíguos|aaneengesloten\w*|"
    r"zusammenhängende\w*|states|estados|états|etats|staaten|bundesstaaten|stati|staten)\b|"
    r"\blower 48\b",
    re.I,
)


def _name_numbers(draft: str) -> set[float]:
    """The numbers `draft` writes as part of a name (`_NAME_NUMBER`)."""
    return {float(m.group(1) or m.group(2)) for m in _NAME_NUMBER.finditer(draft)}


_BARE_PRICE = re.compile(r"\b(price|msrp)(:?\s+)(\d+(?:\.\d\d)?)\b", re.I)
# "Three straight days of rain" in the post is three days (scorer blind48).
_NUMBER_FILLER = re.compile(
    r"\b(?<=\w )(?:straight|whole|full|long|solid|consecutive|entire) (?=(?:days|weeks|months|"
    r"hours|nights|years)\b)",
    re.I,
)
# A count of something the facts count differently: "After 5 declined attempts" where the
# facts say "After 3 declined attempts" (scorer blind48). A bare number is otherwise only
# looked up among all the facts' numbers, where a "5" from the support hours grounds it.
# (Not the end of a range: "5–10 giorni lavorativi" is no count of its own.)
_COUNTED = re.compile(r"(?<![\d.,$/\u2013\u2014-])(?<!to )\b(\d+)\s+([a-z]{3,}\s+[a-z]{4,})\b")
_BOUND_BEFORE = re.compile(
    r"(?:up to|max(?:imum)?|at most|at least|over|under|more than|less than|fewer than|"
    r"minimum|min)\s*$"
)


def _workdays_for_days(claim: Claim, said: Claim) -> bool:
    """Whether the draft counts in business days what the post counts in plain days: "no
    movement after 2 business days" to "'Label created' for two days" is not an echo of
    the customer's number but a threshold of its own (scorer blind109, where the facts say
    5 business days)."""
    return bool(claim.unit in ("business day", "working day") and said.unit == "day")


def _miscounts(draft: str, facts: str, post: str) -> dict[float, str]:
    """Per number the draft counts something with, the facts' different count of the same
    thing (the first such), unless the post itself gives that number."""
    text, facts, post = normalize(draft), normalize(facts), normalize(post)
    out: dict[float, str] = {}
    for m in _COUNTED.finditer(text):
        number, thing = m.group(1), m.group(2)
        if float(number) in out or thing.split()[0] in STOP_WORDS:
            continue
        said = re.findall(
            rf"(?<![\d.,$/\u2013\u2014-])(?<!to )\b(\d+)\s+{re.escape(thing)}\b", facts
        )
        own = re.search(rf"\b{number}\s+{re.escape(thing)}\b", post)
        if said and number not in said and own is None:
            at = facts.find(f"{said[0]} {thing}")
            if not _BOUND_BEFORE.search(facts[max(0, at - 15) : at]):
                out[float(number)] = f"{said[0]} {thing}"
    return out


def _whole_size(draft: str, facts: str) -> str | None:
    whole = _WHOLE_SIZE.search(draft)
    if whole and _HALF_SIZE.search(facts) and not _WHOLE_SIZE.search(facts):
        return f"{whole.group(0)!r} contradicts the facts (half a size)"
    return None


def numbers_supported(ctx: ScoringContext, value: Any) -> Outcome:
    size_step = _whole_size(ctx.text, ctx.fact_text)
    if size_step is not None:
        return Outcome.fail(size_step)
    # Dates and order cut-offs (`claim_checks`): "delivered between November 1 and
    # December 31" when the facts say December 24, "order by 5pm" when they say 2pm.
    calendar = [
        f"{d!r} is not a date the facts or the post give"
        for d in unsupported_dates(ctx.text, ctx.fact_text, ctx.post.text)
    ] + wrong_cutoffs(ctx.text, ctx.fact_text)
    calendar += unsupported_code_ranges(ctx.text, ctx.fact_text, ctx.post.text)
    if calendar:
        return Outcome.fail("; ".join(calendar))
    claims = [c for c in extract_claims(ctx.text) if not is_rate_unit(c, ctx.text)]
    if not claims:
        return Outcome.ok("no numeric claims")
    grounded = extract_claims(_BARE_PRICE.sub(r"\1\2$\3", ctx.fact_text))
    post_claims = extract_claims(_NUMBER_FILLER.sub("", ctx.post.text))
    grounded_numbers = numbers_in(ctx.fact_text) | numbers_in(ctx.post.text)
    # "Boots run half a size small, so a 10.5": the customer's size moved by the half size
    # the facts advise.
    half_steps = (
        {n + step for n in numbers_in(ctx.post.text) for step in (-0.5, 0.5)}
        if _HALF_SIZE.search(ctx.fact_text)
        else set()
    )
    problems = []
    miscounts: dict[float, str] | None = None  # computed on the first bare number
    # The clause of each claim, in order: "9am-5pm" may be stated twice, for weekdays and
    # for Saturday, each with its own subject.
    clause_of: dict[str, list[str]] = {}
    for cl in draft_clauses(ctx.text, negated_apart=True):
        for c in extract_claims(cl):
            clause_of.setdefault(c.text, []).append(cl)
    names = draft_names(ctx.text, ctx.fact_text)
    for claim in claims:
        if any(claim.matches(g) for g in grounded):
            clause = next_clause(clause_of, claim.text, ctx.text)
            rival_text = misattributed(
                claim,
                clause,
                ctx.fact_text,
                names,
                ctx.text,
                tuple(claims),
            ) or contact_hours(claim, _sentence_of(ctx.text, claim.text), ctx.fact_text)
            rival_text = rival_text or weekday_hours(claim, clause, ctx.fact_text)
            if rival_text is not None:
                problems.append(
                    f"{claim.text!r} is what the facts state for something else; "
                    f"here they say {rival_text!r}"
                )
            continue
        # The customer's own numbers may be echoed, exactly: a range in the draft that
        # merely contains the customer's number ("4-6 days" for "took 6 days") is a claim.
        # Not in another count of days: "2 weeks" in the post is not "14 business days"
        # (scorer blind51).
        if any(
            claim.kind == p.kind
            and claim.value == p.value
            and claim.high == p.high
            and not claim.mixes_workdays(p)
            and not _workdays_for_days(claim, p)
            for p in post_claims
        ):
            continue
        if claim.kind == "number":
            if miscounts is None:
                miscounts = _miscounts(ctx.text, ctx.fact_text, ctx.post.text)
            counted = miscounts.get(claim.value)
            if counted is not None:
                problems.append(f"{claim.text!r} contradicts the facts ({counted!r})")
                continue
            if claim.value in grounded_numbers or claim.value in half_steps:
                continue
            if claim.value in step_remainders(ctx.fact_text, ctx.post.text):
                continue
            if claim.value in _name_numbers(ctx.text):
                continue
            if (
                claim.value == 48
                and _FORTY_EIGHT.search(ctx.text)
                and _CONTIGUOUS_FACT.search(ctx.fact_text)
            ):
                continue
            problems.append(f"{claim.text!r} is not in the facts")
            continue
        if (
            _is_price_difference(claim, ctx.text, grounded)
            or is_derived_amount(claim, post_claims, grounded, ctx.fact_text)
            or is_converted_amount(claim, ctx.text, ctx.fact_text, ctx.post.text)
            or is_derived_duration(claim, post_claims, grounded)
            or is_complement_percent(claim, ctx.text, grounded)
            or is_worked_percent(claim, ctx.text, ctx.fact_text)
            or is_post_span(claim, ctx.post.text)
            or is_zone_converted(claim, _sentence_of(ctx.text, claim.text), grounded, ctx.post.text)
        ):
            continue
        rival = _contradicted_by(claim, grounded)
        if rival is not None:
            problems.append(f"{claim.text!r} contradicts the facts ({rival.text!r})")
        else:
            problems.append(f"{claim.text!r} is not supported by the facts")
    problems.extend(off_row(ctx.text, ctx.fact_text))
    problems.extend(wrong_rates(ctx.text, ctx.fact_text))
    # "On a card it shows up within 24 hours" when 24 hours is the gift-card time.
    problems.extend(p for p in method_swaps(ctx.text, ctx.fact_text) if p not in problems)
    if not problems:
        return Outcome.ok(f"all {len(claims)} numeric claim(s) supported")
    return Outcome.fail("; ".join(problems), score=max(0.0, 1 - len(problems) / len(claims)))


# "we'll refund the $40 difference" when the facts say "was $129, now $89" (scorer
# blind34): an amount named as a difference is supported by two amounts of the facts it
# separates. Not the post's: "paid $269, now $199 on Black Friday" may be a drop the policy
# excludes (scorer blind15).
_DIFFERENCE = re.compile(
    r"\bdifference\b|\bdiferencia\b|\bdifférence\b|\bdifferenz\b|"
    r"\bdifferenza\b|\bdiferença\b|\bverschil\b",
    re.I,
)


def _is_price_difference(claim: Claim, draft: str, grounded: list[Claim]) -> bool:
    if claim.kind != "money" or claim.high is not None:
        return False
    at = draft.find(claim.text)
    if at < 0 or not _DIFFERENCE.search(draft[at : at + len(claim.text) + 30]):
        return False
    amounts = {c.value for c in grounded if c.kind == "money" and c.high is None}
    return any(abs(abs(a - b) - claim.value) < 0.005 for a in amounts for b in amounts if a != b)


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
    hits = [p for p in phrases if phrase_in_loose(p, ctx.loose_text)]
    if hits:
        return Outcome.fail(f"contains forbidden phrase(s): {', '.join(repr(h) for h in hits)}")
    return Outcome.ok("no forbidden phrases")
