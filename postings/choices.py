"""Enumerations shared by models, filters, URLs and the import report (values are stable API)."""

from decimal import Decimal

from django.db import models

from .parsing.pay import annualise


class Seniority(models.TextChoices):
    INTERN = "intern", "Intern"
    JUNIOR = "junior", "Junior"
    MID = "mid", "Mid-level"
    SENIOR = "senior", "Senior"
    STAFF = "staff", "Staff"
    PRINCIPAL = "principal", "Principal"
    LEAD = "lead", "Lead"
    MANAGER = "manager", "Manager"
    DIRECTOR = "director", "Director"
    VP = "vp", "VP"


class EmploymentType(models.TextChoices):
    FULL_TIME = "full_time", "Full-time"
    PART_TIME = "part_time", "Part-time"
    CONTRACT = "contract", "Contract"
    TEMPORARY = "temporary", "Temporary"
    INTERNSHIP = "internship", "Internship"


class WorkMode(models.TextChoices):
    REMOTE = "remote", "Remote"
    HYBRID = "hybrid", "Hybrid"
    ONSITE = "onsite", "On-site"


class PayPeriod(models.TextChoices):
    YEAR = "year", "per year"
    MONTH = "month", "per month"
    WEEK = "week", "per week"
    DAY = "day", "per day"
    HOUR = "hour", "per hour"

    def annualise(self, amount: Decimal) -> Decimal:
        """Return the amount scaled to a year of full-time work."""
        return annualise(amount, self.value)


class PayKind(models.TextChoices):
    BASE = "base", "base"
    TOTAL = "total", "total compensation"
    OTE = "ote", "on-target earnings"


class SourceKind(models.TextChoices):
    CAREERS = "careers", "Careers page"
    ATS = "ats", "ATS copy"
    AGGREGATOR = "aggregator", "Aggregator"
    BOARD = "board", "Job board"
    FORUM = "forum", "Forum post"
    DATASET = "dataset", "Dataset row"
    OTHER = "other", "Other"

    @property
    def trust(self) -> int:
        """Higher is more trusted when sources disagree: the employer's own page first; a forum post is the
        employer's own words too, a scraped dataset row is a copy of a copy."""
        return {
            "careers": 50, "other": 40, "forum": 35, "board": 30, "ats": 20, "dataset": 15, "aggregator": 10
        }[self.value]  # fmt: skip


class RoleStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


def choice_check(field: str, choices: type[models.TextChoices], *, blank: bool = True) -> models.Q:
    """A CheckConstraint condition allowing only the enum's values (and '' when blank)."""
    allowed = list(choices.values) + ([""] if blank else [])
    return models.Q(**{f"{field}__in": allowed})
