"""Families of defects the deterministic scorers must catch in their many phrasings
(tenses, languages, number formats), each next to good phrasings that must pass: a
promise the facts grant, an offer to check, a polite instruction, a number stated as the
facts state it in another format."""

from __future__ import annotations

import pytest

from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.evaluation.surface_text import count_emoji, shouted_words
from socialreply.evaluation.tone import is_complaint
from socialreply.types import Fact, Post


def _fact(doc: str, text: str) -> Fact:
    return Fact(id=f"{doc}#1", doc_id=doc, source=f"knowledge/{doc}.md", text=text)


RETURNS = _fact(
    "returns",
    "You have 30 days from the delivery date to start a return. Returns are free for US "
    "orders: you get a prepaid return label. Opened electronics carry a 15% restocking fee. "
    "We issue the refund within 3 business days after your return reaches our warehouse. "
    "It then takes 5-10 business days to appear on a card, 3-5 business days for PayPal, up "
    "to 3 business days for Klarna to update your plan, and within 24 hours for store credit "
    "or gift cards.",
)
SHIPPING = _fact(
    "shipping",
    "Standard shipping within the contiguous US is free on orders of $75 or more; otherwise "
    "it costs $6.95 and takes 5-7 business days. Canada ships free from $150 and the UK and "
    "EU from $200. Expedited and Overnight orders placed by 2pm Eastern Time, Monday to "
    "Friday, leave the same day. We don't ship on weekends. Expedited takes 2-3 business days "
    "($14.95) and Overnight 1 business day ($29.95).",
)
WARRANTY = _fact(
    "warranty",
    "Northwind-brand packs, tents, sleeping bags and trekking poles have a Lifetime Warranty "
    "against defects in materials and workmanship. Northwind apparel and footwear have 2 "
    "years, electronics 1 year. Normal wear and tear, accidents and improper care aren't "
    "covered.",
)
WRONG_ITEM = _fact(
    "wrong-item",
    "Report it within 14 days of delivery with your order number and a photo. We'll send the "
    "right item by Expedited shipping at no cost within 2 business days, or refund you in "
    "full including shipping.",
)
HOURS = _fact(
    "support-hours",
    "Our team is available Monday to Friday 8am-8pm and Saturday 9am-5pm Eastern Time. We're "
    "closed on Sundays and US federal holidays.",
)
CODES = _fact(
    "stack-promo-codes",
    "Only one promo code can be used per order, and codes can't be combined with each other. "
    "You can combine a promo code with rewards, gift cards and store credit.",
)
STUDENT = _fact(
    "student-discount",
    "Students and teachers get 15% off full-price items after a one-time verification. It "
    "counts as your one discount, so it can't be combined with a promo code.",
)
POLICY = [RETURNS, SHIPPING, WARRANTY]  # no refund-in-full, credit or free-gift terms
NO_WARRANTY = [RETURNS, SHIPPING]  # a warranty promises repair or replacement
GRANTS = [RETURNS, WRONG_ITEM]  # the wrong-item policy grants a full refund and a resend

