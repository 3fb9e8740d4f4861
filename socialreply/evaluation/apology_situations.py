"""Situations the labelled scorer batches treat as needing regret, though the post reads calm
enough that neither `complaints.is_complaint` nor the learned head (`complaint_head`) calls
it a complaint.

Why: scorer blind112-119 had 13 ``missing_apology`` misses, most of them posts that state
trouble without a complaint word. Each situation here was counted over every labelled
group (the 97 batch files in ``benchmarks/data`` plus blind104-119), on posts the current
detector does not already call a complaint: how many ``missing_apology`` drafts it would
catch against how many good drafts without a word of regret it would fail. Only the
situations that held across writers are kept:

- a customer asking what to do about their own recalled stove, written in one of the
  other six languages: 8 ``missing_apology`` drafts (blind65, 82, 84, 103, 115, 117, 118,
  119), 22 good drafts that show regret, 1 good draft without (blind25's "danke, dass Sie
  nachfragen!"). In English the writers split (44 good drafts with regret, 23 without),
  so an English recall question stays opt-in (`recall_questions`, ``empathy: recall``).
- a code, card or checkout that "does not work" in the other languages: 2 drafts (blind84,
  blind113), no good draft without regret (English "doesn't work" is already a complaint).
- "did I ruin it?" about the customer's own gear: 1 draft (blind117), none against.
- a charge the customer paid without knowing it applied ("je ne savais pas qu'il y avait
  un seuil"): 1 draft (blind114), none against.
- gear that "died", "gave out" or "fell apart" ("The zip on my rain jacket just died after
  8 months 😩"): 1 draft (blind119), none against.
- the customer saying they are sad ("Sono molto dispiaciuto, la tenda è quasi nuova"): 1
  draft (blind116), none against.

Session 21's fourth round (scorer blind120-127), counted the same way over 121 files:

- a wrong item told as what "showed up" ("Ordered the Ridgeline jacket in Moss and a Black
  one showed up", blind122; the "but I got" wording is `slips.WRONG_DELIVERY`'s): 1 draft,
  no good draft without regret (a looser "instead" failed blind73's exchange question);
- marketing mail still coming after the customer unsubscribed ("ich erhalte weiterhin
  Marketing-E-Mails, obwohl ich mich abgemeldet habe", blind125): 1 draft, none against;
- a customer chasing an answer for over a week ("corresponding with your support team for
  over a week ... without a clear answer. To whom can I escalate this?", blind123): 1
  draft, none against.

Session 22's first round (scorer blind128-134), counted the same way over 128 files:

- items missing from a delivered parcel ("Only got half my order, jacket's here but no
  pants", "the box only had the jacket and the socks. Where are my gloves??", blind131 and
  blind133; "il manque", "fehlt", "falta" in the other languages): 2 drafts, no good draft
  without regret;
- a charge still showing after the customer cancelled ("cancelé mi pedido ... pero sigo
  viendo el cargo pendiente", blind132): 1 draft, none against.

Left out again: an English question about the recalled stove (blind128, blind132: 6
``missing_apology`` drafts but 89 good drafts without a word of regret over all files,
  counting every post that names the recall or the stove).

Measured and left out: warranty questions about a defect (2 drafts against 64 good drafts
without regret), scam messages in the brand's name (1 against 7), a fee or shipping charge
questioned (1 against 47), "broke" beside "died" (five good drafts to "broke college
hiker here"), seams coming apart in the other languages (3 against 1, blind36's plain
warranty answer).
"""

from __future__ import annotations

import functools
import re

from .recall_questions import asks_about_recall
from .surface_text import language_of

# The recalled stove named with its serial, as a question or a "what do I do" with no
# recall word ("j'ai un réchaud Ember 2 (NW-ST200), numéro de série 25C-104883. Que
# dois-je faire ?", scorer blind119).
_STOVE = re.compile(r"\b(?:NW-ST200|Ember 2)(?![.\d])", re.IGNORECASE)
_SERIAL = re.compile(
    r"\b(?:serial|seriennummer|num[ée]ro de s[ée]rie|numero di serie|n[úu]mero de s[ée]rie|"
    r"serienummer)\b",
    re.IGNORECASE,
)
_WHAT_TO_DO = re.compile(
    r"\?|\b(?:qu'est-ce que je dois|que dois-je|was soll ich|was muss ich|qué (?:tengo|debo)|"
    r"qué hago|cosa devo|o que (?:devo|faço)|wat moet ik)\b",
    re.IGNORECASE,
)
_PRESS_OR_NEW_MODEL = re.compile(
    r"\b(?:2\.1|NW-ST210|reporter|journalist\w*|presse|press|media)\b", re.IGNORECASE
)

