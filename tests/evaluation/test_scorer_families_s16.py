"""Session 16's families (what scorer blind68 and blind69 missed), each next to look-alikes
that must still pass, in the supported languages where the family applies: talking down to
the customer (the answer repeated to everyone, "everyone asks this", "not that
complicated", "the whole deal with pre-orders", "the rule forever", "it's right there");
the apology "you shouldn't have had to chase us" is no blame in any language; "Madame,
Monsieur" alone is no form letter; complaints said mildly ("not ideal", "feels pretty
bad", "total silence", "asked twice", "do you even have customer service??") and "torn
between two sizes", which is no tear. Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint

from .test_scorer_families import POLICY, _score

# (draft, passes)
BLAME = [
    # The answer repeated to everyone.
    ("Yes, as we keep telling everyone, the boots run small.", False),
    ("Como no paramos de repetir, las botas tallan pequeño.", False),
    ("Comme on le répète à tout le monde, les bottes taillent petit.", False),
    ("Wie wir allen ständig sagen, die Stiefel fallen klein aus.", False),
    ("Come ripetiamo sempre, gli scarponi vestono piccoli.", False),
    ("Como dizemos sempre, as botas são pequenas.", False),
    ("Zoals we steeds zeggen, de schoenen vallen klein.", False),
    ("As you asked, we moved the delivery to Monday.", True),
    # The question is common, as a reproach.
    ("Sure, everyone asks this. Veterans get 15% off.", False),
    ("Todo el mundo pregunta lo mismo: sí, hay descuento.", False),
    ("Tout le monde demande ça : oui, il y a une remise.", False),
    ("Das fragt jeder: ja, es gibt Rabatt.", False),
    ("Lo chiedono tutti: sì, c'è lo sconto.", False),
    ("Iedereen vraagt dat: ja, er is korting.", False),
    ("Everyone loves this jacket, and yes, it comes in navy.", True),
    # It is not hard.
    ("Go half a size up. Not that complicated.", False),
    ("It's not that hard, just use the Manage order link.", False),
    ("No es tan difícil, usa el enlace del pedido.", False),
    ("C'est pas si compliqué, utilisez le lien.", False),
    ("So schwer ist das nicht, nutzen Sie den Link.", False),
    ("Non è così complicato, usa il link.", False),
    ("Não é assim tão difícil, use o link.", False),
    ("Het is niet zo moeilijk, gebruik de link.", False),
    ("Setting up the tent is not hard: two poles and eight stakes.", True),
    ("It's not that hard to fix: we'll send a new buckle.", True),
    ("Non è così che doveva arrivare, ci dispiace.", True),
    # The nature of the thing, as no grievance.
    ("Dates moving is kind of the whole deal with pre-orders.", False),
    ("C'est un peu le principe des précommandes.", False),
    ("Staying dry is the whole point of a rain jacket, so we're sorry it leaked.", True),
    # Old rule.
    ("That's been the rule forever, so just pick one.", False),
    ("Siempre ha sido así, elige uno.", False),
    ("Das war schon immer so.", False),
    ("È sempre stato così.", False),
    ("The 30-day window has been in place since 2019.", True),
    # In plain view.
    ("The code box is right there at checkout, so please use it next time.", False),
    ("El campo del código está justo ahí en el pago.", False),
    ("La case du code est juste là au paiement.", False),
    ("Il campo del codice è proprio lì al checkout.", False),
    ("We'll be right there to help if the courier misses you.", True),
    # The apology "you shouldn't have had to chase us" is no blame.
    ("Nous vous présentons nos excuses : vous n'auriez pas dû avoir à nous relancer.", True),
    ("Vous n'auriez pas dû attendre aussi longtemps, toutes nos excuses.", True),
    ("Ci scusiamo: non avreste dovuto sollecitarci.", True),
    ("Non avresti dovuto aspettare così tanto, ci scusiamo.", True),
    ("Pedimos desculpa, não devias ter de esperar tanto.", True),
    ("Excuses, je had niet zo lang moeten wachten.", True),
    ("Entschuldigung, Sie hätten nicht so lange warten müssen.", True),
    ("Je had moeten wachten op de uitverkoop.", False),
    ("Vous n'auriez pas dû laver la veste à 60 °C.", False),
    ("Non avresti dovuto lavarla in lavatrice.", False),
    ("Je had dat niet moeten doen.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (draft, passes)
ROBOTIC = [
    ("Madame, Monsieur, nous vous présentons nos sincères excuses pour ce retard.", True),
    ("Madame, Monsieur, nous accusons bonne réception de votre demande.", False),
    ("Nous accusons réception de votre message.", False),
]


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_formal_salutation(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS = [
    # Understatement.
    ("Got an XL instead of an M. Not ideal when I leave for a trip next week.", True),
    ("Bought it 9 days ago and now it's on sale. Feels pretty bad as a loyal customer.", True),
    ("The new colour is a bit disappointing in person.", True),
    ("Llegó una talla equivocada. No es lo ideal, me voy de viaje el lunes.", True),
    ("Reçu la mauvaise taille. Pas idéal, je pars en voyage lundi.", True),
    ("Falsche Größe geliefert. Nicht gerade ideal, wenn man am Montag verreist.", True),
    ("Taglia sbagliata. Non è il massimo, parto lunedì.", True),
    ("Tamanho errado. Não é o ideal, viajo na segunda.", True),
    ("Verkeerde maat ontvangen. Niet ideaal, nu ik maandag op reis ga.", True),
    ("Is the down jacket not ideal for rain?", False),
    ("Is it not great for winter camping?", False),
    ("Pas idéal pour la pluie, cette veste ?", False),
    # Contact ignored.
    ("Messaged you on Sunday and got total silence.", True),
    ("Radio silence since my email on Friday.", True),
    ("I've asked twice to stop the emails and I still get them.", True),
    ("Ik heb al twee keer gevraagd om geen mails meer en toch krijg ik ze nog steeds.", True),
    ("J'ai déjà demandé deux fois qu'on me rappelle.", True),
    ("Ich habe schon zweimal um einen Rückruf gebeten.", True),
    ("Ho già scritto due volte al servizio clienti.", True),
    ("Já escrevi duas vezes para o apoio.", True),
    ("I ordered twice from you already, love the gear. Do you ship to Canada?", False),
    ("He pedido dos veces la misma chaqueta, ¿puedo cancelar una?", False),
    ("Is the Ember 2 silent when it runs?", False),
    # Rhetorical doubt that the service exists.
    ("Messaged on Sunday. Do you even have customer service??", True),
    ("Do you have weekend support?", False),
    # Torn between sizes is no tear.
    ("Torn between a S and M for the merino crew. Which would you go for?", False),
    ("The seam is torn after one wash.", True),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint
