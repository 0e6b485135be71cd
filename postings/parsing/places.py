"""Locations, work mode, remote restrictions and relocation help in a job posting's text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from ._employer_evidence import function_words
from ._gazetteer import (
    AMBIGUOUS,
    CODES,
    COUNTRY_NAMES,
    METRO_OF,
    Entry,
    Reading,
    match_name,
    read_qualifiers,
    words_of,
)
from ._geonames import REGIONS as _REGIONS_OF_WORLD
from ._geonames import city, country_code, labelled_cities
from .people import is_job_noun
from .regions import regions_in
from .skills import is_skill_name


@dataclass(frozen=True)
class Place:
    """A city, metro area, region or country; ``country`` is ISO 3166 alpha-2."""

    name: str
    region: str | None = None
    country: str | None = None


_DC = re.compile(r"\bWashington,?\s+D\.?\s?C\b\.?")
# Words that start a capitalised run but are never part of a place name ("Remote, Canada").
_NOT_HEAD = re.compile(
    r"a|an|and|any|at|based|by|for|from|full|hybrid|in|jobs?|locations?|must|near|of|offices?|on|onsite|only|or"
    r"|our|position|remote|role|site|team|the|to|us|we|with|within|work"
    # a label glued to its value by a scraper: "Localisation Castelnau-le-Lez, France"
    r"|localisation|localizaci[oó]n|ubicaci[oó]n|standort|arbeitsort|lieu|luogo|locatie|lokalizacja",
    re.I,
)
_LINE_FILLER = re.compile(
    r"(?:[\s,;:/|()•·*&+.\-–—]|\b(?:remote|hybrid|on-?site|in[- ]office|or|and|only|locations?|based|"
    r"offices?|flexible|anywhere|multiple)\b)*",
    re.I,
)


def _readings_for(entries: list[Entry], context: str) -> list[tuple[Entry, str | None, str | None]]:
    """Where a name may be, best first; ambiguous cities ask the rest of the posting."""
    out = []
    for entry in entries:
        options = AMBIGUOUS.get(entry.name) if entry.kind == "city" else None
        if not options:
            out.append((entry, entry.region, entry.country))
            continue
        hinted = [o for o in options if any(_mentions(context, hint) for hint in o[2])]
        for region, country, _hints in hinted + [o for o in options if o not in hinted]:
            out.append((entry, region, country))
    return out


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _fits(region: str | None, country: str | None, reading: Reading) -> bool:
    return country == reading.country and (reading.region is None or region in (None, reading.region))


# US states whose codes are Brazilian states' too (AL Alagoas, MA Maranhão, MS and MT Mato Grosso, PA Pará,
# SC Santa Catarina): after a town GeoNames knows in Brazil, in a posting in Portuguese, the code is Brazil's
# ("Bethlehem, PA" is Belém's English name too, and in Pennsylvania).
_PORTUGUESE = re.compile(
    r"(?i:\b(?:vagas?|você|não|salário|benefícios|experiência|empresa|contratação)\b|ções\b)"
)
_BRAZILIAN_CODES = frozenset(
    {"Alabama", "Massachusetts", "Mississippi", "Montana", "Pennsylvania", "South Carolina"}
)


def _place_for(
    head: str, entries: list[Entry], quals: list[Reading], comma: bool, context: str
) -> tuple[Place | None, bool]:
    """The place a name and its qualifiers mean, and whether the qualifiers belong to it."""
    if not entries:
        # "Accounts Officer, CO": a job and its country office, no town of Colorado
        if not (quals and comma) or any(is_job_noun(word) for word in head.split()):
            return None, False
        # "Haarlem, NL": of the code's readings (Newfoundland and Labrador, the Netherlands), the country
        # where GeoNames knows a town of that name
        known = city(head) if len(quals) > 1 or quals[0].region in _BRAZILIAN_CODES else None
        brazil = known and known[0] == "BR" and quals[0].region in _BRAZILIAN_CODES
        if brazil and _PORTUGUESE.search(context):  # "Belém, PA" in a Brazilian posting is in Pará
            return Place(head, None, "BR"), True
        reading = next((q for q in quals if known and q.country == known[0]), quals[0])
        return Place(head, reading.region, reading.country), True
    if entries[0].kind == "none":
        return None, False
    readings = _readings_for(entries, context)
    for entry, region, country in readings:
        for q in quals:
            if _fits(region, country, q):
                return Place(entry.name, region or q.region, country), True
    entry, region, country = readings[0]
    override = next((q for q in quals if q.strong), None) if comma else None
    if override and country == "BR" and override.region in _BRAZILIAN_CODES and _PORTUGUESE.search(context):
        return Place(entry.name, None, country), True
    if override and entry.kind in ("city", "metro"):
        return Place(entry.name, override.region, override.country), True
    if entry.kind == "country":
        return Place(entry.name, None, entry.country), False
    return Place(entry.name, region, country), False


def _shouted_article(before: str, word: str, entries: list[Entry]) -> bool:
    """Whether an upper-case abbreviation that is a small word too ("LA", "DE") follows another small word
    of a shouted line ("BASES DE LA CONVOCATÒRIA"); not after an English one ("OFFICE IN LA", "NEW YORK AND
    LA")."""
    return (
        all(entry.exact_case for entry in entries)
        and before in _ROMANCE_BEFORE
        and word in _ROMANCE_SMALL_WORDS
    )


# Articles and prepositions of Romance languages that are places' codes too ("LA", "DE", "ES", "IN"), and
# the small words before them in a shouted line.
_ROMANCE_SMALL_WORDS = frozenset(str.split("LA LE EL DE DA DO DI EN ES AL IN"))
_ROMANCE_BEFORE = frozenset(str.split("DE DEL EN A DU DI DA DO POR PER SUR CON Y E ET"))


def _head_run(text: str, words: list[re.Match[str]], i: int) -> int:
    """Index after a run of up to three capitalised words that could name an unknown town, or of a name
    joined by hyphens ("Castelnau-le-Lez", "Saint-Rémy-de-Provence"); none from the tail of such a name."""
    start = words[i].start()
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return i  # "Lez" of "Castelnau-le-Lez" is no town of its own
    j = spaced = i
    while j < len(words) and spaced - i < 3 and j - i < 6:
        word = words[j].group()
        gap = text[words[j - 1].end() : words[j].start()] if j > i else ""
        if gap == "-" and word in _COMPOUND_LINKS:
            j += 1
            continue
        if not (word[:1].isupper() and (word.isalpha() or word in _ABBREVIATED)) or _NOT_HEAD.fullmatch(word):
            break
        if j > i and gap not in (" ", "-"):
            break
        spaced += gap != "-"
        j += 1
    while j > i + 1 and words[j - 1].group() in _COMPOUND_LINKS:
        j -= 1  # "Castelnau-le" ends on its link: the run stops before it
    return j


# The small words inside a hyphenated place name: "Castelnau-le-Lez", "Villeneuve-lès-Avignon".
_COMPOUND_LINKS = frozenset(
    str.split("le la les lès lez de du des d en sur sous aux au et am an im in der den bei ob upon on")
)


_ABBREVIATED = frozenset(
    {"St.", "Ste.", "Ft.", "Mt.", "Pt."}
)  # "St. George": Saint, Sainte, Fort, Mount, Point
_COUNTY = re.compile(r"(?<![ \t])[ \t]++(?:County|Parish|Township|Borough)\b")


def _hits(text: str, context: str = "") -> list[tuple[Place | None, int, int]]:
    """Every place named in a short string, with the span it covers (None for non-places)."""
    return list(_cached_hits(text, context))


# A posting's lines and spans are read again by each reader (labels, header lines, hiring context,
# restrictions), and short strings such as "Remote" recur across postings.
@lru_cache(maxsize=2048)
def _cached_hits(text: str, context: str) -> tuple[tuple[Place | None, int, int], ...]:
    return tuple(_find_hits(text, context))


def _find_hits(text: str, context: str) -> list[tuple[Place | None, int, int]]:
    text = _DC.sub(lambda m: "Washington DC".ljust(len(m.group())), text)  # same length: offsets hold
    words, starts = words_of(text)
    hits: list[tuple[Place | None, int, int]] = []
    i = 0
    while i < len(words):
        match = match_name(text, words, i)
        if match and i > 0 and _shouted_article(words[i - 1].group(), words[i].group(), match[2]):
            match = None  # "BASES DE LA CONVOCATÒRIA": an article in a shouted heading, not Los Angeles
        if match:
            j, end, entries = match
            head = text[words[i].start() : end]
        else:
            j = _head_run(text, words, i)
            if j == i:
                i += 1
                continue
            end, entries, head = words[j - 1].end(), [], text[words[i].start() : words[j - 1].end()]
        kind = entries[0].kind if entries else None
        county = _COUNTY.match(text, end)
        if county:  # "Bergen County" in New Jersey is no Bergen: a county, not the city it shares a name with
            hits.append((None, words[i].start(), county.end()))
            i = bisect_left(starts, county.end())
            continue
        quals, qend, comma = (
            read_qualifiers(text, end, words, starts) if kind != "country" else ([], end, False)
        )
        place, used = _place_for(head, entries, quals, comma, context or text)
        if place is None and not entries:
            i += 1
            continue
        end = qend if used else end
        if kind == "metro":  # "(Alameda, Contra Costa, … counties)" explains the metro: skip it
            paren = re.compile(r"\s*\([^)]*\)?").match(text, end)
            end = paren.end() if paren else end
        hits.append((place, words[i].start(), end))
        i = bisect_left(starts, end)
    return hits


def parse_place(text: str) -> Place | None:
    """The first place in one location string ("Toronto, ON, Canada"); None for "Remote" alone."""
    return _coded_place(text) or next((p for p, _s, _e in _hits(text) if p is not None), None)


# A scraper's "City, REGION, CC" ("Bolton, ENG, GB", "MH, IN" for Maharashtra, India): the last part is the
# country's ISO code, so the part before it is that country's region, never a US state.
_CODED = re.compile(
    r"^[ \t]*+(?:(?P<city>[^,\n]{2,60}),[ \t]*+)?(?P<region>[A-Z]{2,3}),[ \t]*+(?P<country>[A-Z]{2})[ \t]*$"
)


def _coded_place(text: str) -> Place | None:
    found = _CODED.match(text) if isinstance(text, str) and len(text) <= 80 else None
    if not found or (None, found["country"]) not in CODES.get(found["country"], []):
        return None
    region = next(
        (name for name, country in CODES.get(found["region"], []) if country == found["country"]), None
    )
    if region is None or found["region"] == found["country"]:
        return None
    return Place((found["city"] or region).strip(), region, found["country"])


_HIRING = re.compile(
    r"(?=\b[blsrwhocpjifa]|^)(?:"
    r"\b(?:(?:based|located|situated|residing|reside|resident|living|live|work|working|relocate|relocating|"
    r"hiring|hire)\s+(?:in|within|near|out\s+of|to|from)|offices?\s+(?:located\s+)?in|candidates\s+in|"
    r"(?:position|role|job)\s+is\s+in|(?:in|from|at)\s+our)\s+"
    r"|^[ \t•*-]*(?:job\s+|work\s+|office\s+)?locations?\s*[:\-–—]\s*"
    r")",
    re.I | re.M,
)
_HEADQUARTERS = re.compile(
    r"\b(?:headquartered|headquarters|HQ['’]?d?|head\s+office)\s+(?:is\s+)?(?:in|at)\s+", re.I
)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bFt)(?<!\bMt)[.!?;](?=\s|$)|\n")
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z'’]*")
# Lower-case words a list of places may contain; any other ends the span ("…London, working with…").
_SPAN_WORDS = re.compile(
    r"the|and|or|either|of|our|one|in|areas?|metro|metropolitan|greater|based|only|offices?|city|state|region"
    r"|near|around|within|any|hubs?|locations?|remote|remotely|hybrid|onsite",
    re.I,
)


