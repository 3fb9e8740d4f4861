"""Restrictions the facts state and drafts that break them (`evaluation/scope.py`, part of
`no-unauthorized-promises`): a payment method, an exchange, a prepaid label, free
shipping or shipping itself granted for a place outside the facts' scope ("US customers
only", "only within the contiguous 48 states", a closed list of countries), duties denied
where the facts collect them, a required step waived, forfeited points paid out. Each
breach sits next to look-alikes that must pass: refusals, restatements, conditionals,
places in scope, and posts whose only hint of a place is their language."""

from __future__ import annotations

import pytest

from socialreply.evaluation.places import places
from socialreply.types import Fact

from .test_scorer_families import _fact, _score

KLARNA = [
    _fact(
        "payments",
        "Klarna Pay in 4 is for US customers only: four interest-free payments on orders from "
        "$35 to $1,000. International customers can pay by card or PayPal.",
    )
]
EXCHANGES = [
    _fact(
        "exchanges",
        "Free exchanges for another size or colour within 30 days of delivery, US orders only.",
    ),
    _fact(
        "international-returns",
        "International customers can return items within 30 days, but return shipping is paid "
        "by the customer and we don't provide prepaid labels; they return the item and place a "
        "new order.",
    ),
]
HAZMAT = [
    _fact(
        "hazmat",
        "Fuel canisters and bear spray are hazardous materials: they ship by ground only within "
        "the contiguous 48 states and can't be shipped to Alaska, Hawaii, Puerto Rico or other "
        "countries.",
    ),
    _fact("remote", "Orders to Alaska, Hawaii and Puerto Rico ship by Standard for $12.95."),
]
COUNTRIES = [
    _fact(
        "countries",
        "We ship to 38 countries and can't ship to any country that isn't in our checkout list. "
        "Other supported countries are Norway, Switzerland, Iceland, Mexico, Chile, Israel and "
        "the UAE.",
    ),
    _fact("eu", "UK and EU: DHL Express, $24.95, free on orders of $200 or more."),
]
DUTIES = [
    _fact(
        "duties",
        "For the UK and the EU, duties and taxes are collected at checkout, so nothing is due on "
        "delivery.",
    )
]
WARRANTY = [
    _fact(
        "warranty-claim",
        "For a warranty claim, send us your order number, a short description and photos.",
    )
]
PRIVACY = [
    _fact(
        "privacy",
        "To delete your account, submit the Privacy Request form in Account > Privacy or email "
        "privacy@example.com from your account address. Deleting your account forfeits rewards "
        "points and store credit.",
    )
]
GIFT_CARD = [
    _fact(
        "gift-card",
        "If a gift card is lost, contact us with the card number or the order number of the "
        "purchase; we replace the remaining balance.",
    )
]
RECALL = [_fact("recall", "No receipt is needed for the recall: the serial number is enough.")]
REWARDS = [
    _fact(
        "rewards",
        "Members outside the US earn points too; free-shipping benefits apply to US addresses "
        "only.",
    ),
    _fact("eu-shipping", "UK and EU shipping: $24.95, free on orders of $200 or more."),
]
POWER = [
    _fact(
        "power-station",
        "The Basecamp 150 Power Station has a 150 Wh battery, so it ships to US addresses only, "
        "not internationally.",
    ),
    _fact("power-bank", "The Solar Power Bank (37 Wh) ships internationally."),
]
GIFT_CARDS_US = [
    _fact(
        "gift-cards",
        "Physical gift cards ship by Standard shipping to US addresses only; for international "
        "recipients choose a digital gift card, delivered by email.",
    )
]
PEAK = [
    _fact(
        "peak",
        "Peak members get free Expedited shipping (contiguous 48 states only) and 60-day returns.",
    ),
    _fact("canada", "Canada ships free from $150; the UK and EU from $200."),
]

