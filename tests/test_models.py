"""Database constraints reject bad rows on every backend, not just in forms."""

from decimal import Decimal

import pytest
from django.db import DataError, IntegrityError, transaction

from postings.choices import PayPeriod
from postings.models import Company, Compensation, Location, Role, RoleSkill, Skill
from tests.factories import make_company, make_compensation, make_role, make_source

pytestmark = pytest.mark.django_db


def rejected(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except (IntegrityError, DataError):  # PostgreSQL rejects over-long values as DataError
        return True
    return False


@pytest.mark.parametrize(
    "fields",
    [
        {"min_amount": Decimal(-5), "max_amount": Decimal(10)},
        {"min_amount": Decimal(10), "max_amount": Decimal(-1)},
        {"min_amount": Decimal(200), "max_amount": Decimal(100)},
        {"min_amount": None, "max_amount": None},
        {"currency": "usd"},
        {"currency": "DOLLARS"},
        {"period": "fortnight"},
        {"kind": "bonus"},
    ],
)
def test_compensation_constraints_reject(fields):
    role = make_role()
    assert rejected(lambda: make_compensation(role=role, **fields))


def test_compensation_accepts_open_ended_ranges():
    role = make_role()
    make_compensation(role=role, min_amount=None, max_amount=Decimal(150000))
    make_compensation(role=role, min_amount=Decimal(50), max_amount=None, period="hour")
    assert role.compensations.count() == 2


@pytest.mark.parametrize(
    "field, value",
    [
        ("seniority", "wizard"),
        ("work_mode", "sometimes"),
        ("employment_type", "gig"),
        ("status", "maybe"),
        ("title", ""),
    ],
)
def test_role_enum_constraints_reject(field, value):
    fields = {"company": make_company(), "title": "T", "slug": f"t-{field}"} | {field: value}
    assert rejected(lambda: Role.objects.create(**fields))


def test_role_slug_is_unique():
    role = make_role(title="Data Engineer")
    assert rejected(lambda: Role.objects.create(company=role.company, title="Other", slug=role.slug))


def test_company_slug_and_key_are_unique():
    make_company(name="Discord", slug="discord")
    assert rejected(lambda: Company.objects.create(name="Other", slug="discord"))
    assert rejected(lambda: Company.objects.create(name="Discord Inc.", slug="discord-inc"))


def test_source_content_hash_is_unique_and_sha256():
    role = make_role()
    make_source(role=role, raw_text="same text")
    assert rejected(lambda: make_source(role=role, raw_text="same text"))
    assert rejected(lambda: make_source(role=role, raw_text="x", content_hash="not-a-hash"))
    assert rejected(lambda: make_source(role=role, raw_text="y", kind="rumour"))


def test_location_country_is_iso_alpha2():
    assert rejected(lambda: Location.objects.create(name="Springfield", country="USA"))
    assert Location.objects.create(name="Berlin", country="DE").pk


def test_role_skill_pairs_are_unique():
    role = make_role()
    skill = Skill.objects.create(name="Rust", slug="rust")
    RoleSkill.objects.create(role=role, skill=skill)
    assert rejected(lambda: RoleSkill.objects.create(role=role, skill=skill, required=False))


def test_role_pay_usd_columns_reject_inverted_range():
    role = make_role()
    assert rejected(lambda: Role.objects.filter(pk=role.pk).update(pay_min_usd=10, pay_max_usd=5))


def test_role_refresh_denormalises_trustworthy_pay():
    role = make_role(pay=(196000, 220500))
    make_compensation(role=role, min_amount=16000, max_amount=19000, is_estimate=True)
    role.refresh_from_db()
    assert (role.pay_min_usd, role.pay_max_usd) == (196000, 220500)
    assert role.pay.display == "$196,000 – $220,500 per year"
    assert [str(e) for e in role.estimates] == ["$16,000 – $19,000 per year (estimate)"]


def test_strings_and_urls():
    role = make_role(title="Staff Engineer", company=make_company(name="Acme", slug="acme"))
    assert str(role) == "Staff Engineer at Acme"
    assert role.get_absolute_url() == f"/roles/{role.slug}/"
    assert role.company.get_absolute_url() == "/companies/acme/"
    comp = Compensation(
        min_amount=Decimal(45), max_amount=Decimal(60), currency="EUR", period="hour", equity=True
    )
    assert comp.display == "€45 – €60 per hour, + equity"


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"name": "Toronto", "region": "Ontario", "country": "CA"}, "Toronto, Ontario"),
        ({"name": "Berlin", "country": "DE"}, "Berlin, Germany"),
        ({"name": "Canada", "country": "CA"}, "Canada"),
        ({"name": "Somewhere"}, "Somewhere"),
    ],
)
def test_location_label_names_the_country(fields, expected):
    assert Location(**fields).label == expected


@pytest.mark.parametrize(
    "period, expected", [("year", 100), ("month", 1200), ("week", 5200), ("day", 26000), ("hour", 208000)]
)
def test_pay_period_annualises_with_the_parsers_table(period, expected):
    assert PayPeriod(period).annualise(Decimal(100)) == expected