def _span_after(text: str, pos: int) -> str:
    """The stretch of one sentence after a trigger that can still be a list of places."""
    span = text[pos : pos + 200]
    stop = _SENTENCE_END.search(span)
    span = span[: stop.start()] if stop else span
    close = span.find(")")
    if close >= 0 and "(" not in span[:close]:  # the trigger sat inside brackets that end here
        span = span[:close]
    for word in _LOWER_WORD.finditer(span):
        if not _SPAN_WORDS.fullmatch(word.group()):
            return span[: word.start()]
    return span


def _places_after(pattern: re.Pattern[str], text: str) -> list[Place]:
    return [p for m in pattern.finditer(text) for p, _s, _e in _hits(_span_after(text, m.end()), text) if p]


def _place_lines(text: str, limit: int = 12) -> list[Place]:
    """Places from short lines near the top that hold nothing but places ("San Francisco Bay Area (US)")."""
    found: list[Place] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()][:limit]
    for line in lines:
        if len(line) > 80:
            continue
        hits = _hits(line, text)
        if not any(p for p, _s, _e in hits):
            found += _town_and_country(line)
            continue
        rest = list(line)  # the line with every hit blanked out
        for _p, start, end in hits:
            rest[start:end] = " " * len(rest[start:end])
        if _LINE_FILLER.fullmatch("".join(rest)):
            found.extend(p for p, _s, _e in hits if p)
        else:  # "Mercure Nairobi Upper Hill, Nairobi, Kenya": a site, then its town and country after a comma
            place, start, end = hits[-1]
            comma = line.rfind(",", 0, start)
            if (
                place
                and place.country
                and comma != -1
                and _TRAILING_PLACE.fullmatch(line, end)
                and _LINE_FILLER.fullmatch(line, comma, start)
            ):
                found.append(place)
    return found


_TRAILING_PLACE = re.compile(r"[\s.)]*")
_TOWN_AND_COUNTRY = re.compile(r"(?P<town>[^\W\d_][^,\d]{1,40}),[ \t]*(?P<country>[^\W\d_][^,\d]{1,40})")


def _town_and_country(line: str) -> list[Place]:
    """A header line "Noumea, New Caledonia": a town GeoNames knows in the country named after it (a country
    or territory the curated table does not list)."""
    found = _TOWN_AND_COUNTRY.fullmatch(line.strip(" .\t"))
    if not found:
        return []
    town, code = found["town"].strip(), country_code(found["country"].strip())
    hit = city(town) if code else None
    return [Place(town, None, code)] if hit and hit[0] == code else []


def _specificity(place: Place) -> int:
    if place.country and place.name == COUNTRY_NAMES.get(place.country):
        return 0
    return 1 if place.region == place.name else 2


def _merge(places: Iterable[Place]) -> list[Place]:
    """Deduplicate, keep a metro over its member cities, and a city over its bare region or country."""
    unique: dict[tuple[str, str | None], Place] = {}
    for place in places:
        key = (place.name.casefold(), place.country)
        if key not in unique or (place.region and not unique[key].region):
            unique[key] = place
    kept = list(unique.values())
    metros = {p.name for p in kept}
    out = []
    for place in kept:
        if METRO_OF.get((place.name, place.country)) in metros:
            continue
        rank = _specificity(place)
        inside = [o for o in kept if o.country == place.country and _specificity(o) > rank]
        if rank < 2 and any(rank == 0 or o.region == place.region for o in inside):
            continue
        if place.country is None and any(o.name == place.name and o.country for o in kept):
            continue
        out.append(place)
    return out


_DEPARTMENT = re.compile(r"^\s*\d{1,3}[AB]?\s*-\s*(?=\S)")


def _title_cased(value: str) -> str:
    """A labelled place written in capitals, as words: France Travail's "LA ROCHELLE" is "La Rochelle", not
    "LA" (Los Angeles) and more."""
    letters = [c for c in value if c.isalpha()]
    return value.title() if len(letters) > 3 and all(c.isupper() for c in letters) else value


def find_places(text: str, *, labelled: Sequence[str] = ()) -> list[Place]:
    """Where the role is: labelled locations first, then places named in hiring context."""
    found = []
    for value in labelled or ():
        if isinstance(value, str):
            department = _DEPARTMENT.match(value)
            value = _DEPARTMENT.sub("", value)  # "17 - LA ROCHELLE": a French department's number first
            coded = _coded_place(value)  # "MH, IN": Maharashtra, India
            value = value if coded else _title_cased(value)
            hits = [] if coded else [(p, start) for p, start, _e in _hits(value, text) if p]
            known = [coded] if coded else [p for p, _start in hits]
            if hits and hits[0][1] > 0 and "," in value:
                known = _first_city(value, known) or _town_of_region(value, known) or known
            # A labelled city the curated table does not know: GeoNames, in the posting's own spelling.
            known = known or [Place(name, None, country) for name, country in labelled_cities(value)]
            known = known or _addressed(value)
            if len(known) == 1 and _country_level(known[0]) and "," in value:  # "France, Aix en Provence"
                known = _city_after_country(value, known[0]) or known
            known = [_fuller(value, place) for place in known[:1]] + known[1:]
            if department and not coded:  # "64 - BAYONNE" is the Basque coast's, not New Jersey's
                known = [p if p.country == "FR" else Place(p.name, None, "FR") for p in known[:1]]
            found += known
    found += _place_lines(text)
    found += _places_after(_HIRING, text)
    if not found:  # "Work mostly in Riga", "im Herzen von München", "à Paris": a city in prose
        found = _prose_cities(text)
    if not found:  # "care workers at our Bradford Branch", "our London office"
        found = _site_cities(text)
    if not found:  # a postal address: "1701 Fribourg", "D-80331 München", "Reese MI USA 48757"
        found = _address_cities(text)
    if not found:  # a town on a line of its own in the posting's header ("Ascheberg" under the employer)
        found = _header_towns(text)
    if not found:  # the company's headquarters only when the posting says nothing better
        found = _places_after(_HEADQUARTERS, text)
    if all(_specificity(place) < 2 for place in found):  # nothing finer than a country or a region
        dated = _dateline_city(text)
        if dated and (not found or any(place.country == dated.country for place in found)):
            found = [dated, *found]
    if not found:  # "The University of Groningen offers …": a university named for its city
        found = _university_city(text)
    if not found:  # "横浜市内にて", "成都市金牛区": a Japanese or Chinese city named in the text
        found = _cjk_cities(text)
    return _merge(found)


# A place's name: one to four words, each opening with a letter ("Roissy-CDG", "Kgapane Hospital").
_WRITTEN_PLACE = re.compile(r"[^\W\d_][\w'’.-]*+(?:[ \t]++[^\W\d_][\w'’.-]*+){0,3}")
_LABELLED_PART = re.compile(r"(?<![ \t])[ \t]*+[,;|(\[/•·]|(?<![ \t])[ \t]++[-–—][ \t]")
# What a location label holds when it names no place: "Head Office", "Various", "TBC", "Multiple Locations".
_NO_PLACE = re.compile(
    r"(?:head|main|our|all|any|various|multiple|several|different|other)(?:[ \t]++\w++)*+|tb[acd]|n/?a|none"
    r"|flexible|anywhere|nationwide|countrywide|statewide|national|international|worldwide|global|online"
    r"|virtual|home|(?:home|field|office|site|client)[- ]based|(?:on|off)[- ]site|in[- ]office|see\b.*+"
    r"|to[ \t]be\b.*+|negotiable|varies|locations?|office|hq|campus"
    # a remote job and its region ("Remoto", "Remote job", "EMEA"), "nationwide" in Dutch, a street
    r"|remot[eo]\b.*+|t[eé]l[eé]trava[il]+|emea|apac|latam|amer|landelijk|rua|calle|avenida|street|road",
    re.I,
)
# Words of a department, an office or a kind of workplace, not of a place's name: "Dept. On Aging", "Human
# Resources", "Town Council", "Corporate Office", "Distribution Center", "Client Sites", "Night Shift",
# "Oficina Central", "Secteur Nord", "Deutschlandweit".
_OFFICE_WORD = re.compile(
    r"(?<![^\W\d_])(?:dept|department|departamento|division|administraci[oó]n|administration|operations|mgt"
    r"|council|resources|services|unit|corporate|headquarters|cent(?:er|re)s?|sites?|homes?|shifts?"
    r"|confidential|clients?|community|oficina|secteur|sector|branch(?:es)?|stores?|warehouses?|depots?"
    r"|facilit(?:y|ies)|[^\W\d_]*?weit)(?![^\W\d_])",
    re.I,
)
# A word run into the next: "BengaluruJob" (a page's "Bengaluru" and "Job" with the space lost).
_RUN_IN = re.compile(r"[^\W\d_A-Z]{3}[A-Z][^\W\d_A-Z]")
# Small words that join a place's name ("Lunz am See", "Stratford upon Avon", "Aix en Provence").
_PLACE_JOINS = frozenset(
    {"am", "an", "de", "del", "der", "di", "do", "da", "dos", "das", "du", "des", "la", "le", "les", "los",
     "las", "on", "upon", "sur", "en", "y", "i", "e", "of"}
)  # fmt: skip


def as_written(value: object) -> Place | None:
    """A labelled location no gazetteer knows, as the posting writes it, up to its first comma or bracket
    ("VAAL", "Kirklees, and wider …", "John Hunter Hospital | Awabakal Country"): the label says it is the
    place. Never a work mode, a contract, a job or a placeholder ("Remote", "Head Office", "TBC")."""
    if not isinstance(value, str):
        return None
    head = _LABELLED_PART.split(value.strip(" \t-–—•*:"), maxsplit=1)[0].strip(" .")
    if (
        len(head) > 40
        or not _WRITTEN_PLACE.fullmatch(head)
        or not head[0].isupper()
        or _NO_PLACE.fullmatch(head)
        or _OFFICE_WORD.search(head)
        or _RUN_IN.search(head)
        # every word but the small joining ones capitalised: "Please refer to advertisement" is a sentence
        or any(word[:1].islower() and word not in _PLACE_JOINS for word in head.split())
        or head.lower() in function_words()
        or work_mode(head)
        or any(is_job_noun(word) for word in head.split())
    ):
        return None
    return Place(_title_cased(head), None, country_code(head))


# A news article's dateline: "Ibadan, Oyo state - Governor …", "NAIROBI, Kenya — The ministry …".
_DATELINE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+)?)(?:,[ \t]+[A-Z][^\n,–—-]{1,30}?)?"
    r"[ \t]+[-–—][ \t]+[A-Z]",
    re.M,
)
_UNIVERSITY_OF = re.compile(r"\bUniversity[ \t]+of[ \t]+(?P<name>[A-Z][\w'’.-]+)(?![ \t]+[A-Z])")


# A city of Japan or China written with its suffix 市 ("横浜市", "成都市"), the first that GeoNames knows.
_CJK_CITY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}?市|[\u4e00-\u9fff]{2,3}市")


def _cjk_cities(text: str) -> list[Place]:
    suffixed = (match.group() for match in islice(_CJK_CITY.finditer(text[:20_000]), 20))
    return _known_city(suffixed, _CITY_ALONE) or _korean_city(text) or _bare_chinese_city(text)


def _known_city(names: Iterable[str], smallest: int, countries: tuple[str, ...] = ()) -> list[Place]:
    """The first of these names that GeoNames knows as a city of `smallest` people or more (in one of
    `countries`, when given), as written."""
    for name in names:
        hit = city(name)
        if hit and hit[1] >= smallest and (not countries or hit[0] in countries):
            return [Place(name, None, hit[0])]
    return []


# A Korean word that may be a city: "서울", "서울시", "수원시", "부산광역시" (Korean writes words apart).
_HANGUL_WORD = re.compile(r"(?<![\uac00-\ud7af])[\uac00-\ud7af]{2,6}+(?![\uac00-\ud7af])")
_CITY_OF_MILLIONS = 1_000_000


def _korean_city(text: str) -> list[Place]:
    """A city of a million people or more a Korean text names by itself ("서울 양천구", "근무지: 수원시")."""
    words = (match.group() for match in islice(_HANGUL_WORD.finditer(text[:20_000]), 2_000))
    return _known_city(words, _CITY_OF_MILLIONS, ("KR",))


# A Chinese city named without its 市 in a text without kana or hangul: standing apart ("[北京]",
# "北京 / 上海") or after a place's label or "in" ("工作地点：深圳", "位于南京"), and before a break or a
# word that follows a place ("深圳的", "成都地区"); never inside a word ("后台中间件" holds no 台中).
_BARE_CHINESE_CITY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=地点|地址|城市|位于|坐标)|(?<=在|于))"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[^\u4e00-\u9fff]|一|的|市|地区|$)"
)
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def _bare_chinese_city(text: str) -> list[Place]:
    """The first city of a million people or more a Chinese text names without its 市."""
    head = text[:5_000]
    if _KANA_OR_HANGUL.search(head):
        return []
    names = (match["name"] for match in islice(_BARE_CHINESE_CITY.finditer(head), 300))
    return _known_city(names, _CITY_OF_MILLIONS, ("CN", "TW", "HK"))


