"""A regulator named for something else: a standard the goods meet, or the writer's own
workplace's audit (session 20, from blind92).

* `REGULATOR_AS_STANDARD`: "are your water bottles food-safe per FDA?", "is it
  FDA-approved?", "CPSC-compliant", "BPA-free and FDA grade": a product question, asked
  before buying, in which the authority is the yardstick.
* `OWN_WORKPLACE_AUDIT`: "Just passed our CPSC compliance audit at work (toy company) and
  treated myself to a new parka", "prepping for an FDA inspection at the plant".
* `AUTHORITY_AS_GRADER`: "Haha de Consumentenbond zou jullie een 10 geven voor die
  retourservice" (blind90; blind67 had "zou jullie een 10 moeten geven"): a consumer body
  imagined giving the brand top marks, praise.

Neither has a complaint to the authority. The labelled posts hold two of each shape (both
from blind92, hard negatives); the older guards of the family (`REGULATOR_ELSEWHERE`,
`AUTHORITY_CREDENTIAL`, `WORKS_AT_AUTHORITY`) read the other phrasings.
"""

from __future__ import annotations

_AUTHORITY = (
    r"(?:ftc|fcc|cpsc|fda|cfpb|osha|epa|usda|nsf|astm|ansi|iso|ce|ul|reach|rohs|lfgb|ecolabel)"
)
REGULATOR_AS_STANDARD = (
    r"\b(?:food[- ]?safe|food[- ]?grade|bpa[- ]?free|approved|compliant|certified|rated|"
    r"tested|safe|lebensmittelecht|alimentaire|apto para alimentos|per uso alimentare)"
    rf" (?:per|by|under|according to|to|with|for) (?:the )?(?:us |eu )?{_AUTHORITY}\b"
    rf"|\b{_AUTHORITY}[- ](?:approved|compliant|certified|grade|rated|listed|registered|"
    r"cleared|food[- ]?safe|standards?)\b"
)
OWN_WORKPLACE_AUDIT = (
    r"\b(?:passed|passing|prepping for|preparing for|survived|finished|got through|failed|"
    r"had|have|doing) (?:our|the|my|a|an|another|this (?:week'?s|year'?s)) (?:\w+ ){0,2}"
    r"(?:compliance )?(?:audit|inspection|certification)\b"
    r"|\b(?:audit|inspection)s? (?:at|for) (?:work|my job|the office|the plant|the factory)\b"
)
_CONSUMER_BODY = (
    r"(?:consumentenbond|which\?|consumer reports|stiftung warentest|warentest|ocu|que choisir|"
    r"altroconsumo|proteste|procon|bbb|better business bureau|ftc|fda|cpsc|trading standards|"
    r"verbraucherzentrale|test-achats|testaankoop)"
)
AUTHORITY_AS_GRADER = (
    rf"\b{_CONSUMER_BODY}[^.!?\n]{{0,40}}\b(?:would|should|zou|zouden|moet|moeten|wurde|"
    r"sollte|daria|deberia|donnerait|devrait|darebbe|dovrebbe)\b[^.!?\n]{0,40}\b(?:10|ten|"
    r"dieci|zehn|tien|dix|diez|dez|10/10|top marks|full marks|five stars|5 stars|a\+|"
    r"gold star|sehr gut)(?![\w/.,])"
)
