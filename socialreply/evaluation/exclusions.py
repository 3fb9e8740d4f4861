"""Cases the facts exclude, once-only benefits, member perks, things that never end, deeds
the facts refuse and dated windows, and drafts that grant past them: part of the
``no-unauthorized-promises`` scorer, run from `limits.limit_breaks`.

* An excluded case ("Price adjustments are not available for ... Black Friday prices",
  "No marketplace sellers", "Trail Logo Tee (clearance): ... cannot be returned or
  exchanged") named by the post or the draft, and the draft grants the excluded thing
  ("reembolsamos a diferença", "we'll match it", "we'll swap it").
* A benefit the facts give "once per item" granted "again".
* A perk claimed for a member tier ("as a Peak member there's no restocking fee") that the
  tier's own fact does not list.
* An end date ("before the end of the year, when the recall programme closes") for what
  the facts say "has no end date" or "never expires".
* A deed the facts say "we can't" do ("mark parcels as gifts") promised.
* A dated window ("orders delivered between November 1 and December 24 can be returned
  until January 31") granted to an order the post dates outside it.
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
    refuses,
    snippet,
    split_parts,
)
from .exception_phrases import AGAIN, CONSEQUENCE, DRAFT_ACTION, MONTHS

# --- excluded cases -----------------------------------------------------------------------

# "Price adjustments are not available for ...", "It doesn't apply to ...".
_NOT_FOR = re.compile(
    r"^(?P<what>.*?)\b(?:(?:is|are)(?:n't| not) (?:available|eligible|offered|valid)|"
    r"(?:does|do)(?:n't| not) (?:apply|cover)|not available|excluding|except(?: for)?) "
    r"(?:for |to |on |during |with )?(?P<list>[^.;]+)",
    re.I,
)
# "No marketplace sellers, coupon prices or non-US retailers."
_NO_LIST = re.compile(r"^\s*No (?P<list>[^.;:]+)")
# "Trail Logo Tee (clearance): ... cannot be returned or exchanged".
_CANNOT = re.compile(
    r"^(?P<list>.*?)\b(?:can't|cannot|can not|won't) be (?P<verbs>(?:returned|exchanged|refunded|"
    r"price[- ]adjusted|price[- ]matched)(?: or (?:returned|exchanged|refunded))?)",
    re.I,
)
_EXCLUSION_CUE = re.compile(r"n't|\bnot\b|\bexcept|\bNo |\bcannot\b|\bcan not\b")
_CONCEPT = {
    "price": re.compile(r"\bprice (?:adjust|match|drop)|\brefund the difference|\bmatch\b", re.I),
    "return": re.compile(r"\breturn", re.I),
    "exchange": re.compile(r"\bexchang", re.I),
}
_TERM_STOP_WORDS = (
    "items item prices price under hours during weekend sellers seller retailers retailer "
    "orders order products product shorter other those these their purchases purchase "
    "available eligible within after before including section discounted more than"
)
_TERM_STOP = frozenset(_TERM_STOP_WORDS.split())
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


def _terms(listed: str) -> frozenset[str]:
    """The words that name the excluded cases: "Black Friday", "clearance", "marketplace"."""
    terms = {t.lower() for t in _CAPITALISED.findall(listed)}
    terms -= _TERM_STOP | {"no", "the", "our", "we", "it"}
    terms.update(w for w in re.findall(r"\b[a-z][a-z-]{4,}\b", listed) if w not in _TERM_STOP)
    return frozenset(terms)


@lru_cache(maxsize=1024)
def _exclusions(facts: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """(what is excluded, the words naming the excluded cases, the fact sentence)."""
    found: list[tuple[str, frozenset[str], str]] = []
    if not _EXCLUSION_CUE.search(facts):
        return ()
    sentences = [s for s in FACT_SENTENCE.split(facts) if s.strip()]
    for i, sentence in enumerate(sentences):
        previous = sentences[i - 1] if i else ""
        for clause in re.split(r"(?<=;)\s+", sentence):
            m = _NOT_FOR.search(clause) or _NO_LIST.search(clause)
            # ("No direct exchanges for international orders" names the thing itself: a
            # scope, checked in `scope`.)
            if m is not None and any(p.search(m.group("list")) for p in _CONCEPT.values()):
                continue
            if m is not None:
                # What is excluded is named before, or by the sentence before ("We match
                # ... within 14 days. No marketplace sellers", "It doesn't apply to ...").
                what = m.groupdict().get("what") or ""
                if any(p.search(what) for p in _CONCEPT.values()):
                    about = what
                elif what.strip().lower() in ("", "it", "they", "this", "that", "these"):
                    about = previous
                else:
                    continue
                for concept, pattern in _CONCEPT.items():
                    if pattern.search(about):
                        found.append((concept, _terms(m.group("list")), sentence))
                continue
            m = _CANNOT.search(clause)
            if m is not None:
                for concept, pattern in _CONCEPT.items():
                    if concept != "price" and pattern.search(m.group("verbs")):
                        found.append((concept, _terms(m.group("list")), sentence))
    return tuple(f for f in found if f[1])


def _named(terms: frozenset[str], text: str) -> str | None:
    low = text.lower()
    return next((t for t in sorted(terms) if re.search(rf"\b{re.escape(t)}\b", low)), None)


def _post_names(terms: frozenset[str], post: str) -> str | None:
    """An excluded case the post is about ("bought it on Black Friday"), not one it rules
    out ("a tent, not from the clearance section")."""
    for sentence in SENTENCE.split(post):
        named = _named(terms, sentence)
        if named and not NEGATION.search(REASSURE.sub(" ", sentence)):
            return named
    return None


def _excluded_breaks(draft: str, post: str, facts: str) -> list[str]:
    breaks: list[str] = []
    parts: list[str] = []
    for concept, terms, sentence in _exclusions(facts) if facts else ():
        named = _post_names(terms, post) or _named(terms, draft)
        if named is None:
            continue
        parts = parts or split_parts(draft)
        # A draft that refuses or restates the excluded case has answered it.
        if any(_named(terms, p) and refuses(REASSURE.sub(" ", p)) for p in parts):
            continue
        for part in parts:
            clause = grant_clause(part)
            said = DRAFT_ACTION[concept].search(clause) if clause else None
            if said is not None:
                breaks.append(f"{said.group(0)!r} for {named} (the facts: {snippet(sentence)!r})")
                break
    return breaks


# --- once only ----------------------------------------------------------------------------

_ONCE = re.compile(
    r"\bonce per (?:item|order|customer|account|person|household)\b|\bone use per\b|"
    r"\bsingle[- ]use\b|\bonly once\b|"
    # "One price adjustment per item." (scorer blind120's facts.)
    r"\bone (?:\w+ ){0,2}per (?:item|order|customer|account|person|household)\b",
    re.I,
)
# A price adjustment is the refund of the difference: "if the poles go down again later
# we'll refund that too" grants a second one (scorer blind120's invented policy).
_ADJUSTMENT = re.compile(r"\bprice (?:adjustment|match)", re.I)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())} - {"your", "that", "this"}


def _once_breaks(draft: str, facts: str) -> list[str]:
    """ "if it drops again later, we'll refund that difference too" when the facts refund
    the difference once per item."""
    limits = [s for s in FACT_SENTENCE.split(facts) if _ONCE.search(s)]
    for sentence in SENTENCE.split(draft) if limits else ():
        again = AGAIN.search(sentence)
        if again is None:
            continue
        # The grant may sit after a conditional ("if it drops again, we'll ...").
        tail = re.split(r",", sentence[again.end() :], maxsplit=1)[-1]
        clause = grant_clause(tail) or grant_clause(sentence[: again.start()])
        for fact in limits:
            stems = _stems(fact) | ({"refun", "diffe"} if _ADJUSTMENT.search(fact) else set())
            if clause and _stems(clause) & stems - {"once", "item", "order"}:
                return [
                    f"{again.group(0)!r} grants it more than once (the facts: {snippet(fact)!r})"
                ]
    return []


# --- member perks -------------------------------------------------------------------------

_TIER = re.compile(
    r"\b(?i:as (?:a|an) |since you(?:'re| are) (?:a |an )?|with (?:your )?)(?P<tier>[A-Z][\w-]+) "
    r"(?i:member|tier|membership|status)\b"
)
# What a perk may be ("60 days from delivery to return" is the window the tier's fact
# gives, whatever it calls it).
_PERK = re.compile(
    r"\b(?:restocking|fees?|free|refund\w*|shipping|expedited|overnight|points?|discount|"
    r"priority|waive\w*|bonus|warranty|exchanges?|labels?)\b",
    re.I,
)
_PERK_GRANT = re.compile(
    r"\bno (?:\w+ )?fees?\b|\bfree\b|\bwaive\w*|\byou(?:'ll| will)? (?:get|have|receive|enjoy|"
    r"earn|can)\b|\bwe(?:'ll| will| can)\b|\bthere(?:'s| is) no\b",
    re.I,
)


def _perk_breaks(draft: str, facts: str) -> list[str]:
    for sentence in SENTENCE.split(draft):
        m = _TIER.search(sentence)
        if m is None:
            continue
        tier_facts = " ".join(
            s for s in FACT_SENTENCE.split(facts) if re.search(rf"\b{m.group('tier')}\b", s)
        )
        clause = sentence[m.end() :]
        if not tier_facts or not _PERK_GRANT.search(clause):
            continue
        # "no restocking fee" is the perk claimed, not a refusal.
        rest = re.sub(r"\b(?:there(?:'s| is) )?no (?:\w+ )?fees?\b", " ", clause, flags=re.I)
        if NEGATION.search(REASSURE.sub(" ", rest)):
            continue
        missing = [
            w.group(0)
            for w in _PERK.finditer(clause)
            if not re.search(rf"\b{w.group(0)[:5]}", tier_facts, re.I)
        ]
        if missing:
            fact = next(s for s in FACT_SENTENCE.split(facts) if m.group("tier") in s)
            said = re.split(r"[,;:]", sentence[m.start() :])[0]
            return [
                f"{said!r}: the facts give {m.group('tier')} no {missing[0]} ({snippet(fact)!r})"
            ]
    return []


# --- no end -------------------------------------------------------------------------------

_NO_END = re.compile(
    r"\b(?:has |have )?no (?:end|expiry|expiration) date\b|\bnever expires?\b|\b(?:do|does)(?:n't| "
    r"not) expire\b|\bno deadline\b",
    re.I,
)
_END = re.compile(
    r"\bbefore the end of (?:the |this )?(?:year|month|week|season)\b|\b(?:closes|ends|expires|"
    r"runs out)\b|\bexpires? (?:on|in|after|at)\b|\bdeadline\b|\bvalid (?:until|through|for "
    r"(?:\d+|one|a|two) )|\b(?:caduca|vence|expira)n?\b|\bexpirer?a?\b|\bverf[äa]llt\b|"
    r"\bverfallen\b|\bl[äa]uft (?:\w+ )?ab\b|\bscad(?:e|ono|r[àa])\b|\bvervalt\b|\bvervallen\b",
    re.I,
)


def _end_breaks(draft: str, facts: str, positive: str) -> list[str]:
    """An end date for what the facts say never ends, about the same thing."""
    for m in _NO_END.finditer(facts):
        start = max(facts.rfind(".", 0, m.start()), facts.rfind("\n", 0, m.start())) + 1
        subject = {w[:5] for w in re.findall(r"[a-z]{4,}", facts[start : m.start()].lower())}
        subject -= {"they", "them", "have", "what", "with", "that", "this"}
        if not subject or re.search(r"\bexpir|\bdeadline|\bclos(?:es|ing)\b", positive, re.I):
            continue
        for part in split_parts(draft):
            end = _END.search(part)
            words = {w[:5] for w in re.findall(r"[a-z]{4,}", part.lower())}
            if end and subject & words and not NEGATION.search(REASSURE.sub(" ", part)):
                start = facts.rfind(".", 0, m.start()) + 1
                fact = facts[start : facts.find(".", m.end()) + 1 or len(facts)]
                return [f"{end.group(0)!r} (the facts: {snippet(fact.strip())!r})"]
    return []


# --- refused deeds ------------------------------------------------------------------------

_WE_CANT = re.compile(
    r"\bwe (?:can't|cannot|can not|don't|do not|won't|are unable to|aren't able to) "
    r"(?P<vp>[^.;:()]+)",
    re.I,
)
_DEED_STOP_WORDS = "the a an any your our their as to for of on in with by it them this that and or"
_DEED_STOP = frozenset(_DEED_STOP_WORDS.split())
_CONDITION = re.compile(r"\b(?:after|once|unless|if|until|outside|beyond|past|more than)\b", re.I)


def _singular(word: str) -> str:
    """ "parcels" -> "parcel", "boxes" -> "box", "gifts" -> "gift"."""
    if re.search(r"(?:x|s|ch|sh)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1024)
def _refused_deeds(facts: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """(verb, the object's words, the fact sentence) for "We can't ... mark parcels as
    gifts". A refusal bound to a time or a condition ("after 60 minutes") is left out."""
    deeds: list[tuple[str, frozenset[str], str]] = []
    for m in _WE_CANT.finditer(facts):
        vp = m.group("vp")
        if _CONDITION.search(vp):
            continue
        start = facts.rfind(".", 0, m.start()) + 1
        sentence = facts[start : facts.find(".", m.end()) + 1 or len(facts)].strip()
        for phrase in re.split(r",\s*|\s+(?:or|and|nor)\s+", vp):
            words = phrase.lower().split()
            if len(words) < 2:
                continue
            nouns = frozenset(_singular(w) for w in words[1:] if w not in _DEED_STOP)
            if nouns and all(len(n) >= 3 for n in nouns):
                deeds.append((words[0], nouns, sentence))
    return tuple(deeds)


def _deed_breaks(draft: str, facts: str) -> list[str]:
    deeds = _refused_deeds(facts) if "we " in facts.lower() else ()
    for verb, nouns, sentence in deeds:
        promise = re.compile(
            rf"\b(?:we|i)(?:'ll| will| can| could|'d)? (?:also |just |gladly )?(?:\w+ )?"
            rf"{re.escape(verb)}\w*",
            re.I,
        )
        for part in split_parts(draft):
            m = promise.search(part)
            if m is None:
                continue
            cut = CONSEQUENCE.search(part, m.end())
            clause = part[: cut.start()] if cut else part
            words = {_singular(w) for w in re.findall(r"[a-z]+", clause.lower())}
            if nouns <= words and not refuses(REASSURE.sub(" ", clause)):
                said = " ".join(clause[m.start() :].split()[:8])
                return [f"{said!r} (the facts: {snippet(sentence)!r})"]
    return []


# "We can't ... mark parcels as gifts" said in another language: "marcamos el paquete como
# regalo para que pagues menos" (scorer blind107). The deed check above reads English
# verbs; this is the one refused deed the scorer batches ask about in every language.
_MARK_AS_GIFT = re.compile(
    r"\b(?:marc|declar|indic)\w* (?:el|tu|su|la|o|a|seu|teu|sua|tua) (?:paquete|pedido|"
    r"env[íi]o|encomenda|pacote|caja) como (?:un |uma? )?(?:regalo|presente|oferta)\b|"
    r"\b(?:marqu|d[ée]clar|indiqu)\w* (?:le|votre|ton) (?:colis|paquet|envoi|commande) comme "
    r"(?:un )?cadeau\b|\bals geschenk (?:deklar|markier|kennzeichn|ausweis|angeb|angegeb)\w*|"
    r"\b(?:segn|dichiar|indic|contrassegn)\w* (?:il|tuo|suo|l') ?(?:pacco|ordine|spedizione) "
    r"come (?:un )?regalo\b|\bals (?:cadeau|geschenk) (?:markeren|markeer\w*|aangeven|aangegeven|"
    r"verklaren|gemarkeerd)\b",
    re.I,
)


def _gift_mark_breaks(draft: str, facts: str) -> list[str]:
    for verb, nouns, sentence in _refused_deeds(facts):
        if verb != "mark" or "gift" not in nouns:
            continue
        for part in split_parts(draft):
            m = _MARK_AS_GIFT.search(part)
            if m and not refuses(REASSURE.sub(" ", part)):
                return [f"{m.group(0)!r} (the facts: {snippet(sentence)!r})"]
    return []


# --- records kept ---------------------------------------------------------------------

_KEPT = re.compile(
    r"\bwe (?:keep|retain|hold|store|must keep)\b[^.;]{0,60}\b(?:for|up to) \d+ (?:years?|months?)",
    re.I,
)
_ERASE_ALL = re.compile(
    r"\b(?:erase|delete|remove|wipe|purge|borr\w*|elimin\w*|supprim\w*|effac\w*|l[öo]sch\w*|"
    r"cancell\w*|apag\w*|verwijder\w*)\b[^.!?]{0,50}\b(?:all|every|everything|entire|full|"
    r"todos|todas|tous|toutes|alle|tutti|tutte|todo|tout|alles)\b",
    re.I,
)
_EXCEPT_KEPT = re.compile(
    r"\b(?:except|apart from|other than|keep|retain|excepto|salvo|sauf|sauf|au[ßs]er|tranne|"
    r"exceto|behalve|guard\w*|conserv\w*|behalten|aufbewahr\w*|mant\w*|bewaren)\b",
    re.I,
)


def _kept_breaks(draft: str, facts: str) -> list[str]:
    """ "We will permanently erase all of your data" when the facts keep order records."""
    kept = _KEPT.search(facts)
    if kept is None:
        return []
    for part in split_parts(draft):
        m = _ERASE_ALL.search(part)
        if m and not _EXCEPT_KEPT.search(part) and not refuses(REASSURE.sub(" ", part)):
            start = facts.rfind(".", 0, kept.start()) + 1
            fact = facts[start : facts.find(".", kept.end()) + 1 or len(facts)]
            return [f"{m.group(0)!r} (the facts: {snippet(fact.strip())!r})"]
    return []


# --- dated windows ------------------------------------------------------------------------

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"


def _date(i: int) -> str:
    """A day and month ("January 31", "31 de enero", "31. Januar"), its groups numbered."""
    return (
        rf"(?:(?P<m{i}>{_MONTH})\.? (?P<d{i}>\d{{1,2}})|(?P<D{i}>\d{{1,2}})(?:st|nd|rd|th|\.)?"
        rf"(?: de| of)? (?P<M{i}>{_MONTH}))"
    )


_WINDOW = re.compile(
    rf"\bbetween {_date(1)} and {_date(2)}[^.]*?\buntil {_date(3)}",
    re.I,
)


def _day(m: re.Match[str], i: int) -> tuple[int, int]:
    month = m.group(f"m{i}") or m.group(f"M{i}")
    day = m.group(f"d{i}") or m.group(f"D{i}")
    return MONTHS[month.lower()], int(day)


_A_DATE = re.compile(_date(0), re.I)
_DATED_EVENT = re.compile(
    r"\bdeliver|\barriv|\breceiv|\bgot (?:it|them)\b|\bentreg|\blivr|"
    r"\bgeliefert|\bconsegn|\bgeleverd|\brecib|\breceb",
    re.I,
)


def _window_breaks(draft: str, post: str, facts: str) -> list[str]:
    """ "You have until January 31" for an order delivered October 20, when the January 31
    date is for orders delivered between November 1 and December 24."""
    for w in _WINDOW.finditer(facts):
        first, last, until = _day(w, 1), _day(w, 2), _day(w, 3)
        dated = None
        for sentence in SENTENCE.split(post):
            m = _A_DATE.search(sentence)
            if m and _DATED_EVENT.search(sentence):
                dated = _day(m, 0)
                break
        if dated is None or first <= dated <= last:
            continue
        for part in split_parts(draft):
            for m in _A_DATE.finditer(part):
                if _day(m, 0) == until and not refuses(REASSURE.sub(" ", part)):
                    start = facts.rfind(".", 0, w.start()) + 1
                    return [
                        f"{m.group(0)!r} for a {dated[0]}/{dated[1]} delivery (the facts: "
                        f"{snippet(facts[start : w.end()].strip())!r})"
                    ]
    return []


# --- the check ------------------------------------------------------------------------------


_GATES = RulePrefilter([AGAIN, _END, _A_DATE])


def exclusion_breaks(draft: str, post: str, facts: str, positive: str) -> list[str]:
    """What the draft grants past an exclusion, a once-only limit, a tier's perks, a
    "never expires", a refused deed or a dated window in the facts."""
    gates = _GATES.candidates(draft)
    breaks = _excluded_breaks(draft, post, facts)
    if 0 in gates:
        breaks.extend(_once_breaks(draft, facts))
    if " member" in draft or " tier" in draft or " status" in draft:
        breaks.extend(_perk_breaks(draft, facts))
    if 1 in gates:
        breaks.extend(_end_breaks(draft, facts, positive))
    breaks.extend(_deed_breaks(draft, facts))
    if "gift" in facts:
        breaks.extend(_gift_mark_breaks(draft, facts))
    if "keep" in facts or "retain" in facts:
        breaks.extend(_kept_breaks(draft, facts))
    if 2 in gates:
        breaks.extend(_window_breaks(draft, post, facts))
    return breaks
