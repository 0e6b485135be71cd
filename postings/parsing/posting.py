"""ParsedPosting and parse(): compose the parsing modules into one posting's fields.

The order matters: decode and split formats, strip page furniture, split sections, then read each field
from the most specific evidence first (a schema.org JobPosting block, labelled facts such as "Location:",
then the posting's prose). Nothing here raises on odd input: a posting that cannot be imported carries a
``problem`` saying why, and the importer reports it.
"""

import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from itertools import chain

from . import _labels as labels
from . import clean as clean_mod
from . import formats, people, places, sections, terms
from ._budget import OverBudget, time_budget
from ._employer_evidence import function_words, hosts
from ._geonames import city
from ._in_person import in_person_job
from ._job_nouns import ENGLISH as ENGLISH_JOB_NOUNS
from ._job_nouns import is_site_word
from ._rates import COUNTRY_CURRENCY, DOLLAR_SIGN_CURRENCIES, RUPEE_CURRENCIES
from .company import scored_company, town_of
from .jsonld import structured_fields
from .links import apply_in_text, safe_url, unsafe_scheme
from .pay import Pay, find_pay, mentions_equity
from .pay_choice import PayChoice, choose_pay
from .places import Place
from .similarity import ascii_lower
from .skills import declared_items, declared_skills, declared_slug, find_skill_mentions

PARSER_VERSION = "1.0"
BUDGET = 10.0  # seconds for one file, however hostile
MAX_TEXT = 100_000  # characters of one posting's text that the field readers see
REVIEW_BELOW = 0.6  # a role whose employer, title or pay is less sure than this is marked for review
_MODE_LABELS = {
    "remote": "remote", "fully remote": "remote", "100% remote": "remote", "remote-first": "remote",
    "hybrid": "hybrid", "on-site": "onsite", "onsite": "onsite", "on site": "onsite", "in-office": "onsite",
    "in office": "onsite", "office-based": "onsite", "work from office": "onsite",
    # The same labels on postings in other languages.
    "remoto": "remote", "remota": "remote", "100% remoto": "remote",
    "teletrabajo": "remote", "télétravail": "remote", "homeoffice": "remote", "remote only": "remote",
    "híbrido": "hybrid", "hibrido": "hybrid", "hybride": "hybrid", "hybrid working": "hybrid",
    "presencial": "onsite", "vor ort": "onsite", "sur site": "onsite", "op locatie": "onsite",
}  # fmt: skip
# "$-5" or "-$5": a minus glued to the amount (a range's " - $100" has a space) is never pay.
# "28.000 € - 32.000 €" is a range: a symbol after an amount is that amount's currency.
# The lookahead names the characters such a figure can start with: other places are passed over at once.
_NEGATIVE_PAY = re.compile(
    # "$-5", " -$5"; but "$40 -$50" is a range written with one space
    r"(?=[-−$€£₹:(\s])(?:(?<![\d.,][ \t])[$€£₹][-−]\d[\d,.]*"
    r"|(?:^|[:(]\s*|(?<![\d.,kK])\s)[-−][$€£₹]\s?\d[\d,.]*)",
    re.M,
)
# Leading spaces are taken only from where their run starts, so long runs stay linear; a separator right
# after spaces that the previous match took ("a) · b") still matches.
_SEGMENT = re.compile(r"(?:(?<!\s)\s+)?(?:\||\s[·•]|[·•]\s|\s[—–-]\s|\(|\))\s*")


@dataclass(frozen=True)
class SkillMention:
    name: str
    slug: str
    category: str
    required: bool
    # how the posting names the skill where that is another name for it ("MS Office", "GCP"), else ""
    written: str = ""


@dataclass(frozen=True)
class ParsedPosting:
    title: str | None = None
    company: str | None = None
    team: str | None = None
    seniority: str | None = None
    employment_type: str | None = None
    work_mode: str | None = None
    locations: tuple[Place, ...] = ()
    remote_restriction: tuple[str, ...] = ()
    relocation_assistance: bool | None = None
    min_years_experience: int | None = None
    summary: str = ""
    responsibilities: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    nice_to_have: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()
    about_company: str = ""
    pay: Pay | None = None
    estimates: tuple[Pay, ...] = ()
    skills: tuple[SkillMention, ...] = ()
    posted_at: date | None = None
    valid_through: date | None = None
    source_kind: str = "careers"
    url: str | None = None
    apply_url: str | None = None
    body: str = ""
    raw: str = ""
    warnings: tuple[str, ...] = ()
    # How sure the readers are of the fields a wrong value hurts most: (field, 0..1) pairs.
    confidence: tuple[tuple[str, float], ...] = ()
    problem: str | None = None

    def to_dict(self) -> dict:
        """A JSON-safe dict (dates as ISO strings, amounts as strings) for storing with the source."""
        return _jsonable(asdict(self))


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items() if k not in {"raw", "body"}}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def parse(text: str | bytes, *, filename: str | None = None, url: str | None = None) -> ParsedPosting:
    """Parse one posting; for a file holding several (a JSON list) the first is returned."""
    postings = parse_all(text, filename=filename, url=url)
    return postings[0]


def parse_all(
    text: str | bytes, *, filename: str | None = None, url: str | None = None, budget: float | None = BUDGET
) -> list[ParsedPosting]:
    """Parse every posting in a file: usually one, several for a JSON list or JSON Lines.

    `budget` bounds the seconds one file may take; past it the file gets a problem instead of a result.
    """
    try:
        with time_budget(budget):
            return _parse_file(text, filename=filename, url=url)
    except OverBudget:
        return [
            ParsedPosting(problem=f"reading this posting took over {budget:g} s; it is too long or too odd")
        ]


def _parse_file(text: str | bytes, *, filename: str | None, url: str | None) -> list[ParsedPosting]:
    warnings: list[str] = []
    if isinstance(text, bytes):
        try:
            text, warning = formats.decode(text)
        except formats.UnusableInput as exc:
            return [ParsedPosting(problem=str(exc))]
        if warning:
            warnings.append(warning)
    try:
        documents = formats.to_documents(text, filename=filename)
    except Exception as exc:  # noqa: BLE001 - the parser promises never to raise on odd input
        return [ParsedPosting(problem=f"could not read the posting ({type(exc).__name__})", raw=text)]
    if not documents:
        return [ParsedPosting(problem=_empty_reason(text, filename), raw=text)]
    if len(documents) == 1:
        return [_parse_document(documents[0], raw=text, url=url, warnings=warnings)]
    # Several postings in one file: each source keeps its own part of the file.
    return [
        _parse_document(
            doc,
            raw=json.dumps(doc.structured, ensure_ascii=False, indent=1) if doc.structured else doc.text,
            url=url,
            warnings=warnings,
        )
        for doc in documents
    ]


def _empty_reason(text: str, filename: str | None) -> str:
    if not text.strip():
        return "empty file"
    name = (filename or "").lower()
    if name.endswith((".json", ".jsonl", ".ndjson")) or text.lstrip().startswith(("{", "[")):
        return "JSON holds no JobPosting"
    return "no posting text found"