def _dateline_city(text: str) -> Place | None:
    for match in islice(_DATELINE.finditer(text[:5_000]), 3):
        name = match["name"].title() if match["name"].isupper() else match["name"]
        place = site_city(name)
        if place:
            return place
    return None


def _university_city(text: str) -> list[Place]:
    named = (site_city(match["name"]) for match in islice(_UNIVERSITY_OF.finditer(text[:20_000]), 5))
    return [place for place in named if place][:1]


def _header_towns(text: str, limit: int = 8) -> list[Place]:
    """A town GeoNames knows that stands alone on one of the first lines, as a job board's header shows the
    place under the title and the employer, and that the posting names again."""
    for line in [line.strip(" \t*#_-•") for line in text[:5_000].splitlines() if line.strip()][:limit]:
        if not 2 < len(line) <= 40 or len(line.split()) > 3 or not line[:1].isupper():
            continue
        hit = city(line) if line.lower() not in function_words() and not country_code(line) else None
        # named again further on (an address, a link): an employer's name alone on its line is no town
        if hit and line.casefold() not in _REGIONS_OF_WORLD and text.count(line) >= 2:
            return [Place(line, None, hit[0])]
    return []


# A European postcode before its town ("Rue de Romont 33 • 1701 Fribourg", "CH-1700 Fribourg", "1012 AB
# Amsterdam"), and a US town before its state and ZIP code ("2455 Vassar Rd Reese MI USA 48757-9340").
_POSTCODE_TOWN = re.compile(
    # "602 00 Brno", "111 43 Stockholm": Czech, Slovak, Swedish and Greek codes in two groups
    r"(?<![\w.,:/-])(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{3}[ \t]\d{2})(?:[ \t][A-Z]{2})?[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]{2,40}+"
    r"(?:[ \t](?:(?:an[ \t]der|am|im|sur|sous|en|de|di)[ \t])?[A-ZÀ-Þ][\w'’-]{2,40}+)?)"
    # "61-729 Poznań Email: …": a contact's label may follow the town on its line
    r"(?=[ \t]*(?:$|[\n,;•|(]|\.(?!\w))|[ \t]++(?i:e-?mail|tel|phone|telefon|fax)\b)",
    re.M,
)
_US_TOWN = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z'’.-]{2,30}+(?:[ \t][A-Z][A-Za-z'’.-]{2,30}+)?),?[ \t]+"
    r"(?P<state>[A-Z]{2})"
    r"(?:[ \t]+USA?)?[ \t]+\d{5}(?:-\d{4})?(?!\d)"
)


# A British town before its postcode: "13 Crewe Road South, Edinburgh, EH4 2LD", "LEEDS LS1 4AP".
_UK_TOWN = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]{2,30}+(?:[ \t][A-Z][\w'’-]{2,30}+)?),?[ \t]+"
    r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w-])"
)


# A street, its number, then the town: "Via Pascoli, 31 – TRIESTE", "Rua das Flores 12, Porto".
_STREET_TOWN = re.compile(
    r"(?<![\w-])(?:Via|Viale|Piazza|Corso|Rua|Avenida|Calle|Rue|Strada|Str\.|Ulica|ul\.)[ \t]+"
    r"[^\n,;]{2,40}?,?[ \t]+\d{1,4}[a-zA-Z]?[ \t]*+[,–—-][ \t]*+(?:\d{4,5}[ \t]+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]{2,30}+)(?![ \t]*+[\w'’-])"
)


def _written_town(name: str):
    """An address's town as a name ("TRIESTE" is Trieste) and the gazetteer's entry for it, or None."""
    name = name.title() if name.isupper() else name
    return name, city(name)


def _address_cities(text: str) -> list[Place]:
    """The towns of the postal addresses a posting gives, when a gazetteer or the address's state confirms
    them (a street's number before a word is no postcode)."""
    found: list[Place] = []
    for match in _POSTCODE_TOWN.finditer(text[:50_000]):
        name = match["name"]
        hit = city(name)
        if not hit and " " in name:  # "61-729 Poznań Email": the town is the first word
            name = name.split()[0]
            hit = city(name)
        if hit:
            known = parse_place(name)
            found.append(known if known and known.country == hit[0] else Place(name, None, hit[0]))
    for match in _STREET_TOWN.finditer(text[:50_000]):
        name, hit = _written_town(match["name"])
        if hit and hit[1] >= _CITY_WITH_AREA and not any(place.country == hit[0] for place in found):
            found.append(Place(name, None, hit[0]))  # (not again when its postcode named it)
    for match in _UK_TOWN.finditer(text[:50_000]):
        name, hit = _written_town(match["name"])
        if hit and hit[0] == "GB":
            found.append(Place(name, None, "GB"))
    for match in _US_TOWN.finditer(text[:50_000]):
        place = parse_place(f"{match['name'].title()}, {match['state']}")
        if place and place.country == "US" and place.region and place.name != place.region:
            found.append(place)
    return found[:3]


# A structured address written out: "Коломна, Московская область, RU" (locality, region, ISO country).
_ADDRESSED = re.compile(
    r"^(?P<town>[^\W\d_][^,\n]{1,40}?),[ \t]*+(?:(?P<region>[^,\n]{2,60}?),[ \t]*+)?(?P<cc>[A-Z]{2})$"
)


def _addressed(value: str) -> list[Place]:
    """The town of an address whose country is an ISO code, when no gazetteer knows the town: a record's
    own locality is taken as written."""
    found = _ADDRESSED.match(value.strip())
    if not found or (None, found["cc"]) not in CODES.get(found["cc"], []):
        return []
    region = found["region"].strip() if found["region"] else None
    return [Place(found["town"].strip(), region, found["cc"])]


def _city_after_country(value: str, country: Place) -> list[Place]:
    """The town after a country in a "Country, Town" label, when GeoNames knows it in that country."""
    for part in value.split(",")[1:3]:
        part = part.strip()
        hit = city(part) if 2 < len(part) <= 40 else None
        if hit and hit[0] == country.country:
            return [Place(part, None, country.country)]
    return []


def _fuller(value: str, place: Place) -> Place:
    """The labelled value's longer name of the same town ("Newcastle Upon Tyne", read as "Newcastle"), when
    GeoNames knows it in the same country."""
    whole = value.split(",")[0].strip()
    if len(whole) <= len(place.name) or not whole.casefold().startswith(place.name.casefold() + " "):
        return place
    hit = city(whole)
    return Place(whole, place.region, place.country) if hit and hit[0] == place.country else place


def _first_city(value: str, known: list[Place]) -> list[Place]:
    """A labelled value's first part when no place read starts it and GeoNames knows it as a town of the
    same country ("Choisy-le-Roi, IDF, FR" is no "IDF" nor "Roi"); [] otherwise."""
    first = value.split(",")[0].strip()
    hit = city(first)
    if not hit or any(p.country and p.country != hit[0] for p in known):
        return []
    return [Place(first, None, hit[0])]


