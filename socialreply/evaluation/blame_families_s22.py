"""Session 21's blame and rudeness families for `blame_check.no_blame`, from what scorer
blind104-107 missed. Each is a mechanism in the supported languages, not the batch's
sentence:

- "you should have planned for it" in the modal past with a long object in between: "bei
  internationalen Bestellungen hätten Sie solche Verzögerungen beim Zoll allerdings
  einplanen sollen" (the earlier pattern allowed four words), and the same planning verbs
  in Italian ("avrebbe dovuto mettere in conto"), Portuguese ("deveria ter previsto") and
  Dutch ("had u ... moeten inplannen"); French "vous auriez dû" and Spanish "debería
  haber" were already caught whatever the verb;
- the customer's part told of "people": "usually it turns out people just didn't check
  properly";
- care asked for of the customer as a lesson, even after an apology: "so it's worth being
  more careful with them";
- a deflection softened with an adverb: "it's not exactly our problem", and the shrug
  "tough luck".

`TO_A_COMPLAINT` holds advice that is blame only after something went wrong: "for a trip
this important it's best to order well ahead rather than count on Expedited" to a
customer whose Expedited order missed its dispatch date. To a customer still deciding the
same advice helps, so it counts only when the post is a complaint.
"""

from __future__ import annotations

# The verbs of planning for a risk, as the customer's omission.
_PLAN_DE = (
    r"(?:einplanen|einkalkulieren|berücksichtigen|bedenken|erwarten|vorhersehen|mitbedenken|"
    r"rechnen|einrechnen)"
)
_PLAN_IT = (
    r"(?:mettere in conto|prevedere|considerare|calcolare|pianificare|tenere conto|"
    r"aspettarsel[oa]|aspettarsi|immaginare|programmare)"
)
_PLAN_PT = r"(?:previsto|contado|considerado|planeado|planejado|calculado|esperado|antecipado)"
_PLAN_NL = r"(?:inplannen|incalculeren|verwachten|voorzien|inrekenen|rekening (?:mee )?houden)"

SESSION22_BLAME = [
    # "You should have planned for it", with up to eight words before the verb.
    r"\b(?:hätten sie|hättest du) (?:(?!nicht\b)\w+ ){0,8}" + _PLAN_DE + r" (?:sollen|müssen)\b|"
    r"\b(?:avrebbe|avresti|avreste) (?:\w+ )?dovuto (?:\w+ ){0,2}" + _PLAN_IT + r"\b|"
    r"\b(?:devia|deveria|devias|deverias|podia|poderia|tinha (?:de|que)|tinhas (?:de|que)) "
    r"ter (?:\w+ )?" + _PLAN_PT + r"\b|"
    r"\b(?:had|hadden) (?:je|u|jij|jullie) (?:(?!niet\b)\w+ ){0,8}(?:moeten|kunnen) "
    + _PLAN_NL
    + r"\b|"
    r"\b(?:had|hadden) (?:je|u|jij|jullie) (?:(?!niet\b)\w+ ){0,8}rekening (?:moeten|kunnen) "
    r"houden\b|"
    r"\b(?:je|u|jij|jullie) (?:had|hadden) (?:(?!niet\b)\w+ ){0,8}(?:(?:moeten|kunnen) "
    + _PLAN_NL
    + r"|"
    r"rekening (?:moeten|kunnen) houden)\b",
    # Care asked for as a lesson, of the customer: "so it's worth being more careful with
    # them" (scorer blind102, after an apology), "please pack returns more carefully". Not
    # the team's own promise: "next time we'll pack it more carefully, sorry!".
    r"\b(?:please|worth|maybe|try to|you(?:'ll| will| should| need to| must| might want to)?) "
    r"(?:\w+ ){0,3}?(?:be|being) (?:a bit |a little |much |extra |way )?more careful\b|"
    r"\b(?:please|try to|you(?:'ll| will| should| need to| must| might want to)?) "
    r"(?:\w+ ){0,6}?more carefully\b",
    # The customer's part told of "people": "usually it turns out people just didn't check
    # properly" (scorer blind98).
    r"\b(?:people|customers|folks|shoppers|you) (?:just |simply |often |usually )?(?:didn'?t|"
    r"don'?t|haven'?t|hadn'?t|did not|do not|have not|never) (?:\w+ )?(?:check|look|read|"
    r"search)\w*(?: \w+)? (?:properly|carefully|closely|thoroughly)\b",
    # A deflection with an adverb, and the shrug. (Not "mala suerte" or "so ein Pech": "¡qué
    # mala suerte!" sympathises, scorer blind16's good reply.)
    r"\bnot (?:exactly|really|strictly|technically|quite) (?:our|my) (?:problem|fault|"
    r"responsibility|concern)\b|\btough luck\b|\b(?:pech gehabt|tant pis pour (?:vous|toi)|"
    r"peggio per (?:lei|te)|azar o (?:seu|teu))\b",
]

# Advice to have ordered earlier instead of counting on the fast service that failed.
SESSION22_TO_A_COMPLAINT = [
    r"\b(?:it'?s|it is) (?:always )?(?:best|better|safest|wiser|smart|a good idea) to (?:order|"
    r"buy|shop|book|plan) (?:\w+ ){0,2}(?:ahead|early|earlier|in advance|with time to spare)\b|"
    r"\brather than (?:count|rely|bank|depend)(?:ing)? on (?:expedited|express|overnight|"
    r"next[- ]day|fast|faster|quick|the carrier|shipping|delivery)\b|"
    r"\b(?:mejor|conviene) (?:hacer el pedido|pedir|comprar) con (?:\w+ )?antelación\b|"
    r"\ben lugar de (?:confiar|contar) en (?:el )?(?:envío )?(?:exprés|express|urgente|"
    r"expedited)\b|\bmieux vaut commander (?:bien )?(?:à l'avance|en avance|plus tôt)\b|"
    r"\bplutôt que de (?:compter|miser) sur (?:la |l')?(?:livraison )?(?:express|expedited|"
    r"rapide)\b|\bbesser (?:\w+ )?(?:frühzeitig|rechtzeitig|früher) bestellen\b|\bstatt "
    r"sich auf (?:den |die |das )?(?:express\w*|expedited|schnellversand) zu verlassen\b|"
    r"\bmeglio ordinare (?:\w+ )?(?:in anticipo|prima)\b|\binvece di contare sulla? "
    r"(?:spedizione )?(?:espressa|express|expedited|rapida)\b|\bmelhor encomendar com "
    r"(?:\w+ )?antecedência\b|\bem vez de contar com (?:o )?(?:envio )?(?:expresso|express|"
    r"expedited)\b|\bbeter (?:ruim )?(?:op tijd|vooruit|eerder) (?:te )?bestellen\b|\bin "
    r"plaats van te rekenen op (?:de )?(?:express|expedited|snelle)\b",
]
