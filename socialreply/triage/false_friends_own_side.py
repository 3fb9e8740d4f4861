"""Session 17's false friends (from blind71 and blind72 after their score): the escalation
word is there, but the culprit, the victim or the speaker is on the writer's own side.

Each family is a mechanism, not the post it came from, and each is written for the seven
languages the rules read (English, Spanish, French, German, Italian, Portuguese, Dutch):

* the intruder lives in the house: "my account got hacked… by my 7 year old", "someone in
  my house keeps logging into my account (it's my teenage daughter)";
* the swindler is the writer's own mind: "got scammed by my own brain into buying a third
  headlamp", "me estafé a mí mismo";
* the lawyer jokes: "mi abogado dice que me gasto demasiado en vuestra tienda jajaja",
  "my lawyer says these boots are guilty 😂 verdict: 10/10" (laughter, no legal word);
* the authority is the writer's past career: "I spent 20 years as a consumer protection
  investigator", "retired trading standards officer";
* someone else's breach, the brand said to be unaffected: "(Not affiliated; glad to see
  smaller brands like Northwind weren't on the list.)";
* the second charge is the carrier's import duty: "Paid import VAT at checkout AND DHL
  charged me again on the doorstep";
* the hospital is why a deadline was missed: "he was in hospital for most of the return
  window";
* the thing stared at is an object: "keep staring at the pill bottle instead of the pack".

Matched on the prepared text (lower case, no accents, doubled letters squeezed).
"""

from __future__ import annotations

from .false_friends import MY, RELATIVE

