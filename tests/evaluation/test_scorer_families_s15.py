"""Session 15's families (what scorer blind60 and blind61 missed), each next to look-alikes
that must still pass, in the supported languages where the family applies: a sarcastic
"when you actually use them", "no need to make a drama", doubting the customer can manage,
"you really should", "you're simply checking too early", "would have prevented this", the
usual cause put on the customer's care; "estimates, not guarantees" only to a complaint;
complaints told without the usual words ("ainda não vi o reembolso", two charges but one
order, a different size sent, an option missing at checkout, "tried to ... but", boots that
still pinch, "bummed"); a range of codes whose ends the facts do not give. Every row is
invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _score


def _fact(text: str) -> Fact:
    return Fact(id="recall#1", doc_id="recall", source="knowledge/recall.md", text=text)


# (draft, passes)
BLAME = [
    # Mock-obvious: the product used as designed named as the cause.
    ("Boots do tend to get scuffed when you actually wear them on trails.", False),
    ("The seams only hold if you actually read the care label.", False),
    ("Las chaquetas se ensucian cuando de verdad las usas.", False),
    ("Les sacs s'usent quand on s'en sert vraiment.", False),
    ("Schuhe nutzen sich ab, wenn man sie tatsächlich trägt.", False),
    ("Gli zaini si rovinano quando li si usa davvero.", False),
    ("Tassen slijten als je ze echt gebruikt.", False),
    ("Glad it held up when you really needed it on the ridge!", True),
    ("Jackets that get muddy can go in the wash on 30°C.", True),
    # Dismissing the customer's feeling.
    ("No need to make a fuss, the refund is on its way.", False),
    ("Let's not make a big deal of a two-day delay.", False),
    ("You're being a bit dramatic about a scuff.", False),
    ("Tampoco es para tanto, el pedido llega el lunes.", False),
    ("N'en faites pas toute une histoire, le colis arrive demain.", False),
    ("Machen Sie doch kein Drama daraus, das Paket kommt morgen.", False),
    ("Non c'è bisogno di fare un dramma, il pacco arriva domani.", False),
    ("Não é preciso fazer drama, a encomenda chega amanhã.", False),
    ("Maak er geen drama van, het pakket komt morgen.", False),
    ("The view from that ridge must have been dramatic!", True),
    ("We'll make sure the exchange happens without any fuss.", True),
    # Doubting the customer's competence.
    ("Sure, assuming you can follow a link.", False),
    ("Just fill in the form, if you can manage that.", False),
    ("Even you can do it in two minutes.", False),
    ("Suponiendo que sepas rellenar un formulario, es fácil.", False),
    ("Même vous pouvez le faire en deux minutes.", False),
    ("Ammesso che tu sappia compilare un modulo.", False),
    ("Até você consegue fazer isso.", False),
    ("Zelfs jij kunt dat formulier invullen.", False),
    ("If you can send a photo of the label, that speeds things up.", True),
    ("Assuming the parcel scans today, it arrives Friday.", True),
    # "You really should", as a lesson.
    ("You really should check the size chart first.", False),
    ("You honestly need to keep your receipts.", False),
    ("Realmente deberías revisar la guía de tallas.", False),
    ("Vous devriez vraiment lire l'étiquette.", False),
    ("Sie sollten wirklich die Pflegehinweise lesen.", False),
    ("Dovresti davvero leggere la tabella taglie.", False),
    ("Você devia mesmo ler a etiqueta.", False),
    ("Je moet echt de maattabel bekijken.", False),
    ("You really should try the merino crew, it's lovely.", True),
    ("You should receive the label within the hour.", True),
    # The customer's own action as the simple cause.
    ("You're just checking a bit too early: it updates overnight.", False),
    ("You are simply too impatient, it's only been a day.", False),
    ("U kijkt gewoon te vroeg, de status wordt morgen bijgewerkt.", False),
    ("Sie schauen einfach zu früh nach, das dauert einen Tag.", False),
    ("Vous vérifiez simplement trop tôt, le suivi se met à jour demain.", False),
    ("Stai semplicemente controllando troppo presto.", False),
    ("It's a bit too early for tracking to show movement, so give it a day.", True),
    ("You can just check back tomorrow.", True),
    # "Would have prevented this", in the other languages.
    ("Ein Blick in die Tabelle hätte das verhindert.", False),
    ("Revisar la guía de tallas habría evitado esto.", False),
    ("Un coup d'œil au guide aurait évité ce problème.", False),
    ("Controllare la tabella avrebbe evitato il problema.", False),
    ("Verificar a tabela teria evitado isso.", False),
    ("Een blik op de tabel had dit kunnen voorkomen.", False),
    ("Wir hätten Ihnen die richtige Größe schicken sollen, das tut uns leid.", True),
    # The usual cause put on the customer's care.
    ("Delamination is usually down to washing it with softener.", False),
    ("That's often due to how it was stored between trips.", False),
    ("Esto suele deberse a un mal lavado.", False),
    ("C'est généralement dû à un mauvais séchage.", False),
    ("Das liegt meistens an falscher Pflege.", False),
    ("Di solito è dovuto a un lavaggio sbagliato.", False),
    ("Normalmente deve-se a uma lavagem incorreta.", False),
    ("Dat is meestal het gevolg van verkeerd wassen.", False),
    ("Leaks there are usually down to a faulty seam tape, so we'll replace it.", True),
    ("Wash it on 30°C with a technical wash to keep it waterproof.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (post, draft, passes): "estimates, not guarantees" is a fact to a planner, a brush-off to
# a customer whose parcel is late.
ESTIMATES = [
    (
        "It's a week late and nobody has told me anything. Unacceptable.",
        "Delivery times are estimates, not guarantees. DM us your order number.",
        False,
    ),
    (
        "My parcel is late again, this is ridiculous.",
        "Carrier estimates aren't guarantees. We'll check it for you.",
        False,
    ),
    (
        "Will Expedited get to me by Friday? It's for a trip.",
        "It should, though delivery times are estimates, not guarantees.",
        True,
    ),
    (
        "How long does Standard shipping take to Oregon?",
        "3-5 business days; delivery times are estimates, not guarantees.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), ESTIMATES, ids=[r[1] for r in ESTIMATES])
def test_estimates_only_to_a_complaint(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS = [
    # "Still not" in Portuguese, Italian and Dutch.
    ("A devolução chegou há uma semana e ainda não recebi o reembolso.", True),
    ("Il reso è arrivato ma non ho ancora ricevuto il rimborso.", True),
    ("Mijn retour is binnen maar ik heb nog steeds geen terugbetaling.", True),
    ("Ainda não encomendei: quanto custa o envio?", False),
    ("Ik heb nog niet besteld, hoe lang duurt de levering?", False),
    # Two charges but one order.
    ("There are two charges on my card but I only made one order.", True),
    ("Veo dos cargos pero solo hice un pedido.", True),
    ("Ich sehe zwei Abbuchungen, aber nur eine Bestellung.", True),
    ("Vejo duas cobranças mas só fiz uma encomenda.", True),
    ("Can I pay in two payments for one order?", False),
    # A different size sent.
    ("I ordered a size 9 and you sent me a 10.", True),
    ("J'ai commandé une taille S et j'ai reçu une L.", True),
    ("Ho ordinato la taglia M e mi è arrivata una L.", True),
    ("Ik heb maat 42 besteld en ik kreeg 44.", True),
    ("I ordered a size M last week. When will it ship?", False),
    # An option missing at checkout.
    ("The PayPal option doesn't show up at checkout.", True),
    ("Al pagar no me aparece la opción de Klarna.", True),
    ("Le bouton PayPal n'apparaît pas au paiement.", True),
    ("Does the Klarna option show up for Canadian orders?", False),
    # An attempt that failed.
    ("I tried to apply my gift card but it says invalid.", True),
    ("J'ai essayé de payer par carte mais ça bloque.", True),
    ("Tentei pagar com cartão mas deu erro.", True),
    ("Can I try the boots on at home before deciding?", False),
    # Still hurting after the wear-in.
    ("Wore them for three weeks and they still pinch my toes.", True),
    ("Die Schuhe drücken immer noch nach zwei Wochen.", True),
    ("Do the boots pinch at first?", False),
    # Feeling let down, in a word.
    ("The colour faded after one wash. Pretty bummed.", True),
    ("Gutted, the zip went on day two.", True),
    ("Excited for my first trip with the tent!", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


_RECALL = [_fact("Recalled: lanterns with batch codes 31B through 31F. Line open 8am-8pm ET.")]
# (draft, passes): each end of a code range must be a code the facts give.
CODE_RANGES = [
    ("If the batch code is 31B-31K, stop using it.", False),
    ("Codes 30B to 31F are affected.", False),
    ("Los lotes del 31B al 31H están afectados.", False),
    ("If the batch code is 31B-31F, stop using it.", True),
    ("Codes 31B through 31F are affected; call 8AM-8PM ET.", True),
    ("Les lots 31B à 31F sont concernés.", True),
]


@pytest.mark.parametrize(("draft", "passes"), CODE_RANGES, ids=[r[0] for r in CODE_RANGES])
def test_code_ranges(draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, _RECALL)
    assert passed is passes, reason
