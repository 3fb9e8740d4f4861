"""Crisis-level rules for phrasings that only read as a crisis in context.

Session 5's families, from the spent unseen batches' misses (see
`crisis_paraphrase_rules` for the earlier ones): a trip "I'm not planning on coming back
from", questions about lethal means dressed as product questions, farewells in six
languages; arson with fuel and a named place, weapons brought to a desk, "I know which
exit she uses"; phishing, texts and calls that know the customer's order, spam to an
address given only to the store, leaked lists; and injuries told in Italian, Portuguese
and Dutch. Each word alone is ordinary ("gasoline", "my order number", "one last trip"),
so most rules pair it with a second cue (`requires`) that ordinary posts lack;
`tests/triage/test_crisis_context_rules.py` holds the false friends each must ignore.
The families of blind16-blind37 (sessions 7-9) are in `crisis_context_later_rules`,
listed after these; each rule's comment names its batch."""

from __future__ import annotations

from .crisis_guards import LAUGHTER_OR_JOY, SELF_CORRECTED
from .rules import EscalationRule, make_rule

# Places a threat names (en, es, fr, de, it, pt, nl).
_PLACE = (
    r"(?:warehouse|store|shop|office|offices|hq|headquarters|building|depot|pop-?up|"
    r"returns desk|magazzino|negozio|almacen|tienda|oficina|entrepot|magasin|bureau|lager|"
    r"laden|filiale|loja|armazem|escritorio|winkel|magazijn|kantoor)"
)
# "My order number", "mi dirección", "mijn bestelgeschiedenis": data only the store had.
_MY = r"(?:my|mi|mis|mijn|mon|ma|mes|meu|minha|meine?[nm]?|il mio|la mia|i miei)"
_ORDER_DATA = (
    r"(?:order (?:number|details|history|confirmation)|orders|shipping address|home address|"
    r"serial number|"
    r"numero d'ordine|address|delivery date|birthday|last (?:\d|two|three|four) orders|"
    r"numero de pedido|pedido|direccion|adres|adresse|bestelgeschiedenis|bestelling|"
    r"bestelnummer|commande|"
    r"numero de commande|ordine|indirizzo|endereco|bestellung|bestellnummer|lieferadresse)"
)
# What makes a message that knows the order a breach rather than a shipping notice.
_SCAM_CUE = (
    r"\b(?:phish\w*|scam\w*|fraud\w*|fake|falso|falsa|faux|fausse|falsch\w*|nep|finto|finta|spam"
    r"|spoof\w*|impersonat\w*|pretend\w*|"
    r"claiming to be|saying (?:he|she|they) (?:was|were|is) from|(?:asked|asking) (?:me )?for "
    r"(?:my |the )?(?:cvv|card|password|code|security code|payment)|confirm payment|customs|"
    r"aduanas?|douane|dogana|alfandega|zoll|cvv|codigo de seguranca|haciendose pasar|"
    r"dizendo ser|se faisant passer|how (?:did|do|does|would) they|hoe komen|how did (?:he|she)|"
    r"como (?:lo )?sab\w+|stranger|random account|leak\w*|filtr\w*|gelekt|vazad\w*|"
    r"never posted|only (?:ever )?gave|robaron|sedicente|avete perso|perso (?:i|dei) dati)\b"
)


