"""False-friend families of category confusion (tr16b, from the unseen errors of blind63-66):
posts that do name a crisis word, but the event is someone else's, or it belongs to another
category than the one the word suggests. Written and used like `false_friends` (plain
lower-case patterns without accents, compiled by `compile_rule`, matched on the prepared
post), in the seven languages the rules read.

* `BREACH_ELSEWHERE`: a breach at another company, said the way the other languages say it
  ("hackearon a una tienda de deportes", "die andere outdoor webshop gelekt", "a
  competitor's 2023 data breach"), or at a named company the writer says has no connection
  to the brand.
* `BREACH_CHECKED_FINE`: the writer checked their own account after the news and all is
  well, or hopes the brand is better protected: worry, not a report.
* `IMPERSONATION`: someone posing as the brand (a fake account, a fake shop, a message
  "from 'Northwind Support'" asking for card data) is fraud, not a breach of the store's
  data, unless the scammers knew what only the store had.
* `PREMISES_ADDRESS`: the address of the brand's warehouse or office, known to the writer,
  is a menace or nothing; it is no leak of customer data.
* `RELATIVE_DEVICE`: the writer on a relative's computer sees the relative's own orders.
* `PASSWORDS_LEFT`: passwords written down for a relative (a farewell, not a breach).
* `INJURY_NOT_OURS_INTL`: "nothing to do with you / any gear", "war aber meine schuld",
  "niente a che vedere con voi": the injury's cause is not the goods.
* `FIRST_AID_USED`: a first-aid kit praised for treating an injury the goods did not cause.
* `BURN_IDIOM`: "before more people get burned" (cheated), "brûler les étapes" (hurry).
* `HAZARD_QUESTION`, `INJURY_COUNT_ASKED`, `WARNING_READ`: "will it explode?" asked; "how
  many injuries have been reported?" asked by the press; a safety warning read on the
  brand's page. None of them reports harm.
* `REGULATOR_REPORT_NO_HARM`: a product-safety report filed with an authority, with no harm
  to anyone: regulatory, not an injury.
* `STAFF_SPEECH_QUOTED`: a member of staff's words reported ("your rep typed 'you people
  always try to scam'", "la persona del chat me escribió que '...'", "maakte een grapje
  over mijn hoofddoek"): discrimination, never fraud, a threat or self-harm.
* `SCAM_QUOTED_FROM_STAFF`, `SCAM_INSULT_ALL`: "scam" inside staff's quoted words; "scammers,
  every single one of you" shouted at the brand (anger; a real charge in the same post
  still fires, as the guard is read in the window around the word).
* `CHARGE_CONFIRMED_MINE`: the bank asked and the writer says the charge was theirs.
* `CHARGE_WORRY_RESOLVED`: "thought i got charged 4 times ... nvm figured it out".
* `STAFF_REMARK_NO_MENACE`, `OTHERS_DATA_SEEN`: staff's remark reported, or strangers' names
  and addresses seen through a link, with no violent or self-harm word: discrimination or a
  breach report, never a threat or self-harm.
* `BREACH_DISOWNED`, `SAFETY_NOT_OURS_INTL`: the whole-post forms of the above.
"""

from __future__ import annotations

from .false_friends import MY, RELATIVE

# --- breaches that are someone else's ---------------------------------------------------

