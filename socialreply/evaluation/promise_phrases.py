"""The phrasings the ``no-unauthorized-promises`` scorer (`promises.py`) looks for: each
pattern with the key of the support pattern the facts must match. English, Spanish,
French and German phrasings map onto the same keys."""

from __future__ import annotations

_DAY = (
    r"(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the weekend|this weekend|next week|the end of (?:the |this )?(?:day|week)|"
    r"christmas|the (?:\d{1,2})(?:st|nd|rd|th)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2})"
)
_DIA = r"(?:mañana|hoy|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))"
_JOUR = r"(?:demain|aujourd'hui|(?:ce |d'ici )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi))"
_TAG = r"(?:morgen|heute|(?:am |bis )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag))"
_BENEFIT = (
    r"(?:a |an |the |your |full |partial |another )?(?:refund|credit|store credit|replacement|"
    r"discount|coupon|voucher|gift card|promo code|code|compensation|new one|money back|"
    r"reimbursement|(?:\d+ )?(?:bonus )?points|rewards?)"
)

# (pattern, key): the key names the support pattern the facts must match.
PROMISES: list[tuple[str, str]] = [
    (
        # Payment terms and price promises the store does not offer (scorer blind12):
        # "we can also arrange payment by invoice", "we won't just match it, we'll beat it",
        # "it'll be back next Friday".
        r"\b(?:arrange|offer|set up|accept) (?:[\w-]+ )?(?:payment by |an? )?invoic\w*|"
        r"\bpay by invoice\b|\bnet[- ]?(?:30|60|90)\b|"
        # Scorer blind47: "set you up with an invoice against your PO".
        r"\bset (?:you|them|it|your \w+) up with (?:an? )?invoic\w*|\binvoice (?:you )?against "
        r"(?:your|a|the) (?:po|purchase order)\b|"
        # Scorer blind16 (spent): "set your club up with a business account and invoice you".
        r"\binvoice (?:you|your (?:club|team|company|group))\b|\b(?:set|open|create)\w* "
        r"(?:\w+ ){0,3}(?:up )?(?:with )?a business account\b",
        "invoice",
    ),
    (
        r"\bwe'?ll beat (?:it|that|the price|their price)\b|\bbeat (?:that|the) price\b",
        "beat price",
    ),
    (
        r"\b(?:it'?ll|it will|they'?ll|they will) be back (?:in stock )?(?:next|on|by) "
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b|"
        rf"\b(?:it'?ll|it will|they'?ll|they will) be back (?:in stock )?(?:on|by) {_DAY}",
        "delivery date",
    ),
    (
        # A parcel sent today, promised in the other languages ("we sturen vandaag nog een
        # nieuw pakket").
        r"\b(?:we sturen|wij sturen|wir schicken|wir senden|nous (?:vous )?envoyons|on (?:vous )?"
        r"envoie|(?:te |le |les |lhe )?enviamos|(?:vi |ti |le )?inviamo) (?:\w+ ){0,4}"
        r"(?:dès |des )?(?:vandaag(?: nog)?|heute(?: noch)?|aujourd'hui|hoy(?: mismo)?|"
        r"hoje(?: mesmo)?|oggi(?: stesso)?)\b|\bpara que (?:la|lo|las|"
        r"los|a|o) (?:tengas?|tenhas?|recibas) (?:mañana|hoy)(?: mismo)?\b",
        "action",
    ),
    (
        # Points put back at once, in French, Spanish and German.
        r"\b(?:on|nous) vous recrédit\w*|\bvous recréditons\b|\bte (?:reacreditamos|devolvemos "
        r"(?:los|todos tus) puntos)\b|\bschreiben (?:dir|ihnen) (?:die )?punkte (?:wieder )?gut\b",
        "action",
    ),
    (
        # Not waiting for the return: only when the facts say so ("you don't have to wait for
        # the return to reach our warehouse", scorer blind21).
        r"\bsin esperar\b|\bwithout waiting for\b|\bsans attendre\b|\bohne auf (?:die|den|das) "
        r"\w+ zu warten\b|\bsenza aspettare\b|\bsem esperar\b|\bzonder te wachten\b",
        "no wait",
    ),
    (
        # Scorer blind21 (spent): "can apply a corporate volume discount", "we'll replace the
        # full amount either way".
        r"\b(?:corporate|volume|bulk|group|business) (?:volume )?discount\b",
        "custom code",
    ),
    (
        r"\b(?:we'?ll|we will|we can|we'?d) (?:\w+ ){0,5}either way\b|\beither way,? (?:we'?ll|we "
        r"will|we can)\b",
        "exception",
    ),
    (
        # Scorer blind19 (spent): "te mandamos una etiqueta prepagada" when international
        # returns get none; checked against what the facts allow, not where they refuse it.
        r"\b(?:send|email|give|provide|include)\w* (?:you )?(?:a |an |the )?(?:international )?"
        r"(?:free |prepaid |pre-paid )(?:return )?(?:shipping )?label\b"
        r"|\betiqueta (?:de devoluci[oó]n )?"
        r"(?:prepagada|pr[ée]-?paga)\b|\b[ée]tiquette (?:de retour )?pr[ée]pay[ée]e\b|"
        r"\bvorfrankierte[sn]? (?:r[üu]cksende)?etikett\b|\betichetta (?:di reso )?prepagata\b|"
        r"\bvoorgefrankeerd (?:retour)?label\b",
        "prepaid label",
    ),
    (
        # Scorer blind19 (spent): "kunnen we dat deze keer voor je regelen", "back in stock
        # in early spring, so you'll have it well before summer", "págalos y mándanos el
        # comprobante, y te los reembolsamos".
        r"\b(?:deze|dit) keer\b|\bdiesmal\b|\bausnahmsweise\b|\bcette fois(?:-ci)?\b|\besta vez\b|"
        r"\b(?:per )?questa volta\b|\bdesta vez\b",
        "exception",
    ),
    (
        r"\b(?:is|will be|'ll be|comes?|coming) back in stock (?:in|by|on|next|around) (?:early |"
        r"late |mid-?)?(?:spring|summer|fall|autumn|winter|january|february|march|april|may|june|"
        r"july|august|september|october|november|december|week|month)\b|\byou'?ll have it (?:well "
        r")?(?:before|by|in time)\b",
        "delivery date",
    ),
    (
        r"\b(?:impuestos|aranceles|tasas|aduana)\b[^.!?]{0,120}\bte (?:los|las) reembolsamos\b|"
        r"\bwe (?:will |'ll )?(?:reimburse|refund) (?:you )?(?:the |those |any )?(?:duties|customs|"
        r"import (?:fees|taxes)|taxes)\b",
        "compensat",
    ),
    (
        # Scorer blind17 (spent): "we'll keep your points on file in case you come back",
        # "we'll reserve the first one back in stock for you and make sure it arrives before
        # your trip", "we're launching a canister take-back programme".
        r"\bkeep (?:your |the |those |these )?(?:\w+ )?(?:points|rewards|credit|balance|them) "
        r"(?:on file|for you|in case)\b|\breserve (?:one|it|them|the (?:first|next)(?: one)?|a "
        r"\w+) (?:\w+ ){0,4}for you\b|\bmake sure (?:it|they|your \w+) (?:arrives?|gets? there|"
        r"reach(?:es)? you|(?:is|are) there) (?:before|in time|by)\b|\bwe(?:'re| are) "
        r"(?:launching|introducing|rolling out|starting|bringing in) (?:a |an )?(?:new )?"
        r"(?:[\w-]+ ){0,2}(?:program(?:me)?|scheme|service|option|initiative)\b",
        "exception",
    ),
    (
        # Scorer blind16 (spent): "they'll cover any medical bills too": damages, which no
        # policy offers.
        r"\b(?:cover|pay|pay for|reimburse) (?:any |all |your |the )?(?:medical|doctor'?s?|"
        r"hospital|er|vet) (?:bills?|costs?|expenses|fees)\b",
        "compensat",
    ),
    (
        # Scorer blind22 (spent): "no order number needed", "we'll pop a free beanie in the
        # mail as a thank-you", "pour nous excuser on vous offre aussi la livraison", "vamos
        # mandar uma mochila nova hoje mesmo ... e você pode ficar com a outra".
        r"\bno (?:order number|card number|tags?) (?:needed|required|"
        r"necessary)\b|\bas a thank[- ]you\b|\bpop (?:a |an |one )?(?:free|complimentary|bonus) "
        r"\w+|\b(?:on vous offre|nous vous offrons|te regalamos|wir schenken (?:dir|ihnen)|ti "
        r"regaliamo|oferecemos|we (?:geven|schenken) je)\b|\bvamos (?:mandar|enviar) (?:\w+ ){0,4}"
        r"hoje(?: mesmo)?\b|\b(?:pode|podes|puedes|peux|kannst|puoi|mag je) ficar com (?:a|o) "
        r"outr[ao]\b|\bpuedes quedarte con\b|\bvous pouvez garder\b",
        "exception",
    ),
    (
        # Scorer blind16 (spent): "no photos needed", "pas besoin de photos".
        r"\bno (?:photos?|pictures?|pics) (?:needed|required|necessary)\b|\b(?:without|no need "
        r"for) (?:any )?(?:photos?|pictures?)\b|\bpas besoin de (?:photos?|preuves?)\b|\bsin "
        r"(?:necesidad de )?fotos\b|\bkeine fotos (?:nötig|notwendig|erforderlich)\b|\bsenza "
        r"(?:bisogno di )?foto\b|\bsem (?:necessidade de |precisar de )?fotos\b"
        r"|\bgeen foto'?s nodig\b",
        "exception",
    ),
    (
        # An exception to the return condition: "even if worn", "mesmo usadas".
        r"\beven (?:if (?:they'?re |it'?s |they are |it is |you'?ve )?)?(?:used|worn|washed|"
        r"opened|dirty|without (?:the )?tags|after (?:use|wearing))\b|\bmesmo usad[oa]s?\b|"
        r"\baunque (?:estén |esten |las hayas |los hayas )?usad[oa]s\b|\bmême (?:portée?s?|"
        r"utilisée?s?|lavée?s?)\b|\bauch (?:getragen|benutzt|gewaschen)\b|\banche (?:usat[oaie]|"
        r"indossat[oaie])\b|\book (?:gedragen|gebruikt|gewassen)\b",
        "exception",
    ),
    (
        # A code made for one customer or group: "we can create a dedicated discount code".
        r"\b(?:a |an |un |une |una? |um )?(?:dedicated|custom|personal|personali[sz]ed|exclusive) "
        r"(?:discount |promo |coupon )?code\b|\bcode (?:de réduction |promo )?(?:dédié|"
        r"personnalisé|exclusif)\b|\bcódigo (?:de (?:descuento|desconto) )?(?:exclusivo|"
        r"personalizado|dedicado)\b|\bcodice (?:sconto )?(?:dedicato|personalizzato|esclusivo)\b|"
        r"\b(?:eigenen|persönlichen|exklusiven) (?:rabatt)?code\b|\beigen kortingscode\b",
        "custom code",
    ),
    (
        r"full refunds?|refund(?:ed)? (?:you )?in full|refund (?:you |it )?(?:the )?full amount|"
        r"refund (?:you |it )?(?:the )?(?:full|entire|whole) (?:\$|€|£)?\d|"
        r"full (?:purchase )?price back|every (?:penny|cent) back|"
        r"reembolso (?:completo|total|íntegro)|reembols\w+ (?:el importe )?(?:completo|íntegro)|"
        r"rembours\w* (?:intégral\w*|en totalité|complet\w*)|intégralement rembours\w*|"
        r"volle(?:n)? (?:erstattung|betrag)|vollständig (?:zurück)?erstatt\w*",
        "full refund",
    ),
    (
        r"\brefund(?:s|ed|ing)?\b|\breimburs\w*|\bmoney back\b|\bpay (?:it|that|you|them|"
        r"the \w+) back\b|\breembols\w*|\brembours\w*|"
        r"\b(?:rück)?erstatt\w*|\bgeld zurück\b|\brimbors\w*|\bterugbeta\w*|\bterugstort\w*",
        "refund",
    ),
    (r"\bgift ?cards?\b|\btarjeta regalo\b|\bcarte cadeau\b|\bgeschenkkarte\b", "gift card"),
    (
        r"\bstore credit\b|\baccount credit\b|\bcredit (?:to|on|into|in) your account\b|"
        r"\bcredit(?:ed)? (?:to )?your account\b|\bcrédito (?:en|a) (?:tu|su) cuenta\b|"
        r"\bun avoir\b|\bgutschrift\w*|\bgutgeschrieben\b",
        "store credit",
    ),
    (
        r"\b(?<!after )(?<!before )(?:discount|coupon|voucher|promo code)s?\b|\b\d+ ?% off\b|"
        r"\boff (?:your|the) next (?:order|purchase)\b|\bknock\w* (?:\S+ ){0,4}off\b|"
        r"\btake (?:\$\d\S*|\d+ ?%|the shipping|shipping|the fee|something) off\b|"
        r"\bdescuento\w*|\bcupón\b|"
        r"\bréduction\b|\bremise\b|\bbon d'achat\b|\bcode promo\b|\brabatt\w*|\bgutschein\w*",
        "discount",
    ),
    (
        r"\bcompensat\w*\b|\bcompensaci[oó]n\b|\bindemni[sz]\w*|\bdédommag\w*|"
        r"\bentschädig\w*|\bgoodwill\b|\bmake (?:it|this|that) up to you\b|"
        r"\bgesto de (?:boa|buena) (?:vontade|voluntad)\b|\bkulanz\w*|\bgesto di buona volontà\b|"
        r"\bgeste (?:commercial|de bonne volonté)\b|\b(?:uit )?coulance\b",
        "compensat",
    ),
    (
        # Free returns, exchanges and shipping in the other languages ("gratis retourlabel",
        # "ruilen we kosteloos om", "devolución gratuita"): checked noun by noun like English.
        r"\bgratis (?:retour\w*|verzend\w*|terugzend\w*|envío|envio|devoluci\w+|devoluç\w+)|"
        r"\b(?:retour\w*|ruil\w*) (?:\w+ ){0,3}kosteloos\b|\bkosteloos (?:\w+ )?(?:om|ruilen|"
        r"retour\w*)\b|\b(?:envío|devolución|cambio) gratuit[oa]\b|\b(?:retour|échange|"
        r"livraison) gratuite?\b|\bkostenlose[rn]? (?:rücksendung|retoure|umtausch|versand)\b|"
        r"\b(?:reso|cambio|spedizione) gratuit[oa]\b|\b(?:devolução|troca|envio) (?:grátis|"
        r"gratuit[oa])\b",
        "free",
    ),
    (
        r"\bfree (?:replacement|shipping|delivery|returns?|return (?:label|shipping)|repairs?|"
        r"exchanges?|upgrade|gift(?: cards?)?|express|overnight|expedited)\b",
        "free",
    ),
    (
        r"\b(?:(?:shipping|delivery|postage|returns?|return shipping|the return|exchanges?|"
        r"the exchange|repairs?|the repair|the replacement)(?: [\w-]+){0,3}?|"
        r"(?:it|that|this|everything)(?: one)?)"
        r"(?: is| are|'s| will be| would be)(?: also| totally| completely| entirely)? free\b",
        "free",
    ),
    (
        # Free with no threshold, when the facts give one ("free from $150").
        r"\bfree (?:shipping |delivery |returns? )?(?:on|for|with) (?:every|all|any) "
        r"(?:orders?|purchases?)\b"
        r"(?! (?:over|above|from|of|worth|at least|totall?ing))|"
        r"\bfree (?:shipping |delivery |returns? )?(?:with )?no minimum\b|"
        r"\b(?:always|completely|totally|entirely) free\b|\bfree,? always\b|\bfree for "
        r"(?:everyone|everybody|all customers)\b|"
        r"\bfree (?:shipping |delivery )?(?:regardless of|whatever) (?:the )?(?:order )?"
        r"(?:size|amount|total)\b|"
        # Scorer blind15 (spent): "o envio é grátis em todas as encomendas".
        r"\bgr[aá]tis em tod[oa]s (?:as|os) (?:encomendas|pedidos|compras)\b|\bgratis en todos "
        r"los pedidos\b|\b(?:offerte?s?|gratuite?s?) sur toutes les commandes\b|\bkostenlos "
        r"(?:für|auf|bei) alle(?:n)? bestellungen\b|\bgratuit[ao] su tutti gli ordini\b|"
        r"\bgratis (?:op|voor|bij) alle bestellingen\b",
        "free always",
    ),
    (
        r"\bfor free\b|\bat no (?:extra |additional )?(?:cost|charge)\b|\bfree of charge\b|"
        r"\bwon't cost you (?:a thing|anything)\b",
        "no cost",
    ),
    (
        r"\bgratis\b|\bgratuit\w*|\bkostenlos\w*|\bgrátis\b|\bsin (?:costo|coste|cargo)\b",
        "no cost",
    ),
    (r"\b(?:at )?no (?:extra )?fee\b", "no fee"),
    # "garantizamos" promises; "la garantie", "die Garantie" is the warranty.
    (r"\bgarantiz\w*|\bgarantiss\w*|\bgarantier\w*|\bgaranti\b", "guarantee"),
    (r"\bgarant(?:ie|ía|ia)\b", "warranty"),
    (r"\bno questions asked\b", "no questions asked"),
    (r"\blifetime\b|\bforever\b|\bfor life\b", "lifetime"),
    (r"\bprice match\w*\b|\brefund the difference\b|\bprice adjustment\b", "price match"),
    (
        # "Overnight" as a shipping method, not "keeps ice overnight, so overnight is easy"
        # (scorer blind19).
        r"\bexpress (?:shipping|delivery)\b|\bexpedited? (?:shipping|delivery)\b",
        "express",
    ),
    (
        # Overnight is faster than Expedited: only facts that offer it back it ("WE WILL
        # OVERNIGHT A REPLACEMENT" when the facts say Expedited, scorer blind29).
        r"\bovernight\b(?! (?:is|was|temps?|lows?|camping|trips?|hikes?|stays?|use|easy|no "
        r"problem))",
        "overnight",
    ),
    (r"\bguarantee[ds]?\b", "guarantee"),
    (
        r"\bwaiv\w*\b|\b(?:drop|remove|cancel|cover|skip|refund) (?:the|that|this|your|any) "
        r"(?:\w+ )?fees?\b",
        "waive",
    ),
    (
        r"\bwe(?:'ll| will| can| would|'d)? (?:cover|pay for|pay) (?:the |your |for |all )?"
        r"(?:\w+ ){0,2}(?:shipping|postage|costs?|duties|fees?|repairs?)\b",
        "cover",
    ),
    (r"\bupgrad\w* (?:you|your|the|it)\b", "upgrade"),
    (
        # The warranty stretched over what it excludes: "that includes accidental damage".
        # ("a snap from a defect is covered, but accidents aren't" sets them apart, scorer
        # blind43.)
        r"\b(?:includ\w*|covers?|covered|cubre|couvre|deckt)\b(?:(?!\b(?:but|pero|mais|aber|"
        r"except\w*|not)\b)[^.!?]){0,20}\b(?:accident\w*|"
        r"wear and tear|misuse|improper care|user damage|daños accidentales|"
        r"dommages accidentels)\b",
        "coverage",
    ),
    (
        r"\bwe (?:won'?t|will not|don'?t|do not) (?:charge|bill) (?:you )?(?:for|anything|a "
        r"thing|a cent)\b",
        "waive",
    ),
    (
        r"\b(?:works|applies|valid|good|counts|stacks) (?:on|for|with) (?:sale|clearance|"
        r"final sale|discounted|marked-down) (?:items|products|prices|gear)\b|"
        # Scorer blind18 (spent): "sale items are always returnable at Northwind!"
        r"\b(?:sale|clearance|discounted|marked-down) (?:items|products|gear) (?:are|can be) "
        r"(?:always |still |also |all )?(?:returnable|returned|refundable|exchangeable)\b|"
        # Scorer blind52 (spent): "you can now return Final Sale items too".
        r"\b(?:return|exchange|refund|send back)(?:ed|ing|s)? (?:\w+ ){0,2}?(?:final[- ]sale|"
        r"clearance|sale) (?:items?|products?|gear|purchases?|orders?)\b",
        "sale items",
    ),
    (
        r"\brefund (?:you )?(?:your |the )?(?:original |outbound )?(?:shipping|postage|delivery)"
        r"(?: (?:cost|fee|charge)s?)?\b",
        "shipping refund",
    ),
    (
        # "DM us after checkout and we'll apply your friend's code manually too" (scorer
        # blind29).
        r"\bapply (?:your |the |both |a |that |their )?(?:\w+'s )?(?:\w+ )?(?:codes?|coupons?|"
        r"discounts?) manually\b|\bmanually apply\b|"
        # "we'll push the Klarna payment through manually on our side" (scorer blind32).
        r"\b(?:push|put|force|approve)\w* (?:the |your |it )?(?:\w+ )?payment (?:through )?"
        r"manually\b|\bmanually (?:approve|push|override)\b|"
        r"\b(?:combine|stack|use) (?:up to )?(?:two|2|three|3|multiple|several|both|more than one)"
        r" (?:promo |discount )?codes\b|\b(?:both|the) codes (?:will )?stack\b",
        "stacking",
    ),
    (
        r"\b(?:send|ship|mail|give|get)(?:ing)? (?:you )?(?:a |another |one )?"
        r"(?:new one|replacement|new (?:pair|one|unit))\b|"
        r"\breplace (?:it|them|the \w+|your \w+)\b|\breemplaz\w*|\bremplac\w*|\bersatz\w*",
        "replacement",
    ),
    (
        r"\b(?:double|triple|twice|2x|3x) (?:the|your) "
        # ("Bonus: shipping to Canada is free on orders of $150" introduces a policy, scorer
        # blind48.)
        r"(?:balance|amount|points|refund|credit|value)|\bbonus\b(?!:)",
        "bonus",
    ),
    (
        # "Shipping's on us" gives something away; "that's on us" owns a mistake.
        r"\b(?:all|shipping'?s|postage'?s|the (?:shipping|postage|return label|label|fee|cost|"
        r"difference)(?:'s| is)) on us\b|\bcomplimentary\b|"
        r"\bon our (?:account|dime|tab|budget)\b|\bon the house\b|\b(?:include|throw in|add|"
        r"send|give you|pop in|toss in) (?:you )?(?:a |an |one |some )?(?:free|complimentary|bonus|"
        r"extra) \w+|\bcover (?:the|your|that|"
        r"those|these) \$?\d|\b(?:we(?:'ll| will)|i(?:'ll| will)) (?:sort out|handle|deal with|"
        r"take care of) (?:the |your |any )?(?:customs|duties|import (?:fees|charges|taxes))\b|"
        # Duties paid by the store (scorer blind15, spent: "les droits de douane sont pris en
        # charge par Northwind").
        r"\b(?:we|northwind) (?:pay|cover)s? (?:the |all |any )?(?:duties|customs|import "
        r"(?:fees|charges|taxes))\b|\b(?:duties|customs (?:fees|charges)|import (?:fees|taxes))"
        r"(?: and taxes)? (?:are|will be) (?:(?:covered|on us|taken care of)(?: by (?:us|"
        r"northwind))?|paid by (?:us|northwind))\b|"
        r"\bdroits de (?:douane|importation) (?:\w+ ){0,2}(?:pris en charge|offerts|à notre "
        r"charge)|"
        r"\b(?:aranceles|gastos de aduana|impuestos de importación) (?:\w+ ){0,2}(?:corren por "
        r"nuestra cuenta|están cubiertos|los pagamos)|"
        r"\bwir übernehmen (?:die |alle )?(?:zölle|zollgebühren|einfuhrabgaben)|"
        r"\b(?:zölle|zollgebühren) übernehmen wir\b|"
        r"\b(?:dazi|spese doganali) (?:\w+ ){0,2}(?:a nostro carico|a carico nostro|li paghiamo)|"
        r"\b(?:taxas alfandegárias|impostos de importação|direitos aduaneiros) (?:\w+ ){0,2}"
        r"(?:por nossa conta|pagos por nós)|"
        r"\bwij betalen (?:de )?(?:invoerrechten|douanekosten)\b|"
        # Duties said to be included where the facts say they are not (scorer blind30: "Los
        # aranceles ya van incluidos").
        r"\b(?:aranceles|impuestos de importación|droits de douane|zölle|einfuhrabgaben|dazi|"
        r"impostos de importação|taxas alfandegárias|invoerrechten|duties|import taxes) "
        r"(?:(?!(?:no|not|nicht|pas|non|não|niet|nao)\b)\w+ ){0,3}(?:incluidos|inclus|"
        r"inklusive|inbegriffen|enthalten|inclusi|incluídos|inbegrepen|"
        r"included)\b",
        "complimentary",
    ),
    (
        # Future deliveries only: "delivered on March 3" is the customer's past, and a
        # dispatch day ("Friday orders ship Monday") follows from the cut-off rules.
        r"\b(?:arrive|arrives|arriving|deliver|delivers|delivering|delivery|be delivered|"
        r"be there|reach(?:es)? you|get (?:it|them|there)|"
        r"(?:have|get|see|receive) (?:it|them|your [\w-]+|the [\w-]+|(?:your )?money)(?: back)?|"
        r"expect (?:it|them|delivery|your \w+)|be with you|land\w*|show up|"
        r"receive (?:it|them|your \w+)|be at your door)"
        rf" (?:by |on |before |no later than )?{_DAY}\b",
        "delivery date",
    ),
    (
        # "we'll send a new bag today": a dispatch date (a DM, email or label may be sent).
        r"\b(?:send|dispatch|mail)\w* (?!(?:you )?(?:a |an |the |your )?"
        r"(?:dm|message|email|e-mail|reply|update|link|label|quote|details|note)\b)"
        r"(?:[\w'-]+ ){1,4}?(?:today|tomorrow|tonight)\b",
        "delivery date",
    ),
    (
        # Any promised deed with a day: "we'll get that refund out to you by Friday", "you
        # should see the credit tomorrow". Replies, checks and messages may be dated.
        r"\b(?:we'll|we will|we'd|we're going to|i'll|i will|you'll|you will|you should|you'd|"
        r"it'll|it will|it should|they'll|they will|that'll|that will|should|expect to)\b"
        r"(?![^.!?]{0,60}?\b(?:look|check|reply|respond|email|dm|message|update|follow|contact|"
        r"reach|let you know|get back|answer|investigate|be in touch|hear|confirm|call|chase|"
        r"ask|find out|escalat|flag|track|trac|push|nudge|talk|speak|file|open|raise|review|"
        r"pass|forward|find|locate|dig|hunt|pull up|look up|trace|sort out what)\w*\b)"
        r"[^.!?]{0,50}?\b(?:refund|credit|ship|send|sent|dispatch|deliver|arriv|process|issu|"
        r"reship|resend|re-ship|re-send|be on your|be in your account|"
        r"reach|land|post|mail|receive|get (?:it|that|this|them|the|your|a|an)|have (?:it|them|"
        r"your|the|a)|see (?:it|them|the|your|a)|be (?:there|with you|at your|back in your|in "
        r"your))\w*\b[^.!?]{0,40}?\b(?:(?:by|before|on|no later than|until|till|this|next) )?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
        r"straight away|right away|immediately|right now|asap|within the hour|in the next hour|"
        r"(?:the |this )?weekend|(?:the )?end of (?:the |this )?(?:day|week)|eod|eow)\b",
        "promised day",
    ),
    (
        rf"\b(?:ver|recibir|tener)(?:á|a)s? (?:\w+ )?{_DIA}|\benvi\w* (?:[\wáéíóúñ]+ ){{0,4}}"
        rf"(?:hoy|mañana)\b|\b(?:recevr|aur)ez (?:\w+ )?{_JOUR}|"
        rf"\bllegar\w* {_DIA}|\bentreg\w* {_DIA}|\barriver\w* {_JOUR}|\blivr\w* {_JOUR}|"
        rf"\b(?:kommt|ankommt|ankommen|geliefert|zugestellt|da)\w* {_TAG}\b|"
        rf"\b{_TAG} (?:geliefert|zugestellt|bei (?:ihnen|dir))\b|"
        rf"\b(?:überweis|erstatt|schick|send|liefer|versend)\w* (?:[\wäöüß]+ ){{0,4}}(?:noch )?"
        rf"(?:heute|morgen)\b",
        "delivery date",
    ),
    (
        # Exceptions to policy granted in passing: "we can make an exception this time",
        # "just this once", "since you're a loyal customer", "even though you've worn them".
        r"\b(?:make|making|made|grant|granting) (?:an |a one[- ]time |one |a small )?exception\b|"
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
        r"\bauf unsere kosten\b",
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
        r"\b(?:ask|get|have|persuade|convince) (?:them|klarna|afterpay|affirm|paypal|the bank|"
        r"your bank|the card issuer) (?:to )?(?:approve|accept|reconsider|override)\b",
        "exception",
    ),
]
