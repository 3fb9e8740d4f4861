"""False-friend families of everyday service posts, beside `false_friends` (which holds
the families of the urgent and crisis categories and says how all of them are written and
used): a human already reached, "charged" with electricity, old gear given away because it
was replaced, delight shouted. Split off when `false_friends` reached 600 lines (tr15a);
plain lower-case pattern strings, compiled by `compile_rule` where they are used.
"""

from __future__ import annotations

# --- a human already reached, not needed, or asked of other customers -------------------

HUMAN_NOT_WANTED = (
    # "didn't even need a human", "no need to pass me to a person", "talk to a human?
    # didn't need to"
    r"\b(?:didn'?t|did not|don'?t|do not|never|no) (?:even |really |actually |ever )?"
    r"need(?:ed)? (?:to (?:talk|speak|chat) (?:to|with) )?(?:a |an |the |any )?(?:real |"
    r"actual |live )?(?:human|person|people|agent|manager)\b"
    r"|\bno need (?:to|for) (?:\w+ ){0,4}(?:human|person|agent|manager|transfer|escalat\w*)"
    # tr15c: "no need for anyone to call me back, all clear now"; "Real people > bots".
    r"|\bno need (?:to|for) (?:anyone|someone|somebody|a callback|a call)\b(?: (?:\w+ )"
    r"{0,3}(?:call|ring|phone|contact|get back)\w*)?"
    r"|\b(?:real|actual) (?:people|humans?|persons?) ?(?:>|>=|beat|beats|over|win|wins) ?"
    r"(?:the )?(?:bots?|robots?|ai|chatbots?)\b"
    r"|\?\s*(?:i )?(?:didn'?t|did not|never) (?:even )?(?:need|have) to\b"
    # "got a real human named Dana on the phone yesterday and she fixed everything", "got a
    # real person on the phone (shoutout Marcus) and it was great"
    r"|\b(?:got|reached|had|spoke (?:to|with)|talked (?:to|with)|was connected (?:to|with)|"
    r"got through to) (?:a |an )?(?:real |actual |live )?(?:human|person|agent|rep)\b"
    r"[^.!?]{0,80}\b(?:and|who) (?:she |he |they |it )?(?:fixed|sorted|solved|resolved|"
    r"handled|took care of|helped|(?:it |she |he |they )?(?:was|were) (?:honestly |really |"
    r"genuinely |truly |just )?(?:great|amazing|awesome|lovely|fantastic|brilliant|so helpful|"
    r"super helpful|so nice|so kind|wonderful|the best|excellent|perfect))\b(?! nothing| none)"
    # tr15a, by family: the same in the other languages ("gisteren een echte mens aan de lijn
    # gehad en binnen 5 minuten opgelost", "hablé con una persona real y me lo resolvió").
    r"|\becht\w* (?:mens|persoon|medewerker)\b[^.!?]{0,40}\b(?:gehad|gesproken|bereikt)\b"
    r"[^.!?]{0,60}\b(?:opgelost|geholpen|geregeld)\b"
    r"|\b(?:hable|me atendio|consegui hablar) con (?:una )?persona (?:real|de verdad)\b"
    r"[^.!?]{0,80}\b(?:resolvi\w*|soluciono|resuelto|ayudo)\b"
    r"|\b(?:eu|parle a|parle avec|tombe sur) (?:une |un )?(?:vraie personne|vrai humain|"
    r"vrai conseiller)\b[^.!?]{0,80}\b(?:regle|resolu|aide)\b"
    r"|\bechten? (?:menschen|mensch|person|mitarbeiter\w*)\b (?:\w+ ){0,4}(?:gehabt|"
    r"gesprochen|erreicht|dran)\b[^.!?]{0,80}\b(?:gelost|geklart|geholfen|erledigt)\b"
    r"|\b(?:parlato|avuto) (?:con )?(?:una )?persona (?:vera|reale|in carne e ossa)\b"
    r"[^.!?]{0,80}\b(?:risolt\w*|aiutat\w*)\b"
    r"|\b(?:falei|consegui falar) com (?:uma )?pessoa (?:real|de verdade)\b[^.!?]{0,80}"
    r"\b(?:resolv\w*|ajud\w*)\b"
    # "Shoutout to the actual human who packed my order": thanks for work already done.
    r"|\b(?:shout ?out|thanks?|thank you|kudos|props|cheers|bless|hats off) (?:to |for )?"
    r"(?:the|whichever|whoever|that|this|your) (?:real |actual |live )?(?:human|person|"
    r"people|humans)(?: ?\([^)]{0,20}\))? (?:who|that) (?:\w+ )?(?:packed|wrapped|drew|wrote|"
    r"picked|boxed|shipped|"
    r"signed|included|added|put|left|handled|answered|replied|helped|fixed|sorted|made)\b"
    # "can a real person who owns the summit 65L tell me": other customers.
    r"|\b(?:real|actual) (?:person|people|human|humans|owners?|users?|customers?|hikers?) "
    r"(?:who|that|with) (?:\w+ )?(?:owns?|has|have|had|bought|used|uses|tried|wears?|wore|"
    r"hiked|carried|tested|actually)\b"
    # "a real human gem"
    r"|\breal (?:human|person) (?:gem|treasure|angel|legend|hero|mvp|delight|star|"
    r"sweetheart)\b"
    # tr15e: "ask for a human? nah, the chat bot answered", a full "let me speak to your
    # manager" moment told of oneself.
    r"|\bask (?:for|to speak to) (?:a |an |the )?(?:human|person|manager|agent)\?\s*(?:nah|"
    r"nope|no need|no)\b"
    r"|\blet me speak to (?:your|the|a) manager\W{0,3} moments?\b"
    r"|\b(?:no hace falta|no necesito|pas besoin d'|kein (?:mensch|mitarbeiter) notig|"
    r"nao precis\w*|non serve|geen mens nodig)\b"
)

