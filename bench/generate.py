"""Deterministic synthetic roles: the same seed and index always give the same role, in any process.

``role(i)`` builds one role from its own ``random.Random``, so rows can be generated lazily, in any order and
in parallel. ``postings(n)`` streams posting texts of varied shapes (see ``shapes.py``) for the parse and
import benchmarks; ``load.py`` turns roles into database rows.
"""

import random
import re
from bisect import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from itertools import accumulate

from django.utils.text import slugify

from postings.parsing._rates import USD_PER_UNIT
from postings.parsing.pay import Pay
from postings.parsing.people import company_key
from postings.parsing.similarity import title_key
from postings.parsing.skills import VOCABULARY

from . import corpus, prose

SEED = 20261123
# Bump when the generated data changes, so cached benchmark databases are reloaded.
GENERATOR_VERSION = "1"
COMPANY_COUNT = 2000
# Dates are relative to a fixed day so the data do not change with the calendar.
ANCHOR = datetime(2026, 11, 15, 12, tzinfo=UTC)
RUST_SHARE, INFRA_SHARE = 0.2, 0.33  # within engineering roles: ~2 % of all roles have both
INFRA_TEAMS = ("Infrastructure", "Cloud Infrastructure", "Platform Infrastructure")
INFRA_SKILLS = ("terraform", "kubernetes", "aws", "google-cloud", "prometheus", "linux")
# Local pay relative to the US, by currency (roughly; the exact figure matters less than the spread).
PAY_FACTOR = {"USD": 1.0, "CHF": 1.0, "CAD": 0.75, "AUD": 0.75, "SGD": 0.75, "GBP": 0.7, "ILS": 0.7}
PAY_FACTOR |= {"AED": 0.7, "EUR": 0.65, "SEK": 0.6, "NOK": 0.65, "DKK": 0.65, "NZD": 0.65, "JPY": 0.55}
PAY_FACTOR |= {"KRW": 0.5, "PLN": 0.4, "CZK": 0.4, "HUF": 0.35, "RON": 0.35, "BRL": 0.3, "MXN": 0.3}
PAY_FACTOR |= {"COP": 0.25, "ZAR": 0.3, "MYR": 0.3, "INR": 0.22, "PHP": 0.2, "KES": 0.15, "NGN": 0.15}
MONTHLY_CURRENCIES = frozenset({"INR", "BRL", "MXN", "COP", "PHP", "JPY"})


@dataclass(frozen=True)
class Company:
    id: int
    name: str
    slug: str
    key: str
    website: str
    description: str
    city: tuple[str, str, str, str]


@dataclass(frozen=True)
class Role:
    id: int
    company: Company
    family: str
    title: str
    team: str
    seniority: str
    employment_type: str
    work_mode: str
    location_ids: tuple[int, ...]
    remote_restriction: str
    relocation_assistance: bool | None
    min_years_experience: int | None
    summary: str
    responsibilities: tuple[str, ...]
    requirements: tuple[str, ...]
    nice_to_have: tuple[str, ...]
    benefits: tuple[str, ...]
    skills: tuple[tuple[int, bool], ...]  # (skill id, required)
    pay: Pay | None
    estimate: Pay | None
    posted_at: date | None
    created_at: datetime
    status: str
    rust: bool
    infra: bool

    @property
    def slug(self) -> str:
        return f"{slugify(f'{self.company.name} {self.title}')[:200]}-{self.id}"

    @property
    def title_key(self) -> str:
        return title_key(self.title)

    @property
    def listed_at(self) -> datetime:
        return datetime.combine(self.posted_at, time.min, tzinfo=UTC) if self.posted_at else self.created_at

    @property
    def about_company(self) -> str:
        return self.company.description

    def skill_names(self) -> list[str]:
        """Skill names as RoleSkill orders them: required first, then by name."""
        ordered = sorted(self.skills, key=lambda pair: (not pair[1], SKILLS[pair[0] - 1].name))
        return [SKILLS[skill_id - 1].name for skill_id, _ in ordered]

    def skill_ids(self) -> list[int]:
        return sorted(skill_id for skill_id, _ in self.skills)

    def search_keywords(self) -> str:
        """As postings.services.search_keywords: company, team and skill names."""
        parts = (self.company.name, self.team, " ".join(self.skill_names()))
        return "\n".join(part for part in parts if part)

    def search_document(self) -> str:
        """As postings.services.search_document: the body text."""
        parts = [self.summary, *self.responsibilities, *self.requirements, *self.nice_to_have]
        return "\n".join(part for part in [*parts, self.about_company] if part)