# (draft, facts, passes)
PROMISES: list[tuple[str, list[Fact], bool]] = [
    # refunds in several tenses and persons
    ("We'll refund you in full right away.", POLICY, False),
    ("I've issued a refund to your card.", POLICY, False),
    ("We have already refunded your order.", POLICY, False),
    ("Your refund has been processed, you'll see it tomorrow.", POLICY, False),
    ("Good news: we've approved a full refund for you.", POLICY, False),
    ("You'll get every penny back, no problem.", POLICY, False),
    # free things, credit, discounts, compensation, fees
    ("You'll get a free replacement this week.", NO_WARRANTY, False),
    ("We'll send you a new one straight away.", NO_WARRANTY, False),
    ("Shipping to Canada is totally free on this one.", [RETURNS], False),
    ("We've added a $20 credit to your account for the trouble.", POLICY, False),
    ("As a goodwill gesture, here's 20% off your next order.", POLICY, False),
    ("We'll waive the restocking fee this time.", POLICY, False),
    ("We'll drop the restocking fee for you.", POLICY, False),
    ("We'll cover the return shipping for your international order.", [WARRANTY], False),
    ("We'd like to offer some compensation for the delay.", POLICY, False),
    ("We'll make it up to you with a gift.", POLICY, False),
    # dates
    ("Expect it by Friday!", POLICY, False),
    ("You'll have your money back by Friday.", POLICY, False),
    ("I went ahead and refunded you already, check your card!", POLICY, False),
    ("We'll send a brand-new tent today.", POLICY, False),
    ("Shipping is free on every order this month.", POLICY, False),
    ("It will arrive tomorrow, promise.", POLICY, False),
    ("Your parcel will be delivered on Monday.", POLICY, False),
    ("You'll have it before the weekend.", POLICY, False),
    # Spanish, French, German
    ("Te haremos un reembolso completo hoy mismo.", POLICY, False),
    ("Le enviaremos un reemplazo sin costo.", NO_WARRANTY, False),
    ("Tu pedido llegará mañana.", POLICY, False),
    ("Nous vous rembourserons intégralement.", POLICY, False),
    ("Nous vous offrons une réduction de 20 % en dédommagement.", POLICY, False),
    ("Votre colis arrivera demain.", POLICY, False),
    ("Wir erstatten Ihnen den vollen Betrag.", POLICY, False),
    ("Als Entschädigung erhalten Sie einen Gutschein.", POLICY, False),
    ("Ihr Paket kommt morgen an.", POLICY, False),
    ("Ya te hemos reembolsado y lo verás mañana.", POLICY, False),
    ("Nous vous avons déjà remboursé.", POLICY, False),
    ("Wir haben Ihnen den Betrag bereits erstattet.", POLICY, False),
    # policy flips, plural or singular
    ("Yes, the student discount stacks with promo codes!", [STUDENT], False),
    ("Sure, we ship on weekends too.", [SHIPPING], False),
    ("Yes, we're open Sunday 9am-5pm ET.", [HOURS], False),
    ("Sure, you can combine up to two promo codes per order!", [CODES], False),
    ("Nope, and we'll even refund your original shipping too!", POLICY, False),
    # good: grounded in the facts, offers to check, conditional on policy, refusals
    ("You can return it within 30 days with a free prepaid label.", POLICY, True),
    ("We'll look into it and get back to you today.", POLICY, True),
    ("If the policy allows, we can refund it once it's back.", POLICY, True),
    ("If it's eligible, we'll issue a refund within 3 business days.", POLICY, True),
    ("Once your refund has been issued, PayPal takes 3-5 business days.", POLICY, True),
    ("If we refunded your card, it takes 5-10 business days to show.", POLICY, True),
    ("We'll send the right item at no cost, or refund you in full.", GRANTS, True),
    ("Sorry! We'll send a replacement by Expedited shipping at no cost.", GRANTS, True),
    ("Standard shipping is free on orders of $75 or more.", POLICY, True),
    ("Canada ships free from $150.", POLICY, True),
    ("Unfortunately we can't offer a refund on opened electronics.", POLICY, True),
    ("We don't ship on weekends, sorry.", [SHIPPING], True),
    ("It can't be combined with a promo code, sorry.", [STUDENT], True),
    ("Sorry, Sundays we're closed. We're back Monday at 8am ET.", [HOURS], True),
    ("One promo code per order, but you can add gift cards and store credit.", [CODES], True),
    ("We'll send the right item and refund you in full including shipping.", GRANTS, True),
    ("Packs have a Lifetime Warranty against defects.", POLICY, True),
    ("If it's a defect, send us photos and we'll repair or replace it.", [WARRANTY], True),
    ("We'll replace it with a new one right away.", [SHIPPING], False),
    ("Puedes devolverlo en 30 días; la etiqueta es gratis en EE. UU.", POLICY, True),
    ("Nous ne pouvons pas vous rembourser un article porté, désolés.", POLICY, True),
    ("Wir prüfen, ob eine Erstattung möglich ist.", POLICY, True),
    ("Have a great day!", POLICY, True),
    ("Since it was delivered on March 3, you can return it until April 2.", POLICY, True),
    ("Orders placed Friday after 2pm ship Monday.", POLICY, True),
    ("Tu chaqueta tiene una garantía de 2 años.", [WARRANTY], True),
    ("Votre veste a une garantie de 2 ans.", [WARRANTY], True),
    ("Garantizamos la entrega mañana.", POLICY, False),
    ("It will be delivered on Monday.", POLICY, False),
    ("Standard shipping is free on all orders over $75.", POLICY, True),
    ("We'll email you the prepaid label today.", POLICY, True),
    ("We'll send you a DM today with the details.", POLICY, True),
]

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    ("You should have checked the size chart.", False),
    ("As stated on the product page, it isn't waterproof.", False),
    ("As clearly noted in our FAQ, returns take 30 days.", False),
    ("Per our policy, you failed to report it in time.", False),
    ("That's on you, not us.", False),
    ("If you had read the care label, this wouldn't happen.", False),
    ("If you'd ordered before 2pm it would have shipped.", False),
    ("Maybe you pulled it too hard when pitching.", False),
    ("Perhaps you washed it on hot?", False),
    ("You probably wore it outside.", False),
    ("You must have selected the wrong size.", False),
    ("Calm down, we're looking at it.", False),
    ("With all due respect, the jacket is fine.", False),
    ("You were told it ships in 5-7 business days.", False),
    ("For the third time, we don't ship on weekends.", False),
    ("It works fine for everyone else.", False),
    ("Next time, read the description before ordering.", False),
    ("No need to get upset about it.", False),
    ("The mistake was on your end.", False),
    ("Storm damage is on you, not a defect.", False),
    ("As we've said before, refunds take time.", False),
    ("Honestly, double-check your cart next time.", False),
    ("Sorry! Frankly, that's how refunds work.", False),
    ("Please be patient like everyone else.", False),
    ("Only if you didn't overload it, which most people do.", False),
    ("Usted debería haber leído la política.", False),
    ("Vous auriez dû vérifier la taille.", False),
    ("Sie hätten die Anleitung lesen sollen.", False),
    # good: polite instructions and acknowledgements
    ("Sorry about that! Could you DM us your order number?", True),
    ("You can return it within 30 days of delivery.", True),
    ("Should you have any questions, we're here.", True),
    ("If you'd like, we can check the size with you.", True),
    ("As you mentioned, the seam came apart; we'll make it right.", True),
    ("Maybe you could send us a photo of the label?", True),
    ("Please try it indoors first; if it doesn't fit, returns are free.", True),
    ("Thanks for your understanding and your patience.", True),
    ("You may have received a shipping email already.", True),
    ("Relaxing trip ahead? The tent's Lifetime Warranty has you covered.", True),
    ("Your choice of colour is in stock again.", True),
    ("So sorry! Next time we'll double-check your order before it ships.", True),
    ("It's covered only if the damage comes from a defect.", True),
    ("So sorry, that's not your fault at all!", True),
    ("That's our fault, and we're sorry.", True),
    ("Sorry you were told the wrong date.", True),
    ("It wasn't your mistake; we mixed up the labels.", True),
    ("Simply follow the link in your email to start the return.", True),
    ("You need to check your spam folder for the label.", True),
    ("It's not that hard to fix: we'll send a new buckle.", True),
    ("That's your problem, not ours.", False),
    ("It's not our fault the carrier was late.", False),
    ("That was your own mistake.", False),
]

