"""Session 15's complaint families, from the complaints scorer blind60 and blind61 missed
(spent), each written as a way customers complain in every supported language rather than
as the batch's sentence. `STILL_NOT` is spliced into `complaints._UPSET` (counted anywhere,
like the English "still haven't"); the rest into `complaints._PROBLEM` through
`complaint_families.PROBLEM` (not counted in a hypothetical or a plain question).
"""

from __future__ import annotations

# "Still not": the English, Spanish, French and German are in `complaints._UPSET`; the
# Portuguese, Italian and Dutch were missing ("ainda não vi o reembolso no PayPal"). Only
# with a verb of receiving or seeing, so that "ainda não encomendei" (not ordered yet) is a
# plain question.
_SEEN = (
    r"(?:vi|recebi|recebemos|chegou|chegaram|apareceu|caiu|entrou|tive|ouvi)|"
    r"(?:ho |abbiamo |è |sono )?(?:ricevut[oaie]|vist[oaie]|arrivat[oaie]|comparso|"
    r"rimborsat[oaie]|accreditat[oaie])|(?:ontvangen|gezien|binnen|aangekomen|teruggestort|"
    r"terugbetaald|bijgeschreven|gekregen|gehoord)"
)
STILL_NOT = (
    r"ainda (?:não|nao) (?:" + _SEEN + r")|ainda (?:nada|sem (?:resposta|reembolso|notícias))|"
    r"(?:non (?:ho |abbiamo |è |sono )?ancora|ancora non) (?:" + _SEEN + r")|ancora (?:niente|"
    r"nulla|nessun[ao]? (?:rimborso|risposta|notizia))|(?:nog steeds|nog altijd) (?:niet|geen|"
    r"niks|niets)\b|(?:heb|hebben|is) (?:\w+ ){0,3}nog (?:niet|geen|niks|niets) (?:\w+ )?(?:"
    + _SEEN
    + r")|pas encore (?:reçu|vu|été remboursée?)"
)

# Two charges stated against one order: "I see two charges ... but I only placed one order"
# (the "for one order" form is `complaint_families.TWO_CHARGES`).
TWO_CHARGES_ONE_ORDER = (
    r"(?:two|2|double|duplicate|several|multiple) (?:separate )?(?:charges|payments|"
    r"transactions|debits)\b[^.!?]{0,80}\bbut (?:i|we) (?:only )?(?:placed|made|ordered|bought|"
    r"have|had|did|submitted) (?:only )?(?:one|1|a single|once)\b|(?:dos|2) (?:cargos|cobros|"
    r"pagos)\b[^.!?]{0,80}\bpero (?:solo|sólo) (?:hice|realicé|he hecho|tengo|compré) (?:un|una)"
    r"\b|(?:deux|2) (?:débits|prélèvements|paiements)\b[^.!?]{0,80}\bmais (?:je )?n'ai (?:passé|"
    r"fait) qu'une\b|(?:zwei|2) (?:abbuchungen|belastungen|zahlungen)\b[^.!?]{0,80}\baber (?:ich "
    r"habe )?nur (?:eine|einmal)\b|(?:due|2) (?:addebiti|pagamenti)\b[^.!?]{0,80}\bma (?:ho "
    r"(?:fatto|effettuato) )?(?:un solo|solo un)\b|(?:duas|2) (?:cobranças|pagamentos|débitos)"
    r"\b[^.!?]{0,80}\bmas (?:eu )?(?:só|so) (?:fiz|tenho|comprei) (?:uma?|um)\b|(?:twee|2) "
    r"(?:afschrijvingen|betalingen)\b[^.!?]{0,80}\bmaar (?:ik heb )?(?:maar |slechts )?(?:één|"
    r"een) (?:bestelling|keer)\b"
)

