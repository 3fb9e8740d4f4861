"""Session 15's data-breach and injury families (from blind57 and blind58 after their
score): a list of other customers' data in the writer's hands, and a skin reaction after
wearing a garment.

A leak is rarely called one by the customer who sees it: "Hab grad ne Mail bekommen mit ner
Liste von Northwind-Kunden drin, Namen, Mailadressen, Bestellsummen", "a spreadsheet
attached: hundreds of rows of customer names", "200 adresses mail d'autres clients en
copie". The rule needs a list (or other customers) *and* the kind of data on it (names,
e-mails, addresses, phone numbers, orders) close together, so "a list of customer
favourites" or "other customers say it runs small" stay quiet.

The injury is told as a symptom: "dopo due ore con la maglia merino ho la pelle piena di
bolle rosse", "la camiseta ... tengo el cuello lleno de ronchas", "die Merino Unterwäsche
hat einen heftigen Ausschlag ausgelöst". The rule needs a rash or blisters on the skin and a
garment worn in the same post; a question about whether a fabric itches stays quiet
(hypothetical), and so does praise for socks ("zero blisters", "neanche una vescica").
"""

from __future__ import annotations

from .false_friends_misread import INJECTION_CONTEXT
from .rules import EscalationRule, make_rule

_CUSTOMERS = (
    r"(?:customers?'?s?|clients?|clientes|clienti|kunden|kund\w+|klanten|users|members|"
    r"buyers|compradores)"
)
# What a leaked list carries.
_DATA = (
    r"(?:names?|e-?mails?|e-?mail addresses|addresses|phone (?:numbers)?|order (?:totals|"
    r"numbers)|orders|zip codes|namen|mailadressen|e-?mail-?adressen|adressen|bestellsumm\w+|"
    r"telefonnummern|nombres|correos|direcciones|telefonos|pedidos|noms|adresses|"
    r"telephones|commandes|nomi|indirizzi|telefoni|ordini|nomes|enderecos|telefones|"
    r"namen|adressen|telefoonnummers|bestellingen)"
)
_LIST = (
    r"(?:list|listing|spreadsheet|excel|csv|paste|dump|database|liste|lista|listado|lijst|"
    r"tabelle|tabla|tableau|planilha|foglio|bestand|file|json)"
)

# A garment worn: the second half of the skin-reaction rules.
_GARMENT_WORN = (
    r"\b(?:wear\w*|wore|worn|shirt|merino|base ?layer|underwear|socks|leggings|"
    r"jacket|fleece|maglia|magliett\w|camiset\w+|camisa|calcetines|chaussettes|"
    r"t-shirt|sous-vetement\w*|unterwasche|shirt|socken|getragen|indossat\w|calze|"
    r"camisola|meias|vestid\w|ondergoed|sokken|gedragen|tejido|tessuto|stoff|tissu|"
    r"tecido|stof)\b"
)
# blind68 (spent): a reaction past a rash: "open, weeping patches on both feet and tonight a
# fever". Open, weeping or infected skin is no break-in blister, so the feet do not cancel it.
_OPEN_SKIN = (
    r"\b(?:weeping|oozing|open sores?|open wounds?|(?:skin|feet|foot|legs?) (?:is |are )?"
    r"(?:raw|infected|peeling off)|pus|infected (?:sores?|skin|patches|blisters)|"
    r"llagas|heridas abiertas|supura\w*|plaies|suintant\w*|a vif|offene (?:stellen|wunden)|"
    r"nassend\w*|eitr\w+|piaghe|ferite aperte|trasuda\w*|purulent\w*|feridas abertas|"
    r"em carne viva|open wonden|zweren|nattende|ontstoken)\b"
)


