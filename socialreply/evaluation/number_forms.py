"""One normalisation layer for the ways a number is written: every form is rewritten to the
one form the claim reader (`textutil.extract_claims`, `numbers_in`) and the rate check
(`claim_checks.wrong_rates`) understand, in the draft and in the facts alike.

Why one layer: writers put a good reply's numbers another way on purpose ("20h", "20 Uhr",
"8.00", "8–20 ET" for 8pm; "24,95 $" or "24,95 dólares" for $24.95; "zwei Wochen" for 2
weeks; "entre 5 y 10" for 5-10), and each form read by a check of its own false-alarmed
somewhere else (scorer blind81: "'20' is not in the facts" on "tutti i giorni, 8–20 ET").
Rewritten here once, "20:00" is the time 8pm and "$25" still contradicts "$24.95".

Every rewrite works on `textutil.normalize`d text (lower case, plain hyphens) and keeps a
form it cannot read as it was: an ambiguous form ("9-5 ET", "5-10 h", "2 dos") is left to
the checks as before.
"""

from __future__ import annotations

import re

# --- clock times ----------------------------------------------------------------------------

_HOUR = r"(?:[01]?\d|2[0-4])"
# Words that give a time of day: time zones ("ET", "heure de l'Est" is read by its "ET")
# and "Uhr".
_ZONE = r"(?:et|est|edt|eastern|pt|pst|pdt|pacific|ct|cst|cdt|central|mt|mst|cet|cest|gmt|utc)"
_RANGE_TO = r"\s*(?:-|bis|a|à|al|alle|às|as|tot|to|until|till|y|und|e|et|en)\s*"
# "8 bis 20 Uhr", "von 9 bis 17 Uhr": both ends are times.
_UHR_RANGE = re.compile(rf"\b({_HOUR})({_RANGE_TO})({_HOUR})\s?uhr\b")
_UHR = re.compile(rf"\b({_HOUR})(?:[.:]([0-5]\d))?\s?uhr\b")
# "8-20 ET", "8–20 (ET)": a range of whole hours before a time zone is a range of clock
# times only on a 24-hour clock; "9-5 ET" (9am to 5pm) is left alone.
_ZONE_RANGE = re.compile(rf"\b({_HOUR})\s*-\s*({_HOUR})(?=\s*\(?{_ZONE}\b)")
# "de 8 a 20 h", "das 8 às 20 h", "von 8 bis 20 h": after "from", a range of hours with
# "h" is a range of clock times (not "24-48 h", a wait); so is "de 8 h à 20 h", with an "h"
# after each end (scorer blind129's good reply).
_FROM = r"(?:de|des|das|dalle|von|van|from|entre)"
_H_RANGE = re.compile(rf"\b({_FROM}\s+)({_HOUR})(?:\s?h)?({_RANGE_TO})({_HOUR})\s?h\b(?!:)")
# "dalle 8.00 alle 20.00", "um 14.00", "ab 9.30": a dotted time on the hour or a quarter
# after a word for "at", "from" or "to" in a language that writes times so (not English,
# where "from 3.50" is a price; not a price: no currency before or after it, and
# `money_forms` has already moved a currency written after it to the front).
_AT = (
    r"(?:um|ab|bis|von|vanaf|van|tot|om|dalle|alle|dalle ore|alle ore|ore|às|as|das|"
    r"a las|desde|hasta|jusqu'à|dès)"
)
_MINUTE = r"(00|15|30|45)"
_DOTTED = re.compile(rf"\b({_AT}\s+)({_HOUR})\.{_MINUTE}\b(?![.,]\d|\s?[$€£%])")
_DOTTED_RANGE = re.compile(
    rf"(?<![$€£\d.,])\b({_HOUR})\.{_MINUTE}(\s*-\s*)({_HOUR})\.{_MINUTE}\b(?![.,]\d|\s?[$€£%])"
)