# --- "charged" with electricity ---------------------------------------------------------

_DEVICE = (
    r"(?:phones?|iphone|android|cell|mobile|headlamps?|lamps?|lanterns?|torch|flashlights?|"
    r"watch|garmin|gps|inreach|sat ?phone|satellite messenger|trailcomm|beacon|cameras?|gopro|"
    r"drones?|batter(?:y|ies)|laptop|tablet|ipad|kindle|e-?reader|earbuds|airpods|"
    r"headphones|speaker|radio|devices?|gadgets?|electronics|power ?banks?|solar (?:panel|"
    r"charger)s?|e-?bikes?|toothbrush|razor|fan|steripen|handy|movil|celular|telefono|"
    r"telephone|portable)"
)
# "charged my phone 3 times off the solar power bank", "the headlamp is fully charged",
# "3 full charges out of the power bank". "charged me twice for the headlamp" and "two
# charges on my card" stay payments.
DEVICE_CHARGING = (
    r"\b(?:re)?charg(?:ed|ing|es|e) (?:up )?(?:my|the|our|his|her|their|both|all|every|each|"
    r"two|2|three|3|four|4|several|multiple|a|an) (?:\w+ ){0,2}" + _DEVICE + r"\b"
    r"|\b" + _DEVICE + r" (?:is |was |got |gets |stays |stayed )?(?:fully |completely |"
    r"finally )?(?:re)?charged\b"
    r"|\b(?:re)?charges (?:out of|from|off|per|with) (?:my |the |a |one |its |this |that )?"
    r"(?:\w+ ){0,2}" + _DEVICE + r"\b"
    r"|\bfull (?:phone |battery )?(?:re)?charges\b"
)

# --- old gear given away because it was replaced ----------------------------------------

