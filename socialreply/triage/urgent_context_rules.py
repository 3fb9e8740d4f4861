"""Urgent- and review-level rules for phrasings the spent blind6 batch showed missing.

Press requests that never say "journalist" (a TV segment that wants a comment on camera,
a podcast episode "before we record", a Dutch newsroom asking for "een reactie"),
discrimination told by its insult or its excuse ("go back to your country", "too old for
this pack", comments on the customer's body), a charge the customer never made, a double
debit in the other languages, and role-play injections ("forget you're support", "ab
jetzt bist du ..."). Six languages where a family has an everyday wording in each.
Session 7 added the urgent families of blind16-blind24 (each rule's comment names its
batch): regulators and press segments, illegal refusals, and staff slights on race,
age, disability, gender and couples.
`tests/triage/test_urgent_context_rules.py` holds the look-alikes each must ignore."""

from __future__ import annotations

from .false_friends import SPLIT_PARCELS
from .rules import EscalationRule, make_rule
from .urgent_rules import OFF_DUTY


def urgent_context_rules() -> tuple[EscalationRule, ...]:
    r = make_rule
    return (
        # --- media_inquiry: the outlet and the request, in any order.
        r(
            "media_inquiry",
            r"\b(?:running|doing|filming|recording|airing|producing|making|putting out) (?:a|an) "
            r"(?:\w+ ){0,2}(?:segment|episode|video|story|report|investigation)\b"
            r"|\b(?:last chance|want|like|chance) to (?:comment|give your side|respond on "
            r"camera|send (?:us )?(?:a |your )?statement)\b|\bcomment on camera\b"
            r"|\bgive your side\b"
            r"|\b(?:segment|episode|story|piece|report|investigation|feature|expose) (?:on|about) "
            r"[^.!?]{0,60}\b(?:airs|runs|publishes|goes (?:live|out|to air)|drops|is out)\b"
            r"|\bredactie van\b|\bwerk voor (?:de )?(?:redactie|krant|omroep|nos|rtl)\b"
            r"|\b(?:om )?een reactie (?:te )?vragen\b|\bmaken (?:\w+ ){0,3}een (?:uitzending|"
            r"reportage|item)\b|\bconsumentenprogramma\b"
            r"|\bsono (?:un|una) giornalista\b|\bgiornalista (?:del|della|di|de)\b"
            r"|\bper una dichiarazione\b|\bsto scrivendo un (?:pezzo|articolo)\b"
            r"|\bsou (?:um |uma )?jornalista\b|\bjornalista d[aoe]\b|\bpedir um posicionamento\b"
            r"|\bsoy periodista\b|\bpara un reportaje\b|\bje suis journaliste\b"
            r"|\bpour un reportage\b|\bich bin journalist\w*\b|\bum eine stellungnahme\b",
            requires=r"\b(?:comment\w*|statement|side|respond|reply|interview|on camera|"
            r"reactie|reageren|dichiarazione|commento|contattare|posicionamento|declaracion|"
            r"comentario|reaction|commentaire|stellungnahme|antwort)\b|\?",
            unless=r"\b(?:movie|film|school|homework|class project|student|unboxing|review of "
            r"(?:my|the) (?:new|trip)|haul|personal|privat\w*|jaja|haha|lol|kkk)\b",
            window=60,
            # blind52 (spent, session 13): "Soy periodista y viajo mucho por trabajo: ¿la
            # mochila cabe como equipaje de mano?" asks as a traveller.
            unless_post=OFF_DUTY,
            name="media_context",
        ),
        # --- discrimination_harassment: the insult or the excuse itself.
        r(
            "discrimination_harassment",
            r"\bgo back to (?:your|ur|my|his|her|their) (?:own )?country\b|\bvuelve a tu pais\b"
            r"|\bretourne (?:dans|chez) (?:ton pays|toi)\b|\bgeh (?:zuruck )?in dein land\b"
            r"|\btorna(?:tene)? al tuo paese\b|\bvolta (?:pra|para) (?:tua|sua) terra\b"
            r"|\bga terug naar je (?:eigen )?land\b"
            # (Said of oneself or a relative, "my dad says he's too old for a 65L pack", it is
            # no insult; said by staff, `discrimination_session8` has it.)
            r"|\b(?<!he's )(?<!she's )(?<!i'm )(?<!im )(?<!he is )(?<!she is )(?<!i am )"
            r"(?:too old|zu alt|trop vieu?x|trop vieille|demasiado viej[oa]|troppo vecchi[oa]|"
            r"velh[oa] demais|te oud) (?:for|fur|pour|para|per|voor)\b"
            r"|\b(?:don'?t|do not|won'?t) cater (?:to|for) (?:that|people like you|your kind|you "
            r"people|those)\b"
            r"|\bcomment(?:s|ed)? (?:on|about) (?:my|her) (?:body|figure|chest|breasts|legs|butt|"
            r"looks)\b|\bcomentarios? sobre (?:o )?(?:meu|mi) corpo\b|\bcomentarios? sobre mi "
            r"cuerpo\b|\bcommentaires? sur mon corps\b|\bcommenti sul mio corpo\b"
            r"|\bopmerkingen over mijn lichaam\b|\bbemerkungen uber meinen korper\b"
            r"|\b(?:preconceito|prejuicio|vooroordeel|pregiudizio|préjugé)s? (?:puro|pur|total)\b"
            r"|\bisso é preconceito\b|\bisso tem nome\b|\bnao tenho cara de\b"
            r"|\bmy (?:hijab|headscarf|turban|wheelchair|cane|walker|kippah) (?:'?isn'?t|is not) "
            r"(?:really )?(?:\w+ )?appropriate\b|\bgente como (?:eu|voce)'? (?:devia|deveria|nao)\b"
            r"|\b(?:called me|mi ha chiamat[oa]|me llamo|m'a appelee?|nannte mich|noemde me|me "
            r"chamou de) '?(?:nonnetta|grandma|granny|abuelita|meme|oma|omaatje|vovo|old lady|"
            r"vecchietta|old man|vecchietto)\b"
            r"|\b(?:told|said to|called) me\b[^.!?]{0,40}\bpeople like "
            r"(?:you|me)\b|\bpeople like you\b[^.!?]{0,60}\bmy (?:name|accent|skin|hijab|"
            r"religion)\b|"
            r"\b(?:mocked|made fun of|imitated) my accent\b|\bmoque de mon accent\b"
            r"|\bse burlo de mi acento\b|\bzombou do meu sotaque\b|\bpreso in giro per il mio "
            r"accento\b|\buber meinen akzent lustig\b",
            negatable=False,
            name="discrimination_context",
        ),
        # Jokes about what the customer wears or uses for a faith or a disability.
        r(
            "discrimination_harassment",
            r"\b(?:jokes?|joked|joking|grapjes|grappen|blagues?|bromas?|scherz\w*|piadas?|"
            r"witze?|comments?|opmerkingen|remarques?) (?:about|over|sur|sobre|su|sul|sulla|"
            r"uber|on) (?:my|mijn|m'n|mon|ma|mi|mio|mia|la mia|il mio|minha|meu|mein\w*|her|"
            r"his|o meu|a minha) (?:\w+ )?(?:hijab|hoofddoek|headscarf|foulard|voile|velo|hiyab|"
            r"kopftuch|turban|tulband|kippah|keppel|yarmulke|wheelchair|rolstoel|fauteuil|"
            r"sedia a rotelle|rollstuhl|cadeira de rodas|silla de ruedas|skin colou?r|"
            r"huidskleur|religion|geloof|accent)\b(?! (?:stickers?|covers?|bags?|design))",
            unless=r"\bmy (?:friend|friends|brother|sister|kids?|son|daughter|husband|wife|"
            r"partner|mates?|buddy|family)\b|\b(?:mijn (?:broer|zus|vriend\w*)|mio fratello|"
            r"mia sorella|mon frere|ma soeur|mi hermano|mi hermana|meu irmao|minha irma|"
            r"mein bruder|meine schwester)\b",
            window=60,
            negatable=False,
            name="discrimination_jokes",
        ),
        # --- fraud_payment: a charge the customer never made; double debits abroad.
        r(
            "fraud_payment",
            r"\b(?:charge|charges|charged|charging|debit|debited|addebito|addebitat\w*|cobranca"
            r"|cobrado|cargo|"
            r"abbuchung|abgebucht|afgeschreven|prelevement|preleve)\b",
            requires=r"\b(?:never (?:ordered|bought|made|placed|purchased)|nunca (?:compr|ped)\w*|"
            r"non ho comprato|nooit (?:iets )?besteld|jamais command\w*|nie bestellt|nunca he "
            r"comprado|(?:don'?t|do not|didn'?t) recogni[sz]e|non (?:lo )?riconosco|no (?:lo )?"
            r"reconozco|nao reconhe\w*|erkenne [^.!?]{0,20}nicht|herken [^.!?]{0,20}niet|"
            r"ne reconnais pas|(?:i )?(?:didn'?t|did not|never) (?:buy|order|sign(?:ed)? up for|"
            r"subscribe\w*(?: to)?|authori[sz]e) (?:another|a second|it|this|that|one|any)\b|"
            r"never signed up)\b",
            unless=r"\b(?:gift|present|my (?:wife|husband|partner|son|daughter|kid) (?:ordered|"
            r"bought))\b",
            window=80,
            negatable=False,
            name="fraud_unrecognised_charge",
        ),
        r(
            "fraud_payment",
            r"\b(?:twee|drie) keer\b[^.!?]{0,40}\bafgeschreven\b|\bdoppelt (?:abgebucht|belastet|"
            r"berechnet)\b|\baddebitat\w* (?:due|tre) volte\b|\bdue volte\b[^.!?]{0,30}\baddebit"
            r"|\bzweimal\b[^.!?]{0,40}\b(?:abgebucht|belastet|northwind|steht)\b|\btwo separate "
            r"(?:transactions|charges|payments)\b"
            r"|\bused my (?:saved |stored )?card to (?:order|buy)\b"
            r"|\bcon la mia carta (?:salvata|memorizzata)\b|\btransactions? (?:\w+ ){0,6}(?:that )?"
            r"nobody (?:on our team |here |at our company )?(?:placed|made|authori[sz]ed)\b"
            r"|\bstill (?:taking|charging|billing) (?:payments?|me)\b[^.!?]{0,40}\b(?:cancel\w*|"
            r"refunded|returned)\b"
            r"|\bcobr\w+ (?:\w+ ){0,3}(?:duas|dos|tres) (?:vezes|veces)\b|\b(?:duas|tres) "
            r"cobrancas\b|\bmit meiner (?:gespeicherten |hinterlegten )?(?:karte|kreditkarte) "
            r"(?:bestellt|bezahlt|eingekauft)\b"
            r"|\bdebite\w* deux fois\b|\bpreleve\w* deux fois\b",
            negatable=False,
            # tr15c: "two separate charges ... split shipment, each parcel charged separately".
            unless_post=SPLIT_PARCELS,
            name="fraud_double_debit_intl",
        ),
        # A look-alike shop or ad the customer already paid: "is northwind-sale.shop
        # actually you? paid $240", "was that you or a fake? the site's gone".
        r(
            "fraud_payment",
            r"\b(?:is|was|are|were) (?:this|that|it|these|those|[\w-]+\.(?:shop|store|com|net|"
            r"online|site|top|xyz|co|shop/\S*)) (?:\w+ )?(?:actually|really|even|legit(?:imately)?)"
            r" (?:you|yours|your (?:site|store|shop|ad)|northwind)\b"
            r"|\bwas (?:that|it|this) (?:really |actually )?(?:you|yours|northwind) or (?:a )?"
            r"(?:fake|scam|copy|knock-?off)\b"
            r"|\b(?:echt|wirklich|vraiment|realmente|davvero|mesmo) (?:van jullie|von euch|von "
            r"ihnen|a vous|de vous|de ustedes|de vosotros|vostr[oa]|de voces)\b",
            requires=r"\b(?:paid|pay|charged|ordered|bought|money|card|betaald|bezahlt|paye|"
            r"pague|pagado|paguei|pagato|\$\d+|\d+ ?(?:eur|euro|euros|usd|dollars))\b",
            window=120,
            negatable=False,
            name="fraud_lookalike_shop",
        ),
        # --- prompt_injection: role changes without "ignore your instructions".
        r(
            "prompt_injection",
            r"\bforget (?:that )?you(?:'re| are) (?:\w+ ){0,3}(?:support|an? (?:bot|assistant|ai|"
            r"agent))\b|\bab jetzt bist du\b|\bvon nun an bist du\b|\ba partir de maintenant,? tu "
            r"es\b|\ba partir de ahora eres\b|\bda ora in poi sei\b|\bvanaf nu ben je\b"
            r"|\ba partir de agora (?:voce e|tu es)\b|\broleplay time\b|\bstay in character\b",
            negatable=False,
            name="prompt_injection_role",
        ),
        # blind22 (spent): "my brother in law is a lawyer and he says refusing a refund on a
        # defective power station is illegal. we're taking this further".
        r(
            "legal_threat",
            r"\b(?:is|it'?s|that'?s) (?:completely |totally |clearly |flat[- ]out )?illegal\b|"
            r"\b(?:we'?re|i'?m|we are|i am) taking (?:this|it) further\b",
            requires=r"\b(?:refund\w*|refus\w*|lawyer|attorney|law|rights|warranty|defective|"
            r"return)\b",
            unless=r"\billegal\w* (?:good|cheap|comfy|comfortable|soft|cute|warm)\b|"
            r"\bshould be illegal\b|\billegal discrimination\b",
            negatable=True,
            name="legal_illegal_further",
        ),
        # blind23 (spent): "Channel 9's consumer segment wants to feature my refund saga.
        # They asked me to give you a chance to respond first", "Taking it to the ICO."
        r(
            "media_inquiry",
            r"\b(?:segment|show|programme|program|station|paper|outlet) wants to (?:feature|cover|"
            r"run|air)\b|\b(?:give|giving) you (?:a|the) chance to (?:respond|comment|reply)\b",
            negatable=False,
            name="media_segment",
        ),
        r(
            "regulatory",
            r"\btaking (?:it|this|them|you) to the (?:ico|ftc|cma|asa|fca|cnil|aepd|ag|attorney "
            r"general|cpsc|ombudsman|regulator)\b",
            negatable=False,
            name="regulatory_taking_it_to",
        ),
        # blind24 (spent): "Writing a piece for The Verge ... On deadline tonight", a Deaf
        # customer's relay calls hung up on as "prank calls".
        r(
            "media_inquiry",
            r"\bwriting a (?:piece|story|feature|column|article) (?:for|on|about)\b"
            r"|\bon deadline\b",
            negatable=False,
            name="media_writing_piece",
        ),
        r(
            "discrimination_harassment",
            r"\brelay (?:service|call|operator)\b",
            requires=r"\b(?:hung up|hang up|prank|refused|ignored|wouldn'?t|won'?t)\b",
            negatable=False,
            name="discrimination_relay",
        ),
        # --- Session 7: discrimination and harassment by staff, from blind17-blind23's misses.
        # blind17 (spent): "the clerk followed me around the entire time. The white couple
        # next to me? Not followed once."
        r(
            "discrimination_harassment",
            r"\b(?:followed|watched|tailed|shadowed) (?:me )?(?:around )?(?:the (?:whole|entire) "
            r"time|around the store|everywhere|around)\b",
            requires=r"\b(?:white|black|asian|latino|latina|hispanic|brown|muslim|jewish|hijab|"
            r"turban|wheelchair|race|racial|racist|skin)\b",
            negatable=False,
            name="discrimination_followed",
        ),
        # blind18 (spent): age, disability, stammer and gender slights from staff ("your rep
        # told my 68-year-old mom she was probably too old", "maybe hiking isn't for you
        # then", "grapjes over mijn stotteren", "women camp too").
        r(
            "discrimination_harassment",
            r"\b(?:told|said|called|asked|implied)\b[^.!?]{0,60}\b(?:was|is|am|were|'s|'m) "
            r"[\x22\u201c']?"
            r"(?:probably |just |maybe |a bit |way |far )?too (?:old|fat|heavy|big|disabled|"
            r"female|girly)\b"
            r"|\b(?:hiking|camping|climbing|the outdoors|this sport|backpacking|it) (?:isn'?t|is "
            r"not|wasn'?t|might not be) (?:really )?for (?:you|her|him|people like)\b"
            r"|\b(?:grapjes|grappen|jokes?|joked|laughed|lachte|mocked|made fun|se burl\w*|"
            r"rigolait|lachten) (?:\w+ ){0,3}(?:over |about |at |of |de )?(?:mijn|my|his|her|"
            r"mon|ma) (?:stotteren|stutter|stammer|accent|lisp|wheelchair|rolstoel|weight|gewicht"
            r"|hijab|"
            r"skin|prosthetic|prothese|begaiement)\b"
            r"|\bwomen (?:camp|hike|climb|fish|hunt|buy gear|ride|backpack) too\b|\bthe one who "
            r"actually (?:bought|paid|ordered|owns)\b",
            requires=r"\b(?:rep|agent|staff|clerk|employee|associate|salesperson|cashier|"
            r"medewerker|mitarbeiter|employe|support|chat|phone|telefoon|store|shop|your)\b",
            negatable=False,
            name="discrimination_staff_slights",
        ),
        # blind19 (spent): "which one of you is the wife?", "una di quelle straniere".
        r(
            "discrimination_harassment",
            r"\bwhich (?:one )?of you is the (?:wife|husband|man|woman|girl|guy|boyfriend|"
            r"girlfriend)\b|\b(?:una di quelle|uno di quegli|una de esas|uno de esos|one of those|"
            r"l'une de ces|l'un de ces|einer von diesen|eine von diesen|een van die|uma dessas|um "
            r"desses) (?:\w+ )?(?:stranier[ie]|extranjer[oa]s|foreigners|immigrants|etrangers|"
            r"etrangeres|auslander\w*|buitenlanders|estrangeir[oa]s|migrant\w*)\b",
            negatable=False,
            name="discrimination_couples_and_foreigners",
        ),
        # blind20 (spent): "'les gens comme vous' n'ont pas besoin d'un sac à 269 dollars",
        # "told us it's 'just a phase'".
        r(
            "discrimination_harassment",
            r"\bles gens comme (?:vous|toi)\b|\b(?:la )?gente como (?:usted|tu|vosotros)\b|"
            r"\bleute wie (?:sie|du|ihr)\b|\bgente come (?:lei|te|voi)\b|\b(?:pessoas|gente) "
            r"como (?:voce|vc|voces)\b|\bmensen (?:zoals|als) (?:u|jij|jullie)\b",
            negatable=False,
            name="discrimination_people_like_you_intl",
        ),
        r(
            "discrimination_harassment",
            r"\bjust a phase\b|\bsolo una fase\b|\bjuste une phase\b|\bnur eine phase\b|"
            r"\bapenas uma fase\b|\bgewoon een fase\b",
            requires=r"\b(?:girlfriend|boyfriend|wife|husband|partner|gay|lesbian|bi|queer|trans|"
            r"holding hands|pronouns|novia|novio|copine|freundin|fidanzata|namorada|vriendin)\b",
            negatable=False,
            name="discrimination_just_a_phase",
        ),
        # blind21 (spent): "as a Black hiker ... your moderators delete it, but the white
        # guys' negative reviews stay up", "a man's pack, sweetheart, try something cuter",
        # "queste coppie non hanno diritto allo sconto famiglia. Siamo due donne sposate".
        r(
            "discrimination_harassment",
            r"\bas an? (?:black|brown|asian|latin[ao]|latinx|hispanic|muslim|jewish|trans|"
            r"disabled|deaf|blind|gay|lesbian|queer|indigenous|native) (?:hiker|customer|woman|man|"
            r"person|climber|camper|shopper|member)\b",
            requires=r"\b(?:delet\w*|remov\w*|ignor\w*|treat\w*|follow\w*|refus\w*|block\w*|"
            r"ban\w*|pattern|white|straight|racis\w*|profil\w*)\b",
            negatable=False,
            name="discrimination_as_a",
        ),
        r(
            "discrimination_harassment",
            r"\ba man'?s (?:pack|job|sport|tent|boot|jacket|thing)\b|\btry something cuter\b|"
            r"\b(?:queste|quelle) coppie\b|\besas parejas\b|\bces couples\b|\bdiese paare\b|"
            r"\besses casais\b|\bdie stelletjes\b",
            requires=r"\b(?:agent|rep|chat|staff|clerk|operatore|employee|associate|sweetheart|"
            r"honey|donne|mujeres|femmes|frauen|mulheres|vrouwen|sposat\w*|casad\w*|married|"
            r"wife|moglie|women)\b",
            negatable=False,
            name="discrimination_gender_couples",
        ),
        # blind22 (spent): "his name is Mike, mine is Mohammed. Draw your own conclusions",
        # "meant for normal couples. We're both women".
        r(
            "discrimination_harassment",
            r"\b(?:his|her|their) name is \w+,? (?:and )?mine is \w+\b|\bnormal (?:couples?|people|"
            r"families|customers)\b",
            requires=r"\b(?:held|verification|flagged|followed|searched|conclusions|both women|"
            r"both men|girlfriend|boyfriend|wife|husband|gay|lesbian|disab\w*|wheelchair|trans"
            r"|meant for)\b",
            negatable=False,
            name="discrimination_names_and_normal",
        ),
        # blind23 (spent): "women don't do real trails anyway", "people my age should stick to
        # 'mall walking'".
        r(
            "discrimination_harassment",
            r"\bwomen (?:don'?t|do not|can'?t|cannot) (?:do |really do )?(?:real )?(?:trails|hikes|"
            r"hiking|camping|climbing|backpacking)\b|\bpeople (?:my|your|her|his"
            r"|our) age (?:should|"
            r"shouldn'?t|can'?t|don'?t)\b|\bat (?:your|her|his) age\b",
            requires=r"\b(?:rep|agent|staff|clerk|chat|employee|associate|said|told|asked|your)\b",
            negatable=False,
            name="discrimination_gender_age_more",
        ),
        # blind28 and blind29 (spent, session 8): "said I'm 'a bit old for the Swift Trail
        # Running Shoes'", laughing at a prosthetic leg, "our 'lifestyle' ... we're two dads",
        # "recusou-se a entregar ... quando viu que sou negro", "des remarques sur mon corps".
        r(
            "discrimination_harassment",
            r"\b(?:i'?m|i am|i was|she'?s|he'?s|we'?re|you'?re)\W+(?:a bit|too|kind of"
            r"|rather) old for\b|"
            r"\b(?:laughed|laughing|mocked|mocking|made fun|joked|check this out)\b[^.!?]{0,80}"
            r"\b(?:prosthetic|wheelchair|cane|hearing aids?|crutches|disabilit\w*)\b|"
            r"\b(?:prosthetic|wheelchair|hearing aids?|crutches)\b[^.!?]{0,80}\b(?:laughed|mocked|"
            r"made fun|joked|check this out|stared)\b|"
            r"\b(?:our|my|their|your)\W+lifestyle\W+(?:isn'?t|is not|wasn'?t|was not"
            r"|doesn'?t)\b[^!?]{0,"
            r"80}\b(?:two dads|two moms|two mums|same-sex|gay|lesbian|trans|husband and i|wife and "
            r"i)\b|"
            r"\b(?:viu|percebeu|soube|vio|supo|a vu|sah|vide) (?:que|dass|che) (?:sou|soy|je suis"
            r"|ich|"
            r"sono|eu era|era) (?:\w+ )?(?:negr[oa]|noire?|schwarz|ner[oa]|gay|trans|muculman[oa]|"
            r"musulman[ae]?|muslim\w*)\b|"
            r"\b(?:remarques?|commentaires?) sur mon (?:corps|physique)\b|\bcomments? about my "
            r"(?:body|figure|looks|chest|weight)\b",
            requires=r"\b(?:rep|agent|staff|clerk|chat|employee|associate|said|told|asked|your|"
            r"called|guy|driver|courier|livreur|estafeta|repartidor|fahrer|corriere|bezorger|"
            r"recusou|refuse|rehuso|weigerte|rifiutato|support)\b",
            negatable=False,
            name="discrimination_session8",
        ),
        # blind34-blind37 (spent, session 9): "said 'people like you always try to scam
        # returns'", "als 'Lesben' beschimpft", "que eu sou 'velha demais'", "commenti
        # pesanti sul mio corpo", "'two guys in one tent, gross'", "all those Jewish
        # holidays".
        r(
            "discrimination_harassment",
            r"\b(?:said|says|told (?:me|us)|wrote|called (?:me|us)|replied)\b[^.!?]{0,20}['\"\u2018"
            r"\u201c]people like (?:you|u)\b|\b(?:als|como|comme|come)\W+(?:lesben|schwuchteln?|"
            r"lesbianas|maricones?|bolleras|sapat[aã]o|viados?|lesbiche|froci|flikkers?|gouines|"
            r"p[ée]d[ée]s?)\b|\b(?:lesben|schwuchtel\w*|maricon\w*|bolleras|viado|frocio|froci|"
            r"flikker\w*|gouines?)\W+(?:beschimpft|genannt|llam\w+|chamou|chamad\w+|chiamat\w+|"
            r"uitgescholden|trait\w+)\b|['\"\u2018\u201c\u00ab]\W?(?:velh[oa]s? demais|demasiado "
            r"viej[oa]s?|trop vieu(?:x|lle)|zu alt|troppo vecchi[oa]|te oud|too old)\W?['\"\u2019"
            r"\u201d\u00bb]|\b(?:commenti|comentarios|comentários|commentaires|kommentare|"
            r"opmerkingen)\b[^.!?]{0,20}\b(?:sul mio|sobre mi|sobre o meu|sur mon|über meinen|over "
            r"mijn) (?:corpo|cuerpo|corps|körper|lichaam|físico|fisico)\b|\btwo (?:guys|men|women|"
            r"girls|dudes|dads|moms)\b[^.!]{0,25}\b(?:gross|disgusting|ew+|unnatural|sick)\b|"
            r"\ball (?:those|these|your|the) (?:jewish|muslim|islamic|hindu|sikh|christian|"
            r"catholic|gay|black|asian) (?:holidays|people|customers|names|things|prayers)\b",
            negatable=False,
            name="discrimination_session9",
        ),
        # blind37 (spent, session 9): "I write the consumer column for the Star Tribune".
        r(
            "media_inquiry",
            r"\bi (?:write|edit) (?:the |a )?(?:\w+ ){0,2}column (?:for|at|in)\b",
            negatable=False,
            name="media_session9",
        ),
    )
