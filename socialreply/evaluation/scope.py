"""Restrictions the facts put on *where* or *how* something applies, and drafts that
grant it anyway: part of the ``no-unauthorized-promises`` scorer.

The facts are read for four kinds of restriction (the last two checked in `waivers`):

* a scope: "Klarna Pay in 4 is for US customers only", "fuel canisters ship by ground
  only within the contiguous 48 states and can't be shipped to ... other countries",
  "International customers ... we don't provide prepaid labels", or a closed list ("We
  ship to 38 countries ... we can't ship to any country not in our checkout list" with the
  countries named). A draft part that affirms the restricted thing (Klarna, an exchange, a
  prepaid label, free shipping, shipping the restricted goods, shipping at all) for a
  place outside the scope breaks it. The place is the one the draft part names, else
  the draft's, else the post's ("Moro em Lisboa"); the language alone is no place. The
  restricted goods are read off the fact sentence (`scope_goods`), whatever the brand.
* duties and taxes the facts say are collected: "no duties for Portugal" breaks it.
* a requirement ("send your order number, a description and photos", "submit the Privacy
  Request form"): a draft that waives it ("photos aren't needed", "even if you can't find
  the card or the order number") breaks it, unless the facts offer another way the draft
  points to ("or email privacy@...").
* a forfeit ("deleting your account forfeits Trailhead points and store credit"): a draft
  that converts or pays the forfeited thing out breaks it.

A refusal, a conditional ("if you're in the US"), a restatement ("only", "US customers
can ...") or a place in scope passes. Places are country and region names, a few large
cities, and demonyms in English, Spanish, French, German, Italian, Portuguese and Dutch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clauses import (
    CONDITIONAL,
    FACT_SENTENCE,
    SENTENCE,
    refuses,
    snippet,
    split_parts,
)
from .places import TAGS, places, tags_of
from .scope_goods import goods_of
from .textutil import fold
from .waivers import forfeit_breaks, read_forfeits, read_requirements, waiver_breaks

# --- what a restriction is about ----------------------------------------------------

# Concepts: how the facts name them (English) and how a draft may (seven languages).
_CONCEPT_FACT = {
    "pay later": re.compile(r"\bklarna\b|\bafterpay\b|\baffirm\b|\bpay in 4\b", re.I),
    "exchange": re.compile(r"\bexchanges?\b", re.I),
    "prepaid label": re.compile(
        r"\bprepaid (?:return )?(?:labels?|mailers?)\b|\bfree (?:prepaid )?(?:return )?labels?\b|"
        r"\breturn shipping (?:is )?paid by the customer\b|\bpay(?:ing)? (?:their |your )?(?:own )?"
        r"return shipping\b",
        re.I,
    ),
    "free shipping": re.compile(r"\bfree[- ](?:\w+ )?shipping\b|\bships? free\b", re.I),
    "ship": re.compile(r"\bship(?:s|ped|ping)?\b|\bsen[dt]\b|\bdeliver\w*", re.I),
}
# "UK and EU shipping: $24.95, free on orders of $200 or more" grants free shipping.
_CONCEPT_GRANT = {
    "free shipping": re.compile(
        r"\bfree\b.*\b(?:ship|deliver)|\b(?:ship|deliver)\w*\b.*\bfree\b", re.I
    )
}
_CONCEPT_DRAFT = {
    "pay later": re.compile(
        r"\bklarna\b|\bafterpay\b|\baffirm\b|\bpay in (?:4|four)\b|\binstal+ments?\b|"
        r"\bcuotas\b|\ba plazos\b|\bpresta[çc][õo]es\b|\bparcel(?:as|ado|ar)\b|\ba rate\b|"
        r"\brateal\w*|\btermijnen\b|\braten(?:zahlung|kauf)?\b|\ben (?:3|4|trois|quatre|"
        r"plusieurs) fois\b|\bpaiement fractionné\b",
        re.I,
    ),
    # "cambiar la dirección", "trocar o endereço" change an order, they exchange nothing.
    "exchange": re.compile(
        r"\bexchang\w*\b(?! rates?\b)|\bswap\w*|\b[ée]chang\w*|(?:\bcambi(?:o|os|ar|arla|arlo|"
        r"arlas|arlos|arle|arli|are|amo|iamo)|\btroc(?:a|as|ar|amos|á-l\w+|ar-lh\w+))\b(?! (?:"
        r"(?:la|el|los|las|o|a|os|as|il|l'|de|tu|su|sua|seu|vuestra|tua) )?(?:direcci[óo]n|"
        r"endere[çc]o|morada|indirizzo|pedido|encomenda|ordine|contrase[ñn]a|senha|e-?mail|correo|"
        r"m[ée]todo|dados|datos|dati)\b)|\bumtausch\w*|\bumzutauschen\b|\b(?:um)?tauschen\b|"
        r"\b(?:om)?ruil\w*",
        re.I,
    ),
    "prepaid label": re.compile(
        r"\b(?:prepaid|pre-paid|free)[^.!?]{0,15}\b(?:label|mailer)s?\b|\blabels?[^.!?]{0,10}"
        r"(?:prepaid|free)\b|\bfree returns?\b|\b[ée]tiquette[^.!?]{0,25}(?:pr[ée]pay[ée]e|"
        r"gratuite)\b|\betiquetas?[^.!?]{0,25}(?:prepagad[ao]s?|pr[ée]-?pag[ao]s?|gratis|"
        r"gr[áa]tis|gratuit[ao]s?)\b|\b(?:gratis|kostenlos\w*|vorfrankiert\w*|frankiert\w*)"
        r"[^.!?]{0,12}(?:label|etikett\w*|schein|etiket)\b|\b(?:gratis|voorgefrankeerd\w*)"
        r"[^.!?]{0,6}retour\w*|\betichett\w*[^.!?]{0,20}(?:prepagat\w*|gratuit\w*)\b|"
        r"\b(?:retour|devoluci[óo]n|devolu[çc][ãa]o|reso|rücksendung|retourzending)"
        r" (?:gratuit\w*|gratis|gr[áa]tis|kostenlos)\b",
        re.I,
    ),
    "free shipping": re.compile(
        r"\bfree (?:\w+ )?(?:shipping|delivery)\b|\bships? (?:for )?free\b|\blivraison (?:\w+ )?"
        r"(?:gratuite|offerte)\b|\benv[íi]o (?:\w+ )?(?:gratis|gratuito)\b|\bfrete (?:\w+ )?"
        r"(?:gr[áa]tis|gratuito)\b|\bkostenlos\w* \w*versand\b|\bversandkostenfrei\b|"
        r"\bgratis (?:\w+ )?verzend\w*|\bspedizion\w* (?:\w+ )?(?:gratuit\w*|gratis)\b",
        re.I,
    ),
    "ship": re.compile(
        r"\bship(?:s|ped|ping)?\b|\bsen[dt]s?\b|\bmail(?:s|ed)?\b|\bdeliver\w*|"
        r"\bgoes (?:out )?to\b|\b(?:it|they|can|will) go (?:out )?to\b|"
        r"\benv[ií](?:a|o|e|amos|ais|an|ar|ado|amos|á|ará|aremos)\w*|\benvio\b|\bmand(?:a|o|amos|"
        r"ar|aremos)\b|\bentreg\w*|\bcheg\w*|\bllega\w*|\benvo[iy]\w*|\benverr\w*|\bexpédi\w*|"
        r"\blivr(?:ons|ez|er|ent|é|ée|ées|és|ait|ais|aison)\w*|\bschick\w*|\bverschick\w*|"
        r"\bversend\w*|\bversand\w*|\bliefer\w*|\bsped(?:i|ia|iamo|ire|ito|ita|izione)\w*|"
        r"\binvi(?:a|amo|are|ato|iamo)\w*|\bconsegn\w*|\bverzend\w*|\bverstuur\w*|\bstur(?:en|t)\b|"
        r"\bopsturen\b|\blever(?:en|t)\b",
        re.I,
    ),
}
# "send us your order number", "envíanos", "schick uns": the customer sends, we don't.
_TO_US = re.compile(
    r"\b(?:send|mail|ship|sen[dt]) (?:it |them )?(?:back )?(?:to )?us\b|\benv[íi]a(?:nos|-nos)\b|"
    r"\bm[áa]nda(?:nos|-nos)\b|\bmande-nos\b|\benvie-nos\b|\bnos (?:envi|mand)\w*|"
    r"\benvoyez-nous\b|\bschick(?:t|en)? uns\b|\buns (?:schicken|senden)\b|\bstuur (?:ons|even)\b|"
    r"\b(?:invia|manda)ci\b|\bsend (?:it |them )?back\b|\bschick\w* (?:sie |ihn |es )?zurück\b",
    re.I,
)
_BY_EMAIL = re.compile(
    r"\b(?:by|per|par|por|via|tramite|via) (?:e-?mail|correo(?: electr[óo]nico)?)\b|\binbox\b", re.I
)
# --- reading restrictions off the facts ---------------------------------------------

_US_ONLY = re.compile(
    r"\b(?:US|U\.S\.)(?: customers| orders| addresses| residents| shoppers| buyers)? only\b|"
    r"\bonly (?:(?:available )?(?:for|to|within|in) )?(?:the )?(?:US|U\.S\.|United States)\b|"
    r"\b(?:US|U\.S\.)-only\b|\bnot internationally\b|\b(?:can't|cannot|can not) (?:be )?"
    r"(?:ship(?:ped)?|sen[dt]) (?:abroad|internationally|outside the US)\b|"
    r"\bonly within (?:the )?(?:contiguous|lower 48|US\b|U\.S\.|United States)|"
    r"\bcontiguous (?:48 states|US|United States) only\b",
)
_CONTIGUOUS = re.compile(r"\bcontiguous (?:48 states|US|United States)\b", re.I)
_EXCLUDED = re.compile(
    r"\b(?:can't|cannot|can not|won't) (?:be )?(?:ship(?:ped)?|sen[dt]|go) (?:to )?([^.;]+)", re.I
)
_INTL_SUBJECT = re.compile(
    r"\binternational (?:customers|orders|returns|recipients|shoppers|addresses)\b|"
    r"\boutside the US\b|\bnon-US\b",
    re.I,
)
_FACT_NEG = re.compile(
    r"\b(?:can't|cannot|can not|don't|do not|doesn't|does not|won't|no|not|aren't|isn't|never)\b",
    re.I,
)
_CLOSED = re.compile(
    r"\b(?:can't|cannot|can not) ship to any country\b|\bonly (?:to )?(?:those|the countries) "
    r"(?:in|on) (?:our|the) checkout list\b|\bship(?:s)? (?:from the US(?: and)? )?to \d+ "
    r"countries\b|\bother supported countries\b",
    re.I,
)
_DUTIES_COLLECTED = re.compile(
    r"\b(?:duties|taxes)\b[^.;]{0,60}\b(?:collected|charged|paid|calculated)\b", re.I
)


# Facts without these words state no restriction of place.
_SCOPE_CUE = re.compile(
    r"\bonly\b|n't\b|\bcannot\b|\bcan not\b|\binternational|\boutside\b|\bnon-US\b|"
    r"\babroad\b|\bcountries\b",
    re.I,
)


@dataclass(frozen=True)
class _Restriction:
    concept: str
    items: tuple[re.Pattern[str], ...]  # the goods (a "ship" restriction), draft side
    fact_items: tuple[re.Pattern[str], ...]  # the same goods, fact side
    allowed: frozenset[str] | None  # place tags in scope (None: any but `excluded`)
    excluded: frozenset[str]  # places (keys) ruled out by name
    fact: str


@dataclass(frozen=True)
class _Facts:
    restrictions: tuple[_Restriction, ...]
    grants: tuple[str, ...]  # sentences that allow things, for a grant elsewhere
    duties: str | None
    requirements: tuple[tuple[str, str], ...]  # (step, the fact sentence)
    forfeits: tuple[str, ...]


def _scope_restrictions(sentence: str) -> list[_Restriction]:
    found: list[_Restriction] = []
    us_only = _US_ONLY.search(sentence)
    excluded_m = _EXCLUDED.search(sentence)
    excluded = places(excluded_m.group(1)) if excluded_m else frozenset()
    if us_only or excluded:
        allowed: frozenset[str] | None = None
        if us_only or "international" in excluded:
            allowed = (
                frozenset({"contiguous"}) if _CONTIGUOUS.search(sentence) else frozenset({"us"})
            )
        named = excluded - {"international"}
        items, fact_items = goods_of(sentence)
        for concept in ("pay later", "exchange", "prepaid label", "free shipping"):
            if _CONCEPT_FACT[concept].search(sentence):
                found.append(_Restriction(concept, (), (), allowed, named, sentence))
        if items and _CONCEPT_FACT["ship"].search(sentence):
            found.append(_Restriction("ship", items, fact_items, allowed, named, sentence))
    # "International customers ... we don't provide prepaid labels", "No direct exchanges
    # for international orders", "return shipping is paid by the customer".
    if _INTL_SUBJECT.search(sentence):
        for concept in ("exchange", "prepaid label", "free shipping"):
            for m in _CONCEPT_FACT[concept].finditer(sentence):
                before = re.split(r"[,;:.]", sentence[max(0, m.start() - 40) : m.start()])[-1]
                charged = m.group(0).lower().startswith(("return shipping", "pay"))
                if charged or _FACT_NEG.search(before):
                    found.append(
                        _Restriction(concept, (), (), frozenset({"us"}), frozenset(), sentence)
                    )
                    break
    return found


@lru_cache(maxsize=1024)
def _read_facts(facts: str, positive: str) -> _Facts:
    sentences = [s for s in FACT_SENTENCE.split(facts) if s.strip()]
    restrictions: list[_Restriction] = []
    grants: list[str] = []
    closed = None
    for sentence in sentences if _SCOPE_CUE.search(facts) else ():
        found = _scope_restrictions(sentence)
        restrictions.extend(found)
        if not found and not _FACT_NEG.search(sentence) and not re.search(r"\bonly\b", sentence):
            grants.append(sentence)
        if closed is None and _CLOSED.search(sentence):
            closed = sentence
    if closed is not None:
        # Every place the facts allow is in the list, with its region ("the EU" lets in
        # Germany); "international" names no country.
        named = places(positive)
        allowed = set(named) | {"us", "international"}
        allowed.update(_REGION_TAG[k] for k in named if k in _REGION_TAG)
        if any("europe" in TAGS[k] for k in named):
            allowed.add("Europe")
        restrictions.append(_Restriction("ship", (), (), frozenset(allowed), frozenset(), closed))
    duties = next((s for s in sentences if _DUTIES_COLLECTED.search(s)), None)
    requirements = read_requirements(positive)
    return _Facts(tuple(restrictions), tuple(grants), duties, requirements, read_forfeits(facts))


# --- scope ----------------------------------------------------------------------------


_REGION_TAG = {"the EU": "eu", "Europe": "europe", "the US": "us", "us-state": "us"}


def _out_of_scope(keys: frozenset[str], restriction: _Restriction) -> bool:
    """Every place named lies outside the restriction's scope."""
    if not keys:
        return False
    for key in keys:
        if key in restriction.excluded:
            continue
        if restriction.allowed is None or TAGS[key] & restriction.allowed:
            return False
    return True


