"""False-friend families by speech act (tr16a): the post asks the brand nothing of the
category's kind. It is praise, a product question, a joke or an aside, and only *names*
what a rule or the head reacts to: a press job, a bot, a lawyer, a consumer test, dying,
a knife emoji.

The spent batches showed that false friends recur as the same *types* in new words: a
journalist who wears the jacket, a podcaster who asks whether the boots run small, "is
this reply from an AI? lol either way", "even my lawyer says I live in this fleece". A
guard written for one sentence did not carry to the next batch (blind63-66: 5-15 of 60
hard negatives with a false category). So each family here is written for the act,
not the words: a media identity *plus* the writer's own purchase, wear or product
question, with no story, deadline, comment request or publication; a question about who
writes the reply, answered "either way"; the law or death said as a figure of speech
about spending, exertion or a bargain. Each is bounded by what the real request would
say (a deadline, "a statement", "sue", a weapon aimed at a person), so the real one
stays outside it.

Plain lower-case pattern strings, written in the seven languages where the family is
said in them, compiled by `compile_rule` where they are used (rules' ``unless_post``,
`semantic_gates`, `intensity`): doubled letters are squeezed, accents dropped.
"""

from __future__ import annotations

from .false_friends import MY

# --- a media identity with no inquiry -------------------------------------------------------