def _parse_document(doc, *, raw: str, url: str | None, warnings: list[str]) -> ParsedPosting:
    if len(doc.text) > MAX_TEXT:  # a posting is a few thousand characters; the rest is not read
        warnings = [
            *warnings,
            f"the posting's text is {len(doc.text):,} characters; only the first {MAX_TEXT:,} were read",
        ]
        doc = replace(doc, text=doc.text[:MAX_TEXT])
    try:
        return _read_fields(doc, raw=raw, url=url, warnings=list(warnings))
    except Exception as exc:  # noqa: BLE001 - a bug in one field reader must not crash an import
        return ParsedPosting(
            problem=f"the parser failed on this posting ({type(exc).__name__}: {exc})", raw=raw
        )


def _read_fields(doc, *, raw: str, url: str | None, warnings: list[str]) -> ParsedPosting:
    cleaned = clean_mod.clean(doc.text)
    parts = sections.split_sections(cleaned.text)
    facts = dict(cleaned.facts)
    known = structured_fields(doc.structured) if doc.structured else {}
    # A careers page's front matter ("title: Careers") names the page: the text is read for the title.
    site_title = known.pop("title") if is_site_word(known.get("title")) else None
    lines = _opening_lines(cleaned.text)
    info = people.find_title(lines, facts=facts)
    title = known.get("title") or info.title
    # A site's front matter names the page ("titre: Devenir coopérateur"); the heading below names the job.
    if (
        doc.fmt == "markdown"
        and title != info.title
        and info.title
        and not people.looks_like_title(title)
        and people.looks_like_title(info.title)
        and info.title.lower() not in title.lower()
        and re.search(rf"(?m)(?:^#{{1,6}}|<h[1-6][^>]{{0,200}}>)[ \t]*+{re.escape(info.title)}", raw)
    ):
        title, site_title = info.title, known.pop("title")
    stated = (
        info.company
        or _fact(facts, "company name", "company", "employer", "organisation", "organization")
        or people.employer_after_title(cleaned.text, title)
    )
    header = [line for line in doc.text.splitlines()[:5] if line.strip()][:3]
    if doc.page_title:  # "Forklift Operator | Careers at Brambleton Freight"
        header += [part for part in _SEGMENT.split(doc.page_title) if part.strip()]
    # "TechAdemics -": a scraped table's name cell keeps the separator its page put after the name
    company, company_sure = (known.get("company") or "").strip(" \t-–—|·,;") or None, 1.0
    if not company:
        company, company_sure = scored_company(
            lines, cleaned.text, header=header, page_title=doc.page_title, stated=stated, title=title, raw=raw
        )
    split = _title_then_employer(title, cleaned.text) if title and not company else None
    if title and not split and not known.get("company"):
        split = _halves_on_lines(title, cleaned.text, company)
    if split:  # "Role: Director of Engineering — AllTrails (San Francisco / Remote)"
        title, company, company_sure = split[0], split[1], 0.6
    if title and not known.get("title") and not known.get("company"):
        # "Carlton Complex Motel LLC House Attendant - Housekeeping in Carlton, Washington": the heading is
        # read again from the employer's name on; the first reading's team was part of it.
        readings = (_employer_opens_title(line, cleaned.text) for line in lines[:3])
        opened = next((found for found in readings if found), None)
        if opened:
            title, company, company_sure = opened[0], opened[1], 0.7
            info = replace(info, team=None)
    if company and title and not known.get("title") and _names_company(title, company):
        # "Acme Staffing — Technology" above the real title is the page's header, not the role.
        lines = [line for line in lines if not _names_company(line, company)]
        info = people.find_title(lines, facts=facts)
        title = info.title
    if company and title and not known.get("title"):
        title = _without_employer_tail(title, company)
    body = cleaned.text
    role_text = "\n".join([parts.summary, *parts.responsibilities, *parts.requirements, *parts.nice_to_have])
    town = _employer_town(company, body)
    locations = _locations(known, facts, body, lines) or _title_city(doc.page_title) or _town_in_title(title)
    if not locations:
        # a town too small for the gazetteer is in the country of the town's own domain ("Ayuntamiento de
        # Uceda" and "registro@uceda.es"; not a link to youtu.be or a recruiter's mail in another country)
        country = None if not town or town[0].country else _town_domain_country(town[0].name, raw or body)
        locations = (replace(town[0], country=country),) if country else town
    elif (
        town
        and all(places.is_country(place) for place in locations)
        and town[0].country in (None, *(place.country for place in locations))
    ):  # "Netherlands" and the employer "Gemeente Purmerend": the town's own jobs are in the town
        locations = (replace(town[0], country=town[0].country or locations[0].country),)
    placed = [v for k, v in facts.items() if labels.key_of(k) == "location"]
    locations = locations or _written_places([*(known.get("locations") or []), *placed], facts)
    # "Location: Remote (EMEA)": the label's value is no longer in the body.
    restriction = known.get("remote_restriction") or places.remote_restriction(body)
    labelled = (c for v in placed for c in places.remote_restriction(v, label=True))
    restriction = tuple(restriction or dict.fromkeys(labelled))
    local = (
        _one_country(locations, restriction)
        or _host_country(url or doc.url)
        or _domains_country(raw)
        or ("CA" if _QUEBEC_DOLLARS.search(body) else None)
    )
    pay_choice = _pay(known, facts, body, warnings, local)
    title_sure = 1.0 if known.get("title") else 0.8
    if not title:
        title, title_sure = _fallback_title(lines, doc.page_title, company), 0.4
    if (
        not title
        and company
        and lines
        and lines[0].strip() == company
        and _JOB_PAGE.search(doc.page_title or "")
    ):
        # A job page's heading ("Fiche poste | …" over <h1>Web Marketing</h1>) names the job, not its employer
        title, title_sure, company, company_sure = company, 0.4, None, 0.0
    # A sentence further down that seeks one ("We are seeking to appoint a Teacher of English"), its
    # paragraph's lines joined where the source wrapped them ("vi söker nu en engagerad" / "verksam…").
    if not title:
        later = [
            " ".join(part.split()) for part in _PARAGRAPH_BREAK.split(cleaned.text)[:200] if part.strip()
        ]
        # or a sentence opening its own line under a heading the paragraph joined to it ("About the Role" /
        # "The Project Accountant is responsible for …")
        title = people.title_from_sentences(later) or people.title_from_sentences(_unwrapped(cleaned.text))
        title_sure = 0.3
    if not title:  # a page that names the job further down, under its pitch ("FYZIOTERAPEUT/KA PRO DĚTI")
        title, title_sure = _later_title(cleaned.text, company), 0.3
    if not title:  # only a sentence names the job ("a warehouse associate makes about $14 an hour"): a guess
        title, title_sure = _prose_title(cleaned.text), 0.2  # that a person checks before it is listed
    if not title and (site_title or lines and is_site_word(lines[0])):
        # Only the page's own name ("Careers", "Intro"): kept so that nothing else is lost, for a person to
        # fix.
        title, title_sure = site_title or lines[0].strip(" #*"), 0.3
    if not title and _job_facts(pay_choice, locations, parts, body) >= 2:
        # A page that states a job's facts but names the job nowhere the readers above look: its first heading
        # is kept, marked as a guess, so the role waits for a person instead of its pay and place being lost.
        title, title_sure = _first_heading(lines, company), 0.1
        if title:
            warnings.append(
                f"no job title found: the first heading ({title[:60]}) stands in until one is given"
            )
    title = _tidy_title(title)
    problem = None if title else "no recognisable job title"
    confidence = _confidence(company_sure, title_sure, pay_choice, known)
    level = people.seniority(title) or people.seniority(known.get("level"))  # a record's "jobLevel"
    link, apply_link = _link(url or doc.url, warnings), _link(doc.apply_url or apply_in_text(body), warnings)
    if title and not company:  # filed under "Employer not named" for a person to name it (or --company NAME)
        warnings.append("no employer named: the role waits for review until one is given")
    mode = (
        known.get("work_mode")
        or places.work_mode(title or "")  # "Clinical Trial Manager – UK, Remote"
        or ("remote" if _REMOTE_BOARD.search(url or doc.url or "") else None)  # remotive.com/remote-jobs/…
        or _header_work_mode([*lines, *(f"{k}: {v}" for k, v in facts.items())])
        or places.work_mode(_without_about(body, parts))
        # "Location: London (2 days at Office)", "Work Location: Hybrid remote in Nisku, AB"
        or places.work_mode("\n".join(placed))
        # Stated nowhere: a nurse, a driver or a cook works where the work is.
        or ("onsite" if in_person_job(title) else None)
    )
    if mode == "remote" and not restriction and title:
        # "Operations Coordinator (EMEA)", "Support Engineer - LATAM": a remote job's region in its title
        region = _TITLE_REGION.search(title)
        part = (region["region"] or region["tail"]) if region else ""
        restriction = places.remote_restriction(f"Remote ({part})") if part else ()
    return ParsedPosting(
        title=title,
        company=company,
        team=_team_name(
            _plain_team(known.get("team") or info.team) or _fact(facts, "team", "department") or _team(parts),
            company,
        ),
        seniority=level,
        # An intern's title ("Data Science Intern") says the kind of job when nothing else does, and over
        # its hours ("Part time" in a Workday record): an internship is the contract, whatever its hours.
        # The title's own words ("COVID-19 Part time Project Manager") over a board's chip ("Full time").
        employment_type=_with_internship(
            known.get("employment_type")
            or terms.employment_type(title or "")
            or _employment_type(facts, body),
            level,
        )
        or terms.hours_kind(body),
        work_mode=mode,
        locations=locations,
        remote_restriction=restriction,
        relocation_assistance=places.relocation_assistance(body),
        min_years_experience=terms.min_years_experience("\n".join(parts.requirements))
        or terms.min_years_experience(role_text)
        or terms.min_years_experience(body)
        or terms.min_years_experience(_experience_facts(facts)),
        summary=parts.summary,
        responsibilities=parts.responsibilities,
        requirements=parts.requirements,
        nice_to_have=parts.nice_to_have,
        benefits=parts.benefits,
        about_company=parts.about_company,
        pay=pay_choice.pay,
        estimates=pay_choice.estimates,
        skills=_skills(parts, title, facts, cleaned.text),
        posted_at=known.get("posted_at")
        or terms.posted_date(body, facts=facts, day_first=bool(local) and local not in _MONTH_FIRST),
        valid_through=known.get("valid_through") or terms.closing_date(body, facts=facts),
        source_kind=cleaned.kind_hint or _kind_of(doc, raw),
        url=link,
        apply_url=apply_link,
        body=role_text,
        raw=raw,
        warnings=tuple(warnings) + pay_choice.warnings,
        confidence=confidence,
        problem=problem,
    )


