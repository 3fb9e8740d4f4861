"""Session 16's third discrimination family (from blind69 and blind70 after their score):
contempt for who someone is, said without the words the older rules read.

* Told to go back where they came from: "that chat agent 'Aisha' should go back to whatever
  desert she crawled out of", "the woman in the headscarf at your pop-up ... go back to the
  desert sweetie". The writer aims it at staff; it is harassment all the same. A hiker going
  back to the desert ("can't wait to go back to the desert") has "to", "I" or "we" before
  the verb and no person told to go.
* The identity given as the staff's reason: "la chica del chat me dijo que con mi acento
  mejor pidiera en la web". A staff member's reported speech with "with my accent" or
  "because of my name" close after it.
* Served differently from a white group: "told me and my friends (all black) to 'keep it
  moving' while they handed free beanies to the white group right behind us". Both halves
  are needed: the writer's group named as Black or brown, and the white group served.
* A slur masked with asterisks, aimed at a person (session 19): "that f*****t Jamie".
"""

from __future__ import annotations

from .discrimination_target_rules import STAFF_WORDS
from .rules import EscalationRule, make_rule

# "go back to whatever desert she crawled out of", "go back to your country", "vuelve a tu
# país", "retourne dans ton pays", "geh zurück in dein Land", "torna al tuo paese", "volta
# pro seu país", "ga terug naar je eigen land".
_GO_BACK = (
    r"(?<!\bto )(?<!\bi )(?<!\bwe )\bgo back to (?:whatever|wherever|the|your|"
    r"her|his|their|ur) (?:\w+ )?(?:desert|country|jungle|cave|village|tribe|shithole|"
    r"hole)\b(?! (?:trip|trail|hike|loop|camp\w*|park|season|next|this|in \w+))"
    r"|\bgo back (?:to )?(?:where|wherever) (?:s?he|they|you|u) (?:came|come|crawled) from\b"
    r"|\b(?:desert|hole|rock|cave|country) (?:s?he|they|you) crawled out of\b"
    r"|\b(?:vuelve|vuelvete|regresa|regresate|que se vuelva|que vuelva) a (?:tu|su) "
    r"(?:pais|desierto|selva|tierra)\b"
    r"|\b(?:retourne|rentre|qu'elle retourne|qu'il rentre|qu'elle rentre) (?:dans|chez|a) "
    r"(?:ton|son|ta|sa|votre|leur) (?:pays|desert|bled|jungle)\b"
    r"|\b(?:geh|soll|sollte) (?:doch )?(?:zuruck )?(?:in|nach) (?:dein|ihr|sein|euer) "
    r"(?:land|wuste|dschungel|heimatland)(?: zuruck)?\b"
    r"|\b(?:torna|tornatene|che torni) (?:al|nel|nella) (?:tuo|suo) (?:paese|deserto)\b"
    r"|\b(?:volta|volte|que volte) (?:pro|para o|pra|para a) (?:seu|teu|sua) (?:pais|deserto|"
    r"terra)\b"
    r"|\b(?:ga|moet|moet ze|moet hij) (?:maar )?terug naar (?:je|jouw|haar|zijn|hun) (?:eigen )?"
    r"(?:land|woestijn)\b"
)
# A person is meant: a staff member, a woman or man described, or someone named in quotes.
_PERSON = (
    STAFF_WORDS + r"|\b(?:woman|man|girl|guy|lady)\b|\b(?:chica|chico|mujer|hombre|"
    r"femme|fille|frau|mann|donna|ragazza|mulher|moca|vrouw|meisje)\b"
)

# The identity as the staff's reason, inside their reported speech.
_SAID = (
    r"(?:said|told me|told us|replied|wrote|suggested|dijo|me dijo|respondio|a dit|m'a dit|"
    r"hat gesagt|sagte|meinte|ha detto|mi ha detto|disse|me disse|falou|zei|schreef)"
)
_BECAUSE_OF_MY = (
    r"(?:with|because of|given) (?:my|our) (?:accent|name|surname|last name|hijab|headscarf|"
    r"skin|color|colour|english|wheelchair)"
    r"|(?:con|por) (?:mi|nuestro) (?:acento|nombre|apellido|hiyab|panuelo|color|ingles|"
    r"silla de ruedas)"
    r"|(?:avec|a cause de) (?:mon|ma) (?:accent|nom|voile|couleur|fauteuil)"
    r"|(?:mit|wegen) (?:meinem|meiner|meines) (?:akzent|namen|kopftuch|hautfarbe|rollstuhl)"
    r"|(?:con|per) (?:il mio|la mia) (?:accento|nome|cognome|velo|colore|sedia a rotelle)"
    r"|(?:com|por causa d[oa]) (?:o meu|a minha|meu|minha) (?:sotaque|nome|sobrenome|veu|cor|"
    r"cadeira de rodas)"
    r"|(?:met|vanwege) (?:mijn) (?:accent|naam|achternaam|hoofddoek|huidskleur|rolstoel)"
)

