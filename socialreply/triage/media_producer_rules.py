"""Session 15's media family (from blind59 and blind60 after their score): a producer or host
introducing their show in the languages other than English and Italian.

"Sou produtora de um podcast brasileiro ... A gente queria entrevistar alguém da Northwind",
"apresento um podcast ... querem dar a vossa versão?", "soy productor de un programa de
radio ... nos gustaría hablar con alguien", "ik maak een podcast ... wil er iemand aan het
woord". Session 14 covered the Italian form ("conduco un podcast ... vorremmo intervistare").

Having a podcast is not a media inquiry ("tenho um podcast de trilhas e uso a mochila há
anos"): the post must also ask for someone, an interview, a comment or an episode.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_SHOW = r"(?:podcast|canal|programa|programma|revista|radio|emission|sendung|magazin|blog)"
_PRODUCER = (
    r"\b(?:sou|somos) (?:produtor\w*|apresentador\w*|host|jornalista|reporter|editor\w*|"
    r"criador\w*) (?:de |do |da )?(?:um |uma )?(?:\w+ )?" + _SHOW + r"\b"
    r"|\b(?:tenho|temos|apresento|produzo|faco|gravo) (?:um|uma) (?:\w+ )?" + _SHOW + r"\b"
    r"|\b(?:soy|somos) (?:productor\w*|presentador\w*|periodista|host|editor\w*) (?:de |del )?"
    r"(?:un |una )?(?:\w+ )?" + _SHOW + r"\b"
    r"|\b(?:tengo|tenemos|presento|produzco|hago|grabo) (?:un|una) (?:\w+ )?" + _SHOW + r"\b"
    r"|\bje (?:suis|produis|anime|presente) (?:producteur|productrice|animat\w+|un|une) "
    r"(?:\w+ )?(?:d'un |d'une |de )?(?:\w+ )?" + _SHOW + r"\b"
    r"|\bich (?:bin|moderiere|produziere|mache|habe) (?:\w+ )?(?:einen?|ein) (?:\w+ )?"
    + _SHOW
    + r"\b|\bik (?:ben|maak|presenteer|heb) (?:\w+ )?een (?:\w+ )?(?:podcast|programma|"
    r"tijdschrift|blog)\b"
)
# A request: someone to talk to, an interview, a comment, an episode.
_ASKS = (
    r"\b(?:entrevist\w+|interview\w*|queria\w*|querem|gostariam|nos gustaria|queremos|"
    r"quisieramos|hablar con|falar com|comentar\w*|episodio|episode|aflevering|folge|"
    r"invitad\w+|convidad\w+|reactie|aan het woord|vossa versao|voudrions|aimerions|"
    r"wurden gerne|mochten|stellungnahme|teriam alguem|alguien disponible|quelqu'un)\b"
)
_AS_A_CUSTOMER = (
    r"\b(?:como cliente|comme client\w*|als kunde|als klant|just as a customer|"
    r"sem entrevista|sin entrevista|pas d'interview|kein interview|geen interview)\b"
)


def media_producer_rules() -> tuple[EscalationRule, ...]:
    """Session 15's media family (see the module docstring)."""
    return (
        make_rule(
            "media_inquiry",
            _PRODUCER,
            requires=_ASKS,
            unless_post=_AS_A_CUSTOMER,
            negatable=False,
            name="media_producer_intl_session15",
        ),
    )
