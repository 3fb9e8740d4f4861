"""Spans and clock times a draft works out from the post for `accuracy.numbers_supported`:
a clock time the facts give in Eastern Time converted to the customer's zone, and the
customer's own span of time echoed ("three emails in a week" to "over the past week").
Split from `claim_checks` to keep that module small; from scorer blind136 and blind138's
good replies, which the number check failed."""

from __future__ import annotations

import re

from .textutil import Claim

# A US time zone west of Eastern Time, with its offset in minutes, named in the draft's
# sentence or in the post ("I'm in California").
_ZONES = (
    (
        re.compile(
            r"\b(?:pacific|(?-i:PST|PDT|PT)|california|oregon|washington state|nevada|seattle|los "
            r"angeles|san francisco|san diego|portland)\b",
            re.I,
        ),
        180,
    ),
    (
        re.compile(
            r"\b(?:mountain|(?-i:MST|MDT|MT)|colorado|denver|utah|arizona|montana|idaho)\b", re.I
        ),
        120,
    ),
    (
        re.compile(
            r"\b(?:central|(?-i:CST|CDT|CT)|texas|chicago|illinois|minnesota|missouri|wisconsin)\b",
            re.I,
        ),
        60,
    ),
)
_LOCAL = re.compile(
    r"\b(?:for you|your time|local time|ora locale|hora local|heure locale|ortszeit|lokale tijd)"
    r"\b|\b(?:which|that) (?:is|'s)\b",
    re.I,
)


def is_zone_converted(claim: Claim, sentence: str, grounded: list[Claim], post: str) -> bool:
    """A clock time the facts state in Eastern Time, converted for a customer further west:
    "9am-5pm Eastern Time, which is 6am-2pm for you in California" (scorer blind138's good
    reply). The zone must be named in the sentence or the post, and the shift must be that
    zone's own, so "7am for you in California" stays a claim."""
    if claim.kind != "time" or not _LOCAL.search(sentence):
        return False
    for zone, offset in _ZONES:
        if zone.search(sentence) or zone.search(post):
            return any(g.kind == "time" and g.value - claim.value == offset for g in grounded)
    return False


_ONE_SPAN = re.compile(
    r"\b(?:the (?:past|last|whole|entire)|this (?:past )?|over a|for a|a|one|last) (week|day)\b",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)


def is_post_span(claim: Claim, post: str) -> bool:
    """The customer's own span of time, echoed: "three emails in a week" to "three times over
    the past week" (scorer blind136's good reply), "two days of nothing" to "your email on
    Monday ... it's Wednesday" (scorer blind138's). Only one week or one day said so, and
    only the days between the first two weekdays the post names."""
    if claim.kind != "duration" or claim.high is not None:
        return False
    spans = {m.group(1).lower() for m in _ONE_SPAN.finditer(post)}
    if (claim.unit == "week" and claim.value == 7 and "week" in spans) or (
        claim.unit == "day" and claim.value == 1 and "day" in spans
    ):
        return True
    days = [_WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(post)]
    if claim.unit != "day" or len(days) < 2:
        return False
    return (days[1] - days[0]) % 7 == claim.value
