"""Session 17's payment families (from blind71 and blind72 after their score): money taken
without a charge the writer can point to.

* A gift card emptied before it was used: "quando ela foi usar o saldo já tinha sido gasto",
  "my gift card was drained", "balance is already $0", "iemand heeft het saldo al
  uitgegeven". The rule needs the gift card named in the post, so "in saldo al 30%" (on
  sale) stays out.
* Card details typed into a fake link: "i clicked it and put my card in before my brain
  caught up", "cliqué sur le lien et j'ai saisi ma carte", "auf den Link geklickt und meine
  Kartendaten eingegeben".
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

GIFT_CARD = (
    r"\b(?:gift ?cards?|e-?gift|vale-?presente|cartao (?:de )?presente|tarjeta (?:de )?regalo|"
    r"carte(?:-| )cadeau|geschenkkarte|geschenkgutschein|gutschein|carta regalo|buono regalo|"
    r"gift ?voucher|cadeaukaart|cadeaubon)\b"
)
_EMPTIED = (
    # Spent by someone else: "was already used", not "already spent it on a sleeping bag".
    r"\b(?:drained|emptied|(?:was|were|is|had been|has been) already (?:been )?(?:spent|used|"
    r"redeemed)|already been (?:spent|used|redeemed)|balance (?:is |was |now |"
    r"already |shows |showed )*(?:\$ ?0\b|0[.,]00|zero|empty)"
    r"|saldo (?:ja )?(?:tinha sido|foi|estava) (?:gasto|usado|zerado|resgatado)"
    r"|saldo (?:ya )?(?:habia sido|estaba|era) (?:gastado|usado|canjeado|cero|a cero)"
    r"|solde (?:etait |est |a ete )?(?:deja )?(?:a zero|utilise|vide|depense)"
    r"|guthaben (?:war |ist |wurde )?(?:bereits |schon )?(?:leer|aufgebraucht|weg|eingelost|"
    r"bei 0|abgebucht)"
    r"|saldo (?:era |e |e stato )?(?:gia )?(?:a zero|azzerato|usato|speso|svuotato)"
    r"|(?:het )?saldo (?:al )?(?:op|uitgegeven|gebruikt|nul)|saldo al (?:uitgegeven|gebruikt))"
)
_CARD_TYPED_IN = (
    r"\b(?:clicked|opened|tapped|followed|clique\w*|hice clic|pinche|geklickt|angeklickt|"
    r"cliccato|cliquei|geklikt)\b[^.!?]{0,60}\b(?:put|entered|typed|gave|filled (?:in|out)|"
    r"puse|meti|introduje|(?:j'ai )?(?:mis|entre|saisi|donne)|eingegeben|eingetippt|inserito|"
    r"messo|coloquei|digitei|ingevuld|ingevoerd)\b[^.!?]{0,20}\b(?:(?:in )?my |mi |mis |ma |"
    r"mes |meine |la mia |i miei |o meu |os meus |meu |mijn )?(?:card|tarjeta|carte|karte\w*|"
    r"carta|cartao|kaart\w*|bank details|card details|datos (?:de la )?tarjeta|coordonnees "
    r"bancaires|dati della carta|dados do cartao|bankgegevens)"
)


def fraud_drained_rules() -> tuple[EscalationRule, ...]:
    """Session 17's payment families (see the module docstring)."""
    return (
        make_rule(
            "fraud_payment",
            _EMPTIED,
            requires=GIFT_CARD,
            negatable=False,
            name="fraud_gift_card_emptied_session17",
        ),
        make_rule(
            "fraud_payment",
            _CARD_TYPED_IN,
            name="fraud_card_typed_into_link_session17",
        ),
    )