# (draft, facts, passes)
NUMBERS: list[tuple[str, list[Fact], bool]] = [
    # contradicted durations, prices and percentages in other formats
    ("You have 60 days to return it.", POLICY, False),
    ("You have sixty days to return it.", POLICY, False),
    ("You have two weeks to return it.", POLICY, False),
    ("You have a week to return it.", POLICY, False),
    ("Store credit arrives within half an hour.", POLICY, False),
    ("Standard shipping takes between 3 and 4 business days.", POLICY, False),
    ("Standard shipping takes 3 to 4 business days.", POLICY, False),
    ("Standard shipping costs USD 9.95.", POLICY, False),
    ("Shipping is free over 50 dollars.", POLICY, False),
    ("Opened electronics carry a 20 percent restocking fee.", POLICY, False),
    ("Der Standardversand dauert 10-12 Werktage.", POLICY, False),
    ("Tienes 60 días desde la entrega para devolverlo.", POLICY, False),
    ("Comptez 3 à 4 jours ouvrés pour PayPal.", POLICY, False),
    # right number, wrong subject
    ("PayPal refunds arrive within 24 hours.", POLICY, False),
    ("Klarna refunds show up within 5-10 business days.", POLICY, False),
    ("Trekking poles have a 2-year warranty.", POLICY, False),
    ("Tents have a 1-year warranty.", POLICY, False),
    ("Free shipping to Canada starts at $75.", POLICY, False),
    ("Orders placed by 5pm ET leave the same day.", POLICY, False),
    ("Tent poles are only covered for 2 years.", POLICY, False),
    ("Overnight costs $14.95 and arrives in 1 business day.", POLICY, False),
    # good: the facts' numbers, in other formats
    ("You have thirty days to return it.", POLICY, True),
    ("You have a month to return it.", POLICY, True),
    ("Standard shipping takes between 5 and 7 business days.", POLICY, True),
    ("Standard shipping takes 5–7 business days.", POLICY, True),
    ("Shipping is free over seventy-five dollars.", POLICY, True),
    ("Shipping is free on orders over 75 USD.", POLICY, True),
    ("Standard shipping costs USD 6.95.", POLICY, True),
    ("Opened electronics carry a fifteen percent restocking fee.", POLICY, True),
    ("Der Standardversand dauert 5-7 Werktage.", POLICY, True),
    ("Tienes 30 días desde la entrega para devolverlo.", POLICY, True),
    ("Sur carte, comptez 5 à 10 jours ouvrés.", POLICY, True),
    ("Klarna updates your plan within up to 3 business days.", POLICY, True),
    ("Store credit shows up within 24 hours.", POLICY, True),
    ("Northwind packs have a Lifetime Warranty.", POLICY, True),
    ("Headlamps have a 1-year warranty, like all electronics.", POLICY, True),
    ("Northwind jackets come with a 2-year warranty.", POLICY, True),
    ("Overnight orders placed by 2pm ET leave the same day.", POLICY, True),
    ("Support is open Saturday until 5pm ET.", POLICY, True),
    ("Standard shipping is $6.95, or free on orders of $75 or more.", POLICY, True),
    ("Orders under $75 pay $6.95 for standard shipping.", POLICY, True),
    ("Your Northwind boots have a 2-year warranty against defects.", POLICY, True),
    ("Tent poles are covered for life.", POLICY, True),
    ("Expedited costs $14.95 and Overnight $29.95.", POLICY, True),
]


def _score(scorer: str, draft: str, facts: list[Fact], post: str = "Question?") -> tuple[bool, str]:
    ctx = ScoringContext(post=Post(text=post, platform="x"), text=draft, facts=facts)
    result = run_deterministic(AssertionSpec(type=scorer), ctx)
    return result.passed, result.reason


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_unauthorized_promises(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_numbers(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        ("Thank you for your patience; emails are answered within 1 business day.", True),
        ("Thanks for bearing with us while we check.", True),
        ("Emails are answered within 1 business day.", False),
    ],
)
def test_empathy_accepts_thanks_for_patience(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post="Still waiting on a reply. Ridiculous.")
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "draft", "passes"),
    [
        ("Is my Northwind pack covered if a strap breaks?", "Yes, if it's a defect.", True),
        ("What happens if my tent pole snaps on a trip?", "It's covered for life.", True),
        ("My pack strap broke on day one.", "It's covered for life.", False),
        ("If this isn't fixed I'm done. The strap broke!", "It's covered for life.", False),
    ],
)
def test_empathy_ignores_hypothetical_problems(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post=post)
    assert passed is passes, reason


def test_language_match_reads_short_english_posts_as_english() -> None:
    post = "Got a medium instead of a large, annoyed."
    passed, reason = _score("language-match", "Sorry! DM us a photo of the label.", POLICY, post)
    assert passed, reason


