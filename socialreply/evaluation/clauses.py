"""Drafts and facts split into sentences, and how a draft sentence refuses, restates or
hedges, and what a grant looks like: shared by the restriction checks in `scope`,
`waivers`, `limits` and `exclusions`."""

from __future__ import annotations

import re

from .exception_phrases import CONSEQUENCE, GRANT

# --- how a draft part affirms, refuses, restates ------------------------------------

_NO_PROBLEM = r"(?!\s+(?:problem|worries|worry|hassle|te preocupes|pasa nada|hay problema)\b)"
NEGATION = re.compile(
    # Portuguese "no" is "in the": "no Brasil", "no checkout".
    rf"\bno\b{_NO_PROBLEM}(?!\s+(?:brasil|canad[áa]|chile|m[ée]xico|jap[ãa]o|reino unido|"
    r"checkout|site|carrinho|momento|come[çc]o|fim|final|ano|m[êe]s|dia|nosso|seu|teu|"
    r"pa[íi]s|endere[çc]o|valor|total|pedido|prazo)\b)|"
    r"\bnot\b|n't\b|\bnever\b|\bcannot\b|\bunable\b|\bsorry\b|\bunfortunately\b|\bafraid\b|"
    r"\bn[ãa]o\b(?! (?:tem|h[áa]) problema)|\bnunca\b|\bnenhum\w*|\bningun\w*|\bning[úu]n\b|"
    r"\bnicht\b|\bkein\w*\b(?! problem)|\bnie\b|\bniet\b|\bgeen\b(?! probleem)|\bnooit\b|"
    r"\bpas\b(?! de (?:souci|soucis|problème)\b)|\bjamais\b|\baucun\w*|\bnon\b|"
    r"\bnessun\w*(?! problema)|\binfelizmente\b|\blamentablemente\b|"
    r"\bdesafortunadamente\b|\bmalheureusement\b|\bleider\b|\bpurtroppo\b|\bhelaas\b|"
    r"\bd[ée]sol[ée]\w*|\blo siento\b|\bsentimos\b|\bci dispiace\b|\btut (?:uns|mir) leid\b|"
    r"\bhet spijt\b|\bnem\b|\bni\b|\bweder\b|\bnoch nicht\b|\bnog niet\b|\bpas encore\b|"
    r"\btodav[íi]a no\b|\bainda n[ãa]o\b|\btampoco\b|\btampouco\b|\bnon plus\b|"
    r"\bneither\b|\bnor\b|\bevenmin\b|\bneanche\b|\bnemmeno\b|"
    # The option set aside: "rather than on a prepaid label from us".
    r"\brather than\b|\binstead of\b|\ben (?:lugar|vez) de\b|\bau lieu d\w*|\b(?:an)?statt\b|"
    r"\binvece d[ie]\b|\bem vez d[eo]\b|\bin plaats van\b",
    re.I,
)
_ONLY = re.compile(
    r"\bonly\b|\bexclusive(?:ly)?\b|\bsolo\b|\bs[óo]lo\b|\bsolamente\b|\b[úu]nicamente\b|"
    r"\bexclusivamente\b|\bseulement\b|\buniquement\b|\br[ée]serv[ée]\w*|\bexclusivement\b|"
    r"\bnur\b|\bausschlie[ßs]lich\b|\blediglich\b|\bsoltanto\b|\besclusivamente\b|"
    r"\briservat\w*|\bapenas\b|(?<!é )\bsó\b|\bsomente\b|\balleen\b|\buitsluitend\b",
    re.I,
)
CONDITIONAL = re.compile(
    r"\bif\b|\bunless\b|\bwhether\b|\b(?:as|so) long as\b|\bprovided (?:that )?\b|"
    r"\bsiempre (?:y cuando|que)\b|\btant que\b|\bpourvu que\b|\bsolange\b|\bpurch[ée]\b|"
    r"\bdesde que\b|\bzolang\b|\bwenn\b|\bfalls\b|\bsofern\b|\bob\b|\bindien\b|"
    r"\bals (?:je|u|jij)\b|\bmits\b|\bqualora\b|\bnel caso\b|\ben caso de\b|\bau cas o[ùu]\b|"
    r"\bcaso (?:voc[êe]|more|esteja|seja)\b|\bse (?:voc[êe]s?|tiver\w*|for|estiver\w*|morar|"
    r"mora|ordini|ordinate|sei|abiti|vivi|hai|il|la|lo|quiser|preferir|comprar|encomendar)\b|"
    r"\bsi (?:vous|tu|usted(?:es)?|est[áa]s?|vives|vivez|habitez|tienes|votre|ta|ton|compras|"
    r"pides|haces|la|le|el|eres|es|resides|commandez)\b|"
    # A possibility is no grant: "PayPal may offer instalments, depending on your account".
    r"\b(?:may|might|depending on|depends on|possibly|peut-être|puede que|talvez|potrebbe|"
    r"misschien|vielleicht|eventuell)\b",
    re.I,
)
SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_BUT = re.compile(
    r",?\s+\b(?:but|however|pero|sin embargo|aber|jedoch|maar|mas|ma|però|cependant)\b|,\s+mais\b",
    re.I,
)


