"""Session 16's violence family (from blind63 to blind66 after their score): the writer
shows they have watched a person or a site, and adds a menace.

Sessions 14 and 15 read "I know where X lives" and "found out where X lives" with a menace
(`crisis_menace_rules`, `located_menace_rules`). The same threat is also made by showing the
knowledge instead of stating it: the house described ("the CEO lives in Upper Arlington,
gray house with the red door"), a routine ("posts his morning trail runs on Strava"; "the night
shift walks out at 11"), a person picked out
of a team photo ("the blonde one on the left, third from the end"), a list of employees
("making a list of northwind employees off linkedin ... names and faces"), or "it is not
hard to find you" ("non è difficile trovarvi").

Each half is ordinary alone: a fan names the one on the left in a photo, a runner keeps the
same trailhead every day, a journalist lists employees. So the rule needs both in the post:
the watching and a menace — someone should go over there, say hi in person, dropping by,
"you'll see what happens", a last warning, "find out what it feels like", sitting out there
— in the seven languages. A smile emoji alone is no menace ("your CEO lives in Ohio? so do I
🙂").
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

_WATCHED = (
    # Where a named person lives, and the house described.
    r"\b(?:ceo|founder|owner|president|director|boss|manager|supervisor|rep|agent)\b(?:'s)? "
    r"(?:\w+ ){0,2}?(?:lives|lives in|lives on|vive en|habite|wohnt|abita|mora|woont)\b"
    r"|\b(?:gray|grey|white|blue|red|yellow|green|brick|black) (?:house|home) with\b"
    r"|\b(?:casa|maison|haus|huis) (?:gris|grise|grau|grigia|cinza|grijs|blanca|blanche|weis|"
    r"bianca|branca|wit)\w* (?:con|avec|mit|com|met)\b"
    # A routine: his morning runs posted online, a shift that walks out at eleven.
    r"|\b(?:posts|shares|logs|uploads) (?:his|her|their) (?:\w+ ){0,2}?(?:runs?|rides?|routes?|"
    r"hikes?|walks?|workouts?|commute|location)\b"
    r"|\b(?:publica|publie|postet|pubblica|posta|post|deelt) (?:sus|ses|seine|ihre|i suoi|le sue|"
    r"suas|as suas|zijn|haar) (?:\w+ )?(?:rutas|carreras|sorties|parcours|laufe|routen|corse|"
    r"percorsi|corridas|rotas|rondjes|routes)\b"
    r"|\b(?:night|day|morning|late|evening) shift (?:walks|leaves|gets|clocks|comes) (?:out|off)"
    r" (?:at|around)\b|\bonly (?:has|have) (?:the )?one (?:gate|door|exit|entrance)\b"
    # Someone picked out of a photo: "the blonde one on the left, third from the end".
    r"|\bthe (?:\w+ ){0,2}?one (?:on|in) the (?:left|right|middle|back|front)\b"
    r"|\b(?:second|third|fourth|fifth) from the (?:end|left|right)\b"
    r"|\b(?:la|el|le|die|der|il|lo|o|a|de) (?:\w+ ){0,2}?(?:de la izquierda|de la derecha|"
    r"a gauche|a droite|ganz links|ganz rechts|a sinistra|a destra|da esquerda|da direita|"
    r"links|rechts)(?=\W+(?:\w+\W+){0,8}?(?:foto|photo|bild|team))"
    # A list of employees, names and faces.
    r"|\b(?:making|made|building|compiling|started|start) a list of (?:\w+ ){0,2}?(?:employees|"
    r"staff|workers|reps|agents|managers|people who work)\b|\bnames and faces\b"
    r"|\b(?:lista de (?:empleados|trabajadores|funcionarios)|liste (?:des|de vos) (?:employes|"
    r"salaries)|liste (?:der|eurer|mit) mitarbeiter\w*|lista (?:dei|di) dipendenti|lijst (?:van|"
    r"met) (?:medewerkers|werknemers)|nombres y caras|noms et (?:visages|photos)|namen und "
    r"gesichter|nomi e facce|nomes e rostos|namen en gezichten)\b"
    # Not hard to find you; I know where you (all) sit.
    r"|\bnot (?:hard|difficult) to find (?:you|him|her|them|where)\b"
    r"|\bno es (?:dificil|complicado) (?:encontrar|dar con) ?(?:os|te|le|la|los|vosotros)\b"
    r"|\bpas (?:difficile|dur|complique) de (?:vous|te|le|la|les) trouver\b"
    r"|\bnicht schwer,? (?:euch|dich|ihn|sie) zu finden\b"
    r"|\bnon e (?:difficile|complicato) trovar(?:vi|ti|lo|la|li)\b"
    r"|\bnao e dificil (?:achar|encontrar) (?:voces|vc|voce|ele|ela)\b"
    r"|\bniet moeilijk om (?:jullie|je|hem|haar) te vinden\b"
    r"|\b(?:lo |la )?so (?:bene |esattamente )?dove (?:state|siete|lavorate|abitate)\b"
    r"|\b(?:se|sabemos) donde (?:estais|trabajais|vivis)\b"
    r"|\bje sais ou vous (?:etes|travaillez|bossez)\b"
    r"|\bich weis,? wo ihr (?:sitzt|arbeitet|wohnt|seid)\b"
    r"|\bsei onde voces (?:estao|trabalham|moram|ficam)\b"
    r"|\bik weet waar jullie (?:zitten|werken|wonen)\b"
    # blind68 (spent): a staff member's private details dug up ("took me 20 min to find her
    # last name and her town"): a surname found, or a surname paired with where they live.
    r"|\b(?:find|found|finding|dug up|looked up|tracked down|figured out) (?:out )?(?:his|her|"
    r"their) (?:\w+ )?(?:last name|surname|full name|home address|hometown)\b"
    r"|\b(?:last name|surname|full name|apellido|nom de famille|nachname\w*|cognome|sobrenome|"
    r"achternaam) (?:\w+ )?(?:and|y|et|und|e|en) (?:\w+ ){0,2}?(?:town|city|street|home address|"
    r"neighbou?rhood|ciudad|pueblo|barrio|direccion|ville|adresse|quartier|wohnort|stadt|strase|"
    r"citta|paese|indirizzo|cidade|bairro|endereco|woonplaats|adres|straat)\b"
)
_MENACE = (
    r"\b(?:somebody|someone|sb) should (?:go|pay|drive|stop|swing|head)\b"
    r"|\bremind (?:him|her|them) (?:what|who|how)\b"
    r"|\b(?:go|going to|gonna|gotta|to) say hi\b|\bsay hi in person\b|\bin person\b"
    r"|\b(?:en persona|en personne|di persona|pessoalmente|em pessoa|persoonlijk|"
    r"(?:reden|sprechen|sehen) (?:uns )?(?:bald )?personlich)\b"
    r"|\b(?:dropping|drop|stopping|stop|swinging|swing) by\b"
    r"|\bfind out what it feels like\b|\bsitting out there\b|\bjust something i noticed\b"
    r"|\bi'?ve been watching\b"
    r"|\b(?:you'?ll|you will|they'?ll|y'?all will) see what happens\b"
    r"|\b(?:veras|vereis|veran) (?:lo que pasa|que pasa)\b|\bvous verrez ce qui\b"
    r"|\b(?:ihr werdet|du wirst) (?:schon )?sehen,? was (?:passiert|geschieht)\b"
    r"|\bvedrete (?:cosa|che cosa) succede\b|\bvedrai (?:cosa|che cosa) succede\b"
    r"|\b(?:voces vao|vc vai|voce vai) ver o que acontece\b"
    r"|\b(?:jullie zullen|je zult) (?:wel )?zien wat er gebeurt\b"
    r"|\b(?:last|final) warning\b|\bultimo (?:avviso|aviso)\b|\bdernier avertissement\b"
    r"|\bletzte warnung\b|\blaatste waarschuwing\b"
    r"|\U0001f608|\U0001f52a"
)
# A fan, a joke or a question: "so helpful", "lol", "who is the one on the left?".
_NOT_A_MENACE = (
    r"\b(?:lol|lmao|haha\w*|so (?:helpful|nice|kind|sweet)|shout ?out|kudos|thank\w*|"
    r"give (?:her|him|them) a raise|hiring|job|apply|applied)\b"
)


def surveillance_menace_rules() -> tuple[EscalationRule, ...]:
    """Session 16's watched person or site with a menace (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _WATCHED,
            requires=_MENACE,
            unless_post=_NOT_A_MENACE,
            negatable=False,
            name="violence_watched_menace_session16",
        ),
    )
