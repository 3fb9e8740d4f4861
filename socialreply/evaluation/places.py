"""Places a customer post or a draft names: countries, regions, a few large cities and
demonyms in English, Spanish, French, German, Italian, Portuguese and Dutch, US states,
"international"/"abroad", and flag emoji. Used by `scope` to tell whether a draft grants
something outside a restriction the facts state ("US customers only"). The language a
text is written in is no place.

Each place has a key ("Germany") and tags: its own key, "us" and "contiguous" for the
lower 48, "us" alone for Alaska, Hawaii and Puerto Rico, "eu"/"europe" for its region,
"intl" for anywhere outside the US.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..triage.prefilter import RulePrefilter

_US = frozenset({"us", "contiguous"})
_EU = frozenset({"eu", "europe", "intl"})
_EUROPE = frozenset({"europe", "intl"})
_INTL = frozenset({"intl"})
_CONTIGUOUS_STATES = (
    "Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|"
    "Wisconsin|Wyoming|Nuevo México|Nuevo Mexico|Nova York|Nueva York|Texas|Californie|"
    "Kalifornien|Californië|Califórnia|Floride|Florida|lower 48|contiguous (?:48 states|US)"
)
# (key, tags, case-insensitive names, case-sensitive names). Scanned left to right, the
# first alternative that matches wins: "outside the US" is read before "US", "New Mexico"
# before "Mexico", "Porto Alegre" before "Porto".
_PLACE_TABLE: tuple[tuple[str, frozenset[str], str, str], ...] = (
    (
        "international",
        _INTL,
        r"outside (?:of )?(?:the )?(?:US|U\.S\.|USA|United States)|non-US|international\w*|"
        r"abroad|overseas|other countries|hors des [ÉE]tats-Unis|(?:à l'|a l')[ée]tranger|"
        r"fuera de (?:EE\. ?UU\.?|EEUU|Estados Unidos)|(?:en el |al )extranjero|internacional\w*|"
        r"fora dos (?:EUA|Estados Unidos)|(?:no|para o) exterior|au[ßs]erhalb der (?:USA|"
        r"Vereinigten Staaten)|(?:im|ins|aus dem) Ausland|fuori dagli (?:USA|Stati Uniti)|"
        r"(?:all'|dall')estero|buiten de VS|(?:het|uit het|naar het) buitenland|internationa\w*",
        "",
    ),
    ("us-state", _US, _CONTIGUOUS_STATES, ""),
    (
        "alaska",
        frozenset({"us", "alaska"}),
        "Alaska|Anchorage|Fairbanks|Juneau",
        "",
    ),
    (
        "hawaii",
        frozenset({"us", "hawaii"}),
        "Hawaii|Hawaï|Havaí|Hawái|Honolulu|Maui|Oahu|Kauai",
        "",
    ),
    ("puerto rico", frozenset({"us", "puerto rico"}), "Puerto Rico|Porto Rico|Portorico", ""),
    (
        "the US",
        _US,
        r"United States|Estados Unidos|[ÉE]tats-Unis|Vereinigten? Staaten|Stati Uniti|"
        r"Verenigde Staten",
        r"US|U\.S\.(?:A\.)?|USA|EE\. ?UU\.?|EEUU|EUA|VS",
    ),
    (
        "Canada",
        frozenset({"canada", "intl"}),
        r"Canada|Kanada|Canadá|Canadian\w*|canadien\w*|canadiense\w*|canadense\w*|kanadisch\w*|"
        r"canades[ei]|Canade\w*|Toronto|Montr[ée]al|Vancouver|Calgary|Ottawa|Qu[ée]bec\w*|Banff|"
        r"Edmonton|Winnipeg|Halifax|British Columbia|Colombie-Britannique|Ontario|Alberta",
        "",
    ),
    (
        "the UK",
        frozenset({"uk", "europe", "intl"}),
        r"United Kingdom|Great Britain|Britain|British|England|Scotland|Wales|Royaume-Uni|"
        r"Reino Unido|Vereinigte\w* Königreich|Gro[ßs]britannien|Regno Unito|Verenigd Koninkrijk|"
        r"Inglaterra|Angleterre|Engeland|Inghilterra|Escocia|[ÉE]cosse|Schottland|Esc[óo]cia|"
        r"London|Londres|Londen|Londra|Manchester|Edinburgh|britannique\w*|brit[áâ]nic\w*|"
        r"britisch\w*|britannic\w*",
        r"UK|U\.K\.|Brits",
    ),
    (
        "Ireland",
        _EU,
        r"Ireland|Irlanda|Irlande|Irland|Ierland|Irish|irland[ée]s\w*|irlandais\w*|irisch\w*|"
        r"Dublin",
        "",
    ),
    (
        "France",
        _EU,
        r"France|Francia|França|Frankreich|Frankrijk|Paris|Lyon|Marseille|Toulouse|Bordeaux|"
        r"Nantes|Lille|Strasbourg",
        "",
    ),
    (
        "Germany",
        _EU,
        r"Germany|Alemania|Alemanha|Allemagne|Deutschland|Germania|Duitsland|Berl[ií]n|Munich|"
        r"München|Hamburg|Köln|Cologne|Frankfurt|Stuttgart|Düsseldorf",
        "",
    ),
    (
        "Austria",
        _EU,
        r"Austria|Áustria|Autriche|Österreich|Oostenrijk|Austrian|österreichisch\w*|"
        r"autrichien\w*|austriac\w*|austr[ií]ac\w*|Vienna|Wien|Viena|Vienne|Salzburg|Innsbruck|Graz",
        "",
    ),
    (
        "Switzerland",
        _EUROPE,
        r"Switzerland|Suiza|Suíça|Suisse|Schweiz|Svizzera|Zwitserland|Swiss|suiz[oa]s?|"
        r"suíç[oa]s?|schweizer\w*|svizzer\w*|Zurich|Zürich|Geneva|Genève|Genf|Lausanne|Basel|Bâle",
        "",
    ),
    (
        "Italy",
        _EU,
        r"Italy|Italia|Itália|Italie|Italien|Italië|Rome|Roma|Milan|Milano|Mailand|Florence|"
        r"Firenze|Napoli|Naples|Torino|Turin|Venezia|Venice|Bologna",
        "",
    ),
    (
        "Spain",
        _EU,
        r"Spain|España|Espanha|Espagne|Spanien|Spagna|Spanje|Madrid|Barcelona|Barcelone|"
        r"Valencia|Sevilla|Seville|Séville|Bilbao|M[áa]laga",
        "",
    ),
    (
        "Brazil",
        frozenset({"brazil", "intl"}),
        r"Brazil|Brasil|Brésil|Brasilien|Brasile|Brazilië|Brazilian\w*|brasileir[oa]s?|"
        r"brasileñ[oa]s?|brésilien\w*|brasilianisch\w*|brasilian[oie]|Braziliaan\w*|"
        r"S[ãa]o Paulo|Rio de Janeiro|Bras[íi]lia|Belo Horizonte|Curitiba|Porto Alegre|Recife|"
        r"Fortaleza",
        "",
    ),
    (
        "Portugal",
        _EU,
        r"Portugal|Portogallo|Lisbon|Lisboa|Lisbonne|Lissabon|Coimbra|Algarve",
        "Porto",
    ),
    (
        "the Netherlands",
        _EU,
        r"Netherlands|Nederland|Holland|Países Bajos|Países Baixos|Pays-Bas|Niederlande\w*|"
        r"Paesi Bassi|Holanda|Hollande|Olanda|Amsterdam|Rotterdam|Utrecht|Den Haag|The Hague|"
        r"Eindhoven|Groningen",
        "",
    ),
    (
        "Belgium",
        _EU,
        r"Belgium|Bélgica|Belgique|Belgien|Belgio|België|Belgian|belga|belge|belgisch\w*|"
        r"Brussels|Bruxelles|Brussel|Brüssel|Antwerp|Antwerpen|Anvers|Ghent|Liège",
        "",
    ),
    ("Luxembourg", _EU, r"Luxembourg|Luxemburgo?|Lussemburgo", ""),
    (
        "Denmark",
        _EU,
        r"Denmark|Dinamarca|Danemark|Dänemark|Danimarca|Denemarken|Copenhagen|København",
        "",
    ),
    ("Sweden", _EU, r"Sweden|Suecia|Suécia|Suède|Schweden|Svezia|Zweden|Stockholm", ""),
    ("Finland", _EU, r"Finland|Finlandia|Finlândia|Finlande|Finnland|Helsinki", ""),
    ("Norway", _EUROPE, r"Norway|Noruega|Norvège|Norwegen|Norvegia|Noorwegen|Oslo", ""),
    (
        "Iceland",
        _EUROPE,
        r"Iceland|Islandia|Islândia|Islande|Islanda|IJsland|Reykjav[ií]k",
        "Island",
    ),
    ("Poland", _EU, r"Poland|Polonia|Polônia|Pologne|Polen|Warsaw|Warszawa|Varsovie", ""),
    (
        "Czechia",
        _EU,
        r"Czech Republic|Czechia|Chequia|República Checa|Tchéquie|Tschechien|Repubblica Ceca|"
        r"Tsjechië|Prague|Prag|Praga",
        "",
    ),
    ("Greece", _EU, r"Greece|Grecia|Grécia|Grèce|Griechenland|Griekenland|Athens|Athènes", ""),
    (
        "the EU",
        _EU,
        r"European Union|Union européenne|Unión Europea|União Europeia|Europäische\w* Union|"
        r"Unione europea|Europese Unie",
        r"EU|UE",
    ),
    ("Europe", _EUROPE, r"Europe|Europa|European|européen\w*|europe[oa]s?|europäisch\w*", ""),
    (
        "Australia",
        frozenset({"australia", "intl"}),
        r"Australia|Austrália|Australie|Australien|Australië|Australian\w*|australien\w*|"
        r"australian[oa]s?|australisch\w*|Sydney|Melbourne|Brisbane|Perth|Adelaide",
        "",
    ),
    (
        "New Zealand",
        frozenset({"new zealand", "intl"}),
        r"New Zealand|Nueva Zelanda|Nova Zelândia|Nouvelle-Zélande|Neuseeland|Nuova Zelanda|"
        r"Nieuw-Zeeland|Auckland|Wellington|Christchurch",
        "NZ",
    ),
    (
        "Japan",
        frozenset({"japan", "intl"}),
        r"Japan|Japón|Japão|Japon|Giappone|Tokyo|Tokio|Osaka",
        "",
    ),
    (
        "South Korea",
        frozenset({"south korea", "intl"}),
        r"South Korea|Korea|Corea del Sur|Corée du Sud|Südkorea|Coreia do Sul|Corea del Sud|"
        r"Zuid-Korea|Seoul|Séoul|Seúl",
        "",
    ),
    ("Singapore", frozenset({"singapore", "intl"}), r"Singapore|Singapur|Singapura|Singapour", ""),
    (
        "Mexico",
        frozenset({"mexico", "intl"}),
        r"Mexico|México|Mexique|Mexiko|Messico|Mexican\w*|mexican[oa]s?|mexicain\w*|"
        r"mexikanisch\w*|messican[oi]|Guadalajara|Monterrey|Canc[úu]n",
        "CDMX",
    ),
    (
        "Chile",
        frozenset({"chile", "intl"}),
        r"Chile|Cile|Chilean\w*|chilen[oa]s?|chilien\w*|chilenisch\w*",
        "Chili",
    ),
    ("Israel", frozenset({"israel", "intl"}), r"Israel|Israël|Israele|Israeli|Tel Aviv", ""),
    (
        "the UAE",
        frozenset({"uae", "intl"}),
        r"United Arab Emirates|Emiratos [ÁA]rabes Unidos|Emirados [ÁA]rabes Unidos|"
        r"[ÉE]mirats arabes unis|Vereinigte\w* Arabische\w* Emirate\w*|Emirati Arabi Uniti|"
        r"Verenigde Arabische Emiraten|Dubai|Dubái|Abu Dhabi",
        r"UAE|EAU|VAE",
    ),
    (
        "Argentina",
        frozenset({"argentina", "intl"}),
        r"Argentina|Argentine|Argentinien|Argentinië|Buenos Aires",
        "",
    ),
    (
        "Colombia",
        frozenset({"colombia", "intl"}),
        r"Colombia|Colômbia|Colombie|Kolumbien|Bogot[áa]",
        "",
    ),
    ("Peru", frozenset({"peru", "intl"}), r"Peru|Perú|Pérou", ""),
    (
        "South America",
        _INTL,
        r"South America|Latin America|Am[ée]rica (?:do Sul|del Sur|Latina)|Amérique (?:du Sud|"
        r"latine)|Südamerika|Lateinamerika|America (?:del Sud|Latina)|Zuid-Amerika|"
        r"Latijns-Amerika|Latinoam[ée]rica",
        "",
    ),
    ("China", frozenset({"china", "intl"}), r"China|Chine|Cina|Beijing|Shanghai|Hong Kong", ""),
    ("India", frozenset({"india", "intl"}), r"India|Índia|Inde|Indien", ""),
    (
        "South Africa",
        frozenset({"south africa", "intl"}),
        r"South Africa|Sudáfrica|África do Sul|Afrique du Sud|Südafrika|Sudafrica|Zuid-Afrika",
        "",
    ),
)


# Flags name places too ("do you ship to canada?? 🇨🇦").
_FLAG_CODES = {
    "US": "the US",
    "CA": "Canada",
    "GB": "the UK",
    "IE": "Ireland",
    "FR": "France",
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "IT": "Italy",
    "ES": "Spain",
    "BR": "Brazil",
    "PT": "Portugal",
    "NL": "the Netherlands",
    "BE": "Belgium",
    "DK": "Denmark",
    "SE": "Sweden",
    "FI": "Finland",
    "NO": "Norway",
    "IS": "Iceland",
    "PL": "Poland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "JP": "Japan",
    "KR": "South Korea",
    "SG": "Singapore",
    "MX": "Mexico",
    "CL": "Chile",
    "IL": "Israel",
    "AE": "the UAE",
    "AR": "Argentina",
    "CO": "Colombia",
    "PE": "Peru",
    "CN": "China",
    "IN": "India",
    "ZA": "South Africa",
    "EU": "the EU",
}
_FLAGS = {
    "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code): key
    for code, key in _FLAG_CODES.items()
}
_FLAG = re.compile("|".join(_FLAGS))


def _top_level(names: str) -> list[str]:
    """The alternatives of a pattern at its top level ("a|(?:b|c)d" -> "a", "(?:b|c)d")."""
    parts: list[str] = []
    depth = 0
    current = ""
    escaped = False
    for ch in names:
        if escaped:
            current += ch
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    return [p for p in parts if p]


_EDGE_BEFORE = r"(?<![\w@.-])"
_EDGE_AFTER = r"(?![\w@])"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[tuple[re.Pattern[str], str], ...], RulePrefilter, re.Pattern[str]]:
    """One case-insensitive pattern per name (found through a literal prefilter), and
    one case-sensitive pattern for the codes ("US", "EU", "VS") and ambiguous words."""
    named: list[tuple[re.Pattern[str], str]] = []
    exact: list[str] = []
    for key, _, names, codes in _PLACE_TABLE:
        for name in _top_level(names):
            named.append((re.compile(f"{_EDGE_BEFORE}(?:{name}){_EDGE_AFTER}", re.I), key))
        if codes:
            exact.append(f"(?P<p{len(exact)}>{codes})")
    exact_re = re.compile(f"{_EDGE_BEFORE}(?:{'|'.join(exact)}){_EDGE_AFTER}")
    return tuple(named), RulePrefilter([p for p, _ in named]), exact_re


_EXACT_KEYS = [row[0] for row in _PLACE_TABLE if row[3]]
TAGS = {row[0]: row[1] | {row[0]} for row in _PLACE_TABLE}


def places(text: str) -> frozenset[str]:
    """The places `text` names, as keys of the table. Where two names overlap the
    earlier, then the longer, wins: "outside the US" is no US, "New Mexico" no Mexico."""
    named, prefilter, exact = _rules()
    spans: list[tuple[int, int, str]] = []
    for index in prefilter.candidates(text):
        pattern, key = named[index]
        spans.extend((m.start(), -m.end(), key) for m in pattern.finditer(text))
    spans.extend(
        (m.start(), -m.end(), _EXACT_KEYS[int(str(m.lastgroup)[1:])]) for m in exact.finditer(text)
    )
    spans.extend((m.start(), -m.end(), _FLAGS[m.group(0)]) for m in _FLAG.finditer(text))
    found: set[str] = set()
    reached = -1
    for start, neg_end, key in sorted(spans):
        if start >= reached:
            found.add(key)
            reached = -neg_end
    return frozenset(found)


def tags_of(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(tag for key in keys for tag in TAGS[key])