@pytest.mark.parametrize(
    "draft",
    [
        "Points expire after 12 months without account activity, and every 100 points "
        "becomes a $5 reward.",
        "Yes! First responders get 15% off full-price items after a one-time verification, "
        "renewed every 12 months.",
    ],
)
def test_readability_allows_plain_short_replies(draft: str) -> None:
    passed, reason = _score("readability", draft, POLICY)
    assert passed, reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        ("We regret to inform you that refunds take 5-10 business days.", False),
        ("Please note that your request has been forwarded to the relevant department.", False),
        ("Thank you for contacting us. We have received your inquiry.", False),
        ("Unfortunately, I am not able to access order information.", False),
        ("I've passed this to our warehouse team and will update you today.", True),
        ("We've received your photos, thanks! Our team will reply within 3 business days.", True),
        # form letters and the other supported languages (session 4)
        ("We acknowledge receipt of your message and will respond in due course.", False),
        ("Kindly direct further enquiries to the designated channel.", False),
        ("Als KI-Assistent kann ich keine Bestellungen ändern.", False),
        ("En tant qu'IA, je ne peux pas voir votre commande.", False),
        ("Estimado cliente: su solicitud ha sido registrada.", False),
        ("Gentile cliente, la sua richiesta è stata inoltrata.", False),
        ("Prezado cliente, recebemos a sua mensagem.", False),
        ("Geachte klant, wij hebben uw bericht ontvangen.", False),
        ("Danke für die Geduld! Schick uns die Bestellnummer per DM.", True),
        ("¡Hola Ana! Te enviamos la talla correcta mañana mismo.", True),
        ("Our repair team will email you a quote within 3 business days.", True),
        # session 5: form-letter phrases
        ("Your satisfaction is important to us. The bag is rated to 20°F.", False),
        ("We look forward to serving you again.", False),
        ("We hope this information is helpful.", False),
        ("En tant qu'assistant IA, je ne peux pas le voir.", False),
        ("Thanks! The bag is rated to 20°F, so it's right for your trip.", True),
    ],
)
def test_robotic_phrasings(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "draft"),
    [
        ("Où est mon remboursement ?", "Your refund takes 5-10 business days."),
        ("¿Dónde está mi reembolso?", "Refunds take 5-10 business days after we issue them."),
    ],
)
def test_language_match_catches_short_english_replies(post: str, draft: str) -> None:
    passed, reason = _score("language-match", draft, POLICY, post)
    assert not passed, reason


def test_readability_is_not_graded_on_other_languages() -> None:
    german = (
        "Das tut uns leid! Standardversand dauert fünf bis sieben Werktage. Schicken Sie uns "
        "bitte Ihre Bestellnummer, dann prüfen wir die Sendungsverfolgung umgehend."
    )
    passed, reason = _score("readability", german, POLICY)
    assert passed, reason
    assert "not measured" in reason


def test_misattributed_number_names_the_rival() -> None:
    passed, reason = _score("numbers-supported", "Tents have a 1-year warranty.", POLICY)
    assert not passed
    assert "lifetime" in reason.lower()


# --- session 3 families: how agents slip when they are not writing "you should have" ------

TABLE = _fact(
    "intl-rates",
    "| Canada | $14.95 | orders of $150 or more | 5–9 business days | | United Kingdom and "
    "European Union | $24.95 | orders of $200 or more | 7–12 business days |",
)
REPAIRS = _fact(
    "repairs",
    "Outside the warranty our repair team can still help: zipper replacement $25, seam "
    "re-taping $35, tent pole section $15. Emails are answered within 1 business day and "
    "social media DMs within 2 hours.",
)

KLARNA = _fact(
    "klarna",
    "Klarna Pay in 4 for US customers: 4 interest-free payments, every two weeks, on orders "
    "from $35 to $1,000. We don't offer Afterpay or Affirm.",
)

