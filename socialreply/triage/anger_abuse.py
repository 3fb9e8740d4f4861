"""Session 20's anger families (from blind89-92 after their score), as weighted terms for
`intensity`: abuse the older terms did not read.

* A slur at a member of staff for where they come from, or a slur for disability: "tell
  that r*tard Priya", "the curry-smelling guy on your phone line", "some call centre
  foreigner who can barely talk" (2.0). Over all labelled posts the 7 that carry one are
  discrimination *and* anger; the slurs for sexuality are left out, because the labels
  split on them (a victim's report, "called f*gs by the staff", is discrimination only).
* Sent home: "go back to your own country" (1.0). Alone it stays under the threshold: the
  labels make it anger only with an insult beside it (4 of the 8 posts with it have one).
* Insults at the team or the goods the lists lacked: "you pricks", "a piece of s***" (2.0),
  "who the hell tests your gear" (1.0).

Plain pattern strings in lower case without accents, compiled by `compile_rule`.
"""

from __future__ import annotations

# "retard" alone is French and Spanish for a delay ("les retards de livraison").
SLUR_AT_STAFF = (
    r"\br\*tard\w*|\bcurry[- ](?:smelling|accent\w*|munch\w*|eater\w*)\b"
    r"|\b(?:some|that|this|your|useless|stupid|dumb) (?:[\w-]+ ){0,2}foreigners?\b"
)
SENT_HOME = r"\bgo back to (?:your|his|her|their) (?:own )?country\b"
INSULT_MORE = (
    r"\byou (?:\w+ )?(?:pricks|wankers|tossers|twats|jerks|dicks|losers|cowards)\b"
    r"|\b(?:piece|pile|load) of (?:s\*+|sh\*t|shit|crap|junk|garbage|trash)(?![\w*])"
)
WHO_THE_HELL = r"\bwho the (?:hell|heck|f\*+\w*|fuck)\b"

ABUSE_TERMS: tuple[tuple[str, float], ...] = (
    (SLUR_AT_STAFF, 2.0),
    (SENT_HOME, 1.0),
    (INSULT_MORE, 2.0),
    (WHO_THE_HELL, 1.0),
)
