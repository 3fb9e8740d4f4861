"""Session 14's urgent families (from blind55 and blind56 after their score): a put-down
quoted by its target or a witness, a slur at a staff member, a complaint lodged with an
authority the older rules did not name, and an Italian podcast asking for a guest.

Discrimination is rarely named by the one who suffers it: the post quotes what the rep said
("your support agent told me 'plus size people shouldn't really be hiking'", "replied
'keep that stuff off our page' to my pride month video") and the identity is elsewhere in
the post. The rule therefore needs a staff member's quoted reply *and* an identity named in
the post (size, religion, pride, disability, origin), so a rep quoted saying "we're out of
stock" stays a quote.
"""

from __future__ import annotations

from .false_friends import NON_HUMAN_AGENT
from .rules import EscalationRule, make_rule

# A staff member or the brand's account replying with a quote: "your rep replied '...'",
# "the reply from your team said, word for word, '...'".
_STAFF_QUOTED = (
    r"\b(?:agent|rep|representative|staff|employee|clerk|cashier|associate|person|team|"
    r"support|moderator|admin|manager|guy|lady|woman|man|reply|response|answer)s? "
    r"(?:[\w',]+ ){0,5}(?:told (?:me|us|my \w+)|said|says|replied|wrote|answered|responded|"
    r"commented)\b[^'\"\u2018\u201c\n]{0,30}['\"\u2018\u201c]"
)
# An identity named in the post: what the put-down was about.
_IDENTITY = (
    r"\b(?:plus[- ]size\w*|fat|overweight|curvy|hijab\w*|headscarf|muslim\w*|islam\w*|jewish|"
    r"kippah|turban|sikh|religio\w*|pride|gay|lesbian|queer|trans|transgender|lgbt\w*|"
    r"wheelchair|disab\w*|deaf|autis\w*|foreigner\w*|accent|immigrant\w*|black|asian|latin[oa]|"
    r"that kind of (?:customer|person|people)|your kind|people like (?:you|me|us))\b"
    r"|\U0001f3f3"
)
# A slur aimed at a staff member: "Priya is a useless foreigner who should go back where
# she came from".
_SLUR_AT_STAFF = (
    r"\b(?:go|going|goes|sent|send) (?:back )?(?:to )?where (?:she|he|they|you|it) (?:came|come|"
    r"comes) from\b|\b(?:useless|stupid|dumb|filthy|dirty|lazy) (?:foreigner|immigrant|"
    r"migrant|alien)s?\b"
)


def urgent_witness_rules() -> tuple[EscalationRule, ...]:
    """Session 14's urgent families (see the module docstring)."""
    r = make_rule
    return (
        r(
            "discrimination_harassment",
            _STAFF_QUOTED,
            requires=_IDENTITY,
            # Good news quoted: "the agent said 'plus sizes ship next week', great news".
            unless=r"\b(?:great news|good news|thanks|thank you|thx|awesome|so helpful|"
            r"(?:back )?in stock|ships?|restock\w*)\b",
            window=60,
            negatable=False,
            name="discrimination_quoted_putdown_session14",
        ),
        r(
            "discrimination_harassment",
            _SLUR_AT_STAFF,
            # A pet or a thing sent home: "my dog would go back where he came from".
            unless=rf"\b{NON_HUMAN_AGENT}\b",
            window=60,
            negatable=False,
            name="discrimination_slur_at_staff_session14",
        ),
        # Authorities the regulatory table did not name, with a complaint lodged there:
        # "filed a formal incident report with Health Canada", "reclamación puesta en la
        # OMIC de mi ayuntamiento".
        r(
            "regulatory",
            r"\b(?:health canada|omic|oficina municipal de (?:informacion al )?consumidor|"
            r"consumentenautoriteit|nvwa|defesa do consumidor|nhtsa|osha|tga)\b",
            requires=r"\b(?:report\w*|complain\w*|complaint|reclamacion\w*|denuncia\w*|queixa|"
            r"plainte|klacht|beschwerde|reclamo|fil(?:ed|ing)|lodged)\b",
            negatable=False,
            name="regulatory_more_authorities_session14",
        ),
        # An Italian podcast or show asking for a guest or an episode: "conduco un podcast
        # ... vorremmo intervistare qualcuno di Northwind".
        r(
            "media_inquiry",
            r"\b(?:conduco|produco|curo|gestisco|abbiamo|ho) (?:un|una) (?:\w+ )?(?:podcast|"
            r"programma|trasmissione|rubrica)\b",
            requires=r"\b(?:vorremmo|vorrei|intervist\w*|puntata|ospite|chiacchierata|a chi "
            r"posso)\b",
            negatable=False,
            name="media_podcast_italian_session14",
        ),
    )
