"""Crisis-level rules for harm implied rather than named (session 13, from the spent
blind51 and blind52 batches): a threat told through what the writer knows of a staff
member's car, schedule or town, "would be a shame", "you have my address, I have yours",
a visit that "won't be to say sorry"; a farewell that says the points or the gear will
not be needed, that nothing is left, that someone "will understand after"; an injury told
through a doctor's verdict, a swelling or coughing children; another customer's data
seen in a confirmation or an order lookup, a customer list passed around, an account
whose e-mail someone changed. Each alternative covers a family of phrasings (tenses,
slang, es/fr/de/it/nl/pt equivalents), never one post."""

from __future__ import annotations

from .crisis_guards import JOKING, LAUGHTER_OR_JOY
from .false_friends_destination import DESTINATION_NAMED
from .false_friends_service import GEAR_REPLACED
from .rules import EscalationRule, make_rule

# Someone at the shop, or the grievance against it: what turns knowing a car or a
# schedule into a threat.
_STAFF_OR_GRIEVANCE = (
    r"\b(?:your|the|tell|that) (?:\w+ )?(?:manager|agent|rep|staff|employee|worker|girl|guy|"
    r"woman|man|lady|driver|courier|boss|ceo|cashier|clerk|supervisor|team|shift|head of)\b"
    r"|\b(?:works? (?:for|at)|in your (?:\w+ )?(?:chat|team|store|warehouse|office)|"
    r"customer (?:service|experience)|claim|refund|warranty|denied|refused|laughed|policy|"
    r"ruin\w* (?:my|lives)|people who|whoever|commess[oa]|operatore|operatrice|vostr[oa]|"
    r"vuestr[oa]|votre|eure[rm]?|jullie|mitarbeiter\w*|empleado|funcionari[oa]|atendente|"
    r"encargad[oa]|dependiente|medewerker|vendeu\w+|responsable)\b"
)
# A visit in person, in the seven languages.
_VISIT = (
    r"\b(?:visit\w*|stop (?:by|in)|come (?:by|in|down)|coming (?:by|in|down|to)|show(?:ing)? "
    r"up|in person|di persona|en persona|en personne|personlich|pessoalmente|persoonlijk|"
    r"vengo|vendro|voy a ir|ire|je viens|je vais venir|ich komme|ik kom|eu vou|hq|"
    r"headquarters|warehouse|magazzino|almacen|entrepot|lager|magazijn|armazem|store|office)\b"
)
# Moving house, a new job, a trip: what explains an ordinary "I won't need it there".
_MOVING = (
    r"(?<!not )(?<!no )(?<!nor )\b(?:moving|moved|(?:big|the|my|our) move|relocat\w*|"
    r"emigrat\w*|new (?:job|chapter|city|home|country|place|flat|apartment)|next chapter|abroad"
    r"|overseas|mudanza|me mudo|demenag\w*|"
    r"umzug|ziehe um|trasloco|verhuis\w*|mudar|mudanca|climate|weather|spring all year|"
    r"summer all year|tropic\w*|beach|caribbean)\b"
)
# An ordinary reason to part with gear (session 14, by family): a move, or the old gear
# replaced ("giving my old tent to my niece since i upgraded ... won't be needing the old
# stuff anymore!").
_PARTING = _MOVING + "|" + GEAR_REPLACED
# A farewell: thanks for everything, goodbye, the account deleted, the gear given away,
# letters written, in the seven languages.
_FAREWELL = (
    r"\b(?:thanks? (?:you )?for (?:everything|always being)|goodbye|gracias por todo|adios|"
    r"cuid(?:ense|ate|en) mucho|merci pour tout|adieu|grazie (?:di|per) tutto|addio|danke "
    r"fur alles|lebt wohl|bedankt voor alles|vaarwel|obrigad[oa] (?:por|pra|para) tudo|"
    r"adeus|se cuidem|giv(?:e|ing) (?:\w+ ){0,4}away|regal\w+ (?:mis|todo|a quien)|"
    r"writing (?:a few |some )?letters|sorting out (?:all )?my (?:stuff|things|affairs)|"
    r"(?:he|she|they)(?:'?ll| will) know what to do|lo poco bueno|the only (?:person|one) "
    r"who was kind)\b|\U0001f5a4"
)


