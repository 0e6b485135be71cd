"""Each database constraint says what is wrong in a sentence a person understands ("The minimum is above
the maximum."): the admin's forms validate constraints and show these messages. No change to the schema.
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("postings", "0012_role_states_backfill"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterConstraint(
            model_name="company",
            name="company_website_safe",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("website", ""), ("website__iregex", "^(https?://|mailto:)"), _connector="OR"
                ),
                name="company_website_safe",
                violation_error_message="The website must be an http or https link.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_min_gte_0",
            constraint=models.CheckConstraint(
                condition=models.Q(("min_amount__isnull", True), ("min_amount__gte", 0), _connector="OR"),
                name="comp_min_gte_0",
                violation_error_message="The minimum cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_max_gte_0",
            constraint=models.CheckConstraint(
                condition=models.Q(("max_amount__isnull", True), ("max_amount__gte", 0), _connector="OR"),
                name="comp_max_gte_0",
                violation_error_message="The maximum cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_min_lte_max",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("min_amount__isnull", True),
                    ("max_amount__isnull", True),
                    ("min_amount__lte", models.F("max_amount")),
                    _connector="OR",
                ),
                name="comp_min_lte_max",
                violation_error_message="The minimum is above the maximum.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_has_amount",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("min_amount__isnull", False), ("max_amount__isnull", False), _connector="OR"
                ),
                name="comp_has_amount",
                violation_error_message="Give a minimum, a maximum or both.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_currency_iso",
            constraint=models.CheckConstraint(
                condition=models.Q(("currency__regex", "^[A-Z]{3}$")),
                name="comp_currency_iso",
                violation_error_message="The currency must be an ISO 4217 code, such as USD or EUR.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_period_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(("period__in", ["year", "month", "week", "day", "hour"])),
                name="comp_period_valid",
                violation_error_message="Choose a period from the list (per year, month, week, day or hour).",
            ),
        ),
        migrations.AlterConstraint(
            model_name="compensation",
            name="comp_kind_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(("kind__in", ["base", "total", "ote"])),
                name="comp_kind_valid",
                violation_error_message="Choose base, total compensation or on-target earnings.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="location",
            name="location_unique_place",
            constraint=models.UniqueConstraint(
                fields=("name", "region", "country"),
                name="location_unique_place",
                violation_error_message="This place is already listed.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="location",
            name="location_country_iso",
            constraint=models.CheckConstraint(
                condition=models.Q(("country", ""), ("country__regex", "^[A-Z]{2}$"), _connector="OR"),
                name="location_country_iso",
                violation_error_message="The country must be a two-letter ISO 3166 code, such as US or DE.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_seniority_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "seniority__in",
                        [
                            "intern",
                            "junior",
                            "mid",
                            "senior",
                            "staff",
                            "principal",
                            "lead",
                            "manager",
                            "director",
                            "vp",
                            "",
                        ],
                    )
                ),
                name="role_seniority_valid",
                violation_error_message="Choose a level from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_employment_type_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "employment_type__in",
                        ["full_time", "part_time", "contract", "temporary", "internship", ""],
                    )
                ),
                name="role_employment_type_valid",
                violation_error_message="Choose an employment type from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_work_mode_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(("work_mode__in", ["remote", "hybrid", "onsite", ""])),
                name="role_work_mode_valid",
                violation_error_message="Choose a work mode from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_title_not_empty",
            constraint=models.CheckConstraint(
                condition=models.Q(("title", ""), _negated=True),
                name="role_title_not_empty",
                violation_error_message="A role needs a title.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_pay_min_usd_gte_0",
            constraint=models.CheckConstraint(
                condition=models.Q(("pay_min_usd__isnull", True), ("pay_min_usd__gte", 0), _connector="OR"),
                name="role_pay_min_usd_gte_0",
                violation_error_message="The annual pay in US dollars cannot be negative.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_pay_usd_min_lte_max",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("pay_min_usd__isnull", True),
                    ("pay_max_usd__isnull", True),
                    ("pay_min_usd__lte", models.F("pay_max_usd")),
                    _connector="OR",
                ),
                name="role_pay_usd_min_lte_max",
                violation_error_message="The annual minimum in US dollars is above the maximum.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_apply_url_safe",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("apply_url", ""), ("apply_url__iregex", "^(https?://|mailto:)"), _connector="OR"
                ),
                name="role_apply_url_safe",
                violation_error_message="The apply link must be an http, https or mailto link.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="role",
            name="role_status_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["draft", "pending", "open", "closed", "expired", "rejected"])
                ),
                name="role_status_valid",
                violation_error_message="Choose a status from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="roleskill",
            name="roleskill_unique",
            constraint=models.UniqueConstraint(
                fields=("role", "skill"),
                name="roleskill_unique",
                violation_error_message="This skill is already listed for the role.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rolestatuschange",
            name="status_change_from_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("from_status__in", ["draft", "pending", "open", "closed", "expired", "rejected", ""])
                ),
                name="status_change_from_valid",
                violation_error_message="Choose the earlier status from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="rolestatuschange",
            name="status_change_to_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("to_status__in", ["draft", "pending", "open", "closed", "expired", "rejected"])
                ),
                name="status_change_to_valid",
                violation_error_message="Choose the new status from the list.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="source",
            name="source_hash_sha256",
            constraint=models.CheckConstraint(
                condition=models.Q(("content_hash__regex", "^[0-9a-f]{64}$")),
                name="source_hash_sha256",
                violation_error_message="The content hash must be a SHA-256 in 64 lower-case hex digits.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="source",
            name="source_url_safe",
            constraint=models.CheckConstraint(
                condition=models.Q(("url", ""), ("url__iregex", "^(https?://|mailto:)"), _connector="OR"),
                name="source_url_safe",
                violation_error_message="The source's address must be an http, https or mailto link.",
            ),
        ),
        migrations.AlterConstraint(
            model_name="source",
            name="source_kind_valid",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("kind__in", ["careers", "ats", "aggregator", "board", "forum", "dataset", "other"])
                ),
                name="source_kind_valid",
                violation_error_message="Choose a kind of source from the list.",
            ),
        ),
    ]