def _town_of_region(value: str, known: list[Place]) -> list[Place]:
    """The town first in a "Town, Region, Country" label when the gazetteers know neither town nor region
    ("Metz, Limpopo, South Africa", "Quảng Yên, Quảng Ninh, Vietnam"): the region was read as the place, with
    the country after it; the town is the place, in that region."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 3 or not known or known[0].name != parts[1] or not known[0].country:
        return []
    if country_code(parts[2]) != known[0].country or city(parts[1]) or not _WRITTEN_PLACE.fullmatch(parts[1]):
        return []
    town = as_written(parts[0])
    return [Place(town.name, parts[1], known[0].country)] if town else []


# A preposition of place in the languages postings come in, then a capitalised name of up to three words.
_IN_NAME = re.compile(
    r"(?<![\w-])(?:(?i:in|at|near|à|a|en|em|na|no|im|am|ad|w|we|i|в|во|ở|tại)|(?:[Hh]eart|[Cc]ent(?:re|er)|"
    r"[Hh]erzen|[Cc]entro|c[œo]e?ur)\s+(?:of|von|di|de|du|da|do)|[Ss]tandort)[ \t]+"
    r"(?:(?:the|der|dem|la|le|el|il)[ \t]+)?"
    r"(?=(?P<name>[^\W\d_][\w'’.]*(?:[ \t-][^\W\d_][\w'’.]*){0,2}))"  # looked at, not taken: "im Herzen…"
)
# The name ends its phrase: punctuation, a line's end or a word follows, not an elision ("Tête d'Or" goes
# on); the next line's first word is no part of the phrase.
_AFTER_NAME = re.compile(r"[ \t]*(?:$|\n|[,.;:!?()/|–—]|-\s|[ \t](?P<word>[^\W\d_]++)(?!['’]))")
_CITY_ALONE, _CITY_WITH_AREA = 100_000, 15_000  # people; a smaller place needs its region or country after it


def _prose_cities(text: str) -> list[Place]:
    """The most named city after a preposition of place, when the name ends where the phrase ends.

    "in Providence Hospital" names a hospital: a capitalised word after the city means the city is part of
    a longer name, and so does a lower-case word that is not a function word ("in Mobile development").
    """
    counts: dict[tuple[str, str], list[int]] = {}
    for match in _IN_NAME.finditer(text[:20_000]):
        if _HEADQUARTERS.search(text, max(0, match.start() - 30), match.end()):
            continue  # the company's headquarters: a last resort, read after this
        words = re.split(r"(?<=\S)(?=[ \t-])", match["name"])
        for n in range(len(words), 0, -1):
            name = "".join(words[:n]).strip(" .\t")
            if not name[:1].isupper() or name.lower() in function_words() or country_code(name):
                continue
            hit = city(name)
            after = _AFTER_NAME.match(text, match.start("name") + len(name))
            if not hit or not after:
                continue
            word = after["word"]
            # The region or country after the name is read only when it decides (parse_place is costly).
            needs_area = bool(word and word[:1].isupper()) or hit[1] < _CITY_ALONE
            area = needs_area and _is_area(text, after.start())
            if not _ends_phrase(word, area):
                continue
            area = area and text[after.start() :].lstrip(" \t").startswith(",")
            if hit[1] >= _CITY_ALONE or (hit[1] >= _CITY_WITH_AREA and area):
                counts.setdefault((name, hit[0]), []).append(match.start())
                break
    ranked = sorted(counts.items(), key=lambda item: (-len(item[1]), item[1][0]))
    known = [(parse_place(name), name, country) for (name, country), _ in ranked[:1]]
    return [
        # the table's own name for a short form of the same country's city ("in SF" is San Francisco)
        p
        if p and (p.name == name or _SHORT_FORM.fullmatch(name) and p.country == country)
        else Place(name, None, country)
        for p, name, country in known
    ]


_SHORT_FORM = re.compile(r"[A-Z]{2,4}")


# "our Bradford Branch", "the Leeds office", "our Austin store": a city named as the employer's site.
_SITE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s+(?:[Bb]ranch|[Oo]ffices?|[Ss]tore|"
    r"[Oo]utlet|"
    r"[Ss]hop|[Ss]ite|[Cc]linic|[Hh]ospital|[Cc]ampus|[Ww]arehouse|[Dd]epot|[Pp]lant|[Ff]actory|[Ss]tudio|"
    r"[Hh]ub|[Ll]ocation|[Rr]estaurant|[Hh]otel)\b"
)


def site_city(name: str) -> Place | None:
    """A city of 15,000 people or more by its name alone, as the curated table or GeoNames knows it."""
    hit = city(name)
    if not hit or hit[1] < _CITY_WITH_AREA or country_code(name):
        return None
    known = parse_place(name)
    return known if known and known.name == name else Place(name, None, hit[0])


# "A Melbourne-based Education organisation", "a Berlin-based startup": the employer's city.
_BASED = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.]+(?:[ \t][A-Z][\w'’.]+)?)-based\b")


def _tool_named(name: str) -> bool:
    """A skill's name that is no big city's ("Git", "Cloud"; not "Phoenix")."""
    hit = city(name)
    return is_skill_name(name) and (not hit or hit[1] < 500_000)


def _site_cities(text: str) -> list[Place]:
    head = text[:20_000]
    # "Git-based tooling", "Cloud-based": a tool, not a town
    # ("Phoenix-based" is the city: a skill's name counts only as a small town's)
    based = (m for m in islice(_BASED.finditer(head), 20) if not _tool_named(m["name"]))
    found = (site_city(match["name"]) for match in chain(islice(_SITE.finditer(head), 20), based))
    return [place for place in found if place][:1]


def _ends_phrase(word: str | None, area: bool) -> bool:
    """Whether the name ends its phrase: punctuation, a function word or a region/country follows."""
    if not word:
        return True
    if word[:1].isupper():
        return area
    # "in Oyo state", "in Lagos State": the state of that name, not its city
    return word.lower() in function_words() and word.lower() not in _AREA_NOUNS


_AREA_NOUNS = frozenset({"state", "province", "county", "region", "district", "prefecture", "governorate"})


def _is_area(text: str, pos: int) -> bool:
    """Whether a region or country follows at pos (", Latvia", ", NY", " Vermont")."""
    rest = text[pos : pos + 40].lstrip(" ,")
    head = re.match(r"[^\W\d_][\w'’.]*(?:[ \t][^\W\d_][\w'’.]*)?", rest)
    if not head:
        return False
    place = parse_place(head.group())
    return bool(place and (place.region or place.country)) or bool(country_code(head.group().split()[0]))


_FLAGS = re.I | re.M
_MODE_WORD = r"(remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|office[- ]based)"
# Tier 0: a statement that the role is not remote.
_NOT_REMOTE = re.compile(
    r"(?=\b[nirc])(?:"
    r"\b(?:not|isn['’]t|never)\s+(?:a\s+|an?\s+|fully\s+|100%\s+)?remote\b(?!\s*-?\s*first)|\bno\s+remote\s+"
    r"(?:work|option|roles?|positions?)|\bremote\s+(?:work\s+|working\s+)?(?:is\s+)?not\s+(?:an?\s+option|"
    r"available|possible|offered|supported|permitted|allowed)|\bnon[- ]remote\b|\bcannot\s+be\s+(?:done\s+|"
    r"performed\s+)?remote(?:ly)?\b"
    # "This is not a position for working remotely", "not a role for remote work"
    r"|\bnot\s+an?\s+(?:role|position|job)\s+(?:for|to\s+be)\s+(?:working\s+|done\s+|performed\s+)?remote"
    r")",
    _FLAGS,
)
# Tier 1: the posting states the role's arrangement.
_STATED = [
    re.compile(
        r"\b(?:this|the)\s+(?:role|position|job|opportunity|opening)\s+(?:is|will\s+be|can\s+be|offers)\s+"
        r"(?:an?\s+|fully\s+|100%\s+|primarily\s+|currently\s+)*" + _MODE_WORD,
        _FLAGS,
    ),
    re.compile(r"\b(?:is|be)\s+an?\s+" + _MODE_WORD + r"\s+(?:role|position|job|opportunity)", _FLAGS),
    re.compile(
        r"^[ \t•*-]*(?:work(?:place)?\s+(?:mode|type|arrangement|model|style|setup|location)"
        r"|location(?:\s+type)?|remote\s+status|working\s+model)\s*[:\-–—]\s*(?:[^\n]{0,40}?\b)?"
        + _MODE_WORD,
        _FLAGS,
    ),
    # "Ability to Work Remotely: Onsite Full-time", "Remote Work Eligible: Hybrid": the mode right after it
    re.compile(
        r"^[ \t•*-]*(?:ability\s+to\s+work\s+remotely|remote\s+work(?:\s+(?:eligib\w*|options?))?"
        r"|telework(?:\s+eligib\w*)?)\s*:\s*(?:(?:part|full)[- ]time\s+)?" + _MODE_WORD,
        _FLAGS,
    ),
    re.compile(r"\bhybrid\b", _FLAGS),
]
_DAYS = re.compile(
    r"(?=\b[1-5otfi])(?:"
    r"\b([1-5]|one|two|three|four|five)(?:\s*(?:-|to)\s*([1-5]|two|three|four|five))?\s+days?\s+(?:(?:a|per|each)"
    r"\s+week\s+)?(?:in|at|from)\s+(?:the|our|an?)?\s*(?:[A-Z][\w.]*\s+)?(?:office|offices|HQ|on[- ]?site)|"
    r"\b(?:in[- ]office|on[- ]?site|in\s+the\s+office)\s+([1-5]|one|two|three|four|five)(?:\s*(?:-|to)\s*"
    r"([1-5]|two|three|four|five))?\s+days?"
    r")",
    _FLAGS,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# Tier 2: general wording; weaker because it also shows up in company boilerplate.
# A lookahead "(?=…)" in front of a pattern of this module (here, _HIRING, _NOT_REMOTE, _DAYS, _RESTRICT_*,
# _RELOCATION) names the letters a match can start with (at a word's or a line's start): the engine passes
# over every other place at once instead of trying each alternative there. An alternative added that starts
# otherwise must add its letters to the lookahead.
_REMOTE = re.compile(
    r"(?=\b[fFpce1rRwWoAlbia]|(?<=[/(|\[])[ \t]|^)(?:"
    r"\b(?:fully|100%|completely|entirely|permanently)\s+remote\b|\b(?:[Ff]ull|[Aa]ll)[- ][Rr]emote\b"
    r"|\bremote[- ](?:first|only|friendly|"
    r"eligible)\b|\bremote\s+(?:role|position|job|opportunity|work|working|employee|setup|arrangement)\b|\b[Ww]ork(?:ing)?\s+"
    r"(?:fully\s+|100%\s+)?remotely\b|\b[Ww]ork\s+from\s+(?:anywhere|home)\b"
    r"(?![ \t]*+(?:is[ \t]+not|isn['’]t|not[ \t]+possible|:[ \t]*+(?:no|not)\b))"
    r"|\bWFH\b|\bopen\s+to\s+remote\b|"
    # a board's tag "Anywhere in the World"; in prose only after work ("opportunities anywhere in the world")
    r"\bAnywhere\s+in\s+the\s+World\b|\b(?:work|working|live|based)\s+(?:from\s+)?anywhere\s+in\s+the\s+world\b|"
    r"(?<=[/(|\[])[ \t]*+(?i:remote)[ \t]*+(?=[)\]])|"
    r"\b(?:[Ww]e\s+are|[Ww]e['’]re)\s+an?\s+(?:fully\s+|100%\s+)?remote\s+(?:company|team|organi[sz]ation|startup"
    r"|business)\b|"
    # "Remote: No" (a record's flag) is no statement of remote work
    r"^[ \t•*-]*(?i:remote)\b(?![ \t]+[a-z])(?![ \t]*:[ \t]*(?i:no|false|non|nein|nee|não|nie)\b)|"
    r"\b(?i:remote)\s*[(\-–—:|,]\s*(?=[A-Z])(?!(?i:no|false|non|nein|nee|não|nie)\b)|\bremote\s+(?:in|within|"
    r"from)\s+(?:the\s+)?(?=[A-Z])|"
    # a forum post's header part: "Acme | Engineer | Remote US | Full Time", "| REMOTE OK |"
    r"(?<=\|)[ \t]*+(?i:remote)(?:[ \t]++(?:(?i:ok|only|friendly|possible)|[A-Z]{2,3}|[A-Z][a-z]++))?"
    r"(?:[ \t]++(?i:only))?(?:[ \t]*+\([^()\n|]{1,30}\))?[ \t]*+(?=\||$)"
    r")",
    re.M,
)
_REMOTE_I = re.compile(r"\b(?:fully|100%)\s+remote\b|\bremote[- ]first\b|\bwork(?:ing)?\s+remotely\b", re.I)
# Any case: "ONSITE Cresskill, NJ", "On-site"; Naukri's "Work from office".
_ONSITE = re.compile(
    r"\b(?i:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|work(?:ing)?\s+from\s+(?:the\s+)?office)\b"
    r"(?![- ]?(?i:interviews?|gym|caf\w*|childcare|daycare|parking|amenit\w*|meals?|lunch\w*|events?|visits?"
    r"|fitness|health|clinic|perks?|services?|support|training|day))|\b(?:in|"
    r"from|at)\s+(?:our|the)\s+(?:[A-Z][\w.]*\s+){1,3}(?:office|offices|HQ|headquarters)\b"
    # a record's or a label's whole value ("workingMode": "At office")
    r"|(?:^|:[ \t]*)(?i:at[ \t]+(?:the[ \t]+)?office)[ \t]*$",
    re.M,
)
_NOT_HYBRID = re.compile(
    r"[- ]?(?:cloud|apps?|applications?|mobile|native|vehicles?|cars?|search|encryption|infrastructure|"
    r"architectures?|storage|deployments?|databases?|integrations?|solutions?|systems?|environments?|it\b|"
    r"multi)",
    re.I,
)


# "No remote work" in the other languages postings come in: "kein Homeoffice", "sin teletrabajo", "pas de
# télétravail", "uzaktan çalışma opsiyonu yok", "brak możliwości pracy zdalnej".
_NOT_REMOTE_OTHER = re.compile(
    r"(?<!\w)(?:kein(?:e|en)?\s+(?:home[- ]?office|remote|mobiles?\s+arbeiten)"
    r"|sin\s+(?:teletrabajo|trabajo\s+remoto|opci[óo]n\s+(?:de\s+)?(?:teletrabajo|remoto))|pas\s+de\s+t[ée]l[ée]travail|(?:t[ée]l[ée]travail|"
    r"remote)\s+(?:non\s+)?(?:n['’]est\s+pas\s+)?(?:possible|autoris[ée])\s+pas|uzaktan\s+[çc]al[ıi][şs]ma\s+"
    r"(?:opsiyonu|imkan[ıi]|imk[âa]n[ıi]|se[çc]ene[ğg]i)\s+(?:yok|bulunmamaktad[ıi]r)|brak\s+mo[żz]liwo[śs]ci\s+"
    r"pracy\s+zdalnej|geen\s+thuiswerk|sem\s+(?:op[çc][ãa]o\s+de\s+)?(?:trabalho\s+)?remoto"
    r"|n[ãa]o\s+aceitamos\s+(?:home[- ]?office|(?:trabalho\s+)?remoto)"
    # a job board's field "Télétravail" with the answer "Non" beside it or on the next line
    r"|(?:t[ée]l[ée]travail|teletrabajo|home[- ]?office|thuiswerken|trabalho\s+remoto)"
    r"(?:[ \t]*+[:\n]|[ \t]++(?:possible|posible|m[öo]glich|poss[íi]vel|mogelijk)[ \t]*+[:\n]?)[ \t]*+"
    r"(?:non|no|nein|nee|não|nie))(?!\w)",
    re.I,
)
# The same statements in the other languages postings come in.
_REMOTE_OTHER = re.compile(
    r"(?=(?<!\w)[1tcfvpeldizoujyув]|[远遠재원フリ完])(?:"
    # "Berlin-Zentrum oder Remote", "São Paulo/SP e Remoto": the place or remote work
    # ("soporte presencial y remoto": a task done either way, not the job's place)
    r"(?<!\w)(?<!presencial\s)(?<!presential\s)(?:oder|ou|e|o|y)\s+remot[eo](?!\w)|"
    r"(?<!\w)(?:(?:100\s*%\s*|totalmente\s+|completamente\s+|full\s+)(?:remot[oa]|remote)"
    r"|100\s*%\s*home[- ]?office|trabajo\s+remoto|"
    r"trabajo\s+a\s+distancia|(?:cargo|vaga|posici[óo]n|puesto|trabalho)\s+remot[oa]|teletrabajo|"
    r"(?:en\s+)?t[ée]l[ée]travail(?:\s+(?:complet|total|int[ée]gral|100\s*%))?|travail\s+[àa]\s+distance|"
    r"(?:lavoro\s+)?da\s+remoto|in\s+remoto|praca\s+zdalna|zdalnie|pracy\s+zdalnej|op\s+afstand|"
    r"volledig\s+remote|uzaktan\s+[çc]al[ıi][şs]ma|jarak\s+jauh|удал[её]нн(?:ая|ой|о)\s+работ\w*|удал[её]нно|"
    r"удал[её]нн(?:ый|ом)\s+(?:формат\w*|режим\w*)|віддален(?:ий|ому)\s+(?:формат\w*|режим\w*)|"
    r"віддалена\s+робота|віддалено|удал[её]нк[аиу]|làm\s+việc\s+từ\s+xa)(?!\w)"
    r"|远程工作|远程办公|遠端工作|遠距工作|재택근무|원격\s?근무|フルリモート|リモートワーク|完全リモート"
    r")",
    re.I,
)
_HYBRID_OTHER = re.compile(
    r"(?=(?<!\w)[hiгtmo\d]|[混하ハ])(?:"
    r"(?<!\w)(?:h[íi]brid[oa]|h[iy]bridn\w*|hybride|hybrides\s+arbeiten|ibrid[oa]|hybrydow\w+|гибридн\w+|гібридн\w+"
    # "50 % Homeoffice", "Homeoffice-Option", "Möglichkeit zum Homeoffice", "občasný home-office"
    r"|(?<!\d)[1-9]\d?[ \t]*+%[ \t]*+(?:de[ \t]+)?(?:home[- ]?office|teletrabajo|t[ée]l[ée]travail|remote"
    r"|smart[- ]?working|thuiswerk\w*)"
    r"|home[- ]?office[- ](?:option|m[öo]glichkeit|regelung|tage?)"
    r"|m[öo]glichkeit[ \t]+(?:zum|zu|f[üu]r|auf)[ \t]+home[- ]?office"
    r"|(?:ob[čc]asn|mo[žz]n)\w*[ \t]+home[- ]?office"
    r"|home[- ]?office[ \t]+(?:ist[ \t]+)?m[öo]glich|teilweise[ \t]+(?:im[ \t]+)?home[- ]?office"
    r"|mobiles[ \t]+arbeiten[ \t]+(?:ist[ \t]+)?m[öo]glich"
    # "Télétravail : Partiel", "teletrabajo parcial": some days away from the office
    r"|t[ée]l[ée]travail[ \t*]*+:?[ \t*]*+partiel|teletrabajo[ \t]+parcial"
    r"|trabalho[ \t]+remoto[ \t]+parcial)(?!\w)"
    r"|混合办公|混合辦公|하이브리드|ハイブリッド"
    r")",
    re.I,
)
# Some days at home and the rest at the office, in words rather than "hybrid": "quelques jours de télétravail
# par mois", "2 days of remote work", "home office 2 Tage pro Woche", "WFH atau bekerja di office".
_HYBRID_MIX = re.compile(
    r"(?=(?<!\w)[\dotfsqpudvjhwrlezaiTt])(?:"
    r"(?<!\w)(?:[1-4]|one|two|three|four|few|some|several|quelques|plusieurs|deux|trois|unos|algunos|dos"
    r"|tres|einige|zwei|drei|alcuni|due|tre)\s+(?:days?|jours?|d[ií]as?|Tagen?|giorni|dagen|dni|dias)\s+"
    r"(?:of\s+|de\s+|di\s+|d['’][ \t]*|an\s+|in\s+)?(?:remote(?:\s+work(?:ing)?)?|t[ée]l[ée]travail"
    r"|teletrabajo|home[- ]?office|smart[- ]working|thuiswerk\w*|pracy\s+zdalnej|trabalho\s+remoto"
    r"|work(?:ing)?\s+from\s+home|WFH)(?!\w)"
    r"|(?<!\w)(?:home[- ]?office|t[ée]l[ée]travail|teletrabajo|remote\s+work(?:ing)?|WFH"
    r"|work(?:ing)?\s+from\s+home)(?:[ \t]+[\w'’]+){0,3}?[ \t]+(?:[1-4]|up\s+to\s+[1-4])[ \t]*"
    r"(?:days?|jours?|d[ií]as?|Tage)\s+(?:a|per|par|por|pro|al|la|in\s+der|each)\s+"
    r"(?:week|semaine|semana|Woche|month|mois|mes|Monat)"
    # "presence in our San Jose office location 4 days per week", "1 day per fortnight in office"
    r"|(?<!\w)(?:in|at)\s+(?:our|the)\s+(?:[\w.]+\s+){0,3}?office(?:\s+location)?\s+[1-4]\s+days?\s+"
    r"(?:a|per|each)\s+week"
    r"|(?<!\w)[1-4]\s+days?\s+(?:a|per|each)\s+(?:fortnight|month)\s+(?:in|at)\s+(?:the\s+)?office"
    r"|(?<!\w)(?:WFH|work(?:ing)?\s+from\s+home)\)?[ \t]+(?:or|and|atau|dan|o|ou|oder|of|e|y)[ \t]+"
    r"(?:[\w'’]+[ \t]+){0,3}?(?:(?:in|at|from|di|en|im|no|na)[ \t]+)?(?:the[ \t]+|an?[ \t]+)?"
    r"(?:office|kantor|oficina|bureau|Büro|kantoor|escrit[óo]rio|WFO)(?!\w)"
    r")",
    re.I,
)
# Tier 4: home office named as a perk, with no statement of the arrangement ("Gleitzeit und Homeoffice",
# "Thuiswerkmogelijkheden", "několikrát týdně home office"): some days at home, the rest at the office.
_HOME_OFFICE_PERK = re.compile(
    r"(?=(?<!\w)[hmst])(?<!the[ \t])(?<!The[ \t])"  # "the Home Office website": a British ministry
    r"(?:home[- ]?office|mobile[- ]?office|mobiles\s+arbeiten|thuiswerk\w*|smart[- ]?working)(?!\w)",
    re.I,
)
_ONSITE_OTHER = re.compile(
    r"(?=(?<!\w)[pesvioвр]|[出现상])(?:"
    r"(?<!\w)(?:presencial(?:mente)?|en\s+pr[ée]sentiel|sur\s+site|vor\s+ort|in\s+pr[äa]senz|in\s+sede|"
    r"stacjonarn\w+|в\s+офисе|работа\s+в\s+офисе|op\s+locatie)(?!\w)|出社|现场办公|상주\s?근무"
    r")",
    re.I,
)


def _days_mode(match: re.Match[str]) -> str:
    values = [g for g in match.groups() if g]
    days = max(int(_NUMBERS.get(v.casefold(), v)) for v in values)
    return "onsite" if days >= 5 else "hybrid"


def _mode_of(word: str) -> str:
    word = word.casefold()
    return "remote" if word == "remote" else "hybrid" if word == "hybrid" else "onsite"


def _signals(text: str) -> list[tuple[int, int, str]]:
    """(tier, offset, mode) for every work-mode statement in the text."""
    found = [(0, m.start(), "onsite") for m in _NOT_REMOTE.finditer(text)]
    found += [(0, m.start(), "onsite") for m in _NOT_REMOTE_OTHER.finditer(text)]
    for pattern in _STATED:
        for m in pattern.finditer(text):
            word = m.group(m.lastindex) if m.lastindex else m.group()
            if _mode_of(word) == "hybrid" and _NOT_HYBRID.match(text, m.end()):
                continue  # "hybrid cloud", "hybrid app"
            found.append((1, m.start(), _mode_of(word)))
    found += [(1, m.start(), _days_mode(m)) for m in _DAYS.finditer(text)]
    found += [(1, m.start(), "hybrid") for m in _HYBRID_OTHER.finditer(text)]
    found += [(1, m.start(), "hybrid") for m in _HYBRID_MIX.finditer(text)]
    found += [(2, m.start(), "remote") for m in _REMOTE.finditer(text)]
    found += [(2, m.start(), "remote") for m in _REMOTE_OTHER.finditer(text)]
    found += [(3, m.start(), "onsite") for m in _ONSITE_OTHER.finditer(text)]
    found += [(2, m.start(), "remote") for m in _REMOTE_I.finditer(text)]
    found += [(3, m.start(), "onsite") for m in _ONSITE.finditer(text)]
    found += [(4, m.start(), "hybrid") for m in _HOME_OFFICE_PERK.finditer(text)]
    return found


def work_mode(text: str) -> str | None:
    """ "remote", "hybrid" or "onsite" as the posting states it, else None."""
    return _work_mode(text) if isinstance(text, str) else None


@lru_cache(maxsize=64)  # a posting asks it of its labels, its title area and its whole text: often one text
def _work_mode(text: str) -> str | None:
    signals = _signals(text)
    return min(signals)[2] if signals else None


# (?!…): no match starts inside a run of blanks, so a long run is scanned once, not once per blank.
_LIST_SEP = re.compile(
    r"(?!(?<=[ \t])[ \t])[ \t]*+(?:,|/|&|\+|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?(?:the[ \t]+)?", re.I
)
_LIST_START = re.compile(r"[ \t]*(?:(?:the|either|in)[ \t]+)*", re.I)
_RESTRICT_BEFORE = re.compile(
    r"(?=\b[msnrholacwp])(?:"
    r"\b(?:must|should|need\s+to|needs\s+to|required\s+to|have\s+to)\s+(?:be\s+)?(?:currently\s+|physically\s+|"
    r"permanently\s+|legally\s+)?(?:based|located|residing|living|reside|live|resident|domiciled)\s+(?:in|within|"
    r"inside)\s+"
    r"|\b(?:open|available|limited|restricted)\s+(?:only\s+)?to\s+(?:candidates|applicants|residents|people|those|"
    r"individuals|persons)(?:\s+(?:who\s+(?:are|live|reside)\s+)?(?:located|based|residing|living))?\s+(?:only\s+)?"
    r"(?:in|within|from)\s+"
    r"|\b(?:candidates|applicants)\s+(?:must\s+be\s+)?(?:located|based|residing|living)\s+(?:only\s+)?(?:in|within)\s+"
    r"|\b(?:only\s+(?:hiring|hire|recruiting|accepting\s+applicants)|(?:hiring|recruiting)\s+only)\s+"
    r"(?:candidates\s+)?(?:in|from|within)\s+"
    r"|\banywhere\s+(?:in|within)\s+|\bwork(?:ing)?\s+remotely\s+(?:from|in|within)\s+(?:anywhere\s+in\s+)?"
    # Work authorisation limits candidates to a country as surely as residence does.
    r"|\b(?:must|should|need\s+to)\s+(?:be\s+(?:legally\s+)?(?:authori[sz]ed|eligible|entitled|permitted)\s+to\s+work"
    r"|have\s+(?:full\s+|the\s+)?(?:(?:legal\s+)?right|working\s+rights|work\s+rights)(?:\s+to\s+work)?)\s+in\s+(?:the\s+)?"
    r"|\b(?:hires|hiring)\s+remotely\s+in\s+|\bpara\s+residentes\s+(?:no|na|en|em)\s+|\bsolo\s+residentes\s+en\s+"
    r"|\b(?i:remote)[ \t]*(?:\(|[-–—:,|/])?[ \t]*(?:only\s+)?(?:(?:in|within|from)\s+)?(?:anywhere\s+in\s+)?"
    r")",
    re.I,
)
# (?<!\s), (?<![ \t]): the alternatives that open with a run of blanks start only at its first blank
# (where the original match starts too), so a long run is scanned once, not once per blank.
_RESTRICT_AFTER = re.compile(
    r"(?=[-\s–—(|rR])(?:"
    r"[- ]based\s+only\b|[- ]only\b|(?<!\s)\s++only\b(?!\s+(?:a|the|one|two|few|if|when)\b)"
    r"|(?<!\s)\s++(?:residents|candidates|applicants)\s+only\b|[- ]based\s+(?:role|position|job|candidates|"
    r"applicants|remote)\b|(?<![ \t])[ \t]*+[-–—(|]?[ \t]*+(?i:remote)\b(?![ \t]+[a-z])|(?P<weak>[- ]based\b)"
    r")"
)
_LINKING = re.compile(r"\b(?:is|are|be)\s+(?:the\s+)?$", re.I)


def is_country(place: Place) -> bool:
    """Whether the place is a whole country ("Netherlands"), not a town or region in it."""
    return place.region is None and place.name == COUNTRY_NAMES.get(place.country or "")


def _country_level(place: Place | None) -> bool:
    return place is None or is_country(place)


# A place (None for a non-place word) or a region's name, and the span it covers.
_Hit = tuple[Place | str | None, int, int]


def _restriction_hits(text: str) -> list[_Hit]:
    """The places of ``text`` and the world regions it names ("Europe", "EMEA"), a region winning over a
    place it overlaps."""
    found = _hits(text)
    # "South Africa" is a country, not the region "Africa": the longer name wins where two overlap.
    regions = [
        (name, s, e)
        for name, s, e in regions_in(text)
        if not any(p and ps <= s and e <= pe and pe - ps > e - s for p, ps, pe in found)
    ]
    places = [hit for hit in found if not any(s < hit[2] and hit[1] < e for _n, s, e in regions)]
    return sorted(places + regions, key=lambda hit: hit[1])


def _country_run(text: str, hits: list[_Hit], pos: int) -> tuple[list[str], int]:
    """Codes of the list of countries or names of regions starting at ``pos`` ("the UK or Ireland", "EMEA
    and APAC"), and where it ends."""
    codes: list[str] = []
    for place, start, end in hits:
        if start < pos:
            continue
        if start != pos or not (isinstance(place, str) or _country_level(place)):
            break
        code = place if isinstance(place, str) else place.country if place else None
        if code and code not in codes:
            codes.append(code)
        sep = _LIST_SEP.match(text, end)
        pos = sep.end() if sep else end
    return codes, pos


def _leading_countries(span: str) -> list[str]:
    return _country_run(span, _restriction_hits(span), _LIST_START.match(span).end())[0]


def _trailing_countries(chunk: str) -> tuple[list[str], int]:
    """Countries (or regions) listed at the very end of ``chunk``, and where that list starts."""
    hits = _restriction_hits(chunk)
    for k, (_place, start, _end) in enumerate(hits):
        codes, end = _country_run(chunk, hits[k:], start)
        if codes and not chunk[end:].strip(" \t-–—(|"):
            return codes, start
    return [], len(chunk)


def remote_restriction(text: str, *, label: bool = False) -> tuple[str, ...]:
    """Where candidates must be based, when the posting says so: ISO codes of countries, names of world
    regions ("Europe", "EMEA", see `regions`).

    With ``label``, ``text`` is a location label's value, where countries before "Remote" count only when
    nothing comes before them: "US - Remote" restricts, "Villanova d'Asti, Italia - Remote" is the office.
    """
    codes: list[str] = []
    for m in _RESTRICT_BEFORE.finditer(text):
        codes += _leading_countries(_span_after(text, m.end()))
    for m in _RESTRICT_AFTER.finditer(text):
        chunk = text[max(0, m.start() - 60) : m.start()]
        found, start = _trailing_countries(chunk)
        if label and chunk[:start].strip(" \t,;:/|()-–—·•"):
            continue
        if found and (not m.group("weak") or _LINKING.search(chunk[:start])):
            codes += found
    return tuple(dict.fromkeys(codes))


_NO_RELOCATION = re.compile(
    r"(?=\b[nrucw])(?:"
    r"\bno\s+relocation\b|\brelocation\s+(?:\w+\s+){0,2}?(?:is\s+|will\s+|can\s+|may\s+)?not\s+(?:be\s+)?"
    r"(?:available|offered|provided|supported|possible|included|covered)|\b(?:not|n['’]t|unable\s+to|cannot)\s+"
    r"(?:be\s+able\s+to\s+)?(?:offer|provide|support|cover|include|pay\s+for|sponsor)\b[^.\n]{0,60}?\brelocation\b"
    r"|\bwithout\s+relocation\b|\bnot\s+eligible\s+for\s+relocation\b|\brelocation\s+(?:\w+\s+){0,2}?"
    r"(?:isn['’]t|won['’]t\s+be)\s+(?:available|offered|provided)"
    r")",
    re.I,
)
_RELOCATION = re.compile(
    r"(?=\b[ropciahu])(?:"
    r"\brelocation\s+(?:assistance|support|package|packages|bonus|benefits?|stipend|reimbursement|allowance|help|"
    r"expenses|costs)\b|\b(?:offer|offers|offering|provide|provides|providing|cover|covers|include|includes|"
    r"pay\s+for)\s+(?:\w+\s+){0,3}?relocation\b|\brelocation\s+(?:is\s+|may\s+be\s+|will\s+be\s+|can\s+be\s+)?"
    r"(?:available|offered|provided|covered|supported)\b|\bhelp\s+(?:you\s+)?(?:with\s+(?:your\s+)?(?:[\w,]+\s+){0,3})?"
    r"relocat(?:e|ion|ing)\b|\bassist\w*\s+(?:\w+\s+)?with\s+(?:your\s+)?relocation\b"
    r"|\bumzugs(?:unterst[üu]tzung|hilfe|kosten)|\baide\s+(?:au|à\s+la)\s+d[ée]m[ée]nagement|\bayuda\s+(?:con\s+la\s+|de\s+)?reubicaci[óo]n"
    r")",
    re.I,
)


def relocation_assistance(text: str) -> bool | None:
    """True when relocation help is offered, False when ruled out, None when not mentioned."""
    if _NO_RELOCATION.search(text):
        return False
    return True if _RELOCATION.search(text) else None
