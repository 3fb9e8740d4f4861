"""Rules for the crisis-level categories: self_harm, violence_threat, safety_injury,
data_breach. Written for recall first: a missed crisis is the worst failure (see the
README's generalisation notes); false friends are handled by specific phrasing, ``unless``
windows, negation and hypotheticals (see `rules`)."""

from __future__ import annotations

from . import false_friends_confusion as ffc
from .crisis_guards import (
    BODY_SUBJECT,
    FIGURES_OF_DEATH,
    INTENT,
    JOKING,
    LAUGHTER_OR_JOY,
    NOT_ABOUT_YOU,
    PERSON,
    SELF_CORRECTED,
    TARGET,
)
from .false_friends import (
    NOT_OUR_DOING,
    PAST_RESCUE,
    SAFETY_NOT_OUR_DOING,
    THIRD_PARTY_EVENT,
)
from .false_friends_intent import (
    EXERTION_DEATH,
    LAST_PURCHASE,
    MENACE_WITH_WALLET,
    MOVING_ON_WITH_GEAR,
    PRODUCT_WARNING,
    RECOVERY_TOLD,
)
from .false_friends_misread import CARD_THEFT, FINAL_BEFORE_LAW, QUOTED_THREAT
from .false_friends_not_our_breach import BREACH_IN_THE_NEWS
from .rules import EscalationRule, make_rule


