"""Gates on the trained head's signals: a veto on injuries "...but nobody was hurt", on
breaches that are only a stranger's card charge or a joke "hack", on a few recurring false
friends (split-shipment charges, curiosity about AI, "is this a bot? just curious"), and a
higher bar for a second category on a post the rules already flagged.

The head reads meaning from sentence vectors and does not read negation: "the buckle
snapped but nobody was hurt, just need a new one" scores as an injury report. A post that
says nobody was hurt is not one, so a *semantic* safety_injury signal is dropped there (a
rule's signal is never removed). Six languages, matched on the normalised text (lower
case, no accents, elongations squeezed).

Tried in session 5 and not kept: requiring a regulatory signal to name an authority or a
complaint and a legal signal to name the law. On the labelled posts those gates removed
as many true signals as false ones (regulatory 7 and 7): every new writer names another
authority ("the ICO", "PROFECO", "la arbeiterkammer") or another legal route ("letter
before action", "a class action", "filing suit")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..types import Category
from . import false_friends as ff
from . import false_friends_confusion as ffc
from . import false_friends_intent as fi
from . import false_friends_misread as ffm
from . import false_friends_not_our_breach as fnb
from . import false_friends_regulator_aside as fra
from . import false_friends_roles as ffr
from . import false_friends_service as ffs
from .false_friends_destination import DESTINATION_NAMED
from .false_friends_instalments import INSTALMENTS_AS_PLANNED
from .normalize import compile_rule, prepare
from .own_side_guards import SEMANTIC_FAMILIES

_NOBODY_HURT = re.compile(
    # Written squeezed, as `prepare` reads the post ("nessuno" -> "nesuno", "noone" -> "none").
    r"(?:nobody|no one|none|no-one|none of us) (?:was|got|is|were) (?:hurt|injured)|"
    r"no (?:one|body) hurt|"
    r"no injur|nobody injured|(?:everyone|everybody|we)(?:'s|'re| is| are) (?:all )?(?:fine|ok|"
    r"okay|safe|unhurt)|nadie (?:salio |resulto )?herid|nadie se hizo dano|persone n'a ete "
    r"blese|persone n'est blese|niemand (?:wurde |ist )?verletzt|nesuno (?:si e fato male|e "
    r"rimasto ferito|ferito)|ninguem se (?:machucou|feriu)|niemand (?:is |raakte )?gewond"
)


# "Did someone use my card on your site?" is a card fraud question; the head reads it as a
# breach (blind24, twice; the writers of every batch label it fraud only). A breach needs
# more than a stranger's card charge: an account, a password, a leak, data the store had.
# Compiled like the rules (`compile_rule`): matched on the squeezed text, where "address"
# reads "adres".
_CARD_USED = compile_rule(
    r"\b(?:someone|somebody|anyone) (?:is |has been )?(?:us(?:e|ed|ing)|charg(?:e|ed|ing)) my "
    r"(?:credit |debit )?card\b|\b(?:qualcuno|alguien|alguem|quelqu'un|jemand|iemand) (?:\w+ )?"
    r"(?:usato|usado|usando|usa|usou|utilise|benutzt|gebruikt) (?:\w+ )?(?:la mia |mi |meu |ma |"
    r"meine |mijn )?(?:carta|tarjeta|cartao|carte|karte|kaart)\b"
    # tr15a: the verb first, "Gebruikt iemand mijn gegevens??", "¿usa alguien mi tarjeta?".
    r"|\b(?:gebruikt|usa|utilise|benutzt) (?:iemand|alguien|quelqu'un|jemand|alguem|"
    r"qualcuno) (?:\w+ )?(?:mijn|mi|ma|mon|meine|meu|la mia) (?:kaart|gegevens|tarjeta|datos|"
    r"carte|karte|daten|cartao|carta|dati)\b"
)
# The writer has no account with the store (tr15a, by family): a charge or a payment request
# in their name is then a stranger's card fraud, whatever else the post says about accounts
# ("Ni siquiera tengo cuenta con ustedes", "Ik heb niet eens een account bij jullie").
_NO_ACCOUNT = compile_rule(
    r"\b(?:(?:don'?t|do not|never) (?:even )?(?:have|had|made|created|opened) (?:an |any )?"
    r"account|(?:ni siquiera|no) tengo cuenta|heb (?:niet eens|geen) (?:een )?account|"
    r"n'ai (?:meme )?(?:pas|jamais) (?:eu )?de compte|j'ai (?:meme )?pas de compte|"
    r"habe (?:gar |nicht mal )?kein(?:en)? "
    r"(?:konto|account)|nem tenho conta|nao tenho conta|non ho (?:nemmeno |neanche )?un "
    r"account)\b"
)
_BREACH_CUE = compile_rule(
    r"\b(?:account|login|log in|logged|password|leak\w*|breach\w*|hack\w*|phish\w*|email|"
    r"address|data|details|konto|compte|cuenta|conta|profilo)\b"
)


# A thank-you for something already settled ("Kein Anwalt nötig, alles geklärt ... Danke!",
# "had a complaint in June but it got sorted the same day, thanks", "Já resolveram meu
# problema ..., obrigado") or a request declined in so many words ("No need for a human,
# the FAQ answered it", "Not asking for a manager") reads to the head like the escalation it
# names (blind34 and blind35, after their scores). An urgent or review signal from the head
# alone does not stand on such a post; a rule's signal is never removed.
_SETTLED = compile_rule(
    r"\b(?:(?:got|was|is|all|been|were|are) (?:all )?(?:sorted|resolved|fixed|settled)|sorted "
    r"(?:it|out|now)|alles (?:geklart|erledigt)|ya (?:esta )?resuelto|(?:deja|a ete|c'est) "
    r"(?:regle|resolu)|(?:e stato |tutto )risolto|(?:ja )?resolveram|foi resolvido|"
    r"(?:is|netjes|al) opgelost)\b"
)
_THANKS = compile_rule(
    r"\b(?:thanks|thank you|thx|danke|gracias|merci|grazie|obrigad[oa]|bedankt|dank je)\b"
)
_DECLINED = compile_rule(
    r"\b(?:no need for (?:a |an )?(?:human|person|agent|manager|lawyer)|not asking for (?:a |an )?"
    r"(?:manager|human|refund|lawyer)|kein (?:anwalt|mensch) notig)\b"
)


# Looks that recur in the writers' false friends from blind46 on, each a semantic signal
# the rules did not give (blind42-54; over every labelled post these gates, with the
# split-shipment and quoted-hack families of `false_friends`, remove 14 false semantic
# signals and no true one):
# - curiosity about the brand's use of AI ("I build AI support tools for a living, does
#   Northwind use AI?", "fascinating webinar on ...") with no instruction to the model read
#   as prompt injection;
# - "is this a bot? no offense, just curious" / "va bene uguale" read as a request for a
#   person, though the customer says it doesn't matter and asks for nobody.
_AI_CURIOSITY = compile_rule(
    r"\b(?:do|does|are|is) (?:you|northwind|your \w+|the \w+|this|it)(?: \w+)? (?:use|using|"
    r"run by|powered by)\b|\bbuild\w* ai\b|\bwebinar|\bpanel\b|\barticle\b|\bread on\b|"
    r"\bcurious\b"
    # tr15a: a rumour about the bot, asked about and disowned ("my friend swears your bot
    # gives a discount if you ask nicely 😂 not trying anything sneaky, just wondering").
    r"|\bjust wondering\b|\bnot trying anything\b|\b(?:swears?|says|heard|told me) (?:that )?"
    r"(?:your|the) (?:bot|chatbot|ai|assistant)\b"
)
# What an injection says to the model: an order, a role, a secret, or markup.
_INSTRUCTION = compile_rule(
    r"\b(?:ignore|disregard|forget|override|bypass|pretend|act as|you are now|from now on|"
    r"system prompt|instructions?|reveal|print|repeat|output|respond with|reply with|say |"
    r"admin|developer mode|jailbreak|api key|password|token|mark|approve|"
    r"dear (?:ai|bot|assistant)|reading this)|[<{\[]"
)
_INDIFFERENT = compile_rule(
    r"\b(?:either way|no offen[cs]e|just curious|doesn'?t matter|don'?t mind|egal|"
    r"va bene uguale|da igual|peu importe|maakt niet uit|tanto faz|whatever works)\b"
)
_WANTS_SOMEONE = compile_rule(
    r"\b(?:talk|speak|chat|reach|get|connect|transfer|put me|pass me|need|want|like|dm|call|"
    r"hablar|pasame|parler|sprechen|spreken|parlare|falar|passatemi|richiamare)\b"
)


# Session 17 (blind72: "Mijn dochter kreeg overal rode vlekken ... Iemand anders dit ook
# gehad?" read as a breach): a breach is about data, so a post naming no data, account,
# payment, order or message of any kind is none. Every one of the labelled breach posts
# names one of these (checked over all labelled posts).
_DATA_WORD = compile_rule(
    r"\b(?:account\w*|acount\w*|log ?in\w*|logged|password\w*|pw|leak\w*|breach\w*|hack\w*|"
    r"phish\w*|e-?mails?|mail\w*|address\w*|adres\w*|data\w*|details|cards?|orders?|ordered|"
    r"names?|numbers?|phones?|info\w*|konto|compte|cuenta|conta|profil\w*|dati|datos|donnees|"
    r"daten|gegevens|dados|pedid\w*|command\w*|bestel\w*|ordin\w*|encomend\w*|wachtwoord|"
    r"contrase\w*|mot de passe|passwort|senha|links?|url|page|site|website|app\w*|text|sms|"
    r"messages?|tracking|seguimiento|direcci\w*|indirizz\w*|endere\w*|correo\w*|nombre\w*|"
    r"noms?|naam|nome\w*|telef\w*|tel|customers?|clients?|kunden|klanten|clientes|clienti|"
    r"privac\w*|gdpr|rgpd|dsgvo|avg|pirat\w*|gehackt|cc|bcc|spreadsheet|list\w*|receipt|"
    r"invoice|factur\w*|rechnung|fattura|reset|code|pin|checkout|cart|tarjeta|carta|carte|"
    r"cartao|kaart|karte|kreditkarte|bank\w*|banca|compr\w*|kocht|bought|scam\w*|called|"
    r"llamo)\b"
)


def _no_data_word(norm: str) -> bool:
    return _DATA_WORD.search(norm) is None


def _settled(norm: str) -> bool:
    return _DECLINED.search(norm) is not None or (
        _SETTLED.search(norm) is not None and _THANKS.search(norm) is not None
    )


def _stranger_card(norm: str) -> bool:
    return _CARD_USED.search(norm) is not None and (
        not _BREACH_CUE.search(norm) or _NO_ACCOUNT.search(norm) is not None
    )


def _request_vetoed(norm: str) -> bool:
    return _INDIFFERENT.search(norm) is not None and not _WANTS_SOMEONE.search(norm)


def _injection_vetoed(norm: str) -> bool:
    return _AI_CURIOSITY.search(norm) is not None and not _INSTRUCTION.search(norm)


def _nobody_hurt(norm: str) -> bool:
    return _NOBODY_HURT.search(norm) is not None


# Session 14: the false-friend families the rules guard (`false_friends`) are the posts the
# head misreads too ("Saw the news about some big retailer's data breach", "I work at a
# consumer protection office", "Meu advogado (que também é meu marido)"), and two families
# only the head misreads (split-shipment charges, a joke "hack" in quotes). A semantic
# signal of the family's category does not stand on a post of the family. Not for
# violence_threat, whose families the rules do not share with the head; for self_harm only
# old gear given away because it was replaced (tr15a: "giving away my old 2-person tent
# since I upgraded", read by the head as a farewell; no labelled self_harm post has it).
_FAMILY_PATTERNS: dict[str, tuple[str, ...]] = {
    "discrimination_harassment": (
        ff.NON_HUMAN_HARASSER,
        ff.PET_PRONOUN_HARASSER,
        ffm.PRODUCT_DISCRIMINATES,
    ),
    "data_breach": (
        ff.THIRD_PARTY_EVENT,
        ff.NOT_OUR_DOING,
        ff.QUOTED_HACK,
        ffm.CARD_THEFT,
        ffm.PHISHING_RECEIVED,
        ffm.OWN_DATA_OFFERED,
        ffm.HACK_THAT_WASNT,
        ffm.INJECTION_CONTEXT,
        ffm.BREACH_AT_EVENT,
    ),
    "safety_injury": (ff.SAFETY_NOT_OUR_DOING, ff.PAST_RESCUE, ffm.INSULATION_QUESTION),
    # tr15c: praise of a member of staff, a threat in quotes said by a relative, "you have
    # been warned" after a lawyer's letter.
    "violence_threat": (
        ffs.STAFF_PRAISED,
        ffm.QUOTED_THREAT,
        ffm.LEGAL_WARNING,
        # tr15e: knowing where the warehouse is, said with a wave; a boycott shouted.
        ffm.KNOW_WHERE_HARMLESS,
        ffm.BOYCOTT_NO_MENACE,
    ),
    "prompt_injection": (ffm.SELF_NOTE, ffm.LAUGHING_DEATH),
    "legal_threat": (
        ff.LEGAL_AT_OTHERS,
        ff.LAWYER_IS_RELATIVE,
        ff.AUTHORITY_IS_RELATIVE,
        ff.NO_LEGAL_INTENT,
        ff.SPENDING_JOKE,
        ff.TOO_GOOD_TO_BE_LEGAL,
        ffm.AUTHORITY_COMPLAINT_ONLY,
    ),
    "regulatory": (
        ff.REGULATOR_ELSEWHERE,
        ff.WORKS_AT_AUTHORITY,
        ff.AUTHORITY_CREDENTIAL,
        ff.AUTHORITY_AS_TOPIC,
        ff.AUTHORITY_IS_RELATIVE,
        ff.AUTHORITY_AT_EVENT,
        ff.SPENDING_JOKE,
        ff.TOO_GOOD_TO_BE_LEGAL,
        ffm.PROFESSIONAL_PRAISE,
    ),
    "media_inquiry": (ff.MEDIA_NO_ASK, ff.PRICE_QUOTE, ffm.PRESS_ROLE_ASIDE, ffm.NOT_PRESS),
    "human_request": (
        ffs.HUMAN_NOT_WANTED,
        ffs.STAFF_PRAISED,
        ffs.STAFF_MISCONDUCT,
        ffm.BOT_INSTRUCTION,
    ),
    "self_harm": (
        ffs.GEAR_REPLACED,
        ffm.PRODUCT_BLEW_UP,
        ffm.RETURN_QUESTION,
        # tr15e: a menace at the store, the last word before the law, conduct to stop.
        ffm.MENACE_AT_BRAND,
        ffm.FINAL_BEFORE_LAW,
        ffm.CONDUCT_TO_STOP,
    ),
    "fraud_payment": (
        ffs.DEVICE_CHARGING,
        ff.RESOLVED_CHARGE,
        ff.SPENDING_JOKE,
        ff.SPLIT_SHIPMENT,
        ffm.AUTH_HOLD,
        ffm.EMAIL_TWICE,
        ffm.SCAM_AS_INSULT,
    ),
}


def _add_families(families: dict[str, tuple[str, ...]]) -> None:
    """Append each category's look-alike patterns to `_FAMILY_PATTERNS` (once each)."""
    for category, patterns in families.items():
        known = _FAMILY_PATTERNS.get(category, ())
        _FAMILY_PATTERNS[category] = known + tuple(p for p in patterns if p not in known)


# Category confusions (`false_friends_confusion`): another shop's breach, a scam in
# the brand's name, the warehouse's address, a relative's computer; an injury the goods did
# not cause, a warning read, a safety report with no harm; staff's words reported (never a
# threat, self-harm or fraud); a charge confirmed as the writer's or a worry resolved.
_CONFUSION_PATTERNS: dict[str, tuple[str, ...]] = {
    "data_breach": (
        ffc.BREACH_ELSEWHERE,
        ffc.BREACH_DISOWNED,
        ffc.BREACH_CHECKED_FINE,
        ffc.IMPERSONATION,
        ffc.PREMISES_ADDRESS,
        ffc.RELATIVE_DEVICE,
        ffc.PASSWORDS_LEFT,
        ffc.PHYSICAL_BREACH,
    ),
    "safety_injury": (ffc.SAFETY_POST_GUARDS, ffc.REGULATOR_REPORT_NO_HARM),
    "violence_threat": (ffc.STAFF_REMARK_NO_MENACE, ffc.OTHERS_DATA_NO_MENACE),
    "self_harm": (ffc.STAFF_REMARK_NO_MENACE,),
    "fraud_payment": (
        ffc.SCAM_QUOTED_FROM_STAFF,
        ffc.CHARGE_CONFIRMED_MINE,
        ffc.CHARGE_WORRY_RESOLVED,
    ),
}
_add_families(_CONFUSION_PATTERNS)
# The vetoes that are more than one family pattern.
_COMPOUND_VETOES: dict[str, tuple[Callable[[str], bool], ...]] = {
    "legal_threat": (_settled,),
    "regulatory": (_settled,),
    "human_request": (_settled, _request_vetoed),
    "media_inquiry": (_settled,),
    "data_breach": (_stranger_card, _no_data_word),
    "safety_injury": (_nobody_hurt,),
    "prompt_injection": (_injection_vetoed,),
}


# Families by speech act (`false_friends_intent`): the post asks the brand nothing
# of the category's kind; it is praise, a product question, a joke or an aside. A semantic
# signal of the category does not stand on a post of the family.
_INTENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "media_inquiry": (
        fi.MEDIA_OWN_USE,
        fi.PRESS_AS_YARDSTICK,
        fi.QUOTE_FOR_GOODS,
        fi.OTHER_BRAND_NEWS,
    ),
    "prompt_injection": (fi.REPLY_AUTHOR_ASIDE, fi.PRODUCT_INSTRUCTIONS, fi.INJECTION_AS_TOPIC),
    "human_request": (
        fi.REPLY_AUTHOR_ASIDE,
        fi.HUMAN_REACHED_TOLD,
        fi.ESCALATION_DECLINED,
        fi.HUMAN_QUESTION_DECLINED,
        fi.HUMAN_AS_COMPLIMENT,
    ),
    "regulatory": (
        fi.CONSUMER_TEST_RANKING,
        fi.AUTHORITY_AS_COMPLIMENT,
        fi.DATA_ACCESS_REQUEST,
        fi.SOLICITOR_NAMES_ACT,
    ),
    "legal_threat": (fi.LAWYER_ASIDE, fi.SELF_ACCUSED),
    "self_harm": (
        fi.EXERTION_DEATH,
        fi.LAST_PURCHASE,
        fi.MOVING_ON_WITH_GEAR,
        fi.TRIP_OR_GEAR_PRAISE,
        fi.RECOVERY_TOLD,
    ),
    "violence_threat": (fi.MENACE_WITH_WALLET, fi.PRODUCT_WARNING, fi.STATUS_CHECK),
}
_add_families(_INTENT_FAMILIES)
# Session 19 (`false_friends_roles`): a role or an authority named for something else.
_add_families(
    {
        "media_inquiry": (ffr.MEDIA_ROLE_PERSONAL,),
        "regulatory": (ffr.CONSUMER_OUTLET, ffr.AUTHORITY_AWARD, ffr.PRICE_TOO_LOW),
        "human_request": (ffr.PRESS_CONTACT_ASKED,),
    }
)
# The idioms (a move, exertion told as dying, the last purchase "for a while", a trip
# planned, joy shouted, a menace armed with a wishlist) are no crisis of any kind. The head
# confuses them with more than the category each was written for ("Won't need my heavy
# parka where I'm going, moving to San Diego" read as a threat, blind67), so each vetoes
# every crisis category. Over the labelled posts the six match 94 posts, none with a
# crisis category.
_IDIOMS = (
    fi.EXERTION_DEATH,
    fi.LAST_PURCHASE,
    fi.MOVING_ON_WITH_GEAR,
    fi.TRIP_OR_GEAR_PRAISE,
    fi.JOY_SHOUTED,
    fi.MENACE_WITH_WALLET,
    # Session 18: "won't need the tent again till spring" read as self-harm (blind78).
    fi.RETURN_PLANNED,
)
_add_families(
    {c: _IDIOMS for c in ("self_harm", "violence_threat", "safety_injury", "data_breach")}
)
# Session 17: the culprit, victim or speaker on the writer's own side (`own_side_guards`).
_add_families(SEMANTIC_FAMILIES)
# Session 20: another company's breach in the news (no breach, no fraud), a scam mail in the
# brand's name (fraud, not a breach), a pay-later plan running as scheduled, and an authority
# named as a product's yardstick or the writer's own audit.
_add_families(
    {
        "data_breach": (
            fnb.BREACH_IN_THE_NEWS,
            fnb.SCAM_MAIL_IN_OUR_NAME,
            fnb.SIGN_IN_WAS_ME,
        ),
        "fraud_payment": (fnb.BREACH_IN_THE_NEWS, INSTALMENTS_AS_PLANNED),
        "regulatory": (
            fra.REGULATOR_AS_STANDARD,
            fra.OWN_WORKPLACE_AUDIT,
            fra.AUTHORITY_AS_GRADER,
        ),
    }
)
# Session 20: "won't need X where I'm going - which is the dolomites", an idiom like those
# above: no crisis of any kind.
_add_families(
    {
        c: (DESTINATION_NAMED,)
        for c in ("self_harm", "violence_threat", "safety_injury", "data_breach")
    }
)


