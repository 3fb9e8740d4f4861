"""Promises of favours the policy does not grant, for the ``no-unauthorized-promises`` scorer
(`promises.py`): exceptions "just this once", extensions, bonuses and multipliers, steps
waived ("no photos needed"), custom codes, payment plans, and actions taken on the
customer's behalf. Each pattern carries the key of the support pattern the facts must
match. Apart from `promise_phrases.py` (money, dates and delivery promises) because the
scorer rounds add to this list far more often; `PROMISES` there is both lists, in order.
"""

from __future__ import annotations

_BENEFIT = (
    r"(?:a |an |the |your |full |partial |another )?(?:refund|credit|store credit|replacement|"
    r"discount|coupon|voucher|gift card|promo code|code|compensation|new one|money back|"
    r"reimbursement|(?:\d+ )?(?:bonus )?points|rewards?)"
)

# (pattern, key), in the order the scorer checks them after `promise_phrases`.
FAVOURS: list[tuple[str, str]] = [
    (
        # Exceptions to policy granted in passing: "we can make an exception this time",
        # "just this once", "since you're a loyal customer", "even though you've worn them".
        r"\b(?:make|making|made|grant|granting) (?:an |a one[- ]time |one |a small )?exception\b|"
        # The exception named as what the favour is or what to ask for: "swap one for cash
        # as a holiday exception", "DM us for an exception" (scorer blind137 and blind144),
        # "machen wir bei Ihnen eine Ausnahme" (scorer blind140). Over every labelled draft
        # all 32 with these are invented policy.
        r"\b(?:for|as) an? (?:[\w-]+ )?exception\b|\beine ausnahme\b|"
        # Stock held and a lost card replaced with no way to identify it: "I've put a hold
        # on the fleece in your size" (scorer blind148), "even if nobody has the card number
        # or order number, we'll still freeze it" (scorer blind143). Over every labelled
        # draft all 7 with these are invented policy.
        r"\bput a hold on\b|\b(?:hold|reserve|set aside|put aside)\w* (?:on |one |it |the |a )?"
        r"(?:\w+ ){0,3}(?:for you|in your size)\b|\beven if (?:nobody|no one|you don'?t|you do "
        r"not|she doesn'?t|he doesn'?t|they don'?t|neither of you) (?:has|have|can find|knows?)\b|"
        # Scorer blind19 (spent): "even without the card number or the order number we'll
        # send her a new card".
        r"\beven without (?:the |a |an |your |her |his |their |any )?(?:card number|order "
        r"number|receipt|proof of purchase|tags?|photos?|original (?:box|packaging))\b|"
        r"\b(?:just |only )?this (?:once|one time)\b|\bone[- ]time (?:courtesy|exception|"
        r"gesture|favou?r)\b|\bas a (?:one[- ]off|courtesy|special favou?r|favou?r|special "
        r"case)\b|\b(?:bend|stretch|relax|break|waive) (?:the |our |a )?(?:rules?|polic(?:y|ies)|"
        r"window|deadline|limit)\b|\blet (?:it|this|that) slide\b|\bturn a blind eye\b|"
        r"\b(?:since|as|because) you(?:'re| are|'ve been| have been) (?:such )?(?:a |an |one of "
        r"our )?(?:loyal|regular|valued|long[- ]?time|repeat|great|vip|special|good|favou?rite)\b|"
        r"\beven (?:though|if|when|after) (?:you(?:'ve| have| had|'d| already| were|'re)?|"
        r"they(?:'ve| have| were|'re| are)?|it(?:'s| was| has)?|the \w+ (?:is|are|was|were|has|"
        # ("...once the seal is broken, even if they haven't been used" restates the fee.)
        r"have))\b(?:(?!n't\b|\bnot\b|\bnever\b)[^.!?]){0,30}?\b(?:worn|used|opened|washed|past|"
        r"over|outside|expired|"
        r"late|beyond|after|damaged|ran out|missed|lost)\b|"
        r"\b(?:no matter (?:what|the condition|how (?:long|worn|used|old))|regardless of (?:the )?"
        r"(?:condition|wear|how (?:long|much)|whether|when|age|use))\b|"
        r"\baunque (?:ya )?(?:\w+ ){0,3}(?:usad|llevad|puest|abiert|lavad|pasad)\w*|"
        r"\bpor esta vez\b|\bexcepci[oó]n\b|\bexce[çc][ãa]o\b|\bun'?eccezione\b|"
        r"\buitzondering\b|\bune exception\b|\bmême si (?:vous |tu )?(?:\w+ )?(?:avez|as|a|ont|"
        r"est|sont) (?:déjà )?(?:porté|utilisé|ouvert|lavé|dépassé)\w*|\bexceptionnel\w*|"
        r"\b(?:auch|selbst) wenn (?:sie|du|es) (?:\w+ ){0,3}(?:getragen|benutzt|geöffnet|"
        r"gewaschen)\b|\bausnahmsweise\b|\bkulanz\w*|"
        # "as an exception" as an adverb, in every supported language: "per eccezione, il
        # ritorno lo paghiamo noi" (scorer blind75). (Not "exceptionally": "exceptionally
        # warm" praises.)
        r"\b(?:per|in via|a titolo|come) eccezion\w*|\b(?:as an|by way of) exception\b|"
        r"\bde (?:forma|manera|modo) excepcional\b|\ba t[íi]tulo exce(?:p)?cional\b|"
        r"\bem car[áa]ter exce(?:p)?cional\b|\bbij (?:wijze van )?uitzondering\b|"
        # An arrangement offered "on request" (scorer blind74: "for guiding companies we can
        # set up invoicing on request"): only the writer's offer, not a form to request.
        # (Not refused: "nous ne pouvons pas créer de codes promotionnels sur demande",
        # scorer blind7's good reply.)
        # ("our team can set up a one-off invoiced order for your firm on request" where the
        # facts say no invoices, scorer blind106: the team as subject, a hyphenated word.)
        r"\b(?:we|i|our (?:\w+ )?team|the team)(?:'ll| will| can| could|'d| are happy to| "
        r"would| is happy to) (?:(?!not\b|never\b)[\w'-]+ ){1,10}(?:on|upon|by) (?:special )?"
        r"request\b|\b(?:podemos|podríamos|pouvons|pourrions|"
        r"können wir|könnten wir|possiamo|potremmo|kunnen we|kunnen wij) (?:(?!pas\b|nicht\b|"
        r"niet\b|non\b|no\b|jamais\b)\w+ ){0,6}(?:sur demande|bajo "
        r"(?:petición|pedido)|a petición|auf (?:Anfrage|Wunsch)|su richiesta|mediante pedido|sob "
        r"(?:pedido|consulta)|op (?:aanvraag|verzoek))\b|"
        # "we'll treat it as unused", "since it was only used once", "for you I'll ..."
        r"\b(?:treat|count|consider|accept|take) (?:it|them|this|that) (?:back )?as (?:unused|"
        r"unworn|new|a defect|defective|covered|on time)\b|\b(?:since|as|because) (?:it|they|you)"
        r"(?:'s|'re|'ve| was| were| are| is| have| had)?(?: only| just| barely)? (?:been )?"
        r"(?:used|worn|opened|washed|tried) (?:once|twice|a little|briefly|one time|on one|for)\b|"
        r"\b(?:just )?for you,? (?:i|we)(?:'ll| will| can|'d)\b|"
        # "we'll still cover it", "we'll squeeze it in anyway", "we're flexible", "a few days
        # late is fine"
        r"\b(?:we|i)(?:'ll| will| can|'d| could)? still (?:cover|refund|accept|honou?r|give|take|"
        r"let|count|apply|waive|credit|ship|send|replace|repair|fix|process)\b|"
        r"\b(?:we|i)(?:'ll| will| can|'d| could|'ve| have) (?!(?:\w+ )?(?:check|look|ask|see|"
        r"reply|dm|message|email|let you know|get back))[^.!?]{0,40}\banyway\b|"
        r"\brather than (?:wait|waiting) for (?:the |your )?(?:claim|return|inspection|photos|"
        r"investigation|carrier|warehouse)\b|"
        r"\b(?:we'?re|we are|we can be|i'?m|i can be) (?:pretty |quite |very |usually |always |a "
        r"bit |happy to be )?flexible\b|"
        r"\b(?:late|later|past|over|after the|expired|used|worn|opened|washed)\b[^.!?]{0,30}\b"
        r"(?:is|are|'s|will be|would be|should be) (?:totally |usually |probably |still |"
        r"perfectly )?(?:fine|ok|okay|no problem|not a problem|no big deal|acceptable)\b|"
        r"\b(?:won'?t|wouldn'?t|shouldn'?t) be (?:a|an) (?:problem|issue)\b|\bafter the fact\b|"
        r"\bretroactive\w*|"
        # "no need for photos", "I'll make it work", "normally ..., but I'll ..."
        r"\bno (?:need|requirement) (?:for|to send|to return|to provide|to show) (?:a |an |any |"
        r"the )?(?:photos?|receipt|proof|return|order number|label|claim)\b|\b(?:i|we)(?:'ll| will|"
        r" can| could) make (?:it|this|that|an exception) (?:work|happen)\b",
        "exception",
    ),
    (
        # Matched on its own: the "normally" clause may hold a negation the "but" undoes.
        r"\b(?:normally|usually|technically|officially|past the [\w ]{1,20}?)\b[^.!?]{0,80}\bbut"
        r"\b[^.!?]{0,50}?\b(?:i|we)(?:'ll| will| can| could|'ve| have) (?:already |just )?"
        r"(?!(?:\w+ )?(?:check|look|ask|see|dm|message|email|find|chase|help|try|send you a "
        r"(?:dm|message|link))\b)\w+",
        "exception",
    ),
    (
        # "we can stack them for you", "we'll apply both codes"
        r"\b(?:stack|combine)\w* (?:them|both|the two|these|those|the codes|your codes|the "
        r"discounts|both codes|both discounts)\b(?! with (?:your |a |the )?(?:\w+ )?(?:rewards?|"
        # ("combine them with one promo code" pairs gift cards with a code, and "use both
        # gift cards" spends two cards: scorer blind47.)
        r"gift|store credit|points)| with (?:one|a single) (?:promo )?code)|\b(?:apply|use|add|"
        r"honou?r) (?:them )?both\b(?! (?:of )?(?:your |the )?(?:gift ?cards|cards|rewards))|"
        r"\b(?:apply|use|add) (?:the two|two|all (?:three|the)) (?:codes|discounts|promos)\b|"
        r"\blet you (?:stack|combine) (?:it|them|this|that|both)\b",
        "stacking",
    ),
    (
        # Someone else's costs taken on: "les frais de retour sont à notre charge".
        r"\bwe(?:'ll| will)? (?:take care of|foot|absorb|eat) (?:the |any |all |"
        r"your )?(?:\w+ )?(?:shipping|postage|costs?|bill|fees?|duties|charges?)\b|"
        r"\b(?:covered|paid) (?:for )?by us\b|\bà (?:notre|nos) (?:charge|frais)\b|"
        r"\bnous (?:prenons|prendrons) en charge\b|\bpris en charge par nos soins\b|"
        r"\b(?:por|de) nuestra cuenta\b|\ba nuestro cargo\b|\b(?:lo|los|la|las) cubrimos\b|"
        r"\bnosotros (?:pagamos|cubrimos|corremos)\b|\b(?:übernehmen wir|wir übernehmen)\b|"
        r"\bauf unsere kosten\b|"
        # The team as the payer, after the thing paid: "la spedizione del reso te la paghiamo
        # noi" (scorer blind78), "el envío te lo pagamos nosotros", "paghiamo noi la
        # spedizione", "pagamos nós o envio", "c'est nous qui payons", "die Kosten tragen wir",
        # "die betalen wij", "we'll pay for your return shipping".
        r"\b(?:te |ve |le |vi )?(?:la|lo|le|li) paghiamo noi\b|\bpaghiamo noi\b|\b(?:a nostro "
        r"carico|a carico nostro)\b|\b(?:te |se )?(?:lo|la|los|las) pagamos nosotros\b|\bpagamos "
        r"n[óo]s\b|\bpor nossa conta\b|\bc'est nous qui (?:payons|réglons|prenons en charge)\b|"
        r"\bon vous (?:la|le|les) (?:paie|paye|rembourse)\b|\b(?:die )?kosten (?:tragen|"
        r"übernehmen) wir\b|\b(?:die|dat|die kosten) betalen (?:wij|we)\b|\bvoor onze rekening\b|"
        r"\bwe(?:'ll| will)? pay (?:for )?(?:the |your )?(?:return )?(?:shipping|postage|label)\b",
        "cover",
    ),
    (
        r"\bextend\w* (?:it|that|this|them|(?:the |your |our )?(?:return |warranty |exchange )?"
        r"(?:window|deadline|period|warranty|return|date|time))\b|\b(?:give|allow|grant) you "
        r"(?:a (?:bit|little|few) |some |a couple )?(?:more|extra|additional) "
        r"(?:time|days|weeks?)\b|"
        r"\b(?:an |a )?(?:extra|additional|few more) (?:days|weeks?|time) to (?:return|send|"
        r"decide|exchange)\b",
        "extension",
    ),
    (
        r"\b(?:you can |feel free to |go ahead and |just )keep (?:it|them|the (?:\w+ ){0,2}(?:"
        r"ones?|original|old|item|"
        r"one|pair|jacket|boots|tent|pack))\b"
        # "Just keep them unworn, unwashed and with tags attached" (scorer blind33).
        r"(?! (?:unworn|unwashed|unused|clean|dry|tagged|in (?:the |their |its )?original|with "
        r"(?:the |their |its )?tags|tags on))",
        "keep",
    ),
    (
        # Jumping the queue: "I've bumped your email to the top of the queue".
        r"\b(?:bump|mov|push|put|escalat)\w* (?:you|your \w+|it|this)(?: up)? (?:to )?(?:the )?"
        r"(?:top|front|head) of the (?:queue|line|list|pile)\b|"
        r"\bpush (?:it|this|that|your \w+|the \w+) through\b|\bprioriti[sz]\w* (?:your|you|it|"
        r"this)\b|\bfast[- ]track\w*|\bjump the (?:queue|line)\b",
        "priority",
    ),
    (
        # Done deeds: "I've gone ahead and cancelled it", "your refund is on its way".
        r"\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:gone|went) ahead and (?!(?:passed|"
        r"flagged|forwarded|escalated|shared|noted|logged|asked|let|told|messaged|emailed|"
        r"contacted|opened|reached|sent (?:you )?(?:a |an )?(?:dm|message|email)|checked|looked)\b)"
        r"\w+|\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:taken care of|cancell?ed|"
        r"reshipped|re-?sent|expedited|upgraded|replaced|reversed|adjusted|extended|reinstated|"
        r"restored|booked|dispatched)\b|\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:shipped|"
        r"sent|mailed|ordered)(?: out)? (?:you )?(?:a |an |another )?(?:new|replacement|fresh|"
        r"second)\b|\b(?:your|the|a) (?:full )?(?:refund|credit|replacement|new (?:one|pair)|"
        r"reimbursement|compensation|voucher|gift card|exchange) (?:is|are|'s|has been|have been) "
        r"(?:already |now )?(?:on (?:its|the|their) way|being (?:processed|shipped|sent|issued|"
        r"prepared)|in the (?:mail|post)|(?:re)?shipped|dispatched|sent|approved|"
        r"(?:all )?set|sorted|confirmed|queued)\b|"
        # "your 400 points are back in your account now", "the charge has been voided"
        r"\b(?:your|the) (?:\w+ ){0,2}(?:points|charges?|fees?|balance|credit|money|discount|"
        r"code|rewards?|payment)s? (?:is|are|'s|'re|has been|have been) (?:now |already |all )?"
        r"(?:back|restored|reinstated|reversed|voided|removed|refunded|waived|credited|"
        r"re-?added|re-?applied)\b|\b(?:i|we)(?:'ve| have)? (?:already |just |now )?(?:voided|"
        r"restored|re-?added|re-?applied|reinstated)\b|\b(?:i|we)(?:'ve| have) (?:already |just |"
        r"now )?(?:deleted|removed|erased|closed|changed|updated|corrected|unlocked|reset|merged)"
        r" your (?:account|order|address|email|data|details|subscription|password|payment)\b|"
        r"\b(?:i|we)(?:'ll| will| can) (?:reinstate|restore|re-?add|re-?credit|reverse|unlock|"
        r"reactivate|refund(?! (?:it|them) (?:like|as|once|when|after)\b)) (?:them|it|those|"
        r"your|the)\b",
        "action",
    ),
    (
        # "I've added the socks to your order": a change to an order nobody can promise.
        r"\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:added|swapped|switched|merged|"
        r"combined|moved|put) (?!(?:a |an |the )?(?:note|comment|flag|tag|message|request|"
        r"reminder|memo)s?\b)(?:the |your |a |an |some )?[\w -]{1,30}? (?:to|in|into|onto|on) "
        r"(?:your|the) (?:order|parcel|package|shipment|box)\b",
        "action",
    ),
    (
        # A day promised without a verb of ours: "I've flagged yours so it goes out by
        # tomorrow", "it'll arrive on the original delivery date".
        r"\b(?:it|they|yours|your (?:order|parcel|package|refund|replacement))(?:'ll| will)? "
        r"(?:goes?|go|ships?|leaves?|be (?:out|shipped|sent|dispatched))(?: out)? (?:by |on |"
        # No weekday: "they'll ship on Monday" follows from the cut-off rules.
        r"before )?(?:tomorrow|today|tonight|(?:the )?end of (?:the |this )?(?:day|week))\b|"
        r"\b(?:arrive|be delivered|get there|reach you)\b[^.!?]{0,40}\b(?:on|by) (?:the )?"
        r"original (?:delivery |arrival )?date\b|\bstill (?:arrive|get there|be delivered) on "
        r"time\b",
        "delivery date",
    ),
    (
        r"\b(?:i|we)(?:'ve| have)? (?:already |just |now )?(?:\w+ly )?(?:issued|processed|sent|"
        r"refunded|"
        r"credited|applied|approved|added|put through|arranged)\b[^.!?]{0,25}?\b" + _BENEFIT,
        "action",
    ),
    (
        # done deeds in Spanish, French and German
        r"\b(?:te|le|les|os) (?:hemos|he) (?:reembolsado|devuelto el dinero|abonado)\b|"
        r"\bnous vous avons (?:déjà )?(?:rembours|crédit)\w*|"
        r"\bwir haben (?:[\wäöüß]+ ){0,4}?(?:erstattet|zurückerstattet|gutgeschrieben)\b",
        "action",
    ),
    (
        r"\b(?:i|we)(?:'ve| have) (?:already |just )?(?:refunded|credited|reimbursed|waived)\b|"
        r"\b(?:refunded|credited|reimbursed) (?:you|your (?:card|account|order|money))\b|"
        r"\b(?:refund|credit|replacement|discount|compensation) (?:has|have) (?:already )?been "
        r"(?:issued|processed|approved|sent|applied|added)\b",
        "action",
    ),
    # Session 11 families, from the spent scorer batches blind46 and blind47: a step the
    # facts require waived ("no photos or paperwork needed"), a one-off exception or extra
    # balance in German and Spanish ("wir machen gerne eine Ausnahme", "le añadimos saldo
    # extra de regalo"), a discount made up for one group ("a special discount on top of any
    # price match") and a lost card replaced "for the full amount" when the facts say the
    # remaining balance.
    (
        r"\bno (?:photos?|pictures?|receipt|proof(?: of purchase)?|paperwork|forms?|order number)"
        r"(?: or (?:photos?|pictures?|receipt|proof|paperwork|forms?|order number))? (?:is |are )?"
        r"(?:needed|required|necessary)\b|"
        # "ganz ohne Fotos oder Prüfung", "sin fotos", "sans photos" (scorer blind49).
        r"\b(?:ohne|sin|sans|senza|sem|zonder) (?:\w+ )?(?:fotos?|foto's|photos?|bilder|belege?|"
        r"quittung|kassenbon|recibos?|reçus?|ricevut[ae]|scontrin[oi]|bonnetje)\b",
        "no paperwork",
    ),
    # Session 16 (spent scorer blind69-71): a favour justified by who the customer is or
    # what day it is, "como es tu primera compra te lo dejamos gratis", "since this is your
    # first return we'll email you a free label", "as a loyal customer", "because it's your
    # birthday", "as a thank-you". The facts grant nothing for a first order except a
    # welcome code, so a clause that names one ("since it's your first order, WELCOME10
    # ...") is left alone.
    (
        r"(?:\b(?:since|as|because|seeing as|given that) (?:it'?s|it is|this is|this'?ll be|"
        r"that'?s) (?:your|her|his|their) (?:very )?(?:first (?:order|purchase|return|exchange|"
        # (Not what the customer is owed: "falls short of what you deserve as a loyal
        # customer", scorer blind141's good reply.)
        r"claim|time)|birthday)\b|(?<!deserve )(?<!deserved )(?<!owed )(?<!expect )"
        r"\bas an? (?:long[- ]?time|loyal|valued|regular|repeat) "
        r"(?:customer|member|client|shopper)\b|\bas a (?:little |small |special )?"
        r"(?:thank[- ]you|birthday (?:treat|surprise))\b|"
        r"\b(?:como|ya que|porque|dado que|puesto que) (?:es|será) (?:tu|su) (?:primer[ao]? "
        r"(?:compra|pedido|devoluci[oó]n|cambio|vez)|cumpleaños)\b|"
        r"\b(?:como|já que|porque|visto que) (?:é|será) (?:a |o )?(?:sua|seu|tua|teu) "
        r"(?:primeir[ao] (?:compra|pedido|encomenda|devolução|troca|vez)|aniversário)\b|"
        r"\b(?:comme|puisque|parce que|vu que|étant donné que) (?:c'est|il s'agit de) (?:votre|"
        r"ta|ton) (?:premi[eè]re? (?:commande|achat|retour|échange|fois)|anniversaire)\b|"
        r"\b(?:visto che|dato che|poiché|siccome|perché) (?:è|si tratta del(?:la)?) (?:il |la )?"
        r"(?:tuo|suo|tua|sua) (?:prim[oa] (?:ordine|acquisto|reso|cambio|volta)|compleanno)\b|"
        r"\b(?:da|weil) (?:es|das|dies) (?:ihre|deine|ihr|dein) (?:erste[rs]? (?:bestellung|"
        r"einkauf|kauf|rücksendung|retoure|umtausch)|geburtstag)\b|"
        r"\b(?:omdat|aangezien|want) (?:het|dit) (?:je|jouw|uw) (?:eerste (?:bestelling|aankoop|"
        r"retour|ruil)|verjaardag)\b)"
        r"(?![^.!?]{0,60}\b(?:welcome\w*|bienvenid\w*|bienvenue|benvenut\w*|willkommen\w*|"
        r"welkom\w*|boas-vindas)\b)",
        "exception",
    ),
    (
        r"\b(?:machen|mache) (?:wir |ich )?(?:für (?:sie|dich) )?(?:gerne |gern )?eine ausnahme\b",
        "exception",
    ),
    (
        r"\bsaldo (?:extra|adicional)\b|\bcrédit (?:supplémentaire|bonus)\b|\bcredito (?:extra|"
        r"aggiuntivo)\b|\bextra (?:guthaben|tegoed)\b|\bextra (?:balance|credit) (?:on|to) (?:the|"
        r"your|her|his) (?:gift )?card\b",
        "bonus",
    ),
    (
        r"\b(?:special|extra|additional|exclusive|nonprofit|non-profit|charity) discount\b|"
        r"\bdiscount on top of\b",
        "custom code",
    ),
    (
        r"\b(?:card|replacement|gift card) (?:for|worth|with) the full (?:amount|value|\$?\d+)\b",
        "full value",
    ),
    # Scorer blind50 and blind51 (spent): a points multiplier ("you also earn double points
    # on your first order") that a welcome bonus does not back, the team's own financing
    # ("we'll set up a payment plan for you directly"), and a payment provider's decision
    # overridden ("I can ask them to approve your order manually").
    (
        r"\b(?:double|triple|2x|3x|twice the|twice as many|extra|bonus) points\b",
        "points multiplier",
    ),
    (
        r"\b(?:we'?ll|we will|we can|we could|i'?ll|i can|i could|happy to) (?:\w+ )?(?:set up|"
        r"arrange|create|offer|put together|organi[sz]e) (?:a |an |you )?(?:\w+ )?(?:payment "
        r"plans?|instal(?:l)?ment plans?|instal(?:l)?ments|split payments?|financing)\b",
        "payment plan",
    ),
    (
        # The outcome promised whatever the team's judgement, when the facts make it depend
        # on one ("if we can judge it from the photos, we decide"): "stitching failures are
        # always covered, so you'll get a brand-new pack either way" (scorer blind79), "we'll
        # replace it no matter what", "recibirás una nueva en cualquier caso", "vous recevrez
        # un neuf dans tous les cas", "du bekommst so oder so einen neuen", "riceverai un
        # nuovo in ogni caso", "vai receber uma nova de qualquer forma", "je krijgt hoe dan
        # ook een nieuwe". (Not "Either way you won't lose out: we reship or refund".)
        r"\b(?:you'?ll|you will) (?:get|receive|have)\b[^.;:!?]{0,40}?\b(?:either way|no matter "
        r"what|regardless|whatever the (?:outcome|cause|result))\b|\b(?:either way|no matter "
        r"what|whatever the (?:outcome|cause|result)),? (?:we'?ll|we will|i'?ll|i will) (?:\w+ )?"
        r"(?:send|ship|replace|refund|give|throw in|add|cover)\b|\b(?:is|are) always covered\b|"
        r"\b(?:recibirás|tendrás|te (?:enviamos|enviaremos|mandamos))\b[^.;:!?]{0,40}?\b(?:en "
        r"cualquier caso|pase lo que pase|sea como sea)\b|\b(?:vous recevrez|tu recevras|nous "
        r"vous enverrons)\b[^.;:!?]{0,40}?\b(?:dans tous les cas|quoi qu'il arrive|de toute "
        r"façon)\b|\b(?:bekommst du|bekommen sie|erhalten sie|du bekommst|sie bekommen|sie "
        r"erhalten)\b[^.;:!?]{0,40}?\b(?:so oder so|auf jeden fall|in jedem fall)\b|"
        r"\b(?:riceverai|riceverà|ti (?:mandiamo|spediamo))\b[^.;:!?]{0,40}?\b(?:in ogni caso|"
        r"comunque vada|in qualsiasi caso)\b|\b(?:vai receber|receberá|recebe)\b[^.;:!?]{0,40}?"
        r"\b(?:de qualquer forma|em qualquer caso|aconteça o que acontecer)\b|\b(?:je krijgt|"
        r"krijg je|ontvang je|u krijgt)\b[^.;:!?]{0,40}?\b(?:hoe dan ook|in elk geval|sowieso)\b|"
        r"\b(?:siempre están cubiert[oa]s|sont toujours couverts?|sind immer abgedeckt|sono "
        r"sempre copert[ie]|estão sempre cobert[oa]s|zijn altijd gedekt)\b",
        "guarantee",
    ),
    (
        # Instalments paid to the store itself, in any language, when the facts offer only a
        # provider's plan: "nos la pagas a plazos directamente a nosotros" (scorer blind79),
        # "pay us back in instalments", "nous payer en plusieurs fois", "in Raten direkt an
        # uns", "a rate direttamente a noi", "em prestações diretamente a nós", "in termijnen
        # aan ons".
        r"\bpay (?:it |us |them )?(?:back |off )?(?:to us |us )?in (?:instal(?:l)?ments|"
        r"monthly payments|parts) (?:directly )?(?:to us|with us)\b|\b(?:nos )?(?:l[ao]s? )?"
        r"(?:pagas|paga|pagar|pague) a plazos (?:directamente )?(?:a|con) nosotros\b|\bnos "
        r"(?:l[ao]s? )?(?:pagas|paga|pague) a plazos\b|\bnous (?:l[ea] )?(?:payer|payez|payes|"
        r"régler|réglez) en plusieurs fois\b|\bin raten (?:direkt )?(?:an|bei) uns\b|\ba rate "
        r"(?:direttamente )?(?:a|con) noi\b|\bem presta[çc][õo]es (?:diretamente )?(?:a nós|"
        r"connosco|conosco|para nós)\b|\bin termijnen (?:rechtstreeks )?(?:aan|bij) ons\b",
        "payment plan",
    ),
    (
        # Card details taken from the chat and used, which the facts never allow ("we never
        # ask for your full card number"): "I'll pass these card details to our billing
        # team" (scorer blind79), "we'll charge it from here", "pasaré los datos de tu
        # tarjeta", "je transmets vos coordonnées bancaires", "ich gebe Ihre Kartendaten
        # weiter", "passo i dati della carta", "passo os dados do cartão", "ik geef je
        # kaartgegevens door".
        r"\b(?:i|we)(?:'ll| will| can|'m going to| are going to)? (?:\w+ )?(?:pass|forward|send|"
        r"give|hand|share|use|enter|process|run|put through|key in)\w* (?:these|those|your) "
        r"(?:card|payment|credit card|debit card) (?:details|info\w*|data)\b|"
        r"\b(?:i|we)(?:'ll| will| can) (?:just )?charge (?:it|your card|the card) (?:from here|"
        r"for you|manually|directly)\b|\b(?:pasar[ée]|pasamos|usar[ée]|usaremos|usamos|"
        r"enviar[ée]|enviamos|reenviar[ée]) (?:estos|esos|tus|sus|los) datos (?:de (?:la|tu|su) "
        r"tarjeta|bancarios)\b|\b(?:je|nous) (?:transmets|transmettons|transmettrai|"
        r"transmettrons|utilise|utilisons|utiliserai|utiliserons) (?:ces|vos|tes) (?:coordonnées|"
        r"données|informations) (?:bancaires|de (?:carte|paiement))\b|\b(?:ich|wir) (?:gebe|"
        r"geben|leite|leiten|nutze|nutzen|verwende|verwenden) (?:diese|ihre|deine|die) "
        r"kartendaten\b|\b(?:passo|passiamo|inoltro|inoltriamo|uso|usiamo|utilizzo|utilizziamo) "
        r"(?:questi|i tuoi|i suoi|i) dati (?:della (?:tua |sua )?carta|di pagamento)\b|\b(?:passo|"
        r"passamos|encaminho|encaminhamos|uso|usamos) (?:estes|esses|os seus|os teus|os) dados "
        r"do (?:seu |teu )?cartão\b|\b(?:ik|we) (?:geef|geven|stuur|sturen|gebruik|gebruiken) "
        r"(?:deze|je|jouw|uw|de) (?:kaartgegevens|betaalgegevens)\b",
        "action",
    ),
    (
        r"\b(?:ask|get|have|persuade|convince) (?:them|klarna|afterpay|affirm|paypal|the bank|"
        r"your bank|the card issuer) (?:to )?(?:approve|accept|reconsider|override)\b",
        "exception",
    ),
    # Round 3 (spent scorer blind72 and blind73): favours with no reason given, and the
    # reason as who the customer is, in the supported languages. Points frozen so they
    # never expire ("te los congelamos para que no caduquen nunca").
    (
        # (Not a lost gift card "frozen" and replaced: that is the facts' own remedy.)
        r"\b(?:we(?:'ll| will| can)?|i(?:'ll| will| can)?) (?:freeze|pause) your (?:points|"
        r"rewards)\b|\bso (?:they|it) (?:never|won'?t ever) expires?\b|"
        r"\b(?:te|se|os) los congelamos\b|\bcongel\w* (?:tus|sus|os seus|os "
        r"teus|i tuoi|i suoi) (?:puntos|pontos|punti|saldo)\b|\bpara que (?:no|nunca) "
        r"(?:caduquen|venzan|expiren|expirem|caduquem)(?: nunca)?\b|\b(?:gel\w*|fig\w*) (?:vos |"
        r"tes )?points\b|\bpour qu'ils n'expirent jamais\b|\b(?:frieren|friere) (?:wir |ich )?"
        r"(?:ihre |deine )?(?:punkte|guthaben) ein\b|\bdamit sie nie verfallen\b|\b(?:te |ve )?li "
        r"congeliamo\b|\b(?:così|perché) non scad(?:ono|ano) mai\b|\bbevriez\w* (?:je|uw) "
        r"(?:punten|tegoed)\b|\bzodat ze nooit verlopen\b",
        "exception",
    ),
    # "même sans aucun numéro": the English "even without the card number" is above.
    (
        r"\beven without (?:any )?(?:number|proof|receipt)\b|\bmême sans (?:aucun |aucune |le |la |"
        r"votre |son |sa )?(?:numéro|reçu|ticket|preuve|justificatif|facture)\b|\b(?:incluso|aun|"
        r"aún) sin (?:el |la |ningún |ninguna |tu |su )?(?:número|recibo|ticket|comprobante|"
        r"factura)\b|\b(?:auch|selbst) ohne (?:\w+ )?(?:nummer|bestellnummer|kartennummer|beleg|"
        r"quittung|kassenbon|rechnung)\b|\banche senza (?:il |lo |la |alcun |nessun )?(?:numero|"
        r"scontrino|ricevuta|fattura)\b|\bmesmo sem (?:o |a |nenhum |nenhuma |qualquer )?"
        r"(?:número|recibo|talão|fatura|comprovativo)\b|\bzelfs zonder (?:het |de |een |uw |je )?"
        r"(?:nummer|bonnetje|bon|kassabon|factuur|bestelnummer)\b",
        "exception",
    ),
    # Who the customer is as the reason for extra cover: "As a volunteer club, you'd also get
    # coverage for normal wear and tear" (groups, not the facts' membership tiers).
    (
        r"\bas an? (?:\w+ ){0,2}(?:club|group|organi[sz]ation|charity|non-?profit|school|team|"
        r"volunteers?|student|teacher|veteran|association)\b,? (?:you(?:'d|'ll| would| will| "
        r"can)|we(?:'d|'ll| would| will| can)) (?:also |even |additionally )?(?:get|receive|"
        r"qualify|be eligible|enjoy|offer|give|cover|extend|waive|throw in)\b|\bcomo (?:\w+ ){0,2}"
        r"(?:club|clube|asociación|associação|grupo|ONG|organización|organização|escuela|escola|"
        r"equipo|equipa|voluntari\w*|voluntári\w*|estudiante),? (?:también |além disso |además )?"
        r"(?:tendrían|tendrías|recibirían|recibirías|obtendrían|teriam|receberiam|(?:os|les|te|"
        r"vos|lhes) (?:damos|daremos|cubrimos|oferecemos))\b|\ben tant que (?:\w+ ){0,2}(?:club|"
        r"association|groupe|organisation|école|équipe|bénévoles?),? (?:vous )?(?:auriez|aurez|"
        r"bénéficieriez|bénéficiez|recevriez|obtiendriez)\b|\bals (?:\w+ ){0,2}(?:verein|verband|"
        r"gruppe|organisation|schule|club|vereniging|groep|organisatie|school),? (?:bekommen|"
        r"erhalten|hätten|krijgen|krijgt|ontvangen) (?:sie|ihr|jullie|u|je)\b|\bin quanto "
        r"(?:\w+ ){0,2}(?:club|associazione|gruppo|organizzazione|scuola|squadra|volontari),? "
        r"(?:avreste|avrete|ricevereste|riceverete|otterreste)\b",
        "exception",
    ),
    # Session 17 (scorer blind76 and blind77, spent): a condition of the policy waived or an
    # offer the facts do not contain, each as a mechanism in the seven languages.
    # The use the policy forbids, accepted: "aunque ya las hayas estrenado en la montaña"
    # where footwear must be unworn; "anche se li hai già usati", "même si vous les avez
    # déjà étrennées", "auch wenn Sie sie schon ausprobiert haben", "mesmo que já os tenha
    # calçado", "ook al heb je ze al gedragen" (`FAVOURS` above has "worn", "used", "usad").
    (
        r"\baunque (?:ya )?(?:\w+ ){0,3}(?:estrenad|gastad|ensuciad|mojad)\w*|\bmême si (?:vous |"
        r"tu )?(?:\w+ )?(?:avez|as|a|ont) (?:déjà )?(?:étrenn|sali|mouill)\w*|\b(?:auch|selbst) "
        r"wenn (?:sie|du|es) (?:\w+ ){0,3}(?:eingeweiht|ausprobiert|verschmutzt)\b|\banche se "
        r"(?:l'|li |le |lo |la )?(?:hai|ha|avete|hanno) (?:già )?(?:usat|indossat|portat|apert|"
        r"lavat|provat|sporcat)\w*|\bmesmo que (?:já )?(?:os |as |o |a )?(?:tenha|tenhas|tiver|"
        r"tenham) (?:usad|calçad|vestid|abert|lavad|estread|sujad)\w*|\b(?:ook al|zelfs als) "
        r"(?:je|u) (?:ze|hem|het|die) (?:al )?(?:hebt|heeft|had) (?:gedragen|gebruikt|geopend|"
        r"gewassen|ingelopen)\b",
        "exception",
    ),
    # The window missed, and still granted: "And if you miss that, no problem: we can still
    # cancel it for you later" where after 60 minutes the order can't be cancelled.
    (
        r"\bif you (?:miss|missed|go past|pass) (?:that|it|this|the (?:window|deadline|cut-?off|"
        r"\d+[- ]\w+))\b[^.!?]{0,40}?\b(?:we|you) (?:can|'ll|will|could) still\b|\beven "
        r"(?:after|past|outside) (?:that|the|this) (?:window|deadline|cut-?off|\d+[- ]minute|\d+ "
        r"minutes|\d+ days)\b[^.!?]{0,40}?\b(?:we|you) (?:can|'ll|will)\b|\bsi (?:se te pasa|"
        r"se le pasa|no llegas)\b[^.!?]{0,40}?\b(?:todavía|aún|igualmente) (?:podemos|puedes)\b|"
        r"\bsi vous (?:le |la )?(?:ratez|dépassez|manquez)\b[^.!?]{0,40}?\b(?:pouvons|pourrons|"
        r"peut|pourra) (?:encore|toujours|quand même)\b|\b(?:falls|wenn) (?:sie|du) (?:das|die "
        r"frist|den termin|es) verpass\w*\b[^.!?]{0,40}?\b(?:trotzdem|immer noch)\b|\bse (?:lo |"
        r"la )?(?:perdi|superi|manchi)\b[^.!?]{0,40}?\bpossiamo (?:ancora|comunque)\b|\bse (?:o |"
        r"a )?(?:perder|passar)\b[^.!?]{0,40}?\b(?:ainda|mesmo assim) (?:podemos|pode)\b|\bals "
        r"(?:je|u) (?:dat|die termijn|het) (?:mist|mis)\b[^.!?]{0,40}?\bkunnen (?:we|wij) (?:het )?"
        r"(?:nog|alsnog)\b",
        "exception",
    ),
    # A favour justified by the customer's circumstance: "since it was a birthday present
    # we'll add a little extra", "since you missed it we'll let you use it again", "since
    # it's your first order we'll let you" (not "as it's within 14 days, we'll send a
    # label", the policy's own condition).
    (
        r"\b(?:since|as|because) (?:it was|it'?s|this was|you(?:'ve)? (?:missed|forgot|lost)|you "
        r"had)\b(?![^.!?]{0,20}\bwithin\b)[^.!?]{0,40}?\b(?:we'll|we will|we're happy to|we can|"
        r"i'll) (?:also )?(?:add|let you|give|throw in|extend|double|upgrade|waive)\b|\blet you "
        r"(?:use|apply|redeem) (?:it|the code|the discount|that code|[a-z]+\d+) again\b|\b(?:use|"
        r"apply|redeem) it again on your next\b|\b(?:puedes|podrás) (?:volver a usarlo|usarlo "
        r"(?:de nuevo|otra vez))\b|\b(?:vous pourrez|tu pourras) (?:le réutiliser|l'utiliser à "
        r"nouveau)\b|\b(?:nochmal|erneut|noch einmal) (?:verwenden|einlösen)\b|\b(?:riutilizzarlo|"
        r"usarlo di nuovo)\b|\b(?:usá-lo|utilizá-lo) (?:novamente|de novo)\b|\bopnieuw "
        r"(?:gebruiken|inwisselen)\b",
        "exception",
    ),
    # Something extra added, backed only where the facts grant a bonus: "we'll add a little
    # extra on top" (a store-credit bonus in the facts backs "we add a little extra on top").
    (
        r"\b(?:add|give|throw in|include|pop in|put) (?:you )?(?:a little|a small|something|a bit|"
        r"some) (?:something )?extra\b|\b(?:a little|a bit|something) extra on top\b",
        "bonus",
    ),
    # Records the facts keep, erased on request: "On request we also erase order and payment
    # history entirely, so nothing at all remains on file".
    (
        r"\b(?:also |even )?(?:erase|delete|remove|wipe) (?:\w+ ){0,5}(?:entirely|completely|"
        r"altogether)\b|\bnothing (?:at all )?(?:remains|is kept|stays|is left) on (?:file|"
        r"record)\b|\bno (?:queda|guardamos) nada\b|\bplus rien n'est conservé\b|\bnichts "
        r"(?:bleibt|wird) (?:\w+ )?gespeichert\b|\bnon (?:resta|conserviamo) (?:più )?nulla\b|"
        r"\bnão (?:fica|guardamos) nada\b|\ber blijft niets (?:bewaard|over)\b",
        "full deletion",
    ),
    # Session 20 (scorer blind88-91, spent): benefits the facts do not state, in the seven
    # languages. A first-order perk: "your first order ships free", "korting op uw eerste
    # bestelling" (backed only where the facts name a first order).
    (
        r"\b(?:your|the|a) first (?:order|purchase) (?:ships |is |goes |comes )?(?:free|on us)\b|"
        r"\b(?:off|discount on|money off) (?:your|the) first (?:order|purchase)\b|\b(?:tu|su|el) "
        r"primer (?:pedido|compra) (?:va |es |sale |se envía |viaja )?(?:gratis|gratuito)\b|"
        r"\bdescuento en (?:tu|su) primer (?:pedido|compra)\b|\b(?:votre|ta) première commande "
        r"(?:est |vous est )?(?:offerte|gratuite)\b|\bréduction sur (?:votre|ta) première "
        r"commande\b|\b(?:ihre|deine) erste bestellung (?:ist |wird )?(?:gratis|kostenlos|"
        r"versandkostenfrei)\b|\brabatt auf (?:ihre|deine) erste bestellung\b|\b(?:il )?(?:tuo|"
        r"suo) primo ordine (?:è |viaggia )?(?:gratis|gratuito)\b|\bsconto sul (?:tuo|suo) primo "
        r"ordine\b|\b(?:seu|teu|o seu|o teu) primeiro pedido (?:vai |é |sai )?(?:grátis|"
        r"gratuito)\b|\bdesconto (?:no|em seu|no seu) primeiro pedido\b|\bkorting op (?:uw|je) "
        r"eerste bestelling\b|\b(?:uw|je) eerste bestelling (?:is |wordt )?(?:gratis|kosteloos)\b",
        "first order",
    ),
    # The team paying what the facts leave to the customer or the bank: "we'll cover your
    # bank's conversion fee", "nous prenons en charge vos frais de retour", "wisselkoerskosten
    # van uw bank vergoeden wij" (backed where the facts say the team covers that cost).
    (
        r"\b(?:we'll|we will|we|we can|we're happy to) (?:also |gladly )?(?:cover|refund|"
        r"reimburse|pay(?: for)?|pay back) (?:your |the |any )?(?:(?:bank(?:'s)?|currency|"
        r"conversion|foreign[- ]transaction|transaction|return|shipping)[- ]){1,2}(?:fees?|costs?|"
        r"charges?|shipping)\b|\bnous (?:prenons|prendrons) (?:aussi |également |en plus )?en "
        r"charge (?:vos|les|tes) frais (?:de retour|bancaires|de conversion|de change)\b|"
        r"\b(?:cubrimos|reembolsamos|pagamos|asumimos) (?:también )?(?:los|tus|sus|las) "
        r"(?:gastos|costes|costos|comisiones) (?:de devolución|bancari\w+|de cambio|de "
        r"conversión)\b|\b(?:übernehmen|erstatten) wir (?:ihnen |dir )?(?:auch )?(?:die|ihre|"
        r"deine) (?:rücksendekosten|bankgebühren|umrechnungsgebühren|wechselkursgebühren)\b|"
        r"\b(?:copriamo|rimborsiamo|paghiamo) (?:anche )?(?:le|i|tutte le) (?:spese di reso|"
        r"commissioni|spese bancarie)\b|\b(?:cobrimos|reembolsamos|pagamos|assumimos) (?:também "
        r")?(?:as|os|suas|seus) (?:custos|taxas|despesas) (?:de devolução|bancári\w+|de câmbio|de "
        r"conversão)\b|\b(?:wisselkoers|transactie|bank|retour|verzend)\w*kosten\b[^.!?]{0,30}?"
        r"\b(?:vergoeden|betalen) (?:we|wij)\b|\b(?:vergoeden|betalen) (?:we|wij) (?:je |u )?"
        r"(?:graag )?(?:ook )?de (?:wisselkoers|transactie|bank|retour)\w*kosten\b",
        "fee cover",
    ),
    # "This time" after the rule: "normally we don't, but this time we'll pay", "mais cette
    # fois", "aber dieses Mal", "ma questa volta", "pero esta vez", "mas desta vez", "maar
    # deze keer"; and "even if part of the balance was spent": an exception in every
    # language ("even if you've used it" is listed in English).
    (
        r"\bbut (?:just )?this time,? (?:we(?:'ll| will| can| are happy to|'re happy to)?|i'll)\b|"
        r"\bpero esta vez\b|\bmais (?:pour )?cette fois(?:-ci)?\b|\baber (?:dieses mal|diesmal)\b|"
        r"\bma (?:per )?questa volta\b|\bmas desta vez\b|\bmaar (?:deze keer|dit keer|deze "
        r"ene keer)\b|\b(?:bij uitzondering|ausnahmsweise|eccezionalmente|excepcionalmente|"
        r"exceptionnellement)\b|"
        r"\bmême si (?:une partie (?:du|de) |le |la |votre |vous )?[^.!?]{0,40}?\bdéjà (?:été )?"
        r"(?:utilisé|dépensé|porté|lavé|ouvert)\w*|\baunque ya (?:lo |la )?(?:hayas?|haya sido) "
        r"(?:usad|gastad|llevad|abiert)\w*|\bauch wenn\b[^.!?]{0,40}?\bbereits (?:benutzt|"
        r"verbraucht|ausgegeben|getragen|geöffnet)\b|\banche se\b[^.!?]{0,40}?\bgià (?:stat[oa] )?"
        r"(?:usat|spes|indossat|apert)\w*|\bmesmo que\b[^.!?]{0,40}?\bjá (?:tenha sido )?(?:usad|"
        r"gast|aberto)\w*|\book al\b[^.!?]{0,40}?\bal (?:gebruikt|uitgegeven|gedragen|geopend)\b",
        "exception",
    ),
    # A bonus added in passing: "acrescentamos ainda um bónus", "we'll add a bonus to the
    # card" (backed where the facts grant a bonus).
    (
        r"\b(?:we(?:'ll| will)? |i'll )?(?:also |even )?(?:add|include|throw in) (?:a |an )?"
        r"(?:small |little |extra )?bonus\b|\b(?:acrescentamos|adicionamos|añadimos|agregamos|"
        r"ajoutons|aggiungiamo|fügen wir|voegen we) (?:ainda |además |aussi |anche |noch |ook )?"
        r"(?:um |un |una |einen |een )?(?:pequeno |petit |piccolo |kleinen |kleine )?(?:b[óô]nus|"
        r"bono|bonificación|bonus)\b",
        "bonus",
    ),
    # Session 21, round 4 (scorer blind121 and blind125): the warranty widened to all damage
    # ("our Lifetime Warranty covers everything, even storm damage"), and extra cover for
    # who will use the gear ("Because your gear will be used by a university club, we will
    # also extend coverage to accidental damage").
    (
        r"\b(?:warranty|garantía|garantie|garanzia|garantia)\b[^.!?]{0,30}?\b(?:covers|cubre|"
        r"couvre|deckt|copre|cobre|dekt) (?:absolutely |literally |just about |really )?"
        r"(?:everything|anything|all damage|todo|tout|alles|tutto|tudo)\b",
        "exception",
    ),
    (
        r"\b(?:because|since|as)\b[^.!?]{0,60}\b(?:club|group|organi[sz]ation|charity|"
        r"non-?profit|school|team|university|association|volunteers?)\b[^.!?]{0,30}?,? "
        r"we(?:'d|'ll| would| will| can| are happy to) (?:also |even |additionally )?(?:extend|"
        r"offer|give|cover|waive|add|include|throw in)\b|\b(?:como|ya que|porque)\b[^.!?]{0,60}"
        r"\b(?:club|asociación|grupo|escuela|universidad)\b[^.!?]{0,30}?,? (?:también )?(?:les |"
        r"te |os )?(?:ampliaremos|extenderemos|ofreceremos|cubriremos|daremos)\b|\b(?:comme|"
        r"puisque|parce que)\b[^.!?]{0,60}\b(?:club|association|groupe|école|université)\b"
        r"[^.!?]{0,30}?,? nous (?:vous )?(?:étendrons|offrirons|couvrirons|accorderons)\b|"
        r"\b(?:da|weil)\b[^.!?]{0,60}\b(?:verein|club|gruppe|schule|universität|hochschule)\b"
        r"[^.!?]{0,30}?,? (?:werden wir|erweitern wir|bieten wir|gewähren wir)\b|\b(?:poiché|"
        r"dato che|siccome)\b[^.!?]{0,60}\b(?:club|associazione|gruppo|scuola|università)\b"
        r"[^.!?]{0,30}?,? (?:vi |ti )?(?:estenderemo|offriremo|copriremo|daremo)\b|\b(?:já que|"
        r"porque|como)\b[^.!?]{0,60}\b(?:clube|associação|grupo|escola|universidade)\b"
        r"[^.!?]{0,30}?,? (?:vamos (?:estender|oferecer|cobrir)|estenderemos|ofereceremos|"
        r"cobriremos)\b|\b(?:omdat|aangezien)\b[^.!?]{0,60}\b(?:club|vereniging|groep|school|"
        r"universiteit)\b[^.!?]{0,30}?,? (?:breiden we|bieden we|geven we|dekken we)\b",
        "exception",
    ),
    # A gift for the trouble (scorer blind126): "For the trouble, we'll also send you a
    # second fleece of your choice for free", "por las molestias te regalamos ...".
    (
        r"\b(?:for the trouble|for your trouble|to make up for (?:it|this|the (?:trouble|mix-up|"
        r"hassle|inconvenience))|for the inconvenience),? (?:we(?:'ll| will| would| can|'d)? )?"
        r"(?:also |happily )?(?:send|give|add|throw in|include|offer|gift)\b|"
        r"\b(?:send|give|ship) you (?:a|an) (?:second|extra|additional|spare|bonus) [\w-]+"
        r"(?: [\w-]+){0,3}? (?:for free|free|at no cost|on us|on the house)\b|"
        r"\bpor las molestias,? (?:también )?(?:te |le )?(?:enviaremos|enviamos|regalamos|"
        r"regalaremos|daremos|damos)\b|"
        r"\bpour le (?:désagrément|dérangement),? nous (?:vous )?(?:enverrons|envoyons|"
        r"offrirons|offrons)\b|"
        r"\bfür die (?:umstände|unannehmlichkeiten) (?:schicken|senden|geben|schenken) wir\b|"
        r"\bper il (?:disturbo|disagio),? (?:ti |le )?(?:invieremo|inviamo|regaliamo|"
        r"regaleremo|daremo)\b|"
        r"\bpelo (?:incómodo|incômodo|transtorno),? (?:vamos (?:enviar|oferecer)|enviaremos|"
        r"oferecemos)\b|\bvoor het ongemak (?:sturen|geven) we\b",
        "exception",
    ),
    # Session 22 (scorer blind128-134): favours no policy grants, each as a family.
    # Stock held for one customer: "I've put the jacket on hold for you", "we'll hold one for
    # you", "I've also reserved the tent for you".
    (
        r"\b(?:i|we)(?:'ve| have|'ll| will| can| could|'d| would)? (?:also |just )?(?:put|placed|"
        r"place|set) (?:the |your |a |this |that |one |it |them )?(?:\w+ )?(?:on hold|aside|in "
        r"reserve)\b|\b(?:i|we)(?:'ve| have|'ll| will| can| could|'d| would)? (?:also |just )?"
        r"(?:reserved?|hold|held) (?:one|it|them) for you\b|\b(?:i'?ve|we'?ve|i have|we have|"
        r"i'?ll|we'?ll|i will|we will) (?:also |just )?(?:reserved?|held|hold) (?:the|your) \w+|"
        r"\bte (?:lo|la) (?:reservo|reservamos|apartamos|he reservado|hemos reservado|he "
        r"apartado|hemos apartado)\b|\b(?:je|nous) (?:vous |te )?(?:l'|l’|la |le )?(?:ai|avons) "
        r"(?:réservée?|mise? de côté)\b|\b(?:ich habe|wir haben) (?:ihnen |dir )?(?:die|den|das) "
        r"\w+ (?:reserviert|zurückgelegt)\b|\b(?:te l'ho|te l'abbiamo|te l’ho|te l’abbiamo) "
        r"(?:messo|messa|riservato|riservata|tenuto|tenuta)\b|\b(?:reservámos|reservamos|"
        r"reservei) (?:o|a) (?:\w+ )?(?:para ti|para você|para si)\b|\b(?:ik heb|we hebben) "
        r"(?:de|het|hem|haar) (?:\w+ )?(?:voor je |voor u )?(?:gereserveerd|apart gelegd|opzij "
        r"gelegd)\b",
        "exception",
    ),
    # The exchange shipped before the return is sent: "We'll ship the 10.5 today, before
    # you even send the first pair back".
    (
        r"\b(?:we'?ll|we will|we can|we)\s(?:ship|send|dispatch|mail|post)\b"
        r"(?:[^.!?]|\.(?=\d)){0,50}\bbefore you (?:even |ever )?(?:send|ship|return|"
        r"mail|post)\b|\b(?:enviamos|enviaremos|mandamos|mandaremos)\b"
        r"[^.!?]{0,50}\bantes (?:incluso )?de que (?:nos )?(?:devuelvas|envíes|"
        r"mandes)\b|\b(?:nous expédions|nous envoyons|on envoie|on expédie|nous expédierons|"
        r"nous enverrons)\b[^.!?]{0,50}\bavant (?:même )?que (?:vous|tu) (?:ne )?(?:renvoyiez|"
        r"retourniez|renvoies|retournes)\b|\b(?:schicken|senden|versenden) wir\b[^.!?]{0,50}"
        r"\bbevor (?:sie|du)\b[^.!?]{0,30}\bzurück(?:schicken|senden|schickst|sendest)\b|"
        r"\b(?:spediamo|spediremo|inviamo|invieremo)\b[^.!?]{0,50}\bprima (?:ancora )?che (?:tu )?"
        r"(?:rispedisca|restituisca|rimandi)\b|\b(?:enviamos|enviaremos|vamos enviar)\b"
        r"[^.!?]{0,50}\bantes (?:mesmo )?de (?:devolveres|enviares|devolver|enviar|nos devolver)"
        r"\b|\b(?:sturen|versturen) we\b[^.!?]{0,50}\bvoordat je\b[^.!?]{0,30}\bterugstuurt\b",
        "exception",
    ),
    # A perk for following the account: "pra quem segue a gente aqui, o primeiro envio sai
    # grátis".
    (
        r"\b(?:for (?:our |all )?(?:followers|subscribers)|(?:pra|para) quem (?:nos )?segue|"
        r"(?:pra|para) quem segue a gente|para (?:nuestros |los )?seguidores|para os (?:nossos )?"
        r"seguidores|pour (?:nos |les )?abonnés|für (?:unsere )?follower|per (?:i nostri )?"
        r"follower|voor (?:onze )?volgers)\b[^.!?]{0,60}\b(?:free|grátis|gratis|gratuite?|"
        r"kostenlos|gratuit[oa]|on us)\b|\b(?:free|on us)\b[^.!?]{0,40}\bfor (?:our |all )?"
        r"(?:followers|subscribers)\b",
        "exception",
    ),
    # A fee waived for this customer: "no seu caso vamos isentá-la", "in your case we'll waive
    # it".
    (
        r"\b(?:in your case|en tu caso|en su caso|no seu caso|no teu caso|dans votre "
        r"cas|dans ton cas|in ihrem fall|in deinem fall|nel tuo caso|nel suo caso|in jouw geval|"
        r"in uw geval)\b[^.!?]{0,25}\b(?:waive|waiving|isent\w*|dispens\w*|perdo\w*|"
        r"exonér\w*|renonç\w*|verzicht\w*|erlass\w*|rinunc\w*|abbuon\w*|kwijtschel\w*)\b",
        "exception",
    ),
    # A gift card refunded if it goes unused: "if he never uses it we'll refund you in full".
    # (The refund is looked for ahead, so that the prefilter keys on the rarer "never use".)
    (
        r"\bif (?:he|she|they|you|it)(?:'s| is)? (?:never|doesn'?t|does not|don'?t|do not) "
        r"uses?\b(?=[^.!?]{0,30}\b(?:refund|reimburse|money back))|"
        r"\bunused gift cards? (?:can|are|will) (?:be )?refund|\bsi no (?:lo |la )?(?:usa|usas|"
        r"gasta|gastas)\b(?=[^.!?]{0,30}\breembols)|\bs'il ne l'utilise (?:jamais|pas)\b"
        r"(?=[^.!?]{0,30}\brembours)|\bwenn (?:er|sie|du) (?:sie|ihn|es) nie (?:nutzt|einlöst|"
        r"benutzt)\b(?=[^.!?]{0,30}\berstatt)|\bse non la (?:usa|usi|spende)\b(?=[^.!?]{0,30}"
        r"\brimbors)|\bse (?:ele|ela|você) (?:nunca |não )(?:o |a )?usar\b(?=[^.!?]{0,30}"
        r"\breembols)|\bals (?:hij|zij|je) (?:hem|haar|het) nooit gebruikt\b(?=[^.!?]{0,30}"
        r"\b(?:terugbetal|geld terug))",
        "exception",
    ),
]
