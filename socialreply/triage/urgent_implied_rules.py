"""Urgent-level families found missing on the spent blind51 and blind52 batches (session
13): a rep who told an older customer a product is "too complicated for you" or "coisa de
velho", a wheelchair looked at and laughed about, "you're one of those", "go back to her
country" in the seven languages, slurs masked with asterisks, the same exchange refused to
a customer in a hijab and granted to a friend; a lawyer engaged and a judge named in
Dutch and Spanish; a complaint lodged with the Information Commissioner; an editor
writing in German. Each alternative covers a family of phrasings, never one post."""

from __future__ import annotations

from .rules import EscalationRule, make_rule
from .urgent_hidden_rules import _STAFF_SAID

# Someone at the shop, in the seven languages: the one whose words or looks the
# discrimination families cover.
_STAFF = (
    r"\b(?:agent|rep|representative|employee|staff|support|chat|assistant|clerk|cashier|"
    r"associate|manager|salesperson|sales (?:guy|girl|woman|man|lady)|guy at|typ|mitarbeiter\w*|"
    r"verkaufer\w*|operatore|operatrice|commess[oa]|atendente|vendedor\w*|vendeu\w+|"
    r"conseill\w+|medewerker|verkoper|dependiente|chica del chat|chico del chat|messestand|"
    r"stand|booth|store|shop|call cent(?:er|re))\b"
)
# What a rep said or did, reported: "told him", "me disse", "hat gemeint".
_SAID = (
    _STAFF_SAID + r"|\b(?:told|said|wrote|replied|answered|asked|gemeint|meinte|me disse|"
    r"disse|dijo|me dijo|m'a dit|mi ha detto|zei|hung up)\b"
)


