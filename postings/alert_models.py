"""Saved searches with e-mail alerts: the alert (a query, an address, a frequency) and what it sent.

An alert is pending until its address confirms it, active until unsubscribed; only active alerts are sent.
postings/alerts.py writes them, postings/alert_sending.py sends them.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from .choices import AlertFrequency, choice_check
from .models import Role


class AlertQuerySet(models.QuerySet):
    def active(self) -> "AlertQuerySet":
        """Alerts confirmed by their address and not unsubscribed: the only ones ever sent."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def pending(self) -> "AlertQuerySet":
        """Alerts waiting for their address to confirm them."""
        return self.filter(confirmed_at__isnull=True, unsubscribed_at__isnull=True)


class Alert(models.Model):
    """A saved search: the search's parameters (normalised through RoleFilter) e-mailed daily or weekly."""

    email = models.EmailField(max_length=254)
    # The search's parameters as a query string, validated and normalised (alerts.alert_query).
    query = models.TextField(blank=True)
    frequency = models.CharField(max_length=10, choices=AlertFrequency.choices, default=AlertFrequency.WEEKLY)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # A keyed hash of the requesting IP address, for the rate limit (the address itself is not kept).
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # The high-water mark: roles opened up to here have been considered (see alert_sending.py).
    sent_through = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True, help_text="When the last message went out")

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["email", "created_at"], name="alert_email_created"),
            models.Index(fields=["ip_hash", "created_at"], name="alert_ip_created"),
            models.Index(fields=["frequency", "confirmed_at"], name="alert_frequency_confirmed"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=choice_check("frequency", AlertFrequency, blank=False),
                name="alert_frequency_valid",
                violation_error_message="Choose daily or weekly.",
            ),
            models.CheckConstraint(
                condition=Q(confirmed_at__isnull=True) | Q(sent_through__isnull=False),
                name="alert_confirmed_has_mark",
                violation_error_message="A confirmed alert needs its high-water mark.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.query or 'all roles'} ({self.frequency})"

    @property
    def state(self) -> str:
        if self.unsubscribed_at:
            return "unsubscribed"
        return "active" if self.confirmed_at else "pending"


class AlertDelivery(models.Model):
    """One role an alert sent (or claimed for a message that a crash may have cut short): never sent again."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="+")
    # Written in the transaction that moves the alert's mark, before the message is handed to the mail
    # server; `sent_at` is filled once the server took it. Empty means the run stopped in between.
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-claimed_at", "-id"]
        verbose_name_plural = "alert deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "role"],
                name="alert_delivery_once",
                violation_error_message="This alert already sent this role.",
            )
        ]

    def __str__(self) -> str:
        return f"Role {self.role_id} to alert {self.alert_id}"