# A hiring comment on a forum or an issue tracker ("owner/repo · issue #7", a Hacker News comment, Reddit).
_FORUM = re.compile(
    r"(?=[·gncir])(?:"  # the letters a match can start with: other places are passed over at once
    r"·\s*issue\s+#\d+|github\.com/[\w.-]+/[\w.-]+/issues/\d+|news\.ycombinator\.com|class=['\"]comhead|"
    r"\bitem\?id=\d+|reddit\.com/r/\w+/comments/"
    r")",
    re.I,
)


def _kind_of(doc, raw: str) -> str:
    """The kind of source the file is, from its shape: a dataset's row, a forum post, or a careers page."""
    if doc.fmt == "csv":
        return "dataset"
    return "forum" if _FORUM.search(raw[:5000]) else "careers"


def _confidence(
    company: float, title: float, choice: PayChoice, known: dict
) -> tuple[tuple[str, float], ...]:
    """Employer, title and pay confidence: structured data is sure, fallbacks and doubted pay are not."""
    pairs = [("company", round(company, 2)), ("title", title)]
    if choice.pay is not None:
        pairs.append(("pay", 1.0 if known.get("pay") else 0.5 if choice.warnings else 0.85))
    return tuple(pairs)


def _link(value: str | None, warnings: list[str]) -> str | None:
    """The link when it is safe to show as one; a refused link is reported, never kept."""
    link = safe_url(value) if value else None
    if value and not link:
        warnings.append(f"dropped a {unsafe_scheme(value)} link: only http, https and mailto links are kept")
    return link


def _header_work_mode(opening: list[str]) -> str | None:
    """A work mode the header states as a label ("Chicago, IL · Hybrid · Full-time")."""
    for line in opening:
        value = line.split(":", 1)[-1]  # "Work setting: On-site" too
        for segment in [*_SEGMENT.split(value), *value.split(",")]:
            mode = _MODE_LABELS.get(segment.strip(" -*").lower())
            if mode:
                return mode
    return None


def _plain_team(team: str | None) -> str | None:
    # "Travel Therapist - 13 Weeks": a duration or number on the title line is no team.
    return None if not team or any(ch.isdigit() for ch in team) else team


_PAGE_WORDS = frozenset(
    {"job", "jobs", "job post", "job posting", "careers", "career", "vacancy", "vacancies"}
)


def _team_name(team: str | None, company: str | None) -> str | None:
    """The team as a name: not the employer, a place, a link, a page word or a fragment of a sentence."""
    team = (team or "").strip(" ,;:-–—")
    if not team or len(team.split()) > 10 or "http" in team or "www." in team or team.lower() in _PAGE_WORDS:
        return None
    if team[:1].islower() or (team.isupper() and len(team) > 12):  # "als Kreditspezialist…", "НАМ НУЖЕН"
        return None
    key = people.company_key(team)  # empty for a name in another script ("고객감동팀"): says nothing
    if company and (key and key in people.company_key(company) or _names_company(team, company)):
        return None
    if places.parse_place(team) or city(re.split(r"[,/(]", team)[0].strip()) or _ADDRESS_END.search(team):
        return None
    # the title line's other parts: "Short term contract", "Meio Período", "Grade III", "Immediate Joiner"
    if terms.employment_type(team) or places.work_mode(team) or _NOT_A_TEAM.search(team):
        return None
    return team


