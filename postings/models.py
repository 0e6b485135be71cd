"""Companies, roles, compensation, skills, locations, sources and import runs."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Now
from django.urls import reverse
from django.utils import timezone

from .choices import (
    EmploymentType,
    PayKind,
    PayPeriod,
    RoleStatus,
    Seniority,
    SourceKind,
    WorkMode,
    choice_check,
)
from .parsing import regions
from .parsing._gazetteer import COUNTRY_NAMES
from .parsing.people import company_key
from .querysets import RoleQuerySet
from .search.fields import IdListField
from .search.models import RoleSearchEntry  # noqa: F401 - registers the SQLite FTS5 index model
from .validators import LINK_MAX_LENGTH, link_check, validate_link

ISO_COUNTRY = r"^[A-Z]{2}$"
ISO_CURRENCY = r"^[A-Z]{3}$"
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}


class Company(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    # Normalised name (case, punctuation and legal suffixes dropped) so "Discord Inc." matches "Discord".
    key = models.CharField(max_length=200, unique=True)
    website = models.CharField(max_length=500, blank=True, validators=[validate_link])
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.CheckConstraint(
                condition=link_check("website"),
                name="company_website_safe",
                violation_error_message="The website must be an http or https link.",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.key = company_key(self.name) or self.slug
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("postings:company_detail", kwargs={"slug": self.slug})


class Location(models.Model):
    name = models.CharField(max_length=200)
    region = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, blank=True, db_index=True, help_text="ISO 3166 alpha-2")

    class Meta:
        ordering = ["country", "region", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "region", "country"],
                name="location_unique_place",
                violation_error_message="This place is already listed.",
            ),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=ISO_COUNTRY),
                name="location_country_iso",
                violation_error_message="The country must be a two-letter ISO 3166 code, such as US or DE.",
            ),
        ]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.name, self.region, self.country) if part)

    @property
    def label(self) -> str:
        """A short place for cards: "Toronto, Ontario", "Berlin, Germany", "Canada" (never a bare code)."""
        country = COUNTRY_NAMES.get(self.country, self.country)
        where = self.region or country
        return self.name if not where or where == self.name else f"{self.name}, {where}"


class Skill(models.Model):
    name = models.CharField(max_length=100)
    # in the skill's own script when its name has no Latin spelling ("röntgenschein", "普通自動車免許")
    slug = models.SlugField(max_length=100, unique=True, allow_unicode=True)
    category = models.CharField(max_length=30, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=255, unique=True)
    team = models.CharField(max_length=200, blank=True)
    seniority = models.CharField(max_length=20, choices=Seniority.choices, blank=True)
    employment_type = models.CharField(max_length=20, choices=EmploymentType.choices, blank=True)
    work_mode = models.CharField(max_length=20, choices=WorkMode.choices, blank=True)
    remote_restriction = models.CharField(
        max_length=100,
        blank=True,
        help_text="Where candidates must be based, comma-separated: ISO 3166 country codes or world regions "
        "(Europe, EU, EMEA, APAC, LATAM, Americas…)",
    )
    relocation_assistance = models.BooleanField(null=True, blank=True)
    min_years_experience = models.PositiveSmallIntegerField(null=True, blank=True)
    # The description (summary, sections, about the company) lives in RoleText: `role.text`.
    apply_url = models.CharField(max_length=LINK_MAX_LENGTH, blank=True, validators=[validate_link])
    locations = models.ManyToManyField(Location, related_name="roles", blank=True)
    skills = models.ManyToManyField(Skill, through="RoleSkill", related_name="roles", blank=True)
    posted_at = models.DateField(null=True, blank=True, help_text="As stated by a source; empty if none says")
    # Moved only through postings.lifecycle.role_transition, which records each move in RoleStatusChange.
    status = models.CharField(max_length=10, choices=RoleStatus.choices, default=RoleStatus.OPEN)
    status_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    closes_on = models.DateField(
        null=True, blank=True, help_text="The closing date a source states; the role expires after it"
    )
    # Fields a person changed in the admin (names from HAND_EDITABLE): a re-import leaves them as edited.
    # db_default too (as last_seen_at and needs_review): bulk loaders that name their columns (bench, COPY).
    edited_fields = models.JSONField(default=list, db_default=[], blank=True, editable=False)
    # db_default too: bulk loaders that name their columns (bench, COPY) need the database to fill it.
    needs_review = models.BooleanField(
        default=False,
        db_default=False,
        help_text="The parser was unsure of the employer, title or pay: a person should check",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    # Denormalised for sorting and filtering without joins: the posted date (or first import) and the
    # trustworthy pay annualised in USD.
    listed_at = models.DateTimeField(default=timezone.now)
    pay_min_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    pay_max_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    # Normalised title used to find the same role in another source.
    title_key = models.CharField(max_length=300, db_index=True, editable=False)
    # What search indexes besides the title, by weight: company, team and skill names (the body is in
    # RoleText.search_document).
    search_keywords = models.TextField(blank=True, editable=False)
    # The role's skill ids, so the skills filter and facet need no join (integer[] with GIN on PostgreSQL).
    skill_ids = IdListField(default=list, blank=True, editable=False)
    # The role's place ids, so the country facet reads the small place table, not the role-place links.
    location_ids = IdListField(default=list, blank=True, editable=False)

    objects = RoleQuerySet.as_manager()

    # What an import sets and a person may overrule: the role's own columns and places, its description
    # (RoleText.BODY), its stated pay ("pay") and its skills ("skills").
    HAND_EDITABLE = (
        "title",
        "team",
        "seniority",
        "employment_type",
        "work_mode",
        "remote_restriction",
        "relocation_assistance",
        "min_years_experience",
        "posted_at",
        "closes_on",
        "apply_url",
        "locations",
    )

    class Meta:
        ordering = ["-listed_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-listed_at", "-id"], name="role_status_listed"),
            models.Index(fields=["status", "-pay_max_usd"], name="role_status_pay"),
            models.Index(fields=["seniority"], name="role_seniority"),
            models.Index(fields=["work_mode"], name="role_work_mode"),
            models.Index(fields=["employment_type"], name="role_employment_type"),
            models.Index(fields=["company", "status"], name="role_company_status"),
            # The importer's same-role lookup: this company's roles with this normalised title.
            models.Index(fields=["company", "title_key"], name="role_company_title_key"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=choice_check("seniority", Seniority),
                name="role_seniority_valid",
                violation_error_message="Choose a level from the list.",
            ),
            models.CheckConstraint(
                condition=choice_check("employment_type", EmploymentType),
                name="role_employment_type_valid",
                violation_error_message="Choose an employment type from the list.",
            ),
            models.CheckConstraint(
                condition=choice_check("work_mode", WorkMode),
                name="role_work_mode_valid",
                violation_error_message="Choose a work mode from the list.",
            ),
            models.CheckConstraint(
                condition=choice_check("status", RoleStatus, blank=False),
                name="role_status_valid",
                violation_error_message="Choose a status from the list.",
            ),
            models.CheckConstraint(
                condition=~Q(title=""),
                name="role_title_not_empty",
                violation_error_message="A role needs a title.",
            ),
            models.CheckConstraint(
                condition=link_check("apply_url"),
                name="role_apply_url_safe",
                violation_error_message="The apply link must be an http, https or mailto link.",
            ),
            models.CheckConstraint(
                condition=Q(pay_min_usd__isnull=True) | Q(pay_min_usd__gte=0),
                name="role_pay_min_usd_gte_0",
                violation_error_message="The annual pay in US dollars cannot be negative.",
            ),
            models.CheckConstraint(
                condition=Q(pay_min_usd__isnull=True)
                | Q(pay_max_usd__isnull=True)
                | Q(pay_min_usd__lte=F("pay_max_usd")),
                name="role_pay_usd_min_lte_max",
                violation_error_message="The annual minimum in US dollars is above the maximum.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} at {self.company.name}"

    def get_absolute_url(self) -> str:
        return reverse("postings:role_detail", kwargs={"slug": self.slug})

    @property
    def is_open(self) -> bool:
        return self.status == RoleStatus.OPEN

    @property
    def is_public(self) -> bool:
        """Whether visitors may see the role (open, closed or expired)."""
        return RoleStatus(self.status).is_public

    @property
    def body(self) -> "RoleText":
        """The role's description (RoleText), or an empty one when none is stored yet."""
        try:
            return self.text
        except RoleText.DoesNotExist:
            return RoleText(role=self)

    @property
    def pay(self) -> "Compensation | None":
        """The trustworthy compensation (stated, not estimated), from prefetched rows when present."""
        stated = [c for c in self.compensations.all() if not c.is_estimate]
        return min(stated, key=lambda c: c.pk) if stated else None

    @property
    def estimates(self) -> list["Compensation"]:
        """Aggregator estimates kept for provenance; never shown as the role's pay."""
        return [c for c in self.compensations.all() if c.is_estimate]

    @property
    def remote_countries(self) -> list[str]:
        """Where candidates must be based: ISO country codes and names of world regions, as stored."""
        return [code for code in self.remote_restriction.split(",") if code]

    def remote_open_to(self, country: str) -> bool:
        """Whether someone living in ``country`` (ISO code) may take this role remotely."""
        allowed = self.remote_countries
        in_region = any(country in regions.countries_of(name) for name in allowed)
        return self.work_mode == WorkMode.REMOTE and (not allowed or country in allowed or in_region)


