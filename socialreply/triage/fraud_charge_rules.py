"""Session 15's payment family (from blind59 and blind60 after their score): money taken
that the writer did not agree to, told in the other languages.

* A gift card emptied before its owner used it: "ho regalato una gift card a mio nipote e
  ... il saldo era 0. qualcuno l'ha spesa prima di lui".
* A charge, or instalments, for an order cancelled minutes after placing it: "vcs cobraram
  meu cartão mesmo depois que eu cancelei o pedido", "Klarna is saying I owe payment 2 of 4
  on an order I cancelled". The same words end in a pre-authorisation that fell off ("it
  was just the hold from the order i cancelled, dropped off after 3 days. all good"), which
  cancels the rule.
* Card details already typed into a fake delivery link: "ya puse la tarjeta", "ho già messo
  i dati della carta". The evidence is the writer's card, not the scam's link, so a
  phishing report read as a breach keeps its payment half (see `engine._breach_not_scam`).
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_GIFT_CARD = (
    r"\b(?:gift ?cards?|carta regalo|buono regalo|tarjeta regalo|carte cadeau|geschenkkarte|"
    r"gutschein\w*|cartao (?:de )?presente|vale[- ]presente|cadeaukaart|cadeaubon)\b"
)
_DRAINED = (
    r"\b(?:(?:saldo|balance|solde|guthaben|tegoed) (?:was|is|era|etait|war|estava|stond op|"
    r"showed|shows|at) (?:already )?(?:\$ ?)?(?:0|zero|nul|null|vazio|empty|leer|vuoto|vacio)"
    r"|(?:someone|somebody|qualcuno|alguien|quelqu'un|jemand|alguem|iemand) (?:\w+ ){0,2}"
    r"(?:spent|used|spesa|usata|gasto|uso|utilise|depense|ausgegeben|benutzt|eingelost|gastou|"
    r"usou|gebruikt|uitgegeven))"
)
_CHARGE = (
    r"(?:charged?|charging|billed|debited|owe|payment|took|cobra\w*|cobro|cobrad\w+|debit\w*|"
    r"preleve\w*|abgebucht|belastet|abbuchung|addebit\w+|prelevat\w+|afgeschreven|"
    r"betaalverzoek)"
)
_CANCELLED = (
    r"(?:cancel\w*|cancele\w*|cancelou|cancelei|cancelad\w+|annul\w+|storniert|storni\w*|"
    r"annullat\w+|geannuleerd)"
)
_AFTER_CANCELLING = (
    rf"\b{_CHARGE}\b[^.!?]{{0,80}}?\b(?:order|pedido|commande|bestellung|ordine|bestelling|"
    rf"encomenda)\b,? (?:that |que |die |che |dat )?(?:i |j'ai |ich |ho |ik |eu |yo )?(?:had |"
    rf"already |avevo |habia |ja |al |schon )?{_CANCELLED}"
    rf"|\b{_CHARGE}\b[^.!?]{{0,60}}?\b(?:even after|after|despues de que|depois que|mesmo "
    rf"depois|apres (?:que|avoir)|obwohl|nachdem|dopo (?:che|aver)|nadat|though|although)\b"
    rf"[^.!?]{{0,30}}?\b{_CANCELLED}"
)
# A hold that fell off, or the writer already reassured.
_SETTLED = (
    r"\b(?:all good|just (?:the|a) hold|pre-?auth\w*|dropped off|fell off|thanks for "
    r"explaining|never ?mind|nvm|resolved|sorted now|todo bien|tout est bon|alles gut|"
    r"tutto a posto|tudo certo|alles goed)\b"
)
_CARD_ENTERED = (
    r"\b(?:ya puse|ya meti|ya ingrese|puse|meti) (?:los datos de )?(?:la|mi) tarjeta\b"
    r"|\bi (?:already )?(?:entered|put in|put|typed (?:in)?|gave (?:them|it)) (?:all )?my "
    r"(?:card|credit card|debit card|card details|card number|bank details)\b"
    r"|\bj'ai (?:deja )?(?:mis|entre|rentre|donne|saisi) (?:ma carte|mes (?:coordonnees|infos) "
    r"bancaires|mon numero de carte)\b"
    r"|\bich (?:habe|hab) (?:schon )?(?:meine )?(?:kartendaten|kreditkarte\w*|bankdaten) "
    r"(?:schon )?(?:eingegeben|angegeben)\b"
    r"|\bho (?:gia )?(?:messo|inserito|dato) (?:la |i dati della )?(?:mia )?carta\b"
    r"|\b(?:ja )?(?:coloquei|pus|digitei|informei) (?:os dados do )?(?:meu )?cartao\b"
    r"|\bik heb (?:al )?(?:mijn )?(?:kaartgegevens|creditcard\w*|bankgegevens) (?:al )?"
    r"(?:ingevuld|ingevoerd|gegeven)\b"
)
# "before I put my card in": asking first.
_NOT_YET = r"\b(?:before|antes de|avant de|bevor|prima di|voordat|should i|debo|dois-je)\b"

# Round three (blind61/62, spent): a family member or flatmate who used the writer's card
# without asking ("meu filho usou meu cartão escondido", "my teenager used my saved card on
# your site without asking"): labelled fraud, because the writer did not agree to the charge.
_RELATIVE_ON_CARD = (
    r"\b(?:son|daughter|kid|child|teen|teenager|brother|sister|nephew|niece|roommate|flatmate|"
    r"filho|filha|hijo|hija|fils|fille|sohn|tochter|figlio|figlia|zoon|dochter)\b[^.!?\n]{0,80}"
    r"\b(?:card|cartao|tarjeta|carte|karte|kreditkarte|carta|kaart|paypal)\b"
)
_WITHOUT_ASKING = (
    r"\b(?:without (?:asking|permission|my permission|telling me|me knowing)|escondid[oa]|"
    r"sem (?:permissao|pedir|eu saber|me perguntar)|sin (?:permiso|preguntar|que yo supiera)|"
    r"a escondidas|sans (?:permission|demander|me demander|mon accord)|en cachette|ohne (?:zu "
    r"fragen|erlaubnis|mein wissen)|heimlich|senza (?:permesso|chiedere|dirmelo)|di nascosto|"
    r"zonder (?:toestemming|te vragen)|stiekem|behind my back|secretly)\b"
)
# A buy-now-pay-later plan charged past its count: "klarna just took a 5th payment ... pay in
# 4 means 4 right??".
_EXTRA_INSTALMENT = (
    r"\b(?:5th|fifth|6th|sixth|quinta|quinto|cinquieme|funfte|vijfde) (?:payment|instal+ment|"
    r"charge|pago|cuota|paiement|prelevement|rata|zahlung|rate|parcela|prestacao|betaling|"
    r"termijn)\b"
)
_INSTALMENT_PLAN = (
    r"\b(?:pay in (?:4|four)|(?:4|four) (?:payments|instal+ments)|klarna|afterpay|affirm|"
    r"clearpay|sezzle|en 4 (?:pagos|cuotas|fois)|in 4 (?:raten|rate|termijnen)|em 4 "
    r"(?:parcelas|vezes))\b"
)


def fraud_charge_rules() -> tuple[EscalationRule, ...]:
    """Session 15's payment family (see the module docstring)."""
    return (
        make_rule(
            "fraud_payment",
            _GIFT_CARD + r"[^.!?]{0,120}?" + _DRAINED,
            negatable=False,
            name="fraud_gift_card_drained_session15",
        ),
        make_rule(
            "fraud_payment",
            _AFTER_CANCELLING,
            unless_post=_SETTLED,
            negatable=False,
            name="fraud_charged_after_cancel_session15",
        ),
        make_rule(
            "fraud_payment",
            _CARD_ENTERED,
            unless=_NOT_YET,
            negatable=False,
            name="fraud_card_entered_session15",
        ),
        make_rule(
            "fraud_payment",
            _RELATIVE_ON_CARD,
            requires=_WITHOUT_ASKING,
            negatable=False,
            name="fraud_relative_used_card_session15",
        ),
        make_rule(
            "fraud_payment",
            _EXTRA_INSTALMENT,
            requires=_INSTALMENT_PLAN,
            negatable=False,
            name="fraud_extra_instalment_session15",
        ),
    )