_ADDRESS_END = re.compile(r"[市区區省県구시도]$")
_NOT_A_TEAM = re.compile(
    r"(?i)^(?:grade|class|level|band|step|scale|tier|pay\s+grade|salary\s+grade)\s+[\w.]{1,5}$"
    r"|\b(?:immediate(?:ly)?\s+(?:joiner|joining|start)|urgent(?:ly)?|asap|new\s+vacancy|now\s+hiring"
    r"|hiring\s+now|wfo|wfh)\b"
)
_TITLE_CASED = re.compile(r"^[A-Z][\w'’&/.-]*(?:[ ,–-]+(?:[A-Z0-9][\w'’&/.-]*|of|and|for|the|in|to|&))*$")


# Marks around a title read from a page's text: "## „**pädagogische Fachkraft (m/w/d) “**", a path's
# slash before it ("/Senior Backend Engineer").
_TITLE_MARKS = re.compile(r"^[#\s*_„“”\"«»/]++|(?<![\s*_„“”\"«»])[\s*_„“”\"«»]++$")


# "Chef Wanted", "DRIVERS NEEDED (Durban)", "Cleaner urgently required!": the advert's call, not the job's
# name (which stays where no job is left: "Help Wanted").
_WANTED = re.compile(
    r"(?i)(?<=\w)[ \t]+(?:urgently[ \t]+)?(?:wanted|needed|required)\b[ \t]*+[!.]*+(?:\([^()\n]{0,60}\))?$"
)


# A public notice's count of posts before the job: "N. 1 POSTO DI DIRIGENTE INGEGNERE", "2 posts of Clerk".
_POSTS_OF = re.compile(
    r"(?i)^(?:n\.?[ \t]*+)?\d{1,3}[ \t]+(?:post[oi]|posts?|positions?|vacanc(?:y|ies)|plazas?|vagas?|postes?)"
    r"[ \t]+(?:di|of|for|de|d['’]|da|do)[ \t]*+(?=\S)"
)


def _tidy_title(title: str | None) -> str | None:
    if not title:
        return title
    title = _TITLE_MARKS.sub("", title.replace("**", "")) or title
    title = _POSTS_OF.sub("", title) or title
    called = _WANTED.sub("", title)
    return called if called != title and people.looks_like_title(called) else title


def _fallback_title(lines: list[str], page_title: str | None, company: str | None) -> str | None:
    """A title named by no job noun we know ("Sommelier"): the page title's first part when the posting
    repeats it, else a short title-cased first line that is neither the employer nor a heading."""
    first_part = _SEGMENT.split(re.split(r"\s+at\s+", page_title or "")[0])[0].strip()
    if first_part and any(line.strip() == first_part for line in lines):
        return first_part
    if first_part and people.looks_like_title(first_part):  # "Open Source Community Manager (d/f/m) | …"
        return first_part
    line = lines[0].strip() if lines else ""
    words = line.split()
    if not 1 <= len(words) <= 6 or not _TITLE_CASED.match(line) or _names_no_job(line, company):
        return None
    return line


def _names_no_job(line: str, company: str | None) -> bool:
    """Whether a line is a section's heading, the page's own name ("Careers", "Intro"), a date, the employer
    or a place: no job's title."""
    return bool(
        sections.classify_heading(line)
        or is_site_word(line)
        or terms.parse_date(line)
        or company
        and _names_company(line, company)
        or places.parse_place(line)
        or labels.key_of(line)  # a label standing alone ("Location" over "Remote")
    )


# Job boards that list remote jobs only: a posting whose own address is theirs is a remote job.
_REMOTE_BOARD = re.compile(
    r"^https?://(?:www\.)?(?:remotive\.(?:com|io)|remoteok\.(?:com|io)|weworkremotely\.com|jobicy\.com"
    r"|remote\.co|justremote\.co|workingnomads\.com|himalayas\.app|remotewoman\.com|nodesk\.co"
    r"|[\w.-]+/remote-jobs/)",
    re.I,
)
# A page title that says the page is one job's ("Fiche poste | …", "Stellenangebot – …", "Job description").
_JOB_PAGE = re.compile(
    r"\b(?:fiche\s+(?:de\s+)?poste|offre\s+d['’]emploi|job\s+(?:description|posting|offer|opening|ad)|vacancy"
    r"|stellen(?:angebot|anzeige|ausschreibung)|vacature|oferta\s+de\s+(?:empleo|trabajo|emprego)"
    r"|descripci[oó]n\s+del\s+puesto)\b",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm)?[ \t]*+regards|best|thanks|thank you|cheers|sincerely|yours"
    r"|mit freundlichen grüßen|viele grüße|cordialement|bien à vous|saludos|atentamente"
    r"|atenciosamente|cordiali saluti|met vriendelijke groet)"
    r"\b[^\n]{0,40}+$",
    re.I | re.M,
)
_PERSON = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2}$")  # "Marcy White": a signature's name


_PROSE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DETERMINERS = frozenset(
    str.split("a an the our as un una um uma ein eine einen einer le la il lo el los las des een")
    + str.split("als como comme come jako som")
)
_HIRING_WORDS = re.compile(
    r"hiring|\bhire|\bjob|vacanc|position|opening|recruit|wanted|\bsought|cercasi|\bcerca|\bbusca|\bsucht"
    r"|\bzoekt|søker|søger|söker|\bszuka|ищ|требуется|tuyển|lowongan|dicari|keres|állás|empleo|emprego|lavoro"
    r"|stelle|poste|offre|looking[ \t]+for|\bseeking|\binvites?\b",
    re.I,
)


def _unwrapped(text: str) -> list[str]:
    """The text's lines, a line going on in small letters joined to the one before (a wrapped sentence)."""
    out: list[str] = []
    for line in text.splitlines()[:400]:
        line = " ".join(line.split())
        if out and out[-1] and line[:1].islower():
            out[-1] += " " + line
        elif line:
            out.append(line)
    return out


