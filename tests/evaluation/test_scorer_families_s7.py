"""Session 7's scorer families (from the spent scorer batches), each next to good phrasings
that must pass: tone-policing and grudging replies, care questions that blame, pointing at
the website in six languages; duties the store does not pay and "free on all orders" in
other languages; a day named as a day off; complaints about the wrong size in other
languages, a customer's own slip, and a question that only looks like waiting."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _fact, _score

DUTIES = _fact(
    "duties",
    "For Canada, the UK, the EU, Australia and New Zealand, duties and taxes are collected at "
    "checkout; nothing is due on delivery.",
)
EU_SHIPPING = _fact(
    "eu-shipping", "UK and EU: shipping $24.95, free on orders of $200 or more, 7–12 business days."
)
INTL_RETURNS = _fact(
    "intl",
    "International customers pay their own return shipping; we don't provide prepaid labels.",
)
HOURS = _fact(
    "hours",
    "Support hours: Monday–Friday 8am–8pm ET, Saturday 9am–5pm ET, closed Sunday and US "
    "federal holidays.",
)

BLAME = [
    ("Not sure what you expected, sale prices are never adjusted.", False),
    ("Let's keep it civil please. DM us your order number.", False),
    ("Too bright isn't really a fault, but fine, you can send it back.", False),
    ("Sorry to hear that! Did you condition them? Leather needs it.", False),
    ("Our support hours are listed on our website.", False),
    ("Olá. Está tudo explicado na página de envios.", False),
    ("Hola. Todo está explicado en la página de envíos.", False),
    ("Ha, no. Worn boots can't be returned.", False),
    ("Ha, fair enough! You can return it within 30 days.", True),
    ("Haha, love that. Yes, it fits a 15-inch laptop.", True),
    ("Thanks for checking. It wasn't us: we never ask for your CVV by phone.", True),
    ("The delay wasn't us, it's the carrier.", False),
    ("Sorry about the wait. Our support hours are Monday to Friday, 8am to 8pm ET.", True),
    # scorer blind16
    ("If you still think it's a defect, DM us photos.", False),
    ("If there's an actual defect, the warranty covers it.", False),
    ("Boots that were hiked in aren't new, so no, they can't be returned.", False),
    ("Standard takes 5–7 business days, so patience. DM us if you must.", False),
    ("Wie auf unserer Versandseite steht, kann der Zoll dauern. Bis dahin bitte abwarten.", False),
    ("Sorry! If it's a defect, the 2-year warranty covers it: DM us photos.", True),
    # scorer blind17
    ("With bulk orders, the odd faulty item is bound to happen.", False),
    ("Stock runs out sometimes, that's just how it goes.", False),
    ("Lake Blue is the nicer one but DM us if you really want to swap.", False),
    # scorer blind18
    ("Cards take 5–10 business days. Please allow for that before following up again.", False),
    ("Tumble dry it on low for 20 minutes, like the care label says.", False),
    ("Points expire after 12 months. Worth keeping an eye on your inbox for those.", False),
    ("Complaints need 'Complaint' in the subject, which may be why this one was missed.", False),
    ("Repairs take 3–4 weeks from arrival, so it may not be late yet.", False),
    ("Worn boots can't be returned, which is why we ask customers to try them indoors.", False),
    ("Nope lol. It's hazmat, contiguous 48 states only.", False),
    ("Hola. Si de verdad recibiste otra talla, escríbenos por privado.", False),
    ("Nope, that one isn't affected by the recall. Enjoy!", True),
    # scorer blind19
    (
        "Exchanges ship after the first scan, so if it was dropped off late that would explain it.",
        False,
    ),
    ("Like it says on the Basecamp 4 page, it's out of stock.", False),
    ("We don't have a date, so asking won't make it come back faster 🙂", False),
    # scorer blind20
    ("Mistakes happen in a busy warehouse. In future please DM us instead.", False),
    ("The 60-minute window is explained in your order confirmation email.", False),
    ("Threats won't speed this up. DM us your order number.", False),
    ("Maybe double-check the size you picked at checkout first.", False),
    ("Lumps mean the down wasn't dried properly.", False),
    ("Sales happen 🤷", False),
    ("Argh, sorry about that 🙃 DM us a pic of the label.", True),
    ("Not hype: it's built for real rain, not just drizzle.", True),
    ("Sorry it's slow! (For next time: Standard is free on orders of $75+.)", True),
    # scorer blind21
    ("Zippers shouldn't be forced, which is where most of the splits we see come from.", False),
    ("Sending several emails about the same issue can actually slow things down.", False),
    ("That's in your shipping emails: split orders get a charge per parcel.", False),
    ("Cascade Lumen sells it, not us, so take that up with them.", False),
    ("Send us the link either before you buy or within 14 days after.", True),
    # scorer blind22
    ("Phone waits are under 10 minutes, so not sure where an hour came from.", False),
    ("Our hours are on the website: closed Sundays.", False),
    ("They can't be shipped back to us, which is why we can't accept them as returns.", True),
    ("Sorry! The good news is they keep well, so they'll be ready for your next trip.", True),
    # scorer blind23
    (
        "The recall was emailed to everyone, so it's worth checking your inbox and spam folder.",
        False,
    ),
    ("Please check your emails first: this is explained in your shipping confirmation.", False),
    ("Typing in caps won't make the parcel move any faster.", False),
    (
        "Happens! Just remember to pop it in before you pay next time 😉 Tell us within 7 days.",
        False,
    ),
    ("Ugh, yes, it fits over a fleece. Next question 🙄", False),
    (
        "Sorry for the 🙄 moment! It may ship in two parcels, so check your emails for the second.",
        True,
    ),
]

PROMISES: list[tuple[str, list[Fact], bool]] = [
    (
        "Bonne nouvelle, les droits de douane sont pris en charge par Northwind.",
        [DUTIES],
        False,
    ),
    ("Good news: we cover the duties, so nothing to pay.", [DUTIES], False),
    ("Duties are paid at checkout, so nothing to pay at the door.", [DUTIES], True),
    ("O envio é grátis em todas as encomendas para a Europa este mês.", [EU_SHIPPING], False),
    ("El envío es gratis en todos los pedidos a Europa.", [EU_SHIPPING], False),
    ("O envio custa $24.95 e é grátis a partir de $200.", [EU_SHIPPING], True),
    (
        "Sorry for the runaround. Our team is off on Sundays, so chat goes unanswered.",
        [HOURS],
        True,
    ),
    ("We're open Sunday from 9am, message us then!", [HOURS], False),
    # scorer blind16
    ("We'll set your club up with a business account and invoice you afterwards.", [], False),
    ("Nous vous envoyons une veste neuve dès aujourd'hui, pas besoin de photos.", [], False),
    ("It's out of stock, but it'll be back on the 15th.", [], False),
    (
        "Normally the discount can't be combined with a promo code, but we'll let you stack it.",
        [],
        False,
    ),
    ("Call our safety team and they'll cover any medical bills too.", [], False),
    # scorer blind17
    ("Don't worry: we'll keep your points on file in case you come back.", [], False),
    ("We'll reserve the first one back in stock for you.", [], False),
    ("We'll make sure it arrives before your trip.", [], False),
    ("We're launching a canister take-back programme in spring.", [], False),
    ("Keep your tent dry and out of the sun when you store it.", [], True),
    # scorer blind18
    ("No need to worry, sale items are always returnable at Northwind!", [], False),
    # scorer blind19
    ("Even without the card number we'll send her a new card for the balance.", [], False),
    ("Als je het liever op je rekening wilt, kunnen we dat deze keer voor je regelen.", [], False),
    (
        "The Basecamp 4 is back in stock in early spring, so you'll have it well before summer.",
        [],
        False,
    ),
    ("Págalos y mándanos el comprobante: los impuestos te los reembolsamos.", [], False),
    ("The 32 oz bottle keeps drinks cold for 24 hours, so overnight is easy.", [], True),
    # scorer blind21
    ("They can apply a corporate volume discount to the order.", [], False),
    ("Don't worry! We'll replace the full amount either way.", [], False),
    (
        "Enviamos el par nuevo sin esperar a que la devolución llegue al almacén.",
        [_fact("ex", "You don't have to wait for the return to reach our warehouse.")],
        True,
    ),
    ("Enviamos el par nuevo sin esperar a que la devolución llegue.", [], False),
    # scorer blind22
    ("If you order this week, we'll pop a free beanie in the mail as a thank-you!", [], False),
    ("Pour nous excuser on vous offre aussi la livraison sur votre prochaine commande.", [], False),
    ("Vamos mandar uma mochila nova hoje mesmo e você pode ficar com a outra.", [], False),
    ("I'll issue her a new card right away, no order number needed.", [], False),
    ("Vamos enviar-lhe uma mochila nova esta semana, sem precisar de fotos.", [], False),
    (
        "If something's missing, report it within 14 days and we'll send it by Expedited.",
        [
            _fact(
                "missing",
                "If your packing slip lists an item that isn't in the box, report it within 14 "
                "days and we'll send it by Expedited shipping.",
            )
        ],
        True,
    ),
    (
        "The fee applies once the seal is broken, even if they haven't been used.",
        [_fact("fees", "A 15% restocking fee applies to opened electronics.")],
        True,
    ),
    (
        "No te preocupes: te mandamos una etiqueta prepagada por correo.",
        [INTL_RETURNS],
        False,
    ),
    (
        "Bij internationale retouren sturen we geen voorgefrankeerd label mee.",
        [INTL_RETURNS],
        True,
    ),
    (
        "El cambio de talla es gratis: imprime la etiqueta prepagada.",
        [_fact("exchanges", "Free exchanges for a different size within 30 days of delivery.")],
        True,
    ),
    (
        "Carrier times are estimates rather than guarantees, especially in December.",
        [_fact("times", "Delivery times are estimates, not guarantees, especially in December.")],
        True,
    ),
    (
        "Standard shipping is free on orders of $75 or more.",
        [
            _fact(
                "std",
                "Standard shipping (5–7 business days after shipping) costs $6.95 and is free on "
                "orders of $75 or more.",
            )
        ],
        True,
    ),
    (
        "Standard shipping is free on orders of $75 or more.",
        [
            _fact(
                "shipping",
                "Standard shipping takes 5–7 business days and costs $6.95, free on orders of $75 "
                "or more.",
            )
        ],
        True,
    ),
]


@pytest.mark.parametrize(
    "draft",
    ["Olá. Como modelo de IA, informo que não há trocas.", "Als KI-Modell kann ich das nicht."],
)
def test_as_an_ai_model_in_other_languages(draft: str) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert not passed, reason


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_and_rudeness(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


@pytest.mark.parametrize(
    ("post", "complaint"),
    [
        ("Ich habe die Schuhe in Größe 9 bekommen, bestellt hatte ich aber 9,5.", True),
        ("J'ai reçu une taille M alors que j'avais commandé un L.", True),
        ("Pedí la talla 42 y me llegó la 41.", True),
        ("Ho ordinato il blu ma mi è arrivato il verde.", True),
        ("Pedi o tamanho 40 mas recebi o 39.", True),
        ("Ik heb maat 44 besteld maar ik kreeg 43.", True),
        ("Ich habe gestern bestellt und heute bekommen, super schnell!", False),
        ("been trying to reach someone all afternoon, phone rings out", True),
        ("ordered 20 min ago and picked the wrong colour 🤦 can I still change it??", False),
        ("I ordered the wrong size, my bad. Can I swap it?", False),
        ("does my order still need to be $75 for free shipping after the code?", False),
        ("still charged for the order I cancelled", True),
        ("you sent the wrong colour and nobody answers", True),
        # scorer blind16
        ("do the boots run small?? between a 9 and 9.5 😭", False),
        ("ugh forgot to put WELCOME10 in at checkout. any way to still get it?", False),
        ("is my order lost?? it's been 3 weeks 😭", True),
        ("the lid snapped off after one trip 🙄", True),
        ("Ma doudoune perd déjà ses plumes. Franchement décevant.", True),
        ("Mein Paket hängt seit fast zwei Wochen beim Zoll, keine Bewegung.", True),
        ("the stove flared up and burned my hand. I'm okay but pretty shaken", True),
        ("tried to return them and got refused. So much for 'love your gear'.", True),
        # scorer blind17
        ("How should I wash my down jacket? It's gone a bit flat.", False),
        ("my parcel is gone from the porch", True),
        ("ordered the daytripper in ember orange and got lake blue 😭", True),
        # scorer blind18
        ("wore them once and the sole is already coming away at the toe", True),
        ('your "waterproof" jacket soaked me through on the first hike 🙃', True),
        ("my dog ate my sock 🙃", False),
        # scorer blind19
        ("whats the minimum for free shipping again? trying to decide if i add socks lol", False),
        ("charged AGAIN? this is the third time", True),
        ("my pad arrived with a hole in it. Not thrilled.", True),
        # A lost gift card is owed a kind word since session 9 (`complaints._LOSS`).
        ("lost the physical gift card my mom gave me 😭 is the money just gone??", True),
        ("Het deksel van mijn thermosfles lekt na een half jaar.", True),
        (
            "Bought it at full price and today it's $60 cheaper. Feels like a slap in the face.",
            True,
        ),
        ("la doudoune a une couture déchirée sous le bras 😞 Pas génial pour 229$", True),
        ("It was supposed to ship within 2 business days. Scanned last Monday. Nothing.", True),
        ("My daughter lost the $100 gift card I gave her. Is that money just gone??", True),
        # scorer blind20
        ("love paying $6.95 for shipping and then waiting 9 business days. truly the future", True),
        ("bought it for $129 last Tuesday and now it's $89. Feeling pretty dumb rn", True),
        ("what are your support hours?? tried calling at 8:30pm and nobody picked up", True),
        ("ça fait 12 jours que mon colis n'a pas bougé. Je commence à m'inquiéter.", True),
        ("washed it exactly like the label said and now it's a lumpy mess", True),
        ("If I don't get my $449 back by Friday I'm filing a chargeback.", True),
        ("5 days in the Winds and it didn't leak once, even in a thunderstorm 🙌 love it", False),
    ],
)
def test_complaints_wrong_size_and_own_slips(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


def test_one_year_in_other_languages_is_a_duration() -> None:
    warranty = _fact("warranty", "Northwind footwear is covered for 2 years against defects.")
    passed, reason = _score(
        "numbers-supported", "Le scarpe hanno una garanzia di 1 anno sui difetti.", [warranty]
    )
    assert not passed, reason


@pytest.mark.parametrize(
    ("post", "draft", "passes"),
    [
        (
            "I am writing for the third time regarding my refund. I expect a prompt reply.",
            "Ugh, so sorry!! 😩 Shoot us a DM w/ your order # and we'll chase it down 🙏",
            False,
        ),
        (
            "I am writing for the third time regarding my refund. I expect a prompt reply.",
            "We apologise for the delay. Please send your order number by message and a team "
            "lead will reply within one business day.",
            True,
        ),
        ("lol my tent is so cute", "Love that! 🏕️", True),
        (
            "I am formally requesting the deletion of my account under the GDPR.",
            "Sure thing! 👍 Just pop your request in and it'll be sorted.",
            False,
        ),
    ],
)
def test_a_formal_post_is_owed_a_formal_reply(post: str, draft: str, passes: bool) -> None:
    from socialreply.evaluation.assertions import run_deterministic
    from socialreply.evaluation.context import ScoringContext
    from socialreply.evaluation.suites import AssertionSpec
    from socialreply.types import Post

    ctx = ScoringContext(post=Post(text=post, platform="facebook"), text=draft)
    result = run_deterministic(AssertionSpec(type="formality"), ctx)
    assert result.passed is passes, result.reason


@pytest.mark.parametrize(
    ("scorer", "draft", "passes"),
    [
        (
            "no-robotic",
            "Thank you for your inquiry. Please refer to our Returns Policy for details.",
            False,
        ),
        ("no-robotic", "Thanks for asking! Holiday orders can be returned until January 31.", True),
        (
            "no-robotic",
            "We have recorded your comment. Customer satisfaction is our highest priority.",
            False,
        ),
        ("no-robotic", "Please do not hesitate to contact us.", False),
        (
            "no-robotic",
            "Your inquiry has been received. Please be advised that refunds take 3 days.",
            False,
        ),
        ("no-robotic", "DM us your order number. Thank you for your understanding.", False),
        (
            "no-robotic",
            "Estimado/a cliente: Su consulta ha sido recibida. Atentamente, el Equipo.",
            False,
        ),
        ("empathy", "We're so glad no one was hurt. Please stop using it now.", True),
        ("empathy", "Fair to be annoyed, nobody likes seeing that right after buying.", True),
        (
            "empathy",
            "A snapped pole before a family trip is the last thing you need, and that one's on us.",
            True,
        ),
    ],
)
def test_form_letters_and_owning_it(scorer: str, draft: str, passes: bool) -> None:
    post = "One of the poles came snapped clean in half. Really disappointed."
    passed, reason = _score(scorer, draft, POLICY, post=post)
    assert passed is passes, reason


def test_a_sentence_that_names_the_row_of_its_number_is_not_off_row() -> None:
    facts = [
        _fact(
            "eu",
            "United Kingdom and European Union: $24.95 shipping, free on orders of $200 or "
            "more, 7–12 business days.",
        ),
        _fact("tent", "Basecamp 2 Backpacking Tent: $349."),
    ]
    ok = (
        "Como a Basecamp 2 custa $349, a encomenda passa dos $200 e o envio fica grátis 🎉 "
        "A entrega demora 7 a 12 dias úteis."
    )
    passed, reason = _score("numbers-supported", ok, facts)
    assert passed, reason
    wrong = "Shipping to the EU costs $349, free from $200, 7–12 business days."
    passed, reason = _score("numbers-supported", wrong, facts)
    assert not passed, reason


def test_a_clause_that_opens_on_free_keeps_its_subject() -> None:
    shipping = _fact(
        "shipping",
        "Standard shipping: $6.95, 5–7 business days after the order ships; free on orders of "
        "$75 or more.",
    )
    passed, reason = _score("numbers-supported", "Standard is free on orders of $75+.", [shipping])
    assert passed, reason


def test_a_short_plain_answer_is_not_graded_as_hard_to_read() -> None:
    draft = (
        "Any brand works 🙂 The Ember 2.1 fits standard threaded isobutane-propane canisters. "
        "Canisters are sold separately."
    )
    passed, reason = _score("readability", draft, POLICY)
    assert passed, reason


@pytest.mark.parametrize(
    ("scorer", "draft", "facts", "post", "passes"),
    [
        # Plain bugs scorer blind24 showed (after its score).
        (
            "no-unauthorized-promises",
            "Since it's past the 2-year warranty, the free repair doesn't apply, but our repair "
            "team can replace the zipper for $25.",
            [_fact("w", "Outside the warranty, our repair team replaces zippers for $25.")],
            "Question?",
            True,
        ),
        (
            "no-unauthorized-promises",
            "Bear spray only travels by ground, so the whole order ships by Standard ground.",
            [
                _fact(
                    "hazmat",
                    "Bear spray can't be sent by Expedited or Overnight — if your order contains "
                    "one, the whole order ships by Standard ground unless you split it.",
                )
            ],
            "Question?",
            True,
        ),
        (
            "no-blame",
            "Please accept our apologies: you should have had regular updates from us.",
            [],
            "Question?",
            True,
        ),
        (
            "empathy",
            "The CloudRest has an R-value of 4.2, made for shoulder-season trips.",
            [],
            "Thinking about the CloudRest for a late-October trip. Is R 4.2 enough?",
            True,
        ),
        (
            "empathy",
            "Congratulations on finishing the PCT! Buckles are covered by the Lifetime Warranty.",
            [],
            "Proud moment: my pack went the full PCT. Only casualty was a cracked buckle. "
            "Would recommend it.",
            True,
        ),
    ],
)
def test_bugs_found_by_the_last_batch(
    scorer: str, draft: str, facts: list[Fact], post: str, passes: bool
) -> None:
    passed, reason = _score(scorer, draft, facts, post=post)
    assert passed is passes, reason