# (post, draft, facts, passes)
ROWS: list[tuple[str, str, list[Fact], bool]] = [
    # A payment method for US customers only.
    (
        "Can I pay with Klarna from Spain?",
        "Yes! Klarna Pay in 4 works from Spain too, just pick it at checkout.",
        KLARNA,
        False,
    ),
    (
        "¿Puedo pagar con Klarna desde Argentina?",
        "¡Claro! Con Klarna pagas en 4 cuotas sin intereses.",
        KLARNA,
        False,
    ),
    (
        "Je suis en Belgique, Klarna c'est possible ?",
        "Oui, vous pouvez payer avec Klarna en 4 fois, il suffit de le choisir au paiement.",
        KLARNA,
        False,
    ),
    (
        "Wohne in der Schweiz. Geht Klarna?",
        "Klar, Klarna klappt auch bei dir, einfach an der Kasse auswählen.",
        KLARNA,
        False,
    ),
    (
        "Ik woon in België, kan ik met Klarna betalen?",
        "Ja hoor, Klarna kan gewoon bij het afrekenen.",
        KLARNA,
        False,
    ),
    ("Klarna from Canada?", "No problem! Klarna works in Canada too.", KLARNA, False),
    ("Klarna depuis Québec ?", "Pas de souci, Klarna fonctionne aussi au Canada.", KLARNA, False),
    (
        "Can I pay with Klarna from Spain?",
        "Sorry, Klarna is only for US customers, but PayPal works from Spain.",
        KLARNA,
        True,
    ),
    (
        "¿Puedo pagar con Klarna desde Argentina?",
        "Lo siento, Klarna no está disponible en Argentina; puedes pagar con tarjeta o PayPal.",
        KLARNA,
        True,
    ),
    (
        "Klarna?",
        "If you're in the US you can use Klarna Pay in 4; otherwise card or PayPal.",
        KLARNA,
        True,
    ),
    (
        "Ordering from Texas, can I use Klarna?",
        "Yes! Klarna Pay in 4 works for you: four payments, no interest.",
        KLARNA,
        True,
    ),
    (
        "Posso pagare con Klarna dall'Italia?",
        "Purtroppo Klarna è riservato ai clienti negli Stati Uniti: puoi pagare con carta.",
        KLARNA,
        True,
    ),
    (
        "Olá! Moro em Portugal, posso usar a Klarna?",
        "Olá! A Klarna é só para clientes nos EUA; de Portugal pode pagar com cartão ou PayPal.",
        KLARNA,
        True,
    ),
    ("Spain here. Klarna?", "Klarna is US-only, but you can use PayPal.", KLARNA, True),
    ("Canadian here, can I use Klarna?", "Yes, Klarna works at checkout.", KLARNA, False),
    (
        "from canada, can i pay in installments?",
        "You can pay with PayPal, and PayPal may offer instalments depending on your account.",
        KLARNA,
        True,
    ),
    # The language of the post is no place.
    ("Posso pagar com Klarna?", "Pode sim! A Klarna aparece no checkout.", KLARNA, True),
    # Exchanges and prepaid labels for US orders only.
    (
        "I'm in Dublin, can I swap my jacket for a medium?",
        "Of course! Start an exchange in Account > Orders and we'll email you a prepaid label.",
        EXCHANGES,
        False,
    ),
    (
        "Abito a Milano, posso cambiare la taglia?",
        "Certo! Ti mandiamo un'etichetta prepagata e facciamo il cambio gratis.",
        EXCHANGES,
        False,
    ),
    (
        "Vivo en Madrid y la chaqueta me queda grande.",
        "¡Claro! Te enviamos una etiqueta prepagada para la devolución.",
        EXCHANGES,
        False,
    ),
    (
        "Ich wohne in Österreich. Kann ich die Jacke umtauschen?",
        "Leider ist ein direkter Umtausch aus Österreich nicht möglich: bitte zurückschicken und "
        "neu bestellen.",
        EXCHANGES,
        True,
    ),
    (
        "Ik woon in Utrecht, kan ik ruilen?",
        "Ruilen gaat via een retour en een nieuwe bestelling.",
        EXCHANGES,
        True,
    ),
    (
        "I'm in Ohio, can I exchange for a bigger size?",
        "Yes! Free exchanges within 30 days: choose Exchange and print the prepaid label.",
        EXCHANGES,
        True,
    ),
    (
        "J'habite en France, je peux échanger ?",
        "Les échanges gratuits sont réservés aux commandes aux États-Unis ; depuis la France, "
        "renvoyez l'article et repassez commande.",
        EXCHANGES,
        True,
    ),
    (
        "I'm in Canada, can I swap the jacket?",
        "Exchanges are free for US orders; from Canada you'd return it at your cost and order "
        "the new size.",
        EXCHANGES,
        True,
    ),
    (
        "Vivo en Madrid, ¿puedo cambiar la dirección de envío?",
        "¡Sí! Puedes cambiar la dirección en los primeros 60 minutos.",
        EXCHANGES,
        True,
    ),
    (
        "I'm in Lyon, can I exchange the boots?",
        "Yes, you can exchange them within 30 days of delivery.",
        [_fact("window", "Free exchanges are available only within 30 days of delivery.")],
        True,
    ),
    # Goods that ship only within the contiguous 48 states.
    (
        "Schickt ihr Gaskartuschen nach Österreich?",
        "Ja, die Gaskartuschen schicken wir dir per DHL nach Österreich.",
        HAZMAT,
        False,
    ),
    (
        "Bear spray to Hawaii?",
        "Yes, bear spray ships to Honolulu by Standard for $12.95.",
        HAZMAT,
        False,
    ),
    (
        "Vocês enviam spray para ursos para o Canadá?",
        "Sim! Enviamos para o Canadá com DHL Express.",
        HAZMAT,
        False,
    ),
    (
        "Bear spray and a tent to Canada?",
        "Sorry, bear spray can only ship within the contiguous 48 states, so not to Canada. "
        "The tent ships to Canada as usual.",
        HAZMAT,
        True,
    ),
    (
        "Can you ship fuel canisters to Denver?",
        "Yes! Fuel canisters ship by ground to Colorado.",
        HAZMAT,
        True,
    ),
    (
        "¿Envían cartuchos de gas a México?",
        "Lamentablemente los cartuchos de gas solo se envían dentro de los 48 estados contiguos.",
        HAZMAT,
        True,
    ),
    (
        "Can the Basecamp 150 power station go to Australia?",
        "Yes! It ships to Australia by DHL Express.",
        POWER,
        False,
    ),
    (
        "Can the Basecamp 150 power station go to Australia?",
        "Sorry, the Basecamp 150 ships to US addresses only. Smaller power banks ship to "
        "Australia though.",
        POWER,
        True,
    ),
    (
        "Can you ship a stove and fuel canisters to Alaska?",
        "We can ship the stove to Alaska by Standard, but fuel canisters can't go there.",
        HAZMAT,
        True,
    ),
    (
        "Can you mail a physical gift card to my niece in Toronto?",
        "Sure! We'll mail it to Toronto in a card sleeve.",
        GIFT_CARDS_US,
        False,
    ),
    (
        "Can you mail a physical gift card to my niece in Toronto?",
        "A digital gift card is the way to go: it's emailed, so it reaches Toronto right away.",
        GIFT_CARDS_US,
        True,
    ),
    # A closed list of countries.
    (
        "Vocês enviam para a Argentina?",
        "Enviamos sim! Chega em 10 a 20 dias úteis.",
        COUNTRIES,
        False,
    ),
    ("Do you ship to Peru?", "Yes, we ship to Peru by DHL Express.", COUNTRIES, False),
    ("Vous livrez au Brésil ?", "Oui, nous livrons au Brésil avec DHL Express.", COUNTRIES, False),
    (
        "Do you ship to Peru?",
        "Not yet, but Peru joins our shipping list next year!",
        COUNTRIES,
        False,
    ),
    ("Do you ship to Norway?", "Yes! We ship to Norway by DHL Express.", COUNTRIES, True),
    (
        "Liefert ihr nach Deutschland?",
        "Ja, wir liefern nach Deutschland mit DHL Express, ab $200 versandkostenfrei.",
        COUNTRIES,
        True,
    ),
    (
        "Do you ship to Peru?",
        "Not yet, sorry: Peru isn't on our list of 38 countries.",
        COUNTRIES,
        True,
    ),
    (
        "¿Envían a Perú?",
        "Todavía no enviamos a Perú; solo a los países de la lista del checkout.",
        COUNTRIES,
        True,
    ),
    (
        "Do you ship to Brazil?",
        "We currently ship to 38 countries, listed at checkout. Sadly Brazil isn't one of them.",
        COUNTRIES,
        True,
    ),
    (
        "I'm Brazilian but I live in Ohio now. Do you ship there?",
        "Yes! We ship to Ohio by Standard in 5-7 business days.",
        COUNTRIES,
        True,
    ),
    (
        "My order to Brazil?",
        "Send us your order number and we'll check what happened.",
        COUNTRIES,
        True,
    ),
    # Duties the facts collect at checkout.
    (
        "Do I pay customs in Ireland?",
        "No customs duties for Ireland at all, neither at checkout nor on delivery.",
        DUTIES,
        False,
    ),
    ("¿Pago aduana en España?", "¡No! Para España no hay aranceles ni impuestos.", DUTIES, False),
    (
        "Do I pay customs in Ireland?",
        "Nothing to pay on delivery: duties and taxes are collected at checkout.",
        DUTIES,
        True,
    ),
    (
        "Do I pay customs in Ireland?",
        "No duties on delivery, since they're paid at checkout.",
        DUTIES,
        True,
    ),
    (
        "Je paie la douane en France ?",
        "Pas de frais de douane à la livraison : les droits et taxes sont réglés au moment de la "
        "commande.",
        DUTIES,
        True,
    ),
    ("I'm in Texas, do I pay customs?", "No customs duties within the US.", DUTIES, True),
    (
        "Ireland: duty-free?",
        "Duty-free? Not quite: duties are collected at checkout.",
        DUTIES,
        True,
    ),
    # Steps the facts require.
    (
        "My jacket leaks.",
        "Photos aren't necessary, just tell us your address.",
        WARRANTY,
        False,
    ),
    (
        "Meine Jacke ist undicht.",
        "Fotos sind nicht nötig, schick uns einfach deine Adresse.",
        WARRANTY,
        False,
    ),
    (
        "O meu casaco rasgou.",
        "Não precisa de enviar fotos, basta o número do pedido.",
        WARRANTY,
        False,
    ),
    (
        "Mi chaqueta se rompió.",
        "No hace falta el número de pedido, con tu nombre basta.",
        WARRANTY,
        False,
    ),
    (
        "La giacca si è strappata.",
        "Non serve il numero d'ordine, basta il tuo nome.",
        WARRANTY,
        False,
    ),
    (
        "My jacket leaks.",
        "Please send us your order number, a short description and photos.",
        WARRANTY,
        True,
    ),
    (
        "Delete my account please.",
        "You can skip the form: we've already put the request through.",
        PRIVACY,
        False,
    ),
    (
        "Delete my account please.",
        "No need for the form: just email privacy@example.com from your account address.",
        PRIVACY,
        True,
    ),
    (
        "I lost my gift card.",
        "Without the card number or the order number we can't replace it, sorry.",
        GIFT_CARD,
        True,
    ),
    (
        "I lost my gift card.",
        "Even without the card, the order number is enough for us to replace it.",
        GIFT_CARD,
        True,
    ),
    (
        "J'ai perdu ma carte cadeau.",
        "Même sans le numéro de carte ni le numéro de commande, on peut la remplacer.",
        GIFT_CARD,
        False,
    ),
    (
        "Do I need a receipt for the recall?",
        "No receipt needed, the serial number is enough.",
        RECALL,
        True,
    ),
    # Forfeited on deletion.
    (
        "Delete my account please.",
        "Before deleting, we'll convert your points into store credit for you.",
        PRIVACY,
        False,
    ),
    (
        "Verwijder mijn account.",
        "Je punten zetten we om in tegoed voordat we je account verwijderen.",
        PRIVACY,
        False,
    ),
    (
        "Delete my account please.",
        "Heads-up: deleting your account forfeits your points and store credit.",
        PRIVACY,
        True,
    ),
    (
        "Borrad mi cuenta.",
        "Ten en cuenta que al borrar la cuenta pierdes los puntos y el saldo; no podemos "
        "convertirlos.",
        PRIVACY,
        True,
    ),
    # Free shipping for US addresses only, unless another fact grants it.
    (
        "Wohne in Wien, bekomme ich als Mitglied kostenlosen Versand?",
        "Ja, als Mitglied bekommst du kostenlosen Versand nach Österreich.",
        REWARDS,
        False,
    ),
    (
        "Free shipping to Austria?",
        "Free shipping to Austria starts at $200.",
        REWARDS,
        True,
    ),
    (
        "I'm Peak and live in Toronto, do I get free Expedited?",
        "Yes! As a Peak member you get free Expedited shipping to Toronto.",
        PEAK,
        False,
    ),
    (
        "I'm Peak and live in Toronto, do I get free Expedited?",
        "Free Expedited is for the contiguous 48 states only, but Canada ships free from $150.",
        PEAK,
        True,
    ),
]


@pytest.mark.parametrize(("post", "draft", "facts", "passes"), ROWS, ids=[r[1] for r in ROWS])
def test_scope_restrictions(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason


# (text, places it names)
PLACES = [
    ("Moro em Lisboa", {"Portugal"}),
    ("ships outside the US", {"international"}),
    ("New Mexico, not Mexico City", {"us-state", "Mexico"}),
    ("from Porto Alegre", {"Brazil"}),
    ("do u ship to canada?? 🇨🇦", {"Canada"}),
    ("UK/EU orders", {"the UK", "the EU"}),
    ("Send it to us, please", set()),
    ("Hola, ¿cómo estás? Je parle français.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PLACES, ids=[p[0] for p in PLACES])
def test_places(text: str, expected: set[str]) -> None:
    assert places(text) == expected