def _prose_title(text: str) -> str | None:
    """The first job noun a sentence of the text uses, with the words that qualify it before it
    ("warehouse associate"), for a text that names its job nowhere else."""
    stop = function_words()
    for line in text.splitlines()[:60]:
        if _SIGN_OFF.match(line.strip()):  # the sender's own title follows ("Thank you, … Staffing Director")
            break
        words = [word.strip("'’-") for word in _PROSE_WORD.findall(line)]
        hiring = bool(_HIRING_WORDS.search(line))
        for index, word in enumerate(words):
            if len(word) < 3 or not people.is_job_noun(word) or word.lower() in stop:
                continue
            # a job named as one ("a warehouse associate", "als Erzieher"), opening its line or in a short
            # one, or in a line about hiring; not "the work is on drivers and the boot path of set-top boxes"
            opens = index == 0 or len(words) <= 8
            named = {w.lower() for w in words[max(0, index - 2) : index]} & _DETERMINERS
            if not (hiring or opens or named):
                continue
            before = words[index - 1] if index else ""
            # one word that qualifies an English job noun: "warehouse associate", "javascript developer" (not
            # "vacancies host", "experienced gardener", "sorting Shelvers")
            qualifies = (
                word.islower()
                and word.lower().rstrip("s") in ENGLISH_JOB_NOUNS
                and before.islower()
                and before not in stop
                and not before.endswith(("s", "ed", "ing"))
                and not people.is_job_noun(before)
            )
            if qualifies:
                return f"{before} {word}"
            # a Romance job noun and its adjective: "assistente operacional", "auxiliar administrativo"
            after = words[index + 1] if index + 1 < len(words) else ""
            if (
                word.lower().rstrip("s") not in ENGLISH_JOB_NOUNS
                and after.islower()
                and _ROMANCE_QUALIFIER.search(after)
                and after not in stop
                and f"{word} {after}" in line
            ):
                return f"{word} {after}"
            # a job named in capitals in a sentence: "invites qualified Social Workers to apply"
            named = word
            for earlier in reversed(words[max(0, index - 3) : index]):
                if not earlier.istitle() or earlier.lower() in stop or f"{earlier} {named}" not in line:
                    break
                named = f"{earlier} {named}"
            return named
    return None


_ROMANCE_QUALIFIER = re.compile(r"(?:al|ivo|iva|ico|ica|ário|ária|ario|aria|ista|ière|ier)s?$")


def _later_title(text: str, company: str | None) -> str | None:
    """The first short line of the whole text that reads as a job title (a job noun we know, no sentence),
    for a page whose opening names none; a person checks it (low confidence)."""
    before = ""
    for line in text.splitlines()[:400]:
        line, previous = line.strip(" -•*#"), before
        before = line or before
        if _SIGN_OFF.match(line):  # the sender's own title follows ("Best regards, … Staffing Director")
            break
        if _PERSON.match(previous) and not people.looks_like_title(previous):
            continue  # "Marcy White" / "Learning Delivery Manager at …": the sender's title
        words = line.split()
        if not 1 <= len(words) <= 8 or len(line) > 80 or line.endswith((".", ":", "?", "!", ",")):
            continue
        if sections.classify_heading(line) or company and _names_company(line, company):
            continue
        if people.looks_like_title(line):
            return line
    return None


# A legal form that closes a company's name: "Carlton Complex Motel LLC", "United Clearing Services, LLC".
_LEGAL_FORM = r"(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|Corp\.?|Corporation|PLC|LLP|Pty\.?[ \t]+Ltd\.?)"
_NAMED_WORD = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*|&|of|and)$")
_LEGAL_WORD = re.compile(_LEGAL_FORM)
# (?<!…): a run of blanks is entered at its first blank (or at the comma before it), so it is scanned once.
_FORM_AFTER = re.compile(rf"(?:,|(?<![ \t,]))[ \t]++{_LEGAL_FORM}(?!\w)")


def _employer_opens_title(title: str, text: str) -> tuple[str, str] | None:
    """(title, employer) of a job board's heading that opens with the employer's name: "Carlton Complex Motel
    LLC House Attendant - Housekeeping in Carlton, Washington", or "United Clearing Services Ground Person in
    Waco, Texas" when the posting gives "United Clearing Services, LLC" elsewhere."""
    words = title.split()
    if not words or words[0].lower() in _NOT_OPENING_NAME:  # "At Viksta Care Ltd we provide …"
        return None
    forms: list[int] | None = None  # where the text gives a legal form after a name, found once
    for size in range(min(6, len(words) - 1), 0, -1):
        name, rest = " ".join(words[:size]), " ".join(words[size:])
        if not all(_NAMED_WORD.match(word) for word in words[:size]) or people._has_role_noun(name):
            continue
        # "Jay-Be Limited is an industry leader": a sentence, not a heading
        if not rest[:1].isupper() or _SENTENCE_VERB.search(rest) or re.match(_LEGAL_FORM, rest):
            continue
        if not (size > 1 and _LEGAL_WORD.fullmatch(words[size - 1])):  # "… Motel LLC" gives its own form
            forms = [found.start() for found in _FORM_AFTER.finditer(text)] if forms is None else forms
            if not any(_names_at(text, name, end - len(name)) for end in forms):
                continue
        job = people._trim_title(rest)
        if job and rest.startswith(job.split()[0]):
            return job, name
    return None


_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|we|our)\b", re.I)
_NOT_OPENING_NAME = frozenset(str.split("at join with for about in why work careers jobs the our we"))


def _names_at(text: str, name: str, start: int) -> bool:
    """Whether the text names `name` whole at `start`: not the tail of a word ("-", letters before it) nor of
    a longer name ("Security, Inc." in "Center for Internet Security, Inc.")."""
    if start < 0 or not text.startswith(name, start) or start and re.match(r"[\w-]", text[start - 1]):
        return False
    before = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].split()
    last = before[-1] if before else ""
    return not (last[:1].isupper() or last.lower() in ("for", "of", "and", "&", "de", "du", "der", "la"))


# "Director of Engineering — AllTrails (San Francisco / Remote)": a forum post's title, employer and place.
_TITLE_DASH_NAME = re.compile(
    r"^(?P<title>[^—–|,]{3,80}?)(?:[ \t]+[—–-]|,)[ \t]+"
    r"(?P<name>[A-Z][\w&.'’+-]*+(?:[ \t]+[A-Z][\w&.'’+-]*+){0,2})"
    r"(?:[ \t]*+\([^()\n]{1,60}\))?$"
)


def _title_then_employer(title: str, text: str) -> tuple[str, str] | None:
    """(title, employer) of a title that names its employer after a dash, when the posting names that
    employer elsewhere too."""
    found = _TITLE_DASH_NAME.match(title.strip())
    name = found["name"] if found else ""
    if not found or text.count(name) < 2 or people.seniority(name):
        return None
    # a unit or a shift ("Nurse, ICU", "Designer - Growth") is no employer: the posting must name it as one
    # elsewhere ("@ AllTrails", "join AllTrails", "AllTrails is the most trusted platform")
    quoted = re.escape(name)
    as_employer = re.search(
        rf"(?:@|\b(?:at|join|with)\b)[ \t]*{quoted}\b"
        rf"|\b{quoted}[ \t]+(?:is|are|was|has|helps|builds|makes|offers)\b",
        text,
    )
    if not as_employer or name.isupper() and len(name) <= 4:
        return None
    return found["title"].strip(), name


