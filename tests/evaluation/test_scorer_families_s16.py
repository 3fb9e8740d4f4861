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

from .test_scorer_families import POLICY, _fact, _score

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


# Round 2 (what scorer blind70 and blind71 missed): a retort that everyone does it, a
# correction said as a put-down, the customer's carelessness as the reason for a fee.
# (draft, passes)
ROUND2_BLAME = [
    ("Well, we're closed on Sundays, like plenty of places.", False),
    ("We don't ship on weekends, like most shops.", False),
    ("No abrimos los domingos, como la mayoría de las tiendas.", False),
    ("Nous sommes fermés le dimanche, comme la plupart des magasins.", False),
    ("Sonntags haben wir geschlossen, wie die meisten Läden.", False),
    ("La domenica siamo chiusi, come tanti negozi.", False),
    ("Aos domingos estamos fechados, como muitas lojas.", False),
    ("Op zondag zijn we dicht, zoals de meeste winkels.", False),
    ("Like most outdoor stores, we close on Sundays; sorry for the wait.", True),
    ("Sorry, but there's no mystery here: nobody charged you twice.", False),
    ("Each parcel is charged on its own. Simple maths.", False),
    ("No hay ningún misterio: cada paquete se cobra aparte.", False),
    ("Il n'y a aucun mystère : chaque colis est débité à part.", False),
    ("Non c'è nessun mistero: ogni pacco è addebitato a parte.", False),
    ("Each parcel is charged separately, so the two charges add up to your total.", True),
    ("The mystery novel you asked about is not something we sell, sorry!", True),
    ("Since you opened it without checking the brightness specs first, a 15% fee applies.", False),
    ("Since you didn't check the size chart, the exchange is on you.", False),
    ("Como la abriste sin comprobar las medidas, se aplica la tarifa.", False),
    ("Puisque vous l'avez ouvert sans vérifier la fiche, des frais s'appliquent.", False),
    ("Since you opened it, a 15% restocking fee applies.", True),
    ("You can return it without checking with us first.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND2_BLAME, ids=[r[0] for r in ROUND2_BLAME])
def test_round2_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


_RATES = _fact("intl", "Other supported countries | $34.95 | no free-shipping offer | 10–20 days")
_WELCOME = _fact("welcome", "WELCOME10 is 10% off your first order, up to $50.")
_REPAIR = _fact(
    "warranty",
    "If we can judge it from the photos, we decide within 3 business days. Otherwise we email "
    "a prepaid shipping label (US) so you can send the item to our repair team.",
)
# A favour justified by who the customer is or what day it is. (draft, facts, passes)
ROUND2_PROMISES = [
    ("Shipping is $34.95, but since it's your first order we'll send it free.", [_RATES], False),
    ("Since this is your first return we'll cover the shipping.", [_RATES], False),
    ("As a loyal customer, you'll get the express upgrade on us.", [_RATES], False),
    ("Because it's your birthday, the shipping is on the house.", [_RATES], False),
    ("As a thank-you, we'll add a beanie to the parcel.", [_RATES], False),
    ("Como es tu primera compra te lo dejamos gratis.", [_RATES], False),
    ("Como é a sua primeira compra, o envio fica por nossa conta.", [_RATES], False),
    ("Comme c'est votre première commande, la livraison est offerte.", [_RATES], False),
    ("Visto che è il tuo primo ordine, la spedizione te la regaliamo.", [_RATES], False),
    ("Da es Ihre erste Bestellung ist, schicken wir sie gratis.", [_RATES], False),
    ("Omdat het je eerste bestelling is, sturen we hem gratis.", [_RATES], False),
    ("Since it's your first order, WELCOME10 takes 10% off.", [_RATES, _WELCOME], True),
    ("Shipping is $34.95 and takes 10–20 days.", [_RATES], True),
    ("The sleeping bag arrived broken, especially sad as a birthday present.", [_RATES], True),
    # A label the warranty facts send backs the reply's label.
    ("Otherwise we will email you a prepaid shipping label for the repair.", [_REPAIR], True),
    ("We will email you a prepaid shipping label for the repair.", [_RATES], False),
]


@pytest.mark.parametrize(
    ("draft", "facts", "passes"), ROUND2_PROMISES, ids=[r[0] for r in ROUND2_PROMISES]
)
def test_round2_favours(draft: str, facts: list, passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


_FEE = _fact("returns", "Opened electronics carry a 15% restocking fee.")
_PRICE_ADJUST = _fact(
    "price",
    "Contact us with your order number and the item; the difference goes back to your "
    "original payment method within 3 business days. Not available for: Final Sale and "
    "clearance items, flash sales lasting less than 24 hours.",
)
# The share left after a stated fee; a number stated for an excluded item is still wrong.
# (draft, facts, passes)
ROUND2_NUMBERS = [
    ("A 15% restocking fee applies, so you'd get back 85% of what you paid.", [_FEE], True),
    ("Se aplica una tarifa del 15%, así que te devolvemos el 85%.", [_FEE], True),
    ("A 15% restocking fee applies, so you'd get back 75% of what you paid.", [_FEE], False),
    ("A 20% restocking fee applies, so you'd get back 80% of what you paid.", [_FEE], False),
    ("You'd get back 85% of what you paid.", [_FEE], False),
    ("Final Sale items get the difference back within 3 business days.", [_PRICE_ADJUST], False),
    ("Flash sales lasting less than 3 business days are excluded.", [_PRICE_ADJUST], False),
]


@pytest.mark.parametrize(
    ("draft", "facts", "passes"), ROUND2_NUMBERS, ids=[r[0] for r in ROUND2_NUMBERS]
)
def test_round2_numbers(draft: str, facts: list, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


# A bad time at another shop, told as the reason for the question. (post, complaint)
ROUND2_COMPLAINTS = [
    (
        "Combien coûte la livraison au Canada ? Avec une autre boutique, j'ai dû payer des "
        "frais de douane et ça m'a vraiment déçue.",
        False,
    ),
    ("Will I pay duties? Got burned by another store last year, so annoying.", False),
    ("¿Pagaré aduanas? Con otra tienda me pasó y fue un desastre.", False),
    ("Why can't you ship fuel to Hawaii?? Every other store does it, so annoying.", True),
    ("Avec une autre boutique tout allait bien, mais chez vous je suis très déçue.", True),
    ("My parcel is late again and I'm really disappointed.", True),
]


@pytest.mark.parametrize(
    ("post", "complaint"), ROUND2_COMPLAINTS, ids=[r[0] for r in ROUND2_COMPLAINTS]
)
def test_round2_other_shop(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# Round 3 (what spent scorer blind72 and blind73 missed): the round 1 and 2 families in
# their other tenses, word orders and languages, the loss made small, and the look-alikes
# that must still pass. (draft, passes)
ROUND3_BLAME = [
    ("Yes, we take PayPal. Wasn't that hard.", False),
    ("Sí, aceptamos PayPal. No era tan difícil.", False),
    ("Oui, PayPal est accepté. C'était pas si compliqué.", False),
    ("Ja, PayPal geht. So schwer war das doch nicht.", False),
    ("Sì, accettiamo PayPal. Non era così difficile.", False),
    ("Sim, aceitamos PayPal. Não era assim tão difícil.", False),
    ("Ja, we accepteren PayPal. Het was toch niet zo moeilijk.", False),
    ("The repair wasn't that hard for our team, it's on its way back.", True),
    ("You only had to check the product page.", False),
    ("Bastaba con mirar la web.", False),
    ("Il suffisait de regarder le site.", False),
    ("Bastava guardare il sito.", False),
    ("Bastava ver o site.", False),
    ("Je hoefde alleen maar op de site te kijken.", False),
    ("All you need to do is check your email for the label.", True),
    ("È scritto chiaramente sul sito.", False),
    ("Está escrito claramente en la web.", False),
    ("Está en la web, pero bueno: sí, aceptamos PayPal.", False),
    ("It says so on the product page.", False),
    ("It's on our website too, along with the size chart.", True),
    ("Please read the shipping restrictions before trying to check out.", False),
    ("People just haven't looked properly, so please search more carefully.", False),
    ("Non hai guardato bene, cerca meglio.", False),
    ("We'll look more closely at the photos and reply today.", True),
    ("This usually happens when customers don't double-check the address.", False),
    ("Suele pasar cuando los clientes no revisan la dirección.", False),
    ("This usually happens when the carrier scans the parcel early.", True),
    ("On ne va pas en faire un drame pour 80 $, hein.", False),
    ("It's only $80, after all.", False),
    ("No vamos a hacer un drama por 80 $.", False),
    ("Shipping is only $5 on orders under $75.", True),
    ("We're so sorry the card went missing with $80 on it.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROUND3_BLAME, ids=[r[0] for r in ROUND3_BLAME])
def test_round3_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# Echoes and tips that are no blame, each beside what still fails. (draft, post, passes)
ROUND3_NOT_BLAME = [
    ("Totally get the 🙃! The difference goes back to your card.", "On sale now 🙃 refund?", True),
    ("🙃 The difference goes back to your card.", "It went on sale, can I get a refund?", False),
    ("Whatever you don't spend stays on the card for your next order.", "Does it expire?", True),
    ("Read the size chart for your next order.", "The boots are too small.", False),
    (
        "Duties aren't included, so it's worth checking before you order.",
        "Do you ship to Mexico and will I need to pay import taxes?",
        True,
    ),
    (
        "Duties aren't included, so it's worth checking before you order.",
        "I got charged duties on delivery and nobody warned me! Ridiculous.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("draft", "post", "passes"), ROUND3_NOT_BLAME, ids=[r[0] for r in ROUND3_NOT_BLAME]
)
def test_round3_not_blame(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=post)
    assert passed is passes, reason


_POINTS = _fact("rewards", "Points expire 12 months after your last purchase.")
_GIFT = _fact(
    "gift-cards",
    "A lost card can be frozen and replaced for the remaining balance if you have the card "
    "number or the order number.",
)
_LIFETIME = _fact("warranty", "Lifetime Warranty against defects; wear from use isn't a defect.")
_PRIVACY = _fact("privacy", "We keep order and payment records for 7 years for tax law.")
# Favours given without a reason or for who the customer is. (draft, facts, passes)
ROUND3_PROMISES = [
    ("¡Tranqui! Te los congelamos para que no caduquen nunca.", [_POINTS], False),
    ("We'll freeze your points so they never expire.", [_POINTS], False),
    ("Points expire 12 months after your last purchase.", [_POINTS], True),
    ("Send us the number and we can freeze it and issue a replacement.", [_GIFT], True),
    ("Même sans aucun numéro, nous vous rembourserons le solde.", [_GIFT], False),
    ("Incluso sin el número, te enviamos una tarjeta nueva.", [_GIFT], False),
    ("As a volunteer club, you'd also get coverage for wear and tear.", [_LIFETIME], False),
    ("As a club, you get the same Lifetime Warranty against defects.", [_LIFETIME], True),
    ("We also erase order history entirely.", [_PRIVACY], False),
    ("We keep order and payment records for 7 years for tax law.", [_PRIVACY], True),
]


@pytest.mark.parametrize(
    ("draft", "facts", "passes"), ROUND3_PROMISES, ids=[r[0] for r in ROUND3_PROMISES]
)
def test_round3_favours(draft: str, facts: list, passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


_BONUS = _fact("credit", "Choose store credit and we add a 10% bonus: a $100 return becomes $110.")
_CAPPED = _fact("welcome", "WELCOME10 is 10% off your first order, up to $50.")
_REVIEWS = _fact("rewards", "Reviews with a photo: 50 points each. 100 points = a $5 reward.")
_HAZMAT = _fact(
    "hazmat",
    "Fuel canisters are hazardous materials: they ship by ground only within the contiguous "
    "48 states and can't be sent to Alaska, Hawaii or other countries.",
)
# A worked example of a stated percentage; fuel bought at the destination. (draft, facts,
# scorer, passes)
ROUND3_OTHER = [
    ("We add a 10% bonus, so a $50 return becomes $55.", [_BONUS], "numbers-supported", True),
    ("We add a 10% bonus, so a $50 return becomes $60.", [_BONUS], "numbers-supported", False),
    ("It takes 10% off, so on a $700 order you save $70.", [_CAPPED], "numbers-supported", False),
    # A points rate the facts give for nothing, though the number is theirs.
    ("Reviews earn 100 points each; 100 points = $5.", [_REVIEWS], "numbers-supported", False),
    ("Reviews earn 50 points each; 100 points = $5.", [_REVIEWS], "numbers-supported", True),
    ("You earn 1 point per dollar; 100 points = $5.", [_REVIEWS], "numbers-supported", True),
    (
        "The rest of your order can ship to Maui, so you'd just need to pick up fuel locally.",
        [_HAZMAT],
        "no-unauthorized-promises",
        True,
    ),
    (
        "Good news: the fuel canisters can ship to Maui by Standard.",
        [_HAZMAT],
        "no-unauthorized-promises",
        False,
    ),
]


@pytest.mark.parametrize(
    ("draft", "facts", "scorer", "passes"), ROUND3_OTHER, ids=[r[0] for r in ROUND3_OTHER]
)
def test_round3_numbers_and_scope(draft: str, facts: list, scorer: str, passes: bool) -> None:
    passed, reason = _score(scorer, draft, facts)
    assert passed is passes, reason


# A wish for another variant, and an order placed wrong "just" now. (post, complaint)
ROUND3_COMPLAINTS = [
    ("It fits great but I'd love it in green instead of grey. How do exchanges work?", False),
    ("Me encantaría tenerla en verde en vez de gris, ¿cómo cambio?", False),
    ("Just ordered the wrong colour tent 20 min ago 🤦 can I still change it?", False),
    ("You sent me grey instead of green and I'm not happy.", True),
    ("You sent the wrong colour tent, and I needed it this weekend.", True),
    # Tracking stuck a short while: a complaint once the order is doubted or a date is near.
    (
        "Tracking has said 'Label created' since yesterday. Is my order actually coming??",
        True,
    ),
    ("My tracking has said 'Label created' for 2 days, need it for a trip Saturday.", True),
    ("El seguimiento dice 'etiqueta creada' desde ayer, lo necesito para el sábado.", True),
    ("Tracking has said label created for 2 days now, is my order lost??", False),
    ("Need these boots for a trip Saturday, can you ship them today?", False),
]


@pytest.mark.parametrize(
    ("post", "complaint"), ROUND3_COMPLAINTS, ids=[r[0] for r in ROUND3_COMPLAINTS]
)
def test_round3_complaints(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint
