"""Delight that reads as anger, in the seven languages: guards for `intensity`.

Two families of hard negatives kept coming back, batch after batch, from different writers
(session 20, from blind89/90; all 57 + 8 labelled posts of the two families carry no
category):

* `BOUGHT_TOO_LATE`: anger stated at the writer's own delay in buying ("I'm furious...
  that I didn't buy these trekking poles years ago", "ik ben zo BOOS dat ik deze sokken
  niet eerder had gekocht", "warum hab ich die Wanderhose nicht schon früher gekauft?!").
  The anger is at oneself, and the goods are praised by it.
* `GOODS_ACCLAIMED`: the goods acclaimed in words that are not on the positive list: "beste
  Jacke EVER", "der absolute HAMMER", "WAHNSINN", "SICK colours this season". Shouted, they
  scored as anger.

Plain pattern strings in lower case without accents, compiled by `compile_rule` (doubled
letters squeezed); `intensity` uses them with its complaint cue, so "the worst jacket ever"
or a real complaint beside the praise stays anger.
"""

from __future__ import annotations

# "didn't buy these trekking poles years ago", "never got one sooner", in every language the
# rules read: the verb of buying negated, then "sooner"/"years ago" within a few words.
BOUGHT_TOO_LATE = (
    r"\b(?:didn'?t|did not|hadn'?t|had not|never|not) (?:have )?(?:buy|bought|get|got|order|"
    r"ordered|grab|grabbed|try|tried|switch|switched)\b(?: [\w'-]+){0,4} (?:sooner|earlier|"
    r"years ago|ages ago|a long time ago|long ago|years earlier)\b"
    r"|\bniet (?:al )?eerder (?:\w+ ){0,2}(?:gekocht|besteld|gehaald)\b"
    r"|\bnicht (?:schon )?fruher (?:\w+ ){0,2}(?:gekauft|bestellt|geholt)\b"
    r"|\b(?:pas|jamais) (?:l'|les |la |le )?(?:avoir |achete |commande )(?:\w+ ){0,3}plus tot\b"
    r"|\bno (?:haber|haberl[oa]s?|haberme) (?:comprad|pedid)\w* (?:\w+ ){0,3}antes\b"
    r"|\bnon (?:aver|averl[oaie]) (?:comprat|ordinat|pres)\w* (?:\w+ ){0,3}prima\b"
    r"|\bnao (?:ter|te-l[oa]s?) comprad[oa]s? (?:\w+ ){0,3}(?:antes|mais cedo)\b"
)

# The goods acclaimed: "best jacket ever", "beste Jacke EVER", "mejor compra de mi vida",
# "der absolute Hammer/Wahnsinn", "sick colours", "the new drop is fire".
GOODS_ACCLAIMED = (
    r"\b(?:best|beste\w*|mejor(?:es)?|meilleur\w*|miglior\w*|melhor(?:es)?) (?:[\w-]+ ){0,2}"
    r"(?:ever|aller zeiten|ooit|de (?:mi|ma|minha) vida|de ma vie|della mia vita|di sempre)\b"
    r"|\b(?:absolute|totale|echte|voll|reine) (?:hammer|wahnsinn)\b|\bwahnsinn\w*(?=[\s!.,]*$|!)"
    r"|\bsick (?:colou?rs?|colorways?|drop|fits?|designs?|new|jackets?|boots|packs?|looks?|"
    r"gear|deals?)\b"
)