# What any press request says, in the seven languages: a comment or statement, an
# interview, a story or piece being written, a deadline, publication, the brand's side.
# "reportage" alone is the job ("une semaine de reportage"), "un reportage sur" the story.
_INQUIRY = (
    r"\b(?:comment(?:s|ary)? (?:from|on|for)|(?:a|an|your|official|brief|short) "
    r"(?:comment|statement|quote|response|reaction)|statement|interview\w*|on (?:the )?record|"
    r"deadline|story|stories|article|piece (?:on|about)|segment|feature (?:on|about)|"
    r"report (?:on|about)|investigation|expose|publish\w*|publication|goes? live|air(?:s|ing)?|"
    r"your side|respond|press (?:office|contact|team)|spokes\w*|allegations?|recall|lawsuit|"
    r"complaints|reports of|readers|viewers|listeners|reach (?:you|someone)|contact (?:me|us)|"
    r"(?:be (?:a|our)|as a) guest|on (?:the|our|my) (?:show|podcast|channel)|"
    r"investigat\w* (?:your|you|northwind|the|how|why|whether|claims|reports)|"
    r"commentaire|declaration|reaction|un reportage sur|entrevista|comentario|declaracion|"
    r"reportaje|articulo|stellungnahme|artikel|bericht|reactie|intervista|dichiarazione|"
    r"articolo|un servizio su|declaracao|materia|reportagem|reageren|item over|uitzending|"
    r"stellung nehmen|beitrag|sendung|emission|"
    # A journalist who wants to talk about a problem says so, in some words.
    r"(?:talk|speak) (?:to|with)|call me|get in touch|questions|hear from|(?:anyone|someone) "
    r"(?:available|willing|from)|your take|reach out|problem|issue|defect\w*|safety|fires?|"
    r"injur\w*|explod\w*|workers|warehouse|layoffs|pricing)\b"
)
# The writer's own use of the goods, a product question, or praise.
_OWN_USE = (
    r"\b(?:wearing|wore|worn|wear|bought|ordered|to buy|which (?:\w+ )?to (?:buy|get|pick)|"
    r"happy customer|just a customer|as a customer|uniform|run (?:small|big|large|true)|"
    r"in stock|what size|which size|"
    r"(?:j'ai )?porte|achete|commande|llevo|lleve|compre|pedi|getragen|ich trage|gekauft|"
    r"bestellt|"
    r"indosso|indossato|comprato|ordinato|usei|vesti|comprei|draag|gedragen|gekocht|"
    r"besteld|rien a redire|sec de bout en bout)\b|\U0001f602|\U0001f923|\U0001f44c"
    # A question about the goods: "does the Summit 65 fit carry-on?".
    r"|\bdo(?:es)? (?:the|it|this|these|they|your|my) (?:[\w-]+ ){0,3}(?:fit|fits|come|run|"
    r"work|hold|keep|ship|have)\b"
    # tr16g: the same question in the other languages, and a grin ("je suis journaliste et
    # franchement vos chaussettes ... 😄 vous en faites des plus hautes ?").
    r"|\b(?:vous en (?:faites|avez)|vous les faites|les teneis|las teneis|los teneis|las tienen|"
    r"los tienen|habt ihr (?:die|das|den|sie|diese)|gibt es (?:die|das|den|sie) auch|"
    r"le fate|li fate|ce l'avete|voces tem|tem (?:ele|ela|eles|elas) em|hebben jullie "
    r"(?:die|ze|het|deze|hem)|do you (?:make|have|sell|do) (?:them|it|these|this|those|one|"
    r"any)\b)|\U0001f604"
)
# "i host a podcast and i'm wearing the hoodie in every thumbnail 😂", "I host a little
# hiking podcast and just wanted to ask: do the boots run small?", "je suis journaliste et
# j'ai porté votre veste toute une semaine", "i'm a reporter ... and honestly just a happy
# customer". A question is allowed: it is the customer's.
MEDIA_OWN_USE = rf"^(?![\s\S]*{_INQUIRY})(?=[\s\S]*(?:{_OWN_USE}))"
# The press as a yardstick for praise: "should be studied by journalists", "better than
# most reporters", "journalists could learn from you".
PRESS_AS_YARDSTICK = (
    r"\b(?:studied|taught|learn\w*|notes?|lessons?) (?:by|from|for|to) (?:\w+ )?(?:journalists?|"
    r"reporters?|the press|newsrooms?)\b|\b(?:better|faster|more \w+) than (?:most |any |"
    r"the )?(?:journalists?|reporters?|newspapers?)\b|\b(?:journalists?|reporters?) "
    r"(?:should|could|need to) (?:learn|take notes|study)\b"
)
# A price quote for goods, the seller named: "get a quote from Northwind for 30 gift cards".
QUOTE_FOR_GOODS = (
    r"\bquote (?:from (?:\w+ ){1,2})?(?:for|on) (?:\d+|a dozen|a few|several|bulk|some) \w+"
    r"|\b(?:send|email) (?:me |us )?the quote\b"
)
# The news read about another brand, asked about the brand's own goods: "ho letto sul
# giornale del richiamo dei fornelli di un'altra marca, il vostro va bene vero?".
_OTHER_BRAND = (
    r"(?:another|other|a different) (?:brand|company|store|retailer)|otra marca|"
    r"une autre marque|(?:einer |eine )?andere\w* marke|un'?altra marca|outra marca|"
    r"een ander merk"
)
OTHER_BRAND_NEWS = (
    r"\b(?:news|giornale|telegiornale|tg|journal|journaux|infos?|periodico|noticias|zeitung|"
    r"nachrichten|jornal|noticia|krant|nieuws)\b[^.!?]{0,80}\b(?:" + _OTHER_BRAND + ")"
)

# --- a channel asking for a statement is press, not a viral threat -------------------------

# "I run a gear review channel (120k subs) ... would you like to give an official comment
# before it goes live?" The audience is named to introduce the channel; the post asks for
# the brand's side. Every such labelled post is a media inquiry only (37 of 37).
CHANNEL_ASKS_COMMENT = (
    r"\b(?:statement|comment (?:from|on|before)|official comment|to comment|on (?:the )?"
    r"record|your side|interview|on camera|in writing|before (?:it|we|the video) "
    r"(?:goes live|go live|publish|airs?))\b"
)

# --- who writes the reply, asked in passing ------------------------------------------------

