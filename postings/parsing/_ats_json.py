"""Job objects exported by applicant tracking systems (Ashby, Greenhouse, Lever, Workable, …) as schema.org.

Their JSON is not JobPosting markup, but the same facts sit under a handful of common field names. Mapping
them onto a JobPosting dict lets the rest of the parser treat every JSON source alike.
"""

from datetime import UTC, datetime
from typing import Any

_TITLE = ("title", "text", "name", "jobTitle", "job_title", "position")
_DESCRIPTION = (
    "descriptionPlain", "description", "descriptionHtml", "content", "body", "jobDescription",
    "description_plain", "description_html",
)  # fmt: skip
_COMPANY = ("organizationName", "companyName", "company_name", "company", "employer", "organization")
_LOCATION = ("location", "locationName", "location_name", "city", "office", "offices", "locations")
_EMPLOYMENT = ("employmentType", "employment_type", "commitment", "type", "jobType")
_POSTED = ("publishedAt", "published_at", "datePosted", "createdAt", "created_at", "postedAt", "updated_at")
_URL = ("jobUrl", "absolute_url", "hostedUrl", "url", "applyUrl", "shortlink")
_APPLY = ("applyUrl", "apply_url", "applicationUrl", "applyLink")
_TEAM = ("team", "department", "departments")
_NESTED = ("job", "data", "posting", "result", "jobPosting")
_EMPLOYMENT_TYPES = {
    "fulltime": "FULL_TIME", "full-time": "FULL_TIME", "full time": "FULL_TIME", "parttime": "PART_TIME",
    "part-time": "PART_TIME", "part time": "PART_TIME", "contract": "CONTRACTOR", "contractor": "CONTRACTOR",
    "temporary": "TEMPORARY", "intern": "INTERN", "internship": "INTERN",
}  # fmt: skip


def as_jobposting(node: Any, context: dict | None = None, depth: int = 0) -> dict | None:
    """A schema.org-shaped JobPosting for an ATS job object, or None when it is not one."""
    if not isinstance(node, dict) or depth > 3:
        return None
    for key in _NESTED:
        inner = node.get(key)
        if isinstance(inner, dict):
            found = as_jobposting(inner, {**(context or {}), **node}, depth + 1)
            if found:
                return found
    title, description = _first(node, _TITLE), _first(node, _DESCRIPTION)
    if not isinstance(title, str) or not isinstance(description, str) or not description.strip():
        return None
    merged = {**(context or {}), **node}
    posting = {
        "@type": "JobPosting",
        "title": title,
        "description": description,
        "hiringOrganization": {"name": _name(_first(merged, _COMPANY))},
        "jobLocation": [{"address": {"addressLocality": place}} for place in _places(node)],
        "employmentType": _employment(_first(node, _EMPLOYMENT) or _category(node, "commitment")),
        "datePosted": _date(_first(node, _POSTED)),
        "url": _name(_first(node, _URL)),
        "applyUrl": _name(_first(node, _APPLY)),
        "x-team": _name(_first(node, _TEAM) or _category(node, "team")),
    }
    if node.get("isRemote") is True or str(node.get("workplaceType", "")).lower() == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
    return {key: value for key, value in posting.items() if value not in (None, "", [], {"name": None})}


def _first(node: dict, keys: tuple[str, ...]) -> Any:
    return next((node[key] for key in keys if node.get(key) not in (None, "", [])), None)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("text")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _category(node: dict, key: str) -> Any:
    categories = node.get("categories")
    return categories.get(key) if isinstance(categories, dict) else None


def _places(node: dict) -> list[str]:
    value = _first(node, _LOCATION) or _category(node, "location")
    values = value if isinstance(value, list) else [value]
    return [name for name in (_name(v) for v in values) if name]


def _employment(value: Any) -> str | None:
    name = _name(value)
    return _EMPLOYMENT_TYPES.get(name.lower()) if name else None


def _date(value: Any) -> str | None:
    if isinstance(value, int | float) and value > 0:  # Lever: milliseconds since the epoch
        seconds = value / 1000 if value > 10**11 else value
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    return value if isinstance(value, str) else None