_BREACH_WORD = (
    r"(?:breach\w*|leak\w*|hack\w*|gelekt|lek|datalek|datenleck|datenpanne|gehackt|fuite|"
    r"pirat\w*|filtracion|filtrad\w*|vazamento|vazad\w*|violazione|hackerat\w*)"
)
_SHOP_NOUN = (
    # Dutch and German compounds too: "fietswinkel", "Sportladen".
    r"(?:\w*(?:winkel|laden|shop)|tienda|empresa|marca|cadena|web|pagina|boutique|enseigne|magasin|site|marque|"
    r"entreprise|laden|shop|webshop|onlineshop|handler|handel|firma|marke|winkel|bedrijf|"
    r"merk|negozio|azienda|marchio|sito|loja|rede|store|retailer|brand|company|chain)"
)
# "a una tienda de deportes", "die andere outdoor webshop", "un altro negozio", "uma loja",
# "a competitor's": another shop, never the brand's ("jullie webshop", "su tienda").
_OTHER_SHOP = (
    r"(?:\b(?:a|an|one|some) (?:\w+ )?(?:competitor|rival)'?s?\b"
    r"|\b(?:a una|una|otra|otro|un|une|autre|einen|einem|einer|anderen|andere|een|"
    r"uno|un altro|un'altra|altro|altra|um|uma|outra|outro) (?:\w+ ){0,2}?" + _SHOP_NOUN + r"\b)"
)
BREACH_ELSEWHERE = (
    rf"\b(?:hackearon|hackeo|hackeou|hackearam|ont pirate|a ete pirate\w*|hanno hackerato|"
    rf"wurde gehackt|is gehackt|gelekt|leaked|hacked|breached) (?:\w+ ){{0,2}}?{_OTHER_SHOP}"
    rf"|{_OTHER_SHOP} (?:\w+ ){{0,4}}?{_BREACH_WORD}"
)
# A named company the writer disowns: "the Peakline Sports data breach ... (No connection
# to Northwind, I'm just a happy customer of theirs.)". Used on the whole post.
BREACH_DISOWNED = (
    r"^(?=[\s\S]*\bbreach)(?=[\s\S]*\bno (?:connection|affiliation|relation) (?:to|with) "
    r"(?:northwind|you|your)\b)"
)
# After someone else's breach: "checked my Northwind account, all normal", "ojalá ustedes
# estén mejor protegidos", "hope you guys are better protected".
BREACH_CHECKED_FINE = (
    r"\b(?:account|acount|compte|cuenta|konto|conta|profilo) (?:\w+ ){0,2}(?:gecheckt|"
    r"gecontroleerd|checked|gepruft|uberpruft|verifie|revisad[oa]|controllato|verificad[oa])"
    r"\b[^.!?]{0,40}\b(?:alles (?:normaal|normal|ok|goed)|all (?:normal|fine|good)|"
    r"everything(?:'s| is| looks)? (?:fine|normal|ok)|todo (?:bien|normal)|tout (?:est )?"
    r"normal|tutto (?:a posto|ok|normale)|tudo (?:normal|certo|bem))"
    r"|\b(?:hope|ojala|espero que|j'espere que|hoffe|spero che|hoop dat) (?:\w+ ){0,2}?"
    r"(?:mejor |better |besser |beter |meglio |mieux |melhor )?(?:protected|protegid[oa]s|"
    r"protege\w*|geschutzt|beveiligd|protett\w*)\b"
)
# What only the store had, named in the post: then the scam is a breach report too.
_SHOP_DATA = (
    r"(?:how did (?:they|he|she|someone)|knew|know my|knows my|leak\w*|breach\w*|exact\w*|"
    r"last (?:4|four)|laatste (?:4|vier)|ultim[oa]s? (?:4|cuatro|quattro|quatro)|derniers? "
    r"(?:4|quatre)|letzten (?:4|vier)|total|"
    rf"{MY} (?:\w+ ){{0,2}}(?:order|name|address|street|pedido|nombre|direccion|numero|"
    r"commande|adresse|nom|bestell\w*|ordine|indirizzo|nome|morada|endereco|encomenda|"
    r"bestelling|adres|naam))"
)
# Posing as the brand: "spacciandosi per il vostro servizio clienti", "se hace pasar por",
# "se faisant passer pour", "gibt sich als ... aus", "doet zich voor als", "fingindo ser",
# "pretending to be", a fake/"nep" account or shop, a "'Northwind giveaway' account", a mail
# "van 'Northwind Support'" asking to confirm card details.
IMPERSONATION = (
    rf"^(?![\s\S]*\b{_SHOP_DATA}\b)(?=[\s\S]*(?:\b(?:spacciandosi|spacciando\w*|si spaccia|"
    r"se hac\w* pasar|haciendose pasar|se (?:faisant|fait|font) passer|gibt sich (?:\w+ ){0,4}"
    r"als|geben sich (?:\w+ ){0,4}als|ausgegeben|doet zich (?:\w+ ){0,3}voor|zich voordoen|"
    r"fingindo ser|se passando por|pretend\w* to be|posing as|impersonat\w*)\b"
    r"|\b(?:fake|nep|valse?|faux|fausse|falso|falsa|gefalscht\w*|finto|finta) "
    r"['\x22\u2018\u201c]?(?:\w+ ){0,2}(?:account|store|shop|site|page|profile|profiel|"
    r"compte|cuenta|perfil|tienda|winkel|konto|profil|pagina|negozio|loja|conta|webshop)\b"
    r"|['\x22\u2018\u201c](?:northwind|nw)[\w ]{0,20}['\x22\u2019\u201d] (?:account|acount|"
    r"profiel|profile|page|store|shop|compte|cuenta|konto|conta)\b"
    r"|\b(?:kreeg|kregen|kreg|ontving|got|received|recibi|me llego|j'ai recu|bekam|ho "
    r"ricevuto|recebi) (?:een |an? |un |una |une |eine |um |uma )?(?:mail|e-?mail|sms|"
    r"bericht|text|dm|message|mensaje|correo|nachricht|messaggio|mensagem) (?:van|from|de|"
    r"von|da|di) ['\x22\u2018\u201c](?:northwind|nw)[\w ]{0,20}['\x22\u2019\u201d]))"
)
# "j'ai l'adresse de votre entrepôt", "I know where your warehouse is" is not a leak.
PREMISES_ADDRESS = (
    r"\b(?:adres\w*|address\w*|direccion|indirizzo|endereco|anschrift)\b (?:de|of|von|van|"
    r"di|do|da|del|du|dal|des) (?:votre|vuestro|vuestra|su|your|eure[mrn]?|eures|jullie|"
    r"vostro|vostra|vosso|vossa) (?:\w+ )?(?:entrepot|"
    r"warehouse|office|hq|headquarters|store|almacen|oficina|lager|buro|zentrale|magazijn|"
    r"kantoor|hoofdkantoor|magazzino|ufficio|sede|armazem|escritorio|bureau|siege|depot)\b"
)
_DEVICE = (
    r"(?:pc|computer|laptop|phone|tablet|ipad|ordi|ordinateur|portable|ordenador|"
    r"computadora|movil|rechner|handy|telefono|cellulare|telefoon|computador|celular)"
)
# "je me suis connectée depuis le pc de ma soeur et j'ai vu toutes ses commandes", "on my
# brother's laptop ... still logged into his account".
RELATIVE_DEVICE = (
    rf"\b(?:{_DEVICE} (?:de|of|von|van|di|da|do|del|della) (?:\w+ )?{RELATIVE}"
    rf"|{MY} {RELATIVE}'?s? {_DEVICE})\b[\s\S]{{0,160}}\b(?:son compte|ses commandes|her "
    r"(?:account|orders)|his (?:account|orders)|their (?:account|orders)|su cuenta|sus "
    r"pedidos|ihr konto|sein konto|ihre bestellungen|seine bestellungen|il suo account|i "
    r"suoi ordini|haar account|zijn account|haar bestellingen|zijn bestellingen|conta dela|"
    r"conta dele|pedidos dela|pedidos dele|still logged in|encore connecte\w*|noch "
    r"eingeloggt|nog ingelogd)\b"
)
# "I've written everything down for her, the passwords, the account stuff".
PASSWORDS_LEFT = (
    r"\b(?:written|wrote|writing|left|leaving|noted) (?:\w+ ){0,3}(?:down )?(?:for (?:her|him|"
    r"them|my \w+)\b)?[^.!?]{0,30}\bpasswords?\b"
)

