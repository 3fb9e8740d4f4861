"""The word classes and guards shared by the crisis rules (`crisis_rules` and the later
crisis modules that import from it): who is threatened and with what intent, laughter,
death as a figure of speech, jokes, a body part as the subject, a worry taken back, and
"nothing to do with you". Kept apart so the rule modules stay readable and small."""

from __future__ import annotations

TARGET = (
    r"(?:you|u|ya|y'?all|your\w*|ur|them|him|her|everyone|every one|somebody|someone|"
    r"anyone|anybody|everybody|you people|all of you|each of you|whoever|"
    r"(?:the|that|this|your) (?:\w+ )?(?:manager|owner|staff|driver|ceo|boss|employees?|"
    r"workers?|guy|girl|rep|clerk|cashier|person|courier|agent))"
)
INTENT = (
    r"(?:i'?ll|i will|i'?m gonna|im gonna|gonna|i'?m going to|im going to|going to|we'?ll|"
    r"we will|i want to|i wanna|wanna|i'?d like to|about to|i swear i'?ll|i'?m coming to|"
    r"someone should|i should|i could|i might|ready to|i'?ll come (?:down there )?and)"
)
PERSON = (
    r"(?:i|he|she|we|they|(?:my|our|his|her) (?:\w+ )?(?:son|daughter|kid|kids|child|baby|"
    r"toddler|wife|husband|partner|mom|mum|dad|dog|cat|boy|girl|friend|brother|sister|grandma|"
    r"grandpa|nephew|niece|family))"
)

LAUGHTER_OR_JOY = (
    r"(?:lol|lmao|lmfao|haha\w*|jaja\w*|rofl|so cute|adorable|obsessed|so good|so soft|"
    r"so pretty|gorgeous|love (?:it|them|these|this)|\U0001f602|\U0001f923|\U0001f979|"
    r"\U0001f60d|\U0001f970|\u2764|\U0001f605)"
)
# Death as a figure of speech or a place name: "going to die of cuteness", "the Suicide
# Ridge Ramblers", "named after the trail".
FIGURES_OF_DEATH = (
    r"\bdie of (?:cuteness|laughter|laughing|embarrassment|excitement|boredom|jealousy|envy|"
    r"shame|happiness|joy|cringe|heat)\b|\bsuicide (?:ridge|trail|hill|gulch|peak|pass|run|"
    r"squeeze|six|lake|rock|point|creek|canyon|bend|basin|mountain|drill|mission)s?\b|"
    r"\bnamed after\b"
)
# Said in jest, in the seven languages ("vi ammazzo se non rimettete in stock il pile verde
# ... scherzo", blind42): never after "not"/"no"/"non" ("not kidding", "no es broma").
JOKING = (
    r"(?<!not )(?<!no )(?<!non )(?<!nicht )(?<!geen )(?<!nao e )(?<!no es )"
    r"\b(?:jk|just kidding|only kidding|kidding|just joking|only joking|scherzo|scherzavo|"
    r"sto scherzando|es broma|era broma|bromeando|je plaisante|je rigole|c'est pour rire|"
    r"grapje|geintje|brincadeira|to brincando|nur spass|spass)\b"
)
# A body part or a wallet as the one that "wants to end it all" ("my calves want to end it
# all after that descent", blind43): soreness or a budget, not a plan.
BODY_SUBJECT = (
    r"\bmy (?:calves|legs|feet|knees|quads|thighs|hamstrings|glutes|shoulders|toes|lungs|"
    r"wallet|bank account|credit card|bank balance) (?:\w+ )?(?:want|wants|wanna|are ready|"
    r"is ready|are begging|is begging)\b"
)


# A worry taken back in the same post: "oh wait no, it's my husband's, we share the
# login 🤦 never mind!" (blind51, spent, session 13).
SELF_CORRECTED = (
    r"\b(?:oh )?wait,? no\b|\bnever ?mind\b|\bwe share (?:the|an?|one|our) (?:\w+ )?(?:login|"
    r"account|password)\b|\bit'?s (?:just )?my (?:husband|wife|partner|son|daughter|mom|mum|dad|"
    r"kid|boyfriend|girlfriend|sister|brother)'?s\b"
)
# "me hackearon el instagram (nada q ver con vosotros jaja)": the writer says it has
# nothing to do with the shop (blind52, spent, session 13), in the seven languages.
NOT_ABOUT_YOU = (
    r"\b(?:nada (?:que|q) ver con (?:vosotros|ustedes|uds|vos|northwind)|nothing to do with "
    r"(?:you|northwind|your (?:site|store|shop|company))|rien a voir avec (?:vous|northwind)|"
    r"nichts mit (?:euch|ihnen|northwind) zu tun|niente a che (?:fare|vedere) con (?:voi|"
    r"northwind)|niets met (?:jullie|u|northwind) te maken|nada a ver com (?:voces|vcs|"
    r"northwind))\b"
)