SKILLS = VOCABULARY  # skill id = position + 1
_SKILL_ID = {skill.slug: n for n, skill in enumerate(SKILLS, start=1)}


@cache
def companies() -> tuple[Company, ...]:
    """COMPANY_COUNT companies with unique normalised names, in a seeded order."""
    rng = random.Random(SEED)
    names = [f"{head} {tail}" for head in corpus.COMPANY_HEADS for tail in corpus.COMPANY_TAILS]
    rng.shuffle(names)
    out = []
    for n, base in enumerate(names[:COMPANY_COUNT], start=1):
        name = base + rng.choice(corpus.LEGAL_SUFFIXES)
        city = rng.choice(corpus.CITY_ROWS)
        fill = _filler(rng, company=base, city=city[0])
        about = " ".join(s.format(**fill) for s in rng.sample(prose.ABOUT, rng.randint(4, 7)))
        slug = slugify(base)
        out.append(Company(n, name, slug, company_key(name), f"https://www.{slug}.example", about, city))
    return tuple(out)


@cache
def _company_weights() -> list[float]:
    # A few large employers post most roles, as on real boards.
    return list(accumulate(1 / (rank + 20) for rank in range(COMPANY_COUNT)))


@cache
def locations() -> tuple[tuple[int, str, str, str], ...]:
    """(id, name, region, country): every city, every country (for remote roles) and plain "Remote"."""
    rows = [(name, region, country) for name, region, country, _ in corpus.CITY_ROWS]
    rows += [(name, "", code) for code, name in corpus.COUNTRY_NAMES.items() if (name, "", code) not in rows]
    rows.append(("Remote", "", ""))
    return tuple((n, *row) for n, row in enumerate(rows, start=1))


@cache
def _location_ids() -> dict[tuple[str, str], int]:
    return {(name, country): n for n, name, _, country in locations()}


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _filler(rng: random.Random, **known) -> dict:
    return {
        "product": rng.choice(prose.PRODUCTS),
        "users": rng.choice(prose.USERS),
        "metric": rng.choice(prose.METRICS),
        "partner": rng.choice(prose.PARTNERS),
        "n": f"{rng.choice((2, 3, 5, 8, 12, 40, 150, 600))}{rng.choice(('0,000', ' million', '00,000'))}",
        "year": rng.randint(1995, 2022),
        "staff": rng.choice((40, 120, 350, 900, 2400, 8000)),
        "offices": rng.choice(("two", "three", "five", "nine")),
        "days": rng.choice((20, 25, 28, 30)),
        "budget": rng.choice(("$1,000", "$2,000", "€1,500", "£1,000")),
        "weeks": rng.choice((12, 16, 20, 26)),
        "years": rng.choice((1, 2, 3, 4, 5, 6, 8, 10)),
        "city": "our home city",
        **known,
    }


