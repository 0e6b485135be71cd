"""Result cards: what one search result shows, worked out in Python once, so the page renders 20 cards in
one template loop of plain values (the per-card include resolved ~80 template nodes a card)."""

from dataclasses import dataclass, field

from django.utils import dateformat, timezone
from django.utils.safestring import SafeString

from .choices import EmploymentType, WorkMode
from .models import Role

SKILLS_SHOWN = 6


@dataclass(frozen=True)
class RoleCard:
    url: str
    title: str
    company_url: str
    company: str
    # " · Senior · Contract": level, and the employment type unless full time.
    facts: str
    # "Berlin, Germany; Austin, Texas", "Location not stated" or "" (a remote role without places).
    places: str
    # "Remote (US, CA only)", "Hybrid" or "".
    work_mode: str
    is_open: bool
    # "Closed" or "Expired" for a role that no longer takes applications (shown with include_closed=1).
    status: str
    pay: str
    snippet: SafeString | None
    skills: list[str] = field(default_factory=list)
    # "Posted" with the posting's date, or "Listed" with the first import's.
    date_label: str = "Listed"
    date_iso: str = ""
    date_text: str = ""
    sources: int = 0


def role_card(role: Role) -> RoleCard:
    """The card of a role loaded with RoleQuerySet.with_cards() (and its snippet, when searched)."""
    facts = ""
    if role.seniority:
        facts += f" · {role.get_seniority_display()}"
    if role.employment_type and role.employment_type != EmploymentType.FULL_TIME:
        facts += f" · {role.get_employment_type_display()}"
    places = "; ".join(location.label for location in role.locations.all())
    if not places and role.work_mode != WorkMode.REMOTE:
        places = "Location not stated"
    mode = role.get_work_mode_display() if role.work_mode else ""
    if role.work_mode == WorkMode.REMOTE and role.remote_countries:
        mode += f" ({', '.join(role.remote_countries)} only)"
    pay = role.pay
    day = role.posted_at or timezone.localtime(role.listed_at).date()
    return RoleCard(
        url=role.get_absolute_url(),
        title=role.title,
        company_url=role.company.get_absolute_url(),
        company=role.company.name,
        facts=facts,
        places=places,
        work_mode=mode,
        is_open=role.is_open,
        status=role.get_status_display(),
        pay=pay.display if pay else "",
        snippet=getattr(role, "snippet", None),
        skills=[rs.shown_name for rs in role.role_skills.all()[:SKILLS_SHOWN]],
        date_label="Posted" if role.posted_at else "Listed",
        date_iso=day.isoformat(),
        date_text=dateformat.format(day, "j M Y"),
        sources=role.source_count,
    )