# "dalle 8 alle 20", "das 8 às 20", "de las 8 a las 20", "van 8 tot 20 uur": a range of whole
# hours after the words that give hours in these languages (the feminine plural article of
# "ore", "horas"; Dutch "uur" after "van ... tot") is a range of clock times, on a 24-hour
# clock only ("dalle 9 alle 5" is left alone). Not "alle 12 Monate" (German "every"), not
# "de 10 a 20 días", not "van 24 tot 48 uur" (a wait: opening hours start after 5).
_ARTICLE_RANGE = re.compile(
    rf"\b(dalle|das|de las|desde las)(\s+)({_HOUR})(\s*(?:alle|às|as|a las|hasta las)\s+)"
    rf"({_HOUR})\b(?![.:,]\d)(?:\s?h\b(?!:))?"
)
_UUR_RANGE = re.compile(rf"\b(van\s+)({_HOUR})(\s*(?:-|tot)\s*)({_HOUR})(\s?uur)\b")
_ARTICLE_MARK = re.compile(r"\b(?:dalle|das|las|van) \d")


def _article_range(m: re.Match[str]) -> str:
    lo, hi = int(m.group(3)), int(m.group(5))
    if hi <= 12 or hi <= lo:
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{_clock(m.group(3))}{m.group(4)}{_clock(m.group(5))}"


def _uur_range(m: re.Match[str]) -> str:
    lo, hi = int(m.group(2)), int(m.group(4))
    if hi <= 12 or hi <= lo or lo < 5:
        return m.group(0)
    return f"{m.group(1)}{_clock(m.group(2))}{m.group(3)}{_clock(m.group(4))}{m.group(5)}"


_H_MARK = re.compile(r"\d ?h\b")
_DOT_MARK = re.compile(r"\d\.(?:00|15|30|45)\b")


def _clock(hour: str, minute: str | None = None) -> str:
    return f"{int(hour)}:{minute or '00'}"


def _zone_range(m: re.Match[str]) -> str:
    lo, hi = int(m.group(1)), int(m.group(2))
    if hi <= 12 or hi <= lo:
        return m.group(0)
    return f"{_clock(m.group(1))}-{_clock(m.group(2))}"


def clock_times(text: str) -> str:
    """24-hour clock times written without a colon, as ``H:MM``: "20 uhr" and "8 bis 20 uhr",
    "8-20 et", "de 8 a 20 h", "dalle 8 alle 20", "dalle 8.00 alle 20.00", "8.00-20.00"."""
    # Each form only where its mark is: these run on every clause of every draft and fact.
    if "uhr" in text:
        text = _UHR_RANGE.sub(
            lambda m: f"{_clock(m.group(1))}{m.group(2)}{_clock(m.group(3))}", text
        )
        text = _UHR.sub(lambda m: _clock(m.group(1), m.group(2)), text)
    if "-" in text:
        text = _ZONE_RANGE.sub(_zone_range, text)
    if _ARTICLE_MARK.search(text):
        text = _ARTICLE_RANGE.sub(_article_range, text)
        text = _UUR_RANGE.sub(_uur_range, text)
    if _H_MARK.search(text):
        text = _H_RANGE.sub(
            lambda m: f"{m.group(1)}{_clock(m.group(2))}{m.group(3)}{_clock(m.group(4))}", text
        )
    if _DOT_MARK.search(text):
        text = _DOTTED_RANGE.sub(
            lambda m: (
                f"{_clock(m.group(1), m.group(2))}{m.group(3)}{_clock(m.group(4), m.group(5))}"
            ),
            text,
        )
        text = _DOTTED.sub(lambda m: f"{m.group(1)}{_clock(m.group(2), m.group(3))}", text)
    return text


# --- money ----------------------------------------------------------------------------------

# An amount before its currency: decimal commas and points, thousands grouped with a point
# or a space ("1.000 $", "1 000 $": a thousand dollars in Portuguese and French).
_AMOUNT = r"(\d{1,3}(?:[. ]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{3})*(?:[.,]\d{1,2})?)"
_AFTER = r"(?<![\w$€£.,])" + _AMOUNT + r"\s?"
# "24,95 $", "24.95 US$", "24,95 dólares", "24,95 US-Dollar", "24,95 dollari": dollars
# written after the amount, as "24,95 usd" (the form `textutil` reads; the decimal comma
# is read later). The amount stays first, so the claim's text is still where the draft
# says it.
_DOLLARS_AFTER = re.compile(
    _AFTER + r"(?:us\$|\$|(?:us[- ]?)?d[oó]lar(?:es|s|en)?\b|dollari\b|dollaro\b|"
    r"amerikaanse dollar\b)"
)
_EUROS_AFTER = re.compile(_AFTER + "€")
_POUNDS_AFTER = re.compile(_AFTER + "£")
_GROUPED = re.compile(r"(?<=\d)[. ](?=\d{3}\b)")


