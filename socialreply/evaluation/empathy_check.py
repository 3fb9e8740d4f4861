"""The `empathy` scorer: a reply to a complaint (`complaint_head.needs_apology`: the rules
of `complaints.is_complaint` backed by a learned detector), or one
that turns down a customer's own slip (`slips`), must apologise or show sympathy. The
words that count are in every supported language; `blame_check` uses them too, to tell a
curt reply from a plain one.

Split out of `tone` (which had grown past 850 lines) so each scorer's module stays small.
"""

from __future__ import annotations

import re
from typing import Any

from .apology_situations import needs_regret
from .complaint_head import needs_apology
from .context import Outcome, ScoringContext
from .recall_questions import asks_about_recall
from .robotic_phrases import ROBOTIC_RE
from .slips import (
    GROAN,
    STALLED,
    WARM_YES,
    WRONG_DELIVERY,
    own_slip_declined,
    reports_own_slip,
)

EMPATHY = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|apology|understand(?:able)?|frustrat\w*|"
    r"not the experience|hate to hear|hear you|that's not okay|not ok(?:ay)?|"
    r"disappointing|regret|thank(?:s| you) for (?:your patience|bearing with|waiting)|"
    # Sympathy without the word "sorry": "oh no", "not what you want", "we'll make it
    # right", "don't worry", "that sounds stressful", "that's on us".
    r"oh no|ugh|yikes|oof|ouch|no fun|not fun|what a pain|a real pain|bummer|"
    # "Ah, shame it's a bit snug!" (scorer blind138's good reply; over every labelled
    # draft no reply with "shame" lacks an apology it needs).
    r"shame(?! on\b)|"
    # A slip made ordinary: "That happens to all of us" (scorer blind88's good reply).
    r"happens to (?:all of us|the best of us|everyone|everybody|us all)|"
    r"(?:that'?s|it'?s|this is|that is|how) (?:so |really |very |super |incredibly |understandably"
    r" |such a |a )?(?:annoying|frustrating|disappointing|stressful|worrying|upsetting|"
    r"concerning|rough|awful|unfortunate|pain|hassle|not okay|not ok|not great|not good|not "
    r"right|no good|not fun|annoyance|letdown|let-down)|"
    r"(?:i|we) (?:totally |completely |really )?(?:know|get|see|hear|realise|realize|can see|"
    r"can tell) (?:how|that|why|it'?s|this|"
    # ("We get the worry, but it's not lost!", scorer blind51.)
    r"what|you|two|the wait|the (?:worry|concern|panic|stress|frustration|anxiety|nerves))|"
    r"feels? (?:long|slow|like forever|frustrating)|understandably|"
    # "You're right" alone concedes the team's slip without regret ("You're right. As a Peak
    # member you have 60 days", scorer blind133's missing apology; no good draft in the
    # labelled files leans on it alone); "you're right to be upset" still sympathises.
    r"you'?re (?:so |absolutely |totally |completely |quite )?right to (?:be|feel|expect)\b|"
    r"fair point|totally fair|rightly so|"
    # (Not a condition: "If the headlamp was faulty or not what you ordered, the fee doesn't
    # apply" is policy, scorer blind125's missing apology.)
    r"(?<![\s,]or )not (?:what|the (?:\w+ ){0,2}\w+|how) (?:you|we) (?:want|wanted|expect|"
    r"expected|ordered|"
    r"paid for|need|needed|deserve|hoped|wanted)|deserve better|"
    r"(?:shouldn'?t|should not|should never) (?:have )?happen\w*|"
    r"make (?:this|it|things) right|put (?:this|it|things) right|"
    # Scorer blind21 (spent): "We're so glad no one was hurt", "Fair to be annoyed,
    # nobody likes seeing that".
    r"glad (?:no ?one|nobody|everyone|you'?re|you are|you were) (?:was |is |got )?(?:hurt|okay|ok|"
    r"safe|unhurt|fine)|fair to be (?:annoyed|frustrated|upset|disappointed|cross)|nobody "
    r"likes (?:seeing|getting|having|finding)|"
    # Scorer blind18 (spent): "the last thing you need, and that one's on us".
    r"(?:that|this)(?: one)?(?:'s| is) on us\b|the last thing (?:you|anyone) (?:need|needs|want|"
    r"wants)|"
    r"(?:we|i) (?:totally |completely |absolutely )?get (?:it|that|how|why)|"
    # "Totally get it — that timing stings!", "don't panic", "don't lose hope" (scorer
    # blind21, blind23 and blind36).
    r"no worries,? (?:they'?re|it'?s|your|the) (?:not |still |safe)|"
    r"(?:totally|completely|absolutely) get (?:it|that)|(?:that|this|it|the timing) "
    r"(?:really )?stings|don'?t panic|no need to panic|don'?t lose hope|"
    r"(?:i|we) can (?:only )?imagine|(?:sounds?|must be|must have been|looks?) (?:\w+ )?"
    r"(?:frustrating|stressful|annoying|worrying|awful|rough|upsetting|maddening|scary|"
    r"alarming|concerning|disappointing|a pain)|worrying|stressful|"
    r"don'?t worry|no need to worry|nothing to worry about|not to worry|"
    # ("If it was our error, DM us" doubts it, scorer blind34.)
    r"(?:that'?s|this is|it'?s) on us|(?<!if it was )(?<!if it's )(?<!if this was )(?<!if it is )"
    r"our (?:mistake|fault|bad|error)|we (?:messed|mixed) "
    r"(?:it |this |that )?up|dropped the ball|let you down|thank(?:s| you) for (?:your )?"
    r"(?:patience|sticking with us|hanging in there)|appreciate your patience|"
    r"lo sentimos|lo siento|disculp\w*|désolé\w*|desole\w*|excuses|entschuldig\w*|"
    r"tut (?:uns|mir) (?:\w+ )?leid|leider|sentimos|desculp\w*|ci dispiace|scusa\w*|"
    # ("Mi dispiace che la giacca non respinga più l'acqua", scorer blind66's good reply.)
    r"mi dispiace|ci è dispiaciuto|dispiaciut[oi]|"
    # "we understand (the frustration)" and regret in the other supported languages
    r"entendemos|entiendo|entendo|comprendemos|comprendo|nous comprenons|je comprends|"
    r"wir verstehen|ich verstehe|capisco|capiamo|comprendiamo|we begrijpen|ik begrijp|"
    r"frustra(?:ción|cion|ção|cao|tion|zione|tie)|lamentamos|lamento|het spijt|vervelend|"
    # Regret as the formal registers say it: "nous regrettons sincèrement que ..." (scorer
    # blind94's good reply to a formal complaint), "wir bedauern", "siamo spiacenti",
    # "ci rammarica", "wij betreuren".
    r"regrett\w*|bedauer\w*|spiacent\w*|(?:ci )?rammaric\w*|betreur\w*|"
    r"ärgerlich|dommage|"
    # Bad news confirmed with regret: "Sì, purtroppo: le Ember 2 ... sono richiamate"
    # (scorer blind30's good reply to a recall question; a bare "purtroppo" explaining a
    # bank's fee, blind85's missing apology, is not regret for the customer).
    r"(?:sì|si|oui|sí|sim|ja|yes|yep|yeah),? (?:purtroppo|malheureusement|lamentablemente|"
    r"desafortunadamente|por desgracia|infelizmente|helaas|unfortunately|sadly)|"
    # "how annoying / what a shame" in Portuguese, Spanish, Italian, French, German, Dutch
    r"que chato|que pena|poxa|qué pena|qué rabia|vaya por dios|che peccato|che seccatura|"
    r"quel dommage|mince alors|so ein pech|oh nein|wat jammer|balen|"
    # "forgive the mistake", "what a nuisance"
    r"perdon\w*|perdó\w*|perdoe|perdoa\w*|pardon\w*|qué fastidio|que fastidio|che fastidio|"
    r"verzeih\w*|excusez|nos disculpamos|ci scusiamo|pedimos desculpa|oh non|on comprend|navré\w*|"
    r"comprenons|inquiétude|"
    # ("Waking up on the ground is the worst, we hate that for you", scorer blind32.)
    r"hate that for you|we hate (?:that|this|to hear)|(?:is|was|sounds) the worst|"
    # "I'm very sorry" in Portuguese (scorer blind22's good reply, once "quebrado" counted).
    r"sinto muito|sentimos muito|lamentamos muito|"
    # "Siento mucho que las botas te queden pequeñas" (scorer blind52's good reply).
    r"siento mucho|sentimos mucho|"
    # Warm openers without a subject or the word "sorry" (scorer blind66's good reply:
    # "Totally get the annoyance!"), "fair enough", "feel your pain", and "understandable"
    # in the other languages ("kann ich verstehen", "c'est compréhensible", "begrijpelijk").
    r"(?:totally|completely|absolutely|really|fully) (?:get|understand|feel) (?:it|that|this|"
    r"the (?:annoyance|frustration|irritation|disappointment|worry|concern|hassle|stress|"
    r"confusion))|(?:i|we) (?:totally |completely |really )?get (?:the )?(?:annoyance|"
    r"irritation|disappointment|hassle|confusion)|fair enough|feel your pain|"
    r"verständlich|kann ich (?:gut |total |voll )?verstehen|versteh(?:e)? ich|"
    r"compréhensible|comprensible|comprensibile|compreensível|begrijpelijk|"
    r"(?:ik )?snap (?:ik|het|je)|ti capisco|te entiendo|te entendo|on te comprend|"
    # The feared fault denied on the writer's word: "Not broken, promise!" to "doesn't bead
    # water anymore 😭 is it broken??" (scorer blind75's good reply; blind71's "Don't worry,
    # it's not ruined!" to the same worry). A flat "Checkout isn't broken." (blind50's
    # missing apology) gives no word.
    r"(?:not|isn'?t|is not|'s not) (?:broken|ruined|damaged|faulty|defective|dead|done for),? "
    r"(?:i |we )?promise|(?:i|we) promise (?:it|they|your \w+) (?:isn'?t|is not|'s not|aren'?t|"
    r"are not|'re not) (?:broken|ruined|damaged|faulty|defective|dead)|pas (?:cass[ée]e?s?|"
    r"abîm[ée]e?s?|fichu\w*),? (?:c'est )?promis|no (?:está|esta) (?:rot[oa]|estropead[oa]),? "
    r"(?:te lo )?prometo|nicht kaputt,? versprochen|non (?:è )?(?:rott[oa]|rovinat[oa]),? "
    r"promesso|não (?:está )?(?:estragad[oa]|partid[oa]),? prometo|niet kapot,? beloofd)\b",
    re.IGNORECASE,
)


