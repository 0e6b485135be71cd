"""The mixed traffic of `make bench-load`: what a visitor asks for, and how often, as URL builders.

Kept apart from the locustfile (locust patches the standard library with gevent when imported), so the
driver times the same mix one request at a time and the tests can fetch every kind with Django's client.
A builder takes a seeded ``random.Random`` and the Catalogue of real slugs in the database and returns a
path with its query string.
"""

import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode

from .corpus import FAMILIES

SENIORITIES = ("junior", "mid", "senior", "staff", "lead")
WORK_MODES = ("remote", "hybrid", "onsite")
EMPLOYMENT_TYPES = ("full_time", "contract", "part_time")
PAY_MINIMA = (50_000, 100_000, 150_000)
# What people type: whole titles, single words, skills and a few pairs.
QUERIES = tuple(title.lower() for family in FAMILIES for title in family.titles) + (
    "engineer", "rust", "python", "data", "manager", "nurse", "designer", "remote", "sales", "analyst",
    "rust infrastructure", "kubernetes", "react", "golang", "senior python", "product",
)  # fmt: skip
SAMPLE_ROLES = 5_000


@dataclass(frozen=True)
class Catalogue:
    """Slugs and values that exist in the benchmark database, so every URL names something real."""

    roles: tuple[str, ...]
    companies: tuple[str, ...]
    skills: tuple[str, ...]
    countries: tuple[str, ...]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)))

    @classmethod
    def load(cls, path: Path) -> "Catalogue":
        return cls(**{key: tuple(value) for key, value in json.loads(path.read_text()).items()})


def catalogue(seed: int = 17) -> "Catalogue":
    """Read the Catalogue from the configured database (Django set up): a seeded sample of open roles, the
    companies with open roles, skills in use and countries."""
    from postings.models import Company, Location, Role, Skill

    open_roles = Role.objects.open()
    slugs = sorted(open_roles.values_list("slug", flat=True))
    rng = random.Random(seed)
    roles = rng.sample(slugs, min(SAMPLE_ROLES, len(slugs)))
    companies = Company.objects.filter(roles__in=open_roles).distinct().order_by("slug")
    skills = Skill.objects.filter(roles__in=open_roles).distinct().order_by("slug")
    countries = Location.objects.exclude(country="").values_list("country", flat=True).distinct()
    return Catalogue(
        roles=tuple(roles),
        companies=tuple(companies.values_list("slug", flat=True)),
        skills=tuple(skills.values_list("slug", flat=True)),
        countries=tuple(sorted(countries.order_by("country"))),
    )


def _query(params: dict | list) -> str:
    return f"?{urlencode(params)}" if params else ""


def home(rng: random.Random, cat: Catalogue) -> str:
    return "/"


def search(rng: random.Random, cat: Catalogue) -> str:
    """A typed query, most often ranked by relevance."""
    params = {"q": rng.choice(QUERIES)}
    if rng.random() < 0.2:
        params["sort"] = rng.choice(("newest", "pay"))
    return "/" + _query(params)


def _facets(rng: random.Random, cat: Catalogue) -> list[tuple[str, str]]:
    """One to three ticked facets, as the search form sends them."""
    choices = [
        lambda: [("seniority", rng.choice(SENIORITIES))],
        lambda: [("work_mode", rng.choice(WORK_MODES))],
        lambda: [("employment_type", rng.choice(EMPLOYMENT_TYPES))],
        lambda: [("country", rng.choice(cat.countries))],
        lambda: [("skill", rng.choice(cat.skills))],
        lambda: [("pay_min", str(rng.choice(PAY_MINIMA))), ("currency", "USD")],
        lambda: [("posted_within", str(rng.choice((7, 30))))],
    ]
    return [pair for make in rng.sample(choices, rng.randint(1, 3)) for pair in make()]


def filtered(rng: random.Random, cat: Catalogue) -> str:
    """Facets ticked, with a query half the time."""
    params = [("q", rng.choice(QUERIES))] if rng.random() < 0.5 else []
    params += _facets(rng, cat)
    if rng.random() < 0.3:
        params.append(("sort", "newest"))
    return "/" + _query(params)


def next_page(rng: random.Random, cat: Catalogue) -> str:
    """Page 2 or later of a search or of browsing (people rarely go past page 5)."""
    params = [("q", rng.choice(QUERIES))] if rng.random() < 0.6 else []
    if rng.random() < 0.4:
        params += _facets(rng, cat)
    page = rng.choice((2, 2, 2, 3, 3, 4, 5, 8, 12, 25))
    return "/" + _query([*params, ("page", str(page))])


def role(rng: random.Random, cat: Catalogue) -> str:
    return f"/roles/{rng.choice(cat.roles)}/"


def company(rng: random.Random, cat: Catalogue) -> str:
    return f"/companies/{rng.choice(cat.companies)}/"


def feed(rng: random.Random, cat: Catalogue) -> str:
    """A reader polling the RSS or Atom feed, of everything or of a saved search."""
    path = rng.choice(("/feeds/roles/", "/feeds/roles/", "/feeds/roles/atom/"))
    if rng.random() < 0.5:
        return path + _query({"q": rng.choice(QUERIES)})
    return path


def sitemap(rng: random.Random, cat: Catalogue) -> str:
    """A crawler: the index, then a shard of roles or the companies."""
    return rng.choice(("/sitemap.xml", "/sitemap.xml", "/sitemap-roles.xml", "/sitemap-companies.xml"))


# Weights out of 1,000, as a board's logs look: most visits land on a role's page (from search engines and
# shared links), then on searches and their facets, companies and further pages; feed readers poll now and
# then, and crawlers read the sitemap rarely (a few times a day each, against millions of page views: 0.2 %
# still overstates them).
MIX: dict[str, tuple[Callable[[random.Random, Catalogue], str], int]] = {
    "role": (role, 370),
    "home": (home, 120),
    "search": (search, 150),
    "filtered": (filtered, 120),
    "next_page": (next_page, 80),
    "company": (company, 100),
    "feed": (feed, 58),
    "sitemap": (sitemap, 2),
}


def pick(rng: random.Random, cat: Catalogue) -> tuple[str, str]:
    """One request of the mix: (its kind, its URL)."""
    names = list(MIX)
    name = rng.choices(names, weights=[MIX[n][1] for n in names])[0]
    return name, MIX[name][0](rng, cat)
