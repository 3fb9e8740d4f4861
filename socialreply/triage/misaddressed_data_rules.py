"""Session 19's data-breach family (from blind79 to blind82 after their score): the store
sends the writer a message meant for another person, lists another person's parcel in the
writer's order history, or leaves a test copy of the shop open to anyone.

Session 17's `others_data_rules` reads a view of someone else's data ("shows the owner's
full name"). The missed breaches said it three other ways:

* a message greeting another name, which the writer disowns: "my order confirmation starts
  'Hi Patricia' ... I'm not Patricia" (the same name twice, so "I'm not okay" is nothing);
* the writer's order history with a parcel shipped to a stranger somewhere else: "my order
  history has a Tundra Parka shipped to some Greg in Tacoma". A card used by a thief ("my
  mom's card got used ... shipped to some address in Florida") names no order history and is
  fraud; it is not read here;
* a staging or test copy of the store reachable by anyone: "a test/staging copy of your store
  reachable on the public internet, admin panel open, no login". Every labelled post with a
  staging or test system and public access is a breach report (5 of 5).
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# A greeting to one name, then the writer saying they are not that person, in the seven
# languages: "Hi Patricia ... I'm not Patricia", "Hola Marta ... no soy Marta".
# (group 1 is the name: `factor_word_boundary` adds only non-capturing groups).
_NOT_ME_GREETED = (
    r"\b(?:hi|hello|dear|hey|hola|estimad[oa]|bonjour|cher|chere|hallo|liebe|lieber|ciao|"
    r"gentile|caro|cara|ola|oi|prezad[oa]|beste|hoi) ([a-z]{3,})\b[\s\S]{0,200}?"
    r"\b(?:i'?m not|i am not|my name (?:is not|isn'?t)|no soy|no me llamo|je ne suis pas|"
    r"je ne m'appelle pas|ich bin nicht|ich heise nicht|non sono|non mi chiamo|eu nao sou|"
    r"nao sou|nao me chamo|ik ben niet|ik heet geen) \1\b"
)
# A parcel in the writer's order history going to someone unknown somewhere else.
_HISTORY_STRANGER = (
    r"\b(?:order history|my orders|my account|orders page|historial de pedidos|mis pedidos|"
    r"historique de commandes|mes commandes|bestellhistorie|meine bestellungen|storico ordini|"
    r"i miei ordini|historico de pedidos|meus pedidos|bestelgeschiedenis|mijn bestellingen)\b"
    r"[^.!?]{0,80}?\b(?:shipped|sent|going|delivered|addressed|enviad[oa]s?|envoyee?s?|"
    r"geliefert|verschickt|spedit[oa]|entregue|verzonden) (?:to|a|an|naar) (?:some|a certain|"
    r"un tal|una tal|un certain|une certaine|einen gewissen|einer gewissen|un cert[oa]|um tal|"
    r"uma tal|een zekere) (?:\w+ )?(?:in|from|en|aus|a|em|uit)\b"
)
# A staging or test system (copy, server, site, API) of the shop, reachable by anyone.
_STAGING_OPEN = (
    r"\b(?:staging|test|testing|dev|development|pre-?production|de pruebas|de test|de teste|"
    r"testumgebung|di test|testomgeving)\b(?:[/ ]\w+){0,2}?[ /](?:copy|server|site|api|database|"
    r"db|environment|instance|store|shop|version|system|panel|bucket|index|copia|servidor|"
    r"entorno|serveur|copie|umgebung|ambiente|omgeving|tienda|boutique|shop|negozio|loja|"
    r"winkel)\b[^.!?]{0,40}?\b(?:publicly|public (?:internet|url|"
    r"web|link)|reachable|accessible|indexed|exposed|exposing|no (?:login|password|auth\w*)|"
    r"without (?:a )?(?:login|password|auth\w*)|publica(?:mente)?|publiquement|offentlich|"
    r"pubblicamente|publicamente|openbaar|sin contrasena|sans mot de passe|ohne passwort|"
    r"senza password|sem senha|zonder wachtwoord)\b"
)


def misaddressed_data_rules() -> tuple[EscalationRule, ...]:
    """Session 19's breaches by misaddressed data or an open test copy (module docstring)."""
    return (
        make_rule(
            "data_breach",
            _NOT_ME_GREETED,
            negatable=False,
            name="breach_greeted_as_another_session19",
        ),
        make_rule(
            "data_breach",
            _HISTORY_STRANGER,
            negatable=False,
            name="breach_history_stranger_session19",
        ),
        make_rule(
            "data_breach",
            _STAGING_OPEN,
            negatable=False,
            name="breach_staging_open_session19",
        ),
    )