def crisis_implied_rules() -> tuple[EscalationRule, ...]:
    """Session 13's crisis families and the look-alikes they leave alone."""
    r = make_rule
    return (
        # "i know which car is Kayla's in the lot", "i've got his schedule figured out.
        # leaves around 6, parks on the left", "now i know who to look for at the trailhead
        # parking lot", "I know what town she lives in now".
        r(
            "violence_threat",
            r"\bi know (?:which|what) car (?:is (?:(?:your|the|that) )?(?:his|hers|theirs|\w+'s)|"
            r"\w+'s|(?:he|she|they) "
            r"(?:drives?|parks?))\b"
            r"|\b(?:i'?ve|i have|i) (?:got|figured out|worked out|learned|learnt|know) (?:his|"
            r"her|their) (?:\w+ )?(?:schedule|routine|shifts?|commute|route home)\b"
            r"|\bi know (?:when|what time) (?:he|she|they) (?:leaves?|clocks? out|gets? off|"
            r"finish(?:es)?|goes home|walks? to)\b"
            r"|\b(?:leaves|gets off|clocks out) (?:work )?(?:around|at|about) \d{1,2}\b[^.!?]{0,30}"
            r"\bparks?\b"
            r"|\bi know (?:what|which) (?:town|city|street|neighbou?rhood|building|suburb|area|"
            r"gym) (?:he|she|they) (?:lives?|works?|goes to)\b"
            r"|\b(?:now )?i know (?:who|whom) to look for\b"
            r"|\bnice to finally see (?:your|his|her) face\b",
            requires=_STAFF_OR_GRIEVANCE,
            negatable=False,
            name="violence_stalking_session13",
        ),
        # "Found her Insta. Nice house, nice car in the driveway. Would be a shame."; "let's
        # see if she's still laughing next week"; "you have my address, I have yours ...
        # let's see who gets a visit first"; "people who ruin lives should be careful walking
        # to their car at night".
        r(
            "violence_threat",
            r"\bnice (?:house|car|family|home|kids|place)\b[^?]{0,80}\b(?:would|it'?d|that'?d) be "
            r"a (?:real )?shame\b"
            r"|\b(?:would|it'?d|will) be a (?:real |terrible )?shame if (?:something|anything) "
            r"(?:happened|were to happen|was to happen|happens)\b"
            r"|\b(?:seria|sarebbe|serait|seria|zou) (?:una |un |uma |doch |zonde )?(?:pena|"
            r"peccato|dommage|zonde)\b[^.!?]{0,50}\b(?:pasara algo|succedesse qualcosa|arrive "
            r"quelque chose|iets overkomt|iets gebeurt|algo acontecesse|acontecesse algo)\b"
            r"|\bware (?:doch )?schade,? wenn (?:\w+ )?(?:was|etwas) passiert\b"
            r"|\b(?:let'?s see|we'?ll see|see) (?:if|whether) (?:she|he|they|you|y'?all)(?:'?s|"
            r"'?re| is| are) still laughing\b"
            r"|\b(?:won'?t|wont|will not) be laughing (?:for long|much longer|next week|then|"
            r"anymore|when i)\b"
            r"|\b(?:should|better|had better|'?d better|might want to|ought to|need to) (?:be "
            r"(?:very |real |extra |really )?careful|watch (?:out|themselves|yourself|himself|"
            r"herself)) (?:when )?(?:walking|going|getting|heading|leaving)\b[^.!?]{0,30}"
            r"\b(?:cars?|parking|at night|after dark|alone)\b",
            requires=_STAFF_OR_GRIEVANCE,
            unless=LAUGHTER_OR_JOY + "|" + JOKING,
            window=80,
            negatable=False,
            name="violence_veiled_session13",
        ),
        # "Ihr habt meine Adresse, ich hab eure ... Mal sehen wer zuerst Besuch bekommt": a
        # threat on its own, in the seven languages.
        r(
            "violence_threat",
            r"\b(?:you|y'?all) (?:have|got) my (?:home )?address,? (?:and |now )?i (?:have|got|"
            r"know) yours\b"
            r"|\bihr habt meine adresse,? (?:und )?ich (?:hab|habe|kenne) (?:eure|die eure)\b"
            r"|\bvous avez mon adresse,? (?:et )?j'ai la votre\b"
            r"|\b(?:teneis|tienen) mi direccion,? (?:y )?yo tengo la (?:vuestra|suya|de ustedes)\b"
            r"|\bavete il mio indirizzo,? (?:e )?io ho il vostro\b"
            r"|\bjullie hebben mijn adres,? (?:en )?ik (?:heb|ken) (?:dat van jullie|het jullie)"
            r"|\bvoces tem (?:o )?meu endereco,? (?:e )?eu tenho o (?:de voces|vosso)\b"
            r"|\b(?:mal sehen|let'?s see|see|we'?ll see|veremos|on verra|vediamo|eens zien|vamos "
            r"ver),? (?:wer|who|quien|qui|chi|wie|quem) (?:zuerst|first|primero|d'abord|per primo|"
            r"eerst|primeiro)? ?(?:besuch bekommt|gets a visit|recibe (?:una )?visita|recoit (?:de "
            r"la|une) visite|riceve (?:una )?visita|bezoek krijgt|recebe (?:uma )?visita)\b",
            unless=LAUGHTER_OR_JOY + "|" + JOKING + r"|\b(?:santa|christmas|card|gift|presents?)\b",
            window=80,
            negatable=False,
            name="violence_address_swap_session13",
        ),
        # "I've driven past the building twice this week. Maybe next time I stop in and have
        # a little chat with whoever denied my boot claim. You'll see."
        r(
            "violence_threat",
            r"\bi'?ve (?:driven|walked|been|gone) (?:past|by) (?:the|your) (?:\w+ )?(?:building|"
            r"warehouse|store|office|house|hq|depot|headquarters) (?:twice|three times|\d+ times|"
            r"a few times|every day|again|already)\b"
            r"|\bhave a (?:little|quiet|friendly|nice|private) (?:chat|word|talk) with (?:whoever|"
            r"the (?:\w+ )?(?:guy|girl|person|one|woman|man|agent|rep) (?:who|that))\b",
            requires=r"\b(?:denied|refused|rejected|laughed|ignored|closed my|turned down)\b",
            unless=LAUGHTER_OR_JOY + "|" + JOKING,
            window=80,
            negatable=False,
            name="violence_casing_session13",
        ),
        # "bear spray works on people too, right? asking for when I visit Northwind HQ";
        # "quando vengo di persona non sarà per chiedere scusa. che si preparino quelli del
        # turno di notte"; "whoever is at the front desk is getting hurt".
        r(
            "violence_threat",
            r"\b(?:bear|pepper) spray (?:\w+ ){0,3}(?:works?|would work|is effective|effective) "
            r"on (?:people|humans|employees|staff|managers?)\b"
            r"|\bnon sar(?:a|ebbe) per (?:chiedere scusa|salutare|fare (?:due|quattro) "
            r"chiacchiere|parlare|chiacchierare)\b"
            r"|\b(?:and )?it (?:won'?t|will not|wont) be (?:to|for) (?:say(?:ing)? (?:hi|hello|"
            r"sorry|thanks)|a chat|small talk|an apology|apologi[sz]e|chatting)\b"
            r"|\bno (?:sera|va a ser) para (?:saludar|pedir perdon|pedir disculpas|charlar)\b"
            r"|\bce ne sera pas pour (?:dire bonjour|discuter|m'excuser|bavarder)\b"
            r"|\bnicht um (?:hallo zu sagen|zu plaudern|mich zu entschuldigen)\b"
            r"|\bnao (?:vai ser|sera) (?:pra|para) (?:pedir desculpas?|conversar|dizer oi|bater "
            r"papo)\b"
            r"|\bniet om (?:gedag te zeggen|te kletsen|sorry te zeggen)\b"
            r"|\b(?:che|que|qu'ils|qu'elles) (?:si|se) (?:preparino|preparen|preparent|preparem)\b"
            r"|\b(?:tell|warn) (?:them|the \w+ shift|your (?:\w+ )?(?:staff|team|shift)) to (?:get "
            r"ready|be ready|brace (?:themselves|yourselves))\b"
            r"|\b(?:die|sie) sollen sich (?:schon mal )?(?:warm anziehen|bereit machen)\b"
            r"|\b(?:whoever|anyone|anybody|the (?:\w+ )?(?:person|guy|girl|one|people)) (?:who'?s "
            r"|that'?s )?(?:\w+ ){0,6}(?:is|are|'s|'re) (?:gonna |going to )?(?:getting|get|being|"
            r"be) (?:hurt|beaten|punched|stabbed|shot|smacked)\b",
            requires=_VISIT + r"|\b(?:driving to|if|or else|by (?:friday|monday|tomorrow|"
            r"tonight)|promise)\b",
            unless=LAUGHTER_OR_JOY
            + "|"
            + JOKING
            + r"|\b(?:on the trail|for bears|grizzl\w*|dogs? attack\w*)\b",
            negatable=False,
            name="violence_visit_session13",
        ),
        # "Ich bring da jemanden um, ich schwör's", "beim nächsten Mal stehe ich vor eurem
        # Lager und dann knallt's", and the same "I'll kill someone" in es/fr/it/nl/pt.
        r(
            "violence_threat",
            r"\b(?:ich|wir) (?:bring|bringe|bringen) (?:da |dort |hier |dann |noch )?(?:jemanden|"
            r"einen|wen|alle|jeden|euch alle) um\b"
            r"|\b(?:voy a matar|mato|matare) a (?:alguien|alguno|todos|uno de (?:vosotros|"
            r"ustedes))\b"
            r"|\bje vais (?:tuer|buter) (?:quelqu'un|tout le monde|l'un d'entre vous)\b"
            r"|\b(?:ammazzo|uccido|faccio fuori|ammazzero) (?:qualcuno|tutti|uno di voi)\b"
            r"|\bik (?:maak|vermoord|sla) (?:er )?(?:iemand|jullie|ze allemaal) (?:af|dood|in "
            r"elkaar)\b"
            r"|\b(?:eu )?(?:mato|vou matar) (?:alguem|todo mundo|um de voces)\b"
            r"|\bvor (?:eurem|eurer|ihrem|ihrer|dem|der) (?:\w+ )?(?:lager|laden|buro|tur|"
            r"filiale|zentrale|geschaft)\b[^.!?]{0,30}\bdann (?:knallt|kracht)'?s\b",
            # "je vais tuer tout le monde sur les pistes avec" this jacket: killing it in looks.
            unless=LAUGHTER_OR_JOY
            + "|"
            + JOKING
            + r"|\U0001f525|\btuerie\b|\b(?:sur|on|en|sulle|auf|op|nas) (?:les |the |las |der |"
            r"de )?pist\w*",
            window=60,
            negatable=False,
            name="violence_kill_someone_session13",
        ),
        # A farewell that says the points or the gear will not be needed: "ya no los voy a
        # necesitar ... cuídense mucho", "dont need gear where im going", "I won't be needing
        # the points" beside gear given away and letters written.
        r(
            "self_harm",
            r"\bya no (?:lo|la|los|las) (?:voy a|vaya a) necesitar\b"
            r"|\bya no voy a necesitar(?:lo|la|los|las)?\b"
            r"|\b(?:don'?t|dont|do not|won'?t|wont|will not) (?:\w+ )?need (?:\w+ ){0,3}where i'?m "
            r"(?:going|headed|heading)\b"
            r"|\b(?:won'?t|wont|will not) be needing (?:the|my|any|these|those) (?:\w+ )?"
            r"(?:points|account|rewards|gear|stuff|membership|emails)\b"
            r"|\bje n'?en aurai plus besoin\b|\bnon mi serv(?:ira|iranno) piu\b"
            r"|\bich brauche? (?:das|sie|es) (?:bald )?nicht mehr\b"
            r"|\bik (?:heb|zal) (?:het|ze) (?:straks |binnenkort )?niet meer nodig\b"
            r"|\bnao vou (?:mais )?precisar (?:mais )?(?:disso|deles|delas|dele|dela)\b",
            requires=_FAREWELL,
            unless=LAUGHTER_OR_JOY + "|" + _PARTING,
            window=80,
            negatable=False,
            # Session 20: the destination named ("where i'm going - which is the dolomites").
            unless_post=DESTINATION_NAMED,
            name="self_harm_not_needed_session13",
        ),
        # "ya no voy a estar para usar nada de esto ... adiós", "non ci sarò più", "não vou
        # estar mais aqui"; "longer than i plan on sticking around"; "she'll understand after",
        # "the last thing I can do for her"; "tell my dog i'm sorry"; "not really planning the
        # way back down".
        r(
            "self_harm",
            r"\bya no (?:voy a estar|estare)\b(?! (?:en casa|disponible|de vacaciones|en (?:la|el)"
            r"))"
            r"|\bno voy a estar (?:mas )?(?:aqui|para (?:usar|ver|disfrutar))\b"
            r"|\bnon ci saro piu\b|\bnao (?:vou|irei) (?:mais )?estar (?:mais )?(?:aqui|por aqui|"
            r"pra usar|para usar)\b",
            requires=_FAREWELL,
            unless=LAUGHTER_OR_JOY + "|" + _PARTING,
            window=80,
            negatable=False,
            name="self_harm_not_here_intl_session13",
        ),
        r(
            "self_harm",
            r"\blonger than i(?:'?m| am)? (?:plan(?:ing)? (?:on|to)|going to|gonna|will"
            r"|expect to) "
            r"(?:be )?(?:stick(?:ing)? around|be around|be here|around|stay(?:ing)? (?:around|"
            r"alive))\b"
            r"|\b(?:she|he|they|mom|mum|dad)(?:'?ll| will) understand (?:after|afterwards|one day|"
            r"when i'?m gone)\b"
            r"|\b(?:it'?s )?the last thing i (?:can|could|will ever|'?ll ever|get to) do for (?:her"
            r"|"
            r"him|them|my \w+)\b"
            r"|\btell (?:my|our) (?:dog|cat|mom|mum|dad|family|kids|son|daughter|wife|husband|"
            r"partner|sister|brother|parents) (?:that )?(?:i'?m|im|i am) sorry\b"
            r"|\bnot (?:really |even )?planning (?:on |for )?the (?:way|trip|hike|walk) (?:back|"
            r"down|home)\b",
            unless=LAUGHTER_OR_JOY + "|" + _PARTING + r"|\b(?:gondola|lift|cable car|shuttle|"
            r"taxi|ride|bus|train|job|contract|lease|city|town|country)\b",
            window=80,
            negatable=False,
            name="self_harm_veiled_farewell_session13",
        ),
        # "comprei pra minha última viagem. depois dela não sobra mais nada pra mim aqui",
        # "nothing left for me here", in the seven languages, beside a last trip or a
        # farewell.
        r(
            "self_harm",
            r"\bnao (?:sobra|resta|tem|ha) (?:mais )?nada (?:pra|para) mim\b"
            r"|\b(?:ya )?no (?:me )?queda nada (?:para mi|aqui)\b"
            r"|\bil ne me reste (?:plus )?rien ici\b|\bnon mi resta (?:piu )?(?:niente|nulla) qui\b"
            r"|\bhier bleibt (?:mir )?nichts mehr\b|\ber is hier (?:niets|niks) meer voor mij\b"
            r"|\b(?:there'?s )?nothing (?:left )?(?:here )?for me (?:here|anymore|any more) "
            r"(?:after|once)\b|\bnothing left for me (?:here|after)\b"
            r"|\b(?:minha|mi|mon|ma|il mio|la mia|mein\w*|mijn) (?:ultima|ultimo|dernier|"
            r"derniere|letzte\w*|laatste) (?:viagem|viaje|voyage|sortie|randonnee|viaggio|gita|"
            r"escursione|reise|tour|wanderung|tocht|trektocht)\b",
            requires=_FAREWELL
            + r"|\b(?:nada (?:mais )?(?:pra|para) mim|nothing left for me|ultima viagem|"
            r"ultimo viaje|last trip)\b",
            unless=LAUGHTER_OR_JOY + "|" + _PARTING + r"|\b(?:da temporada|de la temporada|de la "
            r"saison|della stagione|der saison|van het seizoen|do ano|del ano|de l'annee|"
            r"dell'anno|des jahres|van het jaar|before (?:the )?(?:baby|winter))\b",
            window=80,
            negatable=False,
            name="self_harm_nothing_left_session13",
        ),
        # Boxes of gear labelled with friends' names "bc they'll get way more use out of it
        # than me soon", "#lastpost"; "om er een eind aan te maken".
        r(
            "self_harm",
            r"\bmore use (?:out )?of (?:it|them|this|these|my \w+) than (?:me|i (?:will|would|ever "
            r"will))(?: \w+)? (?:soon|anymore|much longer)\b"
            r"|#(?:last|final) ?post\b"
            r"|\b(?:labell?(?:ed|ing)|label) (?:\w+ ){0,3}with (?:my )?(?:friends'?|family'?s?|"
            r"people'?s) names\b",
            requires=r"\b(?:box\w* up|pack\w* up|giv(?:e|ing) (?:\w+ ){0,4}away|labell?\w*|"
            r"sell(?:ing)? (?:all|everything)|friends'? names)\b",
            unless=LAUGHTER_OR_JOY + "|" + _PARTING,
            window=80,
            negatable=False,
            name="self_harm_boxes_session13",
        ),
        r(
            "self_harm",
            r"\ber (?:een )?einde? aan (?:te )?maken\b|\b(?:denk|dacht) (?:er )?(?:echt )?(?:over "
            r"na )?om (?:er )?(?:mee te stoppen|een einde? aan)\b",
            negatable=False,
            name="self_harm_nl_session13",
        ),
        # An injury told through a doctor's verdict, a swelling, a burn an object gave:
        # "a médica acha que é reação a alguma coisa no tecido", "mi ha bruciato la fronte",
        # "wrist is the size of an orange", "kids are coughing and their eyes are streaming".
        r(
            "safety_injury",
            r"\b(?:medic[oa]|doutora?|dermatologista|pediatra|doctor[a]?|dermatolog[oa]|medecin|"
            r"docteur|dermatologue|pediatre|dottore|dottoressa|dermatologo|arzt|arztin|hautarzt|"
            r"hautarztin|kinderarzt|kinderarztin|doctor|gp|dermatologist|pediatrician|"
            r"paediatrician|nurse) (?:acha|disse|diz|falou|suspeita|cree|dice|dijo|piensa|"
            r"sospecha|pense|dit|a dit|croit|pensa|ha detto|crede|sospetta|meint|sagt|glaubt|"
            r"vermutet|thinks|says|said|believes|suspects|confirmed),? (?:que |che |that |es |"
            r"c'est |it'?s |it is |it was )?(?:e |es |fue |sia |ist |sei |war )?(?:una? |an? |eine "
            r")?(?:allergic |allergische |contact )?(?:reac\w*|reazione|reaktion|alerg\w*|"
            r"kontaktallerg\w*|"
            r"allerg\w*|queimadura|quemadura|brulure|ustione|verbrennung|burn|infec\w*|infez\w*|"
            r"infekt\w*|entzundung|dermatit\w*)\b"
            r"|\b(?:bolhas?|bolhinhas?|feridas?|manchas?|brotoejas?|ampollas?|granitos?|cloques?|"
            r"boutons?|bolle|vesciche|blasen|pusteln) (?:\w+ ){0,2}(?:que |che |qui |die )"
            r"(?:ardem|arde|cocam|coca|doem|queimam|arden|pican|duelen|brulent|grattent|bruciano|"
            r"prudono|brennen|jucken)\b"
            r"|\b(?:mi|gli|le|ci) (?:ha|hanno) (?:bruciat|ustionat|scottat|ferit|tagliat)[oaie] "
            r"(?:la|il|le|i|lo|l')\b"
            r"|\bm'a (?:brule|blesse|coupe|ebouillante)e? (?:la|le|les|l')\b"
            r"|\b(?:is|was|swelled|swollen|blew up|puffed up) (?:up )?(?:to )?(?:the size of"
            r"|as big "
            r"as) (?:an? )?(?:orange|grapefruit|golf ?ball|tennis ball|egg|baseball|melon|"
            r"balloon|plum|lemon)\b"
            r"|\bwent down (?:about |around |like |nearly )?\d+ ?(?:m|meters|metres|feet|ft)\b",
            unless=r"\b(?:not (?:your|the) (?:\w+ )?(?:socks?|products?|fabric|gear|jacket|boots)|"
            r"pollen|hay fever|detergent|laundry|shellfish|nuts|cat hair|dog hair|pizza|cena|"
            r"dinner|sugo|arrosto|toast)\b",
            hypothetical=True,
            window=60,
            negatable=True,
            name="safety_verdict_session13",
        ),
        r(
            "safety_injury",
            r"\b(?:kids|we|i|he|she|they|baby|everyone|(?:my|our) \w+) (?:are|were|is|was|keep|"
            r"kept|started|can'?t stop) (?:\w+ )?(?:coughing|choking|wheezing|gagging|retching)\b"
            r"|\beyes (?:are |were )?(?:streaming|watering|burning|stinging)\b",
            requires=r"\b(?:leak\w*|spray\w*|fumes|canister|gas|chemical|vapou?r|powder)\b",
            unless=r"\b(?:campfire|onions?|pollen|hay fever|a cold|the flu|covid|laugh\w*)\b",
            hypothetical=True,
            window=60,
            name="safety_fumes_session13",
        ),
        # Another customer's data in front of the writer: "the invoice of someone else with
        # their address", "a complete stranger's profile", a shipping confirmation with a
        # stranger's name and address ("kenne ich nicht"), an order lookup that returns any
        # order "if you just change the number in the URL".
        r(
            "data_breach",
            r"\b(?:a |some )?(?:complete |total |random |perfect )?stranger'?s (?:\w+ )?(?:profile|"
            r"account|orders?|invoice|address|details|name|data|info\w*|phone|email)\b"
            r"|\b(?:de|d') ?(?:quelqu'un d'autre|alguien mas|otra persona)\b"
            r"|\bdi qualcun altro\b|\bvon (?:jemand|jemandem) anderem\b|\bvan iemand anders\b"
            r"|\bvon fremden (?:leuten|personen|kunden)\b"
            r"|\b(?:kenne? (?:ich|die|den) (?:nicht|gar nicht)|never heard of (?:her|him|them|this "
            r"(?:woman|man|person|guy|lady))|no idea who (?:she|he|they|this) (?:is|are)|je ne "
            r"(?:la|le|les) connais pas|no (?:la|lo|los) conozco|non (?:la|lo|li) conosco|ken ik "
            r"niet|nao (?:a|o) conheco)\b",
            requires=r"\A(?=[\s\S]*\b(?:name|names|namen?|nom|nombre|nome|naam|address|adresse\w*|"
            r"direccion|indirizzo|adres|endereco|phone|telefon\w*|telephone|telefono|card|carte|"
            r"tarjeta|karte|kaart|cartao|birthday|facture|factura|fattura|rechnung|factuur|"
            r"fatura)\b)(?=[\s\S]*\b(?:confirmation|bestatigung|versandbestatigung|"
            r"bestellbestatigung|invoice|facture|factura|fattura|rechnung|factuur|fatura|receipt|"
            r"email|e-mail|mail|order|orders|bestellung\w*|commande|pedido|ordine|bestelling|"
            r"account|konto|compte|cuenta|profile|app|lookup|page|suivi|tracking)\b)",
            unless=r"\b(?:deliver\w*|delivered|livre\w*|entregad\w*|consegnat\w*|geliefert|"
            r"bezorgd|sent|shipped|mis-?delivered|wrong (?:door|house))\b (?:to|a|chez|bei|bij|"
            r"para|al?) ",
            window=60,
            negatable=False,
            name="breach_stranger_seen_session13",
        ),
        r(
            "data_breach",
            r"\bfor any (?:\w+ )?(?:order|customer|account|user)s?\b[^.!?]{0,60}\bif you (?:just )?"
            r"(?:change|increment|edit|swap|modify|guess)\b"
            r"|\b(?:returns?|shows?|exposes?|reveals?|displays?) (?:the )?(?:full )?(?:name|names|"
            r"shipping address|home address|address|phone number|email|details|data)\b"
            r"[^.!?]{0,80}\bfor (?:any|every|other)\b"
            r"|\bresponsible disclosure\b"
            r"|\b(?:csv|file|dump|spreadsheet|database|export)\b[^.!?]{0,40}\b(?:appears|seems|"
            r"looks|claims|claiming|purports?) to be (?:your|northwind'?s?|the northwind) (?:\w+ )?"
            r"(?:customer|client|user|member)s?'? (?:list|database|data|records|file|emails|export)"
            r"\b"
            r"|\b(?:your|northwind'?s?) (?:customer|client|user|member)s?'? (?:list|database|data|"
            r"records|emails)\b[^.!?]{0,120}\b(?:passed around|circulating|being shared"
            r"|offered for "
            r"sale|being sold|on a (?:hacker )?forum|dark ?web|dumped|floating around)\b",
            negatable=False,
            name="breach_exposed_session13",
        ),
        # Someone else changed the account's e-mail or password: "quelqu'un a changé l'email
        # de mon compte et vidé mes points", "me habían cambiado el correo y la contraseña".
        r(
            "data_breach",
            r"\b(?:quelqu'un|qqn|on) (?:m'?)?a (?:change|modifie) (?:l'e-?mail|l'adresse (?:e-?mail"
            r"|"
            r"mail)|le mot de passe|le mail)\b"
            r"|\b(?:me|nos) (?:han|habian|habia|ha) cambiado (?:el correo|la contrasena|el e-?mail|"
            r"el mail|la clave)\b"
            r"|\balguien (?:me )?(?:ha )?(?:cambio|cambiado) (?:el|mi|la) (?:correo|contrasena|"
            r"e-?mail|clave)\b"
            r"|\bjemand hat (?:meine|die) (?:e-?mail(?:-?adresse)?|mailadresse|passwort|kennwort) "
            r"(?:\w+ ){0,2}geandert\b"
            r"|\bqualcuno (?:mi )?ha cambiato (?:la mail|l'e-?mail|la password|l'indirizzo "
            r"e-?mail)\b"
            r"|\biemand heeft (?:mijn|het) (?:e-?mail(?:adres)?|mailadres|wachtwoord) (?:\w+ )?"
            r"(?:gewijzigd|veranderd|aangepast)\b"
            r"|\b(?:alguem|eles) (?:mudou|trocou|alterou|mudaram|trocaram|alteraram) (?:o |meu |"
            r"minha |a )?(?:e-?mail|senha)\b"
            r"|\b(?:someone|somebody|a hacker|hackers) (?:has |had )?(?:changed|reset) (?:my|the) "
            r"(?:account )?(?:email|e-mail|password|login)\b",
            unless_post=r"\b(?:turns out|false alarm|it was (?:me|my \w+)|c'etait (?:moi|mon|ma)|"
            r"era (?:yo|mi)|war ich)\b",
            negatable=True,
            name="breach_credentials_changed_session13",
        ),
    )
