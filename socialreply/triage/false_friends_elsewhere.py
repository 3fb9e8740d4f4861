"""Session 19, round 2 (from blind83 to blind86 after their score): an urgent or crisis word
whose subject is somewhere else: a relative's job, another company's news, an interview
or an advert disowned.

Round 1 wrote phrases and gained many labelled posts but almost none of the next fresh
batches, so each family here is a mechanism that recurs over several batches and
languages, checked over every labelled post before it was kept (counts beside each):

- a relative's career at a consumer authority ("my mum works at trading standards and even
  she couldn't find a thing to complain about", "my dad spent 30 years in Trading
  Standards"): the authority is family history, not a complaint to it;
- the news about another company ("Saw the news about a data breach at another outdoor
  brand", "ho letto della multa dell'antitrust a quel marchio", "vu l'article sur la fuite
  de données chez une compagnie aérienne"): someone else's breach, fine or recall;
- an interview or story disowned, a podcast recommended ("nee geen interview hoor", "not a
  story, just a fan", "podcast rec for hikers"): no media inquiry;
- an advert disowned ("not sponsored, just obsessed", "não é publi", "nobody paid me"): the
  writer's disclosure, not a regulatory complaint;
- "won't need it where I'm going" with the place named or sunny, and old gear given away
  because the writer upgraded: a move or a new tent, not a goodbye (self-harm);
- the writer's own move with the new address: no breach.

Each family rules out its categories' signals from the rules and from the head, the same
way as `false_friends_misattributed` (see `own_side_guards`). Patterns are written like
the rules (`normalize.compile_rule`): lower case, no accents, letters squeezed.
"""

from __future__ import annotations

from ..types import Category

_KIN = (
    r"(?:my|mi|mon|ma|mein|meine|mio|mia|meu|minha|mijn) (?:\w+ )?(?:dad|father|mom|mum|mother|"
    r"sister|brother|uncle|aunt|husband|wife|grandpa|grandma|grandfather|grandmother|son|"
    r"daughter|cousin|friend|partner|father-in-law|mother-in-law|padre|madre|hermana|hermano|"
    r"tio|tia|pere|mere|soeur|frere|oncle|tante|vater|mutter|schwester|bruder|onkel|papa|mama|"
    r"pai|mae|irma|irmao|vader|moeder|zus|broer|marido|esposa|mari|femme)"
)
_AUTHORITY = (
    r"(?:consumer (?:protection|affairs|rights)|trading standards|ftc|cpsc|cfpb|fda|bbb|"
    r"consumo|consommation|dgccrf|verbraucherschutz\w*|verbraucherzentrale|agcm|procon|acm|"
    r"consumentenbond|ombudsman|regulator)"
)
# A relative works or worked at a consumer authority. Over the labelled posts the six with
# one (blind63, 64, 73, 83, 84, 85) are all praise; none is regulatory.
KIN_AUTHORITY_CAREER = (
    rf"\b{_KIN}\b[^.!?]{{0,40}}?\b(?:retired from|spent \d+ years (?:in|at|with)|works (?:at|"
    r"for|in)|worked (?:at|for|in)|used to work (?:at|for|in)|is an? (?:\w+ )?(?:inspector|"
    r"officer|lawyer|attorney|investigator) (?:at|for|with|in))\b[^.!?]{0,30}?" + _AUTHORITY
)

_NEWS = (
    r"(?:news|story|article|report|headlines?|articolo|notizi[ae]|noticias?|nouvelles?|"
    r"artikel|nachricht\w*|bericht\w*|nieuws|reportage|materia|reportagem|multa|fine|amende|"
    r"boete|bussgeld|strafe|fuite|leak|breach|filtracion|vazamento|datenleck|datalek|"
    r"violazione)"
)
_OTHER_COMPANY = (
    r"(?:(?:another|other|some|a different|a big|a major|random) (?:\w+ ){0,2}?(?:brands?|"
    r"retailers?|companies|company|airlines?|banks?|stores?|shops?|sites?|apps?|hotels?|"
    r"chains?)"
    r"|(?:una|un|une|quel|quella|quello|quelle|cette|ce|esa|ese|essa|esse|aquela|aquele|"
    r"diese[rnms]?|jene[rnms]?|een|die|dat|einer|einem|eine[nm]?|andere[nrms]?|autre|"
    r"altr[oaei]|otra|otro|outra|outro|uma|um) (?:\w+ ){0,2}?(?:marchio|marca|marque|"
    r"compagnie|compagnia|empresa|azienda|entreprise|societe|firma|merk|bedrijf|winkel|negozio|"
    r"tienda|loja|magasin|companhia|aerolinea|fluggesellschaft|luchtvaartmaatschappij|banque|"
    r"banca|banco|bank|enseigne|cadena|catena|keten|kette))"
)
# The news (a breach, a fine, a recall) about another company. The ten labelled posts with
# one (blind13, 39, 45, 54, 56, 60, 67, 85 x3) carry no category at all.
OTHER_COMPANY_NEWS = (
    rf"\b{_NEWS}\b[^.!?\u2026]{{0,40}}?\b(?:about|on|of|at|di|della|dello|del|dell'|sur|de|du|"
    r"des|chez|uber|bei|over|bij|sobre|da|do|a|against|to|for|in|em|no|na|nel|nella|en)\b "
    + _OTHER_COMPANY
    + r"\b"
)

