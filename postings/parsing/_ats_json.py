"""Job objects that are not schema.org markup, read as JobPostings: ATS exports, job-board APIs, datasets.

Applicant tracking systems (Ashby, Greenhouse, Lever, SmartRecruiters, Workable, …), job-board APIs
(Adzuna, Arbeitnow, hh.ru, Remotive, USAJOBS, …), scraped datasets (a CSV row, a JSON record) and the YAML
front matter of careers pages all carry the same few facts under their own field names, in several
languages. Field names are matched by family, case and separators ignored ("company_name", "companyName",
"Company Name"), one level of wrapper objects is looked through, and the facts are mapped onto a
JobPosting dict so the rest of the parser reads every source alike. A record whose only content is one
long text (a forum comment, a hiring-thread entry) becomes a JobPosting with that text and no title: the
text reader then finds the title in it.
"""

import html
import math
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from . import _labels as labels
from ._geonames import city
from ._job_nouns import is_site_word
from .pay import find_pay
from .people import looks_like_title, title_from_sentences
from .places import parse_place, work_mode
from .terms import employment_type, parse_date


def _keys(names: str) -> tuple[str, ...]:
    """Field names as normalised keys, from a space-separated list."""
    return tuple(names.split())


_TITLE = _keys(
    "title jobtitle positiontitle position name text jobname role vacancy intitule titulo titel "
    "stellentitel cargo puesto headline jobtitletext titre jobopeningname openingname baslik başlık "
    "ilanbasligi ilanbaşlığı pozisyon rubrik"
) + labels.field_names("job title")
# Title fields no other kind of object has (a "source" or "company" object has a "name" too).
_JOB_TITLE = tuple(key for key in _TITLE if key not in ("name", "text", "title", "role", "position"))
_DESCRIPTION = _keys(
    "descriptionplain description descriptionhtml descriptionbody descriptionbodyplain jobdescription "
    "content body details desc jobdescripcion descripcion beschreibung stellenbeschreibung summary "
    "qualificationsummary text comment excerpt annonstext beskrivning generaltext pagecontent chunktext "
    "aciklama açıklama ilanaciklamasi"
)
_MORE_TEXT = _keys(
    "requirements minrequirements qualifications responsibilities benefits lists additionalplain duty duties "
    "additional jobhighlights skills requisitos anforderungen snippet keyskills specialty keywords tags "
    "skilltags competences competencies competencias kompetenzen habilidades hardskills softskills "
    "requiredskills jobrequiredskills skillslist skilllist skillsraw"
)
_SUBTITLE = _keys("subtitle subheading tagline strapline")
_COMPANY = _keys(
    "hiringorganization organizationname companyname company employer organization employername empresa "
    "entreprise arbeitgeber firma unternehmen companydisplayname brand employernamefromsearch custname "
    "corpname comname institution instituicao institucion companytitle enseigne raisonsociale schoolname "
    "schulname corp sirket şirket isveren işveren"
) + labels.field_names("company")
# Fields that name the job or its employer: never its text, however long.
_NOT_TEXT = frozenset((*_TITLE, *_COMPANY)) - {"text"}
_ADDRESS_WORD = re.compile(r"address|adresse|direcci|endere|indirizzo|adres|住所|所在地|地址|주소")
_LOCATION = _keys(
    "joblocation location locations locationname positionlocation fulllocation city jobcity office offices "
    "area ubicacion ciudad standort arbeitsort ort lieu lieutravail localisation alllocations place "
    "workplace worksite cities maincity workarea konum sehir şehir kommun"
    # a nested record flattened into columns (Adzuna's location.display_name as "location_display_name")
    " locationdisplayname"
) + tuple(  # a record's address is read after its place fields, as a fallback (an object of parts, a street)
    name for name in labels.field_names("location") if not _ADDRESS_WORD.search(name)
)
_ADDRESS = _keys(
    "jobaddress address fulladdress direccion adresse endereco arbetsplatsadress country jobcountry pais pays"
)
_WORK_MODE = _keys(
    "teleworking teletrabajo modalidad modalidadtrabajo workmode workingmode remotetype arbeitsmodell "
    "workformat schedule workarrangement worksetting workmodel remotepolicy"
)
# A record's required experience in words ("experienceMin": {"value": "Al menos 2 años"}), read as a line.
_EXPERIENCE = _keys(
    "experiencemin minexperience experiencerequired requiredexperience experiencia experienciaminima "
    "berufserfahrung workyear experiencelevel experience niveauexperience"
)
_REMOTE_AREA = _keys("candidaterequiredlocation applicantlocationrequirements remotelocation jobgeo")
# A record's level of the job ("jobLevel": "Entry-Level", "seniorityLevel": "Senior"), read as a title's.
_LEVEL = _keys("joblevel seniority senioritylevel careerlevel positionlevel")
_EMPLOYMENT = _keys(
    "employmenttype commitment jobtype jobtypes contracttime contracttype workday positionschedule "
    "schedule type tipo typecontrat jornada anstellungsart befristung employment jobemploymenttype worktypes "
    "worktype workinghourstype workingtime arbeitszeit contrato tipocontrato tipodecontrato employmentlevel "
    "timetype "
    "employmenttypecode employmentstatus employmentstatuslabel tipoempleo tipodeempleo empltype emptype "
    "jobstatus arbetstid arbetstidstyp contrat contratpropose "
    "tyoaika"
) + labels.field_names("employment type")
_POSTED = _keys(
    "dateposted publishedat publicationdate published firstpublished firstpublishedat postedatdatetimeutc "
    "postedat posted "
    "createdat created releaseddate "
    "datecreation date time fecha datum fechapublicacion veroeffentlicht publicationstartdate updatedat "
    "pubdate createdatestring publicationdatestring tarih ilantarihi publiceringsdatum"
) + labels.field_names("posted on")
# The day applications close ("expiryDate": "2015-Nov-26", "closingDate", "deadline").
_CLOSES = _keys(
    "validthrough expirydate expirationdate expiresat expires closingdate closedate closeson deadline "
    "applicationdeadline applydeadline fechacierre fechalimite fechavencimiento bewerbungsfrist datelimite "
    "sistaansokningsdatum"
)
_REFERENCE = _keys("jobref jobreference jobid requisitionid vacancyid postingid") + labels.field_names(
    "reference"
)
_URL = _keys(
    "joburl absoluteurl hostedurl url alternateurl positionuri posturl redirecturl postingurl shortlink link"
)
_APPLY = _keys("applyurl applicationurl applylink applyuri applyalternateurl")
_TEAM = _keys(
    "team department departments departmentname abteilung departamento divisionworkunit"
) + labels.field_names("department")
_SALARY = _keys(
    "basesalary salary compensation positionremuneration salaryrange pay remuneration gehalt salario "
    "salaire remuneracion estimatedsalary salaryestimate payperiodadjustedpay wage wages lohn loon salaris "
    "providesalary salaryperannual salaryperannum annualsalary yearlysalary salaryperyear maas maaş ucret "
    "ücret"
) + labels.field_names("salary")  # a dataset's column named as a page labels pay ("Mức lương", "Salaire")
# p10/p90: a job board's estimate given as percentiles (Glassdoor's payPeriodAdjustedPay).
_SALARY_LOW = _keys(
    "salarymin minsalary minimumrange salaryfrom from min minimum minvalue p10 salaryrangefrom "
    "annualsalarymin minimumsalary mincompensation compensationmin salarylow lowsalary basesalarymin "
    "minbasesalary payrangemin payrangeminimum salaryminimum"
)
_SALARY_HIGH = _keys(
    "salarymax maxsalary maximumrange salaryto to max maximum maxvalue p90 salaryrangeto annualsalarymax "
    "maximumsalary maxcompensation compensationmax salaryhigh highsalary basesalarymax maxbasesalary "
    "payrangemax payrangemaximum salarymaximum"
)
_CURRENCY = _keys(
    "salarycurrency currency currencycode waehrung moneda devise paycurrency compensationcurrency "
    "basesalarycurrency"
)
_PERIOD = _keys(
    "salaryperiod period unittext unit interval rateintervalcode einheit periodo payperiod salaryfrequency "
    "compensationtimeframe timeframe"
)
_PAY_NOUNS = ("salary", "pay", "payment", "wage", "rate", "compensation", "remuneration")
# A pay field named with what it gives: "salarisindicatie" (Dutch: salary indication), "gehaltsangabe",
# "salaryinfo", "salariodetalle".
_SALARY_QUALIFIED = re.compile(
    r"(?P<pay>salary|salaris|salario|salaire|gehalt|remuneration|remuneracion|loon|lohn)s?"
    r"(?:indicatie|indicaties|indication|indicativo|indicativa|angabe|angaben|info|information|informatie"
    r"|details?|detalle|text|tekst|texto|texte|band|schaal|scale|escala)"
)


