"""Schema.org JobPosting JSON-LD for a role page, as Google's job search reads it.

Google requires title, description, datePosted, hiringOrganization and jobLocation (or, for remote
roles, jobLocationType TELECOMMUTE with applicantLocationRequirements); it recommends baseSalary,
directApply, employmentType, identifier and validThrough. We fill each one we know and leave out the
rest rather than guess. Only the posting's stated pay goes into baseSalary: an aggregator's estimate is
not the employer's offer. The output is embedded in a <script> element, so it is escaped the way
Django's ``json_script`` does: no "<", ">" or "&" survives, whatever the posting contains.
"""

import json
from datetime import date
from decimal import Decimal

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .choices import EmploymentType, PayPeriod, WorkMode
from .models import Role, Source
from .parsing import regions

EMPLOYMENT_TYPES = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.CONTRACT: "CONTRACTOR",
    EmploymentType.TEMPORARY: "TEMPORARY",
    EmploymentType.INTERNSHIP: "INTERN",
}
UNIT_TEXT = {
    PayPeriod.YEAR: "YEAR",
    PayPeriod.MONTH: "MONTH",
    PayPeriod.WEEK: "WEEK",
    PayPeriod.DAY: "DAY",
    PayPeriod.HOUR: "HOUR",
}
# Same escapes as django.utils.html.json_script, plus the line separators some JS parsers reject.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}
_SECTIONS = (
    ("responsibilities", "What you'll do"),
    ("requirements", "Requirements"),
    ("nice_to_have", "Nice to have"),
    ("benefits", "Benefits"),
)


def job_posting(role: Role, *, url: str, sources: list[Source]) -> dict:
    """The JobPosting object for one role; `url` is the page's absolute URL."""
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": role.title,
        "description": description_html(role),
        "datePosted": (role.posted_at or role.created_at.date()).isoformat(),
        "url": url,
        "directApply": False,  # applying happens at the employer's or source's site, not here
        "hiringOrganization": _organization(role),
        "identifier": {"@type": "PropertyValue", "name": role.company.name, "value": role.slug},
    }
    if role.closes_on:
        data["validThrough"] = role.closes_on.isoformat()
    if role.employment_type in EMPLOYMENT_TYPES:
        data["employmentType"] = EMPLOYMENT_TYPES[role.employment_type]
    data |= _location(role)
    if salary := base_salary(role):
        data["baseSalary"] = salary
    if role.min_years_experience is not None:
        data["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": role.min_years_experience * 12,
        }
    if skills := [rs.shown_name for rs in role.role_skills.all()]:
        data["skills"] = ", ".join(skills)
    return data


def description_html(role: Role) -> str:
    """The posting's sections as simple HTML (Google asks for HTML); every piece of text escaped."""
    text = role.body
    parts = [format_html("<p>{}</p>", para) for para in text.summary.split("\n\n") if para.strip()]
    for key, heading in _SECTIONS:
        items = getattr(text, key) or []
        if items:
            parts.append(format_html("<h2>{}</h2>", heading))
            parts.append(
                format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in items)))
            )
    if text.about_company:
        parts.append(format_html("<h2>About {}</h2><p>{}</p>", role.company.name, text.about_company))
    return "".join(parts) or escape(str(role))


def _organization(role: Role) -> dict:
    org = {"@type": "Organization", "name": role.company.name}
    if role.company.website:
        org["sameAs"] = role.company.website
    return org


def _location(role: Role) -> dict:
    """jobLocation for each place; TELECOMMUTE plus the countries candidates may live in when remote."""
    out = {}
    places = [_place(loc) for loc in role.locations.all()]
    if places:
        out["jobLocation"] = places if len(places) > 1 else places[0]
    if role.work_mode == WorkMode.REMOTE:
        out["jobLocationType"] = "TELECOMMUTE"
        countries = role.remote_countries or sorted(
            {loc.country for loc in role.locations.all() if loc.country}
        )
        if countries:
            kinds = {c: "AdministrativeArea" if regions.is_region(c) else "Country" for c in countries}
            out["applicantLocationRequirements"] = [{"@type": kind, "name": c} for c, kind in kinds.items()]
    return out


def _place(location) -> dict:
    address = {"@type": "PostalAddress", "addressLocality": location.name}
    if location.region:
        address["addressRegion"] = location.region
    if location.country:
        address["addressCountry"] = location.country
    return {"@type": "Place", "address": address}


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def base_salary(role: Role) -> dict | None:
    """The stated pay as a MonetaryAmount; None when the role states none (estimates never count)."""
    pay = role.pay
    if pay is None or pay.is_estimate:
        return None
    value: dict = {"@type": "QuantitativeValue", "unitText": UNIT_TEXT[PayPeriod(pay.period)]}
    if pay.min_amount is not None and pay.max_amount is not None and pay.min_amount != pay.max_amount:
        value |= {"minValue": _number(pay.min_amount), "maxValue": _number(pay.max_amount)}
    else:
        value["value"] = _number(pay.min_amount if pay.min_amount is not None else pay.max_amount)
    return {"@type": "MonetaryAmount", "currency": pay.currency, "value": value}


def _default(value):
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_script_json(data: dict) -> SafeString:
    """JSON safe to place between <script type="application/ld+json"> tags."""
    text = json.dumps(data, default=_default, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 -- every <, > and & is escaped above