# --- injuries that are not the goods', and burns that are not burns ---------------------

# "nothing to do with any gear lol", "niente a che vedere con voi", "war aber komplett meine
# schuld", "c'était entièrement ma faute", "fue culpa mía".
INJURY_NOT_OURS_INTL = (
    r"\bnothing to do with (?:any|the|your|ur) (?:\w+ )?(?:gear|products?|equipment|stuff)\b"
    r"|\b(?:rien a voir avec vous|nada que ver con (?:ustedes|vosotros|vos|uds)|niente a che "
    r"(?:fare|vedere) con voi|nichts mit euch zu tun|hat nichts mit euch|niets met jullie te "
    r"maken|nada a ver com (?:voces|vcs|vos))\b"
    r"|\b(?:war|is|was|era|c'etait|fue|foi) (?:aber |maar |ma |mais |pero |mas )?"
    r"(?:komplett |helemaal |totalmente |tutta |entierement |completamente |toute |"
    r"totally |completely |entirely |all )?(?:meine|mijn|colpa|ma|mi|minha|my) "
    r"(?:eigene |own )?(?:schuld|mia|faute|culpa|fault)\b"
    # tr16e (blind67): the goods disowned as the cause, "not gear related lol", "unrelated
    # to the boots", "nichts mit der Ausrüstung zu tun", "rien à voir avec le matériel".
    r"|\b(?:not|nothing|wasn'?t|isn'?t|un) ?(?:\w+ )?(?:gear|product|equipment|kit|boot|"
    r"jacket)[- ](?:related|fault|issue|problem)\b|\bunrelated to (?:the |your |any |my )?"
    r"(?:\w+ )?(?:gear|products?|equipment|boots?|jacket|pack)\b"
    r"|\b(?:nichts mit|rien a voir avec|nada que ver con|niente a che (?:fare|vedere) con|"
    r"nada a ver com|niets te maken met) (?:der|dem|den|le|la|les|l'|el|los|la|il|lo|l'|o|a|"
    r"os|de|het)? ?(?:\w+ )?(?:ausrustung|jacke|schuhe\w*|materiel|equipement|equipo|"
    r"material|attrezzatura|equipamento|uitrusting|spullen|produkt\w*|produit\w*|"
    r"producto\w*|prodott\w*|produto\w*|product\w*)\b"
    # A game or sport the goods had no part in: "beim Fußball den Arm gebrochen", "jugando
    # al fútbol", "au foot", "a calcio", "no futebol", "bij het voetballen", "at soccer".
    r"|\b(?:beim|bei|im) (?:fussball|fusball|handball|basketball|volleyball|eishockey|"
    r"hockey|turnen|sportunterricht|schulsport)\b"
    r"|\b(?:jugando|al jugar|en el partido de|en el entrenamiento de) (?:al |a )?(?:futbol|"
    r"baloncesto|basquet|balonmano|voley|rugby|hockey|tenis)\b"
    r"|\b(?:au|en jouant au|pendant le match de|a l'entrainement de) (?:foot|football|basket|"
    r"handball|rugby|volley|hockey|tennis)\b"
    r"|\b(?:a|giocando a|durante la partita di|all'allenamento di) (?:calcio|calcetto|"
    r"basket|pallavolo|rugby|pallamano|hockey|tennis)\b"
    r"|\b(?:no|jogando|durante o jogo de|no treino de) (?:futebol|futsal|basquete|volei|"
    r"handebol|rugby)\b|\bjogando bola\b"
    r"|\bbij het (?:voetballen|voetbal|hockeyen|hockey|handballen|turnen|korfballen)\b"
    r"|\b(?:playing|at|during) (?:soccer|football|basketball|hockey|rugby|volleyball|"
    r"baseball|softball|lacrosse|netball)\b"
    # At home, on the writer's own stairs or floor: "slipped on my own stairs".
    r"|\b(?:on|down) (?:my|our|the) own (?:stairs|steps|floor|porch|driveway|kitchen|"
    r"bathroom|ladder)\b"
)
# tr16e (blind68): an injury told as the reason for a product question, the goods asked to
# fit over a cast: "eine Jacke, die über den Gips passt", "a jacket that fits over his cast",
# "una chaqueta que quepa sobre el yeso". The injury is the buyer's circumstance.
INJURY_FITTING_QUESTION = (
    r"\b(?:uber|over|around|sobre|encima del?|par-dessus|sur|sopra|por cima do|sobre o|"
    r"over het|om het|um den) (?:den |the |his |her |my |el |le |il |o |het |a |seinen |"
    r"ihren |meinen |su |son |sa |mon |ma |suo |sua |seu |zijn |haar |mijn )?(?:gips|"
    r"gipsarm|cast|yeso|escayola|platre|gesso|gipsverband)\b"
)
_KIT = (
    r"(?:first[- ]aid kit|botiquin|trousse de (?:premiers )?secours|verbandskasten|erste[- ]"
    r"hilfe[- ](?:set|kit|tasche)|kit di pronto soccorso|ehbo[- ](?:kit|set|doos)|verbanddoos|"
    r"kit de primeiros socorros)"
)
_PRODUCT_FAILED = (
    r"\b(?:snapped|tore|ripped|failed|gave way|collapsed|came apart|exploded|leaked|melted|"
    r"caught fire|overheated|fell apart|defective|faulty|broke (?:off|apart|in half|down)|"
    r"kaputt|kapot|defekt|defectuos\w*|difettos\w*|defeituos\w*|explot\w*|explos\w*|"
    r"esplos\w*|explod\w*)\b"
)
# "the ridgeback first aid kit came in clutch when my buddy sliced his finger opening a can".
FIRST_AID_USED = (
    rf"^(?![\s\S]*{_PRODUCT_FAILED})(?=[\s\S]*\b{_KIT}\b[^.!?]{{0,80}}\b(?:clutch|handy|saved|"
    r"had everything|perfect|well organi[sz]ed|life ?saver|great|genial|parfait|super|perfekt|"
    r"perfetto|perfeito|top)\b)"
)
# "before more people get burned" (cheated), "everyone who got burned by this [warranty]";
# "brûler les étapes", "quemar etapas", "bruciare le tappe" (to hurry).
BURN_IDIOM = (
    r"\b(?:people|everyone|anyone|others|customers|folks|buyers|shoppers|who) (?:\w+ ){0,2}"
    r"(?:get|got|gets|getting) burned\b(?! (?:by|from|on|with) (?:the|a|an|this|that) "
    r"(?:stove|flame|fire|burner|lamp|heater|pot|pan|steam|water|coffee|fuel))"
    r"|\b(?:brul\w*|quem\w*|brucia\w*|queim\w*) (?:les|las|le|as) (?:etapes|etapas|tappe)\b"
)
# "is it ok to leave it in the car when it's hot out or will it explode?"
HAZARD_QUESTION = (
    r"\b(?:will|would|won'?t|does|do|is|can|could) (?:it|they|this|that|these|the \w+) "
    r"(?:\w+ )?(?:explode|blow up|melt|catch fire|burst|leak)\b(?=[^.!\n]{0,20}\?)"
)
# A press question about harm elsewhere: "how many injuries have been reported?".
INJURY_COUNT_ASKED = (
    r"\bhow many (?:\w+ )?(?:injur\w*|burns|people (?:were |got |have been )?(?:hurt|injured))"
    r"|\b(?:injur\w*|incidents) (?:have|has) been reported\b|\bany (?:reported )?injur\w* "
    r"(?:reported|so far)\b"
)
_TOLD_HARM = (
    r"hurt|injur\w*|burn\w*|cut|bleed\w*|hospital\w*|fell|sick|dizzy|headaches?|poison\w*|"
    r"passed out|faint\w*|er|ambulance|stitches|broke my|broken"
)
# Harm told, or a hazard that could have harmed (a melt, a fire, gas).
_HARM = (
    rf"\b(?:{_TOLD_HARM}|scorch\w*|melt\w*|"
    r"overheat\w*|fire|flames?|smok\w*|explod\w*|spark\w*|chok\w*|shock\w*|gas|carbon "
    r"monoxide|fumes|rash|allerg\w*|scald\w*|blister\w*)\b"
)
# "read the bit on your safety page about never using a stove inside a tent because of
# carbon monoxide": a warning read, with no harm told.
WARNING_READ = (
    rf"^(?![\s\S]*\b(?:{_TOLD_HARM})\b)(?=[\s\S]*\bread (?:\w+ ){{0,6}}(?:safety (?:page|"
    r"section|sheet|warnings?|info\w*|notice)|warning labels?|manual|instructions)\b)"
)
_AUTHORITY_REPORT = (
    r"\b(?:filing|filed|file|submitted|submitting|lodg\w*|sending|sent) (?:\w+ ){0,4}(?:safety "
    r"|product safety )?(?:report|complaint)s? (?:with|to) (?:the )?(?:health canada|cpsc|"
    r"ftc|trading standards|rapex|oeso|nvwa|dgccrf|anses|bfr|profeco|procon|"
    r"consumer \w+|\w+ (?:agency|authority|commission))\b"
)
REGULATOR_REPORT_NO_HARM = rf"^(?![\s\S]*{_HARM})(?=[\s\S]*{_AUTHORITY_REPORT})"