# Asking for a person, in the words a real request uses.
_WANTS_PERSON = (
    r"\b(?:talk|speak|chat|put me|transfer|connect|pass me|escalate)\b[^.!?]{0,30}\b(?:to|"
    r"with|through)\b|\b(?:need|want|get me|give me) (?:a|an|to) (?:real |actual |live )?"
    r"(?:human|person|agent|manager)\b|\b(?:call|ring|phone|text|contact) (?:me|us)\b|"
    r"\bcall (?:me )?back\b|\bsomeone from\b"
)
# "is this reply gonna be written by an AI? lol either way thanks", "are you a bot or a
# person? either way, is the 2L reservoir bpa free?", "eres un bot? da igual, ...".
REPLY_AUTHOR_ASIDE = (
    rf"^(?![\s\S]*(?:{_WANTS_PERSON}))"
    r"(?=[\s\S]*\b(?:are|is|r|am|sei|eres|es|es-tu|bist|ist|ben|voce|e)\b[^.!?]{0,40}"
    r"\b(?:bot|robot|ai|a\.i\.|human|person|chatbot|ia|ki|mensch|persona|pessoa|personne|"
    r"mens)\b[^.!?]{0,30}\?)"
    r"(?=[\s\S]*\b(?:either way|anyway|whatever|doesn'?t matter|no matter|lol|haha\w*|"
    r"da igual|peu importe|egal|tanto faz|va bene uguale|maakt niet uit|in any case)\b)"
)
# "Called the support line last week and got a real person in under 5 minutes. Rare these
# days! Thanks", "for anyone asking, the number to call is ..., they picked up in 3 min":
# a person already reached, told as praise or a tip for others.
HUMAN_REACHED_TOLD = (
    rf"^(?![\s\S]*(?:{_WANTS_PERSON}))"
    r"(?=[\s\S]*(?:\b(?:got|reached|had|spoke to|talked to) (?:a |an )?(?:real|actual|live) "
    r"(?:person|human|agent)\b[^.!?]{0,30}\b(?:in (?:under |less than |like |about |just )?"
    r"\d+|within|right away|straight away|immediately|first ring)"
    r"|\b(?:they|someone|somebody|a (?:real )?(?:person|human)) picked up\b"
    r"|\bfor anyone (?:asking|wondering|looking)\b))"
)
# "no need to escalate to a manager or anything, the auto reply answered": the request
# named and declined, the bot thanked.
ESCALATION_DECLINED = (
    r"\bno need to (?:escalate|transfer|pass|put)\b|\b(?:the )?(?:auto ?reply|bot|chatbot|"
    r"faq) (?:already )?(?:answered|solved|sorted|fixed|helped)\b"
)

# tr16e (blind68): the request named as a question and turned down in the next word, "talk
# to a human? nah, your chatbot answered", "¿hablar con una persona? no hizo falta", "ein
# Mensch? brauchte ich nicht": the writer says they did not need one.
HUMAN_QUESTION_DECLINED = (
    r"\b(?:human|person|agent|manager|real one|rep|persona|personne|mensch|menschen|"
    r"mitarbeiter|persoon|mens|pessoa|atendente|humano)\?+\s*(?:nah|nope|naw|not needed|"
    r"didn'?t need|no need|nem precisou|nao precisou|no hizo falta|pas besoin|brauchte ich "
    r"nicht|nicht notig|niet nodig|hoefde niet|non (?:e )?servito|non serve)\b"
)
# tr16e (blind67): "a real human" as a compliment to whoever writes the replies: "whoever
# runs this account deserves a raise. a real human with a real sense of humor", "give the
# social media person a bonus". Praise of the voice already heard, no person asked for.
HUMAN_AS_COMPLIMENT = (
    rf"^(?![\s\S]*(?:{_WANTS_PERSON}))(?=[\s\S]*(?:"
    r"\b(?:an? )?(?:real|actual|genuine) (?:human|person)s? (?:being )?with (?:a |an )?"
    r"(?:real |actual |great |good |genuine |sense of |personality|soul|heart|taste|brain|"
    r"wit|humou?r|jokes|vibes)"
    r"|\b(?:deserves?|earned|needs?|give (?:\w+ ){0,3}) (?:a |an )?(?:raise|promotion|bonus|"
    r"pay rise|medal)\b"
    r"|\b(?:merece|merite|verdient|merita|verdiende|merecem) (?:un |une |eine |una |um |uma |"
    r"een )?(?:aumento|augmentation|gehaltserhohung|aumento|opslag|promocion|promotion|"
    r"befoerderung|beforderung|promozione|promocao)\b))"
)

# --- instructions that are not orders to the bot ------------------------------------------

