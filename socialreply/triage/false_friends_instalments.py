"""A pay-later plan running as scheduled, asked about: not fraud (session 20, blind90/92).

"I paid with Klarna and it shows 4 payments scheduled. That's just the Pay in 4 thing, not 4
separate charges, right?", "Klarna vroeg net om mijn tweede termijn, klopt dat? ... het staat
gewoon in mijn schema". The semantic head read both as fraud. `INSTALMENTS_AS_PLANNED` names
the schedule, and stands only when the post neither cancels nor disowns the order
(`NO_ORDER`, which the fraud rule of `instalment_rules` needs).
"""

from __future__ import annotations

# The order cancelled, or never placed, in the seven languages.
NO_ORDER = (
    r"(?:cancel+ed|cancel+ing|annul+at[oa]|annul+e[es]?|cancelad[oa]|cancel(?:e|ei|amos|aron)|"
    r"storniert|geannuleerd|never (?:placed|made|ordered|bought)|didn'?t (?:order|place|make|buy)|"
    r"nie (?:\w+ )?bestellt|nooit (?:\w+ )?(?:geplaatst|besteld)|nunca (?:\w+ )?(?:pedi|hice|"
    r"compre|fiz|pedido)|jamais (?:\w+ )?command\w*|mai (?:\w+ )?ordinat\w*)"
)
# A plan running as scheduled, asked about: "it shows 4 payments scheduled ... right?". Not
# when the post cancels or disowns the order.
INSTALMENTS_AS_PLANNED = (
    rf"^(?![\s\S]*\b{NO_ORDER}\b)(?=[\s\S]*"
    r"(?:\b(?:\d|two|three|four|six) (?:\w+ )?(?:payments|instal+ments|rate|cuotas|parcelas|"
    r"termijnen|raten|mensualites) (?:are |is )?(?:scheduled|planned|set up|in the schedule|"
    r"programad[ao]s|programmat[ei]|geplant|gepland|agendad[ao]s|prevue?s)\b"
    r"|\bpay ?in ?(?:3|4|three|four) thing\b|\bstaat (?:\w+ )?in (?:mijn|het) schema\b"
    r"|\b(?:as|like) (?:scheduled|planned|agreed)\b))"
)
