"""Place tables for ``places``: countries, regions, cities and metro areas, parsed once at import.

The tables are compact text so that one screen shows a whole country; ``_load`` turns them into
``NAMES`` (lower-cased alias -> entries), ``CODES`` (upper-case code -> (region, country) readings),
``METRO_OF`` (city -> the metro area it belongs to) and ``AMBIGUOUS`` (city -> context hints).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# "CODE:Name/alias/alias;" -- the first name is the canonical one. Two-letter ISO codes are only
# trusted after a comma ("Berlin, DE"); free-standing codes must be listed as aliases ("UK", "USA").
_COUNTRIES = """
AF:Afghanistan; AL:Albania; DZ:Algeria; AD:Andorra; AO:Angola; AG:Antigua and Barbuda; AR:Argentina;
AM:Armenia; AU:Australia; AT:Austria/Österreich; AZ:Azerbaijan; BS:Bahamas/The Bahamas; BH:Bahrain;
BD:Bangladesh; BB:Barbados; BY:Belarus; BE:Belgium/België/Belgique; BZ:Belize; BJ:Benin; BT:Bhutan;
BO:Bolivia; BA:Bosnia and Herzegovina/Bosnia; BW:Botswana; BR:Brazil/Brasil; BN:Brunei; BG:Bulgaria;
BF:Burkina Faso; BI:Burundi; CV:Cape Verde/Cabo Verde; KH:Cambodia; CM:Cameroon; CA:Canada;
CF:Central African Republic; TD:Chad; CL:Chile; CN:China/PRC/Mainland China; CO:Colombia; KM:Comoros;
CG:Republic of the Congo; CD:Democratic Republic of the Congo/DRC/DR Congo; CR:Costa Rica;
CI:Côte d'Ivoire/Cote d'Ivoire/Ivory Coast; HR:Croatia/Hrvatska; CU:Cuba; CY:Cyprus;
CZ:Czech Republic/Czechia; DK:Denmark/Danmark; DJ:Djibouti; DM:Dominica; DO:Dominican Republic;
EC:Ecuador; EG:Egypt; SV:El Salvador; GQ:Equatorial Guinea; ER:Eritrea; EE:Estonia; SZ:Eswatini/Swaziland;
ET:Ethiopia; FJ:Fiji; FI:Finland/Suomi; FR:France; GA:Gabon; GM:Gambia/The Gambia; GE:Georgia;
DE:Germany/Deutschland; GH:Ghana; GR:Greece; GD:Grenada; GT:Guatemala; GN:Guinea; GW:Guinea-Bissau;
GY:Guyana; HT:Haiti; HN:Honduras; HK:Hong Kong/Hong Kong SAR; HU:Hungary; IS:Iceland; IN:India;
ID:Indonesia; IR:Iran; IQ:Iraq; IE:Ireland/Republic of Ireland/Éire; IL:Israel; IT:Italy/Italia;
JM:Jamaica; JP:Japan; JO:Jordan; KZ:Kazakhstan; KE:Kenya; KI:Kiribati; XK:Kosovo; KW:Kuwait;
KG:Kyrgyzstan; LA:Laos; LV:Latvia; LB:Lebanon; LS:Lesotho; LR:Liberia; LY:Libya; LI:Liechtenstein;
LT:Lithuania; LU:Luxembourg; MO:Macau/Macao; MG:Madagascar; MW:Malawi; MY:Malaysia; MV:Maldives; ML:Mali;
MT:Malta; MH:Marshall Islands; MR:Mauritania; MU:Mauritius; MX:Mexico/México; FM:Micronesia;
MD:Moldova; MC:Monaco; MN:Mongolia; ME:Montenegro; MA:Morocco; MZ:Mozambique; MM:Myanmar/Burma;
NA:Namibia; NR:Nauru; NP:Nepal; NL:Netherlands/The Netherlands/Holland/Nederland;
NZ:New Zealand/Aotearoa; NI:Nicaragua; NE:Niger; NG:Nigeria; KP:North Korea;
MK:North Macedonia/Macedonia; NO:Norway/Norge; OM:Oman; PK:Pakistan; PW:Palau; PS:Palestine; PA:Panama;
PG:Papua New Guinea; PY:Paraguay; PE:Peru; PH:Philippines/The Philippines; PL:Poland/Polska;
PT:Portugal; PR:Puerto Rico; QA:Qatar; RO:Romania; RU:Russia/Russian Federation; RW:Rwanda;
KN:Saint Kitts and Nevis; LC:Saint Lucia; VC:Saint Vincent and the Grenadines; WS:Samoa; SM:San Marino;
ST:São Tomé and Príncipe; SA:Saudi Arabia/KSA; SN:Senegal; RS:Serbia; SC:Seychelles; SL:Sierra Leone;
SG:Singapore; SK:Slovakia; SI:Slovenia; SB:Solomon Islands; SO:Somalia; ZA:South Africa/RSA;
KR:South Korea/Korea/Republic of Korea; SS:South Sudan; ES:Spain/España; LK:Sri Lanka; SD:Sudan;
SR:Suriname; SE:Sweden/Sverige; CH:Switzerland/Schweiz/Suisse; SY:Syria; TW:Taiwan; TJ:Tajikistan;
TZ:Tanzania; TH:Thailand; TL:Timor-Leste/East Timor; TG:Togo; TO:Tonga; TT:Trinidad and Tobago;
TN:Tunisia; TR:Turkey/Türkiye/Turkiye; TM:Turkmenistan; TV:Tuvalu; UG:Uganda; UA:Ukraine;
AE:United Arab Emirates/UAE/U.A.E.; GB:United Kingdom/UK/U.K./Great Britain/Britain/GB;
US:United States/USA/U.S./U.S.A./US/United States of America;
UY:Uruguay; UZ:Uzbekistan; VU:Vanuatu; VA:Vatican City; VE:Venezuela; VN:Vietnam/Viet Nam; YE:Yemen;
ZM:Zambia; ZW:Zimbabwe; GI:Gibraltar; IM:Isle of Man; GL:Greenland; FO:Faroe Islands; BM:Bermuda;
KY:Cayman Islands; AW:Aruba; CW:Curaçao/Curacao; RE:Réunion; GU:Guam
"""

# "CC|CODE:Name/alias;" -- regions with their postal codes where a posting would use them.
_REGIONS = """
US|AL:Alabama; US|AK:Alaska; US|AZ:Arizona; US|AR:Arkansas; US|CA:California; US|CO:Colorado;
US|CT:Connecticut; US|DE:Delaware; US|DC:District of Columbia; US|FL:Florida; US|GA:Georgia; US|HI:Hawaii;
US|ID:Idaho; US|IL:Illinois; US|IN:Indiana; US|IA:Iowa; US|KS:Kansas; US|KY:Kentucky; US|LA:Louisiana;
US|ME:Maine; US|MD:Maryland; US|MA:Massachusetts; US|MI:Michigan; US|MN:Minnesota; US|MS:Mississippi;
US|MO:Missouri; US|MT:Montana; US|NE:Nebraska; US|NV:Nevada; US|NH:New Hampshire; US|NJ:New Jersey;
US|NM:New Mexico; US|NY:New York/New York State; US|NC:North Carolina; US|ND:North Dakota; US|OH:Ohio;
US|OK:Oklahoma; US|OR:Oregon; US|PA:Pennsylvania; US|RI:Rhode Island; US|SC:South Carolina;
US|SD:South Dakota; US|TN:Tennessee; US|TX:Texas; US|UT:Utah; US|VT:Vermont; US|VA:Virginia;
US|WA:Washington/Washington State; US|WV:West Virginia; US|WI:Wisconsin; US|WY:Wyoming;
CA|AB:Alberta; CA|BC:British Columbia; CA|MB:Manitoba; CA|NB:New Brunswick;
CA|NL:Newfoundland and Labrador/Newfoundland; CA|NS:Nova Scotia; CA|NT:Northwest Territories;
CA|NU:Nunavut; CA|ON:Ontario; CA|PE:Prince Edward Island/PEI; CA|QC:Quebec/Québec; CA|SK:Saskatchewan;
CA|YT:Yukon; CA|PQ:Quebec;
GB|ENG:England; GB|SCT:Scotland; GB|WLS:Wales; GB|NIR:Northern Ireland;
AU|NSW:New South Wales; AU|VIC:Victoria; AU|QLD:Queensland; AU|WA:Western Australia;
AU|SA:South Australia; AU|TAS:Tasmania; AU|ACT:Australian Capital Territory; AU|NT:Northern Territory;
IN|KA:Karnataka; IN|MH:Maharashtra; IN|TG:Telangana; IN|TN:Tamil Nadu; IN|HR:Haryana;
IN|UP:Uttar Pradesh; IN|KL:Kerala; IN|GJ:Gujarat; IN|WB:West Bengal; IN|RJ:Rajasthan; IN|AP:Andhra Pradesh;
IN|DL:Delhi;
DE|:Bavaria/Bayern; DE|:Baden-Württemberg; DE|:Hesse/Hessen; DE|:North Rhine-Westphalia/NRW;
DE|:Saxony/Sachsen; DE|:Lower Saxony/Niedersachsen; DE|:Brandenburg
"""

# "CC|Region|Metro: City/alias, City; …" -- region and metro may be empty.
_CITIES = """
US|California|San Francisco Bay Area: San Francisco/SF/San Fran, Oakland, Berkeley, San Jose, Palo Alto,
  Mountain View, Sunnyvale, Santa Clara, Menlo Park, Redwood City, Cupertino, Fremont, San Mateo, Foster
  City, South San Francisco, Burlingame, San Carlos, Emeryville, Milpitas, Los Gatos, Pleasanton, Walnut
  Creek, San Bruno, Campbell, Hayward, Livermore
