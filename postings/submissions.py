"""Posting a job: an employer's text → preview of what the parser read → corrections → e-mail confirmation →
a role pending review, built by the importer's own write path (importing.role_create) → an e-mail when a
moderator approves or rejects it.

Rate limits count the JobSubmission rows of the last 24 hours in the database, so every server process
sees the same counts. Links in e-mails are signed (django.core.signing) and expire.
"""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone

from .choices import RoleStatus, SourceKind
from .import_cache import ImportCache
from .importing import UNNAMED_EMPLOYER, content_hash, role_create
from .models import Role, RoleStatusChange, Source
from .parsing.pay import Pay
from .parsing.places import Place, parse_place
from .parsing.posting import ParsedPosting, SkillMention, parse_all
from .parsing.skills import find_skills, skill_by_slug
from .submission_models import JobSubmission

PREVIEW_SALT = "postings.submission.preview"
CONFIRM_SALT = "postings.submission.confirm"
ALLOWED_EXTENSIONS = (".txt", ".text", ".md", ".html", ".htm")
MAX_PLACES = 10
MAX_SKILLS = 40


class SubmissionProblem(Exception):
    """Input that cannot become a submission; the message is a sentence for the submitter."""


def upload_text(*, data: bytes, file_name: str) -> str:
    """The text of an uploaded posting file, or SubmissionProblem when it is not a readable text/HTML file."""
    if not file_name.lower().endswith(ALLOWED_EXTENSIONS):
        raise SubmissionProblem("Upload a text, Markdown or HTML file (.txt, .md, .html).")
    return posting_text(data)


def posting_text(data: bytes | str) -> str:
    """The posting's text within the size limit; SubmissionProblem when empty, too large or binary."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    limit = settings.SUBMISSION_MAX_BYTES
    if len(raw) > limit:
        raise SubmissionProblem(f"The posting is too long: at most {limit // 1024:,} KB, please.")
    if b"\x00" in raw:
        raise SubmissionProblem("That file is not text: upload a text, Markdown or HTML file.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        raise SubmissionProblem("The posting is empty: paste its text or choose a file.")
    return text


def rate_limited(*, email: str, ip: str | None) -> str:
    """Why this address or IP may not submit now (a sentence), or "" when it may."""
    since = timezone.now() - timedelta(days=1)
    recent = JobSubmission.objects.filter(created_at__gte=since)
    counts = recent.aggregate(
        by_email=_count(Q(email__iexact=email)), by_ip=_count(Q(ip=ip)) if ip else _count(Q(pk__in=[]))
    )
    if counts["by_email"] >= settings.SUBMISSIONS_PER_ADDRESS:
        return "This e-mail address has sent as many postings as it may today; please try again tomorrow."
    if counts["by_ip"] >= settings.SUBMISSIONS_PER_IP:
        return "Too many postings have been sent from your network today; please try again tomorrow."
    return ""


def _count(condition: Q) -> Count:
    return Count("pk", filter=condition)


def submission_start(*, text: str, file_name: str, email: str, ip: str | None) -> JobSubmission:
    """Parse the posting and store it unconfirmed; SubmissionProblem when it is refused (nothing written)."""
    if why := rate_limited(email=email, ip=ip):
        raise SubmissionProblem(why)
    posting = parse_all(text, filename=file_name or "posting.txt", budget=settings.IMPORT_PARSE_SECONDS)[0]
    if not posting.title:
        raise SubmissionProblem(
            "We could not find a job title in that text. Paste the whole posting, starting with its title."
        )
    if Source.objects.filter(content_hash=content_hash(posting.raw)).exists():
        raise SubmissionProblem("This posting is already on the board.")
    return JobSubmission.objects.create(
        email=email, ip=ip, raw_text=text, file_name=file_name[:200], fields=fields_found(posting)
    )


def fields_found(posting: ParsedPosting) -> dict:
    """The fields the submitter may correct, as the parser read them (form values, JSON-safe)."""
    pay = posting.pay
    return {
        "title": posting.title or "",
        "company": posting.company or "",
        "places": "\n".join(_place_line(place) for place in posting.locations),
        "work_mode": posting.work_mode or "",
        "pay_min": str(pay.min_amount) if pay and pay.min_amount is not None else "",
        "pay_max": str(pay.max_amount) if pay and pay.max_amount is not None else "",
        "currency": pay.currency if pay else "USD",
        "period": pay.period if pay else "year",
        "skills": ", ".join(skill.name for skill in posting.skills),
    }


def _place_line(place: Place) -> str:
    return ", ".join(part for part in (place.name, place.region, place.country) if part)


def preview_token(submission: JobSubmission) -> str:
    return signing.dumps(submission.pk, salt=PREVIEW_SALT)


def confirm_token(submission: JobSubmission) -> str:
    return signing.dumps(submission.pk, salt=CONFIRM_SALT)


def submission_for(token: str, *, confirm: bool = False) -> JobSubmission | None:
    """The submission a signed link names, or None when the link is forged, altered or expired."""
    salt, days = (CONFIRM_SALT, settings.SUBMISSION_CONFIRM_DAYS) if confirm else (PREVIEW_SALT, 1)
    try:
        pk = signing.loads(token, salt=salt, max_age=timedelta(days=days))
    except signing.BadSignature:
        return None
    return JobSubmission.objects.filter(pk=pk).select_related("role").first()


def submission_send(*, submission: JobSubmission, fields: dict, confirm_url: str) -> None:
    """Keep the submitter's corrections and e-mail the confirmation link."""
    submission.fields = {key: "" if value is None else str(value) for key, value in fields.items()}
    submission.sent_at = timezone.now()
    submission.save(update_fields=["fields", "sent_at"])
    context = {"submission": submission, "fields": submission.fields, "confirm_url": confirm_url}
    context["days"] = settings.SUBMISSION_CONFIRM_DAYS
    send_mail(
        subject=_subject(f"Confirm your job posting: {submission.fields.get('title', '')}"),
        message=render_to_string("postings/submit/email_confirm.txt", context),
        from_email=None,
        recipient_list=[submission.email],
    )