def _period_keys(periods: str, extra: str = "") -> tuple[str, ...]:
    """Every "<period><pay noun>" field name ("monthlypayment", "hourrate"), and "<pay noun><period>" for
    the adverbs ("salaryhourly"): "payday" and "salaryyear" name dates, not pay."""
    words = periods.split()
    return _keys(extra) + tuple(
        key
        for word in words
        for noun in _PAY_NOUNS
        for key in ((word + noun, noun + word) if word.endswith(("ly", "al")) else (word + noun,))
    )


# A figure whose field name says its period: {"salaryHourly": 13.81}, {"annualSalary": 52000}.
_PERIOD_FIGURES = (
    (_period_keys("hourly hour", "payrate"), "HOUR"),
    (_period_keys("daily day"), "DAY"),
    (_period_keys("weekly week"), "WEEK"),
    (_period_keys("monthly month"), "MONTH"),
    (_period_keys("annual yearly year"), "YEAR"),
)
_WRAPPERS = _keys(
    "job data posting result jobposting matchedobjectdescriptor attributes fields source node vacancy "
    "offer item jobad platsannons annons annonsen jobpostinginfo jobview header metadata jobopening"
)
_KNOWN = frozenset(
    k
    for family in (_TITLE, _DESCRIPTION, _MORE_TEXT, _SUBTITLE, _COMPANY, _LOCATION, _ADDRESS, _WORK_MODE,
                   _EXPERIENCE, _REMOTE_AREA, _EMPLOYMENT, _POSTED, _URL, _APPLY, _TEAM, _SALARY, _SALARY_LOW,
                   _SALARY_HIGH, _CURRENCY, _PERIOD, _WRAPPERS, _CLOSES)
    for k in family
)  # fmt: skip


def _one_letter_less() -> dict[str, tuple[str, ...]]:
    """Each known name of seven letters or more under its spellings with one letter left out."""
    index: dict[str, tuple[str, ...]] = {}
    for name in sorted(k for k in _KNOWN if len(k) >= 7):
        for short in _without_a_letter(name):
            index[short] = tuple(dict.fromkeys((*index.get(short, ()), name)))
    return index


