"""Session 9's scorer families (from the spent scorer batches blind33, blind34 and blind36),
each next to good phrasings that must pass: the customer told they were warned or should
read first, told off for writing again, form letters in six languages, sympathy without
"sorry", a lost gift card owed a kind word, "instead of" in every language, a payment
method that is not a gift, a price difference the facts establish, and the brand's
banned phrases no longer catching "you should have heard from us"."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.config import BrandSettings
from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _fact, _score

ANGRY = "Three weeks and still nothing. Not impressed."

# (draft, passes): said to an angry customer.
BLAME = [
    ("We emailed you a month ahead so you'd have time to use them.", False),
    ("Everything's in the rewards FAQ, which takes about a minute to read.", False),
    ("It's all in our returns policy.", False),
    ("Please check your inbox before reporting a parcel missing.", False),
    ("It's likely someone at your address signed for it.", False),
    ("Sorry! If it's lost, that's generally on the cardholder.", False),
    ("The pad lost air because of the valve, which the care guide warns about.", False),
    ("Like the tracking page says, it's still in transit.", False),
    ("Ya te explicamos que tarda 3 días hábiles.", False),
    ("No need to post three times, we'll get to it.", False),
    ("Lo revisaremos cuando nos toque.", False),
    ("Keep it dry or the warranty won't cover it.", False),
    ("Tracking updates come from the carrier, not from us.", False),
    ("Sorry about the wait! It's quicker to call earlier if you want to avoid long holds.", False),
    ("Carrier estimates aren't guarantees, sorry.", False),
    ("So sorry. A recall notice went to every customer who bought one.", False),
    ("Mildew comes from storing it wet, which is covered in our care guide.", False),
    ("Sorry! You should always dry the tent before packing it.", False),
    ("Sorry, but Black Friday prices are excluded, which is clearly in the policy.", False),
    ("Please double-check the colour on your order confirmation, then DM us.", False),
    ("Sorry. Sending several emails actually slows things down.", False),
    ("Sorry, it sounds like the call dropped on your end.", False),
    ("Sorry! Maybe check you're on the right page before calling us the worst.", False),
    ("Sorry, the fee is in our Returns Policy, which applies to every order.", False),
    ("Sorry! Please contact support before ordering more than 20 so we can process it.", True),
    ("Sorry, customs times are not up to us, come indicato al momento dell'ordine.", False),
    ("Gift cards can't be refunded. This is stated at checkout.", False),
    ("¡Hola! La próxima vez conviene leer la guía de tallas.", False),
    ("Nicht in den Trockner, das steht auch auf dem Etikett.", False),
    ("Sorry! Could you double-check which size was selected at checkout?", False),
    ("Sorry, reproof it after washing, which you should be doing anyway.", False),
    ("Sorry! Check your spam, it would have been sent to your account email.", False),
    # Look-alikes that must pass.
    ("Sorry for the wait! We've emailed you a new label so you can send it back today.", True),
    ("So sorry! It's all on us: we'll send the right size by Expedited today.", True),
    ("Sorry about that! Please DM us before you send anything back, so we can help.", True),
    ("Sorry! The warranty covers the seam: DM us photos and we'll replace it.", True),
    ("So sorry, that's on us: the parcel came back from the carrier, not from you.", True),
]

# (draft, passes): rude only without a word of sympathy.
CURT = [
    ("Prices change. That's not a scam.", False),
    ("Sales happen, that's how it works.", False),
    ("Repairs take 3-4 weeks, so there's nothing to update yet.", False),
    ("Gift cards are like cash, there isn't much we can do.", False),
    ("We don't do interviews here. It's already public on our website.", False),
    ("It's important to keep gift cards somewhere safe.", False),
    ("Nobody is being punished. Sales happen.", False),
    ("No. It says on the website that codes don't stack. Pick one.", False),
    ("The site isn't hacked. Check your shipping emails and you'll see.", False),
    ("Zusteller melden das oft zu früh, kein Grund zur Aufregung.", False),
    ("Yes, people work here. DM us.", False),
    ("We don't do discounts on request.", False),
    ("Return shipping is paid by the customer. We don't make exceptions.", False),
    ("It's been one weekend. Orders ship Monday.", False),
    ("DM us your order number if you really want us to chase it.", False),
    # A cheerful "Nope," answers a yes/no question.
    ("Nope, gift cards never expire and have no fees!", True),
    ("Worn soles can't be returned, which is why we ask for boots to be tried indoors.", False),
    # Aimed at the customer it is blame even after "sorry" (scorer blind24).
    (
        "Sorry to hear that. Worn boots can't be returned, which is why we ask everyone to "
        "try them on indoors first.",
        False,
    ),
    (
        "We're sorry, we know how frustrating that is. Worn soles can't be returned, which is "
        "why we ask for boots to be tried indoors.",
        True,
    ),
    (
        "Sorry, that's frustrating! Gift cards are like cash, but with the order number we can "
        "replace the balance.",
        True,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME + CURT, ids=[r[0] for r in BLAME + CURT])
def test_blame_and_cold_replies(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY, post=ANGRY)
    assert passed is passes, reason


# (scorer, draft, passes): form letters in six languages (no-robotic), and sympathy without
# "sorry" against doubt dressed as an apology (empathy), said to an angry customer.
FORM_AND_SYMPATHY = [
    ("no-robotic", "Thank you for your feedback. Please note that claims need photos.", False),
    (
        "no-robotic",
        "Thank you for your feedback regarding the Basecamp 2. We value your input.",
        False,
    ),
    (
        "no-robotic",
        "Votre demande a bien été prise en compte. Conformément à nos conditions, ...",
        False,
    ),
    ("no-robotic", "Su solicitud ha sido registrada.", False),
    (
        "no-robotic",
        "Thank you for your purchase. We appreciate your feedback regarding the socks.",
        False,
    ),
    ("no-robotic", "La sua richiesta è stata presa in carico.", False),
    ("no-robotic", "Ihre Anfrage wurde erfasst.", False),
    ("no-robotic", "Uw verzoek is ontvangen.", False),
    ("no-robotic", "Agradecemos a sua mensagem. Informamos que o prazo é de 30 dias.", False),
    ("no-robotic", "Thanks for the feedback, it made our day! 🙌", True),
    ("no-robotic", "Merci ! Votre colis part demain.", True),
    ("empathy", "Totally get it, that timing stings! DM us and we'll refund the difference.", True),
    ("empathy", "Don't panic: with the order number we can freeze the card.", True),
    ("empathy", "No worries, they're not lost! Points post 30 days after shipping.", True),
    # "If it was our error" doubts it; it is not an apology.
    ("empathy", "If it was our error, DM us the order number and we'll look.", False),
    ("empathy", "That was our error: the right pair ships today.", True),
]


@pytest.mark.parametrize(
    ("scorer", "draft", "passes"), FORM_AND_SYMPATHY, ids=[r[1] for r in FORM_AND_SYMPATHY]
)
def test_form_letters_and_sympathy(scorer: str, draft: str, passes: bool) -> None:
    passed, reason = _score(scorer, draft, POLICY, post=ANGRY)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("my son lost the gift card his aunt gave him, any way to get the money back?", True),
        ("Got a gift card for my birthday and I can't find it anywhere. Help?", True),
        ("bought the rain shell at full price last week and now it's 30% off. feels bad man", True),
        ("do you guys have a student discount? broke college hiker here lol", False),
        ("im broke until payday, when does the sale end?", False),
        ("the zip broke on day two", True),
        ("smelled gas from the stove when I lit it, is that normal?", True),
        ("the socks aren't in the box even though they're on the slip", True),
        ("fiz anos este mês e não recebi os pontos", True),
        ("I'm a member and got a jacket 45 days ago that I never wore. Too late to return?", False),
        ("You charged me a restocking fee and I never opened it!", True),
        ("got soaked in the first real storm in this jacket", True),
        ("toujours aucun remboursement après trois semaines", True),
        ("the stove started hissing last night and scared the kids", True),
        ("you took a 15% fee off my refund??", True),
        ("ordered a tent yesterday and forgot the code I got by email. Is it too late?", False),
        ("Peak member here 🏔️ how long is my return window again?", False),
        ("can I swap these for a 32 inseam instead of 30?", False),
        ("they sent a 9 instead of the 11 I ordered", True),
    ],
)
def test_complaints_from_scorer_blind33_to_blind36(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


EXCHANGE = _fact(
    "exchanges",
    "Free exchanges for a different size within 30 days of delivery; the replacement ships "
    "within 2 business days of the carrier's first scan of your return.",
)
HAZMAT = _fact(
    "hazmat",
    "Fuel canisters ship by ground only within the contiguous 48 states; they can't be "
    "shipped to Alaska or Hawaii.",
)
PAYMENT = _fact("payment", "We don't accept cheques or bank transfers.")
FINAL_SALE = _fact(
    "price",
    "We refund price drops within 14 days, except Final Sale items and prices during the Black "
    "Friday to Cyber Monday weekend.",
)
RESTOCKING = _fact(
    "restocking",
    "A 15% restocking fee applies to opened electronics. It is never charged when the item "
    "arrived damaged.",
)
RECALL = _fact("recall", "Remedy: a full refund or a free Ember 2.1; no receipt needed.")
HOLIDAY = _fact(
    "holiday",
    "Orders delivered between November 1 and December 24 can be returned until January 31. "
    "Items must be unworn and unwashed, with tags attached.",
)


@pytest.mark.parametrize(
    ("draft", "facts", "passes"),
    [
        ("Escolha «Trocar» em vez de reembolso e imprima a etiqueta.", [EXCHANGE], True),
        ("Elige «Cambiar» en lugar de reembolso.", [EXCHANGE], True),
        ("Wählen Sie Umtausch statt Erstattung.", [EXCHANGE], True),
        ("On vous rembourse tout de suite.", [EXCHANGE], False),
        ("Enviamos o tamanho novo sem esperar a devolução chegar.", [EXCHANGE], True),
        ("Enviamos o tamanho novo sem esperar a devolução chegar.", POLICY, False),
        ("It ships by ground within the 48 states, which rules out Hawaii.", [HAZMAT], True),
        ("Yes, we can ship it to Hawaii by ground.", [HAZMAT], False),
        ("Orders are paid at checkout by card, digital wallet or gift card.", [PAYMENT], True),
        ("We'll send you a gift card for the trouble.", [PAYMENT], False),
        ("Just keep them unworn, unwashed and with tags attached.", [HOLIDAY], True),
        ("No need to send them back, just keep them.", [HOLIDAY], False),
        # "excluded" negates; "Final Sale" is one term, so "the sale price" is not it.
        ("Black Friday prices are excluded from price adjustments.", [FINAL_SALE], True),
        ("You can return it and buy at the sale price.", [FINAL_SALE], True),
        ("Black Friday prices get a price adjustment too.", [FINAL_SALE], False),
        ("Final Sale items can be returned this week.", [FINAL_SALE], False),
        ("The fee is only waived if it arrived damaged.", [RESTOCKING], True),
        ("We'll waive the fee this once.", [PAYMENT], False),
        ("Call the recall line for a refund or free replacement.", [RECALL], True),
        ("Call us for a free replacement.", [PAYMENT], False),
    ],
)
def test_promises_from_scorer_blind33_to_blind36(
    draft: str, facts: list[Fact], passes: bool
) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


PRICE_DROP = _fact("price", "Trail Shell Jacket: on sale, was $129, now $89.")


@pytest.mark.parametrize(
    ("draft", "post", "passes"),
    [
        ("We'll refund the $40 difference.", "Question?", True),
        ("We'll refund the $45 difference.", "Question?", False),
        ("We'll refund $40.", "Question?", False),
        # The customer's two prices ground their difference as a number since session 13
        # (`accuracy._is_derived_amount`); whether the policy refunds it is for
        # no-unauthorized-promises. A wrong difference still fails.
        ("We'll refund the $30 difference.", "paid $99, now $69?", True),
        ("We'll refund the $35 difference.", "paid $99, now $69?", False),
    ],
)
def test_a_price_difference_the_facts_establish(draft: str, post: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [PRICE_DROP], post=post)
    assert passed is passes, reason


def test_a_tip_for_next_time_is_not_a_caution() -> None:
    passed, reason = _score(
        "no-blame",
        "Sorry, fuel canisters can't be returned. They'll keep for your next trip though!",
        POLICY,
    )
    assert passed, reason
    passed, _ = _score("no-blame", "Read the label next time.", POLICY)
    assert not passed


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        ("Sorry! You should have heard from us by now; a team lead will call today.", True),
        ("You should have read the size guide.", False),
        ("You should have known that sales happen.", False),
    ],
)
def test_default_banned_phrases(draft: str, passes: bool) -> None:
    ctx = ScoringContext(
        post=Post(text=ANGRY, platform="x"), text=draft, facts=POLICY, brand=BrandSettings()
    )
    result = run_deterministic(AssertionSpec(type="no-banned-phrases"), ctx)
    assert result.passed is passes, result.reason


def test_readability_is_not_measured_on_an_italian_reply_the_guess_cannot_place() -> None:
    draft = (
        "Ciao! Gli scarponi Granite Peak, come tutti i nostri, calzano circa mezza taglia più "
        "piccoli: ti consigliamo di prendere mezza taglia in più rispetto alle sneakers, "
        "soprattutto se cammini con calze spesse. Nella pagina del prodotto trovi la tabella di "
        "conversione."
    )
    passed, reason = _score("readability", draft, POLICY)
    assert passed, reason
    assert "not measured" in reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [
        # Short replies: the detector alone is not enough to call the language wrong.
        ("Saturdays 9am-5pm ET! We're closed Sundays, back Monday at 8am ET 👋", True),
        ("Sí, enviamos a México en 10-20 días hábiles con DHL Express.", False),
        (
            "Les retours sont gratuits pendant 30 jours : imprimez l'étiquette depuis votre "
            "compte et déposez le colis dans un point relais.",
            False,
        ),
    ],
)
def test_language_of_a_short_reply(draft: str, passes: bool) -> None:
    passed, reason = _score("language-match", draft, POLICY, post="Do you ship on Saturdays?")
    assert passed is passes, reason
