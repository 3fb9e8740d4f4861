"""The number forms (`number_forms`): each way of writing a number is read as the value the
facts give, and a different value written the same way still fails. Every row is invented
for the test, in English, Spanish, French, German, Italian, Portuguese and Dutch."""

from __future__ import annotations

import pytest

from socialreply.evaluation.number_forms import canonical_numbers
from socialreply.evaluation.textutil import extract_claims, normalize

from .test_scorer_families import _fact, _score

_HOURS = _fact("hours", "Phone support: every day 8am-8pm ET.")
_PRICE = _fact("kit", "The repair kit costs $24.95.")
_FEE = _fact("fee", "A 15% restocking fee applies to opened electronics.")
_WEEKS = _fact("repairs", "Repairs take 2 weeks.")
_DAYS = _fact("repairs", "Repairs take 14 days.")
_YEARS = _fact("warranty", "Northwind apparel has a 2-year warranty.")
_CARD = _fact("card", "Refunds reach your card in 5-10 business days.")
_PACK = _fact("pack", "Each pack holds 12 bars.")
_RATE = _fact("peak", "Peak members earn 1.5 points per dollar.")
_KLARNA = _fact("klarna", "Klarna Pay in 4 is available on orders of $35 to $1,000.")

# (draft, fact, passes)
NUMBERS = [
    # 24-hour clock times against "8am-8pm".
    ("Call us every day, 8–20 ET.", _HOURS, True),
    ("Call us every day, 8–21 ET.", _HOURS, False),
    ("Call us every day, 8-8 ET.", _HOURS, True),  # a 12-hour range: left as it was
    ("Appelez-nous tous les jours de 8h à 20h (ET).", _HOURS, True),
    ("Appelez-nous tous les jours de 8h à 21h (ET).", _HOURS, False),
    ("Rufen Sie uns täglich von 8 bis 20 Uhr ET an.", _HOURS, True),
    ("Rufen Sie uns täglich von 8 bis 22 Uhr ET an.", _HOURS, False),
    ("Wir sind bis 20 Uhr ET erreichbar.", _HOURS, True),
    ("Wir sind bis 21 Uhr ET erreichbar.", _HOURS, False),
    ("Chiamaci tutti i giorni dalle 8.00 alle 20.00 ET.", _HOURS, True),
    ("Chiamaci tutti i giorni dalle 8.00 alle 21.00 ET.", _HOURS, False),
    ("Bel ons elke dag van 8.00-20.00 ET.", _HOURS, True),
    ("Bel ons elke dag van 8.00-19.00 ET.", _HOURS, False),
    ("Ligue todos os dias das 8h às 20h ET.", _HOURS, True),
    ("Ligue todos os dias das 8h às 18h ET.", _HOURS, False),
    ("Llámanos todos los días de 8 a 20 h ET.", _HOURS, True),
    ("Llámanos todos los días de 8 a 22 h ET.", _HOURS, False),
    # Whole hours after the words that give hours: "dalle ... alle", "das ... às",
    # "de las ... a las", "van ... tot ... uur" (scorer blind95).
    ("Chiamaci tutti i giorni dalle 8 alle 20 (ora della costa est).", _HOURS, True),
    ("Chiamaci tutti i giorni dalle 8 alle 21 (ora della costa est).", _HOURS, False),
    ("Ligue todos os dias das 8 às 20, horário do leste.", _HOURS, True),
    ("Ligue todos os dias das 8 às 19, horário do leste.", _HOURS, False),
    ("Llámanos todos los días de las 8 a las 20 h, hora del este.", _HOURS, True),
    ("Llámanos todos los días desde las 8 hasta las 22, hora del este.", _HOURS, False),
    ("Bel ons elke dag van 8 tot 20 uur (Eastern Time).", _HOURS, True),
    ("Bel ons elke dag van 8 tot 18 uur (Eastern Time).", _HOURS, False),
    # Dollars after the amount, as a code or a word, with a decimal comma.
    ("The kit is 24,95 $.", _PRICE, True),
    ("The kit is 25 $.", _PRICE, False),
    ("The kit is $25.", _PRICE, False),
    ("Le kit coûte 24,95 USD.", _PRICE, True),
    ("Le kit coûte 25,95 USD.", _PRICE, False),
    ("El kit cuesta US$ 24.95.", _PRICE, True),
    ("El kit cuesta USD 24.95.", _PRICE, True),
    ("El kit cuesta USD 26.95.", _PRICE, False),
    ("El kit cuesta 24,95 dólares.", _PRICE, True),
    ("El kit cuesta 29,95 dólares.", _PRICE, False),
    ("Das Set kostet 24,95 US-Dollar.", _PRICE, True),
    ("Das Set kostet 25 US-Dollar.", _PRICE, False),
    ("Il kit costa 24,95 dollari.", _PRICE, True),
    ("Il kit costa 21,95 dollari.", _PRICE, False),
    ("O kit custa 24,95 dólares.", _PRICE, True),
    ("O kit custa 34,95 dólares.", _PRICE, False),
    ("De kit kost $ 24,95.", _PRICE, True),
    ("De kit kost $ 27,95.", _PRICE, False),
    ("Klarna está disponível em encomendas de 35 $ a 1.000 $.", _KLARNA, True),
    ("Klarna está disponível em encomendas de 35 $ a 2.000 $.", _KLARNA, False),
    ("Klarna est disponible pour les commandes de 35 $ à 1 000 $.", _KLARNA, True),
    ("Klarna est disponible pour les commandes de 35 $ à 1 500 $.", _KLARNA, False),
    # Percent with a space.
    ("There is a 15 % restocking fee.", _FEE, True),
    ("There is a 20 % restocking fee.", _FEE, False),
    ("Des frais de 15 % s'appliquent.", _FEE, True),
    ("Des frais de 25 % s'appliquent.", _FEE, False),
    ("Se aplica una tarifa del quince por ciento.", _FEE, True),
    ("Se aplica una tarifa del veinte por ciento.", _FEE, False),
    ("Es fallen 15 Prozent Gebühr an.", _FEE, True),
    ("Es fallen 20 Prozent Gebühr an.", _FEE, False),
    ("Er geldt 15 procent kosten.", _FEE, True),
    ("Er geldt 10 procent kosten.", _FEE, False),
    # Number words before a unit, in seven languages.
    ("Repairs take two weeks.", _WEEKS, True),
    ("Repairs take three weeks.", _WEEKS, False),
    ("La reparación tarda dos semanas.", _WEEKS, True),
    ("La reparación tarda tres semanas.", _WEEKS, False),
    ("La reparación tarda dos semanas.", _DAYS, True),
    ("La réparation prend deux semaines.", _WEEKS, True),
    ("La réparation prend trois semaines.", _WEEKS, False),
    ("Die Reparatur dauert zwei Wochen.", _DAYS, True),
    ("Die Reparatur dauert drei Wochen.", _DAYS, False),
    ("La riparazione richiede due settimane.", _WEEKS, True),
    ("La riparazione richiede due settimane.", _DAYS, True),  # weeks unread in Italian
    ("La garanzia dura due anni.", _YEARS, True),
    ("La garanzia dura tre anni.", _YEARS, False),
    ("O reparo leva duas semanas.", _WEEKS, True),
    ("O reparo leva três semanas.", _WEEKS, False),
    ("De reparatie duurt twee weken.", _DAYS, True),  # weeks unread in Dutch
    ("De garantie geldt twee jaar.", _YEARS, True),
    ("De garantie geldt drie jaar.", _YEARS, False),
    ("Repairs take a fortnight.", _WEEKS, True),
    ("Repairs take 21 days.", _WEEKS, False),
    ("Each pack holds a dozen bars.", _PACK, True),
    ("Each pack holds half a dozen bars.", _PACK, False),
    ("Cada paquete trae una docena de barritas.", _PACK, True),
    ("Cada paquete trae media docena de barritas.", _PACK, False),
    # Ranges.
    ("Refunds reach your card in 5 to 10 business days.", _CARD, True),
    ("Refunds reach your card in 5 to 12 business days.", _CARD, False),
    ("El reembolso llega en entre 5 y 10 días hábiles.", _CARD, True),
    ("El reembolso llega en entre 5 y 15 días hábiles.", _CARD, False),
    ("Die Erstattung dauert zwischen 5 und 10 Werktagen.", _CARD, True),
    ("Die Erstattung dauert zwischen 7 und 10 Werktagen.", _CARD, False),
    ("Le remboursement prend entre 5 et 10 jours ouvrés.", _CARD, True),
    ("Le remboursement prend entre 5 et 12 jours ouvrés.", _CARD, False),
    ("Il rimborso arriva tra 5 e 10 giorni lavorativi.", _CARD, True),
    ("Il rimborso arriva tra 5 e 11 giorni lavorativi.", _CARD, False),
    ("O reembolso chega entre 5 e 10 dias úteis.", _CARD, True),
    ("O reembolso chega entre 6 e 10 dias úteis.", _CARD, False),
    ("De terugbetaling duurt 5 tot 10 werkdagen.", _CARD, True),
    ("De terugbetaling duurt 5 tot 14 werkdagen.", _CARD, False),
    # A rate with a decimal comma.
    ("Peak members earn 1.5 points per $1.", _RATE, True),
    ("Peak members earn 2 points per $1.", _RATE, False),
    ("Les membres Peak gagnent 1,5 point par dollar.", _RATE, True),
    ("Les membres Peak gagnent 2,5 points par dollar.", _RATE, False),
    ("Peak-Mitglieder erhalten 1,5 Punkte pro Dollar.", _RATE, True),
    ("Peak-Mitglieder erhalten 3 Punkte pro Dollar.", _RATE, False),
]


