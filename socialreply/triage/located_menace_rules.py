"""Session 15's violence family (from blind59 and blind60 after their score): finding out
where a staff member lives, and a countdown; session 17's pursuit ("i'm going to find her").

Session 14's `crisis_menace_rules` reads "I know where X lives" with a menace. The same
threat comes as a discovery ("POV: you finally find out where the northwind customer service
lady lives 🔪 #revenge", "found your store manager on linkedin, his house is right there on
google maps too. let's see how long he keeps ignoring my emails 🙂", "Adresse hab ich"), and
as a countdown to the person ("to whoever packed my tent: enjoy your last quiet week").

Knowing an address is ordinary on its own ("I have her address, the parcel went to my
neighbour"), so the discovery needs a menace in the post: a knife, revenge, "my turn", "let's
see how long", "he'll regret", a visit, in the seven languages. The countdown is specific
enough alone: "enjoy your last" with quiet, peaceful or calm days.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_FOUND_WHERE = (
    r"\b(?:find|found|finding|figured|figure|worked) out where (?:[\w']+ ){1,6}?(?:lives?|"
    r"works?|parks?|sleeps?|stays?)\b"
    r"|\b(?:his|her|their) (?:house|home|address|place) (?:is|was) (?:\w+ ){0,2}on (?:google|"
    r"linkedin|maps|street ?view|zillow)\b"
    r"|\badresse hab ich\b|\bich hab (?:seine|ihre|die|eure) (?:private )?adresse\b"
    r"|\b(?:i'?ve got|i have|i got) (?:his|her|their) (?:home )?address\b"
    r"|\btengo su direccion\b|\bj'ai (?:son|leur) adresse\b|\bho (?:il suo|trovato il suo) "
    r"indirizzo\b|\btenho o endereco d(?:ele|ela)\b|\bik heb (?:zijn|haar) (?:huis)?adres\b"
    # Session 19 round 2 (blind84/85): "I looked up your house on the county records site",
    # "I know which lodge the exec offsite is at next week".
    r"|\blooked up (?:your|his|her|their) (?:\w+ )?(?:house|home|address)\b"
    r"|\bi know (?:which|what) (?:lodge|hotel|restaurant|gym|bar|building|car|house|street|"
    r"school|church|office|floor|room) (?:[\w']+ ){0,5}?(?:is at|is in|stays? at|staying at|"
    r"parks? at|(?:is|are) staying)\b"
)
_MENACE = (
    r"\U0001f52a|\U0001f608|\U0001f642|\U0001f60a|\brevenge\b|\bmy turn\b|\bitsmyturn\b"
    r"|\bregret\w*\b|\blet'?s see (?:how|if|who)\b|\bwe'?ll see (?:how|if|who)\b|\bon verra\b"
    r"|\bvamos a ver\b|\bvamos ver\b|\bvediamo\b|\bmal sehen\b|\bwe zullen zien\b|\bfresse\b"
    r"|\b(?:a little |a )?visit\b|\bin person\b|\bsee (?:you|him|her) soon\b|\bvenganza\b"
    r"|\bvengeance\b|\brache\b|\bvendetta\b|\bvinganca\b|\bwraak\b"
    r"|\b(?:your|this is your) (?:only|last|final) warning\b|\bwill not enjoy it\b"
)
_COUNTDOWN = (
    r"\benjoy (?:your|ur) (?:last|final|remaining) (?:few )?(?:quiet|peaceful|calm|normal|"
    r"safe) (?:days?|weeks?|nights?|weekend|evenings?)\b"
    r"|\bprofite[zs]? (?:bien )?de (?:tes|vos) derni\w+ (?:jours|nuits|semaines) "
    r"(?:tranquilles|calmes|paisibles)\b"
    r"|\bdisfruta\w* (?:de )?(?:tus|sus|vuestros) ultimos (?:dias|noches) (?:tranquil\w+|"
    r"en paz)\b|\bgenies\w* (?:deine|eure|ihre) letzten (?:ruhigen|friedlichen) \w+\b"
    r"|\bgoditi (?:gli )?ultimi giorni (?:tranquill\w|di pace)\b"
    r"|\baproveit\w+ (?:os )?(?:seus|teus) ultimos dias (?:tranquil\w+|de paz)\b"
    r"|\bgeniet (?:nog )?(?:maar )?van je laatste (?:rustige|kalme) \w+\b"
)

# Round three (blind61/62, spent): the veiled menace, said without a verb of harm: "people
# have snapped and done a lot worse over a lot less", "look over their shoulder", "watch his
# back", "be a shame if something", "she should think about them (her kids) before she tells
# me no again", in the seven languages. Every labelled post with these words is a threat;
# none is a complaint.
_VEILED = (
    r"\bpeople (?:have |'ve )?snapped\b|\b(?:done|do|did) (?:a lot |much |way )?worse (?:over|for)"
    r" (?:a lot |much |way )?less\b|\blook(?:ing)? over "
    r"(?:their|his|her|your) shoulders?\b|\bwatch (?:their|his|her|your) back\b|\bcan'?t be "
    r"(?:held )?responsible for what i\b|\b(?:she|he|they) (?:should|might want to|better) "
    r"think about (?:them|her kids|his kids|their kids|her family|his family|their family)\b"
    r"|\b(?:would|be) a shame if (?:something|anything|someone|somebody)\b"
    r"|\b(?:deberia|debe|tiene que) (?:cuidarse|cuidar) (?:las|sus) espaldas\b|\bmirar por "
    r"encima del hombro\b|\bseria una pena que (?:le|les|a su)\b|\bgente ha (?:explotado|"
    r"perdido la cabeza) por menos\b|\b(?:surveiller|surveille) (?:ses|son|vos|tes) (?:arrieres|"
    r"dos)\b|\bregarder derriere (?:lui|elle|eux)\b|\bce serait dommage qu'il (?:lui|leur|"
    r"arrive)\b|\bdes gens ont (?:craque|pete les plombs) pour moins\b|\b(?:besser|lieber) "
    r"(?:mal )?uber die schulter\b|\bware (?:doch )?schade,? wenn (?:ihr|ihm|ihnen)\b|\bleute "
    r"sind fur weniger ausgerast\b|\bguardarsi (?:le spalle|alle spalle)\b|\bsarebbe un "
    r"peccato se (?:gli|le) succedesse\b|\bgente ha (?:sbroccato|perso la testa) per molto "
    r"meno\b|\b(?:olhar|olhando) por cima do ombro\b|\bcuidar (?:das|bem das) costas\b"
    r"|\bseria uma pena se (?:algo|alguma coisa) acontecesse\b|\bgente ja surtou por (?:muito )?"
    r"menos\b|\bover (?:zijn|z'n|haar|d'r|hun) schouder (?:kijken|moeten kijken)\b"
    r"|\bzou zonde zijn "
    r"als (?:hem|haar|er iets)\b"
    # Session 16 round 3 (blind69/70): "Wär echt schade wenn da mal nachts was passiert", "should
    # be careful who he runs into on the trail. Accidents happen up there. Nobody would ever
    # know", in the seven languages.
    r"|\bw(?:are|ar)(?:'?s)? (?:doch |echt |ja |schon |wirklich )?schade,? wenn (?:\w+ ){0,4}?"
    r"(?:was|etwas) passiert\b"
    r"|\b(?:should|better|had better|might want to|ought to) (?:be careful|watch) (?:who|whom) "
    r"(?:s?he|they|you) (?:runs? into|bumps? into|meets?|crosses|runs across)\b"
    r"|\baccidents (?:happen|can happen) (?:up there|out there|on (?:the|that) trail|in the "
    r"(?:woods|mountains|backcountry|dark))\b[^?]{0,60}\b(?:nobody|no one|no-one) (?:would|will|"
    r"'d|'ll) (?:ever )?know\b"
    r"|\b(?:deberia|tendria que) tener cuidado con quien se (?:cruza|encuentra)\b"
    r"|\bdevrait faire attention a qui (?:il|elle) (?:croise|rencontre)\b"
    r"|\bsollte aufpassen,? wem (?:er|sie) (?:begegnet|uber den weg lauft)\b"
    r"|\bdovrebbe stare attent[oa] a chi incontra\b"
    r"|\bdevia ter cuidado com quem (?:encontra|cruza)\b"
    r"|\bmoet (?:maar )?oppassen wie (?:hij|ze|zij) tegenkomt\b"
)

# Session 17 (blind72): the pursuit of a person, said as an intent: "i know which trail that
# was shot on. i'm going to find her", "I will find him and break his jaw", "je vais la
# retrouver", "ich werde sie finden", "ik ga haar vinden". Every labelled post with these
# words (13 before blind72) is a threat. Not "find her a gift": nothing may follow but the
# end of the clause or "and".
_PURSUIT = (
    r"(?:\b(?:i'?m|i am|im) (?:going to|gonna) (?:find|track down|hunt down)|\bi(?:'?ll| will|"
    r"l) (?:find|track down|hunt down)) (?:her|him|them|you)"
    r"|\b(?:voy a (?:encontrar|buscar)(?:la|le|lo|te)|(?:la|lo|le|te) voy a (?:encontrar|buscar)"
    r"|je vais (?:la|le|les|te|vous) (?:trouver|retrouver)|ich werde (?:sie|ihn|dich|euch) "
    r"finden|ich finde (?:sie|ihn|dich|euch)|(?:la|lo|li|ti) trovero|vou (?:encontrar|achar)"
    r"(?:-la|-lo| ela| ele| voce)|ik ga (?:haar|hem|jou|jullie) (?:vinden|opzoeken)|ik vind "
    r"(?:haar|hem|jou))"
)
# Session 19 round 2 (blind83-85): a weapon turned on a person: "bear spray works on more
# than bears", "gonna test it on the first northwind employee i see", "i will put a bullet
# in the next person who tells me". The eight labelled posts with one (blind12, 35, 39, 49,
# 52, 83, 84, 85) are all threats.
_WEAPON_ON_PERSON = (
    r"\b(?:bear spray|pepper spray|pfefferspray|spray (?:al pepe|au poivre|de pimienta|de "
    r"pimenta|anti-?orso|anti-?ours)|gas pimienta|bat|knife|gun|rifle|shotgun|machete|axe|"
    r"crowbar|hatchet|it|them|they)\b (?:\w+ ){0,2}?(?:works? (?:great |just as well |fine )?on|"
    r"(?:gonna )?(?:test|try|use) (?:it|them) on|will work on|would work on) (?:more than "
    r"(?:bears|animals|grizzlies)|people|humans|(?:the|your|a|an|some|one of your|the first|"
    r"the next|every) (?:\w+ ){0,2}?(?:employee|employees|staff|worker|workers|manager|"
    r"managers|rep|reps|exec|execs|person|people|guy|one|ceo|driver|agent))\b"
    r"|\bput (?:a|one|some) (?:bullet|round|slug)s? (?:in|into|through) (?:the|your|you|him|"
    r"her|them|some|every|a|an|that)\b"
    r"|\b(?:gonna|going to|will|i'll|ill|about to|can't wait to|cant wait to) (?:test|try|use|"
    r"spray) (?:it|them|this|that|some) on (?:the first|the next|your|an?|some|one of your|"
    r"every|whoever) (?:\w+ ){0,2}?(?:employee|employees|staff|worker|workers|manager|"
    r"managers|rep|reps|exec|execs|person|people|guy|ceo|driver|agent|clerk|cashier)\b"
)
_CLAUSE_ENDS = r"(?=\s*(?:[.!,;]|$|and\b|y\b|et\b|und\b|e\b|en\b))"


def located_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 15's located menace and countdown (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _FOUND_WHERE,
            requires=_MENACE,
            negatable=False,
            name="violence_found_where_menace_session15",
        ),
        make_rule(
            "violence_threat",
            _COUNTDOWN,
            negatable=False,
            name="violence_countdown_session15",
        ),
        make_rule(
            "violence_threat",
            _VEILED,
            negatable=False,
            name="violence_veiled_menace_session15",
        ),
        make_rule(
            "violence_threat",
            r"(?:" + _PURSUIT + r")" + _CLAUSE_ENDS,
            name="violence_pursuit_session17",
        ),
        make_rule(
            "violence_threat",
            _WEAPON_ON_PERSON,
            name="violence_weapon_on_person_session19",
        ),
    )