# A different size than ordered: "I ordered a size M and you sent me an XL", "pedí una M y
# me llegó una XL". A size on both sides, so "I ordered the tent and received it today" is
# no complaint.
_SIZE = r"(?:size |talla |taille |größe |taglia |tamanho |maat |an? |una? |the |la |le |die )?"
_SIZE += r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d{1,2}(?:[.,]5)?)\b"
WRONG_SIZE_SENT = (
    r"(?:ordered|pedí|he pedido|commandé|bestellt|ordinato|encomendei|pedi|besteld)\b"
    r"[^.!?]{0,40}?\b" + _SIZE + r"[^.!?]{0,25}?\b(?:and|but|y|pero|et|mais|und|aber|e|ma|mas|"
    r"en|maar)\b[^.!?]{0,20}?\b(?:you sent(?: me)?|you shipped(?: me)?|i (?:got|received)|"
    r"(?:it|they) came (?:in|as)|me (?:enviaron|mandaron|llegó|ha llegado)|(?:vous m'avez|on m'a) "
    r"envoyé|j'ai reçu|(?:sie haben|ihr habt) mir|(?:ich habe|habe ich) (?:\w+ )?(?:bekommen|"
    r"erhalten)|mi (?:avete|hanno) (?:mandato|spedito|inviato)|mi è arrivat[oa]|ho ricevuto|"
    r"(?:me )?(?:mandaram|enviaram)|recebi|chegou|(?:jullie hebben|ik kreeg|kreeg ik|ik heb) "
    r"(?:me |mij )?)[^.!?]{0,15}?\b" + _SIZE
)

# Something expected that will not show at checkout: "the Klarna option doesn't show up",
# "al checkout non compare l'opzione".
_SHOWS = (
    r"(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|never) (?:even )?(?:show(?:ing)? up|"
    r"show(?:ing)?|appear(?:ing)?|come up|load(?:ing)?|there)|no (?:me )?(?:aparece|sale|"
    r"carga)|n'(?:apparaît|apparait|s'affiche|est) pas|(?:erscheint|wird) (?:\w+ )?nicht "
    r"(?:angezeigt)?|non (?:compare|appare|c'è|si vede|viene mostrat[oa])|não (?:aparece|"
    r"carrega|está lá)|(?:verschijnt|staat) (?:er )?niet"
)
_OPTION = (
    r"(?:option|button|field|box|payment (?:method|option)|klarna|paypal|afterpay|apple pay|"
    r"google pay|shop pay|opción|botón|campo|option|bouton|champ|option|schaltfläche|feld|"
    r"zahlungsart|opzione|pulsante|campo|opção|botão|campo|optie|knop|veld|betaalmethode)"
)
NOT_AT_CHECKOUT = (
    r"\b" + _OPTION + r"\b[^.!?]{0,40}\b(?:" + _SHOWS + r")|\b(?:" + _SHOWS + r")\b[^.!?]{0,30}"
    r"\b(?:l'|la |el |le |die |das |de |a |o |the )?" + _OPTION + r"\b"
)

# "I tried to pay with Klarna but ...": an attempt that failed, in every language.
TRIED_BUT = (
    r"\b(?:i(?:'ve| have)? )?tried (?:to|several times to|twice to) (?:pay|use|apply|check ?out|"
    r"cancel|log ?in|sign in|redeem|enter|change|return|track|reset|add)\b[^.!?]{0,60}\b(?:but|"
    r"and) (?:it|the|there|i|nothing|no)\b|\b(?:intenté|he intentado|traté de) (?:\w+ ){0,8}?"
    r"pero\b|\bj'ai essayé de (?:\w+ ){0,8}?mais\b|\bich habe (?:\w+ ){0,6}versucht,? (?:\w+ )"
    r"{0,6}aber\b|\bho provato (?:a|ad) (?:\w+ ){0,8}?ma\b|\btentei (?:\w+ ){0,8}?mas\b|\bik heb "
    r"(?:\w+ ){0,6}geprobeerd (?:\w+ ){0,6}maar\b"
)

# Still hurting after the wear-in: "they still pinch", "siguen apretando".
STILL_HURTS = (
    r"\b(?:still|keep|keeps) (?:pinch|rub|hurt|chafe|blister|squeak|leak|drip|smell|itch|slip|"
    r"fog)\w*|siguen? (?:apretando|rozando|doliendo|haciendo daño)|(?:me )?(?:serrent|font mal|"
    r"frottent) toujours|(?:drücken|scheuern|reiben) (?:\w+ )?(?:immer )?noch|(?:stringono|"
    r"fanno male|sfregano) ancora|ancora (?:stringono|fanno male)|ainda (?:apertam|machucam|"
    r"doem|magoam)|(?:knellen|wrijven|drukken) (?:nog steeds|nog altijd)"
)