US|California|Greater Los Angeles: Los Angeles/LA/L.A., Santa Monica, Pasadena, Irvine, Long Beach, Culver
  City, Burbank, El Segundo, Playa Vista, Newport Beach, Costa Mesa, Anaheim, Torrance, Santa Ana
US|California|: San Diego, Sacramento, Santa Barbara, Fresno, Carlsbad
US|Washington|Seattle Metropolitan Area: Seattle, Bellevue, Redmond, Kirkland, Tacoma, Bothell
US|Washington|: Spokane; US|Oregon|Portland Metropolitan Area: Beaverton, Hillsboro
US|Texas|Dallas–Fort Worth: Dallas, Fort Worth, Plano, Irving, Frisco
US|Texas|: Austin, Houston, San Antonio, Round Rock, El Paso
US|New York|New York City Metropolitan Area: New York/New York City/NYC/NY City/Manhattan/Brooklyn
US|New York|: Buffalo, Rochester, Albany, Syracuse, Ithaca
US|New Jersey|New York City Metropolitan Area: Jersey City, Newark, Hoboken
US|New Jersey|: Princeton; US|Connecticut|New York City Metropolitan Area: Stamford
US|Connecticut|: Hartford, New Haven; US|Massachusetts|Greater Boston: Boston, Somerville, Waltham
US|Illinois|Chicago Metropolitan Area: Chicago, Evanston
US|Colorado|Denver Metropolitan Area: Denver, Boulder; US|Colorado|: Colorado Springs, Fort Collins
US|Georgia|Metro Atlanta: Atlanta, Alpharetta
US|Florida|: Miami, Tampa, Orlando, Jacksonville, Fort Lauderdale, Boca Raton
US|North Carolina|Research Triangle: Raleigh, Durham, Chapel Hill, Research Triangle Park/RTP
US|North Carolina|: Charlotte
US|Virginia|Washington Metropolitan Area: Arlington, Reston, McLean, Herndon
US|Virginia|: Richmond
US|District of Columbia|Washington Metropolitan Area: Washington DC/Washington D.C./DC/D.C.
US|Maryland|Washington Metropolitan Area: Bethesda, Rockville
US|Maryland|: Baltimore; US|Pennsylvania|: Philadelphia/Philly, Pittsburgh
US|Ohio|: Columbus, Cleveland, Cincinnati; US|Michigan|: Detroit, Ann Arbor
US|Minnesota|Twin Cities: Minneapolis, Saint Paul/St. Paul
US|Missouri|: St. Louis/Saint Louis/St Louis, Kansas City; US|Utah|: Salt Lake City, Lehi, Provo
US|Arizona|: Phoenix, Scottsdale, Tempe, Tucson; US|Nevada|: Las Vegas, Reno
US|Tennessee|: Nashville, Memphis; US|Wisconsin|: Milwaukee, Madison; US|Indiana|: Indianapolis
US|Kentucky|: Louisville; US|Louisiana|: New Orleans; US|Oklahoma|: Oklahoma City, Tulsa
US|Nebraska|: Omaha; US|Iowa|: Des Moines; US|Idaho|: Boise; US|New Mexico|: Albuquerque, Santa Fe
US|Hawaii|: Honolulu; US|Alaska|: Anchorage; US|Rhode Island|: Providence
US|South Carolina|: Charleston, Greenville; US|Alabama|: Huntsville; US|Kansas|: Wichita
US|Arkansas|: Bentonville; US|Delaware|: Wilmington; US|Vermont|: Burlington
CA|Ontario|Greater Toronto Area: Toronto, Mississauga, Markham, Brampton, Vaughan, Oakville
CA|Ontario|: Ottawa, Waterloo, Kitchener; CA|British Columbia|Metro Vancouver: Vancouver, Burnaby
CA|Quebec|Greater Montreal: Montreal/Montréal; CA|Quebec|: Quebec City/Québec City
CA|Alberta|: Calgary, Edmonton; CA|Manitoba|: Winnipeg; CA|Nova Scotia|: Halifax
CA|Saskatchewan|: Saskatoon; GB|England|Greater Manchester: Manchester
GB|England|: Birmingham, Leeds, Bristol, Liverpool, Sheffield, Newcastle/Newcastle upon Tyne, Nottingham,
  Oxford, Brighton, Milton Keynes, Southampton, Leicester, York, Guildford, Coventry, Norwich, Exeter
GB|Scotland|: Edinburgh, Glasgow, Aberdeen, Dundee; GB|Wales|: Cardiff, Swansea
GB|Northern Ireland|: Belfast; IE||: Dublin, Cork, Galway, Limerick; DE|Berlin|: Berlin
DE|Bavaria|: Munich/München/Muenchen, Nuremberg/Nürnberg; DE|Hamburg|: Hamburg
DE|Hesse|: Frankfurt/Frankfurt am Main
DE|North Rhine-Westphalia|: Cologne/Köln, Düsseldorf/Dusseldorf, Bonn, Dortmund, Aachen
DE|Baden-Württemberg|: Stuttgart, Karlsruhe, Heidelberg, Mannheim
DE|Saxony|: Leipzig, Dresden; DE|Lower Saxony|: Hanover/Hannover; DE|Brandenburg|: Potsdam
NL|North Holland|: Amsterdam
NL|South Holland|: Rotterdam, The Hague/Den Haag, Delft, Leiden
NL||: Utrecht, Eindhoven, Groningen
BE||: Brussels/Bruxelles/Brussel, Antwerp/Antwerpen, Ghent/Gent, Leuven
FR|Île-de-France|: Paris
FR||: Lyon, Marseille, Toulouse, Bordeaux, Lille, Nantes, Grenoble, Montpellier, Sophia Antipolis,
  Strasbourg, Rennes
