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
# Titles this alike, with bodies this alike, are one role (tested on seed and corpus pairs). Copies of a
# posting are often reworded, so the body threshold is low once the titles agree.
SAME_TITLE, SIMILAR_TITLE, RELATED_TITLE = 0.99, 0.5, 0.3
SOME_BODY, MOST_BODY, NEARLY_ALL_BODY = 0.1, 0.35, 0.7
SHORT_BODY = 15  # shingles; below this the body says too little to compare


def role_text(parsed: dict) -> str:
    """The role-specific text (company boilerplate and benefits left out) used for similarity."""
    parts = [parsed.get("summary") or ""]
    for key in ("responsibilities", "requirements", "nice_to_have"):
        parts.extend(parsed.get(key) or [])
    return "\n".join(parts)


def _stated(value) -> bool:
    return value not in (None, "", [], {})


def _conflicts(a: dict, b: dict, title: float) -> bool:
    """Facts that make two postings different roles whatever their wording."""
    # "Product Designer" and "Lead Product Designer" are different roles: an unstated level counts.
    if a.get("seniority") != b.get("seniority"):
        return True
    teams = a.get("team"), b.get("team")
    if title < SAME_TITLE and all(teams) and title_similarity(*teams) < 0.5:
        return True
    countries = [{p.get("country") for p in x.get("locations") or [] if p.get("country")} for x in (a, b)]
    if all(countries) and not countries[0] & countries[1]:
        return True
    return _pay_conflicts(a.get("pay"), b.get("pay"))


def _pay_conflicts(a: dict | None, b: dict | None) -> bool:
    """Two stated ranges in one currency and period that do not overlap belong to different roles."""
    if not a or not b or a["is_estimate"] or b["is_estimate"]:
        return False
    if (a["currency"], a["period"]) != (b["currency"], b["period"]):
        return False
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    return high_a < low_b or high_b < low_a


def _same_pay(a: dict, b: dict) -> bool:
    """Both state the same figure: strong evidence when the wording of two copies differs."""
    keys = ("min_amount", "max_amount", "currency", "period")
    pays = a.get("pay"), b.get("pay")
    return (
        all(pays) and not any(p["is_estimate"] for p in pays) and all(pays[0][k] == pays[1][k] for k in keys)
    )


def _bounds(pay: dict) -> tuple[float, float]:
    low = float(pay["min_amount"] if pay["min_amount"] is not None else pay["max_amount"])
    high = float(pay["max_amount"] if pay["max_amount"] is not None else pay["min_amount"])
    return low, high


def same_role_score(new: dict, existing: list[dict]) -> float:
    """How sure we are that `new` is another copy of the role whose sources are `existing` (0 = no)."""
    best = 0.0
    new_shingles = shingles(role_text(new))
    for other in existing:
        title = title_similarity(new.get("title"), other.get("title"))
        if _conflicts(new, other, title):
            continue
        other_shingles = shingles(role_text(other))
        body = containment(new_shingles, other_shingles)
        short = min(len(new_shingles), len(other_shingles)) < SHORT_BODY
        same = (
            (title >= SAME_TITLE and (body >= SOME_BODY or short or _same_pay(new, other)))
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
