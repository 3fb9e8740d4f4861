"""Crisis-level rules for intent hidden behind ordinary words (session 12, from the spent
blind49 and blind50 batches): a threat that only says the writer will stop writing and
start showing up, a purchase that is "not for camping" beside a grudge, a farewell that
says the gear will not be needed where the writer is going, gear given away because the
writer will not be around, a customer database offered for sale. Each alternative covers
a family of phrasings (tenses, slang, es/fr/de/it/nl equivalents), never one post."""

from __future__ import annotations

from .crisis_guards import FIGURES_OF_DEATH, LAUGHTER_OR_JOY
from .rules import EscalationRule, make_rule

# Giving things away or rehoming a pet: on its own an ordinary sale, beside "I won't be
# around" a warning sign.
_GIVING_AWAY = (
    r"\b(?:selling|sell|giving away|give away|gift(?:ing)?|get rid of|getting rid of) "
    r"(?:off )?(?:all|everything|the whole lot|my (?:\w+ )?(?:gear|stuff|things|pack|tent|"
    r"kit|boots|bags?))\b"
    r"|\b(?:wants?|take|adopt|rehome|look after|care for) my (?:dog|cat|pets?|puppy|kitten)\b"
    r"|\bsomeone (?:should|can|could|might as well|may as well) (?:get to )?(?:enjoy|use|"
    r"have) (?:it|them)\b"
    r"|\bto someone (?:who'?ll|wholl|who will|that will|who can|who'?d) (?:actually )?"
    r"(?:use|need|enjoy|love) (?:it|them)\b"
)

# Someone at the shop did the writer wrong: the grudge that turns a purchase or a visit
# into a threat.
_GRUDGE = (
    r"\b(?:knows?|know) what (?:they|you|he|she) (?:did|done|have done|'?ve done)\b"
    r"|\bteach (?:\w+ ){0,2}a lesson\b|\b(?:your|the) (?:customer service|support|staff|team|"
    r"employees|workers|day shift|night shift|managers?|boss)\b"
)