# (draft, passes)
BLAME_S3: list[tuple[str, bool]] = [
    # a guess at how the customer caused the damage
    ("Sorry! Seams like that usually split when the pack is overloaded.", False),
    ("Soles tend to peel if boots are dried by a radiator, so keep that in mind.", False),
    ("Sorry to hear it. That kind of crack points to a drop onto rock.", False),
    ("These were probably been washed on hot at some point.", False),
    ("That's normal wear and tear, so it isn't covered.", False),
    ("Jackets are built for hiking, not for being stuffed wet in a bag.", False),
    # pointing at where it was written
    ("Like it says at checkout, one code per order.", False),
    ("The sizes are listed right on the product page.", False),
    ("Our return policy, which is on the website, gives you 30 days.", False),
    ("The timeline is shown when you start the return: 3 business days.", False),
    ("Just to clarify, the size chart is on every page.", False),
    ("To be fair, that's in the FAQ.", False),
    # cautions and "everyone else"
    ("Sorry about that! Take more care with the zipper next time.", False),
    ("Checking your cart first saves everyone a headache.", False),
    ("Just size up half a size like most customers do.", False),
    ("Wait 48 hours, then check with neighbours before contacting us.", False),
    # doubting, brushing off, curt
    ("Did you actually look in the mailroom?", False),
    ("Your 'missing' parcel is probably next door.", False),
    ("Tracking is almost never wrong.", False),
    ("Points don't just vanish on their own.", False),
    ("That's just how card payments work.", False),
    ("Nope. Refunds take 3 business days.", False),
    ("Relax, it's on its way.", False),
    ("Two weeks isn't that long for a refund.", False),
    ("We're sorry you feel that way.", False),
    ("Nothing more we can add here.", False),
    ("We heard you the first time.", False),
    ("Once it's with the carrier, timing is up to them.", False),
    ("The delay was the carrier's doing, not ours.", False),
    ("You agreed to that when you joined the program.", False),
    ("lol no, it's been worn.", False),
    ("Lenses can crack if the lamp is packed loose with other gear.", False),
    ("Poles need to be fully seated, otherwise they snap.", False),
    ("Snagging it on a branch would do it.", False),
    ("We did reply, check your DMs from Tuesday.", False),
    ("It was checked before it left our warehouse.", False),
    ("We don't ignore claims.", False),
    ("Colours vary on screens, so it may well be the right one.", False),
    ("Shouting won't make the refund any faster.", False),
    ("Messaging several times actually slows things down.", False),
    ("The XL most likely came from the size dropdown.", False),
    ("That's almost always a pitching issue rather than the pole itself.", False),
    ("Nobody has ignored you.", False),
    ("Useless is a strong word for a jacket that passes our lab tests.", False),
    ("Zippers jam when the draft tube gets caught.", False),
    ("It may be worth asking around before we open a claim.", False),
    ("Leaks like that are nearly always an O-ring that wasn't seated.", False),
    ("It's worth taking a screenshot of your cart before paying.", False),
    ("If you're done with us, that's your call.", False),
    ("Calling us useless won't speed up the bank.", False),
    ("Rewards expire after 90 days, which is shown next to each reward.", False),
    ("To be safe next trip, click every pole section in before bending it.", False),
    ("Yes, and it says so in bold on the product page.", False),
    ("That's why we ask everyone to test them indoors.", False),
    ("Trail runners fit true to size, which the size guide makes pretty clear.", False),
    ("We ship to Australia, as the shipping page has said for years.", False),
    ("We've answered you twice already.", False),
    ("You've got 60 minutes, so no need to panic.", False),
    ("Les transporteurs se trompent rarement.", False),
    ("Revisa bien tu cuenta antes de escribirnos.", False),
    # good: explanations without blame, advice before the fact, the team's own next time
    ("This usually happens when an order ships in several parcels.", True),
    ("Tracking usually updates within 24-48 hours once the carrier scans it.", True),
    ("Keep in mind boots need to be unworn, so try them on indoors first.", True),
    ("Next time we'll pack it more carefully, sorry!", True),
    ("Just so you know, we never ask for your password.", True),
    ("Most parcels marked delivered turn up within 48 hours.", True),
    ("If it's normal wear and tear, our repair team can fix it for $25.", True),
    ("Like most of our boots, the Granite Peak runs half a size small.", True),
    ("Are you sure? We'd love to help either way.", True),
    ("That's our mistake, not yours.", True),
    ("If a strap breaks, the Lifetime Warranty covers it.", True),
    ("We did it: your return label is attached.", True),
    ("See you next time on the trail!", True),
    ("Nope, our trail runners fit true to size.", True),
]

# (draft, facts, passes)
PROMISES_S3: list[tuple[str, list[Fact], bool]] = [
    # exceptions granted in passing
    ("We can make an exception this time and take them back.", POLICY, False),
    ("Just this once, we'll accept the return.", POLICY, False),
    ("Since you're a loyal customer, we'll fix it for you.", POLICY, False),
    ("Even though you've worn them outside, send them back.", POLICY, False),
    ("A few days past the window is totally fine.", POLICY, False),
    ("We're flexible if it's a bit later.", POLICY, False),
    ("We'll still cover it if you're just under.", POLICY, False),
    ("We'll treat it as unused.", POLICY, False),
    ("Aunque ya las hayas usado, te las cambiamos.", POLICY, False),
    # stacking and pairings the facts rule out
    ("Sure, we can stack them for you!", [CODES], False),
    ("You can use SPRING15 on top of the student discount.", [STUDENT, CODES], False),
    ("The student discount works with promo codes too.", [STUDENT], False),
    # costs taken on, extensions, things kept
    ("Les frais de retour sont à notre charge.", [WARRANTY], False),
    ("The return shipping can go on our account.", [WARRANTY], False),
    ("We'll knock the shipping off this order.", POLICY, False),
    ("If you need a bit longer, we'll extend it.", POLICY, False),
    # done deeds and dated deeds
    ("I've gone ahead and cancelled the order for you.", POLICY, False),
    ("Your refund is on its way.", POLICY, False),
    ("Your 400 points are back in your account.", POLICY, False),
    ("I've manually added 400 points to your account.", POLICY, False),
    ("We'll get that refund out to you by Friday.", [RETURNS], False),
    ("We'll ship the medium right away.", POLICY, False),
    ("No need for photos, we'll send a new one out today.", POLICY, False),
    ("It isn't part of the recall, but we'll swap it anyway.", POLICY, False),
    ("Overnight can't go to PO boxes normally, but I'll make it work.", POLICY, False),
    ("I've bumped your email to the top of the queue.", POLICY, False),
    ("Done! I've deleted your account and your data.", POLICY, False),
    ("We'll sort out the customs charges for you.", POLICY, False),
    ("I'll reship it today rather than wait for the claim.", POLICY, False),
    ("It's past the 60 minutes, but I've updated the address anyway.", POLICY, False),
    ("We'll include a free canister with your order.", POLICY, False),
    ("Points shouldn't expire, so I'll reinstate them.", POLICY, False),
    ("I've escalated it, so it'll be on your card by tomorrow.", POLICY, False),
    ("It's just past the warranty, but we won't charge for the zipper.", POLICY, False),
    ("We don't have Afterpay at checkout, but we can set up an Afterpay payment.", [KLARNA], False),
    ("Alaska gets free shipping on every order this month.", POLICY, False),
    ("Yes, the 15% works on sale items too.", [STUDENT], False),
    ("Wir überweisen Ihnen das Geld noch heute.", POLICY, False),
    ("DM us the code and we'll apply it after the fact.", POLICY, False),
    ("For PayPal I can push it through if you DM me.", POLICY, False),
    ("Yes, shipping is always free with us!", [SHIPPING], False),
    ("Lifetime, and that includes accidental damage too!", [WARRANTY], False),
    ("Te enviamos la nueva talla hoy mismo sin esperar la devolución.", POLICY, False),
    ("Packs have a Lifetime Warranty; accidents aren't covered.", [WARRANTY], True),
    # good: facts-backed, checks, comms, refusals, the facts' own days
    ("We'll check on your refund today.", POLICY, True),
    ("I'll find your refund right now.", POLICY, True),
    ("Normally it updates within 48 hours, but we can check for you.", POLICY, True),
    ("You can still combine it with rewards and gift cards.", [STUDENT, CODES], True),
    ("Sorry, codes can't be combined with the student discount.", [STUDENT], True),
    ("Orders placed Friday after 2pm will ship on Monday.", [SHIPPING], True),
    ("If it's eligible, we'll refund it once it's back.", POLICY, True),
    ("Send us photos and we'll take care of it.", POLICY, True),
    ("No problem, we'll check the tracking today.", POLICY, True),
    ("Weekend orders go out Monday.", [SHIPPING], True),
    ("Usually it's same day, but we can check your order.", POLICY, True),
]

