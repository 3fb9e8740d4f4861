"""Session 15's families (what scorer blind60 and blind61 missed), each next to look-alikes
that must still pass, in the supported languages where the family applies: a sarcastic
"when you actually use them", "no need to make a drama", doubting the customer can manage,
"you really should", "you're simply checking too early", "would have prevented this", the
usual cause put on the customer's care; "estimates, not guarantees" only to a complaint;
complaints told without the usual words ("ainda não vi o reembolso", two charges but one
order, a different size sent, an option missing at checkout, "tried to ... but", boots that
still pinch, "bummed"); a range of codes whose ends the facts do not give. Round 2 (from
blind62/63): the usual cause put on the customer's typing, "you could have waited",
pointing at the site, "asked constantly, but fine", a policy's "only if unworn", a refund in
a clause of timing, a gift card's number, a club code, an amount converted at the facts'
rate, a refusal inside a condition, a bad fit next to a sad emoji. Round 3 (from
blind64/65): counterfactual care, "this one's on you", rules are rules, "ever heard of
reading", mocking a gift's giver, "whenever you feel like it"; advice that is no blame
(an added place to look, care advice after an apology, a friendly close, a tip before
paying); "keep them" about the post's own points, Dutch "en excuses voor". Every row is
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


# Round 2 (from scorer blind62 and blind63, spent). Every row is invented for the test.
_LATE = "My parcel never came and I'm really annoyed, this was a gift."
# (draft, passes), all to a complaint.
ROUND2_BLAME = [
    # The usual cause put on the customer's typing.
    ("In most cases this is because the postcode was entered wrong at checkout.", False),
    ("Usually it's because you typed the wrong email when ordering.", False),
    ("La mayoría de las veces pasa porque la dirección se escribió mal.", False),
    ("La plupart du temps c'est parce que l'adresse a été mal saisie.", False),
    ("Meistens liegt es daran, dass die Adresse falsch eingegeben wurde.", False),
    ("Di solito succede perché l'indirizzo è stato inserito male.", False),
    ("Na maioria das vezes acontece porque o endereço foi digitado errado.", False),
    ("Meestal komt het doordat het adres verkeerd ingevuld is.", False),
    ("Usually this happens because the carrier scans the parcel late.", True),
    ("Most of the time it's because the depot is running behind.", True),
    # What the customer could have done.
    ("Sorry, but you could have waited for the sale.", False),
    ("You could have just asked us before ordering.", False),
    ("You could have it sent to a pickup point instead.", True),
    # Pointing at what they should have read, to a complaint.
    ("Our hours are on the site, so check there next round.", False),
    ("The cut-off times are in our FAQ; worth checking before you order.", False),
    ("Vale la pena consultarlo antes de llamar.", False),
    ("Ça vaut la peine de vérifier les horaires avant de venir.", False),
    ("Sorry about that! The carrier's site has live tracking too.", True),
    # Grudging: asked all the time, "but fine".
    ("We get asked this all the time, but fine: it's 30 days.", False),
    ("We hear this constantly, but anyway, here's how.", False),
    ("Great question, we get asked this a lot and happy to help!", True),
    # A policy's condition of newness is not a guess at the cause.
    ("Sorry! They can be exchanged only if unworn, so worn ones can't be.", True),
    ("Sorry! Returns are accepted only when still in original packaging.", True),
    ("Sorry, zips only break when they're forced.", False),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND2_BLAME, ids=[r[0] for r in ROUND2_BLAME])
def test_round2_blame(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=_LATE)
    assert passed is passes, reason


_KLARNA = [_fact("Klarna updates your payment plan within 3 business days.")]
# (draft, passes): a mention in a clause of timing, or a card's number, is no promise.
ROUND2_PROMISES = [
    ("After we issue a refund, Klarna can take up to 3 business days to update.", True),
    ("When we process a refund, the plan updates within 3 business days.", True),
    ("Once we approve the refund, Klarna updates within 3 business days.", True),
    ("Please DM us the gift card number from the receipt.", True),
    ("Envíanos por DM el número de la tarjeta regalo.", True),
    ("Envoyez-nous le numéro de la carte cadeau en privé.", True),
    ("We'll refund you today.", False),
    ("After that we'll refund you in full.", False),
    ("We'll send you a gift card for the trouble.", False),
    ("We're happy to set up a club discount code for your members.", False),
    ("Podemos crear un código de descuento para el club.", False),
    ("Wir richten gern einen Vereinsrabattcode ein.", False),
    ("We don't offer group or club discounts, sorry.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND2_PROMISES, ids=[r[0] for r in ROUND2_PROMISES])
def test_round2_promises(draft: str, passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, _KLARNA)
    assert passed is passes, reason


_POINTS = [_fact("Birthday bonus: 300 points."), _fact("100 points = a $5 reward.")]
# (draft, passes): an amount converted at the facts' rate, stated in the draft.
CONVERSIONS = [
    ("You get 300 points; every 100 points is a $5 reward, so that's $15.", True),
    ("Tienes 300 points: cada 100 points son $5, o sea $15.", True),
    ("You get 300 points; every 100 points is a $5 reward, so that's $20.", False),
    ("You get 300 points; every 100 points is a $15 reward.", False),
    ("You get 250 points; every 100 points is a $5 reward, so that's $12.50.", False),
]


@pytest.mark.parametrize(("draft", "passes"), CONVERSIONS, ids=[r[0] for r in CONVERSIONS])
def test_converted_amounts(draft: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, _POINTS)
    assert passed is passes, reason


_SLIP_POST = "I ordered the wrong colour by mistake, can I still change it?"
# (draft, passes): turning down the customer's own slip needs sympathy; a refusal in a
# condition ("if the hour has passed ...") turns nothing down.
OWN_SLIP = [
    (
        "No problem! You can change it within 60 minutes. If that has passed, it can't be changed.",
        True,
    ),
    ("Sure! Si ya pasó la hora, no se puede cambiar, pero puedes devolverlo.", True),
    ("Orders can't be changed after 60 minutes.", False),
    ("It's too late to change it now.", False),
    ("So sorry, orders can't be changed after 60 minutes.", True),
]


@pytest.mark.parametrize(("draft", "passes"), OWN_SLIP, ids=[r[0] for r in OWN_SLIP])
def test_own_slip_condition(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=_SLIP_POST)
    assert passed is passes, reason


# (post, complaint): a bad fit next to a sad emoji, with "too" or "very", in every language.
SAD_FIT = [
    ("Les chaussures sont trop petites 😕 je peux échanger ?", True),
    ("Die Stiefel sind leider zu klein 😞 kann ich tauschen?", True),
    ("Gli scarponi sono troppo stretti 😕 posso cambiarli?", True),
    ("De schoenen zijn te klein 😕 kan ik ruilen?", True),
    ("Les chaussures sont trop petites ? Je prends quelle taille ?", False),
    ("Are the boots true to size? 😕", False),
]


@pytest.mark.parametrize(("post", "complaint"), SAD_FIT, ids=[r[0] for r in SAD_FIT])
def test_sad_fit(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# Round 3 (from scorer blind64 and blind65, spent). Every row is invented for the test.
_QUESTION = "Hi, quick question about my jacket and my order."
# (post, draft, passes)
ROUND3_BLAME = [
    # Counterfactual care, in every language.
    (_QUESTION, "Désolés, mais il aurait fallu faire plus attention au zip.", False),
    (_QUESTION, "Il fallait être plus prudent avec la veste.", False),
    (_QUESTION, "Lo sentimos, pero habría que haberla lavado en frío.", False),
    (_QUESTION, "Avrebbe dovuto fare più attenzione con la cerniera.", False),
    (_QUESTION, "Devia ter tido mais cuidado com o fecho.", False),
    (_QUESTION, "Sie hätten damit vorsichtiger sein müssen.", False),
    (_QUESTION, "U had wat voorzichtiger moeten zijn met de rits.", False),
    (_QUESTION, "Sorry, but you ought to have checked the seams.", False),
    (_QUESTION, "Il aurait fallu vous prévenir plus tôt, désolés.", True),
    (_QUESTION, "Habría que revisar el envío con la transportista.", True),
    # A verdict on the customer.
    (_QUESTION, "Sadly this one's on you, so the repair is paid.", False),
    (_QUESTION, "That's exactly what the care instructions tell you not to do.", False),
    (_QUESTION, "This one is on us: we'll send a new one today.", True),
    # Rules are rules.
    (_QUESTION, "Le regole sono queste. Il reso costa 15%.", False),
    (_QUESTION, "Las reglas son las reglas, lo siento.", False),
    (_QUESTION, "Regeln sind nun mal Regeln.", False),
    (_QUESTION, "Regels zijn regels, helaas.", False),
    (_QUESTION, "The rules of the offer: one code per order.", True),
    # Sarcastic rhetorical question.
    (_QUESTION, "Ever heard of checking the FAQ? It's 30 days.", False),
    (_QUESTION, "Já ouviu falar em ler a página de envios?", False),
    (_QUESTION, "Have you heard of our rewards club? It's free to join!", True),
    # Mocking a gift's giver.
    (_QUESTION, "Well, not everyone has good taste. You can return it.", False),
    (_QUESTION, "Non tutti hanno buon gusto, ma può restituirlo.", False),
    (_QUESTION, "Everyone has their own taste, so a return is no problem!", True),
    # On a whim.
    (_QUESTION, "Orders can't be changed whenever you feel like it.", False),
    (_QUESTION, "No se cambian los pedidos cuando te dé la gana.", False),
    (_QUESTION, "On ne modifie pas une commande quand ça vous chante.", False),
    (_QUESTION, "Drop by the store whenever you like!", True),
    # Advice, not blame: an added place to look, care advice after an apology, a friendly
    # close, a tip before paying.
    (
        "Ordered Monday, no shipping email yet?",
        "Sorry for the wait! The email comes within a day of dispatch, so it's worth checking "
        "your spam or junk folder too. DM us your order number and we'll check.",
        True,
    ),
    (
        "We emailed every customer about the recall, didn't get anything?",
        "The recall was emailed to every buyer, so it's worth checking your inbox.",
        False,
    ),
    (
        "My jacket's insulation went flat, I'm disappointed.",
        "We're sorry it's gone flat. Going forward, hang it loosely in a dry closet.",
        True,
    ),
    (
        "My jacket's insulation went flat, I'm disappointed.",
        "Going forward, hang it loosely in a dry closet.",
        False,
    ),
    (
        "Why is shipping so pricey?",
        "Sorry it feels that way! Orders over $75 ship free. Hope that helps with your next order!",
        True,
    ),
    (
        "Posso pagar em libras? Tenho medo das taxas.",
        "Cobramos tudo em USD; vale a pena confirmar as taxas com o seu banco antes de comprar.",
        True,
    ),
    (
        "Comprei e o banco cobrou uma taxa enorme!",
        "Deveria ter confirmado com o seu banco antes de comprar.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), ROUND3_BLAME, ids=[r[1][:60] for r in ROUND3_BLAME]
)
def test_round3_blame(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason


_REWARDS = [_fact("Points expire after 12 months without account activity.")]
# (post, draft, passes): answering about the customer's own balance is no promise; an
# apology in Dutch is no gift.
ROUND3_PROMISES = [
    ("My points expire soon, can I save them?", "Yes, you can keep them: order once.", True),
    ("Mis puntos caducan, ¿puedo guardarlos?", "Yes, you can keep them with one order.", True),
    ("The boots fell apart.", "We'll ship a new pair and you can keep them.", False),
    ("The tent leaks.", "We'll send a new tent and you can keep the old one.", False),
    ("Valt mijn brander onder de recall?", "Bedankt, en excuses voor de zorgen.", True),
    ("Mon colis est en retard.", "Un bon de 10 $ en excuses, offert.", False),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), ROUND3_PROMISES, ids=[r[1] for r in ROUND3_PROMISES]
)
def test_round3_promises(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, _REWARDS, post=post)
    assert passed is passes, reason


# (post, complaint): let down against a hope, and a price felt as unfair (round 3).
ROUND3_COMPLAINTS = [
    ("Tried the lantern and it's not as bright as I'd hoped. Can I return it?", True),
    ("La chaqueta no es tan cálida como esperaba, ¿puedo devolverla?", True),
    ("Die Jacke ist nicht so warm wie erhofft. Kann ich sie zurückgeben?", True),
    ("Il sacco non è così caldo come speravo, posso renderlo?", True),
    ("O saco não é tão quente como esperava. Posso devolver?", True),
    ("De jas is niet zo warm als ik gehoopt had. Kan ik hem terugsturen?", True),
    ("Why is shipping to Hawaii so expensive?? We always get left out.", True),
    ("Is the lantern as bright as the old model?", False),
    ("Why is the Summit pack more expensive than the Ridge?", False),
]


@pytest.mark.parametrize(
    ("post", "complaint"), ROUND3_COMPLAINTS, ids=[r[0] for r in ROUND3_COMPLAINTS]
)
def test_round3_complaints(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# Round 4 (from blind66/67). Every row invented for the test.
# (post, draft, passes): obviousness, "chill", an echoed "seriously", next-time care, a guess
# at what the customer did, "you shouldn't have paid"; and the look-alikes that apologise.
ROUND4_BLAME = [
    ("¿Se puede pagar con PayPal?", "Claro, obviamente aceptamos PayPal.", False),
    ("Posso pagare con PayPal?", "Sì, ovviamente accettiamo PayPal.", False),
    ("Kann ich mit PayPal zahlen?", "Ja, das ist doch klar: PayPal geht.", False),
    ("Where is my parcel?", "It shipped this morning, chill.", False),
    ("Where is my parcel?", "We're sorry! It shipped this morning; enjoy the chill nights.", True),
    ("No Overnight to Alaska? Seriously?", "Yes, seriously. It goes by Standard.", False),
    ("Sí, ¿en serio?", "Sí, en serio. Solo enviamos por tierra.", False),
    ("My strap tore.", "Next time a little more care is needed with the buckle.", False),
    ("La cinghia si è rotta.", "La prossima volta ci vuole più attenzione.", False),
    ("La correa se rompió.", "La próxima vez, un poco más de cuidado.", False),
    ("My strap tore.", "Sorry! Next time you order, shipping is free over $75.", True),
    ("The zip broke.", "You've probably been yanking it when it snags.", False),
    ("The zip broke.", "You're probably wondering about the warranty: it's 2 years.", True),
    ("DHL charged me again.", "You shouldn't have paid it without asking us first.", False),
    ("DHL charged me again.", "We're sorry, you shouldn't have had to pay anything.", True),
    ("DHL charged me again.", "Sorry, you shouldn't have been charged at all.", True),
    ("DHL mi ha addebitato.", "Non avresti dovuto pagarlo senza chiederci prima.", False),
    ("DHL charged me again.", "Sorry, you shouldn't have needed to chase us.", True),
    ("A DHL cobrou-me.", "Pedimos desculpa, não devia ter acontecido.", True),
]


@pytest.mark.parametrize(
    ("post", "draft", "passes"), ROUND4_BLAME, ids=[r[1][:60] for r in ROUND4_BLAME]
)
def test_round4_blame(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason


_THRESHOLD = [_fact("Canada | $14.95 | orders of $150 or more | 5–8 business days")]
_CARD = [_fact("If it is lost, we freeze the card and issue a replacement for the balance.")]
_HAZMAT = [
    _fact(
        "Fuel canisters are hazardous materials: they ship by ground only within the "
        "contiguous 48 states, and can't be sent to Alaska or Hawaii."
    ),
    _fact("Orders to Alaska and Hawaii ship by Standard only."),
]
# (post, draft, facts, passes): free from a threshold the facts give, whichever side of the
# word; a gift card the post is about; goods taken out of a parcel; a treat from the store.
ROUND4_PROMISES = [
    ("Shipping to Canada?", "It's $14.95, and from $150 it's free.", _THRESHOLD, True),
    ("Versand nach Kanada?", "Er kostet $14.95, ab $150 ist er gratis.", _THRESHOLD, True),
    ("Envoi au Canada ?", "C'est 14,95 $, à partir de $150 c'est gratuit.", _THRESHOLD, True),
    ("Versand nach Kanada?", "Er kostet $14.95, ab $100 ist er gratis.", _THRESHOLD, False),
    ("Shipping to Canada?", "Shipping is free from $90.", _THRESHOLD, False),
    (
        "I lost my gift card!",
        "Sorry — a lost gift card is no fun. We'll freeze the card.",
        _CARD,
        True,
    ),
    (
        "Perdí mi gift card.",
        "Lo siento, we'll freeze the card. Losing a gift card hurts.",
        _CARD,
        True,
    ),
    ("I lost my gift card!", "We'll freeze it and send you a $20 gift card too.", _CARD, False),
    ("My order was late.", "Sorry! Losing time stinks, so here's a gift card.", _CARD, False),
    (
        "Can I ship fuel canisters to Hawaii?",
        "They can't go to Hawaii; the rest of your cart can ship to Hawaii once the canisters "
        "are removed.",
        _HAZMAT,
        True,
    ),
    (
        "Can I ship fuel canisters to Hawaii?",
        "They can't go to Hawaii; everything else ships to Hawaii without the canisters.",
        _HAZMAT,
        True,
    ),
    (
        "Can I ship fuel canisters to Hawaii?",
        "Sure, the canisters can ship to Hawaii.",
        _HAZMAT,
        False,
    ),
    ("I lost my gift card!", "We'll freeze it, plus a little extra from us.", _CARD, False),
    ("I lost my gift card!", "We'll freeze it and add something as a treat.", _CARD, False),
    ("I lost my gift card!", "We'll freeze it; treat yourself to something nice!", _CARD, True),
]


@pytest.mark.parametrize(
    ("post", "draft", "facts", "passes"), ROUND4_PROMISES, ids=[r[1][:60] for r in ROUND4_PROMISES]
)
def test_round4_promises(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


# (draft, passes) to a complaint: warm openers without "sorry" count as empathy.
ROUND4_EMPATHY = [
    ("Totally get the frustration! Here's what we can do.", True),
    ("I get the annoyance, here's the fix.", True),
    ("Fair enough! Here's what we can do.", True),
    ("Kann ich gut verstehen! So geht's weiter.", True),
    ("C'est compréhensible ! Voici la marche à suivre.", True),
    ("Begrijpelijk! Zo lossen we het op.", True),
    ("Comprensibile! Ecco cosa facciamo.", True),
    ("Here's what we can do: DM us your order number.", False),
    ("Get the order number and DM us.", False),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND4_EMPATHY, ids=[r[0] for r in ROUND4_EMPATHY])
def test_round4_empathy(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post="My parcel is late again, so annoying.")
    assert passed is passes, reason


# (draft, passes): form-letter acknowledgements; stating when complaints are acknowledged
# is a fact.
ROUND4_ROBOTIC = [
    ("We acknowledge your concern. Refunds take 3 business days.", False),
    ("Per our policy, refunds take 3 business days.", False),
    ("Prendiamo atto della sua segnalazione. Il rimborso richiede 3 giorni.", False),
    ("Nous prenons bonne note de votre réclamation.", False),
    ("We acknowledge complaints within 1 business day.", True),
    ("Our policy gives you 30 days, so you're fine!", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND4_ROBOTIC, ids=[r[0] for r in ROUND4_ROBOTIC])
def test_round4_robotic(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason
