"""Which fact a number in a draft belongs to, for `accuracy.numbers_supported`: a number
the facts state for something else ("PayPal refunds in 24 hours" when 24 hours is the
store-credit time), or one taken from the wrong row of a table ("free from $150" for the
EU when $150 is Canada's). Split out of `accuracy` (which had reached 590 lines) so the
clause and subject matching sits apart from the scorers that use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .places import places, tags_of
from .textutil import Claim, digits_for_words, extract_claims, normalize

# Fact segments: sentences, lines and table rows ("| Canada | $14.95 | ... | | UK ...").
_SEGMENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|\|\s*\|")


@lru_cache(maxsize=1024)
def _segments(facts: str) -> tuple[tuple[tuple[Claim, ...], frozenset[str]], ...]:
    """Each fact segment that states a number: its claims and its capitalised words."""
    return tuple(
        (claims, frozenset(w.lower().rstrip("s") for w in _CAPITALISED.findall(seg)) - STOP_WORDS)
        for seg in _SEGMENT_SPLIT.split(facts)
        if (claims := tuple(extract_claims(seg)))
    )


def off_row(draft: str, facts: str) -> list[str]:
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


def next_clause(clause_of: dict[str, list[str]], text: str, default: str) -> str:
    queue = clause_of.get(text)
    if not queue:
        return default
    return queue.pop(0) if len(queue) > 1 else queue[0]


# "and" in every supported language: "nous en accusons réception sous 1 jour ouvré et nous
# nous efforçons de la résoudre sous 10 jours ouvrés" is two clauses, each with its own
# number (scorer blind68's good reply). ("e-mail" is no Italian "e".)
_CLAUSE_SPLIT = re.compile(
    r"[.,](?!\d)|[;!?()\n]|\s[-–—]\s|\band\b|\bthen\b|\b(?:et|und|y|ed|puis|dann|poi)\b|"
    r"\be\b(?![-.])"
)
# A clause that rules something out names no subject of the next clause's number: "as long
# as it isn't a Final Sale, clearance or short flash-sale item, send us ... and the
# difference goes back within 3 business days" (scorer blind68's good reply).
_NEGATED_PART = re.compile(
    r"\b(?:not|never|no|isn't|aren't|don't|doesn't|won't|can't|cannot|pas|nicht|kein\w*|non|"
    r"não|niet|geen|nunca|jamais|nessun\w*|ningún|ninguna)\b|n't\b",
    re.I,
)
STOP_WORDS = frozenset(
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


# A place's region tag (`places.tags_of`) as the facts' keyword for it ("EU", "UK", "Canada").
_REGION_WORD = {"eu": "eu", "uk": "uk", "canada": "canad"}
_SHORT_NAME = re.compile(r"\b[A-Z]{2,3}\b")  # "UK", "EU", "US": names too short for words
_NOT_NAMES = frozenset(["et", "am", "pm", "dm", "faq", "ok"])


def _keywords(text: str) -> set[str]:
    # Hyphenated words count by their parts: "Northwind-brand packs" ~ "Northwind packs".
    words = re.findall(r"[a-z][a-z']{3,}", normalize(text))
    short = {w.lower() for w in _SHORT_NAME.findall(text)} - _NOT_NAMES
    # Five letters stand for the word: "replace" ~ "replacement", "issued" ~ "issue".
    return {w.rstrip("s")[:5] for w in words if w not in STOP_WORDS} | short


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_LINE_OR_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
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
    return frozenset(names - STOP_WORDS)


def draft_names(text: str, facts: str) -> set[str]:
    """The draft's names, including one that opens a sentence ("Klarna refunds ...") when
    the facts write it as a name mid-sentence."""
    names = set(_mid_sentence_names(text))
    known = _mid_sentence_names(facts)
    for sentence in _SENTENCE_SPLIT.split(text.strip()):
        first = _FIRST_WORD.match(sentence)
        if first and first.group(1).lower().rstrip("s") in known:
            names.add(first.group(1).lower().rstrip("s"))
    return names


def draft_clauses(text: str, negated_apart: bool = False) -> list[str]:
    """Clauses that each carry their own subject and number. A clause without a number
    (a list item: "Alaska, Hawaii, Puerto Rico and APO/FPO orders ship free from $150") is
    joined to the next one, so the number stays with every subject it is stated for, but
    never across a sentence end ("..., Monday to Friday, leave the same day." says nothing
    about the next sentence's "Orders ship within 1 business day"). With `negated_apart`
    (a draft's clauses), a numberless clause with a negation stands apart, with the list
    items after it ("isn't a Final Sale, clearance or short flash-sale item")."""
    out: list[str] = []
    pending = ""
    # A line break ends a sentence too: the facts are one per line, and an expected fact
    # without a number ("next business day") says nothing about the next line's support
    # hours ("Monday to Friday 8am-8pm", scorer blind74's good reply).
    for sentence in _LINE_OR_SENTENCE.split(_BRACKETED_NUMBER.sub(r" \1", text)):
        negated = False
        for part in _CLAUSE_SPLIT.split(sentence):
            if not part.strip():
                continue
            has_claims = bool(extract_claims(part))
            if negated_apart and not has_claims and (negated or _NEGATED_PART.search(part)):
                if not negated and pending:
                    out.append(pending)
                    pending = ""
                negated = True
                out.append(part)
                continue
            negated = False
            pending = f"{pending} {part}" if pending else part
            if has_claims:
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
    for clause in draft_clauses(facts):
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


def misattributed(
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
    if claim.kind != "time":
        # A country stands for its row's region: "El envío a España es gratis desde $150"
        # when $150 is Canada's and the EU's is $200 (scorer blind130).
        subjects |= {_REGION_WORD[t] for t in tags_of(places(draft_clause)) if t in _REGION_WORD}
    if claim.kind == "time" and _weekday_supports(claim, draft_clause, facts):
        return None
    clauses = [
        (kw, own, [c for c in cl if c.kind == claim.kind and not _is_window(c, text)])
        for text, cl, kw, own in _fact_clauses(facts)
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


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _weekday_supports(claim: Claim, draft_clause: str, facts: str) -> bool:
    """Whether a fact clause states the clock time for a weekday the draft clause names:
    "We're back Monday from 8am–8pm Eastern Time on live chat and by phone" has Monday's
    hours ("Monday to Friday 8am–8pm and Saturday 9am–5pm Eastern Time, by live chat and
    phone"), though the Saturday clause shares more of its words (scorer blind119's good
    reply). The day is what the hours are for."""
    days = {d.lower() for d in _WEEKDAY.findall(draft_clause)}
    if not days:
        return False
    return any(
        days & {d.lower() for d in _WEEKDAY.findall(text)} and any(claim.matches(c) for c in claims)
        for text, claims, _, _ in _fact_clauses(facts)
    )


# "the two weeks before Christmas", "the last 10 days before Thanksgiving": a stretch of the
# calendar before a holiday or a month, naming when a rule applies, not a figure of the rule.
# It rivals nothing: "up to 2 business days" in a draft about the Black Friday weekend is the
# rule's own number (scorer blind86's good reply, where the window shared the draft's
# names). A span after an event of the order ("the first 90 days after delivery") is a
# figure of the rule and still rivals (scorer blind27's "1-year" for a 90-day claim window).
_WINDOW = re.compile(
    r"\bthe (?:last |final |busy )?(\d+) (?:days?|weeks?) (?:before|leading up to) (?:the )?"
    r"(?:christmas|holidays?|new year|thanksgiving|easter|hanukkah|black friday|cyber monday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)


def _is_window(claim: Claim, clause: str) -> bool:
    if claim.kind != "duration" or not re.search(r"\bthe\b", clause, re.I):
        return False
    value = claim.value if claim.high is None else None
    return any(
        value is not None and _is_value(m.group(0), value)
        for m in _WINDOW.finditer(digits_for_words(normalize(clause)))
    )


def _is_value(window: str, days: float) -> bool:
    claims = extract_claims(window)
    return any(c.kind == "duration" and c.value == days for c in claims)


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


# A phone number or address the draft shares with one fact line anchors the sentence to that
# line: "call 1-800-555-0199 (7 days a week, 9am–5pm ET)" gives the recall line's hours,
# which the facts state as 8am–8pm; 9am–5pm is the support team's Saturday (scorer blind75).
_CONTACT = re.compile(r"\b(?:\+?1[-. ])?\d{3}[-. ]\d{3}[-. ]\d{4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact_hours(claim: Claim, sentence: str, facts: str) -> str | None:
    """The clock time a fact line states for the phone line or address the draft sentence
    gives, when the sentence's own time is not one of them (None otherwise)."""
    if claim.kind != "time":
        return None
    contacts = {c.casefold() for c in _CONTACT.findall(sentence)}
    if not contacts:
        return None
    for line in facts.splitlines():
        if not contacts & {c.casefold() for c in _CONTACT.findall(line)}:
            continue
        times = [c for c in extract_claims(line) if c.kind == "time"]
        if times and not any(claim.matches(t) for t in times):
            # The rival on the same side of noon: "5pm" against "8pm", not "8am".
            same = [t for t in times if t.text[-2:].lower() == claim.text[-2:].lower()]
            return (same or times)[0].text
    return None


# --- clock times by weekday ------------------------------------------------------------

# Weekday names in the seven supported languages (full names, plurals, English short
# forms; not the two-letter forms, which are words elsewhere: "do", "ma", "zo"), and the
# working week as one word ("weekdays", "en semaine", "werktags").
_DAYS = (
    r"monday|mon|lunes|lundi|montag|luned[iì]|segunda(?:-feira)?|maandag",
    r"tuesday|tue|tues|martes|mardi|dienstag|marted[iì]|ter[çc]a(?:-feira)?|dinsdag",
    r"wednesday|wed|mi[ée]rcoles|mercredi|mittwoch|mercoled[iì]|quarta(?:-feira)?|woensdag",
    r"thursday|thu|thur|thurs|jueves|jeudi|donnerstag|gioved[iì]|quinta(?:-feira)?|donderdag",
    r"friday|fri|viernes|vendredi|freitag|venerd[iì]|sexta(?:-feira)?|vrijdag",
    r"saturday|sat|s[áa]bado|samedi|samstag|sabato|zaterdag",
    r"sunday|sun|domingo|dimanche|sonntag|domenica|zondag",
)
_ANY_DAY = "|".join(_DAYS)
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|a|à|al|bis|tot|t/m)\s+)"
_WEEK = (
    r"weekdays?|week ?days|entre semana|d[íi]as laborables|en semaine|werktags|unter der "
    r"woche|nei giorni feriali|dias [úu]teis|doordeweeks|op werkdagen"
)
_DAY_MENTION = re.compile(
    rf"\b(?:(?:{_ANY_DAY})s?\.?{_TO}(?:{_ANY_DAY})s?|(?:{_ANY_DAY})s?|{_WEEK})\b",
    re.I,
)
_DAY_RES = [re.compile(rf"(?:{d})s?\.?", re.I) for d in _DAYS]
# A clock time range: opening hours, not a cut-off ("by 2pm").
_TIME_RANGE = re.compile(r"\d(?::\d\d)?\s?(?:am|pm)?\s?[–—-]\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)", re.I)
_DAY_PIECE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?:and|y|et|und|e|en)\s+", re.I)


