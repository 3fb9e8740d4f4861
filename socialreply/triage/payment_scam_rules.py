"""Session 15's payment families (from blind57 and blind58 after their score): someone
posing as the brand who asks for card data or money, and one order charged several times.

An impersonation is told as a question to the brand: 'a 'northwind_support_help' account
wants my card number and CVV "to verify the refund". Is that you?', 'someone with your logo
says I won a $500 giveaway and need to buy two gift cards', "msg no zap de uma tal
'Northwind Brasil' vendendo cartão presente". The rule needs the request (card number, CVV,
gift cards, a banking login, shipping paid by card) *and* the impersonator (an account or a
page with the brand's name, a giveaway, a logo, "is that you?"), in the seven languages.

Charged several times for one order: "débitée 3 fois pour la même commande", "charged 3
times", "me cobraron tres veces". Two charges that add up to a split shipment are a labelled
false friend, so only three or more, or "twice" with "same order", count.
"""

from __future__ import annotations

from .false_friends_confusion import CHARGE_WORRY_RESOLVED
from .rules import EscalationRule, make_rule

_REQUEST = (
    r"\b(?:card (?:number|details|info)|cvv|cvc|security code|banking login|"
    r"(?:buy|send|pay with) (?:\w+ )?(?:\$\d+ )?gift cards?|pay (?:\$?[\d.]+ )?(?:for )?"
    r"shipping|kartennummer|kreditkarte\w*|numero de (?:tarjeta|carte|cartao)|datos de la "
    r"tarjeta|coordonnees bancaires|numero di carta|dati della carta|dados do cartao|"
    r"cartao presente|kaartnummer|bankgegevens|inloggegevens)\b"
)
_IMPERSONATOR = (
    r"\b(?:pretending to be|posing as|with your logo|account (?:called|named)|page called|"
    r"giveaway|is (?:that|this) (?:you|legit|real)|was that you|are you (?:guys )?"
    r"(?:running|behind)|fake|sorteo|sois vosotros|son ustedes|une? (?:compte|page) "
    r"(?:nomme|appele)|c'est vous|c'est bien vous|jeu concours|seid ihr das|gewinnspiel|"
    r"siete voi|concorso|sao voces|e voces|uma tal|sorteio|zijn jullie dat|winactie)\b"
    r"|['\"\u2018\u201c](?:@)?northwind[\w .-]{0,25}['\"\u2019\u201d]"
)
_REPEATED = (
    r"\b(?:charged|billed|debited|hit|debitee?|preleve\w*|cobrad[oa]s?|cobraron|cobraram|"
    r"abgebucht|belastet|addebitat\w|afgeschreven)\b (?:\w+ ){0,4}?(?:3|4|5|three|four|five|"
    r"trois|quatre|tres|cuatro|drei|vier|tre|quattro|tres|quatro|drie) ?(?:x |times|tiems|"
    r"fois|veces|mal|volte|vezes|keer)\b"
    # German and Dutch put the verb last: "3 mal abgebucht", "drie keer afgeschreven".
    r"|\b(?:3|4|5|drei|vier|funf|drie|vijf) ?(?:mal|keer) (?:\w+ ){0,3}?(?:abgebucht|belastet|"
    r"afgeschreven|betaald)\b"
)

_KNOWS_MY_DATA = (
    r"\b(?:(?:my|exact|last) (?:\w+ )?(?:order|name|address|street|items)|only you|how (?:do|did) "
    r"they (?:have|know|get)|leak\w*|hack\w*|mi (?:nombre|direccion)|solo vosotros|"
    r"filtr\w+|mon (?:nom|adresse)|meine (?:adresse|letzte bestellung)|kannte|"
    r"(?:meu|minha) (?:endereco|nome|pedido)|numero do meu pedido|mijn (?:adres|naam)|"
    r"il mio (?:nome|indirizzo))\b"
)


def payment_scam_rules() -> tuple[EscalationRule, ...]:
    """Session 15's payment families (see the module docstring)."""
    r = make_rule
    return (
        r(
            "fraud_payment",
            _REQUEST,
            requires=_IMPERSONATOR,
            # A phishing message that knows the order is a data breach (see the engine's
            # `_breach_not_scam`): "with my name, my address and what I bought".
            unless_post=_KNOWS_MY_DATA,
            name="fraud_impersonator_asks_card_session15",
        ),
        # Round three (blind61/62, spent): a look-alike shop or ad under a hyphenated brand
        # name ("an instagram ad going around for a 'northwind-outfitters-sale' shop ...
        # that's not you right??", "Ist der Shop 'northwind-sale-de.com' von euch?").
        r(
            "fraud_payment",
            r"\b(?:ad|ads|advert|site|shop|store|website|page|account|anuncio|annonce|anzeige|"
            r"annuncio|advertentie|loja|tienda|boutique)\b[^\n]{0,40}?['\"\u201c](?:www\.)?"
            r"northwind[\w.-]*-[\w.-]+",
            requires=r"\b(?:not you|(?:is|was) (?:that|this|it) (?:you|legit|real|official)|fake|"
            r"scam\w*|knock-?off|too good to be true|sois vosotros|son ustedes|c'est vous|"
            r"seid ihr das|von euch|siete voi|sao voces|e voces|zijn jullie dat|falso|falsa|faux|"
            r"fausse|betrug|truffa|nep|golpe|estafa)\b",
            negatable=False,
            name="fraud_lookalike_shop_session15",
        ),
        r(
            "fraud_payment",
            _REPEATED,
            # A device charged three times off a power bank.
            unless=r"\b(?:phone|battery|device|power ?bank|akku|handy|telefono|movil|"
            r"telephone|portable|celular|telefoon)\b",
            name="fraud_charged_repeatedly_session15",
            # tr16b: "thought i got charged 4 times ... nvm figured it out".
            unless_post=CHARGE_WORRY_RESOLVED,
        ),
    )