_MONEY = re.compile(r"[$€£]\s?(\d[\d,.]*\d|\d)")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _granted(
    restriction: _Restriction, keys: frozenset[str], part: str, grants: tuple[str, ...]
) -> bool:
    """Another fact allows the thing for these places ("UK and EU: ... free on orders of
    $200 or more" grants free shipping to Austria when the draft names the $200)."""
    tags = tags_of(keys) - {"intl", "europe"}
    granting = _CONCEPT_GRANT.get(restriction.concept, _CONCEPT_FACT[restriction.concept])
    for sentence in grants:
        if not granting.search(sentence):
            continue
        if restriction.fact_items and not any(p.search(sentence) for p in restriction.fact_items):
            continue
        if not tags_of(places(sentence)) & tags:
            continue
        amounts = {re.sub(r"\D", "", a) for a in _MONEY.findall(sentence)}
        said = {re.sub(r"\D", "", n) for n in _NUMBER.findall(part)}
        if restriction.concept != "ship" and amounts and not amounts & said:
            continue
        return True
    return False


# Goods taken out of the parcel are not what ships: "the rest of your cart can still ship to
# Hawaii once the canisters are removed" (scorer blind66's good reply), "everything except
# the fuel", "sin los cartuchos", "ohne die Kartuschen".
_SET_ASIDE = re.compile(
    r"\b(?:without|except(?: for)?|minus|other than|apart from|besides|sin|sans|ohne|senza|sem|"
    r"zonder|excepto|salvo|sauf|außer|tranne|exceto|behalve)\b[^,;.]*|"
    r"\b(?:once|after|when|if|as soon as|sobald|wenn|une fois|dès que|si|una vez|cuando|una "
    r"volta|quando|se|assim que|zodra|als)\b[^,;.]*?\b(?:removed?|taken out|deleted|tak(?:e|ing) "
    r"out|quit\w*|retir\w*|entfern\w*|rimoss\w*|rimuov\w*|tol\w*|removid\w*|remov\w*|"
    r"verwijder\w*|supprim\w*|elimin\w*|enlev\w*)\b[^,;.]*|"
    r"\b(?:remove|take out|delete)\b[^,;.]*|"
    # Goods bought at the destination instead: "so you'd just need to pick up fuel locally"
    # (scorer blind72's good reply), "compra los cartuchos allí", "vor Ort kaufen".
    r"\b(?:pick(?:ing)? up|buy(?:ing)?|get(?:ting)?|grab(?:bing)?|sourc(?:e|ing)|purchas(?:e|"
    r"ing))\b[^,;.]{0,40}?\b(?:locally|at a local \w+|(?:in|at) (?:a )?(?:local )?(?:store|"
    r"shop|outfitter)s? (?:there|near you|on arrival))|\b(?:compr\w+|consigue\w*|adquiri\w*)\b"
    r"[^,;.]{0,40}?\b(?:allí|allá|localmente|en tu zona|en destino|no local|lá)\b|\b(?:ach[eè]t"
    r"\w*|procur\w*|trouv\w*)\b[^,;.]{0,40}?\bsur place\b|\bvor ort\b[^,;.]{0,30}?\b(?:kauf"
    r"\w*|besorg\w*)\b|\b(?:acquist\w*|compr\w*|trova\w*)\b[^,;.]{0,40}?\bsul posto\b|"
    r"\bter plaatse\b[^,;.]{0,30}?\b(?:kop\w*|halen)\b",
    re.I,
)


