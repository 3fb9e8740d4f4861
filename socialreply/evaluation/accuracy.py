"""Deterministic accuracy scorers: expected facts present, numbers grounded (and
contradictions named), citations valid, no invented links. Promises outside policy are
scored in `promises`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .claim_checks import (
    is_converted_amount,
    is_derived_amount,
    is_derived_duration,
    unsupported_code_ranges,
    unsupported_dates,
    wrong_cutoffs,
)
from .context import Outcome, ScoringContext
from .method_timing import method_swaps
from .textutil import (
    Claim,
    digits_for_words,
    extract_claims,
    extract_links,
    normalize,
    normalize_link,
    numbers_in,
    phrase_in_loose,
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


def _miscounts(draft: str, facts: str, post: str) -> dict[float, str]:
    """Per number the draft counts something with, the facts' different count of the same
    thing (the first such), unless the post itself gives that number."""
    text, facts, post = normalize(draft), normalize(facts), normalize(post)
    out: dict[float, str] = {}
    for m in _COUNTED.finditer(text):
        number, thing = m.group(1), m.group(2)
        if float(number) in out or thing.split()[0] in _STOP:
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
    claims = extract_claims(ctx.text)
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
    for cl in _clauses(ctx.text):
        for c in extract_claims(cl):
            clause_of.setdefault(c.text, []).append(cl)
    names = _names(ctx.text, ctx.fact_text)
    for claim in claims:
        if any(claim.matches(g) for g in grounded):
            rival_text = _misattributed(
                claim,
                _next_clause(clause_of, claim.text, ctx.text),
                ctx.fact_text,
                names,
                ctx.text,
                tuple(claims),
            )
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
            problems.append(f"{claim.text!r} is not in the facts")
            continue
        if (
            _is_price_difference(claim, ctx.text, grounded)
            or is_derived_amount(claim, post_claims, grounded, ctx.fact_text)
            or is_converted_amount(claim, ctx.text, ctx.fact_text)
            or is_derived_duration(claim, post_claims, grounded)
        ):
            continue
        rival = _contradicted_by(claim, grounded)
        if rival is not None:
            problems.append(f"{claim.text!r} contradicts the facts ({rival.text!r})")
        else:
            problems.append(f"{claim.text!r} is not supported by the facts")
    problems.extend(_off_row(ctx.text, ctx.fact_text))
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


# Fact segments: sentences, lines and table rows ("| Canada | $14.95 | ... | | UK ...").
_SEGMENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|\|\s*\|")


@lru_cache(maxsize=1024)
def _segments(facts: str) -> tuple[tuple[tuple[Claim, ...], frozenset[str]], ...]:
    """Each fact segment that states a number: its claims and its capitalised words."""
    return tuple(
        (claims, frozenset(w.lower().rstrip("s") for w in _CAPITALISED.findall(seg)) - _STOP)
        for seg in _SEGMENT_SPLIT.split(facts)
        if (claims := tuple(extract_claims(seg)))
    )


def _off_row(draft: str, facts: str) -> list[str]:
    """A number taken from the wrong row: "shipping to the EU costs $24.95, free from $150,
    7-12 business days" when the EU row says $24.95, $200 and 7-12 days and $150 is
    Canada's. The sentence's other numbers (two at least) all come from one fact segment
    that states a different value of the same kind, and no segment backing the odd number
    backs as many of the others."""
    rows = _segments(facts)
    if len(rows) < 2:
        return []
    segments = [claims for claims, _ in rows]
    problems = []
    for sentence in _SENTENCE_SPLIT.split(draft.strip()):
        claims = [c for c in extract_claims(sentence) if c.kind != "number"]
        if len(claims) < 3:
            continue
        named = _mid_sentence_names(sentence)
        for claim in claims:
            others = [c for c in claims if c is not claim]

            def backed(seg: tuple[Claim, ...], others: list[Claim] = others) -> int:
                return sum(any(o.matches(g) for g in seg) for o in others)

            own_rows = [(seg, names) for seg, names in rows if any(claim.matches(g) for g in seg)]
            if not own_rows:
                continue  # unsupported numbers are reported on their own
            # "Como a Basecamp 2 custa $349, ... passa dos $200": the sentence names the
            # row the odd number comes from (scorer blind19), so it was not taken by mistake.
            if any(names & named for _, names in own_rows):
                continue
            own = [seg for seg, _ in own_rows]
            best_own = max(backed(seg) for seg in own)
            for seg in segments:
                if seg in own or backed(seg) < 2 or backed(seg) <= best_own:
                    continue
                rivals = [
                    g
                    for g in seg
                    if g.same_quantity(claim) and not any(c.matches(g) for c in claims)
                ]
                if rivals:
                    problems.append(
                        f"{claim.text!r} belongs to another row of the facts; next to the "
                        f"sentence's other numbers they say {rivals[0].text!r}"
                    )
                    break
    return problems


def _next_clause(clause_of: dict[str, list[str]], text: str, default: str) -> str:
    queue = clause_of.get(text)
    if not queue:
        return default
    return queue.pop(0) if len(queue) > 1 else queue[0]


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
    # Five letters stand for the word: "replace" ~ "replacement", "issued" ~ "issue".
    return {w.rstrip("s")[:5] for w in words if w not in _STOP} | short


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


_FactClause = tuple[str, tuple[Claim, ...], frozenset[str], frozenset[str]]


@lru_cache(maxsize=1024)
def _fact_clauses(facts: str) -> tuple[_FactClause, ...]:
    """Each fact clause with its claims, its keywords and its own keywords, parsed once
    per fact text. A clause that opens with a pronoun ("otherwise it costs $6.95") is about
    the previous clause's subject: its keywords include that subject's (to support a
    claim), its own keywords do not (to accuse a rival)."""
    out: list[_FactClause] = []
    previous: frozenset[str] = frozenset()
    for clause in _clauses(facts):
        own = frozenset(_keywords(clause))
        keywords = own | previous if _PRONOUN_START.match(clause) else own
        out.append((clause, tuple(extract_claims(clause)), keywords, own))
        previous = keywords
    return tuple(out)


# "Standard shipping: $6.95, 5–7 business days; free on orders of $75 or more": a clause
# that opens on "free" or a bare amount has the previous clause's subject too.
_PRONOUN_START = re.compile(
    r"\W*(?:otherwise |then |and )?(?:it|they|this|that|these|those|free|or|from)\b", re.I
)


def _misattributed(
    claim: Claim,
    draft_clause: str,
    facts: str,
    names: set[str],
    draft: str = "",
    stated: tuple[Claim, ...] = (),
) -> str | None:
    """A number that the facts state for something else: "PayPal refunds in 24 hours"
    when 24 hours is the store-credit time and PayPal's is 3-5 business days. The rival
    fact clause must share more of the draft clause's subjects than the supporting one.
    Subjects are names, the subject of "X have a N-year ..." and, for clock times, every
    word; ordinary words ("standard shipping", "warranty") recur across the facts'
    clauses and sit as often in the wrong clause as in the right one. The words just
    before the number count too when they are rare in the facts and two of them point at
    the rival ("Emails are answered within 2 hours" when 2 hours is the DM time)."""
    if claim.kind in ("number",):
        return None
    words = _keywords(draft_clause)
    # Clock times are few and easily swapped (support hours vs order cut-off).
    subjects = set(words) if claim.kind == "time" else words & {n[:5] for n in names}
    # "Tents have a 1-year warranty" when the facts give tents a Lifetime Warranty and
    # electronics 1 year.
    subject = _SUBJECT.search(normalize(draft_clause))
    if subject:
        subjects |= _keywords(subject.group(1))
    clauses = [
        (kw, own, [c for c in cl if c.kind == claim.kind])
        for _, cl, kw, own in _fact_clauses(facts)
    ]
    clauses = [(kw, own, cl) for kw, own, cl in clauses if cl]
    lead = _lead_words(claim, draft or draft_clause, [kw for kw, _, _ in clauses]) - subjects
    if not subjects and not lead:
        return None
    support = 0
    support_lead = 0.0
    rival: tuple[int, Claim] | None = None
    rival_lead: tuple[int, Claim] | None = None
    for keywords, own, claims in clauses:
        if any(claim.matches(c) for c in claims):
            support = max(support, len(subjects & keywords))
            # A subject taken over from the previous clause ("it then takes ...") counts half.
            inherited = len(lead & (keywords - own))
            support_lead = max(support_lead, len(lead & own) + inherited / 2)
            continue
        if stated and all(any(_same(d, c) for d in stated) for c in claims):
            # The draft states this clause's own number too ("$6.95, or free from $75"):
            # nothing was swapped.
            continue
        overlap = len(subjects & own)
        overlap_lead = len(lead & own)
        if overlap and (rival is None or overlap > rival[0]):
            rival = (overlap, claims[0])
        if overlap_lead and (rival_lead is None or overlap_lead > rival_lead[0]):
            rival_lead = (overlap_lead, claims[0])
    if rival is not None and rival[0] > support:
        return rival[1].text
    if rival_lead is not None and rival_lead[0] >= 2 and rival_lead[0] > support_lead:
        return rival_lead[1].text
    return None


def _same(a: Claim, b: Claim) -> bool:
    """The same number stated: "3 business days" is inside "3-5 business days" but is not it."""
    return a.matches(b) and (a.high is None) == (b.high is None)


def _lead_words(claim: Claim, draft: str, fact_keywords: list[frozenset[str]]) -> set[str]:
    """The rare words of the clause part right before the number: what it is for."""
    if claim.kind == "time" or len(fact_keywords) < 2:
        return set()
    text = digits_for_words(normalize(draft))
    at = text.find(normalize(claim.text))
    if at <= 0:
        return set()
    part = re.split(r"[,;:()!?]|\.\s|\b(?:and|then|but|so|or)\b", text[:at])[-1]
    limit = len(fact_keywords) / 2
    return {w for w in _keywords(part) if sum(w in kw for kw in fact_keywords) <= limit}


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
