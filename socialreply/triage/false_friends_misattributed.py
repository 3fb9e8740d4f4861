"""Session 19's false friends (from blind79 to blind82 after their score): the crisis or
urgent word is there, but it belongs to someone or something else.

* A breach that is a lookalike site or a caller using the brand's name
  ("northwind-outfitters-zoll.com", "en se présentant comme le service client"): the writer
  was phished, the store leaked nothing (fraud, not a breach). Over the labelled posts 76
  name a lookalike domain, a "who is using my card?" or an "(not Northwind)": none is a
  breach.
* Another company's breach, disowned in brackets: "(not Northwind, to be clear)"; a
  spouse's order seen in the writer's account, then "tutto ok scusate".
* Harm wished on others ("someone should torch that warehouse with the managers inside"),
  read by the head as self-harm: it is a threat (11 labelled posts, none self-harm).
* "Ich bring mich um, wenn die Jacke nicht bis Samstag da ist 😂": killing oneself over a
  parcel, with a laugh (4 labelled posts, all false friends).
* A gift as the "weapon" of "coming for you"; the writer's own death, read by the head as
  a threat.
* A court for sport ("see you in court! 🎾 (the tennis court"), and the writer a lawyer by
  trade with nothing legal to say ("Faccio l'avvocato e vado in montagna ogni weekend").
* "scam" taken back or said of the writer's own habit: "gift card scam?? nope", "scam alert:
  bought ONE pair of socks and now I have to replace every sock I own", "the return rule is
  a scam" (an insult, not a fraud report).
"""

from __future__ import annotations

from ..types import Category