# Served differently from a white group.
_WHITE_GROUP = (
    r"\b(?:the|a|to|for) white (?:group|people|couple|family|families|customers?|guys?|folks|"
    r"lad(?:y|ies)|kids|women|men|man|woman|girls|boys|shoppers)\b"
    r"|\b(?:grupo|pareja|familia|clientes) (?:de )?blancos\b|\b(?:groupe|couple|famille|clients) "
    r"(?:de )?blancs\b|\bweissen? (?:gruppe|paar|familie|kunden|leute)\b|\b(?:gruppo|coppia|"
    r"famiglia|clienti) (?:di )?bianchi\b|\b(?:grupo|casal|familia|clientes) (?:de )?brancos\b"
    r"|\bwitte (?:groep|stel|familie|klanten|mensen)\b"
)
_WE_ARE = (
    r"\(\s*(?:all|both|we'?re all|all of us) (?:black|brown|poc)\s*\)"
    r"|\b(?:we'?re|we are|we were|i'?m|i am|all of us|all|both|being) (?:black|brown|poc)\b"
    r"|\b(?:somos|todos) (?:negros|morenos)\b|\b(?:nous sommes|tous) (?:noirs|arabes)\b"
    r"|\b(?:wir sind|alle) schwarz\b|\b(?:siamo|tutti) neri\b|\b(?:somos|todos) negros\b"
    r"|\b(?:we zijn|allemaal) zwart\b"
)

# Session 17 (blind72): contempt for where someone comes from, in the writer's own words:
# "someone who speaks real english and isn't sitting in some third-world call center ... his
# kind", "speak proper English", in the seven languages. All nine labelled posts with these
# words before blind72 are discrimination.
_ORIGIN_CONTEMPT = (
    # "his kind" at the clause's end, not "her kind words" or "their kind of service".
    r"\b(?:his|her|their) kind(?=\s*(?:[.!,;?]|$|again\b|anymore\b|here\b|there\b))"
    r"|\bthird[- ]world (?:call ?cent\w+|accents?|people|english|"
    r"agents?|reps?|staff|workers?|employees?|guys?|immigrants?|help ?desk|support)\b"
    r"|\b(?:speaks?|speaking|talks?) (?:real|"
    r"proper|actual|normal|american|native) english\b|\btercer mundo\b|\bdu tiers[- ]monde\b"
    r"|\bdritte[nr]? welt\b|\bterzo mondo\b|\bterceiro mundo\b|\bderde wereld\b"
    r"|\b(?:habla|hable|parle|spricht|parla|fala|spreekt) (?:un )?(?:espanol|francais|deutsch|"
    r"italiano|portugues|nederlands) (?:de verdad|normal|correct|richtig|vero|direito|"
    r"fatsoenlijk)\b"
)

# Session 19 (blind80, spent): a slur masked with asterisks aimed at a person ("that
# f*****t Jamie on your chat", "tell that f*g in your returns department"). The masks read
# as one slur each; "f*****g" (a swear) ends in g and is not among them. Both labelled
# posts with one are discrimination. The pointing word is kept to four letters or more so
# the prefilter can read it (`prefilter`).
_MASKED_SLUR = (
    r"\b(?:that|this|those|your|some) (?:f\*+t|f\*g|fa\*+t|n\*+(?:a|er|r|ga)s?|"
    r"r\*+d|tr\*+y|sp\*c|ch\*nk|k\*ke|d\*ke)s?(?!\w)"
)


def discrimination_contempt_rules() -> tuple[EscalationRule, ...]:
    """Session 16's third discrimination family (see the module docstring)."""
    return (
        make_rule(
            "discrimination_harassment",
            _GO_BACK,
            requires=_PERSON,
            # "my dog would go back where he came from if he could lol"
            unless_post=r"\bmy (?:dog|cat|puppy|kitten|pup|kid|son|daughter)\b",
            negatable=False,
            name="discrimination_go_back_session16",
        ),
        make_rule(
            "discrimination_harassment",
            STAFF_WORDS
            + r"(?:\W+\w+){0,8}?\W+"
            + _SAID
            + r"\b[^.!?\n]{0,40}?\b(?:"
            + _BECAUSE_OF_MY
            + r")\b",
            negatable=False,
            name="discrimination_identity_as_reason_session16",
        ),
        make_rule(
            "discrimination_harassment",
            _WHITE_GROUP,
            requires=_WE_ARE,
            negatable=False,
            name="discrimination_white_group_served_session16",
        ),
        make_rule(
            "discrimination_harassment",
            _ORIGIN_CONTEMPT,
            name="discrimination_origin_contempt_session17",
        ),
        make_rule(
            "discrimination_harassment",
            _MASKED_SLUR,
            negatable=False,
            name="discrimination_masked_slur_session19",
        ),
    )