# A member of the household, a child by age, or a pet.
_HOUSEHOLD = (
    rf"(?:{MY} (?:own |little |teenage |teen |\d+ ?(?:yo|y/o|year old|-year-old) )?"
    rf"(?:{RELATIVE}|kids?|toddler|teenager|teen|child|children|cat|dog|puppy|kitten|"
    r"hij[oa]s?|nin[oa]|enfants?|fils|fille|gamin\w*|chat|chien|kind|kinder|tochter|sohn|"
    r"katze|hund|figli[oa]?|bambin[oa]|gatto|cane|filh[oa]s?|crianca|gato|cachorro|kind|"
    r"kinderen|dochter|zoon|kat|hond)|(?:my|mi|mon|ma|mein\w*|mio|mia|meu|minha|mijn) "
    r"\d+ ?(?:yo|y/o|year old|-year-old|anos|ans|jahrige\w*|anni|jarige))"
)
# The intruder is a member of the household: "hacked… by my 7 year old", "hackeado por mi
# hijo", "piraté par ma fille", "von meinem Sohn gehackt", "someone in my house keeps logging
# in (it's my daughter)".
OWN_SIDE_INTRUDER = (
    r"\b(?:hack\w*|logg\w* (?:in|into|on)|using|use[sd]?|gehackt|pirat\w*|hackerat\w*|"
    r"hackead[oa]|hackeou|ingelogd|eingeloggt|connecte\w*|usad[oa]|usat[oa]|gebruikt)\b"
    r"[^.!?]{0,40}?\b(?:by|por|par|von|da|door|pelo|pela)\s?"
    + _HOUSEHOLD
    + r"|\b(?:someone|somebody|alguien|quelqu'un|jemand|qualcuno|alguem|iemand) (?:in|at|en|a|"
    r"bei|di|em|bij|chez) (?:my|our|mi|nuestra|ma|notre|meinem|unserem|casa|mijn|ons|minha|"
    r"nossa|moi|mir|uns) ?(?:house|home|household|family|casa|maison|foyer|haushalt|haus|"
    r"famiglia|familia|huis|gezin|thuis)?\b"
    r"[\s\S]{0,160}\b(?:it'?s|it is|turns out|era|c'est|es ist|e|foi|het is|het was) " + _HOUSEHOLD
)
# The writer's own mind or habit is the swindler: "scammed by my own brain", "robbed by my
# impulse control", "estafado por mi propio cerebro", "arnaqué par mon propre cerveau".
SELF_SCAMMED = (
    r"\b(?:scammed|robbed|conned|fooled|tricked|estafad[oa]|robad[oa]|arnaque\w*|escroque\w*|"
    r"vole\w*|betrogen|abgezockt|truffat[oa]|fregat[oa]|derubat[oa]|enganad[oa]|roubad[oa]|"
    r"golpead[oa]|opgelicht|bestolen)\b (?:\w+ ){0,2}?(?:by|por|par|von|da|door|pelo|pela)\s?"
    r"(?:my(?:self| own)|me|mi (?:propi[oa] )?|moi-?meme|mon propre |ma propre |mir selbst|"
    r"meinem eigenen |meiner eigenen |me stess[oa]|il mio stesso |mim mesm[oa]|meu proprio |"
    r"minha propria |mezelf|mijn eigen )"
    r"(?:(?:own )?(?:brain|mind|impulses?|impulse control|self[- ]control|willpower|wallet|"
    r"cart|habits?|cerebro|mente|impulsos?|cerveau|tete|gehirn|kopf|cervello|testa|cerebro|"
    r"hersens|hoofd|brein)\b)?"
    r"|\b(?:me (?:estafe|enganei|golpeei)|je me suis (?:fait )?arnaque\w*|mi sono truffat[oa]"
    r"|ich habe mich selbst (?:betrogen|abgezockt)|ik heb mezelf opgelicht)\b"
)
_LAUGHTER = (
    r"(?:lol|lmao|haha\w*|jaja\w*|jeje\w*|hihi\w*|mdr|ptdr|kkk\w*|rsrs\w*|\U0001f602|"
    r"\U0001f923|\U0001f605|\U0001f606|10/10|sin apelacion|sans appel|"
    r"senza appello|sem apelacao|zonder pardon)"
)
_LEGAL_WORD = (
    r"(?:sue|suing|court|claim|legal|letter|proceedings|demand|deadline|lawsuit|refund|"
    r"demanda\w*|denuncia\w*|tribunal|juzgado|juicio|reclamacion|plainte|mise en demeure|"
    r"proces|klage|klagen|gericht|anzeige|causa|querela|processo|processar|justica|rechter|"
    r"rechtbank|aanklagen|dagvaard\w*|advocatenbrief)"
)
# A lawyer quoted in jest: "mi abogado dice que me gasto demasiado ... jajaja", "my lawyer
# says these boots are guilty 😂", with laughter and no legal word anywhere in the post.
LAWYER_JOKE = (
    rf"^(?![\s\S]*\b{_LEGAL_WORD}\b)(?=[\s\S]*{_LAUGHTER})"
    rf"(?=[\s\S]*\b{MY} (?:\w+ )?(?:lawyer|attorney|solicitor|abogad[oa]|avocat\w*|anwalt\w*|"
    r"advogad[oa]|avvocat[oa]|advocaat) (?:says|said|thinks|dice|dijo|cree|dit|pense|sagt|"
    r"meint|findet|dice|pensa|diz|disse|acha|zegt|vindt|denkt)\b)"
)
_AUTHORITY = (
    r"(?:consumer (?:protection|affairs|rights)|trading standards|ftc|cpsc|cfpb|fda|bbb|"
    r"consumo|consommation|dgccrf|verbraucherschutz\w*|verbraucherzentrale|agcm|procon|acm|"
    r"consumentenbond|ombudsman|regulator)"
)
# The authority is the writer's career: "I spent 20 years as a consumer protection
# investigator", "retired trading standards officer", "ex inspectora de consumo",
# "ancien inspecteur de la DGCCRF", "ehemaliger Verbraucherschützer", "ex ispettore".
AUTHORITY_CAREER = (
    r"\b(?:\w+ )?(?:years?|decades?|career|anos|annees|ans|jahre\w*|anni|jaar) (?:\w+ ){0,2}"
    r"(?:as|como|comme|en tant qu'|als|come|da) (?:an? |un |una |une |ein\w* |een |um |uma )?"
    rf"(?:\w+ ){{0,2}}?{_AUTHORITY}\b"
    r"|\b(?:former|retired|ex|ex-|ancien|ancienne|ehemalige\w*|pensionierte\w*|exe|"
    r"jubilad[oa]|retraite\w*|aposentad[oa]|gepensioneerde|voormalige?|in pensione) ?"
    rf"(?:\w+ )?{_AUTHORITY} (?:investigator|officer|inspector|agent|lawyer|attorney|official|"
    r"inspector[a]?|inspecteur\w*|inspecteur|ispettore|inspetor\w*|ambtenaar)\b"
    # The Romance order, the office before the authority: "ex inspector de consumo".
    r"|\b(?:former|retired|ex|ex-|ancien|ancienne|exe|jubilad[oa]|retraite\w*|aposentad[oa]|"
    r"voormalige?) ?(?:investigator|officer|inspector[a]?|inspecteur\w*|ispettore|inspetor\w*|"
    r"agent|official|funcionari[oa]|fonctionnaire|ambtenaar) (?:\w+ ){0,2}?" + _AUTHORITY + r"\b"
)
# Another company's breach and the brand said to be unaffected: "Not affiliated; glad to see
# smaller brands like Northwind weren't on the list", "por suerte Northwind no está en la
# lista", "Northwind n'est pas concerné", "Northwind ist nicht betroffen".
BRAND_NOT_AFFECTED = (
    r"^(?=[\s\S]*\b(?:breach\w*|leak\w*|hack\w*|brecha|filtracion|fuite|piratage|datenleck|"
    r"datenpanne|violazione|vazamento|datalek)\b)"
    r"(?=[\s\S]*(?:\bnot affiliated\b|\bno affiliation\b|\b(?:weren'?t|wasn'?t|were not|was not|"
    r"aren'?t|isn'?t|not) (?:on (?:the|that) list|affected|involved|hit|impacted|among them)\b"
    r"|\bno (?:esta|estan|estaba|estaban) (?:en la lista|afectad[oa]s?)\b|\b(?:n'est|n'etait|"
    r"ne sont|n'etaient) pas (?:sur la liste|concerne\w*|touche\w*)\b|\b(?:ist|sind|war|waren) "
    r"nicht (?:betroffen|auf der liste)\b|\bnon (?:e|sono|era|erano) (?:coinvolt\w*|nella "
    r"lista|colpit\w*)\b|\bnao (?:esta|estao|estava|foi|foram) (?:na lista|afetad\w*)\b|"
    r"\b(?:staat|stond|staan|is|was|zijn) niet (?:op de lijst|getroffen|betrokken)\b))"
)
# The second charge is the carrier's import duty or VAT: "DHL charged me again on the
# doorstep", "me cobraron aduanas otra vez", "Zoll nochmal bezahlt", "dogana", "invoerrechten".
DUTIES_AT_DOOR = (
    r"\b(?:import (?:vat|tax|duty|duties|fees?)|customs (?:fees?|charges?|duty|duties)|duties|"
    r"vat at checkout|iva de importacion|aduanas?|droits de douane|douane|zoll\w*|"
    r"einfuhrumsatzsteuer|dogana|dazi|alfandega|imposto de importacao|invoerrechten|"
    r"inklaringskosten)\b"
    r"[\s\S]{0,120}\b(?:dhl|ups|fedex|usps|royal mail|parcelforce|evri|correos|la poste|"
    r"chronopost|colissimo|post|poste|correios|postnl|courier|carrier|driver|postman|doorstep|"
    r"repartidor|livreur|zusteller|corriere|entregador|bezorger)\b"
)
# The hospital is why a deadline was missed: "he was in hospital for most of the return
# window", "estuve en el hospital y se me pasó el plazo", "j'étais à l'hôpital pendant le
# délai de retour".
HOSPITAL_AS_REASON = (
    r"\b(?:in|at) (?:the )?hospital (?:for|during) (?:most of |all of |half of |the whole )?"
    r"(?:the |my |his |her |our )?(?:return (?:window|period)|refund window|exchange window)\b"
    r"|\b(?:in|at) (?:the )?hospital (?:for|during) (?:\d+|two|three|four|a few) (?:days|weeks)"
    r"[\s\S]{0,200}\b(?:return|refund|exchange|extension|extra time|window|deadline)\b"
    r"|\b(?:return|refund|exchange) (?:window|period|deadline)\b[\s\S]{0,80}\b(?:in|at) (?:the )?"
    r"hospital\b"
    r"|\b(?:plazo|delai|frist|termine|prazo|termijn) (?:de |di |voor )?(?:devolucion|retour|"
    r"ruckgabe|reso|devolucao|retourneren)\b[\s\S]{0,80}\b(?:hospital|hopital|krankenhaus|"
    r"ospedale|ziekenhuis)\b"
)
# The writer staring at a thing, not someone staring at the writer: "keep staring at the
# pill bottle", "staring at my screen". For the rule's window.
OBJECT_STARED_AT = (
    r"(?:(?:^|[.!?;]\s*)|\bi(?:'?m|'?ve been| keep| kept)? )(?:keep |kept |been |just )*staring "
    r"at (?:the|my|a|an|this|that|those|these)\b(?! (?:\w+ )?(?:son|daughter|kids?|child|wife|"
    r"husband|partner|friend|mom|dad|chest|body|face|legs|breasts?)\b)"
)