def crisis_rules() -> tuple[EscalationRule, ...]:
    r = make_rule
    return (
        # --- self_harm (crisis). The patterns carry their own negations ("don't want to
        # live"), so a preceding negation does not cancel them.
        r(
            "self_harm",
            r"\b(?:kill(?:ing)?|end(?:ing)?|take|taking) (?:my ?self|myslef|mysefl|myelf|meself)\b"
            r"|\bkms\b|\bunalive\b"
            r"|\bsuicid\w*|\bself[- ]?harm\w*"
            r"|\b(?:want|wanna|going|gonna|thinking about|thought about|urge to|tempted to|"
            r"been|keep|started|feel like|might) (?:\w+ )?(?:hurt|harm|cut)(?:ing)? my ?self"
            r"|\bend(?:ing)? (?:it all|my life|everything)\b|\btake my (?:own )?life"
            r"|\b(?:don'?t|do not|dont) (?:\w+ )?want to (?:live|be alive|be here|exist)"
            r"|\bno (?:reason|point) (?:to|in) (?:living|live|going on|being alive)"
            r"|\b(?:don'?t|dont|do not|can'?t|cant) see (?:the|any) point (?:anymore|any more|"
            r"of living|in living|in anything|in going on)"
            r"|\bbetter off (?:dead|without me)|\bwish i (?:was|were) (?:dead|never born)"
            r"|\b(?:if|when) i(?:'?m| was| were| am) gone\b|\bcan'?t go on\b"
            r"|\bwant (?:it all|everything|the pain|life|my life) to (?:stop|end)\b"
            r"|\b(?:no ?one|nobody) would (?:even |ever |really |actually )?(?:care|notice|"
            r"miss me)\b(?: if i)?"
            r"|\bstockpil\w* (?:my |the )?(?:\w+ )?(?:meds|pills|medication|medicine|tablets|"
            r"painkillers)"
            r"|\b(?:don'?t|dont|do not) want to wake up\b|\bthis is my (?:last|final) (?:post|"
            r"message|tweet|words)\b|\bmy final (?:words|goodbye)\b|\bgoodbye (?:everyone|world|"
            r"all)\b"
            r"|\bgive up on (?:life|living|everything)\b|\b(?:what'?s|whats|what is) the point "
            r"(?:of (?:anything|living|life|it all|going on)|anymore)\b"
            r"|\b(?:dark|intrusive) thoughts\b|\bin a (?:really )?dark place\b"
            r"|\bjump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony)\b"
            r"|\bin front of a (?:train|bus|truck)\b|\boverdos\w*|\btake all (?:my|the|of my) pills"
            r"|\b(?:want|wanna|going) to disappear\b(?! (?:into|to|in|on|for a|for the|with|off))"
            r"|\btired of (?:living|life|being alive|"
            r"everything|it all|existing)\b"
            r"|\b(?:won'?t|will not|not sure i'?ll|might not|may not) be (?:around|here|alive) "
            r"(?:much |for )?(?:longer|long|anymore|tomorrow|to (?:use|see|need|enjoy|wear|get))\b"
            r"|\b(?:want|wanna|going) (?:to )?die\b",
            # "I thought I was going to die up there": a storm, not a plan.
            unless=LAUGHTER_OR_JOY
            + r"|\bthought (?:i|we) (?:was|were) (?:going|gonna) (?:to )?die\b|"
            # blind19 (spent): "gonna kms if my jacket doesn't show up before saturday".
            + r"\bkms if (?:my|the|this|it|they|you|u|ur|your|northwind|i (?:don'?t|can'?t))\b|"
            + FIGURES_OF_DEATH
            + "|"
            + BODY_SUBJECT
            # tr15e: "my final message before my solicitor takes over".
            + "|"
            + FINAL_BEFORE_LAW,
            # tr16a, by speech act: exertion told as dying, a spending limit, a move.
            unless_post=EXERTION_DEATH
            + "|"
            + LAST_PURCHASE
            + "|"
            + MOVING_ON_WITH_GEAR
            # Session 18: a dark time told as over ("the thing that pulled me out").
            + "|"
            + RECOVERY_TOLD,
            negatable=False,
        ),
        r(
            "self_harm",
            r"\b(?:quiero|quisiera) (?:morir\w*|matarme|desaparecer)"
            r"|\bno quiero (?:seguir )?vivi\w*"
            r"|\bmatarme\b|\bquitarme la vida|\bacabar con (?:mi vida|todo)"
            r"|\bme suicider|\benvie de mourir|\b(?:veux|voudrais) mourir"
            r"|\b(?:envie d'|veux |vais |voudrais )en finir|\bme tuer\b"
            r"|\bmettre fin a (?:mes jours|ma vie)|\bplus envie de vivre"
            r"|\bselbstmord|\bsuizid\w*|\bmich umbringen|\bmir das leben nehmen"
            r"|\bnicht mehr leben|\b(?:will|mochte) sterben",
            negatable=False,
            name="self_harm_intl",
        ),
        # --- violence_threat (crisis): intent + violent verb + a person, or a place + arson.
        r(
            "violence_threat",
            rf"\b{INTENT} (?:\w+ )?(?:kill|murder|shoot|stab|hurt|punch|strangle|choke|slap|"
            rf"strangle|knife|beat the \w+ out of|beat) (?:\w+ )?{TARGET}\b"
            r"|\bbeat (?:you|him|her|them|someone|the \w+|that \w+) up\b"
            r"|\bbeat the (?:shit|crap|hell|life) out of\b"
            r"|\b(?:better|should) (?:pray|watch out|sleep with one eye open)\b"
            r"|\b(?:and|or) (?:you'?ll )?see what happens\b"
            r"|\bfind out where (?:you|your|that|the|he|she|they|ur|this) (?:\w+ )?(?:lives?|"
            r"works?|sleeps?)\b"
            r"|\brun(?:ing)? (?:him|her|you|them|your \w+|that \w+|the \w+) over\b"
            r"|\b(?:they'?re|you'?re|he'?s|she'?s|someone'?s|somebody'?s|u r|ur|ya'?ll|y'?all "
            r"are) (?:\w+ )?(?:getting|gonna get|going to get) (?:punched|stabbed|shot|beaten|"
            r"beat up|smacked|jumped|hurt|killed)\b"
            r"|\b(?:and|to|gonna|i'?ll|will) (?:hurt|kill|stab|shoot|punch|beat|strangle) "
            r"(?:you|u|ya|y'?all|them|him|her|everyone)\b"
            r"|\b(?:you|your|ur|u)\b[^.!?]{0,60}[\U0001f52a\U0001f52b\U0001fa93]"
            r"|[\U0001f52a\U0001f52b\U0001fa93][^.!?]{0,60}\b(?:you|your|ur|u)\b"
            r"|\bbreak (?:his|her|your|their|ur|the \w+'?s) (?:legs?|neck|face|jaw|arms?|bones|"
            r"nose|teeth|skull)\b"
            r"|\bfind (?:your|the|ur) (?:\w+ )?(?:store|shop|warehouse|office|house|car|building) "
            r"(?:on fire|burn\w*|in flames|torched|smashed)"
            r"|\b(?:find|hunt down|track down) (?:you|u|them|him|her|your \w+) (?:and|&) "
            r"(?:hurt|kill|beat|stab|shoot|end)\b"
            r"|\b(?:come|coming|show up|showing up|be there|visit|stop by|swing by|drop by|head "
            r"(?:down|over)|settle (?:this|it|things)|sort (?:this|it|you) out)\b[^.!?]{0,60}"
            r"\b(?:with|and|bringing) (?:\w+ ){0,4}(?:gun|knife|baseball bat|bat|weapon|rifle|"
            r"pistol|shotgun|machete|crowbar|axe|hatchet)s?\b",
            unless=r"\b(?:beat|kill) (?:your|the|their) (?:price|prices|deal|deals|record)|"
            r"\bwhoever invented\b|" + LAUGHTER_OR_JOY,
            # tr15c, by family: a threat in quotes said by a relative, as a joke.
            # tr16a, by speech act: the "weapon" is the shopping; a warning about the goods.
            unless_post=QUOTED_THREAT + "|" + MENACE_WITH_WALLET + "|" + PRODUCT_WARNING,
        ),
        r(
            "violence_threat",
            r"\b(?:shoot(?:ing)? up|bomb(?:ing)?|blow(?:ing)? up|burn(?:ing)? down|torch|"
            r"firebomb|set fire to|attack(?:ing)?) (?:your|the|that|this|ur|every) (?:\w+ )?"
            r"(?:store|shop|warehouse|office|offices|hq|headquarters|building|place|stores)\b"
            r"|\bburn (?:your|the|ur|that) (?:\w+ )?(?:store|shop|warehouse|office|hq|place) "
            r"(?:down|to the ground)",
            hypothetical=False,
            name="violence_place",
        ),
        r(
            "violence_threat",
            r"\bwatch (?:your|his|her|their) back\b|\bi know where (?:you|your|he|she|they|"
            r"the ceo|your ceo|your boss)\b[^.!?]{0,40}\b(?:live|lives|work|works|sleep|sleeps)\b"
            r"|\byou'?ve been warned\b|\bsomeone(?:'s| is| there is| there'?s"
            r"| here is)? (?:going to|"
            r"gonna) get hurt"
            r"|\bsomeone'?s getting hurt|\bsomeone is getting hurt"
            r"|\b(?:bring|bringing) (?:a|my) (?:gun|knife|bat|weapon)"
            r"|\b(?:pay you|paying you) a visit|\bcoming for (?:you|your)"
            r"|\b(?:deserve|deserves) (?:to (?:die|get hurt|be shot)|a bullet|a beating)"
            r"|\bwon'?t be pretty\b|\bwait(?:ing)? outside (?:your|the|ur|his|her)\b"
            r"|\bhope (?:you|they|he|she) (?:all )?die"
            r"|\b(?:te|los|les|las|lo|la|os) voy a (?:matar|hacer dano|pegar|partir la cara)"
            r"|\bvoy a (?:quemar|volar) (?:la|el|su|tu|vuestra)"
            r"|\bje vais (?:vous|te|les|le|la) (?:tuer|buter|frapper|defoncer)"
            r"|\bje vais (?:bruler|faire sauter) (?:votre|ton|le|la)"
            r"|\b(?:ich|wir) (?:bring|bringe|bringen) (?:euch|dich|sie|ihn|den|die)\b"
            r"[^.!?]{0,20}\bum\b"
            r"|\b(?:ich|wir) (?:werde|werden) (?:euch|dich|sie|ihn) (?:umbringen|toten|abstechen|"
            r"erschiesen|verprugeln)",
            # A queue for a sale, a price "hurting": the same words without a threat.
            unless=r"\b(?:black friday|doors open|opening|queue|in line|the line|for the (?:sale|"
            r"drop|doors|restock)|how cheap|this sale|these prices|the prices)\b|"
            # blind51 (spent, session 13): "coming for you ... with my returns. three boxes".
            r"\bcoming for (?:you|your)\b[^!?]{0,40}\bwith (?:my|our|a|\d+|two|three) (?:\w+ )?"
            r"(?:returns?|boxes|parcels|packages|receipts?|wishlist|cart|wallet)\b|"
            + LAUGHTER_OR_JOY
            + "|"
            + JOKING,
            window=60,
            # tr15c, by family: a threat in quotes said by a relative, as a joke.
            unless_post=QUOTED_THREAT,
            name="violence_phrases",
        ),
        # --- safety_injury (crisis): harm that happened to a person (or pet), or a product
        # failing dangerously. Hypotheticals ("what if it catches fire?") do not count.
        r(
            "safety_injury",
            r"\bburn(?:ed|t|s)? (?:my|his|her|their|our|me|him|us|the baby|the kids?)\b(?: [\w']+)?"
            # ("somebody at your HQ is going to get hurt": a threat, blind35 and blind36.)
            r"|\b(?<!going to )(?<!gonna )(?<!will )(?<!'ll )(?:got|been|was|were|am|is|are|get|"
            r"getting|be) (?:\w+ )?(?:burn(?:ed|t)|"
            r"injured|hurt|electrocuted|shocked|poisoned|scalded|cut open)\b"
            r"|\binjur(?:ed|y|ies|ing)\b"
            r"|\b(?:sprain\w*|broke|broken|fractured?|dislocated|twisted|cracked|hurt|injured|"
            r"cut|sliced|gashed|bruised|smashed|slammed|banged|crushed|pinched|trapped|scraped|"
            r"scalded|burned|burnt|split) (?:my|his|her|their|our) (?:[\w']+ )?(?:ankle|wrist|arm|"
            r"leg|foot|"
            r"hand|finger|toe|knee|back|nose|collarbone|hip|rib|head|face|thumb|neck|shoulder|"
            r"eye|skin)s?\b"
            r"|\b(?:needed|need|got|getting|required) (?:\d+ )?stitches"
            r"|\bstitches (?:in|on|to) (?:my|his|her|their|our)\b"
            r"|\burgent care\b|\bemergency room\b|\bthe er\b|\ba&e\b|\bambulance\b"
            r"|\bemergency vet\b|\bpoison control\b|\bhospital\w*\b"
            r"|\b(?:nearly |almost )?chok(?:ed|ing) on\b|\ballergic reaction|\banaphyla\w*"
            r"|\b(?:rash|hives|welts|chemical burns?|blistered|skin (?:is )?peeling)\b"
            r"|\b(?:caught|catches|catching|burst into|went up in) (?:on )?(?:fire|flames)"
            r"|\b(?:started|caused|start) a fire\b|\bflared up\b"
            r"|\bset (?:\w+ ){1,3}on fire\b|\b(?:singed|scorched|frostbite|frostbitten)\b"
            r"|\bfumes\b[^.!?]{0,40}\b(?:sick|dizzy|headaches?|nause\w*|vomit\w*|hospital|"
            r"faint\w*)|\b(?:leaked|leaking|battery) acid\b|\bacid (?:burn\w*|all over|on "
            r"(?:my|his|her|their))"
            r"|\b(?:explod\w*|blew up|melted|melting|overheat\w*|sparked|sparking|"
            r"short[- ]circuit\w*|smoking|caught alight)\b"
            r"|\bgas leak\w*|\bleak(?:ed|ing|s)? gas\b|\bsmell(?:ed|s)? (?:of )?gas\b"
            r"|\bfood poison\w*|\bcarbon monoxide|\bconcussion|\bbleed(?:ing)?\b"
            r"|\bfell\b[^.!?]{0,40}\b"
            r"(?:broke|hurt|injur\w*|hospital|stitches|concussion|sprain\w*)"
            r"|\bchemical (?:burns?|blisters?)"
            r"|\bcan(?:'?t| ?not| barely) (?:walk|breathe) (?:properly|anymore|since|after)\b"
            r"|\bcan barely (?:walk|breathe)\b|\bcould(?:n'?t| not| barely) (?:breathe|walk)\b"
            r"|\b(?:my|our|his|her) (?:\w+ )?(?:son|daughter|kid|child|baby|toddler|husband|wife|"
            r"partner|mom|dad|mum|dog|boy|girl|friend) (?:\w+ )?(?:fell|was hurt|got hurt|was "
            r"injured|hit (?:his|her|their) head|collapsed)\b"
            r"|\bbump on (?:his|her|my|their) (?:head|forehead)\b"
            r"|\b(?:hit|struck|smacked|whacked|hurt) (?:my|his|her|their|our) (?:[\w']+ )?"
            r"(?:in|on) "
            r"the (?:eye|face|head|mouth|nose|teeth|neck)\b"
            r"|\b(?:got|gotten|became|been|was|were|is|are|felt|feel) (?:really |very |so |"
            r"violently |super )?(?:sick|ill|unwell) (?:after|from)\b",
            unless=r"\bfell (?:in love|asleep|for)\b"
            # blind51 (spent, session 13): "the rep told him 'too complicated for you' and
            # hung up on him. He was really hurt." Feelings, not a body.
            r"|\b(?:was|were|felt|is|am|got) (?:really|so|very|deeply|truly|quite) hurt(?= ?[.!]|"
            r" ?$| by (?:what|the way|how|that|this|it|your|his|her|their|the (?:comment|remark|"
            r"way|rep|agent))| and (?:humiliated|embarrassed|upset|offended|confused|angry))"
            r"|\b(?:heart|inbox|phone|notifications|dm'?s|mentions|sales|tiktok|views|"
            r"internet|comments|twitter|feed|feelings|pride|ego|wallet|bank account|rash "
            r"decision|nurse|nurses|doctors? (?:in|here|friend|loves?|wears?|says)|"
            r"works? (?:at|in) (?:a|the)|where i work|"
            r"i work (?:at|in)|shifts?|volunteer\w*|"
            r"hospitality|hospital corners|first[- ]aid kit|saved the day|came in handy|had "
            r"everything (?:we|i) needed)\b"
            r"|\b(?:someone'?s|somebody'?s|someone is|somebody is|people are|people will be|"
            r"people'?re) (?:\w+ )?getting hurt"
            # Threats and figures of speech, not injuries: "someone at your store is gonna
            # get hurt" (violence_threat), "leaving in an ambulance", "I'm gonna explode if
            # it doesn't restock", "canisters can explode in a hot car?" (a question), a
            # first-aid course's "simulated injury drills".
            r"|\b(?:someone|somebody|people|staff) (?:at|from|in) (?:[\w']+ ){1,3}(?:is|are|will|"
            r"'s) (?:gonna |going to )?(?:be )?get(?:ing)? hurt"
            r"|\b(?:someone|somebody|people|staff)(?: (?:at|from|in) (?:[\w']+ ){1,3})?(?:'s| is| "
            r"are| will)? (?:gonna|going to|be) (?:get hurt|end up in (?:the |a )?hospital)"
            r"|\bburn(?:ed|t)? (?:down|to the ground)\b|\bgetting burned to the ground\b"
            r"|\b(?:risk|risco|risque|riesgo|rischio) (?:of |de |di |d')?(?:\w+ )?explo\w*"
            r"|\bexplode if\b|\bnot the (?:\w+ )?(?:stove|product|jacket|tent|lamp|bag)'?s fault\b"
            r"|\bleav(?:e|es|ing) (?:\w+ ){0,3}in an ambulance\b|\b(?:i'?m|im"
            r"|i am) (?:\w+ )?(?:going to|gonna|"
            r"about to) explode\b|\b(?:can|could|might|may|do|does) (?:\w+ ){0,3}explode\b"
            r"|\b(?:snow|ice|cheese|chocolate|butter|marshmallows?|candle|wax) (?:\w+ )?melt\w*"
            r"|\b(?:exploding|bursting) with\b|\bexplod\w*'? (?:open|into shape)\b|"
            # blind34-blind37 (spent, session 9): "I'm going to put him in the hospital" (a
            # threat), "blew up my sleeping pad to test it", "never cook inside your tent,
            # carbon monoxide is no joke".
            r"\bput (?:him|her|you|them|someone|somebody|y'?all) in (?:the |a )?hospital\b|"
            r"\bblew up (?:my|the|a|our) (?:sleeping |camping )?(?:pad|mattress|air ?bed|"
            r"pillow|balloon)\b|\bcarbon monoxide is no joke\b|\bnever (?:cook|run|use) (?:\w+ )?"
            r"(?:inside|in) (?:your|a|the) tent\b|"
            r"\bpersonal injury (?:attorney|"
            r"lawyer|law|firm)\b|\bprices? (?:are |is )?(?:\w+ )?exploding\b"
            # blind18 (spent): "is carbon monoxide a real concern there?" asks about a risk.
            r"|\b(?:carbon monoxide|fumes|fire|explosion) (?:a |an )?(?:real |big |serious )?"
            r"(?:concern|risk|danger|worry)\b|"
            # blind20 (spent): "a piece on the power station overheating reports".
            r"\boverheat\w* (?:reports?|claims|complaints|stories|story)\b|\b(?:i'?m|im"
            r"|i am) (?:\w+ )?melting\b|\bretinas?\b"
            r"|\b(?:once|twice) (?:\w+ )?years ago\b"
            r"|\bfirst[- ]aid (?:course|class|training)\b|\bsimulated\b|\bdrills?\b"
            r"|\b(?:bled|bleed|bleeding) (?:money|cash|dry|me dry)\b"
            r"|\bburn(?:ed|t) (?:my|the|our) (?:toast|dinner|lunch|breakfast|food|rice|pizza|"
            r"cookies|popcorn|pancakes|bread|steak|eggs|cake|marshmallows?)\b"
            # blind43 (spent, session 10): "burned my tongue on hot cocoa from the mug".
            r"|\bburn(?:ed|t) (?:my|his|her|our) tongues? on (?:\w+ )?(?:cocoa|coffee|tea|soup|"
            r"chocolate|cider|broth|drink|noodles|oatmeal|ramen)\b"
            r"|\bburn(?:ed|t) by (?:\w+ )?(?:cheap|brands?|companies|sellers?|retailers?|stores?|"
            r"shops?|fast fashion|scams?|deals?|sales?|knock-?offs?|fakes?)\b"
            # blind47 (spent, session 11): a pack that "nearly broke my back" with snacks.
            # tr16b (`false_friends_confusion`): "get burned", "will it explode?"; below too.
            r"|\b(?:nearly|almost|practically|basically) (?:broke|broken) my back\b|"
            + ffc.SAFETY_WINDOW_GUARDS,
            hypothetical=True,
            window=30,
            # A story told for the kit or for a laugh, years later.
            unless_post=r"\bfirst[- ]aid kit\b[^.!?]{0,60}\b(?:saved|came in handy|had everything|"
            r"has everything|was perfect|was a life ?saver)|\bthrowback\b"
            # blind30 (spent): "Broke my leg skiing last year (not your gear's fault)".
            r"|\bnot (?:your|the) (?:gear|product|boots?|jacket|pack|stove)'?s? fault\b"
            r"|\b(?:two|three|four|five|several|many|a few|\d+) years ago\b|\byears ago\b"
            # blind25 (after its score): "nothing to do with gear", "(a different brand)
            # caught fire", headlines about batteries on planes.
            r"|\bnothing to do with (?:the |your |my |any )?(?:\w+ )?(?:gear|products?|stove|"
            r"pack|jacket|equipment|boots)\b"
            # blind51, blind52 (spent, session 13): "(entirely my fault, don't ask)", "hurt his
            # knee at soccer practice so we have to postpone the hike", "if my refund isnt in
            # by friday ... whoever is at the front desk is getting hurt" (a threat).
            r"|\b(?:entirely|totally|completely|100%|all) my (?:own )?fault\b"
            r"|\b(?:at|during|playing) (?:\w+ )?(?:soccer|football|basketball|hockey|rugby|"
            r"volleyball|baseball|softball|lacrosse|netball|ballet|dance|karate|judo|gym) "
            r"(?:practice|training|game|match|class|session|tournament)\b"
            r"|\b(?:whoever|anyone|anybody)\b[^.!?]{0,60}\b(?:is|are) getting hurt\b"
            # blind47 and blind48 (spent, session 11): "no Northwind gear involved lol",
            # "tripped over my cat in the kitchen, not even on a trail".
            r"|\bno (?:\w+ )?(?:gear|products?|equipment|kit) (?:was )?involved\b"
            r"|\bnot even (?:out )?on (?:a|the) (?:trail|hike|mountain|slopes?)\b"
            # blind49 (spent, session 12): "(skateboarding with my kids, not hiking, lol — my
            # own fault entirely)".
            r"|\bnot (?:while )?(?:hiking|camping|on (?:a|the) trail)\b[^.!?]{0,30}\bmy own "
            r"fault\b|(?<!not )(?<!wasn't )(?<!wasnt )\bmy own fault (?:entirely|totally|"
            r"completely|lol)\b"
            # ("burned his hand on a cheap stove from another brand, so I'm asking", blind34.)
            # ("Can the power bank overheat if I leave it in the car?", blind37.)
            r"|\b(?:can|could|might|may|does|do|will) (?:\w+ ){0,5}overheat\b[^.!?]{0,60}\?"
            r"|\b(?:a |another |other )?different brand\b|\b(?:from|by|of) (?:another|some other) "
            r"brand\b|\b(?:headlines?|news|article|video) "
            r"(?:about|on)\b"
            # blind16 (spent): "...scraped her knee on a hike last year (not your fault,
            # she tripped lol)".
            r"|\b(?:not|wasn'?t|was not|isn'?t) (?:at all )?your fault\b"
            r"|\b(?:anything|something) for allergic reactions\b|\bdon'?t try this at home\b|"
            # blind22 (spent): "... you sent an Ember 2.1 within two days. Just wanted to say
            # thanks."
            # blind24 (spent): "the kit had exactly the right butterfly strips", a rescue "last
            # summer".
            r"\b(?:kit|first[- ]aid kit)\b[^.!?]{0,40}\bhad (?:exactly )?(?:the right|what we "
            r"needed|everything)|\blast (?:summer|spring|fall|autumn|winter|year)\b[^.!?]{0,60}"
            r"\b(?:rescued|saved|helicopter|sos)\b|\b(?:rescued|saved)\b[^.!?]{0,80}\blast "
            r"(?:summer|spring|fall|autumn|winter|year)\b|"
            # (and a journalist's "several viewers have contacted us about ... overheating")
            r"\b(?:just )?wanted to say thanks\b|\b(?:viewers|readers|listeners) (?:have )?"
            r"(?:contacted|written to|told) us\b|"
            # blind19 (spent): "does the first aid kit have anything for bee stings?"
            r"\b(?:anything|something|what) for (?:bee |wasp |insect )?(?:stings?|bites?|blisters?|"
            r"allerg\w*)\b|\b(?:have|has|with|got) "
            r"(?:an? )?(?:overheat(?:ing)?|auto[- ]?shut[- ]?off|over-?current) protection\b|"
            # Session 14, by family: the writer says the goods did not cause it, or the
            # accident is months old and the gear helped.
            + SAFETY_NOT_OUR_DOING
            + "|"
            + PAST_RESCUE
            # tr16b: a first-aid kit praised, a warning read, "niente a che vedere con voi".
            + "|"
            + ffc.SAFETY_POST_GUARDS,
        ),
        # A product failure and harm to a person in the same post: paraphrased injury reports
        # ("the chair leg snapped and my grandpa went flying, he's bruised all over") rarely
        # use the words the rules above look for.
        r(
            "safety_injury",
            rf"\b(?:{PERSON} (?:\w+ )?(?:fell|tumbled|dropped \d+|dropped (?:onto|on|to)|hit the "
            r"ground|went flying|landed on|slipped|"
            r"got hurt|was hurt|hit (?:his|her|my|their) head|ended up)|hurt (?:my|his|her|their|"
            r"him|me)|(?:sliced|gashed|scalded|crushed|pinched|cut) (?:my|his|her|their)|injur\w*|"
            r"bled|bleeding|bruis\w*|bump on|rash|swollen|swelled|chok\w*|hospital|doctor|"
            r"urgent care|the er|emergency|vet|stitches|sprain\w*|concussion|in pain|screaming|"
            r"burn(?:ed|t|s)? (?:my|his|her|me|him|them)|scar(?:ed)?|wound\w*)\b",
            requires=r"\b(?:snapped|broke|tore|torn|ripped|failed|gave way|gave out|collapsed|came "
            r"(?:off|apart|loose|undone)|exploded|leaked|leaking|melted|caught fire|overheated|"
            r"fell apart|malfunction\w*|defective|faulty|cracked|split open|went off|shattered|"
            r"popped|slipped|unclipped|came unclipped|let go|buckled|tipped over|toppled|"
            r"got (?:\w+ )?hot|overheat\w*|caught on|fray(?:ed|s)?|wore through)\b",
            hypothetical=True,
            window=30,
            name="safety_failure_and_harm",
            unless_post=ffc.SAFETY_NOT_OURS_INTL,
        ),
        r(
            "safety_injury",
            r"\b(?:swelled up|swollen|swelling up|crutches|nauseous|nausea|vomit\w*|threw up|"
            r"throwing up|passed out|fainted|unconscious|benadryl|epi ?pen|paramedics|"
            r"hospitali[sz]ed|in a cast|poisoning|burns on)\b"
            r"|\bdizzy (?:and|from|after)\b|\bmade (?:\w+ ){0,3}dizzy\b"
            r"|\blight-?headed (?:and|from|after)\b"
            r"|\b(?:electric|electrical|nasty|big|bad) shock\b|\bgot shocked\b"
            r"|\bleft (?:a |him |her |me |them )?(?:deep |nasty |bad |big )?(?:cut|gash|wound|"
            r"scar|bruise|burn)\b|\bdermatitis\b|\bblisters? all over\b"
            r"|\bse enfermo\b|\b(?:enferm\w+|vomit\w+) despues de (?:comer|usar|tomar)"
            r"|\bswallow(?:ed|s)? (?:\w+ ){0,4}(?:magnets?|batter(?:y|ies)|button cells?|pieces?|"
            r"parts?|beads?)\b"
            r"|\btook (?:the|my|his|her) (?:\w+ )?(?:nail|fingernail|skin|fingertip|tip of)\b"
            r"|\b(?:rolled|ran|fell|tipped) (?:\w+ )?into (?:the )?(?:road|traffic|street|pool|"
            r"water)\b"
            r"|\bcan barely (?:move|stand|get up)\b|\bcan(?:'?t| ?not) (?:move|feel) my (?:arm|"
            r"arms|leg|legs|neck|back|hand|fingers|toes|foot|feet|shoulder)\b",
            unless=r"\b(?:comfy|cozy|cosy|couch|sofa|asleep|nap|so tired|exhausted|ultra|"
            r"marathon|race|workout|laugh\w*|heat stroke)\b"
            # blind23 (spent): "anything for bee sting allergies, or should I pack my own
            # EpiPen?"
            r"|\b(?:pack|bring|carry) my own (?:epipen|epi-?pen|inhaler)\b"
            # "is the first aid kit enough for treating burns on a week-long trip?" (blind36).
            r"|\b(?:treat|treating|treatment for|for) burns on\b",
            hypothetical=True,
            window=40,
            name="safety_symptoms",
        ),
        r(
            "safety_injury",
            r"\b(?:me|se|nos|te|le) (?:queme|quemo|quemaste|corte|corto|lastime|lastimo|"
            r"electrocuto|cai|cayo|rompi|rompio)\b|\bquemadura|\bherid[oa]s?\b|\blesion\w*"
            r"|\burgencias\b|\bexploto\b|\bse incendio|\bprendio fuego|\bahog\w+"
            r"|\breaccion alergica|\bbrul(?:e|ee|ure|ures)\b|\bblesse\w*|\bblessure\w*"
            r"|\bhopital\b|\burgences\b|\ba explose|\bpris feu|\bs'est enflamme"
            r"|\betouffe\w*|\breaction allergique|\bje suis tombe\w*"
            r"|\beingeklemmt|\bblutet\w*|\bblutung|\bverbrannt|\bverbrennung\w*|\bverletz\w*"
            r"|\bkrankenhaus|\bnotaufnahme"
            r"|\bexplodiert|\bin brand geraten|\bfeuer gefangen|\berstickt|\ballergische "
            r"reaktion|\bgesturzt|\b(?:knochel|arm|bein|handgelenk|fuss|finger) (?:ist )?"
            r"(?:gebrochen|verstaucht)",
            # "Someone will get hurt" is a threat (violence_threat), "risk of exploding" a
            # question, "krankenhausreif" a threat.
            # ("Pas de panique, personne n'est blessé", blind31.)
            unless=r"\bpersonne n'est blesse|\bnadie (?:esta|salio|resulto) herido|\bniemand "
            r"(?:ist|"
            r"wurde) verletzt|\bnessuno (?:si e fatto male|e ferito)|\bninguem (?:se machucou"
            r"|ficou "
            r"ferido)|\bniemand (?:is|raakte) gewond|"
            r"\bkrankenhausreif\b|\b(?:alguien|quelqu'un|jemand|qualcuno|alguem|iemand) "
            r"(?:\w+ ){0,3}(?:herid|"
            r"lastimad|blesse|verletzt|ferit|ferid|machucad|gewond)\w*"
            r"|\b(?:risco|risque|riesgo|rischio|risiko|gefahr|peligro|danger) (?:de |di |d')?"
            r"(?:\w+ )?(?:explo\w+|incend\w+|bruler|quemar)|" + ffc.BURN_IDIOM,
            hypothetical=True,
            window=40,
            name="safety_intl",
            # blind50 (spent, session 12): "je me suis brûlé la main en cuisinant chez moi (rien
            # à voir avec vos produits haha)".
            unless_post=r"\b(?:rien a voir avec|nada que ver con|niente a che (?:fare|vedere) "
            r"con|nichts zu tun mit|niets te maken met|nada a ver com) (?:vos|vus|sus|los|les|"
            r"i|vostri|euren|ihren|jullie|seus|os)? ?(?:\w+ )?(?:produits?|productos?|prodotti|"
            r"produkte\w*|producten|produtos?|equipement|materiel|articles?)\b"
            # blind52 (spent, session 13): "je me suis brûlé la langue avec mon café dans le
            # mug isotherme, il garde VRAIMENT chaud 😂 10/10".
            r"|\b(?:langue|lengua|lingua|zunge|tong|tongue)\b[^!?]{0,120}(?:\U0001f602|"
            r"\U0001f923|\blol\b|\bhaha|\bjaja|\bmdr\b|\b10/10\b|garde (?:\w+ )?chaud|"
            r"mantiene (?:\w+ )?caliente|tiene (?:\w+ )?caldo|halt \w* ?warm|houdt \w* ?warm|"
            r"mantem (?:\w+ )?quente)|" + ffc.SAFETY_NOT_OURS_INTL,
        ),
        # --- data_breach (crisis)
        r(
            "data_breach",
            r"\b(?:data|security|privacy) breach\w*|\bbreached\b|\bdata leak\w*"
            r"|\b(?:been|got|get|getting|was|were|is|are|has|have|you|u|y'?all|account|site|"
            r"website|app|system|database|servers?|northwind|email) (?:\w+ )?hacked\b"
            r"(?! together| up| a | my way)"
            r"|\b(?:account|card|data|info\w*|password|details|email|login) (?:\w+ )?"
            r"(?:was|got|has been|have been|is|were|been) compromised"
            r"|\bleak(?:ed|ing|s)? (?:my |our |customer |customers'? |personal |user |"
            r"everyone'?s )?(?:customer |personal )?(?:data|info\w*|details|emails?|addresses|"
            r"passwords?)"
            r"|\b(?:someone|somebody|another|other|a different|a random|a|some) (?:else'?s|"
            r"customer'?s|customers'?|person'?s|people'?s|persons?'?s?|strangers?'?s?) "
            r"(?:\w+ )?(?:order confirmation|invoice|receipt|addy|name|address|addresses|data|"
            r"info\w*|details|account|card|email|phone"
            r"|personal|orders? (?:history|details)|order history)"
            r"|\b(?:can|could) see (?:other|someone|somebody|another|strangers?|random|"
            r"all the) (?:[\w']+ )?(?:orders?|accounts?|address\w*|data|info\w*|details|names)"
            r"|\baccount (?:takeover|hijack\w*)"
            r"|\b(?:someone|somebody|strangers?|hackers?|a stranger)\w* (?:else )?(?:is |are |was |"
            r"has been |have been |keeps )?(?:using|logged into|logging into|accessing|accessed|"
            r"logged in to|in|used) my (?:\w+ )?(?:account|login|profile)"
            r"|\b(?:my|our|customer|customers'?) (?:personal |card |bank |login |account |"
            r"payment )?(?:data|info\w*|details|email|"
            r"address|card|password)s? (?:was|were|got|has been|have been|is|are) (?:being )?"
            r"(?:leaked|exposed|stolen|compromised|sold|hacked|breached)"
            r"|\b(?:login|sign[- ]in) alerts? from|\b(?:unrecogni[sz]ed|unknown|suspicious) "
            r"(?:login|logins|sign[- ]ins?|devices?) (?:on|in|to|from)\b"
            r"|\bhow (?:do|did|does|would) (?:they|scammers|these people|someone|anyone) (?:\w+ )?"
            r"(?:have|get|got|know) my (?:data|info\w*|details|name|address|order|email|number)"
            r"|\b(?:payment method|password|email|address|shipping address|phone number|card)s? "
            r"(?:was|were|got|has been) (?:changed|updated|removed|added)\b[^.!?]{0,40}"
            r"\b(?:wasn'?t me|not me|didn'?t|never)"
            r"|\b(?:contrasena|cuenta) (?:fue|ha sido) (?:cambiada|hackeada|robada)"
            r"|\balguien (?:\w+ ){0,3}(?:con|en|a) mi cuenta"
            r"|\b(?:someone|somebody|they|hackers?) (?:\w+ )?hacked (?:my|our|into)\b"
            r"|\b(?:my )?account (?:is|was|got|has been) (?:stolen|taken over|hijacked)\b"
            r"|\b(?:any|was there a|has there been a|did you have a) (?:data |security )?(?:leak|"
            r"breach)\b"
            r"|\bcustomer (?:emails|data|details|addresses|phone numbers|info\w*|records)\b"
            r"[^.!?]{0,40}\b(?:online|floating|posted|public|shared|leak\w*|for sale)"
            r"|\b(?:floating around|posted online|for sale|on (?:a|the) (?:forum|dark ?web))\b"
            r"[^.!?]{0,40}\bcustomer (?:emails|data|details|addresses|phone numbers|info\w*)"
            r"|\b(?:plain ?text|unencrypted|clear ?text) passwords?|\bpasswords? in (?:plain ?text|"
            r"clear ?text)"
            r"|\b(?:credentials|passwords?|logins?|card numbers|data|details)\b[^.!?]{0,30}"
            r"\b(?:leak(?:ed)? (?:site|database|dump|list)|dark ?web|pastebin|for sale)"
            r"|\bpassword reset (?:email|link|code)s? (?:for|i|that i)\b"
            r"|\b(?:sold|selling|shared|sharing|leaked) (?:my|our|customer|customers'?) "
            r"(?:data|info\w*|email|details|address)"
            r"|\bdatenleck|\bdatenpanne|\bgehackt|\bfuite de donnees|\bpiratage"
            r"|\b(?:compte|site|donnees|mot de passe) (?:a ete |est |ont ete )?pirate\w*"
            r"|\bpirate\w* (?:mon|mes|le|notre) (?:compte|donnees|mot de passe|site)"
            r"|\bfiltracion de datos|\bhackea\w*",
            # "Saw the news about a data breach at another outdoor brand. Do you store cards?"
            # ("A friend's account got hacked on a different store", "Thought my account got
            # hacked ... turns out my wife", blind31 and blind30.)
            unless=r"\bbreach of contract\b|\bthought (?:my )?(?:account|card|email) (?:got |was |"
            r"had been )?hacked\b|\bfriend'?s account\b|"
            r"\b(?:at|from|of|on) (?:another|other|a different) "
            r"(?:outdoor |online )?(?:brand|store|shop|retailer|company)\b"
            # blind43, blind44 (spent, session 10): "that big retailer getting hacked on the
            # news", "paranoid after other retailers got hacked".
            r"|\b(?:other|another|that|big|major) (?:big |major |large |online )?(?:retailers?|"
            r"stores?|shops?|brands?|companies) (?:\w+ )?(?:got|getting|get|were|was|been)\b"
            # blind47 and blind48 (spent, session 11): "that big sporting goods chain getting
            # hacked", "a big sporting goods chain had a huge data leak".
            r"|\b(?:other|another|that|a|big|major) (?:big |major |large |huge )?(?:\w+ ){0,2}"
            r"(?:retailers?|chains?|stores?|brands?|companies) (?:got|getting|had|has had|was|"
            r"were)\b"
            # blind21 (spent): "our compliance team ran a data breach tabletop exercise".
            r"|\b(?:tabletop|exercise|drill|simulation|training|webinar|course|workshop)\b"
            # blind49, blind50 (spent, session 12): "my heart got hacked by this fleece", "das
            # datenleck bei diesem anderen outdoor shop", "interesting read on the <other
            # brand> data breach".
            r"|\b(?:heart|brain|soul|mind|wallet|taste|feed|algorithm)s? (?:\w+ )?(?:got |was |"
            r"been |just got )?hacked\b"
            r"|\bbei (?:einem|diesem|dem|so einem) (?:anderen|fremden)\b|\bchez (?:un|une) autre\b"
            r"|\ben (?:otra|otro) (?:tienda|marca|empresa)\b|\bbij (?:een|die) andere\b"
            r"|\b(?:interesting|great|good|scary|fascinating) (?:read|article|piece|thread|"
            r"write-?up) (?:on|about)\b"
            # blind51, blind52 (spent, session 13): "la fuite de données chez un concurrent",
            # "that big airline data breach", a partner who "'gehackt'" the account to buy a
            # present (in scare quotes).
            r"|\b(?:chez|at|bei|en|di|bij|em|from|of) (?:un |une |a |einem |der |el |la |uno |"
            r"een |um |another )?(?:concurrent|competitor|konkurrenz|competencia|concorrente|"
            r"konkurrent)\w*"
            r"|\b(?:airline|bank|hotel|hospital|telecom|phone company|insurer|insurance|"
            r"ticketing|gaming|game|dating|social media|crypto|government|school|university)'?s? "
            r"(?:\w+ )?(?:data )?(?:breach|leak|hack)\w*"
            r"|['\x22\u2018\u201c\u00ab] ?(?:hacked|gehackt|hackeado|hackeo|pirate|hackerato) ?"
            # Session 14, by family: another party's breach, or the writer's account on
            # another service.
            # tr16b: "hackearon a una tienda", "die andere webshop gelekt", "a competitor's".
            r"['\x22\u2019\u201d\u00bb]|"
            + THIRD_PARTY_EVENT
            + "|"
            + ffc.BREACH_WINDOW_GUARDS
            # Session 20: another company's breach read about in the news.
            + "|"
            + BREACH_IN_THE_NEWS,
            # blind23 (spent): "... turns out it was my husband resetting it. False alarm".
            unless_post=r"\bfalse alarm\b|\bturns out it was (?:me|my \w+|just me)\b|"
            # tr15c, by family: a card stolen from the writer and used by the thief.
            + CARD_THEFT
            + "|"
            + SELF_CORRECTED
            + "|"
            + NOT_ABOUT_YOU
            + "|"
            # "Just a hypothetical, but if someone ever hacked my account ..." (blind35).
            r"\bhypothetical\w*\b|\bif (?:someone|somebody|anyone) (?:ever )?(?:hacked|hacks|got "
            # Session 14, by family: "my instagram got hacked (not your fault lol)".
            r"into)\b|" + NOT_OUR_DOING + "|" + ffc.BREACH_DISOWNED,
            negatable=True,
        ),
    )