_HALVES = re.compile(r"^(?P<a>[^\n]{2,80}?)[ \t]+[-–—|][ \t]+(?P<b>[^\n]{2,80})$")


def _halves_on_lines(title: str, text: str, company: str | None) -> tuple[str, str] | None:
    """(title, employer) of a page's title "KUEHNE+NAGEL, s.r.o. - HR Generalist" whose two halves stand as
    lines of their own in the posting (its h1 and h2): the half that reads as a job is the title, when the
    employer found so far is none or one of the halves ("Registered Nurse – Med/Surg" at Brightpath Health
    names a unit)."""
    found = _HALVES.match(title.strip())
    if not found:
        return None
    a, b = found["a"].strip(), found["b"].strip()
    if company and company not in (a, b):
        return None
    lines = {line.strip(" \t#*") for line in text.splitlines()}
    if a not in lines or b not in lines:
        return None
    a_job, b_job = people.looks_like_title(a), people.looks_like_title(b)
    if a_job == b_job:
        return None
    return (a, b) if a_job else (b, a)


# A job board's words after the title: "Assistant Accountant General Job in Kenya".
_JOB_IN = re.compile(
    r"(?<=\w)[ \t]++(?:Jobs?|Vacanc(?:y|ies))[ \t]++in[ \t]++(?P<place>[A-Z][\w'’. -]{1,30})$"
)


def _without_employer_tail(title: str, company: str) -> str:
    """The title without the employer (and a board's "Job in <country>") after it: "Assistant Accountant
    General Job in Kenya - County Government of Kitui" is the Assistant Accountant General's post."""
    tail = re.search(rf"[ \t]*+(?:[-–—|,@]|\bat\b)[ \t]*+{re.escape(company)}[ \t.]*$", title, re.I)
    head = title[: tail.start()] if tail and tail.start() > 0 else title
    job_in = _JOB_IN.search(head)
    place = places.parse_place(job_in.group("place")) if job_in else None
    # "… Job in Kenya", never "Future of Jobs in Africa" nor "Green Jobs in Manchester"
    return head[: job_in.start()] if place and places.is_country(place) and job_in.start() > 0 else head


def _names_company(line: str, company: str) -> bool:
    words = people.company_key(company)
    return bool(words) and people.company_key(line).startswith(words)


def _team(parts: sections.Sections) -> str | None:
    """A team named anywhere in the role's prose, when the opening lines name none."""
    prose = [*parts.summary.splitlines(), *(line for _, body in parts.other for line in body)]
    return people.find_team([line for line in prose if line.strip()])


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*+\n")


def _job_facts(pay_choice: PayChoice, locations: tuple, parts, body: str) -> int:
    """How many of a job's facts a text states: pay, a place, duties or requirements, its terms."""
    return sum(
        (
            pay_choice.pay is not None,
            bool(locations),
            bool(parts.responsibilities or parts.requirements),
            terms.employment_type(body) is not None or terms.min_years_experience(body) is not None,
        )
    )


# A title's last part in brackets or after a dash: "Operations Coordinator (EMEA)", "… - LATAM".
_TITLE_REGION = re.compile(r"(?:\((?P<region>[^()\n]{2,30})\)|[ \t][–—-][ \t](?P<tail>[^–—\n]{2,30}))[ \t]*$")
# A label before its value: "Postal Code – M5H 2N2", "Salary:". (?<![ \t]): a match starts at a blank run's
# first blank, so a long run is scanned once.
_LABEL_HEAD = re.compile(r"(?<![ \t])[ \t]++[–—-][ \t]|(?<![ \t])[ \t]*+[:：]")
_CODE_MARKS = re.compile(r"[{};=<>]|^(?:export|const|var|let|import|function|def|class)\b")


def _first_heading(lines: list[str], company: str | None) -> str | None:
    """The first of the opening lines that reads as a heading: a few words with letters, no sentence, no
    label, date, link, page name or the employer's own name."""
    for line in lines[:6]:
        text = line.strip(" \t#*•·-–—|")
        words = text.split()
        if not (1 <= len(words) <= 12 and 3 <= len(text) <= 120 and re.search(r"[^\W\d_]", text)):
            continue
        if text.endswith((".", ":", "!", "?", ",", "。", "！", "？", "[", "{", "(", "=")):
            continue  # a sentence, a label or an opened bracket ("export const Users = [")
        if "://" in text or "@" in text or "www." in text or _CODE_MARKS.search(text):
            continue
        if sum(char.isdigit() for char in text) * 5 > len(text):
            continue  # an address or a count ("高知県四万十市具同田黒3丁目8番10号", "1,480,004件の求人")
        # a page's or a section's name ("About Us", "Benefits"), a date, a place, the employer or a part of
        # its name ("Acme" of "Acme Inc")
        if _names_no_job(text, company) or company and text.lower() in company.lower():
            continue
        # a label alone or before its value ("Postal Code – M5H 2N2"): a labelled fact
        if labels.key_of(_LABEL_HEAD.split(text, maxsplit=1)[0]):
            continue
        if len(words) > 3 and sum(word[:1].islower() for word in words) > len(words) // 2:
            continue  # mostly small words: a line of prose cut short, not a heading
        return text
    return None


def _opening_lines(text: str) -> list[str]:
    """The posting's first lines up to its first list section: where the title and employer stand."""
    out: list[str] = []
    for line in text.splitlines():
        kind = sections.classify_heading(line.strip())
        if kind and kind != "summary" and out:
            break
        if line.strip() and not kind:
            out.append(line.strip())
        if len(out) >= 15:
            break
    return out


_EXPERIENCE_LABEL = re.compile(
    r"experien|erfahrung|esperienza|ervaring|doświadczenie|опыт|经验|經驗|経験|경력", re.I
)


def _experience_facts(facts: dict[str, str]) -> str:
    """Labelled experience ("Experiencia: Al menos 2 años", "工作经验：3–5 年") as lines to read."""
    return "\n".join(f"{key}: {value}" for key, value in facts.items() if _EXPERIENCE_LABEL.search(key))


def _fact(facts: dict[str, str], *keys: str) -> str | None:
    return next((facts[k].strip() for k in keys if facts.get(k, "").strip()), None)


def _without_about(body: str, parts: sections.Sections) -> str:
    # Company boilerplate ("our remote-first culture") says little about this role's work mode.
    return body.replace(parts.about_company, "") if parts.about_company else body


def _with_internship(kind: str | None, level: str | None) -> str | None:
    return "internship" if level == "intern" and kind in (None, "full_time", "part_time") else kind


_TYPE_LABELS = (
    "employment type", "job type", "work type", "type", "schedule", "contract", "contract type",
    "contract term", "position type", "employment", "hours",
)  # fmt: skip
_B2B = re.compile(r"\bB2B\b")
_PERMANENT_ONLY = re.compile(r"(?<!\W)\W*+permanent\W*+", re.I)


