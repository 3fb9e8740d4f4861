"""Session 13's scorer families (misses and false alarms in scorer blind52 and blind53),
each next to look-alikes that must still pass or fail, in the supported languages where
the family applies: complaints without the usual words (delivered but not here, still
"Label created", no update, worry, a product that stopped working), praise for a repair,
a customer's own slip turned down, blame ("that's what happens when", "there for a
reason", "be more careful", "you shouldn't have"), rudeness ("not that hard, right?",
"not our problem"), a form letter, amounts worked out from the customer's own, dates and
order cut-offs, Final Sale returns, free from a threshold, and promise words that only
describe the process."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, SHIPPING, _fact, _score

# (post, complaint)
COMPLAINTS = [
    # Tracking says delivered, nothing came.
    ("Tracking claims the parcel was delivered Monday but nothing is at my door.", True),
    ("El seguimiento dice entregado pero no ha llegado nada a casa.", True),
    ("Laut Tracking zugestellt, aber bei mir ist nichts angekommen.", True),
    ("Risulta consegnato ma a casa non è arrivato niente.", True),
    ("Aparece como entregue mas não chegou nada.", True),
    ("Volgens de tracking bezorgd maar ik heb niets ontvangen.", True),
    ("My jacket was delivered Monday but I'd like to swap it for a medium. How?", False),
    ("Wurde gestern zugestellt, aber ich möchte die Größe tauschen.", False),
    ("It was delivered Monday but I haven't tried it on yet. Can I still return it?", False),
    ("Zugestellt, aber kein Problem, ich hole es morgen bei der Post ab.", False),
    # Still only "Label created"; no update at all.
    ("Three days on and tracking still only shows 'Label created'.", True),
    ("Does tracking say 'Label created' until the first scan?", False),
    ("Three days in transit without any update.", True),
    ("Mi paquete lleva cinco días sin ninguna actualización.", True),
    ("Colis bloqué sans aucune mise à jour depuis lundi.", True),
    ("Das Paket hängt ohne jede Aktualisierung in Leipzig.", True),
    ("Il pacco è fermo senza alcun aggiornamento.", True),
    ("A encomenda está parada sem nenhuma atualização.", True),
    ("Mijn pakket staat al dagen zonder enige update.", True),
    ("Can I order without an account?", False),
    ("¿Puedo pedir sin registrarme?", False),
    ("Kann ich ohne Konto bestellen?", False),
    # The customer says they are worried.
    ("I'm getting really worried about my order.", True),
    ("Starting to worry it's lost somewhere.", True),
    ("Empiezo a preocuparme por el pedido.", True),
    ("Je m'inquiète un peu pour ma commande.", True),
    ("Langsam mache ich mir Sorgen um das Paket.", True),
    ("Comincio a preoccuparmi, il pacco è sparito dal radar.", True),
    ("Estou a ficar preocupada com a encomenda.", True),
    ("Ik begin me zorgen te maken over mijn pakket.", True),
    ("I'm worried about ordering the right size, do the boots run small?", False),
    ("I'm worried about sizing, should I go up for the boots?", False),
    ("Down or synthetic? I'm worried about the down getting wet if it storms.", False),
    ("I'm really worried about my refund, it's been two weeks.", True),
    # A product that stopped doing its job.
    ("My headlamp stopped charging last week.", True),
    ("The sleeping pad doesn't hold air anymore.", True),
    ("The down used to be so lofty, now it's flat.", True),
    ("La linterna ya no carga.", True),
    ("Ma lampe ne s'allume plus.", True),
    ("Die Stirnlampe lädt nicht mehr.", True),
    ("La lampada non si accende più.", True),
    ("A lanterna já não carrega.", True),
    ("Mijn hoofdlamp laadt niet meer op.", True),
    ("I stopped using the old stove after the recall, is the 2.1 safe?", False),
    ("I don't need the jacket anymore, can I return it?", False),
    ("Ich brauche die Jacke nicht mehr, kann ich sie zurückschicken?", False),
    ("Ya no la necesito, ¿puedo devolverla?", False),
    ("Does the headlamp charge over USB-C?", False),
    ("I hope you don't charge for returns to Canada.", False),
    ("My headlamp doesn't hold a charge anymore.", True),
    # What it cost, and wanting it sorted.
    ("My fleece pilled after one wash. Wasn't cheap!", True),
    ("Not cheap, but worth every penny, love this tent!", False),
    # Praise for a repair is no complaint; a question about loyalty after silence is.
    ("A strap snapped and you replaced it in a week. That's how you earn loyalty!", False),
    ("A strap snapped and nobody has replied in a week. Is that how you earn loyalty?", True),
    # "Where is my order?" is a question; asked twice over it is a complaint.
    ("Where is my order?", False),
    ("where is my order NW-1234567?? placed it 5 days ago", True),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (post, draft, passes): the customer's own slip; a "no" needs a word of sympathy.
SLIPS = [
    (
        "I picked the wrong size this morning, can you change it?",
        "Orders can only be changed within 60 minutes, so we can't change this one.",
        False,
    ),
    (
        "I picked the wrong size this morning, can you change it?",
        "Sorry! Orders can only be changed within 60 minutes, so we can't change this one.",
        True,
    ),
    (
        "I picked the wrong size 10 minutes ago, can you change it?",
        "Yes, you're still in time: use the Manage order link.",
        True,
    ),
    ("Forgot to put my code in yesterday, too late?", "Not too late! DM us the order.", True),
    (
        "Me equivoqué de talla al pedir, ¿la pueden cambiar?",
        "Los pedidos solo se cambian en 60 minutos, así que ya no se puede.",
        False,
    ),
    (
        "Me equivoqué de talla al pedir, ¿la pueden cambiar?",
        "¡Lo sentimos! Los pedidos solo se cambian en 60 minutos, así que ya no se puede.",
        True,
    ),
    (
        "Je me suis trompé de taille, vous pouvez modifier ?",
        "Les commandes se modifient dans les 60 minutes, c'est trop tard.",
        False,
    ),
    (
        "Ich habe die falsche Größe bestellt, könnt ihr das ändern?",
        "Bestellungen lassen sich 60 Minuten lang ändern, das ist nicht mehr möglich.",
        False,
    ),
    (
        "Ho sbagliato taglia, potete cambiarla?",
        "Gli ordini si modificano entro 60 minuti, ormai è troppo tardi.",
        False,
    ),
    (
        "Pedi o tamanho errado, dá para trocar?",
        "As encomendas só mudam em 60 minutos, já não é possível.",
        False,
    ),
    (
        "Ik heb per ongeluk de verkeerde maat besteld, kan dat nog?",
        "Bestellingen zijn 60 minuten aan te passen, dus dat is nu te laat.",
        False,
    ),
    (
        "Ik heb per ongeluk de verkeerde maat besteld, kan dat nog?",
        "Wat jammer! Bestellingen zijn 60 minuten aan te passen, dus dat is nu te laat.",
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), SLIPS, ids=[r[1] for r in SLIPS])
def test_own_slip_turned_down(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=post)
    assert passed is passes, reason


# (draft, passes)
BLAME = [
    ("Sorry! That's what happens when a bag is stored compressed for months.", False),
    ("Sorry! That's what happens when the carrier scans early; it usually turns up.", True),
    ("Sorry! That's what happens when orders ship in two parcels.", True),
    ("Sorry, this is what comes of skipping the reproofing.", False),
    ("Das tut uns leid, aber das passiert halt, wenn man nie nachimprägniert.", False),
    ("Das tut uns leid: Das passiert, wenn der Zusteller zu früh scannt.", True),
    ("Lo sentimos, pero eso es lo que pasa cuando se guarda comprimido.", False),
    ("Désolés, mais c'est ce qui arrive quand on le range compressé.", False),
    ("Ci dispiace, ma è quello che succede quando lo si lava a caldo.", False),
    ("Lamentamos, mas é o que acontece quando se lava a quente.", False),
    ("Het spijt ons, maar dat gebeurt nu eenmaal als je hem in de droger stopt.", False),
    ("Sorry! The care instructions are there for a reason.", False),
    ("Sorry! The instructions are there to help: wash cold, tumble low.", True),
    ("Lo sentimos, pero las instrucciones no están ahí de adorno.", False),
    ("Désolés, mais les consignes ne sont pas là pour rien.", False),
    ("Tut uns leid, aber die Pflegehinweise sind nicht umsonst da.", False),
    ("Ci dispiace, ma le istruzioni non sono lì per caso.", False),
    ("Lamentamos, mas as instruções não estão lá por acaso.", False),
    ("Het spijt ons, maar de wasvoorschriften staan er niet voor niets.", False),
    ("Sorry! You've most likely left it packed in the stuff sack.", False),
    ("Sorry! You've probably received our email about it by now.", True),
    ("Sorry! Please be more careful with the billing address.", False),
    ("Sorry! We'll be more careful when packing your next order.", True),
    ("Sorry! We take more care with fragile items since this happened.", True),
    ("Sorry! Please be careful: the stove stays hot for a while.", True),
    ("Lo sentimos, pero ten más cuidado con la dirección.", False),
    ("Désolés, soyez plus attentif à l'adresse la prochaine fois.", False),
    ("Tut uns leid, seien Sie bitte vorsichtiger bei der Adresse.", False),
    ("Ci dispiace, stia più attento all'indirizzo.", False),
    ("Lamentamos, tenha mais cuidado com o endereço.", False),
    ("Het spijt ons, wees voortaan voorzichtiger met het adres.", False),
    ("Sorry, but you shouldn't have clicked that link.", False),
    ("Sorry, you shouldn't have had to wait this long.", True),
    ("Sorry, you should never have been charged twice.", True),
    ("Désolés, mais vous n'auriez pas dû cliquer sur ce lien.", False),
    ("Ci dispiace, ma non avresti dovuto cliccare.", False),
    ("Ci dispiace, non avrebbe dovuto succedere.", True),
    ("Lamentamos, isso não deveria ter acontecido.", True),
    ("Het spijt ons, maar dat had je niet moeten doen.", False),
    # Rudeness
    ("Physical cards ship to the US only. Not that hard, right?", False),
    ("Sorry! It's not that hard to re-proof: wash, then tumble dry low.", True),
    ("Fysieke kaarten gaan alleen naar de VS. Niet zo moeilijk toch?", False),
    ("Las tarjetas físicas solo van a EE. UU. No es tan difícil, ¿verdad?", False),
    ("Les cartes physiques partent aux États-Unis. Ce n'est pas si compliqué, hein ?", False),
    ("Physische Karten nur in die USA. Ist doch nicht so schwer, oder?", False),
    ("Le carte fisiche solo negli USA. Non è così difficile, no?", False),
    ("Cartões físicos só para os EUA. Não é tão difícil, né?", False),
    ("Zoals gewoon op de site staat: fysieke kaarten alleen naar de VS.", False),
    ("Fysieke kaarten versturen we alleen naar de VS, digitale overal.", True),
    ("Sentimos la sorpresa, pero así funciona y no es cosa nuestra.", False),
    ("Así funciona el cambio: eliges la talla y te enviamos la etiqueta.", True),
    ("Désolés, mais ce n'est pas notre problème.", False),
    ("Tut uns leid, aber das ist nicht unser Problem.", False),
    ("Kein Problem, wir tauschen sie gern um!", True),
    ("Ci dispiace, ma non è un nostro problema.", False),
    ("Lamentamos, mas não é problema nosso.", False),
    ("Het spijt ons, maar dat is niet ons probleem.", False),
    ("Geen probleem, we ruilen hem graag om.", True),
    # Checking the spam folder
    ("Sorry! It may be worth checking your spam folder in case our email landed there.", True),
    ("The email went to everyone, so it's worth checking your inbox.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (draft, passes)
ROBOTIC = [
    ("Your request about the exchange has been logged.", False),
    ("Your question about the exchange is a good one: here's how it works.", True),
    ("Su consulta sobre el reembolso ha sido recibida.", False),
    ("Votre demande concernant le retour a bien été reçue.", False),
    ("Ihre Anfrage bezüglich der Rücksendung wurde erfasst.", False),
    ("La sua richiesta riguardante il reso è stata ricevuta.", False),
    ("Sua solicitação sobre a troca foi recebida.", False),
    ("Uw verzoek over de retour is ontvangen.", False),
    ("Thanks for waiting, and we truly value your business.", False),
    ("Valoramos su preferencia.", False),
    ("Valoramos tu opinión sobre la talla y se la pasamos al equipo.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_robotic_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


PRICE_DROP = _fact(
    "price-drop", "If an item drops in price within 14 days, we refund the difference."
)
CREDIT = _fact("credit", "Choose store credit when you start the return and we add a 10% bonus.")
WELCOME = _fact("welcome", "WELCOME10: 10% off your first order, up to a maximum discount of $50.")
HOLIDAY = _fact(
    "holiday",
    "Orders delivered between November 1 and December 24 can be returned until January 31.",
)
# (draft, facts, post, passes)
NUMBERS = [
    ("We'll refund the difference, $25.", [PRICE_DROP], "paid $120, now $95", True),
    ("We'll refund the difference, $30.", [PRICE_DROP], "paid $120, now $95", False),
    ("Store credit for it comes to $88.", [CREDIT], "Returning my $80 jacket", True),
    ("Store credit for it comes to $90.", [CREDIT], "Returning my $80 jacket", False),
    ("On that cart you'd save $70.", [WELCOME], "My cart is $700", False),
    ("On that cart you'd save $50.", [WELCOME], "My cart is $700", True),
    ("On that cart you'd save $30.", [WELCOME], "My cart is $300", True),
    # Money with money only: 12 days is no amount.
    ("We'll refund $28 of it.", [PRICE_DROP], "Waited 12 days and paid $40", False),
    ("Anything delivered between November 1 and December 31 is covered.", [HOLIDAY], "?", False),
    ("Anything delivered by 24 December can come back until January 31.", [HOLIDAY], "?", True),
    ("Tienes hasta el 31 de enero para devolverlo.", [HOLIDAY], "?", True),
    ("Tienes hasta el 15 de enero para devolverlo.", [HOLIDAY], "?", False),
    ("Du hast bis 15. Januar Zeit.", [HOLIDAY], "?", False),
    ("Vous avez jusqu'au 31 janvier.", [HOLIDAY], "?", True),
    ("Hai tempo fino al 31 gennaio.", [HOLIDAY], "?", True),
    ("Tem até 31 de janeiro.", [HOLIDAY], "?", True),
    ("Je hebt tot 15 januari.", [HOLIDAY], "?", False),
    ("Sure, we delivered it on March 3 as you say.", [HOLIDAY], "It came March 3", True),
    ("Order by 5pm ET and it leaves the same day.", [SHIPPING], "?", False),
    ("Order by 2pm ET and it leaves the same day.", [SHIPPING], "?", True),
    ("Expedited orders placed before 4pm go out the same day.", [SHIPPING], "?", False),
]


@pytest.mark.parametrize(("draft", "facts", "post", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_number_families(draft: str, facts: list[Fact], post: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason


LOYALTY = _fact("loyalty", "Trailhead Rewards Peak members have 60 days from delivery to return.")
SALE = _fact("sale", "Sale items can be returned within 30 days like any other item.")
FINAL = _fact("final", "Final Sale items can't be returned or exchanged.")
EU_ROW = _fact("eu", "United Kingdom and European Union | $24.95 | orders of $200 or more")
KLARNA_PLAN = _fact("klarna", "Klarna updates your payment plan within 3 business days.")
FEE = _fact(
    "fee",
    "A 15% restocking fee applies to opened electronics whose factory seal has been broken.",
)
# (draft, facts, passes)
PROMISES = [
    ("As a Peak member you can now return Final Sale items too.", [LOYALTY], False),
    ("You can return sale items within 30 days.", [SALE], True),
    ("Sorry, you can't return Final Sale items.", [FINAL], True),
    ("Good news: you can exchange Final Sale items this month.", [FINAL], False),
    ("O envio custa $24.95 e é grátis em encomendas a partir de $200.", [EU_ROW], True),
    ("O envio é grátis em encomendas a partir de $150.", [EU_ROW], False),
    ("Shipping is free on orders over $200.", [EU_ROW], True),
    ("Shipping is free on orders over $150.", [EU_ROW], False),
    (
        "Once we've issued a refund, Klarna updates your plan within 3 business days.",
        [KLARNA_PLAN],
        True,
    ),
    ("Once we've checked it, we'll issue a full refund.", [KLARNA_PLAN], False),
    ("Once we've checked it we'll refund you.", [KLARNA_PLAN], False),
    (
        "A 15% restocking fee applies once the seal is broken, even if it was only opened.",
        [FEE],
        True,
    ),
    ("We'll take it back without the restocking fee even if the seal is broken.", [FEE], False),
    ("Even if the seal is broken, we won't charge the restocking fee.", [FEE], False),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


def test_praise_for_a_repair_needs_no_apology() -> None:
    post = Post(
        text="My stove's valve cracked and you fixed it in days, zero hassle. That's how you "
        "build loyalty.",
        platform="linkedin",
    )
    ctx = ScoringContext(
        post=post, text="Thank you for sharing this! Enjoy the trail.", facts=POLICY
    )
    assert run_deterministic(AssertionSpec(type="empathy"), ctx).passed
