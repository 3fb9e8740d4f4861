"""Session 18's payment families (from blind77 and blind78 after their score): money taken,
or asked for, that the rules read as something else or not at all.

* A stolen card used on the site: "ma carte volée", "la mia carta rubata", "mijn gestolen
  creditcard", "meiner gestohlenen Kreditkarte", "my card was reported stolen ... someone
  used it". The earlier rules knew only the English "my stolen card"; the adjective after the
  noun (fr/it/es/pt) and the declined German adjective were silent.
* A mail or text under a quoted sender that has the brand inside it, not first ("una mail
  da 'Supporto Northwind'", "um email 'Northwind Outfitters - reembolso pendente'"), that
  asks for card data. Session 15's rule wanted the quote to open on the brand and at most
  25 characters long. A message that knows the order is a breach (same guard as there).
* A gift card emptied, told with the verb first (German inversion): "beim Einlösen war das
  Guthaben 0", or "jemand hat die schon benutzt" (three words between someone and used).
* Instalments still taken after a cancel or a return: "Klarna keeps pulling the
  installments", "the Klarna payments you keep taking for an order I cancelled".
* A double charge taken to a lawyer or refused: "mein Anwalt ... wegen der doppelten
  Abbuchung". A double charge told alone is often settled ("wurde aber sofort erstattet"),
  so the noun needs the escalation.
"""

from __future__ import annotations

from .fraud_drained_rules import GIFT_CARD
from .payment_scam_rules import KNOWS_MY_DATA
from .rules import EscalationRule, make_rule

_STOLEN_CARD = (
    r"\b(?:(?:my|ma|mia|mi|minha|meu|meine[rn]?|mijn) (?:\w+ )?(?:stolen|volee|rubata|robada|"
    r"roubado|gestohlene\w*|gestolen) (?:credit |debit )?(?:card|carte|carta|tarjeta|cartao|"
    r"kreditkarte|karte|creditcard|kaart|pas)"
    r"|(?:card|carte|carta|tarjeta|cartao|karte) (?:was |got |a ete |e stata |fue |foi |"
    r"wurde )?(?:reported )?(?:stolen|volee|rubata|robada|roubado|gestohlen))\b"
)
# The thief used it: an order, a purchase, a charge.
_USED_TO_BUY = (
    r"\b(?:used|ordered|bought|order|orders|purchase\w*|charge\w*|spent|utilise\w*|commande\w*|"
    r"achat|usato|usata|ordine|comprat\w+|usado|usada|pedido|compr\w+|bestellt|bestellung|"
    r"benutzt|gekauft|besteld|bestelling|gebruikt|gekocht|encomend\w+)\b"
)
_CARD_DATA = (
    r"\b(?:card (?:number|details|info)|cvv|cvc|security code|banking login|numero (?:de |di |"
    r"da |della |do )?(?:la |mia |minha |ma |mi )?(?:tarjeta|carte|cartao|carta)|datos de (?:la |"
    r"mi )?tarjeta|coordonnees bancaires|dati della (?:mia )?carta|dados do (?:meu )?cartao|"
    r"kartennummer|kartendaten|kaartnummer|kaartgegevens|bankgegevens|donnees (?:de )?(?:ma |"
    r"votre )?carte)\b"
)
# A message under a quoted sender with the brand anywhere inside the quote.
_QUOTED_SENDER = (
    r"\b(?:mail|e-?mail|sms|text|message|whatsapp|dm|messaggio|mensagem|mensaje|nachricht|"
    r"bericht)\b[^\n]{0,30}?['\"\u2018\u201c][^'\"\u2019\u201d\n]{0,30}\bnorthwind\b"
    r"[^'\"\u2019\u201d\n]{0,50}['\"\u2019\u201d]"
)
_GUTHABEN_FIRST = (
    r"\b(?:war|ist|was|is|era|etait|estava) (?:das|het|the|il|le|o|el) (?:guthaben|saldo|"
    r"balance|solde|tegoed) (?:schon |already |gia |deja |ja |al )?(?:\$ ?)?(?:0|zero|nul|null|"
    r"leer|empty|vuoto|vazio|vide)\b"
    r"|\b(?:someone|somebody|qualcuno|alguien|quelqu'un|jemand|alguem|iemand) (?:\w+ ){3}"
    r"(?:spent|used|spesa|usata|gasto|uso|utilise|depense|ausgegeben|benutzt|eingelost|gastou|"
    r"usou|gebruikt|uitgegeven)\b"
)
# "collecting" is left out: blind47's "the klarna payments you keep collecting on a cancelled
# order" is labelled a regulator complaint only.
_KEPT_TAKING = (
    r"\b(?:keeps?|kept|still|continues? to|continue) (?:on )?(?:taking|pulling|charging|billing|"
    r"debiting) (?:the |my |me )?(?:money|payments?|instal+ments?)\b"
    r"|\b(?:payments?|instal+ments?) (?:that )?(?:you|they|klarna|afterpay|affirm|paypal) "
    r"(?:keeps?|kept|are still|is still|still) (?:taking|pulling|charging)\b"
)
_UNDONE = r"\b(?:cancel\w*|refunded|returned|retourn\w*)\b"
_DOUBLE_CHARGE_NOUN = (
    r"\b(?:doppelten? (?:abbuchung|belastung|zahlung|buchung)\w*|doble (?:cargo|cobro)|cargo "
    r"duplicado|cobro duplicado|double (?:prelevement|debit|paiement|charge)|prelevement en "
    r"double|doppio addebito|addebito doppio|cobranca (?:duplicada|dupla|em dobro)|dupla "
    r"cobranca|dubbele (?:afschrijving|betaling|incasso))\b"
)
_ESCALATED = (
    r"\b(?:anwalt|anwaltin|lawyer|attorney|abogad[oa]|avocat|avvocat[oa]|advogad[oa]|advocaat|"
    r"chargeback|verweigert\w*|refused|denied)\b"
)


def fraud_misuse_rules() -> tuple[EscalationRule, ...]:
    """Session 18's payment families (see the module docstring)."""
    r = make_rule
    return (
        r(
            "fraud_payment",
            _STOLEN_CARD,
            requires=_USED_TO_BUY,
            negatable=False,
            name="fraud_stolen_card_used_session18",
        ),
        r(
            "fraud_payment",
            _CARD_DATA,
            requires=_QUOTED_SENDER,
            unless_post=KNOWS_MY_DATA,
            negatable=False,
            name="fraud_quoted_sender_asks_card_session18",
        ),
        r(
            "fraud_payment",
            _GUTHABEN_FIRST,
            requires=GIFT_CARD,
            negatable=False,
            name="fraud_gift_card_emptied_inverted_session18",
        ),
        r(
            "fraud_payment",
            _KEPT_TAKING,
            requires=_UNDONE,
            negatable=False,
            name="fraud_instalments_kept_taken_session18",
        ),
        r(
            "fraud_payment",
            _DOUBLE_CHARGE_NOUN,
            requires=_ESCALATED,
            negatable=False,
            name="fraud_double_charge_escalated_session18",
        ),
    )