# --- read only by the semantic gates (the head's look-alikes; no rule fires on them) ---

# Contact declined because the matter is settled: "no need to call me back, the exchange
# label came through. thanks!", "no hace falta que me llaméis, ya me llegó", "pas besoin de
# me rappeler, c'est réglé". Read by the head as a farewell or a request for a person.
CONTACT_NOT_NEEDED = (
    r"\b(?:no need to|don'?t need to|you don'?t have to|no hace falta (?:que )?|no necesito "
    r"que|pas besoin de|inutile de|(?:ihr|sie) (?:musst|musst|mussen|brauch\w*) (?:mich )?"
    r"(?:nicht|nicht mehr)|non (?:serve|c'e bisogno di)|nao (?:precisa|precisam) (?:de )?|"
    r"(?:jullie|u|je) (?:hoeft|hoeven) (?:me )?niet)"
    r"[^.!?]{0,20}?\b(?:call\w*|ring|phone|email|e-mail|contact|reply|get back|write|llam\w*|"
    r"contest\w*|escrib\w*|rappeler|appeler|recontacter|repondre|zuruckruf\w*|anruf\w*|"
    r"antwort\w*|richiamar\w*|chiamar\w*|ricontattar\w*|rispondere|ligar|retornar|responder|"
    r"bellen|terugbellen|mailen|antwoorden)\b[\s\S]{0,80}\b(?:came through|arrived|sorted|"
    r"worked|got it|found it|all good|figured|fixed|resolved|showed up|is here|thanks|thank you|"
    r"llego|resuelto|solucionado|gracias|arrive|regle|resolu|merci|angekommen|geklart|"
    r"erledigt|danke|arrivat\w*|risolto|grazie|chegou|resolvido|obrigad[oa]|aangekomen|"
    r"opgelost|bedankt)\b"
)
# A request for where to serve legal papers: "the name and address of your registered agent
# for service of process". Legal, not a request for a person to talk to.
LEGAL_SERVICE_ADDRESS = (
    r"\b(?:registered agent|service of process|agent for service|registered office|legal "
    r"address|domicilio (?:legal|social|a efectos de notificaciones)|siege social|adresse "
    r"legale|zustellungsbevollmachtigt\w*|ladungsfahige anschrift|sede legale|domicilio "
    r"eletto|endereco (?:legal|da sede)|sede social|statutaire zetel|vestigingsadres)\b"
)
# The writer explains a charge themselves and asks to be told they are right: "my bank shows
# $0.00 ... that's just because I paid the whole thing with my gift card right?".
OWN_PAYMENT_EXPLAINS = (
    r"\b(?:that'?s|it'?s|is (?:that|it)|es|c'est|ist das|liegt das daran|e|isso e|komt dat)"
    r" (?:just |only |solo |juste |nur |solo |so |gewoon |alleen )?(?:because|porque|parce "
    r"(?:que|qu')|weil|dass|perche|omdat) (?:i|we|je|j'|ich|wir|io|eu|ik|pague|he pagado)"
    r"[^.!?]{0,30}\b(?:paid|used|applied|redeemed|pague|pagado|use|paye|utilise|bezahlt|"
    r"eingelost|pagato|usato|paguei|usei|betaald|gebruikt)\b[^.!?]{0,60}\b(?:right|verdad|"
    r"non|oder|vero|ne|certo|toch|correct)\b ?\?"
)
