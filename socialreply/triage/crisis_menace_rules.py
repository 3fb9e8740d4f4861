"""Session 14's crisis families (from blind55 and blind56 after their score): knowing where
someone is, said with a menace; a last order "from anyone"; fumes in a closed car; another
customer's chat or points in front of the writer; a lace that gave way on a descent.

Each is written for the family, not the sentence. The threat family in particular needs two
halves, because either alone is ordinary: "I know where your warehouse is lol, can I drop my
return off in person?" and "I drive past it every morning" are labelled false friends. The
rule fires on knowing where a staff member or a site is (or remarking on the site's
routine, "funny how your warehouse ...") only when the post also carries a menace: nothing
left to lose, "see you friday", "would be a shame", a description of the person's house,
watching from a parked car, "tú verás lo que haces", in the seven languages.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# Knowing where a person or a site is, or who someone is: the first half of the threat.
_KNOWS_WHERE = (
    r"\b(?:i|we) (?:already |still )?know (?:exactly |precisely |just )?where (?:[\w']+ ){1,6}?"
    r"(?:lives?|works?|parks?|sleeps?|is|are|stays?)\b"
    r"|\bfunny how (?:your|ur|the|northwind'?s?) (?:[\w']+ ){0,3}(?:warehouse|store|office|"
    r"shop|hq|headquarters|depot|building|loading dock)\b"
    r"|\b(?:ya )?se (?:como te llamas|como se llama|donde (?:vive|vives|viven|esta|estan|"
    r"queda|trabaja\w*|aparca\w*)|en que (?:ciudad|calle|barrio|pueblo) (?:vive|vives|viven))\b"
    r"|\bje sais (?:exactement |tres bien )?ou (?:se trouve|est|sont|habite\w*|vit|vivent|"
    r"travaille\w*|se gare\w*|tu habites|vous habitez)\b"
    r"|\bich weis (?:genau |ganz genau |schon )?wo (?:euer|eure|dein|deine|ihr|du|er|sie|der|"
    r"die|das)\b"
    r"|\bso (?:esattamente |bene |benissimo )?dove (?:sta|stanno|si trova|abita\w*|vive\w*|"
    r"lavora\w*|parcheggia\w*)\b"
    r"|\bsei (?:exatamente |bem |muito bem )?onde (?:fica|ficam|mora\w*|trabalha\w*|esta|"
    r"estaciona\w*)\b"
    r"|\bik weet (?:precies |heel goed )?waar (?:jullie|je|jij|hij|zij|ze|die|het|de)\b"
)
# The second half, anywhere in the post: nothing to lose, a date for a visit, a shame if,
# the person's house or car described, watching the site, "you'll see", "will pay for it".
_MENACE = (
    r"\bnothing (?:left |more )?to lose\b|\bnada (?:mas )?(?:que|a) perder\b|\brien a perdre\b"
    r"|\b(?:nix|nichts) (?:mehr )?zu verlieren\b|\bniente (?:piu )?da perdere\b"
    r"|\bniets (?:meer )?te verliezen\b"
    r"|\bsee (?:you|ya|u) (?:soon|friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
    r"tomorrow|tonight|there)\b|\byou'?ll (?:be seeing|see) me\b"
    r"|\b(?:would|'d) be a (?:real )?(?:shame|pity)\b|\bshame if (?:something|anything)\b"
    r"|\b(?:tu|usted|ustedes|vosotros) (?:veras|vera|veran|vereis) lo que\b"
    r"|\b(?:wird|werdet|werden) (?:\w+ ){0,3}bezahlen\b|\bmerkt euch das\b"
    r"|\bbefore i (?:swing|come|show up|drop|stop) by\b|\bask (?:her|him|them) (?:myself|"
    r"in person)\b"
    r"|\b(?:cute|nice|pretty|lovely) (?:little )?(?:\w+ )?(?:house|garden|car|front door|"
    r"kids)\b"
    r"|\b(?:been |i'?ve been )?(?:parked|sitting|waiting) (?:\w+ ){0,3}(?:across the street|"
    r"in the (?:parking )?lot|outside (?:it|there|the gate))\b"
    r"|\bwatching (?:it|her|him|them|the (?:door|gate|lot|dock)) (?:all|every|each)\b"
)

# A customer nearby who wants to collect or drop off an order, or to come to a sale, and
# says so lightly.
_NOT_A_VISIT = (
    r"\b(?:pick ?up|pick (?:it|my \w+) up|drop (?:it|my \w+) off|local pickup|drive (?:past|by|"
    r"through) it every|always wave|lol|lmao|haha\w*|for the (?:sale|opening|launch|drop|"
    r"restock|event|meetup|demo day))\b"
)


def crisis_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 14's crisis families (see the module docstring)."""
    r = make_rule
    return (
        r(
            "violence_threat",
            _KNOWS_WHERE,
            requires=_MENACE,
            unless_post=_NOT_A_VISIT,
            negatable=False,
            name="violence_knows_where_menace_session14",
        ),
        # "the last thing I'll ever order from anyone", never "from you... this month" or
        # "from the clearance section": only "anyone/anybody/anywhere", not "anyone else".
        r(
            "self_harm",
            r"\blast (?:thing|order|purchase|item) i'?(?:ll| will| am going to|'m gonna) ever "
            r"(?:order|buy|purchase|get) (?:from|at) (?:anyone|anybody|anywhere)\b(?! else)",
            negatable=False,
            name="self_harm_last_order_anyone_session14",
        ),
        # A stove, a gas canister or charcoal lit inside a shut car or room: "acender dentro
        # do carro com tudo fechado", "light the stove in the car with the windows up".
        r(
            "self_harm",
            r"\b(?:light\w*|burn\w*|run\w*|acender|ligar|encender|prender|accendere|allumer|"
            r"anzunden|aansteken)\b (?:\w+ ){0,4}(?:inside|in|dentro d[oa]|dentro (?:del|de la|"
            r"della|dell')|dans|im|in de) (?:the |my |o |a |meu |mi |mio |la |el |ma |mon |"
            r"meinem |de |mijn )?(?:car|carro|auto|coche|macchina|voiture|wagen)\b"
            r"(?:\W+\w+){0,6}?\W+(?:with (?:\w+ )?(?:windows|doors) (?:up|shut|closed)|com tudo "
            r"fechado|con todo cerrado|tutto chiuso|tout ferme|alles zu|alles dicht)",
            negatable=False,
            name="self_harm_fumes_car_session14",
        ),
        # The chat window opened someone else's conversation: "your chat window just loaded a
        # conversation between one of your agents and someone called Carla".
        r(
            "data_breach",
            r"\b(?:chat|chat window|chat box|support chat|live chat|inbox|messages?) (?:\w+ ){0,3}"
            r"(?:load\w*|open\w*|show\w*|display\w*|pull\w* up) (?:me )?(?:\w+ ){0,2}"
            r"(?:conversation|chat|messages?|thread) (?:between|with|from|of) (?:\w+ ){0,5}"
            r"(?:someone|somebody|another|other|a different|a stranger)\b",
            negatable=False,
            name="breach_other_chat_session14",
        ),
        # Logged out, then the points or the balance gone: an account taken over.
        r(
            "data_breach",
            r"\b(?:randomly |suddenly |keep getting |got )?logged out\b(?:\W+\w+){0,10}?\W+"
            r"(?:points|balance|rewards|gift card)\b(?:\W+\w+){0,3}?\W+(?:drained|gone|zeroed|"
            r"emptied|wiped|changed|missing|redeemed|went from)\b",
            negatable=False,
            name="breach_logged_out_points_session14",
        ),
        # The lace, the strap or the buckle gave way mid-descent and the writer fell:
        # "o cadarço arrebentou no meio da descida e eu rolei barranco abaixo".
        r(
            "safety_injury",
            r"\b(?:cadarco|cordon|cordones|lacet|schnursenkel|veter|laccio|lace|laces|strap|"
            r"buckle|fivela|hebilla|correa|alca)\b (?:\w+ ){0,5}(?:arrebentou|rompeu|partiu|"
            r"soltou|se rompio|se solto|a lache|cede|gerissen|gebroken|si e rotto|snapped|broke|"
            r"gave way)\b(?:\W+\w+){0,12}?\W+(?:rolei|cai|cai de|me cai|cayo|tombe|gesturzt|"
            r"gevallen|caduto|fell|tumbled|rolled|pontos|puntos|stitches|hecho)\b",
            negatable=False,
            name="safety_lace_fall_session14",
        ),
    )