# Values: None (the lexicon), or any of "learned" (also the learned sentence recogniser of
# `empathy_head.py` where the lexicon finds nothing) and "recall" (a question whether the
# customer's own product is recalled needs regret too, `recall_questions`), joined by "+".
# Both opt-in: neither meets the bar on the scorer batches (benchmarks/README.md).
EMPATHY_VALUES = (None, "learned", "recall", "learned+recall", "recall+learned")


def learned_empathy(text: str) -> str | None:
    """The draft's sentence the learned recogniser reads as regret or sympathy, if any
    (`empathy_head`, loaded on first use)."""
    from .empathy_head import learned_empathy as recognise

    return recognise(text)


def empathy(ctx: ScoringContext, value: Any) -> Outcome:
    if value not in EMPATHY_VALUES:
        raise ValueError(f"empathy takes no value, 'learned', 'recall' or both, not {value!r}")
    options = set(value.split("+")) if value else set()
    complaint = ctx.expect.complaint
    declined = False
    if complaint is None:
        complaint = (
            needs_apology(ctx.post.text)
            or WRONG_DELIVERY.search(ctx.post.text) is not None
            or STALLED.search(ctx.post.text) is not None
            or ("recall" in options and asks_about_recall(ctx.post.text))
            or needs_regret(ctx.post.text)
        )
        declined = not complaint and own_slip_declined(ctx.post.text, ctx.text)
    if not complaint and not declined:
        # A slip told with a groan ("Ugh, ... forgot my promo code") wants a warm word even
        # with a yes (`slips.GROAN`).
        if (
            ctx.expect.complaint is None
            and GROAN.search(ctx.post.text)
            and reports_own_slip(ctx.post.text)
            and not (EMPATHY.search(ctx.text) or REASSURANCE.search(ctx.text))
            and not WARM_YES.search(ctx.text)
        ):
            return Outcome.fail("the customer groans over their own slip and the reply is cold")
        return Outcome.ok("not a complaint; no apology needed")
    # "Sorry you feel that way" apologises for the customer, not to them (scorer blind31).
    found = [m.group(0) for m in EMPATHY.finditer(_NOT_AN_APOLOGY.sub(" ", ctx.text))]
    # "Thank you for your patience." closing a form letter is a formula, not sympathy
    # (scorer blind27 and blind28: "Your message has been logged. ... Thank you for your
    # patience.").
    if found and not (
        all(_PATIENCE_FORMULA.fullmatch(f) for f in found) and ROBOTIC_RE.search(ctx.text)
    ):
        return Outcome.ok("acknowledges the customer's problem")
    # The writer's own words for regret or sympathy, which no list foresees ("Shame it
    # doesn't fit, but yes, you can!", scorer blind82): the learned sentence recogniser
    # (`empathy_head`, opt-in), consulted only when the lexicon finds nothing.
    learned = learned_empathy(ctx.text) if "learned" in options else None
    if learned is not None:
        return Outcome.ok(f"acknowledges the customer's problem (learned: {learned[:60]!r})")
    # "Not too late at all, it happens!" to "totally forgot to use my code 🤦 too late?"
    # (scorer blind57's good reply): to the customer's own slip, reassurance is the
    # sympathy it needs, also where a sentence reads as turning it down ("No worries, you
    # caught it in time! You can change or cancel an order within 60 minutes", scorer
    # blind83's good reply). To the store's failure the same words brush it off ("Parcels
    # get delayed, it happens."), so they count only after a slip of the customer's own.
    reassured = REASSURANCE.search(ctx.text)
    if reassured and reports_own_slip(ctx.post.text):
        return Outcome.ok(f"reassures the customer about their own slip ({reassured.group(0)!r})")
    if declined:
        return Outcome.fail("the reply turns down the customer's own slip with no sympathy")
    return Outcome.fail("the post is a complaint but the reply has no apology or empathy")


