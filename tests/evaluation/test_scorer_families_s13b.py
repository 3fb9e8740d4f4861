"""Session 13's second false-alarm round (scorer blind54 and blind55), each family next to
look-alikes that must still pass or fail: a tip to look in the spam or junk folder (blame
only as a consequence of "we emailed you"), a ruled-out place or day named again by a
draft that has already said it is ruled out, and time left worked out from the
customer's own count of days; and complaints without the usual words (a boot that hurt,
a stranger in the account, an order sent to the old address)."""

from __future__ import annotations

import pytest

from socialreply.complaints import is_complaint
from socialreply.types import Fact

from .test_scorer_families import POLICY, _fact, _score

# (post, complaint)
COMPLAINTS = [
    ("Took the new boots on one hike and they shredded my heels. Can I return them?", True),
    ("Two days in and the boots wrecked my toes, is that normal?", True),
    ("Will these boots destroy my heels on a long hike?", False),
    ("Got a confirmation for an order I never placed. I think somebody got into my account.", True),
    ("My account was hacked last night, there's an order I didn't make.", True),
    ("How do I stop someone getting into my account? Is there 2FA?", False),
    ("Can I cancel an order I placed an hour ago?", False),
    ("Just noticed my parcel went to my old address, I moved on Friday. Can you reroute it?", True),
    # The facepalm owns the slip (and the good reply in scorer blind16 needed no apology).
    ("I moved and my order shipped to my old address \U0001f926 Can you change it?", False),
    ("I'm moving next week, can you update my old address before it ships?", False),
]


@pytest.mark.parametrize(("post", "complaint"), COMPLAINTS, ids=[r[0] for r in COMPLAINTS])
def test_complaint_families(post: str, complaint: bool) -> None:
    assert is_complaint(post) is complaint


# (draft, passes)
BLAME = [
    ("It's worth checking your spam folder for that link.", True),
    ("It's worth checking your junk folder as well.", True),
    ("Sorry for the wait! Might be worth checking your junk folder for the code.", True),
    ("Sorry about that! Check your junk folder too, it sometimes lands there.", True),
    ("It may be worth checking your spam folder in case it landed there.", True),
    ("We emailed every customer, so it's worth checking your inbox and spam folder.", False),
    ("Notices went out to all buyers, so it may be worth checking the inbox you used.", False),
    ("We sent it on Monday, so worth checking your junk folder.", False),
    ("It's worth checking your spam folder before assuming we've ignored you.", False),
    # Pointing at our own answer says it was sent and missed.
    ("Sorry! It's worth checking your junk folder for our reply.", False),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_families(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


HAZMAT = _fact(
    "hazmat",
    "Fuel canisters and bear spray are hazardous materials: they ship by ground only within "
    "the contiguous 48 states and can't be sent to Alaska, Hawaii or PO boxes.",
)
HOURS = _fact(
    "hours",
    "Our team is available Monday to Friday 8am-8pm and Saturday 9am-5pm Eastern Time. "
    "We're closed on Sundays and US federal holidays.",
)
# (draft, facts, passes)
PROMISES = [
    (
        "Sorry! Bear spray ships by ground within the contiguous 48 states only, so we can't "
        "send it to Alaska. Enjoy the trip to Alaska all the same!",
        [HAZMAT],
        True,
    ),
    ("Enjoy the trip to Alaska, we'll have it there in a week!", [HAZMAT], False),
    ("Have a wonderful time in Alaska!", [HAZMAT], False),
    (
        "Bear spray can't go to Hawaii or Alaska by air. Alaska by ground is fine, though.",
        [HAZMAT],
        False,
    ),
    (
        "It can't be sent to Hawaii or Alaska. For Alaska we'll make it work this once.",
        [HAZMAT],
        False,
    ),
    (
        "We're sorry you lost your Sunday afternoon on hold. Our team doesn't work on Sundays; "
        "we're here Monday to Friday 8am-8pm and Saturday 9am-5pm.",
        [HOURS],
        True,
    ),
    (
        "We're closed on Sundays. Your Sunday afternoon deserved better, sorry.",
        [HOURS],
        True,
    ),
    ("We're closed on Sundays, but this Sunday we'll call you back.", [HOURS], False),
    ("Our team doesn't work on Sundays. Still, someone will ring you on Sunday.", [HOURS], False),
    # Looking at a refund, in the other languages, is no refund.
    (
        "Envíenos su número de pedido para revisar el reembolso.",
        [HAZMAT],
        True,
    ),
    ("Envoyez-nous votre numéro de commande pour vérifier le remboursement.", [HAZMAT], True),
    ("Envíenos su número de pedido y le haremos el reembolso completo.", [HAZMAT], False),
    ("Schicken Sie uns die Bestellnummer, dann erstatten wir den vollen Betrag.", [HAZMAT], False),
    # Regret restates nothing: "sorry" names no closure.
    ("Sorry about your Sunday. Our team is on the phones on Sunday too.", [HOURS], False),
]


@pytest.mark.parametrize(("draft", "facts", "passes"), PROMISES, ids=[r[0] for r in PROMISES])
def test_promise_families(draft: str, facts: list[Fact], passes: bool) -> None:
    passed, reason = _score("no-unauthorized-promises", draft, facts)
    assert passed is passes, reason


PEAK = _fact("peak", "Trailhead Rewards Peak members have 60 days from delivery to return.")
STUCK = _fact(
    "stuck",
    "If tracking shows no movement for 10 business days, contact us and we open an investigation.",
)
PEAK_POST = "Peak member here, my parka arrived 45 days ago. Can I still send it back?"
STUCK_POST = "My parcel hasn't moved in 4 business days."
# (draft, facts, post, passes)
NUMBERS = [
    ("Peak members get 60 days, so at 45 days you have 15 days left.", [PEAK], PEAK_POST, True),
    ("Peak members get 60 days, so at 45 days you have 20 days left.", [PEAK], PEAK_POST, False),
    ("Peak members get 60 days, so you have 15 business days left.", [PEAK], PEAK_POST, False),
    ("Peak members get 60 days, so you have 15 hours left.", [PEAK], PEAK_POST, False),
    (
        "We open an investigation after 10 business days, so another 6 business days to go.",
        [STUCK],
        STUCK_POST,
        True,
    ),
    (
        "We open an investigation after 10 business days, so another 6 days to go.",
        [STUCK],
        STUCK_POST,
        False,
    ),
    (
        "We open an investigation after 10 business days, so another 14 business days to go.",
        [STUCK],
        STUCK_POST,
        False,
    ),
]


@pytest.mark.parametrize(("draft", "facts", "post", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_number_families(draft: str, facts: list[Fact], post: str, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, facts, post=post)
    assert passed is passes, reason