# --- staff words reported, charges that were the writer's --------------------------------

_STAFF = (
    r"(?:(?:rep|agent|staff|employee|clerk|cashier|associate|support (?:rep|agent|person)|"
    r"persona del chat|"
    r"medewerker|mitarbeiter\w*|vendeu\w*|vendedor\w*|empleado\w*|dipendente|operat\w*|"
    r"atendente|commess[oa]|dependient[ea]|vendeuse|verkaufer\w*|verkoper|verkoopster)"
    # tr16e (blind67): a person described by where they work, "el chico del chat", "the guy
    # on the phone", "la dame à la caisse", "der Typ an der Hotline", "o rapaz da loja".
    r"|(?:chico|chica|senor|senora|chaval|tipo|guy|girl|lady|dude|man|woman|gars|mec|dame|"
    r"monsieur|typ|frau|mann|ragazz[oa]|signor\w*|tizio|tizia|cara|moca|rapaz|menina|jongen|"
    r"meisje|vrouw|person|persona|personne|mensch|pessoa|persoon) (?:del|de la|de|on the|on "
    r"your|at the|in the|du|a la|au|am|an der|vom|della|dello|al|alla|do|da|na|no|van de|van "
    r"het|aan de|in de|op de|bij de) (?:\w+ )?(?:chat|phone|telefono|telephone|hotline|tienda|"
    r"store|shop|counter|desk|caisse|kasse|negozio|loja|balcao|winkel|kassa|support|"
    r"helpdesk|help desk|klantenservice|kundenservice|servicio|service|assistenza|"
    r"atendimento|sac))"
)
_SPOKE = (
    r"(?:typed|said|told me|wrote|replied|called me|escribio|me dijo|dijo|m'a dit|a dit|"
    r"a ecrit|m'a ecrit|sagte|schrieb|meinte|zei|schreef|typte|ha detto|ha scritto|mi ha "
    r"detto|disse|escreveu|maakte een grap\w*|made a joke|joked|machte einen witz|fez uma "
    r"piada|hizo una broma|a fait une blague|ha fatto una battuta)"
)
# "your rep refused my warranty claim and then typed 'you people always try to scam.'",
# "la persona del chat me escribió que 'los latinos ...'", "maakte een grapje over mijn
# hoofddoek": what staff said, reported.
STAFF_SPEECH_QUOTED = (
    rf"\b{_STAFF}\b[^.!?\n]{{0,80}}\b{_SPOKE}\b(?:[^.!?\n'\x22\u2018\u201c\u00ab]{{0,40}}"
    r"['\x22\u2018\u201c\u00ab]|\w* (?:over|about|sur|sobre|uber|su) (?:mijn|my|mi|mon|ma|"
    r"mein\w*|meu|minha|il mio|la mia) )"
)
# "My credit card company called to ask if the Northwind charge was really me. Yes it was".
CHARGE_CONFIRMED_MINE = (
    r"^(?=[\s\S]*\b(?:bank|card company|credit card|banco|banque|bancaire|kreditkart\w*|"
    r"banca|carta di credito|cartao)\b)(?=[\s\S]*(?<!not )(?<!no )(?<!nao )(?<!non )"
    r"(?<!nicht )(?<!niet )(?<!pas )(?<!wasn't )\b(?:yes,? it was(?: me)?|it was (?:really |"
    r"indeed |just )?me|si,? era yo|era yo|oui,? c'etait (?:bien )?moi|c'etait bien moi|ja,? "
    r"das war ich|das war ich|si,? ero io|ero (?:proprio )?io|ja,? dat was ik|dat was ik|sim,? "
    r"fui eu|era eu|fui eu)\b)"
)
# "i thought i got charged 4 times 🤦 nvm figured it out, sorry!"
CHARGE_WORRY_RESOLVED = (
    r"^(?![\s\S]*\b(?:still|again|another)\b)(?=[\s\S]*\b(?:thought|pense|pensei|dachte|dacht|"
    r"pensavo|pensais|j'ai cru|crei|achei)\b[^.!?]{0,40}\b(?:charged|cobrad\w*|debite\w*|"
    r"preleve\w*|abgebucht|belastet|afgeschreven|addebitat\w*))(?=[\s\S]*\b(?:nvm|never ?mind|"
    r"figured (?:it )?out|my bad|false alarm|all good|no worries|laat maar|vergesst es|"
    r"laissez tomber|lascia(?:te)? perdere|deixa pra la|olvidenlo|olvidadlo)\b)"
)
# "in meiner Versandbestätigung ist ein Link ... seh ich die Lieferungen von wildfremden
# Leuten mit vollem Namen und Adresse": a breach report, with no threat in it.
_OTHERS = (
    r"(?:strangers|other (?:customers|people)|random people|(?:wild)?fremde\w*|desconocidos|"
    r"otros clientes|inconnus|autres clients|estranei|altri clienti|vreemden|andere klanten|"
    r"desconhecidos|outros clientes)"
)
_THEIR_DATA = (
    r"(?:names?|address\w*|adres\w*|namen|nombres?|direcci\w*|noms?|nomi|indirizz\w*|nomes?|"
    r"endere\w*|orders|pedidos|commandes|bestellungen|ordini|bestellingen|lieferungen)"
)
OTHERS_DATA_SEEN = (
    rf"\b{_OTHERS}\b[^.!?]{{0,60}}\b{_THEIR_DATA}\b|\b{_THEIR_DATA}\b (?:\w+ ){{0,4}}"
    rf"(?:von|van|de|di|of|from|des|dei|das|dos) (?:\w+ )?{_OTHERS}\b"
)
# "scam" inside what staff said: "typed 'you people always try to scam.'", "told me my name
# 'sounds like a scammer name'". Used on the whole post.
SCAM_QUOTED_FROM_STAFF = (
    rf"^(?=[\s\S]*{STAFF_SPEECH_QUOTED})(?=[\s\S]*['\x22\u2018\u201c\u00ab][^'\x22\u2019\u201d"
    r"\u00bb\n]{0,60}\b(?:scam\w*|estaf\w*|arnaque\w*|escroc\w*|betrug\w*|betruger\w*|"
    r"oplicht\w*|truff\w*|golp\w*|fraud\w*))"
)
# "scammers, every single one of you", "bunch of scammers", "you're all scammers".
SCAM_INSULT_ALL = (
    r"\bscam\w*,? (?:every (?:single )?one of (?:you|u|them)|all of (?:you|u|them)|the lot of "
    r"you)\b|\b(?:bunch|pack|band|den) of scam\w*|\b(?:you(?:'re| are)|ur|y'?all(?: are)?) "
    r"all scam\w*"
    # tr16e (blind67): the insult shouted at the brand in the other languages, "ihr
    # Abzocker!!!", "bande d'escrocs", "sois unos estafadores", "siete dei truffatori", "seus
    # golpistas", "stelletje oplichters".
    r"|\b(?:ihr|alles|bande von|haufen) (?:\w+ )?(?:abzocker|betruger|gauner|halsabschneider)"
    r"\b|\b(?:bande d'|bande de |vous etes des |tous des )(?:escrocs|voleurs|arnaqueurs)\b"
    r"|\b(?:sois|son) (?:unos |todos unos )?(?:estafadores|ladrones|timadores)\b|\b(?:panda|"
    r"banda) de (?:estafadores|ladrones|timadores|golpistas|ladroes|vigaristas)\b"
    r"|\b(?:siete|sono) (?:dei |tutti )?(?:truffatori|ladri|imbroglioni)\b|\bmassa di "
    r"(?:truffatori|ladri)\b|\b(?:seus|voces sao|sao todos) (?:uns )?(?:golpistas|ladroes|"
    r"vigaristas)\b|\b(?:stelletje|jullie|bende) (?:\w+ )?(?:oplichters|zakkenvullers|"
    r"dieven)\b"
)
_VIOLENT_OR_DESPAIR = (
    # ("die" only after a verb: alone it is the German and Dutch article.)
    r"\b(?:kill|hurt|burn|shoot|stab|beat|punch|gun|knife|blood|find (?:you|him|her)|come "
    r"for|(?:to|wanna|rather|gonna|will|just|should) die|dead|death|suicid\w*|end it|tuer|"
    r"bruler|cramer|frapper|buter|mourir|umbringen|"
    r"toten|abstechen|verbrennen|sterben|matar|quemar|golpear|morir|uccid\w*|ammazz\w*|"
    r"bruciare|morire|bater|queimar|morrer|doodmaken|vermoorden|in de fik|dood|break|smash|"
    r"hit|wait for|waiting for|after (?:your|his|her|their) shift|bring friends|outside)\b"
    # The writer's own intent, which a report of staff's words does not carry.
    r"|\b(?:i'?ll|i will|i'?m gonna|im gonna|i'?m going to|je vais|voy a|ich werde|vado a|ik "
    r"ga|vou)\b"
)
STAFF_REMARK_NO_MENACE = (
    rf"^(?![\s\S]*(?:{_VIOLENT_OR_DESPAIR}))(?=[\s\S]*(?:{STAFF_SPEECH_QUOTED}))"
)
OTHERS_DATA_NO_MENACE = rf"^(?![\s\S]*(?:{_VIOLENT_OR_DESPAIR}))(?=[\s\S]*(?:{OTHERS_DATA_SEEN}))"
SAFETY_NOT_OURS_INTL = (
    rf"^(?![\s\S]*{_PRODUCT_FAILED})"
    rf"(?=[\s\S]*(?:{INJURY_NOT_OURS_INTL}|{INJURY_FITTING_QUESTION}))"
)