def _amount(m: re.Match[str], code: str) -> str:
    amount = m.group(1)
    if _GROUPED.search(amount) and not re.search(r"\.\d{1,2}$", amount):
        amount = _GROUPED.sub("", amount)
    return f"{amount} {code}"


def money_forms(text: str) -> str:
    """Amounts with the currency symbol or word after them, as "24,95 usd", "14,95 eur",
    "9 gbp"."""
    if not any(ch in text for ch in "$€£") and not re.search(r"d[oó]lar|dollar", text):
        return text
    text = _DOLLARS_AFTER.sub(lambda m: _amount(m, "usd"), text)
    text = _EUROS_AFTER.sub(lambda m: _amount(m, "eur"), text)
    return _POUNDS_AFTER.sub(lambda m: _amount(m, "gbp"), text)


# --- number words ---------------------------------------------------------------------------

# Two to thirty in Spanish, French, German, Italian, Portuguese and Dutch (English is read by
# `textutil.digits_for_words`). One is left out: "un", "une", "ein", "um", "een" are also
# articles ("en un día", "een dag"), and a one is no claim on its own.
_WORDS = {
    2: "dos deux zwei due dois duas twee",
    3: "tres trois drei tre três drie",
    4: "cuatro quatre vier quattro quatro",
    5: "cinco cinq fünf cinque vijf",
    6: "seis six sechs sei zes",
    7: "siete sept sieben sette sete zeven",
    8: "ocho huit acht otto oito",
    9: "nueve neuf neun nove negen",
    10: "diez dix zehn dieci dez tien",
    11: "once onze elf undici",
    12: "doce douze zwölf dodici doze twaalf",
    14: "catorce quatorze vierzehn quattordici catorze veertien",
    15: "quince quinze fünfzehn quindici vijftien",
    20: "veinte vingt zwanzig venti vinte twintig",
    30: "treinta trente dreißig dreissig trenta trinta dertig",
}
_WORD_VALUE = {w: n for n, words in _WORDS.items() for w in words.split()}
# Only before a unit the claim reader reads (`textutil`'s durations, currencies, percent):
# a spelled number with nothing after it is a count in the conversation ("las dos cajas"),
# as `textutil` treats English ones. Italian and Dutch days, weeks, months and hours are
# not read as durations there, so "due settimane" stays words: as a bare 2 it would be
# "not in the facts" that say "14 days".
_UNIT_AFTER = (
    r"(?:(?:días?|dias?|jours?|tage[n]?|semanas?|semaines?|wochen|"
    r"meses|mois|monate[n]?|años|anos|ans|années|jahre[n]?|anni|jaar|"
    r"horas?|heures?|stunden|minutes|"
    r"dólares|dolares|dollars|dollari|dollar|euros?|euro|"
    r"por ciento|pour cent|prozent|per cento|por cento|procent)\b"
    r"|%)"
)
_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted(_WORD_VALUE, key=len, reverse=True)) + rf")\s+(?={_UNIT_AFTER})"
)
# "a dozen", "una docena", "une douzaine", "ein Dutzend", "una dozzina", "uma dúzia",
# "een dozijn": twelve; "half a dozen" and its kin: six.
_DOZEN = re.compile(
    r"\b(?:(half a|media|une demi-|ein halbes|mezza|meia|een half) ?)?"
    r"(?:a|una|une|ein|uma|een) ?(?:dozen|docena|douzaine|dutzend|dozzina|dúzia|dozijn)\b"
)
_DOZEN_MARK = re.compile(r"do[zc]|douz|dutz|dúz")
_HALF_DOZEN = re.compile(
    r"\b(?:half a dozen|media docena|une demi-douzaine|ein halbes dutzend|mezza dozzina|"
    r"meia dúzia|een half dozijn)\b"
)