# "giving away my old tent ... since i upgraded to the ultralight 1", "got a new one",
# "outgrew it", decluttering: an ordinary reason to part with gear ("not upgrading, not
# moving. just won't be needing any of it" is no reason).
GEAR_REPLACED = (
    r"(?<!not )(?<!no )(?<!never )\b(?:upgrad\w*|replaced (?:it|them|my|with|by)|(?:got|bought|"
    r"ordered) (?:a |the )?replacement|outgr[eo]w\w*|declutter\w*|spring[- ]clean\w*|downsiz\w*|"
    r"(?:got|bought|ordered|have|getting|treated myself to) (?:a |the |my |myself a )?"
    r"(?:brand )?new (?:one|ones|tent|bag|sleeping bag|pack|backpack|jacket|boots|stove|pad|"
    r"quilt|kit|setup|model|version)|new (?:one|ones|setup|kit) (?:came|arrived)|"
    r"(?:me )?compre (?:una|la|el|un) nuev[oa]|ya tengo (?:una|la|el|un) nuev[oa]|"
    r"(?:j'ai )?(?:pris|achete) (?:la|le|une|un) nouve\w+|neue\w* (?:gekauft|bestellt|"
    r"geholt)|comprei (?:a|o|um|uma) nov[oa]|troquei|ho (?:preso|comprato) (?:la|il|una|un) "
    r"nuov[oa]|sostituit\w*|nieuwe (?:gekocht|besteld)|vervangen)\b"
)

# --- delight shouted --------------------------------------------------------------------

# Clearly positive words in the seven languages, laughter and the emoji of joy. Used by
# `intensity` only when nothing angry was said (no anger term, no angry emoji) and no
# `COMPLAINT_CUE` is present, so sarcasm ("GREAT, ANOTHER WEEK WITHOUT MY ORDER!!!") is
# not read as joy.
POSITIVE_VALENCE = (
    r"\b(?:love|loving|loved|amazing|awesome|incredible|perfect|best|beautiful|gorgeous|"
    r"stunning|obsessed|so (?:warm|good|comfy|cozy|cosy|soft|cute|pretty|light|dry|happy|"
    r"excited)|i need (?:it|them|this|these)|take my money|can'?t wait|screaming|yay|woohoo|"
    r"i'?m (?:so )?(?:in love|obsessed)|"
    r"me encanta|encantad[oa]|perfect[oa]|increible|precios[oa]|genial|(?:los|las|el|la) "
    r"mejor(?:es)?|lo amo|que bonit[oa]|brutal|"
    r"j'adore|parfait\w*|magnifique|(?:les|le|la) meilleur\w*|trop bien|incroyable|"
    r"liebe|incredibil[ei]|perfekt|der hammer|(?:die|der|das) beste\w*|wunderschon|traumhaft|"
    r"ihr seid "
    r"(?:die )?(?:beste\w*|toll|super|klasse|spitze)|"
    r"perfeit[oa]|amei|maravilhos[oa]|lind[oa]|incrivel|(?:os|as|o|a) melhor(?:es)?|"
    r"perfett[oa]|bellissim[oa]|stupend[oa]|adoro|fantastic[oa]|(?:i|il|la|le) miglior\w*|"
    r"prachtig|geweldig|(?:de|het) beste|fantastisch|"
    r"lol|haha\w*|jaja\w*|mdr|ahah\w*|hihi\w*|rsrs\w*)\b"
    r"|[\U0001f60d\U0001f970\u2764\U0001f929\U0001f973\U0001f64c\U0001f60a\U0001f601"
    r"\U0001f604\U0001f603\U0001f917\U0001f49a\U0001f499\U0001f49c\U0001f9e1\U0001f49b"
    r"\U0001f525\U0001f389]"
)
# Words of a complaint in the seven languages: any of them and the shouting stays anger.
COMPLAINT_CUE = (
    r"\b(?:refund|return|broken|broke|wrong|late|missing|lost|damaged|still|waiting|where|"
    r"never|not|no|nobody|worst|terrible|horrible|awful|ridiculous|scam|disappointed|hate|"
    r"cancel\w*|why|again|another|without|stop|fix|help|want my|give me|answer|reply|"
    r"ignored|useless|charged|(?<!take my )money|days|weeks|months|seriously|"
    r"reembolso|devolucion|roto|todavia|aun|donde|nunca(?! mais compro outra)|peor|estafa|"
    r"nadie|"
    r"rembours\w*|casse|toujours|ou est|jamais|pire|arnaque|personne|"
    r"erstattung|kaputt|immer noch|wo ist|nie|niemand|schlimmst\w*|betrug|warum|"
    r"reembolso|quebrad[oa]|ainda|cade|pior|golpe|ninguem|"
    r"rimborso|rott[oa]|ancora|dov'e|mai(?! vist[oa])|peggior\w*|truffa|nessuno|perche|"
    r"terugbetaling|kapot|nog steeds|waar is|nooit|slechtst\w*|oplichting|niemand|waarom)\b"
)