CH||: Zurich/Zürich, Geneva/Genève, Basel, Lausanne, Bern/Berne, Zug, Lugano
AT||: Vienna/Wien, Graz, Linz, Salzburg, Innsbruck; ES|Community of Madrid|: Madrid
ES|Catalonia|: Barcelona
ES||: Valencia, Seville/Sevilla, Málaga/Malaga, Bilbao, Zaragoza, Palma
PT||: Lisbon/Lisboa, Porto/Oporto, Braga, Coimbra
IT||: Milan/Milano, Rome/Roma, Turin/Torino, Bologna, Florence/Firenze, Naples/Napoli, Genoa/Genova
SE||: Stockholm, Gothenburg/Göteborg, Malmö/Malmo, Uppsala, Lund
DK||: Copenhagen/København, Aarhus; NO||: Oslo, Bergen, Trondheim; FI||: Helsinki, Espoo, Tampere, Oulu
IS||: Reykjavik/Reykjavík
PL||: Warsaw/Warszawa, Kraków/Krakow/Cracow, Wrocław/Wroclaw, Gdańsk/Gdansk, Poznań/Poznan, Łódź/Lodz,
  Katowice
CZ||: Prague/Praha, Brno; SK||: Bratislava; HU||: Budapest
RO||: Bucharest/București/Bucuresti, Cluj-Napoca/Cluj, Iași/Iasi, Timișoara/Timisoara
BG||: Sofia, Plovdiv; RS||: Belgrade/Beograd, Novi Sad; HR||: Zagreb; SI||: Ljubljana
GR||: Athens, Thessaloniki; EE||: Tallinn, Tartu; LV||: Riga; LT||: Vilnius, Kaunas
UA||: Kyiv/Kiev, Lviv, Kharkiv, Odesa/Odessa, Dnipro; BY||: Minsk; TR||: Istanbul, Ankara, Izmir
CY||: Limassol, Nicosia; MT||: Valletta
IL||: Tel Aviv/Tel Aviv-Yafo/Tel-Aviv, Jerusalem, Haifa, Herzliya, Ra'anana/Raanana, Petah Tikva
AE||: Dubai, Abu Dhabi; SA||: Riyadh, Jeddah; QA||: Doha; EG||: Cairo; JO||: Amman; LB||: Beirut
KW||: Kuwait City; NG||: Lagos, Abuja; KE||: Nairobi; ZA||: Cape Town, Johannesburg, Pretoria, Durban
GH||: Accra; RW||: Kigali; MA||: Casablanca; TN||: Tunis; ET||: Addis Ababa; UG||: Kampala
IN|Karnataka|: Bengaluru/Bangalore, Mysuru/Mysore; IN|Telangana|: Hyderabad
IN|Maharashtra|: Pune, Mumbai/Bombay, Navi Mumbai; IN|Delhi|Delhi NCR: Delhi/New Delhi
IN|Haryana|Delhi NCR: Gurgaon/Gurugram; IN|Uttar Pradesh|Delhi NCR: Noida
IN|Tamil Nadu|: Chennai/Madras, Coimbatore; IN|West Bengal|: Kolkata/Calcutta; IN|Gujarat|: Ahmedabad
IN|Kerala|: Kochi/Cochin, Thiruvananthapuram/Trivandrum; IN|Rajasthan|: Jaipur; IN||: Chandigarh, Indore
PK||: Karachi, Lahore, Islamabad; BD||: Dhaka; LK||: Colombo; NP||: Kathmandu; SG||: Singapore
HK||: Hong Kong; JP||: Tokyo, Osaka, Kyoto, Fukuoka, Yokohama; KR||: Seoul, Busan, Pangyo
CN||: Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Chengdu
TW||: Taipei, Hsinchu; TH||: Bangkok; MY||: Kuala Lumpur, Penang; ID||: Jakarta
PH|Metro Manila|: Manila, Makati, Taguig; PH||: Cebu; VN||: Ho Chi Minh City/Saigon/HCMC, Hanoi, Da Nang
KZ||: Almaty; UZ||: Tashkent; GE||: Tbilisi; AM||: Yerevan; AZ||: Baku; AU|New South Wales|: Sydney
AU|Victoria|: Melbourne; AU|Queensland|: Brisbane, Gold Coast; AU|Western Australia|: Perth
AU|South Australia|: Adelaide; AU|Australian Capital Territory|: Canberra; AU|Tasmania|: Hobart
NZ||: Auckland, Wellington, Christchurch
BR||: São Paulo/Sao Paulo, Rio de Janeiro, Belo Horizonte, Curitiba, Porto Alegre,
  Florianópolis/Florianopolis, Recife, Campinas, Brasília/Brasilia