class RoleStatusChange(models.Model):
    """One move of a role through its states: who made it, when and why (never edited)."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=10, choices=RoleStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=RoleStatus.choices)
    changed_at = models.DateTimeField(default=timezone.now)
    # Empty for the system (an import, expire_roles).
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["changed_at", "id"]
        indexes = [models.Index(fields=["role", "changed_at"], name="status_change_role")]
        constraints = [
            models.CheckConstraint(
                condition=choice_check("from_status", RoleStatus),
                name="status_change_from_valid",
                violation_error_message="Choose the earlier status from the list.",
            ),
            models.CheckConstraint(
                condition=choice_check("to_status", RoleStatus, blank=False),
                name="status_change_to_valid",
                violation_error_message="Choose the new status from the list.",
            ),
        ]

    def __str__(self) -> str:
        start = RoleStatus(self.from_status).label if self.from_status else "New"
        return f"{start} → {RoleStatus(self.to_status).label}"


class RoleText(models.Model):
    """A role's description and search document, in a table of their own so that role rows stay narrow:
    searches, facet counts and result cards read thousands of role rows and none of this text."""

    role = models.OneToOneField(Role, on_delete=models.CASCADE, primary_key=True, related_name="text")
    summary = models.TextField(blank=True)
    responsibilities = models.JSONField(default=list, blank=True)
    requirements = models.JSONField(default=list, blank=True)
    nice_to_have = models.JSONField(default=list, blank=True)
    benefits = models.JSONField(default=list, blank=True)
    about_company = models.TextField(blank=True)
    # The body as search indexes it (weight C on PostgreSQL, the third FTS5 column on SQLite).
    search_document = models.TextField(blank=True, editable=False)

    # The fields an import or an editor sets (search_document is derived from them).
    BODY = ("summary", "responsibilities", "requirements", "nice_to_have", "benefits", "about_company")

    def __str__(self) -> str:
        return f"Text of role {self.pk}"


class Source(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.OTHER)
    url = models.CharField(max_length=LINK_MAX_LENGTH, blank=True, validators=[validate_link])
    file_name = models.CharField(max_length=500, blank=True)
    raw_text = models.TextField(help_text="The posting exactly as imported; never edited")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw text")
    parser_version = models.CharField(max_length=20)
    # What the parser read from this source, kept so roles can be rebuilt and fields traced to sources.
    parsed = models.JSONField(default=dict, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)
    # Refreshed whenever an import meets this content again: a role whose sources are all unseen for
    # ROLE_EXPIRE_AFTER_DAYS (and that states no closing date) expires.
    last_seen_at = models.DateTimeField(default=timezone.now, db_default=Now())

    class Meta:
        ordering = ["imported_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=choice_check("kind", SourceKind, blank=False),
                name="source_kind_valid",
                violation_error_message="Choose a kind of source from the list.",
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="source_hash_sha256",
                violation_error_message="The content hash must be a SHA-256 in 64 lower-case hex digits.",
            ),
            models.CheckConstraint(
                condition=link_check("url"),
                name="source_url_safe",
                violation_error_message="The source's address must be an http, https or mailto link.",
            ),
        ]

    def __str__(self) -> str:
        return self.file_name or self.url or f"Source {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("postings:source_raw", kwargs={"slug": self.role.slug, "pk": self.pk})

    @property
    def trust(self) -> int:
        return SourceKind(self.kind).trust


class Compensation(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="compensations")
    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    min_amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    max_amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, default="USD", help_text="ISO 4217")
    period = models.CharField(max_length=10, choices=PayPeriod.choices, default=PayPeriod.YEAR)
    kind = models.CharField(max_length=10, choices=PayKind.choices, default=PayKind.BASE)
    is_estimate = models.BooleanField(default=False)
    equity = models.BooleanField(default=False)
    # Whether the posting itself called the figure "base": pages say "base" only then.
    stated_base = models.BooleanField(default=False)
    annual_min_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    annual_max_usd = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["is_estimate", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True) | Q(min_amount__gte=0),
                name="comp_min_gte_0",
                violation_error_message="The minimum cannot be negative.",
            ),
            models.CheckConstraint(
                condition=Q(max_amount__isnull=True) | Q(max_amount__gte=0),
                name="comp_max_gte_0",
                violation_error_message="The maximum cannot be negative.",
            ),
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True)
                | Q(max_amount__isnull=True)
                | Q(min_amount__lte=F("max_amount")),
                name="comp_min_lte_max",
                violation_error_message="The minimum is above the maximum.",
            ),
            models.CheckConstraint(
                condition=Q(min_amount__isnull=False) | Q(max_amount__isnull=False),
                name="comp_has_amount",
                violation_error_message="Give a minimum, a maximum or both.",
            ),
            models.CheckConstraint(
                condition=Q(currency__regex=ISO_CURRENCY),
                name="comp_currency_iso",
                violation_error_message="The currency must be an ISO 4217 code, such as USD or EUR.",
            ),
            models.CheckConstraint(
                condition=choice_check("period", PayPeriod, blank=False),
                name="comp_period_valid",
                violation_error_message="Choose a period from the list (per year, month, week, day or hour).",
            ),
            models.CheckConstraint(
                condition=choice_check("kind", PayKind, blank=False),
                name="comp_kind_valid",
                violation_error_message="Choose base, total compensation or on-target earnings.",
            ),
        ]

    def __str__(self) -> str:
        return self.display + (" (estimate)" if self.is_estimate else "")

    @property
    def amounts(self) -> str:
        """The range as posted: "$196,000 – $220,500", "up to £70,000", "from €500"."""
        symbol = CURRENCY_SYMBOLS.get(self.currency)

        def fmt(amount) -> str:
            digits = f"{amount:,.2f}".removesuffix(".00")
            return f"{symbol}{digits}" if symbol else f"{digits} {self.currency}"

        low, high = self.min_amount, self.max_amount
        if low is None and high is None:
            return "no amount"  # only on an unsaved form: the database requires one
        if low is not None and high is not None:
            return fmt(low) if low == high else f"{fmt(low)} – {fmt(high)}"
        return f"up to {fmt(high)}" if low is None else f"from {fmt(low)}"

    @property
    def display(self) -> str:
        """Amounts, period, kind and equity: "$196,000 – $220,500 per year, base, + equity"."""
        parts = [f"{self.amounts} {PayPeriod(self.period).label}"]
        if self.kind != PayKind.BASE or self.stated_base:
            parts.append(PayKind(self.kind).label)
        if self.equity:
            parts.append("+ equity")
        return ", ".join(parts)


class RoleSkill(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="role_skills")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="role_skills")
    required = models.BooleanField(default=True, help_text="Required, or a bonus (nice to have)")
    written = models.CharField(
        max_length=100,
        blank=True,
        help_text='How the posting names the skill where that is another name for it ("MS Office", "GCP"); '
        "shown on the role instead of the skill's name",
    )

    class Meta:
        ordering = ["-required", "skill__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "skill"],
                name="roleskill_unique",
                violation_error_message="This skill is already listed for the role.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.skill} ({'required' if self.required else 'bonus'})"

    @property
    def shown_name(self) -> str:
        """The skill as the role shows it: as the posting names it, else the skill's own name."""
        return self.written or self.skill.name


class ImportRun(models.Model):
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.TextField(blank=True)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Import {self.started_at:%Y-%m-%d %H:%M} ({self.created} created, {self.failed} failed)"


# Registers the rows the public writes (saved searches and what they sent, job submissions, listing
# reports); they refer to Role above.
from .alert_models import Alert, AlertDelivery  # noqa: E402, F401
from .submission_models import JobSubmission, ListingReport  # noqa: E402, F401
