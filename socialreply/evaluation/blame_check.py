"""The `no-blame` scorer: replies that blame the customer, lecture, get defensive or are
rude. A list of phrase families, each a regex alternative matched on the normalised draft
(case-insensitive, starting at a word start): the first sessions' families here, later
ones in `blame_phrases` and `blame_families`; curt replies (`blame_phrases.CURT`) count
only when the draft shows no empathy at all. Opt-in, the learned sentence check of
`blame_head` backs the lists up.

Split out of `tone` (which had grown past 850 lines) so each scorer's module stays small.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..triage.prefilter import RulePrefilter
from .blame_advice import explains_after_feeling, serves_customer
from .blame_families import (
    BEFORE_PURCHASE,
    BEFORE_WORD,
    SESSION13_BLAME,
    SESSION14_BLAME,
    SESSION14_CURT,
    SESSION14_DISMISSIVE,
    SESSION14B_BLAME,
    SESSION14C_BLAME,
    STILL_DECIDING,
)
from .blame_families_s15 import (
    SESSION15_BLAME,
    SESSION15_ROUND3_BLAME,
    SESSION15_ROUND4_BLAME,
    TO_A_COMPLAINT,
)
from .blame_families_s16 import (
    PRE_PURCHASE_QUESTION,
    SESSION16_BLAME,
    SESSION16_ROUND2_BLAME,
    SESSION16_ROUND3_BLAME,
)
from .blame_families_s17 import SESSION17_BLAME, SESSION17_ROUND3_BLAME
from .blame_families_s18 import SESSION18_BLAME
from .blame_families_s19 import SESSION19_BLAME
from .blame_families_s20 import SESSION20_BLAME
from .blame_families_s21 import SESSION21_BLAME
from .blame_families_s22 import SESSION22_BLAME, SESSION22_TO_A_COMPLAINT
from .blame_families_s23 import SESSION23_BLAME, SESSION23_CURT
from .blame_families_s24 import SESSION24_BLAME
from .blame_families_s25 import SESSION25_BLAME
from .blame_families_s26 import SESSION26_BLAME
from .blame_families_s27 import SESSION27_BLAME
from .blame_phrases import (
    CURT,
    OWED_TO_THE_CUSTOMER,
    SESSION4_BLAME,
    SESSION5_BLAME,
    SESSION6_BLAME,
    SESSION9_BLAME,
    SESSION11_BLAME,
    SESSION12_BLAME,
)
from .complaint_head import needs_apology
from .context import Outcome, ScoringContext
from .empathy_check import EMPATHY
from .surface_text import language_of
from .textutil import normalize

_BLAME = [
    # Not the team's own lapse: "you should have heard from us by now".
    # ("you really should have tested them at home", scorer blind46.)
    # ("not the experience you should have with our gear": what the customer is owed,
    # scorer blind147's good reply.)
    r"(?<!experience )(?<!service )(?<!treatment )(?<!support )(?<!standard )(?<!quality )"
    r"you (?:really |honestly |definitely |probably )?should(?:'ve| have)\b"
    # ("You should have heard from a team lead within 1 business day", scorer blind133's
    # good reply: whoever the customer should have heard from, the lapse is the team's.)
    r"(?! (?:already )?heard (?:back )?from\b| (?:already )?(?:heard|received|gotten|got|had) "
    r"(?:back )?"
    # ("you should have received an acknowledgement by now", scorer blind49.)
    r"(?:from us|our|an? (?:email|reply|response|answer|update|call|refund|label|code|"
    r"acknowledge?ment|confirmation|notification|message)|"
    # "you should have had regular updates from us" (scorer blind24)
    r"(?:\w+ ){1,3}from us)|"
    # What the customer was owed: "you ordered Moss and that's what you should have
    # received." (scorer blind126's good reply).
    r" (?:received|gotten|got|been sent)(?= *[.,!?;:)]| *$| (?:by now|in the first place|the "
    r"first time|from the start)\b| (?:the |your )?(?:right|correct)\b))",
    r"\bas (?:i|we)(?: have|'ve)? (?:already |previously )?"
    r"(?:said|mentioned|explained|stated|told you)",
    r"\blike (?:i|we) (?:said|told you)",
    r"\bcalm down\b",
    # "that's your problem" and "not our fault" deflect; "not your fault" and "that's our
    # fault" are the opposite, an apology.
    r"\b(?:it'?s|it is|that'?s|that is|this is) not our (?:fault|problem)",
    r"\b(?:it'?s|it is|that'?s|that is|this is) (?:all |entirely )?your (?:own )?(?:fault|problem)",
    r"\bnot our (?:fault|problem|responsibility)",
    r"(?<!not )(?<!n't )(?<!no )\byour (?:own )?fault\b",
    r"\byou (?:failed|neglected) to\b",
    r"\byou (?:did not|didn't|clearly didn't|obviously didn't) (?:read|follow|check)",
    r"\bif you had (?:read|followed|checked|bothered)",
    r"\b(?:clearly|plainly) (?:stated|states|written|says)\b",
    r"\byou need to understand\b",
    r"\bwe are not responsible\b|\bwe're not responsible\b",
    r"\buser error\b",
    r"\bread the (?:policy|description|instructions|fine print|faq|size chart|terms|label|"
    r"care guide)\b",
    r"\byou must have (?:selected|ordered|chosen|picked|done|missed|misread|ignored)\b",
    r"\bunless you (?:misuse|misused|abuse|abused|mistreat|mistreated)\b",
    r"\byou(?:'re| are) (?:wrong|mistaken|overreacting)\b",
    r"\bno need to (?:be rude|shout|yell)\b",
    r"\bthere is nothing wrong with (?:our|the) product\b",
    r"\bas anyone can see\b|\bobviously\b",
    r"\bwhat did you expect\b",
    # blame dressed as a question
    r"\bare you sure you (?:didn'?t|did not|haven'?t|have not|weren'?t)\b",
    r"\bdid you (?:even )?(?:read|check|look at|follow)\b",
    r"\bmaybe you (?:forgot|missed|didn'?t|did not|misread)\b",
    # plain rudeness
    r"\bdon'?t be (?:ridiculous|silly|stupid|dramatic)\b",
    r"\b(?:stupid|dumb|silly) (?:question|request)\b",
    r"\bdeal with it\b|\bget over it\b|\bstop (?:complaining|whining)\b",
    # (Not "Whatever you don't spend stays on the card", a determiner: scorer blind73.)
    r"^whatever\b(?! (?:you|your|is|remains|amount|balance)\b)|\bwhatever\.",
    r"\blearn to read\b|\bnot my problem\b",
    # guesses at what the customer did wrong
    r"\b(?:maybe|perhaps|probably|likely) you (?:just )?(?:\w+ed|forgot|wore|tore|broke|took|"
    r"threw|put|left|ran|got|did|didn'?t|did not|never|weren'?t|were not)\b",
    r"\byou must have (?:just )?\w+ed\b|\byou (?:probably|likely) (?:just )?(?:forgot|wore|tore|"
    r"broke|misread|misunderstood|didn'?t|pulled|dropped|washed|used|overloaded|ignored)\b",
    r"\b(?:it|that)'?s (?:all )?on you\b|\bthat one'?s on you\b|\b(?:is|was) (?:all )?on you\b",
    r"\b(?:error|mistake|problem|issue) (?:was |is )?(?:on your (?:end|side|part)|yours)\b",
    r"\b(?:it'?s|it was|that'?s|that was|this is|this was) (?:all |entirely )?your (?:own )?"
    r"(?:mistake|error)\b|\byour (?:own )?(?:mistake|error),? not ours\b",
    # "as stated", "per our policy you ...", "if you had read"
    r"\bas (?:clearly |already |previously )?(?:stated|noted|mentioned|indicated|explained|"
    r"outlined|written)(?: (?:in|on|above|before|earlier|previously|clearly|multiple))?\b",
    r"\bas you (?:were|have been|should have been) (?:told|informed|advised|warned)\b",
    r"\bas you (?:should|would|must) (?:know|be aware|have seen)\b",
    r"\b(?:per|according to|under) (?:our|the) (?:policy|terms|rules)[, ]+you (?:were|are|should|"
    r"must|need|failed|agreed|didn'?t|did not)\b",
    r"\bif you(?:'d| had| would have) (?:just |simply |only |actually |bothered to )?"
    r"(?:\w+ed|read|chosen|taken|worn|known|seen|done|paid)\b",
    r"\byou (?:agreed|accepted|consented|signed up) to (?:the|our|these|it|this|that|when)\b|"
    r"\bwhich you (?:agreed|accepted|consented|signed up|saw|read|were shown)\b",
    # Not the team's broken word: "We apologise: you were told a team lead would contact
    # you within 1 business day, and that has not happened" (scorer blind124's good reply).
    r"(?<!sorry )(?<!that )\byou were (?:told|informed|warned|advised)\b(?! (?:that )?(?:we|"
    r"we'd|someone|(?:a|an|our|the) (?:team lead|manager|supervisor|agent|specialist|colleague|"
    r"team|refund|replacement|reply|response|call|callback|label)) (?:would|will|was going to|"
    r"were going to)\b)",
    r"\b(?:i|we) (?:already|clearly) (?:told|informed|explained|said)\b",
    r"\bfor the (?:second|third|last|fifth|hundredth) time\b|\bper my (?:last|previous)\b|"
    r"\bonce again,? (?:you|the policy|as)\b|^again,",
    r"\bwith (?:all )?due respect\b|\bno offen[cs]e,? but\b|\bto be (?:blunt|honest), you\b",
    r"\b(?:just relax|please relax|chill out|take a deep breath|settle down)\b",
    r"\bno need to (?:get (?:so )?)?(?:upset|angry|worked up|emotional|aggressive)\b",
    r"\bdon'?t (?:get|be so) (?:upset|angry|worked up|emotional|aggressive)\b",
    r"\b(?:it'?s|this is|that'?s) not rocket science\b",
    r"\b(?:no one|nobody|you'?re the only (?:one|customer)) (?:else )?(?:has|have|who)? ?"
    r"(?:complained|had (?:this|that|a) (?:problem|issue))\b",
    r"\b(?:works|worked) (?:fine|perfectly) for (?:everyone|everybody|other customers)\b",
    r"\bnext time,? (?:please )?(?:read|check|double-check|make sure|follow)\b|"
    r"\b(?:read|check|double-check) [\w' ]{0,30}next time\b",
    r"\byou need to (?:read|learn|pay attention)\b|\bsimply read\b",
    r"\b(?:i'?m|we'?re) not sure (?:why|what) you(?:'re| are) (?:upset|complaining|confused)\b",
    r"\bi don'?t know what else to tell you\b|\brules are rules\b|\bit is what it is\b",
    r"\b(?:frankly|honestly),? that'?s (?:just )?how\b|\bthat'?s just how (?:it|this|things|"
    r"\w+) works?\b|\b(?:be patient|wait) like everyone else\b",
    r"\bonly if you (?:didn'?t|did not|don'?t|do not|haven'?t)\b|"
    r"\b(?:which|as|like) (?:most|many|a lot of) (?:people|customers) do\b",
    r"\bantes de (?:escribirnos|contactarnos|quejarte|reclamar)\b|\bavant de nous (?:écrire|"
    r"contacter)\b|\bbevor sie uns (?:schreiben|kontaktieren)\b|\bse trompent? rarement\b|"
    r"\bcomo (?:dice|indica|explica|pone) (?:la|nuestra|el|nuestro)\b",
    # the same in Spanish, French and German
    r"\bdeber(?:ía|ia)s? haber(?! recibid)\w*|\bdebió haber(?! recibid)\w*|"
    r"\bes (?:su|tu) culpa\b|\bcálm(?:ese|ate)\b|"
    r"\bcomo (?:ya )?(?:le |te )?(?:dijimos|indicamos|explicamos)\b",
    r"\bvous auriez dû\b"
    + OWED_TO_THE_CUSTOMER
    + r"|\btu aurais dû\b"
    + OWED_TO_THE_CUSTOMER
    + r"|"
    r"\bc'est (?:votre|ta) faute\b|\bcalmez-vous\b|"
    r"\bcomme (?:déjà )?(?:indiqué|dit|expliqué)\b",
    # (Not the apology "Sie hätten nicht so lange warten müssen", session 16.)
    # (Nor what the customer was owed: "das hätten Sie erhalten sollen", session 21.)
    r"\bsie hätten\b(?! nicht (?:\w+ ){0,3}(?:warten|nachfragen|nachhaken|erinnern) "
    r"(?:müssen|sollen)\b)(?! (?:\w+ ){0,4}(?:erhalten|bekommen) (?:sollen|müssen)\b)|"
    r"\bdu hättest\b(?! (?:\w+ ){0,4}(?:erhalten|bekommen) (?:sollen|müssen)\b)|"
    r"\b(?:ihre|deine) (?:eigene )?schuld\b|"
    r"\bberuhigen sie sich\b|\bwie (?:bereits )?(?:gesagt|erwähnt|erklärt)\b",
]
# Session 3 families, from how agents slip rather than from any one batch of drafts.
_HANDLED = (
    r"(?:forced|yanked|tugged|pulled|dried|washed|machine[- ]washed|tumble[- ]dried|ironed|"
    r"bleached|stored|packed|compressed|stuffed|overstuffed|overloaded|overfilled|opened|cut|"
    r"dropped|left|exposed|misused|mishandled|abused|worn|used|stepped on|sat on|kicked|"
    r"thrown|folded|rolled|twisted|bent|heated|scratched|snagged|caught|dragged|not (?:dried|"
    r"cleaned|aired|stored|cared for|broken in|tried on)|improperly|incorrectly|wrongly|"
    r"carelessly|too (?:hard|much|hot|close|tight|often|fast|roughly)|(?:wasn'?t|weren'?t|"
    r"isn'?t|aren'?t|not) (?:properly |correctly |fully )?(?:seated|tightened|closed|installed|"
    r"fitted|attached|locked|clicked|zipped|dried|cleaned|stored))"
)
_HANDLING = (
    r"(?:forcing|yanking|tugging|pulling|drying|washing|ironing|bleaching|storing|packing|"
    r"compressing|stuffing|overloading|overfilling|opening|cutting|dropping|leaving|"
    r"exposing|misusing|mishandling|wearing|stepping|sitting|kicking|throwing|folding|"
    r"twisting|bending|heating|dragging|improper|incorrect|careless|rough|user|a fall|falls|"
    r"a drop|drops|an accident|accidents|impact|trapped|pinched|heat|fire|campfire|heater|"
    r"radiator|dryer|washing machine|knife|scissors|force|overload\w*|misuse)"
)
_BLAME += [
    # A guess at how the customer caused the damage: "tears like this usually happen when
    # a parcel is opened with a knife", "zippers break when they're forced", "that's
    # usually a sign of overloading". The cause must be handling, so "this happens when an
    # order ships in several parcels" explains without blaming.
    # Not a policy's condition of newness: "can be returned only if unworn (tried on
    # indoors), so trail-worn ones can't be" (scorer blind62's good reply).
    r"\b(?:usually|typically|often|generally|normally|mostly|almost always|most often|"
    r"commonly|tends? to|only|always)\b[^.!?]{0,40}?\b(?:when|if|because|after|from|by)\b"
    r"(?! (?:(?:it'?s|they'?re|it is|they are|still|kept|left) )*(?:un\w+|new|in (?:the |its |"
    r"their )?original|with (?:the )?tags|tags on)\b)"
    r"[^.!?]{0,40}?\b(?:" + _HANDLED + r"|" + _HANDLING + r")\b",
    r"\b(?:caused by|(?:comes?|results?|stems?) from|(?:a )?(?:sign|result) of|due to|"
    r"points to|consistent with)\b[^.!?]{0,30}?\b(?:" + _HANDLING + r"|misuse|overuse|"
    r"improper (?:care|use|storage)|user (?:error|damage)|wear and tear|heat damage)\b",
    r"(?<!if )(?<!whether )(?<!unless )\b(?:that|this|it)(?:'s| is| was| looks like| sounds "
    r"like)(?: just| simply| clearly| obviously| normal| regular)* (?:normal )?(?:wear and "
    r"tear|user (?:error|damage)|misuse|improper care|accidental damage)\b",
    r"\b(?:points to|suggests|indicates|sounds like|looks like|is (?:usually |typically |"
    r"often |most likely )?(?:a sign of|the result of)|comes? from|happens? when)\b[^.!?]{0,40}?"
    r"\b" + _HANDLING + r"\b",
    # ("built for real rain, not just drizzle" praises the product.)
    r"\b(?:made|built|designed|meant|rated|intended) for [^.,;!?]{1,30},? not (?!just\b|only\b)"
    r"(?:for )?(?:being )?\w+",
    # Cautions after the fact: "so take care next time", "worth keeping in mind".
    r"\b(?:take (?:more )?care|be (?:more )?careful|pay (?:more )?attention|keep (?:that|this)"
    r" in mind|remember (?:that|this))\b[^.!?]{0,20}\b(?:next time|in (?:the )?future|going "
    r"forward)\b|\b(?:so |something )?worth (?:keeping|bearing) in mind[.!]?$|"
    r"\bfor future reference\b|\blesson learned\b|\bsaves? (?:everyone|everybody|us all|you "
    r"and us|us both|a lot of people) (?:a |the )?(?:headache|hassle|trouble|time)\b|"
    # ("either before you buy or within 14 days after" tells how to claim, scorer blind21.)
    r"(?<!either )\bbefore you (?:hit buy|order|buy|check ?out|purchase|place|submit|pitch|wash|"
    r"wear)\b(?! or\b)|"
    # ("contact support before ordering and they will help you": advice for next time.)
    # ("Smart to check before ordering!" praises the question, scorer blind30.)
    r"(?<!check )(?<!ask )(?<!asking )(?<!checking )"
    r"\bbefore (?:paying|ordering|checking out|buying|purchasing|submitting)\b(?! and (?:we|"
    r"they|our|the team|support)\b)(?!,? so (?:we|they|the team) can (?:process|set|arrange|"
    r"prepare|handle)\b)|"
    r"\b(?:check|look|read) (?:there|that|those|it) first\b|\bbefore (?:contacting|messaging|"
    r"reaching out to|asking|writing to) us\b",
    # Pointing at where it was written: "like it says at checkout", "which is why the FAQ
    # tells you to ...", "the size chart is on every page", "per our policy, which is on
    # the site".
    r"\b(?:like|as) (?:it |we )?(?:says|said|stated|shown|listed|written|mentioned|explained|"
    r"noted|described|posted|displayed)(?: (?:clearly|right|plainly))? (?:on|in|at|under|"
    r"during|before) (?:the |our |every |each |your )?(?:checkout|faq|product page|page|site|"
    r"website|listing|description|size (?:chart|guide)|policy|terms|confirmation|email|label|"
    r"instructions|care (?:guide|label)|tag|box|order page|cart)\b",
    # ("..., which is why the amount was lower" explains a charge, scorer blind25.)
    r"\bwhich is (?:exactly )?why (?:(?:the|our) (?:faq|policy|page|site|website|guide|chart|"
    r"size (?:chart|guide)|label|listing|description|instructions|terms|checkout|email|"
    r"confirmation|team)s?)\b",
    r"\b(?:faq|policy|size (?:chart|guide)|product page|description|listing|label|"
    r"instructions|terms|checkout|site|website|page|guide)s? (?:clearly |already |does |"
    r"specifically |explicitly |also )?(?:tells|told|warns|warned|reminds|reminded|asks|asked)"
    r" you\b",
    r"\b(?:is|are|was|were) (?:clearly |plainly |always |all |right )?(?:listed|stated|written|"
    r"shown|explained|mentioned|displayed|noted|printed|posted|linked|there|available)? ?(?:on|"
    r"in|at) (?:every|each|all (?:our|the)) (?:product )?(?:page|listing|order|box|tag|label|"
    r"confirmation)s?\b",
    r"\b(?:policy|policies|terms|rules|faq|size (?:chart|guide)|conditions)[,]? (?:which|that)"
    r" (?:is|are|was|were) (?:clearly |all |always |plainly |publicly )?(?:on|in|at|listed|"
    r"posted|stated|available|written|shown|explained|published|linked)\b",
    r"\bjust to clarify\b|\bfor the record\b|\bto be fair\b|\b(?:it|that)(?:'s| is)? (?:says|"
    r"said|stated|written|listed|shown) (?:so )?(?:in bold|in big letters|clearly|right there|"
    r"at the top)\b|\b(?:that'?s|this is) (?:exactly )?why (?:we|the \w+|our \w+) (?:ask|"
    r"tell|recommend|say|warn|suggest)\w*|\b(?:guide|page|policy|faq|chart|listing|description|"
    r"label|site|checkout) makes? (?:it |this |that )?(?:pretty |very |quite |really |abundantly )?"
    r"clear\b|\bas (?:our|the) (?:\w+ )?(?:page|policy|faq|site|guide|chart|listing|description)"
    r" (?:has|have) (?:always )?(?:said|stated|explained|shown|mentioned)\b|"
    r"\b(?:that'?s|it'?s) your (?:call|"
    r"loss)\b|\bwhich (?:is|are) (?:clearly |always )?(?:shown|listed|displayed|stated|written|"
    r"explained|mentioned|noted|printed)\b|"
    r"\b(?:listed|stated|written|shown|noted|printed|displayed|explained|mentioned|spelled "
    r"out) (?:right|clearly|plainly) (?:on|in|at|under)\b|\b(?:is|are|was|were) (?:shown|listed|"
    r"stated|explained|displayed|spelled out|written) (?:when|before|as|once) you\b",
    r"\bas (?:you can|anyone can|you'?ll) see\b|\ball you (?:had|needed) to do\b",
    # Everyone else manages: "size up like everyone else does".
    r"\blike (?:everyone|everybody|all (?:our |the )?(?:other )?customers|the rest of "
    r"(?:us|our customers)|other customers|most (?:people|customers|of our customers))\b"
    r"(?! (?:else )?(?:who|in|on|at|here|we|affected))",
    r"\beveryone else (?:manages|seems|does|gets|has|is|was|can|did)\b|"
    r"\b(?:other|most) customers (?:don'?t|do not|never|manage|seem to|have no)\b",
    r"\bif you (?:get|got|order|ordered|pick|picked) (?:it|the size|one|them) wrong\b|"
    r"\b(?:sorry|shame) (?:that |if )?you feel (?:that way|like that|this way)\b|\bif you (?:feel|"
    r"felt) that way\b|\bsuit yourself\b|\b(?:understand|see|get|noted) (?:that )?you(?:'re| are)"
    r" done with us\b|\b(?:nine|9) times out of (?:ten|10)\b|\b(?:99|ninety[- ]nine) ?(?:%|percent)"
    r" of the time\b|\bno big deal\b|\bnot (?:that |such )?(?:a )?big (?:of )?(?:a )?deal\b|"
    r"\b\w+ (?:weeks?|days?|hours?) (?:isn'?t|is not|aren'?t|are not) (?:that |very |so |really )?"
    r"(?:long|much|a long time)\b|"
    # "lol, you wish" mocks; "lol, fair enough!" answers a customer's own joke.
    r"^(?:lol|lmao),? (?!(?:fair|totally|love|we love|good|great|glad|happy|no worries|"
    r"you'?re (?:right|not alone)|same|so true|true|yes|yep|oh no|thanks|thank|we get|that'?s "
    r"(?:fair|great|awesome|amazing|fun|a good))\b)|\b(?:lol|lmao),? no\b|"
    # A laugh ("Ha, she can take all the time she needs", "Ha, could be!") shares the
    # customer's joke (scorer blind44 and blind45); it mocks only with a dismissal: "Ha, no.",
    # "Ha, nice try", "Haha, you wish".
    r"^(?:haha|ha)[,.!]? (?:no\b(?! (?:rush|worries|worry|problem|pressure|stress|judg\w*|shame|"
    r"need)\b)|nope|nah|not (?:a chance|happening|likely|how)|nice try|you wish|as if|yeah,? "
    r"right|good luck|dream on|in your dreams|of course not|obviously|seriously|come on|if only|"
    r"did you|have you|read\b|sorry,? (?:but|no)\b|we (?:don'?t|can'?t)\b|you (?:can'?t|"
    r"don'?t|didn'?t|should|need|must|know|really|clearly|obviously)\b|it'?s (?:not|literally)\b|"
    r"that'?s not\b|that'?d be|that would be|literally\b|wrong\b|cute\b)|"
    r"\bif you mess(?:ed)? (?:it |this )?up\b",
    # Doubting the customer: "did you actually check ...?", "your 'missing' parcel".
    r"\b(?:did|have|do|were) you (?:actually|really|even|bother to|ever|properly)\b|"
    r"\bare you (?:sure|certain|positive) (?:you|it|the|that|this|your|they)\b|"
    r"\bhave you (?:tried|thought about) (?:reading|"
    r"checking|looking)\b",
    r"['\"](?:missing|lost|broken|damaged|defective|faulty|late|wrong|stolen|leaking|leaky|"
    r"overcharged|never arrived|not delivered|not here|delay(?:ed)?|issue|problem)['\"]",
    # Curt dismissals: "Nope.", "Relax, ...", "..., that's all.", "no exceptions".
    # ("Nope! Gift cards never expire" is a cheerful answer, scorer blind25 and blind26.)
    r"^(?:nope|nah)\.|(?:^|[.!?] )(?:relax|chill|breathe|look|listen)[,.!]|"
    r"\bthat'?s all(?: there is to it)?[.!]?$|\bsimple as that\b|\bend of story\b|"
    r"\bno exceptions\b|\bit'?s (?:really |that |very |pretty )?(?:simple|easy)[.!]",
    # Speculation in the passive: "have normally been dried too close to a campfire",
    # "the XL must have been selected at checkout".
    r"\b(?:usually|typically|normally|probably|likely|most likely|often|generally|clearly|"
    r"obviously)\b[^.!?]{0,25}?\b(?:been|being|gets?|got|getting) (?:\w+ )?" + _HANDLED + r"\b",
    r"\b(?:usually|typically|normally|nearly always|almost always|most likely|probably|likely)"
    r"\b[^.!?]{0,40}?\b(?:wasn'?t|weren'?t|isn'?t|aren'?t|not) (?:properly |correctly |fully )?"
    r"(?:seated|tightened|closed|installed|fitted|attached|locked|clicked|zipped|dried|cleaned|"
    r"stored)\b",
    r"\bmust have been (?:\w+ )?(?:selected|ordered|chosen|entered|typed|picked|clicked|placed|"
    r"added|misread|misentered|set|left|mistyped)\b|\b(?:exactly|just) as (?:you )?(?:placed|"
    r"ordered|selected|entered|requested)\b",
    # Doubting the customer's account: "tracking is almost never wrong", "points don't just
    # vanish", "poles don't snap on their own".
    r"\b(?:almost |practically |virtually )?(?:never|rarely|hardly ever|seldom) (?:wrong|"
    r"mistaken|inaccurate|lies|lie)\b|\bbefore we (?:go|do|take this) (?:any )?further\b",
    r"\b(?:don'?t|doesn'?t|do not|does not) (?:just )?(?:vanish|disappear|snap|break|tear|rip|"
    r"fall apart|crack|peel|leak|stop working)(?: on (?:their|its) own| by (?:themselves|itself)"
    r"| for no reason)\b|\b(?:don'?t|doesn'?t|do not|does not) just (?:vanish|disappear|snap|"
    r"break|tear|rip|fall apart|crack|peel|leak|stop working|happen)\b",
    r"(?<!we )(?<!i )(?<!us )\b(?:would|could)(?: have|'ve) (?:easily )?(?:avoided|prevented|"
    r"saved you)\b",
    # Brushing it off: "that's how card payments work everywhere", "nothing unusual here",
    # "as our return policy explains", "patience, please", "because you're upset".
    r"\bthat'?s (?:just |simply )?how (?:\w+ ){0,3}works?\b|\bnothing (?:unusual|strange|odd|"
    r"wrong) (?:here|about (?:it|that|this))\b|\bworking as (?:intended|designed)\b",
    r"\bas (?:our|the) (?:\w+ )?(?:policy|faq|terms|page|site|listing|description|guide|chart|"
    r"label|instructions|email|confirmation) (?:clearly )?(?:explains|says|states|shows|"
    r"mentions|notes|makes clear|spells out)\b",
    r"\bpatience,? please\b|\b(?:you'?ll|you will) (?:just )?(?:have|need) to (?:be patient|"
    r"wait)\b|\b(?:just )?because you(?:'re| are) (?:upset|angry|annoyed|frustrated|"
    r"impatient|mad|shouting|yelling)\b",
    r"\bnothing (?:more |else )?(?:we|i) can (?:do|add|say|offer)\b|\b(?:answered|replied to|"
    r"told) (?:you |this )?(?:twice|already|before|three times|several times|more than once)\b|"
    r"\bno need to (?:panic|freak out|stress|worry so much)\b|\b(?:that'?s|this is) "
    r"(?:all|everything) (?:we|i) can (?:do|say|tell you)\b|\b(?:heard|read|got|understood) "
    r"(?:you|it|that|your \w+) the first time\b|\bno need to (?:repeat|keep asking|ask again|"
    r"message (?:us )?again|post again)\b",
    # How it failed, in the customer's hands: "lenses can crack if the lamp is packed loose",
    # "poles need to be fully seated, otherwise they snap", "snagging it would do it".
    r"\b(?:crack|snap|break|tear|rip|fail|leak|peel|split|bend|burst|fray|wear out|come apart|"
    r"delaminat|jam|stick|snag)\w*\b[^.!?]{0,40}\b(?:if|unless|when|once|after|because"
    # ("a snap from a defect is covered, but accidents aren't": "but" turns to another
    # cause, scorer blind43. "accidents like tears from branches, UV damage or improper
    # care": a comma lists another exclusion, scorer blind47.)
    r"|from)\b(?:(?!\bbut\b)[^.!?,]){0,40}?"
    r"\b(?:" + _HANDLED + r"|" + _HANDLING + r"|packed|loose|seated|tensioned|staked|snagg\w*|"
    r"caught|hard|roughly)\b",
    r"\b(?:" + _HANDLING + r"|snagging|packing|staking|tensioning|catching) (?:it|them|the \w+) "
    r"(?:on|in|against|with|by) (?:a |the )?\w+ would (?:do|cause) (?:it|that)\b|\botherwise "
    r"(?:they|it)(?:'ll| will)? (?:snap|break|crack|tear|rip|fail|leak|bend)\b",
    # Defending the company against the customer's account: "we did reply", "it was checked
    # before it left us", "we don't ignore claims", "it may well be the right one".
    r"\bwe did (?:reply|answer|respond|send|email|message|ship|refund|tell)\b|\b(?:was|were) "
    r"(?:\w+ )?(?:checked|inspected|tested|packed|verified|quality[- ]checked) (?:before|when|"
    r"prior)\b|\bwe (?:don'?t|do not|never) (?:ignore|lose|miss|make mistakes|send (?:the )?"
    r"wrong)\b|\bmay (?:well |actually )?be the right (?:one|size|colou?r|item|product)\b|"
    r"\bthat'?s what (?:you|the buyer|they|your \w+) (?:picked|chose|selected|ordered|paid for)\b",
    # The customer's side named as the cause: "most likely came from the size dropdown", "a
    # pitching issue rather than the pole itself", "where most people get confused".
    r"\b(?:most likely|probably|likely|must have) (?:came|come|was|were|happened|went) (?:from|"
    r"at|in|during|on|through) (?:the |your )?(?:size |colou?r )?(?:dropdown|selection|checkout|"
    r"cart|end|side|order form|typo)\b|\b(?:pitching|user|usage|handling|"
    r"installation|setup|set-up|fitting|sizing|ordering) (?:issue|problem|error|mistake)\b|"
    # (Only an issue or error named so: "most likely the water-repellent finish rather than
    # the jacket itself" names a part of the product, scorer blind139's good reply.)
    r"\b(?:issue|problem|error|mistake|misuse|handling) rather than (?:the|a|an) (?:\w+ )?"
    r"(?:itself|themselves)\b|\b(?:where|what) (?:most|"
    r"many|a lot of) (?:people|customers) (?:get|go|are) (?:confused|wrong|mixed up)\b",
    r"\b(?:nobody|no one) (?:has |is |was |ever )?(?:ignor|forg[eo]t|lost|overlook)\w*\b|"
    r"\b(?:is|'s) a (?:strong|harsh|big|bit strong) word\b|\bpass(?:es|ed)? (?:all )?(?:our |"
    r"the )?(?:lab |quality |field )?tests\b|\bdoing (?:our|my) best here\b|\bright there "
    r"(?:in|on)\b|\bbefore we (?:can )?(?:open|file|start|process|escalate|look into)\b",
    # Blaming how the customer asked: "shouting won't make it faster", "messaging several
    # times slows things down".
    r"\b(?:shouting|yelling|all caps|complaining|calling us \w+|repeated messages|messaging "
    r"(?:us )?(?:again|"
    r"repeatedly|several times|multiple times)|asking again|several messages|multiple messages)"
    r"\b[^.!?]{0,30}\b(?:won'?t|doesn'?t|does not|will not|slows?|delays?|isn'?t going to)\b",
    # Deflection to someone else: "that's a carrier issue", "take it up with UPS".
    r"\btake it up with\b|\bout of our hands\b|\bnothing (?:more |else )?(?:we|i) can do\b|"
    r"\bnot (?:our|my) (?:department|job|concern|issue)\b|\b(?:carrier|courier|bank|ups|usps|"
    r"fedex|dhl|post office|paypal|klarna|card issuer)(?:'s)? (?:fault|problem|issue|"
    r"responsibility|job|thing|matter|doing|delay|mistake|error)\b|\bnot ours\b|"
    # ("Orders ship within 1 business day, then it's up to the carrier" tells the order of
    # things to a customer praising the speed, scorer blind132's good reply.)
    r"(?<!then it's )(?<!then it is )\b(?:really |entirely |completely |all )?(?:up to|down to) "
    r"(?:them|the "
    r"carrier|the courier|ups|usps|fedex|dhl|your bank|the bank)\b|\bout of our control\b|"
    r"\bnothing to do with us\b|"
    r"\bnot our doing\b|\bnot (?:on )?our (?:end|side)\b|"
    # "It wasn't us: we never ask for your CVV" unmasks an impersonator.
    r"\b(?:isn'?t|is not|wasn'?t|was not) (?:on )?us\b(?![:,;.\u2014\u2013-]?\s*(?:we|northwind) "
    r"(?:never|don'?t|do not|would never|will never)\b)|\bblame the (?:carrier|courier|bank)\b|"
    r"\bonce (?:it|the (?:parcel|package|order)) (?:leaves|has left|left) (?:us|our "
    r"(?:hands|warehouse)),? (?:it'?s|it is|we)\b",
]
_BLAME += [
    # "the dryer strikes again" names the customer's handling as the culprit; "wrapping
    # paper strikes again" commiserates over a lost gift card (scorer blind46).
    r"\b(?:the |a |your )?(?:" + _HANDLING + r"|user error|sizing) strikes again\b",
]
_BLAME += SESSION4_BLAME + SESSION5_BLAME + SESSION6_BLAME + SESSION9_BLAME + SESSION11_BLAME
_BLAME += SESSION12_BLAME + SESSION13_BLAME + SESSION14_BLAME + SESSION14B_BLAME
_BLAME += SESSION14C_BLAME + SESSION15_BLAME + SESSION15_ROUND3_BLAME + SESSION15_ROUND4_BLAME
_BLAME += SESSION16_BLAME + SESSION16_ROUND2_BLAME + SESSION16_ROUND3_BLAME + SESSION17_BLAME
_BLAME += SESSION17_ROUND3_BLAME + SESSION18_BLAME + SESSION19_BLAME
_BLAME += SESSION20_BLAME + SESSION21_BLAME + SESSION22_BLAME + SESSION23_BLAME
_BLAME += SESSION24_BLAME
_BLAME += SESSION25_BLAME
_BLAME += SESSION26_BLAME
_BLAME += SESSION27_BLAME
# Every phrase starts at a word start. Each list entry is compiled on its own so that the
# prefilter can pick the few worth running (`_blame_hits`).
_BLAME_RES = [re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE | re.MULTILINE) for p in _BLAME]


@functools.cache
def _blame_prefilter() -> RulePrefilter:
    return RulePrefilter(_BLAME_RES)


def _blame_hits(text: str) -> list[str]:
    """The blame phrasings in `text`, leftmost first. Only the few phrasings whose literal
    strings occur are run (`triage.prefilter`: 2.9 of 200 on average over the labelled
    drafts, about 35 times faster than one alternation of all of them; session 14)."""
    found: list[re.Match[str]] = []
    for index in sorted(_blame_prefilter().candidates(text)):
        found.extend(_BLAME_RES[index].finditer(text))
    found.sort(key=lambda m: (m.start(), -m.end()))
    hits: list[str] = []
    end = -1
    for m in found:
        if m.start() >= end:  # one hit per stretch of text, like a single regex's scan
            hits.append(m.group(0))
            end = max(m.end(), m.start() + 1)
    return hits


# "Next time" aimed at the customer ("take care next time"), not at the team ("next time
# we'll double-check your order", "see you next time").
_NEXT_TIME = re.compile(
    r"\b(?:next (?:time|trip|hike|order|wash|season)|in (?:the )?future|going forward)\b",
    re.IGNORECASE,
)
_TEAM_SENTENCE = re.compile(
    r"\b(?:we|we'll|we're|we've|our|us|i|i'll|i'm|see you|enjoy|happy)\b", re.IGNORECASE
)


# "(For next time: Standard is free on orders of $75+.)" passes on a saving, not a
# caution (scorer blind20).
_TIP = re.compile(
    # ("They'll keep for your next trip though!" about unopened canisters, scorer blind35.)
    r"\b(?:free|save|saves|discount|code|cheaper|points|rewards?|good news|ready for|(?:keep|"
    r"keeps|last|lasts) (?:for|until|till))\b|"
    # A friendly close: "Hope that helps with your next order!" (scorer blind64).
    r"\bhope (?:that|this|it) helps\b|"
    # Where to buy it instead: "A local outdoor store should be able to help you stock up
    # before your next trip" after "we're sorry" (scorer blind118's good reply).
    r"\b(?:local|nearby) (?:outdoor |camping |sports )?(?:store|shop|retailer|outfitter)s?\b|"
    # What is left over waits for the next order: "Whatever you don't spend stays on the
    # card for your next order" (scorer blind73's good reply).
    r"\b(?:stays?|remains?|carr(?:y|ies) over|rolls? over)\b[^.!?]{0,30}\b(?:card|balance|"
    r"account|credit)\b|\b(?:unused|remaining|leftover|left-over) (?:balance|credit|amount)\b",
    re.I,
)
# Care advice after an apology: "We're sorry it's lost its loft ... Going forward, store it
# uncompressed in the cotton sack" (scorer blind64's good reply) tells how to look after
# the product from now on; "next time, wash it cold" without a word of regret still blames.
# Only "going forward" / "from now on" with a care verb, and only where the draft shows
# empathy (see `no_blame`).
_CARE_FROM_NOW = re.compile(
    # ("Oh no, sorry for the scare! ... Next time, wash it cold on a gentle cycle with a
    # down-specific soap." is scorer blind97's good reply; its blame draft has the same
    # sentence after "this is what happens when the care label gets ignored", which still
    # counts.)
    # ("For next time: machine wash it cold ..." after "sorry your crew came out smaller",
    # scorer blind122's good reply.)
    # ("For next time, skip fabric softener, bleach and powder detergent." after "We're sorry
    # your shell is letting water through", scorer blind133's good reply.)
    r"^(?:so,? )?(?:going forward|from now on|(?:for )?next time)[,:]? (?:please |just )?(?:store|"
    r"keep|hang|air|wash|machine wash|hand wash|dry|clean|pack|fold|roll|refill|recharge|charge|"
    r"use|lay|skip|avoid)\b|"
    # The care's purpose first: "To protect its loft going forward, store it uncompressed"
    # after "We're sorry your bag has lost its puff" (scorer blind124's good reply).
    r"^to (?:protect|keep|preserve|look after|maintain) (?:its|their|the|your) \w+(?: \w+)? "
    r"(?:going forward|from now on|in (?:the )?future),? (?:please |just )?(?:store|keep|hang|"
    r"air|wash|dry|clean|pack|fold|roll|use|lay)\b|"
    # Care advice said of the method, not of the customer: "Next time, a cold, gentle cycle
    # with a down-specific soap works best." after "sorry for the scare" (scorer blind76's
    # good reply), beside "next time, turn it inside out" (an order, scorer blind77's blame).
    r"^(?:for )?next time,? (?:a|an|the)\b[^.!?]{0,80}\b(?:works?|is) (?:best|ideal|the "
    r"(?:best|safest|gentlest) (?:way|bet|option))\b(?:[^.!?]{0,40})[.!]?$|"
    # The material as the subject: "For next time, merino does best washed cold ..." after
    # "We're so sorry" (scorer blind90's good reply); not "you".
    r"^(?:for )?next time,? (?!you\b|please\b|make\b|try\b)(?:\w+ ){1,3}(?:does|do|works?|"
    r"lasts?|holds? up) (?:best|better)\b",
    re.I,
)


# Sentences end at . ! ? and at an emoji followed by more words ("... before you pay next
# time 😉 Tell us within 7 days", scorer blind23).
_SENTENCE_OR_EMOJI = re.compile(r"(?<=[.!?])\s+|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=\w)")


def _customer_next_time(text: str, empathic: bool = False) -> list[str]:
    """Sentences aimed at what the customer should do next time; with `empathic` (the
    draft already shows regret), care advice "from now on" is left out (`_CARE_FROM_NOW`)."""
    return [
        s.strip()
        for s in _SENTENCE_OR_EMOJI.split(text)
        if _NEXT_TIME.search(s)
        and not _TEAM_SENTENCE.search(s)
        and not _TIP.search(s)
        and not (empathic and _CARE_FROM_NOW.search(s.strip()))
    ]


_EMOJI_ONLY = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+")
_CURT_RE = re.compile(
    "|".join(CURT + SESSION14_CURT + SESSION23_CURT), re.IGNORECASE | re.MULTILINE
)
_DISMISSIVE_RE = re.compile("|".join(SESSION14_DISMISSIVE), re.IGNORECASE | re.MULTILINE)
_TO_A_COMPLAINT_RE = re.compile(
    "|".join(TO_A_COMPLAINT + SESSION22_TO_A_COMPLAINT), re.IGNORECASE | re.MULTILINE
)


# "please email support before you order" and "Thanks for checking before you order!" are
# instructions and thanks, not advice after the fact (scorer blind31).
_BEFORE_AS_INSTRUCTION = re.compile(
    # ("Happy to answer anything else before you order.", scorer blind129's good reply.)
    # ("If it would help to talk through a larger order before you place it, send us a
    # direct message", scorer blind138's good reply.)
    r"\b(?:email|contact|message|call|dm|reach out to|get in touch with|write to|ask|check with|"
    r"answer|help with|talk (?:it )?through|go (?:over|through)|discuss|plan)"
    r" (?:[^.!?]|\.(?=\S)){0,80}\bbefore (?:you|ordering|buying|paying|checking out|"
    r"purchasing)\b|\b(?:thanks?|thank you|smart|good idea"
    r"|great) (?:for|to) "
    r"(?:checking|asking|check|ask)\b[^.!?]{0,20}\bbefore you\b",
    re.IGNORECASE,
)


# `no-blame` values: None (the phrase rules) or "learned" (the phrase rules, then the
# learned sentence classifier of `blame_head.py` on drafts the rules pass). Opt-in: it
# catches about two thirds of the blame and rudeness of writers it was not fitted on,
# but also fails 16 of the 108 curated look-alikes the rules are tested to pass
# (benchmarks/README.md, "Learned blame check").
NO_BLAME_VALUES = (None, "learned")


def _complains(ctx: ScoringContext) -> bool:
    """Whether the post is a complaint: the suite's expectation when it states one, else
    the shared detector (as `empathy_check.empathy` decides)."""
    if ctx.expect.complaint is not None:
        return ctx.expect.complaint
    return needs_apology(ctx.post.text)


_BEFORE_WORD = re.compile(BEFORE_WORD, re.IGNORECASE)
_BEFORE_PURCHASE = re.compile(BEFORE_PURCHASE, re.IGNORECASE)
_STILL_DECIDING = re.compile(STILL_DECIDING + "|" + PRE_PURCHASE_QUESTION, re.IGNORECASE)


def _before_purchase(hit: str, text: str) -> bool:
    """Whether the hit is advice about what to do before buying: its "before" and the words
    after it ("worth checking ... before" + "placing a larger order"). "You should have read
    the size chart before ordering" looks back, and so does "... next time"."""
    if not _BEFORE_WORD.search(hit):
        return False
    at = text.find(hit)
    near = text[at : at + len(hit) + 40] if at >= 0 else hit
    return bool(_BEFORE_PURCHASE.search(near)) and not _NEXT_TIME.search(near)


