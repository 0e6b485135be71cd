"""Merge what several sources say about one role, and decide whether two postings are the same role.

Works on the plain dicts stored in ``Source.parsed`` (ParsedPosting.to_dict()), so it needs no database and
gives the same answer whatever order the sources arrived in.
"""

from .parsing.similarity import containment, shingles, title_similarity

# Scalar fields: the most trusted source that states the field wins.
FIRST_STATED = (
    "title",
    "team",
    "seniority",
    "employment_type",
    "work_mode",
    "relocation_assistance",
    "min_years_experience",
    "posted_at",
    "valid_through",
    "summary",
    "about_company",
    "remote_restriction",
    "responsibilities",
    "requirements",
    "nice_to_have",
    "benefits",
    "locations",
)
# Titles this alike, with bodies this alike, are one role (tested on seed and corpus pairs).
SAME_TITLE, SIMILAR_TITLE, RELATED_TITLE = 0.99, 0.5, 0.3
SOME_BODY, MOST_BODY, NEARLY_ALL_BODY = 0.2, 0.5, 0.8
SHORT_BODY = 15  # shingles; below this the body says too little to compare


def role_text(parsed: dict) -> str:
    """The role-specific text (company boilerplate and benefits left out) used for similarity."""
    parts = [parsed.get("summary") or ""]
    for key in ("responsibilities", "requirements", "nice_to_have"):
        parts.extend(parsed.get(key) or [])
    return "\n".join(parts)


def _stated(value) -> bool:
    return value not in (None, "", [], {})


def _levels_conflict(a: dict, b: dict) -> bool:
    left, right = a.get("seniority"), b.get("seniority")
    return bool(left and right and left != right)


def _teams_conflict(a: dict, b: dict) -> bool:
    left, right = a.get("team"), b.get("team")
    return bool(left and right and title_similarity(left, right) < 0.5)


def same_role_score(new: dict, existing: list[dict]) -> float:
    """How sure we are that `new` is another copy of the role whose sources are `existing` (0 = no)."""
    best = 0.0
    new_shingles = shingles(role_text(new))
    for other in existing:
        if _levels_conflict(new, other) or _teams_conflict(new, other):
            continue
        title = title_similarity(new.get("title"), other.get("title"))
        other_shingles = shingles(role_text(other))
        body = containment(new_shingles, other_shingles)
        short = min(len(new_shingles), len(other_shingles)) < SHORT_BODY
        same = (
            (title >= SAME_TITLE and (body >= SOME_BODY or short))
            or (title >= SIMILAR_TITLE and body >= MOST_BODY and not short)
            or (title >= RELATED_TITLE and body >= NEARLY_ALL_BODY and not short)
        )
        if same:
            best = max(best, title + body)
    return best


def merge(parsed_by_trust: list[dict]) -> dict:
    """One role's fields from its sources' parsed dicts, most trusted first."""
    merged: dict = {}
    for key in FIRST_STATED:
        merged[key] = next((p[key] for p in parsed_by_trust if _stated(p.get(key))), None)
    merged["pay"] = next(
        (p["pay"] for p in parsed_by_trust if p.get("pay") and not p["pay"]["is_estimate"]), None
    )
    merged["pay_source"] = next(
        (i for i, p in enumerate(parsed_by_trust) if p.get("pay") and not p["pay"]["is_estimate"]), None
    )
    merged["estimates"] = _estimates(parsed_by_trust)
    merged["skills"] = _skills(parsed_by_trust)
    merged["url"] = next((p["url"] for p in parsed_by_trust if p.get("url")), None)
    return merged


def _estimates(parsed_by_trust: list[dict]) -> list[tuple[int, dict]]:
    """Every estimate figure with the index of the source that gave it, duplicates dropped."""
    seen, out = set(), []
    for index, parsed in enumerate(parsed_by_trust):
        candidates = list(parsed.get("estimates") or [])
        if parsed.get("pay") and parsed["pay"]["is_estimate"]:
            candidates.append(parsed["pay"])
        for estimate in candidates:
            key = (estimate["min_amount"], estimate["max_amount"], estimate["currency"], estimate["period"])
            if key not in seen:
                seen.add(key)
                out.append((index, estimate))
    return out


def _skills(parsed_by_trust: list[dict]) -> list[dict]:
    """The union of skills; required when any source requires it."""
    merged: dict[str, dict] = {}
    for parsed in parsed_by_trust:
        for skill in parsed.get("skills") or []:
            known = merged.setdefault(skill["slug"], dict(skill))
            known["required"] = known["required"] or skill["required"]
    return list(merged.values())
