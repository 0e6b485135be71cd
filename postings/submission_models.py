"""Rows the public writes: a job an employer submits (until a moderator decides) and a report of a listing.

Both keep the sender's IP address and e-mail so the rate limits (postings/submissions.py and
postings/listing_reports.py) can count recent rows in the database, which every server process shares.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from .models import Role


class JobSubmission(models.Model):
    """A posting pasted or uploaded by an employer: previewed, confirmed by e-mail, then a pending role."""

    email = models.EmailField()
    ip = models.GenericIPAddressField(null=True, blank=True)
    raw_text = models.TextField(help_text="The posting exactly as submitted; never edited")
    file_name = models.CharField(max_length=200, blank=True)
    # The fields as the submitter corrected them on the preview (title, company, places, pay, skills...).
    fields = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, help_text="When the confirmation link was sent")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    role = models.OneToOneField(
        Role, on_delete=models.SET_NULL, null=True, blank=True, related_name="submission"
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["email", "created_at"]), models.Index(fields=["ip", "created_at"])]

    def __str__(self) -> str:
        title = (self.fields or {}).get("title") or "untitled posting"
        return f"{title} from {self.email}"


class ReportReason(models.TextChoices):
    SCAM = "scam", "Scam, spam or not a real job"
    FILLED = "filled", "Already filled or closed"
    WRONG = "wrong", "Wrong information (pay, place, company)"
    OFFENSIVE = "offensive", "Offensive or discriminatory"
    OTHER = "other", "Something else"


class ListingReport(models.Model):
    """Someone's report that a listing is wrong or abusive; enough distinct people send a role to review."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=20, choices=ReportReason.choices)
    details = models.TextField(blank=True)
    email = models.EmailField(blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["ip", "created_at"]), models.Index(fields=["role", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(reason__in=ReportReason.values),
                name="listing_report_reason_valid",
                violation_error_message="Choose a reason from the list.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.role}"

    def get_absolute_url(self) -> str:
        return reverse("postings:role_detail", kwargs={"slug": self.role.slug})