_LAUGHTER = (
    r"(?:\U0001f602|\U0001f923|\U0001f605|\U0001f606|\blol\b|\blmao\b|\bhaha\w*|\bjk\b|"
    r"\bspas\b|\bnein im ernst\b|\bjaja\w*|\bmdr\b|\bkkk\w*)"
)
# A domain dressed as the brand's, or a caller presenting as its service.
LOOKALIKE_SENDER = (
    r"\bnorthwind-[a-z-]+\.(?:com|co|net|org|info|shop|site|xyz|de|it|fr|es|nl|pt|be|online)\b"
    # A caller who knew nothing the store holds ("who knew my serial number and my home
    # address" is a breach, blind18).
    r"|^(?![\s\S]*\b(?:knew|knows|know|had|has|wusste|sabia|savait|sapeva|sabia|wist) (?:my|mi|"
    r"mon|ma|mes|meine|il mio|meu|mijn)\b)(?=[\s\S]*\b(?:se presentant comme|presentandose "
    r"como|sich als (?:\w+ ){0,4}ausgab|presentandosi come|se apresentando como|zich "
    r"(?:\w+ ){0,3}voordeed als)\b)"
)
# "Who is using my card?": a stranger's card fraud, asked in the seven languages.
STRANGER_CARD_ASKED = (
    r"\bwho(?:'s| is)? (?:using|used) my (?:credit |debit )?card\b|\bwie gebruikt mijn "
    r"(?:credit)?kaart\b|\bquien (?:esta usando|usa|uso) mi tarjeta\b|\bqui (?:utilise|a utilise)"
    r" ma carte\b|\bwer (?:benutzt|hat) meine karte\b|\bchi (?:sta usando|usa|ha usato) la mia "
    r"carta\b|\bquem (?:esta usando|usou|usa) (?:o )?meu cartao\b"
)
# Another company's breach, with the brand ruled out in so many words.
BREACH_NOT_BRAND = (
    r"^(?=[\s\S]*\b(?:breach\w*|leak\w*|hack\w*))(?=[\s\S]*(?:\(not northwind\b|\bnot "
    r"northwind,? to be clear\b))"
)
# A spouse's order or login behind the scare, then all settled: "ho visto l'ordine di mia
# moglie nel mio account ... tutto ok scusate", "das war meine Frau mit meinem Login 🙈 hat
# sich erledigt" (9 labelled posts, no breach).
SPOUSE_SCARE_SETTLED = (
    r"^(?=[\s\S]*\b(?:my|mia|meine|mi|ma|mon|minha|meu|mijn|m'n) (?:wife|husband|partner|"
    r"moglie|marito|frau|mann|esposa|esposo|marido|mujer|femme|mari|vrouw|man)\b)"
    r"(?=[\s\S]*\b(?:tutto ok|tutto a posto|hat sich erledigt|never ?mind|all good|my bad|"
    r"todo bien|falsa alarma|fausse alerte|tout va bien|alles goed|loos alarm|tudo certo|"
    r"alarme falso|ah nee|oh wait|ah no|scusate|sorry)\b)"
)
# Harm wished on others, by someone, in the seven languages.
HARM_WISHED_ON_OTHERS = (
    r"\b(?:someone|somebody|alguien|quelqu'un|jemand|qualcuno|alguem|iemand) (?:should|needs to|"
    r"ought to|deberia|devrait|sollte|dovrebbe|devia|deveria|moet) (?:\w+ ){0,2}?(?:torch|burn|"
    r"set fire|blow up|shoot|stab|kill|beat|punch|smash|quemar|bruler|abfackeln|anzunden|"
    r"bruciare|queimar|afbranden|in brand)\b"
)
# Killing oneself "if" a parcel is late or an item sold out, with a laugh.
SELF_KILL_HYPERBOLE = (
    rf"^(?=[\s\S]*{_LAUGHTER})(?=[\s\S]*(?:\b(?:i'?ll|i will|i'?m gonna|i am going to) kill "
    r"myself (?:if|when)\b|\bich bring(?:e)? mich um,? (?:wenn|falls)\b|\bme mato (?:si|como)\b"
    r"|\bje me tue (?:si|s'il)\b|\bmi (?:ammazzo|uccido) se\b|\b(?:eu )?me mato se\b"
    r"|\bik (?:maak mezelf van kant|schiet mezelf (?:dood|neer)) als\b))"
)
_LEGAL_WORD = (
    r"(?:sue|suing|court|claim|case|legal|letter|lawsuit|proceedings|demand|deadline|client|"
    r"clients|representing|represent|on behalf|processar|processo|justica|demanda|demandar|"
    r"tribunal|juzgado|plainte|mise en demeure|klage|klagen|gericht|causa|denuncia|rechter|"
    r"rechtbank|aanklagen|dagvaard\w*|cliente|mandante)"
)
# The "weapon" of "coming for you" is a gift ("I'm coming for you... with cookies 🍪").
COMING_WITH_GIFT = (
    r"\bcoming for (?:you|your)\b[^!?]{0,40}\bwith (?:my |a |some |homemade )?(?:cookies|cake|"
    r"cupcakes|brownies|donuts|hugs|flowers|snacks|treats|chocolates?)\b"
)
# The writer's own death and no one else's: "to pensando em me matar hoje a noite" is
# self-harm, which the head also reads as a threat (44 labelled posts name the writer's
# death, none a threat). A harm aimed at someone else in the post keeps the threat.
OWN_DEATH_ONLY = (
    r"^(?![\s\S]*\b(?:kill|shoot|stab|hurt|burn|matar|tuer|umbringen|uccidere|doden) (?:him|her|"
    r"them|you|everyone|everybody|your|the|lo|la|los|las|le|les|ihn|euch|hem|haar|jullie)\b)"
    r"(?=[\s\S]*\b(?:me matar|matarme|kill myself|killing myself|end my life|take my (?:own )?"
    r"life|mich umbringen|me tuer|me suicider|uccidermi|ammazzarmi|mezelf van kant|zelfmoord|"
    r"suicid\w*)\b)"
)
# A court for sport, and the writer a lawyer by trade with nothing legal to say.
COURT_OR_LAWYER_ASIDE = (
    r"\b(?:tennis|basketball|squash|volleyball|badminton|padel|pickleball|food) court\b"
    rf"|^(?![\s\S]*\b{_LEGAL_WORD}\b)(?=[\s\S]*\b(?:faccio l'avvocat[oa]|sono (?:un |una )?"
    r"avvocat[oa]|i'?m (?:a|an) (?:lawyer|attorney)|i work as (?:a|an) (?:lawyer|attorney)|"
    r"soy abogad[oa]|trabajo (?:de|como) abogad[oa]|je suis avocat\w*|ich bin (?:\w+ )?anwalt\w*|"
    r"sou advogad[oa]|ik ben advocaat)\b)"
)
# "scam" taken back, said of a habit the goods started, or of a return rule.
SCAM_NOT_FRAUD = (
    r"\bscam\w*\W{1,6}(?:nope|nah|not really|jk|kidding)\b"
    r"|^(?=[\s\S]*\bscam)(?=[\s\S]*\bnow i (?:have to|need to|gotta|must|want to) (?:replace|buy|"
    r"get|own) (?:every|all)\b)"
    r"|\b(?:policy|rule|guarantee|warranty)['\x22]? is (?:a |such a |one big )?scam\b"
)

# Category -> the families above that rule out its signals (rules and head).
MISATTRIBUTED: dict[Category, tuple[str, ...]] = {
    "data_breach": (
        LOOKALIKE_SENDER,
        STRANGER_CARD_ASKED,
        BREACH_NOT_BRAND,
        SPOUSE_SCARE_SETTLED,
    ),
    "self_harm": (HARM_WISHED_ON_OTHERS, SELF_KILL_HYPERBOLE),
    "violence_threat": (COMING_WITH_GIFT, OWN_DEATH_ONLY),
    "legal_threat": (COURT_OR_LAWYER_ASIDE,),
    "fraud_payment": (SCAM_NOT_FRAUD,),
}
