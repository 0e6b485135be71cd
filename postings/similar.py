"""Similar open roles: close in title, skills and level, from any company, ranked in one query.

The score is computed by the database so the page costs one ranking query (plus one to load the shown
roles' pay): a point per shared skill, a point per shared meaningful title word, and two points for the
same level (one for the next level up or down). Only a bounded pool is scored, the newest open roles that
share a skill (or, for a role without skills, its company's), so the cost does not grow with the table
(PERFORMANCE.md: bound the ranked candidate set).
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, When
from django.db.models.functions import Coalesce

from .choices import Seniority
from .models import Compensation, Role, RoleSkill

LIMIT = 4
CANDIDATES = 300  # newest roles scored; enough for a handful of good matches, cheap at a million roles
MIN_SCORE = 3  # below this the match is a coincidence (one shared word and a level)
# Levels on one ladder; "lead", "manager" and above are other tracks and only match exactly.
LADDER = [
    Seniority.INTERN,
    Seniority.JUNIOR,
    Seniority.MID,
    Seniority.SENIOR,
    Seniority.STAFF,
    Seniority.PRINCIPAL,
]
_WORD = re.compile(r"[^\W_]+")
# Words every engineering title shares or that name the level (the level is scored on its own).
_COMMON = {"and", "of", "the", "for", "in", "at", "to", "with", "i", "ii", "iii", "iv", "sr", "jr"}
_COMMON |= set(Seniority.values) | {"senior", "junior", "intern", "software", "engineer"}
MAX_TITLE_WORDS = 6


def title_words(title: str) -> list[str]:
    """The title's distinctive words (lower case, level and filler words left out)."""
    words = []
    for word in _WORD.findall(title.casefold()):
        if len(word) > 1 and word not in _COMMON and word not in words:
            words.append(word)
    return words[:MAX_TITLE_WORDS]


def _neighbours(seniority: str) -> list[str]:
    if seniority not in LADDER:
        return []
    i = LADDER.index(seniority)
    return [str(level) for level in LADDER[max(i - 1, 0) : i + 2] if level != seniority]


def _candidates(role: Role, skill_ids: list[int]) -> QuerySet:
    """Ids of the newest open roles sharing a skill with `role` (its company's, when it has no skills)."""
    pool = Role.objects.open().exclude(pk=role.pk)
    if skill_ids:
        pool = pool.filter(pk__in=RoleSkill.objects.filter(skill_id__in=skill_ids).values("role_id"))
    else:
        pool = pool.filter(company_id=role.company_id)
    return pool.newest_first().values("pk")[:CANDIDATES]


def _shared_skills(skill_ids: list[int]) -> Coalesce:
    """How many of these skills each scored role asks for (a correlated count on the role_skills index)."""
    shared = (
        RoleSkill.objects.filter(role_id=OuterRef("pk"), skill_id__in=skill_ids)
        .values("role_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(shared, output_field=IntegerField()), 0)


# The shown roles' pay, stated before estimated.
_PAY = Prefetch("compensations", queryset=Compensation.objects.order_by("is_estimate", "id"))


def similar_roles(role: Role, *, limit: int = LIMIT) -> list[Role]:
    """Other open roles most like `role`; uses the role's prefetched skills when present.

    The ranking is the role page's costliest part (60 role pages of the bench's 100,000 roles, one process:
    24.0 ms wall a page with it, 11.9 without), so the ranked ids are kept in the cache for
    SIMILAR_CACHE_SECONDS, keyed by the role and its last change; a cached list is loaded again as open roles,
    so a role closed since then drops out at once.
    """
    seconds = settings.SIMILAR_CACHE_SECONDS
    key = f"similar:v1:{role.pk}:{role.updated_at.timestamp() if role.updated_at else 0}:{limit}"
    ids = cache.get(key) if seconds else None
    if ids is not None:
        shown = {
            other.pk: other
            for other in Role.objects.open()
            .filter(pk__in=ids)
            .select_related("company")
            .prefetch_related(_PAY)
        }
        return [shown[pk] for pk in ids if pk in shown]
    found = _ranked(role, limit)
    if seconds:
        cache.set(key, [other.pk for other in found], seconds)
    return found


def _ranked(role: Role, limit: int) -> list[Role]:
    skill_ids = [rs.skill_id for rs in role.role_skills.all()]
    score = _shared_skills(skill_ids)
    for word in title_words(role.title):
        score = score + Case(When(title__icontains=word, then=1), default=0, output_field=IntegerField())
    if role.seniority:
        level = Case(
            When(seniority=role.seniority, then=2),
            When(seniority__in=_neighbours(role.seniority), then=1),
            default=0,
            output_field=IntegerField(),
        )
        score = score + level
    return list(
        Role.objects.visible()
        .filter(pk__in=_candidates(role, skill_ids))
        .annotate(similarity=score)
        .filter(similarity__gte=MIN_SCORE)
        .order_by("-similarity", "-listed_at", "-id")
        .prefetch_related(_PAY)[:limit]
    )