# A post asking how to look after the gear ("Any tips for storing it over the winter?"):
# the reply's "until your next trip" is the advice asked for, not a lecture (scorer
# blind129's good reply). Only where the post does not complain.
_ASKS_CARE = re.compile(
    r"\b(?:any )?tips (?:for|on)\b|\bhow (?:do|should|can|would) i (?:best )?(?:wash|clean|store|"
    r"dry|care for|look after|treat|reproof|pack)\b|\b(?:what'?s|what is) the best way to "
    r"(?:wash|clean|store|dry|care for|look after)\b|\bhow (?:best )?to (?:wash|clean|store|dry)"
    r"\b|\bcómo (?:lo |la |los |las )?(?:lavo|guardo|limpio|seco|cuido)\b|\balgún consejo\b|"
    r"\bcomment (?:le |la |les |l')?(?:laver|ranger|nettoyer|sécher|entretenir|stocker)\b|\bdes "
    r"conseils\b|\bwie (?:wasche|lagere|reinige|pflege|trockne) ich\b|\btipps\b|\bcome (?:lo |"
    r"la )?(?:lavo|conservo|pulisco|asciugo)\b|\bconsigli\b|\bcomo (?:o |a )?(?:lavo|guardo|"
    r"limpo|seco|armazeno)\b|\bdicas\b|\bhoe (?:was|bewaar|reinig|droog|onderhoud) ik\b|"
    r"\btips\b",
    re.IGNORECASE,
)