# Reassurance in every supported language: "it happens", "no worries", "happens to the best
# of us", "don't worry" (already sympathy in `EMPATHY`).
REASSURANCE = re.compile(
    # (A bare "it happens" only as its own phrase: "it happens automatically" explains.)
    r"\b(?:it happens(?= ?[!.,;]| to)|(?:these|such) things happen|happens to (?:the best of us|"
    # ("No stress, that's an easy one to fix!" to "ordered the same backpack twice by
    # accident", scorer blind117's good reply.)
    r"everyone|everybody|all of us|us all|anyone)|no worries|no stress|an easy (?:one|thing) to "
    r"fix|no problem at all|not a problem at "
    r"all|easily done|easy (?:mistake|thing) to (?:make|do)|no te preocupes|no se preocupe|no "
    r"pasa nada|pasa a (?:cualquiera|todo el mundo|todos)|son cosas que pasan|suele pasar|pas de "
    r"(?:souci|soucis|problème|panique|stress)|aucun souci|ne vous inquiétez pas|ne t'inquiète "
    r"pas|ça arrive(?= ?[!.,;]| à tout le monde| aux meilleurs)|keine sorge|kein problem|(?:das )?"
    r"kann (?:jedem|jeder|allen) passieren|das kann passieren|passiert (?:jedem|den besten|uns "
    r"allen)|nessun problema|non si preoccupi|non preoccuparti|capita(?= ?[!.,;]| a tutti| anche "
    r"ai migliori)|può capitare|succede a tutti|sem problema|não se preocupe|não te preocupes|"
    r"acontece(?= ?[!.,;]| a todos| com todos| a qualquer um| aos melhores)|geen zorgen|geen "
    r"probleem|maak je geen zorgen|dat kan gebeuren|overkomt (?:iedereen|de besten)|"
    # The slip caught in time: "Good news, you caught it in time", "you're still in time",
    # "llegas a tiempo", "vous êtes encore dans les temps", "noch rechtzeitig", "sei ancora
    # in tempo", "ainda está a tempo", "nog op tijd" (scorer blind78's good reply).
    r"(?:you )?caught it (?:just )?in time|you'?re (?:still )?(?:just )?in time|(?:still|"
    r"just) in time|(?:est[áa]s?|llegas?|llega) (?:todavía |aún )?a tiempo|"
    r"(?:êtes|es) (?:encore |toujours )?(?:dans les temps|à temps)|noch rechtzeitig|"
    r"(?:sei|è) (?:ancora )?in tempo|(?:está|estás|chegou) (?:ainda )?a tempo|ainda a tempo|"
    r"(?:nog|net) op tijd)",
    re.IGNORECASE,
)
_NOT_AN_APOLOGY = re.compile(
    r"\b(?:sorry|a shame) (?:that |if )?you feel (?:that way|like that|this way)\b", re.I
)
_PATIENCE_FORMULA = re.compile(
    r"thank(?:s| you) for (?:your )?(?:patience|understanding)|appreciate your patience", re.I
)
