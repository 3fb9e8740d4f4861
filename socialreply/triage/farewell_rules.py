"""Session 15's self-harm family (from blind57 and blind58 after their score): a farewell
disguised as logistics.

"can you change the shipping address to my brother Tom's place? I won't be around to sign
for it. want him to have something from me to remember me by", "get the jacket here before
saturday ... after saturday it really won't matter", "je voulais juste vous dire au revoir.
j'ai tout rangé, ma soeur récupérera le sac": an order, a refund or an address change, with
the writer's things going to someone else and an end point after which nothing will matter.

Each half alone is ordinary. "I won't be around to sign for it" asks for a safe place;
"giving away my old tent since I upgraded" and "my last order for a while, I'm moving to
Japan" are labelled false friends. The rule needs an end point (won't be around, won't
matter, won't need anything after, where I'm going) *and* the affairs put in order (giving
things away, something to remember me by, a goodbye, thanks for everything, my things
sorted) in the same post, in the seven languages; a move, a trip, an upgrade or a laugh
cancels it.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# The end point: after it the writer will not be there, or nothing will matter.
_END_POINT = (
    r"\bi (?:won'?t|will not|wont) be (?:around|here|alive|anywhere)\b"
    r"|\b(?:it |that |nothing )?(?:really )?(?:won'?t|wont|will not|doesn'?t|dont|don'?t) "
    r"(?:really )?matter (?:\w+ ){0,8}?(?:after|anymore|now|by then)\b"
    r"|\b(?:after|by) (?:this weekend|saturday|sunday|friday|next week|tonight|tomorrow) "
    r"(?:it |there )?(?:really )?(?:won'?t|wont|will not) (?:matter|be anyone)\b"
    r"|\bwon'?t (?:need|be needing) (?:a |the |my )?(?:\w+ )?(?:or )?(?:anything|much of "
    r"anything|any of it)\b|\bwhere i'?m going (?:after|i won'?t)\b"
    r"|\b(?:ya )?no (?:voy a|vas a) (?:necesitar|estar)\b|\bya da igual\b"
    r"|\bla ou je vais\b|\bje (?:n'en|n'y) (?:aurai|aurais|serai) plus\b"
    r"|\b(?:ich )?(?:brauche|brauch) (?:ich )?(?:das|es|sie|ihn|nichts)? ?(?:nicht )?mehr\b"
    r"|\b(?:non )?mi serv(?:e|ira|iranno) piu\b|\bnon ci saro\b"
    r"|\bnao vou (?:precisar|estar)\b|\bja nao vou precisar\b"
    r"|\b(?:heb|hoef) ik (?:niet|niks|niets) (?:meer )?nodig\b|\bben ik er niet meer\b"
    # blind59/60 (spent): the end point said as a last outing, or as things no longer used.
    r"|\bwon'?t (?:be )?(?:need|needing|using|use) (?:it|them|any of (?:it|them)) ?(?:anymore|"
    r"after|again)\b|\b(?:doesn'?t|won'?t|dont|don'?t) (?:really )?matter where i'?m going\b"
    r"|\b(?:wanted|want|going) to go out somewhere (?:pretty|beautiful|nice|quiet|peaceful)\b"
    r"|\b(?:ya )?no (?:lo |la |los |las )?(?:voy a|vas a) (?:necesitar|usar)\b"
    r"|\bultimo pedido que hago en mi vida\b|\b(?:vai|vao) precisar mais do que eu\b"
    r"|\bbrauch\w* (?:das )?(?:alles )?(?:nicht|nichts) mehr\b"
    r"|\bbin ich (?:eh |sowieso |dann )?nicht mehr da\b"
    # blind61/62 (spent): "depois que eu for embora", "after I'm gone", in the seven languages.
    r"|\b(?:after|when|once) i'?m gone\b|\bdepois que eu (?:for embora|partir|me for)\b"
    r"|\bquando eu (?:for embora|partir|nao estiver mais aqui)\b"
    r"|\bcuando (?:me vaya|ya no este|yo no este)\b"
    r"|\bquand je (?:ne serai plus la|serai parti\w*)\b"
    r"|\bwenn ich (?:nicht mehr da bin|weg bin|gegangen bin)\b"
    r"|\bquando (?:non ci saro piu|me ne saro andat\w)\b|\bals ik er niet meer ben\b"
    # blind67 (spent): the end point as no answer needed after the request ("thats all i
    # need, you dont have to reply after that"), or the affairs ordered before a day.
    r"|\b(?:you )?(?:dont|don'?t|do not|won'?t|wont) (?:have|need) to (?:reply|answer|respond|"
    r"write back|get back to me) (?:after (?:that|this)|anymore|again)\b"
    r"|\bno need to (?:reply|answer|respond|write back) (?:after (?:that|this)|anymore|again)\b"
    r"|\bno (?:hace falta|hay que|tienes que|teneis que) (?:que )?(?:me )?(?:respond|contest)\w* "
    r"(?:despues|mas)\b|\b(?:pas besoin de|vous n'avez pas a|tu n'as pas a) (?:me )?repondre "
    r"(?:apres|ensuite|plus)\b|\b(?:danach|dann) (?:musst|braucht|brauchst) (?:ihr |du )?(?:mir )?"
    r"nicht (?:mehr )?(?:zu )?antworten\b|\bnon (?:serve|c'e bisogno|dovete|devi) (?:che |di )?"
    r"(?:mi )?rispond\w* (?:dopo|piu)\b|\bnao (?:precisa\w*|tem que) (?:me )?respond\w* "
    r"(?:depois|mais)\b|\bhoef\w* (?:je |jullie )?(?:daarna|dan) (?:niet|niks) (?:meer )?(?:te )?"
    r"(?:antwoorden|reageren)\b"
    r"|\b(?:affairs|things|everything) (?:in order|sorted) (?:before|by) (?:this |next )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tonight|tomorrow)\b"
    # tr17b (blind74, by family): the end point said without its subject ("wont be around for
    # the next upload"), or as a last look before leaving ("watched it one more time before i
    # go"), in the seven languages.
    r"|\b(?:won'?t|wont|will not) be (?:around|here) (?:for|when|to see)\b"
    r"|\b(?:one (?:more|last) time|a last time|for the last time) before i go\b"
    r"|\buna (?:ultima vez|vez mas) antes de irme\b|\bune derniere fois avant de partir\b"
    r"|\bein letztes mal,? bevor ich gehe\b|\bun'?ultima volta prima di andarmene\b"
    r"|\buma ultima vez antes de (?:eu )?ir\b|\bnog een laatste keer voordat ik ga\b"
)
# The affairs put in order: the writer's things given to someone, a keepsake, a goodbye.
_AFFAIRS = (
    r"\blast (?:thing|order) i'?(?:ll| will) ever (?:order|buy)\b"
    r"|\b(?:to|for) my (?:sister|brother|mum|mom|mother|dad|father|wife|husband|son|daughter)"
    r"(?:'?s)? (?:card|place|address|account)\b"
    r"|\bremember me\b|\bsomething (?:from me|to remember)\b|\bhave my \w+ after\b"
    r"|\b(?:giving|gave|give) (?:all |away )?(?:of )?my (?:\w+ )?(?:gear|stuff|things|tent|"
    r"boots|pack) (?:away|to)\b|\bgiving (?:all )?(?:my )?(?:gear|stuff|things) away\b"
    r"|\b(?:my )?affairs (?:in order|sorted)\b|\bsort(?:ed|ing) (?:out )?(?:most of )?my "
    r"(?:stuff|things|affairs)\b|\bwhich of my (?:stuff|things) goes\b|\bloose ends\b"
    r"|\bsay(?:ing)? (?:my )?goodbyes?\b|\bthanks? (?:you )?for everything\b"
    r"|\b(?:dire|dis) au revoir\b|\bj'ai tout range\b|\bmerci pour tout\b"
    r"|\b(?:recuperera|gardera|aura) (?:le|la|les|mon|ma|mes)\b"
    r"|\bgracias por todo\b|\b(?:despedirme|me despido)\b|\bque se (?:lo )?quede\b"
    r"|\bdanke fur alles\b|\b(?:mich )?verabschieden\b|\b(?:soll|kann) (?:\w+ )?behalten\b"
    r"|\bgrazie (?:di|per) tutto\b|\b(?:salutarvi|addio)\b|\bregal\w+ (?:tutt\w )?"
    r"(?:l'attrezzatura|la mia roba)\b"
    r"|\bobrigad[oa] por tudo\b|\b(?:me despedir|adeus)\b|\b(?:dando|dei|vou dar) "
    r"(?:a|o|os|as|minha|meu|meus|minhas) \w+\b"
    r"|\bbedankt voor alles\b|\b(?:afscheid nemen|vaarwel)\b|\bmag (?:\w+ )?(?:houden|hebben)\b"
    # blind59/60 (spent): letters written, everything in order, a password left, an apology.
    r"|\b(?:escrevi|escribi|ecrit|scritto)\b (?:\w+ ){0,3}(?:cartas|lettres|lettere)\b"
    r"|\b(?:letters|briefe|brieven) (?:\w+ ){0,3}(?:geschrieben|geschreven|written)\b"
    r"|\bwrote (?:\w+ ){0,3}letters\b|\b(?:deixei|deje) tudo (?:organizado|arrumado)\b"
    r"|\bdeje todo (?:organizado|ordenado|arreglado)\b|\bmit allem abgeschlossen\b"
    r"|\bque se (?:la|los|las) quede\b|\bquedar con (?:todas )?mis cosas\b"
    r"|\bjust keep the money\b|\bdonate it or whatever\b"
    r"|\b(?:konnt|konnen) ihr (?:\w+ )?(?:irgendwem|jemandem) schenken\b"
    r"|\blove (?:u|you|ya) (?:mom|mum|dad|all)\W+(?:i'?m|im) sorry\b"
    r"|\b(?:laptop|phone|computer) password is\b"
    # blind61/62 (spent): a letter left behind, thanks for years of patience, the writer's
    # things sent to a relative's home.
    r"|\b(?:left|wrote) (?:a|her|him|them) (?:letter|note)\b|\b(?:deixei|escrevi) uma carta\b"
    r"|\b(?:deje|escribi) una carta\b|\bj'ai (?:laisse|ecrit) une lettre\b"
    r"|\b(?:einen brief|briefe) (?:hinterlassen|geschrieben)\b|\bho (?:lasciato|scritto) una "
    r"lettera\b|\b(?:een brief|brieven) (?:achtergelaten|geschreven)\b"
    r"|\b(?:thanks|thank you) for putting up with\b|\bobrigad[oa] por aguentar\b"
    r"|\bgracias por aguantar\b|\bmerci de m'avoir supporte\b|\bgrazie per avermi sopportat\w\b"
    r"|\b(?:pra|para) (?:a )?casa d(?:a minha|o meu) (?:mae|irma|avo|filha|pai|irmao|filho)\b"
    r"|\ba casa de mi (?:madre|hermana|abuela|hija|padre|hermano|hijo)\b"
    r"|\bchez (?:ma (?:mere|soeur|fille)|mon (?:pere|frere|fils))\b"
    r"|\bzu meine[rm] (?:mutter|schwester|tochter|vater|bruder|sohn)\b"
    r"|\ba casa di mi[ao] (?:madre|sorella|figlia|padre|fratello|figlio)\b"
    r"|\bnaar (?:mijn|m'n) (?:moeder|zus|dochter|vader|broer|zoon)\b"
    # blind67 (spent): the affairs put in order in the other languages, and the writer's
    # balance moved to a relative's email.
    r"|\b(?:pon\w*|dej\w*|ten\w*) (?:en orden )?mis asuntos(?: en orden)?\b"
    r"|\b(?:mettre|mis) (?:de l'ordre dans )?mes affaires(?: en ordre)?\b"
    r"|\bmeine angelegenheiten (?:regeln|ordnen|geregelt|geordnet|in ordnung)\b"
    r"|\b(?:sistemare|mettere in ordine) (?:i miei affari|le mie cose)\b"
    r"|\b(?:colocar|por|deixar) (?:minhas coisas|meus assuntos) em ordem\b"
    r"|\bmijn zaken (?:regelen|op orde|geregeld)\b"
    r"|\b(?:to|for) my (?:sister|brother|mum|mom|mother|dad|father|wife|husband|son|daughter)"
    r"(?:'?s) (?:email|e-mail|name)\b"
    # tr17b (blind74, by family): the writer's things sold, the pet placed, the debts paid.
    r"|\b(?<!you )(?<!they )(?<!he )(?<!she )sold (?:all )?(?:the|my) (?:\w+ )?(?:and|,)"
    r"|\b(?:left|gave) (?:the|my) (?:dog|cat|dogs|cats|puppy|kitten) (?:to|with)\b"
    r"|\bfound (?:a )?(?:new )?home for (?:the|my) (?:dog|cat|dogs|cats)\b"
    r"|\bpaid (?:off|back) (?:what i owed?|all my debts?|my debts?|everyone)\b"
    r"|\b(?:vendi|he vendido) (?:las|los|mis) \w+ y\b|\bdeje (?:al|a mi) (?:perro|gato) con\b"
    r"|\bj'ai (?:vendu|laisse) (?:mes|les|le|mon|ma) (?:\w+ )?(?:et|chez|a)\b"
    r"|\b(?:hund|katze) (?:bei|zu) (?:den )?(?:nachbarn|meiner|meinem)\b"
    r"|\b(?:ho lasciato|lasciato) il (?:cane|gatto) (?:a|ai|da|dai|con)\b"
    r"|\b(?:deixei|dei) (?:o )?(?:meu )?(?:cachorro|gato|cao) (?:com|para|pra)\b"
    r"|\b(?:hond|kat) (?:bij|naar) de buren\b"
)
# A move, a trip, an upgrade, a laugh: the ordinary reasons for the same words.
_NOT_A_FAREWELL = (
    # "can the balance be moved to my brother's email" (blind67) moves money, not a house.
    r"\b(?:moving|move(?! (?:my |the )?(?:\w+ )?(?:balance|credit|points|funds|money)\b)|"
    r"(?<!be )(?<!been )(?<!get )moved|relocat\w+|abroad|emigrat\w+|upgraded|upgrading|new one|"
    r"vacation|holiday|trip to|lol|lmao|haha\w*|free to a good home|first come|"
    r"mudo|mudanza|demenage\w*|umzug|ziehe um|trasloc\w+|mudanca|verhuiz\w+|"
    # "da pra mudar o endereço" (blind61): changing an address is not moving house.
    r"mudar(?! (?:o |a )?(?:endereco|morada)))\b"
    r"|\U0001f602|\U0001f60e"
)

# tr17b (blind73, by family): the writer means to join someone who died ("i used to do these
# trails with my brother before he passed ... this time i'm staying up there with him"). The
# death alone is grief and the "with him" alone a trip; both in one post, a plan to follow.
_BEREAVED = (
    r"\b(?:before|since|after|when) (?:he|she|they) (?:passed|died)\b|\bpassed away\b"
    r"|\b(?:antes de que|desde que|despues de que) (?:el|ella)? ?(?:falleciera|muriera|"
    r"murio|fallecio)\b|\b(?:avant|depuis) (?:qu'il|qu'elle) (?:ne )?(?:soit )?(?:decede|"
    r"mort|parti)e?\b|\b(?:bevor|seit|nachdem) (?:er|sie) (?:gestorben|verstorben)\b"
    r"|\b(?:prima che|da quando) (?:lui |lei )?(?:morisse|e morto|e morta|se ne andasse)\b"
    r"|\b(?:antes de|desde que) (?:ele|ela) (?:morrer|faleceu|morreu|partir)\b"
    r"|\b(?:voordat|sinds|nadat) (?:hij|zij|ze) (?:overleed|overleden|stierf)\b"
)
_JOIN_THEM = (
    r"\b(?:i'?m |i am |i'?ll |i will |gonna |going to )(?:be )?(?:staying|stay) (?:up |out |down )?"
    r"(?:there )?with (?:him|her|them)\b|\b(?:go |going to |gonna )?(?:be|join) with (?:him|her)"
    r" (?:again|for good|up there|there)\b|\b(?:going|gonna|go) (?:to )?join (?:him|her|them)\b"
    r"|\bme quedo (?:alli |alla )?con (?:el|ella)\b|\b(?:reunirme|estar) con (?:el|ella) "
    r"(?:otra vez|para siempre|de nuevo)\b|\b(?:je reste|rester) (?:la-haut |la-bas )?avec "
    r"(?:lui|elle)\b|\b(?:le|la) rejoindre\b|\bbleibe ich (?:dort |oben )?bei (?:ihm|ihr)\b"
    r"|\bzu (?:ihm|ihr) (?:gehen|kommen)\b|\b(?:resto|restero) (?:lassu )?con (?:lui|lei)\b"
    r"|\braggiunger(?:lo|la)\b|\b(?:fico|vou ficar) (?:la )?com (?:ele|ela)\b"
    r"|\b(?:encontrar|ir ter com) (?:ele|ela) (?:de novo|pra sempre)\b"
    r"|\bblijf ik (?:daar )?bij (?:hem|haar)\b|\bnaar (?:hem|haar) toe (?:gaan|komen)\b"
)

# Session 18 (blind77): the absence itself, with the thing the writer will not be there to
# do: "doesnt matter, i wont be around to send anything back lol", "I won't be here to sign
# for it. no need to follow up with me, ever". No affairs needed, but an absence that ends
# (a weekday, a trip, work, "until") is a parcel question: "won't be around to sign for the
# parcel tuesday ... work trip".
_ABSENT_TO_ACT = r"\b(?:i )?(?:won'?t|wont|will not) be (?:around|here) to \w+"
_ABSENCE_BOUNDED = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|tomorrow|"
    r"this week|next week|trip|vacation|holiday|travel\w*|out of town|away|at work|work|"
    r"until|till|neighbou?r|safe place|leave it|drop it)\b"
)

# Session 19 (blind79, spent): the absence said as "soon": "ben er binnenkort toch niet meer",
# "tra poco non ci sarò più", "dentro de poco no voy a estar", in the seven languages. Every
# labelled post with these words is a self-harm post (5 of 5, 4 outside blind79); a move
# or a trip (`_NOT_A_FAREWELL`) cancels it.
_SOON_GONE = (
    r"\b(?:ik )?ben er (?:binnenkort|straks|snel) (?:toch |eh |sowieso )?niet meer\b"
    r"|\b(?:won'?t|wont|will not) be (?:around|here) (?:much|for much) longer\b"
    r"|\bsoon (?:i )?(?:won'?t|wont|will not) be (?:around|here)\b"
    r"|\b(?:dentro de poco|pronto|en breve) (?:ya )?no (?:voy a estar|estare)\b"
    r"|\bbientot je ne serai plus (?:la|ici)\b|\bbald (?:eh |sowieso )?nicht mehr da\b"
    r"|\b(?:tra poco|presto) non ci saro piu\b"
    r"|\b(?:em breve|logo) (?:ja )?nao (?:vou )?(?:estar|estarei) (?:mais )?aqui\b"
)


def farewell_rules() -> tuple[EscalationRule, ...]:
    """Session 15's self-harm family (see the module docstring)."""
    return (
        make_rule(
            "self_harm",
            _END_POINT,
            requires=_AFFAIRS,
            unless_post=_NOT_A_FAREWELL,
            negatable=False,
            name="self_harm_farewell_logistics_session15",
        ),
        make_rule(
            "self_harm",
            _JOIN_THEM,
            requires=_BEREAVED,
            unless_post=_NOT_A_FAREWELL,
            negatable=False,
            name="self_harm_join_the_dead_tr17b",
        ),
        make_rule(
            "self_harm",
            _ABSENT_TO_ACT,
            unless_post=_ABSENCE_BOUNDED,
            negatable=False,
            name="self_harm_absent_to_act_session18",
        ),
        make_rule(
            "self_harm",
            _SOON_GONE,
            unless_post=_NOT_A_FAREWELL,
            negatable=False,
            name="self_harm_soon_gone_session19",
        ),
    )