# An interview or a story disowned, a podcast recommended or listened to. The 16 labelled
# posts with one include no media inquiry (one self-harm post says "not for a story":
# this family rules out media_inquiry only).
MEDIA_DISOWNED = (
    r"\b(?:no|not an?|not for an?|geen|pas une|pas d'|pas pour une|kein|keine|keinen|nessuna|"
    r"nao e uma|nao e|sem|sin|no es una?|niet voor een)\b (?:\w+ )?(?:interview|entrevista|"
    r"intervista|interviu|story|article|artikel|articolo|reportage|piece)\b"
    r"|\bpodcast (?:rec|recs|recommendation|recommendations|tip|tips|suggestion)\b"
    r"|\b(?:listening to|listened to|heard (?:on|it on)|luisterde|escuchando|ecoute|ascoltando|"
    r"ouvindo) (?:a|an|this|that|the|my|un|una|een|um|uma) (?:\w+ )?podcast\b"
)

# An advert disowned, in the seven languages: "not sponsored", "nobody paid me", "keine
# Werbung, einfach zufrieden", "não é publi". The 44 labelled posts with one include no
# regulatory post. ("Schickt mir keine Werbung mehr" asks for no more adverts: left out.)
AD_DISOWNED = (
    r"\b(?:nobody|no one|noone|no-one) (?:paid|pays|is paying|sponsored) (?:me|us)\b"
    r"|\bnot (?:sponsored|an ad|a paid (?:ad|post|partnership))\b|\bunsponsored\b"
    r"|\bnicht gesponsert\b|(?<!mir )\bkeine werbung\b(?! mehr)|\bunbezahlte werbung\b"
    r"|\bno (?:es )?patrocinado\b|\bpas (?:sponsorise|une pub|de pub)\b"
    r"|\bnon sponsorizzat\w*\b|\bniet gesponsord\b|\bnao e (?:publi|patrocinado)\b"
    r"|\bsem patrocinio\b|\bpersonne ne me paie\b|\bniemand bezahlt mich\b"
    r"|\bnessuno mi paga\b|\bniemand betaalt me\b|\bninguem me paga\b"
)

# "won't need my puffer where i'm going 🌴 hawaii for 6 months": the place is named or
# sunny. "Where I'm going" alone is a goodbye in 42 labelled self-harm posts; the 14 with
# a move, a stay abroad, a holiday or a palm tree beside it carry no category at all.
DESTINATION_NAMED = (
    r"^(?=[\s\S]*\bwhere (?:i'?m|im|we'?re) (?:going|headed|heading)\b)"
    r"(?=[\s\S]*(?:\U0001f334|\U0001f60e|\u2600|\U0001f3d6|\U0001f3dd|\b(?:moving|move|"
    r"relocating|flying|off to) (?:to|into|overseas|abroad)\b|\bbig move\b|\bfor (?:\d+|six|"
    r"three|two|a few) (?:months|weeks)\b|\bfor a year\b|\boverseas\b|\babroad\b|\bvacation\b|"
    r"\bholiday\b|\bit'?s (?:summer|warm|hot|sunny) (?:there|down there)\b|\bhawaii\b|"
    r"\btropics\b|\bbaby (?:arrives|is due)\b|\boff grid\b))"
)
# Old gear given away because the writer upgraded: "giving away my old Basecamp 2 since I
# upgraded", "regalo todas mis chaquetas viejas, ya no las necesito desde que tengo la
# Tundra", "ik geef al mijn oude kampeerspullen weg ... nu ik alles nieuw besteld heb".
# Giving everything away is a classic self-harm sign; the 31 labelled posts with the old
# gear and the upgrade (train5 to blind85) carry no category at all.
GEAR_UPGRADED = (
    r"\b(?:old|older|viej[oa]s?|antig[uo]s?|vieux|vieilles?|ancien(?:ne)?s?|alte[nrs]?|"
    r"vecch[ie]|velh[oa]s?|oude)\b[^.!?]{0,50}?\b(?:now that i(?:'?ve)? (?:have|got|upgraded|"
    r"bought)|since i (?:got|bought|upgraded)|i(?:'?ve)? upgraded|desde que (?:tengo|compre|"
    r"tenho|comprei)|ahora que tengo|depuis que j'ai|maintenant que j'ai|seit(?:dem)? ich "
    r"[^.!?]{0,30}(?:habe|hab)|jetzt wo ich|da quando ho|ora che ho|agora que tenho|sinds ik|"
    r"nu ik)\b"
)

# The writer moved house and gives the new address ("coucou j'ai déménagé, vous pouvez
# changer l'adresse de ma commande ?", "ich bin umgezogen"): the head reads the address as
# a leak. The 36 labelled posts with a move (train and blind batches, in six languages) have
# no breach (27 are a privacy exposure, which this family leaves alone).
MOVED_HOUSE = (
    r"\b(?:i(?:'ve| have)? (?:just )?moved|we(?:'ve| have)? (?:just )?moved|j'ai demenage|"
    r"on a demenage|nous avons demenage|me he mudado|me mude|nos mudamos|ich bin (?:\w+ )?"
    r"umgezogen|wir sind (?:\w+ )?umgezogen|ho traslocato|abbiamo traslocato|mi sono "
    r"trasferit[oa]|me mudei|mudei de casa|ik ben verhuisd|we zijn verhuisd)\b"
)

# Category -> the families above that rule out its signals (rules and head).
ELSEWHERE: dict[Category, tuple[str, ...]] = {
    "regulatory": (KIN_AUTHORITY_CAREER, OTHER_COMPANY_NEWS, AD_DISOWNED),
    "data_breach": (OTHER_COMPANY_NEWS, MOVED_HOUSE),
    "fraud_payment": (OTHER_COMPANY_NEWS,),
    "safety_injury": (OTHER_COMPANY_NEWS,),
    "media_inquiry": (OTHER_COMPANY_NEWS, MEDIA_DISOWNED),
    "self_harm": (DESTINATION_NAMED, GEAR_UPGRADED),
    "violence_threat": (DESTINATION_NAMED, GEAR_UPGRADED),
}