def _days_of(mention: str) -> set[int]:
    """The weekdays one mention names: "Saturday", "Mon–Fri", "weekdays"."""
    if re.fullmatch(_WEEK, mention, re.I):
        return set(range(5))
    parts = re.split(_TO, mention)
    ends = [i for part in parts for i, rx in enumerate(_DAY_RES) if rx.fullmatch(part.strip())]
    if len(ends) == 2 and ends[0] <= ends[1]:
        return set(range(ends[0], ends[1] + 1))
    return set(ends)


@lru_cache(maxsize=512)
def _hours_by_day(facts: str) -> dict[int, tuple[Claim, ...]]:
    """The opening hours (time ranges) the facts state for each weekday: "Monday to Friday
    8am-8pm and Saturday 9am-5pm" gives 8am-8pm to Monday..Friday, 9am-5pm to Saturday."""
    hours: dict[int, list[Claim]] = {}
    for piece in _DAY_PIECE_SPLIT.split(facts):
        if not _TIME_RANGE.search(piece):
            continue
        times = [c for c in extract_claims(piece) if c.kind == "time"]
        for m in _DAY_MENTION.finditer(piece):
            for day in _days_of(m.group(0)):
                hours.setdefault(day, []).extend(times)
    return {day: tuple(times) for day, times in hours.items()}


