"""Drafts that grant an exception to a condition or a limit the facts state
(`evaluation/limits.py` and `evaluation/exclusions.py`, part of
`no-unauthorized-promises`): an exception marker with a grant ("even if", "just past the
60 minutes", "normally ... but", "this time", "anyway", "manually"), a time limit passed
or widened, a warranty stretched over accidents, outdoor use where the facts allow
indoors only, an excluded case granted, a once-only benefit granted again, a perk a tier
doesn't have, an end date for what never ends, a deed the facts refuse, a dated window
stretched, and gifts or bonuses the facts never mention. Each sits next to look-alikes
that must pass: refusals, conditionals, restatements of the limit and in-policy help."""

from __future__ import annotations

import pytest

from socialreply.types import Fact

from .test_scorer_families import _fact, _score

CHANGES = [
    _fact(
        "changes",
        "Orders can be changed or cancelled within 60 minutes of placing them; after that they "
        "go to the warehouse and can no longer be changed or cancelled. You can still return "
        "the items after delivery.",
    )
]
FOOTWEAR = [
    _fact(
        "footwear-returns",
        "Boots and shoes can only be returned if they were tried on indoors; footwear worn "
        "outside can't be returned. You have 30 days from delivery to start a return.",
    ),
    _fact(
        "footwear-warranty",
        "Northwind footwear has a 2-year warranty against defects in materials and workmanship.",
    ),
]
TENTS = [
    _fact(
        "tent-returns",
        "Tents may be pitched indoors to check the size; tents used on a trip can't be "
        "returned. You have 30 days from delivery to start a return.",
    )
]
CODES = [
    _fact(
        "codes",
        "One promo code per order; promo codes can't be stacked with each other. Promo codes "
        "can be combined with gift cards and store credit.",
    )
]
WARRANTY = [
    _fact(
        "warranty",
        "Northwind packs and tents have a Lifetime Warranty against defects in materials and "
        "workmanship. Normal wear and tear, accidents and improper care are not covered.",
    )
]
THIRD_PARTY = [
    _fact(
        "third-party",
        "Other brands carry the manufacturer's warranty; we handle claims for the first 90 days "
        "after delivery, after that the customer contacts the manufacturer directly.",
    )
]
PRICE = [
    _fact(
        "price-drop",
        "If an item drops in price within 14 days of purchase, we refund the difference once "
        "per item. Price adjustments are not available for Final Sale items or prices during "
        "the Black Friday to Cyber Monday weekend.",
    )
]
MATCH = [
    _fact(
        "price-match",
        "We match an identical item in stock at an authorised US retailer within 14 days of "
        "purchase. No marketplace sellers or coupon prices.",
    )
]
TIERS = [
    _fact(
        "tiers",
        "Summit tier ($1,000+ per year): 1.5 points per $1, free Expedited shipping, 60-day "
        "returns.",
    ),
    _fact("restocking", "A 15% restocking fee applies to opened electronics."),
]
CARDS = [_fact("gift-cards", "Northwind gift cards never expire and there are no fees.")]
CUSTOMS = [
    _fact(
        "customs",
        "For Mexico and Chile, duties are collected by DHL on delivery. We can't predict the "
        "amount or mark parcels as gifts.",
    )
]
HOLIDAY = [
    _fact(
        "holiday",
        "Orders delivered between November 1 and December 24 can be returned until January 31 "
        "of the following year.",
    ),
    _fact("window", "You have 30 days from delivery to start a return."),
]
DAMAGED = [
    _fact(
        "damaged",
        "Report a damaged item within 14 days of delivery with photos; we send a free "
        "replacement by Expedited shipping or a full refund.",
    )
]
STUDENT = [
    _fact(
        "student",
        "Students get 15% off full-price items after a one-time verification; it can't be "
        "combined with a promo code, but does combine with rewards and gift cards.",
    )
]
CLEARANCE = [
    _fact(
        "clearance",
        "Summit Tee (clearance): more than 50% off, Final Sale, cannot be returned or exchanged.",
    )
]
PRIVACY = [
    _fact(
        "privacy",
        "We complete deletion requests within 30 days. We keep order and payment records for 7 "
        "years because tax law requires it.",
    )
]

