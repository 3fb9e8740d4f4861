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
    r"wurden gerne|mochten|stellungnahme|teriam alguem|alguien disponible|quelqu'un|"
    # Session 19: quoting someone ("mag ik iemand van jullie team quoten?").
    r"quoten|citeren|citar|citer|zitieren|citare)\b"
)
_AS_A_CUSTOMER = (
    r"\b(?:como cliente|comme client\w*|als kunde|als klant|just as a customer|"
    r"sem entrevista|sin entrevista|pas d'interview|kein interview|geen interview)\b"
)

# Round three (blind61/62, spent): a host or editor introduced by their show in English ("host
# of the Thru & Through pod here", "Editor of the Packed Out newsletter here"), and a news
# site's editor in the other languages ("sou editora de um portal de notícias"). The post
# must still ask for someone on the show, an interview, a comment or a statement.
_HOST_OF = (
    r"\b(?:host|co-?host|producer|editor) of (?:the |a )?[\w&' -]{1,40}?\b(?:pod|podcast|show|"
    r"channel|newsletter|blog|zine|magazine)\b|\b(?:pod|podcast|show|channel) host here\b"
    # Session 16 round 3: "it's jess from the Gear Gossip podcast", in the seven languages.
    r"|\b(?:it'?s|this is|soy|aqui|c'est|ici|hier ist|hier|sono|qui|aqui e|met|hier is) \w+ "
    r"(?:from|of|at|de|del|du|de la|vom|von|da|do|van) (?:the |el |la |le |der |dem |il |o |a |"
    r"de |het )?[\w&' -]{1,40}?\b(?:pod|podcast|show|channel|newsletter|zine)\b"
)
_HOST_ASKS = (
    r"\b(?:come on|on the (?:show|pod|podcast)|be (?:a|our) guest|interview\w*|comment|"
    r"statement|spokesperson|your side|respond|someone from (?:your|ur) team on|"
    r"someone (?:could|to|from your team) (?:come|join|"
    r"talk|chat)|give (?:us )?(?:a quote|northwind'?s side))\b"
)
_OUTLET_EDITOR = (
    r"\b(?:sou|somos) (?:produtor\w*|apresentador\w*|jornalista|reporter|editor\w*|"
    r"redator\w*) (?:de |do |da )?(?:um |uma )?(?:\w+ )?(?:portal|site|jornal|newsletter)\b"
    r"|\b(?:soy|somos) (?:productor\w*|periodista|redactor\w*|editor\w*) (?:de |del )?"
    r"(?:un |una )?(?:\w+ )?(?:portal|sitio|periodico|newsletter)\b"
    r"|\bje suis (?:redact\w+|journaliste|editeur|editrice) (?:pour |dans |d'un |d'une |chez )?"
    r"(?:un |une )?(?:\w+ )?(?:site|portail|journal|webzine|newsletter)\b"
    r"|\bich bin (?:redakteur\w*|journalist\w*) (?:bei |fur )?(?:einem|einer|einen) (?:\w+ )?"
    r"(?:portal|webseite|zeitung|newsletter|onlinemagazin)\b"
    r"|\bik ben (?:redacteur|journalist|eindredacteur) (?:bij|van) (?:een|het) (?:\w+ )?"
    r"(?:site|portal|krant|nieuwsbrief)\b"
    # Session 19 (blind79, spent): "ik schrijf voor een regionale krant en we maken een
    # artikel ... mag ik iemand van jullie team quoten?": the writer's outlet, seven languages.
    r"|\bik schrijf voor (?:een|de|het) (?:\w+ ){0,2}(?:krant|dagblad|tijdschrift|blad|"
    r"nieuwssite|nieuwsbrief)\b"
    r"|\bescribo para (?:un|una|el|la) (?:\w+ ){0,2}(?:periodico|diario|revista|portal)\b"
    r"|\bj'ecris pour (?:un|une|le|la) (?:\w+ ){0,2}(?:journal|quotidien|magazine|revue)\b"
    r"|\bich schreibe (?:fur|fuer) (?:eine|einen|ein|die|den|das) (?:\w+ ){0,2}(?:zeitung|"
    r"tageszeitung|zeitschrift|magazin)\b"
    r"|\bscrivo per (?:un|una|il|la) (?:\w+ ){0,2}(?:giornale|quotidiano|rivista|testata)\b"
    r"|\bescrevo para (?:um|uma|o|a) (?:\w+ ){0,2}(?:jornal|revista|portal)\b"
)
# Session 16 (blind64, spent): a reporter introduced by their beat ("I cover direct-to-consumer
# retail for a trade publication and I'm writing about outdoor brands ... Would your head of
# e-commerce be available for a 20-minute interview"), in the seven languages. The post must
# still ask for an interview, a comment or a statement.
_BEAT = (
    r"\bi (?:cover|report on|write about) (?:[\w&'-]+ ){1,5}?for (?:a|an|the) (?:\w+ )?"
    r"(?:publication|outlet|magazine|newspaper|paper|newsletter|site|website|wire|journal)\b"
    r"|\b(?:cubro|escribo sobre) (?:\w+ ){1,5}?para (?:un|una|el|la) (?:\w+ )?(?:medio|"
    r"publicacion|revista|periodico|diario|portal)\b"
    r"|\bje (?:couvre|ecris sur) (?:[\w']+ ){1,5}?pour (?:un|une|le|la) (?:\w+ )?(?:media|"
    r"publication|magazine|journal|revue|site)\b"
    r"|\bich (?:berichte uber|schreibe uber|betreue) (?:\w+ ){1,5}?(?:fur|bei) (?:ein|eine|"
    r"einen|einem|einer|das|die|den) (?:\w+ )?(?:fachmagazin|magazin|zeitung|fachblatt|"
    r"publikation|portal|medium)\b"
    r"|\b(?:seguo|copro|scrivo di) (?:\w+ ){1,5}?per (?:una|un|la|il) (?:\w+ )?(?:testata|"
    r"rivista|giornale|pubblicazione|quotidiano|portale)\b"
    r"|\b(?:cubro|escrevo sobre) (?:\w+ ){1,5}?para (?:um|uma|o|a) (?:\w+ )?(?:publicacao|"
    r"revista|jornal|portal|veiculo)\b"
    r"|\bik (?:schrijf over|volg|verslaat) (?:\w+ ){1,5}?(?:voor|bij) (?:een|het|de) (?:\w+ )?"
    r"(?:vakblad|tijdschrift|krant|medium|nieuwssite|publicatie)\b"
)
_BEAT_ASKS = (
    _HOST_ASKS
    + "|"
    + _ASKS
    + r"|\b(?:available|disponible|disponibile|disponivel|beschikbaar|erreichbar) (?:\w+ ){0,3}?"
    r"(?:for|para|pour|per|voor|fur)\b"
)
# "journalist here but not a work thing", "privat": a reader, not a request.
_OFF_DUTY = r"\b(?:not a work thing|privat\w*|a titulo pessoal|a titre perso\w*|off the clock)\b"


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
        make_rule(
            "media_inquiry",
            _HOST_OF,
            requires=_HOST_ASKS,
            unless_post=_OFF_DUTY,
            negatable=False,
            name="media_host_of_show_session15",
        ),
        make_rule(
            "media_inquiry",
            _OUTLET_EDITOR,
            requires=_ASKS,
            unless_post=_AS_A_CUSTOMER + "|" + _OFF_DUTY,
            negatable=False,
            name="media_outlet_editor_session15",
        ),
        make_rule(
            "media_inquiry",
            _BEAT,
            requires=_BEAT_ASKS,
            unless_post=_AS_A_CUSTOMER + "|" + _OFF_DUTY,
            negatable=False,
            name="media_reporter_beat_session16",
        ),
    )
