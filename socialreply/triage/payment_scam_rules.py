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
    r"cartao presente|kaartnummer|bankgegevens|inloggegevens|"
    # session 16: "mijn kaartgegevens moest bevestigen", "il codice e il pin della carta regalo"
    r"kaartgegevens|kartendaten|donnees (?:de )?(?:ma |votre )?carte|datos de (?:la |mi )?tarjeta|"
    r"gift card (?:codes?|numbers?|pins?)|(?:codice|pin) (?:e il pin )?della carta regalo|"
    r"codigo (?:y el pin )?de la tarjeta regalo|code (?:et le pin )?de la carte cadeau|"
    r"pin der geschenkkarte|codigo (?:e o pin )?do cartao presente|"
    r"code (?:en (?:de )?pincode )?van de cadeaukaart)\b"
)
_IMPERSONATOR = (
    r"\b(?:pretending to be|posing as|with your logo|account (?:called|named)|page called|"
    r"giveaway|is (?:that|this) (?:you|legit|real)|was that you|are you (?:guys )?"
    r"(?:running|behind)|fake|sorteo|sois vosotros|son ustedes|une? (?:compte|page) "
    r"(?:nomme|appele)|c'est vous|c'est bien vous|jeu concours|seid ihr das|gewinnspiel|"
    r"siete voi|concorso|sao voces|e voces|uma tal|sorteio|zijn jullie dat|winactie|"
    # session 16: "spacciandosi per il vostro servizio clienti"
    r"spacciandosi per|haciendose pasar por|se faisant passer pour|gab sich als|"
    r"se passando por|deed zich voor als)\b"
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
    # session 16: "Klarna took the first instalment three times for ONE order"
    r"|\btook the (?:first |second |same )?(?:instal+ments?|payments?|deposit) (?:3|4|5|three|"
    r"four|five) times\b"
    # Session 16 round 3: "ik zie drie afschrijvingen van Northwind", "3 addebiti northwind"
    r"|\b(?:3|4|5|three|four|five|tres|trois|quatre|cuatro|drei|vier|tre|quattro|quatro|drie|"
    r"vijf) (?:identical |identicos |identiques |identische |identici |identicas |identieke )?"
    r"(?:charges|cargos|cobros|prelevements|debits|abbuchungen|belastungen|addebiti|cobrancas|"
    r"afschrijvingen)\b"
)

KNOWS_MY_DATA = (
    r"\b(?:(?:my|exact|last) (?:\w+ )?(?:order|name|address|street|items)|only you|how (?:do|did) "
    r"they (?:have|know|get)|leak\w*|hack\w*|mi (?:nombre|direccion)|solo vosotros|"
    r"filtr\w+|mon (?:nom|adresse)|meine (?:adresse|letzte bestellung)|kannte|"
    r"(?:meu|minha) (?:endereco|nome|pedido)|numero do meu pedido|mijn (?:adres|naam)|"
    r"il mio (?:nome|indirizzo))\b"
)


# Session 16 (blind64/66, spent): a fake shop under the brand's name, told by who paid or
# warned: "someone is running a fake 'Northwind Outfitters Clearance 80% off' site", "a link
# in a comment here that said 'northwind official store 60% off'. money's gone". The quoted
# name must sell something (a sale, a shop, an ad), so a fake support address that quoted a
# message back (a data breach) stays out.
_FAKE_SHOP = (
    r"\b(?:fake|scam|phony|knock-?off|bogus|falso|falsa|faux|fausse|gefalscht\w*|nep)\b"
    r"[^.!?\n]{0,20}?['\"\u201c]northwind[^'\"\u201d\n]{0,40}['\"\u201d]"
    r"(?=[^.!?\n]{0,30}?\b(?:site|store|shop|ads?|page|giveaway|sale|clearance|outlet|"
    r"tienda|boutique|laden|negozio|loja|winkel|anuncio|annonce|anzeige|annuncio)\b)"
    r"|\b(?:link|ad|site|comment|page|post)\b(?: \w+){0,6} (?:said|called|named|saying) "
    r"['\"\u201c]northwind[^'\"\u201d\n]{0,40}?(?:\d+ ?% off|sale|clearance|outlet|official "
    r"store)"
)

# Session 16 round 3 (blind70): a look-alike account with dots for the brand's name, warned of
# by who paid it: "an account @northwind.outfitters.sale (with the dots) running a '90% off
# warehouse clearance' and taking payment by zelle. it is NOT them. I lost $140". The handle,
# then "not them" or "fake" in the post, and money paid or lost.
_DOTTED_ACCOUNT = (
    r"\b(?:account|page|profile|handle|shop|cuenta|compte|konto|profil|profilo|conta|perfil|"
    r"pagina|pagina)\b[^\n]{0,12}?\bnorthwind\w*\.[a-z]+\.[a-z]+\b[^\n]{0,200}?\b(?:(?:is|it'?s) "
    r"not (?:them|you|northwind|real|official|legit)|not (?:the )?real|fake|scam\w*|impersonat\w*|"
    r"no (?:son|es) (?:ellos|vosotros)|ce n'est pas (?:eux|vous)|nicht (?:die|ihr)|non (?:sono|"
    r"siete) (?:loro|voi)|nao (?:sao|e) (?:eles|voces)|niet (?:van )?(?:hen|jullie)|falso|"
    r"faux|nep|golpe|estafa|arnaque|betrug|truffa|oplichting)\b"
)
_MONEY_GONE = (
    r"\b(?:lost|paid|taking payment|took my|zelle|venmo|cash ?app|perdi|pague|paye|perdu|"
    r"bezahlt|verloren|pagato|perso|paguei|betaald|kwijt)\b"
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
            unless_post=KNOWS_MY_DATA,
            name="fraud_impersonator_asks_card_session15",
        ),
        # Round three (blind61/62, spent): a look-alike shop or ad under a hyphenated brand
        # name ("an instagram ad going around for a 'northwind-outfitters-sale' shop ...
        # that's not you right??", "Ist der Shop 'northwind-sale-de.com' von euch?").
        r(
            "fraud_payment",
            r"\b(?:ad|ads|advert|site|shop|store|website|page|account|anuncio|annonce|anzeige|"
            r"annuncio|advertentie|loja|tienda|boutique"
            # Session 17 (blind72): "eine Fake-Seite 'northwind-sale-outlet.de'": the page
            # and shop nouns of the other languages.
            r"|seite|webseite|webshop|onlineshop|sito|negozio|pagina|pagina web|sitio|"
            r"webwinkel|winkel|laden)\b[^\n]{0,40}?['\"\u201c](?:www\.)?"
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
        r(
            "fraud_payment",
            _FAKE_SHOP,
            negatable=False,
            name="fraud_fake_shop_session16",
        ),
        r(
            "fraud_payment",
            _DOTTED_ACCOUNT,
            requires=_MONEY_GONE,
            negatable=False,
            name="fraud_dotted_lookalike_account_session16",
        ),
    )
