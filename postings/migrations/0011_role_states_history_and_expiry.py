"""A role's life: states draft, pending review, open, closed, expired and rejected; when the status last
changed; the closing date a source states; when each source was last seen; the fields edited by hand (a
re-import keeps them); and RoleStatusChange, the history of moves. Reversible.

SQLite changes the role table by remaking it, which it refuses while the FTS5 content view and its
triggers read the table: they are dropped first and installed again (with a rebuild) at the end.
"""

import django.db.models.deletion
import django.db.models.functions.datetime
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def detach_search(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from postings.search.sqlite import uninstall

        uninstall(schema_editor.connection.alias)


def attach_search(apps, schema_editor):
    from postings.search import get_backend

    alias = schema_editor.connection.alias
    get_backend(alias).install(alias)


class Migration(migrations.Migration):
    dependencies = [
        ("postings", "0010_company_keys_in_other_scripts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(detach_search, attach_search),
        migrations.CreateModel(
            name="RoleStatusChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "from_status",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("draft", "Draft"),
                            ("pending", "Pending review"),
                            ("open", "Open"),
                            ("closed", "Closed"),
                            ("expired", "Expired"),
                            ("rejected", "Rejected"),
                        ],
                        max_length=10,
                    ),
                ),
                (
                    "to_status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("pending", "Pending review"),
                            ("open", "Open"),
                            ("closed", "Closed"),
                            ("expired", "Expired"),
                            ("rejected", "Rejected"),
                        ],
                        max_length=10,
                    ),
                ),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("reason", models.TextField(blank=True)),
            ],
            options={
                "ordering": ["changed_at", "id"],
            },
        ),
        migrations.RemoveConstraint(
            model_name="role",
            name="role_status_valid",
        ),
        migrations.AddField(
            model_name="role",
            name="edited_fields",
            field=models.JSONField(blank=True, db_default=[], default=list, editable=False),
        ),
        migrations.AddField(
            model_name="role",
            name="closes_on",
            field=models.DateField(
                blank=True, help_text="The closing date a source states; the role expires after it", null=True
            ),
        ),
        migrations.AddField(
            model_name="role",
            name="status_changed_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="source",
            name="last_seen_at",
            field=models.DateTimeField(
                db_default=django.db.models.functions.datetime.Now(), default=django.utils.timezone.now
            ),
        ),
        migrations.AlterField(
            model_name="role",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("pending", "Pending review"),
                    ("open", "Open"),
                    ("closed", "Closed"),
                    ("expired", "Expired"),
                    ("rejected", "Rejected"),
                ],
                default="open",
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="role",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["draft", "pending", "open", "closed", "expired", "rejected"])
                ),
                name="role_status_valid",
            ),
        ),
        migrations.AddField(
            model_name="rolestatuschange",
            name="changed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="rolestatuschange",
            name="role",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="status_changes", to="postings.role"
            ),
        ),
        migrations.AddIndex(
            model_name="rolestatuschange",
            index=models.Index(fields=["role", "changed_at"], name="status_change_role"),
        ),
        migrations.AddConstraint(
            model_name="rolestatuschange",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("from_status__in", ["draft", "pending", "open", "closed", "expired", "rejected", ""])
                ),
                name="status_change_from_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="rolestatuschange",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("to_status__in", ["draft", "pending", "open", "closed", "expired", "rejected"])
                ),
                name="status_change_to_valid",
            ),
        ),
        migrations.RunPython(attach_search, detach_search),
    ]