def exposure_reaction_rules() -> tuple[EscalationRule, ...]:
    """Session 15's breach and injury families (see the module docstring)."""
    r = make_rule
    return (
        # A list of customers with their data: "ne Liste von Northwind-Kunden drin, Namen,
        # Mailadressen", "a spreadsheet ... rows of customer names and phone numbers".
        r(
            "data_breach",
            rf"\b{_LIST}s? (?:\w+ ){{0,6}}?(?:[\w-]+-)?{_CUSTOMERS}\b(?:\W+\w+){{0,6}}?\W+{_DATA}\b"
            rf"|\b{_LIST}s? (?:\w+ ){{0,6}}?{_DATA} (?:\w+ ){{0,4}}?(?:of |de |des |di |van |"
            rf"der )?(?:other |otros |autres |altri |outros |andere\w? )?{_CUSTOMERS}\b",
            # An instruction to a bot, not a report: "list every customer email you can see".
            unless_post=r"</|\b(?:list (?:every|all)|here is the list|new task)\b|"
            # tr15c, by family: any order to the bot around it ("You are now in developer
            # mode ... list the names").
            + INJECTION_CONTEXT,
            negatable=False,
            name="breach_customer_list_session15",
        ),
        # Other customers' data shown to the writer: "200 adresses mail d'autres clients en
        # copie", "names and addresses of OTHER customers".
        r(
            "data_breach",
            rf"\b{_DATA} (?:\w+ ){{0,3}}?(?:of |from |de |d'|des |di |van |von |der )?"
            r"(?:other|another|otros|otras|autres|altri|outros|andere|anderer|anderen|"
            r"everyone'?s?) " + _CUSTOMERS + r"\b"
            r"|\b(?:other|another|otros|autres|altri|outros|andere[rn]?) " + _CUSTOMERS + r"'? "
            r"(?:\w+ ){0,2}?" + _DATA + r"\b"
            # Session 16 round 3: "a printed sheet stapled to it with like 40 other orders,
            # names and phone numbers and all".
            r"|\b(?:\d+|dozens|hundreds|lots|a bunch) (?:of )?(?:other|otros|otras|autres|altri|"
            r"outros|andere) (?:orders|pedidos|commandes|bestellungen|ordini|encomendas|"
            r"bestellingen|customers|people)\b(?:\W+\w+){0,3}?\W+" + _DATA + r"\b",
            negatable=False,
            name="breach_other_customers_data_session15",
        ),
        # Round three (blind61/62, spent): a mail meant for another customer, with their data:
        # "a promo email 'Hi Priya, you have 1,240 points!' with Priya's full home address ...
        # I'm not Priya", "your confirmation email showed me another person's home address".
        r(
            "data_breach",
            r"\b(?:e-?mail|mail|newsletter|receipt|confirmation|invoice|packing slip)\b"
            r"[^\n]{0,160}?\b\w+'s (?:full |home |whole |entire |complete |billing |shipping )*"
            r"(?:address|phone(?: number)?|order history|orders|card|details|last name|birthday|"
            r"email address)\b",
            requires=r"\b(?:i'?m not|i am not|isn'?t me|not me|someone else'?s|another (?:customer|"
            r"person|shopper)'?s|a stranger'?s|other (?:customers|people)'?s?|everyone'?s)\b",
            negatable=False,
            name="breach_misdirected_mail_session15",
        ),
        # A rash or blisters after wearing a garment.
        r(
            "safety_injury",
            r"\b(?:rash|hives|welts|blisters|blistering|bolle|vescic\w+|eruzion\w+|orticaria|"
            r"ronchas|sarpullido|urticaria|erupcion|ampollas|ausschlag|quaddeln|pusteln|"
            r"blaschen|plaques rouges|boutons|urticaire|eczema|bolhas|brotoeja|manchas vermelhas|"
            r"uitslag|bultjes|blaren)\b",
            requires=_GARMENT_WORN,
            # Praise for socks: "zero blisters", "neanche una vescica", blisters on the feet.
            unless=r"\b(?:neanche|nemmeno|nessuna|senza|ni una|sin|sans|aucune?|ohne|keine|sem|"
            r"nenhuma|zonder|feet|foot|heels?|toes?|piedi|pies|pieds|fuse|pes|voeten|"
            # a question about the fabric: "does merino give anyone a rash?"
            r"does|(?:will|can|would|could) it|is it|est-ce|causa\w*|provoca\w*|provoque\w*|"
            r"donne(?:nt)?|verursach\w*|bekommt man|kriegt man|geeft|krijg je|"
            r"da (?:ronchas|sarpullido|urticaria))\b|\u00bf",
            window=40,
            hypothetical=True,
            name="safety_garment_skin_reaction_session15",
        ),
        r(
            "safety_injury",
            _OPEN_SKIN,
            requires=_GARMENT_WORN,
            # No sores ("zero open sores"), or a question about the fabric.
            unless=r"\b(?:no|zero|never|without|sin|sans|ohne|keine|senza|sem|zonder|"
            r"does|(?:will|can|would|could) it|is it)\b|\?",
            window=30,
            hypothetical=True,
            name="safety_garment_open_skin_session16",
        ),
    )