# (draft, facts, passes)
NUMBERS_S3: list[tuple[str, list[Fact], bool]] = [
    # decimal commas in replies written in French, Spanish, German, Italian, Portuguese
    ("La livraison vers l'UE coûte 24,95 $, offerte dès 200 $.", [TABLE], True),
    ("El envío a Canadá cuesta 14,95 $ y es gratis desde 150 $.", [TABLE], True),
    ("La livraison vers l'UE coûte 29,95 $.", [TABLE], False),
    # a count spelled out without a unit is conversation, not a policy figure
    ("Two charges usually just mean two parcels: each is charged when it ships.", [TABLE], True),
    ("Happy to help with either of the three jackets you mentioned!", [REPAIRS], True),
    ("We answer emails within two business days.", [REPAIRS], False),
    ("Zipper replacement is $25 and takes two to three weeks.", [REPAIRS], False),
    # a number from the wrong row or clause
    ("Shipping to the EU is $24.95, free from $150, and takes 7-12 business days.", [TABLE], False),
    ("Canada is $14.95, free from $200, arriving in 5-9 business days.", [TABLE], False),
    ("Our repair team replaces zippers for $35 plus return shipping.", [REPAIRS], False),
    ("Emails are answered within 2 hours.", [REPAIRS], False),
    ("We're open Monday to Friday 9am-5pm ET.", [HOURS], False),
    # short units, couples and "or" ranges
    ("Refunds go out within a day or two of the return arriving.", POLICY, False),
    ("You have a couple of weeks to start a return.", POLICY, False),
    ("Refunds go out within 48h.", [RETURNS], False),
    ("Repairs take 3 or 4 weeks.", POLICY, False),
    # good
    ("Canada is $14.95 (free from $150) and the EU $24.95 (free from $200).", [TABLE], True),
    ("EU orders are $24.95, free from $200, in 7-12 business days.", [TABLE], True),
    ("Zipper replacement is $25 and a tent pole section $15.", [REPAIRS], True),
    ("DMs are answered within 2 hours, emails within 1 business day.", [REPAIRS], True),
    ("Standard shipping costs $6.95, otherwise it's free from $75.", POLICY, True),
    ("PayPal takes 3 or 5 business days at most.", POLICY, True),
    ("Refunds are issued within 5 business days of the return arriving.", [RETURNS], False),
]

# (post, is a complaint)
COMPLAINTS: list[tuple[str, bool]] = [
    ("Delivered 40 days ago, never worn. Too late to return them?", False),
    ("Still possible to change the size on my order?", False),
    ("Too late AGAIN. Third parcel this month that never showed up.", True),
    ("why was I charged 3 times for one order??", True),
    ("Third time contacting you about my refund. Getting really tired of this.", True),
    ("package says delivered but its not here", True),
    ("Someone logged into my account and changed my email!!", True),
    ("ordered navy, got bright orange. great.", True),
    ("Paid for Expedited and it took a week. Not worth it.", True),
    ("Still no refund. Week three.", True),
    ("My points are just gone?? what happened", True),
    ("I cancelled and the order still shipped?!", True),
    ("can I return boots I wore once? they give me blisters 😩", True),
    ("Emailed on Monday, it's Thursday. Anyone there?", True),
    ("courier says they left it at the door. there's nothing at the door.", True),
    ("400 points I saved up, wiped. thanks a lot.", True),
    ("Can someone explain why my refund is taking longer than delivery?", True),
    ("Paid for overnight, got it in 4 days. Cool cool cool.", True),
    ("Been on hold 40 minutes. Is anyone actually working today?", True),
    ("My parcel has been 'out for delivery' for 3 days. Unbelievable.", True),
    ("Expedited my foot. 5 days and counting.", True),
    ("Ordered the Summit tent, received a sleeping pad.", True),
    ("Colis marqué livré depuis 3 jours, toujours rien. C'est inadmissible.", True),
    ("Llevo dos semanas esperando mi reembolso. Qué desastre.", True),
    ("I tried to cancel but the link just spins. Help??", True),
    ("You charged me a restocking fee on a headlamp I never even opened.", True),
    ("Paid duties twice on my order to Mexico.", True),
    ("Got two left boots in the box. How does that even happen", True),
    ("You deleted my points without warning.", True),
    ("Ich warte schon seit zwei Wochen auf meine Erstattung.", True),
    ("ok the tent survived a thunderstorm, zero leaks. you guys rock", False),
    ("tracking says label created, is my order lost??", False),
    ("How much is it to fix a broken zipper?", False),
    ("can I still fix the address? ordered 20 min ago", False),
    ("Is my stove part of the recall?", False),
    ("Do the boots run small?", False),
]

