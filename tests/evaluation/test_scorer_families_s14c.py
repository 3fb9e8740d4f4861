"""Session 14's third round of families (what scorer blind58 and blind59 missed), each next
to look-alikes that must still pass, in the supported languages where the family applies:
sarcastic understatement, "how X works everywhere", sighing, weary "we get this a lot",
"it should be obvious", "apparently not that simple", what the customer should have done to
avoid it, guessing the customer's mishandling; complaints stated without the usual words
(two charges for one order, an order that came without an item, a needed size out of
stock); shipping given away in an idiom; a count of business days that is not a count of
hours. Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _score


def _fact(text: str) -> Fact:
    return Fact(id="policy#1", doc_id="policy", source="knowledge/policy.md", text=text)


# (draft, passes)
BLAME = [
    # Sarcastic understatement.
    ("Returns are free within 30 days. Not exactly a secret.", False),
    ("A pole that bends in a 90 km/h gust is hardly a defect.", False),
    ("Nuestro horario está en la web. No es precisamente un misterio.", False),
    ("Le suivi est dans l'e-mail, ce n'est pas vraiment sorcier.", False),
    ("Die Größentabelle ist nicht gerade ein Geheimnis.", False),
    ("La tabella taglie non è esattamente un mistero.", False),
    ("De maattabel is nu niet bepaald een raadsel.", False),
    ("The delay is not exactly what you hoped for, and we're sorry.", True),
    ("A small mark on the sole is not a defect we expect, so we will replace it.", True),
    # How it works everywhere.
    ("Shipping fees aren't refunded, which is how it works at every store.", False),
    ("Worn items can't be returned, same as everywhere else.", False),
    ("Les frais de retour sont à votre charge, c'est comme ça partout.", False),
    ("Getragene Schuhe nehmen wir nicht zurück, das ist überall so.", False),
    ("Zo werkt het overal, gedragen schoenen nemen we niet terug.", False),
    ("Our rewards work everywhere in the US and Canada: online and in store.", True),
    ("We ship everywhere in the EU, same as last year.", True),
    # Sighing.
    ("*sigh* The code only works once per order.", False),
    ("Sigh. The sale ended on Sunday.", False),
    ("Soupir... la taille M est épuisée.", False),
    ("You'll breathe a sigh of relief: the parcel was scanned this morning.", True),
    # Weary "we get this a lot".
    ("We get this a lot. The code is case-sensitive.", False),
    ("You're not the first to ask: no, we don't ship to Mars.", False),
    ("Great question, we get this a lot! They run true to size.", True),
    # Obviousness: "it should be obvious".
    ("It should really be obvious that we never text for passwords.", False),
    ("That should have been self-explanatory from the size chart.", False),
    ("Debería ser obvio que no pedimos contraseñas por SMS.", False),
    ("Ça devrait être évident, nous ne demandons jamais votre mot de passe.", False),
    ("Das sollte doch klar sein: wir fragen nie nach Ihrer PIN.", False),
    ("Dovrebbe essere ovvio che non chiediamo mai il PIN.", False),
    ("Deveria ser óbvio que nunca pedimos a senha.", False),
    ("We know the fee isn't obvious at checkout, so thanks for flagging it.", True),
    ("It's obvious how much this trip means to you, and we're sorry.", True),
    # "Apparently it's not that simple."
    ("Apparently reading a size chart isn't that easy.", False),
    ("Por lo visto, elegir una talla no es tan fácil.", False),
    ("Offenbar ist das Einlösen eines Codes nicht so einfach.", False),
    ("Blijkbaar is een kleur kiezen niet zo makkelijk.", False),
    ("Apparently the carrier scanned it twice; we're checking with them.", True),
    ("Choisir sa taille n'est pas si simple en ligne, on vous aide volontiers !", True),
    # What the customer should have done to avoid it.
    ("Sorry, but that's how you avoid a missing parcel: ship to a locker.", False),
    ("A locker is the better option next time, since parcels left outside get taken.", False),
    ("Boots should always be tried on before you wear them outside.", False),
    ("Así se evitan las sorpresas: revise el paquete antes de firmar.", False),
    ("Un point relais est plus sûr la prochaine fois.", False),
    ("So vermeidet man solche Überraschungen.", False),
    ("Zo voorkom je dat het pakket verdwijnt.", False),
    ("Sorry about the damage! Every tent is inspected before it leaves our warehouse.", True),
    ("Our new packaging is how we avoid crushed boxes; sorry it failed this time.", True),
    # Parcels lost because the customer was out.
    ("Parcels tend to get stolen when nobody is home to sign.", False),
    ("Parcels sometimes go missing when the carrier leaves them outside; we'll reship it.", True),
    # Guessing the customer's mishandling.
    ("Sorry! You've probably handled the buckle too roughly.", False),
    ("Vermutlich haben Sie die Jacke zu heiß gewaschen.", False),
    ("Sie haben wahrscheinlich den Reißverschluss gezerrt.", False),
    ("Seguramente usted la lavó con agua caliente.", False),
    ("Vous avez sans doute forcé la fermeture.", False),
    ("Probabilmente l'ha lavata in lavatrice.", False),
    ("Provavelmente você forçou o fecho.", False),
    ("Waarschijnlijk heeft u de rits te hard getrokken.", False),
    ("Wahrscheinlich haben Sie unsere E-Mail noch nicht erhalten; wir senden sie erneut.", True),
    ("Seguramente usted recibirá el reembolso el lunes.", True),
    ("Vous avez sans doute reçu notre e-mail de confirmation.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


# (post, complaint)
COMPLAINTS = [
    # Two charges for one order, stated.
    ("There are two payments on my card for a single order. Why?", True),
    ("I was double-charged for my tent.", True),
    ("Me han cobrado dos veces el mismo pedido.", True),
    ("Ich sehe zwei Abbuchungen für eine Bestellung.", True),
    ("Mi avete fatto un doppio addebito sull'ordine.", True),
    ("Er is twee keer afgeschreven voor mijn bestelling.", True),
    ("If my order ships in two parcels, will I see two charges?", False),
    ("Can I split the payment into two charges for one order?", False),
    # An order that came without an item.
    ("The box came without the stuff sack.", True),
    ("Mi pedido llegó sin los bastones.", True),
    ("Le colis est arrivé sans les piquets.", True),
    ("Das Paket ist ohne die Heringe angekommen.", True),
    ("Il pacco è arrivato senza il sacco di compressione.", True),
    ("A encomenda chegou sem os bastões.", True),
    ("Het pakket kwam aan zonder de haringen.", True),
    ("The socks are listed on the packing slip but aren't in the box.", True),
    ("Arrived without a scratch, love it!", False),
    ("Mi pedido llegó sin ningún problema, gracias.", False),
    ("Le colis est arrivé sans retard, merci !", False),
    # A needed size out of stock.
    ("Size 9 is sold out and I need them for a hike in June.", True),
    ("La talla M está agotada y la necesito para un viaje.", True),
    ("Die Jacke in L ist ausverkauft, aber ich brauche sie für eine Reise.", True),
    ("Is size 9 sold out? I need them for a hike in June.", False),
    ("Size 9 is sold out. Will it be restocked?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


SHIPPING_FEES = [
    _fact("International orders ship by DHL Express for $24.95; duties are collected at checkout.")
]
FREE_OVER = [_fact("Standard shipping is $6.95, and free on orders of $75 or more.")]
# (draft, facts, passes)
PROMISES = [
    ("E la spedizione te la regaliamo noi!", SHIPPING_FEES, False),
    ("Y el envío corre por nuestra cuenta.", SHIPPING_FEES, False),
    ("Et la livraison est à nos frais cette fois.", SHIPPING_FEES, False),
    ("Den Versand übernehmen wir.", SHIPPING_FEES, False),
    ("O envio fica por nossa conta.", SHIPPING_FEES, False),
    ("De verzending is voor onze rekening.", SHIPPING_FEES, False),
    ("And the shipping is our gift to you.", SHIPPING_FEES, False),
    ("La spedizione costa $24.95 con DHL Express.", SHIPPING_FEES, True),
    ("Les droits sont perçus au paiement ; la livraison coûte $24.95.", SHIPPING_FEES, True),
    ("Over $75 the shipping is free.", FREE_OVER, True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


TRACKING = [
    _fact(
        "It usually updates within 24-48 hours. If tracking has shown no movement for 5 business "
        "days, contact us."
    )
]
# (draft, facts, passes)
NUMBERS = [
    ("If nothing moves for 2 business days, message us.", TRACKING, False),
    ("Si no se mueve en 2 días hábiles, escríbenos.", TRACKING, False),
    ("It normally updates within 2 days.", TRACKING, True),
    ("It normally updates within 24-48 hours; after 5 business days, message us.", TRACKING, True),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_number_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason
