"""Two more readings for `promises.no_unauthorized_promises`: a promise term that only
describes how something works, and "free" backed by an order threshold the facts state.
From what scorer blind52 and blind53 read as promises (spent); and a ruled-out term a
draft names again after saying it is ruled out (scorer blind54)."""

from __future__ import annotations

import re

# "Once we've issued a refund, Klarna updates your plan": a step already past, in the
# clause that sets the time, describes the process. Not past its comma ("once we've
# checked it, we'll refund you") nor with a promise of its own ("once we've checked it
# we'll refund you").
_PROCESS_CLAUSE = re.compile(
    r"\b(?:once|after|when|as soon as|nachdem|sobald|une fois que|dès que|después de que|una "
    r"vez que|cuando|dopo che|una volta che|depois que|assim que|zodra|nadat)\s+(?:we'?ve|we "
    r"have|we'?d|we had|it'?s been|it has been|(?:the|your) \w+ (?:has|have|had) been|"
    r"(?:the|your) \w+ (?:is|was) (?:issued|processed|approved|sent)|hemos|avons|nous avons|"
    r"haben wir|wir \w+ haben|abbiamo|tivermos|hebben we|we \w+ hebben|"
    # The policy's timing in the present: "After we issue a refund, it can take up to 3
    # business days for Klarna to update" (scorer blind62's good reply).
    r"we (?:issue|process|approve|receive|send|confirm|complete|refund|credit|get)s?|"
    r"(?:emitimos|procesamos|aprobamos|recibimos|emitamos|procesemos|nous (?:émettons|"
    r"traitons|recevons|validons)|wir (?:\w+ )?(?:ausstellen|bearbeiten|erhalten|veranlassen)|"
    r"(?:emettiamo|elaboriamo|riceviamo|approviamo)|(?:emitimos|processamos|recebemos|"
    r"aprovamos)|we (?:\w+ )?(?:verwerken|ontvangen|uitvoeren|goedkeuren)))\b[^.!?,;]{0,40}$"
    # The same step as a participle before its noun: "Una vez emitido el reembolso, PayPal
    # suele tardar 3-5 días" (scorer blind94's good reply), "une fois émis, le
    # remboursement", "una volta emesso il rimborso", "uma vez emitido o reembolso", "once
    # issued, the refund", "nach Ausstellung der Erstattung", "na verwerking van de".
    r"|\b(?:una vez|une fois|una volta|uma vez|once)\s+(?:(?:emitid|procesad|aprobad|realizad|"
    r"tramitad|processad|aprovad|efetuad)[oa]s?|(?:émis|traité|validé|effectué)e?s?|(?:emess|"
    r"elaborat|approvat|effettuat)[oaie]|issued|processed|approved)\b[^.!?;]{0,20}$|"
    r"\b(?:nach (?:der )?(?:ausstellung|bearbeitung|freigabe)|après (?:l'émission|le traitement|"
    r"la validation)|después de (?:emitir|procesar|la emisión de)|dopo (?:l'emissione|"
    r"l'elaborazione)|após a (?:emissão|aprovação)|na (?:verwerking|goedkeuring))\b"
    r"[^.!?,;]{0,12}$",
    re.I,
)
# The participle after its noun: "une fois le remboursement émis, PayPal met 3-5 jours"
# (scorer blind97's good reply), "once the refund is issued", "una vez el reembolso
# emitido", "zodra de terugbetaling is verwerkt".
_ONCE_THE = re.compile(
    r"\b(?:una vez|une fois|una volta|uma vez|once|zodra|sobald)\s+(?:(?:que|che)\s+)?(?:le|la|"
    r"l'|el|il|o|a|the|your|votre|tu|su|de|die|der|das|je|uw)\s*$",
    re.I,
)
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:is|has been|was|est|a été|es|ha sido|è|è stato|foi|wurde|ist|is)\s+)?"
    r"(?:émise?|issued|processed|approved|emitid[oa]|procesad[oa]|aprobad[oa]|emess[oa]|"
    r"elaborat[oa]|approvat[oa]|processad[oa]|aprovad[oa]|verwerkt|goedgekeurd|ausgestellt|"
    r"bearbeitet|traitée?|validée?|effectuée?)\b",
    re.I,
)


def participle_after(before: str, text: str, end: int) -> bool:
    """Whether the term at `text[:end]` is the noun of "once the <term> issued"."""
    return _ONCE_THE.search(before) is not None and _PARTICIPLE_AFTER.match(text, end) is not None


_OWN_PROMISE = re.compile(r"\b(?:we|i|you|they)(?:'ll| will| can)\b", re.I)


def describes_process(before: str) -> bool:
    """Whether the promise term sits in a clause like "once we've issued a"."""
    m = _PROCESS_CLAUSE.search(before)
    return m is not None and not _OWN_PROMISE.search(m.group(0))


# "É grátis em encomendas a partir de $200" when the facts' shipping table gives "orders of
# $200 or more": the free-shipping threshold, in the facts' own row without the word.
_AMOUNT = re.compile(r"[$€£]\s?(\d[\d,]*(?:\.\d\d)?)|(\d[\d,]*(?:\.\d\d)?)\s?(?:[$€£]|dollars?)")


def _threshold_in(amount: str, facts: str) -> bool:
    a = re.escape(amount)
    return (
        re.search(
            rf"\b(?:orders?|purchases?|spend(?:ing)?|carts?|baskets?)\s+(?:of|over|above|from|"
            rf"totall?ing|worth)\s+[$€£]?\s?{a}(?![\d.])|[$€£]\s?{a}(?![\d.])\s*(?:or more|\+|and "
            rf"(?:up|over|above))",
            facts,
            re.I,
        )
        is not None
    )


def free_from_threshold(rest: str, facts: str) -> bool:
    """Whether the words after "free" name an order amount the facts give as a threshold
    ("orders of $200 or more")."""
    for m in _AMOUNT.finditer(rest[:60]):
        amount = (m.group(1) or m.group(2)).replace(",", "")
        if _threshold_in(amount, facts) or _threshold_in(m.group(1) or m.group(2), facts):
            return True
    return False


def mentioned_terms(terms: frozenset[str], text: str) -> list[str]:
    """The ruled-out terms `text` names, plural or singular, whichever the facts used:
    "promo codes" flips "a promo code"."""
    low = text.lower()
    return [t for t in sorted(terms) if re.search(rf"\b{re.escape(t)}(?:s|es)?\b", low)]


# Regret restates nothing: "Sorry about your Sunday" is no "we're closed on Sundays".
_REGRET = re.compile(
    r"\b(?:sorry|apologi[sz]e\w*|unfortunately|infelizmente|lamentablemente|desafortunadamente|"
    r"malheureusement|leider|purtroppo|helaas)\b",
    re.I,
)


def restated_terms(parts: list[str], terms: frozenset[str], negation: re.Pattern[str]) -> set[str]:
    """The ruled-out terms the draft itself names under a negation ("we're not able to
    send it to Alaska", "our team doesn't work on Sundays")."""
    return {
        t for p in parts if negation.search(_REGRET.sub("", p)) for t in mentioned_terms(terms, p)
    }


# A commitment or an ability: "we'll call you back this Sunday", "it can go to Alaska".
_COMMITS = re.compile(
    r"\b(?:will|'ll|can|could|shall|able to|happy to|going to|gonna|open|available|ship\w*|"
    r"send\w*|sent|deliver\w*|arriv\w*|work\w*|on the phones?)\b|\bis fine\b",
    re.I,
)


def commits(sentence: str) -> bool:
    """Whether a sentence commits to something. A draft that has said bear spray can't go
    to Alaska may still wish a good "trip to Alaska", and one that has said the team
    doesn't work Sundays is sorry for "your Sunday afternoon" (scorer blind54): only a
    commitment in the same breath flips the policy."""
    return _COMMITS.search(sentence) is not None


# A refund as the subject of its own process, with where it goes in between: "A refund to
# your card takes 5–10 business days to appear", "within 24 hours of the refund being
# issued" (scorer blind76's good reply, comparing store credit with a refund as the post
# asked), "el reembolso a tu tarjeta tarda", "le remboursement sur votre carte prend", "die
# Erstattung auf Ihre Karte dauert", "il rimborso sulla carta richiede", "o reembolso no
# cartão demora", "de terugbetaling op je kaart duurt". The process described, not a refund
# promised (`promises._REFUND_THING_AFTER` has the bare "refunds take").
REFUND_PROCESS_AFTER = re.compile(
    r"\s+(?:(?:to|on|onto|via|through|a|en|sur|auf|sulla|sul|no|na|op|naar) (?:\w+ ){0,3}?"
    r"(?:card|cards|tarjeta|carte|karte|carta|cartão|kaart|paypal|account|cuenta|compte|konto|"
    r"conto|conta|rekening|payment method|método de pago|moyen de paiement|zahlungsmittel|"
    r"metodo di pagamento|método de pagamento|betaalmethode)\s+(?:usually |typically |"
    r"normally |generally |often |can |may |might )?(?:take|takes|appear|appears|show|shows|"
    r"land|lands|reach|reaches|arrive|arrives|tarda|tardan|suele|prend|met|dauert|braucht|"
    r"richiede|impiega|demora|leva|duurt)\b|(?:is|has been|was|being|gets|are|have been) "
    r"(?:already )?(?:issued|processed|approved|completed|sent)|"
    # The refund already issued, in the other languages: "l'e-mail confirme que le
    # remboursement a été émis" (scorer blind146's good reply), "che il rimborso sia già
    # stato emesso" (scorer blind148's), "el reembolso ha sido emitido", "o reembolso foi
    # emitido", "die Erstattung wurde bereits ausgestellt", "de terugbetaling is al verwerkt".
    r"(?:a|avait) (?:déjà |bien )?été (?:déjà )?(?:émis|effectué|traité|validé|envoyé)|(?:ha|"
    r"había) (?:ya )?sido (?:emitido|procesado|realizado|tramitado)|fue (?:emitido|procesado|"
    r"realizado)|(?:è|sia|era|fosse) (?:già )?stato (?:già )?(?:emesso|elaborato|effettuato|"
    r"inviato)|foi (?:já )?(?:emitido|processado|efetuado)|wurde (?:bereits |schon )?"
    r"(?:ausgestellt|veranlasst|bearbeitet|überwiesen)|(?:is|werd) (?:al |reeds )?(?:verwerkt|"
    r"uitgevoerd|verstuurd))\b",
    re.I,
)