# --- a member of staff already reached: praised, thanked or complained of ---------------

# A request for a person made now, in the seven languages: with one in the post, praise of
# an agent does not cancel it ("Priya on your live chat was great, can I talk to her
# again?").
_PRESENT_REQUEST = (
    r"\b(?:(?:can|could|may|pls|please) (?:i|we|someone|somebody|anyone|you) (?:please )?"
    r"(?:talk|speak|call|phone|ring|get|have|reach|transfer|connect|put)|(?:talk|speak|chat) "
    r"(?:to|with) (?:a|an|the|your|some|someone|somebody|her|him|them|her again|him again)\b|"
    r"want (?:a|to talk|to speak)|need (?:a|to talk|to speak|someone|somebody)|call me|ring "
    r"me|get back to me|transfer me|put me through|escalat\w*|please call|supervisor|"
    r"hablar con|parler a|sprechen|spreken|parlare con|falar com)\b"
)
# A member of staff, described ("your agent Dev on the phone", "the guy on your live chat",
# "Sanne van de klantenservice") or thanked by name ("shoutout to Priya on your live chat").
_STAFF = (
    r"(?:agent|rep|representative|guy|girl|gal|lady|woman|man|dude|person|human|associate|"
    r"advisor|adviser|employee|staff(?: member)?|team member|colleague|cashier|clerk|"
    r"medewerker|medewerkster|mitarbeiter\w*|kollegin|kollege|conseill\w+|vendeu\w+|"
    r"empleado|empleada|chica|chico|atendente|funcionari[oa]|operator\w*|operatore|"
    r"operatrice|ragazz[oa]|commess[oa])"
)
_CHANNEL = (
    r"(?:phones?|phone line|line|live chat|chat|dms?|support|customer (?:service|care)|help ?"
    r"desk|desk|store|shop|counter|returns? (?:desk|department|team)|email|klantenservice|"
    r"kundenservice|kundendienst|service client|servicio al cliente|atencion al cliente|"
    r"atendimento|assistenza(?: clienti)?|servizio clienti|telefoon|telefon|telephone|"
    r"telefono|team|hotline)"
)
_STAFF_NAMED = (
    rf"(?:(?:\b(?:your|the|that|this|un|una|le|la|el|der|die|de|il|o|a|het) (?:\w+ )?{_STAFF}"
    r"(?: \w+)?(?: ?\([^)]{0,20}\))?"
    r"|\b(?:shout ?out|thanks?|thank you|kudos|props|hats off|cheers|big up|dikke pluim|"
    r"pluim|complimenten|gracias|merci|danke|grazie|obrigad[oa]|bravo) (?:to |a |an |voor |"
    r"para |pour |aan |al |alla |ao |for )?(?:the |your )?(?:real |actual )?[\w']+"
    r"(?: ?\([^)]{0,20}\))?) "
    r"(?:on|from|at|in|via|over|van|de|di|da|von|vom|bei|aus|du|del|della|do|no|na|sur|op|"
    r"aan|am|al|au|en) (?:the |your |de |la |le |il |der |dem |o |a |el |het |du |des |"
    r"ihrem |eurem |jullie |vostro |vostra |seu |sua |su |votre |vuestro )?(?:\w+ )?"
    rf"{_CHANNEL}\b"
    # tr16e (blind68): the brand's own, "your agent kept writing ...", "jullie medewerker".
    # Session 17: up to two words between ("your live chat agent told me ...").
    r"|\b(?:your|ur|jullie|eure?[rm]?|vuestr[oa]|votre|vostr[oa]|seu|sua) (?:\w+ ){0,2}"
    rf"{_STAFF}\b)"
)
# Help already given or praise: "was a legend", "sorted my exchange", "heeft ... geholpen".
_STAFF_PRAISE = (
    r"\b(?:(?:was|were|is|has been|you'?re|you are) (?:a |an |an absolute |absolute |such a |"
    r"so |super |really |just |genuinely |truly )?(?:legend|hero|star|angel|gem|lifesaver|"
    r"life saver|amazing|awesome|great|brilliant|fantastic|lovely|wonderful|kind|helpful|"
    r"patient|excellent|the best|mvp|a delight)|(?:sorted|fixed|solved|resolved|handled|"
    r"helped|answered|replied|processed|took care of|geholpen|opgelost|geregeld|geholfen|"
    r"gelost|geklart|aide|regle|ayudo|ayudado|resolvio|resuelto|aiutato|risolto|ajudou|"
    r"resolveu)|absolute legend|legend|hero|\U0001f44f|\U0001f64c"
    # Session 17 (blind71): the shout-out is the praise ("Shoutout to Ines on your chat, an
    # actual human with actual answers"), in the seven languages.
    r"|shout ?out to|kudos to|props to|hats off to|big up to|un saludo a|gracias a|bravo a|"
    r"un grand merci a|merci a|danke an|grosses lob an|un plauso a|complimenti a|parabens a|"
    r"valeu|dikke pluim voor|complimenten voor|pluim voor)"
)
# What staff did to the customer: "kept calling me sweetheart", "asked for my personal
# instagram", "was rude to me". A complaint of the person reached, not a request for one.
_STAFF_MISCONDUCT = (
    r"\b(?:kept|keeps|was|were|started) (?:calling|asking|messaging|flirting|commenting|"
    r"touching|staring|rude|condescending|hitting on)|\b(?:called|call) me (?:a |an )?"
    r"['\"\w]|\basked (?:for|me for) my (?:personal|private) (?:number|phone|instagram|"
    r"insta|snap|socials|address|whatsapp)"
    # tr16e (blind68): "kept writing 'can you just call like a normal person'", "asked twice
    # if he was 'slow'", "closed the chat on him mid-sentence", "hung up on me".
    r"|\bkept (?:writing|typing|saying|telling|insisting|interrupting|mocking|laughing)\b"
    # Session 17 (blind72): a remark quoted back ("agent told me the jacket 'probably isn't
    # made for bodies like mine'"), in the seven languages.
    r"|\b(?:told|said to|wrote to|replied to|me dijo|me contesto|m'a dit|m'a repondu|hat mir "
    r"gesagt|sagte mir|mi ha detto|mi ha risposto|me disse|me respondeu|zei tegen me|zei me|"
    r"antwoordde)\b[^.!?\n]{0,60}\s['\"\u2018\u201c\u00ab]\w"
    r"|\basked (?:me |him |her |them |us )?(?:twice |repeatedly |again )?(?:if|whether) "
    r"(?:i|he|she|they|we) (?:was|were|am|is|are)\b|\b(?:closed|ended) the (?:chat|call) on "
    r"(?:me|him|her|them|us)\b|\bhung up on (?:me|him|her|them|us)\b|\blaughed at (?:me|him|"
    r"her|them|us)\b"
)
# The two families, each only with no request for a person made now. The praised one also
# vetoes a semantic threat ("Dikke pluim voor Sanne van de klantenservice"); the complained
# of one does not (a threat at the agent is still one).
# (Each part grouped: an alternation left bare in a lookahead would anchor its later
# branches at the start of the post, as `_STAFF_MISCONDUCT`'s did until tr16e.)
STAFF_PRAISED = (
    rf"^(?![\s\S]*(?:{_PRESENT_REQUEST}))(?=[\s\S]*(?:{_STAFF_NAMED}))"
    rf"(?=[\s\S]*(?:{_STAFF_PRAISE}))"
)
STAFF_MISCONDUCT = (
    rf"^(?![\s\S]*(?:{_PRESENT_REQUEST}))(?=[\s\S]*(?:{_STAFF_NAMED}))"
    rf"(?=[\s\S]*(?:{_STAFF_MISCONDUCT}))"
)