def _scope_breaks(
    draft: str, post: str, restriction: _Restriction, grants: tuple[str, ...]
) -> list[str]:
    concept = _CONCEPT_DRAFT[restriction.concept]
    parts = split_parts(draft)

    def about(part: str) -> bool:
        if not concept.search(part):
            return False
        if restriction.concept != "ship":
            return True
        # "delivered by email" ships nothing; "send us your order number" neither.
        return not _BY_EMAIL.search(part) and any(concept.search(p) for p in _TO_US.split(part))

    def names_item(part: str) -> bool:
        return any(p.search(_SET_ASIDE.sub(" ", part)) for p in restriction.items)

    # A draft that refuses or restates the restricted thing, for these goods or this place,
    # has answered the question ("Sadly Brazil isn't one of them"); its other sentences
    # speak of something else unless they name the place.
    addressed = any(
        about(p) or names_item(p) or _out_of_scope(places(p), restriction)
        for p in parts
        if refuses(p, restriction.concept)
    )
    item_elsewhere = bool(restriction.items) and (names_item(draft) or names_item(post))
    draft_places = places(draft)
    post_places = places(post)
    breaks: list[str] = []
    for part in parts:
        if not about(part) or refuses(part, restriction.concept):
            continue
        if restriction.items and not names_item(part) and (addressed or not item_elsewhere):
            continue
        own = places(part)
        if own:
            keys = own
        elif addressed:
            continue
        else:
            keys = draft_places or post_places
        if not _out_of_scope(keys, restriction) or _granted(restriction, keys, part, grants):
            continue
        where = " or ".join(sorted(keys))
        what = concept.search(part)
        said = what.group(0) if what else restriction.concept
        breaks.append(f"{said!r} for {where} (the facts: {snippet(restriction.fact)!r})")
    return breaks