# "The instructions that came with the Basecamp 4 are confusing. Step 3 says to ignore the
# colour coding": a product's manual.
PRODUCT_INSTRUCTIONS = (
    r"\b(?:instructions?|manual|guide|leaflet|booklet|anleitung|instrucciones|notice|"
    r"istruzioni|instrucoes|handleiding) (?:that |which )?(?:came|come|comes|included|in the "
    r"box)\b|\bstep \d+ (?:says|tells)\b"
)
# "Great panel today on AI in customer support. 'Ignore previous instructions' attacks came
# up a lot": an injection quoted as the topic of a talk or an article.
INJECTION_AS_TOPIC = (
    r"\b(?:panel|webinar|conference|keynote|article|lecture|meetup|workshop|(?:great|good|"
    r"interesting|fascinating) talk)\b[^.!?]{0,60}\b(?:ai|llm|chatbots?|prompt|security)\b"
    r"|['\"\u2018\u201c]ignore (?:all )?(?:previous|prior) instructions['\"\u2019\u201d] "
    r"(?:attacks?|prompts?|tricks?|came up|is|are|was|jokes?)\b"
)

# --- authorities and lawyers as asides --------------------------------------------------

_CONSUMER_TEST_ORG = (
    r"(?:consumentenbond|que choisir|ufc|60 millions|stiftung warentest|warentest|oko-?test|"
    r"consumer reports|ocu|altroconsumo|test-?achats|test-?aankoop|deco proteste|proteste|"
    r"which magazine)"
)
# "de Consumentenbond heeft hun regenjassentest uit en de Ridgeline staat in de top 3!",
# "le comparatif de l'UFC-Que Choisir ... super bien notée": the product ranked, not a
# complaint to an authority.
CONSUMER_TEST_RANKING = (
    r"^(?![\s\S]*\b(?:complain\w*|klacht\w*|plainte|signal\w*|melding|beschwerde|denunci\w*|"
    r"reclam\w*|report(?:ed|ing)? (?:you|it|this)|contacted)\b)"
    rf"(?=[\s\S]*\b{_CONSUMER_TEST_ORG}\b[^.!?]{{0,80}}\b(?:test\w*|comparati\w*|review\w*|"
    r"ranking|rated|top \d+|best buy|notee?|bewert\w*|testsieger|beste|migliore|melhor|"
    r"mejor|winner|won|gewonnen|premiere?|eerste|primo|primeiro)\b)"
)
# "you guys are basically the consumer watchdog of outdoor shops 😄": a compliment.
AUTHORITY_AS_COMPLIMENT = (
    r"\b(?:you|you guys|y'?all|u|northwind|ur (?:team|shop)|your (?:team|shop|store)) "
    r"(?:are|r|is) (?:basically |like |literally |practically )?the (?:\w+ )?(?:watchdog|"
    r"ombudsman|regulator|fda|ftc)s? of\b"
)
_LAWYER = (
    r"(?:lawyer|attorney|solicitor|abogad[oa]|avocat\w*|anwalt|anwaltin|advogad[oa]|"
    r"avvocat[oa]|advocaat)"
)
# "até meu advogado comentou que eu tô morando no fleece agora kkkk", "even my lawyer asked
# where I got the jacket": the lawyer as a witness to a purchase, with no legal word.
LAWYER_ASIDE = (
    r"^(?![\s\S]*\b(?:sue|suing|court|claim|case|legal|letter|proceedings|demand|deadline|"
    r"processar|processo|justica|demanda|demandar|tribunal|juzgado|plainte|mise en demeure|"
    r"klage|klagen|gericht|causa|denuncia|rechter|rechtbank|aanklagen|dagvaard\w*)\b)"
    rf"(?=[\s\S]*\b(?:even|ate|incluso|hasta|meme|sogar|selbst|persino|perfino|anche|zelfs) "
    rf"{MY} {_LAWYER}\b"
    # tr16g: the writer a lawyer, out shopping: "sono avvocato e cerco un regalo per un
    # collega", "I'm an attorney looking for a gift for my hiking partner".
    rf"|[\s\S]*\b(?:i'?m|i am|im|sono|soy|je suis|ich bin|sou|ik ben) (?:an? |un |una |une |"
    rf"ein\w* |een |um |uma )?{_LAWYER}\b[^.!?]{{0,40}}\b(?:looking for|shopping for|"
    r"cerco|busco|estoy buscando|je cherche|ich suche|procuro|estou procurando|ik zoek|"
    r"(?:a|un|una|une|ein|een|um|uma) (?:gift|regalo|cadeau|geschenk|presente|cadeautje))\b)"
)
# tr16g: a complaint filed against oneself, in jest: "je vais porter plainte contre moi-même
# pour avoir encore acheté une veste 😂", "I should sue myself for buying a third jacket".
SELF_ACCUSED = (
    r"\b(?:sue|suing|report|reporting|press charges against|file a complaint against) "
    r"(?:me|myself)\b|\bplainte contre moi(?:-? ?meme)?\b|\b(?:denunciarme|demandarme)\b|"
    r"\b(?:denunciar|demandar|processar)(?:me| a mi mism[oa]| a mim mesm[oa])\b|"
    r"\bmich selbst (?:verklagen|anzeigen)\b|\b(?:denunciarmi|querelarmi|denunciare me "
    r"stess[oa])\b|\bme processar\b|\bmezelf (?:aanklagen|aangeven|voor de rechter)\b"
)
# "copy of all the data you hold on me under GDPR — how do I request the export?": a data
# access request asked how to make, not a complaint to a regulator.
DATA_ACCESS_REQUEST = (
    r"^(?![\s\S]*\b(?:ico|cnil|aepd|garante|autoriteit|datenschutzbehorde|complain\w*|"
    r"report\w*|regulator|ignored|refus\w*|violat\w*|breach\w*|still|days ago|weeks ago|"
    r"no (?:reply|response|answer))\b)"
    r"(?=[\s\S]*\b(?:(?:a )?copy of (?:all )?(?:the |my )?(?:data|information|personal data)|"
    r"(?:subject )?access request|data export|export (?:of )?my data|download my data)\b)"
    r"(?=[\s\S]*\b(?:how (?:do|can) i|where (?:do|can) i|is there (?:a|an)|can i)\b)"
)
# "my solicitor's advised me to give you 14 days ... before we issue proceedings. goods not
# fit for purpose under the consumer rights act": the law named by a solicitor is legal,
# not regulatory.
SOLICITOR_NAMES_ACT = (
    rf"(?=[\s\S]*\b(?:{MY} {_LAWYER}|{_LAWYER}'?s? (?:has )?advised|issue proceedings|"
    r"letter before (?:action|claim)))(?=[\s\S]*\b(?:consumer rights act|sale of goods act|"
    r"consumer (?:rights|protection) (?:law|act))\b)"
)