def _employment_type(facts: dict[str, str], body: str) -> str | None:
    # "Contract type: Permanent" says nothing of full or part time; look further then.
    for key in _TYPE_LABELS:
        value = facts.get(key, "")
        kind = terms.employment_type(value) if value and not _PERMANENT_ONLY.fullmatch(value) else None
        if not kind and _B2B.search(value):  # Poland's business-to-business contracts
            kind = "contract"
        if kind:
            return kind
    return terms.employment_type(body)


def _locations(known: dict, facts: dict[str, str], body: str, opening: list[str]) -> tuple[Place, ...]:
    labelled = list(known.get("locations") or [])
    labelled += [facts[k] for k in ("location", "locations", "job location", "office") if facts.get(k)]
    # every label of a place ("Location: Hybrid" and, further down, "Available Locations: Mexico City, MX")
    labelled += [v for k, v in facts.items() if v and v not in labelled and labels.key_of(k) == "location"]
    if not labelled:
        # Header lines such as "Chicago, IL · Hybrid · Full-time" under the title.
        segments = (seg for line in opening[:6] for seg in _SEGMENT.split(line))
        labelled = [seg for seg in segments if len(seg) <= 60 and places.parse_place(seg)]
    if not labelled:  # a place after its country's flag: "* 🇲🇽 Ciudad de México"
        labelled = [m.group(1).strip() for m in _FLAGGED.finditer(body[:20_000])]
    return tuple(places.find_places(body, labelled=labelled))


def _written_places(labelled: list, facts: dict[str, str]) -> tuple[Place, ...]:
    """A labelled place no gazetteer knows, as written ("Location: VAAL", "Location: Bronx Zoo"), in the
    country labelled beside it ("Country: South Africa"): the last reading, when nothing names a known
    place."""
    found = next(filter(None, map(places.as_written, labelled)), None)
    country = places.country_code(facts.get("country") or "")
    return (replace(found, country=found.country or country),) if found else ()


# A line that is a flag (two regional-indicator letters) and a short place name after it.
_FLAGGED = re.compile(r"^[ \t*•-]*+[\U0001F1E6-\U0001F1FF]{2}[ \t]*+([^\W\d][\w .,'’-]{1,60}+)$", re.M)


_TOWN_NAME = re.compile(r"[^\W\d_][\w'’-]*+(?:[ \t][^\W\d_][\w'’-]*+){0,2}")


def _employer_town(company: str | None, text: str = "") -> tuple[Place, ...]:
    """The town a town's administration is, when the text names no place: its jobs are in the town, even a
    town too small for the gazetteer ("Town of Morinville")."""
    town = town_of(company, text)
    if not town or not _TOWN_NAME.fullmatch(town):
        return ()
    words = town.split()
    # "Krokoms kommun": a Swedish town's name in the genitive (Krokom), unless the town ends so (Borås)
    genitive = len(words) == 1 and re.search(r"(?<=\ws) kommun$", company)
    for size in range(len(words), 0, -1):  # "City of Toronto's Assessment Services": Toronto
        name = re.sub(r"['’]s$", "", " ".join(words[:size]))
        for spelling in (name, name[:-1]) if genitive else (name,):
            hit = city(spelling)
            if hit:
                return (Place(spelling, None, hit[0]),)
    # a town the gazetteer does not know: one word, or words joined as a town's are ("Lunz am See")
    joined = len(words) == 3 and words[1] in ("am", "an", "im", "upon", "on", "sur", "de", "del", "la", "le")
    if not (len(words) == 1 or joined):
        return ()
    name = town[:-1] if genitive else town
    # its state and country where the text writes them after it: "Mareeba QLD, Australia"
    for written in re.finditer(rf"(?<!\w){re.escape(name)}[ \t,]++[^\n]{{2,40}}", text[:20_000]):
        place = places.parse_place(written.group())
        # "Mareeba QLD": the state's code read as part of the name
        if place and place.country and (place.name == name or place.name.startswith(name + " ")):
            return (Place(name, place.region, place.country),)
    return (Place(name, None, None),)


# The town a job title ends with: "Salarisadministrateur - Freelance opdracht in Zeist", "Köch (m/w/d) in
# Kiel", "Lokalvårdare till Kiruna (vikariat)" ("Developer - Mobile" is no town: only after a preposition).
_TITLE_TOWN = re.compile(
    r"[ \t](?:in|at|à|en|em|na|no|im|i|till|w|в|tại)[ \t]+"
    r"(?P<name>[^\W\d_][\w'’.-]*+(?:[ \t][^\W\d_][\w'’.-]*+){0,2})[ \t]*+(?:\([^()\n]{0,60}\))?[ \t]*+$"
)


def _town_in_title(title: str | None) -> tuple[Place, ...]:
    """A town the title ends with, when the text names no place."""
    found = _TITLE_TOWN.search(title or "")
    place = places.site_city(found["name"]) if found else None
    return (place,) if place else ()


def _title_city(page_title: str | None) -> tuple[Place, ...]:
    """A page's title that names a city as one of its parts ("Cafe Classen - Arnhem"), when the text names
    no place."""
    parts = [part.strip() for part in _SEGMENT.split(page_title or "")[1:6]]
    found = (places.site_city(part) for part in parts if 2 < len(part) <= 40)
    return tuple(place for place in found if place)[:1]


_EXPLICIT_USD = re.compile(r"\bUSD\b|US\$|U\.S\.|\bUS dollars?\b", re.I)
_RUPEES = re.compile(r"\bRs\b|\brupees?\b", re.I)
_EXPLICIT_INR = re.compile(r"\bINR\b|₹|Indian\s+rupees?", re.I)


def _one_country(locations: tuple[Place, ...], restriction: tuple[str, ...]) -> str | None:
    """The country code when the posting is set wholly in one country, else None."""
    countries = {p.country for p in locations if p.country} | set(restriction)
    return next(iter(countries)) if len(countries) == 1 else None


# Country-code domains that sites use for their letters rather than their country.
_GENERIC_CCTLDS = frozenset(str.split("io co ai me tv ly fm so to gg cc ws la im is sh ac ag gl vc"))


def _host_country(url: str | None) -> str | None:
    """The country a posting's own address names by its domain (hh.ru, seek.com.au, stepstone.de), when the
    posting names no place: its pay is in that country's currency."""
    host = re.match(r"(?i)^https?://([^/:?#\s]+)", url or "")
    return _tld_country(host.group(1).rsplit(".", 1)[-1].lower() if host else "")


def _tld_country(tld: str) -> str | None:
    """The country of a country-code domain ("ca", "uk"); None for a generic one ("io", "co")."""
    if len(tld) != 2 or tld in _GENERIC_CCTLDS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in COUNTRY_CURRENCY else None


