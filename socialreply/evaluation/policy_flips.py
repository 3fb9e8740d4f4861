"""Policy flips for the ``no-unauthorized-promises`` scorer (`promises.py`): a draft that
states what the facts rule out, a classic model error. Two readings: a name the facts
mention only after a negation ("can't be sent to Alaska, Hawaii", "we don't ship on
weekends") that the draft states without one ("we'll ship it to Hawaii"), and a pairing the
facts rule out ("codes can't be combined with the student discount") that a draft sentence
makes ("the student discount works with promo codes too").

Both rest on the same reading of the facts' negations (`positive_facts`: the facts with
every negated clause blanked out), which the promise and restriction checks use too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .promise_support import commits, mentioned_terms, restated_terms

_NEG_WORD = (
    r"(?:can't|cannot|can not|don't|do not|doesn't|does not|won't|will not|never|isn't|"
    r"aren't|not|no(?!\s+(?:problem|worries|worry|hassle|questions))|except|excluding|closed)"
)
# A negation's clause runs to the end of the sentence, or to a comma that starts a new
# clause: "if tracking shows no movement for 10 business days, contact us and we will open
# an investigation with DHL" negates the movement, not DHL; "can't be sent to Alaska,
# Hawaii or Puerto Rico" still negates all three.
_NEG_CLAUSE = re.compile(
    rf"\b(?!no\b){_NEG_WORD}\b((?:(?!,\s*(?:and |then |so |but )?(?:we|you|they|i|contact|please|"
    # "codes can't be stacked but can be combined with Trailhead rewards": "but" ends it;
    # so does an instruction ("if an item isn't in the box, report it ... and we'll send it
    # by Expedited", scorer blind22).
    r"call|email|message|send|reach|let|report|tell|dm|ask|start|check|visit|choose|pick)\b|"
    # A dash starts a new clause too ("can't be sent by Expedited — ... ships by Standard").
    # A line break ends it: each fact is a line of its own, and "no fees of any kind" does not
    # negate the next fact's "Monday to Friday ... Eastern Time" (scorer blind74).
    r",?\s+but\b|\s[\u2014\u2013-]\s)[^.;:!?\n])*)|"
    # "no" negates its noun phrase only: "shipping $34.95, no free-shipping offer, 10-20
    # business days, sent by DHL Express" does not rule out DHL Express (scorer blind29).
    r"\bno(?!\s+(?:problem|worries|worry|hassle|questions))\b([^,.;:!?\n]*)",
    re.I,
)
# Negations and "unfortunately" in the other supported languages too: "essa regra não se
# aplica à Black Friday" restates the exclusion, it does not flip it.
_NEG_IN_SENTENCE = re.compile(
    rf"\b{_NEG_WORD}\b|n't\b|\bsorry\b|\bunfortunately\b|"
    # "Our team is off on Sundays": the day named as a day without service.
    r"\b(?:is|are|'s|'re) (?:off|away|offline|unavailable)\b|\bunanswered\b|\bday off\b|"
    # "estimates rather than guarantees, especially in December" restates the facts' "not".
    r"\brather than\b|\binstead of\b|\bexclud\w*|"
    # "The only exceptions are Final Sale or clearance items" (scorer blind44).
    r"\bexceptions? (?:is|are|being|include)\b(?! made)|\bexceptions?:|"
    # "only within the contiguous 48 states, which rules out Hawaii" (scorer blind34).
    r"\brules? (?:it |that |this |them )?out\b|\bruled out\b|"
    r"\b(?:não|nao|nicht|kein\w*|niet|geen|pas|jamais|nunca|non|nessun\w*|ningun\w*|"
    r"nenhum\w*|aucun\w*|infelizmente|lamentablemente|desafortunadamente|malheureusement|"
    r"leider|purtroppo|helaas)\b",
    re.I,
)
# "Final Sale" is one term: its "Sale" alone would rule out "buy at the sale price" (scorer
# blind35).
_TERM = re.compile(
    r"\b(?:Final Sale|[A-Z][A-Za-z]{2,}|weekends?|sundays?|holidays?|PO boxes|promo codes?"
    r"|coupons?|"
    r"sale items?|final sale|clearance)\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _singular(term: str) -> str:
    """ "promo codes" -> "promo code"; names keep their spelling ("Texas", "Sundays")."""
    if re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days", term):
        return term[:-1].lower()  # "closed on Sundays" rules out "open Sunday"
    if term[:1].isupper():
        return term.lower()
    if term.endswith("xes"):
        return term[:-2]
    return term.rstrip("s")


@lru_cache(maxsize=1024)
def positive_facts(facts: str) -> str:
    """The facts with every negated clause blanked out: what they actually allow."""
    return _NEG_CLAUSE.sub(" ", facts)


@lru_cache(maxsize=1024)
def _forbidden_terms(facts: str) -> frozenset[str]:
    """Names the facts mention only after a negation ("can't be sent to Alaska, Hawaii",
    "we don't ship on weekends", "can't be combined with a promo code"): a draft that
    states them without a negation is flipping the policy, a classic model error."""
    negated: set[str] = set()
    for m in _NEG_CLAUSE.finditer(facts):
        negated.update(_singular(t) for t in _TERM.findall(m.group(1) or m.group(2) or ""))
    positive = positive_facts(facts).lower()
    return frozenset(t for t in negated if not re.search(rf"\b{re.escape(t)}(?:s|es)?\b", positive))


_DEFERRED = re.compile(
    r"\b(?:go(?:es)? out|ship|ships|leave|leaves|dispatch\w*|processed)\b[^.!?]{0,20}\b"
    r"(?:on )?(?:monday|the next business day|next business day)\b",
    re.I,
)


_OTHER_ITEMS = re.compile(
    r"\b(?:the rest(?: of (?:the|your) (?:order|items|cart|gear))?|everything else|the other "
    r"items|the remaining items|all other items)\b",
    re.I,
)


# "but" in the supported languages ("mais" is left out: in Portuguese it means "more").
_PRONOUN = re.compile(r"\b(?:it|them|they|both)\b", re.I)
_CLAUSES = re.compile(r",\s*(?:and|but|so|while|y|et|und|e|en)\b|;", re.I)
_BUT = re.compile(r",? \b(?:but|however|pero|sin embargo|aber|jedoch|maar|mas|ma|però)\b", re.I)


def policy_flips(draft: str, facts: str) -> list[str]:
    """The names the facts rule out (`_forbidden_terms`) that a draft sentence states
    without a negation of its own, one entry per mention."""
    terms = _forbidden_terms(facts)
    if not terms:
        return []
    flips: list[str] = []
    # "We don't have Afterpay at checkout, but we can set up an Afterpay payment": the
    # part after "but" is judged on its own.
    parts = [p for sentence in _SENTENCE.split(draft) for p in _BUT.split(sentence)]
    restated = restated_terms(parts, terms, _NEG_IN_SENTENCE)
    for sentence in parts:
        # "Weekend orders go out Monday" defers to a day the policy allows; "put them in a
        # separate order and the rest can go Overnight" speaks of the other items (scorer
        # blind44).
        if (
            _NEG_IN_SENTENCE.search(sentence)
            or _DEFERRED.search(sentence)
            or _OTHER_ITEMS.search(sentence)
        ):
            continue
        mentioned = mentioned_terms(terms, sentence)
        # "Have a great trip to Alaska!" after "we can't send it to Alaska" (`commits`).
        if not commits(sentence):
            mentioned = [t for t in mentioned if t not in restated]
        flips.extend(mentioned)
    return flips


# "codes can't be combined with ... the student discount": the two sides of a pairing the
# facts rule out. A draft sentence that pairs them without a negation ("the student
# discount works with promo codes too") flips the policy.
_NO_PAIR = re.compile(
    r"\b([a-z]+)s? (?:can't|cannot|can not|won't|don't|doesn't|aren't|isn't|are not|is not)"
    r"(?: be)? (?:combined|stacked|used|applied|paired)(?: together)? (?:with|alongside|on top "
    r"of) ([^.;:]+)",
    re.I,
)
_PAIR_NOUN = re.compile(r"\b(code|discount|promo|coupon|sale|offer|reward|voucher)s?\b", re.I)
# The same nouns in the other languages, compounds included ("Studentenrabatt",
# "Gutscheincode"), by their English name.
_FOREIGN_PAIR_NOUN = re.compile(
    r"(?P<discount>rabatt\w*|descuento\w*|desconto\w*|r[ée]duction\w*|remise\w*|sconto\w*|"
    r"korting\b)|(?P<code>\w*code\b|\bc[óo]digo\w*|\bcodice\b|\bcup[óo]n\w*|\bcupom\b|"
    r"\bgutschein\w*)",
    re.I,
)
_PAIRING = re.compile(
    r"\b(?:work|stack|combine|use|apply|go|count|add)\w*(?: it| them| both)?(?: together)? "
    r"(?:with|on top of|alongside|together with)\b|\b(?:both|together|on top of|plus|as well)\b|"
    r"\bkombinier\w*|\bcombin(?:ar|able|ables|er|ez|are|abile|eren|eerbaar)\b|\bcumul\w*|"
    r"\bacumul\w*|\bjunto con\b|\bjunto com\b|\bzusammen mit\b|\binsieme a\b|\bsamen met\b|"
    # "pode juntá-lo a qualquer código", "juntarlo con", "abbinarlo a", "sommarlo a".
    r"\bjunt(?:ar|á)(?:-?(?:lo|la|los|las))? (?:a|com|con)\b|\b(?:abbinar|sommar)\w* (?:a|con)\b|"
    r"\b(?:combin|acumul|cumul)(?:ar|á|are)-?(?:lo|la|los|las)\b",
    re.I,
)
# The side named in the sentence before, carried by a pronoun object of the pairing:
# "Students get 15% off. And you can combine it with any promo code", "E pode juntá-lo a
# qualquer código promocional" (scorer blind78), "combinarlo con", "le cumuler avec",
# "es mit ... kombinieren", "cumularlo con", "het combineren met".
_PAIRED_PRONOUN = re.compile(
    r"\b(?:combine|stack|use|pair|add|work)s? (?:it|them) (?:with|on top of|alongside)\b|"
    r"\b(?:junt|combin|acumul|us|cumul|abbin|somm)(?:ar|á|are)-?(?:lo|la|los|las)\b|"
    r"\b(?:le|la|les) (?:cumuler|combiner)\b|\b(?:ihn|es|sie) (?:\w+ ){0,4}kombinier\w*|"
    r"\bhet (?:combineren|stapelen)\b",
    re.I,
)


@lru_cache(maxsize=1024)
def _forbidden_pairs(facts: str) -> frozenset[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for m in _NO_PAIR.finditer(facts):
        subject = m.group(1).lower().rstrip("s")
        if subject in ("it", "they", "this", "that", "which"):
            # "It counts as your one discount, so it can't be combined with a promo code";
            # "Students get 15% off ...; it can't be combined" (15% off is a discount).
            near = re.sub(r"\d+ ?% off\b", "discount", facts[max(0, m.start() - 80) : m.start()])
            before = _PAIR_NOUN.findall(near)
            subject = before[-1].lower() if before else ""
        ruled_out = re.split(r",? (?:but|although|though|while|yet)\b", m.group(2))[0]
        objects = {o.lower() for o in _PAIR_NOUN.findall(ruled_out)}
        if subject in ("promo", "coupon", "voucher"):
            subject = "code"
        pairs.update((subject, o) for o in objects if subject and o != subject)
    return frozenset(pairs)


# A promo code written out ("WELCOME10", "SPRING15") is a code.
_CODE_TOKEN = re.compile(r"\b[A-Z]{3,}\d{1,3}\b")


def pairing_flips(draft: str, facts: str) -> list[str]:
    """The pairings the facts rule out (`_forbidden_pairs`) that a draft sentence makes,
    as "discount with code"."""
    pairs = _forbidden_pairs(facts)
    if not pairs:
        return []
    flips: list[str] = []
    before: set[str] = set()
    for sentence in _SENTENCE.split(draft):
        named = _named_sides(sentence)
        carried, before = before, named
        if not _PAIRING.search(sentence):
            continue
        # A negation in another clause does not undo the pairing: "WELCOME10 doesn't expire,
        # and you can stack it with your 15% student discount" (scorer blind23). Then the
        # clause that pairs must name a side itself: "it can't be combined with a promo
        # code, but it does work alongside rewards" pairs the rewards (blind26).
        negated = _NEG_IN_SENTENCE.search(sentence) is not None
        own: set[str] = set()
        if negated:
            free = [
                p
                for p in _CLAUSES.split(sentence)
                if _PAIRING.search(p) and not _NEG_IN_SENTENCE.search(p)
            ]
            own = {n.lower() for p in free for n in _PAIR_NOUN.findall(p)}
            if any(_CODE_TOKEN.search(p) for p in free) or own & {"promo", "coupon", "voucher"}:
                own.add("code")
            if not own:
                continue
            # The other side comes from elsewhere in the sentence only through a pronoun
            # ("stack it with"); "The discount combines with your rewards; it can't be used
            # alongside a promo code" pairs the discount with the rewards (blind28).
            pronoun = any(_PRONOUN.search(p) for p in free)
        nouns = {n.lower() for n in _PAIR_NOUN.findall(sentence)}
        # In the other languages, only in the part that pairs ("Der Rabatt zählt als dein
        # einziger Code, lässt sich aber mit Prämien ... kombinieren").
        for part in _BUT.split(sentence):
            if _PAIRING.search(part):
                nouns.update(str(m.lastgroup) for m in _FOREIGN_PAIR_NOUN.finditer(part))
        if _CODE_TOKEN.search(sentence) or nouns & {"promo", "coupon", "voucher"}:
            nouns.add("code")
        if not negated and _PAIRED_PRONOUN.search(sentence):
            # The pronoun stands for one side; the sentence names the other itself.
            flips.extend(
                f"{a} with {b}"
                for a, b in sorted(pairs)
                if (a in carried and a not in nouns and b in nouns)
                or (b in carried and b not in nouns and a in nouns)
            )
        flips.extend(
            f"{a} with {b}"
            for a, b in sorted(pairs)
            if a in nouns
            and b in nouns
            and (not negated or (a in own and b in own) or (pronoun and (a in own or b in own)))
        )
    return flips


def _named_sides(sentence: str) -> set[str]:
    """The pairing sides a sentence names, by their English name ("15% off" is a discount),
    for the pronoun of the sentence after it (`_PAIRED_PRONOUN`)."""
    text = re.sub(
        r"\d+ ?% (?:off|de desconto|de descuento|de réduction|rabatt|di sconto|korting)"
        r"\b",
        "discount",
        sentence,
        flags=re.I,
    )
    sides = {n.lower() for n in _PAIR_NOUN.findall(text)}
    sides.update(str(m.lastgroup) for m in _FOREIGN_PAIR_NOUN.finditer(text))
    if _CODE_TOKEN.search(sentence) or sides & {"promo", "coupon", "voucher"}:
        sides.add("code")
    return sides