def no_blame(ctx: ScoringContext, value: Any) -> Outcome:
    if value not in NO_BLAME_VALUES:
        raise ValueError(f"no-blame takes no value or 'learned', not {value!r}")
    text = normalize(ctx.text)
    empathic = bool(EMPATHY.search(ctx.text))
    next_time = _customer_next_time(text, empathic)
    if next_time and _ASKS_CARE.search(ctx.post.text) and not _complains(ctx):
        next_time = []
    hits = _blame_hits(text) + next_time
    if hits and empathic:
        # After regret is shown, advice said to help is a tip (`blame_advice`).
        hits = [
            h for h in hits if not (serves_customer(h, text) or explains_after_feeling(h, text))
        ]
    if _complains(ctx):
        hits += [m.group(0) for m in _TO_A_COMPLAINT_RE.finditer(text)]
    if hits and _BEFORE_AS_INSTRUCTION.search(text):
        hits = [h for h in hits if not h.lower().startswith("before")]
    # Advice before a purchase is after the fact once the customer has bought; to a
    # customer still deciding it is advice: "worth checking the charges with customs before
    # placing a larger order" answers a foundation "considering ordering tents" (scorer
    # blind57's good reply).
    if hits and _STILL_DECIDING.search(ctx.post.text) and not _complains(ctx):
        hits = [h for h in hits if not _before_purchase(h, text)]
    if not hits and not EMPATHY.search(ctx.text):
        # The customer's own emoji echoed back ("Totally get the 🙃!", scorer blind72's
        # good reply) shares the feeling; the same emoji unprompted shrugs it off.
        hits = [
            m.group(0)
            for m in _CURT_RE.finditer(text)
            if not (_EMOJI_ONLY.fullmatch(m.group(0)) and m.group(0) in ctx.post.text)
        ]
        if not hits and _complains(ctx):
            hits = [m.group(0) for m in _DISMISSIVE_RE.finditer(text)]
    if hits:
        return Outcome.fail(f"blaming or defensive: {', '.join(repr(h) for h in hits[:3])}")
    if value == "learned":
        # The phrase lists miss each new writer's own wording; the learned sentence
        # classifier backs them up. Loaded on first use.
        from .blame_head import shipped_head

        flagged = shipped_head().flagged(ctx.text, language_of(ctx.text))
        if flagged:
            sentence, p = flagged[0]
            return Outcome.fail(f"blaming or rude (learned check, p={p:.2f}): {sentence!r}")
    return Outcome.ok("no blame or defensiveness")