def _family_veto(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    compiled = compile_rule("|".join(patterns))
    return lambda norm: compiled.search(norm) is not None


# Category -> what rules out a semantic signal of it, each read on the normalised post.
_VETOES: dict[str, tuple[Callable[[str], bool], ...]] = {
    category: _COMPOUND_VETOES.get(category, ())
    + ((_family_veto(_FAMILY_PATTERNS[category]),) if category in _FAMILY_PATTERNS else ())
    for category in {*_FAMILY_PATTERNS, *_COMPOUND_VETOES}
}


@functools.lru_cache(maxsize=64)
def _norm(text: str) -> str:
    # One post's candidate categories are gated one by one: prepare it once.
    return prepare(text).norm


def semantic_signal_stands(category: Category, text: str) -> bool:
    """Whether a semantic signal of `category` may stand for post `text`."""
    vetoes = _VETOES.get(category)
    if not vetoes:
        return True
    norm = _norm(text)
    return not any(veto(norm) for veto in vetoes)


# A second category on a post the rules already flagged for another one is rarely right.
# On the unseen batches blind10-blind16 (never trained on), 7 of the MiniLM head's 51 such
# signals were (a breach behind a fraud rule, a threat behind an injury rule) and 44 were
# not (a journalist read as a threat, a lawyer as a regulator, a rude clerk as a threat).
# At 0.97 all 7 stood and 26 of the 44 went. The static-table head's probabilities spread
# differently: no bar kept its 6 true ones and removed more than 5 of its 40 false ones,
# so it has none. Policy ``semantic.secondary_threshold`` overrides these.
SECONDARY_THRESHOLDS: dict[str, float] = {"minilm": 0.97}