# --- idioms: dying, leaving, menace and shouting as figures of speech ---------------------

# What a farewell says beside the figure of speech: goodbye, not being around, gear given
# away, "from anyone". None of the self-harm families below holds with any of it.
_FAREWELL = (
    r"\b(?:good ?bye|farewell|won'?t be around|not be around|i'?m done|tired (?:of|now)|"
    r"giv(?:e|ing|en) (?:\w+ ){0,2}away|gave (?:all |away )?(?:my|the)|no return|from anyone|"
    r"make it count|whoever|end it|adios|adieu|tschuss|addio|tchau|vaarwel|never come back|"
    r"not coming back|#lastadventure|no plan to come|not plann\w*|alone|last \w+ ever)\b"
)
# "This is probably the last thing I'll order for a while, the holidays wiped me out", "the
# last thing I'll ever order from you... until payday": the wallet, not a farewell. The
# spending limit must be said ("for a while", "until payday", "this month", "budget").
LAST_PURCHASE = (
    rf"^(?![\s\S]*{_FAREWELL})"
    r"(?=[\s\S]*\blast (?:thing|order|purchase|item|one|splurge|\w+) (?:i'?ll|i will|i'?m gonna|"
    r"im gonna|i can|i'?m going to) (?:ever |probably )?(?:need to |have to )?(?:order|buy|get|"
    r"purchase|spend|place|make)\b)"
    r"(?=[\s\S]*\b(?:for a while|this (?:month|year|week|season)|until (?:payday|pay day|"
    r"next|the next|my next)|payday|paycheck|budget|wallet|bank (?:account|is)|broke|"
    r"wiped (?:me|us) out|who am i kidding|i swear|promise|i'?ll be back"
    # Session 17 (blind72): the goods so good no other is needed: "last order i'll ever
    # need to make — this 65L is perfect, done buying packs for a decade lol".
    r"|done (?:buying|shopping)|for (?:a decade|life|years|good)|buy it for life|bifl"
    # Session 19 round 2 (blind83): "my gear list is finally complete 😅".
    r"|(?:gear list|kit|setup|collection|loadout) is (?:finally |now )?complete)\b)"
)
# "I won't need my old tent anymore where I'm going — moving into a van full time lol",
# "moving to Costa Rica next month": a move, not leaving life.
MOVING_ON_WITH_GEAR = (
    rf"^(?![\s\S]*{_FAREWELL})"
    r"(?=[\s\S]*\b(?:(?:i'?m |we'?re |im )?(?:moving|relocating) (?:in)?to|big move to|"
    r"van ?life|me mudo a|je demenage|ich ziehe (?:nach|um)|mi trasferisco|vou me mudar|"
    r"ik verhuis)\b)"
)
# "me after the 14 mile loop: i want to die 💀 (feet are fine, my legs are not, 10/10 would
# suffer again)": exertion told as dying, with laughter or a score.
EXERTION_DEATH = (
    rf"^(?![\s\S]*{_FAREWELL})"
    r"(?=[\s\S]*\b(?:want to die|wanna die|i'?m dead|i'?m dying|dying|kill me|quiero morir|"
    r"me muero|je veux mourir|je meurs|ich will sterben|ich sterbe|voglio morire|sto morendo|"
    r"quero morrer|to morrendo|ik wil dood|ik ga dood)\b)"
    r"(?=[\s\S]*(?:\U0001f480|\U0001f602|\U0001f923|\U0001f62d|\blol\b|\blmao\b|\bhaha\w*|"
    r"\bkkk\w*|\bmdr\b))"
    r"(?=[\s\S]*\b(?:legs?|feet|calves|quads|miles?|km|hike|hiking|loop|climb\w*|summit|trail|"
    r"workout|sore|would (?:\w+ )?again|10/10|me after)\b)"
)
# "coming for you @northwind 👀🔪 ...with my black friday wishlist and a full paycheck":
# the "weapon" is the shopping.
MENACE_WITH_WALLET = (
    r"\b(?:coming for|watch out|you'?ve been warned|be afraid)\b[^!?]{0,60}\b(?:with|armed "
    r"with) (?:my |a |an |the |our )?(?:\w+ ){0,3}(?:wishlist|wish list|cart|basket|paycheck|"
    r"pay ?check|wallet|credit card|card|money|coupons?|gift cards?|savings|bonus)\b"
)
# "OMG YESSSS THE PARKA IS BACK IN STOCK!!!!!! 😭😭😭", "PQP que jaqueta boa!!!": joy shouted,
# or profanity as praise of the goods.
JOY_SHOUTED = (
    r"\b(?:back in stock|restocked|omg yes|yes!|finally (?:here|back|arrived|in "
    r"stock)|de nuevo en stock|de retour en stock|wieder (?:da|verfugbar|auf lager)|"
    r"di nuovo disponibil\w*|de volta ao estoque|weer op voorraad)\b"
    r"|\bque (?:\w+ ){1,2}(?:boa|bom|lind[oa]|top|incrivel|perfeit[oa]|buen[oa]|bonit[oa])\b"
    r"|\b(?:to|tô|estou|fiquei) (?:chocad[oa]|apaixonad[oa])\b"
)
# Plans for a trip, or gear that did its job: "je pars dans les Pyrénées en juin", "everyone
# stayed dry through long days ... worth saying when gear just does its job".
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|janvier|fevrier|mars|avril|"
    r"mai|juin|juillet|aout|januar|februar|marz|juni|juli|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|janeiro|fevereiro|marco|junho|julho|januari|februari|maart|augustus)"
)
TRIP_OR_GEAR_PRAISE = (
    rf"^(?![\s\S]*{_FAREWELL})(?=[\s\S]*(?:"
    r"\b(?:je pars|i'?m (?:leaving|heading|off) (?:for|to)|heading (?:to|out)|me voy|"
    r"ich fahre|ich gehe|parto|vou (?:para|pra)|ik ga (?:naar|op))\b[^.!?]{0,50}\b(?:(?:en|in|"
    rf"im|a|em|di|next|this) {_MONTH}|next (?:week|month|summer|year)|this (?:summer|weekend|"
    r"fall))\b"
    r"|\b(?:everyone|everybody|all of us|we all|the whole (?:team|group|crew)) stayed (?:dry|"
    r"warm)\b|\b(?:gear|it|they) (?:just )?(?:does|did) (?:its|their) job\b))"
)
# Session 18 (blind77/78): the return said, so the "won't need" is for a while: "going off
# grid for 2 weeks ... won't need my phone where I'm going, see y'all in august", "won't
# need the tent again till spring". A farewell word in the post keeps the crisis reading.
RETURN_PLANNED = (
    rf"^(?![\s\S]*{_FAREWELL})(?=[\s\S]*(?:"
    # A date to come back by, never "see you soon" or "see you in court" (threats).
    rf"\bsee (?:y'?all|you(?: all| guys)?|ya|u) (?:all )?(?:again )?(?:in|next|after) (?:the )?"
    rf"(?:{_MONTH}|spring|summer|fall|autumn|winter|\d+ (?:days|weeks)|a (?:week|few)|"
    r"(?:week|month|year|season))\b"
    r"|\b(?:back|home) (?:in|after) (?:\d+|a|two|three|a few|a couple of) (?:days|weeks|"
    r"months)\b"
    r"|\bwhen i (?:get|come|am|'?m) back\b|\boff[- ]grid\b"
    r"|\b(?:need|using|use) (?:\w+ ){0,3}again (?:till|until|before) (?:spring|summer|fall|"
    r"autumn|winter|next)\b))"
)
# Session 18 (blind78): the dark time told as over, with what ended it: "I've been in a
# really dark place this winter and getting outside again has been the thing that pulled me
# out". "got me through" is left out: the farewells thank what got them through.
RECOVERY_TOLD = (
    rf"^(?![\s\S]*{_FAREWELL})(?=[\s\S]*\b(?:pulled me out|(?:got|helped|brought|dragged) "
    r"me out of (?:it|that|there|the \w+)|(?:i'?m|im) (?:doing )?(?:so |much |a lot )?better "
    r"now|(?:out|through) the other side)\b)"
)
# "jullie chatbot zei dat mijn retour binnen is, klopt dat?": the bot's status answer,
# checked.
STATUS_CHECK = (
    r"\b(?:chatbot|bot|assistant|app|tracking|email|mail)\b[^.!?]{0,40}\b(?:said|says|zei|"
    r"zegt|dit|a dit|sagt|hat gesagt|dijo|dice|disse|diz)\b[^?]{0,60}\b(?:klopt (?:dat|het)|"
    r"is (?:that|this|it) (?:right|true|correct)|c'est (?:vrai|juste|correct)|stimmt (?:das|"
    r"es)|e vero|e verdade|es (?:cierto|verdad))\b"
)
# "Vorsicht mit den Carbon Trekkingstöcken!! Beim Abstieg ist einer einfach durchgebrochen":
# a warning about the goods (an injury report), not a threat.
PRODUCT_WARNING = (
    r"^(?![\s\S]*\b(?:kill|stab|shoot|find you|umbringen|abstechen|matar|tuer|uccid\w*|"
    r"vermoorden)\b)"
    r"(?=[\s\S]*\b(?:vorsicht|achtung|careful|beware|watch out|cuidado|attention|attenzione|"
    r"pas op|opgelet|heads up|warnung)\b (?:mit|with|of|for|con|com|aux?|avec|ai|alle|agli|"
    r"met|voor|bei)\b)"
    r"(?=[\s\S]*\b(?:snapped|broke|broken|durchgebrochen|gebrochen|kaputt|se rompio|roto|"
    r"casse|rotto|quebrou|gebroken|collapsed|failed|gave way)\b)"
)