MX||: Mexico City/CDMX/Ciudad de México/Ciudad de Mexico, Guadalajara, Monterrey, Querétaro/Queretaro,
  Tijuana
AR||: Buenos Aires, Córdoba/Cordoba, Rosario, Mendoza; CL||: Santiago
CO||: Bogotá/Bogota, Medellín/Medellin, Cali; PE||: Lima; UY||: Montevideo; EC||: Quito; PA||: Panama City
GT||: Guatemala City; VE||: Caracas; DO||: Santo Domingo; PR||: San Juan
"""

# "CC|Region: Metro/alias" -- metro names used in postings; city-derived forms are generated too.
_METROS = """
US|California: San Francisco Bay Area/Bay Area/SF Bay Area/SF Bay/San Francisco Bay/Silicon Valley/SFBA
US|California: Greater Los Angeles/Greater Los Angeles Area/Los Angeles Metropolitan Area/LA Metro
US|Washington: Seattle Metropolitan Area/Greater Seattle/Greater Seattle Area/Seattle Metro/Puget Sound
US|New York: New York City Metropolitan Area/NYC Metro/NYC Metro Area/NYC Area/New York Metro/New York
  Metropolitan Area/Greater New York/Tri-State Area/New York City Area/New York Area/NYC Metropolitan Area