def number_words(text: str) -> str:
    """Spelled numbers before a unit in six languages, as digits: "dos semanas" -> "2
    semanas"; "a dozen" -> "12", "half a dozen" -> "6"."""
    if _DOZEN_MARK.search(text):
        text = _DOZEN.sub("12", _HALF_DOZEN.sub("6", text))
    if _WORD_VALUE.keys().isdisjoint(text.split()):
        return text  # a set look-up: far cheaper than the pattern on every clause
    return _NUMBER_WORD.sub(lambda m: f"{_WORD_VALUE[m.group(1)]} ", text)


# --- ranges ---------------------------------------------------------------------------------

# "entre 5 y 10", "entre 5 et 10", "zwischen 5 und 10", "tra 5 e 10", "entre 5 e 10",
# "tussen 5 en 10": the range "5-10" (English "between 5 and 10" is read by `textutil`).
_BETWEEN_MARK = re.compile(r"entre|zwischen|tra |fra |tussen")
_BETWEEN = re.compile(
    r"\b(?:entre|zwischen|tra|fra|tussen) (\d+(?:[.,]\d+)?) (?:y|et|und|e|en) (?=\d)"
)


# "15 por ciento", "15 pour cent", "15 Prozent", "15 per cento", "15 por cento",
# "15 procent": a percentage, as "15%".
_PERCENT_WORDS = re.compile(r"(\d) ?(?:por ciento|pour cent|prozent|per cento|por cento|procent)\b")


def percent_words(text: str) -> str:
    if "cent" not in text and "cien" not in text and "proz" not in text:
        return text
    return _PERCENT_WORDS.sub(r"\1%", text)


def ranges(text: str) -> str:
    if not _BETWEEN_MARK.search(text):
        return text
    return _BETWEEN.sub(r"\1-", text)


# --- decimal commas -------------------------------------------------------------------------

# "24,95 $", "14,95 €": a decimal comma (French, Spanish, German, Italian, Portuguese
# prices) before exactly two digits, also before a clause comma ("voor $24,95, gratis
# vanaf"); "1,000" and lists such as "38,40,42" are left alone.
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{2})(?!\d|,\d)")
# "2,5 couches", "1,5 l": one decimal after a comma, before a word or a unit.
_DECIMAL_COMMA_ONE = re.compile(r"(?<![\d,.])(\d+),(\d)(?= ?[^\W\d_])")
# "20 000 mm", "1 200 €": thousands grouped with a (no-break) space before a unit.
_SPACE_THOUSANDS = re.compile(
    r"(?<![\d,.])(\d{1,3})[ \u00a0\u202f](\d{3})(?=[ \u00a0]?(?:mah|wh|mm|cm|km|ml|kg|g|m|l|€|\$|"
    r"points|pts|euros?|dollars?)\b)"
)


# "10.000 mAh", "2.500 punten": thousands grouped with a point (Dutch, German, Spanish,
# Italian, Portuguese) before a unit of a product or a count (scorer blind86's good reply:
# "'10.000' is not in the facts" that say "10,000 mAh"). Only before such a unit: a point
# before three digits and a price or a time is read by `money_forms` and `clock_times`.
_POINT_THOUSANDS = re.compile(
    r"(?<![\d,.])(\d{1,3})\.(\d{3})(?![.,]?\d)(?=[ \u00a0]?(?:mah|wh|mm|cm|km|ml|kg|m|l|"
    r"points|punten|punkte|puntos|pontos|punti|pts)\b)"
)


def decimal_points(text: str) -> str:
    """Decimal commas as points and space- or point-grouped thousands joined before a unit:
    "24,95" -> "24.95", "10.000 mah" -> "10,000 mah"."""
    text = _SPACE_THOUSANDS.sub(r"\1\2", text)
    if "." in text:
        # With a comma, as the facts write it: five bare digits read as an order number.
        text = _POINT_THOUSANDS.sub(r"\1,\2", text)
    return _DECIMAL_COMMA_ONE.sub(r"\1.\2", _DECIMAL_COMMA.sub(r"\1.\2", text))


def canonical_numbers(text: str) -> str:
    """Every form above rewritten, on `normalize`d text, before the English number words
    and decimal commas are read (`textutil._extract_claims`). Money before clock times: "a
    20.00 dólares" is an amount."""
    text = number_words(text)
    if not any(ch.isdigit() for ch in text):
        return text
    return ranges(clock_times(percent_words(money_forms(text))))
