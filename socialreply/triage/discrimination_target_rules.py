"""Session 15's discrimination family (from blind57 and blind58 after their score):
harassment told by its target.

The target rarely names the discrimination. They tell what a staff member did ("stopped
helping me the second I mentioned my wife", "heard my surname and asked if I was 'sure I
wasn't trying to commit fraud'", "used the wrong pronoun on purpose, several times", "told
me in front of everyone to take off my hijab and laughed") and the identity is a cue
elsewhere in the post: a partner, a name or an accent, a hijab, an age, a wheelchair, a
size, being trans, Black or a woman.

Three parts must be in the post, so a complaint about a rude agent or an agent who
mentioned the writer's wife stays ordinary: a staff member of the brand (or the brand's own
page), something done to the writer (laughed, mocked, followed, refused, humiliated in
front of everyone, on purpose), and an identity cue — in the seven languages.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# A staff member or the brand's account.
_STAFF = (
    r"\b(?:agent|rep|representative|staff|staffer|employee|clerk|cashier|associate|"
    r"salesperson|sales guy|store manager|manager|supervisor|interviewer|operator|"
    r"whoever runs your (?:account|page)|(?:guy|girl|lady|woman|man) (?:at|behind) "
    r"(?:the|your) (?:counter|register|booth|table|desk|stand)|"
    r"(?:guy|girl|lady|woman|man|person) (?:on the (?:phone|line)|in (?:the )?chat)|"
    r"agente|encargad[oa]|dependient[ae]|vendedor[a]?|asesor[a]?|chica de atencion|"
    # session 16 round 3: "la chica del chat me dijo"
    r"(?:chic[oa]|senor[a]?|muchach[oa]) (?:del chat|de la tienda|de la caja|del mostrador)|"
    r"conseill\w+|vendeu\w+|agent du sav|employe\w*|gerant\w*|"
    r"mitarbeiter\w*|verkaufer\w*|filialleiter\w*|"
    r"commess[oa]|operator\w*|operatore|addett[oa]|ragazzo in chat|"
    r"atendente|funcionari[oa]|vendedora|gerente|"
    r"medewerk\w+|verkoper|verkoopster|"
    # Session 17 (blind72): the service desk itself as the speaker ("kreeg van jullie eigen
    # klantenservice als antwoord dat ..."), in the seven languages.
    r"customer (?:service|support|care)|support team|klantenservice|klantendienst|"
    r"atencion al cliente|servicio (?:al|de atencion al) cliente|service client\w*|"
    r"kundenservice|kundendienst|servizio clienti|assistenza clienti|atendimento ao cliente)\b"
)
# Shared with `discrimination_contempt_rules`.
STAFF_WORDS = _STAFF
# Something done to the writer, beyond an unhelpful answer.
_TREATED = (
    r"\b(?:laughed|laughing|mocked|mocking|imitat\w+|sneer\w*|smirk\w*|followed (?:me|us)|"
    r"stopped helping|refused to (?:serve|help)|wouldn'?t (?:serve|help|let)|humiliat\w+|"
    r"in front of (?:everyone|everybody|the (?:whole )?(?:store|line|queue))|on purpose|"
    r"deliberately|misgender\w*|wrong (?:name|pronouns?)|called me|as soon as (?:i|he|she) "
    r"(?:heard|saw|mentioned)|the second i mentioned|heard my (?:name|surname|last name|accent)|"
    r"se rio|se reia|se burl\w+|delante de todo el mundo|a proposito|me siguio|"
    r"nombre equivocado|pronombre equivocado|"
    r"a ri|se moqu\w+|devant tout le monde|expres|mauvais (?:pronom|prenom)|a entendu mon "
    r"(?:nom|accent)|"
    r"gelacht|lachte|ausgelacht|vor allen|absichtlich|falschen (?:namen|pronomen)|"
    r"rideva|ha riso|deris\w+|davanti a tutti|apposta|di proposito|"
    r"riu|rindo|zombou|imitando|na frente de todo mundo|de proposito|"
    # session 16: "ficou me chamando de 'vovó' ... como se eu fosse burra"
    r"(?:ficou|ficava) me chamando|me chamou de|me chamando de|como se eu fosse|"
    r"uitgelachen|waar iedereen bij|expres|met opzet|verkeerde (?:naam|voornaamwoord)|"
    # blind67 (spent): "hat mich 'Schätzchen' genannt": called me, in the other languages.
    r"mich\W+(?:\w+\W+){0,2}?genan\w*|nannte mich|me (?:llamo|llamaba|llamaron)|"
    r"m'a (?:appele\w*|traite\w* de)|m'appelait|mi (?:ha chiamat\w|chiamava)|"
    r"noemde (?:me|mij)|(?:me|mij)\W+(?:\w+\W+){0,2}?genoemd)\b"
)
# What the treatment was about, named anywhere in the post.
_IDENTITY_CUE = (
    r"\b(?:my (?:wife|husband|girlfriend|boyfriend|partner)|surname|last name|family name|"
    r"accent|hijab\w*|headscarf|turban|kippah|trans|transgender|nonbinary|non-binary|"
    r"pronouns?|wheelchair|adaptive|seated|deaf|blind|disab\w+|black|brown|asian|"
    r"(?:i'?m|i am) (?:\d\d|a woman|a girl|a man|gay|muslim|jewish)|my age|his age|her age|"
    r"whale|plus[- ]size\w*|3xl|xxl|"
    r"mi (?:mujer|esposa|marido|novi[oa])|apellido|acento|hiyab|pa[nñ]uelo|silla de ruedas|"
    r"tengo \d\d anos|ma (?:femme|copine)|mon (?:mari|copain)|nom de famille|accent|voile|"
    r"fauteuil|j'ai \d\d ans|meine? (?:frau|mann|freundin|freund)|nachname|akzent|kopftuch|"
    r"rollstuhl|ich bin (?:\d\d|trans|schwul|lesbisch)|mia moglie|mio marito|cognome|"
    r"velo|sedia a rotelle|ho \d\d anni|ragazz[ae]|minha (?:mulher|esposa)|"
    # "donna" squeezes to "dona" like English "done" ("I'm done"): only after an Italian
    # article or preposition (session 16).
    r"(?:una|la|le|alle|delle|dalle|da|per|di|tra|fra|siamo|sono) donn[ae]|"
    r"meu marido|sobrenome|sotaque|cadeirante|cadeira de rodas|tenho \d\d anos|mijn "
    r"(?:vrouw|man)|achternaam|hoofddoek|rolstoel|ik ben \d\d)\b"
)

# The brand's own page or content calling a group names: "the image description on your
# size chart calls the XL and XXL row 'the whale section'", "whoever runs your account
# replied 'maybe hiking just isn't for you'".
_BRAND_CONTENT = (
    r"\b(?:whoever runs your (?:account|page|dms?)|(?:image description|alt text) (?:on|of) "
    r"your|your (?:\w+'?s )?(?:size chart|image description|alt text|product description|"
    r"social media (?:team|person)))\b(?:\W+\w+){0,12}?\W+"
    r"(?:replied|wrote|answered|calls|called|labels|labelled|describes|described)\b"
)
# A staff member quoted saying a group cannot or should not: "i ramponi non sono roba da
# ragazze", "not for ladies", "las señoras mayores no deberían".
_QUOTED_GROUP = (
    _STAFF + r"(?:\W+\w+){0,10}?\W+(?:said|told|ha detto|dijo|a dit|hat gesagt|disse|zei)\b"
    r"[^'\"\u201c\u00ab\n]{0,40}['\"\u201c\u00ab][^'\"\u201d\u00bb\n]{0,60}?\b(?:girls|women|ladies|"
    r"grandmas?|old (?:people|folks)|ragazze|donne|signore|chicas|mujeres|senoras|filles|"
    r"femmes|madchen|frauen|omas?|meninas|mulheres|senhoras|meisjes|vrouwen|dames)\b"
)

# Round two (blind59/60, spent). A slur for a gay man, masked or not, about anyone: "tell
# that f*g in your returns department", "called my boyfriend and me 'a couple of f*gs'"
# (never "the fag end of the sale").
_SLUR = (
    r"\b(?:(?:f\*g|f\*\*g|f\*\*\*g)s?|fags?(?! end\b)|(?:f\*got|f\*\*got|f\*\*\*ot)s?|dykes?|"
    r"tranny|trannies|tapettes?|mietjes?|vieze homo'?s?|sale pede|sales pedes)\b"
)
# Told, in quotes, that the gear is not for the writer's body or for people like them:
# "was told 'this gear is for people who actually hike'" (a wheelchair user), "called me
# 'chubby' ... 'isn't really made for my body type'".
_GATEKEPT = (
    r"\b(?:told|said|replied|answered|wrote|called me|(?:answer|reply|response) i got was)\b"
    r"[^'\"\n]{0,30}['\"\u201c]"
    r"[^'\"\u201d\n]{0,60}?\b(?:for people who (?:actually|really|can)|(?:isn'?t|is not|not|"
    r"aren'?t) (?:really )?(?:made|meant|designed|built) for (?:my|your|people like|someone "
    r"like|you|bodies)|people like you|(?:your|my) body type|chubby|fatty|fat|"
    # session 16 round 3: "the reply I got was 'maybe try a diet before a parka'"
    r"(?:try|go on|start) a diet|diet (?:first|before))\b"
)
_BODY_OR_DISABILITY = (
    _IDENTITY_CUE + r"|\b(?:body type|chubby|fatty|xl|wheelchair user|accessible|disabled)\b"
)
# A staff member's question in quotes about a same-sex couple: "de medewerker vroeg 'voor
# twee mannen? ieuw'".
_COUPLE_QUESTIONED = (
    r"\b(?:asked|said|vroeg|zei|fragte|sagte|demande|a dit|pregunto|dijo|chiese|ha detto|"
    r"perguntou|disse)\W+['\"\u201c\u00ab][^'\"\u201d\u00bb\n]{0,40}?\b(?:two (?:men|guys|women|"
    r"girls)|twee (?:mannen|vrouwen|jongens)|deux (?:hommes|femmes|mecs)|zwei (?:manner|"
    r"frauen)|dos (?:hombres|mujeres)|due (?:uomini|donne)|dois homens|duas mulheres)\b"
)

# Round three (blind61/62, spent): a staff member's remark, in quotes, about the writer's body,
# age, means or status: 'your returns rep said I should "lose a few pounds before buying a
# down jacket"', "the agent told me at 68 I should 'stick to mall walking'", "asked if I was
# 'sure I could afford' the Summit 65L", "said 'that's for actual veterans ma'am'", "heard my
# accent and asked if I 'even bought it legally'". The quote may hold apostrophes ("don't",
# "ma'am"). The remark itself carries the identity, so no other cue is needed; a staff quote
# about the product ("said 'it runs small'") has none of these words.
_SAID = (
    r"(?:said|told me|asked (?:me )?(?:if|whether)|wrote|replied|suggested|dijo|me dijo|"
    r"escribio|pregunto|a dit|m'a dit|a ecrit|m'a demande|hat gesagt|sagte|schrieb|fragte|"
    r"meinte|ha detto|mi ha detto|ha scritto|chiesto|disse|escreveu|perguntou|zei|schreef|vroeg|"
    r"typed|falou|me falou"
    # Session 17 (blind71/72): the remark given as the answer ("la agente me contestó que
    # 'quizás debería bajar unos kilos'", "kreeg als antwoord dat ik 'eerst wat moet
    # afvallen'"), in the seven languages.
    r"|answered|responded|got told|was told|(?:me )?contesto|(?:me )?respondio|me solto|"
    r"(?:m'a |a )?repondu|(?:hat )?geantwortet|antwortete|(?:mi )?ha risposto|rispose|"
    r"respondeu|me respondeu|antwoordde|als antwoord|kreeg te horen)"
)
_QUOTE = (
    # Session 16 round 3: an apostrophe inside a word before the quote ("told me the women's
    # parka 'probably won't zip over a body like mine'").
    r"(?:[^'\"\u201c\u00ab\u201e\n]|(?<=\w)'(?=\w)){0,40}['\"\u201c\u00ab\u201e]"
    r"(?:[^'\"\u201d\u00bb\u201c\n]|(?<=\w)'(?=\w)){0,80}?"
)
_REMARK = (
    r"\b(?:lose (?:a few |some )?(?:pounds|weight|kilos|lbs)|afford|young (?:folks|people|ones)|"
    r"(?:at|for) your age|too old|body type|actual veterans?|real veterans?|legally|"
    r"stick to mall|bajar (?:unos )?kilos|adelgaz\w+|a (?:tu|su) edad|(?:puede|podria|pode|"
    r"consegue) pagar|veteranos de verdad\w*|perdre (?:quelques |des )?kilos|maigrir|"
    r"a (?:votre|ton) age|les moyens|vrais veterans|abnehmen|ein paar kilo|in (?:ihrem|deinem) "
    r"alter|leisten|echte veteranen|perdere (?:qualche|un po' di) (?:chili|peso)|dimagrir\w+|"
    r"alla (?:sua|tua) eta|permetter\w+|veri veterani|perder (?:uns )?(?:quilos|peso)|"
    r"emagrec\w+|na sua idade|bancar|afvallen|paar kilo|op (?:uw|jouw|je) leeftijd|"
    r"veroorloven|"
    # session 16: the writer's size or name in the remark ("'pra gente do meu tamanho' era
    # melhor procurar loja plus size", "told me my name 'sounds like a scammer name'")
    r"(?:people|gente|gente do|gente de|personas|des gens|leute|persone|mensen) (?:of |de |"
    r"do |di |van )?(?:your|my|meu|seu|teu|tu|su|mi|votre|ma|ta|deiner|ihrer|meiner|tua|mia|"
    r"sua|jouw|mijn|uw) (?:size|tamanho|talla|taille|grosse|taglia|maat)|"
    r"(?:sounds|looks) like a (?:scam|fraud|fake)\w*|(?:scammer|fraudster|fake) name|"
    # "typed 'you people always try to scam'": a group the writer is put in
    # session 16 round 3: the writer's body or literacy in the remark ("won't zip over a body
    # like mine", "maybe try a diet", "'si es que sé leer'")
    r"(?:a )?body like (?:mine|yours|hers|that)|bodies like (?:yours|ours|mine)|(?:try|go on|"
    r"start) a diet|diet (?:first|before)|ponte a dieta|fais un regime|mach (?:mal )?(?:eine )?"
    r"diat|mettiti a dieta|faz (?:uma )?dieta|ga (?:eens )?op dieet|(?:if|whether) (?:you|i) "
    r"(?:can|could) (?:even )?read|si es que (?:se|sabe\w*) leer|si (?:vous savez|tu sais) lire|"
    r"falls (?:sie|du) lesen (?:konnen|kannst)|se (?:sa|sai) leggere|se (?:souber|sabe) ler|"
    r"als (?:je|u) (?:kan|kunt) lezen|"
    r"you people (?:always|never|all|are all)|your kind|ustedes siempre|vous autres|ihr leute "
    r"(?:immer|seid)|voi (?:gente|altri) (?:sempre|siete)|voces (?:sempre|sao todos)|jullie soort)"
)


# Session 16 (blind63-66, spent): treated differently right after the staff saw who the
# writer is: "my return got 'flagged for inspection' right after they saw my hijab in my
# profile pic". What they saw, right after "my", is the identity itself.
_AFTER_SEEING = (
    r"\b(?:(?:right|just|only|immediately|straight) after|as soon as) (?:they|he|she|the \w+|"
    r"your \w+) (?:saw|heard|noticed|found out about|learned|read|looked at) (?:my|our)\b"
    r"|\bjusto despues de (?:que )?(?:ver|vieran|viera|oir|escuchar) (?:mi|mis)\b"
    r"|\bjuste apres avoir (?:vu|entendu|remarque) (?:mon|ma|mes)\b"
    r"|\b(?:gleich|direkt|kurz|sofort) nachdem (?:sie|er) (?:mein|meine|meinen)\b"
    r"|\bsubito dopo (?:aver visto|aver sentito|che hanno visto) (?:il mio|la mia|i miei)\b"
    r"|\blogo (?:depois|apos) (?:de )?(?:ver|verem|ouvir|ouvirem) (?:meu|minha|o meu|a minha)\b"
    r"|\b(?:meteen|direct|vlak) nadat (?:ze|hij|zij) mijn\b"
)
# What they saw, right after "my": the identity itself, not a photo of a torn seam.
_SEEN_IDENTITY = (
    r"(?: \w+){0,2}? (?:hijab|headscarf|turban|kippah|wheelchair|skin|surname|last name|"
    r"accent|wife|husband|girlfriend|boyfriend|partner|pronouns|cane|hearing aids?|"
    r"hiyab|pa[nñ]uelo|silla de ruedas|apellido|acento|voile|fauteuil|nom de famille|"
    r"kopftuch|rollstuhl|nachnamen?|akzent|velo|sedia a rotelle|cognome|accento|"
    r"cadeira de rodas|sobrenome|sotaque|hoofddoek|rolstoel|achternaam)\b"
)

# Round two (blind67/68, spent). A staff member writing to the customer from their own
# account: "one of your social media team has been messaging me from their personal
# account ... calling me 'cute', asking whether I hike alone". The private channel is the
# harassment; a staff mention must be in the post, and thanks cancel it.
_PRIVATE_CONTACT = (
    r"\b(?:messag\w+|text\w*|dm'?\w*|contact\w*|call\w*|add\w*|follow\w*|writ\w+|hitting me up)"
    r" (?:me |my )?(?:\w+ ){0,3}?(?:from|on|via|through|with) (?:their|his|her|a) (?:own )?"
    r"(?:personal|private|privat) (?:account|number|phone|profile|insta\w*|whatsapp)\b"
    r"|\b(?:escribe|escribiendo|manda\w*|contacta\w*) (?:\w+ ){0,3}?desde su (?:cuenta|perfil|"
    r"numero|telefono) (?:personal|privad[oa])\b"
    r"|\b(?:ecrit|ecrire|envoie|contacte|m'ecrit) (?:\w+ ){0,3}?depuis son (?:compte|profil|"
    r"numero|telephone) (?:perso\w*|prive)\b"
    r"|\b(?:schreibt|schrieb|kontaktiert|anruft) (?:\w+ ){0,3}?(?:von|uber) (?:seinem|ihrem) "
    r"(?:privaten|personlichen) (?:account|konto|profil|handy|nummer)\b"
    r"|\b(?:scrive|scrivendo|contatta|manda\w*) (?:\w+ ){0,3}?dal suo (?:profilo|account|numero) "
    r"(?:personale|privato)\b"
    r"|\b(?:mand\w+|escrev\w+|contat\w+) (?:\w+ ){0,3}?d[oa] (?:perfil|conta|numero) "
    r"(?:pessoal|particular)\b"
    r"|\b(?:stuurt|schrijft|berichten|appt) (?:\w+ ){0,3}?(?:vanaf|via|van) (?:zijn|haar) "
    r"(?:prive|persoonlijke)\s?(?:account|nummer|profiel)\b"
)
_STAFF_MENTION = (
    _STAFF + r"|\b(?:one of )?(?:your|vuestr[oa]|votre|euer|eure|vostr[oa]|seu|sua|jullie) "
    r"(?:\w+ ){0,2}?(?:team|staff|employees|people|equipo|equipe|equipa|squadra"
    # Session 17 (blind71): "one of your social media guys", the brand's person by any noun.
    r"|guys?|girls?|folks|lad(?:y|ies)|wom[ae]n|m[ae]n|person|admins?|mods?|moderators?|"
    r"chicos?|chicas?|gente|mecs?|types?|filles?|jungs|leute|ragazz[ioe]|caras?|gajos?|"
    r"moc[oa]s?|jongens|mensen|medewerkers?)\b"
)
_THANKS = r"\b(?:thanks?|thank you|so kind|lovely|gracias|merci|danke|grazie|obrigad[oa]|bedankt)\b"
# Age in hiring: an application at 58 answered with a coded word for young ("we're really
# looking for someone with a bit more energy"). The hiring and the age are both needed.
_YOUNGER = (
    r"\b(?:(?:a bit |a little |much )?more energy|someone younger|younger (?:team|profile|"
    r"candidates?|person|people|blood)|fresh(?:er)? (?:blood|faces?)|digital natives?|"
    r"mas energia|alguien mas joven|perfil (?:mas )?joven|plus d'energie|quelqu'un de plus "
    r"jeune|profil (?:plus )?jeune|mehr energie|jemand\w* junger\w*|junger\w* (?:team|profil|"
    r"kandidat\w*)|piu energia|qualcuno (?:di )?piu giovane|profilo (?:piu )?giovane|"
    r"mais energia|alguem mais (?:jovem|novo)|perfil (?:mais )?jovem|meer energie|"
    r"iemand (?:die )?jonger\w*|jong(?:er)? profiel)\b"
)
_HIRING = (
    r"\b(?:appl(?:ied|ication|ying)|interview\w*|hiring|job|position|recruit\w*|postul\w+|"
    r"solicit\w+|entrevista|empleo|candidat\w+|poste|embauche|bewerb\w+|vorstellungsgesprach|"
    r"stelle|colloquio|assunzion\w+|vaga|emprego|sollicit\w+|baan|vacature)\b"
)
_AGE = (
    r"(?:\b(?:at|aged|i'?m|i am|a los|a|mit|con|aos|met|op) [4-7]\d\b(?! ?(?:%|am|pm|h|min))"
    r"|\b[4-7]\d(?: years old| yo| anos| ans| jahre| anni| jaar)\b|\b(?:tengo|j'ai|ich bin|ho|"
    r"tenho|ik ben) [4-7]\d\b)"
)


def discrimination_target_rules() -> tuple[EscalationRule, ...]:
    """Session 15's discrimination family (see the module docstring)."""
    return (
        make_rule(
            "discrimination_harassment",
            _STAFF + r"(?:\W+\w+){0,14}?\W+" + _TREATED,
            requires=_IDENTITY_CUE,
            negatable=False,
            name="discrimination_told_by_target_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _BRAND_CONTENT,
            requires=_IDENTITY_CUE,
            negatable=False,
            name="discrimination_brand_content_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _QUOTED_GROUP,
            negatable=False,
            name="discrimination_quoted_group_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _SLUR,
            negatable=False,
            name="discrimination_slur_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _GATEKEPT,
            requires=_BODY_OR_DISABILITY,
            negatable=False,
            name="discrimination_gatekept_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _COUPLE_QUESTIONED,
            negatable=False,
            name="discrimination_couple_questioned_session15",
        ),
        make_rule(
            "discrimination_harassment",
            _STAFF + r"(?:\W+\w+){0,8}?\W+" + _SAID + r"\b" + _QUOTE + _REMARK,
            negatable=False,
            name="discrimination_staff_remark_session15",
        ),
        make_rule(
            "discrimination_harassment",
            r"(?:" + _AFTER_SEEING + r")" + _SEEN_IDENTITY,
            negatable=False,
            name="discrimination_after_seeing_session16",
        ),
        make_rule(
            "discrimination_harassment",
            _PRIVATE_CONTACT,
            requires=_STAFF_MENTION,
            unless_post=_THANKS,
            negatable=False,
            name="discrimination_private_contact_session16",
        ),
        make_rule(
            "discrimination_harassment",
            _YOUNGER,
            requires=_HIRING + r"[\s\S]{0,240}?" + _AGE + "|" + _AGE + r"[\s\S]{0,240}?" + _HIRING,
            negatable=False,
            name="discrimination_age_in_hiring_session16",
        ),
    )
