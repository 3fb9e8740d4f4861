"""Claims the number extractor alone misjudges, for `accuracy.numbers_supported`: dates,
order cut-off times, and amounts worked out from the customer's own.

A date is no number the claim extractor sees: "delivered between November 1 and
December 31" passed as two bare numbers when the facts say December 24, since a 31 stood
elsewhere in them ("January 31"). A clock time inside the support hours was supported by
them: "Order by 5pm ET and it leaves the same day" when the order cut-off is 2pm and
Saturday support closes at 5pm. And "we refund the difference, $36" names no amount of the
facts: it is the customer's $179 less today's $143 (scorer blind52 and blind53).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .number_forms import decimal_points
from .textutil import Claim, extract_claims

# Month names in the supported languages, to their number.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan enero janvier januar gennaio janeiro januari",
        "february feb febrero février fevrier februar febbraio fevereiro februari",
        "march marzo mars märz marz março marco maart",
        "april apr abril avril aprile",
        "may mayo mai maggio maio mei",
        "june jun junio juin juni giugno junho",
        "july jul julio juillet juli luglio julho",
        "august aug agosto août aout augustus",
        "september sep sept septiembre setiembre septembre settembre setembro",
        "october oct octubre octobre oktober ottobre outubro",
        "november nov noviembre novembre novembro",
        "december dec diciembre décembre decembre dezember dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH})\.? (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d)|"
    rf"\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)? (?:of |de |di )?(?P<m2>{_MONTH})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=2048)
def dates_in(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) dates `text` names. "may" counts as a month only capitalised."""
    out = set()
    for m in _DATE.finditer(text):
        name = m.group("m1") or m.group("m2")
        if name.lower() == "may" and not name[0].isupper():
            continue
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            out.add((_MONTHS[name.lower()], day))
    return frozenset(out)


def unsupported_dates(draft: str, facts: str, post: str) -> list[str]:
    """Dates the draft names that neither the facts nor the post name."""
    known = dates_in(facts) | dates_in(post)
    found = []
    for m in _DATE.finditer(draft):
        date = dates_in(m.group(0))
        if date and not date <= known:
            found.append(m.group(0))
    return found


# "Orders placed by 2pm ET leave the same day": a deadline for ordering, not an hour of
# the day the support team works.
_CUTOFF = re.compile(
    r"\b(?:order(?:s|ed)?|placed?|place (?:it|your order)|check(?:ing)? ?out|purchase[sd]?|"
    r"pedidos?|commandes?|bestellung(?:en)?|ordini|encomendas?|bestellingen)\b[^.!?;]{0,40}?"
    r"\b(?:by|before|no later than|antes de(?: las?)?|avant|vor|bis|entro le|prima delle|até "
    r"às|até as|voor)\s*$|"
    # "The cut-off is 5pm ET", "la hora límite son las 17:00".
    r"\b(?:cut-?off|deadline|hora límite|hora de corte|heure limite|bestellschluss|orario "
    r"limite|horário limite|horário de corte)(?: time)?\s*(?:is|was|of|at|es|son|est|ist|è|é|"
    r":)?\s*(?:(?:the|las|la|à|um|alle|ore|às) )?$",
    re.IGNORECASE,
)


# "the 5pm Eastern Time cut-off": the time named right before the word for a cut-off
# (scorer blind129's wrong number). Not "3pm ET you'd just miss that cut-off".
_CUTOFF_AFTER = re.compile(
    r"\s*(?:\(?(?:et|est|edt|pt|pst|ct|cst|mt)\)?|(?:eastern|pacific|central|mountain)(?: "
    r"time)?)?\s*(?:order |ordering |shipping |same-day )?(?:cut-?off|deadline)\b",
    re.IGNORECASE,
)


def _cutoffs(text: str) -> list[tuple[Claim, int]]:
    out = []
    for claim in extract_claims(text):
        if claim.kind != "time" or claim.high is not None:
            continue
        at = text.lower().find(claim.text.lower())
        if at >= 0 and (
            _CUTOFF.search(text[max(0, at - 80) : at])
            or _CUTOFF_AFTER.match(text, at + len(claim.text))
        ):
            out.append((claim, at))
    return out