def weekday_hours(claim: Claim, draft_clause: str, facts: str) -> str | None:
    """Opening hours given to a weekday the facts give other hours: "notre équipe répond le
    samedi de 8am–8pm" when Saturday is 9am–5pm and 8am–8pm is Monday to Friday (scorer
    blind77). The time is backed somewhere in the facts, so only its day tells it is wrong.
    The day is the last one named before the time range in its clause; it must have
    hours in the facts, none of them this time."""
    if claim.kind != "time":
        return None
    ranges = list(_TIME_RANGE.finditer(draft_clause))
    at = draft_clause.find(claim.text)
    here = [r for r in ranges if r.start() <= at < r.end()]
    if at < 0 or not here:
        return None
    start = max((r.end() for r in ranges if r.end() <= here[0].start()), default=0)
    mentions = list(_DAY_MENTION.finditer(draft_clause[start : here[0].start()]))
    if not mentions:
        return None
    days = _days_of(mentions[-1].group(0))
    hours = _hours_by_day(facts)
    if not days or not all(day in hours for day in days):
        return None
    if any(claim.matches(t) for day in days for t in hours[day]):
        return None
    # The rival on the same side of noon: "5pm" against "8pm", not "9am".
    rivals = hours[min(days)]
    same = [t for t in rivals if t.text[-2:].lower() == claim.text[-2:].lower()]
    return (same or rivals)[0].text