def crisis_hidden_rules() -> tuple[EscalationRule, ...]:
    """Session 12's crisis families: hidden threats, hidden farewells, a leaked customer
    database offered for sale."""
    r = make_rule
    return (
        # "after that I stop writing emails and start showing up", "non mi limito a
        # scrivere", "occhio quando uscite dal lavoro", "so dove abitano certe persone".
        r(
            "violence_threat",
            r"\bstop (?:writing|sending|emailing|messaging|asking|complaining|talking|being "
            r"nice|being polite)(?: \w+){0,2} and (?:start )?(?:showing up|show up|coming (?:in|"
            r"over|down|by|round)|come (?:in|over|down|by|round)|pay(?:ing)? (?:you|them|someone) "
            r"a visit|visiting)\b"
            r"|\bno more (?:emails|messages|letters|complaints)[,.]? (?:next time )?i'?(?:ll| "
            r"will) (?:come|show up|be) (?:in person|there|at)\b"
            r"|\bnon mi limito (?:piu )?a (?:scrivere|mandare|lamentarmi)\b"
            r"|\bocchio quando (?:uscite|esci|uscirete|escono|staccate)\b"
            r"|\bso dove (?:abitano|abitate|abiti|vivono|vivete|lavorano)\b"
            r"|\bse donde (?:viven|vives|vivis|trabajan)\b"
            r"|\bcuidado cuando (?:salgan|salgais|salis|salen) del trabajo\b"
            r"|\bje sais ou (?:vous habitez|tu habites|ils habitent|elle habite|il habite)\b"
            r"|\bich wei(?:ss|ß) wo (?:ihr wohnt|du wohnst|sie wohnen|er wohnt)\b"
            r"|\bwatch (?:your|their) backs? when (?:you|they) (?:leave|get off|clock out)\b",
            negatable=False,
            name="violence_hidden_session12",
        ),
        # The singular ("so dove abita", "sé dónde vive") is a threat when the one who lives
        # there is the courier, the agent or the manager, not a friend to send a parcel to.
        r(
            "violence_threat",
            r"\bso dove (?:abita|vive|lavora)\b|\bse donde (?:vive|trabaja)\b"
            r"|\bje sais ou (?:il|elle) (?:habite|vit|travaille)\b",
            requires=r"\b(?:corriere|operatore|operatrice|commess[oa]|impiegat[oa]|dipendente|"
            r"responsabile|capo|encargad[oa]|repartidor\w*|agente|atencion al cliente|"
            r"servicio al cliente|chica|chico|livreur|vendeu\w+|conseill\w+|vostro|vostra|"
            r"vuestr[oa]|votre)\b",
            negatable=False,
            name="violence_where_they_live_session12",
        ),
        # "picked up bear spray and fuel canisters today. not for camping. your customer
        # service team knows what they did"; "some of us already have a plan. see you at
        # the warehouse friday".
        r(
            "violence_threat",
            r"\b(?:bear spray|pepper spray|fuel|canisters?|gasoline|petrol|lighter fluid|knife|"
            r"knives|hatchet|axe|machete|ammo|ammunition|rifle|shotgun|gun|zip ties|crowbar"
            r")\b[^!?]{0,60}\bnot for (?:camping|hiking|the trail|the woods|hunting|a trip|"
            r"the backcountry|bears)\b"
            r"|\b(?:already )?(?:have|got|made|making) a plan\b[^!?]{0,80}\bsee (?:you|y'?all|"
            r"them) at (?:the|your) (?:\w+ ){0,2}(?:warehouse|store|office|shop|hq|"
            r"headquarters|depot|factory)\b",
            requires=_GRUDGE,
            unless=r"\bnot for (?:camping|hiking)\b[^.!?]{0,40}\b(?:festival|garden|backyard|"
            r"grill|bbq|barbecue|kitchen|emergenc\w*|power cut|outage|hurricane|van|home|"
            r"cooking|work|fishing)\b",
            negatable=False,
            name="violence_grudge_session12",
        ),
        # "donde voy no la voy a necesitar", "cuidad a los que se quedan", "don't plan on
        # having much lifetime left", "no more anything", "nobody's gonna be home to sign
        # for it. ever."
        r(
            "self_harm",
            r"\b(?:a )?(?:donde|adonde) voy,? no (?:lo|la|los|las|me) (?:voy a|va a|van a) "
            r"(?:necesitar|hacer falta)\b"
            r"|\bno (?:lo|la|los|las) (?:voy a|vaya a) necesitar (?:a )?(?:donde|adonde|alla "
            r"donde) voy\b"
            r"|\bla ou je vais,? je n'?en (?:aurai|aurais) (?:pas|plus) besoin\b"
            r"|\b(?:dove|la dove) (?:sto andando|vado),? non mi (?:servira|serve|serviranno)\b"
            r"|\bwo ich hin ?gehe,? brauche? ich (?:das|sie|ihn|es) nicht\b"
            r"|\b(?:cuidad|cuiden|cuida|cuidar) (?:bien )?a (?:los|las) que (?:se )?quedan\b"
            r"|\b(?:look after|take care of) (?:the ones|those|everyone|the people) (?:who|that) "
            r"(?:stay|remain|are left|are staying)\b"
            r"|\b(?:don'?t|dont|do not|not) (?:plan|planning|expect|expecting) (?:on|to) "
            r"(?:having|have) (?:much|any|a lot of|many|more) (?:lifetime|life) left\b"
            r"|\bnot (?:planning|plan) on (?:hiking|walking|climbing|coming|making it|getting) "
            r"(?:back )?(?:down|home|back)\b(?! (?:before|until|till|by|for|in time|to|after|"
            r"tonight|today|early|soon|this (?:week|weekend)|next))"
            r"|\bno more anything\b"
            r"|\b(?:nobody|no one|noone)(?:'?s| is| will)? (?:gonna |going to )?be (?:home|here|"
            r"around|there) to (?:sign|answer|open|receive|pick)[^.!?]{0,20}[.!?,]? ever\b",
            unless=LAUGHTER_OR_JOY + "|" + FIGURES_OF_DEATH,
            negatable=False,
            name="self_harm_farewell_session12",
        ),
        # Gear given away because "I won't be around for the summer season".
        r(
            "self_harm",
            r"\b(?:won'?t|wont|will not|not gonna|not going to|i'?ll not) be (?:around|here) "
            r"(?:for|by|next|this|to see|much longer|anymore|any more|in)\b"
            r"|\bi'?m done\. no more\b",
            requires=_GIVING_AWAY,
            unless_post=r"\b(?:moving|move|moved|relocat\w*|emigrat\w*|abroad|overseas|new job|"
            r"deploy\w*|travel\w*|semester|exchange|studying|vacation|holiday|upgrad\w*|"
            r"new (?:one|kit|setup)|baby|pregnan\w*|retir\w*)\b",
            negatable=False,
            name="self_harm_giving_away_session12",
        ),
        # The doctor's verdict or the burn described by what the skin did: "ficou vermelho e
        # com bolha, pediatra mandou passar pomada", "rode bultjes, jeukt en brandt, huisarts
        # denkt aan een reactie".
        r(
            "safety_injury",
            r"\bfic(?:ou|aram|ei) (?:todo |toda |bem )?vermelh[oa]s? e (?:com |cheio de |"
            r"cheia de )?bolhas?\b"
            r"|\b(?:pediatra|medico|medica|dermatologista) (?:mandou|receitou|passou|disse pra) "
            r"(?:passar |usar |tomar )?(?:uma |um )?(?:pomada|creme|antibiotico|antialergico)\b"
            r"|\b(?:huisarts|dokter|arts|dermatoloog) (?:denkt|vermoedt|zegt|zei) (?:aan |dat het "
            r"(?:een |om een )?)?(?:een )?(?:reactie|allergische|allergie|ontsteking|infectie|"
            r"brandwond)\w*"
            r"|\b(?:rode )?(?:bultjes|blaren|uitslag)\b[^.!?]{0,40}\b(?:jeukt|jeuken|brandt|"
            r"branden|prikt)\b",
            negatable=False,
            name="safety_skin_and_doctor_session12",
        ),
        # "jullie klantenbestand staat te koop op een forum", "your customer database is for
        # sale on a forum", "datalek bij Northwind".
        r(
            "data_breach",
            r"(?<!\bis )(?<!\bare )(?<!\bist )\b(?:your|jullie|uw|eure|ihre|vuestra|su|votre|"
            r"vostra|la vostra|northwind'?s?) "
            r"(?:\w+ )?(?:customer (?:database|data|list|records|file)|klantenbestand|"
            r"klantgegevens|klantendata|kundendaten|kundendatenbank|base de (?:datos de )?"
            r"clientes|base (?:de donnees )?clients?|fichier clients?|database (?:dei )?clienti)"
            r"\b[^.!?]{0,40}\b(?:for sale|being sold|up for sale|te koop|verkocht|zum verkauf|"
            r"verkauft|a la venta|en venta|en vente|vendu\w*|in vendita|venduto)\b"
            r"|\bdatalek (?:bij|van) (?:jullie|northwind|u)\b|\bdatenleck bei (?:euch|ihnen|"
            r"northwind)\b",
            negatable=False,
            name="breach_for_sale_session12",
        ),
    )