# "funktioniert bei meiner zweiten Bestellung nicht" (blind113), "no funciona", "ne marche
# pas", "non funziona", "não funciona", "werkt niet".
_DOES_NOT_WORK = re.compile(
    # (Not "wie funktioniert das, wenn es nicht passt?" nor "hoe werkt retourneren als iets
    # niet past?", blind7's good reply: a how-question is no report of trouble.)
    r"(?<!wie )(?<!hoe )\b(?:funktionier\w* (?:[\w-]+ ){0,5}nicht|ne (?:fonctionne|marche) pas|"
    r"no (?:me )?funciona|non (?:mi )?funziona|não funciona|nao funciona|werkt "
    r"(?:het |hij |ze |die |deze |de code )?niet)\b",
    re.IGNORECASE,
)
# "Did I ruin it?" in the seven languages.
_DID_I_RUIN = re.compile(
    r"\b(?:did i (?:just )?(?:ruin|wreck|destroy|kill)|have i (?:ruined|wrecked|destroyed)|"
    r"ai-je (?:abîmé|ruiné|fichu|bousillé)|j'ai (?:abîmé|ruiné|fichu|bousillé)|"
    r"(?:hab|habe) ich [^.?!]{0,30}(?:ruiniert|kaputt gemacht|zerstört)|"
    r"(?:l'|la |lo )?ho rovinat\w*|(?:lo|la) (?:he|habré) (?:estropeado|arruinado)|"
    r"(?:estraguei|arruinei)|(?:heb ik|ik heb) [^.?!]{0,30}(?:verpest|kapot gemaakt|verknald))",
    re.IGNORECASE,
)
# A charge paid without knowing it applied: "J'ai payé $14.95 de livraison ..., je ne
# savais pas qu'il y avait un seuil" (blind114).
_PAID = re.compile(
    r"\b(?:paid|payé\w*|bezahlt|pagad[oa]|pagat[oa]|paguei|pagué|betaald)\b", re.IGNORECASE
)
_DID_NOT_KNOW = re.compile(
    r"\b(?:didn'?t know|did not know|had no idea|je ne savais pas|wusste (?:ich )?nicht|"
    r"no sab[íi]a|non sapevo|não sabia|nao sabia|wist (?:ik )?niet)\b",
    re.IGNORECASE,
)


# Gear that stopped for good, and the customer's own sadness, in the seven languages.
_DIED = re.compile(r"\b(?:died|gave out|fell apart|came apart)\b", re.IGNORECASE)
_SAD = re.compile(
    r"\b(?:i'?m|i am) (?:so |really |very )?(?:sad|gutted|heartbroken)\b|\b(?:sono|siamo) "
    r"(?:molto |davvero |proprio )?(?:dispiaciut[oaie]|trist[ei]|amareggiat[oaie])\b|\bje suis "
    r"(?:très |vraiment |tellement )?(?:triste|attristée?|navrée?)\b|\bich bin (?:sehr |echt |"
    r"wirklich )?traurig\b|\bestoy (?:muy |realmente )?triste\b|\bestou (?:muito |mesmo )?"
    r"triste\b|\bik ben (?:erg |heel |echt )?verdrietig\b",
    re.IGNORECASE,
)


# A wrong item that "showed up": "Ordered the Ridgeline jacket in Moss and a Black one
# showed up" (blind122).
_SHOWED_UP = re.compile(
    r"\bordered\b[^.!?]{0,60}?\b(?:and|but) (?:a|an|the|my) (?:[\w-]+ ){0,2}(?:one |pair |"
    r"item )?(?:showed up|turned up|arrived|came)\b",
    re.IGNORECASE,
)
# Mail still coming after unsubscribing, in the seven languages.
_STILL_COMING = re.compile(
    r"\b(?:still|keep) (?:getting|receiving)\b|\bweiterhin\b|\bimmer noch\b|\bsigo "
    r"recibiendo\b|\bje (?:reçois|continue à recevoir) toujours\b|\bje continue à recevoir\b|"
    r"\bcontinuo a (?:ricevere|receber)\b|\bnog steeds\b",
    re.IGNORECASE,
)
_UNSUBSCRIBED = re.compile(
    r"\bunsubscrib\w*|\bopted out\b|\babgemeldet\b|\bdi de baja\b|\bdesuscrib\w*|"
    r"\bdésabonn\w*|\bdésinscri\w*|\bdisiscritt\w*|\bcancelei a subscrição\b|"
    r"\bdescadastr\w*|\bafgemeld\b",
    re.IGNORECASE,
)
# Chasing an answer for over a week, in the seven languages.
_OVER_A_WEEK = re.compile(
    r"\bfor (?:over|more than) (?:a|one|two|three|\d+) (?:weeks?|days)\b|\bdesde hace más de "
    r"(?:una|dos|\d+) (?:semanas?|días)\b|\bdepuis plus d'une semaine\b|\bdepuis plus de "
    r"(?:deux |\d+ )(?:semaines|jours)\b|\bseit (?:über|mehr als) (?:einer|zwei|\d+) "
    r"(?:wochen?|tage?n?)\b|\bda più di (?:una|due|\d+) (?:settimane?|giorni)\b|\bhá mais de "
    r"(?:uma|duas|\d+) (?:semanas?|dias)\b|\bal meer dan (?:een|twee|\d+) (?:weken|week|"
    r"dagen)\b",
    re.IGNORECASE,
)
_NO_ANSWER = re.compile(
    r"\bwithout (?:a |any )?(?:clear |proper |real )?(?:answer|reply|response|resolution)\b|"
    r"\bescalate\b|\bsin (?:una )?respuesta\b|\bsans (?:aucune |vraie )?réponse\b|\bohne "
    r"(?:klare )?antwort\b|\bsenza (?:una )?risposta\b|\bsem (?:uma )?resposta\b|\bzonder "
    r"(?:duidelijk )?antwoord\b",
    re.IGNORECASE,
)