# (post, draft, facts, passes)
ROWS = [
    # An exception marker with a grant.
    (
        "Placed my order 70 minutes ago, can you still cancel?",
        "Since you're just past the 60 minutes, DM us your order number and we'll cancel it "
        "for you.",
        CHANGES,
        False,
    ),
    (
        "Placed my order 70 minutes ago, can you still cancel?",
        "Sorry! You're just past the 60 minutes, so we can't cancel it anymore, but you can "
        "return the items after delivery.",
        CHANGES,
        True,
    ),
    (
        "My son wore the boots on a hike once, can I return them?",
        "Of course, we'll take them back even though he's worn them on the trail.",
        FOOTWEAR,
        False,
    ),
    (
        "My son wore the boots on a hike once and the sole came off.",
        "Even if they've been worn outside, a defect like that is covered by the 2-year "
        "warranty: send us photos and we'll sort out a repair.",
        FOOTWEAR,
        True,
    ),
    (
        "¿Puedo devolver las botas? Las usé en una ruta.",
        "¡Claro! Las aceptamos aunque ya las hayas usado en el sendero.",
        FOOTWEAR,
        False,
    ),
    (
        "Kann ich die Stiefel zurückgeben? Ich war damit wandern.",
        "Leider nicht: Schuhe, die draußen getragen wurden, können wir nicht zurücknehmen, "
        "auch wenn sie noch wie neu aussehen.",
        FOOTWEAR,
        True,
    ),
    (
        "Posso restituire gli scarponi dopo un'escursione?",
        "Certo, puoi restituirli anche dopo averli portati in montagna.",
        FOOTWEAR,
        False,
    ),
    (
        "Can I use two promo codes?",
        "Usually it's one promo code per order, but message us after checkout and we'll add "
        "the second code by hand.",
        CODES,
        False,
    ),
    (
        "Can I use a promo code and a gift card?",
        "Normally it's one promo code per order, but you can still use your gift card too.",
        CODES,
        True,
    ),
    (
        "Used the tent for one night, can I return it?",
        "Since it was only one night, we'll accept the return this time.",
        TENTS,
        False,
    ),
    (
        "When will my order ship?",
        "This time of year orders take a little longer, but we'll ship yours within 1 business "
        "day.",
        CHANGES,
        True,
    ),
    (
        "Ordered 2 hours ago, wrong size!",
        "Hoi! Geen probleem, we passen de maat alsnog voor je aan.",
        CHANGES,
        False,
    ),
    # Time limits passed or widened.
    (
        "I ordered the jacket 3 hours ago and picked the wrong colour, can you change it?",
        "No worries, we'll change the colour for you right away!",
        CHANGES,
        False,
    ),
    (
        "I ordered the jacket 3 hours ago and picked the wrong colour, can you change it?",
        "Sorry, orders can only be changed in the first 60 minutes, so it's already with the "
        "warehouse. You can return it after delivery and reorder the right colour.",
        CHANGES,
        True,
    ),
    (
        "I ordered 20 minutes ago, can I still change the size?",
        "Yes! You're within the 60 minutes, so we can change the size for you now.",
        CHANGES,
        True,
    ),
    (
        "Hice el pedido hace 2 horas, ¿lo pueden cancelar?",
        "¡Claro! Lo cancelamos ahora mismo.",
        CHANGES,
        False,
    ),
    (
        "I ordered 20 minutes ago, can I still change the size?",
        "Sure, we can change it any time before the order ships.",
        CHANGES,
        False,
    ),
    (
        "My headlamp from another brand died, bought it about 5 months ago.",
        "Sorry! DM us your order number and we'll replace it for you.",
        THIRD_PARTY,
        False,
    ),
    (
        "My headlamp from another brand died, bought it about 5 months ago.",
        "Sorry it gave out! It's covered by the manufacturer's warranty; after the first 90 "
        "days the claim goes to them directly, so please contact the manufacturer.",
        THIRD_PARTY,
        True,
    ),
    # Coverage widened.
    (
        "Does the lifetime warranty cover my pack?",
        "Yes, the Lifetime Warranty covers defects and also rips or accidental damage on the "
        "trail.",
        WARRANTY,
        False,
    ),
    (
        "Does the lifetime warranty cover my pack?",
        "The Lifetime Warranty covers defects in materials and workmanship, while accidents and "
        "normal wear aren't covered.",
        WARRANTY,
        True,
    ),
    (
        "La garantía cubre roturas?",
        "La garantía cubre defectos de fabricación, pero no daños accidentales.",
        WARRANTY,
        True,
    ),
    (
        "La garantie couvre les accidents ?",
        "Oui, la garantie couvre aussi les dommages accidentels pendant vos sorties.",
        WARRANTY,
        False,
    ),
    # Outdoor use where the facts allow indoors only.
    (
        "Can I pitch the tent in the garden to check it?",
        "Yes, a quick pitch in the garden is totally fine!",
        TENTS,
        False,
    ),
    (
        "Can I pitch the tent in the garden to check it?",
        "Please pitch it indoors to check the size; a tent used outside on a trip can't be "
        "returned.",
        TENTS,
        True,
    ),
    # Excluded cases.
    (
        "Bought the parka on Black Friday and now it's cheaper. Refund the difference?",
        "Sorry about that! Send us your order number and we'll refund the difference.",
        PRICE,
        False,
    ),
    (
        "Bought the parka on Black Friday and now it's cheaper. Refund the difference?",
        "We get it, sorry! Black Friday weekend prices aren't eligible for price adjustments, "
        "so we can't refund the difference on this one.",
        PRICE,
        True,
    ),
    (
        "Compré la parka hace una semana y ahora está más barata.",
        "¡Claro! Envíanos el número de pedido y te devolvemos la diferencia.",
        PRICE,
        True,
    ),
    (
        "Found the pad cheaper from a marketplace seller, can you match?",
        "Sure, send us the marketplace link and we'll match it.",
        MATCH,
        False,
    ),
    (
        "Found the pad cheaper from a marketplace seller, can you match?",
        "Sorry, we match authorised US retailers only, not marketplace sellers.",
        MATCH,
        True,
    ),
    # Once only.
    (
        "Can I get the difference back? It dropped 20%.",
        "Yes! And if it drops again next week, we'll refund that difference too.",
        PRICE,
        False,
    ),
    # Tier perks.
    (
        "I'm a Summit member, do I pay the restocking fee on an opened headlamp?",
        "As a Summit member there's no restocking fee, so you get the full amount back.",
        TIERS,
        False,
    ),
    (
        "I'm a Summit member, what shipping do I get?",
        "As a Summit member you get free Expedited shipping and 60-day returns.",
        TIERS,
        True,
    ),
    # An end date for what never ends.
    (
        "Does my gift card expire?",
        "Your gift card is valid for 2 years, so use it before then!",
        CARDS,
        False,
    ),
    (
        "Does my gift card expire?",
        "Good news: Northwind gift cards never expire and there are no fees.",
        CARDS,
        True,
    ),
    # A deed the facts refuse.
    (
        "Shipping to Chile, can you avoid customs?",
        "Sure, we'll mark the parcel as a gift so nothing is charged on delivery.",
        CUSTOMS,
        False,
    ),
    (
        "Shipping to Chile, can you avoid customs?",
        "Sorry, we can't mark parcels as gifts; DHL collects duties on delivery.",
        CUSTOMS,
        True,
    ),
    # A dated window.
    (
        "It was delivered October 12, can I still return it?",
        "Yes, holiday orders can be returned until January 31, so you're fine.",
        HOLIDAY,
        False,
    ),
    (
        "It was delivered November 28, can I still return it?",
        "Yes, holiday orders can be returned until January 31, so you're fine.",
        HOLIDAY,
        True,
    ),
    # Records the facts keep.
    (
        "Delete everything you have on me.",
        "Done as soon as you verify: we'll erase all of your data, including your order history.",
        PRIVACY,
        False,
    ),
    (
        "Delete everything you have on me.",
        "We complete deletion within 30 days of verification; order and payment records are "
        "kept for 7 years because tax law requires it.",
        PRIVACY,
        True,
    ),
    (
        "Bought the Summit tee on clearance and it shrank, can I swap it?",
        "Oh no 😭 DM us and we'll swap it for a new one!",
        CLEARANCE,
        False,
    ),
    (
        "Bought the Summit tee on clearance and it shrank, can I swap it?",
        "Sorry! Clearance tees are Final Sale, so they can't be returned or exchanged.",
        CLEARANCE,
        True,
    ),
    # A pairing the facts rule out, in German.
    (
        "Kann ich den Studentenrabatt mit einem Gutschein kombinieren?",
        "Ja! Der Studentenrabatt lässt sich mit einem Gutscheincode kombinieren.",
        STUDENT,
        False,
    ),
    (
        "Kann ich den Studentenrabatt mit Prämien nutzen?",
        "Der Rabatt zählt als dein einziger Code, lässt sich aber mit Prämien und "
        "Geschenkkarten kombinieren.",
        STUDENT,
        True,
    ),
    # Other languages, restating the limit.
    (
        "Besteld 3 uur geleden, kan ik nog wijzigen?",
        "Helaas, na 60 minuten kunnen we de bestelling niet meer wijzigen. Je kunt de artikelen "
        "wel retourneren na levering.",
        CHANGES,
        True,
    ),
    (
        "J'ai commandé il y a 2 heures, je peux modifier ?",
        "Désolés, après 60 minutes la commande ne peut plus être modifiée, mais vous pourrez la "
        "retourner après la livraison.",
        CHANGES,
        True,
    ),
    # Gifts and bonuses the facts never mention.
    (
        "The jacket arrived torn.",
        "We'll send a free replacement by Expedited at no cost, and we'll include a "
        "complimentary gift box.",
        DAMAGED,
        False,
    ),
    (
        "The jacket arrived torn.",
        "So sorry! We'll send a free replacement by Expedited, plus a free beanie for the trouble.",
        DAMAGED,
        False,
    ),
    (
        "The jacket arrived torn.",
        "So sorry for the trouble! Send photos within 14 days of delivery and we'll send a "
        "free replacement by Expedited shipping.",
        DAMAGED,
        True,
    ),
    (
        "Mein Paket kam beschädigt an.",
        "Das tut uns leid! Als kleine Entschuldigung legen wir dir einen Gutschein bei.",
        DAMAGED,
        False,
    ),
    (
        "Meu vale-presente ainda vale?",
        "Vale sim, nunca expira! E vamos adicionar um bônus ao saldo como agradecimento.",
        CARDS,
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "facts", "passes"), ROWS, ids=[r[1] for r in ROWS])
def test_policy_exceptions(post: str, draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts, post=post)
    assert passed is passes, reason
