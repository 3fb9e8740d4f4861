"""Session 19's violence family (from blind79 to blind82 after their score): knowing where or
when, said with company or a warning; a visit to the company's site with a club.

Session 14's `crisis_menace_rules` reads "I know where your warehouse is" with a menace, and
turns away a post that mentions picking up an order. Four threats in the spent batches were
missed because either half came in another shape:

* the knowledge: "ya sé dónde tenéis el almacén", "ya sé por dónde se mueve cuando sale del
  curro", "ho l'indirizzo del vostro magazzino", "so a che ora finiscono i turni", "ik weet hoe
  hij heet en in welke straat hij woont", "I know what time your shift ends";
* the menace: coming with company ("bring a few friends", "e non vengo da solo"), "small
  world" / "el mundo es muy pequeño", "think twice", "que tenga cuidadito", "avisados estáis",
  "tengo primos viviendo al lado", in the seven languages.

Every labelled post that pairs the two is a threat; the customers who know where the
warehouse is because they drive past it never add company or a warning. A friendly
post that happens to carry both ("lol", "any chance", "shout out") is turned away.

The visit with a club ("vou aí ao vosso escritório com o taco de basebol do meu filho"): a
baseball bat, a crowbar or a machete carried "with" or "com" — all 29 labelled posts naming
one of these are threats. "bat" alone is read only with "baseball" or an owner ("my bat").
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# Knowing where a site or a person is, or when a shift ends: the first half.
_KNOWS = (
    r"\b(?:ya )?se (?:por )?donde (?:teneis|tienen|tienes|se mueve|se mete|para|anda|andan|"
    r"sale|salen|vive|viven|trabaja\w*|esta|estan|queda)\b"
    r"|\bse a que hora (?:sale|salen|termina\w*|acaba\w*|cierra\w*)\b"
    r"|\bho (?:gia |pure )?l'indirizzo (?:del|della|dello|di)\b"
    r"|\bso a che ora (?:finisc\w+|esc\w+|stacca\w*|chiud\w+)\b"
    r"|\bik weet (?:hoe (?:hij|zij|ze) heet|in welke straat|waar (?:hij|zij|ze) woont|hoe laat "
    r"(?:hij|zij|ze|jullie))\b"
    r"|\b(?:i|we) know (?:what time|when) (?:your |the |his |her |their )?(?:shifts?|staff|"
    r"workers|employees|he|she|they) (?:\w+ )?(?:ends?|gets? off|leaves?|clocks? out|"
    r"finish\w*|walks? out)\b"
    r"|\bje sais (?:a quelle heure|quand) (?:il|elle|ils|vous) (?:sort|sortent|finit|"
    r"finissent|partez|sortez)\b"
    r"|\bich weis,? wann (?:er|sie|ihr) (?:feierabend|rausgeht|rauskommt|schicht)\b"
    r"|\bsei a que horas (?:ele|ela|eles|voces|termina|sai|saem)\b"
    r"|\b(?:i|we) (?:already |still )?know (?:exactly |precisely |just )?where (?:[\w']+ ){1,6}?"
    r"(?:lives?|works?|parks?|sleeps?|is|are|stays?)\b"
)
# The second half, anywhere in the post: company, a small world, a warning.
_COMPANY_OR_WARNING = (
    r"\b(?:bring|bringing|brings) (?:a few |some |all |a couple (?:of )?)?(?:(?:of )?my )?"
    r"(?:friends|buddies|boys|mates|cousins|brothers|backup)\b"
    r"|\bnot (?:coming|going|gonna come|be coming) alone\b"
    r"|\b(?:no|ni) (?:vengo|voy|ire|vendre|vamos) sol[oa]s?\b"
    r"|\bnon (?:vengo|verro|saro|vado) (?:da )?sol[oa]\b|\bnao (?:vou|venho|irei) sozinh[oa]\b"
    r"|\bje ne (?:viendrai|viens|serai) pas seule?\b|\bkomme? nicht allein\b"
    r"|\bkom niet alleen\b"
    r"|\bsmall world\b|\b(?:el mundo es|le monde est|die welt ist|il mondo e|o mundo e|"
    r"de wereld is) (?:muy |tres |sehr |molto |muito |heel |maar |zo )?(?:pequeno|petit|klein|"
    r"piccolo)\b"
    r"|\bthink twice\b|\bse lo (?:piense|pensara) dos veces\b|\bci pens\w+ due volte\b"
    r"|\breflechi\w* a deux fois\b|\buberleg\w* (?:es )?sich (?:das )?zweimal\b"
    r"|\bpens\w+ duas vezes\b|\btwee keer na\b"
    r"|\bque (?:tenga|tengan) cuidad\w*\b"
    r"|\bavisad[oa]s (?:estais|estan|quedais|quedan)\b|\bsiete avvisati\b"
    r"|\bvous etes prevenus\b|\bihr seid gewarnt\b|\b(?:estao|ficam) avisados\b"
    r"|\bjullie zijn gewaarschuwd\b|\bconsider yourselves? warned\b"
    r"|\b(?:tengo|tenemos) (?:primos|amigos|colegas|gente) (?:viviendo|que viven) (?:al lado|"
    r"cerca)\b"
)
_FRIENDLY = (
    r"\b(?:lol|lmao|haha\w*|shout ?out|kudos|thank\w*|love (?:you|u|this|it)|any chance|"
    r"pick (?:up )?my order|pickup option)\b"
)
# A club carried: "com o taco de basebol", "with a crowbar", "con un bate".
_CLUB = (
    r"\b(?:with|com|con|avec|mit|met|armed with) (?:\w+ ){0,3}?(?:baseball bat|bat|crowbar|"
    r"machete|tire iron|taco de (?:basebol|beisebol)|bastao de basebol|bate de beisbol|bate|"
    r"batte de baseball|batte|baseballschlager|mazza da baseball|honkbalknuppel|knuppel|"
    r"koevoet|pied-de-biche|brecheisen|piede di porco|pe de cabra)\b"
)


def known_place_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 19's knowing-where threats and the visit with a club (module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _KNOWS,
            requires=_COMPANY_OR_WARNING,
            unless_post=_FRIENDLY,
            negatable=False,
            name="violence_knows_where_company_session19",
        ),
        make_rule(
            "violence_threat",
            _CLUB,
            negatable=False,
            name="violence_visit_with_club_session19",
        ),
    )
