"""Escalation rules: patterns per category with evidence spans, false friends, negation.

Each `EscalationRule` is a regular expression written in plain lower-case spelling (see
`normalize`: elongations like "suuue" and doubled letters are squeezed away on both sides),
matched against the prepared post. Rules are deliberately *specific* — "sue you", "my
lawyer will", "burned my hand" — rather than single words, because single words are where
false friends live ("this sale is killing me", "I'd kill for these boots", "fire deals",
"the jacket is a bomb"). What remains ambiguous is handled by:

* ``unless``: a pattern searched in a window around the match that cancels it ("my lawyer
  is a big fan", "nurse ... at the hospital", "my phone blew up");
* ``negatable``: a negation in the three words before the match cancels it ("nobody got
  hurt", "I'm not going to sue");
* ``hypothetical``: "if", "could", "worried" in the same clause cancel a report of harm
  ("what if it catches fire?") but never a threat ("if you don't refund me I'll sue");
* ``requires``: a pattern that must appear somewhere in the post ("journalist" counts as a
  media inquiry only with a request for comment, a story or a question).

Patterns for Spanish, French and German sit next to the English ones.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..types import Category, Signal
from .normalize import PreparedText, compile_rule, normalize, squeeze_pattern

_TARGET = (
    r"(?:you|u|ya|y'?all|your\w*|ur|them|him|her|everyone|every one|somebody|someone|"
    r"anyone|anybody|everybody|you people|all of you|each of you|whoever|"
    r"(?:the|that|this|your) (?:\w+ )?(?:manager|owner|staff|driver|ceo|boss|employees?|"
    r"workers?|guy|girl|rep|clerk|cashier|person|courier|agent))"
)
_INTENT = (
    r"(?:i'?ll|i will|i'?m gonna|im gonna|gonna|i'?m going to|im going to|going to|we'?ll|"
    r"we will|i want to|i wanna|wanna|i'?d like to|about to|i swear i'?ll|i'?m coming to|"
    r"someone should|i should|i could|i might|ready to|i'?ll come (?:down there )?and)"
)
_PERSON = (
    r"(?:i|he|she|we|they|(?:my|our|his|her) (?:\w+ )?(?:son|daughter|kid|kids|child|baby|"
    r"toddler|wife|husband|partner|mom|mum|dad|dog|cat|boy|girl|friend|brother|sister|grandma|"
    r"grandpa|nephew|niece|family))"
)
_NEG_CUE = compile_rule(
    r"\b(?:not|never|no|nobody|noone|none|zero|didn'?t|didnt|don'?t|dont|doesn'?t|doesnt|"
    r"won'?t|wont|wasn'?t|wasnt|isn'?t|isnt|aren'?t|weren'?t|hasn'?t|haven'?t|without|"
    r"nothing|neither|nor|ni|nunca|nadie|ningun\w*|pas|jamais|aucun\w*|nicht|kein\w*|"
    r"niemand|nie|one)\b"
)
# "no one", "not one": the word "one" only counts right after "no"/"not"; see _negated.
_HYPOTHETICAL_CUE = compile_rule(
    r"\b(?:if|what if|could|might|may|would|worried|worry|afraid|scared|fear|risk|concerned|"
    r"in case|whether|safe|want|wants|hope|hoping|prevent|avoid|si|falls|wenn|ob|"
    r"peut-etre|quizas)\b"
)
_CLAUSE_END = re.compile(r"[.!?;:\n]|,\s")
_TOKEN = re.compile(r"[\w']+")


@dataclass(frozen=True)
class EscalationRule:
    category: Category
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    negatable: bool = True
    hypothetical: bool = False
    window: int = 40
    name: str = ""


def _split_top_level(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def factor_word_boundary(pattern: str) -> str:
    r"""``A|B|C`` -> ``(?:A|B)|C``: same matches, but the regex engine tests the word
    boundary once per position instead of once per alternative (3-6x faster on the big
    rules)."""
    alternatives = _split_top_level(pattern)
    bounded = [a[2:] for a in alternatives if a.startswith("\\b")]
    if len(bounded) < 2:
        return pattern
    others = [a for a in alternatives if not a.startswith("\\b")]
    return "|".join([f"\\b(?:{'|'.join(bounded)})", *others])


def _rule(
    category: Category,
    pattern: str,
    *,
    unless: str | None = None,
    requires: str | None = None,
    negatable: bool = True,
    hypothetical: bool = False,
    window: int = 40,
    name: str = "",
) -> EscalationRule:
    return EscalationRule(
        category=category,
        pattern=compile_rule(factor_word_boundary(pattern)),
        unless=compile_rule(unless) if unless else None,
        requires=compile_rule(requires) if requires else None,
        negatable=negatable,
        hypothetical=hypothetical,
        window=window,
        name=name or category,
    )


_LAUGHTER_OR_JOY = (
    r"(?:lol|lmao|lmfao|haha\w*|jaja\w*|rofl|so cute|adorable|obsessed|so good|so soft|"
    r"so pretty|gorgeous|love (?:it|them|these|this)|\U0001f602|\U0001f923|\U0001f979|"
    r"\U0001f60d|\U0001f970|\u2764)"
)


def _build_rules() -> tuple[EscalationRule, ...]:
    r = _rule
    return (
        # --- self_harm (crisis). The patterns carry their own negations ("don't want to
        # live"), so a preceding negation does not cancel them.
        r(
            "self_harm",
            r"\b(?:kill(?:ing)?|end(?:ing)?|take|taking) my ?self\b|\bkms\b|\bunalive\b"
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
            r"|\b(?:no ?one|nobody) would (?:care|notice|miss me)\b(?: if i)?"
            r"|\bstockpil\w* (?:my |the )?(?:meds|pills|medication|medicine)"
            r"|\b(?:don'?t|dont|do not) want to wake up\b|\bthis is my (?:last|final) (?:post|"
            r"message|tweet|words)\b|\bmy final (?:words|goodbye)\b|\bgoodbye (?:everyone|world|"
            r"all)\b"
            r"|\bgive up on (?:life|living|everything)\b|\b(?:what'?s|whats|what is) the point "
            r"(?:of (?:anything|living|life|it all|going on)|anymore)\b"
            r"|\b(?:dark|intrusive) thoughts\b|\bin a (?:really )?dark place\b"
            r"|\bjump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff|balcony)\b"
            r"|\bin front of a (?:train|bus|truck)\b|\boverdos\w*|\btake all (?:my|the|of my) pills"
            r"|\b(?:want|wanna|going) to disappear\b|\btired of (?:living|life|being alive|"
            r"everything|it all|existing)\b"
            r"|\b(?:won'?t|will not|not sure i'?ll|might not|may not) be (?:around|here|alive) "
            r"(?:much |for )?(?:longer|long|anymore|tomorrow)\b"
            r"|\b(?:want|wanna|going) (?:to )?die\b",
            unless=_LAUGHTER_OR_JOY,
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
            rf"\b{_INTENT} (?:\w+ )?(?:kill|murder|shoot|stab|hurt|punch|strangle|choke|slap|"
            rf"strangle|knife|beat the \w+ out of|beat) (?:\w+ )?{_TARGET}\b"
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
            r"|\b(?:come|coming|show up|showing up|be there|visit)\b[^.!?]{0,40}\bwith (?:a|my) "
            r"(?:gun|knife|bat|weapon|rifle|pistol|shotgun|machete)\b",
            unless=r"\b(?:beat|kill) (?:your|the|their) (?:price|prices|deal|deals|record)|"
            + _LAUGHTER_OR_JOY,
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
            r"the ceo|your ceo|your boss)\b[^.!?]{0,20}\b(?:live|lives|work|works|sleep)"
            r"|\byou'?ve been warned\b|\bsomeone(?:'s| is)? (?:going to|gonna) get hurt"
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
            name="violence_phrases",
        ),
        # --- safety_injury (crisis): harm that happened to a person (or pet), or a product
        # failing dangerously. Hypotheticals ("what if it catches fire?") do not count.
        r(
            "safety_injury",
            r"\bburn(?:ed|t|s)? (?:my|his|her|their|our|me|him|us|the baby|the kids?)\b(?: [\w']+)?"
            r"|\b(?:got|been|was|were|am|is|are|get|getting|be) (?:\w+ )?(?:burn(?:ed|t)|"
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
            unless=r"\b(?:heart|inbox|phone|notifications|dm'?s|mentions|sales|tiktok|views|"
            r"internet|comments|twitter|feed|feelings|pride|ego|wallet|bank account|rash "
            r"decision|nurse|nurses|doctors? (?:in|here|friend|loves?|wears?|says)|"
            r"works? (?:at|in) (?:a|the)|where i work|"
            r"i work (?:at|in)|shifts?|volunteer\w*|"
            r"hospitality|hospital corners)\b",
            hypothetical=True,
            window=30,
        ),
        # A product failure and harm to a person in the same post: paraphrased injury reports
        # ("the chair leg snapped and my grandpa went flying, he's bruised all over") rarely
        # use the words the rules above look for.
        r(
            "safety_injury",
            rf"\b(?:{_PERSON} (?:\w+ )?(?:fell|tumbled|dropped \d+|went flying|landed on|slipped|"
            r"got hurt|was hurt|hit (?:his|her|my|their) head|ended up)|hurt (?:my|his|her|their|"
            r"him|me)|(?:sliced|gashed|scalded|crushed|pinched|cut) (?:my|his|her|their)|injur\w*|"
            r"bled|bleeding|bruis\w*|bump on|rash|swollen|swelled|chok\w*|hospital|doctor|"
            r"urgent care|the er|emergency|vet|stitches|sprain\w*|concussion|in pain|screaming|"
            r"burn(?:ed|t|s)? (?:my|his|her|me|him|them)|scar(?:red)?|wound\w*)\b",
            requires=r"\b(?:snapped|broke|tore|torn|ripped|failed|gave way|gave out|collapsed|came "
            r"(?:off|apart|loose|undone)|exploded|leaked|leaking|melted|caught fire|overheated|"
            r"fell apart|malfunction\w*|defective|faulty|cracked|split open|went off|shattered|"
            r"popped)\b",
            hypothetical=True,
            window=30,
            name="safety_failure_and_harm",
        ),
        r(
            "safety_injury",
            r"\b(?:swelled up|swollen|swelling up|crutches|nauseous|nausea|vomit\w*|threw up|"
            r"throwing up|passed out|fainted|unconscious|benadryl|epi ?pen|paramedics|"
            r"hospitali[sz]ed|in a cast|poisoning|burns on)\b"
            r"|\bdizzy (?:and|from|after)\b|\bmade (?:\w+ ){0,3}dizzy\b",
            unless=r"\b(?:comfy|cozy|cosy|couch|sofa|asleep|nap|so tired|exhausted|ultra|"
            r"marathon|race|workout|laugh\w*|heat stroke)\b",
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
            r"|\beingeklemmt|\bblutet\w*|\bblutung|\bverbrannt|\bverbrennung\w*|\bverletz\w*|\bkrankenhaus|\bnotaufnahme"
            r"|\bexplodiert|\bin brand geraten|\bfeuer gefangen|\berstickt|\ballergische "
            r"reaktion|\bgesturzt|\b(?:knochel|arm|bein|handgelenk|fuss|finger) (?:ist )?"
            r"(?:gebrochen|verstaucht)",
            hypothetical=True,
            window=30,
            name="safety_intl",
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
            r"|\b(?:my|our|customer|customers'?) (?:personal )?(?:data|info\w*|details|email|"
            r"address|card|password)s? (?:was|were|got|has been|have been|is|are) "
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
            r"|\bfiltracion de datos|\bhackea\w*",
            unless=r"\bbreach of contract\b",
            negatable=True,
        ),
        # --- legal_threat (urgent)
        r(
            "legal_threat",
            r"\b(?:i'?ll|i will|i'?m gonna|im gonna|gonna|going to|we'?ll|we will|planning to|"
            r"plan to|about to|ready to|i may|i might|considering|thinking (?:of|about)|will be|"
            r"i'?m|i am|we'?re|definitely|totally|gonna have to|have to|will)\s+(?:\w+\s+)?"
            r"(?:sue|suing)\b"
            r"|\bsue (?:you|u|ya|y'?all|them|northwind|nw|the company|your|this company)\b"
            r"|\bsuing (?:you|u|northwind|your|the company)\b"
            r"|\blaw ?suits?\b|\bclass[- ]action\b|\blegal (?:action|proceedings|steps)"
            r"|\bsmall claims\b|\btake (?:you|u|this|northwind|them|it|y'?all) to court"
            r"|\bsee you in court|\b(?:in front of|before) a (?:judge|court|jury)\b"
            r"|\bcourt case\b|\bcease and desist|\bdemand letter"
            r"|\b(?:my|our|a|an|the) (?:lawyer|attorney|solicitor|legal team|legal counsel|"
            r"lawyers|attorneys)\s+(?:will|is|has|have|are|'?ll|'?s|would|shall|already|says|"
            r"said|advised|drafting|contacting|looking|getting|be|wants|thinks|knows)\b"
            r"|\b(?:contact|contacting|call|calling|hire|hiring|get|getting|got|consult|"
            r"consulting|talk to|talking to|speak to|speaking to|spoke to|spoken to|speak with|"
            r"talking with|talked to|talked with|spoken with|involve|involving|retain|retained|"
            r"retaining|hear from|hearing from|"
            r"forwarded (?:this|it) to|forwarding (?:this|it) to) (?:(?:my|a|an|our) )?"
            r"(?:lawyer|attorney|solicitor|legal team|legal counsel)s?\b"
            r"|\blawyer(?:ing)? up\b|\blawyered up\b"
            r"|\b(?:taking|take|bring|bringing|dragging|drag) (?:you|u|northwind|them|y'?all|this|"
            r"it|your \w+) to (?:court|small claims|tribunal|arbitration)\b"
            r"|\b(?:call|calling|report(?:ing)? (?:you|this|it) to|file a report with|"
            r"contact(?:ing)?|going to) the (?:police|cops)\b|\bpolice report\b"
            r"|\b(?:letter|call|email|visit|papers?|notice|hear) from (?:my|our|a|an) (?:lawyer|"
            r"attorney|solicitor|legal team)s?\b",
            unless=r"\battorneys? general|\b(?:fan|fans|loves?|swears by|recommend\w*|wears?|"
            r"bought|gift|friend|birthday)\b|\bsue (?:you )?for (?:a |the )?(?:restock|re-stock|"
            r"these|those|them|more|this colou?r)\b",
            window=30,
        ),
        r(
            "legal_threat",
            r"\b(?:mi|nuestro|un|con (?:mi|un)) abogad[oa]\b|\b(?:voy a|vamos a|te voy a|"
            r"los voy a|les voy a|os voy a) (?:demandar|denunciar)\w*|\bdemanda judicial"
            r"|\bacciones? legal(?:es)?|\bdenunciar(?:los|les|te|os)?\b"
            r"|\b(?:mon|un|notre|l') avocat\b|\bporter plainte|\bpoursuivre en justice"
            r"|\bpoursuites? judiciaires?|\baction en justice|\bmise en demeure"
            r"|\b(?:vais|allons) (?:vous )?(?:poursuivre|attaquer en justice)"
            r"|\b(?:mein|meine|unser|einen|einem) (?:rechts)?anwalt\w*|\bverklag\w*"
            r"|\bklage ein\w*|\brechtliche schritte|\bvor gericht|\banzeigen\b|\bstrafanzeige"
            r"|\bdenuncia\w* (?:a la|en la) policia",
            unless=r"\b(?:amig[oa]|ami|amie|freund\w*|toast|tostada|aguacate)\b",
            name="legal_intl",
        ),
        # --- regulatory (urgent)
        r(
            "regulatory",
            r"\b(?:ftc|fcc|cpsc|fda|cfpb|bbb|better business bureau|attorneys? general|"
            r"federal trade commission|consumer financial protection bureau|"
            r"trading standards|ombudsman|consumer (?:protection|rights|watchdog|council)"
            r"(?: agency| bureau| office| department| authority)?|(?:department|dept|office|"
            r"bureau|ministry) of consumer affairs|consumer affairs (?:department|office|"
            r"bureau|agency)|gdpr complaint|data protection (?:authority|commissioner|"
            r"regulator)|dsgvo|verbraucherzentrale|verbraucherschutz\w*|bundesnetzagentur|"
            r"dgccrf|cnil|signalconso|ufc[- ]que choisir|que choisir|"
            r"60 millions de consommateurs|ocu|facua|"
            r"(?:ministerio|oficina|direccion) de consumo|defensa del consumidor|"
            r"hoja de reclamaciones|oficina del consumidor)\b"
            r"|\b(?:complain\w*|report\w*) (?:\w+ ){0,3}to the (?:ico|ftc|cma|asa|ofcom|fca|sec|"
            r"cnil|aepd)\b"
            r"|\b(?:violat\w*|breach\w*|breaking|against) (?:the )?(?:gdpr|ccpa|dsgvo|rgpd|"
            r"consumer (?:protection )?laws?)\b"
            r"|\b(?:report|reporting|reported|complain\w*|file|filing|filed|contact|contacting|"
            r"write to|writing to|tell|telling|alert\w*|notify\w*) (?:\w+ ){0,4}(?:to|with) "
            r"(?:the )?(?:authorities|regulators?|government|state|feds|watchdog|"
            r"consumer \w+)\b",
            unless=r"\bcustomer service\b",
        ),
        # --- media_inquiry (urgent): a journalist asking, or a threat to go to the press.
        r(
            "media_inquiry",
            r"\b(?:i'?m|i am|im|we'?re|we are) (?:a |an )?(?:\w+ )?(?:reporter|journalist|"
            r"editor|producer|correspondent|writer|blogger) (?:with|at|for|from|covering)\b"
            r"|\b(?:reporter|journalist|correspondent|producer|editor)s? (?:with|at|for|from) "
            r"(?:the )?[a-z]"
            r"|\b(?:journalist|reporter|press|media|podcast host|podcaster|producer|editor) here\b"
            r"|\bspokes(?:person|man|woman)\b|\bi'?m with (?:the )?(?:\w+ ){0,3}(?:times|post|news|"
            r"herald|tribune|gazette|journal|magazine|radio|tv)\b"
            r"|\b(?:get|have|provide|give|request) (?:us |me )?(?:a |an )?(?:statement|comment|"
            r"quote|interview)\b"
            r"|\bi (?:host|produce|run|write for|work for|edit) (?:a |an |the )?(?:\w+ ){0,2}"
            r"(?:show|podcast|newspaper|magazine|paper|channel|station|program|programme|newsletter)\b"
            r"|\b(?:this is|i'?m|i am) [a-z]+ (?:\w+ )?(?:from|at|with) (?:the )?"
            r"(?:[a-z0-9]+ ){0,3}(?:news|times|post|herald|tribune|gazette|journal|magazine|"
            r"radio|tv)\b"
            r"|\bworking on (?:a|an) (?:\w+ )?(?:story|article|piece|segment|investigation|"
            r"report|feature)\b|\bwriting (?:a|an) (?:\w+ )?(?:story|article|piece|feature) "
            r"(?:about|on)"
            r"|\b(?:request|requesting|like|love|want|seeking) (?:a |an )?(?:comment|statement|"
            r"interview)\b|\bon the record\b"
            r"|\b(?:press|media) (?:inquiry|enquiry|request|office|contact)\b"
            r"|\b(?:podcast|tv station|newspaper|magazine|news (?:outlet|station|desk))\b"
            r"[^.!?]{0,80}\b(?:interview|comment|statement|segment|story|feature)"
            r"|\b(?:\w+ )?(?:news|press|media|tv station|newspapers?|journalists?|reporters?)\b"
            r"[^.!?]{0,40}\b(?:be interested|is interested|are interested|very interested|"
            r"would love (?:this|to hear)|will hear about|hear about this|find out about|"
            r"get this story|cover this|love this story)"
            r"|\b(?:go|going|went|gone|take this|taking this|reach out|reaching out|contacted|"
            r"contact|contacting|tip(?:ing|ed)? off|tell|telling|i'?ll tell|sending this) "
            r"(?:to )?"
            r"(?:the )?(?:local )?(?:news|press|media|tv|newspapers?|journalists?|reporters?)\b"
            r"(?! release)",
            unless=r"\b(?:press release|good news|great news|news ?letter|french press|"
            r"press the|press (?:a|on) )\b",
        ),
        r(
            "media_inquiry",
            r"\b(?:journalist\w*|journo|reporter\w*|periodista|reportero|redactor|journaliste|"
            r"redaktion|presseanfrage|zeitung)\b",
            requires=r"\b(?:comment\w*|statement|interview\w*|story|article|piece|questions?|"
            r"working on|writing|aware|looking into|investigat\w*|reach|contact|"
            r"comentar\w*|declaraci\w+|entrevista|articulo|reportaje|commentaire|article|"
            r"reportage|stellungnahme|artikel|bericht|anfrage)\b|\?",
            name="media_role",
        ),
        # --- discrimination_harassment (urgent)
        r(
            "discrimination_harassment",
            r"\bracis[mt]\w*|\bsexis[mt]\w*|\bmisogyn\w*|\bhomophob\w*|\btransphob\w*"
            r"|\bislamophob\w*|\bantisemit\w*|\bxenophob\w*|\bableis[mt]\w*|\bageis[mt]\w*"
            r"|\bbigot\w*"
            r"|\bdiscriminat\w*|\bharass\w*|\bslurs?\b|\bprofiled\b|\bprofiling\b"
            r"|\bn[- ]word\b|\bsexual(?:ly)? (?:harass\w*|assault\w*|comments?|advances)"
            r"|\b(?:because|cause|cuz|since) (?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|"
            r"he is|she is|my (?:wife|husband|son|daughter|partner|kid|child|mom|dad|mother|"
            r"father) is) (?:a |an )?(?:black|brown|asian|latin[oa]|latinx|hispanic|muslim|"
            r"jewish|gay|lesbian|queer|trans|disabled|in a wheelchair|woman|girl|old|fat|"
            r"immigrant|deaf|blind|arab|indian|mexican|foreign|autistic|pregnant|"
            r"wearing a hijab)\b"
            r"|\b(?:creepy|inappropriate|sexual|unwanted|threatening|harassing) (?:\w+ )?"
            r"(?:messages|texts|comments|advances|dms|touching|behaviou?r)"
            r"|\b(?:women|girls|ladies|females|black people|gay people|old people) "
            r"(?:don'?t|can'?t|shouldn'?t|do not|cannot) (?:\w+ )?(?:know|understand|climb|"
            r"hike|pick|choose|camp|use|handle)"
            r"|\b(?:keeps|kept|keep|keeps on) (?:\w+ )?(?:messaging|texting|calling|dming|"
            r"following|contacting) me\b"
            r"|\bbecause (?:i|we|he|she|they) (?:wear|wears|use|uses|have|has) (?:a |an )?"
            r"(?:hijab|turban|kippah|yarmulke|wheelchair|cane|headscarf|niqab|burqa|accent)\b"
            r"|\b(?:followed|watched) (?:me |us )?around (?:\w+ ){0,3}by security\b"
            r"|\b(?:employee|staff|worker|driver|rep|guy|manager|courier|associate)s? (?:\w+ ){0,3}"
            r"(?:messaging|texting|dming|contacting|following|stalking) (?:my|our) (?:\w+ )?"
            r"(?:daughter|son|kid|child|wife|girlfriend|teen|sister)"
            r"|\b(?:agent|rep|employee|staff|cashier|manager|driver|clerk|worker|guy|associate|"
            r"courier|guard)s?\b[^.!?]{0,50}\b(?:called|calls) (?:me|my \w+|us|her|him) (?:a |an )?"
            r"(?:\w+ )?(?:b\W*tch|bitch|slut|whore|retard\w*|f\W*g\w*|fag\w*|cunt|c\W*nt|"
            r"idiot|stupid|ugly|fat|monkey|terrorist|thug|thief)"
            r"|\b(?:comments?|remarks?|jokes?) about (?:my|her|his) (?:body|weight|breasts|chest|"
            r"butt|ass|looks|race|skin|religion|accent|hijab|disability|sexuality)\b"
            r"|\b(?:every|all the|the other|other) (?:white|black|brown|asian|male|straight) "
            r"customers?\b|\bbecause of (?:my|her|his|our|their) (?:race|skin|colou?r|religion|"
            r"accent|disability|age|gender|ethnicity|sexuality|hijab|wheelchair|turban)\b"
            r"|\bacoso\b|\bacosad[oa]\b|\bdiscrimin\w*|\bracista|\bmachista|\bharcel\w*"
            r"|\braciste\w*|\bbelastig\w*|\brassis\w*|\bdiskriminier\w*|\bsexistisch",
            unless=r"\b(?:emails?|newsletters?|notifications|ads|promos?|promotions?|marketing|"
            r"spam|sms|push|price (?:profiling|discrimination))\b"
            r"|\bharass\w* (?:my|our) (?:friends|family|wife|husband|partner|kids|mom|dad|"
            r"coworkers|colleagues) (?:to|into)\b",
            window=50,
        ),
        # --- fraud_payment (review)
        r(
            "fraud_payment",
            r"\bcharged (?:me )?(?:\w+ ){0,2}(?:twice|double|two times|2x|three times|3 times|"
            r"multiple times|again and again)|\bdouble[- ]charged|\bdouble charge"
            r"|\bcharged (?:me )?(?:\w+ ){0,3}again\b"
            r"|\b(?:two|2|three|3|multiple|duplicate|double) (?:identical )?charges\b"
            r"|\b(?:tracking|order|site|website|shop) (?:number |page )?(?:is|was|looks) fake\b"
            r"|\b(?:orders?|purchases?) (?:that )?(?:i )?(?:was |were )?never (?:placed|made|"
            r"ordered|authori[sz]ed)\b|\bpayment method (?:was|were|got|has been) (?:changed|added)"
            r"|\b(?:asking|asked|ask|asks) (?:me |us )?to '?(?:verify|confirm|update|re-?enter|"
            r"validate)'? (?:my |your )?(?:card|payment|bank|account|details|identity)"
            r"|\balguien hizo (?:un |varios )?(?:pedido|compra)"
            r"|\bmoney (?:left|was taken from|came out of|debited from|gone from|taken from|"
            r"disappeared from) my (?:account|card|bank)"
            r"|\bpaid\b[^.!?]{0,60}\b(?:says|shows|marked as?|still) (?:unpaid|not paid|failed|"
            r"pending payment)"
            r"|\bwhere (?:did|is|has) my (?:\$|€|£)?\d+(?:[.,]\d+)? (?:go|gone)\b"
            r"|\b(?:i|you|i'?ve|we) (?:won|win)\b[^.!?]{0,60}\b(?:pay|fee|shipping|card|bank)"
            r"|\b(?:asked|asking|ask|asks|wants|wanted|requested|requesting) (?:me |us )?(?:for )?"
            r"(?:my |your |our )?(?:cvv|cvc|card pin|pin|security code|one[- ]time (?:code|"
            r"password)|otp|verification code|full card number|card number)\b"
            r"|\b(?:unauthori[sz]ed|fraudulent|unknown|unrecogni[sz]ed|suspicious|mystery|"
            r"random) (?:\w+ )?(?:charges?|transactions?|payments?|purchases?|debits?)"
            r"|\b(?:charges?|payments?|purchases?|transactions?) (?:\w+ ){0,5}(?:i|that i) "
            r"(?:never|didn'?t|did not|don'?t|do not) (?:make|made|authori[sz]e|recogni[sz]e|"
            r"order|know)"
            r"|\b(?:never|didn'?t|did not) (?:authori[sz]e|make|made|recogni[sz]e) (?:this|that|"
            r"the|these|those|a|any)? ?(?:charges?|payments?|purchases?|transactions?)"
            r"|\b(?:stolen|cloned|skimmed) (?:credit )?(?:card|identity|details)"
            r"|\b(?:someone|somebody|they|he|she|who|scammers?) (?:\w+ )?(?:used|use|using|"
            r"charged|drained) my (?:card|credit card|debit card|account|paypal|bank)"
            r"|\bmy (?:card|credit card|debit card|card details|bank details) (?:was|were|got|"
            r"has been|have been) (?:used|charged|stolen|compromised|cloned)"
            r"|\b(?:asking|asked|ask|asks) (?:me |us |people )?(?:for|to (?:confirm|verify|enter|"
            r"send|update)) (?:my |your |our |their )?(?:card|payment|bank|credit card|login) "
            r"(?:details|info\w*|number|password)"
            r"|\b(?:account|site|website|page|profile|store|shop|email|text) (?:\w+ ){0,3}"
            r"(?:is|are|looks|seems) (?:\w+ )?fake\b"
            r"|\bpay (?:by|via|with|through) (?:zelle|venmo|crypto|bitcoin|wire transfer|"
            r"western union|cash app)"
            r"|\bhack\w*[^.!?]{0,80}\b(?:placed|made) (?:\w+ )?(?:orders?|purchases?)"
            r"|\bidentity theft|\bscam(?:ed|er|ers|s)?\b|\bfraud\w*|\bphishing"
            r"|\bfake (?:\w+ )?(?:site|website|store|shop|account|page|profile|instagram|"
            r"northwind|email|sms|text|ad)s?\b"
            r"|\bgift cards?\b[^.!?]{0,30}\b(?:pay|payment|asked|asking)"
            r"|\b(?:pay|payment|paid) (?:via|with|in|by) (?:\w+ )?gift cards?"
            r"|\b(?:file|filed|filing|open|opened|opening|initiat\w*|start\w*|doing a|do a|issue|"
            r"issued|issuing|request(?:ed|ing)?|going to do a)\s+(?:a\s+)?chargebacks?"
            r"|\bchargebacks? (?:with|through|from) (?:my|the) (?:bank|card|credit)"
            r"|\bdisput(?:e|ed|ing) (?:the|this|a|my) (?:\w+ )?"
            r"(?:charge|transaction|payment)"
            r"|\b(?:took|taken|take|kept|keep) (?:my|the|our) money\b[^.!?]{0,60}\b"
            r"(?:no refund|never|cancel\w*|nothing)"
            r"|\b(?:that'?s|this is|it'?s|that is|it is) (?:\w+ )?(?:theft|stealing|robbery)\b"
            r"|\.(?:com|shop|store|net|co|info|xyz|online|site)\b[^!?]{0,40}\blegit"
            r"|\bis (?:this|that|it) (?:site|website|store|shop|account|page|link|email|text|"
            r"offer) (?:\w+ )?legit"
            r"|\bcobr\w+ dos veces|\bcobro (?:doble|duplicado|no autorizado)|\bestafa\w*"
            r"|\bfraude\w*|\barnaque\w*|\bdebite\w* deux fois|\bpreleve\w* deux fois"
            r"|\bprelevement non autorise|\bbetrug\w*|\babzocke\w*|\bdoppelt (?:abgebucht|"
            r"belastet|berechnet)|\bzweimal (?:abgebucht|belastet)",
            unless=r"\b(?:shipping|prices?|pricing|fees?|delivery|sizing|size chart)\b"
            r"[^.!?]{0,15}\bscam\b|\bnot a scam\b|\bscam\w* my ?self\b",
        ),
        r(
            "fraud_payment",
            r"\b(?:nobody|no one|noone|none of you) else (?:\w+ )?(?:gets?|is|will be|falls for) "
            r"(?:scam\w*|ripped off|robbed|cheated)",
            negatable=False,
            name="fraud_warning",
        ),
        # --- human_request (review)
        r(
            "human_request",
            r"\b(?:talk|speak|chat|speaking|talking) (?:to|with) (?:an? |the |your |some )?"
            r"(?:actual |real |live |human |proper |fellow )?(?:human(?: being)?|person|"
            r"people|agent|manager|supervisor|representative|rep|someone|somebody|"
            r"customer service|staff|employee|team member|humans)\b"
            r"|\breal (?:human|person|people|agent)\b|\bactual (?:human|person|people)\b"
            r"|\b(?:anyone|someone|anybody|somebody) real\b"
            r"|\b(?:get|have|need|want|send) (?:a |an )?(?:real )?(?:human|person|agent|manager|"
            r"supervisor|someone|somebody) to (?:look|check|call|review|help|contact|read)\b"
            r"|\blive (?:agent|person|chat|human)\b|\bnot (?:a |an |the )?(?:bot|robot|ai|"
            r"machine|automated)\b|\bare you (?:a |an )?(?:bot|robot|real|human|ai)\b"
            r"|\b(?:canned|scripted|automated|copy[- ]paste|copy and paste|robotic|bot) "
            r"(?:responses?|answers?|replies|messages?)"
            r"|\b(?:put|get) me (?:on the phone|through) (?:with|to)\b|\bput me through\b"
            r"|\btransfer me\b|\bescalate (?:this|my|it)\b"
            r"|\b(?:call|phone|ring) me\b|\bcall me back\b|\b(?:please|pls|plz) call\b"
            r"|\b(?:give me|need|want|get me|let me speak to|requesting) (?:a |an |the |your )?"
            r"(?:real |actual )?(?:manager|supervisor|human|person|agent|representative)\b"
            r"|\b(?:someone|somebody|anyone|an agent|a person) (?:can|could|please|to) "
            r"(?:call|ring|phone)\b"
            r"|\b(?:me|nos) (?:puede|pueden|podria|podrian) llamar|\bllam\w+ alguien"
            r"|\b(?:rappelez|appelez)[- ]moi|\b(?:me|m') (?:rappeler|appeler)\b"
            r"|\bmich (?:\w+ ){0,2}(?:anrufen|zuruckrufen)|\b(?:ruft|ruf|rufen sie) mich "
            r"(?:\w+ )?(?:an|zuruck)\b"
            r"|\b(?:number|phone) (?:i can|to) call|\bcan (?:i|someone|somebody) call"
            r"|\bhablar con (?:una |un |alguien)?(?:persona|humano|agente|encargad[oa]|"
            r"gerente|supervisor|alguien)|\bpersona real\b"
            r"|\bparler a (?:un |une |quelqu'un)?(?:humain|personne|conseill\w+|responsable|"
            r"agent|quelqu'un)|\bvraie personne\b"
            r"|\bmit (?:einem|einer|jemandem) (?:echten )?(?:menschen|mitarbeiter\w*|person|"
            r"berater\w*|vorgesetzten|menschlichen)|\bechten? (?:menschen|mitarbeiter\w*)",
            unless=r"\bcall me (?:crazy|old[- ]fashioned|a fan|obsessed|picky|weird|biased|"
            r"basic|extra|a convert)\b|\b(?:won'?t|didn'?t|doesn'?t|never) (?:\w+ )?"
            r"(?:talk|speak)(?: to| with)? me\b",
            window=30,
        ),
        # --- prompt_injection (review): attempts to steer the reply model.
        r(
            "prompt_injection",
            r"\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|"
            r"your\s+|these\s+|those\s+|of\s+)*(?:previous|prior|above|earlier|preceding|"
            r"system|original|initial|existing|safety|own)?\s*(?:instructions?|prompts?|rules|"
            r"guidelines|guidance|directives|programming|guardrails|policies|restrictions|"
            r"training)\b"
            r"|\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:of\s+)?(?:every\s*thing|anything|"
            r"what)\s+(?:above|before|previous|prior|you(?:'ve| have)? (?:been|were) told)"
            r"|\bsystem prompt\b"
            r"|\b(?:reveal|show|print|repeat|output|tell me|leak|display|dump)\s+(?:me\s+)?"
            r"(?:your|the)\s+(?:\w+\s+)?(?:prompt|instructions|rules|configuration|guidelines)"
            r"|\byou are now\b|\bfrom now on,? (?:you|u)\b|\bdeveloper mode\b|\bdan mode\b"
            r"|\bjailbr[eo]\w*|\bnew (?:instructions?|rules?|task)\s*(?:to|for)?\s*(?:the\s+)?"
            r"(?:assistant|ai|bot|model|system)?\s*:"
            r"|(?:^|\s)(?:system|assistant)\s*:"
            r"|</?(?:system|post|user|assistant|instructions?|prompt)>|\[/?inst\]"
            r"|<\|im[_ ](?:start|end)\|>"
            r"|\b(?:pretend|act) (?:to be|as if you (?:are|were)|like you(?:'re| are)|as) "
            r"(?:a |an |my )?(?:different|unrestricted|evil|dan|jailbroken|ai|assistant|bot|"
            r"chatbot|language model|gpt|developer)\b"
            r"|\brespond only (?:with|in)\b|\b(?:reply|respond|answer) (?:only )?with "
            r"(?:a |an )?(?:\d+% |free )?(?:discount|coupon|promo|voucher) code"
            r"|\bas an ai (?:language )?model\b|\bignore (?:the )?above\b"
            r"|\b(?:ignore|disregard|forget) (?:the |all |my |your )?(?:previous|above|prior|last|"
            r"earlier) (?:message|messages|text|prompt|input|content)s? (?:and|,) (?:instead )?"
            r"(?:write|say|reply|respond|tell|generate|output|print|give|promise|pretend|act|"
            r"repeat|translate)\b"
            r"|#+ ?system\b|\bsystem override\b|\bsystem message\s*:"
            r"|\bthe (?:assistant|ai|bot|model|chatbot) (?:must|should|will|is required to) "
            r"(?:now |always )?(?:offer|give|say|reply|respond|tell|approve|send)\b"
            r"|\b(?:note|message|instructions?|memo) (?:to|for) (?:the )?(?:ai|bot|assistant|model|"
            r"chatbot|llm|gpt)\b"
            r"|\bpretend (?:that )?you(?:'re| are) (?:a |an )?(?:\w+ )?(?:human|employee|manager|"
            r"different|unrestricted|ai|bot|assistant|developer|dan|agent|person)\b"
            r"|\b(?:olvida|ignora)\w* (?:tus |las |todas (?:las |tus ))?(?:\w+ )?instrucciones"
            r"|\b(?:oublie|ignore)\w* (?:tes |vos |les |toutes (?:les |tes |vos ))?(?:\w+ )?"
            r"instructions|\b(?:ignorier|vergiss|vergesse)\w* (?:alle |deine |ihre )?"
            r"(?:\w+ )?anweisungen",
            negatable=False,
        ),
        # --- viral_risk (review) from the text; metrics are scored in `viral`.
        r(
            "viral_risk",
            r"\b\d+(?:[.,]\d+)?\s?[km]\+? (?:followers|subscribers|subs)\b"
            r"|\b(?:make|making|post|posting|film|filming) a (?:video|tiktok|thread|post|reel) "
            r"about (?:how )?(?:you|this|northwind|my experience)\b"
            r"|\bgoing viral\b|\bwent viral\b|\bblowing up on (?:tiktok|twitter|x|instagram|"
            r"reddit|facebook)|\b(?:my|our) \d+(?:[.,]\d+)?\s?[km]\+? (?:followers|subscribers|"
            r"subs)\b|\b(?:tell|telling|warn|warning|show|showing) (?:all )?(?:\d+\w* )?(?:of )?"
            r"(?:my|our) (?:\d+\w* )?(?:followers|subscribers|audience)\b|\bboycott\w*"
            r"|\b(?:rt|retweet|repost|share) (?:this )?(?:if|so|to warn)\b"
            r"|\beveryone (?:needs to|should) (?:know|see this)|\bspread the word\b",
        ),
    )


@functools.cache
def default_rules() -> tuple[EscalationRule, ...]:
    """The built-in rules, compiled once on first use."""
    return _build_rules()


@functools.cache
def keyword_rules(
    terms_by_category: tuple[tuple[Category, tuple[str, ...]], ...],
) -> tuple[EscalationRule, ...]:
    """Rules for the brand's own keywords (policy ``keywords``): whole-word, any case,
    accents and elongations ignored like the built-in rules."""
    rules = []
    for category, terms in terms_by_category:
        alternatives = "|".join(squeeze_pattern(re.escape(normalize(t.strip()))) for t in terms)
        rules.append(
            EscalationRule(
                category=category,
                pattern=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"),
                negatable=False,
                name=f"keyword:{category}",
            )
        )
    return tuple(rules)


def _negated(norm: str, start: int) -> bool:
    before = _clause_before(norm, start, 40)
    tokens = _TOKEN.findall(before)[-3:]
    for i, tok in enumerate(tokens):
        if tok == "one":
            if i > 0 and tokens[i - 1] in ("no", "not"):
                return True
            continue
        if _NEG_CUE.fullmatch(tok):
            return True
    return False


def _clause_before(norm: str, start: int, size: int) -> str:
    before = norm[max(0, start - size) : start]
    cut = 0
    for m in _CLAUSE_END.finditer(before):
        cut = m.end()
    return before[cut:]


def _hypothetical(norm: str, start: int) -> bool:
    return _HYPOTHETICAL_CUE.search(_clause_before(norm, start, 60)) is not None


def apply_rules(
    prepared: PreparedText, rules: Iterable[EscalationRule], *, max_per_category: int = 3
) -> Iterator[Signal]:
    """Signals from `rules` for a prepared post."""
    norm = prepared.norm
    counts: dict[str, int] = {}
    for rule in rules:
        if counts.get(rule.category, 0) >= max_per_category:
            continue
        if rule.requires is not None and rule.requires.search(norm) is None:
            continue
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            if rule.unless is not None:
                lo, hi = max(0, start - rule.window), min(len(norm), end + rule.window)
                if rule.unless.search(norm, lo, hi):
                    continue
            if rule.negatable and _negated(norm, start):
                continue
            if rule.hypothetical and _hypothetical(norm, start):
                continue
            # Evidence is the customer's own words: the same span of the original text.
            evidence, ostart, oend = prepared.evidence(start, end)
            yield Signal(
                category=rule.category, evidence=evidence, source="rule", start=ostart, end=oend
            )
            counts[rule.category] = counts.get(rule.category, 0) + 1
            if counts[rule.category] >= max_per_category:
                break
