"""Session 16's account-takeover family (from blind63 after its score), in the six languages
besides English.

The English takeover is read by `crisis_paraphrase_rules` ("a password reset email I
didn't request", "someone got into my account") and `review_rules` ("used my saved card to
buy two tents"). The same story came in French: "quelqu'un d'autre a reçu un mail de
réinitialisation de mot de passe Northwind sans rien demander, et juste après une commande
passée avec sa carte enregistrée". In the labelled batches it is a data breach, and a
fraudulent payment when the saved card paid for an order; points or a balance spent alone
stay a breach only, so the payment rule needs the card.

A reset mail the writer asked for ("le lien de réinitialisation arrive pas") is a support
question: the breach rule needs the mail to be unrequested.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# A password reset message nobody asked for.
_UNREQUESTED_RESET = (
    r"\b(?:mail|e-?mail|courriel|sms|lien) de reinitialisation (?:de|du) (?:mon |son |leur )?"
    r"mot de passe\b(?:\W+\w+){0,4}?\W+(?:sans (?:rien |l'avoir |les avoir )?demande\w*|"
    r"(?:que )?(?:je|il|elle|on) n'a(?:i|vait|vons)? (?:jamais |pas )?demande)\b"
    r"|\b(?:correo|email|e-?mail|mensaje|sms) de (?:restablecimiento|recuperacion|cambio) de "
    r"(?:la )?contrasena\b(?:\W+\w+){0,4}?\W+(?:sin (?:haberlo |haber )?(?:pedido|pedir|"
    r"solicitado|solicitar)|que (?:no|nunca) (?:he |habia )?(?:pedi|pedido|solicite|solicitado))\b"
    r"|\b(?:mail|e-?mail|sms) zum zurucksetzen (?:des|meines|seines|ihres) passworts?\b"
    r"(?:\W+\w+){0,5}?\W+(?:(?:nicht|nie) angefordert|ohne (?:es |dass ich es )?"
    r"(?:anzufordern|angefordert))\b"
    r"|\b(?:mail|e-?mail|sms) (?:di|per la) (?:reimpostazione|recupero|reset) (?:della )?"
    r"password\b(?:\W+\w+){0,4}?\W+(?:senza (?:averla |averlo )?(?:chiest[oa]|richiest[oa]|"
    r"chiedere)|che non ho (?:mai )?(?:chiesto|richiesto))\b"
    r"|\b(?:e-?mail|sms) de (?:redefinicao|recuperacao|troca) de senha\b(?:\W+\w+){0,4}?\W+"
    r"(?:sem (?:ter )?(?:pedido|pedir|solicitado)|que (?:eu )?(?:nao|nunca) (?:pedi|solicitei))\b"
    r"|\bwachtwoord ?(?:reset|herstel)\w* ?(?:mail|e-?mail|sms)\b(?:\W+\w+){0,5}?\W+"
    r"(?:(?:niet|nooit) (?:heb )?aangevraagd|zonder (?:het )?aan te vragen)\b"
)
# An order placed with the saved card, after someone got in.
_SAVED_CARD_ORDER = (
    r"\bcommande (?:passee|faite|effectuee) avec (?:ma|sa|leur|la) carte (?:bancaire )?"
    r"(?:enregistree|sauvegardee|memorisee)\b"
    r"|\bpedido (?:hecho|realizado|pagado) con (?:mi|su|la) tarjeta guardada\b"
    r"|\bmit (?:meiner|seiner|ihrer|der) gespeicherten karte (?:\w+ ){0,2}?(?:bestellt|bezahlt|"
    r"gekauft)\b"
    r"|\bordine (?:fatto|effettuato|pagato) con (?:la mia|la sua|la) carta salvata\b"
    r"|\bpedido (?:feito|pago) com (?:o )?(?:meu|seu|o) cartao (?:salvo|guardado)\b"
)
_TAKEN_OVER = (
    r"\b(?:reinitialisation|restablecimiento|recuperacion|zurucksetzen|reimpostazione|"
    r"redefinicao|wachtwoord|mot de passe|contrasena|passwort|password|senha|compte|cuenta|"
    r"konto|account|conta)\b"
)

# Round two (blind68, spent): the order and the saved card apart, "alguém entrou na minha
# conta, trocou o email e fez um pedido de 3 barracas pra outro endereço no meu cartão
# salvo". An order word, then the saved card within a dozen words, in the six languages.
_ORDER_ON_SAVED_CARD = (
    r"\b(?:pedido|pidio|pidieron|compr[oa]\w*)\b(?:\W+\w+){0,12}?\W+(?:mi|su|la) tarjeta "
    r"(?:guardada|registrada|memorizada)\b"
    r"|\b(?:commande\w*|achet\w+|achat)\b(?:\W+\w+){0,12}?\W+(?:ma|sa|la) carte (?:bancaire )?"
    r"(?:enregistree|sauvegardee|memorisee)\b"
    # tr17b (blind73): plural orders on the group's cards, "Bestellungen mit unseren
    # gespeicherten Karten"; the same plurals in the other languages.
    r"|\b(?:bestellt|bestellung\w*|gekauft|kauf)\b(?:\W+\w+){0,12}?\W+(?:meiner|seiner|ihrer|"
    r"der|meine|meinen|seinen|die|unsere\w*|eure\w*|ihren) gespeicherte\w* (?:karte\w*|"
    r"kreditkarte\w*)\b"
    r"|\b(?:pedidos|compras)\b(?:\W+\w+){0,12}?\W+(?:nuestras|sus|las) tarjetas (?:guardadas|"
    r"registradas)\b|\b(?:commandes|achats)\b(?:\W+\w+){0,12}?\W+(?:nos|leurs|les) cartes "
    r"(?:bancaires )?(?:enregistrees|sauvegardees)\b|\b(?:ordini|acquisti)\b(?:\W+\w+){0,12}?"
    r"\W+(?:le nostre|le loro|le) carte (?:salvate|memorizzate)\b|\b(?:pedidos|compras)\b"
    r"(?:\W+\w+){0,12}?\W+(?:nossos|seus|os) cartoes (?:salvos|guardados|cadastrados)\b"
    r"|\bbestellingen\b(?:\W+\w+){0,12}?\W+(?:onze|hun|de) opgeslagen (?:kaarten|"
    r"creditcards|betaalkaarten)\b"
    r"|\b(?:ordine|ordinat\w|comprat\w|acquist\w)\b(?:\W+\w+){0,12}?\W+(?:la mia|la sua|la) "
    r"carta (?:salvata|memorizzata|registrata)\b"
    r"|\b(?:pedido|compr\w+)\b(?:\W+\w+){0,12}?\W+(?:o )?(?:meu|seu|o) cartao (?:salvo|"
    r"guardado|cadastrado)\b"
    r"|\b(?:bestelling|besteld|gekocht)\b(?:\W+\w+){0,12}?\W+(?:mijn|zijn|haar|de) opgeslagen "
    r"(?:kaart|creditcard|betaalkaart)\b"
)
# Someone else got in: the intruder, the hack, or the e-mail changed.
_INTRUDER = (
    r"\b(?:alguien|quelqu'un|jemand|qualcuno|alguem|iemand)\b(?:\W+\w+){0,6}?\W+(?:entr\w+|"
    r"acced\w+|connecte|eingeloggt|zugegriffen|entrat\w|ingelogd|binnengekomen)"
    r"|\b(?:hacke\w*|piratead\w|pirate\w*|gehackt|violat\w|invadid\w|gehackt|overgenomen|"
    r"ubernommen|secuestrad\w+|usurpe\w*)\b"
    # The e-mail or password changed by someone else (not "ho cambiato l'email").
    r"|\b(?:cambio|cambiaron|(?<!i )changed|a change|ont change|ha cambiato|hanno cambiato|"
    r"trocou|trocaram|mudou|mudaram) (?:\w+ )?(?:el |l'|la |o |a |my |the |mon |ma )?"
    r"(?:e-?mail|correo|adresse e-?mail|senha|contrasena|mot de passe|password)\b"
    r"|\b(?:e-?mail|mailadresse|mailadres|passwort|wachtwoord)\w* (?:\w+ )?(?:geandert|"
    r"veranderd|gewijzigd)\b"
)


def account_takeover_rules() -> tuple[EscalationRule, ...]:
    """Session 16's account takeover (see the module docstring)."""
    return (
        make_rule(
            "data_breach",
            _UNREQUESTED_RESET,
            negatable=False,
            name="breach_unrequested_reset_session16",
        ),
        make_rule(
            "fraud_payment",
            _SAVED_CARD_ORDER,
            requires=_TAKEN_OVER,
            negatable=False,
            name="fraud_saved_card_takeover_session16",
        ),
        make_rule(
            "fraud_payment",
            _ORDER_ON_SAVED_CARD,
            requires=_INTRUDER,
            negatable=False,
            name="fraud_intruder_saved_card_session16",
        ),
    )
