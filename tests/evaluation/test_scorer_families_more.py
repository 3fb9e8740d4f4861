"""Session 6's scorer families, each next to good phrasings that must pass: lecturing by
pointing at the policy page, brushing a problem off without a word of empathy, form-letter
openers and closers, exceptions to the return condition, codes made for one customer,
free returns promised in other languages, decimal commas before a clause comma, apologies
in other languages, complaints in Italian and Dutch, and praise that is not a complaint."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, RETURNS, SHIPPING, _fact, _score

NO_CUSTOM_CODES = _fact(
    "discounts",
    "Students get 15% off full-price items. The team can't create personal promo codes on request.",
)
NO_INVOICES = _fact(
    "invoices", "Northwind doesn't accept purchase orders or invoices (no business accounts)."
)
LATE_EXPEDITED = _fact(
    "late-expedited",
    "If an Expedited order arrives late because of a delay on our side, we refund the "
    "difference between that method and Standard shipping.",
)

BLAME = [
    ("As we explain in our returns policy, refunds take 5-10 business days.", False),
    ("Wie auf unserer Website beschrieben, dauert es 5-10 Werktage.", False),
    ("Bitte prüfe also zuerst dein Konto.", False),
    ("It may be worth checking with your bank first.", False),
    ("We email a reminder, so keep an eye on your inbox.", False),
    ("The soles wear with use, so it may not qualify.", False),
    ("Ajustes só até 14 dias. Está nas condições.", False),
    ("The site is working fine on our end.", False),
    ("Sponge it, dry it, store it loose. Pretty simple.", False),
    ("It's not a double charge. Check your shipping emails.", False),
    ("The product page says fuel can't ship to Hawaii.", False),
    ("Stoves should never be used inside a tent.", False),
    ("Não é possível. Ajustes só até 14 dias.", False),
    ("It shows as delivered. Wait 48 hours before we can do anything.", False),
    ("Label created updates in 24-48 hours, so it's a bit early.", False),
    ("Language, please. Worn boots can't be returned.", False),
    ("Pour rappel, un article erroné doit être signalé dans les 14 jours.", False),
    ("10 días no es nada raro. El reembolso tarda lo que tarda.", False),
    ("Die Pflegehinweise sind da eigentlich eindeutig.", False),
    ("The sale page says 11:59pm Eastern Time.", False),
    ("This is all explained on our Refund Policy page.", False),
    ("It's most likely still processing on your bank's side.", False),
    ("So the timeline may not be as late as it seems.", False),
    ("Deveria ter verificado isso antes de abrir a embalagem.", False),
    ("Steht eigentlich alles auf unserer Website. Mehr gibt's dazu nicht zu sagen.", False),
    ("Lithium headlamps shouldn't be left charging unattended overnight.", False),
    ("For future orders it's worth double-checking the colour.", False),
    ("After 90 days that's between you and Cascade Lumen, not us. We just sell it.", False),
    ("¿Has mirado bien dentro de la funda?", False),
    ("Sending several messages can push you further back in the queue.", False),
    ("We send a reminder, so it's worth keeping an eye on your inbox.", False),
    ("These were clearance tees, and Final Sale means Final Sale.", False),
    ("Klarna decides that, not us. So stop retrying.", False),
    ("As a reminder, the stove should always be connected away from open flames.", False),
    ("Shrinking like that usually means it went in too hot.", False),
    ("It's worth taking a screenshot before paying, so we can see what was picked.", False),
    ("Dents can happen in transit with steel bottles.", False),
    ("Hold times are usually short, so not sure what happened there. Try chat?", False),
    ("Zips take a beating, it happens.", False),
    ("You weren't charged twice. Big orders ship in several parcels.", False),
    ("Tagging us over and over won't make it go faster.", False),
    ("We have a formal complaint route; it's described on our support page.", False),
    ("Weet je zeker dat je koud gewassen hebt?", False),
    ("Wenn nichts da ist, liegt es vermutlich an Ihrer Bank.", False),
    # good counterparts
    ("Please contact support before ordering, so we can process the order manually.", True),
    ("For more than 20 gift cards, contact us before ordering so we can process it.", True),
    ("Sorry for the worry! It's not a double charge: two parcels are charged separately.", True),
    ("Keep an eye on your inbox for the prepaid label, it's on its way.", True),
    ("We explain the steps below, and we're here if anything is unclear.", True),
    (
        "Sorry about that. Our product page says fuel can't ship to Hawaii, we should flag it "
        "sooner at checkout.",
        True,
    ),
]

ROBOTIC = [
    ("Thank you for your inquiry regarding footwear sizing.", False),
    ("We would like to inform you that your model is not affected.", False),
    ("Please contact us should you have any further questions.", False),
    ("Your safety is our top priority.", False),
    ("We appreciate your interest in Northwind Outfitters.", False),
    ("Please refer to the size guide on the product page for further information.", False),
    ("Thank you for your comment. We appreciate your business.", False),
    ("Northwind Outfitters values your feedback.", False),
    ("We apologize for any inconvenience. Thank you for choosing Northwind.", False),
    ("Hello! I'm Northwind's virtual assistant.", False),
    ("Your concern has been noted. Claims are processed in accordance with our policy.", False),
    ("Cards may be replaced upon provision of the card number.", False),
    ("We appreciate your understanding.", False),
    ("Is there anything else I can assist you with?", False),
    ("Estimado cliente: Le informamos de que su consulta ha sido registrada.", False),
    ("Nous vous prions d'agréer nos salutations distinguées.", False),
    ("Thanks for asking about sizing! Our boots run half a size small.", True),
]

PROMISES: list[tuple[str, list[Fact], bool]] = [
    ("You can return them within 30 days, even if worn.", [RETURNS], False),
    ("Pode devolvê-las dentro de 30 dias, mesmo usadas.", [RETURNS], False),
    ("Our team can create a dedicated discount code for your club.", [NO_CUSTOM_CODES], False),
    ("Notre équipe peut vous créer un code de réduction dédié.", [NO_CUSTOM_CODES], False),
    ("Retourneren kan binnen 30 dagen met ons gratis retourlabel.", [SHIPPING], False),
    ("Retourneren kan binnen 30 dagen met ons gratis retourlabel.", [RETURNS], True),
    (
        "If the delay was on our side, we'll refund the difference between Expedited and "
        "Standard shipping.",
        [LATE_EXPEDITED],
        True,
    ),
    ("Students get 15% off full-price items.", [NO_CUSTOM_CODES], True),
    ("Stuur ons je bestelnummer en we sturen vandaag nog een nieuw pakket.", [RETURNS], False),
    ("We'll have UPS redirect it at no fee.", [NO_CUSTOM_CODES], False),
    ("We'll refund the full $14.95, not just the difference.", [LATE_EXPEDITED], False),
    ("For an order this size we can also arrange payment by invoice.", [NO_INVOICES], False),
    ("We won't just match that price, we'll beat it.", [RETURNS], False),
    ("It's out of stock, but it'll be back next Friday!", [RETURNS], False),
    ("Te mandamos la M por Overnight para que la tengas mañana mismo.", [RETURNS], False),
    (
        "You can choose a free Expedited replacement or a full refund.",
        [
            _fact(
                "damaged",
                "The customer chooses a free replacement shipped by Expedited at no cost, or a "
                "full refund.",
            )
        ],
        True,
    ),
    ("Vamos devolver-lhe os 15% como gesto de boa vontade.", [RETURNS], False),
    ("Envoyez-nous un message et on vous recrédite tous vos points.", [RETURNS], False),
    (
        "Send us your order number and we'll get the fee refunded.",
        [_fact("restocking", "The restocking fee is never charged when the item arrived damaged.")],
        True,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_and_curtness(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_form_letter_phrases(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("draft", "post", "passes"),
    [
        ("Granite Peaks run half a size small, so a 10.5 should fit.", "I wear a 10", True),
        ("Granite Peaks run half a size small, so an 11.5 should fit.", "I wear a 10", False),
    ],
)
def test_half_size_advice_from_the_customers_size(draft: str, post: str, passes: bool) -> None:
    boots = _fact("boots", "Northwind boots run about half a size small; order half a size up.")
    passed, reason = _score("numbers-supported", draft, [boots], post=post)
    assert passed is passes, reason


@pytest.mark.parametrize(
    "draft",
    ["Veste 2,5 couches, indice 20 000 mm.", "Jacke mit 2,5 Lagen und 20 000 mm Wassersäule."],
)
def test_one_decimal_comma_and_space_grouped_thousands(draft: str) -> None:
    jacket = _fact("jacket", "Ridgeline: 2.5-layer nylon, waterproof rating 20,000 mm.")
    passed, reason = _score("numbers-supported", draft, [jacket])
    assert passed, reason


def test_a_negated_coverage_is_not_a_promise() -> None:
    tents = _fact(
        "tents",
        "Tents carry a Lifetime Warranty against defects; normal wear and tear is not covered.",
    )
    passed, reason = _score(
        "no-unauthorized-promises", "It doesn't cover normal wear and tear.", [tents]
    )
    assert passed, reason


@pytest.mark.parametrize(
    ("draft", "passes"),
    [("The Long fits up to 6 ft 6 in.", True), ("The Long fits up to 6 ft 8 in.", False)],
)
def test_heights_are_compared_in_inches(draft: str, passes: bool) -> None:
    bag = _fact("bag", "Northstar 20: Regular fits up to 6 ft, Long fits up to 6 ft 6 in.")
    passed, reason = _score("numbers-supported", draft, [bag], post="I'm 6'4, which length?")
    assert passed is passes, reason


def test_years_in_other_languages_are_durations() -> None:
    packs = _fact("packs", "Northwind packs have a Lifetime Warranty against defects.")
    passed, reason = _score(
        "numbers-supported", "Gli zaini hanno una garanzia di 2 anni.", [packs], post="Ciao"
    )
    assert not passed, reason


def test_decimal_comma_before_a_clause_comma() -> None:
    passed, reason = _score(
        "numbers-supported", "Via DHL Express voor $14,95, in 2-3 werkdagen.", [SHIPPING]
    )
    assert passed, reason


@pytest.mark.parametrize(
    "draft",
    [
        "¡Vaya, qué fastidio! Perdona el error.",
        "Perdoe o transtorno.",
        "Verzeihung!",
        "Oh non, on comprend l'inquiétude !",
        "Une gourde qui fuit dès le premier jour : on en est navrés.",
    ],
)
def test_apologies_in_other_languages(draft: str) -> None:
    passed, reason = _score("empathy", draft, POLICY, post="My order is late and nobody answers.")
    assert passed, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("La cerniera è già rotta. Molto deluso.", True),
        ("Mijn pakket staat al 12 werkdagen stil. Ik word er gek van.", True),
        ("Comprei na Black Friday e agora está mais barato. Que raiva!", True),
        ("Shout-out to the warranty team: my buckle cracked and they decided in two days.", False),
        ("Kudos to support, the zipper broke and the new one came in a week.", False),
        ("paid for overnight and it showed up 3 days later 🙃 love that for me", True),
        ("Commande livrée… et ce n'est même pas la bonne taille. Sérieusement ?", True),
        ("Paid for Expedited and it took 6 days. What exactly did I pay for?", True),
        (
            "Order still says 'label created' after 4 days. I needed this tent for the weekend.",
            True,
        ),
        ("Already pilling after a month. For $239 I expected a lot more.", True),
        ("I pantaloni non sono mai arrivati. Servizio pessimo.", True),
        ("the headlamp got really hot while charging and the case melted", True),
        ("o reembolso veio com 15% a menos. Ninguém me avisou disto!", True),
        ("Wore them once and my foot was soaked by mile 3. Got told no on the return.", True),
        ("ngl your customer service took 3 days to answer my email", True),
        ("Good afternoon. I wish to make a formal complaint about your live chat.", True),
        ("never worn it, tags still on. can i still send it back or am i too late", False),
    ],
)
def test_complaints_in_other_languages_and_praise(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


def test_an_expected_word_matches_its_inflections() -> None:
    from socialreply.evaluation.textutil import phrase_present

    assert phrase_present("refund", "that item is refunded to you")
    assert phrase_present("30 days", "within 30 days")
    assert not phrase_present("refund", "we can replace it")


def test_looking_at_a_refund_is_not_promising_one() -> None:
    fees = _fact("fees", "No restocking fee on most returns; 15% applies to opened electronics.")
    passed, reason = _score(
        "no-unauthorized-promises", "DM us so we can look at the refund and put it right.", [fees]
    )
    assert passed, reason


@pytest.mark.parametrize(
    ("scorer", "draft", "facts"),
    [
        ("no-shouting", "Wij verzenden met DHL, gratis vanaf 200 USD.", [SHIPPING]),
        ("no-pii-echo", "Email support@northwindoutfitters.example to arrange it.", [SHIPPING]),
        ("no-unauthorized-promises", "Free shipping starts at $75 (after discounts).", [SHIPPING]),
        (
            "no-unauthorized-promises",
            "One code per order, but you can combine it with Trailhead rewards.",
            [
                _fact(
                    "codes",
                    "One promo code per order; codes can't be stacked but can be combined "
                    "with Trailhead rewards, gift cards and store credit.",
                )
            ],
        ),
    ],
)
def test_good_drafts_that_used_to_fail(scorer: str, draft: str, facts: list[Fact]) -> None:
    passed, reason = _score(scorer, draft, facts)
    assert passed, reason


def test_dutch_polite_u_is_not_slang() -> None:
    from socialreply.evaluation.assertions import run_deterministic
    from socialreply.evaluation.context import ScoringContext
    from socialreply.evaluation.suites import AssertionSpec
    from socialreply.types import Post

    draft = "Wat vervelend, en begrijpelijk dat u teleurgesteld bent. Stuur ons uw bestelnummer."
    ctx = ScoringContext(post=Post(text="Mijn jas lekt", platform="facebook"), text=draft)
    assert run_deterministic(AssertionSpec(type="formality"), ctx).passed