def posting_corrected(posting: ParsedPosting, fields: dict, *, raw: str) -> ParsedPosting:
    """The parsed posting with the submitter's corrections in place of what the parser read."""
    low, high = _decimal(fields.get("pay_min")), _decimal(fields.get("pay_max"))
    pay = None
    if low is not None or high is not None:
        text = f"{low or ''}–{high or ''} {fields.get('currency')} per {fields.get('period')}"
        pay = Pay(low, high, fields.get("currency") or "USD", fields.get("period") or "year", text=text)
    return replace(
        posting,
        title=fields.get("title") or posting.title,
        company=fields.get("company") or posting.company,
        work_mode=fields.get("work_mode") or None,
        locations=tuple(places_from(fields.get("places", ""))),
        pay=pay,
        skills=tuple(skills_from(fields.get("skills", ""))),
        source_kind=SourceKind.SUBMISSION,
        confidence=(),  # a person has checked these fields
        raw=raw,
        problem=None,
    )


def places_from(text: str) -> list[Place]:
    """One place per line ("Berlin, DE"); a line the gazetteer does not know is kept as written."""
    lines = [line.strip() for line in text.replace(";", "\n").splitlines() if line.strip()]
    return [parse_place(line) or Place(name=line[:200]) for line in lines[:MAX_PLACES]]


def skills_from(text: str) -> list[SkillMention]:
    """Skills of the vocabulary named in a comma-separated list (unknown names are left out)."""
    found = {}
    for name in text.split(","):
        name = name.strip()
        skill = skill_by_slug(name.lower().replace(" ", "-")) or next(iter(find_skills(name)), None)
        if skill and skill.slug not in found:
            found[skill.slug] = SkillMention(skill.name, skill.slug, skill.category, required=True)
    return list(found.values())[:MAX_SKILLS]


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except ArithmeticError:
        return None


def submission_confirm(*, submission: JobSubmission) -> Role:
    """Turn a confirmed submission into a role pending review (once; a second click changes nothing)."""
    with transaction.atomic():
        # No join here: PostgreSQL cannot lock the nullable side of an outer join.
        locked = JobSubmission.objects.select_for_update().get(pk=submission.pk)
        if locked.role_id is not None:
            return Role.objects.select_related("company").get(pk=locked.role_id)
        parsed = parse_all(locked.raw_text, filename=locked.file_name or "posting.txt")[0]
        posting = posting_corrected(parsed, locked.fields, raw=locked.raw_text)
        if Source.objects.filter(content_hash=content_hash(posting.raw)).exists():
            raise SubmissionProblem("This posting is already on the board.")
        cache = ImportCache()
        company = cache.company(name=posting.company or UNNAMED_EMPLOYER)
        name = f"submission-{locked.pk}{_extension(locked.file_name)}"
        role = role_create(
            posting=posting, parsed=posting.to_dict(), company=company, file_name=name, cache=cache
        )
        locked.role, locked.confirmed_at = role, timezone.now()
        locked.save(update_fields=["role", "confirmed_at"])
    cache.commit()
    return role


def _extension(file_name: str) -> str:
    lowered = file_name.lower()
    return next((ext for ext in ALLOWED_EXTENSIONS if lowered.endswith(ext)), ".txt")


@receiver(post_save, sender=RoleStatusChange, dispatch_uid="postings_submission_decided")
def submission_decided(sender, instance: RoleStatusChange, created: bool, **kwargs) -> None:
    """E-mail the submitter when a moderator approves or rejects their posting (after the move commits)."""
    if not created or instance.from_status != RoleStatus.PENDING:
        return
    if instance.to_status not in (RoleStatus.OPEN, RoleStatus.REJECTED):
        return
    submission = JobSubmission.objects.filter(role_id=instance.role_id).select_related("role").first()
    if submission is None:
        return
    transaction.on_commit(lambda: _decision_mail(submission, instance))


def _decision_mail(submission: JobSubmission, change: RoleStatusChange) -> None:
    approved = change.to_status == RoleStatus.OPEN
    context = {"submission": submission, "role": submission.role, "approved": approved, "change": change}
    context["role_url"] = settings.SITE_URL + submission.role.get_absolute_url()
    title = submission.role.title
    subject = (
        f"Your job posting is live: {title}" if approved else f"Your job posting was not accepted: {title}"
    )
    send_mail(
        subject=_subject(subject),
        message=render_to_string("postings/submit/email_decision.txt", context),
        from_email=None,
        recipient_list=[submission.email],
    )


def _subject(text: str) -> str:
    """One line (a header cannot hold a line break), at most 150 characters."""
    return " ".join(text.split())[:150]