# Comfort is no refusal: "Pas de souci, nous vous envoyons ...", "Don't worry, ...", "Oh
# no 😭 DM us and we'll swap it".
REASSURE = re.compile(
    r"\b(?:oh,? no|oh n[ãa]o|ay no|oh non|oh nee|oh nein|no (?:problem|worries|worry|hassle)|"
    r"don'?t worry|do not worry|n[ãa]o se preocupe|"
    r"n[ãa]o (?:tem|h[áa]) problema|no te preocupes|no hay problema|ning[úu]n problema|"
    r"pas de (?:souci|soucis|probl[èe]me)|ne vous inqui[ée]tez pas|ne t'inqui[èe]te pas|"
    r"kein problem|keine sorge|mach dir keine sorgen|geen probleem|geen zorgen|maak je geen "
    r"zorgen|nessun problema|non preoccuparti|non si preoccupi)\b",
    re.I,
)


def split_parts(text: str) -> list[str]:
    """The draft's sentences, each cut again at "but", "however" and the like."""
    return [p for s in SENTENCE.split(text) for p in _BUT.split(s) if p.strip()]


# The way round an exchange the facts give ("return the item and place a new order").
_NEW_ORDER = re.compile(
    r"\bnew order\b|\bnouvelle commande\b|\bnuevo pedido\b|\bnov[oa] (?:pedido|encomenda)\b|"
    r"\bneue\w* bestellung\b|\bneu (?:zu )?bestellen\b|\bnuovo ordine\b|\bnieuwe bestelling\b",
    re.I,
)


def refuses(part: str, concept: str = "") -> bool:
    """The part refuses, restates ("only") or makes conditional what it speaks of."""
    if concept == "exchange" and _NEW_ORDER.search(part):
        return True
    part = REASSURE.sub(" ", part)
    return bool(NEGATION.search(part) or _ONLY.search(part) or CONDITIONAL.search(part))


# --- grants ------------------------------------------------------------------------

# A clause ends at a comma, a semicolon, a colon or a dash.
_SEGMENT = re.compile(r"\s*(?:[,;:]|\s[\u2014\u2013-]\s)\s*")


def segments(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of the text."""
    spans, start = [], 0
    for m in _SEGMENT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def granted(text: str) -> tuple[re.Match[str], str] | None:
    """The first grant in `text` ("we'll take them back", "is totally fine", "ti
    rimborsiamo") whose own clause neither refuses nor hedges it, with that clause. A
    purpose after it ("so your friend doesn't get charged") is no refusal."""
    for m in GRANT.finditer(text):
        clause = next((text[a:b] for a, b in segments(text) if a <= m.start() < b), text)
        cut = CONSEQUENCE.search(clause)
        if not refuses(clause[: cut.start()] if cut else clause):
            return m, clause
    return None


def grant_clause(text: str) -> str:
    """The clause of the text's first unrefused grant ("" when there is none)."""
    found = granted(text)
    return found[1] if found else ""


# --- facts ---------------------------------------------------------------------------

FACT_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z'\"(])|\n+")


def snippet(sentence: str) -> str:
    """A fact sentence as quoted in a reason: one line, at most 90 characters."""
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= 90 else sentence[:87].rstrip() + "..."
