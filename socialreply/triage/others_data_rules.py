"""Session 17's data-breach family (from blind71 and blind72 after their score): the
brand's page, link or e-mail shows the writer another person's data.

The writer rarely says "breach": "quand je clique sur 'mes commandes' je tombe sur les
commandes d'un certain Marc à Lyon", "si lo cambias salen pedidos de otra gente con nombres
y direcciones", "your gift card balance page shows the owner's full name and email for any
card number you type in". The rule needs a view (see, shows, loads, "tombe sur", "salen",
"zie") and, close after it, data (orders, names, addresses, account) of someone else (a
stranger, other customers, "un certain", "otra gente", "iemand anders") in the seven
languages. Over the labelled posts written before blind71 it matches 90 posts, 88 of them
breaches; the other two take it back ("oh wait no, it's my husband's", "other people's
orders... i mean reviews 😅"), which the exceptions read.
"""

from __future__ import annotations

from .crisis_guards import SELF_CORRECTED
from .rules import EscalationRule, make_rule

_OTHER = (
    r"(?:someone else|somebody else|another (?:customer|person|user|shopper|buyer)|other "
    r"(?:people|customers|users|shoppers|buyers)|(?:a |some )?strangers?|the (?:card )?owner|"
    r"(?:some|a) (?:lady|guy|woman|man|person) (?:in|from)|"
    r"quelqu'un d'autre|(?:un|une) autre client\w*|d'autres clients|des inconnus|"
    r"un(?:e)? certain\w*|"
    r"otra gente|otras? personas?|otros? clientes?|(?:un |una )?desconocid[oa]s?|un tal|una tal|"
    r"jemand anderem|jemand anderes|(?:anderen|anderer|fremden|fremder) (?:kunden|leuten|leute|"
    r"person\w*|menschen)|(?:einem|einer) (?:gewissen|fremden)|"
    r"qualcun altro|(?:un |una )?altr[oia] (?:client\w*|persone|persona)|estranei|"
    r"(?:un|una) cert[oa]|"
    r"outras? pessoas?|outros? clientes?|desconhecid[oa]s|(?:um|uma) tal|"
    r"iemand anders|(?:een )?andere (?:klant\w*|mensen|personen)|vreemden|een zekere)"
)
_DATA = (
    r"(?:orders?|order history|(?:full )?names?|address(?:es)?|e-?mails?|phone(?: numbers?)?|"
    r"details|data|accounts?|info\w*|pedidos?|nombres?|direcci\w+|datos|cuentas?|commandes?|noms?|"
    r"adresses?|donnees|comptes?|coordonnees|bestellungen|namen|adressen?|daten|kont\w+|ordini|"
    r"nomi|indirizz\w+|dati|nomes?|endereco\w*|dados|contas?|bestellingen|gegevens|adres)"
)
_VIEW = (
    r"(?:see|seeing|saw|seen|shows?|showing|showed|displays?|displaying|appears?|appearing|"
    r"pops? up|"
    r"loads?|loaded|opens?|opened|got|get|gives?|pulls? up|tombe sur|je vois|on voit|affiche\w*|"
    r"apparaiss\w*|apparait|salen|sale|aparecen|aparece|veo|se ven|muestra\w*|sehe|sieht man|"
    r"zeigt|erscheinen|erscheint|vedo|si vedono|mostra\w*|compaiono|appaiono|compare|vejo|"
    r"aparecem|aparece|zie|zien|toont|verschijnen|verschijnt|krijg ik)"
)
# A view, then another person's data: "shows the owner's full name", "I'm seeing someone
# else's orders", "je tombe sur les commandes d'un certain Marc".
_OTHERS_DATA = (
    rf"\b{_VIEW}\b[^.!?]{{0,50}}?\b{_DATA}\b[^.!?]{{0,12}}?\b(?:of|from|for|belonging to|de|d'|"
    rf"del|des|von|di|da|do|dos|van) ?{_OTHER}"
    rf"|\b{_VIEW}\b[^.!?]{{0,50}}?\b{_OTHER}'?s? (?:\w+ )?{_DATA}\b"
)


def others_data_rules() -> tuple[EscalationRule, ...]:
    """Another person's data shown to the writer (see the module docstring)."""
    return (
        make_rule(
            "data_breach",
            _OTHERS_DATA,
            negatable=False,
            name="others_data_shown_session17",
            # Taken back: the data is a relative's, or the writer meant something else.
            unless_post=SELF_CORRECTED + r"|\bi mean\b|\bi meant\b",
        ),
    )