# --- duties ---------------------------------------------------------------------------

_NO_DUTIES = re.compile(
    r"\bno (?:import |customs )?(?:duties|duty|customs (?:fees|charges|duties)|taxes|"
    r"import taxes)\b|\bduty[- ]free\b|\b(?:duties|taxes) (?:are|is) (?:waived|not charged)\b|"
    r"\b(?:won't|don't|do not|will not) (?:have to )?(?:pay|be charged) (?:any )?(?:import )?"
    r"(?:duties|taxes|customs)\b|"
    r"\bn[ãa]o (?:h[áa]|tem|ter[áa]|haver[áa]|paga|pagar[áa]|vai pagar|precisa (?:de )?pagar) "
    r"(?:\w+ ){0,2}?(?:impostos|taxas|alf[âa]ndega|direitos)\b|\bsem (?:impostos|taxas de "
    r"alf[âa]ndega|alf[âa]ndega)\b|\bisent[oa]s? de (?:impostos|taxas)\b|"
    r"\bno (?:hay|pagas|pagar[áa]s|tendr[áa]s que pagar|se cobran|cobramos) (?:\w+ ){0,2}?"
    r"(?:aranceles|impuestos|aduana|tasas)\b|\bsin (?:aranceles|impuestos|aduana)\b|"
    r"\blibre de (?:aranceles|impuestos)\b|"
    r"\b(?:pas|aucun\w*) (?:de )?(?:droits|taxes|frais de douane|douane)\b|\bsans (?:droits|"
    r"taxes|frais de douane)\b|\bexon[ée]r\w* de (?:droits|taxes)\b|"
    r"\bkeine? (?:z[öo]lle|zoll\w*|steuern|einfuhr\w*|abgaben)\b|\bzollfrei\b|"
    r"\b(?:nessun|niente|senza) (?:dazi|dazio|tasse|dogana|imposte)\b|\bnon (?:paghi|pagherai|"
    r"ci sono) (?:\w+ ){0,2}?(?:dazi|tasse|dogana)\b|"
    r"\bgeen (?:invoerrechten|douane\w*|belasting\w*|btw)\b|\bzonder (?:invoerrechten|douane\w*)",
    re.I,
)
_CHECKOUT = re.compile(
    r"(?P<neg>\b(?:nem|not|ni|weder|n[ée]|nor|neither|noch)\s+(?:\w+\s+){0,2})?"
    r"\b(?:checkout|check-out|la commande|au moment du paiement|la caisse|al pagar|el pago|"
    r"an der kasse|beim (?:kauf|bezahlen|checkout)|bij het afrekenen|al checkout|"
    r"al momento dell'ordine|no pagamento|na compra)\b",
    re.I,
)
_DUTY_WORD = re.compile(
    r"\b(?:dut(?:y|ies)|tax(?:es)?|customs|impostos|taxas|direitos|aranceles|impuestos|tasas|"
    r"droits|douane|z[öo]lle?|zoll\w*|steuern|einfuhr\w*|dazi|tasse|imposte|invoerrechten|btw|"
    r"iva|tva|vat|mwst)\b",
    re.I,
)
_ON_DELIVERY = re.compile(
    r"\b(?:on|at|upon) (?:delivery|the door|arrival)\b|\b[àa] la (?:livraison|r[ée]ception)\b|"
    r"\bna entrega\b|\bao receber\b|\bal (?:recibir|entregar)\b|\ben la entrega\b|\bbei "
    r"(?:der )?(?:lieferung|zustellung)\b|\balla consegna\b|\bbij (?:de )?(?:levering|bezorging)\b|"
    r"\bextra\b|\bmore\b|\bm[áa]s\b|\bmais\b|\bde plus\b|\bweitere\w*\b|\bzus[äa]tzlich\w*|"
    r"\bin pi[ùu]\b|\bverder\b",
    re.I,
)