def role(i: int, *, seed: int = SEED) -> Role:
    """Role number i (1-based) of the synthetic board."""
    rng = random.Random(seed * 10_000_019 + i)
    company = companies()[bisect(_company_weights(), rng.random() * _company_weights()[-1])]
    family = rng.choices(corpus.FAMILIES, weights=[f.weight for f in corpus.FAMILIES])[0]
    engineering = family is corpus.ENGINEERING
    rust = engineering and rng.random() < RUST_SHARE
    infra = engineering and rng.random() < INFRA_SHARE
    level = rng.choices(corpus.LEVELS, weights=[lv[1] for lv in corpus.LEVELS])[0]
    team = rng.choice(INFRA_TEAMS if infra else family.teams)
    title = _title(rng, family, level, team, rust)
    work_mode = _weighted(rng, corpus.WORK_MODES)
    location_ids, restriction, currency = _places(rng, company, work_mode)
    skills = _skills(rng, family, rust, infra)
    fill = _filler(
        rng,
        company=company.name,
        title=title,
        team=team,
        city=company.city[0],
        skill=SKILLS[skills[0][0] - 1].name if skills else "Excel",
        skill2=SKILLS[skills[-1][0] - 1].name if skills else "Google Sheets",
    )
    summary, duties, needs, nice = _prose(rng, family, fill, rust, infra)
    days = min(int(rng.expovariate(1 / 40)), 365)
    created_at = ANCHOR - timedelta(days=days, seconds=rng.randint(0, 86_399))
    pay = _pay(rng, family, level, currency) if rng.random() < 0.65 else None
    estimate = _estimate(rng, family, level) if rng.random() < (0.12 if pay else 0.3) else None
    return Role(
        id=i,
        company=company,
        family=family.key,
        title=title,
        team=team,
        seniority=level[0],
        employment_type="internship" if level[0] == "intern" else _weighted(rng, corpus.EMPLOYMENT_TYPES),
        work_mode=work_mode,
        location_ids=location_ids,
        remote_restriction=restriction,
        relocation_assistance=rng.choice((None,) * 17 + (True, True, False)),
        min_years_experience=level[4] and max(0, level[4] + rng.randint(-1, 2)),
        summary=summary,
        responsibilities=duties,
        requirements=needs,
        nice_to_have=nice,
        benefits=tuple(s.format(**fill) for s in rng.sample(prose.BENEFITS, rng.randint(4, 7))),
        skills=skills,
        pay=pay,
        estimate=estimate,
        posted_at=created_at.date() if rng.random() < 0.85 else None,
        created_at=created_at,
        status="closed" if rng.random() < 0.1 else "open",
        rust=rust,
        infra=infra,
    )


def _title(rng: random.Random, family, level, team: str, rust: bool) -> str:
    value, prefix = level[0], level[2]
    head = "Engineering" if family is corpus.ENGINEERING else team
    if value in ("director", "vp"):
        return f"{prefix} {head}"
    if value == "manager":
        return f"{head} Manager" + (f", {team}" if head != team else "")
    base = rng.choice(family.titles)
    if rust and rng.random() < 0.3:
        base = base.replace("Software", "Rust").replace("Backend", "Rust Backend")
    title = f"{base} Intern" if value == "intern" else f"{prefix} {base}".strip()
    if family is corpus.ENGINEERING and rng.random() < 0.5:
        title += rng.choice((", ", " - ", " | ", " (")) + team
        title += ")" if title.endswith(f"({team}") else ""
    return title


def _places(rng: random.Random, company: Company, work_mode: str) -> tuple[tuple[int, ...], str, str]:
    ids = _location_ids()
    if work_mode == "remote":
        if rng.random() < 0.6:
            code = rng.choice(corpus.REMOTE_COUNTRIES)
            currency = next(row[3] for row in corpus.CITY_ROWS if row[2] == code)
            return (ids[(corpus.COUNTRY_NAMES[code], code)],), code, currency
        return (ids[("Remote", "")],), "", "USD"
    city = company.city if rng.random() < 0.6 else rng.choice(corpus.CITY_ROWS)
    chosen = [city]
    if rng.random() < 0.2:
        chosen += [row for row in rng.sample(corpus.CITY_ROWS, 2) if row[2] == city[2] and row != city]
    return tuple(ids[(row[0], row[2])] for row in chosen), "", city[3]


def _skills(rng: random.Random, family, rust: bool, infra: bool) -> tuple[tuple[int, bool], ...]:
    pool = list(family.skills)
    count = rng.randint(4, 10) if family is corpus.ENGINEERING else rng.randint(0, min(4, len(pool)))
    slugs = rng.sample(pool, min(count, len(pool)))
    if infra:
        slugs += [s for s in rng.sample(INFRA_SKILLS, 2) if s not in slugs]
    if rust:
        slugs.insert(0, "rust")
    required = max(1, round(len(slugs) * 0.6))
    return tuple((_SKILL_ID[slug], n < required) for n, slug in enumerate(slugs))


