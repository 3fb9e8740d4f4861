"""Steps the facts require and things they forfeit, and drafts that waive or pay them out
anyway: part of the ``no-unauthorized-promises`` scorer, run from `scope.scope_breaks`.

* a requirement ("send your order number, a description and photos", "submit the Privacy
  Request form"): a draft that waives it ("photos aren't needed", "even if you can't find
  the card or the order number") breaks it, unless the facts offer another way the draft
  points to ("or email privacy@...").
* a forfeit ("deleting your account forfeits Trailhead points and store credit"): a draft
  that converts or pays the forfeited thing out breaks it.
"""

from __future__ import annotations

import re

from ..triage.prefilter import RulePrefilter
from .clauses import CONDITIONAL, FACT_SENTENCE, NEGATION, REASSURE, SENTENCE, snippet

# --- requirements ---------------------------------------------------------------------

# Facts without these words state no step to take.
_STEP_CUE = re.compile(
    r"\bphoto|\bpicture|\breceipt|\bproof of purchase|\border number|\bcard number|"
    r"\bserial number|\bform\b",
    re.I,
)
_REQUIRE = re.compile(
    r"\b(?:send|submit|include|provide|attach|upload|contact us|email us|dm us|message us|"
    r"register|report|fill in|fill out|use the|with your|with the|with photos|required|needed|"
    r"must)\b",
    re.I,
)
_STEPS: dict[str, tuple[re.Pattern[str], str]] = {
    "photos": (
        re.compile(r"\bphotos?\b|\bpictures?\b", re.I),
        r"photos?|pictures?|pics?|fotos?|foto's|photographies?|bilder|bild|fotografi\w*|"
        r"im[áa]gen\w*|imagens|immagini|afbeeldingen",
    ),
    "a receipt": (
        re.compile(r"\breceipts?\b|\bproof of purchase\b", re.I),
        r"receipts?|proof of purchase|re[çc]us?|ticket de caisse|recibos?|comprovante|"
        r"quittung\w*|kassenbon\w*|kaufbeleg\w*|belege?|ricevut[ae]|scontrin[oi]|bonnetje|"
        r"kassabon|aankoopbewijs",
    ),
    "the order number": (
        re.compile(r"\border number\b", re.I),
        r"order (?:number|no\.?|#)|num[ée]ro de (?:la )?commande|n[úu]mero (?:de|do|da) "
        r"(?:pedido|encomenda)|bestellnummer|numero (?:d'|dell')?ordine|bestelnummer",
    ),
    "the card number": (
        re.compile(r"\bcard number\b", re.I),
        r"(?:gift )?card(?: number)?|num[ée]ro de (?:la )?carte|carte|n[úu]mero (?:de la |de |do )?"
        r"(?:tarjeta|cart[ãa]o)|tarjeta|cart[ãa]o|kartennummer|karte|numero (?:della )?carta|"
        r"kaartnummer|kaart",
    ),
    "the serial number": (
        re.compile(r"\bserial number\b", re.I),
        r"serial(?: number)?|num[ée]ro de s[ée]rie|n[úu]mero de s[ée]rie|seriennummer|"
        r"numero di serie|serienummer",
    ),
    "the form": (
        re.compile(r"\bform\b", re.I),
        r"form|formulaire|formulario|formul[áa]rio|formular|modulo|formulier",
    ),
}
_ANY_STEP = "|".join(f"(?:{draft})" for _, draft in _STEPS.values())
# An article or possessive before a step, in the seven languages.
_ART = (
    r"(?:the |a |an |any |your |la |le |les |el |los |las |o |os |as |den |die |das |de |het |"
    r"il |lo |gli |i |un |une |des |uma |um |una |uno |kein\w* |je |votre |tu |seu |sua )?"
)
_STEP = rf"{_ART}(?:\w+ )?(?:{_ANY_STEP})"
# "the card or the order number", "photos ni factura".
_STEP_LIST = rf"(?:{_STEP}(?:,? (?:or|and|nor|ou|o|oder|of|e|et|y|ni|nem|noch|en) {_STEP})*)"
_S = _STEP_LIST
_WAIVERS = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        rf"\bno need (?:to (?:send|fill (?:in|out)|submit|provide|attach|include|find|have|show|"
        rf"use)(?: us)? (?:in |out )?|for ){_S}",
        rf"\b{_S} (?:is|are)(?:n't| not) (?:needed|required|necessary)\b",
        rf"\bno {_S} (?:needed|required|necessary)\b",
        rf"\b(?:don't|do not|won't) (?:even )?need (?:to (?:send|fill (?:in|out)|submit|provide|"
        rf"attach|include|find|have|show|use) )?(?:us )?{_S}",
        rf"\bwithout {_S}",
        rf"\beven (?:if|though|without) (?:you )?(?:can't|cannot|can not|don't|do not|no longer|"
        rf"lost) ?(?:find|have|remember|know|locate)? ?(?:\w+ ){{0,2}}?{_S}",
        rf"\bskip (?:the )?{_S}",
        rf"\b{_S} (?:zijn|is) niet nodig\b",
        rf"\bgeen {_S} nodig\b",
        rf"\bzonder {_S}",
        rf"\bkeine? {_S} (?:n[öo]tig|notwendig|erforderlich)\b",
        rf"\b{_S} (?:sind|ist) nicht (?:n[öo]tig|notwendig|erforderlich)\b",
        rf"\bohne {_S}",
        rf"\bpas besoin d[e'] ?{_S}",
        rf"\bsans {_S}",
        rf"\b{_S} (?:n'est pas n[ée]cessaire|ne sont pas n[ée]cessaires)\b",
        rf"\bno (?:hace falta|es necesario|necesitas|necesita|hay que enviar) (?:enviar |mandar )?"
        rf"{_S}",
        rf"\bsin (?:necesidad de )?{_S}",
        rf"\bnon (?:serve|servono|[èe] necessari[oa]|sono necessari[ae]) {_S}",
        rf"\bsenza {_S}",
        rf"\bn[ãa]o (?:precisa|precisas|[ée] preciso|[ée] necess[áa]rio|s[ãa]o necess[áa]ri[oa]s) "
        rf"(?:de )?(?:enviar |mandar )?{_S}",
        rf"\bsem (?:precisar de )?{_S}",
    )
)
_WAIVER_PREFILTER = RulePrefilter(_WAIVERS)
_NOTHING = re.compile(r"\b(?:nothing|nada|rien|nichts|niets|niente|nulla)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_OR = re.compile(r"\bor\b", re.I)


def read_requirements(positive: str) -> tuple[tuple[str, str], ...]:
    """The steps the facts (their negated clauses blanked) require: (step, the sentence)."""
    requirements: list[tuple[str, str]] = []
    steps = _STEP_CUE.search(positive)
    for sentence in FACT_SENTENCE.split(positive) if steps else ():
        if _REQUIRE.search(sentence):
            for step, (fact_pattern, _) in _STEPS.items():
                if fact_pattern.search(sentence):
                    requirements.append((step, sentence))
    return tuple(requirements)


def waiver_breaks(text: str, requirements: tuple[tuple[str, str], ...]) -> list[str]:
    """Where the draft `text` (folded: `textutil.fold`) waives a step the facts require,
    each with the fact's words."""
    if not requirements:
        return []
    breaks: list[str] = []
    found = [
        m
        for index in sorted(_WAIVER_PREFILTER.candidates(text))
        for m in _WAIVERS[index].finditer(text)
    ]
    for m in found:
        if CONDITIONAL.search(text[max(0, m.start() - 30) : m.start()]) and not re.search(
            r"\beven (?:if|though)\b", m.group(0), re.I
        ):
            continue
        waived = m.group(0)
        rest = text[: m.start()] + " " + text[m.end() :]
        # "there's not much we can do without the card number" restates the requirement.
        around = SENTENCE.split(text[: m.start()])[-1] + " " + SENTENCE.split(text[m.end() :])[0]
        if NEGATION.search(REASSURE.sub(" ", around)) or _NOTHING.search(around):
            continue
        for step, sentence in requirements:
            _, draft_pattern = _STEPS[step]
            if not re.search(rf"\b(?:{draft_pattern})\b", waived, re.I):
                continue
            # "submit the form, or email privacy@...": the draft may take the other way.
            if _OR.search(sentence):
                emails = _EMAIL.findall(sentence)
                others = [d for s, (f, d) in _STEPS.items() if s != step and f.search(sentence)]
                if any(e.rstrip(".").lower() in rest.lower() for e in emails) or any(
                    re.search(rf"\b(?:{d})\b", rest, re.I) for d in others
                ):
                    continue
            breaks.append(f"{waived!r} waives {step} (the facts: {snippet(sentence)!r})")
            break
    return breaks


# --- forfeits -------------------------------------------------------------------------

# "Deleting your account forfeits X", "On deletion, X are forfeited".
_FORFEIT = re.compile(
    r"\bforfeits?\b([^.;]+)|(?<=[,:])([^.;:,][^.;:]*?) (?:are|is|will be|get) forfeited\b", re.I
)
_FORFEITED_THING = re.compile(r"\bpoints?\b|\brewards?\b|\bstore credit\b|\bbalance\b", re.I)
# What the facts forfeit it on, and the same in a draft.
_FORFEIT_TRIGGER = re.compile(r"\bdelet\w*|\bclos\w* (?:your |an |the )?account\b", re.I)
_DELETION = re.compile(
    r"\bdelet\w*|\bclos\w* (?:your |the )?account\b|\bsupprim\w*|\beffac\w*|\bborr\w*|"
    r"\belimin\w*|\bexclu[íi]\w*|\bapag\w*|\bl[öo]sch\w*|\bcancell\w*|\bverwijder\w*",
    re.I,
)
_POINTS = r"\b(?:points?|rewards?|credit|balance|puntos|pontos|punten|punti|punkte|pr[äa]mien)\b"
_PAYS = (
    r"\b(?:pay (?:it |them )?(?:out|back)|paid out|convert\w*|transfer\w*|cash(?:ed)? out|turn\w* "
    r"(?:it |them )?into|zahlen wir|auszahl\w*|umwandeln|wandeln wir|zetten we om|omzetten|"
    r"uitbetal\w*|converti\w*|trasform\w*|reembols\w*|rembours\w*|pagamos|pagaremos)\b"
)
_PAY_OUT = re.compile(rf"{_PAYS}[^.!?]{{0,60}}{_POINTS}|{_POINTS}[^.!?]{{0,60}}{_PAYS}", re.I)


def read_forfeits(facts: str) -> tuple[str, ...]:
    """What the facts say deleting or closing an account forfeits."""
    return tuple(
        m.group(1) or m.group(2)
        for m in (_FORFEIT.finditer(facts) if "forfeit" in facts else ())
        if _FORFEIT_TRIGGER.search(facts[max(0, m.start() - 60) : m.start()])
    )


def forfeit_breaks(draft: str, forfeits: tuple[str, ...]) -> list[str]:
    """Where the draft pays out or converts what the facts forfeit."""
    if not forfeits or not _DELETION.search(draft):
        return []
    for forfeited in forfeits:
        if not _FORFEITED_THING.search(forfeited):
            continue
        for part in SENTENCE.split(draft):
            m = _PAY_OUT.search(part)
            if m is None or CONDITIONAL.search(part):
                continue
            if not NEGATION.search(REASSURE.sub(" ", part[: m.end()])):
                return [f"{m.group(0)!r} (the facts: {snippet('forfeits' + forfeited)!r})"]
    return []