def wrong_cutoffs(draft: str, facts: str) -> list[str]:
    """Order cut-off times in the draft that differ from every cut-off the facts state
    (when they state one)."""
    stated = [c for c, _ in _cutoffs(facts)]
    if not stated:
        return []
    return [
        f"{c.text!r} contradicts the facts' order cut-off ({stated[0].text!r})"
        for c, _ in _cutoffs(draft)
        if not any(abs(c.value - s.value) < 1e-6 for s in stated)
    ]


def _single(claims: list[Claim], kind: str) -> set[float]:
    return {c.value for c in claims if c.kind == kind and c.high is None}


# "10% off, up to a maximum discount of $50": a percentage's amount is capped (scorer
# blind8: "10% off, so on a $700 order you'd save $70" is wrong).
_CAP = re.compile(
    r"\b(?:up to|maximum|max|at most|capped at|no more than|limited to|hasta|jusqu'à|bis zu|"
    r"höchstens|fino a|até|tot maximaal|maximaal)\b[^.;\d$€£]{0,25}[$€£]\s?(\d[\d,]*(?:\.\d+)?)",
    re.I,
)


def is_derived_amount(claim: Claim, post: list[Claim], grounded: list[Claim], facts: str) -> bool:
    """An amount worked out from the customer's own amount (scorer blind53): the
    difference or sum of it and another amount of the post or the facts ("bought for $179,
    now $143": "we refund the difference, $36"), or a percentage of the facts or the post
    applied to it ("a 10% bonus on your $229 jacket: $251.90 of store credit"). Money with
    money only, and one amount at least the customer's: the facts' own amounts, many of
    them prices side by side, would otherwise ground a wrong one by chance."""
    if claim.kind != "money" or claim.high is not None:
        return False
    own = _single(post, "money")
    if not own:
        return False
    amounts = own | _single(grounded, "money")
    v = claim.value
    if any(
        _cents(abs(a - b)) == _cents(v) or _cents(a + b) == _cents(v)
        for a in own
        for b in amounts
        if a != b
    ):
        return True
    rates = _single(grounded, "percent") | _single(post, "percent")
    cap = min((float(m.group(1).replace(",", "")) for m in _CAP.finditer(facts)), default=None)
    for a in own:
        for r in rates:
            part = a * r / 100
            if not 0 < r < 100 or (cap is not None and part > cap + 0.005):
                continue
            if _cents(v) in (_cents(part), _cents(a + part), _cents(a - part)):
                return True
    return False


