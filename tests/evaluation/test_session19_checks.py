"""Session 19's scorer mechanisms (what scorer blind84-87 missed or false-alarmed on), each
next to look-alikes that must keep their outcome: counterfactual advice and duties put on
the customer, "it was stated, though", the obvious step as a put-down; the team owning that
something was not clear; a form-letter salutation answering a form letter; thousands
grouped with a point; a calendar window that rivals no figure; the reading-grade allowance
fading with length. Every row is invented for the test."""

from __future__ import annotations

import pytest

from socialreply.evaluation.assertions import run_deterministic
from socialreply.evaluation.context import ScoringContext
from socialreply.evaluation.suites import AssertionSpec
from socialreply.types import Fact, Post

from .test_scorer_families import POLICY, _score


def _fact(doc: str, text: str) -> Fact:
    return Fact(id=f"{doc}#1", doc_id=doc, source=f"knowledge/{doc}.md", text=text)


# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    # Counterfactual advice: what the customer should have chosen or done.
    (
        "Sorry for the wait. If the date mattered, Express would have been the smarter choice.",
        False,
    ),
    ("Sorry it's gone. A voucher like that should have been kept in a drawer, really.", False),
    ("La opción exprés habría sido la mejor opción para una fecha así.", False),
    ("Pour une date précise, l'express aurait été un meilleur choix.", False),
    ("Für einen festen Termin wäre die bessere Wahl gewesen, Express zu nehmen.", False),
    ("Per una data precisa, l'espresso sarebbe stata la scelta migliore.", False),
    ("Para uma data certa, o expresso teria sido a melhor escolha.", False),
    ("Voor een vaste datum was de betere keuze geweest om express te nemen.", False),
    ("Sie hätten die Schuhe vielleicht sorgfältiger pflegen können.", False),
    ("Il fallait le vérifier avant de commander.", False),
    ("Die Karte hätte sicher aufbewahrt werden müssen.", False),
    # Advice ahead and the team's own lapse stay fine.
    ("For a gift with a fixed date, Express is the faster way to ship it.", True),
    ("Your refund should have been issued within 3 business days, so we'll chase it today.", True),
    ("Die E-Mail hätte längst bei Ihnen sein sollen, das tut uns leid.", True),
    ("It would have been better if we had told you sooner, and we're sorry.", True),
    # The duty put on the customer, not a choice left to them.
    ("Prices change often, so it's up to you to check before you buy.", False),
    ("Keeping track of reward expiry is really up to you.", False),
    ("Les prix changent, c'est à vous de vérifier avant d'acheter.", False),
    ("Os preços mudam, cabe a você verificar antes de comprar.", False),
    ("De prijzen veranderen, het is aan jou om te controleren.", False),
    ("Refund or store credit, it's completely up to you.", True),
    ("Les deux sont possibles, à vous de choisir !", True),
    ("Whether you keep it or send it back is up to you, and both are free.", True),
    # "It was stated, though", in the forms a participle takes.
    ("La taille était pourtant indiquée sur la fiche produit.", False),
    ("Les délais sont pourtant affichés sur notre site.", False),
    ("Das stand doch auf der Produktseite.", False),
    ("Eppure era indicato nella scheda del prodotto.", False),
    ("Dat stond toch op de productpagina.", False),
    ("La taille est indiquée sur la fiche produit : un M convient pour 96 cm.", True),
    ("Die Größe steht auf der Produktseite, ein M passt bei 96 cm Brustumfang.", True),
    # The obvious step as a put-down.
    ("Sorry, but have you tried the obvious thing? Check your spam folder.", False),
    ("¿Ya probaste lo obvio? Mira en la carpeta de spam.", False),
    ("We know the fee isn't obvious at checkout, so thanks for flagging it.", True),
    # The team owning that it was not clear is an apology, not a rebuke.
    ("Our apologies that the cancellation was not explained clearly.", True),
    ("We're sorry the fee wasn't clearly explained at checkout.", True),
    ("Nous sommes désolés que ce ne soit pas clairement indiqué sur la page.", True),
    ("The fee is explained clearly on our returns page.", False),
    ("It's stated clearly at checkout that orders can't be changed.", False),
    # A policy explained, then "that's most likely what happened".
    (
        "Points expire after 12 months without activity; if that's you, that's most "
        "likely what happened.",
        True,
    ),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_s19(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


FORMAL = "To whom it may concern: my order was cancelled without explanation."
CASUAL = "hey why did my order get cancelled??"
# (post, draft, passes)
ROBOTIC: list[tuple[str, str, bool]] = [
    (FORMAL, "Dear customer, we are sorry the cancellation was not explained.", True),
    # German's own formula answers a formal post as "Dear customer" does (session 20: the
    # letter formulas, `tone._LETTER_FORMULA`); the form letter still fails on its other
    # marks.
    (
        "Sehr geehrte Damen und Herren, meine Bestellung wurde storniert.",
        "Sehr geehrte Kundin, sehr geehrter Kunde, es tut uns leid.",
        True,
    ),
    (
        "Sehr geehrte Damen und Herren, meine Bestellung wurde storniert.",
        "Sehr geehrte Kundin, Ihre Anfrage wurde an die zuständige Abteilung weitergeleitet.",
        False,
    ),
    (CASUAL, "Dear customer, we are sorry the cancellation was not explained.", False),
    (FORMAL, "Dear customer, please be advised that your inquiry has been forwarded.", False),
    (CASUAL, "Gentile cliente, ci dispiace per l'annullamento.", False),
]


@pytest.mark.parametrize(("post", "draft", "passes"), ROBOTIC, ids=[r[1] for r in ROBOTIC])
def test_salutation_answers_a_form_letter(post: str, draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY, post=post)
    assert passed is passes, reason


BATTERY = _fact("battery", "A pocket battery pack of 10,000 mAh (37 Wh) that ships abroad.")
BUSY = _fact(
    "busy",
    "During busy periods — the Black Friday weekend and the two weeks before Christmas — "
    "email replies can take up to 2 business days. Chat replies take 2 hours.",
)
CLAIMS = _fact(
    "claims",
    "Electronics have a 1-year warranty. Other brands carry the maker's warranty; we handle "
    "claims during the first 90 days after delivery.",
)
# (draft, facts, passes)
NUMBERS: list[tuple[str, list[Fact], bool]] = [
    ("Een alternatief is de powerbank van 10.000 mAh (37 Wh).", [BATTERY], True),
    ("Eine Powerbank mit 10.000 mAh (37 Wh) darf ins Ausland.", [BATTERY], True),
    ("Een alternatief is de powerbank van 20.000 mAh (37 Wh).", [BATTERY], False),
    ("The pack holds 10.000 mAh, or 37 Wh.", [BATTERY], True),
    ("We handle claims during the first 90 days after delivery.", [CLAIMS], True),
    ("Over the Black Friday weekend, email replies can take up to 2 business days.", [BUSY], True),
    ("Over the Black Friday weekend, email replies can take up to 3 business days.", [BUSY], False),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_numbers_s19(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts)
    assert passed is passes, reason


PLAIN_48 = (
    "Welcome aboard! Your points show up 30 days after your order ships, once the return "
    "window for most orders has passed. They are earned on your merchandise subtotal after "
    "discounts (not on tax or shipping), and every 100 points turns into a reward. Happy "
    "adventuring out there!"
)
JARGON = (
    "Reimbursement eligibility necessitates comprehensive documentation substantiating "
    "manufacturing irregularities; authorization determinations subsequently accompany "
    "verification procedures. "
)


@pytest.mark.parametrize(
    ("draft", "passes"),
    [(PLAIN_48, True), (JARGON * 4, False), (JARGON * 8, False)],
    ids=["plain-48-words", "jargon-44-words", "jargon-88-words"],
)
def test_reading_grade_allowance_fades(draft: str, passes: bool) -> None:
    ctx = ScoringContext(post=Post(text="When do points show?", platform="instagram"), text=draft)
    result = run_deterministic(AssertionSpec(type="readability"), ctx)
    assert result.passed is passes, result.reason