# The guards above, grouped as the safety_injury rules read them: in the window around the
# match, and on the whole post.
# tr16e (blind67): something physical breached, by an animal or the weather: "the raccoons
# breached the tent at 3am", "water breached the vestibule", "la lluvia traspasó".
PHYSICAL_BREACH = (
    r"\bbreach\w* (?:the |our |my |his |her |their |a )?(?:\w+ ){0,2}(?:tent|camp|campsite|"
    r"perimeter|food (?:bag|barrel|box|locker)|bear (?:can|canister|bag|box|hang)|canister|"
    r"cooler|vestibule|fly|rainfly|groundsheet|seams?|hull|dam|levee|wall|fence|defen[cs]es|"
    r"walls|riverbank|trail|ridge|summit|tree ?line|snow ?line|cabin|hut|porch|pantry|"
    r"stash|trail mix|snacks?)\b"
    r"|\b(?:raccoons?|bears?|squirrels?|mice|mouse|rats?|ants|marmots?|chipmunks?|critters?|"
    r"foxes|fox|deer|goats?|birds?|crows?|ravens?|cats?|dogs?|the dog|the cat|water|rain|"
    r"wind|snow|flood\w*|river|waves?|tide) (?:\w+ ){0,2}breach\w*\b"
)
# The guards the data_breach rules read in the window around the match.
BREACH_WINDOW_GUARDS = f"{BREACH_ELSEWHERE}|{PHYSICAL_BREACH}"

SAFETY_WINDOW_GUARDS = f"{BURN_IDIOM}|{HAZARD_QUESTION}|{INJURY_COUNT_ASKED}"
SAFETY_POST_GUARDS = f"{FIRST_AID_USED}|{WARNING_READ}|{SAFETY_NOT_OURS_INTL}"