def _round4_situation(post: str) -> bool:
    """Session 21's fourth-round situations (the module docstring)."""
    if _SHOWED_UP.search(post):
        return True
    if _STILL_COMING.search(post) and _UNSUBSCRIBED.search(post):
        return True
    return bool(_OVER_A_WEEK.search(post) and _NO_ANSWER.search(post))


# Items missing from a delivered parcel, in the seven languages: "Only got half my order",
# "the box only had the jacket and the socks", "wasn't in the box".
_MISSING_ITEMS = re.compile(
    r"\bonly (?:got|had|received|came with|contained) (?:half|part|some|one|two|the \w+|\d)|"
    r"\b(?:box|parcel|package|order) only (?:had|contained|came with)\b|\bhalf (?:of )?my "
    r"order\b|\bmissing from (?:my|the) (?:order|box|parcel|package)\b|\b(?:wasn'?t|weren'?t) "
    r"in the (?:box|parcel|package)\b|\b(?:il manque|manquai(?:t|ent))\b[^.!?]{0,40}\b(?:colis|"
    r"commande|carton)\b|\b(?:im paket|in der lieferung|in meiner bestellung)\b[^.!?]{0,40}"
    r"\bfehl(?:t|en|te|ten)\b|\bfalta(?:m|ban|n|ba)?\b[^.!?]{0,40}\b(?:paquete|caja|pedido|"
    r"encomenda|caixa)\b|\bmanca(?:no|va|vano)?\b[^.!?]{0,40}\b(?:pacco|scatola|ordine)\b|"
    r"\bontbr(?:eekt|eken|ak|aken)\b[^.!?]{0,40}\b(?:pakket|doos|bestelling)\b",
    re.IGNORECASE,
)
# A charge still showing after the customer cancelled, in the seven languages other than
# English (where "still charged" is already a complaint).
_CANCELLED = re.compile(
    r"\b(?:cancel(?:ed|led|é|ado|ei|ou)|annulé|storniert|annullato|geannuleerd)\b", re.I
)
_STILL_CHARGED = re.compile(
    r"\b(?:sigo viendo|todavía|aún|toujours|immer noch|noch|ancora|ainda|nog steeds)\b"
    r"[^.!?]{0,40}\b(?:cargo|cobro|débit|prélèvement|abbuchung|belastung|addebito|cobrança|"
    r"afschrijving)\b",
    re.I,
)


def _session22_situation(post: str) -> bool:
    """Session 22's first-round situations (the module docstring)."""
    if _MISSING_ITEMS.search(post):
        return True
    return bool(_CANCELLED.search(post) and _STILL_CHARGED.search(post))


def _own_recall_question(post: str) -> bool:
    """A non-English question about the customer's own recalled stove."""
    asks = asks_about_recall(post) or (
        _STOVE.search(post) is not None
        and _SERIAL.search(post) is not None
        and _WHAT_TO_DO.search(post) is not None
        and not _PRESS_OR_NEW_MODEL.search(post)
    )
    return asks and language_of(post) not in (None, "en")


@functools.lru_cache(maxsize=4096)
def needs_regret(post: str) -> bool:
    """Whether the post is in one of the situations above (the module docstring). Cached:
    the empathy check asks it of the same post for every draft."""
    if _DOES_NOT_WORK.search(post) or _DID_I_RUIN.search(post) or _DIED.search(post):
        return True
    if _SAD.search(post):
        return True
    if _PAID.search(post) and _DID_NOT_KNOW.search(post):
        return True
    return _round4_situation(post) or _session22_situation(post) or _own_recall_question(post)
