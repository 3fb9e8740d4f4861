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
Session 7 added the crisis families of blind16-blind25; each rule's comment names its
batch."""

from __future__ import annotations

from .crisis_rules import LAUGHTER_OR_JOY, SELF_CORRECTED
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
