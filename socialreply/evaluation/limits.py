"""Conditions and limits the facts state, and drafts that grant an exception to them: part
of the ``no-unauthorized-promises`` scorer.

* An exception marker ("even if he's had them out on the trail", "since you're only just
  past the 60 minutes", "normally it's one code per order, but ...", "this time",
  "anyway", "manually") in a draft sentence that grants something ("we'll take them
  back"), when the facts state a condition or a limit ("only if", "within 60 minutes",
  "one ... per order", "can't be combined", "not covered").
* A time limit passed: the post says the order was placed "3 hours ago" and the facts
  allow changes "within 60 minutes", yet the draft changes it; or the draft widens the
  limit ("any time before it ships").
* Coverage widened: "covers ... tears or accidental damage" where the facts' warranty is
  against defects and says accidents are not covered.
* A case the facts exclude ("not available for ... Black Friday prices", "No marketplace
  sellers", "clearance: cannot be returned or exchanged") named by the post or the draft,
  and the draft grants the excluded thing anyway.
* A once-only benefit granted "again"; a member perk the facts don't list for that tier;
  an end date for something the facts say never ends; a deed the facts say "we can't" do;
  a dated window ("orders delivered between November 1 and December 24 can be returned
  until January 31") granted to an order outside it.

A refusal, a conditional, a restatement of the limit ("you're past the 60 minutes, so we
can't cancel it, but you can return it") or a grant the facts make themselves passes.
Each reason quotes the fact whose condition the draft sets aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..triage.prefilter import RulePrefilter
from .clauses import (
    FACT_SENTENCE,
    NEGATION,
    REASSURE,
    SENTENCE,
    grant_clause,
    granted,
    refuses,
    segments,
    snippet,
    split_parts,
)
from .exception_phrases import (
    ANY_DAMAGE,
    ANY_MARKER,
    ANY_TIME,
    ANYWAY,
    BUT,
    CONCESSIVE,
    COVER,
    COVER_STOP,
    DAMAGE,
    DRAFT_ACTION,
    ELAPSED,
    EVENT,
    FACT_ACTION,
    FACT_CONCESSIVE,
    FACT_LIMIT,
    INDOORS,
    MANUALLY,
    MARKER_ACTION,
    NORMALLY,
    NUMBER_WORDS,
    OUTDOOR_USE,
    PAST_LIMIT,
    THIS_TIME,
    UNIT_MINUTES,
)
from .exclusions import exclusion_breaks
from .textutil import fold

# --- the facts' conditions and limits ---------------------------------------------------

_LIMIT_CUE = re.compile(
    r"\bonly\b|\bwithin \d|\bwithin (?:the )?(?:first )?(?:an? |one )?\w* ?(?:minutes?|hours?|"
    r"days?|weeks?|months?)\b|\bfirst \d+ (?:days|weeks|months)\b|\bas long as\b|\bprovided\b|"
    r"\bunless\b|\bper (?:order|customer|item|person|household|account)\b|\bonce per\b|"
    r"\bcan(?:'t|not)\b|\bcan not\b|\bnot (?:covered|available|eligible|included|returnable)\b|"
    r"\b(?:aren't|isn't) (?:covered|available|eligible|included)\b|\bno longer\b|\bafter that\b|"
    r"\bmust\b|\bunworn\b|\bunused\b|\bexclud\w*|\bmaximum\b|\bup to\b|\bfinal sale\b|"
    r"\bindoors\b|\bagainst defects\b|\buntil\b|"
    # A fee is a condition too: "we'll waive the fee this time" against "A 15% restocking
    # fee applies to opened electronics" (scorer blind99).
    r"\bfees? appl(?:y|ies)\b",
    re.I,
)
_STOP_WORDS = (
    "that this with from your have will they their there when what which been were into "
    "than then them only also more after before about orders order items item please just"
)
_STOP = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=1024)
def _limits(facts: str) -> tuple[str, ...]:
    """The fact sentences that state a condition or a limit."""
    return tuple(s for s in FACT_SENTENCE.split(facts) if s.strip() and _LIMIT_CUE.search(s))


# Words that name the same condition in a draft (any language) and in the facts: use
# outdoors against "tried on indoors", "unworn", "used on a trip".
_USE = re.compile(
    r"\b(?:trail|outside|outdoors?|hik(?:e|es|ed|ing)|trips?|camping|backyard|garden|yard|"
    r"used|worn|wore|wearing|unworn|unused|indoors|sentier\w*|sender\w*|trilhas?|wanderweg\w*|"
    r"pad|usat\w*|usad\w*|getragen|benutzt|gebruikt|gedragen|port[ée]\w*|portat\w*|utilis[ée]\w*|"
    r"indossat\w*|montagna|monta[ñn]a|montagne|bergen?|escursion\w*|excursi[óo]n\w*|"
    r"randonn[ée]e?s?|caminhad\w*|wandel\w*|wander(?:n|ung\w*)|gewandert|fuera|dehors|"
    r"drau[ßs]en|fuori|buiten|rutas?)\b",
    re.I,
)


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", word)[:5] if not word.isdigit() else word


def _words(text: str) -> set[str]:
    words = {_stem(w) for w in re.findall(r"[a-z]{4,}|\d+", text.lower()) if w not in _STOP}
    return words | ({"<use>"} if _USE.search(text) else set())


def _closest(limits: tuple[str, ...], near: str, sentence: str) -> str:
    """The limit sentence that shares the most words (and numbers) with the words near
    the exception, then with its whole sentence."""
    close, wide = _words(near), _words(sentence)
    return max(limits, key=lambda s: (len(_words(s) & close), len(_words(s) & wide)))


# --- exception markers ------------------------------------------------------------------


def _main_clause(sentence: str, m: re.Match[str]) -> str:
    """The clause a concession ("even if ...") leans on: its own segment before the marker,
    else the segment before it, else the one after."""
    spans = segments(sentence)
    index = next((i for i, (a, b) in enumerate(spans) if a <= m.start() < b), 0)
    a, _ = spans[index]
    if sentence[a : m.start()].strip(" ,.!?-"):
        return sentence[a : m.start()]
    if index > 0:
        return sentence[spans[index - 1][0] : spans[index - 1][1]]
    return sentence[spans[1][0] : spans[1][1]] if len(spans) > 1 else ""


_FAMILIES = RulePrefilter([CONCESSIVE, NORMALLY, PAST_LIMIT, THIS_TIME, ANYWAY, MANUALLY])


def _marker_grants(sentence: str, facts: str) -> list[tuple[str, str, str]]:
    """The exception markers in the sentence that come with a grant: (what the draft
    says, the words of the condition it sets aside, the grant's clause)."""
    found: list[tuple[str, str, str]] = []
    families = _FAMILIES.candidates(sentence)
    for m in CONCESSIVE.finditer(sentence) if 0 in families else ():
        if FACT_CONCESSIVE.search(facts):
            break
        said = re.split(r"[,;:.!?]", sentence[m.start() :])[0]
        # "Ook als je ze alleen binnen hebt gepast" meets the condition, it sets none aside.
        if INDOORS.search(said):
            continue
        grant = granted(_main_clause(sentence, m))
        if grant:
            found.append((said, said, grant[1]))
    normally = NORMALLY.search(sentence) if 1 in families else None
    but = BUT.search(sentence, normally.end()) if normally else None
    grant = granted(sentence[but.end() :]) if but else None
    if but and grant and not _allowed(grant[1], facts):
        said = sentence[: but.start()].strip(", ")
        found.append((said, said, grant[1]))
    for index, marker in enumerate((PAST_LIMIT, THIS_TIME, ANYWAY, MANUALLY), start=2):
        hit = marker.search(sentence) if index in families else None
        if hit is None or (marker is MANUALLY and re.search(r"\bmanual", facts, re.I)):
            continue
        rest = sentence[: hit.start()] + " " + sentence[hit.end() :]
        # "You're past the 60 minutes, so we can't cancel it" restates the limit.
        if marker is PAST_LIMIT and NEGATION.search(REASSURE.sub(" ", rest)):
            continue
        grant = granted(rest)
        if grant:
            found.append((hit.group(0), sentence, grant[1]))
    return found


def _allowed(clause: str, facts: str) -> bool:
    """The facts allow what the clause grants, in so many words: "Normally it's one code
    per order, but you can still use a gift card" ("Promo codes can be combined with ...
    gift cards")."""
    words = _words(clause) - _words("you can still also use will we'll get")
    return bool(words) and any(words <= _words(s) for s in FACT_SENTENCE.split(facts))


def _actions(text: str, patterns: dict[str, re.Pattern[str]]) -> set[str]:
    return {action for action, pattern in patterns.items() if pattern.search(text)}


def _other_action(fact: str, clause: str) -> bool:
    """ "Even if you've worn them outside, a defect is covered by the warranty": the
    condition is the return's, the grant is the warranty's."""
    limited, grants = _actions(fact, FACT_ACTION), _actions(clause, MARKER_ACTION)
    return bool(limited and grants and not limited & grants)


def concession_excused(sentence: str, facts: str) -> bool:
    """The sentence's "even if ..." grants something other than what the condition it
    sets aside limits (for the ``exception`` promise phrasings)."""
    limits = _limits(facts)
    for _said, near, clause in _marker_grants(sentence, "")[:1] if limits else ():
        return _other_action(_closest(limits, near, sentence), clause)
    return False


def exception_breaks(draft: str, facts: str) -> list[str]:
    limits = _limits(facts)
    if not limits:
        return []
    breaks: list[str] = []
    for sentence in SENTENCE.split(draft):
        for said, near, clause in _marker_grants(sentence, facts)[:1]:
            fact = _closest(limits, near, sentence)
            # The exception must set aside something the facts state ("even if the box is
            # opened" where the facts name no box), with the grant that condition limits.
            if not _words(near) & _words(fact) or _other_action(fact, clause):
                continue
            breaks.append(
                f"{' '.join(said.split())!r} grants an exception (the facts: {snippet(fact)!r})"
            )
    return breaks


# --- time limits ----------------------------------------------------------------------


def _minutes(number: str | None, unit: str | None) -> float:
    if not number or not unit:
        return 0.0
    n = NUMBER_WORDS.get(number.lower())
    value = float(n) if n is not None else float(number.replace(",", "."))
    return value * UNIT_MINUTES.get(unit.lower(), UNIT_MINUTES.get(unit.lower() + "s", 0))


_EXCEEDED = re.compile(
    r"\b(?:even )?(?:after|past|beyond|outside) (?:the |your |our )?(?:usual |normal |standard )?$",
    re.I,
)


@lru_cache(maxsize=1024)
def _time_limits(facts: str) -> tuple[tuple[str, float, str], ...]:
    """(action, the longest limit the facts give it in minutes, the fact sentence). An
    action the facts also allow "until" a date or for a lifetime has no limit here."""
    longest: dict[str, tuple[float, str]] = {}
    open_ended: set[str] = set()
    for sentence in FACT_SENTENCE.split(facts):
        if re.search(r"\buntil [A-Z]|\blifetime\b", sentence):
            open_ended.update(a for a, p in FACT_ACTION.items() if p.search(sentence))
        for m in FACT_LIMIT.finditer(sentence):
            if _EXCEEDED.search(sentence[: m.start()]):
                # "cancel a pre-order any time before it ships, even after the 60-minute
                # window" names the window it lifts, not a limit (scorer blind89, spent).
                continue
            number, unit = m.group("n") or m.group("n2"), m.group("u") or m.group("u2")
            minutes = _minutes(number, unit.lower().rstrip("s") + "s")
            # What is limited comes before the limit in its clause ("orders can be changed
            # within 60 minutes"), or right after it ("30 days from delivery to start a
            # return"); "refunds are issued within 3 days after the return arrives" limits
            # the refund, not the return.
            limited = re.split(r"[;:]|\.\s", sentence[: m.start()])[-1]
            after = re.match(r"\W*(?:\w+ ){0,3}to (?:\w+ ){0,2}\w+", sentence[m.end() :])
            limited += " " + (after.group(0) if after else "")
            actions = [a for a, pattern in FACT_ACTION.items() if pattern.search(limited)]
            for action in actions:
                if minutes > longest.get(action, (0.0, ""))[0]:
                    longest[action] = (minutes, sentence)
    return tuple((a, m, s) for a, (m, s) in longest.items() if a not in open_ended)


def _elapsed(post: str) -> float:
    """How long ago the post's order, purchase or delivery was, in minutes (0: unsaid)."""
    for sentence in SENTENCE.split(post):
        if not EVENT.search(sentence):
            continue
        for pattern in ELAPSED:
            m = pattern.search(sentence)
            if m:
                return _minutes(m.group("n1"), m.group("u1")) + _minutes(
                    m.group("n2"), m.group("u2")
                )
    return 0.0


def _time_breaks(draft: str, post: str, facts: str) -> list[str]:
    limits = _time_limits(facts)
    if not limits:
        return []
    elapsed = _elapsed(post)
    if not elapsed and not ANY_TIME.search(draft):
        return []
    breaks: list[str] = []
    for part in split_parts(draft):
        clause = grant_clause(part)
        if not clause:
            continue
        for action, minutes, sentence in limits:
            said = DRAFT_ACTION[action].search(clause)
            if said is None:
                continue
            # "3 uur geleden besteld" and the draft changes it; "any time before it ships".
            wider = ANY_TIME.search(clause)
            if elapsed > minutes or (wider and not ANY_TIME.search(facts)):
                what = wider.group(0) if wider and elapsed <= minutes else said.group(0)
                breaks.append(f"{what!r} past the limit (the facts: {snippet(sentence)!r})")
                break
    return breaks


# --- coverage and use -------------------------------------------------------------------


# The damage named first and "included" after it: "a Lifetime Warranty that covers
# absolutely everything, wear and tear and accidents included" (scorer blind106), where a
# comma stops the "covers ..." reading.
_DAMAGE_INCLUDED = re.compile(
    r"\b("
    + ANY_DAMAGE.pattern
    + r")(?:\s+(?:and|or|y|o|et|ou|und|oder|e|en|of)\s+(?:"
    + ANY_DAMAGE.pattern
    + r"))?\s+(?:included|incluid[oa]s?|incluíd[oa]s?|inclus(?:es?)?|compris(?:es?)?|inklusive|"
    r"eingeschlossen|inclus[oiae]|inbegrepen)\b",
    re.I,
)


def _concept_covered(concept: str, positive: str) -> bool:
    return bool(
        re.search(
            rf"\bcover\w*[^.]{{0,40}}\b{concept}|\b{concept}\w*[^.]{{0,30}}\b(?:is|are) covered",
            positive,
            re.I,
        )
    )


def _concept_of(damage: str) -> str:
    return next(k for k, p in DAMAGE.items() if re.fullmatch(p, damage, re.I))


def _coverage_breaks(draft: str, positive: str) -> list[str]:
    """ "copre ... anche strappi o danni accidentali" where the facts' warranty covers
    defects and names no accident (their "not covered" clauses are blanked out)."""
    breaks: list[str] = []
    for part in split_parts(draft):
        included = _DAMAGE_INCLUDED.search(part)
        if included and not NEGATION.search(REASSURE.sub(" ", part[: included.start()])):
            damage = ANY_DAMAGE.match(part, included.start())
            concept = _concept_of(damage.group(0)) if damage else ""
            if concept and not _concept_covered(concept, positive):
                breaks.append(
                    f"{included.group(0)!r} widens the coverage (the facts name no {concept} cover)"
                )
                continue
        for cover in COVER.finditer(part):
            before = part[: cover.start()]
            if NEGATION.search(REASSURE.sub(" ", before)) or re.search(r"\bif\b", before, re.I):
                continue
            damage = ANY_DAMAGE.search(part, cover.end(), cover.end() + 90)
            if damage is None or COVER_STOP.search(part, cover.end(), damage.start()):
                continue
            # "normal wear isn't included" sets it apart.
            after = re.split(r"[,;:()]", part[damage.end() :])[0]
            if NEGATION.search(after):
                continue
            concept = _concept_of(damage.group(0))
            if _concept_covered(concept, positive):
                continue
            said = part[cover.start() : damage.end()]
            breaks.append(f"{said!r} widens the coverage (the facts name no {concept} cover)")
            break
    return breaks


def _use_breaks(draft: str, facts: str) -> list[str]:
    """ "A backyard pitch is totally fine" where the facts allow setting up indoors only."""
    fact = next((s for s in FACT_SENTENCE.split(facts) if re.search(r"\bindoors\b", s)), None)
    if fact is None:
        return []
    for part in split_parts(draft):
        use = OUTDOOR_USE.search(grant_clause(part))
        if use and not refuses(REASSURE.sub(" ", part)):
            return [f"{use.group(0)!r} use accepted (the facts: {snippet(fact)!r})"]
    return []


# --- the check ------------------------------------------------------------------------


# Which checks could apply to a draft at all: one Aho-Corasick pass (`triage.prefilter`).
_GATES = RulePrefilter([ANY_MARKER, ANY_TIME, ANY_DAMAGE, OUTDOOR_USE])
_MARKER_GATE, _ANY_TIME_GATE, _DAMAGE_GATE, _OUTDOOR_GATE = range(4)
_AGO = re.compile(r" ago\b| fa\b|\bgeleden\b|\bhace |\bil y a |\bvor |\bh[áa] ", re.I)


def limit_breaks(draft: str, post: str, facts: str, positive: str) -> list[str]:
    """What the draft grants past a condition or a limit the facts state, each with the
    fact's words. `positive` are the facts with their negated clauses blanked."""
    if not facts:
        return []
    draft, post = fold(draft), fold(post)
    gates = _GATES.candidates(draft)
    breaks: list[str] = []
    if _MARKER_GATE in gates:
        breaks.extend(exception_breaks(draft, facts))
    if _ANY_TIME_GATE in gates or _AGO.search(post):
        breaks.extend(_time_breaks(draft, post, facts))
    if _DAMAGE_GATE in gates:
        breaks.extend(_coverage_breaks(draft, positive))
    if _OUTDOOR_GATE in gates:
        breaks.extend(_use_breaks(draft, facts))
    breaks.extend(exclusion_breaks(draft, post, facts, positive))
    return list(dict.fromkeys(breaks))