def _without_a_letter(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


_ONE_LESS = _one_letter_less()
_EMPLOYMENT_TYPES = {
    "fulltime": "FULL_TIME", "full time": "FULL_TIME", "permanent": "FULL_TIME", "vollzeit": "FULL_TIME",
    "jornada completa": "FULL_TIME", "tiempo completo": "FULL_TIME", "temps plein": "FULL_TIME",
    "cdi": "FULL_TIME", "parttime": "PART_TIME", "part time": "PART_TIME", "teilzeit": "PART_TIME",
    "media jornada": "PART_TIME", "temps partiel": "PART_TIME", "contract": "CONTRACTOR",
    "contractor": "CONTRACTOR", "freelance": "CONTRACTOR", "temporary": "TEMPORARY", "temp": "TEMPORARY",
    "befristet": "TEMPORARY", "cdd": "TEMPORARY", "intern": "INTERN", "internship": "INTERN",
    "praktikum": "INTERN", "stage": "INTERN", "pasantia": "INTERN", "completa": "FULL_TIME",
    "parcial": "PART_TIME", "jornada parcial": "PART_TIME",
}  # fmt: skip
_PERIODS = {
    "hour": "HOUR", "hourly": "HOUR", "day": "DAY", "daily": "DAY", "week": "WEEK", "weekly": "WEEK",
    "month": "MONTH", "monthly": "MONTH", "year": "YEAR", "yearly": "YEAR", "annual": "YEAR",
    "annually": "YEAR", "per hour": "HOUR", "per year": "YEAR", "per month": "MONTH", "pa": "YEAR",
    "ph": "HOUR", "pd": "DAY", "pm": "MONTH",
}  # fmt: skip
_KEY = re.compile(r"[\W_]+")
_TAGS = re.compile(r"<[^<>]{0,2000}>")
_DESCRIBED = re.compile(r"desc|summary|intro|about|overview|teaser")


def _words(value: Any) -> bool:
    """A string of three words or more."""
    return isinstance(value, str) and len(_TAGS.sub(" ", value).split()) >= 3


_LONG_TEXT = 200  # characters: a record with no title but a text this long is a posting written out


def as_jobposting(node: Any, context: dict | None = None, depth: int = 0, *, body: str = "") -> dict | None:
    """A schema.org-shaped JobPosting for a job object, or None when it is not one; `body` is text that
    goes with the object (the page under a front matter block)."""
    if not isinstance(node, dict) or depth > 3:
        return None
    fields = _keyed(node)
    for key in _WRAPPERS:
        inner = fields.get(key)
        if isinstance(inner, dict) and key != "jobad":
            # The wrapper's other parts ("arbetsplats": {"arbetsplatsnamn": …}, "villkor": {…}) describe the
            # same job: their fields are context too, below the wrapper's own.
            beside = {k: v for other, part in fields.items() if other != key and isinstance(part, dict)
                      for k, v in _keyed(part).items()}  # fmt: skip
            found = as_jobposting(inner, {**(context or {}), **beside, **fields}, depth + 1, body=body)
            # a wrapper of the record's details ("metadata": {"opened": …}) when the record has the title
            if found and (found.get("title") or not _first(fields, _TITLE)):
                return found
    merged = {**(context or {}), **fields}
    # "text" is Lever's title beside a description, and a forum comment's whole body when alone.
    text_is_body = _first(fields, _DESCRIPTION, skip=("text",)) is None
    own = _description(fields, skip=() if text_is_body else ("text",))
    # 104's header names the job, "jobDetail" tells it; REWE's "job" names it, "description" tells it
    if not own and context and (_first(fields, _JOB_TITLE) or depth and _first(fields, ("title",))):
        own = _description({k: v for k, v in merged.items() if k not in fields}, skip=())
    description = "\n\n".join(filter(None, [own, body]))
    title_skip = ("text",) if text_is_body else ()
    named_as = _first(fields, _TITLE, skip=title_skip)
    specific = _first(fields, _JOB_TITLE)
    record_name = None
    if (
        isinstance(specific, str)
        and not _long_field(specific)
        and isinstance(named_as, str)
        and named_as == fields.get("name")
        # only where the name is a company's, or the other field reads as a job and the name does not
        # ({"name": "Barista", "designation": "Full-time"} keeps its name)
        and (
            _WITH_LEGAL_FORM.search(named_as.strip())
            or looks_like_title(specific)
            and not looks_like_title(named_as)
        )
    ):
        # {"name": "PT Asia Pramulia", "jabatan": "Staff Desain"}: the post's own field; the name, with a
        # legal form, is the employer's
        named_as, record_name = specific, named_as
    if _long_field(named_as):
        # a scraper's fields swapped: {"name": "Пекарь (г Воронеж)", "title": "<the whole ad>"}
        short = next((v for k in _TITLE if k not in title_skip and not _blank(v := fields.get(k))
                      and isinstance(v, str) and not _long_field(v)), None)  # fmt: skip
        if short:
            description = description or named_as.strip()
            named_as = short
    title = _title_text(named_as) or _subject(fields)
    if not title:  # the job's texts by language ("jobDescriptions": [{"languageIsoCode": "de", "title": …}])
        title, translated = _translated(fields)
        description = description or translated
    # The first company field that holds a name: {"employer": {"__ref": "Employer:150"}} names nobody.
    company = _employer_name(next((name for key in _COMPANY if (name := _name(merged.get(key)))), None))
    org = merged.get("org")
    if not company and isinstance(org, str):  # {"org": "上海华谊集团"}; an "org" object is a unit
        company = _employer_name(org.strip() or None)
    if not company and isinstance(record_name, str) and _WITH_LEGAL_FORM.search(record_name.strip()):
        company = record_name.strip()
    author = fields.get("author")
    if not company and isinstance(author, dict) and _company_author(author):  # InfoJobs: the publisher
        company = _employer_name(_name(author.get("name")))
    title, company, where, pay_note = _card_title(title, company)
    description = "\n\n".join(filter(None, [description, pay_note]))
    # a listing card names both, or marks its employer as not available ("Empresa": "No especificado")
    named = company or any(_not_available(merged.get(key)) for key in _COMPANY)
    # or a job's facts beside its title: a place and a department, an employment type, pay or a closing
    # date ({"title": …, "department": …, "location": …}, {"position": …, "salarymax": …, "expirydate": …}),
    # which a blog post's or a product's record never has
    facts = [
        _first(fields, _LOCATION),
        _first(fields, _TEAM),
        _first(fields, _EMPLOYMENT),
        _first(fields, _SALARY) or _first(fields, _SALARY_LOW) or _first(fields, _SALARY_HIGH),
        # a closing day beside a job's name or its reference ("Call for Papers" has a deadline too)
        _first(fields, _CLOSES)
        if title and (looks_like_title(title) or _first(fields, _REFERENCE))
        else None,
    ]
    if not description and not (title and (named or sum(1 for fact in facts if fact) >= 2)):
        return None
    if description and title and title.strip() == description.strip():
        return None
    if not title and len(description or "") < _LONG_TEXT:
        return None
    places = _places(fields) or _places(merged) or ([where] if where else [])
    # "8/10/2010" in a US job's record is August 10th; elsewhere the day comes first
    day_first = not any(_in_us(place) for place in places)
    posting = {
        "@type": "JobPosting",
        "title": title if title and len(title) <= 200 else None,
        "description": description,
        "hiringOrganization": {"name": company},
        "jobLocation": [{"address": {"addressLocality": place}} for place in places],
        # the first field naming a kind: InfoJobs' "contractType" is "Otros contratos", "workDay" "Completa"
        "employmentType": next((kind for key in _EMPLOYMENT if (kind := _employment(fields.get(key)))), None)
        or _employment(_category(fields, "commitment"))
        # a dataset's one-letter indicator (NYC Jobs' "Full-Time/Part-Time indicator": F or P)
        or {"F": "FULL_TIME", "P": "PART_TIME"}.get(str(fields.get("fulltimeparttimeindicator")).upper())
        # or a Swiss record's workload ("workloadPercentageMax": "100", "pensum": "60-80%")
        or _workload(merged)
        # or the terms beside the record (Platsbanken's "villkor": {"arbetstid": "Heltid"})
        or next((kind for key in _EMPLOYMENT if (kind := _employment(merged.get(key)))), None),
        # its own date, else the date of the record that lists it ("- post_date: …\n  jobs: [- title: …]")
        "datePosted": _posted(fields, merged, day_first),
        "validThrough": _date(_first(fields, _CLOSES), day_first),
        "url": _name(_first(fields, _URL)),
        "applyUrl": _name(_first(fields, _APPLY)),
        "x-team": _name(_first(fields, _TEAM) or _category(fields, "team")),
        "x-level": _name(_first(fields, _LEVEL)),
        **(_salary(fields) or _salary(merged)),
    }
    _remote(fields, posting)
    return {key: value for key, value in posting.items() if value not in (None, "", [], {"name": None})}


def _in_us(place: Any) -> bool:
    if not isinstance(place, str):
        return False
    found = parse_place(place)
    return bool(found and found.country == "US")


def _company_author(author: dict) -> bool:
    """An author that is a company (a name of several words, or one with a logo), not a forum handle."""
    name = author.get("name")
    return isinstance(name, str) and (" " in name.strip() or any("logo" in str(k).lower() for k in author))


def _employer_name(name: str | None) -> str | None:
    """An ATS's organisation label as the employer's name: "631 Booz Allen Hamilton_United States" (a
    Workday company code and country around it) is "Booz Allen Hamilton"."""
    if not name:
        return None
    name = re.sub(r"_[A-Z][A-Za-z .]+$", "", re.sub(r"^\d{2,6}\s+(?=[A-Z])", "", name))
    return name.strip() or None


# Stack Overflow's feed adds the place: "Full Stack Engineer at Sandstorm Design (Chicago, IL)"; justjoin.it's
# writes "Administrator IT @Siepomaga.pl".
_AT_EMPLOYER = re.compile(
    r"^(?P<title>.{3,100}?)\s+(?:at\s+|@[ \t]*)(?P<company>[A-Z0-9][^@|]{1,60}?)"
    r"(?:\s+\((?P<where>[^()]{2,60})\))?$"
)


# A feed item's "Title - Employer" when the part after the dash names an institution or has a legal form.
_DASH_EMPLOYER = re.compile(
    r"^(?P<title>.{3,100}?)\s+[-–—|]\s+(?P<company>(?:The\s+)?(?:(?:University|Universidad|Université|Universität"
    r"|College|Institute|Hospital|Council|Ministry|City|County|State)\s+(?:of|de|du|der|for)"
    r"\s+[A-Z][^|—–-]{1,50}|[A-Z][^|—–-]{1,50}?,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|AG|S\.?A|plc|Corp|B\.?V|N\.?V|SAS|Pty"
    r"|Pte|Pvt)\.?))$"
)


# A card title's pay in brackets at its end: "Ordenador/a ($2.950 por hora (~$27.575 por turno))".
_PAY_AFTER = re.compile(r"\((?:[^()]|\([^()]*+\))*+\)$")
_PAY_SIGN = re.compile(r"[$€£¥₹₩₽][ \t]?\d|\d[ \t]?[$€£¥₹₩₽]")


def _card_title(title: str | None, company: str | None) -> tuple[str | None, str | None, str | None, str]:
    """A scraped card's title cell holds the title on its first line and, often, the employer below it;
    a feed's "Title at Company (Place)" all three, and a card's "Title (pay) | Company | Place" its pay too
    (returned last, as text to read)."""
    lines = [line.strip() for line in (title or "").splitlines() if line.strip()]
    parts = [part.strip() for part in lines[0].split(" | ")] if len(lines) == 1 else []
    named = [part.lower() for part in parts]
    if company and len(parts) >= 2 and company.lower() in named[1:]:  # "Title ($X por hora) | Acme | Town"
        at = named.index(company.lower(), 1)
        where = parts[at + 1] if at + 1 < len(parts) else None
        named_title = " | ".join(parts[:at])
        pay = _PAY_AFTER.search(named_title)
        pay = pay if pay and _PAY_SIGN.search(pay[0]) else None
        title = named_title[: pay.start()].rstrip() if pay else named_title
        return title, company, where, pay[0] if pay else ""
    dash = _DASH_EMPLOYER.match(lines[0]) if len(lines) == 1 and not company else None
    if dash:  # a feed's "Lead Engineer (Digital Library) - University of Leeds"
        return dash["title"], dash["company"], None, ""
    at = _AT_EMPLOYER.match(lines[0]) if len(lines) == 1 else None
    if at:
        named, where = at["company"], at["where"]
        if where and not (parse_place(where) or work_mode(where) or "remote" in where.lower()):
            named, where = f"{named} ({where})", None  # "Acme (formerly Foo)" is its name
        if not company or company.lower() == named.lower():  # a feed's "Nurse at Acme Health"
            return at["title"], named, where, ""
    if len(lines) < 2:
        return title, company, None, ""
    if not company and len(lines) == 2 and len(lines[1].split()) <= 6:
        company = lines[1]
    return lines[0], company, None, ""


def front_matter_postings(meta: Any, body: str) -> list[dict]:
    """JobPostings from a page's YAML front matter: the page's own fields with its text, or each entry of
    a list of jobs kept in the front matter (a careers page's data file)."""
    if not isinstance(meta, dict):
        return []
    for key, value in meta.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            if isinstance(key, str) and is_site_word(key):  # "vacancies: - heading: Play Worker": a job list
                value = [_job_list_entry(entry) for entry in value]
            # Jobs have titles; a page's list of skills or perks as objects ("- skill: …") has none.
            entries = [entry for entry in map(as_jobposting, value[:100]) if entry and entry.get("title")]
            if entries:
                return entries
    found = as_jobposting(meta, body=body)
    page_is_job = bool(found and found.get("title") and not is_site_word(found["title"]))
    # a careers page's jobs grouped by kind: "[[stellen]] art = 'Vollzeitstellen' [[stellen.stelle]] titel";
    # on a job's own page, groups of entries that are no jobs are its perks or questions
    for value in meta.values():
        groups = value if isinstance(value, list) else []
        inner = [
            {**{k: v for k, v in group.items() if isinstance(v, str)}, **job}  # the group's kind is the job's
            for group in groups[:20]
            if isinstance(group, dict)
            for jobs in group.values()
            if isinstance(jobs, list) and jobs and all(isinstance(job, dict) for job in jobs)
            for job in jobs[:100]
        ]
        entries = [entry for entry in map(as_jobposting, inner) if entry and entry.get("title")]
        if entries and (not page_is_job or all(looks_like_title(entry["title"]) for entry in entries)):
            employer = (found or {}).get("hiringOrganization")
            return [{"hiringOrganization": employer, **e} if employer else e for e in entries]
    return [found] if found else []


# A company's name with its legal form: "PT Asia Pramulia", "CV Maju Jaya", "Acme GmbH", "Foo Ltd."
_WITH_LEGAL_FORM = re.compile(
    r"^(?:PT|CV|P\.T\.)\.?[ \t]+[A-Z]"
    r"|[ \t,](?:GmbH|AG|Ltd\.?|Limited|LLC|Inc\.?|S\.?A\.?|SAS|B\.?V\.?|Sdn\.?[ \t]+Bhd\.?"
    r"|Pty\.?[ \t]+Ltd\.?|Tbk\.?)$"
)


def _job_list_entry(entry: dict) -> dict:
    """An entry of a page's list of jobs, its heading or name as its title when no field is called one."""
    keyed = _keyed(entry)
    if any(key in keyed for key in _TITLE if key not in ("name", "text")):
        return entry
    heading = next((v for k, v in entry.items() if str(k).lower() in ("heading", "name", "label")), None)
    return {**entry, "title": heading} if isinstance(heading, str) and heading.strip() else entry


def keyed_fields(node: dict) -> dict:
    """A record's fields under the normalised names the readers look up (for a record's parents' fields)."""
    return _keyed(node)


def _keyed(node: dict) -> dict:
    """The object's fields under normalised names ("Company Name", "descripción" → "companyname",
    "descripcion"); the first of two that normalise alike wins, unless it is a code that the other spells
    out ("workarea": "020400", "workarea_text": "上海-长宁区"), and "_notes" (comments) are left out."""
    out: dict = {}
    for key, value in node.items():
        if isinstance(key, str) and not key.startswith("_"):
            name = _spelled(labels.field_key(key))
            if name not in out or _code(out[name]) and isinstance(value, str) and value and not _code(value):
                out[name] = value
    if not any(key in out for key in _TITLE):  # no title field of a known name: "program_title"
        named = next((k for k in out if k.endswith("title") and k[:-5] not in _NOT_JOB_TITLES), None)
        if named and isinstance(out[named], str):
            out["title"] = out[named]
    return out


def _code(value: Any) -> bool:
    """A field's value written as digits only ("020400"): a number standing for something, not its words."""
    return isinstance(value, str) and value.isdigit()


# "Name" in the languages of field names, after or before the field's own name ("positionname",
# "functienaam", "nomevaga", "nombredelpuesto").
_NAME_AFTER = ("bezeichnung", "nombre", "nazwa", "nazev", "name", "naam", "nome", "navn", "namn")
_NAME_BEFORE = tuple(
    f"{name}{of}" for name in ("nombre", "nazwa", "nazev", "name", "naam", "nome", "navn", "namn", "nom")
    for of in ("del", "de", "da", "do", "du", "")
)  # fmt: skip


# ("…Display" and "…Formatted" are summaries: USAJOBS's PositionLocationDisplay is "Multiple Locations")
_AS_WRITTEN = ("raw", "text", "string", "str")
# Field names of their own one letter away from a known one: "deadline" is no misspelt "headline".
_NOT_MISSPELT = frozenset({"deadline", "deadlines", "headlines", "location", "locations"})
# "<thing>_title" fields that name something other than the job.
_NOT_JOB_TITLES = frozenset(
    str.split("page site meta seo sub company document window og section browser card display short html")
)


def _named(key: str) -> str | None:
    """The field a "name of" key names: "functienaam" → "functie", "nomevaga" → "vaga"."""
    inner = next((key[: -len(w)] for w in _NAME_AFTER if key.endswith(w) and len(key) - len(w) >= 4), None)
    inner = inner or next(
        (key[len(w) :] for w in _NAME_BEFORE if key.startswith(w) and len(key) - len(w) >= 4), None
    )
    if inner and inner in _KNOWN:
        return inner
    if inner and inner + "name" in _KNOWN:
        return inner + "name"
    # a scraper's copy of a field as the page wrote it: "salary_raw", "location_text", "salaryString"
    return next((key[: -len(w)] for w in _AS_WRITTEN if key.endswith(w) and key[: -len(w)] in _KNOWN), None)


@lru_cache(maxsize=4096)
def _spelled(key: str) -> str:
    """A field's name as the known name it means: a known name numbered ("cargo1"); the name of a known
    field ("Functienaam" → "functie", "position_name" → "position"); JSearch's "job_" prefix ("job_city");
    a scraped table's misspelt header ("compaany name" → "companyname": one letter more, less or other than a
    known name of seven letters or more); other names as they are."""
    base = key.rstrip("0123456789")  # "cargo1", "address2": numbered copies of one field
    if base != key and base in _KNOWN:
        return base
    if key in _KNOWN:
        return key
    named = _named(key)  # "position_name", "Functienaam", "nome_vaga", "Naam school": what it names
    if named:
        return named
    if key.startswith("job") and key[3:] in _KNOWN and len(key) > 6:  # JSearch's "job_min_salary", "job_city"
        return key[3:]
    pay = _SALARY_QUALIFIED.fullmatch(key)  # "salarisindicatie", "gehaltsangabe", "salary_info"
    if pay:
        return pay["pay"]
    # a CMS's own prefix: Drupal's "field_employment_type" (a "fieldLabel" or "fieldId" describes its field)
    if key.startswith("field") and len(key) >= 11:
        return _spelled(key[5:])
    if len(key) < 7 or key in _NOT_MISSPELT:
        return key
    if key.endswith("s") and key[:-1] not in _NOT_MISSPELT and _spelled(key[:-1]) in _KNOWN:
        return _spelled(key[:-1])  # a scraped table's headers in the plural: "company names", "job tittles"
    variants = _without_a_letter(key)
    found = {v for v in variants if v in _KNOWN}
    found |= {known for v in (key, *variants) for known in _ONE_LESS.get(v, ())}
    return next(iter(found)) if len(found) == 1 else key


def _first(fields: dict, keys: tuple[str, ...], skip: tuple[str, ...] = ()) -> Any:
    return next((fields[key] for key in keys if key not in skip and not _blank(fields.get(key))), None)


# What a scraper writes in a cell it found empty ("Empresa": "N/D", "Ubicación": "N/D"): no value.
_NOT_AVAILABLE = frozenset(
    {"n/d", "n/a", "n.d.", "n.a.", "-", "–", "—", "null", "none", "undefined", "unknown", "not available",
     "not specified", "no disponible", "no especificado", "não disponível", "nicht angegeben",
     "non communiqué", "non précisé", "non disponibile", "not found", "company not found", "not provided",
     "not disclosed", "no data", "nan", "keine angabe", "sin datos", "não informado", "não informada"}
)  # fmt: skip


def _blank(value: Any) -> bool:
    """An empty field, or one holding only a scraper's "not available" mark."""
    if isinstance(value, str):
        return not value.strip() or _not_available(value)
    return value in (None, [], {})


def _not_available(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in _NOT_AVAILABLE


# A mailing list's tag and a reply's or forward's mark before a subject: "[R-jobs] ", "Re: ", "Fwd: ".
_SUBJECT_MARKS = re.compile(
    r"^(?:[ \t]*+(?:\[[^\]\n]{1,40}\]|(?:re|fwd?|aw|tr|sv|vs)[ \t]*:))++[ \t]*+", re.I
)
# What a subject says of the job after naming it: "… needed in Woods Hole, MA", "… wanted (Berlin)".
_SUBJECT_TAIL = re.compile(r"(?<!\S)(?:is[ \t]+)?(?:needed|wanted|sought)\b.*$", re.I)


def _subject(fields: dict) -> str | None:
    """An e-mail's subject as its title, when the record has no title field: without the list's tag, the
    reply mark and what follows the job's name ("[R-jobs] Fish Ecology Postdoc needed in Woods Hole, MA")."""
    subject = fields.get("subject")
    if not isinstance(subject, str) or len(subject) > 200:
        return None
    title = _SUBJECT_TAIL.sub("", _SUBJECT_MARKS.sub("", subject)).strip(" \t-–—:,")
    return _title_text(title) if title else None


# A Swiss record's workload in percent: "workloadPercentageMax": "100", "pensum": "60-80%".
_WORKLOAD = _keys(
    "workloadpercentagemax workloadpercentage pensummax pensum arbeitspensum beschaeftigungsgrad workload"
)


def _workload(fields: dict) -> str | None:
    """FULL_TIME for a workload of 100 %, PART_TIME for one that stays under it, else None."""
    terms = fields.get("employment")
    for source in (fields, _keyed(terms) if isinstance(terms, dict) else {}):
        key = next((key for key in _WORKLOAD if not _blank(source.get(key))), None)
        if key is None:
            continue
        value = source[key]
        if key == "workload" and "%" not in str(value):  # {"workload": "40 hours"}: hours, no percentage
            return None
        numbers = [int(n) for n in re.findall(r"\d{1,3}", str(value))] if isinstance(value, str | int) else []
        if not numbers or max(numbers) > 100 or max(numbers) < 10:
            return None
        return "FULL_TIME" if max(numbers) == 100 else "PART_TIME"
    return None


def _translated(fields: dict) -> tuple[str | None, str]:
    """The title and text of the first entry of a list of the job's texts in its languages, or (None, "")."""
    for key, value in fields.items():
        if not (isinstance(value, list) and value and isinstance(value[0], dict)):
            continue
        if not any(word in key for word in ("description", "translation", "locali")):
            continue
        entry = _keyed(value[0])
        title = _title_text(_first(entry, ("title", *_JOB_TITLE)))
        if title:
            return title, _description(entry, skip=()) or ""
    return None, ""


def _long_field(value: Any) -> bool:
    """A field too long to be a title: a paragraph, or text over several lines."""
    return isinstance(value, str) and (len(value) > 200 or value.strip().count("\n") >= 2)


def _title_text(value: Any) -> str | None:
    """A title field's text; a list of strings is one title written over several lines ("Nous recherchons",
    "un·e Office Manager"), and a sentence that seeks someone gives the title it names."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = " ".join(v.strip() for v in value)
    title = _text(value)
    if title and not re.search(r"[^\W\d_]", title):  # a code ("68913", "2024-07"): no job's name
        return None
    return (title_from_sentences([title]) or title) if title else None


def _text(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None
    name = _name(value)
    return name if name and not name.startswith(("http://", "https://")) else None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v not in (None, "", {})), None)
    if isinstance(value, dict):
        keyed = _keyed(value)
        value = _first(
            keyed,
            (
                "name",
                "displayname",
                "title",
                "text",
                "label",
                "nom",
                "libelle",
                "value",
                "fulllocation",
                "locationname",
                "cityname",
                "currencycode",
                "term",  # a taxonomy's entry: {"kod": "6YE1_gAC_R2G", "term": "Heltid"}
            ),
        )
        # {"CompanyName": "P'nnacle Pte Ltd", "CompanyAddress": …}, {"JobType": "Full Time"}: a field named
        # for a name, else an object's only text
        texts = [v for v in keyed.values() if isinstance(v, str) and v.strip()]
        value = value or next((v for k, v in keyed.items() if k.endswith("name") and v in texts), None)
        value = value if value is not None or len(texts) != 1 else texts[0]
        if isinstance(value, dict | list):
            return _name(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or _blank(value):
        return None
    if "&" in value and ";" in value:  # a feed's escaped entities, sometimes twice: "&amp;#8211;" is "–"
        value = html.unescape(html.unescape(value))
    return value.strip()


def _description(fields: dict, skip: tuple[str, ...]) -> str | None:
    """The posting's text: its description field, else a SmartRecruiters-style list of sections, plus the
    requirement and benefit fields some sources keep apart."""
    main = _first(fields, _DESCRIPTION, skip=skip)
    # a page's subtitle under its title ("title: Join Our Team", "subtitle: Now Hiring Delivery Drivers")
    lead = _name(_first(fields, _SUBTITLE))
    parts = [lead if lead and len(lead) <= 200 else None, _long_text(main)]
    sections = _keyed(fields.get("jobad") or {}).get("sections")
    if isinstance(sections, dict):
        parts += [_long_text(section) for section in sections.values()]
    # each under its heading, so the sections reader files it: "Requirements:\n- …"
    parts += [_headed(key, _long_text(fields.get(key))) for key in _MORE_TEXT]
    experience = _name(_first(fields, _EXPERIENCE))
    if experience and len(experience) <= 60 and any(c.isdigit() for c in experience):
        parts.append(f"Experience: {experience}")
    if main is None:  # a record with its own names for things: its long texts first, in order, but not a
        # long title or employer field ("cargo": "Ordenador/a … ($2.950 por hora …) | Activos Chile | …");
        # a field named as a description however short ("shortDescription": "Acme is seeking a Cook …")
        parts = [
            _long_text(v)
            for k, v in fields.items()
            if k not in _NOT_TEXT
            and k not in _MORE_TEXT
            and (_is_prose(v) or _DESCRIBED.search(k) and _words(v))
        ] + parts
    text = "\n\n".join(part for part in parts if part)
    return text or None


_HEADINGS = {
    "requirements": "Requirements", "minrequirements": "Requirements", "qualifications": "Qualifications",
    "responsibilities": "Responsibilities", "benefits": "Benefits", "skills": "Skills", "keyskills": "Skills",
    "requisitos": "Requisitos", "anforderungen": "Anforderungen", "keywords": "Keywords", "tags": "Tags",
    "skilltags": "Skills", "competences": "Skills", "competencies": "Skills", "competencias": "Skills",
    "kompetenzen": "Skills", "habilidades": "Skills", "hardskills": "Skills", "softskills": "Skills",
    "requiredskills": "Skills", "jobrequiredskills": "Skills", "skillslist": "Skills", "skilllist": "Skills",
    "skillsraw": "Skills",
}  # fmt: skip


def _headed(key: str, text: str | None) -> str | None:
    """A record's field of one kind, under the heading its name gives, unless its text starts with one."""
    heading = _HEADINGS.get(key)
    if not text or not heading or text.lstrip("<#*").lower().startswith(heading.lower()[:6]):
        return text
    return f"{heading}:\n{text}"


def _is_prose(value: Any) -> bool:
    """A field that reads as posting text: a long or multi-line string, or a list of strings."""
    if isinstance(value, list):  # of phrases, not of keywords ("synonyms": ["Kassa", "Kassier", …])
        return (
            bool(value)
            and all(isinstance(v, str) for v in value)
            and sum(map(len, value)) >= 40
            and sum(" " in v.strip() for v in value) * 2 > len(value)
        )
    # A link or a token ("//www.job_104.com.tw/jobs/apply/analysis?j=4b41…") has no blank to read.
    if not isinstance(value, str):
        return False
    if "<" in value and not _words(value):  # markup with no text (an embedded video's <iframe …></iframe>)
        return False
    return (
        (len(value) >= 80 or "\n" in value.strip())
        and "://" not in value[:12]
        and any(ch.isspace() for ch in value.strip())
    )


def _long_text(value: Any) -> str | None:
    """Text from a string, a list of strings or {title, text/content} sections."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        parts = [_long_text(item) for item in value[:50]]
        return "\n".join(part for part in parts if part) or None
    if isinstance(value, dict):
        keyed = _keyed(value)
        heading, body = (
            _name(keyed.get("title") or keyed.get("text")),
            keyed.get("content") or keyed.get("text"),
        )
        body = body if isinstance(body, str) else None
        if body and heading and heading != body:
            return f"<h3>{heading}</h3>\n{body}" if "<" in body else f"{heading}\n{body}"
        # a tag or skill as an object ({"name": "cold calling", "url": "https://…"}), with no prose of its own
        named = _name(keyed.get("displayname") or keyed.get("name"))
        prose = [v for k, v in keyed.items() if k not in ("name", "displayname") and _words(v)]
        if body is None and named and not prose:
            return named
        if body is None:  # {"requirement": "…", "responsibility": "…"}: its texts in order, not its links
            texts = (v.strip() for v in keyed.values() if isinstance(v, str) and len(v) >= 20)
            body = "\n".join(v for v in texts if not _LINK_ONLY.fullmatch(v)) or None
        # a list of {"name": "Java", "level": 3}: its names; of {"title": "Python", "href": "/skills/python"}
        return body or _name(keyed.get("name")) or heading
    return None


# A path or an address and nothing else: "/vacancies/skills/python", "https://example.com/jobs/1"
_LINK_ONLY = re.compile(r"(?:/|(?<!\w)\w++:/)\S*+")


def _category(fields: dict, key: str) -> Any:
    categories = fields.get("categories")
    return categories.get(key) if isinstance(categories, dict) else None


def _a_city(value: Any) -> bool:
    """Whether a record's "region" names a city of 50,000 people or more ("Dakar"); a sales territory
    ("Midlands", "Levant"), a part of the world or a country is none."""
    return isinstance(value, str) and len(value) <= 60 and city(value.strip(), smallest=50_000) is not None


def _places(fields: dict) -> list[str]:
    # No location field: the job's address ("JobAddress": "One Raffles Quay … Singapore"), else its country
    key = next((k for k in _LOCATION if fields.get(k) not in (None, "", [], {})), None)
    value = fields[key] if key else _category(fields, "location")
    if not key and value in (None, "", [], {}):
        key = next((k for k in _ADDRESS if fields.get(k) not in (None, "", [], {})), None)
        value = fields[key] if key else value
    if not key and value in (None, "", [], {}) and _a_city(fields.get("region")):
        key, value = "region", fields["region"]  # "region": "Dakar" (not "Europe", not "Poland")
    if key in ("city", "jobcity") and isinstance(value, str):  # JSearch's job_city, job_state, job_country
        area = [_name(fields.get(k)) for k in ("jobstate", "state", "jobcountry", "country", "countrycode")]
        value = ", ".join(dict.fromkeys(part for part in [value.strip(), *area] if part))
    values = value if isinstance(value, list) else [value]
    places = []
    for item in values[:20]:
        if isinstance(item, dict):
            keyed = _keyed(item)
            # a Swedish record's municipality ("kommun": "Stockholm")
            parts = [
                _name(keyed.get(k)) for k in ("city", "cityname", "kommun", "region", "state", "country")
            ]
            name = _name(item) if not any(parts) else ", ".join(dict.fromkeys(p for p in parts if p))
            area = keyed.get("area")
            if isinstance(area, list) and len(area) >= 2 and all(isinstance(a, str) for a in area):
                # Adzuna's area runs from the country down: ["AU", "New South Wales", …, "Prestons"]
                name = ", ".join(dict.fromkeys([area[-1], area[1], area[0]]))
            if isinstance(keyed.get("address"), dict):
                name = _name(_keyed(keyed["address"]).get("addresslocality")) or name
        else:
            name = _name(item)
        if name and not name.startswith("http"):
            places.append(name)
    return places


def _employment(value: Any) -> str | None:
    names = [_name(v) for v in (value if isinstance(value, list) else [value])]
    codes = [_EMPLOYMENT_TYPES.get(n.lower().replace("_", " ").replace("-", " ")) for n in names if n]
    codes = [c for c in codes if c]
    if not codes and names and names[0] and names[0].upper().replace(" ", "_") in _EMPLOYMENT_TYPES.values():
        return names[0].upper().replace(" ", "_")
    if not codes and names and names[0]:  # "계약직 2년", "Vollzeit, unbefristet": words the text reader knows
        return _SCHEMA_TYPES.get(employment_type(names[0]) or "")
    return codes[0] if codes else None


_SCHEMA_TYPES = {
    "full_time": "FULL_TIME", "part_time": "PART_TIME", "internship": "INTERN", "temporary": "TEMPORARY",
    "contract": "CONTRACTOR",
}  # fmt: skip


# Field names of a posting date beyond the usual ones: "fecha_publicacion_iso", "listingDate", "issueDate".
# JSearch's "job_posted_at_datetime_utc", 104's "appearDate" too.
_POSTED_KEY = re.compile(
    r"(?:job)?(?:date|fecha|datum|data)?(?:posted|post|posting|published|publish|publication|publicacion|publicacao"
    r"|pubblicazione|publiee?|added|listing|listed|issue|issued|release|released|creation|pub|appear)"
    r"(?:or(?:verified|updated|modified|refreshed))?"  # a scraper's "postedOrVerifiedDate"
    r"(?:date|at|on|timestamp|time|iso|datetime|fecha|datum|starts?|from)*(?:utc)?"
)


def _posted(fields: dict, merged: dict, day_first: bool) -> str | None:
    """Its own date, else the date of the record that lists it ("- post_date: …\n  jobs: [- title: …]"),
    else Workday's "startDate", the day the posting went live, beside a postedOn that only says "Posted 8
    Days Ago"."""
    if fields.get("published") is False:  # a draft ("published: false"): its edit times are no posting date
        return None
    workday = "postedon" in fields or "jobreqid" in fields
    dated = {key: value for key, value in fields.items() if not isinstance(value, bool)}  # "published: true"
    return (
        _date(_first(dated, _POSTED) or _first(dated, _posted_keys(dated)), day_first)
        or _date(_first(merged, _posted_keys(merged)), day_first)
        or (_date(fields.get("startdate"), day_first) if workday else None)
    )


def _posted_keys(fields: dict) -> tuple[str, ...]:
    return tuple(key for key in fields if len(key) <= 40 and _POSTED_KEY.fullmatch(key))


# A date field's value that repeats its label: "Published 23 July 2024", "Posted on: 3/4/2025".
_DATE_LABEL = re.compile(
    r"^(?:posted|published|publi[ée]e?|ver[öo]ffentlicht|date\s+posted|closing\s+date|expires?)(?:\s+on)?\s*:?\s*",
    re.I,
)
_RFC822 = re.compile(r"^(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}")


def _date(value: Any, day_first: bool = True) -> str | None:
    # "publishedDate": {"date": "2026-01-13T14:26:56+03:00"}, "publication": {"startDate": …}
    if isinstance(value, dict):
        keyed = {str(k).lower().replace("_", ""): v for k, v in value.items()}
        value = next(
            (keyed[k] for k in ("date", "datetime", "value", "iso", "startdate", "start") if k in keyed), None
        )
    if isinstance(value, date):  # YAML front matter reads "date: 2023-03-14" as a date
        return value.isoformat()[:10]
    if isinstance(value, int | float) and not isinstance(value, bool) and 10**8 < value < 10**13:
        seconds = value / 1000 if value > 10**11 else value  # Lever counts milliseconds since the epoch
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    if isinstance(value, str) and _RFC822.match(value):  # an RSS pubDate: "Sun, 06 Jul 2025 00:00:00 +0000"
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError):
            return None
    # "13/11/2019", "7 listopada 2025", "Published 2 May 2024"
    if isinstance(value, str) and len(value) <= 40:
        found = parse_date(_DATE_LABEL.sub("", value, count=1), day_first=day_first)
        return found.isoformat() if found else None
    return None


_NO_CEILING = 2_147_483_647  # 2**31 - 1
_SALARY_WORDS = ("text", "label", "libelle", "description")  # a salary object's figures in words


def _salary(fields: dict) -> dict:
    """baseSalary (or estimatedSalary) from a salary object, a pair of fields, or a salary sentence."""
    value = _first(fields, _SALARY)
    estimated = bool(
        fields.get("salaryispredicted") in ("1", 1, True)
        or fields.get("salaryestimate")
        or str(fields.get("salarysource")).lower() in ("estimated", "estimate", "glassdoor_estimate")
    )
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), value[0] if value else None)
    if isinstance(value, dict) and value.get("@type") == "MonetaryAmount":
        return {"estimatedSalary" if estimated else "baseSalary": value}
    source = _keyed(value) if isinstance(value, dict) else fields
    raw_low, raw_high = _first(source, _SALARY_LOW), _first(source, _SALARY_HIGH)
    low, high = positive_number(raw_low), positive_number(raw_high)
    if high is not None and high >= _NO_CEILING:  # a database's largest integer stands for "no upper bound"
        high = None
    stated = _name(_first(source, _SALARY_WORDS)) if isinstance(value, dict) else None
    if stated and any(c.isdigit() for c in stated) and not _first(source, _CURRENCY):
        # {"min": 30000, "max": …, "text": "от 30 000 руб."}: the words say the currency the figures do not
        return {"x-salary-text": f"{'Estimated salary' if estimated else 'Salary'}: {stated}"}
    written = [text for text in (_name(raw_low), _name(raw_high)) if text and any(c.isdigit() for c in text)]
    unit = _name(_first(source, _PERIOD) or _first(fields, _PERIOD)) or ""
    if low is None and high is None and written:  # InfoJobs' {"value": "15.000 €"} ends: figures in words
        return {
            "x-salary-text": f"{'Estimated salary' if estimated else 'Salary'}: {' - '.join(written)} {unit}"
        }
    if low is None and high is None and isinstance(value, int | float):
        # "baseSalary: 12.36" beside "salaryCurrency: GBP" and "salaryPeriod: hour": one figure (a string
        # such as "2.700,00" is read as words below, where its grouping is understood)
        low = high = positive_number(value)
    if low is None and high is None:
        for keys, period in _PERIOD_FIGURES:
            figure = positive_number(_first(fields, keys))
            if figure is not None:
                low = high = figure
                unit = period
                break
    if low is None and high is None:
        if isinstance(value, dict):  # France Travail's {"libelle": "Horaire de 11,65 Euros"}: pay in words
            value = _first(_keyed(value), ("libelle", "label", "text", "description", "commentaire", "value"))
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return {"x-salary-text": f"{'Estimated salary' if estimated else 'Salary'}: {value}"}
        return {}
    currency = _name(_first(source, _CURRENCY) or _first(fields, _CURRENCY)) or ""
    if not currency and isinstance(value, str) and any(pay.currency in value for pay in find_pay(value)):
        # {"salary": "12 000 - 15 000 PLN + VAT", "salary_min": 10000}: the words name the currency's code
        return {"x-salary-text": f"{'Estimated salary' if estimated else 'Salary'}: {value}"}
    currency = {"RUR": "RUB", "MXP": "MXN"}.get(currency.upper(), currency.upper())[:3]
    unit = _PERIODS.get(unit.lower().replace("_", " "), unit.upper())
    amount = {"@type": "QuantitativeValue", "minValue": low, "maxValue": high}
    if unit in _PERIODS.values():
        amount["unitText"] = unit
    salary = {"@type": "MonetaryAmount", "currency": currency or None, "value": amount}
    return {"estimatedSalary" if estimated else "baseSalary": salary}