def _prose(rng: random.Random, family, fill: dict, rust: bool, infra: bool):
    engineering = family is corpus.ENGINEERING
    if engineering:
        duties_pool, needs_pool, nice_pool = (
            prose.ENGINEERING_DUTIES,
            prose.ENGINEERING_REQUIREMENTS,
            prose.ENGINEERING_NICE,
        )
    else:
        duties_pool, needs_pool, nice_pool = prose.FAMILY_PROSE[family.key]
    opening = rng.choice(prose.SUMMARY_OPEN)
    body = rng.sample(prose.SUMMARY_BODY, rng.randint(6, 10))
    if engineering:
        body.insert(1, rng.choice(prose.ENGINEERING_SUMMARY))
    if rust:
        body.insert(2, prose.RUST[1])
    if infra:
        body.insert(0, prose.INFRA[3])
    cut = len(body) // 2
    paragraphs = [" ".join([opening, *body[:cut]]), " ".join(body[cut:]), _projects(rng)]
    paragraphs.append(" ".join(rng.sample(prose.HOW_WE_WORK, rng.randint(4, 7))))
    summary = "\n\n".join(p.format(**fill) for p in paragraphs)
    duties = rng.sample(duties_pool, min(len(duties_pool), rng.randint(6, 9)))
    needs = rng.sample(needs_pool, min(len(needs_pool), rng.randint(5, 7)))
    nice = rng.sample(nice_pool, rng.randint(2, 3))
    if rust:
        duties.insert(0, prose.RUST[0])
        needs.insert(1, prose.RUST[2])
    if infra:
        duties.insert(1, prose.INFRA[0])
        duties.append(prose.INFRA[1])
        needs.append(prose.INFRA[2])
    return (
        summary,
        tuple(s.format(**fill) for s in duties),
        tuple(s.format(**fill) for s in needs),
        tuple(s.format(**fill) for s in nice),
    )


def _projects(rng: random.Random) -> str:
    sentences = []
    for opening in rng.choices(prose.PROJECT_OPEN, k=rng.randint(4, 8)):
        verb, adjective, noun = rng.choice(prose.VERBS), rng.choice(prose.ADJECTIVES), rng.choice(prose.NOUNS)
        sentences.append(f"{opening} {verb} the {adjective} {noun}, {rng.choice(prose.OUTCOMES)}.")
    return " ".join(sentences)


def _round(amount: float) -> Decimal:
    """Round like a person writing a salary: 2–3 significant figures."""
    if amount <= 0:
        return Decimal(0)
    step = 10 ** max(0, len(str(int(amount))) - 3)
    return Decimal(int(round(amount / step) * step)) if amount >= 100 else Decimal(f"{amount:.2f}")


def _pay(rng: random.Random, family, level, currency: str) -> Pay:
    usd = family.base_usd * level[3] * PAY_FACTOR.get(currency, 0.5) * rng.uniform(0.85, 1.15)
    local = usd / float(USD_PER_UNIT.get(currency, 1))
    period, divisor = "year", 1
    if rng.random() < family.hourly:
        period, divisor = ("day", 230) if rng.random() < 0.3 else ("hour", 2080)
    elif currency in MONTHLY_CURRENCIES and rng.random() < 0.4:
        period, divisor = "month", 12
    low, high = _round(local * 0.9 / divisor), _round(local * 1.15 / divisor)
    shape = rng.random()
    if shape < 0.05:
        low = None  # "up to"
    elif shape < 0.08:
        high = None  # "from"
    kind = "ote" if family.key == "sales" and rng.random() < 0.5 else "base"
    equity = family.key in ("engineering", "product") and rng.random() < 0.25
    return Pay(low, high, currency, period, kind, is_estimate=False, equity=equity)


def _estimate(rng: random.Random, family, level) -> Pay:
    usd = family.base_usd * level[3] * rng.uniform(0.7, 1.05)
    return Pay(_round(usd * 0.9), _round(usd * 1.1), "USD", "year", "base", is_estimate=True)


def posting_role_index(k: int) -> int:
    """Which role posting k (1-based) is a copy of: every tenth posting re-posts a recent role."""
    return k - 3 if k > 10 and k % 10 == 7 else k


def postings(count: int, *, seed: int = SEED, start: int = 1):
    """Stream (file name, text) for postings start..start+count-1, one at a time."""
    from .shapes import render

    for k in range(start, start + count):
        spec = role(posting_role_index(k), seed=seed)
        yield render(spec, k, random.Random(seed * 7_000_003 + k))


WORD_RE = re.compile(r"[a-z0-9]+")
