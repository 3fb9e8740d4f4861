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
)
_MENACE = (
    r"\U0001f52a|\U0001f608|\U0001f642|\U0001f60a|\brevenge\b|\bmy turn\b|\bitsmyturn\b"
    r"|\bregret\w*\b|\blet'?s see (?:how|if|who)\b|\bwe'?ll see (?:how|if|who)\b|\bon verra\b"
    r"|\bvamos a ver\b|\bvamos ver\b|\bvediamo\b|\bmal sehen\b|\bwe zullen zien\b|\bfresse\b"
    r"|\b(?:a little |a )?visit\b|\bin person\b|\bsee (?:you|him|her) soon\b|\bvenganza\b"
    r"|\bvengeance\b|\brache\b|\bvendetta\b|\bvinganca\b|\bwraak\b"
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
    )
