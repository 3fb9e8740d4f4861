"""Session 17's injury families (from blind71 and blind72 after their score): the injury told
by its treatment or its diagnosis rather than by the word "hurt".

* Immobilised for weeks after the gear failed: "lower section collapsed mid-descent, i ate
  the ground and now i'm in a boot for 6 weeks", "3 weeks on crutches", "Sechs Wochen
  Gips", "6 weken gips", "seis semanas con férula". The rule needs the gear's failure in
  the post (snapped, collapsed, gave way, ...), so a fall on one's own icy driveway stays
  out.
* An illness caught, named by its diagnosis: "three of the kids came down with giardia",
  "doctor says giardia", "ended up w giardia". Questions ("does the filter remove
  giardia?") are hypothetical and stay out.
"""

from __future__ import annotations

from . import false_friends_confusion as ffc
from .rules import EscalationRule, make_rule

_NUMBER = (
    r"(?:\d+|a|two|three|four|five|six|eight|several|dos|tres|cuatro|seis|ocho|deux|trois|"
    r"quatre|six|huit|zwei|drei|vier|sechs|acht|due|tre|quattro|sei|otto|duas|quatro|oito|"
    r"twee|drie|vier|zes|acht)"
)
_IMMOBILISED = (
    r"\b(?:in a (?:walking |medical |moon |ortho\w* |compression )?(?:boot|cast|sling|brace|"
    r"splint)|on crutches) for " + _NUMBER + r" (?:weeks?|months?)\b"
    r"|\b" + _NUMBER + r" (?:weeks?|months?) (?:in a (?:walking )?(?:boot|cast|sling|brace)|on "
    r"crutches)\b"
    r"|\b" + _NUMBER + r" (?:semanas?|meses|semaines?|mois|wochen|monate|settimane|mesi|"
    r"weken|maanden) (?:con |de |avec |en |mit |di |col |con le |com |in het |op |aan )?"
    r"(?:una |un |une |eine[rn]? |il |o |uma |het |la |le )?(?:ferula|escayola|yeso|bota "
    r"ortopedica|muletas|platre|attelle|bequilles|botte orthopedique|gips|schiene|krucken|"
    r"orthese|gesso|tutore|stampelle|krukken|brace|spalk|mitella|tala|gesso)\b"
)
# The gear failed. Not "broke", "cracked" or "tore", which the writer's bones and ligaments
# share ("I broke my ankle ... on my own icy driveway").
_FAILED = (
    r"\b(?:snapped|failed|gave way|gave out|collapsed|came (?:off|apart|loose|undone)|fell "
    r"apart|malfunction\w*|defective|faulty|split (?:open|along|at)|popped (?:open|off)|"
    r"unclipped|let go|buckled|tipped over|toppled|se rompio|se partio|cedio|colapso|a lache|"
    r"a cede|"
    r"s'est (?:casse|effondre|rompu)|(?:ist |sind )?(?:gebrochen|durchgebrochen|gerissen|"
    r"eingeknickt|zusammengebrochen)|si e (?:rott[oa]|spezzat[oa]|piegat[oa])|ha ceduto|"
    r"quebrou|partiu|cedeu|knapte|brak|bezweek|scheurde|klapte in(?:elkaar)?"
    # Session 20 (blind91): the present of a "pov:" story ("the lever lock ... lets go
    # halfway down the descent").
    r"|snaps|fails|gives (?:way|out)|collapses|comes (?:off|apart|loose|undone)|lets go)\b"
)
_DIAGNOSED = (
    r"\b(?:came down with|ended up (?:with|w)|diagnosed with|(?:doctor|doc|gp|physician|er) "
    r"(?:says|said|confirmed|thinks)|(?:got|caught|contracted|picked up|tested positive for)) "
    r"(?:\w+ )?(?:giardia\w*|cryptosporidi\w*|e\.? ?coli|norovirus|dysentery|salmonella|"
    r"legionella|campylobacter)\b"
    r"|\b(?:giardia\w*|giardien|giardiase|giardiose|cryptosporidi\w*|e\.? ?coli|salmonel+a\w*) "
    r"(?:confirmed|diagnosticad[oa]|confirmad[oa]|diagnostique\w*|confirme\w*|diagnostiziert|"
    r"bestatigt|diagnosticat[oa]|confermat[oa]|vastgesteld|bevestigd)\b"
    r"|\b(?:contrajo|contrajeron|pillamos|cogimos|tuvimos|attrape|chope|bekommen|eingefangen|"
    r"preso|presa|pegamos|pegou|opgelopen) (?:\w+ )?(?:la |una |eine |een |uma )?(?:giardia\w*|"
    r"giardien|giardiase|giardiose|salmonel+a\w*)\b"
)


def injury_aftermath_rules() -> tuple[EscalationRule, ...]:
    """Session 17's injury families (see the module docstring)."""
    return (
        make_rule(
            "safety_injury",
            _IMMOBILISED,
            requires=_FAILED,
            hypothetical=True,
            name="injury_immobilised_after_failure_session17",
            unless_post=ffc.SAFETY_NOT_OURS_INTL,
        ),
        make_rule(
            "safety_injury",
            _DIAGNOSED,
            hypothetical=True,
            name="injury_illness_diagnosed_session17",
            unless_post=ffc.SAFETY_NOT_OURS_INTL,
        ),
    )
