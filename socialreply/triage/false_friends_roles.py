"""Session 19's false friends of the urgent and review categories: a role or an authority
named for something other than the category it usually signals.

Each family was read off session 18's unseen batches (blind79-82, spent) and checked over
every labelled post before it was kept (see the comment above each one):

- a reporter writing as a customer ("I'm a reporter at a paper in Toledo but this is
  personal lol — can I exchange my husband's boots?"): no media inquiry;
- an audience counted for the writer's own outlet ("I'm a producer for a consumer-affairs
  channel (1.2M subs)", "Editor of a trail-running newsletter here (~40k subscribers)"): a
  media inquiry, not a customer threatening to go viral;
- a consumer-rights *channel* or *show* ("I run a consumer rights channel"): an outlet, not
  the regulator;
- an authority handing out a prize ("o Procon devia dar um prêmio pra vocês") or asked to
  look into a price that is too low to believe ("the FTC should honestly investigate how
  this fleece is only $69"): praise, not a complaint;
- the press office asked for ("¿Podría hablar con alguien de prensa?", "your press people"):
  a journalist's request, not a customer's request for a person.

Patterns are written like the rules (`normalize.compile_rule`): lower case, no accents,
letters squeezed.
"""

from __future__ import annotations

# A media role, in the seven languages.
_MEDIA_ROLE = (
    r"\b(?:reporter|journalist|editor|producer|writer|correspondent|periodista|reporter[oa]|"
    r"journaliste|journalistin|giornalista|jornalista|verslaggever|redacteur|redactrice|"
    r"redakteur\w*)\b"
)

# Every labelled post with a media role and "but this is personal" (blind12, blind16,
# blind27, blind39, blind69, blind79) asks only for the writer's own order or size; none is
# a media inquiry. The role first, then the disowning, in the same sentence.
MEDIA_ROLE_PERSONAL = (
    _MEDIA_ROLE + r"[^.!?]{0,80}\b(?:but|pero|mais|aber|ma|mas|maar) (?:this|it|esto|eso|c'est|"
    r"das|es|questo|isso|dit|het)(?: one)?(?:'s| is| es| ist| e| is)? (?:purely |just |strictly |"
    r"totally |a |una |un |ganz |puramente |solo )?(?:personal|private|perso\w*|privat\w*|"
    r"privado|privee|personale|pessoal|prive|persoonlijk)\b"
)

# The count of an outlet's audience: "a consumer-affairs channel (1.2M subs)", "newsletter
# here (~40k subscribers)", "I host a podcast (about 40k listeners)". Over the labelled posts
# the 76 with an outlet before the count, and the 48 with a media role before it, are all
# media inquiries and none is viral_risk.
OUTLET_AUDIENCE = (
    r"\b(?:channel|newsletter|podcast|show|blog|paper|magazine|station|outlet|vlog|"
    r"publication|substack)\b[^.!?]{0,25}\d+(?:[.,]\d+)?\s?[km]\+? (?:subs|subscribers|"
    r"followers|listeners|readers|viewers)\b"
    r"|\b(?:producer|editor|reporter|journalist|host|writer|podcaster)\b[^.!?]{0,60}"
    r"\d+(?:[.,]\d+)?\s?[km]\+? (?:subs|subscribers|followers|listeners|readers|viewers)\b"
)

# "consumer rights" naming an outlet ("I run a consumer rights channel", "a consumer-affairs
# podcast"): the 23 labelled posts with one are all media inquiries, none regulatory.
CONSUMER_OUTLET = (
    r"\bconsumer[- ](?:rights|protection|affairs|watchdog|advocacy)[- ](?:\w+ )?(?:channel|"
    r"show|podcast|blog|newsletter|segment|programme|program|column|page|vlog|youtube|series|"
    r"desk|reporter|journalist)\b"
)

# An authority giving the brand a prize: "o Procon devia dar um prêmio pra vocês", "the BBB
# should give you guys an award". The verb of giving is required: "prix barrés" is a price.
AUTHORITY_AWARD = (
    r"\b(?:procon|ftc|cpsc|bbb|ombudsman|verbraucherzentrale|dgccrf|facua|ocu|acm|"
    r"consumentenbond|altroconsumo|regulators?|authorities|watchdog)\b[^.!?]{0,30}"
    r"\b(?:give|award|dar|donner|geben|verleihen|dare|geven|conceder)\b (?:\w+ ){0,3}?"
    r"(?:an? |um |uma |un |une |einen |eine |een |una |uno )?(?:award|prize|medal|trophy|"
    r"premio|premi[oa]|prix|preis|medaille|medalha|medaglia|prijs|trofeu|trofeo)\b"
)

# The price as the crime: "the FTC should honestly investigate how this fleece is only $69.
# suspicious levels of cozy". A price that is too low to believe is praise.
PRICE_TOO_LOW = (
    r"\b(?:investigat\w*|look into|looking into)\b (?:\w+ )?(?:how|why) [^.!?]{0,50}"
    r"\b(?:only|just|so cheap|this cheap|under) \$?\d"
    r"|\bsuspicious(?:ly)? (?:levels of |amounts of )?(?:cozy|cosy|comfy|cheap|good|warm|soft|"
    r"affordable)\b"
)

# The press office asked for, in the seven languages: "¿Podría hablar con alguien de
# prensa?", "your press people", "someone from your comms team". The 80 labelled posts
# with one are media inquiries; none is a request for a person.
PRESS_CONTACT_ASKED = (
    r"\b(?:alguien|someone|somebody|anyone|quelqu'un|jemand\w*|qualcuno|alguem|iemand|person|"
    r"people|team|contact|departamento|department|ufficio|gabinete|afdeling|abteilung|service)"
    r"\b (?:\w+ )?(?:de|from|in|of|du|aus|van|da|do|della|del|on) (?:la |el |your |vuestro |"
    r"votre |the |il |de |o |a |ihrer |eurer |jullie )?(?:prensa|press|pr|comunicacion|presse|"
    r"stampa|imprensa|pers|comms|communications)\b"
    r"|\b(?:press|pr|comms) (?:people|team|department|person)\b"
)