# (draft, passes) on an angry post: sympathy in other words than "sorry"
EMPATHY_S3: list[tuple[str, bool]] = [
    # understanding and regret in the other supported languages
    ("Oi! Entendemos a frustração. Manda o número do pedido por DM.", True),
    ("Capisco, che peccato. Mandaci il numero d'ordine.", True),
    ("Ik begrijp het, vervelend! Stuur ons je ordernummer.", True),
    ("Nous comprenons votre frustration, envoyez-nous le numéro.", True),
    ("Manda o número do pedido por DM.", False),
    ("Ugh, that's not what you paid for. DM us your order number.", True),
    ("That's really annoying, especially for a gift! DM us a photo.", True),
    ("I know two weeks feels long. Refunds take 3 business days.", True),
    ("Don't worry, it isn't lost: tracking updates within 48 hours.", True),
    ("That's on us. We'll send the right size.", True),
    ("Oh no! Let's get this sorted: DM us your order number.", True),
    ("Refunds take 3 business days. DM us your order number.", False),
    ("Happy to help! DM us your order number.", False),
    ("Please reset your password and contact us.", False),
]


# Session 4 families (written for this test; tone_train4.jsonl was their source of ideas).
BLAME_S4: list[tuple[str, bool]] = [
    ("It's on the product page 🙄 The tent weighs 4 lb.", False),
    ("Ah, the classic hot-wash move 🤦 Try a cold rinse.", False),
    ("The sizes are literally in the description.", False),
    ("Our refund policy is worth a read before asking.", False),
    ("It's a bit early to be chasing it: refunds take 3 business days.", False),
    ("We've done our part, so the rest is between you and your bank.", False),
    ("Please be patient, refunds take 5-10 business days.", False),
    ("Deep breaths, it hasn't vanished.", False),
    ("Quality costs money, who knew.", False),
    ("A wrong address is the usual culprit here.", False),
    ("Was the lid screwed on all the way, though?", False),
    ("Es steht doch in der Beschreibung.", False),
    ("Bastava leggere le condizioni.", False),
    ("Dat staat duidelijk op het label.", False),
    ("C'est écrit sur l'étiquette.", False),
    ("Como se indica claramente en la página, tarda 10 días.", False),
    # good: patience thanked, the team's own part, neutral pointers
    ("Repairs take 3-4 weeks, so you should have heard from us by now. Sorry!", True),
    ("You should have received a refund email yesterday; DM us if not.", True),
    ("Thanks for being patient with us!", True),
    ("Please be patient with us while we check, we'll reply within 2 hours.", True),
    ("Sorry! We've sent your refund; your bank usually shows it in 5-10 business days.", True),
    ("The size chart is under the size selector if you'd like to compare.", True),
    ("Great choice 😊 It's in stock in all sizes.", True),
]
# Session 5: checking their side first, setup or checkout as the usual cause, "in
# future", "terms you signed up for", sarcastic understatement, mock questions.
BLAME_S5: list[tuple[str, bool]] = [
    ("Before anything else, please check your order confirmation.", False),
    ("Please double-check the setup video first, then DM us.", False),
    ("Most size mix-ups happen at checkout, but DM us the order number.", False),
    ("Most first-night leaks come from the fly being pitched too loosely.", False),
    ("Please read the returns page before opening electronics in future.", False),
    ("Points expire after 12 months; that's in the program terms you signed up for.", False),
    ("It's worth checking your inbox now and then for expiry emails.", False),
    ("Well, zippers aren't exactly indestructible 😉 DM us a photo.", False),
    ("Le giacche non sono magiche, basta asciugarla a bassa temperatura.", False),
    ("You wore them on a hike and now want to send them back?", False),
    ("Como pone claramente en la web, Klarna es solo para EE. UU.", False),
    ("Il fallait en tenir compte avant de commander.", False),
    ("Vale a pena ler a página antes de perguntar.", False),
    ("Das passiert, wenn die Pflegehinweise nicht genau befolgt werden.", False),
    ("Controleer eerst het adres, daar gaat het meestal mis.", False),
    ("Le cerniere si rompono spesso quando lo zaino viene riempito troppo.", False),
    ("Please double-check the size you selected, since most mix-ups start there.", False),
    ("Make sure you've actually been washing it cold like the label says.", False),
    ("We pack thousands of orders a day. DM us the order number.", False),
    ("Calling us names isn't going to make it any faster.", False),
    ("Capita, non è la fine del mondo: ti spediamo la taglia giusta.", False),
    ("Deberías haberlas probado dentro de casa primero.", False),
    # good: the team checks first, neutral causes, the customer's own check offered kindly
    ("Please contact our support team before ordering and they will help you set it up.", True),
    ("So sorry! We'll check the order first and DM you within 2 hours.", True),
    ("Most delays happen at customs; we'll open an investigation with DHL today.", True),
    ("Sorry about that! Could you DM us your order number so we can check?", True),
    ("Das tut uns leid! Schick uns bitte deine Bestellnummer per DM.", True),
]
PROMISES_S4: list[tuple[str, list[Fact], bool]] = [
    ("Ci dispiace! Le rimborsiamo subito l'intero importo.", [], False),
    ("Podemos abrir uma exceção e aceitar a devolução.", POLICY, False),
    ("Facciamo un'eccezione per lei.", POLICY, False),
    ("We maken een uitzondering voor je.", POLICY, False),
    ("I've added the spare stakes to your order at no charge.", POLICY, False),
    ("I've flagged it so it goes out by tomorrow.", POLICY, False),
    ("We'll reroute it and it will arrive on the original delivery date.", POLICY, False),
    # good: dispatch days from the cut-off rules, checks and messages
    ("Orders placed after 2pm Friday ship Monday, so they'll ship on Monday.", POLICY, True),
    ("I've added a note to your order so the team sees it.", POLICY, True),
    # the facts' own promise, and a negation that is not about the carrier
    (
        "Message us within 60 minutes and we'll refund the shipping on the second order.",
        [_fact("orders", "Contact us within 60 minutes and we'll refund the shipping charge.")],
        True,
    ),
    (
        "After 10 business days without movement we open an investigation with DHL.",
        [
            _fact(
                "shipping",
                "If tracking shows no movement for 10 business days, contact us and we "
                "will open an investigation with DHL.",
            )
        ],
        True,
    ),
]


