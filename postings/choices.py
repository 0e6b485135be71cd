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
    SUBMISSION = "submission", "Submitted by the employer"
    OTHER = "other", "Other"

    @property
    def trust(self) -> int:
        """Higher is more trusted when sources disagree: the employer's own page first; a forum post is the
        employer's own words too, a scraped dataset row is a copy of a copy."""
        return {
            "careers": 50, "submission": 45, "other": 40, "forum": 35, "board": 30, "ats": 20, "dataset": 15,
            "aggregator": 10,
        }[self.value]  # fmt: skip


class RoleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PENDING = "pending", "Pending review"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    EXPIRED = "expired", "Expired"
    REJECTED = "rejected", "Rejected"

    @property
    def is_public(self) -> bool:
        """Whether visitors may see a role in this state (open, or ended with its page kept)."""
        return self in PUBLIC_STATUSES

    def can_become(self, other: str) -> bool:
        """Whether the state machine allows a move from this state to `other`."""
        return other in TRANSITIONS[self]


# The state machine, the one place that says which moves are allowed (postings/lifecycle.py makes them).
TRANSITIONS: dict[str, frozenset[str]] = {
    RoleStatus.DRAFT: frozenset({RoleStatus.PENDING, RoleStatus.OPEN}),
    RoleStatus.PENDING: frozenset({RoleStatus.OPEN, RoleStatus.REJECTED, RoleStatus.DRAFT}),
    RoleStatus.OPEN: frozenset({RoleStatus.CLOSED, RoleStatus.EXPIRED, RoleStatus.PENDING}),
    RoleStatus.CLOSED: frozenset({RoleStatus.OPEN}),
    RoleStatus.EXPIRED: frozenset({RoleStatus.OPEN, RoleStatus.CLOSED}),
    RoleStatus.REJECTED: frozenset({RoleStatus.PENDING}),
}
# Visitors see these: open roles, and ended ones whose pages stay so old links still explain themselves.
PUBLIC_STATUSES = (RoleStatus.OPEN, RoleStatus.CLOSED, RoleStatus.EXPIRED)


def choice_check(field: str, choices: type[models.TextChoices], *, blank: bool = True) -> models.Q:
    """A CheckConstraint condition allowing only the enum's values (and '' when blank)."""
    allowed = list(choices.values) + ([""] if blank else [])
    return models.Q(**{f"{field}__in": allowed})


class AlertFrequency(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"

    @property
    def adverb(self) -> str:
        """How the e-mails speak of it: "once a day", "once a week"."""
        return {"daily": "once a day", "weekly": "once a week"}[self.value]