def positive_number(value: Any) -> float | None:
    """A figure given as a number or a string ("1,800,000"), when it is finite and above zero."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) and number > 0 else None


_ANYWHERE = re.compile(
    r"(?<![ \t])[ \t]*+(?i:(?:anywhere|remote)[ \t]+(?:in|within)[ \t]+(?:the[ \t]+)?)"
    r"(?P<area>[^\W\d][^\n]{1,59})$"
)


def _remote(fields: dict, posting: dict) -> None:
    """jobLocationType and applicantLocationRequirements from remote flags and remote-area fields."""
    location = fields.get("location")
    flags = [fields.get(k) for k in ("remote", "isremote", "telework", "remoteok")]
    if isinstance(location, dict):
        flags.append(_keyed(location).get("remote"))
    workplace = str(fields.get("workplacetype") or "").lower()
    area = _name(_first(fields, _REMOTE_AREA))
    # a location that is an area to work from: "Anywhere in the United States"
    anywhere = _ANYWHERE.match(_name(location) or "") if isinstance(location, str | dict) else None
    if anywhere:
        flags.append(True)
        area = area or anywhere["area"]
    if any(flag is True for flag in flags) or workplace == "remote" or area:
        posting["jobLocationType"] = "TELECOMMUTE"
    elif workplace in ("hybrid", "onsite", "on-site") or (
        isinstance(location, dict) and _keyed(location).get("hybrid") is True
    ):
        posting["x-work-mode"] = "hybrid" if "hybrid" in workplace or workplace == "" else "onsite"
    written = _name(_first(fields, _WORK_MODE))  # InfoJobs' "teleworking": {"value": "Presencial"}
    mode = work_mode(written) if written and len(written) <= 60 else None
    typed = _name(_first(fields, _EMPLOYMENT))  # a dataset's "Job Type" column that says "Hybrid"
    mode = mode or (work_mode(typed) if typed and len(typed) <= 30 else None)
    if mode and "jobLocationType" not in posting and "x-work-mode" not in posting:
        if mode == "remote":
            posting["jobLocationType"] = "TELECOMMUTE"
        else:
            posting["x-work-mode"] = mode
    if area and area.lower() not in ("anywhere", "worldwide", "remote", "global"):
        posting["applicantLocationRequirements"] = [{"@type": "Country", "name": area}]
