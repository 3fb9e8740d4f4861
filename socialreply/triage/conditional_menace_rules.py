"""Session 15's violence family (from blind59 and blind60 after their score): a menace on a
condition that repeats.

"If the guy from your phone line talks to my wife like that one more time I'm going to
find him and he'll regret it", "Wenn ich noch EINMAL so ne Copy-Paste Antwort krieg fahr
ich zu euch und hau dem Typen die Fresse ein", "als jullie medewerker mij nog één keer
uitlacht kom ik terug met die berenspray": a condition ("if", "wenn", "se", "als"), the
same thing happening *one more time*, then a consequence aimed at a person or a site.

The condition and the repetition alone are a common way to vent ("if the zipper breaks one
more time I'm gonna scream", "if the claim gets denied again I will sue" — a legal threat,
labelled as such). The rule needs, in the same sentence after the repetition, a consequence
that is bodily or a hunt: finding the person, "he'll regret it", breaking a jaw, a hospital,
waiting for someone, a fire, bear spray, "die Fresse", "porrada", "spacco la faccia", in the
seven languages.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_CONDITION = (
    r"\b(?:if|next time|wenn|si|se|als|la prochaine fois|la proxima vez|la prossima volta|"
    r"da proxima vez|volgende keer)\b"
)
_ONE_MORE_TIME = (
    r"\b(?:one more time|once more|again|noch (?:ein)?mal|une fois de plus|encore une fois|"
    r"una vez mas|otra vez|un'?altra volta|ancora una volta|mais uma vez|de novo|"
    r"nog (?:een|1) keer)\b"
)
# What the writer will then do to a person or a site.
_CONSEQUENCE = (
    r"\b(?:find (?:him|her|them|you|out where)|(?:he|she|they|you)'?(?:ll| will) regret|"
    r"break(?:ing)? (?:his|her|your|their|ur|the)|hospital|waiting for (?:him|her|you|them)|"
    r"torch\w*|burn\w* (?:it|the|your|down)|gas can|bear ?spray|berenspray|fresse|aufs maul|"
    r"gueule|porrada|nao sai inteir\w|spac\w+ la faccia|romp\w+ la cara|in elkaar|"
    r"never (?:says|does|do|say) (?:it|that) again|make (?:him|her|them|you) pay|"
    r"(?:punch|smash|stab|shoot|hurt|beat)\w* (?:him|her|them|you|the)|kom ik (?:terug|langs))"
)


def conditional_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 15's conditional menace (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _CONDITION + r"[^.!?]{0,80}?" + _ONE_MORE_TIME + r"[^.!?]{0,100}?" + _CONSEQUENCE,
            negatable=False,
            name="violence_conditional_repeat_session15",
        ),
    )