def _duty_breaks(draft: str, post: str, facts: _Facts) -> list[str]:
    if facts.duties is None:
        return []
    keys = places(draft) or places(post)
    if not keys or not tags_of(keys) & {"intl"} or tags_of(keys) & {"us"}:
        return []
    # "Duty-free? Not quite: duties are collected at checkout" says where they are paid.
    for part in SENTENCE.split(draft):
        checkout = _CHECKOUT.search(part)
        if checkout is not None and not checkout.group("neg") and _DUTY_WORD.search(part):
            return []
    for part in SENTENCE.split(draft):
        m = _NO_DUTIES.search(part)
        if m is None or CONDITIONAL.search(part):
            continue
        checkout = _CHECKOUT.search(part)
        if checkout is not None and not checkout.group("neg"):
            continue  # "nothing to pay on delivery, duties are collected at checkout"
        if checkout is None and _ON_DELIVERY.search(part):
            continue
        return [f"{m.group(0)!r} (the facts: {snippet(facts.duties)!r})"]
    return []


# --- the check ------------------------------------------------------------------------


def scope_breaks(draft: str, post: str, facts: str, positive_facts: str) -> list[str]:
    """What the draft grants that a restriction in the facts rules out, each with the
    fact's words. `positive_facts` are the facts with their negated clauses blanked."""
    if not facts:
        return []
    read = _read_facts(facts, positive_facts)
    if not (read.restrictions or read.duties or read.requirements or read.forfeits):
        return []
    draft, post = fold(draft), fold(post)
    breaks: list[str] = []
    for restriction in read.restrictions:
        if _CONCEPT_DRAFT[restriction.concept].search(draft):
            breaks.extend(_scope_breaks(draft, post, restriction, read.grants))
    if read.duties and _NO_DUTIES.search(draft):
        breaks.extend(_duty_breaks(draft, post, read))
    breaks.extend(waiver_breaks(draft, read.requirements))
    breaks.extend(forfeit_breaks(draft, read.forfeits))
    return list(dict.fromkeys(breaks))
