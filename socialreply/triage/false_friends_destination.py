""" "Won't need X where I'm going" with the place named: a trip or a move, not a farewell
(session 20, from blind92).

"won't need my old boots where i'm going - which is the dolomites", "where I'm going
(Amsterdam lol)", "where I'm going — moving to Arizona next month!!". Over all labelled
posts, 59 say "where I'm going/headed"; 43 are self-harm farewells, and not one of those
names the destination after a dash, a bracket, "which is" or "it's summer there"; the seven
posts that do carry no category ("told nobody where im going, its better this way" is a
farewell: "it's" counts only before a place-like word). The older guard of the family
(`crisis_rules`, "where I'm going, since Lisbon ...") needs a reason word.
"""

from __future__ import annotations

DESTINATION_NAMED = (
    r"\bwhere (?:i'?m|im|i am|we'?re|we are) (?:going|headed|heading)\b(?: (?:now|next))?\s*"
    r"(?:[(\u2014\u2013:]|- |,? (?:which|that)(?:'s| is| will be)\b|,? (?:it'?s|its|is) (?:in |"
    r"basically |always |summer|warm|hot|sunny|tropical|\d))"
)