# Dollars written after the figure in French ("Salaire horaire : 19 $", "28 000 $ par année"): Québec's.
_QUEBEC_DOLLARS = re.compile(
    r"(?i)\b(?:salaire|taux|horaire|rémunération|traitement)\b[^\n$]{0,60}?\d[ \u00a0]?\$(?!\w)"
    r"|\d[ \u00a0]?\$[ \t]*+"
    r"(?:/[ \t]*+h(?:eure)?\b|de l['’]heure|l['’]heure|par (?:heure|année|an|semaine)\b)"
)


def _domains_country(raw: str) -> str | None:
    """The one country the posting's e-mail addresses and links name by their domain ("jobs@acme.ca",
    "www.acme.com.au"), when nothing else says where it is: a bare "$" there is that country's dollar."""
    codes = {host.rsplit(".", 1)[-1] for host in hosts(raw)}
    codes = {tld for tld in codes if len(tld) == 2} - _GENERIC_CCTLDS
    return _tld_country(codes.pop()) if len(codes) == 1 else None


def _town_domain_country(town: str, raw: str) -> str | None:
    """The country of a domain that carries the town's name ("uceda.es", "leeton.nsw.gov.au"), if one does."""
    key = re.sub(r"[\W_]+", "", ascii_lower(town.casefold()))
    if len(key) < 4:
        return None
    for host in hosts(raw):
        labels = host.lower().split(".")
        if any(key in label for label in labels[:-1]):
            return _tld_country(labels[-1])
    return None


# Countries whose numeric dates put the month first ("02/12/2017" is February 12th); elsewhere the day does.
_MONTH_FIRST = frozenset({"US", "PH", "CA", "FM", "PW", "MH", "BZ", "GU", "PR", "AS", "VI", "MP", "UM"})


def _local_currency(figures: list[Pay], currency: str | None) -> list[Pay]:
    """A record's figure with no currency is in the posting's country's, and a bare "$" in a posting set
    wholly in Australia, Canada, Singapore, Mexico, Colombia… means that country's dollar or peso (the
    text's figures are read so already), before the choice, whose guess of a period depends on it."""
    if not currency:
        return figures
    dollars = currency in DOLLAR_SIGN_CURRENCIES
    rupees = currency in RUPEE_CURRENCIES
    return [
        replace(pay, currency=currency)
        if not pay.currency_stated
        or dollars
        and pay.currency == "USD"
        and "$" in pay.text
        and not _EXPLICIT_USD.search(pay.text)
        or rupees
        and pay.currency == "INR"
        and _RUPEES.search(pay.text)
        and not _EXPLICIT_INR.search(pay.text)
        else pay
        for pay in figures
    ]


_PAY_LABELS = ("salary", "pay", "compensation", "salary range", "estimated salary", "estimated pay")
_PAY_WORD = re.compile(r"\b(?:salary|pay|wage|compensation|remuneration)\b", re.I)


def _pay(known: dict, facts: dict[str, str], body: str, warnings: list[str], country: str | None = None):
    figures: list[Pay] = list(known.get("pay") or [])
    # A record's "Salary: 100,000" restates its own salary_from with less: no currency, and no word of
    # which end it is. The record's fields say both.
    given = {amount for pay in figures for amount in (pay.min_amount, pay.max_amount) if amount}

    def restated(pay: Pay) -> bool:
        return not pay.currency_stated and {pay.min_amount, pay.max_amount} - {None} <= given

    currency = COUNTRY_CURRENCY.get(country) if country else None
    read = set()
    for key, value in facts.items():
        # The label itself may say "Estimated", or the period ("月給", "Stundenlohn").
        # and the hours' ("Hours: 37.5 a week, £12.50 per hour")
        if (key in _PAY_LABELS or labels.key_of(key) in ("salary", "schedule")) and value not in read:
            found = find_pay(f"{key.capitalize()}: {value}", currency=currency)
            if found:  # "Renta bruta: 2.500.000" unread under its own label is read under "salary"
                read.add(value)
            figures += [pay for pay in found if not restated(pay)]
        elif value not in read and _PAY_WORD.search(value):
            # pay inside another fact: "Contract type: 3 years fixed term (salary range £30-40k, …)"
            read.add(value)
            figures += [pay for pay in find_pay(value, currency=currency) if pay.currency_stated]
    in_body = find_pay(body, currency=currency)
    # A figure naming no currency is read as pay only where the posting names none with one: beside
    # "€75k–110k", "1,700+ brands … pay creators" is no salary.
    if any(figure.currency_stated for figure in in_body):
        in_body = [figure for figure in in_body if figure.currency_stated]
    figures += [pay for pay in in_body if not restated(pay)]
    figures = _local_currency(figures, currency)
    choice = choose_pay([figure for figure in figures if not _NEGATIVE_PAY.search(figure.text)])
    for match in _NEGATIVE_PAY.finditer("\n".join([body, *facts.values()])):
        warnings.append(f"ignored a negative pay figure ({match.group(0).strip().strip(':(')})")
    if choice.pay and not choice.pay.equity and mentions_equity(body):
        choice = replace(choice, pay=replace(choice.pay, equity=True))
    return choice


def _skills(
    parts: sections.Sections, title: str | None, facts: dict[str, str], text: str = ""
) -> tuple[SkillMention, ...]:
    """Skills the role asks for: those it lists as its skills ("Key Skills: Sales, B2B Marketing", a record's
    skills field), as written where the vocabulary does not know them; those named in its title ("Senior
    Android Developer"), its lists and prose, and its experience and education facts ("Experience: 3 years
    of Java"). Those of the nice-to-have list, the company's pitch and other sections are a bonus."""
    asked = [facts.get("experience", ""), facts.get("education", "")]
    required_text = "\n".join(
        [title or "", *parts.intro, parts.summary, *parts.responsibilities, *parts.requirements, *asked]
    )
    # An unrecognised heading may itself be a requirement read as one ("Proficient in Python, and SQL").
    others = [line for heading, body in parts.other for line in (heading, *body)]
    bonus_text = "\n".join([*parts.nice_to_have, parts.about_company, *others])
    required = {skill.slug: (skill, written) for skill, written in find_skill_mentions(required_text)}
    out: dict[str, SkillMention] = {}
    for item, own in declared_items(text, facts):
        known = declared_skills(item)
        for skill, written in known:
            out.setdefault(skill.slug, SkillMention(skill.name, skill.slug, skill.category, True, written))
        slug = declared_slug(item) if own and not known else ""
        if slug and not _not_a_skill(item):
            out.setdefault(slug, SkillMention(item, slug, "", True))
    for skill, written in chain(required.values(), find_skill_mentions(bonus_text)):
        if skill.slug not in out:
            out[skill.slug] = SkillMention(
                skill.name, skill.slug, skill.category, skill.slug in required, written
            )
    return tuple(out.values())


def _not_a_skill(item: str) -> bool:
    """A tag that names no skill: a place, a work mode, a contract, a careers page ("Lyon", "Remote",
    "Full-time", "Jobs")."""
    return bool(
        places.parse_place(item)
        or places.work_mode(item)
        or terms.employment_type(item)
        or is_site_word(item)
    )