@pytest.mark.parametrize(
    ("draft", "passes"),
    BLAME_S3 + BLAME_S4 + BLAME_S5,
    ids=[r[0] for r in BLAME_S3 + BLAME_S4 + BLAME_S5],
)
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    PROMISES_S3 + PROMISES_S4,
    ids=[r[0] for r in PROMISES_S3 + PROMISES_S4],
)
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS_S3, ids=[r[0] for r in NUMBERS_S3])
def test_number_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_detection(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


@pytest.mark.parametrize(("draft", "passes"), EMPATHY_S3, ids=[r[0] for r in EMPATHY_S3])
def test_empathy_without_sorry(draft: str, passes: bool) -> None:
    passed, reason = _score("empathy", draft, POLICY, post="Still no refund. This is ridiculous.")
    assert passed is passes, reason


# (post, reply, passes): short Italian and Portuguese posts are not taken for French.
LANGUAGE_S4: list[tuple[str, str, bool]] = [
    (
        "Il mio zaino dopo due anni non è più impermeabile, come posso sistemarlo?",
        "Ciao! Puoi lavarlo a freddo e poi asciugarlo a bassa temperatura per 20 minuti.",
        True,
    ),
    (
        "Vocês enviam para o Brasil? Vou ter de pagar taxas na entrega?",
        "Olá! Ainda não enviamos para o Brasil, mas enviamos para Portugal.",
        True,
    ),
    (
        "Il mio zaino dopo due anni non è più impermeabile, come posso sistemarlo?",
        "Hi! Wash it cold and tumble dry low for 20 minutes to restore the coating.",
        False,
    ),
    (
        "Vocês enviam para o Brasil? Vou ter de pagar taxas na entrega?",
        "Bonjour ! Nous n'expédions pas encore au Brésil, désolés.",
        False,
    ),
]


@pytest.mark.parametrize(("post", "draft", "passes"), LANGUAGE_S4, ids=[r[1] for r in LANGUAGE_S4])
def test_language_match_on_short_romance_posts(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("language-match", draft, POLICY, post=post)
    assert passed is passes, reason


def test_flag_emoji_counts_once_and_accented_capitals_shout() -> None:
    assert count_emoji("nothing to pay on delivery 🇨🇦") == 1
    assert count_emoji("🇨🇦🇺🇸 and 👍🏽") == 3
    assert shouted_words("SIM, atendemos no SÁBADO, aos domingos NÃO") == ["SIM", "SÁBADO", "NÃO"]
    assert shouted_words("Größe M, Kragen aus Merino, DHL") == []


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("Seit drei Wochen warte ich auf meine Erstattung. Langsam reicht's!", True),
        ("Ik wacht al twee weken op mijn pakket.", True),
        ("Estou farto de esperar pelo reembolso.", True),
        ("Wie lange dauert der Versand nach Österreich?", False),
    ],
)
def test_complaints_in_other_languages(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        ("That's on us, and we're sorry. DM us your order number.", POLICY, True),
        ("Shipping's on us this time!", POLICY, False),
        (
            "DM us photos and we'll send a free replacement by Expedited shipping.",
            [_fact("damaged", "Once approved you choose a free replacement shipped Expedited.")],
            True,
        ),
        ("DM us photos and we'll send a free replacement by Expedited shipping.", POLICY, False),
    ],
)
def test_owning_a_mistake_is_not_a_giveaway(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(
    "draft", ["Olá! Que chato, mas tem solução.", "Wat jammer! Stuur ons je bestelnummer."]
)
def test_sympathy_in_other_languages_is_empathy(draft: str) -> None:
    passed, reason = _score("empathy", draft, POLICY, post="Still no refund. This is ridiculous.")
    assert passed, reason