@pytest.mark.parametrize(("draft", "fact", "passes"), NUMBERS, ids=[r[0] for r in NUMBERS])
def test_numbers_written_another_way(draft: str, fact: object, passes: bool) -> None:
    passed, reason = _score("numbers-supported", draft, [fact])  # type: ignore[list-item]
    assert passed is passes, reason


# (text, canonical form; None: left as it was)
FORMS = [
    ("8-20 et", "8:00-20:00 et"),
    ("9-5 et", None),  # a 12-hour range
    ("von 8 bis 20 uhr", "von 8:00 bis 20:00"),
    ("um 14.30 uhr", "um 14:30"),
    ("dalle 8.00 alle 20.00", "dalle 8:00 alle 20:00"),
    ("from 3.50", None),  # an English price
    ("alle 8.37", None),  # not on a quarter hour
    ("de 8 a 20 h", "de 8:00 a 20:00"),
    ("de 24 a 48 h", None),  # a wait in hours
    ("dalle 8 alle 20", "dalle 8:00 alle 20:00"),
    ("das 9 às 17 h", "das 9:00 às 17:00"),
    ("desde las 9 hasta las 17", "desde las 9:00 hasta las 17:00"),
    ("van 8 tot 20 uur", "van 8:00 tot 20:00 uur"),
    ("dalle 9 alle 5", None),  # a 12-hour range
    ("van 24 tot 48 uur", None),  # a wait in hours
    ("alle 12 monate", None),  # German "every"
    ("en 24-48 h", None),
    ("24,95 $", "24,95 usd"),
    ("24,95 €", "24,95 eur"),
    ("de 35 $ a 1.000 $", "de 35 usd a 1000 usd"),
    ("50 $ à 1 000 $", "50 usd à 1000 usd"),
    ("usd 24.95", None),  # read by textutil as it is
    ("a 20.00 dólares", "a 20.00 usd"),
    ("dos semanas", "2 semanas"),
    ("las dos cajas", None),  # a count with no unit
    ("un día", None),  # an article
    ("zwölf monate", "12 monate"),
    ("due settimane", None),  # weeks unread in Italian
    ("15 por ciento", "15%"),
    ("cento euro", None),
    ("a dozen bars", "12 bars"),
    ("half a dozen bars", "6 bars"),
    ("entre 5 y 10 días", "5-10 días"),
    ("tussen 5 en 10 dagen", "5-10 dagen"),
    ("entre nosotros y 10", None),
]


@pytest.mark.parametrize(("text", "canonical"), FORMS, ids=[r[0] for r in FORMS])
def test_canonical_numbers(text: str, canonical: str | None) -> None:
    assert canonical_numbers(text) == (text if canonical is None else canonical)


# (text, kind, value): the claim the form is read as.
CLAIMS = [
    ("Wir sind bis 20 Uhr erreichbar.", "time", 1200.0),
    ("Call us 8–20 ET.", "time", 480.0),
    ("Le kit coûte 24,95 $.", "money", 24.95),
    ("Tarda dos semanas.", "duration", 14.0),
    ("Tarda veinte días.", "duration", 20.0),
]


@pytest.mark.parametrize(("text", "kind", "value"), CLAIMS, ids=[r[0] for r in CLAIMS])
def test_read_as_claims(text: str, kind: str, value: float) -> None:
    claims = extract_claims(text)
    assert any(c.kind == kind and abs(c.value - value) < 1e-6 for c in claims), claims
    assert normalize(text) != canonical_numbers(normalize(text))