def crisis_context_rules() -> tuple[EscalationRule, ...]:
    # The later batches' families (blind16-37), after these; imported here because that
    # module reads `_PLACE` from this one.
    from .crisis_context_later_rules import later_crisis_context_rules

    r = make_rule
    return (
        # --- self_harm: trips of no return, lethal-means questions, farewells.
        r(
            "self_harm",
            r"\bnot (?:planning on|planning to|going to|gonna|intending to|meant to) (?:be )?"
            r"(?:coming|come) back from\b"
            # blind16 (spent): "a trip i don't plan on coming back from".
            r"|\b(?:don'?t|dont|do not|never) (?:plan|intend|mean|expect) (?:on|to) (?:be )?"
            r"(?:coming|come) back from\b"
            r"|\b(?:irme|perderme|marcharme|desaparecer) (?:[\w,]+ ){0,5}y no volver\b"
            r"|\bje (?:ne )?(?:crois|pense) pas que je (?:ne )?(?:redescendrai|reviendrai)\b"
            r"|\b(?:retour|redescente) que je (?:ne )?ferai jamais\b"
            r"|\bhow many (?:[\w']+ ){0,4}would it take\b[^.!?]{0,80}\b(?:closed car|windows up|"
            r"zipped(?: \w+)? shut|(?:to )?not wake up|never wake up|sealed|in (?:a|the|my) "
            r"(?:closed )?(?:car|garage))"
            r"|\bhow long would (?:someone|somebody|a person|i|you) last\b[^.!?]{0,120}"
            r"\b(?:on purpose|deliberately|intentionally|not for a story|go quiet)"
            r"|\b(?:to|and) not wake up\b|\bnever wake up again\b"
            r"|\b(?:go|goes|going|to go) quiet (?:for good|forever)\b"
            r"|\b(?:any|no|the) point in (?:seeing|waking up to|making it to|getting to) "
            r"(?:another|one more|tomorrow'?s?) (?:sunrise|day|morning|year|summer|winter)"
            r"|\b(?:already )?(?:written|wrote|finished writing) (?:the|my|all the|all my) "
            r"(?:goodbye |farewell )?letters\b(?! (?:to santa|of complaint|of|about|for the))"
            r"|\b(?:already )?said (?:my )?goodbyes? to (?:everyone|everybody|the people|all of "
            r"them|my family)\b|\bsaying (?:my )?goodbyes? to the people\b"
            r"|\bja me despedi de (?:todo mundo|todos)\b|\bya me despedi de (?:todos|todo el mundo)"
            r"|\bj'ai dit (?:adieu|au revoir) a tout le monde\b"
            r"|\b(?:won'?t|will not|wont) need (?:any of )?(?:it|this|them|anything|any of (?:it|"
            r"this|that|my \w+)) (?:after (?:this|tonight|tomorrow|the weekend|friday|saturday|"
            r"sunday)|where i'?m going)\b"
            r"|\bya nada tiene sentido\b|\bya no le veo sentido\b|\bnao vejo (?:mais )?sentido em "
            r"(?:nada|viver)\b|\brien n'a plus (?:de|aucun) sens\b|\bplus aucun sens\b"
            r"|\bniente ha piu senso\b|\bniets heeft (?:nog )?zin\b|\balles (?:\w+ ){0,3}sinnlos\b"
            r"|\bnao aguento mais viver\b|\bno aguanto mas (?:vivir|esta vida)\b"
            r"|\b(?:estara|estaran|estarian|estaria) mejor sin mi\b|\bmelhor sem mim\b"
            r"|\bmieux sans moi\b|\bbesser (?:dran )?ohne mich\b|\bmeglio senza di me\b"
            r"|\bbeter af zonder mij\b|\b(?:la )?faccio finita\b"
            r"|\b(?:wil|willen) (?:gewoon |echt )?(?:niet meer leven|dood)\b|\bzelfmoord\w*"
            r"|\bmezelf (?:van kant maken|iets aandoen|ombrengen)\b|\ber een einde? aan maken\b"
            r"|\bnao quero (?:mais )?viver\b|\bquero morrer\b|\bme matar\b"
            r"|\bacabar com (?:a )?minha vida\b"
            r"|\b(?:melhor|mejor|mieux|meglio|besser|beter) (?:assim|asi|comme ca|cosi|so|zo) "
            r"(?:pra|para|pour|per|fur|voor) (?:todo mundo|todos|tout le monde|tutti|alle|"
            r"iedereen)\b"
            r"|\b(?:je )?ne serai plus la\b|\bnicht mehr da (?:sein|bin)\b|\bob ich (?:\w+ ){0,3}"
            r"noch da bin\b|\bniet meer (?:hier|leven) (?:ben|zal zijn|zijn)\b",
            unless=LAUGHTER_OR_JOY + r"|\b(?:kkk|rsrs|vacation|holiday|urlaub|vacances|vacaciones|"
            r"ferie|ferias|vakantie|moving|umzug|demenag\w*|mudanza|trasloco)\b",
            negatable=False,
            name="self_harm_context",
        ),
        # "Won't be around to leave a review": the same words announce an absence on the
        # delivery day, so the delivery words cancel it.
        r(
            "self_harm",
            r"\b(?:won'?t|will not|wont) be (?:around|here|alive) "
            r"(?:anymore |much longer |for long )?to (?:leave|write|use|see|enjoy|review|read|"
            r"open|unpack|need|wear|finish|spend|redeem|collect the points|care)\b",
            unless=r"\b(?:deliver\w*|package|parcel|courier|sign for|signature|pick ?up|weekend|"
            r"vacation|holiday|travel\w*|out of town|business trip|away (?:for|until|till)|"
            r"next (?:week|month)|until|till)\b",
            negatable=False,
            name="self_harm_not_around",
        ),
        # One last trip, a one-way solo hike: only with a farewell in the same post.
        r(
            "self_harm",
            r"\b(?:one )?(?:last|final|one[- ]way) (?:solo )?(?:trip|hike|adventure|climb|walk|"
            r"journey|camp(?:ing trip)?)\b|\blastadventure\b|\bsolo trip,? one[- ]way\b",
            requires=r"\b(?:won'?t|will not|not gonna|wont) (?:be )?(?:need|needing|use|using)\b|"
            r"\b(?:letters|notes) (?:are|have been|all) (?:\w+ )?written\b|"
            r"\breturn label\b|\b(?:written|wrote|writing) (?:the|my|all the) (?:letters|notes)\b|"
            r"\bgiv(?:e|ing) (?:\w+ )?(?:the rest|everything|all my \w+) away\b|\bnot (?:\w+ )?"
            r"coming back\b|\bgoodbyes?\b|\bat the end\b|\beverything i care about\b|"
            r"\U0001f5a4|\bthanks for everything\b",
            unless=LAUGHTER_OR_JOY + r"|\b(?:before (?:winter|the season|it gets|the snow|"
            r"moving|the baby|(?:the |my |our )?(?:big )?move)|of the (?:season|year|summer)|"
            r"next chapter)\b",
            negatable=False,
            name="self_harm_last_trip",
        ),
        # --- violence_threat: arson, weapons brought to a place, stalking a named person.
        r(
            "violence_threat",
            r"\b(?:gasoline|petrol|lighter fluid|jerry ?can|gas can|benzina|gasolina|benzin|"
            r"bidon d'essence|jerrycan)\b",
            requires=rf"\b{_PLACE}\b",
            unless=r"\b(?:stove|burner|multi-?fuel|white gas|canister|lantern|fuel bottle|"
            r"generator|mpg|car|engine|price|prices|station|spill\w*|smell\w*|leak\w*|"
            r"fornello|fogareiro|hornillo|rechaud|kocher|brander)\b",
            window=60,
            negatable=False,
            name="violence_arson",
        ),
        r(
            "violence_threat",
            r"\b(?:le |les |te )?(?:prendo|prender|prenderemos|prendere) fuego\b"
            r"|\bburns? with (?:whoever|anyone|anybody|everyone|everybody|people|your staff)"
            r"(?:'s| is| are)? (?:still )?inside\b"
            r"|\bi know (?:exactly )?which (?:exit|door|entrance|school|car|route|bus|gym|train) "
            r"(?:\w+ ){0,3}(?:uses?|goes?|go|takes?|parks?|drives?|leaves?)\b"
            r"|\bif (?:you|u) work (?:there|at (?:\w+ ){1,3})\b[^.!?]{0,30}\bstay (?:home|away)\b"
            r"|\bnobody'?s (?:gonna|going to) like what happens (?:at|to)\b"
            r"|\b(?:someone|somebody|people|staff|employees?|workers?) (?:at|from|in) (?:[\w']+ )"
            r"{1,3}(?:is|are|will|'s) (?:gonna |going to )?(?:be )?get(?:ing)? hurt\b"
            r"|\b(?:en|dan) raakt er (?:iemand|een medewerker|een van jullie) gewond\b"
            r"|\bbear spray\b[^.!?]{0,40}\b(?:facial|with (?:his|her|their|your|ur) name|in (?:his|"
            r"her|their|your|ur) face)\b"
            rf"|\b(?:bring|bringing|brought|take|taking) (?:my |a |the )?(?:can of )?(?:bear spray|"
            rf"pepper spray|mace|crowbar) (?:to|into|down to) (?:your|the|that|ur) (?:\w+ )?"
            rf"{_PLACE}\b"
            r"|\b(?:eu )?(?:espero|vou esperar) (?:ele|ela|voce|voces|o \w+|a \w+) na saida\b"
            r"|\barrepender de ter nascido\b|\barrepentir(?:a|as|an)? de haber nacido\b"
            r"|\bdragged out (?:back|behind|to the parking lot)\b|\btaught a lesson (?:they|he|she|"
            r"you) (?:don'?t|won'?t|will not|never) (?:walk away from|forget|recover from)\b"
            r"|\bwith something (?:a lot |much |way |far )?worse than (?:a|an|another) "
            r"(?:complaint|email|review|letter|tweet|post)\b"
            r"|\bcass(?:e|erai|era|ent) la (?:gueule|figure)\b|\bkrankenhausreif\b"
            r"|\b(?:shame|pity) if (?:someone|somebody|anyone) (?:showed|turned|shows|turns) up "
            r"at (?:her|his|their|your) (?:place|house|home|door|flat|apartment)\b"
            r"|\b(?:vediamo|vedrete|vedremo) cosa succede a(?:i|l|lla|gli|lle)? (?:vostr\w+|tuo|"
            r"tua|suo|sua)\b|\bon verra ce qui arrive a (?:votre|vos|ton|ta)\b"
            r"|\b(?:ya )?(?:veremos|vereis|veras) (?:que|lo que) (?:le )?pasa (?:a|con) "
            r"(?:tu|su|vuestr\w+)\b|\bvamos ver o que acontece com (?:a|o|os|as) (?:sua|seu|"
            r"vossa|vosso)"
            r"|\b(?:planned|in store) for (?:your|the|that) (?:ceo|manager|boss|owner|staff|driver|"
            r"rep|employees?|agent)\b"
            r"|\b(?:put|putting|throw|throwing|chuck|chucking|toss|tossing|send|sending) (?:a |"
            r"some )?(?:brick|bricks|rock|rocks|stone|stones) through\b",
            unless=r"\bbeat (?:your|the) (?:price|prices)\b|\b(?:sale|deals?|discount|surprise "
            r"party|promotion)\b",
            negatable=False,
            name="violence_context",
        ),
        r(
            "violence_threat",
            rf"\bi know (?:exactly )?where (?:your|the|ur|that) (?:\w+ )?{_PLACE} is\b",
            requires=r"\b(?:visit|warned|attention|regret|be sorry|see what|something|last "
            r"time|lost|\U0001f525|\U0001f642|watch)\b",
            negatable=False,
            name="violence_know_where",
        ),
        # --- data_breach: messages that know the order, addresses given only to the store,
        # lists going round, accounts taken over (fr/es/pt/nl wordings).
        r(
            "data_breach",
            rf"\b(?:with|knew|knows|knowing|read(?: me)?(?: out)?|quot\w+|listed|had|has|"
            rf"mentioned|includ\w+|con|com|met|avec|mit|sabia|sabian|sapeva|wist|wusste|savait|"
            rf"conosce|conoscono|conosceva|sait|connai\w*|weiss|kent|sabe|"
            rf"screenshot of) (?:[\w,']+ ){{0,3}}{_MY} (?:[\w,']+ ){{0,2}}{_ORDER_DATA}\b"
            r"|\bknew (?:that )?i (?:had )?(?:ordered|bought)\b|\bwhat i (?:bought|ordered)\b"
            r"|\bthe (?:exact|actual) (?:\w+ ){0,3}i (?:bought|ordered)\b|\bo que comprei\b"
            r"|\blo (?:ultimo )?que compre\b|\b(?:precies )?het juiste artikel\b"
            r"|\bmy (?:exact|actual|real) (?:\w+ )?order number\b",
            requires=_SCAM_CUE,
            negatable=False,
            name="data_breach_knows_order",
        ),
        r(
            "data_breach",
            r"\b(?:alias|e-?mail(?:adres)?|address(?:es)?|adresse|correo)\b[^.!?]{0,50}"
            r"\b(?:only|just|exclusively|alleen|uniquement|solo|nur) (?:ever )?(?:\w+ ){0,2}"
            r"(?:for|with|to|bij|pour|para|fur|gave|give|use|used|gebruik) (?:\w+ ){0,2}(?:you|"
            r"northwind|this (?:store|shop)|u|your (?:store|shop|site))\b",
            requires=r"\b(?:spam\w*|phish\w*|scam\w*|leak\w*|gelekt|fraud\w*)\b",
            negatable=False,
            name="data_breach_store_only_address",
        ),
        r(
            "data_breach",
            r"\b(?:paste|list|dump|file|spreadsheet|csv|database)\b (?:going around|circulating|"
            r"floating around|doing the rounds)\b"
            r"|\beach other'?s (?:info\w*|data|details|address\w*|orders?|names|packing slips?)\b"
            r"|\b(?:someone|somebody) else'?s packing slip\b"
            r"|\bquelqu'un a change (?:le|mon) (?:mot de passe|e-?mail|adresse)\b"
            r"|\b(?:compte|site)\b(?: \w+){0,2} (?:a ete |est |ont ete )?pirate\w*"
            r"|\bfiltr\w* (?:la base de datos|los datos|mis datos|sus datos)\b"
            r"|\b(?:les |nos )?robaron (?:los|mis|nuestros) datos\b|\bzijn jullie gelekt\b"
            r"|\b(?:vazaram|vazamento de) (?:os |meus )?dados\b",
            negatable=False,
            name="data_breach_leak_phrases",
        ),
        # --- safety_injury in Portuguese and Dutch, more Italian, melting in four languages
        # (es/fr/de: `crisis_rules.safety_intl`; Italian: `safety_body_and_near_miss`).
        r(
            "safety_injury",
            r"\bbruciat[oaie] (?:la|il|le|i|mia|mio|sua|suo) (?:mano|mani|faccia|viso|braccio|"
            r"pelle|dita)\b|\bscoppiat[oa]\b|\bqueim(?:ou|ei|aram|ado|ada|adura|aduras)\b"
            r"|\bpronto[- ]socorro\b|\bexplodiu\b|\bpegou fogo\b|\bmachuc(?:ou|ado|ada|ei)\b"
            r"|\breacao alergica\b|\bestourou\b|\bverbrand(?:e|ing)?\b|\bbrandwond\w*"
            r"|\bspoedeisende hulp\b|\bziekenhuis\b|\bontplof\w*|\bvlam gevat\b"
            r"|\ballergische reactie\b|\b(?:moest|moet|ging|begon te) (?:\w+ ){0,4}overgeven\b"
            r"|\bovergegeven\b"
            r"|\b(?:gewond|verwond) geraakt\b|\bfai(?:t|re) fondre\b|\b(?:a|ont|avait) fondu\b"
            r"|\bse derritio\b|\bgeschmolzen\b|\bgesmolten\b|\bderreteu\b|\bsi e sciolt[oa]\b"
            r"|\bcould have (?:set|started|caused) (?:\w+ ){0,3}(?:on fire|a fire)\b"
            # blind17 (spent): "ik ben door mijn enkel gegaan. Zit nu in het gips."
            r"|\bdoor (?:mijn|zijn|haar) enkel (?:gegaan|gezakt)\b|\bin het gips\b|\bim gips\b"
            r"|\bdans le platre\b|\b(?:escayolad|enyesad|ingessat|engessad)[oa]s?\b",
            unless=r"\b(?:alguem|alguien|quelqu'un|iemand) (?:\w+ ){0,5}(?:machucad|herid|"
            r"blesse|gewond)\w*|"
            # blind17 (spent): "kan de powerbank ontploffen als hij in de zon ligt?"
            r"\b(?:kan|kunnen|zou|kann|konnen|peut|puede|pueden|puo|pode)\b(?: [\w'-]+){0,3} "
            r"(?:ontplof\w*|explodier\w*|exploser|explotar|esplodere|explodir)\b|"
            r"\b(?:kit|trousse|botiquin|ehbo|primeiros socorros|larmes|"
            r"calorie\w*|cheese|fromage|kaas|formaggio|queijo|neve|snow|"
            r"sneeuw|schnee|neige|nieve|cuore|heart)\b",
            negatable=False,
            name="safety_intl_more",
        ),
        # --- Session 6, from blind8's misses (spent): gear that let go at height with the
        # fall that nearly followed, cuts that needed stitches, a swelling battery that is
        # hot right now, "he should bring security", a weapon brought on a visit, another
        # customer's details in my confirmation, "sit down in the snow till it's over".
        r(
            "safety_injury",
            r"\b(?:buckle|strap|chain|rope|cord|carabiner|biner|harness|anchor|spikes?|"
            r"microspikes|crampons?|pole|belt|clip|sling|webbing|ladder|rung)s? (?:\w+ ){0,4}"
            r"(?:let go|snapped|broke|failed|gave way|gave out|came undone|popped|sheared|"
            r"slipped|released|separated|detached|came apart|came loose)\b",
            requires=r"\b(?:nearly|almost) (?:went|fell|slid|came|tumbled|dropped)\b|\btoward"
            r"s? the (?:drop|edge|cliff|ravine)\b|\bover the (?:edge|side|cliff)\b|\bgrabbed "
            r"(?:a|the|onto) (?:tree|rock|branch|root|rail)\b|\bstill shaking\b|\bcould(?: have|"
            r"'?ve) (?:died|fallen|been killed)\b|\b(?:slid|fell|dropped|tumbled) (?:\w+ ){0,3}"
            r"(?:down|toward|towards|off|metres|meters|feet|ft)\b|\bon a (?:ledge|cliff|ridge|"
            r"traverse)\b|\b(?:only just|barely) (?:stopped|caught myself|held on)\b|"
            r"\b(?:before|short of) (?:a|the) (?:drop|drop-off|edge|cliff)\b",
            window=120,
            negatable=False,
            name="safety_gear_let_go",
        ),
        r(
            "safety_injury",
            r"\b(?:needed|got|had|took|levou|precisou de|necesito|necesit\w+|a eu besoin de|"
            r"brauchte|musste (?:\w+ )?genaht|moest (?:\w+ )?gehecht|ha dovuto mettere|"
            r"ci sono voluti) (?:\w+ ){0,2}(?:stitches|pontos|puntos|points de suture|hechtingen|"
            r"punti)\b|\b(?:cortou|se corto|s'est coupe|hat sich \w+ geschnitten|heeft zich "
            r"gesneden|si e tagliat[oa]) (?:\w+ ){0,2}(?:a mao|o dedo|la mano|el dedo|la main|le "
            r"doigt|die hand|den finger|in (?:zijn|haar|z'n) (?:hand|vinger)|la mano|il dito)\b",
            unless=r"\b(?:chef|kitchen knife skills|cooking class|recipe)\b",
            negatable=False,
            name="safety_cut_stitches",
        ),
        r(
            "safety_injury",
            r"\b(?:power ?bank|battery|batteries|batterie|bateria|accu|powerbank|headlamp|"
            r"lantern|power station|case|casing)s? (?:\w+ ){0,3}(?:puffed up|puffed|swollen"
            r"|swelling|swelled|bulging|"
            r"ballooned|bloated|gonfle\w*|aufgeblaht|gezwollen|opgezwollen|inchad[ao]|hinchad[ao]|"
            r"gonfi[ao])\b",
            # blind24 (spent): "any history of the batteries swelling? Had that with another
            # brand" asks before buying.
            unless=r"\bany history of\b|\b(?:another|other|a different) brand\b",
            requires=r"\b(?:hot|warm|heat\w*|smok\w*|hiss\w*|smell\w*|crack\w*|leak\w*|"
            r"right now|what do i do|on my (?:desk|bed|table)|in my (?:bag|pack|tent|car|room)|"
            r"chaud|heiss|heet|quente|caliente|caldo)\b",
            window=120,
            negatable=False,
            name="safety_swollen_battery",
        ),
        r(
            "violence_threat",
            r"\b(?:he|she|they|your (?:ceo|boss|manager|founder|owner|staff|driver|rep))(?:'d| "
            r"should| better| had better| might want to| needs to| need to) (?:bring|hire|get|"
            r"have|travel with) (?:some |extra |good |a )?(?:security|bodyguards?|protection)\b"
            r"|\bhope (?:he|she|they|your \w+) (?:has|have) (?:good|plenty of|a lot of) "
            r"security\b"
            r"|\b(?:kom|komen|ich komme|je viens|vengo|voy|vou|i'?ll come|i'?m coming) "
            r"(?:\w+ ){0,3}(?:langs|vorbei|passer|por ahi|ai|by|down|round|over)? ?"
            r"(?:\w+ ){0,2}(?:met|mit|avec|con|com|with) (?:een|einem|einer|un|une|uma|um|a|my) "
            r"(?:honkbalknuppel|knuppel|baseballschlager|schlager|batte|bate|mazza|baseball bat|"
            r"bat|machete|mes|messer|couteau|cuchillo|coltello|faca|crowbar|breekijzer|hammer|"
            r"hamer|marteau|martillo|martello|martelo)\b",
            unless=r"\b(?:softball|baseball (?:game|practice|team)|cricket|kitchen|bread|"
            r"sharpen\w*|camp(?:ing)? knife|whittl\w*)\b",
            negatable=False,
            name="violence_security_and_visit",
        ),
        r(
            "data_breach",
            r"\b(?:someone|somebody) else'?s (?:name|address|order|details|info\w*|data|"
            r"invoice|packing slip|shipping confirmation|account|receipt)\b"
            r"|\b(?:another|a different|some other|random) customer'?s (?:name|address|order|"
            r"details|info\w*|data|invoice|receipt)\b"
            r"|\b(?:einer|eines|einem) (?:\w+ )?fremden (?:person|kunden|kundin|frau|mann)\b"
            r"|\bd'(?:un|une) (?:autre client\w*|inconnu\w*|parfait\w* inconnu\w*)\b"
            r"|\bde (?:otro cliente|otra persona|un desconocido|outro cliente|outra pessoa|um "
            r"estranho|uma estranha)\b|\bvan (?:een )?(?:andere klant|onbekende|vreemde|"
            r"wildvreemde)\b|\bdi un (?:altro cliente|estraneo|sconosciuto)\b",
            requires=r"\b(?:name|names|address|adresse|adres|direccion|endereco|indirizzo|"
            r"namen|naam|nom|nombre|nome|order|bestellung|commande|pedido|ordine|bestelling|"
            r"details|data|daten|dados|datos|dati|gegevens|donnees|email|e-mail|phone)\b",
            window=80,
            negatable=False,
            unless_post=SELF_CORRECTED,
            name="data_breach_stranger_details",
        ),
        r(
            "self_harm",
            r"\b(?:sit|sitting|lie|lying|lay|laying) down (?:in the (?:snow|cold|woods|water) )?"
            r"(?:and wait )?(?:till|until|til) it'?s (?:all )?over\b"
            r"|\bwalk(?:ing)? (?:out )?into the (?:snow|cold|sea|ocean|lake|river|woods|"
            r"mountains?) (?:without|and (?:not|never)|and just|till|until)\b",
            unless=LAUGHTER_OR_JOY + r"|\b(?:storm|movie|game|season|sale|rain)\b",
            negatable=False,
            name="self_harm_till_its_over",
        ),
        # Blind9's misses (spent): the one-way trip in five languages, passive wishes not to
        # wake up, "won't be here when it arrives", fists promised in Dutch, a power
        # station melting with the fire brigade called, a power bank that burst and smoked.
        r(
            "self_harm",
            r"\bno (?:pienso|voy a|quiero) volver\b|\bno volvere\b|\bje ne (?:compte pas|vais pas) "
            r"revenir\b|\bje ne reviendrai pas\b|\bich (?:komme|werde) nicht (?:mehr )?zuruck\w*|"
            r"\bnon (?:ho intenzione di |penso di )?tornare\b|\bnon torn(?:ero|o)\b|\bno vuelvo\b|"
            r"\bje ne reviens pas\b|\bnao (?:vou|penso) "
            r"voltar\b|\bnao volto\b|\bik kom niet (?:meer )?terug\b",
            requires=r"\b(?:ultim[ao]|derniere?|letzte[nr]?|laatste|sol[ao]|seul[e]?|allein|"
            r"alleen|montana|montagne|berg\w*|montagna|montanha|bergen|trilha|salida|sortie|"
            r"tour|uscita|tocht|viaje|voyage|reise|viaggio|viagem|reis)\b",
            unless=r"\b(?:a (?:comprar|pedir)|a (?:acheter|commander)|kaufen|bestellen|a "
            r"comprare|a ordinare|comprar mais|bestellen|kopen|winkel|tienda|loja|negozio|"
            r"magasin|laden)\b",
            window=120,
            negatable=False,
            name="self_harm_no_return_intl",
        ),
        r(
            "self_harm",
            r"\b(?:stopped|stop|quit) caring (?:if|whether) i (?:wake up|live|make it|die)\b"
            r"|\b(?:don'?t|do not|wouldn'?t|would not) (?:really )?(?:care|mind) (?:if|whether) i "
            r"(?:wake up|woke up|don'?t wake up|never wake up|live|make it|die)\b"
            r"(?! (?:early|late|at|before|for|to|in time|on time)\b)"
            r"|\b(?:nem|nao) vou (?:mais )?estar (?:mais )?aqui\b"
            r"|\bbetter off if i (?:just )?(?:wasn'?t|weren'?t|didn'?t (?:come back|wake up|make "
            r"it)|was gone|disappeared|never came back)\b|\b(?:thinking?|thinkin|thought|"
            r"been thinking) (?:about|of) ending it\b"
            r"|\bya no (?:voy a )?estar(?:e)? "
            r"aqui\b|\bnon ci saro piu\b|\bwon'?t be (?:here|around) (?:anymore )?when (?:it|"
            r"the \w+) (?:arrives|comes|gets here|ships)\b",
            unless=LAUGHTER_OR_JOY + r"|\b(?:vacation|holiday|vacaciones|ferias|vacanze|"
            r"viagem|viaje|travel\w*|moving|mudanza|mudanca)\b",
            negatable=False,
            name="self_harm_passive_wish",
        ),
        r(
            "violence_threat",
            r"\bi (?:own|have|keep|bought) (?:a |an |my )?(?:rifle|gun|shotgun|pistol|handgun|"
            r"firearm|ar-?15|glock)s?\b",
            requires=r"\b(?:refund|patient|warned|figure (?:it )?out|free time|or else|your "
            r"(?:store|office|staff|warehouse|driver|ceo)|(?:my|the) money)\b",
            unless=r"\b(?:hunting|hunt|range|scope|sling|case for|holster|safe for|cleaning kit)\b",
            negatable=False,
            name="violence_weapon_owned",
        ),
        # Someone else's farewell told by family: "left a note saying sorry for everything",
        # "a one-way bus ticket to the mountains".
        r(
            "self_harm",
            r"\b(?:left|wrote|found) (?:a |his |her |their )?(?:note|letter|message) "
            r"(?:saying|that said|telling us) (?:\w+ ){0,3}(?:sorry for everything|goodbye|"
            r"we'?d be better off|we'?ll be better off|not to look for)\b"
            r"|\bone[- ]way (?:bus |train |plane )?ticket\b",
            requires=r"\b(?:sorry for everything|better off|can'?t reach|not answering|missing|"
            r"goodbye|note)\b",
            negatable=False,
            name="self_harm_reported_by_family",
        ),
        # "the only gear I need is a rope strong enough to hold me": laughter around it does
        # not make it a joke.
        r(
            "self_harm",
            r"\b(?:rope|cord|strap)s? (?:\w+ )?(?:strong enough(?: to)?|that (?:will|can|would)|"
            r"to) hold (?:me|my weight)\b|\b(?:saving|saved|hoarding|collecting) (?:up )?(?:my |"
            r"some )?(?:pills|meds|tablets|painkillers)\b",
            unless=r"\b(?:climb\w*|belay\w*|rappel\w*|abseil\w*|hammock|harness|hang(?:ing)? "
            r"(?:my|the) (?:food|bear bag|hammock))\b",
            negatable=False,
            name="self_harm_means",
        ),
        r(
            "violence_threat",
            r"\b(?:vallen er|krijg(?:t|en)? (?:je|jij|jullie|hij|zij)) klappen\b|\bsla (?:ik|we) "
            r"(?:je|jullie|hem|haar|die \w+)\b|\bin elkaar (?:slaan|trappen|timmeren)\b"
            r"|\bop (?:je|z'n|zijn|haar) (?:bek|smoel)\b"
            # blind12 (spent): "spacco tutto ... chi si mette in mezzo si fa male", "steek de
            # boel in de fik", "slashing every tire ... step out and try me".
            r"|\bspacco (?:tutto|la faccia|le gambe)\b|\bchi si mette in mezzo si fa male\b"
            r"|\b(?:steek|steken|zet|zetten) (?:de boel|alles|jullie \w+|het \w+) in (?:de fik|"
            r"brand)\b|\bslash(?:ing)? (?:every|all|your|the|their) (?:\w+ )?tires?\b"
            r"|\bstep out and try me\b"
            # blind13 (spent): "should get one through the skull", "I own a rifle and I'm a
            # patient man".
            r"|\b(?:get|take|put) (?:one|it|this|a \w+) through (?:the|his|her|their|your) "
            r"(?:skull|head)\b|\bcoming by the office (?:\w+ )?to demonstrate\b"
            # blind14 (spent): "deserves a broken jaw ... happy to deliver it personally",
            # "lo aspetto fuori con il bastone, giuro che gliele do", "ik weet waar die
            # medewerker woont ... ik sta bij hem voor de deur".
            r"|\bdeserves? a broken (?:jaw|nose|leg|arm|neck|face)\b|\bdeliver it personally\b"
            r"|\blo aspetto fuori\b|\bgliele do\b|\bcon il bastone\b"
            r"|\bik weet waar (?:\w+ ){0,6}woont\b"
            r"|\bsta (?:ik )?bij (?:hem|haar|jullie) (?:voor de deur|op de stoep)\b",
            unless=r"\b(?:voetbal|wedstrijd|boksen|boxing|game|spel)\b",
            negatable=False,
            name="violence_fists_and_fire",
        ),
        r(
            "safety_injury",
            r"\bbegon te (?:smelten|roken)\b|\bsmolt\b|\brookte\b|\bnet op tijd (?:uit|weg|"
            r"eruit|buiten)\b|\bkwam (?:er )?rook (?:uit|van)\b|\b(?:brandweer|"
            r"bombeiros|pompiers|bomberos|vigili del fuoco|feuerwehr) (?:\w+ )?(?:gebeld|"
            r"chamad\w+|appele\w*|llamad\w+|chiamat\w+|gerufen|alarmiert|kwam|came|called)\b"
            r"|\b(?:called|call) the fire (?:brigade|department)\b|\baufgeplatzt\b|\bgequalmt\b"
            r"|\bqualmt\b|\b(?:hat|ist) (?:\w+ )?(?:geraucht|geschmolzen)\b",
            unless=r"\b(?:oefening|drill|ubung|exercice|kaas|cheese|schnee|sneeuw|snow|"
            r"chocolade|schokolade|kerze|kaars)\b",
            negatable=False,
            name="safety_smoke_fire_brigade",
        ),
        *later_crisis_context_rules(),
    )