US|Massachusetts: Greater Boston/Greater Boston Area/Boston Metro/Boston Area/Boston Metropolitan Area
US|Illinois: Chicago Metropolitan Area/Chicagoland/Greater Chicago/Chicago Metro/Chicago Area
US|Colorado: Denver Metropolitan Area/Denver Metro/Greater Denver/Denver Area
US|Texas: Dallas–Fort Worth/Dallas-Fort Worth/Dallas Fort Worth/DFW/DFW Metroplex/Dallas Metro
US|Georgia: Metro Atlanta/Atlanta Metro/Greater Atlanta/Atlanta Area
US|North Carolina: Research Triangle/Raleigh-Durham/Triangle Area
US|: Washington Metropolitan Area/DC Metro/DC Metro Area/DMV/Greater Washington/Washington DC Metro
US|Minnesota: Twin Cities/Minneapolis-St. Paul/Minneapolis-Saint Paul
US|Oregon: Portland Metropolitan Area/Portland Metro/Greater Portland
CA|Ontario: Greater Toronto Area/GTA/Greater Toronto/Toronto Area/GTHA
CA|British Columbia: Metro Vancouver/Greater Vancouver/Lower Mainland/Vancouver Metro
CA|Quebec: Greater Montreal/Montreal Metro/Greater Montréal
GB|England: Greater London/London Area/London Metro
GB|England: Greater Manchester
IN|: Delhi NCR/NCR/Delhi-NCR/National Capital Region
"""

# Names that look like places but name no single country; matched so their words are consumed
# (otherwise "New England" would yield England and "Latin America" nothing sensible).
_NOT_PLACES = """Europe/EU/European Union/EMEA/EEA/APAC/Asia Pacific/Asia/LATAM/Latin America/North America/
South America/Central America/Americas/The Americas/Africa/Middle East/MENA/Nordics/Scandinavia/DACH/
Benelux/Worldwide/Anywhere/Global/New England/Pacific Northwest/Midwest/East Coast/West Coast/
Southern California/Northern California/SoCal/NorCal/Oceania/CET/EST/PST/GMT/UTC"""

# City -> readings, first is the default (None region/country: ask the context or leave open).
# Each reading's hints are words whose presence elsewhere in the posting selects it.
AMBIGUOUS: dict[str, tuple[tuple[str | None, str | None, tuple[str, ...]], ...]] = {
    "Cambridge": (
        (None, None, ()),
        ("England", "GB", ("UK", "U.K.", "United Kingdom", "England", "London", "£")),
        ("Massachusetts", "US", ("Massachusetts", "MA", "Boston")),
    ),
    "Portland": (("Oregon", "US", ()), ("Maine", "US", ("Maine", "ME"))),
    "London": (("England", "GB", ()), ("Ontario", "CA", ("Ontario",))),
}


@dataclass(frozen=True)
class Entry:
    """One reading of a name: what kind of place it is and where."""

    kind: str  # "metro" | "city" | "region" | "country" | "none"
    name: str
    region: str | None
    country: str | None
    exact_case: bool = False  # short or all-caps aliases ("SF", "US") must match case exactly


NAMES: dict[str, list[Entry]] = {}
CODES: dict[str, list[tuple[str | None, str]]] = {}
COUNTRY_NAMES: dict[str, str] = {}
METRO_OF: dict[tuple[str, str | None], str] = {}
KIND_ORDER = {"none": 0, "metro": 1, "city": 2, "region": 3, "country": 4}


def _key(alias: str) -> str:
    return " ".join(alias.replace("-", " ").replace("–", " ").split()).casefold()


def _add(alias: str, entry: Entry) -> None:
    letters = [c for c in alias if c.isalpha()]
    exact = len(letters) <= 3 or all(c.isupper() for c in letters)
    bucket = NAMES.setdefault(_key(alias), [])
    if all((e.kind, e.name) != (entry.kind, entry.name) for e in bucket):
        bucket.append(Entry(entry.kind, entry.name, entry.region, entry.country, exact))
        bucket.sort(key=lambda e: KIND_ORDER[e.kind])


def _add_code(code: str, reading: tuple[str | None, str]) -> None:
    readings = CODES.setdefault(code, [])
    if reading not in readings:
        readings.append(reading)


def _items(table: str, sep: str = ";") -> list[str]:
    return [item.strip() for item in " ".join(table.split("\n")).split(sep) if item.strip()]


def _load_countries() -> None:
    for item in _items(_COUNTRIES):
        code, names = item.split(":", 1)
        aliases = names.split("/")
        COUNTRY_NAMES[code] = aliases[0]
        _add_code(code, (None, code))
        for alias in aliases:
            _add(alias, Entry("country", aliases[0], None, code))
            if alias.replace(".", "").isupper():
                _add_code(alias.replace(".", ""), (None, code))


def _load_regions() -> None:
    for item in _items(_REGIONS):
        head, names = item.split(":", 1)
        country, code = head.split("|")
        aliases = names.split("/")
        if code:
            _add_code(code, (aliases[0], country))
        for alias in aliases:
            _add(alias, Entry("region", aliases[0], aliases[0], country))


def _city_lines(table: str) -> list[tuple[list[str], list[str]]]:
    lines: list[str] = []
    for raw in table.strip().splitlines():
        if raw.startswith("  ") and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.strip())
    groups = [group for line in lines for group in line.split("; ")]
    return [(group.split(":", 1)[0].split("|"), _items(group.split(":", 1)[1], ",")) for group in groups]


def _load_cities() -> None:
    for (country, region, metro), cities in _city_lines(_CITIES):
        for city in cities:
            aliases = city.split("/")
            entry = Entry("city", aliases[0], region or None, country)
            for alias in aliases:
                _add(alias, entry)
            if metro:
                METRO_OF[(aliases[0], country)] = metro
    METRO_OF[("London", "GB")] = "Greater London"
    METRO_OF[("Portland", "US")] = "Portland Metropolitan Area"
    for name, readings in AMBIGUOUS.items():
        region, country, _hints = readings[0]
        _add(name, Entry("city", name, region, country))


def _load_metros() -> None:
    for (country, region), names in _city_lines(_METROS.replace("\n  ", " ")):
        for item in names:
            aliases = item.split("/")
            for alias in aliases:
                _add(alias, Entry("metro", aliases[0], region or None, country))
    # "Greater Austin", "Austin Metro Area": a known city's metro, canonical when the table has one.
    for bucket in list(NAMES.values()):
        for city in [e for e in bucket if e.kind == "city" and e.country]:
            metro = METRO_OF.get((city.name, city.country), f"Greater {city.name} Area")
            entry = Entry("metro", metro, city.region, city.country)
            for form in (
                "Greater {}",
                "Greater {} Area",
                "{} Metro",
                "{} Metro Area",
                "{} Metropolitan Area",
            ):
                if _key(form.format(city.name)) not in NAMES:
                    _add(form.format(city.name), entry)


def _load_not_places() -> None:
    for alias in _items(_NOT_PLACES, "/"):
        _add(alias, Entry("none", alias, None, None))


# The same names, case folded, for readers that look names up elsewhere (GeoNames' towns).
NOT_PLACES = frozenset(alias.casefold() for alias in _items(_NOT_PLACES, "/"))


_load_regions()  # before countries: "CA" after a comma is California before Canada
_load_countries()
_load_cities()
_load_metros()
_load_not_places()


@dataclass(frozen=True)
class Reading:
    """A region or country that a qualifier such as ", CA" may mean."""

    region: str | None
    country: str
    strong: bool  # a region, or a country spelt out: may override a city's usual country


_WORD = re.compile(r"[^\W_][\w'’.]*")
_NAME_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-–][ \t]?")
_QUAL_SEP = re.compile(r"[ \t]*([,(]|[-–—])?[ \t]*")
# (?!…): no match starts inside a run of blanks, so a long run is scanned once, not once per blank.
_CLOSE = re.compile(r"(?!(?<=[ \t])[ \t])[ \t]*+\)")


def words_of(text: str) -> tuple[list[re.Match[str]], list[int]]:
    words = list(_WORD.finditer(text))
    return words, [w.start() for w in words]


def _case_ok(raw: str, entry: Entry) -> bool:
    letters = [c for c in raw if c.isalpha()]
    if entry.exact_case:
        return all(c.isupper() for c in letters)  # "US"/"SF" yes, "us"/"Sf" no
    return raw[:1].isupper()


def match_name(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int, list[Entry]] | None:
    """Longest gazetteer name starting at word ``i``: (next word index, end offset, entries)."""
    if not words[i].group()[:1].isupper():
        return None
    # A name runs over words up to the first gap between them that no name holds; each gap is read once.
    last, top = i, min(len(words), i + 6)
    while last + 1 < top and _NAME_GAP.fullmatch(text[words[last].end() : words[last + 1].start()]):
        last += 1
    for j in range(last + 1, i, -1):
        raw = text[words[i].start() : words[j - 1].end()]
        for cand in dict.fromkeys((raw, raw.rstrip("."), raw.removesuffix("'s").removesuffix("’s"))):
            found = NAMES.get(" ".join(cand.replace("-", " ").replace("–", " ").split()).casefold())
            entries = [e for e in found or () if _case_ok(cand, e)]
            if entries:
                return j, words[i].start() + len(cand), entries
    return None


def _read_qualifier(
    text: str, pos: int, words: list[re.Match[str]], starts: list[int]
) -> tuple[list[Reading], int, bool] | None:
    """A region or country right after ``pos`` ("…, CA", "… (US)"): readings, end, comma-separated."""
    sep = _QUAL_SEP.match(text, pos)
    idx = bisect_left(starts, sep.end())
    if sep.end() == pos or idx >= len(words) or starts[idx] != sep.end():
        return None
    token = words[idx].group().rstrip(".")
    code = token.replace(".", "")
    if code.isalpha() and code.isupper() and 2 <= len(code) <= 3 and code in CODES:
        readings = [Reading(r, c, r is not None) for r, c in CODES[code]]
        end = words[idx].start() + len(token)
    else:
        match = match_name(text, words, idx)
        kinds = ("region", "country")
        if not match or match[2][0].kind not in kinds:
            return None
        readings = [Reading(e.region, e.country or "", True) for e in match[2] if e.kind in kinds]
        end = match[1]
    if sep.group(1) == "(":
        close = _CLOSE.match(text, end)
        if not close:
            return None
        end = close.end()
    return readings, end, sep.group(1) in (",", "(")


def read_qualifiers(
    text: str, pos: int, words: list[re.Match[str]], starts: list[int]
) -> tuple[list[Reading], int, bool]:
    """Up to two qualifiers after ``pos``, merged ("ON, Canada" -> Ontario, CA)."""
    first = _read_qualifier(text, pos, words, starts)
    if not first:
        return [], pos, False
    readings, end, comma = first
    second = _read_qualifier(text, end, words, starts)
    if second:
        merged = [r for r in readings if any(s.country == r.country for s in second[0])]
        if merged:
            return merged, second[1], comma
    return readings, end, comma
