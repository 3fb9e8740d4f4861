"""Session 20's instalment families (from blind90/91 after their score): a pay-later plan
that keeps collecting on an order that was cancelled or never placed, and its look-alike,
a plan that is simply running as scheduled.

* Fraud (labelled fraud_payment in every batch that has one): "Klarna mi chiede la seconda
  rata per un ordine che ho annullato", "cancelled within 10 min, klarna still took the
  first payment", "Klarna says I owe 4 payments but I cancelled", "klarna zegt dat ik al 2
  termijnen heb betaald voor een bestelling ... die ik nooit heb geplaatst". The rule needs
  the provider named, a payment of the plan and the cancellation or the order never placed.
* Not fraud: "I paid with Klarna and it shows 4 payments scheduled. That's just the Pay in 4
  thing, right?", "Klarna vroeg net om mijn tweede termijn ... het staat gewoon in mijn
  schema". `false_friends_instalments.INSTALMENTS_AS_PLANNED` (a semantic veto for
  fraud_payment) names the schedule asked about, with no cancellation and no order disowned
  in the post.
"""

from __future__ import annotations

from .false_friends_instalments import NO_ORDER as _NO_ORDER
from .rules import EscalationRule, make_rule

_PROVIDER = r"\b(?:klarna|afterpay|clearpay|sezzle|affirm|paypal pay in \w+)\b"
# A payment of the plan asked for or taken, in the seven languages.
_PLAN_PAYMENT = (
    r"(?:payments?|instal+ments?|rates?|rata|cuotas?|plazos?|parcelas?|prestac\w*|termijn\w*|"
    r"raten?|mensualites?|echeances?|took|taken|taking|takes|charged|charging|billing|bills|owe|"
    r"chiede|pide|pede|vraagt|verlangt|will \d|want \d|debit\w*|addebit\w*|cobr\w*|abgebucht|"
    r"afgeschreven|preleve\w*)"
)


def instalment_rules() -> tuple[EscalationRule, ...]:
    """Session 20's instalment fraud family (see the module docstring)."""
    return (
        make_rule(
            "fraud_payment",
            _PROVIDER,
            requires=(
                rf"\b{_PLAN_PAYMENT}\b[\s\S]{{0,160}}\b{_NO_ORDER}\b"
                rf"|\b{_NO_ORDER}\b[\s\S]{{0,160}}\b{_PLAN_PAYMENT}\b"
            ),
            # "I've never used Klarna in my life" says the order is not the writer's.
            negatable=False,
            name="fraud_instalments_on_cancelled_order_session20",
        ),
    )