# What is left to the customer after a percentage is kept back, in the supported
# languages: "you'd get back 85%", "te devolvemos el 85 %", "vous récupérez 85 %".
_REMAINDER = re.compile(
    r"\b(?:back|refund\w*|get|receive|keep|left|remaining|rest|reembols\w*|devolv\w*|"
    r"recib\w*|rembours\w*|récup\w*|reçoi\w*|zurück\w*|erstatt\w*|erhalt\w*|rimbors\w*|"
    r"restitu\w*|ricev\w*|receb\w*|terug\w*|krijg\w*|ontvang\w*)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def is_complement_percent(claim: Claim, draft: str, grounded: list[Claim]) -> bool:
    """The share left after a stated percentage (scorer blind71's good reply): "a 15%
    restocking fee applies, so you'd get back 85% of what you paid". Only when the same
    sentence of the draft states the facts' percentage too and says what is given back:
    "85%" alone, or next to another percentage, is still a claim of its own."""
    if claim.kind != "percent" or claim.high is not None or not 0 < claim.value < 100:
        return False
    rest = 100 - claim.value
    if not any(
        g.kind == "percent" and g.high is None and abs(g.value - rest) < 1e-6 for g in grounded
    ):
        return False
    for sentence in _SENTENCE_END.split(draft):
        if claim.text not in sentence or not _REMAINDER.search(sentence):
            continue
        stated = extract_claims(sentence)
        if any(
            c.kind == "percent" and c.high is None and abs(c.value - rest) < 1e-6 for c in stated
        ):
            return True
    return False


def _worked_pairs(text: str) -> set[float]:
    """The percentages a sentence of `text` works through between two of its amounts ("a
    10% bonus: a $100 return becomes $110" gives 10): one amount is the other plus or less
    that share, or the share of it."""
    found: set[float] = set()
    for sentence in _SENTENCE_END.split(text):
        stated = [c for c in extract_claims(sentence) if c.high is None]
        money = [c.value for c in stated if c.kind == "money" and c.value > 0]
        for p in (c.value for c in stated if c.kind == "percent"):
            factors = (1 + p / 100, 1 - p / 100, p / 100)
            if any(abs(a * f - b) < 0.011 for a in money for b in money if a != b for f in factors):
                found.add(p)
    return found


def is_worked_percent(claim: Claim, draft: str, facts: str) -> bool:
    """An amount in a worked example of a stated percentage (scorer blind73's good reply):
    "we add a 10% bonus, so a $50 return becomes $55" when the facts' own example is $100
    and $110. Only for a percentage the facts themselves work through that way, and only
    when the claim and the other amount of the draft's sentence do the same sum: "10% off,
    so on a $700 order you'd save $70" stays a claim where the facts cap the saving at $50
    and give no example."""
    if claim.kind != "money" or claim.high is not None or claim.value <= 0:
        return False
    for sentence in _SENTENCE_END.split(draft):
        if claim.text in sentence:
            stated = [c for c in extract_claims(sentence) if c.high is None]
            if not any(c.kind == "percent" for c in stated):
                continue
            worked = _worked_pairs(sentence)
            if worked and worked & _worked_pairs(facts):
                return True
    return False


_WORKDAYS = frozenset(["business day", "working day"])


def is_derived_duration(claim: Claim, post: list[Claim], grounded: list[Claim]) -> bool:
    """Time left, worked out from the customer's own duration (scorer blind54): "60 days
    from delivery, so at 45 days you still have 15 days to go". Only a difference, only
    with the customer's duration on one side, and days with days: business days are never
    taken from calendar days, nor hours from days."""
    if claim.kind != "duration" or claim.high is not None or claim.value <= 0:
        return False
    own = [p for p in post if p.kind == "duration" and p.high is None]
    others = own + [g for g in grounded if g.kind == "duration" and g.high is None]

    def same_unit(a: Claim, b: Claim) -> bool:
        return a.same_quantity(b) and (a.unit in _WORKDAYS) == (b.unit in _WORKDAYS)

    return any(
        same_unit(claim, a)
        and same_unit(claim, b)
        and abs(a.value - b.value) > 0
        and abs(abs(a.value - b.value) - claim.value) < 1e-6
        for a in own
        for b in others
    )


def _cents(value: float) -> int:
    return round(value * 100)


# A range of serial or batch codes ("serials starting 25A-25H", "lots 3B to 3F"): the
# number extractor sees only the shared 25 and finds it in the facts, so "25A-25K" passed
# when the facts say 25A through 25H (scorer blind61). Each end of a code range must be a
# code the facts or the post name.
# (Not clock times in capitals: "8AM-8PM".)
_CODE = r"(\d{1,4}(?!AM\b|PM\b)[A-Z]{1,2})"
_CODE_RANGE = re.compile(
    r"\b" + _CODE + r"\s*(?:[-\u2013\u2014]|\bto\b|\bthrough\b|\bthru\b|\bbis\b|\ba\b|"
    r"\bà\b|\bal\b|\btot\b|\bt/m\b|\bfino a\b|\baté\b)\s*" + _CODE + r"\b"
)


def unsupported_code_ranges(draft: str, facts: str, post: str) -> list[str]:
    """The ends of code ranges in `draft` that neither `facts` nor `post` name."""
    known = facts + " " + post
    problems = []
    for m in _CODE_RANGE.finditer(draft):
        for end in m.groups():
            if not re.search(rf"(?<!\w){re.escape(end)}(?!\w)", known):
                problems.append(f"{end!r} (in {m.group(0)!r}) is not a code the facts give")
    return problems


# A count with its unit word: "200 points", "100 puntos".
_COUNT = re.compile(r"(?<![\d$€£.,])(\d[\d,]*)\s+([^\W\d_]{3,})", re.UNICODE)
_RATE_SEGMENT = re.compile(r"(?<=[.!?])\s+|\n+")


# The facts are written in English and the draft may count in the customer's language:
# "Com 340 pontos ... $15", "Met 340 punten heb je dus $15" against "100 points = a $5
# reward" (scorer blind121 and blind126's good replies).
_UNIT_ALIASES = {
    "point": "points",
    "pts": "points",
    "puntos": "points",
    "pontos": "points",
    "punten": "points",
    "punkte": "points",
    "punti": "points",
}


def _counts(text: str) -> set[tuple[float, str]]:
    counts = set()
    for m in _COUNT.finditer(text):
        word = m.group(2).casefold()
        counts.add((float(m.group(1).replace(",", "")), _UNIT_ALIASES.get(word, word)))
    return counts


def _said_unit(unit: str, post: str) -> bool:
    """Whether the post names the unit, in English or in the words `_UNIT_ALIASES` maps."""
    said = post.casefold()
    return unit in said or any(w in said for w, u in _UNIT_ALIASES.items() if u == unit)


def is_converted_amount(claim: Claim, draft: str, facts: str, post: str = "") -> bool:
    """An amount converted at a rate the facts state (scorer blind62's good reply): "100
    points = a $5 reward" and the facts' "200 points" in the draft give "so that's $10".
    The draft must state the count, in the rate's own unit ("200 points" against "100
    points"), and the count must be one of the facts' own, so a mistyped count converts to
    nothing; only whole multiples of the rate's count, and only with the rate's own amount
    stated in the draft.

    The customer's own count converts too, in whole steps of the rate (scorer blind106's
    good reply: "I've got 340 Trailhead points" and "100 points = a $5 reward" give "$15 in
    rewards"): rewards are made per full step, so the remainder earns nothing, and a
    proportional "$17" stays a claim."""
    if claim.kind != "money" or claim.high is not None:
        return False
    drafted = _counts(draft)
    stated = drafted & _counts(facts)
    # (The post may name the unit after a word: "340 Trailhead points".)
    said = {count for count, _ in _counts(post)}
    own = {(c, w) for c, w in drafted - stated if c in said and _said_unit(w, post)}
    # The draft states the rate too ("Every 100 points becomes a $5 reward, so that's $10");
    # "Every 100 points becomes a $10 reward" misstates it (scorer blind16).
    in_draft = {c.value for c in extract_claims(draft) if c.kind == "money" and c.high is None}
    for segment in _RATE_SEGMENT.split(facts):
        amounts = [c.value for c in extract_claims(segment) if c.kind == "money" and c.high is None]
        if not amounts:
            continue
        for base, unit in _counts(segment):
            for count, word in stated:
                if word != unit or base <= 0 or count == base or count % base:
                    continue
                # (Nor need the rate be restated where the draft does not name its count:
                # "200 points in their birthday month, which works out to $10 in rewards",
                # scorer blind149's good reply; "Every 100 points becomes a $10 reward"
                # names it and still misstates it.)
                restated = (base, unit) in drafted
                if any(
                    _cents(a * count / base) == _cents(claim.value)
                    and (a in in_draft or not restated)
                    for a in amounts
                ):
                    return True
            for count, word in own:
                if word != unit or base <= 0 or count <= base:
                    continue
                steps = count // base
                if any(_cents(a * steps) == _cents(claim.value) and a in in_draft for a in amounts):
                    return True
    return False


_BARE_COUNT = re.compile(r"(?<![\d$€£.,])\b(\d{1,6})\b(?![.,]?\d|\s*%)")


def step_remainders(facts: str, post: str) -> set[float]:
    """What is left of the customer's count after the rate's whole steps: "340 pontos" at
    "100 points = a $5 reward" leave "os 40 pontos restantes" (scorer blind121's good
    reply); only counts in a unit the facts pair with an amount. And, for a count short of
    the first step, what is missing to it: "just hit 85" at "Every 100 points becomes a $5
    reward" is "only 15 points away" (scorer blind140's good reply); past a step, "340
    pontos" leave 40, and "60 pontos restantes" stays wrong."""
    said = _counts(post)
    left: set[float] = set()
    for segment in _RATE_SEGMENT.split(facts):
        if not any(c.kind == "money" for c in extract_claims(segment)):
            continue
        for base, unit in _counts(segment):
            left |= {c % base for c, w in said if w == unit and base > 0 and c > base}
            # (The post may name the unit apart from the count: "how many points do i need?
            # just hit 85".)
            bare = (
                {float(n) for n in _BARE_COUNT.findall(post)} if _said_unit(unit, post) else set()
            )
            near = {c for c, w in said if w == unit} | bare
            left |= {base - c for c in near if 0 < c < base}
    return left - {0.0}


# A count of points given as a rate: "50 points each", "100 puntos por reseña".
_RATE = re.compile(
    r"\b(\d[\d,.]*)\s*(points?|pts|puntos|punkte|punti|pontos|punten)\s+(each|apiece|a "
    r"piece|(?:per|for each|por|por cada|par|pour chaque|je|pro|per ogni) \w+|cada (?:un[oa]|"
    r"\w+)|chacun\w*|jeweils|ciascun\w*|per stuk|elk\w*|ieder\w*)\b",
    re.IGNORECASE,
)
_EACH = re.compile(
    r"^(?:each|apiece|a piece|cada un[oa]|chacun\w*|jeweils|ciascun\w*|per stuk|"
    r"elk\w*|ieder\w*)$",
    re.IGNORECASE,
)


def _rate_key(m: re.Match[str]) -> tuple[str, str]:
    """The unit and what it is counted per: "each" in every language, else the word after
    "per" cut to its stem ("per review", "por reseña")."""
    per = m.group(3).lower()
    return m.group(2).lower()[:4], "each" if _EACH.match(per) else per.split()[-1][:5]


def _rates(text: str) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for m in _RATE.finditer(text):
        found.setdefault(_rate_key(m), set()).add(m.group(1).replace(",", ""))
    return found


def wrong_rates(draft: str, facts: str) -> list[str]:
    """A points rate the facts do not give (scorer blind72): "reviews with a photo earn 100
    points each" when the facts say 50 points each and 100 points make a $5 reward. The 100
    is in the facts, so the number alone passes; as a rate "each" it is not one of theirs.
    Only against the facts' rates of the same unit, counted per the same thing ("1 point
    per dollar" is not compared with "50 points each")."""
    given = _rates(decimal_points(facts))
    if not given:
        return []
    problems = []
    for m in _RATE.finditer(decimal_points(draft)):
        key = _rate_key(m)
        if key in given and m.group(1).replace(",", "") not in given[key]:
            stated = " or ".join(sorted(given[key]))
            problems.append(f"{m.group(0)!r} is not a rate the facts give ({stated})")
    return problems


# The unit a rate is counted in: "1.5 points per $1", "for every $1 you spend", "por cada
# $1", "pour 1 $", "pro 1 €", "per ogni 1 €", "por cada R$ 1", "voor elke $1". One of the
# currency names the unit, not an amount, so it is no claim to find in the facts (scorer
# blind79's good reply against a tier table that gives "$1,500 or more"). Only a unit of
# one: "per $2" would change the rate and stays a claim.
_RATE_UNIT = re.compile(
    r"(?:\bper|\bfor (?:every|each)|\bpor(?: cada)?|\bpour(?: chaque)?|\bpar|\bpro|\bje|"
    r"\bper ogni|\bogni|\ba cada|\bvoor (?:elke|iedere)|\bevery|\beach)\s*(?:R?\$|€|£|R)?\s*$",
    re.IGNORECASE,
)


def is_rate_unit(claim: Claim, text: str) -> bool:
    """Whether every place `claim` stands in `text` is the unit of one of a rate."""
    if claim.kind != "money" or claim.value != 1:
        return False
    spots = [
        m.start()
        for m in re.finditer(re.escape(claim.text), text)
        if not re.match(r"[\d.,]\d", text[m.end() : m.end() + 2])
    ]
    return bool(spots) and all(_RATE_UNIT.search(text[max(0, at - 20) : at]) for at in spots)
