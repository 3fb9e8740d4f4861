"""Deterministic tone scorers. Each takes the scoring context and the assertion's
``value`` (an optional override) and returns an `Outcome` with a readable reason.

Platform rules (limit, counting, hashtags, emoji, formality, public or private) come from
the platform profile, brand rules from `Settings.brand`: nothing here branches on a
platform's name.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Outcome, ScoringContext
from .pii import pii_key
from .textutil import count_emoji, guess_language, hashtags, normalize, shouted_words


def within_limit(ctx: ScoringContext, value: Any) -> Outcome:
    profile = ctx.profile
    limit = int(value) if value is not None else profile.limit
    if not ctx.text.strip():
        return Outcome.fail("the draft is empty")
    length = profile.count(ctx.text)
    if length <= limit:
        return Outcome.ok(f"{length}/{limit} characters ({profile.counting})")
    over = length - limit
    return Outcome.fail(
        f"{length} characters, {over} over the {profile.display_name} limit of {limit}",
        score=max(0.0, 1.0 - over / limit),
    )


def hashtag_policy(ctx: ScoringContext, value: Any) -> Outcome:
    allowed = int(value) if value is not None else ctx.profile.max_hashtags
    tags = hashtags(ctx.text)
    if len(tags) <= allowed:
        return Outcome.ok(f"{len(tags)} hashtag(s), {allowed} allowed")
    shown = ", ".join("#" + t for t in tags[:5])
    return Outcome.fail(f"{len(tags)} hashtags ({shown}); {allowed} allowed on this platform")


_EMOJI_ALLOWED = {"none": 0, "sparing": 1, "welcome": 3}


def emoji_policy(ctx: ScoringContext, value: Any) -> Outcome:
    policy = ctx.profile.emoji
    allowed = int(value) if value is not None else _EMOJI_ALLOWED[policy]
    n = count_emoji(ctx.text)
    if n <= allowed:
        return Outcome.ok(f"{n} emoji, {allowed} allowed (policy {policy!r})")
    return Outcome.fail(f"{n} emoji; the {policy!r} policy allows {allowed}")


def no_shouting(ctx: ScoringContext, value: Any) -> Outcome:
    # Capitals copied from the facts are names and codes ("APO/FPO", "NW-ST200"), not tone.
    known = set(shouted_words(ctx.fact_text))
    words = [w for w in shouted_words(ctx.text) if w not in known]
    bangs = re.findall(r"!{2,}", ctx.text)
    problems = []
    if len(words) >= 2 or any(len(w) >= 6 for w in words):
        problems.append(f"ALL-CAPS words: {', '.join(words[:5])}")
    if bangs:
        problems.append("repeated exclamation marks")
    if problems:
        return Outcome.fail("shouting: " + "; ".join(problems))
    return Outcome.ok("no shouting")


_BLAME = [
    r"you should(?:'ve| have)\b",
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
    r"^whatever\b|\bwhatever\.",
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
    r"\byou (?:agreed|accepted|consented) to (?:the|our|these)\b",
    r"(?<!sorry )(?<!that )\byou were (?:told|informed|warned|advised)\b",
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
    # the same in Spanish, French and German
    r"\bdeber(?:ía|ia)s? haber\b|\bdebió haber\b|\bes (?:su|tu) culpa\b|\bcálm(?:ese|ate)\b|"
    r"\bcomo (?:ya )?(?:le |te )?(?:dijimos|indicamos|explicamos)\b",
    r"\bvous auriez dû\b|\btu aurais dû\b|\bc'est (?:votre|ta) faute\b|\bcalmez-vous\b|"
    r"\bcomme (?:déjà )?(?:indiqué|dit|expliqué)\b",
    r"\bsie hätten\b|\bdu hättest\b|\b(?:ihre|deine) (?:eigene )?schuld\b|"
    r"\bberuhigen sie sich\b|\bwie (?:bereits )?(?:gesagt|erwähnt|erklärt)\b",
]
# Every phrase starts at a word start: saying so up front lets the engine skip the ~70
# alternatives inside words (3x faster, same matches).
_BLAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(_BLAME) + ")", re.IGNORECASE)


def no_blame(ctx: ScoringContext, value: Any) -> Outcome:
    hits = [m.group(0) for m in _BLAME_RE.finditer(normalize(ctx.text))]
    if hits:
        return Outcome.fail(f"blaming or defensive: {', '.join(repr(h) for h in hits[:3])}")
    return Outcome.ok("no blame or defensiveness")


_ROBOTIC = [
    r"\bas an ai\b",
    r"\bas a (?:large )?language model\b",
    r"\bi am an ai\b|\bi'm an ai\b",
    r"\bi (?:am|'m) unable to\b",
    r"\bi (?:cannot|can't|can not) (?:assist|help) with (?:that|this) request\b",
    r"\bi do not have (?:the ability|access to real[- ]time)\b",
    r"\bdear (?:valued )?customer\b",
    r"\byour (?:call|query|concern|inquiry) is (?:very )?important to us\b",
    r"\bplease be advised\b|\bkindly be informed\b|\bkindly note\b",
    r"\bwe apologi[sz]e for any inconvenience (?:this|that) may have caused\b",
    r"\bthis is an automated (?:message|response|reply)\b",
    r"\bi hope this (?:message|email) finds you well\b",
    r"\bper (?:our|the) (?:records|system)\b",
    r"\bdo not reply to this\b",
    r"\bwe regret to inform you\b|\brespond accordingly\b|\bthe relevant department\b",
    r"\bwe have received your (?:inquiry|enquiry|request|message|email|ticket)\b",
    r"\byour (?:request|inquiry|enquiry|ticket|query) has been "
    r"(?:forwarded|logged|received|noted)\b",
    r"\bi (?:am|'m) not able to (?:access|assist|help|check)\b|\bi do not have access to\b",
]
_ROBOTIC_RE = re.compile(r"(?<!\w)(?:" + "|".join(_ROBOTIC) + ")", re.IGNORECASE)


def no_robotic(ctx: ScoringContext, value: Any) -> Outcome:
    hits = [m.group(0) for m in _ROBOTIC_RE.finditer(normalize(ctx.text))]
    if hits:
        return Outcome.fail(f"robotic phrasing: {', '.join(repr(h) for h in hits[:3])}")
    return Outcome.ok("no robotic phrases")


_COMPLAINT = re.compile(
    r"\b(?:broke|broken|breaks|ripped|torn|tore|damaged|defective|faulty|leak(?:s|ed|ing)?|"
    r"late|delayed|never (?:arrived|came|showed)|still (?:waiting|hasn'?t|haven'?t|no)|"
    r"lost|missing|wrong (?:size|item|color|colour|order)|terrible|awful|horrible|worst|"
    r"disappointed|disappointing|unacceptable|ridiculous|angry|furious|upset|annoyed|"
    r"frustrated|frustrating|scam|rip-?off|ripoff|useless|garbage|trash|joke|"
    r"not happy|unhappy|fell apart|falling apart|charged twice|double charged|overcharged|"
    r"no one (?:answers|replies|responds)|nobody (?:answers|replies|responds)|ignored|"
    r"waste of money|refund me|want my money back|fed up|sick of|hate)\b",
    re.IGNORECASE,
)
_EMPATHY = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|apology|understand(?:able)?|frustrat\w*|"
    r"not the experience|hate to hear|hear you|that's not okay|not ok(?:ay)?|"
    r"disappointing|regret|thank(?:s| you) for (?:your patience|bearing with|waiting)|"
    r"lo sentimos|lo siento|disculp\w*|désolé\w*|desole\w*|excuses|entschuldig\w*|"
    r"tut uns leid|leider|sentimos|desculp\w*|ci dispiace|scusa\w*)\b",
    re.IGNORECASE,
)


# "Is my pack covered if a strap breaks?" asks about a problem the customer doesn't have.
_HYPOTHETICAL = re.compile(r"\b(?:if|in case|what happens if)\b[^.?!,;]*", re.IGNORECASE)


def is_complaint(text: str) -> bool:
    if _COMPLAINT.search(_HYPOTHETICAL.sub(" ", text)):
        return True
    letters = [c for c in text if c.isalpha()]
    # A post written mostly in capitals is an angry post whatever its words.
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.6


def empathy(ctx: ScoringContext, value: Any) -> Outcome:
    complaint = ctx.expect.complaint
    if complaint is None:
        complaint = is_complaint(ctx.post.text)
    if not complaint:
        return Outcome.ok("not a complaint; no apology needed")
    if _EMPATHY.search(ctx.text):
        return Outcome.ok("acknowledges the customer's problem")
    return Outcome.fail("the post is a complaint but the reply has no apology or empathy")


_SLANG = re.compile(
    r"\b(?:lol|lmao|omg|gonna|wanna|gotta|ya|yall|y'all|u|ur|pls|plz|thx|tbh|ngl|bruh|"
    r"dude|lit|fam|bestie|yay|woohoo|oops|whoops|hey there|yo)\b",
    re.IGNORECASE,
)
_STIFF = re.compile(
    r"\b(?:dear sir|dear madam|to whom it may concern|yours (?:faithfully|sincerely)|"
    r"sincerely,|kind regards|respectfully,|hereby|pursuant to|herewith|aforementioned|"
    r"we wish to inform you)\b",
    re.IGNORECASE,
)


def formality(ctx: ScoringContext, value: Any) -> Outcome:
    level = str(value) if value is not None else ctx.profile.formality
    slang = _SLANG.findall(ctx.text)
    stiff = _STIFF.findall(ctx.text)
    if level == "formal":
        problems = []
        if slang:
            problems.append(f"slang ({', '.join(slang[:3])})")
        if count_emoji(ctx.text):
            problems.append("emoji")
        if "!!" in ctx.text:
            problems.append("repeated exclamation marks")
        if problems:
            return Outcome.fail(f"too casual for a formal platform: {'; '.join(problems)}")
        return Outcome.ok("formal register")
    if level == "casual":
        if stiff:
            return Outcome.fail(f"too stiff for a casual platform: {', '.join(stiff[:3])}")
        return Outcome.ok("casual register")
    if len(slang) >= 2 or stiff:
        found = slang[:3] + stiff[:3]
        return Outcome.fail(f"register off for this platform: {', '.join(found)}")
    return Outcome.ok("neutral register")


_LINKISH = re.compile(r"\S+\.\S+/\S*|https?://\S+|\S+@\S+|[#$]?\d[\d.,:%-]*")
_GRADE_LIMIT = {"formal": 16.0, "neutral": 13.0, "casual": 12.0}


def readability(ctx: ScoringContext, value: Any) -> Outcome:
    limit = float(value) if value is not None else _GRADE_LIMIT[ctx.profile.formality]
    words = ctx.text.split()
    if len(words) < 15:  # grade formulas are noise on a sentence or two
        return Outcome.ok("too short to grade")
    if value is None and len(words) < 40:
        # Still noisy on a short reply: one "verification" or "responders" moves the grade
        # by two or three points, so allow that much before calling plain prose hard to
        # read. Real jargon scores far above (grade 30-50).
        limit += 4.0
    language = guess_language(ctx.text)
    if language not in (None, "en"):
        # Coleman-Liau is calibrated on English: German compounds read as "grade 15".
        return Outcome.ok(f"reading grade not measured for {language!r}")
    # Coleman-Liau needs no syllable dictionary: textstat's syllable counter for English
    # downloads NLTK's cmudict at first use, which fails offline. Imported lazily (~0.3 s).
    import textstat

    # Links and numbers are not words a reader struggles with; they inflate the index.
    plain = _LINKISH.sub(" ", ctx.text)
    grade = float(textstat.coleman_liau_index(plain))
    if grade <= limit:
        return Outcome.ok(f"reading grade {grade:.1f} (limit {limit:g})")
    return Outcome.fail(
        f"reading grade {grade:.1f} is above {limit:g}: shorter words and sentences",
        score=max(0.0, 1.0 - (grade - limit) / 6.0),
    )


def banned_phrases(ctx: ScoringContext, value: Any) -> Outcome:
    phrases = list(ctx.brand.banned_phrases)
    if isinstance(value, str):
        phrases.append(value)
    elif isinstance(value, list):
        phrases.extend(str(v) for v in value)
    text = normalize(ctx.text)
    hits = [p for p in phrases if p and normalize(p) in text]
    if hits:
        return Outcome.fail(f"brand-banned phrase(s): {', '.join(repr(h) for h in hits)}")
    return Outcome.ok("no banned phrases")


def no_pii_echo(ctx: ScoringContext, value: Any) -> Outcome:
    if not ctx.profile.public:
        return Outcome.ok("private channel; PII may be discussed")
    grounded = normalize(ctx.fact_text)
    post_keys = {pii_key(m) for m in ctx.post_pii}
    leaks = []
    for match in ctx.draft_pii:
        key = pii_key(match)
        if key in post_keys:
            leaks.append(f"{match.kind} {match.text!r} repeated from the post")
        elif normalize(match.text) not in grounded:
            # The brand's own support address from the facts is fine; anything else
            # personal in a public reply is not.
            leaks.append(f"{match.kind} {match.text!r} in a public reply")
    if leaks:
        return Outcome.fail("; ".join(leaks))
    return Outcome.ok("no personal data in the public reply")


def language_match(ctx: ScoringContext, value: Any) -> Outcome:
    expected = str(value) if value else (ctx.post.language or guess_language(ctx.post.text))
    if expected is None:
        return Outcome.ok("post language unknown")
    got = guess_language(ctx.text)
    if got is None or got == expected:
        return Outcome.ok(f"reply language matches ({expected})")
    return Outcome.fail(f"reply is in {got!r} but the post is in {expected!r}")
