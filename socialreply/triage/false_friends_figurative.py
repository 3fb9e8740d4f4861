"""tr17b's false friends (from blind73 and blind74 after their score): the escalation word is
there, but as a figure of speech, a precaution or a disclosure, not as the event.

Each family is a mechanism, not the post it came from, written for the seven languages the
rules read, and used as a veto on every rule of its category (`own_side_guards`). (A scam
feared before acting, "don't want to get scammed", was tried and left out: the labels call a
suspected fake shop fraud, blind25.)

* the scam is the price: "the only scam here is how cheap the pants are", "la única estafa
  es lo barato que está";
* the heart is what got hacked: "me hackearon el corazón con los colores nuevos";
* the authority is named in an influencer's disclosure: "#ad #gifted (FTC rules say i gotta
  tell u)";
* the injured writer asks to return goods never used: "broke my wrist ... can I still return
  the gloves? never worn, tags on" (goods never used cannot have caused it);
* the vomit is an emoji: "your account replied with a vomit emoji";
* the menace is disowned or hangs on a restock: "gonna murder someone if the fleece isn't
  back in stock (nobody will be harmed)".

Matched on the prepared text (lower case, no accents, doubled letters squeezed; "#" and "@"
become spaces).
"""

from __future__ import annotations

# The only scam is how cheap, how good: praise said as a complaint.
SCAM_AS_PRAISE = (
    r"\b(?:the )?(?:only|real|biggest) (?:scam|rip-?off|robbery|crime) (?:here |around here )?"
    r"(?:is|was) (?:how|that|the price)\b"
    r"|\b(?:la )?(?:unica|verdadera) (?:estafa|robo) (?:aqui )?es (?:lo|que|el precio)\b"
    r"|\b(?:la )?seule (?:arnaque|escroquerie) (?:ici )?(?:c'est|est) (?:le prix|que|combien)\b"
    r"|\b(?:der )?einzige (?:betrug|abzocke) (?:hier )?ist (?:der preis|wie|dass)\b"
    r"|\b(?:l')?unica (?:truffa|fregatura) (?:qui )?e (?:il prezzo|quanto|che)\b"
    r"|\b(?:o )?unico (?:golpe|roubo) (?:aqui )?e (?:o preco|como|que)\b"
    r"|\b(?:de )?enige (?:oplichting|oplichterij|zwendel) (?:hier )?is (?:de prijs|hoe|dat)\b"
)
_HEART = r"(?:heart|corazon|coeur|herz|cuore|coracao|hart)"
# The heart hacked by the new colours.
HEART_HACKED = (
    rf"\b(?:hack\w*|pirat\w*|gehackt)\b (?:\w+ ){{0,2}}?(?:my |mi |el |le |mon |mein |il |o "
    rf"|meu |mijn )?{_HEART}\b"
    rf"|\b(?:my |mi |mon |mein |il mio |o meu |mijn )?{_HEART} (?:\w+ ){{0,3}}?(?:got |was |a ete "
    rf"|wurde |e stato |foi |is )?(?:hack\w*|pirat\w*|gehackt)\b"
)
# An influencer's disclosure naming the authority that requires it.
AD_DISCLOSURE = (
    r"^(?=[\s\S]*(?:^|\s)(?:ad|gifted|sponsored|werbung|anzeige|publi|pub|adv|sponsorizzato|"
    r"parceria|samenwerking|publicidad|patrocinado)\b)"
    r"(?=[\s\S]*\b(?:ftc|asa|cma|agcom|procon|acm) (?:rules?|guidelines?|says?|requires?|"
    r"wants?|made me)\b)"
)
# Goods never used, asked to be returned: an injury told beside them is not theirs.
_NEVER_USED = (
    r"(?:never (?:been )?(?:worn|used|opened)|unworn|unused|unopened|tags (?:still )?on|"
    r"sin (?:usar|estrenar)|nunca (?:usad|puest)\w*|jamais (?:porte|utilise)\w*|(?:avec|encore)"
    r" (?:les )?etiquettes|ungetragen|unbenutzt|mai (?:indossat|usat)\w*|con (?:le )?etichette|"
    r"com (?:as )?etiquetas|nooit gedragen|ongedragen|ongebruikt|met (?:de )?labels)"
)
INJURY_BESIDE_UNUSED_GOODS = (
    rf"^(?=[\s\S]*\b{_NEVER_USED}\b)"
    r"(?=[\s\S]*\b(?:can i still|still (?:return|exchange)|return|exchange|devolver|devolucion|"
    r"retourner|renvoyer|zuruckschicken|zuruckgeben|umtauschen|reso|restituire|devolver|trocar|"
    r"retourneren|terugsturen|ruilen)\b)"
)
# The vomit is an emoji or a face.
VOMIT_EMOJI = (
    r"\bvomit\w* (?:emoji|face|emoticon|icon)\b|\b(?:emoji|emoticon|icono|icone|faccina) "
    r"(?:de |di |do |van )?(?:vomit\w*|kotz\w*|vomi\w*|kots\w*)\b|\bkotz\w*[- ]?emoji\b"
    r"|\bkots\w*[- ]?emoji\b"
)
# The menace disowned in the post, or hung on a restock.
HARM_DISOWNED = (
    r"\b(?:nobody|no one|noone) (?:will|would|is going to|gets?|got) (?:be |get )?(?:harmed|"
    r"hurt)\b|\bnadie (?:saldra|sale|va a salir) herido\b|\bpersonne ne sera (?:blesse|"
    r"touche)\b|\bniemand wird verletzt\b|\bnessuno (?:si fara male|sara ferito)\b"
    r"|\bninguem (?:vai se machucar|sai ferido|vai sair ferido)\b|\bniemand raakt gewond\b"
    r"|\b(?:kill|murder|strangle)\w* (?:someone|somebody|people|everyone) if (?:the |my |your )?"
    r"(?:\w+ ){0,4}?(?:isn'?t|aren'?t|doesn'?t|don'?t|is not|are not) (?:back )?in stock\b"
)