# Feeling let down, in a word: "Kind of bummed.", "a bit gutted".
BUMMED = (
    r"bummed|gutted|heartbroken|devastated|qué bajón|que bajón|me da mucha pena|dégoûtée?|"
    r"deg(?:oû|ou)tée?|blöd gelaufen|ärgere mich|(?:sono|sia) (?:un po' )?(?:giù|abbattut[oa])|"
    r"que chatice|fiquei (?:triste|chatead[oa])|(?:ik )?baal (?:er )?(?:flink |echt )?van"
)

# Let down by the product, measured against a hope (round 3, from scorer blind65): "honestly
# it's not as bright as I'd hoped", "no es tan cálido como esperaba".
NOT_AS_HOPED = (
    r"not (?:as|so|quite as) \w+ as (?:i|we)(?:'d| had| was| were)? (?:hoped|expected|thought|"
    r"hoping|expecting)|no (?:es|era|está|son|eran) tan \w+ como (?:esperaba|esperábamos|"
    r"pensaba|creía)|pas (?:aussi|si) \w+ (?:que|qu'on) (?:je |j')?(?:l'esp[ée]rais|le pensais|"
    r"l'imaginais|l'attendais)|nicht so \w+ wie (?:erhofft|erwartet|gedacht|ich (?:gehofft|"
    r"erwartet|gedacht) hatte)|non (?:è|era|sono) (?:così|tanto) \w+ come (?:speravo|pensavo|mi "
    r"aspettavo)|não (?:é|era|está|são) tão \w+ como (?:esperava|pensava)|niet zo \w+ als (?:ik |"
    r"we )?(?:gehoopt|verwacht|gedacht)"
)
# A price felt as unfair: "Why is shipping to Alaska so expensive?? ... we always get left
# out" (round 3, scorer blind64): "so expensive" asked with "??", or being left out.
PRICE_GRIEVANCE = (
    r"why (?:is|are|'s) [^.?!]{0,40}\bso (?:expensive|pricey|steep)\?\?|(?:we|i) (?:always|"
    r"keep) (?:get(?:ting)?|being) left out"
)

UPSET = "|".join((STILL_NOT, BUMMED, NOT_AS_HOPED, PRICE_GRIEVANCE))
PROBLEM = "|".join(
    (TWO_CHARGES_ONE_ORDER, WRONG_SIZE_SENT, NOT_AT_CHECKOUT, TRIED_BUT, STILL_HURTS)
)

# A fit gone wrong, next to a sad emoji (spliced into `complaints._SAD_PROBLEM`, whose
# English "are too small 😕" it extends; round 2, from scorer blind62). Only with "too" or
# "very": the plain "me quedan pequeñas 😕" with a cheerful exchange is a good reply in
# scorer blind31, blind32 and blind41, though blind46 and blind62 label it otherwise.
SAD_FIT = (
    r"\b(?:me|te|le|nos|les|se) (?:queda|quedan|quedó|quedaron|van|va) (?:demasiado|muy) "
    r"(?:pequeñ|chic|grande|apretad|cort|larg|estrech|just)\w*|\b(?:est|sont|taille|taillent|"
    r"était|étaient) (?:un peu |beaucoup |bien )?trop (?:petit|grand|serré|court|long|étroit)\w*|"
    r"\b(?:ist|sind|war|waren|fällt|fallen|sitzt|sitzen) (?:\w+ )?(?:etwas |viel |deutlich )?zu "
    r"(?:klein|groß|gross|eng|kurz|lang|weit)\b|\b(?:mi|gli|le|ci|è|sono|era|erano) (?:sta |"
    r"stanno |stava |stavano |va |vanno )?(?:un po' )?(?:troppo|molto) (?:piccol|strett|cort|"
    r"lung|grand)\w*|\b(?:fica|ficam|ficou|ficaram|está|estão) (?:muito|demasiado) (?:pequen|"
    r"apertad|curt|compri|grand|larg)\w*|\b(?:is|zijn|zit|zitten|valt|vallen|was|waren) (?:\w+ )?"
    r"(?:een beetje |veel )?te (?:klein|groot|krap|kort|lang|strak|nauw)\b"
)