def urgent_implied_rules() -> tuple[EscalationRule, ...]:
    """Session 13's urgent families and the look-alikes they leave alone."""
    r = make_rule
    return (
        # Age: "this is probably too complicated for you, have your grandson buy it", "na
        # minha idade eu devia comprar 'coisa de velho'", "a mi edad", "in meinem Alter".
        r(
            "discrimination_harassment",
            r"\b(?:have|get|ask|let) (?:your|his|her) (?:grandson|granddaughter|grandkids?|"
            r"grandchildren|grandchild|kids|son|daughter) (?:to )?(?:buy|do|set|order|help|"
            r"explain)\b"
            r"|\btoo (?:complicated|difficult|technical|hard) for (?:you|him|her|someone) (?:at "
            r"(?:your|his|her) age|your age|his age|her age)\b"
            r"|\b(?:na|a|en|alla|in|op) (?:minha|mi|mon|mia|meinem|mijn|sua|su|son|ihrem) "
            r"(?:idade|edad|age|eta|alter|leeftijd)\b"
            r"|\bcoisa de velh[oa]s?\b|\bcosas? de viej[oa]s?\b|\btruc de vieux\b|\broba da "
            r"vecchi\b|\bwas fur alte leute\b|\biets voor oude mensen\b"
            r"|\bage (?:shouldn'?t|should not|doesn'?t|does not) matter\b",
            requires=_SAID,
            unless=r"\b(?:discount|descuento|desconto|remise|rabatt|korting|sconto|senior "
            r"(?:discount|price)|seniorenrabatt)\b",
            window=60,
            negatable=False,
            name="discrimination_age_session13",
        ),
        # Disability looked at and laughed about: "hat auf meinen Rollstuhl geschaut und
        # gemeint, Wanderschuhe bräuchte ich ja wohl nicht. Alle haben gelacht."
        r(
            "discrimination_harassment",
            r"\b(?:wheelchair|rollstuhl|silla de ruedas|fauteuil roulant|sedia a rotelle|rolstoel|"
            r"cadeira de rodas|crutches|krucken|muletas|bequilles|stampelle|krukken|prosthetic|"
            r"prothese|protesi|protesis|protese|white cane|blindenstock|hearing aids?)\b",
            requires=r"\A(?=[\s\S]*\b(?:laugh\w*|gelacht|lachten|lachte|ausgelacht|se rieron|se "
            r"rio|se burl\w+|ont ri|a ri|se sont moques|hanno riso|ha riso|uitgelachen|riram|riu|"
            r"zombou|zombaram|mock\w*|made fun|joke\w*|witz\w*)\b)(?=[\s\S]*" + _STAFF + r")",
            unless=r"\b(?:my (?:\w+ )?(?:kid|son|daughter|friend)s? (?:laughed|loved))\b",
            window=200,
            negatable=False,
            name="discrimination_disability_laughed_session13",
        ),
        # "ha risposto 'ah, sei una di quelle'", "you're one of those", said of the customer
        # by the rep and left unfinished.
        r(
            "discrimination_harassment",
            r"\b(?:sei|lei e|you'?re|you are|eres|tu es|du bist|sie sind|je bent|voce e|vc e) "
            r"(?:una?|one|uno|eine?|un|une|een|uma?) (?:di quell[ei]|of those|de esas|de esos|de "
            r"celles|de ceux|von denen|van die|daquelas|daqueles|dessas|desses)\b(?=\s*(?:['\x22"
            r"\u2019\u201d.!?,)]|$))",
            requires=_SAID,
            negatable=False,
            name="discrimination_one_of_those_session13",
        ),
        # "devia voltar pro país dela", "tell her to go back to whatever call-centre country
        # she came from", "people like her shouldn't be allowed to talk to real customers",
        # "contratem gente daqui", "esse pano na cabeça".
        r(
            "discrimination_harassment",
            r"\b(?:go|goes|send (?:her|him|them)) back to (?:her|his|their|your|whatever|"
            r"wherever|the) (?:[\w-]+ ){0,3}(?:country|countries|homeland|village|jungle|came "
            r"from)\b"
            r"|\b(?:voltar|volta|voltem|mandar (?:ela|ele) de volta) (?:pro|para o|pra o|ao) "
            r"(?:pais|lugar) (?:dela|dele|deles|delas|de onde (?:veio|vieram))\b"
            r"|\b(?:vuelva|volver|vuelvan|regrese|regresar|que se vaya|que se vuelva) a su pais\b"
            r"|\b(?:retourne|rentre|retourner|rentrer|renvoyer) (?:dans|chez) (?:son|ton|leur) "
            r"pays\b"
            r"|\b(?:torna|tornare|tornasse|tornassero|se ne torni|tornatevene) (?:al|nel|a casa "
            r"nel) (?:suo|tuo|loro) paese\b"
            r"|\b(?:geh|gehen|soll|sollte|zuruck) (?:\w+ )?(?:in|nach) (?:dein|ihr|sein|euer) "
            r"(?:land|heimatland)\b"
            r"|\b(?:ga|gaan|moet|terug) (?:\w+ )?naar (?:je|haar|zijn|hun) (?:eigen )?land\b"
            r"|\bpeople like (?:her|him|them|you) (?:shouldn'?t|should not|don'?t|do not) "
            r"(?:be allowed|belong|get to)\b"
            r"|\b(?:contratem|contraten|contratad|embauchez|assumete|stellt|neem) (?:\w+ )?"
            r"(?:gente|gens|persone|leute|mensen) (?:daqui|de aqui|d'ici|di qui|von hier|van "
            r"hier)\b|\bhire (?:some )?(?:real |actual )?(?:americans|locals|people from here|"
            r"english speakers)\b"
            r"|\b(?:pano|trapo|rag|towel|torchon|lappen|straccio|vod) (?:\w+ )?(?:na|on|sur|en|auf|"
            r"in|op) (?:a |la |le |der |de |het |her |his )?(?:cabeca|head|tete|cabeza|kopf|testa|"
            r"hoofd)\b",
            requires=_STAFF + r"|\b(?:she|he|her|him|ela|ele|dela|dele)\b",
            unless=r"\bback to (?:bed|sleep|work|school|the (?:store|shop|trail|tent|car|"
            r"trailhead))\b|\b(?:went|came|flew) back\b|\bfor the (?:summer|holidays|winter)\b|"
            r"\bvisit\w*",
            window=60,
            negatable=False,
            name="discrimination_go_back_session13",
        ),
        # Slurs masked with asterisks or spelled out ("typical c*rry m*ncher"), said of a
        # rep; a slur a rep called the customer ("me llamó 'sudaca'").
        r(
            "discrimination_harassment",
            r"\bc[u*]ry[- ]?m[u*]nch\w*|\bn\*{1,2}(?:ger|ga)s?\b|\bf\*{1,2}got\w*|"
            r"\bch\*nk\w*|\bsp\*c\w*|\br\*t\*?rd\w*|\braghead\w*|\bsand ?n\w*r\w*|\bpakis?\b|"
            r"\bbeaners?\b"
            r"|\b(?:sudacas?|maricon(?:es)?|panchit[oa]s?|negrat\w*|bougnoul\w*|"
            r"negro de mierda|kanaken?|zigeuner|terron[ei]|makakken?|tranny|trannies)\b",
            requires=_STAFF,
            unless=r"\b(?:paki(?:stani)? (?:food|restaurant|cuisine)|spice|spicy)\b",
            negatable=False,
            name="discrimination_slurs_session13",
        ),
        # Weight and size: "maybe try losing a few lbs first haha", "probably won't work for
        # someone my size anyway", "tried a plus-size store"; a same-sex couple laughed at
        # ("jokes about me and my boyfriend being two guys"); the rep who "messaged my
        # personal Instagram ... asking me out".
        r(
            "discrimination_harassment",
            r"\b(?:try|start|consider) (?:losing|dropping|to lose) (?:a (?:bit|little|few|couple)"
            r"(?: of)? |some |a few \w+ of )?(?:weight|pounds|kilos|lbs|kgs?)\b"
            r"|\b(?:work|fit|suit|be) for (?:someone|somebody|people) (?:my|your|her|his) size\b"
            r"|\b(?:tried|try|go to|shop at) a plus[- ]size (?:store|shop|brand|section)\b"
            r"|\b(?:jokes?|comments?|remarks?|fun) (?:\w+ ){0,2}(?:about|of) (?:me and my \w+|us|"
            r"my \w+ and (?:me|i)) being\b"
            r"|\b(?:has |have |had )?(?:messaged|texted|dmed|dm'?d|contacted|followed|added|"
            r"called) my (?:personal |private |own )?(?:instagram|insta|ig|facebook|fb|tiktok|"
            r"phone|cell|number|whatsapp|socials|snapchat)\b[^.!?]{0,60}\b(?:times|again|since|"
            r"asking me out|stop)\b"
            r"|\b(?:asking|asked|keeps asking) me out\b",
            requires=_SAID + "|" + _STAFF,
            unless=r"\bmy (?:doctor|trainer|coach|physio|gp|nutritionist|mom|mum|dad)\b|"
            r"\b(?:doctor|trainer|coach) (?:said|told)\b|\bmy (?:bf|gf|boyfriend|girlfriend|"
            r"husband|wife|partner) (?:\w+ )?asked me out\b",
            window=60,
            negatable=False,
            name="discrimination_body_and_advances_session13",
        ),
        # The same request refused to the customer and granted to a friend: "my profile pic
        # has me in my hijab ... my friend did the exact same exchange, zero questions".
        r(
            "discrimination_harassment",
            r"\b(?:my|a) (?:white |\w+ )?(?:friend|colleague|coworker|sister|brother|partner|"
            r"husband|wife|neighbou?r|roommate)\b[^.!?]{0,80}\b(?:zero|no|none of the|without "
            r"any) (?:questions|verification|id|checks?|problems?|issues?)\b",
            requires=r"\b(?:hijab|headscarf|turban|niqab|kippah|yarmulke|accent|skin|black|brown|"
            r"muslim|jewish|gay|trans|wheelchair|my name|last name|surname)\b",
            unless=r"\b(?:browser|app|cache|cookies|wifi|vpn)\b",
            window=80,
            negatable=False,
            name="discrimination_treated_unlike_friend_session13",
        ),
        # Dutch and Spanish legal threats: "stap ik naar de rechter", "mijn advocaat staat
        # klaar", "ik heb mijn advocaat ingeschakeld", "os demando en el juzgado".
        r(
            "legal_threat",
            r"\b(?:stap|stappen|ga|gaan) (?:ik |we )?(?:naar|bij) de rechter\b|\brechtszaak\b"
            r"|\bdagvaard\w*|\bjuridische stappen\b|\bingebrekestelling\b"
            r"|\b(?:mijn|onze|een) advocaat (?:staat klaar|is ingeschakeld|ingeschakeld|neemt|"
            r"stuurt|heeft|gaat|bekijkt|zegt)\b|\badvocaat (?:\w+ )?ingeschakeld\b"
            r"|\b(?:os|te|les|lo|la|los|las) (?:demando|demandare|demandaremos|vamos a demandar|"
            r"denuncio)\b|\b(?:en|al|ante el) juzgado\b|\bante (?:un|el) juez\b",
            unless=r"\b(?:vriend\w*|broer|zus|vader|moeder|neef|nicht|amig[oa]|hermano|hermana|"
            r"aangeraden|raadde|recomendo)\b",
            window=60,
            name="legal_nl_es_session13",
        ),
        # A complaint lodged with the UK's Information Commissioner; a subject access
        # request left unanswered.
        r(
            "regulatory",
            r"\binformation commissioner\w*|\b(?:lodged|filed|made|submitted|raised|sent) (?:a |"
            r"my |an official )?complaint (?:with|to) (?:the )?(?:\w+ ){0,4}(?:commissioner|"
            r"ombudsman)\b",
            unless=r"\b(?:customer service|support|post office|box office)\b",
            name="regulatory_commissioner_session13",
        ),
        # An editor or journalist writing in German, Italian, Portuguese, Dutch: "ich
        # schreibe als Redakteurin ... einen Artikel", "ich bin Redakteurin ... und
        # recherchiere".
        r(
            "media_inquiry",
            r"\b(?:redakteur\w*|journalistin|reporterin|redactrice|redactora|redattore|"
            r"redattrice|giornalista|jornalista|verslaggever|redacteur|redactie)\b",
            requires=r"\b(?:stellungnahme|statement|interview\w*|entrevista|intervista|"
            r"commento|comentario|commentaire|reactie|hatten sie zeit|potreste|poderiam|"
            r"podrian|pourriez)\b",
            unless=r"\b(?:mein\w*|mijn|mia|mio|minha|meu) (?:freundin|freund|schwester|bruder|"
            r"vriend\w*|zus|broer|amic[ao]|sorella|fratello|amig[ao]|irma|irmao)\b",
            # "nessuna intervista, solo complimenti": a journalist speaking as a customer.
            unless_post=r"\b(?:nessuna intervista|sem entrevista|sin entrevista|ohne interview|"
            r"kein interview|geen interview|pas d'interview|(?:solo|solamente|apenas|nur|juste|"
            r"alleen) (?:da |como |als |comme )?(?:cliente|client|kund\w*|klant))\b",
            window=60,
            name="media_editor_intl_session13",
        ),
    )
