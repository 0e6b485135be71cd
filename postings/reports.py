"""The import report: roles as plain dicts in the shape `import_postings --format json` prints."""

from decimal import Decimal

from django.db.models import Prefetch

from .importing import UNNAMED_KEY, role_confidence, sources_by_trust
from .models import Compensation, Role, RoleSkill


def roles_for_report(role_ids: list[int]) -> list[Role]:
    """The roles in the given order, with everything the report shows loaded in a few queries."""
    roles = Role.objects.select_related("company").prefetch_related(
        "locations",
        "compensations__source",
        Prefetch("role_skills", queryset=RoleSkill.objects.select_related("skill")),
        "sources",
    )
    by_id = roles.in_bulk(role_ids)
    return [by_id[pk] for pk in role_ids if pk in by_id]


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def pay_report(pay: Compensation | None) -> dict | None:
    if pay is None:
        return None
    return {
        "min": _number(pay.min_amount),
        "max": _number(pay.max_amount),
        "currency": pay.currency,
        "period": pay.period,
        "kind": pay.kind,
        "is_estimate": pay.is_estimate,
        "equity": pay.equity,
    }


def role_report(role: Role, outcome: str) -> dict:
    """One role as the JSON report shows it (fields a posting does not state are null)."""
    estimates = role.estimates
    return {
        # a posting that named no employer reports none, though it is filed under UNNAMED_EMPLOYER
        "company": None if role.company.key == UNNAMED_KEY else role.company.name,
        "title": role.title,
        "team": role.team or None,
        "seniority": role.seniority or None,
        "employment_type": role.employment_type or None,
        "work_mode": role.work_mode or None,
        "locations": [
            {"name": loc.name, "region": loc.region or None, "country": loc.country or None}
            for loc in role.locations.all()
        ],
        "remote_restriction": role.remote_restriction or None,
        "relocation_assistance": role.relocation_assistance,
        "min_years_experience": role.min_years_experience,
        # Only an estimate known: report it, flagged, so the figure is not lost; pages never show it as pay.
        "pay": pay_report(role.pay or (estimates[0] if estimates else None)),
        "estimates": [
            {**pay_report(e), "source": e.source.file_name if e.source else None} for e in estimates
        ],
        "skills": [rs.shown_name for rs in role.role_skills.all()],
        "posted_at": role.posted_at.isoformat() if role.posted_at else None,
        "closes_on": role.closes_on.isoformat() if role.closes_on else None,
        "url": role.get_absolute_url(),
        "sources": [{"file": s.file_name, "kind": s.kind, "url": s.url or None} for s in role.sources.all()],
        "needs_review": role.needs_review,
        # open, or pending review (the parser doubted it, or its kind of source is reviewed), or expired.
        "status": role.status,
        "confidence": role_confidence(sources_by_trust(role)),
        "outcome": outcome,
    }
