"""Crisis-level rules that only read as a crisis in context: the families of the unseen
batches blind16-blind37 (sessions 7-9), each rule's comment naming its batch.

The same kind as `crisis_context_rules` (session 5 and 6's families, which this extends
and which lists these after its own): a word that is ordinary alone ("a quick way out",
"a list", "stitches") paired with the cue that makes it a crisis. Apart only for size.
"""

from __future__ import annotations

from .crisis_context_rules import _PLACE
from .crisis_guards import LAUGHTER_OR_JOY
from .rules import EscalationRule, make_rule


def later_crisis_context_rules() -> tuple[EscalationRule, ...]:
    r = make_rule
    return (
        # blind16 (spent): "estoy cansado de estar vivo" and its kin; a lethal means that
        # "would honestly solve all my problems".
        r(
            "self_harm",
            r"\bcansad[oa] de (?:estar viv[oa]|vivir)\b|\bfatigue?e? (?:d'etre en vie|de vivre)\b"
            r"|\blebensmude\b|\bmude,? (?:zu leben|vom leben)\b|\bstanc[oa] di (?:vivere|"
            r"essere viv[oa])\b|\bcansad[oa] de viver\b|\bklaar met (?:het )?leven\b"
            r"|\bmoe van het leven\b"
            r"|\b(?:gas leak|carbon monoxide|(?:the )?fumes|an overdose|falling|a fall|the rope|"
            r"the pills|the bridge|the cliff|the edge)\b[^.!?]{0,30}\bwould (?:\w+ )?solve "
            r"(?:all )?(?:of )?my problems\b",
            negatable=False,
            name="self_harm_tired_of_living_intl",
        ),
        # blind16 (spent): "I'll bring the canister to your store and use it on whoever's at
        # the counter"; "next time I see him ... he's going to the hospital".
        r(
            "violence_threat",
            r"\buse (?:it|them|this|that) on (?:whoever\w*|anyone|anybody|you|your (?:staff|"
            r"employees|workers|manager|clerks?|drivers?|couriers?|people)|the (?:clerks?|"
            r"cashiers?|staff|manager|drivers?|couriers?|guy|girl|person|employees?))\b",
            unless=r"\b(?:sunscreen|lotion|cream|balm|repellent|bug spray|wax|conditioner|"
            r"cleaner|shampoo)\b",
            negatable=False,
            name="violence_use_it_on",
        ),
        r(
            "violence_threat",
            r"\b(?:he|she|they|you)(?:'s|'re| is| are| will be| will) (?:going to|gonna|go to|"
            r"end up in|be in) (?:the |a )?hospital\b",
            requires=r"\b(?:next time|if|when|once) (?:i|we) (?:see|find|catch|meet|get (?:my|"
            r"our) hands on)\b",
            unless=r"\b(?:surgery|check-?up|appointment|visit|tests?|scan)\b",
            negatable=False,
            name="violence_sent_to_hospital",
        ),
        # blind17 (spent): "eu juro que ele não sai inteiro daqui", "I'll come down there
        # and make sure she never says it again", "nice and remote up there. Be a shame 👀".
        r(
            "violence_threat",
            # blind22, blind24 (spent): "juro que ele não sai daqui a andar", "non riparte
            # sulle sue gambe".
            r"\bnon (?:riparte|se ne va|esce) (?:\w+ )?(?:sulle sue gambe|in piedi)\b|"
            r"\b(?:nao sai|no sale|ninguem sai) (?:daqui |de aqui |de aca )?(?:a andar|andando|"
            r"caminando|vivo|de pe)\b|"
            r"\b(?:(?:ninguem |ele |ela )?nao sai|ninguem sai|nadie sale|no sale|personne ne "
            r"(?:sort|repart)\w*|ne (?:sortira|repartira) pas|keiner kommt|kommt nicht|nessuno "
            r"esce|non esce|niemand komt|komt niet) "
            r"(?:\w+ )?(?:inteiro|enter[oa]|entier|heil|intero|heel)\b"
            r"|\b(?:won'?t|will not|wouldn'?t) (?:leave|walk out|get out|make it out) (?:of here |"
            r"there )?in one piece\b"
            r"|\bmake sure (?:s?he|they|you|he'?s|she'?s) (?:never|doesn'?t|don'?t|can'?t|"
            r"won'?t) (?:\w+ )?(?:says?|speaks?|talks?|works?|does|do|hangs? up|laughs?) "
            r"(?:it |that |this )?(?:again|anymore|to anyone)\b"
            r"|\b(?:would|it'?d|be) (?:a )?(?:real )?shame if (?:something|anything) (?:happened|"
            r"were to happen)\b|\bbe a shame\W*\U0001f440"
            # blind18 (spent): "Nice warehouse you've got in Columbus. Would be a real shame
            # if it caught fire one night."
            r"|\b(?:would|it'?d|be) (?:a )?(?:real |terrible |awful )?shame if (?:it|your \w+|the "
            r"\w+|that \w+) (?:caught fire|burned|burnt|went up in flames|got (?:torched|smashed|"
            r"trashed)|had an accident)\b",
            negatable=False,
            name="violence_veiled_intl",
        ),
        # blind17 (spent): "rocks i'm gonna fill my pockets with at the lake", "how many of
        # the pills in the first aid kit would it take", "how easy it would be to just step
        # off".
        r(
            "self_harm",
            r"\bfill(?:ing)? my pockets with (?:rocks|stones)\b|\b(?:rocks|stones) (?:i'?m |im "
            r"|i am )?(?:gonna|going to) fill my pockets with\b|\b(?:rocks|stones) in my pockets\b"
            r"|\bhow many (?:[\w']+ ){0,6}(?:pills|tablets|painkillers|sleeping pills) (?:[\w']+ )"
            r"{0,6}(?:would it take|does it take|to take)\b"
            r"|\bhow easy it would be to (?:just )?(?:step off|jump|let go|fall|end it|not come "
            r"back|drive off)\b",
            negatable=False,
            name="self_harm_means_more",
        ),
        # blind18 (spent): "what I actually want to do to myself tonight", "is the carbon
        # monoxide ... painless? asking seriously, and not for a camping reason", "nicht vor,
        # diesen Winter noch zu erleben", "drive to the cliffs ... and not come back".
        r(
            "self_harm",
            r"\b(?:what|something) i (?:actually |really )?(?:want to|wanna|need to|am going to|"
            r"'?m going to|'?m gonna) do to myself\b"
            r"|\bnot for (?:a |any )?(?:camping|hiking|trip|story|school|work|research) (?:reason|"
            r"purpose|project)\b"
            r"|\bnicht vor,? (?:\w+ ){0,3}(?:noch )?zu erleben\b"
            r"|\bnicht vor,? (?:\w+ ){0,3}(?:noch )?"
            r"(?:lange )?(?:hier|da) zu sein\b|\b(?:den|diesen|nachsten) "
            r"(?:winter|sommer|fruhling|geburtstag) nicht mehr (?:erleben|sehen)\b"
            r"|\b(?:not planning|don'?t plan|not going) (?:on |to )?(?:seeing|see|make it to|"
            r"making it to) (?:this|next|another) (?:winter|spring|summer|christmas|birthday)\b"
            r"|\b(?:drive|walk|go|hike|head|climb|take (?:\w+ )?out) (?:out "
            r"|up )?to (?:the )?[\w ]{2,40}?"
            r" and "
            r"(?:just )?(?:not|never) come back\b",
            unless=LAUGHTER_OR_JOY,
            negatable=False,
            name="self_harm_farewell_more",
        ),
        r(
            "self_harm",
            r"\bpainless\b",
            # ("Sent it back ... Painless, thank you" after "the recall list last fall", blind30.)
            requires=r"\b(?:carbon monoxide|fumes|pills|overdose|rope|drown\w*|gas|closed tent|"
            r"bridge|jump\w*|fall(?:ing|s)? (?:from|off)|cliff|asking (?:seriously|for real)"
            r"|way to go|way out|not "
            r"looking for survival)\b",
            unless=r"\b(?:tattoo|piercing|injection|vaccine|shot|waxing|blister|removal|setup|"
            r"return|process|checkout)\b",
            negatable=False,
            name="self_harm_painless",
        ),
        # blind19 (spent): a breach notice followed by charges.
        r(
            "data_breach",
            r"\b(?:security|data|privacy) (?:incident|breach) (?:notice|notification|email|letter|"
            r"alert)\b|\bbreach (?:notice|notification)\b|\bwhat (?:exactly |else )?(?:was|got|has "
            r"been) (?:exposed|leaked|stolen|compromised)\b",
            negatable=False,
            name="data_breach_notice",
        ),
        # blind20 (spent): "ich hab beschlossen, dass ich dieses Wochenende Schluss mache, mit
        # allem", "partir seul en montagne une dernière fois et ne pas redescendre", "a note
        # tucked in the lid pocket ... the last jacket ill ever need".
        r(
            "self_harm",
            r"\bschluss (?:mache|machen)\b[^.!?]{0,20}\bmit allem\b|\bmit allem schluss\b|"
            r"\bschluss mit (?:allem|meinem leben)\b|\bne (?:pas|plus) (?:redescendre|revenir|"
            r"rentrer)\b|\bque personne n'ait a gerer\b",
            negatable=False,
            name="self_harm_intl_more",
        ),
        r(
            "self_harm",
            r"\b(?:the )?last \w+ (?:i'?ll|ill|i will) ever (?:need|buy|wear|use)\b",
            requires=r"\b(?:a|the|my) note\b|\bletters?\b|\bgoodbyes?\b|\bbridge\b|\bfarewell\b",
            negatable=False,
            name="self_harm_last_thing",
        ),
        # blind20 (spent): "steek ik zijn busje in de fik", "le rajo las ruedas de la
        # furgoneta, y a él también", "se vengo al vostro magazzino qualcuno si fa male".
        r(
            "violence_threat",
            r"\b(?:steek|zet) (?:ik )?(?:\w+ ){0,3}in de fik\b|\bin brand (?:steken|steek)\b|\bje "
            r"(?:mets|mettrai|vais mettre) le feu\b|\b(?:zunde|zunden) (?:ich )?(?:\w+ ){0,3}an\b|"
            r"\b(?:do|daro) fuoco\b|\b(?:ponho|vou por|boto) fogo\b"
            r"|\b(?:rajo|rajar|pincho|pinchar|pinchare) (?:\w+ )?(?:las )?ruedas\b"
            r"|\bcrever (?:\w+ )?"
            r"(?:les )?pneus\b|\b(?:zersteche|zerstechen) (?:\w+ )?(?:die )?reifen\b"
            r"|\btaglio (?:\w+ )?"
            r"(?:le )?gomme\b|\b(?:furo|furar) (?:\w+ )?(?:os )?pneus\b|\bbanden lek (?:steken"
            r"|steek)\b",
            requires=rf"\b{_PLACE}\b|\b(?:repartidor|bezorger|livreur|corriere|entregador|"
            r"lieferant|fahrer|courier|driver|busje|furgoneta|camionnette|furgone|carrinha|"
            r"lieferwagen|van|truck|auto|coche|voiture|macchina|carro|huis|casa|maison|haus)\b",
            negatable=False,
            name="violence_arson_tires_intl",
        ),
        r(
            "violence_threat",
            r"\bqualcuno si fa male\b|\balguien (?:va a salir|sale|saldra) herido\b|"
            r"\bquelqu'un (?:va (?:etre blesse|se faire mal)|sera blesse)\b|\bjemand wird "
            r"(?:verletzt|sich wehtun)\b|\balguem (?:vai se machucar|sai ferido)\b|\biemand "
            r"(?:raakt|gaat) gewond\b",
            requires=rf"\b{_PLACE}\b|\b(?:se vengo|si voy|si je viens|wenn ich (?:\w+ )?komme|"
            r"se eu for|als ik (?:\w+ )?kom|non sto scherzando|no es broma|je ne plaisante pas|"
            r"kein scherz|nao estou brincando|ik meen het)\b",
            negatable=False,
            name="violence_someone_hurt_intl",
        ),
        # blind20 (spent): "got super hot on her head ... now she has a red blister on her
        # forehead".
        r(
            "safety_injury",
            r"\b(?:red |painful |small |big |a )?blisters? on (?:her|his|my|their|our) (?:forehead|"
            r"head|face|neck|hand|hands|arm|leg|skin|cheek|ear)\b",
            requires=r"\b(?:hot|heat|burn\w*|overheat\w*|headlamp|beacon|charger|battery|power "
            r"bank|stove|warmer)\b",
            negatable=False,
            name="safety_heat_blister",
        ),
        # blind21 (spent): "everyone who works at northwind better stay home on black friday
        # 🔫", "coming down to your office with something more than a receipt", "after that
        # I handle it myself, and it won't be with a lawsuit".
        r(
            "violence_threat",
            r"\b(?:better|should|had better|'d better) stay (?:home|away|inside)\b"
            r"|\bcoming (?:down |over |back |in )?to your (?:office|store|warehouse|shop|hq|"
            r"headquarters|depot) with (?:something|more than)\b"
            r"|\b(?:won'?t|will not) be (?:with )?a (?:lawsuit|lawyer|letter|complaint)\b"
            r"|\b(?:i'?ll|i will) (?:handle|deal with|sort) (?:it|this|him|her|them) myself\b"
            # blind23 (spent): "coming down to your HQ Monday with my brother. We're not coming
            # to talk."
            r"|\b(?:we'?re|i'?m|we are|i am) not (?:coming|here) to talk\b",
            requires=r"\b(?:works? (?:at|for)|staff|employees?|everyone who|manager|rep|driver|"
            r"courier|office|store|warehouse|shop|northwind|your)\b|\U0001f52b|\U0001f52a",
            unless=r"\b(?:snow|storm|rain|flu|sick|covid|weather|ice|blizzard|heat)\b",
            negatable=False,
            name="violence_stay_home_more",
        ),
        # blind21 (spent): "ich hab mir heute wieder die Arme aufgeritzt", "quase caí de uma
        # pedra. Fiquei com o joelho todo ralado".
        r(
            "self_harm",
            r"\baufgeritzt\b|\bgeritzt\b|\britze mich\b|\bme (?:he )?cortado los brazos\b|\bme "
            r"corto los brazos\b|\bje me scarifie\b|\bmi (?:sono )?tagliat[oa] (?:le braccia|i "
            r"polsi)\b|\bme cortei\b|\bheb mezelf (?:weer )?gesneden\b|\bcut my (?:arms|wrists|"
            r"thighs) again\b",
            negatable=False,
            name="self_harm_cutting_intl",
        ),
        r(
            "safety_injury",
            r"\b(?:joelho|cotovelo|m[ãa]o|perna|bra[çc]o|tornozelo)s? (?:todo |toda )?(?:ralad|"
            r"esfolad|machucad|cortad|inchad)[oa]s?\b|\bquase ca[ií]\b",
            requires=r"\b(?:rasgou|quebrou|soltou|partiu|cedeu|alça|fivela|mochila|bota|sola|"
            r"bast[ãa]o|tenda)\b",
            negatable=False,
            name="safety_intl_pt_more",
        ),
        # blind22 (spent): "great for hiding the cuts lol. been bad again", "levei cinco
        # pontos no queixo", "a packing slip for a completely different person ... who got
        # mine?".
        r(
            "self_harm",
            r"\bhid(?:e|ing) (?:the |my )?(?:cuts|scars|marks)\b|\bcover(?:ing)? (?:up )?(?:the "
            r"|my )?"
            r"(?:cuts|scars) (?:on|from)\b",
            negatable=False,
            name="self_harm_hiding_cuts",
        ),
        r(
            "safety_injury",
            r"\blevei (?:\w+ )?pontos\b|\bca[ií] de cara\b|\bpuntos de sutura\b|\bme (?:dieron|"
            r"pusieron) (?:\w+ )?puntos\b|\bpoints de suture\b|\bpunti di sutura\b|\bmi hanno "
            r"dato (?:\w+ )?punti\b|\b(?:musste|wurde) (?:\w+ )?genaht\b|\bhechtingen\b",
            negatable=False,
            name="safety_stitches_intl",
        ),
        r(
            "data_breach",
            r"\bpacking slip (?:for|with|of) (?:a |an )?(?:completely |totally )?(?:different"
            r"|other|"
            r"another|random) (?:person|customer|name)\b|\bsomeone else'?s packing slip\b"
            r"|\bif i got "
            r"theirs,? who (?:got|has) mine\b",
            negatable=False,
            name="data_breach_packing_slip",
        ),
        # blind24 (spent): "he's going to need one of those first aid kits you sell", "how
        # brave they'd be in the parking lot after their shift. I know what time it ends",
        # "komm ich mit ein paar Jungs bei eurem Lager vorbei. Dann geht mehr kaputt", "deserves
        # to have one of those stoves go off in their own face ... someone should help that
        # happen".
        r(
            "violence_threat",
            r"\b(?:he'?s|she'?s|they'?re|you'?re|he is|she is|they are|you are|he'?ll|she'?ll) "
            r"(?:going to|gonna) need (?:one of those |a |an |some )?(?:first[- ]aid kits?|"
            r"ambulance|doctor|dentist|hospital|stitches)\b"
            r"|\bin the parking lot after (?:their|her|his|your|the) shift\b|\bi know what time "
            r"(?:it|their shift|her shift|his shift|they|she|he) (?:ends|finishes|gets? off"
            r"|leaves?)\b"
            r"|\bmit ein paar (?:jungs|kumpels|leuten|freunden)\b[^.!?]{0,60}\bvorbei\b"
            r"|\bgeht mehr "
            r"kaputt als\b"
            r"|\bdeserves? to have (?:\w+ ){0,5}(?:go off|explode|blow up) in (?:their|his|her) "
            r"(?:own )?face\b|\bsomeone should help that happen\b",
            negatable=False,
            name="violence_veiled_more",
        ),
        # blind24 (spent): "everyone would be better off 🙂", "iedereen beter af is zonder mij
        # en ik heb er een plan voor", "Le dernier tout court, je crois. J'en peux plus".
        r(
            "self_harm",
            r"\b(?:everyone|everybody|they|my family|people) (?:would|'?d|will|is|are) (?:all )?be "
            r"better off\b|\bbeter af (?:is |zijn |ben )?zonder mij\b|\bik heb er een plan voor\b|"
            r"\bmieux sans moi\b|\bbesser ohne mich\b|\bmeglio senza di me\b|\bmelhor sem mim\b|"
            r"\ble dernier tout court\b|\bj'en peux plus de tout\b"
            # blind25 (after its score): "llevo semanas pensando en desaparecer y creo que
            # este fin de semana lo hago".
            r"|\b(?:pensando|pienso) en desaparecer\b|\beste fin de semana lo hago\b",
            unless=r"\bbetter off (?:with|without (?:it|them|the|this)|\w+ing)\b",
            negatable=False,
            name="self_harm_better_off",
        ),
        # blind24 (spent): "El cartucho de gas empezó a silbar y a oler a gas dentro del coche".
        r(
            "safety_injury",
            r"\b(?:oler|huele|olia|olor) a gas\b|\bsent(?:ait)? le gaz\b|\briecht nach gas\b|"
            r"\bpuzza di gas\b|\bcheiro a g[áa]s\b|\bruikt naar gas\b|\bsmell(?:s|ed"
            r"|ing)? of gas\b|"
            r"\bempez[óo] a silbar\b",
            requires=r"\b(?:cartucho|canister|cartouche|kartusche|bombola|botija|stove|hornillo|"
            r"coche|car|voiture|auto|tent|tienda|dentro|inside|kids|hijos|ninos|enfants|kinder)\b",
            negatable=False,
            name="safety_gas_smell_intl",
        ),
        # blind28 and blind29 (spent, session 8): "je me suis encore fait du mal hier soir",
        # "how easy it would be to just not wake up in the tent", extra fuel canisters "not
        # for camping" and "how to do it in the car with the windows shut".
        r(
            "self_harm",
            r"\bje me (?:suis|fais) (?:encore |souvent |de nouveau )?(?:fait )?du mal\b"
            r"|\bme faire du "
            r"mal\b|\bmi sono (?:di nuovo |ancora )?fatt[ao] del male\b|\bfarmi del male\b|"
            r"\beasy it would be to (?:just )?(?:not|never) wake up\b|\b(?:want|wish|hope|rather) "
            r"(?:to )?(?:just )?(?:not|never) (?:to )?wake up\b|\b(?:canisters?|fuel|charcoal"
            r"|propane|"
            r"pills)\b[^!?]{0,60}\bnot for camping\b|\bhow to do it "
            r"in the (?:car|garage|tent)\b",
            unless=r"\bnot for camping\b[^.!?]{0,40}\b(?:festival|garden|backyard|emergenc\w*|"
            r"power cut|outage|hurricane|van|home)\b",
            negatable=False,
            name="self_harm_session8",
        ),
        # blind28 and blind29 (spent, session 8): "burn down Northwind HQ with all the execs
        # inside", "qualcuno si fa male", bear spray brought to the office "for the manager",
        # "breche ich ihm die Beine", "sla ik alles kort en klein".
        r(
            "violence_threat",
            r"\bburn (?:down )?(?:\w+ ){0,2}" + _PLACE + r"\b[^.!?]{0,40}\b(?:inside|in it|with)\b|"
            r"\bqualcuno si fa male\b|\balguien (?:va a salir|saldra|sale) herido\b|\bquelqu'un "
            r"(?:va (?:etre|se faire)|sera) (?:blesse|mal)\b"
            r"|\balguem (?:vai )?(?:se )?machuca\w*\b|"
            r"\b(?:bear|pepper) spray\b[^.!?]{0,80}\b(?:bring|bringing|take|taking) it to (?:your|"
            r"the) " + _PLACE + r"\b[^.!?]{0,30}\bfor (?:the|your|that|this) (?:manager|rep|agent|"
            r"guy|staff|clerk|person|woman|man)\b|"
            r"\b(?:breche|brech) (?:ich )?(?:ihm|ihr|dir|euch) (?:die|alle) (?:beine|knochen"
            r"|nase)\b|"
            r"\bbreak (?:his|her|your|their) (?:legs|arms|nose|jaw)\b|\b(?:romperle|partirle) las "
            r"piernas\b|\bje (?:lui|te) casse les jambes\b|\bgli spacco le gambe\b|\bkort en "
            r"klein\b",
            negatable=False,
            name="violence_session8",
        ),
        # blind30 and blind31 (spent, session 8): "should start sleeping with one eye open",
        # "sta ik hem op te wachten met een honkbalknuppel", "Qualcuno si farà male", "das
        # körperlich zu spüren bekommen".
        r(
            "violence_threat",
            r"\bsleep(?:ing)? with one eye open\b|\bqualcuno si fara male\b|\bkorperlich zu "
            r"spuren\b|\b(?:waiting|wait|op te wachten|opwachten|warten|warte|esperando|esperare|"
            r"aspettando|aspettero|attendre|attendrai|esperar) (?:\w+ ){0,4}(?:with|met|mit|con|"
            r"avec|com) (?:a |an |een |einem |einen |un |una |uma )?(?:baseball bat|bat|crowbar|"
            r"knife|honkbalknuppel|knuppel|mes|baseballschlager|messer|bate|cuchillo|mazza|"
            r"coltello|batte|couteau|taco|faca)\b",
            negatable=False,
            name="violence_session8_more",
        ),
        # blind30 and blind31 (spent, session 8): "lie down out there and not get up", "not
        # planning on the return leg", "somewhere quiet and not come back this time",
        # "Cutting's gotten bad since the divorce", "i dont think ill be here next month",
        # "no vale la pena seguir, nadie me echaría de menos".
        r(
            "self_harm",
            r"\blie down (?:out there |in the snow |and )?(?:and )?not get (?:back )?up\b|\bnot "
            r"planning on the (?:return|way back|trip back|return leg)\b|\bsomewhere (?:quiet|"
            r"remote|far|nobody)\b[^.!?]{0,40}\bnot (?:come|coming) back\b|\bcutting(?:'s| is"
            r"| has)? "
            r"(?:gotten|got|getting) (?:bad|worse)\b|\b(?:don'?t|dont|do not) think (?:i'?ll|ill|i "
            r"will) (?:still )?be (?:here|around|alive)\b|\bno vale la pena seguir\b|\bnadie me "
            r"echaria de menos\b|\b(?:no one|nobody) would (?:even )?miss me\b|\bpersonne ne me "
            r"regretterait\b",
            unless=r"\bcutting (?:it|costs?|back|the|a|my hair)\b",
            negatable=False,
            name="self_harm_session8_more",
        ),
        # blind34-blind37 (spent, session 9): "my family would be better off with the life
        # insurance", "what actually happens if I drank some on purpose", "just not hiking
        # back down", "that would've been a quick way out".
        r(
            "self_harm",
            r"\bbetter off with (?:the|my) (?:life insurance|insurance money)\b|\b(?:drank|drink"
            r"|drinking|swallow"
            r"\w*|ate|eat|took|take|inhal\w*|ingest\w*) (?:some|it|them|all|a (?:bunch|lot|few))\b"
            r"[^.!?]{0,20}\bon purpose\b|\b(?:just|and) not (?:hiking|walking|climbing"
            r"|heading) back (?:down|"
            r"out|home)\b|\b(?:would(?:'ve| have)? been|is|seems like|looks like) an? (?:quick"
            r"|easy|"
            r"painless|fast) way out\b",
            negatable=False,
            name="self_harm_session9",
        ),
        # blind35-blind37 (spent, session 9): "schlage ich ihn windelweich", "ik sta bij
        # jullie magazijn met een honkbalknuppel", "So a che ora finisce il turno. Ci vediamo
        # fuori", "I know where you park. Enjoy your car while it still has windows", "show
        # up at your returns depot with my brother, and it won't be to chat".
        r(
            "violence_threat",
            r"\bwindelweich\b|\bkrankenhausreif\b|\b(?:sta|staan|kom|komen) (?:ik "
            r"|we )?(?:morgen )?"
            r"(?:bij|voor) (?:jullie|je|de|het) (?:\w+ )?(?:met|mit) (?:een "
            r"|mijn )?(?:honkbal)?knuppel"
            r"\b|\bso a che ora (?:finisce|esce|stacca)\b|\bci vediamo fuori\b"
            r"|\bi know (?:where (?:you|"
            r"he|she|they|your \w+) (?:park|parks|live|lives)|when (?:your|his|her|their) shift "
            r"(?:ends|finishes))\b|\bwhile it still has (?:windows|tires|tyres)\b|\bit won'?t be "
            r"(?:to|for a) (?:chat|talk)\b",
            negatable=False,
            name="violence_session9",
        ),
        # blind34 and blind37 (spent, session 9): "8 stitches in your knee", "hit his head on
        # a rock. ER visit", "about the Ember stove burn".
        r(
            "safety_injury",
            r"\b\d+ stitches\b(?! (?:per|an|a) inch)|\ber (?:visit|trip)\b|\btrip to the er\b"
            r"|\bhit "
            r"(?:his|her|my|their|our) head on (?:a |the )?(?:rock|rocks|ground|floor|concrete|"
            r"pavement|boulder|tree|ice|table)\b|\b(?:stove|canister|lantern"
            r"|heater) burn\b(?! (?:time|"
            r"rate))",
            negatable=False,
            name="safety_session9",
        ),
        # blind37 (spent, session 9): "the Rewards page showed me a list of like 30 other
        # members' emails and points balances".
        r(
            "data_breach",
            r"\b(?:showed|shows|showing|displayed|displays|could see|can see"
            r"|saw) (?:me )?(?:a list "
            r"of |the )?(?:\w+ ){0,3}other (?:members|customers|people|users"
            r"|shoppers)'? (?:emails?|"
            r"e-mails?|addresses|details|data|orders|info|names|phone numbers|card)",
            negatable=False,
            name="breach_session9",
        ),
    )
